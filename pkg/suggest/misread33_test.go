package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings33: readings of the thirty-third session, on probe
// questions written for this test and on questions of the read sets; each
// row fails at 41457c1 (the session's start) except the controls marked in
// checkFirst.
func TestMisreadings33(t *testing.T) {
	checkTopThree(t, []topThree{
		// a state left out (X 아닌, X 제외한, English X 안 된) is the
		// others: settle.go excludedOnes takes a state before the exclude
		// verb, and an English word; restate.go reNotOnes reads 아닌 것만
		// after a list (were dormant_excluded_members, freeExcludedLectures,
		// filterOutOfStockMenus, pickReady: the opposite or no state)
		{"Python", "휴면 아닌 회원만 골라내는 함수", naming.KindFunction, "filter_non_dormant_members"},
		{"Java", "무료가 아닌 강의 목록", naming.KindVariable, "nonFreeLectures"},
		{"Swift", "푸드트럭 메뉴에서 품절 아닌 것만 필터하는 함수", naming.KindFunction, "filterInStockMenus"},
		{"Python", "회원 목록에서 휴면 아닌 것만 골라내는 함수", naming.KindFunction, "filter_non_dormant_members"},
		{"Python", "active 아닌 사용자 수", naming.KindVariable, "inactive_user_count"},
		{"Python", "admin 아닌 사용자 목록", naming.KindVariable, "non_admin_users"},
		{"Go", "쿠버네티스 파드 목록에서 Ready 안 된 것만 골라내는 함수", naming.KindFunction, "filterNonReadyPods"},
	})
	checkFirst(t, []topThree{
		// control: a Korean state with 안 된 keeps its own reading
		{"Java", "결제 안 된 주문 목록", naming.KindVariable, "unpaidOrders"},
	})
}
