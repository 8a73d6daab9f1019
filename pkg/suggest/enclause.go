package suggest

import (
	"slices"
	"strings"
)

// This file reads English clauses that stand inside a noun phrase, the way
// people describe a variable, before the grammar reads the words:
//
//	messages we've already shown          → shown messages
//	files the user dropped onto the page  → dropped files
//	emails the user hasn't opened          → unopened emails
//	failed payments the customer has made → failed payments
//	the player's remaining lives          → the player remaining lives
//	counter for failed logins             → number of failed logins
//
// Contractions are spelled out first (we've → we have, isn't → is not), so
// no contraction ever becomes a name word (weve).

const (
	reContraction = lazyRE(`(?i)\b([a-z]+)['’](ve|re|ll|d|m|s|t)\b`)
	reCounterFor  = lazyRE(`(?i)\bcounters?\s+(?:for|of)\s+(?:the\s+)?(?:number\s+of\s+)?`)
	reWord        = lazyRE(`[A-Za-z][A-Za-z0-9]*`)
)

const (
	reCountWords = lazyRE(`(?i)\b(?:how\s+many|number\s+of|count\s+of)\b`)
	reNowWords   = lazyRE(`(?i)\s+(?:currently|still|right\s+now|at\s+the\s+moment)\b`)
	// how many users are online → number of online users
	reCountState = lazyRE(`(?i)\b(how\s+many|number\s+of|count\s+of)\s+((?:[a-z]+\s+)?[a-z]+s)\s+(are|were)\s+([a-z]+)\s*($|[,.?;(]|\s+(?:in|on|at|for|tonight|today|this|now|right)\b)`)
	// a remark after the count: how many items are in the cart, shown on the badge
	reCountRemark = lazyRE(`(?i),\s*(?:which\s+is\s+|that\s+is\s+)?(?:shown|displayed|rendered|printed|used|needed|stored|kept)\b[^,;()]*$`)
	// number of items in the cart (not in a conversation: any one) →
	// number of cart items
	reCountIn = lazyRE(`(?i)\b(how\s+many|number\s+of|count\s+of)\s+((?:[a-z]+\s+)?[a-z]+s)\s+(?:(?:are|is)\s+)?(?:in|inside|within|on|aboard)\s+(?:the|this|our|my|your|their)\s+([a-z]+\s+)?([a-z]+)\s*($|[,.?;(])`)
)

const (
	// a dictionary mapping product ids to prices, a map of order id to order
	reMapOf       = lazyRE(`(?i)\b(map|dictionary|dict|hash\s*map|lookup\s+table|lookup|table|object)\s+(?:that\s+maps\s+|which\s+maps\s+|mapping\s+|of\s+)(?:each\s+|every\s+|the\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s+to\s+`)
	reHowLongWait = lazyRE(`(?i)\bhow\s+long\s+(?:to|we\s+should|should\s+we|it\s+should|we)\s+(?:wait|sleep|pause)\s+(?:before|between)\s+(?:each\s+|two\s+)?([a-z]+)`)
	reMostRecent  = lazyRE(`(?i)\bmost\s+recent(?:ly)?\b`)
)

// spellOut expands contractions; a possessive 's is dropped (the player's
// lives → the player lives).
func spellOut(q string) string {
	return reContraction.ReplaceAllStringFunc(q, func(m string) string {
		s := reContraction.FindStringSubmatch(m)
		w, c := s[1], strings.ToLower(s[2])
		lw := strings.ToLower(w)
		switch c {
		case "ve":
			return w + " have"
		case "re":
			return w + " are"
		case "ll":
			return w + " will"
		case "d":
			return w + " would"
		case "m":
			return w + " am"
		case "t":
			switch {
			case lw == "can":
				return "cannot"
			case lw == "won":
				return "will not"
			case strings.HasSuffix(lw, "n"):
				return w[:len(w)-1] + " not"
			}
			return m
		}
		if oneOf(lw, "it|that|what|there|here|who|he|she|where|how|let") {
			return w + " is"
		}
		return w
	})
}

// englishClauses rewrites the question's English noun-phrase clauses; the
// words it puts before a head are returned in adjs (true: read through the
// glossary; false: kept as written).
func englishClauses(q string, marks map[string]*Term) (string, map[string]bool) {
	adjs := map[string]bool{}
	q = spellOut(q)
	q = reCounterFor.ReplaceAllStringFunc(q, func(m string) string {
		if strings.Contains(strings.ToLower(q), "how many") {
			return ""
		}
		return "number of "
	})
	if reCountWords.MatchString(q) {
		// a count is of what is there now: currently is no yes/no
		q = reNowWords.ReplaceAllString(q, "")
		q = reCountRemark.ReplaceAllString(q, "")
		q = reCountState.ReplaceAllStringFunc(q, func(m string) string {
			s := reCountState.FindStringSubmatch(m)
			st := strings.ToLower(s[4])
			if !stateWord(st) && pastParticiple(st) == "" {
				return m
			}
			if st == "free" || st == "vacant" {
				st = "available" // seats still free: availableSeats, not freeSeats (no price)
			}
			adjs[st] = true
			return s[1] + " " + st + " " + s[2] + s[5]
		})
		q = reCountIn.replaceSubmatches(q, func(m []string) string {
			if ws := strings.Fields(m[2]); len(ws) == 2 && (adjs[strings.ToLower(ws[0])] || stateWord(strings.ToLower(ws[0]))) {
				// how many bytes are left in the buffer: the state says which
				// (remaining_bytes; was remaining_buffers, the unit lost)
				return m[1] + " " + m[2] + m[5]
			}
			return m[1] + " " + m[3] + m[4] + " " + m[2] + m[5]
		})
	}
	q = reMapOf.replaceSubmatches(q, func(m []string) string {
		if strings.EqualFold(m[1], "object") {
			m[1] = "map" // "object mapping exhibit id to its audio URL": a map
		}
		return m[1] + " from " + m[2] + " to "
	})
	q = reMostRecent.ReplaceAllStringFunc(q, func(m string) string {
		if strings.HasSuffix(strings.ToLower(m), "ly") {
			return "last" // the most recently opened file: lastOpenedFile
		}
		return "latest"
	})
	q = reHowLongWait.ReplaceAllStringFunc(q, func(m string) string {
		// how long to wait before retrying: the retry delay
		w := strings.ToLower(reHowLongWait.FindStringSubmatch(m)[1])
		if v := englishVerb(w); v != nil {
			return v.en() + " delay"
		}
		return guessLemma(w).word + " delay"
	})
	q = foldHolders(q, marks) // enclause3.go
	q = foldOnes(q, adjs, marks)
	q = foldTimes(q, marks)
	q = foldEventTimes(q, marks)
	q = foldObjectClauses(q, adjs)
	return q, adjs
}

