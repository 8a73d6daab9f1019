package suggest

import (
	"strings"

	"namebot/pkg/naming"
)

// Names for the phrase patterns refine.go reads: sort orders and maps.

// orderedNames are the names of a sort with a criterion and a direction:
// sortByScoreDesc, sortByScore, sortPostsByScore.
func (b *builder) orderedNames(f *frame, suffix func([]string) []string) {
	v := f.verb
	if v == nil || v.t == nil || f.by.empty() && !f.x.newest {
		return
	}
	switch v.t.en() {
	case "sort", "order", "rank":
	default:
		return
	}
	k := naming.KindFunction
	vw := v.t.Words
	if f.by.empty() {
		// 최신순, newest first: the age is the criterion.
		age := map[string]string{"desc": "newest", "asc": "oldest"}[f.x.dir]
		o := f.thing()
		ow := o.nounWords(!massy(o) && len(o.nouns) > 0)
		b.add(k, cand{suffix(cat(vw, w("by"), w(age))), "최신(오래된) 순으로 정렬하는 함수입니다.", "Sorts " + age + " first."})
		b.add(k, cand{suffix(cat(vw, w(age), w("first"))), "정렬 방향을 그대로 쓴 이름입니다.", "Names the order as asked."})
		if len(ow) > 0 {
			b.add(k, cand{suffix(cat(vw, ow, w("by"), w(age))), "정렬 대상을 드러낸 이름입니다.", "Names what is sorted."})
		}
		return
	}
	by := f.by.nounWords(f.by.plural())
	if len(by) == 0 {
		return
	}
	o := f.thing()
	ow := o.nounWords(!massy(o) && len(o.nouns) > 0)
	dirKo := map[string]string{"desc": "내림차순", "asc": "오름차순"}[f.x.dir]
	if f.x.dir != "" {
		b.add(k, cand{suffix(cat(vw, w("by"), by, w(f.x.dir))), f.by.ko() + " 기준 " + dirKo + "으로 정렬하는 함수입니다.", "Sorts by " + strings.Join(by, " ") + ", " + f.x.dir + "ending."})
	}
	b.add(k, cand{suffix(cat(vw, w("by"), by)), f.by.ko() + " 기준으로 정렬하는 함수입니다.", "Sorts by " + strings.Join(by, " ") + "."})
	if len(ow) > 0 {
		b.add(k, cand{suffix(cat(vw, ow, w("by"), by)), "정렬 대상을 드러낸 이름입니다.", "Names what is sorted."})
	}
	if len(f.x.dirPhrase) > 0 {
		b.add(k, cand{suffix(cat(vw, f.x.dirPhrase)), "정렬 방향을 그대로 쓴 이름입니다.", "Names the order as asked."})
	}
}

// mapNames are the names of a map keyed by something: pricesBySku,
// skuPrices; a map of counts: wordCounts, countsByWord.
func (b *builder) mapNames(f *frame, k naming.Kind) {
	if !f.x.mapping {
		return
	}
	var key, val *np
	switch {
	case !f.by.empty():
		key, val = &f.by, f.thing()
	case !f.source.empty() && !f.target.empty():
		key, val = &f.source, &f.target
	default:
		return
	}
	kw := key.nounWords(false)
	if len(kw) == 0 {
		return
	}
	var vals, head []string
	if f.count {
		vals, head = w("counts"), w("counts")
		if len(val.nouns) > 0 {
			vals = cat(val.nounWords(false), w("counts"))
		}
	} else {
		if len(val.nouns) == 0 {
			return
		}
		vals = val.nounWords(!massy(val))
		head = val.headWords(!massy(val))
	}
	// The key without a trailing id: player id -> playerScores.
	owner := kw
	if len(owner) > 1 && owner[len(owner)-1] == "id" {
		owner = owner[:len(owner)-1]
	}
	reason := cand{ko: key.ko() + "별 " + val.ko() + "을(를) 담는 맵입니다.", en: "The " + strings.Join(vals, " ") + ", keyed by " + strings.Join(kw, " ") + "."}
	if f.count {
		b.add(k, cand{cat(owner, w("counts")), reason.ko, reason.en})
		b.add(k, cand{cat(w("counts by"), kw), "키를 드러낸 형태입니다.", "Names the key."})
	}
	b.add(k, cand{cat(vals, w("by"), kw), reason.ko, reason.en})
	if len(head) < len(vals) {
		b.add(k, cand{cat(head, w("by"), kw), "짧은 형태입니다.", "Short form."})
	}
	b.add(k, cand{cat(owner, head), "키를 앞에 둔 형태입니다.", "Key-first form."})
}
