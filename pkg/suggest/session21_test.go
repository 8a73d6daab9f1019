package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twenty-first session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestKindWordAsMeans: 코루틴 함수로 (as a coroutine function) says how the
// function is written; the question goes on to what it does, so its words
// are kept (fetchNearbyStores; was getCoroutines, the rest dropped as an
// afterthought); a kind word with 로 that ends the request still ends it.
func TestKindWordAsMeans(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "코루틴 함수로 서버에서 근처 매장 목록 가져오는 함수", naming.KindFunction, "getNearbyStores"},
		{"Kotlin", "suspend 함수로 근처 매장 목록 불러오는 함수", naming.KindFunction, "loadNearbyStores"},
		{"Python", "최대 재시도 횟수를 상수로 두려는데 이름은?", naming.KindConstant, "MAX_RETRIES"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "코루틴 함수로 서버에서 근처 매장 목록 가져오는 함수", naming.KindFunction, "getCoroutines"},
	})
}

// TestAsyncAfterScope: C#'s Async ends the name after a time scope moved
// to the end (CountSignupsThisMonthAsync; was CountSignupsAsyncThisMonth),
// and the short async form does not take the scope for the object (was
// CountMonthAsync).
func TestAsyncAfterScope(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountSignupsThisMonthAsync"},
		{"C#", "이번 주 주문 목록 가져오는 비동기 메서드", naming.KindFunction, "GetOrdersThisWeekAsync"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountSignupsAsyncThisMonth"},
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountMonthAsync"},
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountMonth"},
		{"C#", "이번 달 매출 합계 구하는 비동기 메서드", naming.KindFunction, "CalculateTotalRevenueAsyncThisMonth"},
	})
}
