package suggest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// A Korean object or subject the glossary lacks (꽃다발을 만드는 함수) is not
// silently dropped: the answer names it and asks for its English word,
// and keeps only the first name of each kind instead of a verb alone
// dressed up as a full answer.

// koObjectParticles mark a word as the object or subject of the clause.
var koObjectParticles = []string{"을", "를", "이", "가"}

// unknownKoNouns lists the Hangul words of a question read as an object or
// subject (a particle 을/를/이/가, or bare right before a verb) that no
// item covers.
func unknownKoNouns(question string, items []item) []string {
	surfaces := itemSurfaces(items)
	verbStart := map[string]bool{}
	for _, it := range items {
		if !it.eng && it.isVerb() && it.form != formNoun {
			verbStart[strings.ReplaceAll(it.surface, " ", "")] = true
		}
	}
	words := strings.Fields(question)
	var out []string
	for i, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) })
		rs := []rune(w)
		if len(rs) < 2 || !allHangul(w) {
			continue
		}
		stem := ""
		for _, p := range koObjectParticles {
			if strings.HasSuffix(w, p) && len(rs) >= 3 {
				stem = strings.TrimSuffix(w, p)
				break
			}
		}
		if stem == "" && i+1 < len(words) && startsWithVerb(words[i+1], verbStart) && !koAdverb(w) {
			stem = w
		}
		if stem == "" || covered([]rune(stem), surfaces) || pastStem(stem) || knownKo(stem) {
			continue
		}
		out = appendNew(out, stem)
	}
	return out
}

// knownKo: the glossary or the grammar knows the word (현재, 재고,
// 오름차순), though a rewrite or a reading left no item of it; the plural
// 들 and a subject particle the split missed (글들, 앱이) are no part of it.
func knownKo(stem string) bool {
	g := loadGlossary()
	for _, w := range []string{stem, strings.TrimSuffix(stem, "들"), strings.TrimSuffix(stem, "이"), strings.TrimSuffix(stem, "가")} {
		if w == "" {
			continue
		}
		if _, ok := g.ko[w]; ok {
			return true
		}
		if _, ok := koGrammar[w]; ok || plainKo.has(w) {
			return true
		}
	}
	return false
}

// plainKo are everyday words a question uses around its terms (하나, 형태,
// 몇번, 처럼), no object to translate.
const plainKo lazySet = `하나 형태 몇번 몇 처럼 번째 받아 내가 제가 우리가 읽기 쓰기 건너뜀 방식 부분 경우 정도 다음 이전`

func allHangul(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hangul, r) {
			return false
		}
	}
	return w != ""
}

func startsWithVerb(w string, verbs map[string]bool) bool {
	for v := range verbs {
		if strings.HasPrefix(w, v) {
			return true
		}
	}
	return false
}

// covered: some item's surface shares two syllables with the stem (or is
// the whole one-syllable stem).
func covered(stem []rune, surfaces [][]rune) bool {
	st := string(stem)
	for _, s := range surfaces {
		if string(s) == st || strings.Contains(string(s), st) {
			return true
		}
		for j := 0; j+2 <= len(s); j++ {
			if strings.Contains(st, string(s[j:j+2])) {
				return true
			}
		}
	}
	return false
}

// keepFirstPerKind keeps the first suggestion of each kind.
func keepFirstPerKind(sugs []naming.Suggestion) []naming.Suggestion {
	seen := map[naming.Kind]bool{}
	var out []naming.Suggestion
	for _, s := range sugs {
		if !seen[s.Kind] {
			seen[s.Kind] = true
			out = append(out, s)
		}
	}
	return out
}

// koAdverb: adverbs and numerals that stand bare before a verb (다시
// 렌더링하다, 하나 늘리다) and are no object.
func koAdverb(w string) bool {
	if koAdverbs.has(w) {
		return true
	}
	// a conjugated verb (읽어서, 열고, 받았) or a word with a particle
	r, _ := utf8.DecodeLastRuneInString(w)
	return w != "" && strings.ContainsRune("게히로고서았었웠였을를은는의에도만씩받지면며다요해여라", r)
}

const koAdverbs lazySet = `하나 둘 셋 한번 다시 먼저 바로 모두 전부 같이 함께 좀 또 빨리 미리 새로 계속 아직 이미 처음 마지막 항상 자주 가끔 직접 따로 전체
	지금 이제 나중에 첫날 말일 마지막날 자정 오늘 내일 어제 올해 작년 내년 한꺼번에 한번에 일단 그냥 제대로 안전하게 몰래 살짝 정확히 다음 이전`

// pastStem: a verb's past or stem before 을 (주웠을, 받았을 때), no noun.
func pastStem(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return w != "" && strings.ContainsRune("았었웠였했됐받렸켰졌쳤갔왔났", r)
}

// koVerbEndings end a Korean 하다 or 시키다 verb (점화하는, 복귀시키는).
var koVerbEndings = []string{"시키는", "시킨", "시킬", "시키기", "해주는", "해주기", "하려는", "하는", "하다", "하기", "하게", "한", "할"}

// unknownKoVerb is the stem of a 하다 or 시키다 verb of the question that
// no item covers and the glossary lacks (보일러 버너 점화하는 함수: 점화);
// "" when there is none. A question whose action is unknown gets no
// function names built without it (get_boiler named the boiler, not the
// lighting).
func unknownKoVerb(question string, items []item) string {
	surfaces := itemSurfaces(items)
	for _, w := range strings.Fields(question) {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.Is(unicode.Hangul, r) })
		if !allHangul(w) {
			continue
		}
		for _, e := range koVerbEndings {
			stem := strings.TrimSuffix(w, e)
			if stem == w || len([]rune(stem)) < 2 {
				continue
			}
			if covered([]rune(stem), surfaces) || knownKo(stem) {
				break
			}
			if _, ok := loadGlossary().ko[stem+"하"]; ok {
				break
			}
			return stem
		}
	}
	return ""
}

// itemSurfaces are the items' surfaces without spaces, the words of the
// question they cover (covered).
func itemSurfaces(items []item) [][]rune {
	var surfaces [][]rune
	for _, it := range items {
		if s := []rune(strings.ReplaceAll(it.surface, " ", "")); len(s) > 0 {
			surfaces = append(surfaces, s)
		}
	}
	return surfaces
}
