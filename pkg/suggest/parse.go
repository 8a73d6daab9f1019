package suggest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// This file reads a question into items: glossary terms, grammar words and
// unknown words, each with what its ending or particle says.
//
// Korean: each run of Hangul words is scanned left to right for the longest
// form (glossary and grammar, nouns and conjugated verbs; a form written
// with spaces matches across words), and what is left of a word after a
// form is its particle or ending. English: words are lower-cased (camelCase
// split), matched as phrases of up to the glossary's longest, trying the
// lemma of the last word (plural, -ed, -ing, irregular participles).

// maxQuestionRunes bounds the work per question.
const maxQuestionRunes = 1000

type item struct {
	t       *Term
	g       gram
	unit    string
	words   []string // identifier words of the term or of an unknown English word
	form    vform
	mood    mood
	part    particle
	surface string
	known   bool // a glossary term or grammar
	eng     bool
	plural  bool   // English plural, or 들
	pp, ing bool   // English participles
	third   bool   // English third person (retries)
	alt     *Term  // a noun spelled like this verbal noun (연결: connect, connection)
	neg     bool   // negated: 안 읽은, 읽지 않은 (refine.go)
	rest    string // Korean: the particle or ending written after the form
	folded  bool   // English: a state folded from a clause after its head (relative.go)
}

// isNoun is not inlined (//go:noinline): ~75 call sites, ~5 KB of
// chatsend (see splitWords).
//
//go:noinline
func (it *item) isNoun() bool {
	return it.g == gNone && (it.t == nil || it.t.Class == 'n' || it.t.Class == 'u') && len(it.words) > 0 &&
		!(it.t != nil && it.t.Class == 'v' && it.form != formNoun)
}

func (it *item) isVerb() bool {
	return it.g == gNone && it.t != nil && it.t.Class == 'v'
}

// isVerbalNoun: a 하다 verb written as its noun (처리, 결제, 업로드).
func (it *item) isVerbalNoun() bool {
	return it.g == gNone && it.t != nil && it.t.Class == 'v' && it.form == formNoun
}

func (it *item) isAdj() bool { return it.g == gNone && it.t != nil && it.t.Class == 'a' }

type token struct {
	text   string
	hangul bool
	sep    bool // punctuation between words
}

func tokenize(q string) []token {
	var toks []token
	var cur []rune
	curHangul := false
	glued := 0 // runes still to read as Hangul: 16진수 is one word
	flush := func() {
		if len(cur) > 0 {
			toks = append(toks, token{text: string(cur), hangul: curHangul})
			cur = cur[:0]
		}
	}
	n := 0
	for at, r := range q {
		if n++; n > maxQuestionRunes {
			break
		}
		h := unicode.Is(unicode.Hangul, r)
		if len(cur) == 0 && unicode.IsDigit(r) && glued == 0 {
			glued = digitForm(q[at:])
		}
		if glued > 0 {
			glued--
			h = true
		}
		switch {
		case h || unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '_' || r == '\'') && len(cur) > 0 && !curHangul:
			if len(cur) > 0 && h != curHangul {
				flush()
			}
			curHangul = h
			cur = append(cur, r)
		case unicode.IsSpace(r):
			flush()
		default:
			flush()
			if len(toks) > 0 && !toks[len(toks)-1].sep {
				toks = append(toks, token{sep: true, text: string(r)})
			}
		}
	}
	flush()
	return toks
}

const reNumUnit = lazyRE(`^[0-9]+([A-Za-z]+)$`)

// valueUnit reads a literal value written with its unit (60fps, 8KB,
// 300ms, 2000ml) as the unit alone: the number is the value, never a name
// word. word is the letters to read as English (KB, ms), tok itself when
// it is no number with a unit, "" when they read as no unit (a noun);
// unit is the suffix of a glossary unit whose letters alone read as
// something else in English (ml is machine learning, fps the frame rate),
// which after a number are the unit.
func valueUnit(g *glossary, tok string) (word, unit string) {
	m := reNumUnit.FindStringSubmatch(tok)
	if m == nil {
		return tok, ""
	}
	u := strings.ToLower(m[1])
	if gw, ok := enGrammar[u]; ok && gw.g == gUnit {
		return m[1], ""
	}
	enUnit, enOther := false, false
	for _, t := range g.en[u] {
		enUnit, enOther = enUnit || t.Class == 'u', enOther || t.Class != 'u'
	}
	koUnit := false
	for _, km := range g.ko[u] {
		if km.t.Class == 'u' {
			if km.t.Suffix != "" && !enUnit {
				return "", km.t.Suffix // 2000ml
			}
			koUnit = true
		}
	}
	switch {
	case enOther:
		return "", "" // the English reading is a noun, no unit
	case enUnit || koUnit:
		return m[1], ""
	}
	return tok, ""
}

// digitForm is how many runes at s (which starts with a digit) make a
// glossary form's digit-led start (16진수, 2단계): they read as Hangul.
func digitForm(s string) int {
	for _, p := range loadGlossary().digitLed {
		if strings.HasPrefix(s, p) {
			return utf8.RuneCountInString(p)
		}
	}
	return 0
}

// hadaHeads start a word that is only the 하다/되다 ending of the noun
// before it, written apart (인증 했는지, 완료 됐는지, 결제 하는).
var hadaHeads = []string{"했", "하는", "할", "해", "하기", "하고", "하면", "하지", "하려", "됐", "되었", "된", "되는", "될", "돼", "되어", "되면", "되지"}

