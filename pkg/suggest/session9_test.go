package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the ninth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestComparatorAsked: a comparator asked for is named for its criterion
// and direction, and as a function it compares; the sort it serves is not
// its name (was sort_by_priority, and only variables for 비교 함수).
func TestComparatorAsked(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "qsort comparator that orders processes by priority, highest first", naming.KindFunction, "compare_by_priority_desc"},
		{"C", "qsort comparison function that orders students by grade, highest first", naming.KindFunction, "cmp_grade_desc"},
		{"C", "qsort에 넘길 비교 함수, 점수 내림차순", naming.KindFunction, "compare_by_score_desc"},
		{"Rust", "파일을 크기순으로 비교하는 비교 함수", naming.KindFunction, "compare_by_size"},
		{"Java", "주문 목록을 최신순으로 정렬하는 Comparator 변수", naming.KindVariable, "byNewest"},
		// ints compare as values: the phrasebook's name stays
		{"C", "qsort에 넘길 비교 함수, 정수 오름차순", naming.KindFunction, "compare_ints"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "qsort comparator that orders processes by priority, highest first", naming.KindFunction, "sort_by_priority"},
		{"C", "qsort에 넘길 비교 함수, 점수 내림차순", naming.KindFunction, "cmp_comparator_score_desc"},
	})
}

// TestLevelNoun: things low or high on an attribute keep the attribute
// (lowStockProducts; was FilterProducts, filterInsufficientDevices,
// FilterBelowStockProducts).
func TestLevelNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "재고가 적은 상품만 가져오는 메서드", naming.KindFunction, "FilterLowStockProducts"},
		{"C#", "재고가 10개 미만인 상품만 조회하는 메서드", naming.KindFunction, "FilterLowStockProducts"},
		{"Go", "배터리가 부족한 기기만 골라내는 함수", naming.KindFunction, "filterLowBatteryDevices"},
		{"Go", "배터리 15% 미만인 기기 목록", naming.KindVariable, "lowBatteryDevices"},
		{"Ruby", "평점이 높은 영화만 골라내는 메서드", naming.KindFunction, "filter_high_rated_movies"},
		{"Kotlin", "평점 4점 이상인 식당만 필터링하는 함수", naming.KindFunction, "filterHighRatedRestaurants"},
		{"C", "점수가 기준 이하인 플레이어를 걸러내는 함수", naming.KindFunction, "filter_low_scoring_players"},
		// an age, a price or a score past a number stays a threshold
		{"Python", "점수가 70점 이상인 지원자 목록", naming.KindVariable, "applicants_above_score_threshold"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "재고가 적은 상품만 가져오는 메서드", naming.KindFunction, "FilterLowProducts"},
	})
}

// TestCheckIfAsks: if after a check is whether: "checks if a user can edit
// a comment" asks a yes/no question (was editComment, accessAdminPage).
func TestCheckIfAsks(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "function that checks if a member can delete a given post", naming.KindFunction, "canDeletePost"},
		{"Java", "method to check if the current user can access the billing page", naming.KindFunction, "canAccessBillingPage"},
		{"Java", "method to check whether the current user can access the billing page", naming.KindFunction, "canAccessBillingPage"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "method to check if the current user can access the billing page", naming.KindFunction, "isBillingPageAccessable"},
	})
}

// TestEventHandlers: handling a click event is its handler; a callback
// "invoked when" an operation completes is named for the operation; a
// phrasebook name that would say its own word twice is left out.
func TestEventHandlers(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "회원가입 버튼 클릭 이벤트를 처리하는 함수", naming.KindFunction, "onSignUpButtonClicked"},
		{"C", "callback invoked when a non-blocking socket read completes", naming.KindFunction, "on_socket_read_completed"},
		{"C", "callback invoked when the file write finishes", naming.KindFunction, "on_write_finished"},
		{"C", "비동기 DNS 조회가 끝났을 때 호출되는 콜백", naming.KindFunction, "on_dns_completed"},
		// the work itself: the phrasebook's onComplete
		{"JavaScript", "비동기 작업이 끝났을 때 호출되는 콜백", naming.KindFunction, "onComplete"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "폼 제출 버튼 클릭 이벤트 핸들러", naming.KindFunction, "HandleFormSubmitButtonClickEventSubmit"},
		{"C#", "폼 제출 버튼 클릭 이벤트 핸들러", naming.KindFunction, "HandleFormSubmitButtonSubmit"},
		{"Kotlin", "회원가입 버튼 클릭 이벤트를 처리하는 함수", naming.KindFunction, "processClickEvent"},
		{"C", "callback invoked when a non-blocking socket read completes", naming.KindFunction, "on_complete_read"},
	})
}

