package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the fifteenth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestThingAfterWhen: a when clause before a modifier and a noun says when
// the value is taken; the thing after it is named (주문 취소할 때 환불된
// 금액: refundedAmount, was order; 서버 재시작할 때 남아있는 작업 수:
// remaining tasks, was remaining servers). A handler after 때 stays an
// event's.
func TestThingAfterWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "주문 취소할 때 환불된 금액 변수", naming.KindVariable, "refundedAmount"},
		{"Python", "서버 재시작할 때 남아있는 작업 수", naming.KindVariable, "remaining_task_count"},
		{"C++", "동기화 진행률 보여줄 때 지금까지 보낸 파일 수", naming.KindVariable, "files_sent"},
		{"JavaScript", "스크롤할 때 실행되는 핸들러", naming.KindFunction, "onScroll"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "서버 재시작할 때 남아있는 작업 수", naming.KindVariable, "remaining_servers"},
	})
}

// TestNamedCurrency: an exchange-rate conversion that names the currency
// it goes to is that conversion (toUsd, krwToUsd), not convertCurrency; an
// amount in a currency is named by the currency (krwToUsd, was
// krwAmountToUsd).
func TestNamedCurrency(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "환율 적용해서 엔화 금액을 원화로 바꾸는 함수", naming.KindFunction, "jpyToKrw"},
		{"Python", "달러 금액을 원화로 바꾸는 함수", naming.KindFunction, "usd_to_krw"},
		{"Go", "환율 적용해서 금액 변환하는 함수", naming.KindFunction, "convertCurrency"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "환율 적용해서 엔화 금액을 원화로 바꾸는 함수", naming.KindFunction, "convertCurrency"},
	})
}

// TestQuizAndMissed: 맞힌 문제 수 is the correct answers' count (was
// questionCount) and 놓치다 is miss (놓친 알림: missedNotifications, was
// notifications).
func TestQuizAndMissed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "모의고사에서 맞힌 문항 수 변수", naming.KindVariable, "correctAnswerCount"},
		{"Swift", "놓친 알림 목록 변수", naming.KindVariable, "missedNotifications"},
	})
}

// TestShortBeforeLong: after the first name, a name of four content words
// or more goes below the shorter names after it (wait_for_completion,
// remainingMinutes moved into the first three).
func TestShortBeforeLong(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "async fn that keeps polling a deploy job status until it finishes", naming.KindFunction, "wait_for_completion"},
		{"Kotlin", "다음 회의 시작까지 몇 분 남았는지 담는 변수", naming.KindVariable, "remainingMinutes"},
	})
}
