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
		{"Java", "원화 금액을 달러로 환산하는 메서드", naming.KindFunction, "krwToUsd"}, // an amount in a currency is the currency (session15_test.go)
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
		// conversions to types: a target DTO keeps its words, time.Time is one type
		{"Kotlin", "주문 엔티티를 응답 DTO로 변환하는 함수", naming.KindFunction, "toResponse"}, // (toResponse since the thirty-seventh session: r3 and r26 accept toResponse, toDto, fromEntity, not toResponseDto)
		{"Kotlin", "엔티티를 응답 DTO로 매핑하는 함수", naming.KindFunction, "entityToResponseDto"},
		{"PHP", "특수문자를 HTML 엔티티로 바꾸는 함수", naming.KindFunction, "escapeHtml"},
		{"Java", "map the order entity to a dto", naming.KindFunction, "orderEntityToDto"},
		{"Go", "convert a unix timestamp to time.Time", naming.KindFunction, "unixToTime"},
		{"Go", "유닉스 타임스탬프를 time.Time으로 바꾸는 함수", naming.KindFunction, "unixToTime"},
		{"Rust", "바이트 배열을 16진수 문자열로 바꾸는 함수", naming.KindFunction, "bytes_to_hex"},
		{"Python", "엑셀에서 읽은 날짜 숫자를 datetime으로 바꾸는 함수", naming.KindFunction, "excel_date_to_datetime"},
		{"JavaScript", "엑셀 날짜 시리얼 값을 Date로 변환", naming.KindFunction, "fromExcelDate"},
		// a span after a number (1시간, 14일); TTLs in seconds; the owner kept
		{"Kotlin", "토큰 만료 시간 1시간 상수", naming.KindConstant, "TOKEN_TTL_HOURS"},
		{"Kotlin", "토큰 만료 시간 1시간 상수", naming.KindConstant, "TOKEN_TTL_SECONDS"},
		{"Python", "JWT 만료 시간을 1시간으로 설정하는 상수", naming.KindConstant, "JWT_TTL_SECONDS"},
		{"Java", "휴면 계정 전환 기준 365일 상수", naming.KindConstant, "DORMANCY_THRESHOLD_DAYS"},
		{"Go", "매월 1일에 실행되는 배치 함수", naming.KindFunction, "startOfMonth"},
		{"TypeScript", "constant for the access token lifetime in seconds", naming.KindConstant, "ACCESS_TOKEN_LIFETIME_SECONDS"},
		{"Go", "token ttl in hours constant", naming.KindConstant, "tokenTTLHours"},
		// a run verb before a time is when it ran; time ago; formatting
		{"Go", "크론 작업이 마지막으로 실행된 시각", naming.KindVariable, "lastRunAt"},
		{"Java", "스케줄러가 마지막으로 실행된 시간 변수", naming.KindVariable, "lastRunAt"},
		{"Java", "버튼 클릭하면 실행되는 함수", naming.KindFunction, "handleButtonClick"},
		{"JavaScript", "알림이 몇 분 전에 왔는지 보여주는 함수", naming.KindFunction, "timeAgo"},
		{"Kotlin", "메시지 받은 시간을 몇 시간 전 형식으로 보여주는 함수", naming.KindFunction, "timeAgo"},
		{"Java", "회의 시작 10분 전 알림 변수", naming.KindVariable, "reminderMinutesBefore"},
		{"TypeScript", "날짜를 YYYY-MM-DD 문자열로 포맷하는 함수", naming.KindFunction, "dateToString"},
		{"Java", "LocalDate를 yyyyMMdd 문자열로 변환", naming.KindFunction, "formatDate"},
		// directions of time zones and epochs; days until X; an action's end
		{"PHP", "한국 시간을 UTC로 바꾸는 함수", naming.KindFunction, "kstToUtc"},
		{"Java", "UTC 시간을 한국 시간(KST)으로 변환하는 유틸 메서드", naming.KindFunction, "utcToKst"},
		{"TypeScript", "epoch 초를 Date 객체로 바꾸는 함수", naming.KindFunction, "fromEpoch"}, // was epochSecondsToDate, now fourth: Date 객체로 is to a Date since session 15, and the phrasebook names it first
		{"TypeScript", "Date를 유닉스 타임스탬프로 바꾸는 함수", naming.KindFunction, "toUnixTimestamp"},
		{"Swift", "how many days until the subscription renews", naming.KindVariable, "daysUntilRenewal"},
		{"JavaScript", "days until a given date", naming.KindFunction, "daysUntil"},
		{"Go", "배포가 끝난 시각 변수", naming.KindVariable, "deployedAt"},
		{"Go", "결제가 끝난 시각 변수", naming.KindVariable, "paidAt"},
		{"Java", "업로드가 끝난 시각", naming.KindVariable, "uploadedAt"},
		{"Kotlin", "체험 끝나는 날짜", naming.KindVariable, "trialEndsAt"},
		// constants
		{"JavaScript", "API 서버 주소 상수", naming.KindConstant, "API_BASE_URL"},
		{"Go", "API 서버 포트 상수", naming.KindConstant, "apiServerPort"},
	})
}
