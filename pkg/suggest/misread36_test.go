package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings36: readings of the thirty-sixth session, from groups of
// questions that recur across the read sets (r1–r36: the same question
// written by different helpers), each tried here with other words than
// the questions that showed it; each row fails at 6c6aedf (the session's
// start).
func TestMisreadings36(t *testing.T) {
	checkTopThree(t, []topThree{
		// the day X has to be back is its due date (idioms/recurring.tsv;
		// were back, borrowDate)
		{"Java", "field for the day a rented camera has to be back", naming.KindVariable, "dueDate"},
		{"Go", "method returning when the borrowed laptop is due back", naming.KindFunction, "dueDate"},
		// requests in flight, jobs being processed (were activeJobs,
		// busyWorkers: the workers, not the jobs)
		{"Go", "gauge of in-flight requests in the API gateway", naming.KindVariable, "inFlightRequests"},
		{"Go", "썸네일 워커에서 지금 처리중인 작업 수 atomic 변수", naming.KindVariable, "activeJobCount"},
		// a token's lifetime in ms (were LIFETIME_MS, TTL_MS)
		{"Java", "JWT 액세스 토큰 유효시간 밀리초 상수", naming.KindConstant, "ACCESS_TOKEN_EXPIRATION_MS"},
		// iOS: the app going to the background (was onAppBackground)
		{"Swift", "앱이 백그라운드로 갈 때 타이머 멈추는 메서드", naming.KindFunction, "appDidEnterBackground"},
		// bytes sent, downloaded (were sent_byte_count, bytes)
		{"Rust", "counter of bytes sent to the printer", naming.KindVariable, "bytes_sent"},
		{"Go", "지금까지 다운로드한 바이트 수 (진행률 표시용)", naming.KindVariable, "downloadedBytes"},
		// failed tests (was failedTestCaseCount)
		{"Kotlin", "실패한 테스트 케이스 갯수 담는 변수", naming.KindVariable, "failedTestCount"},
		// a unix time as 'YYYY-MM-DD HH:MM:SS' is formatted (were
		// unix_to_timestamp, time_to_date)
		{"C", "epoch 초를 YYYY-MM-DD HH:MM:SS 문자열로 바꾸는 함수", naming.KindFunction, "format_timestamp"},
		{"C", "time_t를 'YYYY/MM/DD' 형식 문자열로 만드는 함수", naming.KindFunction, "format_date"},
		// the king in check (were check, is_receiving_check)
		{"Rust", "체스 게임에서 킹이 체크 상태인지 보는 함수", naming.KindFunction, "is_in_check"},
		// the Stripe payment_failed webhook (was handleStripeWebhook)
		{"TypeScript", "Stripe webhook handler for when a subscription payment fails", naming.KindFunction, "handlePaymentFailed"},
		// a generic request's retry cap is MAX_RETRIES (was
		// MAX_NETWORK_REQUEST_RETRIES), a reconnect cap
		// MAX_RECONNECT_ATTEMPTS (was MAX_DISCONNECTED_…_ATTEMPT)
		{"Python", "외부 API 요청 재시도 최대 횟수 상수", naming.KindConstant, "MAX_RETRIES"},
		{"JavaScript", "MQTT 연결 끊기면 재연결 최대 몇 번까지 할지 상수", naming.KindConstant, "MAX_RECONNECT_ATTEMPTS"},
		// Unity: a coin picked up (was OnCoinPickup)
		{"C#", "유니티 플레이어가 동전 먹었을 때 호출되는 메서드", naming.KindFunction, "OnCoinCollected"},
	})
}
