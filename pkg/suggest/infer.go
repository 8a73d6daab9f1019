package suggest

import (
	"strings"
)

// What a question asks for when it names no kind: the general rules for
// phrasings the grammar alone reads too literally.
//
//   - An English question that opens with a bare verb is an action
//     ("group log entries by severity level", "sort tracks by play count"):
//     the verb reading of the first word wins over its noun reading.
//   - A limit, a unit, an interval or a timeout implies a constant
//     ("자동 넘김 간격 3초", "toast duration in milliseconds"): the
//     constant names are offered beside the variable names.
//   - English "before/until <clause>" after the thing named is a condition,
//     not part of the name ("max failed login attempts before the account
//     is locked").
//   - A handler word with a "when" clause names the handler even when the
//     clause is a yes/no phrase ("handler for when the form is submitted").

// imperative makes the first word of an English question a verb when it
// has a verb reading, stands bare (not plural, not a participle) and no kind
// word or verb comes before it.
func imperative(items []item) []item {
	for i := range items {
		it := items[i]
		if !it.eng {
			return items
		}
		if it.g == gStop || it.g == gRequest {
			if nounFirst.has(it.surface) {
				// "a generic cache with expiration": an adjective before
				// the word makes it a noun
				return items
			}
			continue
		}
		if it.g == gNone && it.t != nil && it.t.Class == 'v' && !it.third && !it.pp && !it.ing && modifiesAttribute(items, i) && constantWords.has(lastWord(items[i+1].words)) {
			// "debounce delay", "retry interval": a verb before a setting
			// noun names the setting.
			it.t, it.words = &Term{Words: it.t.Words, Class: 'n'}, it.t.Words
			items[i] = it
			return items
		}
		if it.g != gNone || it.t == nil || it.t.Class == 'v' || it.plural || it.pp || it.ing || it.folded || afterArticle(items, i) {
			return items // (the fetch call: no imperative)
		}
		if i+1 >= len(items) || items[i+1].g == gOf || items[i+1].g == gIs || items[i+1].g == gFunction ||
			items[i+1].g == gVariable || items[i+1].g == gConstant || items[i+1].g == gClass {
			return items
		}
		if len(splitWords(it.surface)) != 1 {
			return items
		}
		vt := englishVerb(it.surface)
		if vt == nil || vt.en() != it.surface || modifiesAttribute(items, i) || artifactNouns.has(it.surface) && (items[i+1].surface == "for" || items[i+1].surface == "with" || items[i+1].surface == "that") {
			// "cache expiration in seconds": a noun before a setting noun
			return items
		}
		it.t, it.words, it.alt = vt, vt.Words, nil
		items[i] = it
		return items
	}
	return items
}

// nounFirst: adjectives before a first word that make it a noun.
const nounFirst lazySet = `generic simple basic custom reusable global shared`

// artifactNouns: things a program holds; before for/with/that they name
// the thing, not an action ("delegate for table view selection", "cache
// with expiration"), and what follows for owns them (settingOwner).
const artifactNouns lazySet = `timer channel semaphore delegate cache proxy buffer queue pool store wrapper guard lock
	mutex registry cursor`

// dropCondition cuts an English "before/until <clause>" that follows what
// is named.
func dropCondition(items []item) []item {
	content := false
	for i, it := range items {
		if !it.eng {
			return items
		}
		if it.g == gNone && len(it.words) > 0 {
			content = true
		}
		if it.g == gIs || it.surface == "left" || it.surface == "remaining" {
			// "how many days are left until a subscription renews": the
			// until-clause is what is counted.
			return items
		}
		if content && (it.surface == "before" || it.surface == "until") && clauseFollows(items[i+1:]) {
			return items[:i]
		}
	}
	return items
}

// constantWords are nouns that name a setting a program fixes: an
// interval, a timeout, a limit.
const constantWords lazySet = `expiration expiry retention lifetime interval timeout limit threshold delay duration ttl
	period cooldown quota capacity max min`

