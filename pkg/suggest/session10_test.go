package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the tenth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestShownOnPlace: a function that 표시하다 shows (a variable only
// indicates), on the place named, which is no container even when its
// English word is (지도: map) (was getCurrentLocationMarker, showToMap).
func TestShownOnPlace(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "화면에 토스트 메시지를 표시하는 함수", naming.KindFunction, "showToast"},
		{"Swift", "지도에 주차장 위치를 표시하는 메서드", naming.KindFunction, "showParkingLotLocation"},
		{"TypeScript", "배지에 안 읽은 알림 개수를 표시하는 함수", naming.KindFunction, "showUnreadNotificationCount"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "지도에 주차장 위치를 표시하는 메서드", naming.KindFunction, "showToMap"},
		{"Kotlin", "화면에 토스트 메시지를 표시하는 함수", naming.KindFunction, "getToastMessage"},
	})
	// A variable that 표시하다 still holds what it indicates.
	checkTopThree(t, []topThree{
		{"Kotlin", "다운로드 중인지 표시하는 플래그", naming.KindVariable, "isDownloading"},
	})
}

// TestSatisfiesObject: a subject that 충족하다/만족하다 its object meets it
// (meetsPasswordPolicy; was shouldSatisfyPassword, checkByScholarship).
func TestSatisfiesObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "새 비밀번호가 복잡도 규칙을 만족하는지 검사하는 메서드", naming.KindFunction, "meetsPasswordPolicy"},
		{"Python", "지원자가 자격 요건을 충족하는지 확인하는 함수", naming.KindFunction, "meets_eligibility_requirements"},
		{"Go", "상품이 할인 기준을 충족하는지 확인하는 함수", naming.KindFunction, "meetsDiscountCriteria"},
	})
}

// TestPointsAtIs: 가리키는지/나타내는지 after an object asks what the
// subject is (isHiddenFile, is_pointer_null; was get_hidden_file).
func TestPointsAtIs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "경로가 심볼릭 링크를 가리키는지 확인하는 함수", naming.KindFunction, "is_symlink"},
		{"C", "포인터가 널을 가리키는지 검사하는 함수", naming.KindFunction, "is_null"},
		{"Java", "응답 코드가 클라이언트 에러를 나타내는지 확인하는 메서드", naming.KindFunction, "isClientError"},
	})
}

// TestQueuesVerb: English "queues X" is the verb (enqueueReceiptEmail; was
// getQueueReceiptEmail, the plural noun read as the object).
func TestQueuesVerb(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "function that queues a receipt email for the mail worker", naming.KindFunction, "enqueueReceiptEmail"},
		{"Go", "method that queues a push notification", naming.KindFunction, "queuePushNotification"},
	})
}

// TestSenseInContext: 기사 is a driver among rides and deliveries, 문자 a
// text message when one is sent (a character in 특수 문자); case styles
// are words of the glossary (toKebabCase; was changeString).
func TestSenseInContext(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "배차 요청을 기사별로 묶는 함수", naming.KindFunction, "groupByDriver"},
		{"Kotlin", "결제 완료 문자를 보내는 함수", naming.KindFunction, "sendPaidSms"},
		{"Python", "특수 문자를 이스케이프하는 함수", naming.KindFunction, "escape_special_character"},
		{"TypeScript", "파스칼 케이스 문자열을 스네이크 케이스로 바꾸는 함수", naming.KindFunction, "toSnakeCase"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "배차 요청을 기사별로 묶는 함수", naming.KindFunction, "groupByArticle"},
		{"Python", "뉴스 기사를 날짜순으로 정렬하는 함수", naming.KindFunction, "sort_drivers_by_date"},
	})
}

// TestHandlersListed: a handler word listed or counted is the things held
// (registeredListeners; was registered alone).
func TestHandlersListed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "메시지 브로커에 등록된 리스너 목록", naming.KindVariable, "registeredListeners"},
		{"Go", "등록된 콜백 개수를 담는 변수", naming.KindVariable, "registeredCallbackCount"},
	})
}