// span is a word of the question and where it sits.
type span struct {
	w          string // lower case
	start, end int
}

func wordSpans(q string) []span {
	var out []span
	for _, ix := range reWord.FindAllStringIndex(q, -1) {
		out = append(out, span{strings.ToLower(q[ix[0]:ix[1]]), ix[0], ix[1]})
	}
	return out
}

// joined: only spaces between words a and b of the question.
func joined(q string, ws []span, a, b int) bool {
	return strings.TrimSpace(q[ws[a].end:ws[b].start]) == ""
}

const (
	subjPronouns lazySet = "we i you they he she someone somebody people"
	determiners  lazySet = "the a an this our my your their his her its each every some any"
	clauseAux    lazySet = "has have had is are was were been be being will would did does do can could should may might just already recently previously ever also still currently once first last never not successfully actually finally manually"
	lightVerbs   lazySet = "made had done did got gotten performed"
	clauseEnds   lazySet = "on onto into in to at from for with during inside within so today yesterday earlier before recently yet already lately ever last this"
	verbParticle lazySet = "in up out off down over back"
	// irregularPast are simple past forms that differ from the participle.
	irregularPast lazyPairs = "saw=seen, wrote=written, gave=given, took=taken, chose=chosen, ran=run, began=begun, drew=drawn, hid=hidden, knew=known, ate=eaten, forgot=forgotten, sang=sung, rode=ridden, drove=driven, flew=flown, froze=frozen, spoke=spoken, broke=broken, stole=stolen, threw=thrown, grew=grown, fell=fallen, shook=shaken, wore=worn, tore=torn, swam=swum"
	irregularPP   lazySet   = "seen shown made had done sent written read paid bought sold won lost left kept found built given taken chosen got gotten put set hit cut held told spent brought thought caught known hidden drawn begun run forgotten sung ridden driven flown frozen spoken broken stolen thrown grown fallen shaken worn torn swum dealt meant sought taught fought bound wound heard sat slept"
)

// wordSet is setOf for a space-separated list of single words.
func wordSet(s string) map[string]bool { return setOf(strings.Fields(s)...) }

// pastParticiple reads w as a verb's past form: its participle, or "".
func pastParticiple(w string) string {
	if p, ok := irregularPast.lookup(w); ok {
		return p
	}
	if irregularPP.has(w) {
		return w
	}
	if len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return w
	}
	return ""
}

// nounHead: w may head a noun phrase (a glossary noun, or an unknown
// plural), and is no grammar word.
func nounHead(w string) bool {
	if _, ok := enGrammar[w]; ok || determiners.has(w) || subjPronouns.has(w) || !headNoun(w) || clauseAux.has(w) {
		return false
	}
	if notHeads.has(w) {
		return false
	}
	g := loadGlossary()
	for _, l := range lemmas(w) {
		for _, t := range g.en[l.word] {
			if t.Class == 'n' {
				return true
			}
		}
		if len(g.en[l.word]) > 0 {
			return false
		}
	}
	l := guessLemma(w)
	return l.plural && pastParticiple(w) == ""
}

const notHeads lazySet = `time times timestamp date moment day if whether because while where since until unless than so`

// clause is a subject clause after a head: the subject, the verb's
// participle (with its particle), negation and a kept adverb (last).
type clause struct {
	subj          []string
	verb, pp      string // the verb as written (with its particle), its participle
	obj           []string
	neg, last     bool
	passive, will bool
	end, vi       int // index of the first word after the clause, of the verb
}

// Modes of readClause: what may follow the subject.
const (
	clauseGap     = iota // a past verb and no object: files the user dropped
	clauseObject         // an object may follow: the user has opened the app
	clausePresent        // a present verb too: the subscription ends
)

// readClause reads "the user has already dropped (onto the page)" at i.
func readClause(q string, ws []span, i, mode int) (clause, bool) {
	var c clause
	if i >= len(ws) {
		return c, false
	}
	j := i
	switch {
	case subjPronouns.has(ws[j].w):
		c.subj = []string{ws[j].w}
		j++
	case determiners.has(ws[j].w):
		j++
		for k := 0; k < 2 && j < len(ws) && !clauseAux.has(ws[j].w) && pastParticiple(ws[j].w) == "" && joined(q, ws, j-1, j); k++ {
			if k > 0 && mode != clauseGap && presentVerb(ws[j].w) {
				break
			}
			c.subj = append(c.subj, ws[j].w)
			j++
		}
		if len(c.subj) == 0 {
			return c, false
		}
	default:
		return c, false
	}
	for j < len(ws) && clauseAux.has(ws[j].w) && joined(q, ws, j-1, j) {
		switch ws[j].w {
		case "not", "never":
			c.neg = true
		case "last":
			c.last = true
		case "is", "are", "was", "were", "been", "being":
			c.passive = true
		case "will":
			c.will = true
		}
		j++
	}
	if j >= len(ws) || !joined(q, ws, j-1, j) {
		return c, false
	}
	c.verb, c.pp, c.vi = ws[j].w, pastParticiple(ws[j].w), j
	if c.pp == "" && (c.neg || c.will || mode != clauseGap && presentVerb(c.verb)) {
		if v := englishVerb(c.verb); v != nil {
			c.pp = participle(v, v.en())
		} else if c.will || presentVerb(c.verb) {
			c.pp = participle(nil, strings.TrimSuffix(c.verb, "s"))
		}
	}
	if c.pp == "" || mode == clauseGap && presentVerb(c.verb) && pastParticiple(c.verb) == "" {
		return c, false
	}
	j++
	if j < len(ws) && verbParticle.has(ws[j].w) && joined(q, ws, j-1, j) {
		if phrasal(c.verb, ws[j].w) {
			c.pp += " " + ws[j].w
			c.verb += " " + ws[j].w
			j++
		}
	}
	// What follows the verb must not be its object: a clause after a head
	// lacks one (files the user dropped), a sentence has one.
	if j < len(ws) && joined(q, ws, j-1, j) && !clauseEnds.has(ws[j].w) {
		if mode == clauseObject && determiners.has(ws[j].w) {
			for j++; j < len(ws) && joined(q, ws, j-1, j) && !clauseEnds.has(ws[j].w) && len(c.obj) < 3; j++ {
				if _, ok := enGrammar[ws[j].w]; ok {
					break
				}
				c.obj = append(c.obj, ws[j].w)
			}
		} else if determiners.has(ws[j].w) || subjPronouns.has(ws[j].w) {
			return c, false
		} else if _, ok := enGrammar[ws[j].w]; !ok && !clauseAux.has(ws[j].w) {
			// the user the admin invited has accepted: has starts the
			// main clause
			return c, false
		}
	}
	// drop a place or time phrase (onto the page, so far, today)
	if j < len(ws) && joined(q, ws, j-1, j) && clauseEnds.has(ws[j].w) {
		j++
		for k := 0; k < 4 && j < len(ws) && joined(q, ws, j-1, j); k++ {
			if _, ok := enGrammar[ws[j].w]; ok && !determiners.has(ws[j].w) && ws[j].w != "far" {
				break
			}
			j++
		}
	}
	c.end = j
	return c, true
}

