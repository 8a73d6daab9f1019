package naming

import (
	"strings"
	"unicode"
)

// This file reads a question into glossary terms for the offline suggester.
//
// Korean: each run of Hangul is scanned left to right for the longest
// glossary form starting at each position, so particles and endings
// (을/를/이/가/은/는/의/에서/으로/하는/하기/위한/추천해줘 ...) simply fall between
// matches, and compounds written without spaces ("장바구니합계") still split.
// A one-syllable form (수, 값, 키) only counts at the start of a run and when
// what follows is empty or a particle, because single syllables hide inside
// unrelated words.
//
// English: words are lower-cased (camelCase and snake_case in the question
// are split), then matched as phrases of up to four words, trying the lemma
// of the last word (plural -s/-es/-ies, -ing, -ed). Words the glossary does
// not know, and that are not filler, are kept as nouns as written.

// ref is what a glossary form points at: a term or a topic.
type ref struct {
	t  *term
	tp *topic
}

type glossaryIndex struct {
	ko      map[string]ref
	en      map[string]ref
	koMax   int              // longest Korean form, in runes
	actions map[string]*term // actions by English word, for hints
	// verbs are words that make a name read as a function when they come
	// first (used to infer a kind from a bare name).
	verbs map[string]bool
	// dups lists forms claimed by two terms; glossary_test.go keeps it empty.
	dups []string
	// size is the number of entity, measure, action and quality terms.
	size int
}

var gloss = buildGlossary()

func buildGlossary() *glossaryIndex {
	g := &glossaryIndex{
		ko: map[string]ref{}, en: map[string]ref{},
		actions: map[string]*term{}, verbs: map[string]bool{},
	}
	addKo := func(form string, rf ref) {
		if _, dup := g.ko[form]; dup {
			g.dups = append(g.dups, form)
			return
		}
		g.ko[form] = rf
		if n := len([]rune(form)); n > g.koMax {
			g.koMax = n
		}
	}
	addEn := func(form string, rf ref) {
		form = strings.ReplaceAll(form, "_", " ")
		if _, dup := g.en[form]; dup {
			g.dups = append(g.dups, form)
			return
		}
		g.en[form] = rf
	}
	for i := range glossaryTerms {
		t := &glossaryTerms[i]
		for _, f := range strings.Fields(t.ko) {
			addKo(f, ref{t: t})
		}
		for _, f := range strings.Fields(t.en) {
			addEn(f, ref{t: t})
		}
		switch t.class {
		case clsAction:
			g.actions[t.word] = t
			g.verbs[t.word] = true
			g.size++
		case clsEntity, clsMeasure, clsQuality:
			g.size++
		}
	}
	for i := range topicTable {
		tp := &topicTable[i]
		for _, f := range strings.Fields(tp.ko) {
			addKo(f, ref{tp: tp})
		}
		for _, f := range strings.Fields(tp.en) {
			addEn(f, ref{tp: tp})
		}
	}
	for _, v := range strings.Fields(extraVerbs) {
		g.verbs[v] = true
	}
	return g
}

// extraVerbs are verbs that start function names but are not glossary
// actions of their own.
const extraVerbs = `to on handle compute make can should will try ensure
fetch list retry login logout paginate increment decrement invalidate upload sign`

// hit is one recognised piece of a question.
type hit struct {
	ref
	surface  string
	unknown  string // an English word not in the glossary, kept as a noun
	suffixBy bool   // a Korean noun directly followed by 별/순/마다 ("사용자별")
}

// koEndings may follow a one-syllable form in the same run.
var koEndings = map[string]bool{
	"": true, "을": true, "를": true, "이": true, "가": true, "은": true, "는": true, "의": true,
	"에": true, "로": true, "와": true, "과": true, "도": true, "만": true, "들": true, "고": true,
	"기": true, "게": true, "어": true, "아": true, "다": true, "자": true, "지": true,
	"으로": true, "에서": true, "에게": true, "들을": true, "들의": true, "들이": true, "값": true,
}

