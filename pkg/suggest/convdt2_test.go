package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestConvDates2: conversions, dates and constants (convdt2.go, the
// glossary's units and idioms/conv-dates3.tsv); want must be among the
// first three names of the kind. Several questions are not the ones the
// rules were tuned on.
func TestConvDates2(t *testing.T) {
	checkTopThree(t, []topThree{
		// 단위 after a unit, mixed-case units (mV, kHz)
		{"C", "ADC 값을 밀리볼트로 변환하는 함수", naming.KindFunction, "adc_to_millivolts"},
		{"C", "STM32에서 ADC로 읽은 12비트 값을 mV 단위로 바꾸는 함수 이름 지어줘", naming.KindFunction, "adc_to_millivolts"},
		{"C", "온도를 섭씨 단위로 변환", naming.KindFunction, "temperature_to_celsius"},
		{"C", "주파수를 kHz로 변환하는 함수", naming.KindFunction, "to_khz"},
		{"Java", "원화 금액을 달러로 환산하는 메서드", naming.KindFunction, "krwAmountToUsd"},
		// bytes shown as 1.5MB
		{"JavaScript", "바이트 수를 1.5MB 같은 문자열로 바꿔주는 함수", naming.KindFunction, "formatBytes"},
		{"Python", "용량을 3.2GB처럼 보여주는 함수", naming.KindFunction, "format_bytes"},
		// text shown on screen
		{"TypeScript", "enum을 화면 표시용 문자열로 바꾸는 함수", naming.KindFunction, "toDisplayString"},
		{"Java", "주문 상태 코드를 화면에 표시할 문자열로 변환하는 메서드", naming.KindFunction, "toDisplayString"},
		{"TypeScript", "회원 등급 enum을 표시용 텍스트로 매핑하는 함수", naming.KindFunction, "membershipTierLabel"},
		{"Swift", "화면에 표시할 에러 메시지 변수", naming.KindVariable, "errorMessage"},
		// how long until, how long since
		{"Kotlin", "구독 만료까지 며칠 남았는지 계산하는 함수", naming.KindFunction, "daysUntilExpiry"},
		{"Java", "쿠폰 만료까지 며칠 남았는지 변수", naming.KindVariable, "daysUntilExpiry"},
		{"Java", "이벤트 종료까지 몇 시간 남았는지", naming.KindVariable, "hoursUntilEnd"},
		{"JavaScript", "게시글이 생성된 지 얼마나 됐는지 구하는 함수", naming.KindFunction, "timeSincePostCreation"},
		{"Java", "마지막 로그인 후 얼마나 지났는지 계산하는 함수", naming.KindFunction, "timeSinceLastLogin"},
		{"Go", "서버 시작하고 얼마나 됐는지", naming.KindVariable, "timeSinceServerStart"},
	})
}