// impliesConstant: a limit, a unit or a setting noun in a question that
// names no kind.
func impliesConstant(f *frame) bool {
	if f.limit != "" && f.valued && !f.boolean && !f.handler {
		// "default port the server listens on (8080)": a default with
		// its value is a constant, whatever clause says what it is for
		return true
	}
	if f.boolean || f.handler || f.list {
		return false
	}
	if f.count && lastWord(f.by.nounWords(false)) == "page" {
		// "number of products shown per page": a page size is a setting
		return true
	}
	if v := f.verb; v != nil && v.t != nil && (v.eng || v.form != formNoun) && !(f.literal && modifiesNoun(v)) {
		// A verb phrase asks for a function (format elapsed milliseconds);
		// a clause before the noun with its value given names a setting
		// (재시도 사이에 기다리는 기본 대기시간 (2초)).
		return false
	}
	if f.limit != "" || f.unit != "" {
		return true
	}
	for _, p := range []*np{&f.obj, &f.topic, &f.subj} {
		for _, n := range p.nouns {
			for _, w := range n.words {
				if constantWords.has(w) {
					return true
				}
			}
		}
	}
	return false
}

// clauseFollows: the words after before/until are a clause (the account
// is locked, the context is cancelled), not a noun (days until renewal).
func clauseFollows(items []item) bool {
	for _, it := range items {
		if it.g == gIs || it.isVerb() && (it.pp || it.third) {
			return true
		}
	}
	return false
}

// attributeNouns are nouns an unknown word before them modifies rather
// than acts on (watchdog timeout, debounce delay, thumbnail size).
const attributeNouns lazySet = `size length count id name key path url type mode width height rate`

// modifiesAttribute: the unknown English word at i stands before an
// attribute or setting noun, so it is a noun modifier, not a verb.
func modifiesAttribute(items []item, i int) bool {
	if i+1 >= len(items) {
		return false
	}
	n := items[i+1]
	if !n.eng || !n.isNoun() || n.plural || len(n.words) == 0 {
		return false
	}
	h := n.words[len(n.words)-1]
	return constantWords.has(h) || attributeNouns.has(h)
}

// countedVerbs: after "number of" or "max", a verb in its -s form is the
// plural noun of its action (max number of retries, number of uploads).
func countedVerbs(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := items[i]
		p := items[i-1]
		if !it.eng || !it.isVerb() || !it.third || !(p.g == gCount || p.g == gMax || p.g == gMin) {
			continue
		}
		t := verbNoun(it.t)
		if t == nil {
			t = &Term{Words: it.t.Words, Class: 'n'}
		}
		it.t, it.words, it.third, it.plural = t, t.Words, false, true
		items[i] = it
	}
	return items
}

// koreanMacro: 매크로 closing a Korean question (버퍼 크기 매크로) is the kind
// asked for, as 상수 would be.
func koreanMacro(items []item) []item {
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		if it.g == gRequest || it.g == gStop || it.g == gUnit {
			continue
		}
		if !it.eng && it.surface == "매크로" && it.t != nil && i > 0 {
			items[i] = item{g: gConstant, surface: it.surface, known: true, part: it.part}
		}
		return items
	}
	return items
}

// unitBesideTo: an English word that is a noun and a unit (meter: a
// utility meter, or the unit) is the unit beside a to whose other side is
// a unit ("convert meters to feet": metersToFeet; was meterToFeet).
func unitBesideTo(items []item, isUnit func(item) bool) {
	for i := range items {
		it := &items[i]
		if !it.eng || it.t == nil || it.t.Class != 'n' {
			continue
		}
		other := -1
		if i+2 < len(items) && items[i+1].g == gTo {
			other = i + 2
		} else if i >= 2 && items[i-1].g == gTo {
			other = i - 2
		}
		if other < 0 || !isUnit(items[other]) {
			continue
		}
		if x := unitTerm(strings.ToLower(it.surface)); x != nil {
			it.t, it.words = x, x.Words
		}
	}
}

// unitTerm is the glossary unit (with a suffix) a word or its singular
// names (meters: meter), or nil.
func unitTerm(w string) *Term {
	for _, k := range [2]string{w, singularNoun(w)} {
		for _, x := range loadGlossary().en[k] {
			if x.Class == 'u' && x.Suffix != "" {
				return x
			}
		}
	}
	return nil
}