// phrasal: verb and particle make a glossary verb (logged in, signed up).
func phrasal(verb, particle string) bool {
	if p, ok := irregularPast.lookup(verb); ok {
		verb = p
	}
	for _, l := range lemmas(verb) {
		if verbTerm(l.word+" "+particle) != nil || verbTerm(l.word+particle) != nil {
			return true
		}
	}
	return verbTerm(strings.TrimSuffix(verb, "ged")+particle) != nil
}

// presentVerb: a third-person present form (ends, expires, renews).
func presentVerb(w string) bool {
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || len(w) < 4 {
		return false
	}
	if v := englishVerb(w); v != nil {
		return true
	}
	for _, t := range loadGlossary().en[strings.TrimSuffix(w, "s")] {
		if t.Class == 'n' {
			return false
		}
	}
	return len(loadGlossary().en[w]) == 0
}

// verbLemma is the verb a clause's verb is a form of (retried: retry,
// logged in: log in).
func verbLemma(c clause) (string, *Term) {
	v := c.verb
	part := ""
	if i := strings.IndexByte(v, ' '); i > 0 {
		v, part = v[:i], v[i:]
	}
	if p, ok := irregularPast.lookup(v); ok {
		v = p
	}
	for _, l := range lemmas(v) {
		if t := verbTerm(l.word + part); t != nil {
			return l.word + part, t
		}
	}
	if t := englishVerb(v); t != nil && part == "" {
		return t.en(), t
	}
	l := v
	switch {
	case len(v) == 4 && strings.HasSuffix(v, "ied"):
		l = v[:3] // died, tied, lied: die (was dy)
	case strings.HasSuffix(v, "ied"):
		l = v[:len(v)-3] + "y"
	case strings.HasSuffix(v, "ed"):
		b := v[:len(v)-2]
		l = strings.TrimSuffix(b, "e") + "e"
		switch n := len(b); {
		case dbl(b):
			l = v[:len(v)-3]
		case n > 2 && strings.ContainsRune("aeiou", rune(b[n-2])) && strings.ContainsRune("aeiou", rune(b[n-3])),
			strings.HasSuffix(b, "en") || strings.HasSuffix(b, "er") || strings.HasSuffix(b, "on") || strings.HasSuffix(b, "ow") ||
				n > 1 && !strings.ContainsRune("aeiou", rune(b[n-1])) && !strings.ContainsRune("aeiou", rune(b[n-2])) && (!strings.ContainsRune("cgsvz", rune(b[n-1])) || strings.HasSuffix(b, "ss")):
			// failed, opened, entered, followed, printed, pressed: no e to
			// add back (parsed, changed, danced keep theirs)
			l = b
		}
	case strings.HasSuffix(v, "es") && esPlural(v[:len(v)-2]):
		l = v[:len(v)-2]
	case strings.HasSuffix(v, "s"):
		l = v[:len(v)-1]
	}
	return l + part, nil
}

// actionNoun is the noun for a clause's action: the glossary noun of a
// phrasal verb (logged in: login), the verb's -ion noun, else the verb.
func actionNoun(c clause) []string {
	l, t := verbLemma(c)
	if n := nounTerm(l); n != nil && strings.Contains(l, " ") {
		return n.Words
	}
	if n, ok := eventNounsOf.lookup(l); ok && (l == "appear" || l == "occur") {
		return []string{n} // how many times a word appears: occurrences
	}
	if t != nil {
		if n := verbNoun(t); n != nil {
			return n.Words
		}
		if n := nounTerm(t.en()); n != nil && len(t.Words) == 1 && n.en() == t.en() {
			return n.Words
		}
		return t.Words
	}
	return splitWords(l)
}

// eventNounsOf are the nouns of verbs' actions that no suffix rule makes
// (expire: expiry, rent: rental, not sign: signal, convert: conversion);
// verbNoun tries them last.
const eventNounsOf lazyPairs = "appear=occurrence, occur=occurrence, expire=expiry, renew=renewal, arrive=arrival, approve=approval, deliver=delivery, create=creation, delete=deletion, depart=departure, close=closing, " +
	"rent=rental, remove=removal, dismiss=dismissal, refuse=refusal, propose=proposal, survive=survival, deny=denial, collide=collision, convert=conversion, decide=decision, submit=submission, " +
	"permit=permission, admit=admission, transmit=transmission, extend=extension, expand=expansion, produce=production, reduce=reduction, describe=description, subscribe=subscription, " +
	"analyze=analysis, fail=failure, ship=shipment, pay=payment"

// dateName is the date of a clause's event: a glossary date (end date,
// start date), its noun's date (expiry date, creation date), else the
// participle's (shipped date) or the verb's (ship date).
func dateName(c clause) []string {
	l, t := verbLemma(c)
	if n := nounTerm(l + " date"); n != nil {
		return n.Words
	}
	if n, ok := eventNounsOf.lookup(l); ok {
		return []string{n, "date"}
	}
	if t != nil {
		if n := verbNoun(t); n != nil {
			return cat(n.Words, []string{"date"})
		}
	}
	if pastParticiple(strings.Fields(c.verb)[0]) != "" && !strings.Contains(c.pp, " ") {
		return []string{c.pp, "date"}
	}
	return cat(actionNoun(c), []string{"date"})
}

