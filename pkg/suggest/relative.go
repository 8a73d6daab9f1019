package suggest

import (
	"strings"
)

// English relative clauses and qualifiers after the head noun are folded
// into an adjective or participle before it, the way identifiers say them:
//
//	users who haven't verified their email   → unverified users
//	accounts that haven't logged in for a year → inactive accounts
//	restaurants open right now               → open restaurants
//	orders placed in the last 30 days        → recent orders
//	invoices that are overdue                → overdue invoices
//	orders placed by the user                → placed orders by the user
//
// foldRelative rewrites the question text; the words it puts before the
// head are read as adjectives (fixFolded), never as verbs or nouns.

// lastSpan: a span of time after "in the last" (7 days, few hours, week);
// "in the last newsletter send" is no span.
const lastSpan = `(?:\d+\s+|few\s+|several\s+|couple\s+(?:of\s+)?|two\s+|three\s+|24\s+)?(?:second|minute|hour|day|week|month|year|quarter|decade|night|session)s?\b`

const relNeg = `(?:have\s+not|has\s+not|haven'?t|hasn'?t|did\s+not|didn'?t|do\s+not|don'?t|does\s+not|doesn'?t|are\s+not|aren'?t|is\s+not|isn'?t|were\s+not|weren'?t|was\s+not|wasn'?t|have\s+never|has\s+never|never|not)`

const (
	// head + who/that + negation + verb (+ particle), then the rest of the clause
	relNegRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that|which)\s+` + relNeg + `\s+(?:yet\s+|ever\s+|been\s+|being\s+)*([a-z]+)(\s+(?:in|on|out|up))?\b[^,;()]*`)
	// head + not yet / never + participle
	relNotYetRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:not\s+yet|never|not)\s+(?:been\s+)?([a-z]+ed)\b`)
	// head + who/that + are + state
	relPhraseRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that|which)\s+(?:are|is|were|was)\s+(?:currently\s+|still\s+|now\s+)?((?:[a-z]+\s+){1,3}[a-z]+)`)
	relStateRe  = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that|which)\s+(?:are|is|were|was)\s+(?:currently\s+|still\s+|now\s+|already\s+)?([a-z]+)\b(?:\s+(?:right\s+now|now|currently|today|at\s+the\s+moment))?`)
	// head + open/active/... + now
	relNowRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+are\s+|currently\s+|still\s+)?(open|active|online|available|running|pending|live|busy|idle|offline|closed)\s+(?:right\s+now|now|currently|at\s+the\s+moment|today)\b`)
	// currently open X
	relCurrentlyRe = lazyRE(`(?i)\b(?:currently|still)\s+(open|active|online|available|running|pending|live|busy|idle|offline|closed)\s+([a-z]+s)\b`)
	// head + waiting for / awaiting ...
	relWaitRe = lazyRE(`(?i)(\b(?:that|which|who)\s+)?\b([a-z]+s)\s+(?:that\s+are\s+|still\s+)?(?:waiting\s+for|awaiting|pending)\s+(?:an?\s+|the\s+)?[a-z]+\b`)
	// head + participle + in the last N ... / recently / this week
	relRecentRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+were\s+|which\s+were\s+|that\s+have\s+been\s+)?([a-z]+ed|made|written|sent|bought|sold|done|seen|signed\s+up|joined)\s+(?:(?:in|within|during|over)\s+the\s+(?:last|past)\s+` + lastSpan + `[^,;()]*|recently|lately)`)
	// head + participle + by/on/at/today ...: keep the participle
	// head + who/that + (were) + participle, ending the clause:
	// orders that were refunded, emails that bounced, jobs that timed out
	relEndRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that|which)\s+(?:are\s+|is\s+|were\s+|was\s+|have\s+been\s+|has\s+been\s+|had\s+been\s+|got\s+)?([a-z]+ed|sent|written|done|seen|made|sold|bought|paid|shown|hidden|broken|taken|given|lost|won|read|left|quit|run)((?:\s+(?:out|up|in|off|over|down))?)\s*((?:last|this|yesterday|today|recently)\b[^,;()]*)?$`)
	// head + participle + a purpose: songs saved for offline playback
	relPurposeRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+(?:are|were|have\s+been)\s+|which\s+(?:are|were)\s+)?([a-z]+ed|chosen|kept|held|sent|written|taken)\s+for\s+[^,;()]*$`)
	// head + we/I + a fetching verb: the invoices we loaded for a customer
	relWeRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+|which\s+)?(?:we|i|you|they)\s+(?:just\s+|already\s+|have\s+|had\s+)?([a-z]+ed|got|gotten|read)\b[^,;()]*$`)
	// head + currently + -ing: voices currently sounding
	relNowDoingRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+are\s+|which\s+are\s+)?(?:currently|still|now)\s+([a-z]+ing)\b`)
	// head + queued to + verb: episodes queued to play next
	relQueuedToRe = lazyRE(`(?i)\b([a-z]+s)\s+(queued|scheduled|lined\s+up)\s+to\s+[a-z]+(?:\s+(?:next|later|soon|now))?\b`)
	// head + who/that + past verb (+ particle), then a place or a purpose
	relWhoDidRe = lazyRE(`(?i)\b([a-z]+s)\s+(?:who|that)\s+(?:have\s+|has\s+|had\s+)?(?:already\s+|just\s+|recently\s+)?([a-z]+ed(?:\s+(?:up|in|out|off))?)\s+(?:for|in|to|at|on|into|with|from|during|since)\b[^,;()?]*`)
	relPartRe   = lazyRE(`(?i)\b([a-z]+s)\s+(?:that\s+were\s+|which\s+were\s+)?(placed|created|made|added|posted|published|registered|signed\s+up|checked\s+in|enrolled|subscribed|collected|submitted|uploaded|sent|received|shipped|delivered|cancell?ed|deleted|archived|booked|reserved|purchased|bought|sold|written|edited|assigned|shared|liked|viewed|downloaded|imported|exported|failed|rejected|approved|refunded|flagged|reported|blocked|banned|invited|scheduled|completed|expired)\s+(by|on|at|in|from|to|for|via|through|today|yesterday|this|last|since|before|after|during)\b`)
)

