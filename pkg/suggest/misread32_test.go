package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings32: readings of the thirty-second session, on probe
// questions written for this test and on questions of the read sets; each
// row fails at 8cb2638 (the session's start) except the controls marked in
// checkFirst.
func TestMisreadings32(t *testing.T) {
	checkTopThree(t, []topThree{
		// the element's type between the thing held and its list goes
		// (refine.go elementTypes; were strings, userEmailStrings)
		{"Python", "사용자 이메일 문자열 리스트", naming.KindVariable, "user_emails"},
		{"Go", "에러 메시지 문자열 슬라이스", naming.KindVariable, "errorMessages"},
		{"Java", "학생 점수 정수 배열", naming.KindVariable, "studentScores"},
		// 것만 taken from a list is the list's things (refine.go listOnes,
		// thatOnes; restate.go reDoingThing keeps 것만; were filter and no
		// name)
		{"C++", "악기 목록에서 지금 대여 가능한 것만 걸러내는 함수", naming.KindFunction, "filter_available_instruments"},
		{"Rust", "리뷰 목록에서 별점 4점 이상인 것만 남기는 함수", naming.KindFunction, "filter_high_rated_reviews"},
		{"Python", "주문 목록에서 결제 완료된 것만 골라내는 함수", naming.KindFunction, "filter_paid_orders"},
	})
	checkFirst(t, []topThree{
		// controls: a number is no element type (card numbers); a doing
		// (보내는거) is still a function
		{"C", "교통카드 번호 배열", naming.KindVariable, "transit_card_numbers"},
		{"Python", "이메일 보내는거 함수", naming.KindFunction, "send_email"},
	})
}