// TestOverdue: how long past a due date is a quantity (daysOverdue; was
// isOverdue for 며칠 넘겼는지), and a time until a moment drops the moment's
// own time word (timeUntilDeparture; was timeUntilTime).
func TestOverdue(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "렌탈 장비가 반납 예정일을 며칠 넘겼는지 계산하는 메서드", naming.KindFunction, "daysOverdue"},
		{"Python", "과제가 마감 기한을 몇 시간 초과했는지 구하는 함수", naming.KindFunction, "hours_overdue"},
		{"Go", "연체 일수를 담는 변수", naming.KindVariable, "daysOverdue"},
		{"Kotlin", "how many days an invoice is overdue", naming.KindVariable, "daysOverdue"},
		{"Swift", "버스 도착 시각까지 남은 시간을 담는 변수", naming.KindVariable, "timeUntilArrival"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "렌탈 장비가 반납 예정일을 며칠 넘겼는지 계산하는 메서드", naming.KindFunction, "isOverdue"},
	})
	// Whether it is overdue is still a yes/no question.
	checkTopThree(t, []topThree{
		{"TypeScript", "반납 기한이 지났는지 확인하는 함수", naming.KindFunction, "isOverdue"},
	})
}

// TestMovedTo: where a thing is moved, (으)로, is its destination
// (moveFileToBackupFolder; was moveWithBackupDirectory), 상단/하단 fold
// into their place (pinToChannel; was pinChannel), and a time left asked
// in a unit is counted in it (secondsUntilDeadline; was timeUntilDeadline).
func TestMovedTo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "첨부 파일을 보관 폴더로 옮기는 메서드", naming.KindFunction, "moveAttachmentToArchiveDirectory"},
		{"PHP", "댓글을 휴지통으로 옮기는 함수", naming.KindFunction, "moveToTrash"},
		{"TypeScript", "공지 글을 게시판 상단에 고정하는 함수", naming.KindFunction, "pinToBoard"},
		{"Kotlin", "배송 도착까지 남은 시간을 분 단위로 담는 변수", naming.KindVariable, "minutesUntilArrival"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "첨부 파일을 보관 폴더로 옮기는 메서드", naming.KindFunction, "moveWithArchiveDirectory"},
	})
	// Going somewhere moves nothing: a screen is navigated to.
	checkTopThree(t, []topThree{
		{"Kotlin", "결제 화면으로 이동하는 함수", naming.KindFunction, "navigateToPayment"},
	})
}

// TestPicksOther: picking a different X changes X (handleTabChange; was
// onUserSwitched, handleLanguagePick).
func TestPicksOther(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "handler for when the user switches to another tab", naming.KindFunction, "handleTabChange"},
		{"Kotlin", "callback when the user selects a different date", naming.KindFunction, "onDateChange"},
	})
}

// TestFirstTime: 처음 V한 것인지 asks for a first time, and the verbal noun
// after 첫 is what is first (isFirstPurchase; was isFirst, onAppFirst).
func TestFirstTime(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "이 기기에서 앱이 처음 실행된 건지 나타내는 변수", naming.KindVariable, "isFirstLaunch"},
		{"Kotlin", "회원이 처음 로그인한 것인지 확인하는 함수", naming.KindFunction, "isFirstLogin"},
		{"TypeScript", "첫 구매 여부를 담는 플래그", naming.KindVariable, "isFirstPurchase"},
	})
}

// TestLastReceived: the last X received is lastXAt (was
// last_receive_heartbeat_at, received_at first), and time since it keeps
// its last.
func TestLastReceived(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "클라이언트에서 마지막 하트비트를 받은 시각", naming.KindVariable, "last_heartbeat_at"},
		{"Java", "마지막 하트비트 수신 시각을 담는 필드", naming.KindVariable, "lastHeartbeatAt"},
		{"Rust", "마지막 하트비트 이후 지난 시간", naming.KindVariable, "time_since_last_heartbeat"},
	})
}

// TestPerPageConstant: how many are shown per page is a page-size setting,
// a constant too, and the list it is shown in asks for no list
// (PRODUCTS_PER_PAGE; was no constant at all).
func TestPerPageConstant(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "number of orders shown per page in the admin order table", naming.KindConstant, "ORDERS_PER_PAGE"},
	})
}