// TestSession9Readings: results awaited after a request, a count of users
// online, objects held in a vector, "returns when", things in a place, a
// unit asked with a phrasebook span, an excluded batch, joined states.
func TestSession9Readings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "주문 요청을 보내고 결과를 기다리는 비동기 함수", naming.KindFunction, "sendOrderRequest"},
		{"Go", "현재 접속 중인 회원 수를 담는 변수", naming.KindVariable, "onlineMemberCount"},
		{"C++", "화면에 보이는 적 객체들을 담는 벡터", naming.KindVariable, "enemies"},
		{"Rust", "게임 맵에 적 유닛을 생성하는 함수", naming.KindFunction, "spawn_enemy_unit"},
		{"Java", "쿠폰 객체들을 담는 리스트", naming.KindVariable, "coupons"},
		{"C#", "property that returns when the invoice was paid", naming.KindVariable, "InvoicePaidAt"},
		{"Java", "a list of songs currently in the user's playlist", naming.KindVariable, "playlistSongs"},
		{"Go", "books in the library", naming.KindVariable, "libraryBooks"},
		{"Java", "세션 유지 시간(분)을 나타내는 상수", naming.KindConstant, "SESSION_TTL_MINUTES"},
		{"Java", "재고가 없는 상품을 제외하는 메서드", naming.KindFunction, "excludeOutOfStockProducts"},
		{"Kotlin", "function that checks if the tablet is connected to Wi-Fi", naming.KindFunction, "isConnectedToWifi"},
		{"Kotlin", "스피커가 와이파이에 연결되어 있는지 확인하는 함수", naming.KindFunction, "isWifiConnected"},
		{"Java", "whether the member is subscribed to the newsletter", naming.KindVariable, "isSubscribedToNewsletter"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "현재 접속 중인 회원 수를 담는 변수", naming.KindVariable, "currentUser"},
		{"Java", "a list of songs currently in the user's playlist", naming.KindVariable, "isSongInProgress"},
		{"Python", "timeouts in seconds", naming.KindVariable, "seconds_timeouts"},
		{"Go", "세션 유지 시간(분)을 나타내는 상수", naming.KindConstant, "sessionTTLMinutes"},
	})
}

// TestSwiftTap: a Swift method answering a button's tap is didTapX or
// xButtonTapped (UIKit); a closure property keeps onXButtonTapped.
func TestSwiftTap(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "method called when the user taps the share button", naming.KindFunction, "didTapShare"},
		{"Swift", "공유 버튼을 눌렀을 때 호출되는 메서드", naming.KindFunction, "shareButtonTapped"},
		{"Swift", "closure that runs when the user taps the share button", naming.KindFunction, "onShareTap"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "method called when the user taps the retry button", naming.KindFunction, "handleRetry"},
	})
}

// TestWorkerFunctions: a worker function is named for its work and as a
// worker (sendPushNotifications, pushNotificationWorker, runWorker);
// 워커 함수 is no longer rewritten to 함수; work set for later is
// scheduled.
func TestWorkerFunctions(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "주문을 처리하는 워커 함수", naming.KindFunction, "processOrders"},
		{"Go", "고루틴으로 백그라운드에서 이메일 보내는 워커 함수", naming.KindFunction, "emailWorker"},
		{"Go", "작업을 받아 처리하고 결과를 채널로 보내는 워커 함수", naming.KindFunction, "runWorker"},
		{"Go", "작업 큐를 소비하는 워커 고루틴들을 띄우는 함수", naming.KindFunction, "startWorkers"},
		{"Go", "고루틴으로 결제 큐 계속 소비하는 워커 함수", naming.KindFunction, "consumePaymentQueue"},
		{"Ruby", "리포트 생성을 백그라운드 잡으로 예약하는 메서드", naming.KindFunction, "schedule_report"},
		// a booking stays a reservation
		{"Python", "예약 확인 메일 발송", naming.KindFunction, "send_reservation_confirmation_email"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "작업을 받아 처리하고 결과를 채널로 보내는 워커 함수", naming.KindFunction, "resultWorker"},
		{"Go", "큐에서 주문 데이터를 꺼내 보내는 워커 함수", naming.KindFunction, "exportUserData"},
	})
}

