package suggest

import (
	"strings"
)

// English states said with a preposition name the place or condition
// after is:
//
//	whether the device is currently on a metered network → isOnMeteredNetwork
//	boolean for whether the user is in a call            → isInCall
//	whether the printer is out of paper                  → isOutOfPaper
//
// The grammar reads "is" + an adjective or participle (isSidebarCollapsed)
// and took the phrase after a preposition for a scope, leaving only the
// subject (isDevice); prepState puts these names first.

var reEnPrepState = &lazyRE{src: `(?i)\b(?:whether|if|when)\s+(?:the\s+|a\s+|an\s+|this\s+|our\s+|my\s+|their\s+|its\s+|your\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:is|are)\s+(?:currently\s+|still\s+|now\s+|already\s+)?(on|in|under|out\s+of|within|inside|outside|behind|off|over|below|above|near)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+|your\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s*(?:right\s+now|now|currently|at\s+the\s+moment|yet)?\s*[?.!]?\s*$`}

// prepPronouns are subjects a name leaves out.
var prepPronouns = setOf("it", "this", "that", "they", "we", "i", "you", "he", "she", "something", "anything")

func (b *builder) prepState(question string, f *frame) {
	if f.korean {
		return
	}
	m := reEnPrepState.FindStringSubmatch(question)
	if m == nil {
		return
	}
	subj := strings.Fields(strings.ToLower(m[1]))
	prep := strings.Fields(strings.ToLower(m[2]))
	np := strings.Fields(strings.ToLower(m[3]))
	if len(subj) == 1 && prepPronouns[subj[0]] {
		subj = nil
	}
	phrase := strings.Join(cat(prep, np), " ")
	asked := f.kinds[0] || f.kinds[1]
	for i, k := range idiomKinds[:2] {
		if asked && !f.kinds[i] || !asked && len(b.lists[i]) == 0 && i == 0 {
			continue
		}
		old := b.take(k)
		b.add(k, cand{cat([]string{"is"}, prep, np), "", "Whether it is " + phrase + "."})
		if len(subj) > 0 {
			b.add(k, cand{cat([]string{"is"}, subj, prep, np), "", "With the subject: whether the " + strings.Join(subj, " ") + " is " + phrase + "."})
		}
		b.putBack(k, old)
	}
}
