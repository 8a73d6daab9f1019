package suggest

import (
	"slices"
	"strings"
)

// This file reads English wh-clauses that stand for a noun, as questions
// about constants and variables often say them: "how often the heartbeat
// is sent" is the heartbeat interval, "how long the upload takes" is the
// upload duration, "(holding) when the next alarm will go off" is the
// next alarm time. It also reads kind words written as a language's
// idiom: a C macro for a value is a constant, and so is a C#/Java
// "static readonly" / "static final" field.

const whNouns lazyPairs = "often=interval, long=duration, frequently=interval"

// readWh rewrites the items of a wh-nominal: the clause's noun phrase
// followed by the noun the wh-word stands for, the clause's verb dropped.
func readWh(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := items[i]
		var noun string
		switch {
		case it.eng && it.surface == "how" && items[i+1].eng:
			noun = whNouns.get(items[i+1].surface)
			if noun == "" {
				continue
			}
			if noun == "duration" {
				noun = howLongNoun(items[i+2:])
			}
			items[i+1].g = gStop
		case it.eng && it.g == gWhen && i > 0 && items[i-1].g == gHolder:
			noun = "time"
		default:
			continue
		}
		items[i].g = gStop
		t := nounTerm(noun)
		if t == nil {
			continue
		}
		// the noun phrase of the clause
		j := i + 1
		seenNoun := false
		for j < len(items) {
			x := items[j]
			if x.g == gStop && !seenNoun || x.g == gNone && x.isAdj() && !seenNoun {
				j++
				continue
			}
			if x.g == gNone && x.isNoun() && !(x.t == nil && clauseVerbWord(x.surface)) {
				seenNoun = true
				j++
				continue
			}
			break
		}
		ins := item{t: t, words: t.Words, surface: noun, known: true, eng: true}
		// drop the clause's verb (is sent, takes, will go off)
		k := j
		for k < len(items) && items[k].eng && items[k].g != gIn && items[k].g != gUnit && items[k].g != gTo && items[k].g != gFrom && (items[k].g == gIs || items[k].g == gStop || items[k].g == gNone && !items[k].isNoun() || items[k].t == nil && items[k].g == gNone || items[k].isAdj()) {
			items[k].g = gStop
			k++
		}
		out := append(append(append([]item{}, items[:j]...), ins), items[j:]...)
		return out
	}
	return items
}

// howLongNoun is what "how long" asks for: how long a link stays valid
// is its ttl, how long to wait a delay, else a duration.
func howLongNoun(rest []item) string {
	for _, x := range rest {
		if !x.eng || x.g == gIn || x.g == gUnit {
			break
		}
		if keptAlive.has(x.surface) {
			return "ttl"
		}
		if x.surface == "wait" || x.surface == "sleep" || x.surface == "pause" {
			return "delay"
		}
	}
	return "duration"
}

const keptAlive lazySet = `valid alive live lives kept cached retained persisted stored`

// clauseVerbWord: an unknown English word that is a verb of the clause
// (took, stays, remains), not a noun of its phrase.
func clauseVerbWord(w string) bool {
	return clauseVerbs.has(w) || pastParticiple(w) != ""
}

const clauseVerbs lazySet = `stay stays remain remains last lasts take takes took live lives`

// nounOrPlural: w is a glossary noun or the plural of one (retries, urls).
func nounOrPlural(w string) bool { return nounTerm(w) != nil || nounTerm(singularNoun(w)) != nil }

func nounTerm(en string) *Term {
	for _, t := range loadGlossary().en[en] {
		if t.Class == 'n' {
			return t
		}
	}
	return nil
}

// readConstKinds: "macro for the watchdog timeout", "static readonly
// TimeSpan field": the kind is a constant.
func readConstKinds(items []item) []item {
	for i, it := range items {
		switch {
		case it.t != nil && (it.surface == "macro" || it.surface == "매크로") && (i == 0 || items[i-1].g == gStop) &&
			(i+1 == len(items) || items[i+1].g == gIn || items[i+1].g == gThat || items[i+1].g == gStop || items[i+1].g == gRequest):
			items[i] = item{g: gConstant, surface: it.surface, known: true, eng: it.eng}
		case it.eng && i > 0 && items[i-1].eng && strings.EqualFold(items[i-1].surface, "static") &&
			(it.surface == "readonly" || it.surface == "final" || it.surface == "const"):
			items[i] = item{g: gConstant, surface: it.surface, known: true, eng: true}
		}
	}
	return items
}

