package suggest

// Korean typed without spaces (읽지않은메시지수, 로그인실패횟수,
// 배송예정일까지남은일수구하기): a long Hangul word that is not one form is
// split into the words a spaced question would have, so the rest of the
// reader sees the same thing. The split is the cover of the word by
// glossary and grammar forms, each followed by at most one particle or
// ending, with the fewest pieces (dynamic programming over the run). A
// word that cannot be covered completely is left as it was typed.

// segMinRunes is the shortest word worth splitting.
const segMinRunes = 4

// segSuffixes are the particles and endings a piece may end with.
var segSuffixes = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range []string{
		// particles
		"을", "를", "이", "가", "은", "는", "의", "에", "에서", "에게", "한테", "로", "으로", "와", "과", "랑", "이랑",
		"도", "만", "들", "들을", "들의", "들이", "들은", "까지", "부터", "마다", "별", "인지", "인", "이다", "처럼", "보다",
		"에서의", "으로의", "로의", "와의", "과의", "에는", "에도", "로는", "으로는", "까지의", "부터의", "별로", "당",
		// endings
		"지", "기", "고", "서", "면", "게", "야", "음", "는지", "은지", "을지", "었는지", "았는지", "였는지", "었", "았",
		"었던", "았던", "던", "기를", "기가", "기의", "기에", "는데", "려고", "도록", "으면", "어서", "아서", "줘", "주세요",
		"ㄴ", "ㄹ", "을까", "ㄹ까", "는가", "나요", "니", "이면", "라면", "이라면",
		// after a noun: time relations (시작후, 로그인전, 결제이후)
		"후", "전", "뒤", "동안", "이후", "이전", "부터의",
	} {
		m[s] = true
	}
	return m
}()

// segMaxSuffix is the longest suffix, in runes.
const segMaxSuffix = 3

// segment splits one Hangul word, or returns it alone.
func segment(g *glossary, gi *grammarIndex, word string) []string {
	rs := []rune(word)
	n := len(rs)
	if n < segMinRunes || n > 40 {
		return []string{word}
	}
	maxLen := g.koMax
	if gi.koMax > maxLen {
		maxLen = gi.koMax
	}
	const inf = 1 << 30
	cost := make([]int, n+1)
	from := make([]int, n+1)
	for i := 1; i <= n; i++ {
		cost[i] = inf
	}
	for i := 0; i < n; i++ {
		if cost[i] == inf {
			continue
		}
		for l := 1; l <= maxLen && i+l <= n; l++ {
			key := string(rs[i : i+l])
			gm, gok := gi.ko[key]
			tm, tok := g.ko[key]
			if !gok && !tok {
				continue
			}
			if i > 0 && rs[i] == '들' {
				// 도매상인들을: 들 after a word is its plural, not 듣다
				// (들을, listen)
				continue
			}
			if !gok && allUnits(tm) {
				// 프로그램 is not 프로(percent) + 그램(gram): units written
				// inside a word are loanword syllables far more often.
				continue
			}
			// Fewest pieces first; among those, longer forms (메시지+수,
			// not 메시+지수).
			c := 100 - min(l, 9)*min(l, 9)
			if l == 1 && gok && gramVerb(gm) && !verbOnly(tm) {
				// 됐, 된, 한 alone: better read as the ending of the verbal
				// noun before (주문 + 취소됐는지, not 주문취소 + 됐는지).
				c += 10
			}
			if l == 1 && !(verbOnly(tm) || gok && len(gm) > 0) {
				// One syllable hides inside other words: a verb stem
				// (읽, 넣) or a grammar word (수, 중) only.
				continue
			}
			// The piece alone, or with a particle or ending.
			for s := 0; s <= segMaxSuffix && i+l+s <= n; s++ {
				if s > 0 && !segSuffixes[string(rs[i+l:i+l+s])] {
					continue
				}
				e := i + l + s
				if cost[i]+c < cost[e] {
					cost[e], from[e] = cost[i]+c, i
				}
			}
		}
	}
	if cost[n] == inf {
		return []string{word}
	}
	var cuts []int
	for e := n; e > 0; e = from[e] {
		cuts = append(cuts, e)
	}
	if len(cuts) < 2 {
		return []string{word}
	}
	out := make([]string, 0, len(cuts))
	start := 0
	for i := len(cuts) - 1; i >= 0; i-- {
		out = append(out, string(rs[start:cuts[i]]))
		start = cuts[i]
	}
	return out
}

// segmentWords splits each word of a Hangul run (see segment).
func segmentWords(g *glossary, gi *grammarIndex, words []string) []string {
	var out []string
	for _, w := range words {
		out = append(out, segment(g, gi, w)...)
	}
	return out
}

// stateBeforeYesNo takes a state written right before 여부 (결제완료 여부,
// 공개 여부 after its subject) out of the pending modifiers: it is what
// the yes/no question asks about, not a modifier of a noun to come.
func stateBeforeYesNo(cur *np, pending *[]item) *item {
	n := len(*pending)
	if n == 0 {
		return nil
	}
	last := (*pending)[n-1]
	if !last.isAdj() || last.eng {
		return nil
	}
	*pending = (*pending)[:n-1]
	if n > 1 && !cur.empty() {
		cur.mods = append(cur.mods, (*pending)...)
		*pending = nil
	}
	return &last
}

func allUnits(ms []koMatch) bool {
	for _, m := range ms {
		if m.t.Class != 'u' {
			return false
		}
	}
	return len(ms) > 0
}