// unitSaid reads a unit said as the value's (in place): (픽셀 단위),
// (포인트 단위), 나노초로 담는 (MIN_FONT_SIZE_PX, elapsed_ns; was the unit
// lost), as (바이트 단위) is; a unit with 로 after another, or with a
// conversion, is what is converted to (밀리초를 나노초로). An English word
// before 단위 is its unit (pt 단위, dp 단위: not personal training or
// dynamic programming).
func unitSaid(items []item) {
	converts, units := false, false
	for i := range items {
		it := &items[i]
		converts = converts || it.isVerb() && isConvert(it.t)
	}
	for i := range items {
		it := &items[i]
		var t *Term
		switch {
		case it.g != gNone:
		case !it.eng && it.t != nil && it.t.Class == 'u' && it.t.Suffix != "" && !converts && (strings.HasSuffix(it.surface, "단위") || it.part == partDir && !units):
			t = it.t
		case it.eng && i+1 < len(items) && items[i+1].surface == "단위":
			if t = unitTerm(strings.ToLower(it.surface)); t != nil {
				items[i+1].g, items[i+1].t, items[i+1].words = gStop, nil, nil
			}
		}
		units = units || it.g == gUnit || it.t != nil && it.t.Class == 'u'
		if t != nil {
			it.g, it.unit, it.t, it.words, it.part, it.rest = gUnit, t.Suffix, nil, nil, partNone, ""
		}
	}
}

// unitNouns: a question with two units converts between them ("convert dp
// to pixels", "밀리초를 초로", "kb to mb"): each unit is an operand, named by
// its suffix (dpToPx, msToSeconds), and dp is the unit, not dynamic
// programming.
func unitNouns(items []item) []item {
	isUnit := func(it item) bool {
		return it.g == gUnit || it.g == gNone && it.t != nil && it.t.Class == 'u' && it.t.Suffix != "" || it.surface == "dp"
	}
	unitSaid(items)
	unitBesideTo(items, isUnit)
	n, conv := 0, false
	for i, it := range items {
		switch {
		case isUnit(it):
			n++
			// 밀리초를 초로: the second unit takes 로.
			conv = conv || n > 1 && !it.eng && it.part == partDir
			if n > 1 && i > 0 && items[i-1].g == gTo {
				conv = true // "dp to px", "into seconds"
			}
		case it.isVerb() && isConvert(it.t):
			conv = true
		}
	}
	if n >= 2 && !conv {
		// "one hour in milliseconds": the unit before "in <unit>" is
		// the amount named, the one after it the unit of the value.
		for i := 0; i+2 < len(items); i++ {
			if it := items[i]; it.eng && it.g == gUnit && items[i+1].g == gIn && isUnit(items[i+2]) {
				l := guessLemma(it.surface)
				t := &Term{Words: []string{l.word}, Class: 'n'}
				items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, eng: true}
			}
		}
	}
	if n < 2 || !conv {
		return items
	}
	hasVerb := false
	for _, it := range items {
		hasVerb = hasVerb || it.isVerb()
	}
	if !hasVerb && items[0].eng {
		// "kb to mb", "celsius to fahrenheit": a conversion with no verb
		c := termOr("convert", 'v')
		items = append([]item{{t: c, words: c.Words, known: true, eng: true}}, items...)
	}
	for i, it := range items {
		if !isUnit(it) {
			continue
		}
		suffix := it.unit
		if it.g == gNone && it.t != nil && it.t.Class == 'u' {
			suffix = it.t.Suffix
		}
		if it.surface == "dp" {
			suffix = "dp"
		}
		if suffix == "" {
			continue
		}
		t := &Term{Words: splitWords(suffix), Class: 'u', Suffix: suffix, Korean: []string{it.surface}}
		it.g, it.t, it.words, it.unit, it.alt, it.plural = gNone, t, t.Words, "", nil, false
		items[i] = it
	}
	return items
}

