package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twelfth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestBoundAfterWhen: a 시/때 clause before the bound a question names says
// when the bound holds (1회 충전 시 최대 주행 거리 is a maximum distance,
// was handleDrivingCharge); a clause before 호출되는 함수 stays a handler.
func TestBoundAfterWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "1회 충전 시 최대 주행 거리", naming.KindConstant, "MAX_DRIVING_DISTANCE"},
		{"Java", "한 번 요청할 때 가져올 최대 항목 수", naming.KindVariable, "maxItemCount"},
		{"Java", "결제 실패 시 호출되는 함수", naming.KindFunction, "handlePaymentFailure"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "1회 충전 시 최대 주행 거리", naming.KindFunction, "handleDrivingCharge"},
	})
}