// person subjects are context, never the owner in a name.
const personWords lazySet = "user users customer customers player players we i you they he she someone somebody people client admin member visitor"

// owner is the thing a count or time belongs to: the object of an active
// clause (opened the app), the subject of a passive one (the job was
// retried), never a person.
func owner(c clause) []string {
	ws := c.obj
	if c.passive || len(ws) == 0 {
		ws = c.subj
	}
	var out []string
	for _, w := range ws {
		if !personWords.has(w) {
			out = append(out, guessLemma(w).word)
		}
	}
	if len(out) > 0 && personWords.has(ws[0]) && len(ws) != 2 {
		return nil // (the user's subscription: the subscription, enclause2.go)
	}
	return out
}

// foldTimes: "how many times the user has opened the app" is the number
// of app opens (appOpenCount); "number of times the job was retried", of
// job retries (jobRetryCount).
func foldTimes(q string, marks map[string]*Term) string {
	ws := wordSpans(q)
	for i := 1; i+1 < len(ws); i++ {
		if ws[i].w != "times" || !(ws[i-1].w == "many" || ws[i-1].w == "of") || !joined(q, ws, i, i+1) {
			continue
		}
		at := i + 1
		if ws[at].w == "that" {
			at++
		}
		c, ok := readClause(q, ws, at, clauseObject)
		if !ok || c.neg {
			continue
		}
		key := markKey(marks)
		t := &Term{Words: actionNoun(c), Class: 'n', PP: c.pp}
		if l, _ := verbLemma(c); (l == "try" || l == "attempt") && c.vi+2 < len(ws) && ws[c.vi+1].w == "to" {
			// how many times we tried to reconnect: reconnect attempts
			v := ws[c.vi+2].w
			if vt := englishVerb(v); vt != nil {
				v = vt.en()
			}
			t.Words, t.PP = []string{v, "attempt"}, ""
			c.end = max(c.end, c.vi+3)
		}
		marks[key] = t
		rep := key
		if o := owner(c); len(o) > 0 && c.passive {
			// the job was retried: the count is the job's own (retryCount)
			t.Alt = o
		} else if len(o) > 0 {
			rep += " of the " + strings.Join(o, " ")
		}
		return spliceWords(q, ws, i, c.end, rep)
	}
	return q
}

// enDurationVerbs make "the time ..." a length of time, not an event's
// (the time the request took, the time we have left).
const enDurationVerbs lazySet = "take took taken takes spend spent spends last lasted lasts need needed needs require required requires wait waited waits cost costs leave left leaves remain remained remains elapse elapsed have has had"

// handlerBefore: a handler word comes first (handler for when ...).
func handlerBefore(ws []span) bool {
	for _, w := range ws {
		if g, ok := enGrammar[w.w]; ok && g.g == gHandler || w.w == "called" || w.w == "fired" || w.w == "triggered" || w.w == "invoked" || w.w == "hook" {
			return true
		}
	}
	return false
}

// whenHolders make the when-clause after them a time: a variable for
// when, holding when, the timestamp of when.
const whenHolders lazySet = "for of holding holds hold stores store storing keeps keep keeping records record recording"

// timeHeads are nouns a clause after them makes the time of an event.
const timeHeads lazySet = "time timestamp date datetime moment instant"

// foldEventTimes: "timestamp when the order was shipped" is the order's
// shipped at; "the time the user last logged in", last login at; "date
// the subscription ends", the subscription's end date.
func foldEventTimes(q string, marks map[string]*Term) string {
	ws := wordSpans(q)
	for i := 0; i+2 < len(ws); i++ {
		h := ws[i].w
		if h == "when" && i > 0 && whenHolders.has(ws[i-1].w) && !handlerBefore(ws[:i]) {
			// a variable for when the order was delivered
			h = "time"
		} else if !timeHeads.has(h) || !joined(q, ws, i, i+1) {
			continue
		}
		at := i + 1
		switch ws[at].w {
		case "when", "that":
			at++
		case "at", "on", "of":
			if ws[at+1].w == "which" || ws[at+1].w == "when" {
				at += 2
			}
		}
		c, ok := readClause(q, ws, at, clausePresent)
		if !ok || c.neg || enDurationVerbs.has(strings.Fields(c.verb)[0]) {
			continue
		}
		var name []string
		switch {
		case h == "date":
			name = dateName(c)
		case c.last && strings.Contains(c.verb, " ") && pastParticiple(strings.Fields(c.verb)[0]) != "":
			name = cat(actionNoun(c), []string{"at"}) // last login at
		case pastParticiple(c.verb) != "":
			name = cat(splitWords(c.pp), []string{"at"})
		case c.will:
			// when the next alarm will go off: nextAlarmTime; when the
			// token will expire: tokenExpiryTime
			name = []string{"time"}
			l, t := verbLemma(c)
			if n, ok := eventNounsOf.lookup(l); ok {
				name = []string{n, "time"}
			} else if t != nil && verbNoun(t) != nil {
				name = cat(verbNoun(t).Words, name)
			}
		default:
			name = []string{c.verb, "at"} // expires at
		}
		s := i
		if s > 0 && (ws[s-1].w == "last" || ws[s-1].w == "next" || ws[s-1].w == "first") && joined(q, ws, s-1, s) {
			// the last time the file was modified
			if s--; ws[s].w == "last" {
				c.last = true
			} else {
				name = cat([]string{ws[s].w}, name)
			}
		}
		if c.last {
			name = cat([]string{"last"}, name)
		}
		key := markKey(marks)
		marks[key] = &Term{Words: name, Class: 'n'}
		if s > 0 && (ws[s-1].w == "the" || ws[s-1].w == "a") && joined(q, ws, s-1, s) {
			s--
		}
		rep := key
		if o := owner(c); len(o) > 0 {
			// of the order: the owner goes first, and is never read as
			// a verb (order, cache, backup)
			rep += " of the " + markNouns(o, marks)
		}
		return spliceWords(q, ws, s, c.end, rep)
	}
	return q
}

// markKey is a placeholder word for a noun built here (fixMarked).
func markKey(marks map[string]*Term) string {
	return "zqmark" + string(rune('a'+len(marks)))
}