// invertQuestion: an English yes/no question ("is the cart empty", "are
// all fields valid", "has the order shipped") reads like the statement
// ("the cart is empty"): the is-word moves after the subject.
func invertQuestion(items []item) []item {
	start := -1
	for i, it := range items {
		if !it.eng {
			return items
		}
		if it.g == gRequest || it.g == gStop && it.surface != "has" && it.surface != "does" {
			continue
		}
		if it.g == gIs || it.surface == "has" {
			start = i
		}
		break
	}
	if start < 0 {
		return items
	}
	nouns := 0
	for j := start + 1; j < len(items); j++ {
		it := items[j]
		if it.g == gStop {
			continue
		}
		if it.isNoun() && !(it.t != nil && it.t.Class == 'v') {
			nouns++
			continue
		}
		if nouns == 0 && j+1 == len(items) && (it.isAdj() || it.isVerb() && (it.pp || it.ing)) {
			// "is loading", "is visible": a state with no subject.
			out := append([]item{}, items[:start]...)
			out = append(out, item{g: gYesNo, surface: "whether", known: true, eng: true})
			return append(out, items[start:]...)
		}
		if nouns == 0 && (it.isAdj() || it.isVerb() && it.pp) {
			continue // a modifier before the subject (required fields)
		}
		if nouns > 0 && (it.isAdj() || it.isVerb() && (it.pp || it.ing)) {
			is := items[start]
			is.g, is.surface = gIs, "is"
			out := append([]item{}, items[:start]...)
			out = append(out, item{g: gYesNo, surface: "whether", known: true, eng: true})
			out = append(out, items[start+1:j]...)
			out = append(out, is)
			return append(out, items[j:]...)
		}
		return items
	}
	if nouns > 0 && items[start].g == gIs {
		// "is admin", "is the user a guest": the noun is the predicate.
		out := append([]item{}, items[:start]...)
		out = append(out, item{g: gYesNo, surface: "whether", known: true, eng: true})
		for k := start + 2; k+1 < len(items); k++ {
			if a := strings.ToLower(items[k].surface); (a == "a" || a == "an") && items[k-1].isNoun() {
				// "is the user an admin": whether the user is an admin
				out = append(append(out, items[start+1:k]...), items[start])
				return append(out, items[k:]...)
			}
		}
		return append(out, items[start+1:]...)
	}
	return items
}

// verbObject: a bare verb word right after an English verb is its object
// noun ("send push", "retry upload", "can send push to the user").
func verbObject(items []item) []item {
	for i := 1; i < len(items); i++ {
		p, it := items[i-1], items[i]
		adj := false
		if i >= 2 && p.eng && p.isAdj() && it.eng && it.isVerb() && it.third {
			// "pushes offline edits": a verb, a modifier, then a plural
			// is the object (offline edits; was editToOfflineServer)
			p, adj = items[i-2], true
		}
		if !p.eng || !it.eng || !p.isVerb() || !it.isVerb() || it.pp || it.ing || it.third && !adj || p.pp || p.ing {
			continue
		}
		if i+1 < len(items) && items[i+1].eng && items[i+1].isNoun() {
			continue // "adds publish behaviour": a modifier of the noun after
		}
		if it.alt != nil && it.alt.Class == 'n' {
			it.t = it.alt
		} else if n := termOr(it.surface, 'n'); n.Class == 'n' && len(loadGlossary().en[it.surface]) > 0 {
			it.t = n
		} else {
			it.t = &Term{Words: it.t.Words, Class: 'n'}
		}
		it.words, it.alt = it.t.Words, nil
		if adj {
			it.plural, it.third = true, false
		}
		items[i] = it
	}
	return items
}

// abilityQuestion: an English question opening with can/could ("can send
// push to the user", "can the user edit the post") is yes/no.
func abilityQuestion(items []item) bool {
	for _, it := range items {
		if !it.eng {
			return false
		}
		if it.g == gRequest || it.g == gStop {
			continue
		}
		return it.g == gCan
	}
	return false
}

// canVerb: the word after can is a verb (the player can jump: jump, not
// the noun jump; can dash: an unknown word read as the verb it is).
func canVerb(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		n := &items[i+1]
		if items[i].g != gCan || !n.eng || n.g != gNone || n.isVerb() || n.isAdj() || n.plural {
			continue
		}
		if v := verbTerm(joinSpace(n.words)); v != nil {
			n.t, n.known = v, true
		} else if n.t == nil || n.t.Class == 'n' {
			// "can dock": after can, a noun's spelling is its verb
			n.t = &Term{Words: n.words, Class: 'v'}
		}
	}
	return items
}

func init() {
	// 한 번에, 한꺼번에 (at once) say how, not what: 번 is not 벌다.
	for _, w := range []string{"한번에", "한번", "한꺼번에", "한방에"} {
		koGrammar[w] = gramWord{g: gStop}
	}
}

