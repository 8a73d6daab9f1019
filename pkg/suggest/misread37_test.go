package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings37: readings of the thirty-seventh session, from groups of
// questions that recur across the read sets (r1–r46), each tried here with
// other words than the questions that showed it; each row of the first
// list fails at 0963de5e (the session's start; checked in a worktree
// there), the second list holds controls the new readings must not break.
func TestMisreadings37(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "영화 구조체 배열을 평점 내림차순으로 qsort 할 때 넘길 비교함수 이름", naming.KindFunction, "cmp_rating_desc"},
		{"PHP", "게시글마다 좋아요 몇 개 달렸는지 담는 변수", naming.KindVariable, "$likeCount"},
		{"Go", "method on Coupon that returns when it expires", naming.KindFunction, "expiresAt"},
		{"Java", "스프링 @ExceptionHandler로 주문 못 찾았을 때 404 내려주는 메서드", naming.KindFunction, "handleNotFound"},
		{"Python", "설정 파일(toml) 읽어오는 함수", naming.KindFunction, "load_config"},
		{"Python", "학습 돌리기 전에 GPU 쓸 수 있는지 여부 변수", naming.KindVariable, "gpu_available"},
		{"PHP", "세션 유효시간 상수 (초 단위로)", naming.KindConstant, "SESSION_TIMEOUT_SECONDS"},
		{"JavaScript", "적을 무작위 위치에 생성하는 함수", naming.KindFunction, "spawnEnemy"},
		{"C++", "function returning std::future that resizes an image on a worker thread", naming.KindFunction, "resize_image_async"},
		{"C#", "HttpClient로 환율 API 호출해서 환율 가져오는 메서드", naming.KindFunction, "FetchExchangeRatesAsync"},
		{"C++", "std::async로 큰 이미지 썸네일 만드는 함수", naming.KindFunction, "generate_thumbnail_async"},
		{"Go", "요청 IP가 허용목록에 들어있는지 확인하는 함수", naming.KindFunction, "isAllowed"},
		{"TypeScript", "비밀번호가 보안 정책(10자 이상) 만족하는지 검사하는 함수", naming.KindFunction, "isValidPassword"},
		{"Go", "rate limiter에 사용자별 마지막 요청 시각 저장하는 필드", naming.KindVariable, "lastRequestAt"},
		{"Python", "깃허브 웹훅 받아서 배포하는 Flask view 함수", naming.KindFunction, "handle_github_webhook"},
		{"C++", "enum class Color 값을 문자열로 바꾸는 함수", naming.KindFunction, "to_string"},
		{"Java", "택배 배송 단계 enum 이름", naming.KindClass, "ShipmentStatus"},
		{"Java", "스프링 @Async로 회원가입 환영 이메일 보내는 메서드", naming.KindFunction, "sendWelcomeEmail"},
		{"Ruby", "초 단위 숫자를 '05:30' 처럼 바꾸는 메서드", naming.KindFunction, "format_duration"},
		{"Kotlin", "extension that turns a duration in seconds into \"2h 10m\" for the dashboard", naming.KindFunction, "formatDuration"},
		{"Rust", "세션 만료 시각 필드 (DateTime<Utc>)", naming.KindVariable, "expires_at"},
		{"Rust", "BFS 과제 인접 리스트 Vec<Vec<usize>> 변수", naming.KindVariable, "adjacency_list"},
		{"C#", "method that sends the invoice PDF to every customer, returns a Task", naming.KindFunction, "SendInvoicePdfAsync"},
		{"Go", "func that spins up n worker goroutines reading from the tasks channel", naming.KindFunction, "startWorkers"},
		{"JavaScript", "메시지들을 날짜별로 묶어서 '오늘', '어제' 구분선 넣는 함수", naming.KindFunction, "groupByDate"},
		{"Python", "package level constant for the default locale", naming.KindConstant, "DEFAULT_LOCALE"},
		{"Ruby", "Rails app for a small clinic, method returning how many appointments a doctor has today", naming.KindFunction, "appointment_count"},
		{"C", "#define for the max length of a file name", naming.KindConstant, "MAX_FILE_NAME_LEN"},
		{"C++", "returns std::future<Mesh>, loads the mesh off the main thread", naming.KindFunction, "load_mesh_async"},
		{"Rust", "axum handler for POST /webhooks/stripe", naming.KindFunction, "handle_stripe_webhook"},
		{"JavaScript", "리뷰 목록을 별점 (1~5)로 거르는 함수", naming.KindFunction, "filterByRating"},
		{"Go", "지금 처리 중인 요청 수 카운터", naming.KindVariable, "inFlightRequests"},
		{"Java", "게시글 작성자가 로그인한 사용자와 같은지 확인하는 메서드", naming.KindFunction, "isAuthor"},
		{"Kotlin", "android: 찍은 사진 앨범에 저장하는 함수", naming.KindFunction, "saveToGallery"},
		{"TypeScript", "API 요청 실패했을때 던지는 커스텀 에러 클래스", naming.KindClass, "ApiError"},
		{"Rust", "dedupe the hashtags Vec but keep the order they first showed up in", naming.KindFunction, "dedupe_hashtag_vectors"},
		{"Python", "데이터프레임에서 이상치 날리는 함수", naming.KindFunction, "remove_outliers"},
	})
	// controls: a time of day stays a time, work handed to a pool stays
	// submit, a count of visited pages stays a count
	checkTopThree(t, []topThree{
		{"Swift", "채팅 말풍선 옆에 보낸 시각 '오후 3:05' 처럼 표시하는 함수", naming.KindFunction, "formatTime"},
		{"C++", "스레드 풀에 작업 넣고 std::future 돌려받는 함수", naming.KindFunction, "submit_task"},
		{"Python", "크롤러가 방문한 페이지 수 세는 변수", naming.KindVariable, "visited_page_count"},
	})
}
