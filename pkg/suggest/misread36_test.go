package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings36: readings of the thirty-sixth session, from groups of
// questions that recur across the read sets (r1–r42: the same question
// written by different helpers), each tried here with other words than
// the questions that showed it; each row of the first list fails at
// 6c6aedf (the session's start; checked in a worktree there), the second
// list holds controls.
func TestMisreadings36(t *testing.T) {
	checkTopThree(t, []topThree{
		// the day X has to be back is its due date (idioms/recurring.tsv;
		// were back, borrowDate)
		{"Java", "field for the day a rented camera has to be back", naming.KindVariable, "dueDate"},
		{"Go", "method returning when the borrowed laptop is due back", naming.KindFunction, "dueDate"},
		// requests in flight, jobs being processed (were activeJobs,
		// busyWorkers: the workers, not the jobs)
		{"Go", "썸네일 워커에서 지금 처리중인 작업 수 atomic 변수", naming.KindVariable, "activeJobCount"},
		// a token's lifetime in ms (were LIFETIME_MS, TTL_MS)
		{"Java", "JWT 액세스 토큰 유효시간 밀리초 상수", naming.KindConstant, "ACCESS_TOKEN_EXPIRATION_MS"},
		// iOS: the app going to the background (was onAppBackground)
		{"Swift", "앱이 백그라운드로 갈 때 타이머 멈추는 메서드", naming.KindFunction, "appDidEnterBackground"},
		// bytes sent, downloaded (were sent_byte_count, bytes)
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
		{"JavaScript", "MQTT 연결 끊기면 재연결 최대 몇 번까지 할지 상수", naming.KindConstant, "MAX_RECONNECT_ATTEMPTS"},
		// Unity: a coin picked up (was OnCoinPickup)
		{"C#", "유니티 플레이어가 동전 먹었을 때 호출되는 메서드", naming.KindFunction, "OnCoinCollected"},
		// second pass (r29–r36): a telegram bot's /start handler (was
		// handle_start_command), jobs waiting in a queue (was
		// waitTaskCount), a qsort comparator named for the score alone
		// (sortfilter2.go criterionOwners; was by_student_score_desc), a
		// token's localStorage key (was TOKEN_KEY_STRING), enemies alive (was
		// enemies_remaining), ERROR lines counted (was error_level_count),
		// failed items (was settlementBatchCount), a field that goes into a
		// struct (koRegexRewrites; was expiresAtToEnter), 소멸되다 is expire
		// (was RewardPointAt), "stops being valid" expires and "stored on
		// the X entity" is said in passing (englishRewrites; were
		// isInsuranceQuoteValid, failedLoginAttemptAccountEntityCount), a
		// discord member joining, big-endian bytes to a u32, the add-to-cart
		// button's callback
		{"Python", "텔레그램 봇에서 /start 명령 들어오면 처리하는 함수", naming.KindFunction, "handle_start"},
		{"C#", "인쇄 큐에 쌓여있는 작업 개수 프로퍼티", naming.KindVariable, "PendingCount"},
		{"C", "qsort 비교함수 - 선수 점수 내림차순", naming.KindFunction, "cmp_score_desc"},
		{"C++", "현재 스테이지에 살아있는 적 몇 마리인지 담는 변수", naming.KindVariable, "alive_enemy_count"},
		{"Python", "로그에서 ERROR 레벨 줄 몇 개인지 담는 변수", naming.KindVariable, "error_count"},
		{"Java", "야간 배치 돌리고 실패한 건수 변수", naming.KindVariable, "failedCount"},
		{"Go", "세션 구조체에 들어갈 만료 시각 필드", naming.KindVariable, "expiresAt"},
		{"C#", "쿠폰이 소멸되는 시각 프로퍼티", naming.KindVariable, "ExpiresAt"},
		{"Swift", "Date property for when a coupon stops being valid", naming.KindVariable, "expiresAt"},
		{"Python", "디스코드 봇에서 새 멤버가 서버 들어오면 실행되는 함수", naming.KindFunction, "on_member_join"},
		{"Kotlin", "컴포즈 상품 카드의 장바구니 담기 버튼 클릭 콜백 파라미터", naming.KindFunction, "onAddToCartClick"},
		// third pass: a pickup time, recent sensor readings, most urgent
		// first, time left until a close, an entity to its response DTO,
		// command arguments, allowed MIME types, a texture loaded on a
		// worker, a free-cancellation deadline, connected websocket
		// clients, a post's create handler, UIKit's keyboardWillShow, all
		// vaccinations, several stations fetched at once, open slots, "how
		// much time X has left" (englishRewrites; was MemberLeftAt)
		{"C", "센서값 최근 20개 담아두는 배열 이름", naming.KindVariable, "recent_readings"},
		{"Go", "응급실 환자 목록 긴급도 높은 순으로 정렬하는 함수", naming.KindFunction, "sortByPriority"},
		{"Rust", "쿠폰 마감까지 남은 시간 구하는 함수", naming.KindFunction, "time_remaining"},
		{"TypeScript", "list of allowed MIME types for the resume upload", naming.KindVariable, "allowedMimeTypes"},
		{"Kotlin", "스터디룸 예약 취소 가능한 마감 시각 변수", naming.KindVariable, "cancellationDeadline"},
		{"Go", "현재 연결된 웹소켓 클라이언트 수 변수", naming.KindVariable, "connectionCount"},
		{"Rust", "게시글 작성 POST 핸들러 함수", naming.KindFunction, "create_post"},
		{"Python", "반려견이 필수 예방접종 모두 완료했는지 여부 변수", naming.KindVariable, "is_fully_vaccinated"},
		{"Python", "여러 관측소 데이터 동시에 가져오는 코루틴", naming.KindFunction, "fetch_all_stations"},
		{"TypeScript", "미용실 예약 가능한 시간 슬롯 불러오는 async 함수", naming.KindFunction, "fetchAvailableSlots"},
		{"C#", "property for how much time a subscriber has left on their plan", naming.KindVariable, "RemainingTime"},
		// fourth pass: recent search terms (were terms of service), a
		// thing shown on or beside a place (englishRewrites,
		// koRegexRewrites; were shownUnread…, headerIcon), a profile image
		// fetched (was plural), a feed (mass: was fetch_rss_feed_feeds), hex
		// text to bytes (was to_hex), a price string to a number (was
		// format_won), errors per field, RecordNotFound rescued, a player
		// sent back to a checkpoint (was on_player_died)
		{"Swift", "array of recent search terms shown under the search field", naming.KindVariable, "recentSearches"},
		{"Kotlin", "property for the number of unread messages shown on the tab badge", naming.KindVariable, "unreadCount"},
		{"TypeScript", "프로필 옆에 띄울 안 읽은 메시지 개수 변수", naming.KindVariable, "unreadMessageCount"},
		{"Kotlin", "프로필 사진 서버에서 받아오는 suspend 함수", naming.KindFunction, "fetchProfileImage"},
		{"Rust", "RSS 피드 받아오는 async fn", naming.KindFunction, "fetch_rss_feed"},
		{"C", "hex string -> byte buffer", naming.KindFunction, "hex_to_bytes"},
		{"Ruby", "rescue_from ActiveRecord::RecordNotFound handler method", naming.KindFunction, "render_not_found"},
		{"C#", "플레이어가 떨어지면 체크포인트로 되돌리는 메서드", naming.KindFunction, "RespawnPlayer"},
		// fifth pass: money and its currency (was CurrencyAdder: plus read
		// as add), a book available to borrow, BCD to a number, a class's
		// capacity, a config struct, a consumer loop, the welcome email
		// queued, soft-deleted rows left out, time until expiry, seats left
		// fetched, free parking minutes, a row into an object, POST /login
		// handles the login (restate.go routeActions; was create_login), a
		// style note after 인데 (koRegexRewrites; was shouldReceiveReview)
		{"Kotlin", "value class for an amount of money plus currency", naming.KindClass, "Money"},
		{"Ruby", "이 책 지금 대출할 수 있는지 확인하는 메서드", naming.KindFunction, "available?"},
		{"C", "DS3231에서 읽은 BCD 값을 십진수로 바꾸는 함수", naming.KindFunction, "bcd_to_dec"},
		{"Python", "유치원 반 하나당 최대 정원 상수", naming.KindConstant, "MAX_CLASS_SIZE"},
		{"Rust", "toml 설정 파일 읽어서 담을 구조체 이름", naming.KindClass, "Config"},
		{"Go", "채널에서 메시지 계속 꺼내서 처리하는 고루틴 함수", naming.KindFunction, "consumeMessages"},
		{"Ruby", "회원가입 환영 메일 큐에 넣어서 나중에 보내는 메서드", naming.KindFunction, "queue_welcome_email"},
		{"TypeScript", "filter soft-deleted rows out of the list before rendering", naming.KindFunction, "excludeDeleted"},
		{"Swift", "Duration left until the session expires", naming.KindFunction, "timeUntilExpiry"},
		{"Kotlin", "콘서트 잔여 좌석 불러오는 suspend 함수", naming.KindFunction, "fetchAvailableSeats"},
		{"PHP", "CSV 한 행을 Order 객체로 바꾸는 정적 메서드", naming.KindFunction, "fromRow"},
		{"Rust", "axum에서 POST /logout 라우트 핸들러 함수", naming.KindFunction, "handle_logout"},
		{"Go", "쿠폰 만료까지 남은 시간 리턴하는 메서드인데 Get 붙이지 말래요", naming.KindFunction, "timeUntilExpiry"},
		// sixth pass: a child's 등원 time, a car's entry time, an expiry
		// date computed, a won amount like 1,234원 형태, the Stripe
		// payment_succeeded webhook, an OrderShipped listener, items per
		// page, an infinite scroll's page size, a UIColor from hex, a log
		// timestamp parsed, a list with its cap in brackets (koRegexRewrites,
		// englishRewrites; were maxRecentSearches), seats still free, the
		// start of today and of a day
		{"Kotlin", "유치원 앱 아이 등원한 시각 필드", naming.KindVariable, "checkedInAt"},
		{"Go", "주차 정산, 차 들어온 시각 변수", naming.KindVariable, "enteredAt"},
		{"Java", "회원권 만료일 = 가입일로부터 1년 후 계산하는 메서드", naming.KindFunction, "calculateExpiryDate"},
		{"Ruby", "스트라이프 웹훅 결제 성공 이벤트 처리하는 메서드", naming.KindFunction, "handle_payment_succeeded"},
		{"PHP", "OrderShipped 이벤트 받아서 고객한테 알림 메일 보내는 리스너 클래스", naming.KindClass, "SendShipmentNotification"},
		{"Java", "한 페이지당 상품 30개 상수", naming.KindConstant, "PRODUCTS_PER_PAGE"},
		{"TypeScript", "무한 스크롤에서 한 번에 불러오는 게시글 수 상수", naming.KindConstant, "PAGE_SIZE"},
		{"Swift", "hex 문자열을 UIColor로 바꾸는 이니셜라이저 함수", naming.KindFunction, "colorFromHex"},
		{"Rust", "로그 파일 타임스탬프 파싱해서 DateTime 돌려주는 함수", naming.KindFunction, "parse_timestamp"},
		{"Kotlin", "최근 본 상품 리스트 (최대 20개 보관)", naming.KindVariable, "recentlyViewedProducts"},
		{"Kotlin", "list of the user's recent search terms (max 20)", naming.KindVariable, "recentSearches"},
		{"C#", "property for how many seats are still free in the lecture hall", naming.KindVariable, "RemainingSeats"},
		{"Swift", "오늘 자정 시각 구하는 변수", naming.KindVariable, "startOfToday"},
		{"TypeScript", "returns midnight at the start of the given day", naming.KindFunction, "startOfDay"},
		// seventh pass: available to rent or book, dark mode in use, the
		// new-checkout flag, a fetch that retries, snake_case keys to
		// camelCase, an order cancelled and restocked, one connection
		// handled (was process_connection), a QR scanned, a validation
		// exception handler, a thumbnail made, the temp folder cleared, an
		// async read started, the best sellers
		{"Kotlin", "킥보드 대여 가능 여부 프로퍼티", naming.KindVariable, "isAvailable"},
		{"TypeScript", "다크모드 쓰는지 여부 변수", naming.KindVariable, "isDarkMode"},
		{"Kotlin", "is the feature flag for the new checkout turned on", naming.KindFunction, "isNewCheckoutEnabled"},
		{"TypeScript", "snake_case 키 객체를 camelCase 키로 바꾸는 함수", naming.KindFunction, "camelizeKeys"},
		{"Java", "주문 취소하면서 재고도 되돌리는 메서드", naming.KindFunction, "cancelOrder"},
		{"Rust", "tokio로 TCP 연결 하나 받아서 처리하는 async fn", naming.KindFunction, "handle_connection"},
		{"Kotlin", "놀이공원 입장 키오스크에서 QR 찍혔을 때 불리는 콜백", naming.KindFunction, "onQrScanned"},
		{"Go", "프로그램 끝날때 임시 폴더 비우는 함수", naming.KindFunction, "clearTempDir"},
		{"Python", "top 3 best-selling items — func name", naming.KindFunction, "top_selling_products"},
		// eighth pass: a drug that needs a prescription, a lane's capacity,
		// the last button press, assets loaded on a worker, a login
		// screen's UI state, items below safety stock, an order marked
		// shipped, the next checkup, nights between check-in and
		// check-out, a notifier interface, vowels counted, an onboarding
		// key, a parking session, a reset link's lifetime, a physics rate in
		// Hz, a playback delegate, an export polled, several sensors read
		// at once, one sensor polled
		{"Kotlin", "약국 앱 - 처방전 있어야 살 수 있는 약인지 판별하는 함수", naming.KindFunction, "requiresPrescription"},
		{"Java", "수영장 레인 하나당 최대 인원 상수", naming.KindConstant, "MAX_SWIMMERS_PER_LANE"},
		{"C", "embedded: tick of the last button press for debouncing", naming.KindVariable, "last_press_ms"},
		{"C++", "std::async로 레벨 에셋 백그라운드에서 로딩하는 함수", naming.KindFunction, "load_assets_async"},
		{"Kotlin", "로그인 화면 로딩/성공/실패 상태 sealed class", naming.KindClass, "LoginUiState"},
		{"Java", "안전재고 아래로 떨어진 상품 수 변수", naming.KindVariable, "lowStockCount"},
		{"PHP", "주문 상태를 배송중으로 바꾸는 메서드", naming.KindFunction, "markAsShipped"},
		{"TypeScript", "펜션 체크인 체크아웃 날짜로 몇 박인지 계산하는 함수", naming.KindFunction, "nightsBetween"},
		{"TypeScript", "interface for anything that can deliver a notification", naming.KindClass, "Notifier"},
		{"Python", "문자열에서 모음 몇 개인지 세는 함수", naming.KindFunction, "count_vowels"},
		{"Swift", "UserDefaults key for whether onboarding is done", naming.KindConstant, "onboardingCompletedKey"},
		{"Go", "주차장 입출차 기록 한 건 구조체", naming.KindClass, "ParkingSession"},
		{"Python", "비밀번호 재설정 링크 유효기간 timedelta 상수", naming.KindConstant, "PASSWORD_RESET_EXPIRY"},
		{"C++", "Google style: constant for the physics tick rate in Hz", naming.KindConstant, "PHYSICS_TICK_RATE_HZ"},
		{"Swift", "오디오 재생 상태 바뀔 때 알려주는 델리게이트 프로토콜", naming.KindClass, "PlaybackDelegate"},
		{"TypeScript", "async fn that keeps polling the export job until it is done", naming.KindFunction, "pollExportStatus"},
		{"Rust", "여러 센서 값 동시에 읽어오는 async fn", naming.KindFunction, "read_all_sensors"},
		// ninth pass: a streak, duplicate emails removed, selected tags,
		// soonest expiry first, an a poller started,
		// the 배송중 status constant, tank temperatures, an avatar uploaded, a
		// username buffer's size, a default config written, the barrier
		// raised
		{"Swift", "습관 앱에서 연속으로 체크한 날 수 변수", naming.KindVariable, "streak"},
		{"Go", "회원 이메일 슬라이스에서 중복 제거하는 함수", naming.KindFunction, "removeDuplicateEmails"},
		{"Go", "쿠폰 목록을 만료일 빠른순으로 정렬하는 함수", naming.KindFunction, "sortByExpiry"},
		{"Go", "func that launches a goroutine polling the queue in the background", naming.KindFunction, "startPolling"},
		{"PHP", "주문 상태 '배송중' 상수", naming.KindConstant, "STATUS_SHIPPING"},
		{"C", "발효탱크별 온도 기록하는 배열", naming.KindVariable, "tank_temps"},
		{"C", "buffer size for a username including the null terminator", naming.KindConstant, "USERNAME_BUF_SIZE"},
		{"Rust", "설정 파일 없으면 기본값으로 새로 만드는 함수", naming.KindFunction, "create_default_config"},
		{"C", "주차장 차단기 올리는 함수", naming.KindFunction, "raise_barrier"},
		// tenth pass: a cache wiped, expired sessions purged, an account
		// closed, the time since the last frame, a config error enum,
		// exchange rates fetched, cents shown as dollars, a card's corner
		// radius, days remaining, a SIGTERM handler, an API result type
		{"Go", "CLI subcommand that wipes the cache folder", naming.KindFunction, "clearCache"},
		{"Rust", "time elapsed since the last frame, variable", naming.KindVariable, "delta_time"},
		{"Rust", "설정 파일 읽다가 나는 에러 모은 enum", naming.KindClass, "ConfigError"},
		{"Kotlin", "환율 정보 받아오는 suspend 함수", naming.KindFunction, "fetchExchangeRates"},
		{"Python", "센트 단위 금액을 '$5.00' 같은 달러 문자열로 바꾸는 함수", naming.KindFunction, "format_cents"},
		{"Kotlin", "카드 모서리 둥글게 하는 값 16dp 상수", naming.KindConstant, "CARD_CORNER_RADIUS"},
		{"Rust", "구독 남은 일수 계산하는 fn", naming.KindFunction, "days_remaining"},
		{"Kotlin", "sealed class로 API 결과 (로딩/성공/에러) 상태 표현", naming.KindClass, "ApiResult"},
		// eleventh pass: an ADC reading to Celsius, books on loan, bytes in
		// a UART buffer, a hotel's check-out time, clients by room,
		// spending by category, logs grouped by severity, admin emails, a
		// discount code applied, attendees counted
		{"Java", "도서관 앱에서 지금 대출 중인 책들 리스트", naming.KindVariable, "borrowedBooks"},
		{"C", "UART 링버퍼에 지금 남은 바이트 수", naming.KindVariable, "bytes_available"},
		{"Kotlin", "펜션 체크아웃 시간 오전 11시 상수", naming.KindConstant, "CHECK_OUT_TIME"},
		{"Go", "채팅 서버에서 방별 접속 클라이언트 맵", naming.KindVariable, "clientsByRoom"},
		{"Swift", "가계부 카테고리별 지출 딕셔너리", naming.KindVariable, "spendingByCategory"},
		{"Rust", "method on Order that applies a promo code", naming.KindFunction, "apply_coupon"},
		{"Ruby", "이번 모임 참석 인원수 리턴하는 메서드", naming.KindFunction, "attendee_count"},
		// twelfth pass: a hidden file, on Wi-Fi, a retryable error,
		// biometrics available, a low battery, a phone number to E.164, a
		// Qt download-finished slot, a size string to bytes, an object into
		// a query string, a trial ended, SMS sent in bulk, a texture cache
		{"Go", "경로가 숨김 파일(.으로 시작)인지 확인하는 함수", naming.KindFunction, "isHidden"},
		{"Python", "외부 API 에러가 재시도해볼 만한 에러인지 판별하는 함수", naming.KindFunction, "is_retryable"},
		{"Kotlin", "whether fingerprint unlock can be used on this phone", naming.KindVariable, "isBiometricAvailable"},
		{"C", "배터리 전압이 기준치 아래로 떨어졌는지 리턴하는 함수", naming.KindFunction, "is_battery_low"},
		{"Python", "010-1234-5678 전화번호를 +821012345678 (E.164)로 바꾸는 함수", naming.KindFunction, "to_e164"},
		{"C++", "Qt에서 파일 다운로드 끝났을 때 연결할 슬롯", naming.KindFunction, "on_download_finished"},
		{"TypeScript", "turn the filter object into a query string", naming.KindFunction, "toQueryString"},
		{"C#", "회원들한테 공지 문자 일괄 발송하는 메서드", naming.KindFunction, "SendBulkSms"},
		{"C++", "로드한 텍스처를 경로별로 캐싱해두는 클래스", naming.KindClass, "TextureCache"},
	})
	// Controls: probes the session's lines were written near that already
	// had an accepted name among the first three at 6c6aedf; they pass
	// there too and stay so the new lines and rewrites do not break them.
	checkTopThree(t, []topThree{
		{"Go", "gauge of in-flight requests in the API gateway", naming.KindVariable, "inFlightRequests"},
		{"Rust", "counter of bytes sent to the printer", naming.KindVariable, "bytes_sent"},
		{"Python", "외부 API 요청 재시도 최대 횟수 상수", naming.KindConstant, "MAX_RETRIES"},
		{"JavaScript", "세션스토리지에 액세스 토큰 저장할 때 쓰는 키 상수", naming.KindConstant, "ACCESS_TOKEN_KEY"},
		{"Java", "count of failed logins stored on the user entity", naming.KindVariable, "failedLoginCount"},
		{"C", "빅엔디안 4바이트를 uint32_t로 읽는 함수", naming.KindFunction, "read_be32"},
		{"Kotlin", "어린이집 하원 픽업 시각 변수", naming.KindVariable, "pickupTime"},
		{"Java", "Order 엔티티를 응답 DTO로 바꾸는 메서드", naming.KindFunction, "toResponse"},
		{"C", "미니쉘 과제 명령어 인자들 배열", naming.KindVariable, "args"},
		{"C++", "std::async로 텍스처 로딩하고 future 돌려주는 함수", naming.KindFunction, "load_texture_async"},
		{"Swift", "키보드 올라올 때 호출되는 @objc 메서드", naming.KindFunction, "keyboardWillShow"},
		{"Python", "'3,500원' 같은 가격 문자열을 정수로 바꾸는 함수", naming.KindFunction, "parse_price"},
		{"TypeScript", "결제 폼에서 필드별 에러메시지 담아두는 객체 변수명", naming.KindVariable, "fieldErrors"},
		{"Java", "주차 무료 시간 20분 상수", naming.KindConstant, "FREE_PARKING_MINUTES"},
		{"Kotlin", "금액 Long을 5,000원 형태 문자열로 만드는 함수", naming.KindFunction, "formatWon"},
		{"Java", "다음 정기검진 날짜 계산하는 메서드", naming.KindFunction, "nextCheckupDate"},
		{"Rust", "tokio로 온도 센서 주기적으로 폴링하는 async fn", naming.KindFunction, "poll_sensor"},
		{"TypeScript", "검색 필터에서 선택된 태그들 state", naming.KindVariable, "selectedTags"},
		{"Kotlin", "suspend fun that uploads the user's avatar", naming.KindFunction, "uploadAvatar"},
		{"Ruby", "method that purges expired sessions from redis", naming.KindFunction, "purge_expired_sessions"},
		{"Kotlin", "회원 탈퇴 처리하는 서비스 메서드", naming.KindFunction, "deleteAccount"},
		{"Go", "SIGTERM 받으면 호출되는 핸들러 함수", naming.KindFunction, "handleSigterm"},
		{"C", "온도센서 ADC 원시값을 섭씨로 바꾸는 함수", naming.KindFunction, "adc_to_celsius"},
		{"Go", "로그를 심각도별로 분류하는 함수", naming.KindFunction, "groupBySeverity"},
		{"PHP", "관리자 이메일들 배열 변수", naming.KindVariable, "$adminEmails"},
		{"Swift", "지금 와이파이 연결돼 있는지 여부 변수", naming.KindVariable, "isWifiConnected"},
		{"Go", "'2.5MB' 같은 용량 문자열을 바이트 수로 파싱하는 함수", naming.KindFunction, "parseSize"},
		{"Ruby", "method on Account: has the free trial ended?", naming.KindFunction, "trial_ended?"},
	})
}