// TestSession9Counts: a retry counted is a noun (maxUploadRetries); HTTP
// 요청 is one noun; Ruby names a computed value by the value; push
// notifications keep push; a base URL keeps its owner.
func TestSession9Counts(t *testing.T) {
	checkTopThree(t, []topThree{
		// (maxRetries since the thirty-sixth session: the read sets'
		// reviewers accept it for a request's retries, r9 and r36)
		{"Go", "HTTP 요청 재시도 최대 횟수 상수", naming.KindConstant, "maxRetries"},
		{"Java", "다운로드 재시도 최대 횟수", naming.KindConstant, "MAX_DOWNLOAD_RETRIES"},
		{"Python", "HTTP 요청을 보내는 함수", naming.KindFunction, "send_http_request"},
		{"Ruby", "주문 총액을 계산하는 메서드", naming.KindFunction, "order_total"},
		{"Ruby", "구독의 다음 결제일을 계산하는 메서드", naming.KindFunction, "next_billing_date"},
		{"Ruby", "class that sends push notifications to mobile devices", naming.KindClass, "PushNotifier"},
		{"Kotlin", "base URL of the payment API", naming.KindConstant, "PAYMENT_API_BASE_URL"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "다운로드 재시도 최대 횟수", naming.KindConstant, "MAX_DOWNLOADS"},
		{"C#", "알림 발송 채널 (이메일, SMS, 푸시) 추상화하는 인터페이스 이름", naming.KindClass, "IPushNotifier"},
	})
}

// TestCountGetter: a function returning a count also offers the count read
// like a property (getCartItemCount, cartItemCount).
func TestCountGetter(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "장바구니 상품 개수를 반환하는 함수", naming.KindFunction, "cartItemCount"},
		{"Kotlin", "현재 접속한 플레이어 수를 반환하는 함수", naming.KindFunction, "connectedPlayerCount"},
		{"Java", "장바구니 상품 개수를 반환하는 메서드", naming.KindFunction, "getCartItemCount"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "장바구니 상품 개수를 반환하는 메서드", naming.KindFunction, "cartItemCount"},
	})
}

// TestQualifiedObjects: 대용량 is large, not capacity; an action named with
// -기 and handed to another verb is a thing (enqueueExcelExport).
func TestQualifiedObjects(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "대용량 파일을 업로드하는 함수", naming.KindFunction, "uploadLargeFile"},
		{"Java", "데이터 내보내기를 시작하는 함수", naming.KindFunction, "startDataExport"},
	})
	checkNotOffered(t, []notOffered{
		{"PHP", "대용량 엑셀 내보내기를 큐 작업으로 넘기는 함수", naming.KindFunction, "enqueueCapacityExcel"},
	})
}

// TestSession9Nouns: IP 주소 is one address; a set that records visited
// nodes holds them; 풀 before a kind word is a pool; the last edit undone
// is undo.
func TestSession9Nouns(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "허용된 IP 주소들 모아두는 필드", naming.KindVariable, "allowlist"},
		{"Go", "차단된 IP 주소 목록", naming.KindVariable, "blocklist"},
		{"Rust", "탐색 중 방문한 칸을 기록하는 집합", naming.KindVariable, "visited_cells"},
		{"C++", "커넥션을 재사용하는 풀 클래스", naming.KindClass, "Pool"},
		{"Python", "퍼즐을 풀 수 있는지 확인하는 함수", naming.KindFunction, "should_solve_puzzle"},
		{"JavaScript", "그림판에서 마지막 작업을 되돌리는 함수", naming.KindFunction, "undo"},
		{"Python", "function that undoes the last change", naming.KindFunction, "undo_last_action"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "허용된 IP 주소들 모아두는 필드", naming.KindVariable, "allowedIpAddressAddresses"},
		{"Rust", "탐색 중 방문한 칸을 기록하는 집합", naming.KindVariable, "visit_history"},
		{"C++", "커넥션을 재사용하는 풀 클래스", naming.KindClass, "Solver"},
	})
}

