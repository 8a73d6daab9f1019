package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings38: readings of the thirty-eighth session, from misses of
// the read sets (r1–r50), each tried here with other words than the
// questions that showed it; each row of the first list fails at 786f351f
// (the session's start; checked in a worktree there), the second list
// holds controls the new readings must not break.
func TestMisreadings38(t *testing.T) {
	checkTopThree(t, []topThree{
		// a map's type in a Korean question is a map, not noise
		// (koRegexRewrites reMapTypeKo; was order), and what it caches
		// names it (recurring.tsv)
		{"TypeScript", "Map<string, Order> 로 주문 캐싱해두는 변수", naming.KindVariable, "orderCache"},
		// X 넣으면 Y 나오는: a lookup by X (rePutInGetKo; was products)
		{"Java", "우편번호를 넣으면 주소가 나오는 맵", naming.KindVariable, "addressesByZipCode"},
		// X로 Y 조회하는 캐시: by X, as 찾는 맵 was (reFindObjByKo; was member)
		{"Kotlin", "회원 id로 회원 조회하는 캐시 변수", naming.KindVariable, "memberCache"},
	})
	checkTopThree(t, []topThree{
		{"Go", "map[string][]string 카테고리별 상품 ID들", naming.KindVariable, "productIDsByCategory"},
		{"Java", "회원 id로 장바구니 찾는 HashMap 이름", naming.KindVariable, "cartsByMemberId"},
	})
}
