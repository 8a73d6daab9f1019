package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIdiomsConstDates: questions written for idioms/constants-dates.tsv
// (constants with a bound or a unit, date and time values); none of them
// is in the evaluation set. The last group is questions near those lines
// that must keep the grammar's (or another line's) names.
func TestIdiomsConstDates(t *testing.T) {
	tests := []topThree{
		// Backoff, lockouts, sessions, keep-alive.
		{"Python", "재시도 백오프 기본 대기 시간 밀리초 상수", naming.KindConstant, "BACKOFF_BASE_MS"},
		{"Python", "백오프 기본 지연 시간 상수", naming.KindConstant, "BASE_BACKOFF"},
		{"TypeScript", "로그인 실패로 계정 잠기는 시간", naming.KindConstant, "LOCKOUT_DURATION"},
		{"Java", "세션 타임아웃 시간", naming.KindConstant, "SESSION_TIMEOUT"},
		{"Python", "keep alive 타임아웃", naming.KindConstant, "KEEP_ALIVE_TIMEOUT"},
		{"Go", "keepalive 간격", naming.KindConstant, "keepAliveInterval"},
		{"TypeScript", "토큰 만료 몇 분 전에 미리 갱신하는 여유 시간", naming.KindConstant, "TOKEN_REFRESH_BUFFER"},
		// Crawling.
		{"Python", "크롤링할 때 요청 사이 쉬는 시간 상수", naming.KindConstant, "CRAWL_DELAY_SECONDS"},
		{"JavaScript", "크롤러 요청 간 지연", naming.KindConstant, "CRAWL_DELAY_SECONDS"},
		{"Python", "요청 사이 예의상 대기 시간", naming.KindConstant, "POLITENESS_DELAY"},
		// Thresholds, ports, magic numbers, status codes.
		{"Python", "검출 신뢰도 최소값", naming.KindConstant, "CONFIDENCE_THRESHOLD"},
		{"Python", "신뢰도 기준값 상수", naming.KindConstant, "CONFIDENCE_THRESHOLD"},
		{"Python", "IoU 임계값 상수", naming.KindConstant, "IOU_THRESHOLD"},
		{"Go", "프로메테우스 메트릭 포트", naming.KindConstant, "metricsPort"},
		{"Rust", "PNG 파일 시그니처 바이트 상수", naming.KindConstant, "PNG_SIGNATURE"},
		{"C", "매직 넘버 상수", naming.KindConstant, "MAGIC"},
		{"JavaScript", "HTTP 404 상태 코드 상수", naming.KindConstant, "HTTP_NOT_FOUND"},
		{"Python", "HTTP 200 상태 코드 상수", naming.KindConstant, "HTTP_OK"},
		{"Python", "빛의 속도 상수", naming.KindConstant, "SPEED_OF_LIGHT"},
		{"Python", "km당 요금", naming.KindConstant, "FARE_PER_KM"},
		{"JavaScript", "한 시간 밀리초 상수", naming.KindConstant, "ONE_HOUR_MS"},
		{"Python", "1시간 초 상수", naming.KindConstant, "SECONDS_PER_HOUR"},
		{"JavaScript", "1분 밀리초 상수", naming.KindConstant, "ONE_MINUTE_MS"},
		{"Python", "검색 반경 최대 km", naming.KindConstant, "MAX_SEARCH_RADIUS_KM"},
		{"Python", "허용 MIME 타입 상수", naming.KindConstant, "ALLOWED_MIME_TYPES"},
		{"Python", "기본 타임존 Asia/Seoul", naming.KindConstant, "DEFAULT_TIMEZONE"},
		// Business hours and cut-offs.
		{"Python", "영업 시작 시간 상수", naming.KindConstant, "OPENING_TIME"},
		{"Kotlin", "가게 영업 종료 시각", naming.KindVariable, "closingTime"},
		{"Java", "주문 마감 시간 상수", naming.KindConstant, "ORDER_CUTOFF_TIME"},
		{"JavaScript", "당일 발송 마감 시간 상수", naming.KindConstant, "ORDER_CUTOFF_TIME"},
		{"Python", "주문 마감 시간 지났는지", naming.KindFunction, "is_past_cutoff"},
		{"Python", "근무 시작 시각 상수", naming.KindConstant, "WORK_START_TIME"},
		// Subscriptions, bookings, cookies, games.
		{"Java", "구독 갱신일", naming.KindVariable, "nextRenewalDate"},
		{"Python", "구독 다음 갱신 날짜", naming.KindVariable, "next_renewal_date"},
		{"C#", "주문 취소 가능 기한", naming.KindVariable, "cancellationDeadline"},
		{"Python", "예약 최소 몇 시간 전", naming.KindConstant, "MIN_LEAD_TIME_HOURS"},
		{"JavaScript", "쿠키 만료 일수", naming.KindConstant, "COOKIE_MAX_AGE_DAYS"},
		{"C#", "리스폰 대기 시간 상수", naming.KindConstant, "RespawnDelay"},
		{"Kotlin", "더블 탭 인식 간격 상수", naming.KindConstant, "DOUBLE_TAP_TIMEOUT"},
		// Period boundaries as values, business days.
		{"Python", "월말 날짜", naming.KindVariable, "end_of_month"},
		{"Python", "이번 달 첫날", naming.KindVariable, "start_of_month"},
		{"Kotlin", "이번 주 월요일 날짜", naming.KindVariable, "startOfWeek"},
		{"Go", "주의 마지막 날", naming.KindVariable, "endOfWeek"},
		{"Python", "연도의 첫날", naming.KindVariable, "start_of_year"},
		{"Go", "하루의 시작 시각", naming.KindVariable, "startOfDay"},
		{"Python", "근무일 수", naming.KindVariable, "business_days"},
		{"TypeScript", "주말 제외한 날짜 수", naming.KindVariable, "businessDays"},
		{"Python", "근무일 수 계산하는 함수", naming.KindFunction, "count_business_days"},
		// Formats, formatters, durations, recurrence.
		{"Java", "날짜 형식 패턴 상수", naming.KindConstant, "DATE_FORMAT"},
		{"JavaScript", "yyyy-MM-dd 형식 상수", naming.KindConstant, "DATE_FORMAT"},
		{"Python", "날짜 시간 포맷 상수", naming.KindConstant, "DATETIME_FORMAT"},
		{"Swift", "짧은 날짜 포맷터", naming.KindVariable, "shortDateFormatter"},
		{"Swift", "ISO 날짜 포매터", naming.KindVariable, "isoFormatter"},
		{"Swift", "상대 시간 포매터", naming.KindVariable, "relativeFormatter"},
		{"Python", "경과 시간을 시분초로 바꾸는 함수", naming.KindFunction, "format_elapsed"},
		{"TypeScript", "반복 일정", naming.KindVariable, "recurringEvent"},
		{"Python", "반복 규칙", naming.KindVariable, "recurrence_rule"},
		// English.
		{"Go", "backoff base delay constant", naming.KindConstant, "baseBackoff"},
		{"Python", "lockout duration after failed logins", naming.KindConstant, "LOCKOUT_DURATION"},
		{"Python", "confidence threshold for detections", naming.KindConstant, "CONFIDENCE_THRESHOLD"},
		{"TypeScript", "cancellation deadline of the booking", naming.KindVariable, "cancellationDeadline"},
		// Near the lines: the grammar's (or another line's) names stay first.
		{"Python", "스크래핑 재시도 간격", naming.KindVariable, "retry_interval"},
		{"Go", "핑 간격", naming.KindVariable, "heartbeatInterval"},
		{"Python", "백오프 최대 지연", naming.KindVariable, "max_backoff"},
		{"Python", "세션 타임아웃 처리 함수", naming.KindFunction, "handle_timeout"},
		{"Python", "세션 타임아웃 분", naming.KindConstant, "SESSION_TIMEOUT_MINUTES"},
		{"Python", "신뢰 구간 계산", naming.KindFunction, "calculate_confidence_interval"},
		{"Python", "날짜 형식 검증 함수", naming.KindFunction, "validate_date_format"},
		{"Swift", "날짜 포매터 만드는 함수", naming.KindFunction, "makeDateFormatter"},
		{"Python", "다음 영업일 구하기", naming.KindFunction, "next_business_day"},
		{"Python", "두 날짜 사이 영업일 수 계산하는 함수", naming.KindFunction, "business_days_between"},
		{"Python", "주문 취소 가능 여부", naming.KindVariable, "can_cancel"},
		{"Python", "크롤링 최대 깊이", naming.KindConstant, "MAX_CRAWL_DEPTH"},
		{"Python", "토큰 만료 여부", naming.KindFunction, "is_token_expired"},
		{"Python", "영업 시간인지 확인", naming.KindFunction, "is_business_hours"},
	}
	checkTopThree(t, tests)
}
