package suggest

import (
	"strings"
)

// This file holds a third set of English readings: rewrites of the
// question's text (readEnglish3, run first by readEnglish2) and folds of a
// holder noun with its clause into one noun (foldHolders, run by
// englishClauses).
//
//	the timer that refreshes the token         → tokenRefreshTimer
//	the mutex that protects the cache map      → cacheMutex
//	students who passed the exam               → passedStudents
//	the products the user added to the wishlist → wishlistProducts
//	does the user have admin permission        → hasAdminPermission

const (
	// does the user have admin permission: whether the user has it
	reDoesHave = lazyRE(`(?i)^(?:does|do)\s+((?:the|a|an|this|that|our|my|your|their|its)\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+have\b`)
	// has the user voted, have the files been uploaded
	reHasDone = lazyRE(`(?i)^(?:has|have)\s+((?:the|a|an|this|that|our|my|your|their|its)\s+(?:[a-z]+\s+)?[a-z]+)\s+((?:been\s+|already\s+|ever\s+)?[a-z]+(?:ed|en|id|ne|ld|nt|ught|ost|on|ad|ok|ade)\b)`)
	// flag for dark mode enabled: whether dark mode is enabled
	reFlagFor = lazyRE(`(?i)\b(?:a\s+)?(?:flag|boolean|bool|switch)\s+(?:for|indicating|telling|saying|that\s+says)\s+(?:whether\s+|if\s+)?(?:the\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:is\s+|being\s+)?(enabled|disabled|turned\s+on|turned\s+off|switched\s+on|on|off|active|visible|hidden|shown|allowed|open|expanded|collapsed)\s*([?.!]?)\s*$`)
	// start of today in the user's timezone: the time zone is the
	// argument, the moment is start of today
	reInZone     = lazyRE(`(?i)\b((?:start|end|beginning)\s+of\s+(?:today|tomorrow|yesterday|the\s+(?:current\s+)?(?:day|week|month|year)|this\s+(?:day|week|month|year)))\s+(?:in|for)\s+(?:the\s+)?(?:(?:user|client|customer|local|browser|server|account)(?:['’]s)?\s+|their\s+|his\s+|her\s+|its\s+|a\s+given\s+)?(?:time\s*zone|tz|local\s+time|utc|gmt)\b`)
	reMidnightIn = lazyRE(`(?i)\bmidnight(?:\s+today)?\s+(?:in|for)\s+(?:the\s+)?(?:(?:user|client|customer|local|browser|server)(?:['’]s)?\s+|their\s+)?(?:time\s*zone|tz|local\s+time)\b`)
	// callback when an event is emitted: the event is any event
	reAnyEvent = lazyRE(`(?i)\b(?:when|whenever|each\s+time|every\s+time)\s+(?:an?|the|any)\s+events?\s+(?:(?:is|are|gets|get|was|has\s+been)\s+(?:emitted|fired|dispatched|triggered|raised|published|sent|received|broadcast)|fires|occurs|happens|arrives|comes\s+in)\b`)
	// number of items in the cart that are on sale: the on sale items
	reCountInThat = lazyRE(`(?i)\b(how\s+many|number\s+of|count\s+of)\s+([a-z]+s)\s+(?:in|inside|within|on)\s+(?:the|this|our|my|your|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:that|which)\s+)?(?:are|is)\s+(?:currently\s+|still\s+)?(on\s+sale|[a-z]+)\b`)
	// students who passed the exam: the passed students
	reWhoDid = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that)\s+(?:have\s+|has\s+|already\s+)*(passed|failed|voted|attended|joined|enrolled|registered|subscribed|unsubscribed|responded|replied|paid|qualified|graduated|applied|churned|completed|opted\s+in|opted\s+out|checked\s+in|signed\s+up|logged\s+in)(?:\s+(?:the|a|an|their|this|our|to|for|in|on)\s+[a-z]+(?:\s+[a-z]+)?)?\s*([?.!,]?)\s*$`)
	// the products the user added to the wishlist: the wishlist products
	reAddedTo = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+|which\s+)?(?:(?:the|a|each|this|our|my)\s+(?:[a-z]+\s+)?|(?:we|i|you|they|he|she)\s+)(?:has\s+|have\s+|had\s+|just\s+|already\s+)*(?:added|put|saved|placed|moved|pinned|stored|bookmarked|starred)\s+(?:to|into|in|onto|on)\s+(?:the|their|his|her|a|an|its|my|our|your)\s+([a-z]+)\b`)
)