// TestSigint: Ctrl+C and SIGINT are handled by handle_sigint; a hardware
// interrupt stays an IRQ handler.
func TestSigint(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "Ctrl+C 눌렀을 때 시그널 처리하는 핸들러", naming.KindFunction, "handle_sigint"},
		{"Rust", "function that handles the SIGINT signal", naming.KindFunction, "handle_sigint"},
		{"C", "인터럽트 핸들러", naming.KindFunction, "irq_handler"},
		{"C", "SIGTERM 시그널 받으면 호출되는 핸들러", naming.KindFunction, "handle_sigterm"},
	})
}

// TestRelativeTimeAndAt: relative time in English is timeAgo; a short form
// keeps the verb before at (no tokenAt).
func TestRelativeTimeAndAt(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "function that shows a timestamp as relative time", naming.KindFunction, "timeAgo"},
		{"Java", "토큰 만료 시각 변수", naming.KindVariable, "tokenExpiresAt"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "토큰 만료 시각 변수", naming.KindVariable, "tokenAt"},
		{"Java", "쿠폰 만료 일시", naming.KindVariable, "couponAt"},
	})
}

// TestJobClassOrder: a job class says its work first (Rails and Laravel
// name jobs SendWelcomeEmailJob, ProcessPodcast), then the object alone.
func TestJobClassOrder(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "Sidekiq job class that syncs an order to the ERP", naming.KindClass, "SyncOrderJob"},
		{"Ruby", "결제 영수증 메일을 보내는 잡 클래스", naming.KindClass, "PaymentReceiptEmailJob"},
	})
}

// TestLightVerb: an action named as a noun and then run is the action
// (재구축을 실행하는: rebuildSearchIndex; 생성을 비동기로 돌리는: …_async).
func TestLightVerb(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "검색 인덱스 재구축을 실행하는 메서드", naming.KindFunction, "rebuildSearchIndex"},
		{"C++", "리포트 생성을 비동기로 돌리는 함수", naming.KindFunction, "create_report_async"},
		{"Go", "백업 작업을 실행하는 함수", naming.KindFunction, "runBackupTask"},
	})
}

// TestMapKeySuffix: a map keyed by a code or a name also names the key
// without it (postsByTag beside postsByTagName).
func TestMapKeySuffix(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "name for a dict mapping product code to its price", naming.KindVariable, "prices_by_product"},
		{"Ruby", "hash from country code to capital city", naming.KindVariable, "capital_cities_by_country"},
	})
}

// TestElapsedTime: 지난 시간 is the time elapsed, not hours; the last-login
// line leaves the time since it alone.
func TestElapsedTime(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "마지막 하트비트 이후 지난 시간 변수", naming.KindVariable, "time_since_last_heartbeat"},
		{"Java", "마지막 로그인 이후 지난 시간", naming.KindVariable, "timeSinceLastLogin"},
		{"Java", "가입하고 몇 시간 지났는지", naming.KindVariable, "hoursSinceSignup"},
	})
}

// TestCompletedItems: 완료 is completed (completedTodos, as reviewers write
// it); a list's placeholder items are its elements; 로그 항목 is a log
// entry; 인증 완료 일시 is when it was verified.
func TestCompletedItems(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "할 일 목록에서 완료된 항목만 걸러내는 함수", naming.KindFunction, "filterCompletedTodos"},
		{"C", "로그 항목 배열을 타임스탬프 순으로 정렬하는 함수", naming.KindFunction, "sort_log_entries_by_timestamp"},
		{"Python", "이메일 인증 완료 일시", naming.KindVariable, "email_verified_at"},
		{"Java", "결제가 완료되었는지 나타내는 변수", naming.KindVariable, "isPaymentComplete"},
	})
}

