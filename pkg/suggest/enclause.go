package suggest

import (
	"regexp"
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

var (
	reContraction = regexp.MustCompile(`(?i)\b([a-z]+)['’](ve|re|ll|d|m|s|t)\b`)
	reCounterFor  = regexp.MustCompile(`(?i)\bcounters?\s+(?:for|of)\s+(?:the\s+)?(?:number\s+of\s+)?`)
	reWord        = regexp.MustCompile(`[A-Za-z][A-Za-z0-9]*`)
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
		switch lw {
		case "it", "that", "what", "there", "here", "who", "he", "she", "where", "how", "let":
			return w + " is"
		}
		return w
	})
}

// englishClauses rewrites the question's English noun-phrase clauses; the
// words it puts before a head are returned in adjs (true: read through the
// glossary; false: kept as written).
func englishClauses(q string) (string, map[string]bool) {
	adjs := map[string]bool{}
	q = spellOut(q)
	q = reCounterFor.ReplaceAllStringFunc(q, func(m string) string {
		if strings.Contains(strings.ToLower(q), "how many") {
			return ""
		}
		return "number of "
	})
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

var (
	subjPronouns = wordSet("we i you they he she someone somebody people")
	determiners  = wordSet("the a an this our my your their his her its each every some any")
	clauseAux    = wordSet("has have had is are was were been be being will would did does do can could should may might just already recently previously ever also still currently once first last never not successfully actually finally manually")
	lightVerbs   = wordSet("made had done did got gotten performed")
	clauseEnds   = wordSet("on onto into in to at from for with during inside within so today yesterday earlier before recently yet already lately ever")
	verbParticle = wordSet("in up out off down over back")
	// irregularPast are simple past forms that differ from the participle.
	irregularPast = map[string]string{"saw": "seen", "wrote": "written", "gave": "given", "took": "taken", "chose": "chosen",
		"ran": "run", "began": "begun", "drew": "drawn", "hid": "hidden", "knew": "known", "ate": "eaten", "forgot": "forgotten"}
	irregularPP = wordSet("seen shown made had done sent written read paid bought sold won lost left kept found built given taken chosen got gotten put set hit cut held told spent brought thought caught known hidden drawn begun run forgotten")
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// pastParticiple reads w as a verb's past form: its participle, or "".
func pastParticiple(w string) string {
	if p, ok := irregularPast[w]; ok {
		return p
	}
	if irregularPP[w] {
		return w
	}
	if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return w
	}
	return ""
}

// nounHead: w may head a noun phrase (a glossary noun, or an unknown
// plural), and is no grammar word.
func nounHead(w string) bool {
	if _, ok := enGrammar[w]; ok || determiners[w] || subjPronouns[w] || !headNoun(w) || clauseAux[w] {
		return false
	}
	switch w {
	case "time", "times", "timestamp", "date", "moment", "day", "if", "whether", "because", "while", "where", "since", "until", "unless", "than", "so":
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

// clause is a subject clause after a head: the subject, the verb's
// participle (with its particle), negation and a kept adverb (last).
type clause struct {
	subj      []string
	pp        string
	neg, last bool
	end       int // index of the first word after the clause
}

// readClause reads "the user has already dropped (onto the page)" at i.
func readClause(q string, ws []span, i int) (clause, bool) {
	var c clause
	if i >= len(ws) {
		return c, false
	}
	j := i
	switch {
	case subjPronouns[ws[j].w]:
		c.subj = []string{ws[j].w}
		j++
	case determiners[ws[j].w]:
		j++
		for k := 0; k < 2 && j < len(ws) && !clauseAux[ws[j].w] && pastParticiple(ws[j].w) == "" && joined(q, ws, j-1, j); k++ {
			c.subj = append(c.subj, ws[j].w)
			j++
		}
		if len(c.subj) == 0 {
			return c, false
		}
	default:
		return c, false
	}
	for j < len(ws) && clauseAux[ws[j].w] && joined(q, ws, j-1, j) {
		switch ws[j].w {
		case "not", "never":
			c.neg = true
		case "last":
			c.last = true
		}
		j++
	}
	if j >= len(ws) || !joined(q, ws, j-1, j) {
		return c, false
	}
	c.pp = pastParticiple(ws[j].w)
	if c.pp == "" && c.neg {
		if v := englishVerb(ws[j].w); v != nil {
			c.pp = participle(v, ws[j].w)
		}
	}
	if c.pp == "" {
		return c, false
	}
	j++
	if j < len(ws) && verbParticle[ws[j].w] && joined(q, ws, j-1, j) {
		if l := lemmas(c.pp); len(l) > 0 && verbTerm(l[len(l)-1].word+" "+ws[j].w) != nil || verbTerm(strings.TrimSuffix(c.pp, "ged")+ws[j].w) != nil {
			c.pp += " " + ws[j].w
			j++
		}
	}
	// What follows the verb must not be its object: a clause after a head
	// lacks one (files the user dropped), a sentence has one.
	if j < len(ws) && joined(q, ws, j-1, j) && !clauseEnds[ws[j].w] {
		if determiners[ws[j].w] || subjPronouns[ws[j].w] {
			return c, false
		}
		if _, ok := enGrammar[ws[j].w]; !ok {
			return c, false
		}
	}
	// drop a place or time phrase (onto the page, so far, today)
	if j < len(ws) && joined(q, ws, j-1, j) && clauseEnds[ws[j].w] {
		j++
		for k := 0; k < 4 && j < len(ws) && joined(q, ws, j-1, j); k++ {
			if _, ok := enGrammar[ws[j].w]; ok && !determiners[ws[j].w] && ws[j].w != "far" {
				break
			}
			j++
		}
	}
	c.end = j
	return c, true
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
		c, ok := readClause(q, ws, at)
		if !ok {
			continue
		}
		mod := c.pp
		if c.neg {
			a, ok := relUnless[mod]
			if !ok {
				a = "un" + mod
			}
			mod = a
			adjs[a] = true
		} else if lightVerbs[mod] {
			mod = ""
		} else {
			adjs[mod] = false
			if c.last {
				mod = "last " + mod
			}
		}
		rep := strings.TrimSpace(mod + " " + q[ws[i].start:ws[i].end])
		end := len(q)
		if c.end < len(ws) {
			end = ws[c.end].start
		}
		tail := q[end:]
		if c.end < len(ws) {
			tail = " " + tail
		}
		return foldObjectClauses(q[:ws[i].start]+rep+tail, adjs)
	}
	return q
}

// readEnglish rewrites an English question's clauses (this file, then
// relative.go) and returns the words folded before a head.
func readEnglish(q string) (string, map[string]bool) {
	q, adjs := englishClauses(q)
	q, folded := foldRelative(q)
	for k, v := range adjs {
		if _, ok := folded[k]; !ok {
			folded[k] = v
		}
	}
	return q, folded
}