// readEnglish3 rewrites English phrasings before the other English
// readings (each rewrite says what it reads).
func readEnglish3(q string) string {
	q = reDoesHave.ReplaceAllString(q, "whether $1 has") // "does the user have admin permission"
	q = reHasDone.ReplaceAllString(q, "whether $1 has $2")
	q = reFlagFor.ReplaceAllString(q, "whether $1 is $2$3") // "flag for dark mode enabled"
	q = reInZone.ReplaceAllString(q, "$1")                  // "start of today in the user's timezone"
	q = reMidnightIn.ReplaceAllString(q, "start of today")
	q = reAnyEvent.ReplaceAllString(q, "for events")                // "callback when an event is emitted"
	q = reCountInThat.ReplaceAllString(q, "$1 $3 $2")               // "number of items in the cart that are on sale"
	q = reWhoDid.ReplaceAllString(q, "$2 $1$3")                     // "students who passed the exam"
	return reAddedTo.replaceSubmatches(q, func(m []string) string { // "the songs the user added to the playlist"
		if oneOf(strings.ToLower(m[2]), "last|past|first|next|previous|same|end|middle|meantime") {
			return m[0] // "returns the orders placed in the last week": a time, no container (was "last returns week")
		}
		return m[2] + " " + m[1]
	})
}

const (
	// the timer that refreshes the token, the mutex that guards the cache
	reHolderThat = lazyRE(`(?i)\b(?:the\s+|a\s+|an\s+)?(timer|ticker|thread|interval|mutex|lock|rwlock|semaphore|cron\s+job|background\s+thread|worker\s+thread)\s+(?:that|which)\s+(?:will\s+|periodically\s+|automatically\s+)?([a-z]+s)\s+(?:the\s+|our\s+|all\s+|every\s+|each\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s*([?.!,]?)\s*$`)
	// the channel we send finished jobs on, the queue we push messages into
	reHolderGap = lazyRE(`(?i)\b(?:the\s+|a\s+|an\s+)?(channel|chan|queue|buffer|pipe|stream)\s+(?:that\s+|which\s+)?(?:we|i|you|they|the\s+[a-z]+|workers)\s+(?:will\s+)?([a-z]+)\s+(?:the\s+|all\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:on|into|onto|to|through|over|in)\s*([?.!,]?)\s*$`)
	// the deadline for finishing the upload, the timeout for reading the
	// response
	reLimitFor = lazyRE(`(?i)\b(?:the\s+|a\s+)?(deadline|timeout|time\s+limit|due\s+date|cutoff)\s+(?:for|to)\s+([a-z]+ing)\s+(?:the\s+|a\s+|an\s+|our\s+|their\s+)((?:[a-z]+\s+){0,1}[a-z]+)\s*([?.!,]?)\s*$`)
	// a container word after a noun says nothing a lock's name needs
	reContainerTail = lazyRE(`^([a-z]+)\s+(?:map|dict|dictionary|list|slice|table|array|hashmap)$`)
)

