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
		// where a value came in is no word of it (restate.go reCameInAsKo)
		{"Go", "cli 플래그로 받은 제외할 디렉토리 목록 변수", "line"},
		{"Go", "플래그로 넘어온 포트 번호 변수", "exceed"},
		// not waiting is async work, not a wait (restate.go reWithoutWaiting,
		// reNoWaitKo)
		{"C", "kicks off a DMA transfer and returns right away without waiting for it", "without"},
		{"Java", "DMA 전송 시작하고 기다리지 않고 바로 리턴하는 함수", "wait"},
		// LoRa is one word (parse.go brandWords; was send_lo_ra_packet)
		{"C", "LoRa 패킷 보내는 함수", "_ra_"},
	})
	checkFirst(t, []topThree{
		{"Java", "회원이 할인 대상인지 여부", naming.KindVariable, "isDiscountEligible"},
		{"C#", "환자가 보험 적용 대상인지 나타내는 프로퍼티", naming.KindVariable, "IsInsuranceEligible"},
		{"Go", "cli 플래그로 받은 제외할 디렉토리 목록 변수", naming.KindVariable, "excludeDirs"},
		{"C", "kicks off a DMA transfer and returns right away without waiting for it", naming.KindFunction, "start_dma_transfer"},
		{"C", "non-blocking function that kicks off an ADC conversion", naming.KindFunction, "start_adc_conversion"},
		// when a default applies is what default says (restate.go
		// reDefaultUnless; were DEFAULT_ONE, DEFAULT_NONE)
		{"Java", "constant for the default page size when the client doesn't pass one", naming.KindConstant, "DEFAULT_PAGE_SIZE"},
		{"Java", "constant for the default page size if none is given", naming.KindConstant, "DEFAULT_PAGE_SIZE"},
		{"Python", "default timeout used when the caller does not specify one", naming.KindConstant, "DEFAULT_TIMEOUT"},
	})
}