// TestCsvInto: CSV parsed into a struct or an object is that thing
// (parse_user), not the generic parse_csv.
func TestCsvInto(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "function that parses a CSV row into an order struct", naming.KindFunction, "parse_order"},
		{"Python", "CSV 파일을 파싱하는 함수", naming.KindFunction, "parse_csv"},
	})
}

// TestLaravelAndSpent: a Laravel listener is named by what it does, a job
// also by its work alone; a queued "X 생성 작업" generates X; coupons and
// points are used, not written.
func TestLaravelAndSpent(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "라라벨 이벤트 리스너인데 주문 완료되면 영수증 메일 보내는 리스너 클래스 이름", naming.KindClass, "SendReceiptEmail"},
		{"PHP", "Laravel event listener class that runs when an order ships", naming.KindClass, "OrderShippedListener"},
		{"PHP", "name for a Laravel queued job class that resizes product images", naming.KindClass, "ResizeProductImage"},
		{"PHP", "라라벨 큐에 정산 리포트 생성 작업 넣는 Job 클래스 이름", naming.KindClass, "GenerateSettlementReportJob"},
		{"PHP", "쿠폰을 이미 썼는지 확인하는 메서드", naming.KindFunction, "isCouponUsed"},
		{"Java", "게시글을 썼는지", naming.KindVariable, "isPostWritten"},
	})
}

// TestCModuleFirst: C also names a function module first (led_on,
// buffer_reset).
func TestCModuleFirst(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "stm32에서 모터 켜는 함수 이름", naming.KindFunction, "motor_on"},
		{"C", "버퍼를 초기화하는 함수", naming.KindFunction, "buffer_reset"},
	})
}

// TestDroppedOnPlace: where a thing is dropped is no part of its event
// (onFileDropped, was onAreaDropped); an order is placed.
func TestDroppedOnPlace(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "handler that runs when images are dropped on the editor canvas", naming.KindFunction, "onImageDropped"},
		{"Java", "method called when the order is placed", naming.KindFunction, "onOrderPlaced"},
	})
}

// TestMarkAs: "marks X as Y" is markXAsY, markAsY (was return_marks).
func TestMarkAs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "method that marks a book as returned", naming.KindFunction, "mark_book_as_returned"},
		{"Python", "function that marks the order as shipped", naming.KindFunction, "mark_as_shipped"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "function that marks the order as shipped", naming.KindFunction, "ship_marks"},
	})
}

// TestReturnBorrowed: 반납 returns a borrowed thing (was free, the memory
// sense).
func TestReturnBorrowed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "책을 반납 처리하는 함수", naming.KindFunction, "return_book"},
		{"Java", "대여한 자전거를 반납하는 메서드", naming.KindFunction, "returnBike"},
	})
}

// TestImageExtensions: allowed image extensions keep image.
func TestImageExtensions(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "허용된 이미지 확장자 목록 상수", naming.KindConstant, "ALLOWED_IMAGE_EXTENSIONS"},
		{"Ruby", "허용된 확장자 목록 상수", naming.KindConstant, "ALLOWED_EXTENSIONS"},
	})
}

// TestFormatIs: the format asked about is the predicate noun (isImage).
func TestFormatIs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "파일이 동영상 형식인지 확인하는 함수", naming.KindFunction, "is_video"},
	})
}

// TestSignupsCounted: members who signed up, counted, are signups.
func TestSignupsCounted(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "오늘 가입한 회원 수를 구하는 함수", naming.KindFunction, "getTodaySignupCount"},
	})
}

// TestEnqueueObject: the job put on a queue is named (enqueueEmailJob);
// "right after upload" says when, not what.
func TestEnqueueObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "function that pushes an invoice job onto the background queue", naming.KindFunction, "dispatchInvoiceJob"},
		{"Java", "function that pushes a job onto the queue", naming.KindFunction, "enqueueJob"},
		{"Java", "method that sends a welcome email right after signup", naming.KindFunction, "sendWelcomeEmail"},
	})
}
