package suggest

import (
	"regexp"
	"strings"
)

// This file reads the shapes of English noun phrases that identifiers say
// in another order, before the clause readers (enclause.go) run:
//
//	the pods for each namespace          → the pods per namespace (podsByNamespace)
//	a map holding the pods               → a map that holds the pods
//	number of rows affected by an UPDATE → number of affected rows (affectedRowCount, rowsAffected)
//	how many bytes have been written     → number of written bytes (bytesWritten)
//	tests failed in the last run         → failed tests (the run is a one-off scope)

var (
	// for each X, for every single X: per X
	reForEach = regexp.MustCompile(`(?i)\bfor\s+(?:each|every)(?:\s+single|\s+individual)?\s+([a-z])`)
	// a map holding X: a map that holds X (map is no verb here)
	reHolding = regexp.MustCompile(`(?i)\b(map|dictionary|dict|hash\s*map|list|array|set|slice|vector|collection|table|lookup)\s+(?:holding|containing|storing|keeping)\s`)
	// a count's one-off scope: failed in the last run, errors during the
	// current sync (a span of time, in the last 7 days, stays)
	reCountScope = regexp.MustCompile(`(?i)\s+(?:in|during|from|of|for)\s+the\s+(?:last|latest|previous|current|most\s+recent)\s+([a-z]+)\b`)
)

// countAux are the words between a counted head and its participle
// (bytes that have already been written).
var countAux = wordSet("that which have has had been were are was is got get already successfully actually")

// countPreps start the agent or place after a counted participle (by the
// job, over the wire), besides clauseEnds.
var countPreps = wordSet("by over through via across per so")

// readNounPhrases rewrites the question's noun phrases (see above); the
// participles it puts before a head are returned, kept as written.
func readNounPhrases(q string, adjs map[string]bool) string {
	q = spellOut(q)
	q = reForEach.ReplaceAllString(q, "per $1")
	q = reHolding.ReplaceAllString(q, "$1 that holds ")
	if !reCountWords.MatchString(q) {
		return q
	}
	q = reCountScope.ReplaceAllStringFunc(q, func(m string) string {
		switch strings.ToLower(reCountScope.FindStringSubmatch(m)[1]) {
		case "second", "minute", "hour", "day", "week", "month", "year", "quarter", "decade":
			return m
		}
		return ""
	})
	return countedParticiple(q, adjs)
}

// countedParticiple: "number of rows affected by an UPDATE" counts
// affected rows; the agent or place after the participle (by an UPDATE,
// to the socket) is context and goes, a time (today) stays.
func countedParticiple(q string, adjs map[string]bool) string {
	ws := wordSpans(q)
	for i := 0; i+3 < len(ws); i++ {
		if !(ws[i].w == "many" && i > 0 && ws[i-1].w == "how" || (ws[i].w == "of" && i > 0 && (ws[i-1].w == "number" || ws[i-1].w == "count"))) {
			continue
		}
		h := i + 1
		e := h + 1 // after the head
		if !strings.HasSuffix(ws[h].w, "s") && strings.HasSuffix(ws[h+1].w, "s") && joined(q, ws, h, h+1) {
			e++ // network packets
		}
		if hw := ws[e-1].w; !strings.HasSuffix(hw, "s") || !headNoun(hw) || determiners[hw] || subjPronouns[hw] || clauseAux[hw] {
			continue
		}
		j := e
		for j < len(ws) && countAux[ws[j].w] && joined(q, ws, j-1, j) {
			j++
		}
		if j >= len(ws) || !joined(q, ws, j-1, j) {
			continue
		}
		at, pp := j, pastParticiple(ws[j].w)
		if pp == "" || ws[j].w == "had" {
			continue
		}
		j++
		if j < len(ws) && verbParticle[ws[j].w] && joined(q, ws, j-1, j) && phrasal(ws[j-1].w, ws[j].w) {
			pp += " " + ws[j].w
			j++
		}
		cut := j
		if j+2 < len(ws) && joined(q, ws, j-1, j) && (clauseEnds[ws[j].w] || countPreps[ws[j].w]) && determiners[ws[j+1].w] {
			if w := ws[j+2].w; w == "last" || w == "past" {
				// (were) placed in the last week: recent (relative.go)
				if at == e {
					return q
				}
				return spliceWords(q, ws, e, at, "")
			}
			cut = j + 2
			for k := 0; k < 3 && cut < len(ws) && joined(q, ws, cut-1, cut) && !scopeWord(ws[cut].w); k++ {
				cut++
			}
		} else if j < len(ws) && joined(q, ws, j-1, j) && !clauseEnds[ws[j].w] && !countPreps[ws[j].w] || j < len(ws) && ws[j].w == "last" {
			continue // an object follows: users who have verified their email
		}
		adjs[pp] = false
		rep := pp + " " + q[ws[h].start:ws[e-1].end]
		return spliceWords(q, ws, h, cut, rep)
	}
	return q
}

// scopeWord: a word that starts a time scope (today, this week).
func scopeWord(w string) bool {
	return scopeNouns[w] || w == "this" || w == "so" || w == "per"
}

// postParticiple is a count's phrase with its participle after the head,
// where the question had it (rows affected, emails sent today): the way
// counters are often named (rowsAffected, emailsSentToday); nil when the
// phrase has no such participle.
func postParticiple(t *np) []string {
	at := -1
	for i, m := range t.mods {
		if m.folded && m.t != nil && m.t.Class == 'a' && pastParticiple(m.surface) != "" {
			at = i
		}
	}
	if at < 0 || massy(t) {
		return nil
	}
	var pre, post []string
	for i, m := range t.mods {
		switch {
		case i == at:
		case m.t != nil && scopeNouns[m.t.en()]:
			post = append(post, modWords(m)...) // emails sent today
		default:
			pre = append(pre, modWords(m)...)
		}
	}
	return cat(pre, t.nounWords(true), modWords(t.mods[at]), post)
}
