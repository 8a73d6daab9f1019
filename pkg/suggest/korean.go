package suggest

import (
	"slices"
	"strings"
)

// Korean morphology: the conjugated forms of verbs and adjectives, so that
// 가져와서, 넣을, 바꿔주는, 지워지는, 골라서, 합친, 늘려주는, 추가되었는지 all
// lead back to their dictionary form, and what the ending after a form
// says (a question, a modifier, ability, past ...).

// vform is which form of a verb a surface is.
type vform uint8

const (
	formNoun     vform = iota // a noun, or the verbal noun of a 하다 verb (추가)
	formStem                  // the stem; an ending follows (추가하+는, 넣+는)
	formAdn                   // the stem with ㄴ: a past or adjectival modifier (합친, 추가한, 유효한)
	formFut                   // the stem with ㄹ: a future modifier (추가할, 바꿀)
	formInf                   // the 아/어 form (추가해, 가져와, 골라)
	formPast                  // the 아/어 form with ㅆ (추가했, 바꿨)
	formPassive               // the passive stem (추가되, 지워지)
	formPassAdn               // passive with ㄴ (추가된, 지워진)
	formPassFut               // passive with ㄹ (추가될)
	formPassInf               // passive 아/어 form (추가돼, 지워져)
	formPassPast              // passive past (추가됐, 지워졌)
)

func (f vform) passive() bool { return f >= formPassive }

const (
	hangulBase = 0xAC00
	hangulLast = 0xD7A3
)

// Jamo indices of the Unicode Hangul syllable arithmetic.
const (
	vA, vAe, vYa, vYae, vEo, vE, vYeo, vYe, vO, vWa, vWae, vOe, vYo, vU, vWo, vWe, vWi, vYu, vEu, vUi, vI = 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
	fNone, fN, fL, fSS                                                                                    = 0, 4, 8, 20
	iRieul, iIeung                                                                                        = 5, 11
)

type syl struct {
	ini, med, fin int
	ok            bool
}

func decompose(r rune) syl {
	if r < hangulBase || r > hangulLast {
		return syl{}
	}
	n := int(r - hangulBase)
	return syl{ini: n / (21 * 28), med: n / 28 % 21, fin: n % 28, ok: true}
}

func compose(s syl) rune { return rune(hangulBase + (s.ini*21+s.med)*28 + s.fin) }

// withFinal is the syllable r with final consonant fin (r must be open).
func withFinal(r rune, fin int) rune {
	s := decompose(r)
	s.fin = fin
	return compose(s)
}

type conj struct {
	surface string
	form    vform
}

// conjugate lists the surface forms of a verb or adjective given in
// dictionary form without spaces (추가하다, 가져오다, 비어있다).
func conjugate(dict string) []conj {
	stem := strings.TrimSuffix(dict, "다")
	if stem == "" || stem == dict {
		return nil
	}
	var out []conj
	out = append(out, forms(stem, false)...)
	switch {
	case strings.HasSuffix(stem, "하") && len([]rune(stem)) >= 2:
		noun := strings.TrimSuffix(stem, "하")
		out = append(out, conj{noun, formNoun})
		out = append(out, forms(noun+"되", true)...)
		out = append(out, forms(noun+"시키", false)...)
	case strings.HasSuffix(stem, "되") && len([]rune(stem)) >= 2:
		// 연결되다 listed as such: the passive is the form itself.
		for i := range out {
			out[i].form = passiveOf(out[i].form)
		}
	default:
		// Native verbs: passive 지워지다, 바뀌다 is listed separately when
		// the glossary wants it; 아/어 + 지 covers the regular ones.
		if inf := infinitive(stem); inf != "" {
			out = append(out, forms(inf+"지", true)...)
		}
	}
	if stem == "듣" {
		// the ㄷ-irregular 듣다 takes ㄹ before a vowel: 들은, 들어, 들었, 들을
		// (안 들은 에피소드: the episodes not listened to)
		out = append(out, conj{"들은", formAdn}, conj{"들을", formFut}, conj{"들어", formInf}, conj{"들었", formPast})
	}
	// Benefactive 바꿔주다, 추가해주다: the same verb.
	if inf := infinitive(stem); inf != "" {
		out = append(out, forms(inf+"주", false)...)
	}
	return out
}