// copulaNoun reads "whether a year is a leap year", "check if a string is a
// palindrome / a valid semantic version": the noun after is says what the
// subject is, and is + that noun is the name (isLeapYear, is_palindrome,
// is_valid_semantic_version); the subject is what the check is given.
func copulaNoun(f *frame) {
	if f.verb != nil || f.subj.empty() || f.obj.empty() || f.handler || f.count || f.list || !(f.check || f.boolean) {
		return
	}
	is, obj, st := -1, -1, -1
	for i, it := range f.items {
		switch {
		case it.g == gIs:
			if is >= 0 {
				return
			}
			is = i
		case is >= 0 && obj < 0 && it.surface == f.obj.nouns[0].surface:
			obj = i
		case is >= 0 && obj < 0 && f.state != nil && it.surface == f.state.surface:
			st = i
		}
	}
	if is < 0 || obj < 0 {
		return
	}
	pred := f.obj
	if f.state != nil {
		if st < 0 {
			return // the string is valid: a state of the subject
		}
		pred.mods = append([]item{*f.state}, pred.mods...)
		f.state = nil
	}
	of := f.subj
	f.subj, f.obj, f.copula = pred, np{}, &of
	f.boolean, f.isNounQ = true, true
}

// containsVerb reads "whether a slice contains a value", "check if the
// list includes the item": in a yes/no question contains is the predicate
// (contains, containsValue), not a holder ("list that contains ...").
func containsVerb(items []item) []item {
	asked := false
	for i, it := range items {
		switch {
		case it.g == gCheck || it.g == gYesNo:
			asked = true
		case asked && it.g == gHolder:
			w := strings.ToLower(it.surface)
			var t *Term
			switch w {
			case "contains", "contain":
				t = termOr("contain", 'v')
			case "includes", "include":
				t = termOr("include", 'v')
			}
			if t == nil {
				continue
			}
			out := append([]item(nil), items...)
			out[i].setTerm(t)
			return out
		}
	}
	return items
}

// settingModifier: "default reconnect timeout", "max upload retries": an
// English verb between a limit word or a noun and a setting noun names
// what the setting is for (RECONNECT_TIMEOUT), no action asked for.
func settingModifier(items []item) []item {
	if n := len(items); n > 2 && items[n-1].eng && items[n-1].isVerb() && items[n-1].third && items[n-2].eng && items[n-2].isNoun() &&
		slices.ContainsFunc(items[:n-2], func(it item) bool { return it.g == gMax || it.g == gMin || it.g == gDefault }) {
		// "max upload retries": the last word is the plural noun
		items[n-1].t, items[n-1].plural, items[n-1].third = &Term{Words: items[n-1].t.Words, Class: 'n'}, true, false
	}
	for i := 0; i+1 < len(items); i++ {
		v, n := items[i], items[i+1]
		if !v.eng || !v.isVerb() || v.third || v.pp || v.ing || !n.eng || !n.isNoun() || !settingNouns.has(lastWord(n.words)) {
			continue
		}
		if i == 0 || !(items[i-1].g == gMax || items[i-1].g == gMin || items[i-1].g == gDefault || items[i-1].eng && (items[i-1].isNoun() || items[i-1].isAdj())) {
			continue
		}
		items[i].t = &Term{Words: v.t.Words, Class: 'n'}
	}
	return items
}

// settingNouns are the nouns a setting ends in.
const settingNouns lazySet = `timeout timeouts interval delay limit limits attempts retries window threshold ttl backoff url
	endpoint buffer cooldown quota`

// firstAction keeps the first of two English actions joined by and:// firstAction keeps the first of two English actions joined by and:
// "deactivates a user's account and revokes all their sessions" is named
// for deactivating (deactivateAccount); the second is what it also does.
func firstAction(items []item) []item {
	verb := false
	for i, it := range items {
		switch {
		case it.eng && it.isVerb():
			verb = true
		case it.g == gAnd && it.eng && verb:
			for j := i + 1; j < len(items); j++ {
				if items[j].g == gStop {
					continue
				}
				if items[j].eng && (items[j].isVerb() && items[j].third || items[j].g == gReturn) {
					return items[:i] // uploads a photo and returns its URL: upload
				}
				break
			}
		}
	}
	return items
}