// TestEnglishSettings: a setting's when-clause is context and its for-phrase
// names what it is for (MAX_RETRIES, RECONNECT_TIMEOUT_MS; was no constant:
// handle_data_send, defaultAttemptsMs); a verb before a setting noun
// modifies it (default reconnect timeout), and "max upload retries" ends in
// the plural noun (was retryUpload).
func TestEnglishSettings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "maximum number of retries when the modem sends a packet", naming.KindConstant, "MAX_RETRIES"},
		{"TypeScript", "default timeout in milliseconds for websocket reconnect attempts", naming.KindConstant, "DEFAULT_RECONNECT_TIMEOUT_MS"},
		{"Go", "default timeout for database queries", naming.KindConstant, "defaultQueryTimeout"},
		{"Java", "default reconnect timeout in seconds", naming.KindConstant, "DEFAULT_RECONNECT_TIMEOUT_SECONDS"},
		{"Go", "max download retries", naming.KindVariable, "maxDownloadRetries"},
	})
}

// TestBookItNoJob: 예약을 잡다 books it; 잡 is a job only as a noun
// (MAX_RESERVATION_DAYS; was MAX_JOBS).
func TestBookItNoJob(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "진료 예약을 미리 잡을 수 있는 최대 일수", naming.KindConstant, "MAX_RESERVATION_DAYS"},
		{"Go", "잡을 큐에 넣는 함수", naming.KindFunction, "enqueueJob"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "진료 예약을 미리 잡을 수 있는 최대 일수", naming.KindConstant, "MAX_JOBS"},
	})
}

// TestWebHandler: "HTTP handler that returns X" names X, no HTTP in the
// name (handlePipelineStatus; was handlePipelineHTTP).
func TestWebHandler(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "HTTP handler for the build status", naming.KindFunction, "handleBuildStatus"},
		{"Go", "HTTP handler that returns the deployment status", naming.KindFunction, "handleDeploymentStatus"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "HTTP handler for the build status", naming.KindFunction, "handleBuildHTTP"},
	})
}

// TestTapOnPlace: what is tapped on a map, list or table names the handler,
// not the place (didTapSeat; was didTapSeatCinemaSeatMap, onMapClick).
func TestTapOnPlace(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "delegate method called when the user taps a pin on the store locator map", naming.KindFunction, "didTapMarker"},
		{"TypeScript", "handler for when the user selects a row in the invoices table", naming.KindFunction, "onRowSelected"},
	})
}

// TestListNoYesNo: a list of things in a state asks for the things, not
// whether one is in it (pendingClaims; was isPendingReview first).
func TestListNoYesNo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "slice of pending expense reports awaiting review", naming.KindVariable, "pendingExpenseReports"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "slice of pending expense reports awaiting review", naming.KindVariable, "isPendingReview"},
	})
}

// TestCanRunObject: 파이프라인을 실행할 수 있는지 asks whether one can run
// the pipeline (CanRunPipeline; was IsCurrentUserExecutable, the user read
// as what is executable).
func TestCanRunObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "현재 사용자가 배포 작업을 실행할 수 있는지 확인하는 메서드", naming.KindFunction, "CanRunDeploymentTask"},
	})
}

// TestReceivedAt: when a thing was received keeps the verb (message_received_at;
// was message_at: the passive read like 린터가 찾은 경고, where the finder is
// context), and 공개하다 publishes (publishPost; was getPost).
func TestReceivedAt(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "알림이 수신된 시각", naming.KindVariable, "notification_received_at"},
		{"Kotlin", "게시글을 공개하는 함수", naming.KindFunction, "publishPost"},
		{"Python", "게시글이 공개됐는지", naming.KindFunction, "is_post_published"},
	})
	checkTopThree(t, []topThree{
		{"Go", "린터가 찾은 경고 목록", naming.KindVariable, "warnings"},
	})
}

// TestGiveNotPrimary: 주는 gives (giveCoupon, water for 물 주는); the
// one-syllable 주 is no longer primary (was calculate_next_primary_time,
// getPrimaryPoint), and 주어진 is no word of a name.
func TestGiveNotPrimary(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "회원에게 쿠폰을 주는 메서드", naming.KindFunction, "giveCoupon"},
		{"Python", "화분에 물 주는 함수", naming.KindFunction, "water"},
		{"Python", "주어진 날짜가 주말인지 확인하는 함수", naming.KindFunction, "is_weekend"},
		{"Kotlin", "값을 바꿔 주는 함수", naming.KindFunction, "convert"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "다음 물 주는 시각 계산하는 함수", naming.KindFunction, "calculate_next_primary_time"},
	})
}

