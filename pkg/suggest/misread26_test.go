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
		// N자리 counts digits, no seat (restate.go reDigitsKo)
		{"Python", "6자리 인증번호 만드는 함수", "seat"},
		{"C#", "카드번호를 뒤 4자리만 보이게 마스킹된 문자열로 바꾸는 메서드", "seat"},
		// a count's type and the word for keeping it are no words of it
		// (restate.go reTrackingHowMany)
		{"Rust", "AtomicUsize tracking how many clients are connected to the tokio server", "tracking"},
		// "function turning X into Y" converts (enclause.go; was
		// getConvertingLongPrice)
		{"Kotlin", "extension function turning a Long price in cents into a display string", "converting"},
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
		{"Rust", "AtomicUsize tracking how many clients are connected to the tokio server", naming.KindVariable, "connected_client_count"},
		// a display string is a string, which a conversion formats
		// (restate.go reDisplayString, convert.go toPriceString)
		{"Kotlin", "extension function turning a Long price in cents into a display string", naming.KindFunction, "formatPrice"},
		{"Java", "turn a duration into a readable label", naming.KindFunction, "formatDuration"},
		// a computed property that sorts, filters or formats names its
		// result (forms.go resultVerbs; were no name and price)
		{"Swift", "computed property that sorts the items", naming.KindVariable, "sortedItems"},
		{"Swift", "computed property that formats the price", naming.KindVariable, "formattedPrice"},
	})
}

// TestToSourceString: a conversion to a string offers the to- form that
// says its source (Long.toPriceString()), not toString alone.
func TestToSourceString(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "extension function turning a Long price in cents into a display string", naming.KindFunction, "toPriceString"},
	})
}