// maxQuestionRunes bounds the work the offline suggester does.
const maxQuestionRunes = 1000

type qtoken struct {
	text   string
	hangul bool
}

// tokenize splits a question into runs of Hangul and English words.
func tokenize(q string) []qtoken {
	var toks []qtoken
	var cur []rune
	curHangul := false
	flush := func() {
		if len(cur) == 0 {
			return
		}
		if curHangul {
			toks = append(toks, qtoken{text: string(cur), hangul: true})
		} else {
			for _, w := range Split(string(cur)) {
				toks = append(toks, qtoken{text: w})
			}
		}
		cur = cur[:0]
	}
	n := 0
	for _, r := range q {
		if n++; n > maxQuestionRunes {
			break
		}
		h := unicode.Is(unicode.Hangul, r)
		switch {
		case h || unicode.IsLetter(r) || unicode.IsDigit(r):
			if len(cur) > 0 && h != curHangul {
				flush()
			}
			curHangul = h
			cur = append(cur, r)
		case r == '_' && !curHangul && len(cur) > 0:
			cur = append(cur, r) // keep snake_case together; Split separates it
		default:
			flush()
		}
	}
	flush()
	return toks
}

// scan finds the glossary terms, topics and unknown English words of q, in
// order.
func scan(q string) []hit {
	toks := tokenize(q)
	var hits []hit
	for i := 0; i < len(toks); {
		if toks[i].hangul {
			hits = append(hits, scanKorean(toks[i].text)...)
			i++
			continue
		}
		j := i
		var words []string
		for j < len(toks) && !toks[j].hangul {
			words = append(words, toks[j].text)
			j++
		}
		hits = append(hits, scanEnglish(words)...)
		i = j
	}
	return hits
}

func scanKorean(tok string) []hit {
	rs := []rune(tok)
	var hits []hit
	for i := 0; i < len(rs); {
		best := 0
		var br ref
		for l := min(gloss.koMax, len(rs)-i); l >= 1; l-- {
			rf, ok := gloss.ko[string(rs[i:i+l])]
			if !ok {
				continue
			}
			if l == 1 && (i != 0 || !koEndings[string(rs[i+1:])]) {
				continue
			}
			best, br = l, rf
			break
		}
		if best == 0 {
			i++
			continue
		}
		h := hit{ref: br, surface: string(rs[i : i+best])}
		if rest := rs[i+best:]; len(rest) > 0 {
			switch {
			case rest[0] == '별', rest[0] == '순' && (len(rest) == 1 || rest[1] != '서'),
				len(rest) > 1 && rest[0] == '마' && rest[1] == '다':
				h.suffixBy = true
			}
		}
		hits = append(hits, h)
		i += best
	}
	return hits
}

func scanEnglish(words []string) []hit {
	var hits []hit
	for i := 0; i < len(words); {
		matched := false
		for n := min(4, len(words)-i); n >= 1; n-- {
			if rf, ok := lookupEnglish(words[i : i+n]); ok {
				hits = append(hits, hit{ref: rf, surface: strings.Join(words[i:i+n], " ")})
				i += n
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		w := words[i]
		i++
		if len(w) >= 3 && len(w) <= 20 && isLowerAlpha(w) {
			hits = append(hits, hit{unknown: singular(w), surface: w})
		}
	}
	return hits
}

func isLowerAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLowerASCII(w[i]) {
			return false
		}
	}
	return true
}

// lookupEnglish matches a phrase, trying lemmas of its last word.
func lookupEnglish(ws []string) (ref, bool) {
	prefix := strings.Join(ws[:len(ws)-1], " ")
	if prefix != "" {
		prefix += " "
	}
	for _, l := range lemmas(ws[len(ws)-1]) {
		if rf, ok := gloss.en[prefix+l]; ok {
			return rf, true
		}
	}
	return ref{}, false
}

