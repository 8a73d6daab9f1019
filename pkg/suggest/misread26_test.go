package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings26: readings found on eval/read/r12.yaml and on probe
// questions written for this test (26th session); each row failed before
// the rule its comment names.
func TestMisreadings26(t *testing.T) {
	checkNotSaid(t, []notSaid{
		// 대상인지 is eligible, not 대 + 상인 a vendor (restate.go reEligibleKo)
		{"Java", "회원이 할인 대상인지 여부", "vendor"},
	})
	checkFirst(t, []topThree{
		{"Java", "회원이 할인 대상인지 여부", naming.KindVariable, "isDiscountEligible"},
		{"C#", "환자가 보험 적용 대상인지 나타내는 프로퍼티", naming.KindVariable, "IsInsuranceEligible"},
	})
}
