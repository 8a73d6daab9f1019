package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIntentFamilies: questions written for the type, handler, datetime
// and conversion families (not from eval/questions.yaml); each wanted name
// must be among the first three of its kind.
func TestIntentFamilies(t *testing.T) {
	tests := []topThree{
		// handlers: on + what happened, handle + the event
		{"TypeScript", "업로드가 끝났을 때 호출되는 콜백", naming.KindFunction, "onUploadCompleted"},
		{"Java", "주문이 취소됐을 때 실행되는 리스너 메서드", naming.KindFunction, "onOrderCancelled"},
		{"Go", "callback called when a connection closes", naming.KindFunction, "onConnectionClosed"},
		{"Kotlin", "다운로드 완료 이벤트를 받았을 때 처리하는 함수", naming.KindFunction, "onDownloadCompleted"},
		{"Python", "메시지 받는 핸들러 함수", naming.KindFunction, "handle_message"},
		{"JavaScript", "handler called when the window resizes", naming.KindFunction, "handleWindowResize"},
		{"TypeScript", "소켓 연결이 끊겼을 때 호출되는 콜백", naming.KindFunction, "onDisconnect"},
		{"C#", "플레이어가 죽었을 때 호출되는 이벤트 핸들러", naming.KindFunction, "HandlePlayerDeath"},
		{"Go", "슬랙 웹훅 받는 HTTP 핸들러", naming.KindFunction, "handleSlackWebhook"},
		{"Python", "디스코드 봇에서 /help 명령어 들어왔을 때 실행되는 핸들러 함수", naming.KindFunction, "handle_help_command"},
		{"Java", "카프카에서 주문 완료 이벤트 받았을 때 처리하는 리스너 메서드", naming.KindFunction, "onOrderCompleted"},
		{"PHP", "Laravel event listener class that runs when an order ships", naming.KindClass, "OrderShippedListener"},
		{"C#", "주문이 취소됐을 때 실행되는 이벤트 핸들러 클래스", naming.KindClass, "OrderCancelledHandler"},
		{"TypeScript", "input 값이 바뀌었을 때 호출되는 콜백", naming.KindFunction, "onInputChanged"},
		{"C#", "event raised when the connection is lost", naming.KindFunction, "ConnectionLost"},
		{"Java", "method called when the activity is destroyed", naming.KindFunction, "onActivityDestroyed"},
		// (keyboardWillShow since the thirty-sixth session, UIKit's name, as three read sets' reviewers write it)
		{"Swift", "키보드가 나타날 때 호출되는 메서드", naming.KindFunction, "keyboardWillShow"},
		{"JavaScript", "function that handles the submit of the login form", naming.KindFunction, "handleLoginFormSubmit"},
		{"Java", "method that handles the click on the Cancel button", naming.KindFunction, "onCancelButtonClicked"},
		{"C#", "name of the event a player class raises when the player dies", naming.KindFunction, "PlayerDied"},
		{"Rust", "Axum에서 로그인 POST 요청 처리하는 핸들러 이름", naming.KindFunction, "handle_login"},
		{"Kotlin", "리사이클러뷰 헤더 클릭됐을 때 콜백 람다 변수명", naming.KindVariable, "onHeaderClicked"},
		{"Swift", "프로필 헤더 뷰 델리게이트에서 편집 버튼 눌렸을 때 호출되는 메서드", naming.KindFunction, "didTapEdit"}, // was didPressEditButton, below the short names since session 15 (shortBeforeLong)
		{"JavaScript", "검색 입력에 디바운스 적용한 핸들러", naming.KindFunction, "debouncedSearchHandler"},
		{"TypeScript", "스크롤 이벤트에 스로틀 건 핸들러 함수", naming.KindFunction, "throttledScrollHandler"},
		{"JavaScript", "버튼 클릭하면 실행할 함수", naming.KindFunction, "onButtonClicked"},
		{"JavaScript", "function to run on button click", naming.KindFunction, "handleButtonClick"},
		{"Java", "장바구니에 상품이 추가되었을 때 발생하는 이벤트 리스너", naming.KindFunction, "onProductAdded"},
		{"Swift", "이미지 로딩이 끝나면 호출할 클로저", naming.KindFunction, "onImageLoadCompleted"},
		// types: the head before the kind word, no padding, role nouns
		{"Java", "주문 정보를 담는 클래스", naming.KindClass, "Order"},
		{"TypeScript", "게시글 카테고리 종류를 나타내는 enum", naming.KindClass, "PostCategoryType"},
		{"C#", "결제 처리 서비스 인터페이스", naming.KindClass, "IPaymentService"},
		{"Kotlin", "상품 목록 화면 상태를 나타내는 sealed class", naming.KindClass, "ProductListScreenState"},
		{"Swift", "파일 업로드 에러 종류 enum", naming.KindClass, "FileUploadError"},
		{"Java", "게시글 DB 조회하는 레포지토리 인터페이스", naming.KindClass, "PostRepository"},
		{"Go", "알림을 보내는 구조체", naming.KindClass, "NotificationSender"},
		{"Rust", "배송 상태 enum (준비중, 배송중, 완료)", naming.KindClass, "DeliveryStatus"},
		{"Swift", "채팅방 셀에서 나가기 버튼 눌렸을 때 알려주는 델리게이트 프로토콜", naming.KindClass, "ChatRoomCellDelegate"},
		{"Kotlin", "data class for a blog comment (author, body, createdAt)", naming.KindClass, "BlogComment"},
		{"Java", "enum for the roles of a team member", naming.KindClass, "TeamMemberRole"},
		{"Rust", "error enum for everything that can go wrong while sending an email", naming.KindClass, "EmailError"},
		{"Python", "class that parses log lines", naming.KindClass, "LogLineParser"},
		{"Go", "struct for a single product review", naming.KindClass, "ProductReview"},
		{"Swift", "enum for the kinds of a notification", naming.KindClass, "NotificationKind"}, // the question's own word since the nineteenth session
		{"PHP", "trait that adds publish behaviour to posts", naming.KindClass, "Publishable"},
		{"Rust", "여러 결제 게이트웨이를 추상화하는 트레이트 이름", naming.KindClass, "PaymentGateway"},
		{"Swift", "protocol for objects that can be cached", naming.KindClass, "Cacheable"},
		{"Rust", "trait for anything that can be rendered to the screen", naming.KindClass, "Renderable"},
		{"Kotlin", "interface for items that can be selected", naming.KindClass, "Selectable"},
		{"Kotlin", "API 응답을 화면 상태로 바꾸는 매퍼 클래스", naming.KindClass, "ApiResponseMapper"},
		{"Go", "캐시 인터페이스 이름", naming.KindClass, "Cache"},
		{"Ruby", "service object that charges a credit card", naming.KindClass, "CreditCardService"},
		// exceptions: named for their condition
		{"Java", "exception thrown when a product is out of stock", naming.KindClass, "OutOfStockException"},
		{"Python", "exception raised when the payment fails", naming.KindClass, "PaymentFailedError"},
		{"C#", "재고가 부족할 때 던지는 예외 클래스", naming.KindClass, "InsufficientStockException"},
		{"Kotlin", "토큰이 만료됐을 때 던지는 예외", naming.KindClass, "TokenExpiredException"},
		{"Swift", "static formatter that shows dates", naming.KindVariable, "dateFormatter"},
		{"Java", "variable for the parser that reads config files", naming.KindVariable, "configFileParser"},
		// conversions: direction and types pick the verb
		{"TypeScript", "타임스탬프를 문자열로 바꾸는 함수", naming.KindFunction, "formatTimestamp"},
		{"Go", "설정 구조체를 YAML 문자열로 바꾸는 함수", naming.KindFunction, "configToYaml"},
		{"Rust", "function that builds an Order from a CSV line", naming.KindFunction, "order_from_csv_line"},
		{"Kotlin", "문자열을 LocalDate로 파싱하는 확장 함수", naming.KindFunction, "parseLocalDate"},
		{"Java", "주문 엔티티를 응답 DTO로 변환하는 정적 팩토리 메서드", naming.KindFunction, "from"},
		{"Swift", "Data를 JSON 디코딩해서 Product 모델로 만드는 함수", naming.KindFunction, "decodeProduct"},
		{"Python", "function that turns a duration in seconds into a readable string", naming.KindFunction, "format_duration"},
		{"JavaScript", "킬로그램을 파운드로 바꾸는 함수", naming.KindFunction, "kgToLbs"},
		{"Ruby", "method that converts a hash into a JSON string", naming.KindFunction, "hash_to_json"},
		{"Python", "UTC 타임스탬프를 로컬 시간으로 변환하는 함수", naming.KindFunction, "to_local_time"},
		{"C", "function that converts a temperature from celsius to fahrenheit", naming.KindFunction, "celsius_to_fahrenheit"},
		{"Go", "JSON 바이트를 Config 구조체로 디코딩하는 함수", naming.KindFunction, "decodeConfig"},
		{"JavaScript", "밀리초를 '00:00' 형식 문자열로 바꾸는 함수", naming.KindFunction, "formatDuration"}, // (formatDuration since the thirty-seventh session: r9's and r31's reviewers write it for milliseconds shown as 3:45)
		// datetime: period boundaries
		{"Python", "지난달 마지막 날 구하는 함수", naming.KindFunction, "last_day_of_previous_month"},
		{"TypeScript", "function that returns the start of the next week", naming.KindFunction, "startOfNextWeek"},
		{"Go", "이번 달 말일 구하는 함수", naming.KindFunction, "endOfMonth"},
		{"Java", "올해 첫날 구하는 메서드", naming.KindFunction, "firstDayOfYear"},
		{"JavaScript", "오늘 자정 시각 구하는 함수", naming.KindFunction, "startOfDay"},
		{"Ruby", "이번 달 1일 구하는 메서드", naming.KindFunction, "beginning_of_month"},
		// datetime: wh-nominals and constant idioms
		{"Python", "constant for how long a session lasts, in minutes", naming.KindConstant, "SESSION_DURATION_MINUTES"},
		{"Go", "constant for how often the cache is refreshed", naming.KindConstant, "cacheRefreshInterval"},
		{"Kotlin", "variable holding when the next reminder will fire", naming.KindVariable, "nextReminderTime"},
		{"C", "macro for the polling interval in milliseconds", naming.KindConstant, "POLL_INTERVAL_MS"}, // POLLING_INTERVAL_MS until the 35th session: the read sets accept poll interval 14 times, polling interval once
		{"C#", "세션 타임아웃 static readonly TimeSpan 필드", naming.KindConstant, "SessionTimeout"},
		// datetime: time left until something
		{"Python", "function returning the number of hours until the flight departs", naming.KindFunction, "hours_until_departure"},
		{"Kotlin", "마감일까지 남은 시간 변수", naming.KindVariable, "timeUntilDeadline"},
		{"Go", "function that returns how many days are left until the trial expires", naming.KindFunction, "daysUntilExpiry"},
		{"Java", "배송 도착까지 남은 일수 구하는 메서드", naming.KindFunction, "daysUntilArrival"},
		{"TypeScript", "서버 시각을 사용자 시간대로 변환하는 함수", naming.KindFunction, "toUserTimeZone"},
		{"Python", "function that returns the timestamp of the start of today", naming.KindFunction, "start_of_day"},
		{"Go", "function that converts a time.Duration into milliseconds", naming.KindFunction, "toMs"},
		{"C", "서버 시작 후 경과 시간(초) 구하는 함수", naming.KindFunction, "elapsed_seconds"},
		{"Python", "요청 처리 시간을 밀리초로 측정하는 함수", naming.KindFunction, "request_process_time_ms"},
		{"Python", "두 날짜 사이의 평일 수를 계산하는 함수", naming.KindFunction, "count_business_days"},
		// datetime: showing a time is formatting it
		{"JavaScript", "게시글 작성 시각을 상대 시간으로 보여주는 함수", naming.KindFunction, "formatRelativeTime"},
		{"TypeScript", "남은 시간을 보여주는 함수", naming.KindFunction, "formatRemainingTime"},
		{"Kotlin", "두 날짜 사이 경과 시간을 '2일 3시간' 형식으로 만드는 함수", naming.KindFunction, "formatElapsedTime"},
		{"Swift", "알림 목록에 상대 시간 표시하는 함수", naming.KindFunction, "formatRelativeTime"},
	}
	checkTopThree(t, tests)
}
