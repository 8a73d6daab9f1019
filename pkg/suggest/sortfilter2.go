package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// comparatorNames: 별점 높은순으로 정렬할 Comparator, 가격 낮은 순 비교자: a
// comparator is named for its criterion and direction (byRatingDesc,
// ratingDescComparator), not for what it sorts.
func (b *builder) comparatorNames(f *frame, k naming.Kind) {
	if f.by.empty() || !slices.ContainsFunc(f.items, func(it item) bool { return it.t != nil && it.t.en() == "comparator" }) {
		return
	}
	by := f.by.nounWords(false)
	if len(by) == 0 {
		return
	}
	d := splitWords(f.x.dir)
	en := "Compares by " + strings.Join(by, " ")
	b.add(k, cand{cat(splitWords("by"), by, d), f.by.ko() + " 기준으로 비교하는 비교자입니다.", en + "."})
	b.add(k, cand{cat(by, d, splitWords("comparator")), "비교자임을 드러낸 이름입니다.", en + ", named as a comparator."})
}