// TestWrapperDoes: a wrapper that does something is named for what it does
// (retryWithBackoff; was getRetriedWrapper).
func TestWrapperDoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "업로드 실패하면 지수 백오프로 재시도해주는 래퍼 함수", naming.KindFunction, "retryWithBackoff"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "업로드 실패하면 지수 백오프로 재시도해주는 래퍼 함수", naming.KindFunction, "getRetriedWrapper"},
	})
	checkTopThree(t, []topThree{
		{"Go", "HTTP 클라이언트 래퍼", naming.KindVariable, "httpClientWrapper"},
	})
}

// TestListedOverBenefactive: a verb listed with 주다 (나눠주다: distribute)
// outranks another verb's benefactive (나누다 + 주다: divide for me)
// (distributeCoupon; was splitCoupon).
func TestListedOverBenefactive(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "이벤트 참가자들에게 쿠폰을 나눠주는 메서드", naming.KindFunction, "distributeCoupon"},
		{"Python", "리스트를 두 개로 나눠주는 함수", naming.KindFunction, "partition"},
		{"Kotlin", "값을 바꿔주는 함수", naming.KindFunction, "convert"},
	})
}

// TestHoldsParsed: a type that holds parsed things is named for them
// (CommandLineArgument; was CommandLineArgumentParser), as a type that
// parses them is a parser.
func TestHoldsParsed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "struct that holds the parsed HTTP headers", naming.KindClass, "HttpHeader"},
		{"Java", "class that parses command-line arguments", naming.KindClass, "CommandLineArgumentParser"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "struct that holds the parsed HTTP headers", naming.KindClass, "HttpHeaderParser"},
	})
}

// TestLaravelListenerEnglish: a Laravel listener asked in English is a class
// named for what it does (SendWelcomeEmail; was UserRegisteredListener, and
// functions when no class was said).
func TestLaravelListenerEnglish(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "listener class that sends a welcome email when a user registers", naming.KindClass, "SendWelcomeEmail"},
		{"PHP", "Laravel listener that notifies the seller when a product is sold out", naming.KindClass, "NotifySeller"},
	})
	checkTopThree(t, []topThree{
		{"PHP", "버튼 클릭 리스너 함수", naming.KindFunction, "handleButtonClick"},
	})
}

// TestDotNetContext: ASP.NET (Core) and .NET say where the code lives
// (RequestLoggingMiddleware; was AspNetCoreRequestLogger).
func TestDotNetContext(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"C#", "ASP.NET Core 요청 로깅 미들웨어 클래스", naming.KindClass, "AspNetCoreRequestLogger"},
		{"C#", "ASP.NET Core 요청 로깅 미들웨어 클래스", naming.KindClass, "AspRequestLogger"},
	})
	checkTopThree(t, []topThree{
		{"C#", "ASP.NET Core 요청 로깅 미들웨어 클래스", naming.KindClass, "RequestLogger"},
	})
}

// TestTieByAge: 별점 같으면 최신순 breaks the tie by age even when the key
// is said again before 같으면 (sortByRatingThenDate; was sortByRatingDesc).
func TestTieByAge(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "리뷰 목록 평점 높은 순, 평점 같으면 최신순으로 정렬하는 함수", naming.KindFunction, "sortByRatingThenDate"},
		{"Kotlin", "점수 내림차순, 같으면 이름순으로 정렬하는 함수", naming.KindFunction, "sortByScoreThenName"},
	})
}

// TestPersonJoins: a person coming into a place joins it (onPlayerJoined;
// was onPlayerCameIn-like readings of 들어오다); a request coming in is
// still its arrival (onNewRequest).
func TestPersonJoins(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "플레이어가 로비에 들어왔을 때 호출되는 메서드", naming.KindFunction, "onPlayerJoined"},
		{"Go", "새 요청이 들어왔을 때 호출되는 핸들러", naming.KindFunction, "handleNewRequest"},
	})
}