// relUnless are negated verbs with a standard adjective of their own.
const relUnless lazyPairs = "logged in=inactive, log in=inactive, signed in=inactive, sign in=inactive, logged on=inactive, active=inactive, visited=inactive, login=inactive, used=unused, use=unused, read=unread, paid=unpaid, pay=unpaid, completed=incomplete, complete=incomplete, finished=unfinished, finish=unfinished, sent=unsent, send=unsent, seen=unseen, see=unseen, done=unfinished, valid=invalid, validated=unvalidated, started=unstarted, answered=unanswered, answer=unanswered, responded=unanswered, replied=unanswered, opened=unopened, open=unopened, shipped=unshipped, ship=unshipped, submitted=unsubmitted, submit=unsubmitted, available=unavailable, listen=unplayed, listened=unplayed, happened=upcoming, happen=upcoming, occurred=upcoming, occur=upcoming, taken place=upcoming"

// relParticiple: verify → verified, write → written; a participle stays.
func relParticiple(w string) string {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
		return w
	}
	return participle(englishVerb(w), w)
}

// foldRelative rewrites English relative clauses after a plural head into
// a word before it; it returns the new text and the words put there.
func foldRelative(q string) (string, map[string]bool) {
	adjs := map[string]bool{}
	q = relNegRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relNegRe.FindStringSubmatch(m)
		head, verb := s[1], strings.ToLower(s[2])
		if !headNoun(head) {
			return m
		}
		if part := strings.ToLower(strings.TrimSpace(s[3])); part != "" {
			if a, ok := relUnless.lookup(verb + " " + part); ok {
				adjs[a] = true
				return a + " " + head
			}
		}
		if isRelStop(verb) {
			return m
		}
		a, ok := relUnless.lookup(verb)
		if !ok {
			a = "un" + relParticiple(verb)
		}
		adjs[a] = true
		return a + " " + head
	})
	q = relNotYetRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relNotYetRe.FindStringSubmatch(m)
		if !headNoun(s[1]) {
			return m
		}
		v := strings.ToLower(s[2])
		a, ok := relUnless.lookup(v)
		if !ok {
			a = "un" + v
		}
		adjs[a] = true
		return a + " " + s[1]
	})
	q = relNowRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relNowRe.FindStringSubmatch(m)
		if !headNoun(s[1]) {
			return m
		}
		a := strings.ToLower(s[2])
		adjs[a] = true
		return a + " " + s[1]
	})
	q = relCurrentlyRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relCurrentlyRe.FindStringSubmatch(m)
		if !headNoun(s[2]) {
			return m
		}
		a := strings.ToLower(s[1])
		adjs[a] = true
		return a + " " + s[2]
	})
	q = relPhraseRe.replaceSubmatches(q, func(s []string) string {
		// products that are out of stock, tickets that are on hold: a state
		// of several words the glossary knows goes before the head like one
		// (outOfStockProducts; the function lost it: filterOutProducts)
		if !headNoun(s[1]) {
			return s[0]
		}
		ws := strings.Fields(strings.ToLower(s[2]))
		for n := len(ws); n >= 2; n-- {
			for _, t := range loadGlossary().en[strings.Join(ws[:n], " ")] {
				if t.Class == 'a' {
					for _, w := range ws[:n] {
						adjs[w] = true
					}
					rest := strings.Join(strings.Fields(s[2])[n:], " ")
					if rest != "" {
						rest = " " + rest
					}
					return strings.Join(ws[:n], " ") + " " + s[1] + rest
				}
			}
		}
		return s[0]
	})
	q = relStateRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relStateRe.FindStringSubmatch(m)
		if !headNoun(s[1]) {
			return m
		}
		a := strings.ToLower(s[2])
		if !stateWord(a) || oneOf(a, "on|in|at|off|out|up|down") {
			return m // employees who are on leave: no enabled employees
		}
		adjs[a] = true
		return a + " " + s[1]
	})
	q = relWaitRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relWaitRe.FindStringSubmatch(m)
		if s[1] != "" || !headNoun(s[2]) {
			return m // "function that uploads pending photos": a verb, not uploads pending (was getPendingUploads)
		}
		adjs["pending"] = true
		return "pending " + s[2]
	})
	q = relRecentRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relRecentRe.FindStringSubmatch(m)
		if !headNoun(s[1]) {
			return m
		}
		if isRelStop(strings.ToLower(s[2])) {
			return m
		}
		adjs["recent"] = true
		return "recent " + s[1]
	})
	q = relEndRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relEndRe.FindStringSubmatch(m)
		p := strings.ToLower(s[2])
		if !headNoun(s[1]) || isRelStop(p) {
			return m
		}
		p += strings.ToLower(s[3])
		adjs[p] = true
		return p + " " + s[1] // the time after it is scope, left to the reader
	})
	q = relPurposeRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relPurposeRe.FindStringSubmatch(m)
		p := strings.ToLower(s[2])
		if !headNoun(s[1]) || isRelStop(p) {
			return m
		}
		adjs[p] = true
		return p + " " + s[1] // what they are for is no part of their name
	})
	q = relNowDoingRe.replaceSubmatches(q, func(s []string) string {
		a := strings.ToLower(s[2])
		if !headNoun(s[1]) {
			return s[0]
		}
		adjs[a] = true
		return a + " " + s[1]
	})
	q = relQueuedToRe.replaceSubmatches(q, func(s []string) string {
		a := strings.ToLower(s[2])
		if !headNoun(s[1]) {
			return s[0]
		}
		adjs[a] = true
		return a + " " + s[1]
	})
	q = relPartRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relPartRe.FindStringSubmatch(m)
		if !headNoun(s[1]) {
			return m
		}
		p := strings.ToLower(s[2])
		adjs[p] = true
		return p + " " + s[1] + " " + s[3]
	})
	q = relWhoDidRe.replaceSubmatches(q, func(s []string) string {
		// students who enrolled in the spring semester, users that
		// subscribed to the newsletter: enrolled students, subscribed
		// users (were students alone, subscribeUsers)
		p := strings.ToLower(strings.Join(strings.Fields(s[2]), " "))
		if !headNoun(s[1]) || isRelStop(p) || fetchedParticiples.has(p) {
			return s[0]
		}
		adjs[p] = true
		return p + " " + s[1]
	})
	return q, adjs
}