// glueHada joins such an ending to its noun: 인증 했는지 reads as
// 인증했는지. A one-syllable word before it (안 한, 잘 된) is an adverb,
// and a word ending in a particle or an adnominal ending (완료된 할 일)
// is no verbal noun.
func glueHada(words []string) []string {
	var out []string
	for _, w := range words {
		if n := len(out); n > 0 && hasAnyPrefix(w, hadaHeads...) && !hasAnyPrefix(w, haWords...) && utf8.RuneCountInString(out[n-1]) > 1 && !endsInParticle(out[n-1]) {
			out[n-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

// haWords start with a 하다 ending's syllable but are words of their own
// (충돌 해결하는: resolving, not 충돌해 + 결하는).
var haWords = []string{"해결", "해제", "해지", "해석", "해시", "해상도", "해당", "해외", "해킹", "해산", "해고", "해변", "해양", "해산물", "해설", "해독", "하락", "하단", "하루", "하위", "하원", "하차", "하이", "하드", "하나", "되돌", "되감", "되살", "되묻"}

func endsInParticle(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	switch r {
	case '을', '를', '이', '가', '은', '는', '에', '도', '로', '와', '과', '의', '만', '서', '고', '데':
		return true
	case '된', '한', '던', '린', '난': // an adnominal ending: 완료된 할 일 is the todo (was completedDays)
		return true
	}
	return false
}

// reVersionDash: UTF-8, SHA-256, ISO-8601 are one word (utf8, sha256).
const reVersionDash = lazyRE(`\b([A-Z]{2,5}|utf|sha|aes|crc|md)-(\d{1,4})\b`)

// oneTechWord: a short mixed-case word whose camelCase split leaves one
// letter alone (IPv4 → i pv4, OAuth2 → o auth2, iOS → i os) is one word;
// IUser (an interface) and iPhone split as before.
func oneTechWord(w string, ws []string) bool {
	if len(ws) == 2 && len(w) <= 4 && strings.ContainsAny(ws[0], "0123456789") || brandWords.has(strings.ToLower(w)) {
		return true // I2C, not I2 C (MAX_I2_C_COUNT); GitHub, not git hub
	}
	if len(ws) != 2 || len(ws[0]) != 1 || len(w) > 7 {
		return false
	}
	return strings.ContainsAny(w, "0123456789") || len(ws[1]) <= 3
}

// brandWords are names written in CamelCase that are one word in a name
// (handleGithubWebhook, not git + hub).
const brandWords lazySet = `github gitlab youtube paypal linkedin iphone ipad macos graphql mysql postgresql mongodb
	wordpress fastapi firebase dynamodb testflight lora lorawan sqlite openai mariadb airtable hubspot`

// millilitre: tok is the unit mL: so written, or ml beside another unit
// of mass or volume (mg을 ml로, 5 ml 티스푼).
func millilitre(tok, q string) bool {
	return tok == "mL" || strings.EqualFold(tok, "ml") && reOtherMeasure.MatchString(q)
}

const reOtherMeasure = lazyRE(`(?i)(?:^|[^a-z])(?:mg|kg|g|l|cc|tsp|tbsp|oz|µg|mcg)(?:[^a-z]|$)|리터|밀리|그램|티스푼|스푼|컵|용량|투약|복용|시럽`)

// parse reads the question into items.
func parse(g *glossary, gi *grammarIndex, q string) []item {
	toks := tokenize(reVersionDash.ReplaceAllString(q, "$1$2"))
	var items []item
	for i := 0; i < len(toks); {
		switch {
		case toks[i].sep:
			i++
		case toks[i].hangul:
			j := i
			var words []string
			for j < len(toks) && toks[j].hangul {
				words = append(words, toks[j].text)
				j++
			}
			for w := 1; w < len(words); w++ {
				// 몇 번까지, 두 번, 여러 번: times after a count word
				if countWords.has(words[w-1]) {
					words[w] = timesAfterNumber(words[w])
				}
			}
			words = slices.DeleteFunc(words, func(w string) bool { return w == "" })
			if len(words) == 0 {
				i = j
				continue
			}
			if i > 0 && isDigits(toks[i-1].text) {
				// 5번 넘으면, 3회까지: times after a number, not 벌다 or 회
				words[0] = quantityAfterNumber(timesAfterNumber(words[0]))
				if i < 2 || !strings.HasSuffix(toks[i-2].text, "월") {
					words[0] = spanAfterNumber(words[0]) // convdt2.go
				}
				if condCopula(words[0]) {
					// 재고가 0이면: the number's condition, kept as a mark
					items = append(items, item{g: gStop, mood: moodWhen, rest: words[0], surface: words[0], known: true})
					words[0] = ""
				}
				if words[0] == "" {
					words = words[1:]
				}
				if len(words) == 0 {
					i = j
					continue
				}
			}
			// "API를": a word that is only a particle belongs to the
			// English word before it.
			if n := len(items); n > 0 && items[n-1].eng {
				if words[0] == "당" {
					// kg당, API당: per the English word (koreanPer)
					items[n-1].rest = "당"
					words = words[1:]
				} else if p := readParticle(words[0]); p != partNone && !startsForm(g, gi, []rune(words[0])) {
					items[n-1].part = p
					words = words[1:]
				} else if pl, p := englishPlural(words[0]); pl {
					// "id들을": 들 makes the English word before plural.
					items[n-1].plural, items[n-1].part = true, p
					words = words[1:]
				}
			}
			items = append(items, parseKorean(g, gi, segmentWords(g, gi, glueHada(words)))...)
			i = j
		default:
			j := i
			var words []string
			for j < len(toks) && !toks[j].hangul && !toks[j].sep {
				// 500ms, 8KB, 60fps: valueUnit keeps the unit, not the number
				w, u := valueUnit(g, toks[j].text)
				if millilitre(toks[j].text, q) {
					u = "ml" // mg을 mL로: millilitres, not machine learning
				}
				if u != "" {
					// 2000ml: a number's unit, though ml alone is machine learning
					items = append(items, parseEnglish(g, words)...)
					items = append(items, item{g: gUnit, unit: u, surface: toks[j].text, eng: true, known: true})
					words = nil
					j++
					continue
				}
				if w = strings.ReplaceAll(w, "'", ""); mixedUnit(g, w) {
					words = append(words, strings.ToLower(w)) // mV (convdt2.go)
				} else if strings.EqualFold(w, "nan") {
					words = append(words, "nan") // not Na + N
				} else if ws := naming.Split(w); oneTechWord(w, ws) {
					words = append(words, strings.ToLower(w)) // IPv4, OAuth2, iOS
				} else {
					words = append(words, ws...)
				}
				j++
			}
			if j == i+1 && literalType(toks[i].text) {
				// UserUiModel, UserResponse: a type's own name, word for word
				// (its Model is no kind word)
				ws := naming.Split(toks[i].text)
				for k := range ws {
					ws[k] = strings.ToLower(ws[k])
				}
				t := &Term{Words: []string{strings.Join(ws, " ")}, Class: 'n'}
				items = append(items, item{t: t, words: t.Words, eng: true, known: true, surface: strings.ToLower(toks[i].text)})
				i = j
				continue
			}
			items = append(items, parseEnglish(g, words)...)
			i = j
		}
	}
	return whileDoingKo(mixedTerms(g, items))
}

// whileDoingKo: 로그 파싱하다 실패한 줄: 하다 with more said after it is
// 하다가, while doing (was log_count, the sentence read as ended). parse
// applies it, before any pass reads the endings.
func whileDoingKo(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		if it := items[i]; it.eng || !it.isVerb() || it.rest != "다" || it.mood != moodEnd ||
			!slices.ContainsFunc(items[i+1:], func(x item) bool { return !x.eng && (x.isVerb() || x.isAdj()) && x.mood == moodMod }) {
			continue
		}
		out := slices.Clone(items)
		out[i].mood, out[i].rest = moodConn, "다가"
		return out
	}
	return items
}

// mixedTerms joins an English word and the Korean noun after it when the
// glossary spells them as one term (http 메서드, where 절, 벡터 db): the
// scripts are read apart, so 메서드 would otherwise be a kind word.
func mixedTerms(g *glossary, items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		a, b := items[i], items[i+1]
		if !a.eng || b.eng || a.part != partNone || a.surface == "" || b.surface == "" {
			continue
		}
		for _, m := range g.ko[compact(strings.ToLower(a.surface)+b.surface)] {
			if m.t.Class != 'n' {
				continue
			}
			n := b
			n.t, n.words, n.g, n.known, n.alt = m.t, m.t.Words, gNone, true, nil
			n.surface = a.surface + " " + b.surface
			items = append(items[:i], append([]item{n}, items[i+2:]...)...)
			break
		}
	}
	return items
}

// countWords count the times after them (몇 번, 두 번, 여러 번).
const countWords lazySet = `몇 한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 여러`

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// timesAfterNumber drops the counter of times (번, 회) a number leads:
// 5번 → "", 3회까지 → 까지; 3번째 (an ordinal) and 번호 stay.
func timesAfterNumber(w string) string {
	for _, c := range []string{"번", "회"} {
		if rest, ok := strings.CutPrefix(w, c); ok && !strings.HasPrefix(rest, "째") && !strings.HasPrefix(rest, "호") &&
			!(c == "회" && prefixOf(rest, "원|사|계|전|의실|선")) { // 8.1 회원: a member, not times
			return rest
		}
	}
	return w
}

// quantityCounters count what a number measures (20살, 5만원, 60점); the
// number is a value, so the counter names nothing either.
var quantityCounters = []string{"만원", "천원", "억원", "원", "살", "세", "점", "배", "퍼센트", "프로", "등", "위"}

// quantityAfterNumber drops such a counter when only a particle, a
// comparison or a copula follows it in its word (20살 이상인, 60점, 5만원을):
// 3세대 and 2배속 stay words.
func quantityAfterNumber(w string) string {
	for _, c := range quantityCounters {
		rest, ok := strings.CutPrefix(w, c)
		if !ok {
			continue
		}
		if rest == "" || prefixOf(rest, "이상|이하|미만|초과|이내|넘|까지|부터|보다|짜리|정도|쯤|씩") || isEndingLike(rest) {
			return rest
		}
		return w
	}
	return w
}

type koCand struct {
	n     int // runes matched
	gram  []gramMatch
	terms []koMatch
}

// parseKorean scans a run of Hangul words. prev is what came before (an
// English word that a particle such as "를" in "API를" belongs to).
func parseKorean(g *glossary, gi *grammarIndex, words []string) []item {
	var out []item
	runes := make([][]rune, len(words))
	for i, w := range words {
		runes[i] = []rune(w)
	}
	maxLen := g.koMax
	if gi.koMax > maxLen {
		maxLen = gi.koMax
	}
	for wi := 0; wi < len(words); wi++ {
		rs := runes[wi]
		skipped := false
		for ci := 0; ci < len(rs); {
			c, endW, endC := longestKo(g, gi, runes, wi, ci, maxLen)
			if c.n > 0 && skipped && endW == wi && endC < len(rs) && len(rs)-ci >= 3 {
				// 리사이클러뷰: a form inside an unknown word, with more of
				// the word after it that is neither an ending nor a form,
				// is part of that word (사이클 + 러뷰).
				rest := string(rs[endC:])
				if c2, _, _ := longestKo(g, gi, runes, wi, endC, maxLen); c2.n < 2 && !isEndingLike(rest) && readParticle(rest) == partNone && !prefixOf(rest, "하|되|시키|해|했|된|한|할|돼") {
					break
				}
			}
			if c.n > 0 && ci == 1 && skipped && endW == wi && !strings.ContainsRune(koPrefixes, rs[0]) {
				// 글리프, 직조기, 영사과: one unknown syllable before a form is
				// part of an unknown word (not leaf, early, apology); a
				// prefix (재, 미, 총 …) is a word of its own
				break
			}
			if c.n > 0 && endW == wi && endC == len(rs) && (ci > 0 && rs[ci] == '들' || skipped && c.n == 2 && strings.ContainsRune("가를을는은", rs[endC-1])) {
				// 요양보호사가, 상인들을: an unknown noun with its particle
				// or plural ending hides no term in its tail (사가 is not a
				// saga, 들을 not listen).
				break
			}
			if c.n == 0 {
				skipped = true
				ci++
				if ci == 2 && skippedLoanword(runes[wi]) {
					// 텔레그램, 디스코드: an unknown loanword hides no
					// term (그램, 코드) in its tail.
					break
				}
				continue
			}
			// The rest of the word after the form: a particle or an ending,
			// unless another form starts right there (a compound).
			rest := ""
			next := endC
			if endC < len(runes[endW]) {
				if c2, _, _ := longestKo(g, gi, runes, endW, endC, maxLen); c2.n >= 2 && !isEndingLike(string(runes[endW][endC:])) {
					rest = ""
				} else {
					rest = string(runes[endW][endC:])
					next = len(runes[endW])
				}
			}
			surface := spanString(runes, wi, ci, endW, endC)
			if noun, tail := boundNounOf(g, c, rest); noun != "" {
				// 구독료, 참가비, 충전액: a noun with a bound noun of money
				// after it is its fee, its amount (was subscription alone)
				out = append(out, makeKoItem(c, surface, ""), makeKoItem(koCand{n: 2, terms: g.ko[noun]}, noun, tail))
			} else {
				out = append(out, makeKoItem(c, surface, rest))
			}
			// (a form across words, 회원 등급별로: the scan goes on in the
			// word it ended in, so 별로 is read)
			wi, ci, rs = endW, next, runes[endW]
			if ci >= len(runes[wi]) {
				break
			}
		}
	}
	return out
}

// isEndingLike reports whether rest reads as particles and endings even
// though a form also starts there (이 in 이름, 수 in 수정 ...).
func isEndingLike(rest string) bool {
	return endingLike.has(rest) || condCopula(rest)
}

const endingLike lazySet = `을 를 이 가 은 는 의 에 로 으로 와 과 도 만 들 들을 들의 들이 에서 인지 인 이다 지 수 당 짜리 마다 씩`

func startsForm(g *glossary, gi *grammarIndex, rs []rune) bool {
	maxLen := g.koMax
	if gi.koMax > maxLen {
		maxLen = gi.koMax
	}
	c, _, _ := longestKo(g, gi, [][]rune{rs}, 0, 0, maxLen)
	return c.n >= 2
}

// startsNoun: a glossary noun (or verbal noun) of two or more syllables
// starts the word.
func startsNoun(g *glossary, gi *grammarIndex, rs []rune, maxLen int) bool {
	c, _, _ := longestKo(g, gi, [][]rune{rs}, 0, 0, maxLen)
	return c.n >= 2 && len(c.gram) == 0 && len(c.terms) > 0 && c.terms[0].form == formNoun
}

func spanString(runes [][]rune, w0, c0, w1, c1 int) string {
	if w0 == w1 {
		return string(runes[w0][c0:c1])
	}
	var b strings.Builder
	b.WriteString(string(runes[w0][c0:]))
	for w := w0 + 1; w < w1; w++ {
		b.WriteString(" ")
		b.WriteString(string(runes[w]))
	}
	b.WriteString(" ")
	b.WriteString(string(runes[w1][:c1]))
	return b.String()
}

// longestKo finds the longest form at (wi, ci); a form may run over
// following words when it starts a word (이진 탐색 트리).
func longestKo(g *glossary, gi *grammarIndex, runes [][]rune, wi, ci, maxLen int) (koCand, int, int) {
	var best koCand
	bestW, bestC := wi, ci
	// Candidate spans: within the word, then across following words.
	var buf []rune
	type pos struct{ w, c int }
	var ends []pos
	w, c := wi, ci
	for len(buf) < maxLen {
		if c >= len(runes[w]) {
			if ci != 0 || w+1 >= len(runes) {
				break
			}
			w, c = w+1, 0
			continue
		}
		buf = append(buf, runes[w][c])
		c++
		ends = append(ends, pos{w, c})
	}
	for n := len(buf); n >= 1; n-- {
		key := string(buf[:n])
		gm, gok := gi.ko[key]
		tm, tok := g.ko[key]
		if !gok && !tok {
			continue
		}
		e := ends[n-1]
		if e.w > wi && e.c == 1 && len(runes[e.w]) > 1 && !(verbOnly(tm) || gramVerb(gm)) && !isEndingLike(string(runes[e.w][e.c:])) {
			// A noun across words must not take one syllable of the next
			// word (시간 표시 is not 시간표 + 시).
			continue
		}
		if e.w > wi && e.c == 1 && len(runes[e.w]) > 1 && (verbOnly(tm) || gramVerb(gm)) && startsNoun(g, gi, runes[e.w], maxLen) {
			// 이체 한도, 결제 할인: the next word is a noun (한도, 할인),
			// not the ending of 이체하다.
			continue
		}
		if e.w > wi && e.c == 1 && hasAnyPrefix(string(runes[e.w]), haWords...) {
			// 충돌 해결하는: resolving, not 충돌해 + 결하는 (glueHada)
			continue
		}
		if e.w > wi && e.c == 1 && (strings.HasPrefix(string(runes[e.w]), "하나") || string(runes[e.w]) == "한" && e.w+1 < len(runes) &&
			prefixOf(string(runes[e.w+1]), "개|명|장|건|권|마리|대|줄|쌍|가지")) {
			// 클립 하나를, 클립 한 개를: one, not the 하다 of 클립하다.
			continue
		}
		if n == 1 {
			// One syllable hides inside unrelated words: only at the start
			// of a word and followed by nothing but a particle or ending.
			rest := string(runes[e.w][e.c:])
			if ci != 0 || !(rest == "" || isEndingLike(rest) || (verbOnly(tm) || gramVerb(gm)) && rest != "" && verbEndingStart(rest) || byKey(rest) && len(tm) > 0 && (tm[0].t.Class == 'n' || tm[0].t.Class == 'u')) {
				continue
			}
		}
		if k := verbTail(g, buf[:n], tm, gok, string(runes[e.w][e.c:])); k > 0 {
			// 주문취소됐는지: the compound's last part is a verbal noun
			// with a verb ending after it, so the compound is noun + verb
			// (주문 + 취소됐는지), not the noun 주문 취소.
			e = ends[k-1]
			best = koCand{n: k, gram: gi.ko[string(buf[:k])], terms: g.ko[string(buf[:k])]}
			bestW, bestC = e.w, e.c
			break
		}
		best = koCand{n: n, gram: gm, terms: tm}
		bestW, bestC = e.w, e.c
		break
	}
	return best, bestW, bestC
}

// verbEndingStart: rest after a one-syllable verb stem starts like a
// verb ending (사는, 사서, 써요), not like the rest of another word (사용
// is not 사 + 용, 보안 is not 보 + 안).
func verbEndingStart(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune("는은고기지면으세시셔자다게겠어아았었였려러며니나냐도서요을음던든주줘줄준줬봐보야라래네죠잖거", r) || r < 0xAC00
}

// verbEndings start a 하다/되다 verb's ending after its verbal noun.
var verbEndings = []string{"됐", "되었", "되는", "되어", "되", "돼", "된", "될", "하는", "했", "한", "할", "하", "해", "시키", "시킨", "시켰"}

// verbTail: when a noun compound (all its matches nouns) ends in a
// verbal noun and a verb ending follows it, the length of the part before
// that verbal noun (a noun of its own); else 0.
func verbTail(g *glossary, key []rune, tm []koMatch, gok bool, rest string) int {
	if gok || len(tm) == 0 || !hasAnyPrefix(rest, verbEndings...) {
		return 0
	}
	for _, m := range tm {
		if m.t.Class != 'n' {
			return 0
		}
	}
	for k := 1; k <= len(key)-2; k++ {
		head, tail := g.ko[string(key[:k])], g.ko[string(key[k:])]
		if len(head) == 0 || len(tail) == 0 || head[0].t.Class != 'n' {
			continue
		}
		for _, m := range tail {
			if m.t.Class == 'v' && m.form == formNoun {
				return k
			}
		}
	}
	return 0
}

func gramVerb(ms []gramMatch) bool {
	for _, m := range ms {
		if m.form != formNoun {
			return true
		}
	}
	return false
}

func verbOnly(ms []koMatch) bool {
	for _, m := range ms {
		if m.form != formNoun {
			return true
		}
	}
	return false
}

func makeKoItem(c koCand, surface, rest string) item {
	it := item{surface: surface, known: true, rest: rest}
	// Grammar words win over glossary terms of the same length: 개수 is a
	// count before it is the noun count.
	if len(c.gram) > 0 {
		m := c.gram[0]
		it.g, it.unit, it.form = m.g, m.unit, m.form
		if m.form != formNoun {
			it.mood = readEnding(m.form, rest)
		} else {
			it.part = readParticle(rest)
		}
		// Keep a glossary verb beside a grammar verb (확인하다 is check).
		for _, tm := range c.terms {
			if tm.t.Class == 'v' {
				it.t = tm.t
				it.words = tm.t.Words
				break
			}
		}
		return it
	}
	m := c.terms[0]
	if m.form == formNoun && rest != "" && readParticle(rest) == partNone && !strings.HasPrefix(rest, "들") {
		// 열고, 닫는: an ending, not a particle, follows; the verb reading
		// of the same spelling wins (열: column, 열다: open).
		for _, x := range c.terms[1:] {
			if x.form != formNoun && (x.t.Class == 'v' || x.t.Class == 'a') {
				m = x
				break
			}
		}
	}
	// A noun form beats a verbal noun of the same spelling when both exist
	// (연결 the connection, not connect) only inside compounds; the frame
	// decides, so keep the noun term aside.
	for _, x := range c.terms[1:] {
		if x.form == m.form && m.t.Class != 'n' && x.t.Class == 'n' {
			it.alt = x.t
		} else if x.form == m.form && m.t.Class == 'n' && x.t.Class == 'v' {
			it.alt = x.t
		}
	}
	it.t, it.words, it.form = m.t, m.t.Words, m.form
	if m.t.Class == 'v' || m.t.Class == 'a' {
		if m.form == formNoun {
			it.part = readParticle(rest)
			it.mood = verbalNounMood(rest)
			if strings.HasPrefix(rest, "들") {
				// 실패한 요청들, 승인된 결제들: things, plural (was
				// failed_request, the verb confirmPayment)
				it.plural = true
				it.part = readParticle(strings.TrimPrefix(rest, "들"))
				if it.alt != nil && it.alt.Class == 'n' {
					it.t, it.words, it.alt = it.alt, it.alt.Words, m.t // the noun kept aside above
				}
			}
		} else {
			it.mood = readEnding(m.form, rest)
			if rest == "" && m.form == formStem && strings.HasSuffix(surface, "는") && it.mood == moodEnd {
				it.mood = moodMod // 만드는, 여는: a ㄹ stem's 는 form, written into the surface (forms)
			}
		}
	} else {
		it.part = readParticle(rest)
		if condCopula(rest) {
			it.mood = moodWhen // 관리자면: a condition
		}
		if strings.HasPrefix(rest, "들") {
			it.plural = true
			it.part = readParticle(strings.TrimPrefix(rest, "들"))
		}
	}
	return it
}

// verbalNounMood reads endings written straight after a verbal noun that
// the conjugation tables do not hold (추가함, 로그인됨).
func verbalNounMood(rest string) mood {
	switch {
	case strings.HasPrefix(rest, "중"):
		return moodProgressQ
	case prefixOf(rest, "됐는지|되었는지|됐나|되었나|했는지|하였는지|된지|된 지"):
		// 결제 완료됐는지: a state noun with 되다 in the past, asked.
		return moodPastQ
	case prefixOf(rest, "되는지|돼 있는지|되어 있는지|돼있는지|되어있는지|인지"):
		return moodQ
	case condCopula(rest):
		return moodWhen // 이상이면, 품절이면: a condition
	}
	return moodNone
}

// parseEnglish reads a run of English words.
func parseEnglish(g *glossary, words []string) []item {
	var out []item
	for i := 0; i < len(words); {
		maxN := g.enMax
		if maxN < 3 {
			maxN = 3
		}
		if maxN > len(words)-i {
			maxN = len(words) - i
		}
		matched := false
		for n := maxN; n >= 1 && !matched; n-- {
			phrase := strings.Join(words[i:i+n], " ")
			if gw, ok := enGrammar[phrase]; ok && !(gw.g == gCheck && checkNoun(phrase, out)) && !(gw.g == gList && isAKind(phrase, out)) {
				out = append(out, item{g: gw.g, unit: gw.unit, surface: phrase, known: true, eng: true})
				i += n
				matched = true
				break
			}
			prefix := strings.Join(words[i:i+n-1], " ")
			if prefix != "" {
				prefix += " "
			}
			last := words[i+n-1]
			for _, l := range lemmas(last) {
				ts, ok := g.en[prefix+l.word]
				if !ok {
					continue
				}
				t := pickEnglish(ts, l)
				if n > 1 && l.pp && t.Class == 'n' {
					continue // "is the door locked": no door lock
				}
				if n == 1 && l.plural && t.Class != 'n' && strings.HasSuffix(l.word, "ing") {
					// recordings, listings: a plural in -ings is a noun
					// whatever the glossary says of recording (a state)
					t = &Term{Words: []string{l.word}, Class: 'n'}
				}
				if k := len(out); n == 1 && t.Class == 'n' && k > 0 && (l.plural && out[k-1].g == gThat || !l.plural && k > 1 && (out[k-1].g == gTo && out[k-2].g == gFunction || (out[k-2].g == gCan || k > 2 && out[k-2].g == gStop && out[k-3].g == gCan) && out[k-1].isNoun())) {
					// "that counts lines", "method to count loans", "can the
					// user download the file": the verb
					for _, v := range ts {
						if v.Class == 'v' {
							t = v
						}
					}
				}
				it := item{t: t, words: t.Words, surface: phrase, known: true, eng: true}
				if n == 1 && t.Class == 'n' && len(t.Words) == 1 && !strings.Contains(t.Words[0], " ") && l.word != t.Words[0] && len(l.word) > 3 && slices.Contains(t.Forms, l.word) {
					it.words = []string{l.word} // the question's own word (a driver, not the glossary's rider)
				}
				it.plural = l.plural && t.Class == 'n'
				it.third = l.plural && t.Class == 'v'
				it.pp, it.ing = l.pp, l.ing
				if t.Class == 'v' && l.word == last && (t.PP == last || n > 1 && strings.ToLower(phrase) == participle(t, t.en()) && participle(t, t.en()) != t.en()) { // picked up
					it.pp = true
				}
				out = append(out, it)
				i += n
				matched = true
				break
			}
			if !matched && n > 1 {
				if it, ok := phrasalVerb(g, words[i:i+n]); ok {
					out = append(out, it)
					i += n
					matched = true
				}
			}
		}
		if matched {
			continue
		}
		w := words[i]
		i++
		if isIdentWord(w) && len(w) <= 24 && !isNumber(w) {
			if w == "non" && i < len(words) && isIdentWord(words[i]) {
				// non-empty, non-blocking: one state (isNonEmptyString, was
				// isEmptyNonString)
				t := &Term{Words: []string{"non " + strings.ToLower(words[i])}, Class: 'a'}
				out = append(out, item{t: t, words: t.Words, surface: w + " " + words[i], known: true, eng: true})
				i++
				continue
			}
			if t := gradeWord(w); t != nil {
				// oldest, most: a degree before the noun, not a noun
				out = append(out, item{t: t, words: t.Words, surface: w, known: true, eng: true})
				continue
			}
			if numberWords.has(w) && i < len(words) && (words[i] == "most" || words[i] == "least" || gradeWord(words[i]) != nil) {
				out = append(out, item{g: gStop, surface: w, known: true, eng: true}) // the three most popular posts
				continue
			}
			l := guessLemma(w)
			out = append(out, item{words: []string{l.word}, surface: w, eng: true, plural: l.plural, pp: l.pp, ing: l.ing})
		}
	}
	return presentVerbs(participleBeforeNoun(strandedParticle(verbsAsNouns(mostAdjective(out)))))
}

// participleBeforeNoun: a past participle between a verb and its noun
// says which ones ("sends queued emails": the queued emails, not enqueue;
// was enqueueEmails).
func participleBeforeNoun(out []item) []item {
	for i := 1; i+1 < len(out); i++ {
		it := out[i]
		if !it.eng || !it.isVerb() || !out[i+1].isNoun() || !out[i-1].isVerb() || out[i-1].pp {
			continue
		}
		if w := strings.ToLower(it.surface); strings.HasSuffix(w, "ed") && pastParticiple(w) != "" {
			out[i].t = &Term{Words: []string{w}, Class: 'a'}
			out[i].words, out[i].pp = out[i].t.Words, false
		}
	}
	return out
}

// strandedParticle drops the particle of a verb split around its object
// ("syncs offline logs up to the server": sync; was syncOfflineLogUp).
func strandedParticle(out []item) []item {
	for i := 2; i < len(out); i++ {
		if it := out[i]; it.t == nil && it.g == gNone && len(it.words) == 1 && oneOf(it.words[0], "up|down|out|off|back") && out[i-1].isNoun() && slices.ContainsFunc(out[:i-1], func(v item) bool { return v.isVerb() || v.eng && v.t != nil && englishVerb(v.surface) != nil }) {
			return append(out[:i:i], out[i+1:]...)
		}
	}
	return out
}

// mostAdjective joins most/least and the word after it, unknown or a
// state, into one state (the most expensive item: mostExpensiveItem).
func mostAdjective(out []item) []item {
	for i := 0; i+2 < len(out); i++ {
		if s := out[i].surface; s != "most" && s != "least" || out[i].t == nil {
			continue
		}
		n := out[i+1]
		if n.g != gNone || n.t != nil && n.t.Class != 'a' && !n.pp || n.plural || !out[i+2].isNoun() && out[i+2].t == nil && out[i+2].g != gNone {
			continue
		}
		ws := n.words
		if n.pp {
			ws = []string{n.surface} // most viewed
		}
		t := &Term{Words: append([]string{out[i].surface}, ws...), Class: 'a'}
		out[i] = item{t: t, words: t.Words, surface: out[i].surface + " " + n.surface, known: true, eng: true}
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}

// presentVerbs: an -s word between a noun and an article is the clause's
// verb (the token matches the pattern, the password meets the rules), not
// a plural noun.
func presentVerbs(out []item) []item {
	for i := 1; i+1 < len(out); i++ {
		it, next := out[i], out[i+1]
		if !it.eng || it.g != gNone || !strings.HasSuffix(it.surface, "s") || it.t != nil && (it.t.Class != 'n' || !it.plural) ||
			!out[i-1].isNoun() || out[i-1].plural || next.g != gStop && next.g != gNot || !determiners.has(next.surface) && next.surface != "no" {
			continue
		}
		l := guessLemma(it.surface).word
		if it.surface == "has" {
			l = "have"
		}
		t := englishVerb(it.surface)
		if t == nil && it.t == nil && len(l) > 2 {
			t = &Term{Words: []string{l}, Class: 'v'} // meets
		}
		if t != nil {
			out[i].t, out[i].words, out[i].third, out[i].plural = t, t.Words, true, false
		}
	}
	return out
}

// verbsAsNouns: a verb between an article and a noun names it (the fetch
// call, the sync job, a render pass): a noun, never the action; so is a
// verb that ends such a phrase (the fetch call, needs a restart) or is the
// subject of the clause (the build requires).
func verbsAsNouns(out []item) []item {
	named := false // the word before was such a verb
	for i := 1; i < len(out); i++ {
		it, after := out[i], named
		named = false
		if !it.isVerb() || it.pp || it.ing || it.third || !(afterArticle(out, i) || after || out[i-1].isAdj() && out[i-1].mood == moodNone && i+1 < len(out) && out[i+1].isNoun()) { // (offline harvest logs)
			continue
		}
		if i+1 < len(out) {
			// the sync job, the fetch call; the build requires, the
			// build is
			n := out[i+1]
			if !n.isNoun() && !(n.isVerb() && n.third) && n.g != gIs && !(n.isVerb() && !n.pp && !n.ing && (i+2 == len(out) || out[i+2].isNoun() || out[i+2].g != gNone && !determiners.has(out[i+2].surface))) {
				continue
			}
		}
		t := nounTerm(it.t.en())
		if t == nil {
			t = &Term{Words: it.t.Words, Class: 'n'}
		}
		out[i].t, out[i].words, named = t, t.Words, true
	}
	return out
}

// gradeBases are adjectives whose superlative names a pick (oldest
// unpaid invoice, earliest available slot).
const gradeBases lazySet = "old new young high low long short cheap fast slow near close large small big great late early busy easy heavy light wide narrow deep strong weak rich hot cold warm cool dark bright loud quiet tall hard soft safe simple few"

// numberWords are counts written out; like digits they are values.
const numberWords lazySet = "three four five six seven eight nine ten"

// gradeWord reads an unknown superlative (oldest, earliest) or most/least
// as a state before the noun.
func gradeWord(w string) *Term {
	b, ok := strings.CutSuffix(w, "est")
	switch {
	case w == "most" || w == "least":
	case !ok || len(b) < 2:
		return nil
	case gradeBases.has(b), gradeBases.has(b + "e"): // oldest, largest
	case strings.HasSuffix(b, "i") && gradeBases.has(b[:len(b)-1]+"y"): // earliest
	case len(b) > 2 && b[len(b)-1] == b[len(b)-2] && gradeBases.has(b[:len(b)-1]): // biggest
	default:
		return nil
	}
	return &Term{Words: []string{w}, Class: 'a', Forms: []string{w}}
}

// isAKind: "is an array", "is a list": the kind asked of a value is a
// noun (isArray), not a list asked for.
func isAKind(w string, before []item) bool {
	n := len(before)
	return !strings.Contains(w, " ") && n >= 2 && before[n-2].g == gIs && (before[n-1].surface == "a" || before[n-1].surface == "an")
}

// checkNoun: tests, checks after a count, an article, a state or a
// noun are nouns (number of failed tests, the health checks), not the
// check word of "a function that tests whether".
func checkNoun(w string, before []item) bool {
	if w != "tests" && w != "checks" && w != "test" || len(before) == 0 {
		return false
	}
	p := before[len(before)-1]
	switch p.g {
	case gCount, gList, gOf, gMax, gMin:
		return true
	case gStop:
		return determiners.has(p.surface) || p.surface == "all" || p.surface == "these"
	}
	return p.isNoun() || p.isAdj() || p.t != nil && p.t.Class == 'v' && p.pp
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// pickEnglish chooses among terms sharing a form: the class the word's
// shape suggests (a participle is a verb or a state), else the first.
func pickEnglish(ts []*Term, l lemma) *Term {
	if len(ts) == 1 {
		return ts[0]
	}
	for _, t := range ts {
		if (l.pp || l.ing) && (t.Class == 'v' || t.Class == 'a') {
			return t
		}
		if l.plural && t.Class == 'n' {
			return t
		}
	}
	for _, t := range ts {
		if t.Class == 'n' {
			return t
		}
	}
	return ts[0]
}

// skippedLoanword: a word whose first two syllables are no term and which
// reads as a transliterated loanword (no particle-like ending split
// makes sense of it): the rest is not searched for terms.
func skippedLoanword(w []rune) bool {
	if len(w) < 4 {
		return false
	}
	for _, r := range w[:2] {
		s := decompose(r)
		if !s.ok {
			return false
		}
	}
	// Loanwords are written with open syllables and 스/드/트/크 ...
	return loanSyllable(w[0]) && loanSyllable(w[1])
}

func loanSyllable(r rune) bool {
	return strings.ContainsRune("텔레디스트크프드브그리로라바파타카티키피비지치시디미니사이", r)
}

// literalType: a CamelCase type name written in the question (UserUiModel,
// CreateOrderRequest), read as one name rather than as words.
func literalType(tok string) bool {
	ws := naming.Split(tok)
	if len(ws) < 2 || strings.ToLower(tok) == tok || strings.ToUpper(tok) == tok {
		return false
	}
	l := strings.ToLower(ws[len(ws)-1])
	switch l {
	case "model", "dto", "response", "request", "entity", "props", "payload", "vo", "params", "ago", "later", "exception": // oneHourAgo, threeDaysLater (restate.go)
		return true
	}
	// TemperatureChanged, InvoicePaid: an event's own name (its handler is
	// OnTemperatureChanged; was HandleChangedTemperature); not MaxSpeed
	// (enclause.go pastParticiple) nor DataSet (a dataset)
	return len(l) > 3 && pastParticiple(l) != ""
}

// koPrefixes are the one-syllable Sino-Korean prefixes that stand before a
// noun as words of their own (재발송, 미결제, 총금액, 새 비밀번호).
const koPrefixes = "재미비무불반초최고저대소신구총각전현타본당매역준부주공단복다양상하내외선후원새헌옛첫막맨온"

// boundNouns are the one-syllable nouns of money a noun takes without a
// space (구독료, 참가비, 충전액, 수수율), as the glossary word that says them.
const boundNouns lazyPairs = "료=요금, 비=요금, 액=금액, 율=요율, 률=요율"

// boundNounOf: rest, after a noun or a verbal noun the glossary knows,
// starts with a bound noun of money and ends in a particle or nothing; it
// gives the glossary word for that noun and the particle.
func boundNounOf(g *glossary, c koCand, rest string) (string, string) {
	if rest == "" || len(c.gram) > 0 || len(c.terms) == 0 || c.terms[0].form != formNoun || c.terms[0].t.Class != 'n' && c.terms[0].t.Class != 'v' {
		return "", ""
	}
	r := []rune(rest)
	noun, ok := boundNouns.lookup(string(r[0]))
	tail := string(r[1:])
	if !ok || len(g.ko[noun]) == 0 || tail != "" && readParticle(tail) == partNone {
		return "", ""
	}
	return noun, tail
}

// phrasalVerb reads a phrasal verb whose first word is inflected ("signed
// up", "logging in", "shuts down") when the glossary lists only its base
// form; ok is false when the words are no such verb.
func phrasalVerb(g *glossary, words []string) (item, bool) {
	rest := strings.ToLower(strings.Join(words[1:], " "))
	for _, l := range lemmas(strings.ToLower(words[0])) {
		if !l.pp && !l.ing && !l.plural {
			continue
		}
		for _, t := range g.en[l.word+" "+rest] {
			if t.Class == 'v' && t.en() == l.word+" "+rest {
				it := item{t: t, words: t.Words, surface: strings.Join(words, " "), known: true, eng: true}
				it.pp, it.ing, it.third = l.pp, l.ing, l.plural
				return it, true
			}
		}
	}
	return item{}, false
}

// en is the English of the item's glossary term, "" for no item or no
// term (the verb a frame may lack).
func (it *item) en() string {
	if it == nil || it.t == nil {
		return ""
	}
	return it.t.en()
}

// asNoun makes a verb item the noun it names: the noun of the same
// spelling kept aside (연결: the connection), the verb's noun (verbNoun:
// login, payment), or the verb's words read as a noun.
func (it *item) asNoun() {
	switch {
	case it.alt != nil && it.alt.Class == 'n':
		it.t = it.alt
	case verbNoun(it.t) != nil:
		it.t = verbNoun(it.t)
	default:
		it.t = &Term{Words: it.t.Words, Class: 'n', Korean: it.t.Korean}
	}
	it.words, it.alt = it.t.Words, nil
}

// setTerm makes the item a known noun or verb of the glossary term t (not
// inlined: fourteen rules did the same four stores).
//
//go:noinline
func (it *item) setTerm(t *Term) {
	it.g, it.t, it.words, it.known = gNone, t, t.Words, true
}