// lemmas are the forms an English word may be listed under, the word itself
// first.
func lemmas(w string) []string {
	out := []string{w}
	n := len(w)
	if n > 4 && strings.HasSuffix(w, "ies") {
		out = append(out, w[:n-3]+"y")
	}
	if n > 3 && strings.HasSuffix(w, "es") {
		out = append(out, w[:n-2])
	}
	if n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		out = append(out, w[:n-1])
	}
	if n > 5 && strings.HasSuffix(w, "ing") {
		b := w[:n-3]
		out = append(out, b, b+"e")
		if doubled(b) {
			out = append(out, b[:len(b)-1])
		}
	}
	if n > 4 && strings.HasSuffix(w, "ied") {
		out = append(out, w[:n-3]+"y")
	}
	if n > 3 && strings.HasSuffix(w, "ed") {
		b := w[:n-2]
		out = append(out, b, w[:n-1])
		if doubled(b) {
			out = append(out, b[:len(b)-1])
		}
	}
	return out
}

func doubled(b string) bool {
	n := len(b)
	return n > 2 && b[n-1] == b[n-2] && !strings.ContainsRune("aeiou", rune(b[n-1]))
}

// singular guesses the singular of an unknown English noun.
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:n-1]
	}
	return w
}

// nounRef is a noun of the question: a glossary entity or measure, or an
// unknown English word.
type nounRef struct {
	word    string // identifier words
	ko, en  string // how reasons name it
	hint    string // verbs to use when the question names none
	measure bool
	plural  bool // written in the plural ("tokens"): names keep it
	topic   bool // a topic's noun ("재시도" -> retry), kept only beside other terms
}

// analysis is what the offline suggester understood of a question.
type analysis struct {
	korean     bool
	topics     []*topic
	actions    []*term
	qualities  []*term
	nouns      []nounRef // the object, in reading order
	criteria   []nounRef // what to sort or group by ("by name", "이름순")
	kinds      [4]bool   // kinds the question names
	crud       bool
	recognised []string // glossary forms found, for the Text
	unknown    []string // English words used as written
}

func analyze(q string) analysis {
	a := analysis{korean: QuestionIsKorean(q)}
	hits := scan(q)
	byNext := false
	ofAt := -1
	seen := map[string]bool{}
	note := func(s string) {
		if !seen[s] && len(a.recognised) < 12 {
			seen[s] = true
			a.recognised = append(a.recognised, s)
		}
	}
	addNoun := func(n nounRef, crit bool) {
		for _, x := range a.nouns {
			if x.word == n.word {
				return
			}
		}
		for _, x := range a.criteria {
			if x.word == n.word {
				return
			}
		}
		if crit {
			a.criteria = append(a.criteria, n)
		} else {
			a.nouns = append(a.nouns, n)
		}
	}
	for i, h := range hits {
		switch {
		case h.unknown != "":
			addNoun(nounRef{word: h.unknown, ko: h.unknown, en: h.unknown, hint: entityHint, plural: h.unknown != h.surface}, byNext)
			byNext = false
			if len(a.unknown) < 8 {
				a.unknown = append(a.unknown, h.unknown)
			}
		case h.tp != nil:
			if !containsTopic(a.topics, h.tp) {
				a.topics = append(a.topics, h.tp)
			}
			if h.tp.noun != "" {
				addNoun(nounRef{word: h.tp.noun, ko: h.tp.koGloss, en: h.tp.noun, hint: entityHint, topic: true}, byNext)
				byNext = false
			}
			note(h.surface)
		case h.t != nil:
			t := h.t
			switch t.class {
			case clsEntity, clsMeasure:
				if t.word == "name" && nameIsMeta(hits, i) {
					continue
				}
				hint := t.hint
				if t.class == clsEntity {
					hint = entityHint
				}
				ko := t.koGloss()
				if !isASCIIString(h.surface) {
					ko = h.surface // reasons echo the user's word: 횟수, not 개수
				}
				addNoun(nounRef{word: t.word, ko: ko, en: t.word, hint: hint, measure: t.class == clsMeasure,
					plural: t.class == clsEntity && isPluralSurface(h.surface, t.word)},
					byNext || h.suffixBy)
				byNext = false
				if strings.HasSuffix(h.surface, " of") && ofAt < 0 {
					ofAt = len(a.nouns)
				}
				note(h.surface)
			case clsAction:
				if !containsTerm(a.actions, t) {
					a.actions = append(a.actions, t)
				}
				note(h.surface)
			case clsQuality:
				if !containsTerm(a.qualities, t) {
					a.qualities = append(a.qualities, t)
				}
				note(h.surface)
			case clsKind:
				a.kinds[kindIndex(t.kind)] = true
			case clsCRUD:
				a.crud = true
				note(h.surface)
			case clsBy:
				if isASCIIString(h.surface) {
					byNext = true
				} else if n := len(a.nouns); n > 0 {
					// "날짜 기준으로": the noun before is the criterion.
					a.criteria = append(a.criteria, a.nouns[n-1])
					a.nouns = a.nouns[:n-1]
				}
			case clsOf:
				if ofAt < 0 {
					ofAt = len(a.nouns)
				}
			}
		}
	}
	// "count of users" names the user count.
	if ofAt > 0 && ofAt < len(a.nouns) {
		a.nouns = append(append([]nounRef{}, a.nouns[ofAt:]...), a.nouns[:ofAt]...)
	}
	return a
}