// spliceWords replaces words a..b-1 of the question with rep.
func spliceWords(q string, ws []span, a, b int, rep string) string {
	end := len(q)
	if b < len(ws) {
		end = ws[b].start
	}
	tail := q[end:]
	if b < len(ws) {
		tail = " " + tail
	}
	return q[:ws[a].start] + rep + tail
}

// fixMarked reads the placeholders englishClauses wrote as the terms they
// stand for, and an unknown -ed word before a noun as its participle
// (visited urls, not visit urls).
func fixMarked(items []item, marks map[string]*Term) []item {
	for i := range items {
		it := items[i]
		if !it.eng {
			continue
		}
		if (it.surface == "has" || it.surface == "have" || it.surface == "had") && it.g == gNone && i+1 < len(items) && items[i+1].eng && (items[i+1].pp || pastParticiple(items[i+1].surface) != "") &&
			(i+2 == len(items) || items[i+2].g != gStop && !items[i+2].isNoun()) {
			// the invited user has accepted: has is no noun (has verified
			// their email keeps its object: hasVerifiedEmail)
			items[i].g = gIs
		} else if t := marks[it.surface]; t != nil {
			items[i] = item{t: t, words: t.Words, surface: strings.Join(t.Words, " "), known: true, eng: true, folded: true, plural: t.Plural != ""}
		} else if it.t == nil && it.g == gNone && pastParticiple(it.surface) != "" && i+1 < len(items) && items[i+1].eng && items[i+1].isNoun() &&
			(i == 0 || !items[i-1].isNoun()) {
			t := &Term{Words: []string{it.surface}, Class: 'a'}
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, eng: true, folded: true}
		}
	}
	return items
}

// foldObjectClauses: "files the user dropped onto the page" → "dropped
// files"; the subject and the place are context, not name words.
func foldObjectClauses(q string, adjs map[string]bool) string {
	ws := wordSpans(q)
	for i := 0; i+2 < len(ws); i++ {
		h := ws[i].w
		if !nounHead(h) || !joined(q, ws, i, i+1) {
			continue
		}
		at := i + 1
		if (ws[at].w == "that" || ws[at].w == "which") && joined(q, ws, at, at+1) {
			at++
		}
		c, ok := readClause(q, ws, at, clauseGap)
		if !ok {
			continue
		}
		mod := c.pp
		if c.neg {
			a, ok := relUnless.lookup(mod)
			if !ok {
				a = "un" + mod
			}
			mod = a
			adjs[a] = true
		} else if lightVerbs.has(mod) {
			mod = ""
		} else {
			adjs[mod] = false
			if c.last {
				mod = "last " + mod
			}
		}
		rep := strings.TrimSpace(mod + " " + q[ws[i].start:ws[i].end])
		return foldObjectClauses(spliceWords(q, ws, i, c.end, rep), adjs)
	}
	return q
}