// TestWrittenTo: 버퍼에 쓰인 is written to a place, not "used for"
// (written_block_count; was block_count).
func TestWrittenTo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "디스크에 쓰인 블록 수", naming.KindVariable, "written_block_count"},
		{"Java", "로그인 용도로 쓰인 토큰", naming.KindVariable, "token"},
	})
}

// TestRunAgain: a thing run again is rerun (rerun_task; was redo_task);
// 다시 실행 alone stays the editor's redo.
func TestRunAgain(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "실패한 배치 작업을 다시 실행하는 함수", naming.KindFunction, "rerun_failed_batch_jobs"}, // plural since the 31st session (soughtThings)
		{"JavaScript", "에디터에서 다시 실행 버튼 핸들러", naming.KindFunction, "handleRedoButton"},
	})
}

// TestEnglishQualifiers: "downloaded for offline playback" is downloaded
// (was isOffline), "zero-based" and "relative to now" qualify, not name
// (formatRelativeTime; was toNow).
func TestEnglishQualifiers(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "whether the movie is downloaded for offline viewing", naming.KindVariable, "isDownloaded"},
		{"JavaScript", "format a post's creation time relative to now", naming.KindFunction, "formatRelativeTime"},
		{"Python", "convert a one-based page number to a zero-based offset", naming.KindFunction, "page_to_offset"},
	})
}

// TestUIPlaceNoSource: 에디터에서, 화면에서 say where the user is, not where
// a thing comes from (no copyCurrentLineFromCodeEditor); a file or a cart
// is still a source.
func TestUIPlaceNoSource(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"Rust", "코드 에디터에서 현재 줄을 삭제하는 함수", naming.KindFunction, "delete_current_line_from_code_editor"},
	})
	checkTopThree(t, []topThree{
		{"Python", "파일에서 설정을 읽는 함수", naming.KindFunction, "read_config_from_file"},
	})
}

// TestAsyncFetchAndMany: data got asynchronously is fetched (fetchNotices
// before getNotices; C# keeps GetNoticesAsync), and 여러 before a noun run
// makes its head plural (download_podcast_episodes; was …_episode).
func TestAsyncFetchAndMany(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "서버에서 공지사항 목록을 비동기로 가져오는 함수", naming.KindFunction, "fetchNotices"},
		{"C#", "상품 목록을 비동기로 가져오는 메서드", naming.KindFunction, "GetProductsAsync"},
		{"Rust", "여러 팟캐스트 에피소드를 내려받는 함수", naming.KindFunction, "download_podcast_episodes"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "여러 팟캐스트 에피소드를 내려받는 함수", naming.KindFunction, "download_podcast_episode"},
	})
}

// TestAsyncShort: an async function with a long object offers the verb and
// the object's head (encodeVideoAsync beside
// encodeMeetingRecordingVideoAsync): since the twenty-third session a
// shortening of the learned order (learned.go), which replaced the rule
// that put it third.
func TestAsyncShort(t *testing.T) {
	checkOffered(t, []topThree{
		{"Java", "강의 녹화 영상을 백그라운드에서 인코딩하는 메서드", naming.KindFunction, "encodeVideoAsync"},
	})
}

// TestBackgroundForm: work sent to the background says so third, Ruby's
// way (send_receipt_email_later) or InBackground (was send_with_task for
// 백그라운드 작업으로); an Async name or a worker needs no more.
func TestBackgroundForm(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "주문 영수증 메일을 백그라운드 작업으로 보내는 메서드", naming.KindFunction, "send_email_later"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "주문 영수증 메일을 백그라운드 작업으로 보내는 메서드", naming.KindFunction, "send_with_task"},
	})
}

// TestHyphenJoined: a hyphenated word the glossary lists in both spellings
// is one word (isPopupOpen, sendThankYouEmail; was isUpOpen, sendThankEmail);
// check-out stays check out (checkOutDate).
func TestHyphenJoined(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "state for whether the pop-up is visible", naming.KindVariable, "isPopupVisible"},
		{"PHP", "function that sends a thank-you email to a volunteer", naming.KindFunction, "sendThankYouEmail"},
		{"PHP", "check-out date for a room reservation", naming.KindVariable, "$checkOutDate"},
	})
}