// dropFetched: the records we fetched for a domain, the invoices I loaded
// are the records and the invoices; where a value came from is no part of
// its name (run before englishClauses, which would keep the participle).
func dropFetched(q string) string {
	return relWeRe.ReplaceAllStringFunc(q, func(m string) string {
		s := relWeRe.FindStringSubmatch(m)
		if !headNoun(s[1]) || !fetchedParticiples.has(relParticiple(strings.ToLower(s[2]))) {
			return m
		}
		return s[1]
	})
}

// fetchedParticiples say only where a value came from.
const fetchedParticiples lazySet = `fetched loaded got gotten retrieved received pulled queried read returned obtained`

// isRelStop: words after a negation that are no verb of the clause.
func isRelStop(w string) bool {
	return w == "used by" || relStops.has(w)
}

const relStops lazySet = `a an the to be have has had any only more less so sorted grouped filtered split converted returned called`

// stateWord: a glossary adjective (overdue, active, expired ...).
func stateWord(w string) bool {
	g := loadGlossary()
	for _, l := range lemmas(w) {
		for _, t := range g.en[l.word] {
			if t.Class == 'a' {
				return true
			}
		}
	}
	for _, t := range g.en[w] {
		if t.Class == 'a' {
			return true
		}
	}
	return false
}

// fixFolded reads the words foldRelative put before a head as adjectives:
// the glossary's state when there is one (adjs true), else the word as
// written (shown messages, not visible ones).
func fixFolded(items []item, adjs map[string]bool) []item {
	if len(adjs) == 0 {
		return items
	}
	g := loadGlossary()
	for i := range items {
		it := &items[i]
		s := strings.ToLower(it.surface)
		gl, ok := adjs[s]
		if !it.eng || !ok {
			continue
		}
		if it.t != nil && it.t.Class == 'a' && gl {
			it.folded = true
			continue
		}
		var adj *Term
		for _, t := range g.en[s] {
			if t.Class == 'a' && gl {
				adj = t
			}
		}
		if adj != nil {
			*it = item{t: adj, words: adj.Words, surface: it.surface, known: true, eng: true, folded: true}
			continue
		}
		// unapproved, placed: a state of its own, said as written
		adj = &Term{Words: []string{s}, Class: 'a', Forms: []string{s}}
		*it = item{t: adj, words: adj.Words, surface: it.surface, known: true, eng: true, folded: true}
	}
	return items
}

// headNoun: a plural head noun, not a verb or function word ending in s.
func headNoun(w string) bool {
	return !oneOf(strings.ToLower(w), notHeadNouns)
}

const notHeadNouns = "has|is|was|does|this|its|his|hers|ours|yours|theirs|us|as|always|sometimes|returns|gets|checks|lists|counts|finds|loads|fetches|sets|makes|holds|stores|keeps|says|tells|shows|needs"