// readEnglish rewrites an English question's clauses (this file, then
// relative.go) and returns the words folded before a head.
func readEnglish(q string) (string, map[string]bool, map[string]*Term) {
	pre, marks := map[string]bool{}, map[string]*Term{}
	q = reMyLittle.ReplaceAllString(q, "$1 ")      // "the port my little web server listens on": my web server (was DEFAULT_WEB_PORT_LITTLE_SERVER)
	q = reEveryFew.ReplaceAllString(q, "every 5 ") // "every few seconds": a period, few no word of the name (was currentFewGpsLocation)
	q = reReturnedBy.ReplaceAllString(q, "$1")     // "the OrderDto returned by the REST API": where it goes is no part of it (was toReturnedOrderDto)
	q = reHashOf.ReplaceAllString(q, "map $1")     // Ruby: "hash of bookings grouped by room type" is a map (was hash_value)
	q = reTinyHelper.ReplaceAllString(q, "$1")     // "tiny helper that returns a promise": a helper
	q = reResultHolding.ReplaceAllString(q, "")    // "the LINQ result holding today's appointments": the appointments (was linqResult)
	if reImperativeConv.MatchString(q) {
		// "convert a protobuf User message into our domain User struct": the
		// type after into is what it converts to, no type asked (fromProto,
		// toDomainUser; was the class DomainUser)
		q = reIntoKind.replaceSubmatches(q, func(m []string) string {
			if determiners.has(strings.ToLower(m[2])) {
				return m[0] // into a struct: the kind itself
			}
			return m[1] + " " + m[2]
		})
	}
	q = reKindDoing.replaceSubmatches(q, func(m []string) string {
		// "extension method converting a speed to km/h", "helper parsing a
		// date string": the kind's work (was GetConvertingSpeed); "struct
		// holding the parsed arguments" holds them (was ArgumentParser)
		if strings.EqualFold(m[2], "turning") {
			return m[1] + " that turns" // (turn is a noun in the glossary, a game's turn)
		}
		if v := verbBase(strings.ToLower(m[2]), false); v != "" && !strings.HasSuffix(v, "ing") {
			return m[1] + " that " + thirdPerson(v)
		}
		return m[0]
	})
	q = reInMyClone.ReplaceAllString(q, "")                 // "… deadline in my school LMS clone": the scene, no word of the name (was school_lms)
	q = reThingsMatching.ReplaceAllString(q, "matching $1") // "flights that match the search criteria": matchingFlights (enclause2.go)
	q = reMapFrom.ReplaceAllString(q, "map of ")            // "mapping from country code to name": a map of one to the other
	q = rePropsFor.ReplaceAllStringFunc(q, func(m string) string {
		// "props for the button component": ButtonProps, the type's own name
		var b strings.Builder
		for _, w := range strings.Fields(rePropsFor.FindStringSubmatch(m)[1]) {
			b.WriteString(strings.ToUpper(w[:1]) + strings.ToLower(w[1:]))
		}
		return b.String() + "Props type"
	})
	q = buttonLabel(q, marks)
	q = readKindNouns(q)               // kindhead.go: check-in date, "port the server listens on", "column name for"
	q = readNounPhrases(q, pre, marks) // enphrase.go
	q = readEnglish2(q)                // enclause2.go
	if m := reLeadAux.FindStringSubmatch(q); m != nil {
		// "does the map contain the key": whether it does; "should show
		// onboarding": whether to (shouldShowOnboarding); "should the app
		// show a banner": whether the app should
		should, art := strings.EqualFold(m[1], "should"), reArticleStart.FindString(m[2])
		switch {
		case !should && art != "":
			q = "whether " + m[2]
		case should && art == "":
			q = "whether to " + m[2]
		case should && strings.Count(m[2], " ") >= 2:
			sub := strings.SplitN(m[2], " ", 3)
			q = "whether " + sub[0] + " " + sub[1] + " should " + sub[2]
		}
	}
	q = reInARow.ReplaceAllString(q, "consecutive $1")
	q = reEnFix.Replace(q)
	q = reHashFrom.ReplaceAllString(q, "hashmap $1")           // Ruby's "hash from currency code to rate": a map
	q = reFrozen.ReplaceAllString(q, "constant $1")            // "frozen array of …": a Ruby constant
	q = reOwnerHas.ReplaceAllString(q, "$1$2")                 // "notifications a user has": whose they are
	q = reTellingIf.ReplaceAllString(q, " that says whether ") // "property telling if …"
	if reFnAsk.MatchString(q) && !reCalledWords.MatchString(q) {
		q = reAfterDone.ReplaceAllString(q, "") // "recalculates the total after a coupon is applied": when, not what
	}
	q = reNTimes.ReplaceAllString(q, "") // "retries a request up to 3 times"
	if reFnAsk.MatchString(q) {
		q = reWhileIng.ReplaceAllString(q, "") // "function that saves the draft while typing": when, not what
	}
	q = reGoDuration.ReplaceAllString(q, "duration") // time.Duration: a duration
	q = reRoleFor.ReplaceAllString(q, "$2 $1 class") // "parser for CSV files": a CSV file parser class
	if !reHandlerWords.MatchString(q) {
		q = reWhenPast.ReplaceAllString(q, "${1}time ${2}") // "when the order was shipped": a time, not a handler
	}
	q = reGroupedBy.ReplaceAllString(q, "$1 by ")    // "users grouped by country": users by country
	q = reHaveAny.ReplaceAllString(q, "with ${1}s")  // "posts that have at least one comment"
	q = reIntoOnes.ReplaceAllString(q, " by result") // "split jobs into ones that succeeded and ones that failed"
	q = reForIng.ReplaceAllStringFunc(q, func(m string) string {
		// "function name for sending email": the function that sends email
		s := reForIng.FindStringSubmatch(m)
		if v := ingVerb(s[2]); v != "" {
			return s[1] + " that " + thirdPerson(v)
		}
		return m
	})
	q = reWhose.ReplaceAllString(q, "with $1")   // "products whose price is below 10000": a filter, not a yes/no
	q = reHasNo.ReplaceAllString(q, "is empty")  // "whether the cart has no items"
	q = reForWhen.ReplaceAllString(q, "$1 when") // "timestamp for when the email was last sent"
	q = reGoKind.ReplaceAllString(q, "$1")       // "Go method on Cart that …": Go is the language
	q = rePhrasal.ReplaceAllStringFunc(q, func(m string) string {
		s := rePhrasal.FindStringSubmatch(m)
		if strings.EqualFold(s[1], "log") {
			return "log" + strings.ToLower(s[3]) // logs the user out: logout
		}
		return s[1] + "s " + s[3]
	}) // "logs the user out": logs out the user
	q = reAcross.ReplaceAllString(q, " ")                          // "across all pages"
	q = reKindLast.ReplaceAllStringFunc(q, func(m string) string { // "how long until X, function name"
		s := reKindLast.FindStringSubmatch(m)
		return strings.TrimSuffix(strings.ToLower(s[2]), " name") + " for " + s[1]
	})
	q = reKeyedBy.ReplaceAllString(q, "map of $2 by ") // "array of X keyed by Y"
	q = reKeyedBy2.ReplaceAllString(q, "by ")
	q = reRecentFirst.ReplaceAllString(q, "by last $1, newest first") // "so the most recently modified come first"
	q = reWaitUnits.ReplaceAllStringFunc(q, func(m string) string {
		// "number of milliseconds to wait before retrying": the retry delay in ms
		s := reWaitUnits.FindStringSubmatch(m)
		w := strings.ToLower(s[3])
		for _, l := range lemmas(w) {
			if verbTerm(l.word) != nil {
				w = l.word
				break
			}
		}
		noun := "delay"
		if strings.EqualFold(s[2], "between") {
			noun = "interval"
		}
		return w + " " + noun + " in " + s[1]
	})
	q = reBeing.ReplaceAllStringFunc(q, func(m string) string {
		s := reBeing.FindStringSubmatch(m)
		if v, t := verbOfParticiple(strings.ToLower(s[2])); v != "" {
			return s[1] + " " + gerund(t, v)
		}
		return m
	})
	q, adjs := englishClauses(dropFetched(q), marks)
	q, folded := foldRelative(q)
	for k, v := range pre {
		adjs[k] = v
	}
	for k, v := range adjs {
		if _, ok := folded[k]; !ok {
			folded[k] = v
		}
	}
	return foldedIntoCompound(q, folded), folded, marks
}

// foldedIntoCompound: a state folded before the last word of a compound
// noun goes before the compound (flight cancelled numbers: cancelled
// flight numbers; was cancelled_flight_count).
func foldedIntoCompound(q string, folded map[string]bool) string {
	ws := wordSpans(q)
	for i := 2; i < len(ws); i++ {
		if _, ok := folded[ws[i-1].w]; !ok || !joined(q, ws, i-2, i-1) || !joined(q, ws, i-1, i) || !compound(ws[i-2].w, ws[i].w) {
			continue
		}
		q = q[:ws[i-2].start] + q[ws[i-1].start:ws[i-1].end] + " " + q[ws[i-2].start:ws[i-2].end] + q[ws[i-1].end:]
		ws = wordSpans(q)
	}
	return q
}

const (
	// invoices with the paid ones filtered out, users except the banned ones
	reOnesOut = lazyRE(`(?i)\b([a-z]+s)\s*,?\s+(except(?:\s+for)?|excluding|without|minus|but\s+not|other\s+than|apart\s+from|not\s+counting|ignoring|with)\s+(?:the\s+|any\s+|all\s+)?((?:[a-z]+\s+){0,2}[a-z]+)\s+ones\b(\s+(?:filtered\s+out|removed|excluded|dropped|skipped|left\s+out|taken\s+out|hidden))?`)
	// invoices filtered down to only the overdue ones, the ones open now
	reOnesIn = lazyRE(`(?i)\b([a-z]+s)\s*,?\s+(?:(?:filtered|narrowed|trimmed|cut)\s+)?(?:down\s+)?(?:to|but)\s+(?:only\s+)?(?:the\s+)?(?:(?:([a-z]+)\s+ones)|ones\s+(?:that\s+are\s+|which\s+are\s+)?([a-z]+))(?:\s+(?:right\s+now|now|currently|today))?\b`)
)