func passiveOf(f vform) vform {
	switch f {
	case formStem:
		return formPassive
	case formAdn:
		return formPassAdn
	case formFut:
		return formPassFut
	case formInf:
		return formPassInf
	case formPast:
		return formPassPast
	}
	return f
}

// forms are the stem's own forms: stem, ㄴ and ㄹ modifiers, 아/어 and past.
func forms(stem string, passive bool) []conj {
	rs := []rune(stem)
	last := rs[len(rs)-1]
	s := decompose(last)
	if !s.ok {
		return nil
	}
	mk := func(f vform) vform {
		if passive {
			return passiveOf(f)
		}
		return f
	}
	out := []conj{{stem, mk(formStem)}}
	head := string(rs[:len(rs)-1])
	switch s.fin {
	case fNone:
		out = append(out, conj{head + string(withFinal(last, fN)), mk(formAdn)},
			conj{head + string(withFinal(last, fL)), mk(formFut)})
	case fL:
		// ㄹ stems drop ㄹ before ㄴ: 만들 -> 만든, 만드는; 열 -> 연, 여는.
		open := withFinal(last, fNone)
		out = append(out, conj{head + string(withFinal(open, fN)), mk(formAdn)},
			conj{head + string(open) + "는", mk(formStem)})
	}
	if inf := infinitive(stem); inf != "" {
		ir := []rune(inf)
		l := ir[len(ir)-1]
		out = append(out, conj{inf, mk(formInf)})
		if decompose(l).fin == fNone {
			out = append(out, conj{string(ir[:len(ir)-1]) + string(withFinal(l, fSS)), mk(formPast)})
		}
	}
	return out
}

// infinitive is the 아/어 form of a stem (추가하 -> 추가해, 가져오 -> 가져와,
// 고르 -> 골라, 늘리 -> 늘려), or "" for a closed stem (넣, 받), whose 어/아
// is a separate syllable the ending analysis reads.
func infinitive(stem string) string {
	rs := []rune(stem)
	last := rs[len(rs)-1]
	s := decompose(last)
	if !s.ok || s.fin != fNone {
		return ""
	}
	head := rs[:len(rs)-1]
	set := func(med int) string {
		t := s
		t.med = med
		return string(head) + string(compose(t))
	}
	switch {
	case last == '하':
		return string(head) + "해"
	case s.med == vA || s.med == vEo || s.med == vAe || s.med == vE || s.med == vYeo:
		return stem
	case s.med == vO:
		return set(vWa)
	case s.med == vU:
		return set(vWo)
	case s.med == vOe:
		return set(vWae)
	case s.med == vI:
		if s.ini == iIeung {
			return set(vYeo) // 이 -> 여
		}
		return set(vYeo)
	case s.med == vEu:
		bright := false
		if len(head) > 0 {
			p := decompose(head[len(head)-1])
			bright = p.ok && (p.med == vA || p.med == vO)
		}
		if s.ini == iRieul && len(head) > 0 {
			// 르 irregular: 고르 -> 골라, 부르 -> 불러.
			p := decompose(head[len(head)-1])
			if p.ok && p.fin == fNone {
				p.fin = fL
				v := vEo
				if bright {
					v = vA
				}
				return string(head[:len(head)-1]) + string(compose(p)) + string(compose(syl{ini: iRieul, med: v}))
			}
		}
		if bright {
			return set(vA)
		}
		return set(vEo)
	}
	return ""
}

// mood is what an ending says about its verb, adjective or noun.
type mood uint8

const (
	moodNone      mood = iota
	moodMod            // modifies what follows (추가하는 함수, 합친 목록)
	moodQ              // yes/no: 추가하는지, 유효한지, 관리자인지
	moodPastQ          // yes/no about the past: 추가했는지, 추가되었는지
	moodConn           // connects to another verb: 가져와서, 넣고
	moodNominal        // made a noun: 추가하기
	moodWhen           // a condition: 클릭하면, 클릭할 때 (with 때 next)
	moodEnd            // a final ending or none
	moodRequest        // a request: 만들어줘, 지어 주세요
	moodFutMod         // ㄹ modifier: 추가할 (수 있는지, 때)
	moodProgressQ      // 추가하고 있는지, 추가하는 중인지 (set by the parser)
)