// nameIsMeta tells "변수 이름 추천" and "names for ..." (asking for names)
// from "사용자 이름" and "name of the user" (a name to be named).
func nameIsMeta(hits []hit, i int) bool {
	s := hits[i].surface
	if s == "names" || s == "naming" {
		return true
	}
	isClass := func(h hit, classes ...termClass) bool {
		if h.t == nil {
			return false
		}
		for _, c := range classes {
			if h.t.class == c {
				return true
			}
		}
		return false
	}
	if i > 0 && isClass(hits[i-1], clsKind, clsRequest) {
		return true // 변수 이름, suggest name
	}
	if i+1 < len(hits) && (isClass(hits[i+1], clsRequest) || hits[i+1].surface == "for") {
		return true // 이름 추천, name for
	}
	// "이름 변수" asks for names; "사용자 이름 변수" is a user_name variable.
	nounBefore := i > 0 && (hits[i-1].unknown != "" || isClass(hits[i-1], clsEntity, clsMeasure, clsQuality))
	return i+1 < len(hits) && isClass(hits[i+1], clsKind) && !nounBefore
}

// isPluralSurface reports whether an English surface form is the plural of
// word ("tokens" for token, "categories" for category).
func isPluralSurface(surface, word string) bool {
	if i := strings.LastIndexByte(surface, ' '); i >= 0 {
		surface = surface[i+1:]
	}
	return surface != word && strings.HasSuffix(surface, "s") && isASCIIString(surface)
}

func containsTopic(ts []*topic, t *topic) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func containsTerm(ts []*term, t *term) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// QuestionIsKorean reports whether the question is written in Korean: it
// contains Hangul. A mixed question ("userId 대신 뭐가 좋아?") is Korean,
// because whoever wrote it reads Korean.
func QuestionIsKorean(q string) bool {
	for _, r := range q {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// AskedKinds lists the kinds an answer to the question should carry:
// functions and variables always, constants and classes only when the
// question asks for them ("상수", "constants", "클래스", "class", "struct").
func AskedKinds(question string) []Kind {
	a := analyze(question)
	out := []Kind{KindFunction, KindVariable}
	if a.kinds[kindIndex(KindConstant)] {
		out = append(out, KindConstant)
	}
	if a.kinds[kindIndex(KindClass)] {
		out = append(out, KindClass)
	}
	return out
}