// foldOnes: "invoices with the paid ones filtered out" are the unpaid
// invoices; "users except the banned ones" the non-banned users;
// "restaurants down to the ones open right now" the open restaurants.
func foldOnes(q string, adjs map[string]bool, marks map[string]*Term) string {
	q = reOnesOut.ReplaceAllStringFunc(q, func(m string) string {
		s := reOnesOut.FindStringSubmatch(m)
		prep, st := strings.ToLower(s[2]), strings.ToLower(s[3])
		if prep == "with" && s[4] == "" || !headNoun(s[1]) {
			return m
		}
		if t := stateTerm(st); t != nil && t.Opp != "" {
			adjs[t.Opp] = true
			return t.Opp + " " + s[1]
		}
		if a, ok := relUnless.lookup(st); ok {
			adjs[a] = true
			return a + " " + s[1]
		}
		if stateTerm(st) == nil && pastParticiple(st) == "" {
			return m
		}
		key := markKey(marks)
		marks[key] = &Term{Words: cat([]string{"non"}, splitWords(st)), Class: 'a'}
		return key + " " + s[1]
	})
	return reOnesIn.ReplaceAllStringFunc(q, func(m string) string {
		s := reOnesIn.FindStringSubmatch(m)
		st := strings.ToLower(s[2] + s[3])
		noun := headNoun(s[1]) || strings.Contains(strings.ToLower(m), " down ") && nounTerm(singularNoun(strings.ToLower(s[1]))) != nil // (filters stores down to …)
		if !noun || stateTerm(st) == nil && pastParticiple(st) == "" {
			return m
		}
		adjs[st] = true
		return st + " " + s[1]
	})
}

// stateTerm is the glossary state for English words, or nil.
func stateTerm(en string) *Term {
	for _, t := range loadGlossary().en[en] {
		if t.Class == 'a' {
			return t
		}
	}
	return nil
}

// calledWords say a function is called by something else (a callback, a
// handler, "called when"): reCalledWords, and with the kind words
// reHandlerWords.
const calledWords = `callback|handler|listener|hook|called|fired|triggered|invoked|runs|run`

const (
	// re-sends, re-index: one word (resend, reindex)
	reWaitUnits   = lazyRE(`(?i)\b(?:the\s+)?(?:number\s+of|how\s+many|amount\s+of)\s+(milliseconds|ms|seconds|secs|minutes|mins|hours)\s+to\s+(?:wait|sleep|pause)\s+(before|between|after)\s+(?:each\s+|the\s+)?([a-z]+)`)
	reRecentFirst = lazyRE(`(?i)\b(?:so|such)\s+(?:that\s+)?(?:the\s+)?(?:ones?\s+)?most\s+recently\s+([a-z]+)(?:\s+ones?)?\s+(?:come|comes|are|is|appear|appears|show|shows|go|goes)\s+(?:up\s+)?(?:first|on\s+top|at\s+the\s+top)\b`)
	// "an array of error messages keyed by field name": a map
	reKeyedBy  = lazyRE(`(?i)\b(?:an?\s+)?(array|list|collection|table|object|slice|vector|hash|map|dict|dictionary)\s+of\s+(.+?)\s+(?:keyed|indexed)\s+by\s+`)
	reKeyedBy2 = lazyRE(`(?i)\b(?:keyed|indexed)\s+by\s+`)
)

var (
	// "…, function name": the kind asked, said last
	// fixed phrases read as others
	reEnFix = replacerOf(" so far||, ignoring case|| ignoring case|| case-insensitively||ties broken by|then by|ties are broken by|then by| — |, | – |, |suspend fun |suspend function |Wi-Fi|wifi|wi-fi|wifi|Wi-fi|wifi|WI-FI|wifi| invoked when | called when | fired when | called when | triggered when | called when | invoked after | called after | invoked once | called once ")
)

