package suggest

import (
	"strings"

	"namebot/pkg/naming"
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

const reIsSubjPrep = lazyRE(`(?i)^\s*(?:is|are)\s+((?:the|a|an|this|that|our|my|their|its|your)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:currently\s+|still\s+|now\s+|already\s+)?((?:on|in|under|out\s+of|within|inside|outside|behind|off|over|below|above|near|between|beyond|past|at)\s+[^?]*?)\s*\?`)

const reEnPrepState = lazyRE(`(?i)\b(?:whether|if|when)\s+(?:the\s+|a\s+|an\s+|this\s+|our\s+|my\s+|their\s+|its\s+|your\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:is|are)\s+(?:currently\s+|still\s+|now\s+|already\s+)?(on|in|under|out\s+of|within|inside|outside|behind|off|over|below|above|near|between|beyond|past|at)\s+(?:a\s+|an\s+|the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|my\s+|your\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s*(?:right\s+now|now|currently|at\s+the\s+moment|yet)?\s*[?.!]?\s*$`)

// prepPronouns are subjects a name leaves out.
const prepPronouns lazySet = `it this that they we i you he she something anything`

func (b *builder) prepState(question string, f *frame) {
	if f.korean {
		return
	}
	if m := reIsSubjPrep.FindStringSubmatch(question); m != nil && !strings.HasSuffix(strings.ToLower(m[1]), " back") { // (back in stock: the state)
		// "is the fishing boat inside the restricted zone? name for the
		// boolean": whether it is (isInsideRestrictedZone; was isFishingBoat)
		question = "whether " + m[1] + " is " + m[2]
	}
	m := reEnPrepState.FindStringSubmatch(question)
	if m == nil {
		return
	}
	subj := strings.Fields(strings.ToLower(m[1]))
	prep := strings.Fields(strings.ToLower(m[2]))
	np := strings.Fields(strings.ToLower(m[3]))
	if len(subj) == 1 && prepPronouns.has(subj[0]) {
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

// navigation: going to a screen or page it names (온보딩 화면으로 이동하는,
// 주문 상세 페이지로 보내는, "navigate to the settings screen") is
// navigateToOnboarding, showOnboardingScreen; the grammar read 으로 as
// with (moveWithOnboardingScreen). The names go first in the function
// list, after the phrasebook's when it answered.
func (b *builder) navigation(f *frame, idiom bool) {
	v := f.verb
	if v == nil || v.t == nil || !navVerbs.has(v.t.en()) || f.boolean {
		return
	}
	var dest []string
	var page string
	full := f
	if f.full != nil {
		full = f.full // with the padding nouns (화면) still there
	}
	for _, p := range []*np{&full.target, &full.with} {
		w := p.nounWords(false) // 결제 완료되면 주문 상세 페이지로: the order detail page
		if n := len(w); n > 1 && navPlaces.has(w[n-1]) {
			dest, page = w[:n-1], w[n-1]
			break
		}
		if n := len(p.nouns); n > 0 && len(w) > 0 && suffixOf(p.nouns[n-1].surface, "화면|페이지|스크린") {
			dest, page = w, "screen" // 설정 화면 is the glossary's settings
			break
		}
	}
	if len(dest) == 0 {
		return
	}
	if len(dest) > 1 && dest[len(dest)-1] == "detail" {
		page = "detail " + page // 주문 상세 페이지: showOrderDetailPage, navigateToOrderDetail
	}
	where := strings.Join(dest, " ")
	for _, s := range b.lists[0] {
		if strings.Contains(strings.ToLower(strings.ReplaceAll(s.Name, "_", "")), "to"+strings.Join(dest, "")) {
			return // the phrasebook or the grammar named the place already (redirectToLogin)
		}
	}
	verb := "navigate"
	if e := v.t.en(); e == "redirect" || e == "forward" || e == "switch" {
		verb = e
	}
	var old []naming.Suggestion
	if !idiom {
		old = b.take(naming.KindFunction) // else the phrasebook's names stay first (requireLogin)
	}
	b.add(naming.KindFunction, cand{cat([]string{verb, "to"}, dest), where + " " + page + "으로 이동시키는 함수입니다.", "Takes the user to the " + where + " " + page + "."})
	b.add(naming.KindFunction, cand{cat([]string{"show"}, dest, strings.Fields(page)[len(strings.Fields(page))-1:]), "", "Shows the " + where + " " + page + "."})
	b.add(naming.KindFunction, cand{cat([]string{"go", "to"}, dest), "", "The same, said as go to."})
	b.putBack(naming.KindFunction, old)
}

// navVerbs move the user somewhere; navPlaces are where.
const (
	navVerbs  lazySet = `move send go redirect switch navigate transition route forward`
	navPlaces lazySet = `screen page view tab route activity fragment`
)