// readEnding reads the ending that follows a form inside its word.
func readEnding(f vform, rest string) mood {
	past := f == formPast || f == formPassPast
	switch {
	case rest == "" && (f == formAdn || f == formPassAdn):
		return moodMod
	case rest == "" && (f == formFut || f == formPassFut):
		return moodFutMod
	case f == formAdn || f == formPassAdn:
		if strings.HasPrefix(rest, "지") {
			return moodQ // 유효한지, 비었는지 (via 었 below), 추가된지
		}
		return moodMod
	case f == formFut || f == formPassFut:
		if strings.HasPrefix(rest, "지") {
			return moodQ
		}
		return moodFutMod
	}
	// Past tense written out: 었/았/였 after a closed stem or 하.
	if strings.HasPrefix(rest, "었") || strings.HasPrefix(rest, "았") || strings.HasPrefix(rest, "였") {
		past = true
		rest = string([]rune(rest)[1:])
	}
	switch {
	case rest == "":
		if f == formNoun {
			return moodNone
		}
		if f == formInf || f == formPassInf {
			return moodConn
		}
		return moodEnd
	case prefixOf(rest, "는지|은지|ㄴ지|을지|지를|지의|지 |나요|는가|니"), rest == "지", rest == "는지":
		if past {
			return moodPastQ
		}
		return moodQ
	case prefixOf(rest, "줘|주세요|줄래|주실|달라|봐|보세요"):
		return moodRequest
	case hasAnyPrefix(rest, "면", "으면"):
		return moodWhen
	case hasAnyPrefix(rest, "기", "음"):
		if f == formNoun {
			return moodNone
		}
		return moodNominal
	case prefixOf(rest, "는|은|던|ㄴ"):
		if past && strings.HasPrefix(rest, "던") {
			return moodMod
		}
		if past {
			return moodMod
		}
		return moodMod
	case prefixOf(rest, "을때|을 때|ㄹ때|때"):
		return moodWhen // 받았을때, written without the space before 때
	case hasAnyPrefix(rest, "을", "ㄹ"):
		return moodFutMod
	case prefixOf(rest, "고|서|어서|아서|며|면서|도|야|다가"), rest == "어" || rest == "아" || rest == "여":
		return moodConn // (정렬되어 있는지: the 어 form written out; 파싱하다가: while)
	case prefixOf(rest, "다|요|자|습니다|ㅂ니다"):
		return moodEnd
	}
	if f == formInf || f == formPassInf {
		return moodConn
	}
	return moodEnd
}