const (
	reHashFrom     = lazyRE(`(?i)\bhash\s+(from|of\s+\w+\s+(?:to|by)|keyed)\b`)
	reFrozen       = lazyRE(`(?i)\bfrozen\s+(array|list|hash|set)\b`)
	reOwnerHas     = lazyRE(`(?i)\b([a-z]+s)\s+(?:a|the|each|this|that)\s+(?:user|customer|player|member|account|client|team|student|person|device|order)\s+(?:has|have|owns)\s*([?.!,]|$)`)
	reTellingIf    = lazyRE(`(?i)\s+(?:telling|saying|indicating|showing|reporting)\s+(?:if|whether)\s+`)
	reCalledWords  = lazyRE(`(?i)\b(` + calledWords + `)\b`)
	reAfterDone    = lazyRE(`(?i),?\s+(?:after|once|whenever)\s+(?:an?|the|its|their)\s+\w+(?:\s+\w+)?\s+(?:is|are|was|were|has\s+been|have\s+been|gets|get)\s+\w+ed\s*([?.!]?)\s*$`)
	reNTimes       = lazyRE(`(?i)\s+(?:up\s+to\s+|at\s+most\s+|a\s+maximum\s+of\s+)?(?:\d+|n|k)\s+times\b`)
	reFnAsk        = lazyRE(`(?i)\b(function|method|func|fn|callback|handler)\s+(that|to|which)\b`)
	reWhileIng     = lazyRE(`(?i)\s+while\s+(?:the\s+user\s+is\s+|the\s+user\s+|they\s+are\s+)?[a-z]+ing\b[^,.?]*`)
	reGoDuration   = lazyRE(`\btime\.Duration\b`)
	reRoleFor      = lazyRE(`(?i)^(?:an?\s+|the\s+)?(repository|service|controller|client|validator|parser|serializer|mailer|presenter|adapter|factory|builder|middleware|formatter|provider|view\s*model|wrapper|exporter|importer|renderer|scheduler)\s+(?:for|of)\s+(?:the\s+|an?\s+)?([^,.?!]+?)\s*[?.!]?$`)
	reHandlerWords = lazyRE(`(?i)\b(` + calledWords + `|event|function|method|func|fn)\b`)
	reWhenPast     = lazyRE(`(?i)^((?:(?:a|the)\s+)?(?:variable|field|property|column|function|method|getter)?\s*(?:(?:that|which|to)\s+(?:returns?|holds?|stores?|records?|keeps?|gives?)\s+|(?:holding|storing|recording|keeping|returning|giving)\s+)?(?:for\s+)?)when\s+((?:(?:the|an?|this|that|my|our|their|its|his|her|your)\s+)?\w+(?:\s+\w+){0,2}\s+(?:was|were|last|first|expires|ends|starts)\b.*)$`)
	reGroupedBy    = lazyRE(`(?i)\b([a-z]+s)\s+grouped\s+by\s+`)
	reHaveAny      = lazyRE(`(?i)\b(?:that|which|who)\s+(?:have|has)\s+(?:at\s+least\s+one|any|one\s+or\s+more|some)\s+([a-z]+?)s?\b`)
	reIntoOnes     = lazyRE(`(?i)\s+into\s+(?:the\s+)?ones\s+(?:that|which)\s+\w+(?:\s+\w+)?\s+and\s+(?:the\s+)?ones\s+(?:that|which)\s+\w+(?:\s+\w+)?`)
	reForIng       = lazyRE(`(?i)\b(function|method|func|fn|helper|routine|job|worker|task|consumer)(?:\s+name|\s+class)?\s+for\s+([a-z]+ing)\b`)
	reWhose        = lazyRE(`(?i)\bwhose\s+(\w+)\s+(?:is|are)\b`)
	reHasNo        = lazyRE(`(?i)\bhas\s+no\s+(?:items|elements|entries|children|products|messages|rows|records|values|members|data)\b`)
	reForWhen      = lazyRE(`(?i)\b(timestamp|time|date|datetime|moment|instant)\s+for\s+when\b`)
	reGoKind       = lazyRE(`(?i)\bgo\s+(method|function|func|struct|interface|type|constant|variable)\b`)
	rePhrasal      = lazyRE(`(?i)\b(log|sign|check|opt)s?\s+(the\s+(?:current\s+)?user|users|them|him|her|me|you|the\s+member|the\s+guest)\s+(out|in)\b`)
	reAcross       = lazyRE(`(?i)\s+across\s+(?:all\s+)?(?:the\s+)?(?:pages|requests|sessions|users|devices|shards|partitions|nodes)\b`)
	reKindLast     = lazyRE(`(?i)^(.+?)\s*[,:;—–-]\s*((?:a\s+)?(?:function|method|variable|var|constant|const|class|enum|struct|interface|property|field)(?:\s+name)?)\s*[?.!]*$`)
	reTimeUntil    = lazyRE(`(?i)(^|\b(?:variable|property|field|function|method)\s+(?:for\s+)?)(?:the\s+)?time\s+(?:left\s+|remaining\s+)?until\s+`)
	reMapFrom      = lazyRE(`(?i)\b(?:map|mapping|dict|dictionary|hashmap|lookup\s+table|lookup)\s+(?:from|of)\s+`)
	rePropsFor     = lazyRE(`(?i)\bprops\s+(?:type\s+|interface\s+)?for\s+(?:the\s+|a\s+|an\s+)?([a-z]+(?:\s+[a-z]+)?)\s+component\b`)
	reLeadAux      = lazyRE(`(?i)^\s*(does|should)\s+(?:we\s+|i\s+)?(.+)$`)
	reArticleStart = lazyRE(`(?i)^(?:the|a|an|this|that|it|its|my|our|user|users)\b`)
	// how many times in a row: how many consecutive times
	reInARow = lazyRE(`(?i)\b(times|failures|attempts|errors|days|wins|losses)\s+in\s+a\s+row\b`)
	// "while audio is being recorded": in progress (is recording)
	reBeing = lazyRE(`(?i)\b(is|are|was|were)\s+(?:currently\s+|still\s+)?being\s+([a-z]+)\b`)
)

// verbOfParticiple finds the glossary verb whose past participle is w
// (recorded → record, saved → save, stopped → stop).
func verbOfParticiple(w string) (string, *Term) {
	g := loadGlossary()
	n := len(w)
	var cands []string
	switch {
	case n == 4 && strings.HasSuffix(w, "ied"):
		cands = append(cands, w[:3]) // died: die
	case strings.HasSuffix(w, "ied"):
		cands = append(cands, w[:n-3]+"y")
	case strings.HasSuffix(w, "ed"):
		cands = append(cands, w[:n-2], w[:n-1])
		if n > 4 && w[n-3] == w[n-4] {
			cands = append(cands, w[:n-3])
		}
	}
	for v, p := range irregularParticiples.all() {
		if p == w {
			cands = append(cands, v)
		}
	}
	for _, c := range cands {
		for _, t := range g.en[c] {
			if t.Class == 'v' && t.en() == c && participle(t, c) == w {
				return c, t
			}
		}
	}
	return "", nil
}

// buttonLabel: "click handler for the 'mark all as read' button", "the add
// to cart button": a label of several words names the button as one noun
// (handleMarkAllAsReadClick, handleAddToCartClick; were markAllRead and
// registerHandler, the label read as the question).
func buttonLabel(q string, marks map[string]*Term) string {
	return reButtonLabel.replaceSubmatches(q, func(m []string) string {
		ws := strings.Fields(strings.ToLower(m[3]))
		if len(ws) < 2 || slices.ContainsFunc(ws, notLabelWords.has) {
			return m[0]
		}
		key := markKey(marks)
		marks[key] = &Term{Words: []string{strings.Join(ws, " ")}, Class: 'n', Plural: strings.Join(ws, " "), Suffix: labelSuffix}
		return m[1] + " " + key + " " + m[5]
	})
}

// labelSuffix marks a button label's term: the phrasebook does not read
// the label's words as the question (idioms.go).
const labelSuffix = "label"

const notLabelWords lazySet = `the a an this that for on of handler callback listener action method function click clicks tap taps when user button`

const reButtonLabel = lazyRE(`(?i)\b((?:handler|callback|listener|action|method|function|clicks?|taps?|press(?:es)?|clicking|tapping|pressing)\s+(?:(?:for|on)\s+)?the\s+)(['"“‘])?([a-z]+(?:\s+[a-z]+){1,4}?)(['"”’])?\s+(button|btn|link)\b`)