func init() {
	// Contracted negations, written without the apostrophe once the
	// question is split into words (haven't -> havent).
	for _, w := range []string{"havent", "hasnt", "hadnt", "didnt", "dont", "doesnt", "isnt", "arent", "wasnt", "werent", "cant", "cannot", "wont", "never"} {
		enGrammar[w] = gramWord{g: gNot}
	}
}

// settingOwner: "timeout for the database connection", "retry limit for
// uploads": the phrase after for owns the setting (databaseConnectionTimeout)
// rather than being dropped as context.
func settingOwner(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		h, f := items[i], items[i+1]
		if !h.eng || !h.isNoun() || !constantWords.has(lastWord(h.words)) && !artifactNouns.has(lastWord(h.words)) || f.surface != "for" {
			continue
		}
		j := i + 2
		for j < len(items) && items[j].g == gStop {
			j++
		}
		k := j
		for k < len(items) && items[k].eng && (items[k].isNoun() || artifactNouns.has(lastWord(h.words)) && items[k].isVerb() && !items[k].third && !items[k].pp && !items[k].ing && k+1 < len(items) && items[k+1].isNoun()) {
			// (a verb before a noun is part of the compound: shutdown signal)
			k++
		}
		if k == j || k < len(items) && items[k].g != gUnit && items[k].g != gIn {
			continue
		}
		for x := j; x < k; x++ {
			if items[x].isVerb() {
				items[x].t = &Term{Words: items[x].t.Words, Class: 'n'}
			}
		}
		s := i // the start of the setting's compound (retry limit)
		for s > 0 && items[s-1].eng && items[s-1].isNoun() {
			s--
		}
		out := append([]item{}, items[:s]...)
		out = append(out, items[j:k]...)
		out = append(out, items[s:i+1]...)
		return append(out, items[k:]...)
	}
	return items
}

// leadingWhen: a question that opens with when/whenever/after/once/on
// ("when the user scrolls to the bottom", "on window resize") asks for the
// handler of that event, as "callback called when ..." would.
func leadingWhen(items []item) bool {
	for _, it := range items {
		if !it.eng {
			return false
		}
		if it.g == gRequest || it.g == gStop {
			continue
		}
		return it.g == gWhen
	}
	return false
}

// trailingWhen: a Korean question that ends with its when-clause (탭
// 바뀌었을때, 스위치 값이 바뀌었을 때) asks for the handler of that event,
// as "바뀌었을 때 호출되는 함수" would.
func trailingWhen(items []item) bool {
	i := lastSaid(items, false)
	if i < 0 {
		return false
	}
	it := items[i]
	return !it.eng && (it.g == gWhen && it.form == formNoun || it.mood == moodWhen && (strings.HasSuffix(it.rest, "때") || it.form == formPassive && strings.HasSuffix(it.rest, "면")))
}

// leadingOn: "on window resize", "on submit": on opening a question is when.
func leadingOn(items []item) []item {
	for i, it := range items {
		if !it.eng {
			return items
		}
		if it.g == gRequest || it.g == gStop {
			continue
		}
		if it.surface == "on" && i+1 < len(items) {
			items[i].g = gWhen
		}
		return items
	}
	return items
}

const reLiteral = lazyRE(`[0-9]\s*(%|[A-Za-z]|[가-힣])`)

// readLiteral: the question gives a value with its unit (2초, 8KB, 15%).
// A percent sign is the unit when no other was read.
func readLiteral(q string, f *frame) bool {
	if !reLiteral.MatchString(q) {
		return false
	}
	if f.unit == "" && strings.Contains(q, "%") {
		f.unit = "percent"
	}
	return f.unit != ""
}

// modifiesNoun: a Korean verb written as a modifier of the noun after it
// (기다리는, 보낸, 읽을).
func modifiesNoun(v *item) bool {
	if v.eng {
		return false
	}
	if v.mood == moodWhen {
		return true // 읽을때 버퍼 크기 (8KB): the when-clause qualifies the value
	}
	switch v.form {
	case formAdn, formFut, formPassAdn, formPassFut:
		return true
	case formStem, formPassive:
		return strings.HasPrefix(v.rest, "는") || strings.HasPrefix(v.rest, "은")
	}
	return false
}