// foldHolders reads a holder noun and the clause that says what it is for
// as one noun: the timer that refreshes the token is the token refresh
// timer, the channel we send finished jobs on carries finished jobs, the
// deadline for finishing the upload is the upload deadline.
func foldHolders(q string, marks map[string]*Term) string {
	mark := func(ws ...string) string {
		key := markKey(marks)
		marks[key] = &Term{Words: strings.Fields(strings.Join(ws, " ")), Class: 'n'}
		return key
	}
	if s := reHolderThat.FindStringSubmatchIndex(q); s != nil && !reFnAsk.MatchString(q) {
		h, v, o := strings.ToLower(q[s[2]:s[3]]), strings.ToLower(q[s[4]:s[5]]), strings.ToLower(q[s[6]:s[7]])
		switch h {
		case "mutex", "lock", "rwlock", "semaphore":
			// what it guards names it: cacheMutex
			if m := reContainerTail.FindStringSubmatch(o); m != nil && nounTerm(m[1]) != nil {
				o = m[1] // the cache map: the cache (a free list stays)
			}
			return q[:s[0]] + mark(singularLast(o), h) + q[s[8]:]
		}
		if t := englishVerb(v); t != nil {
			return q[:s[0]] + mark(o, t.en(), h) + q[s[8]:]
		} else if l, _ := verbLemma(clause{verb: v}); presentVerb(v) {
			return q[:s[0]] + mark(o, l, h) + q[s[8]:] // flushes: flush
		}
	}
	if s := reHolderGap.FindStringSubmatchIndex(q); s != nil {
		h, o := strings.ToLower(q[s[2]:s[3]]), strings.ToLower(q[s[6]:s[7]])
		if h == "chan" || h == "channel" {
			return q[:s[0]] + mark(o) + q[s[8]:] // a Go channel is named for what it carries
		}
		return q[:s[0]] + mark(singularLast(o), h) + q[s[8]:] // incoming message queue
	}
	if s := reLimitFor.FindStringSubmatchIndex(q); s != nil {
		h, v, o := strings.ToLower(q[s[2]:s[3]]), strings.ToLower(q[s[4]:s[5]]), strings.ToLower(q[s[6]:s[7]])
		if h == "deadline" || h == "due date" || h == "cutoff" {
			return q[:s[0]] + mark(o, h) + q[s[8]:] // a deadline is the thing's (uploadDeadline)
		}
		if t := englishVerb(v); t != nil {
			return q[:s[0]] + mark(o, t.en(), h) + q[s[8]:] // a timeout the action's (responseReadTimeout)
		}
	}
	return q
}

// singularLast writes a phrase's last word in the singular (before a head).
func singularLast(p string) string {
	ws := strings.Fields(p)
	if n := len(ws); n > 0 {
		ws[n-1] = guessLemma(ws[n-1]).word
	}
	return strings.Join(ws, " ")
}

// doerNouns are more people who do things (personWords has the rest).
const doerNouns lazySet = "student employee driver seller buyer author owner patient teacher guest participant subscriber applicant attendee candidate recipient sender viewer manager staff person writer reader worker rider courier nurse doctor cashier operator voter respondent volunteer donor player"

// isPerson: w names people (the user, a driver), in either list.
func isPerson(w string) bool { return personWords.has(w) || doerNouns.has(w) }

// hasDone: "whether the user has voted" asks what a person did, which
// has + the participle names (hasVoted), not a state of the person
// (isUserVoted); the participle, or nil.
// agentVerbs are what a person does without an object, said of them as
// has done (hasVoted, hasResponded), not as a state (isLoggedIn).
const agentVerbs lazySet = "vote respond reply answer attend participate apply donate agree consent comment rate arrive rsvp enroll register"

// personNoun: the phrase's head names a person (voter, participant,
// customer).
func personNoun(p *np) bool {
	if len(p.nouns) == 0 {
		return false
	}
	h := p.nouns[len(p.nouns)-1]
	if h.t == nil {
		return false
	}
	return isPerson(h.t.en())
}

func hasDone(f *frame) []string {
	s := f.subject()
	if f.state == nil || f.state.t == nil || len(s.nouns) == 0 || !personWords.has(s.nouns[len(s.nouns)-1].surface) && !doerNouns.has(s.nouns[len(s.nouns)-1].surface) {
		return nil
	}
	for i := 1; i < len(f.items); i++ {
		if f.items[i].surface != f.state.surface || f.items[i-1].surface != "has" && f.items[i-1].surface != "have" {
			continue
		}
		if f.state.t.Class == 'v' {
			return splitWords(participle(f.state.t, f.state.t.en()))
		} else if pastParticiple(f.state.surface) != "" {
			return []string{f.state.surface} // paid
		}
	}
	return nil
}