// prefixOf is hasAnyPrefix with the prefixes in one |-separated string
// (a call with many string arguments builds its slice in code).
func prefixOf(s, prefixes string) bool {
	return anyPart(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// anyPart reports whether ok holds for one of the |-separated parts,
// without a slice of them (prefixOf and containsOf run for every word of
// every question).
func anyPart(parts string, ok func(string) bool) bool {
	for parts != "" {
		var p string
		p, parts, _ = strings.Cut(parts, "|")
		if ok(p) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s starts with one of ps (prefixOf takes them
// in one string).
func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// saysAny: an item's surface, lower-cased, holds one of subs (the kind of
// thing asked: 리스너, "closure").
func saysAny(items []item, subs ...string) bool {
	return slices.ContainsFunc(items, func(it item) bool { return hasAny(strings.ToLower(it.surface), subs...) })
}

// saysSome is saysAny with the parts in one |-separated string (a call
// with many string arguments builds its slice in code).
func saysSome(items []item, parts string) bool {
	return slices.ContainsFunc(items, func(it item) bool { return containsOf(strings.ToLower(it.surface), parts) })
}

// replacerOf is strings.NewReplacer of the |-separated old, new pairs
// (a call with many string arguments builds its slice in code).
func replacerOf(pairs string) *strings.Replacer {
	return strings.NewReplacer(strings.Split(pairs, "|")...)
}

// maskWords replaces each of the comma-separated words with mask.
func maskWords(words, mask string) *strings.Replacer {
	var pairs []string
	for _, w := range strings.Split(words, ",") {
		pairs = append(pairs, w, mask)
	}
	return strings.NewReplacer(pairs...)
}

// containsOf is hasAny with the parts in one |-separated string.
func containsOf(s, parts string) bool {
	return anyPart(parts, func(p string) bool { return strings.Contains(s, p) })
}

func hasAny(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// particle is the role a particle after a noun gives it.
type particle uint8

const (
	partNone    particle = iota
	partObj              // 을/를
	partSubj             // 이/가, 은/는 (topic)
	partGen              // 의
	partLoc              // 에, 에게, 한테, 에서 (where; also the target of add)
	partFrom             // 에서, 로부터, 부터
	partDir              // 로/으로 (to, into; or by means of)
	partAnd              // 와/과, 랑, 하고, 및
	partBy               // 별, 마다, 순, 기준
	partCopulaQ          // 인지: the noun is the predicate of a yes/no question
	partCopula           // 인, 이다: the noun is a predicate
	partIgnore           // English "for a user", "in the background": not part of the name
)

// condCopula: the rest of a noun's word makes it a condition (관리자면,
// 5만원 이상이면, 게스트라면).
func condCopula(rest string) bool {
	switch rest {
	case "면", "이면", "라면", "이라면":
		return true
	}
	return false
}

// readParticle reads what follows a noun in its word.
func readParticle(rest string) particle {
	switch {
	case rest == "":
		return partNone
	case prefixOf(rest, "인지|이었는지|였는지|인가|이니"):
		return partCopulaQ
	case condCopula(rest):
		return partCopula
	case prefixOf(rest, "별|마다|순으로|순서대로|순|만큼"):
		return partBy // (각도만큼 회전: by the angle)
	case prefixOf(rest, "으로부터|로부터|부터|에서"):
		return partFrom
	case prefixOf(rest, "에게|한테|에다|에"):
		return partLoc
	case hasAnyPrefix(rest, "으로", "로"):
		return partDir
	case hasAnyPrefix(rest, "을", "를"):
		return partObj
	case hasAnyPrefix(rest, "의"):
		return partGen
	case prefixOf(rest, "와|과|랑|이랑|하고"):
		return partAnd
	case prefixOf(rest, "이|가|은|는|도|만"):
		if strings.HasPrefix(rest, "인") {
			return partCopula
		}
		return partSubj
	case prefixOf(rest, "인|이다|라는|이라는"):
		return partCopula
	}
	return partNone
}

// futureKo is a stem's ㄹ form for reasons (삭제하 → 삭제할, 켜 → 켤, 읽 →
// 읽을, 만들 → 만들); an English word takes 할 (upload할).
func futureKo(stem string) string {
	rs := []rune(stem)
	if len(rs) == 0 {
		return stem
	}
	last := rs[len(rs)-1]
	switch s := decompose(last); {
	case !s.ok:
		return stem + "할"
	case s.fin == fNone:
		return string(rs[:len(rs)-1]) + string(withFinal(last, fL))
	case s.fin == fL:
		return stem
	}
	return stem + "을"
}

// infKo is a stem's 아/어 form for reasons (삭제하 → 삭제해, 켜 → 켜, 읽 →
// 읽어, 닫 → 닫아); an English word takes 해.
func infKo(stem string) string {
	if inf := infinitive(stem); inf != "" {
		return inf
	}
	rs := []rune(stem)
	switch s := decompose(rs[len(rs)-1]); {
	case !s.ok:
		return stem + "해"
	case s.med == vA || s.med == vO:
		return stem + "아"
	}
	return stem + "어"
}

// pastKo is a stem's past for reasons (삭제했, 켰, 껐, 읽었, 닫았): the 아/어
// form with ㅆ.
func pastKo(stem string) string {
	if stem == "" {
		return stem
	}
	rs := []rune(infKo(stem))
	rs[len(rs)-1] = withFinal(rs[len(rs)-1], fSS)
	return string(rs)
}

// mustKo is a stem's 아/어야 form for reasons (삭제해야, 읽어야).
func mustKo(stem string) string {
	if stem == "" {
		return stem
	}
	return infKo(stem) + "야"
}

// suffixOf reports whether s ends with one of the |-separated suffixes.
func suffixOf(s, suffixes string) bool {
	return anyPart(suffixes, func(p string) bool { return strings.HasSuffix(s, p) })
}

// oneOf reports whether w is one of the |-separated words: a small word
// list read in one place, which costs no writable data (a lazySet's struct
// and pointer do, ~32 bytes each).
func oneOf(w, words string) bool {
	for words != "" {
		p, rest, _ := strings.Cut(words, "|")
		if p == w {
			return true
		}
		words = rest
	}
	return false
}
