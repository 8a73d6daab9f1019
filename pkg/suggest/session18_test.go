package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the eighteenth session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestCountShortForm: a count of a compound thing offers the count without
// its first word among the first three (subscriberCount for a channel's
// subscribers), not only the same words as num…, …s and …Total.
func TestCountShortForm(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "유튜브 채널 구독자 수 변수", naming.KindVariable, "subscriber_count"},
		{"PHP", "채널 구독자 수 담는 변수", naming.KindVariable, "$subscriberCount"},
		{"Python", "유튜브 채널 구독자 수 변수", naming.KindVariable, "channel_subscriber_count"}, // control: the full form stays first
	})
}

// TestTrailingWhen: a Korean question that is only a when-clause (탭
// 바뀌었을때) asks for the handler of that event, as one with 호출되는
// 함수 does (it gave a modifiedTab variable, or nothing); 탭 that changes is
// a tab, not a tap; a short handler name does not split a glossary term
// (onBoxChanged for a select box).
func TestTrailingWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "탭 바뀌었을때", naming.KindFunction, "handleTabChange"},
		{"Swift", "스위치 값이 바뀌었을 때", naming.KindFunction, "onSwitchChanged"},
		{"TypeScript", "음량 바뀌었을때", naming.KindFunction, "handleVolumeChange"},
		{"JavaScript", "셀렉트 박스 값 바뀌었을때", naming.KindFunction, "handleSelectBoxChange"},
		{"Kotlin", "리사이클러뷰 헤더 클릭됐을 때 콜백 람다 변수명", naming.KindVariable, "onHeaderClicked"}, // control: a short name still drops a word of no term
	})
	checkNotOffered(t, []notOffered{
		{"JavaScript", "셀렉트 박스 값이 바뀌었을 때 호출되는 함수", naming.KindFunction, "onBoxChanged"},
		{"JavaScript", "탭 바뀌었을때", naming.KindVariable, "modifiedTab"},
	})
}

// TestEventType: a question that ends in 이벤트 after what happened names
// the event type, what happened to what (QuestCompletedEvent; was a
// completedQuestEvent variable), in C# the event member (QuestCompleted);
// no short form cuts what happened from what it happened to (UpEvent,
// DiedEvent); 사망 is died (was PlayerDead).
func TestEventType(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "결제 취소 이벤트", naming.KindClass, "PaymentCancelledEvent"},
		{"Java", "퀘스트 완료 이벤트 클래스", naming.KindClass, "QuestCompletedEvent"},
		{"C#", "퀘스트 완료 이벤트", naming.KindFunction, "QuestCompleted"},
		{"C#", "플레이어 사망 이벤트", naming.KindFunction, "OnPlayerDied"},
		{"JavaScript", "이미 끝난 이벤트들", naming.KindVariable, "pastEvents"}, // control: events, plural, are a collection
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "회원 가입 완료 이벤트", naming.KindClass, "UpEvent"},
		{"Java", "플레이어 사망 이벤트 클래스", naming.KindClass, "DiedEvent"},
		{"Kotlin", "결제 취소 이벤트", naming.KindVariable, "paymentCancelEvent"},
	})
}

// TestModelNoun: 모델 before what belongs to it is the model, not a class
// asked for (추천 모델 정확도 was class Accuracy, 모델 로딩됐는지 class
// Loader); 모델 before its subject verb leaves the question to it (모델
// 학습이 끝났는지: the training, was class Trainer); 모델 last, or before 클래스,
// still asks for the type.
func TestModelNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "추천 모델 정확도", naming.KindVariable, "model_accuracy"},
		{"Swift", "모델 로딩됐는지", naming.KindVariable, "isModelLoaded"},
		{"Python", "모델 파라미터 개수", naming.KindVariable, "parameter_count"},
		{"Python", "모델 학습이 끝났는지", naming.KindVariable, "is_training_complete"},
		{"Kotlin", "유저 모델 클래스", naming.KindClass, "User"}, // control
	})
}

// TestDoesOrSucceeded: a 하다 verb asked in the present (지원하는지,
// 허용하는지) is whether it does (supportsDarkMode first, should after the
// state: should is 지원할지's); success said as a state is isXSuccessful and
// xSucceeded (was isLoginSucceeded, and isSucceeded twice in one list).
func TestDoesOrSucceeded(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "다크모드 지원하는지", naming.KindFunction, "supportsDarkMode"},
		{"Kotlin", "사용자가 알림 허용하는지", naming.KindFunction, "isNotificationAllowed"},
		{"Java", "로그인 성공했는지", naming.KindVariable, "isLoginSuccessful"},
		{"Java", "로그인 성공했는지", naming.KindVariable, "loginSucceeded"},
	})
	checkOffered(t, []topThree{{"Java", "디버그 모드 켤지 여부", naming.KindVariable, "shouldEnableDebugMode"}}) // control: 켤지 is no present
	checkNotOffered(t, []notOffered{
		{"Go", "whether the login succeeded", naming.KindVariable, "isLoginSucceeded"},
	})
	for _, l := range []string{"Java", "PHP"} {
		seen := map[string]bool{}
		for _, s := range Suggest(naming.Spec{Language: l}, "파일 업로드 성공했는지").Suggestions {
			if seen[string(s.Kind)+s.Name] {
				t.Errorf("%s: %s offered twice", l, s.Name)
			}
			seen[string(s.Kind)+s.Name] = true
		}
		if len(seen) > 2*perKind {
			t.Errorf("%s: %d names, more than %d per kind", l, len(seen), perKind)
		}
	}
}

// TestBareOrder: an order said last with no verb (가입일 오래된순, 좋아요
// 많은순, 최신순) asks for the sort by it (was signupDate, mostCommentedPosts,
// or no name at all); 단순 and other words ending in 순 are no order.
func TestBareOrder(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "가입일 오래된순", naming.KindFunction, "sortBySignupDate"},
		{"TypeScript", "댓글 좋아요 많은순", naming.KindFunction, "sortByLikesDesc"},
		{"JavaScript", "최신순", naming.KindFunction, "sortByNewest"},
		{"TypeScript", "마감일 임박한순", naming.KindFunction, "sortByDeadline"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "단순 계산기 클래스", naming.KindFunction, "sortBySimple"},
	})
}

// TestValueGetter: a function that computes a date or a time offers, third,
// the value's name alone (next_billing_date for calculate_next_billing_date).
func TestValueGetter(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "구독 다음 결제일 계산하는 함수", naming.KindFunction, "next_billing_date"}, // next_subscription_billing_date until the 35th session (idioms/recurring.tsv)
		{"Python", "function that computes the next run time of a cron job", naming.KindFunction, "next_run"},
	})
}

// TestRoleOfWhatItHolds: "a repository that stores customers" is a
// customer repository (was ICustomer), "a queue that holds pending jobs" a
// job queue (was Queue); "a response from the weather API" is the weather
// response (was Response).
func TestRoleOfWhatItHolds(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "interface for a repository that stores customers", naming.KindClass, "ICustomerRepository"},
		{"Python", "interface for a cache that stores sessions", naming.KindClass, "SessionCache"},
		{"C#", "class for a queue that holds pending jobs", naming.KindClass, "JobQueue"},
		{"Go", "struct for a cache that stores user sessions in memory", naming.KindClass, "SessionCache"},
		{"Kotlin", "data class for a response from the weather API", naming.KindClass, "WeatherResponse"},
		{"Java", "class for a service that sends emails", naming.KindClass, "EmailService"}, // control
	})
}

// TestTwoStepsEnglish: "resizes the image and saves it" names both steps
// (resizeImageAndSave, was resizeImage alone: the second step was lost), as
// the Korean 하고 does; the first step alone stays second; a toggle
// (opens and closes) is no two steps.
func TestTwoStepsEnglish(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "function that resizes the image and saves it", naming.KindFunction, "resizeImageAndSave"},
		{"Ruby", "method that creates the user and sends a welcome email", naming.KindFunction, "create_user_and_send_welcome_email"},
		{"C", "function that validates the form and submits it", naming.KindFunction, "validate_form"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "function that shows the modal and hides it", naming.KindFunction, "showModalAndHide"},
	})
}

// TestGenericMapType: a map written as its generic type is a map of its
// values ("Map<String, User> keyed by email": usersByEmail, was no name at
// all); when the question names the values itself, the type says nothing
// more (HashMap<String, List<Order>> mapping customer ids to their orders:
// ordersByCustomerId, was mappingCustomerIds).
func TestGenericMapType(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "Map<String, User> keyed by email", naming.KindVariable, "usersByEmail"},
		{"Java", "what do I call the HashMap<String, List<Order>> mapping customer ids to their orders", naming.KindVariable, "ordersByCustomerId"},
		{"Rust", "HashMap<String, Vec<Order>> of orders per customer", naming.KindVariable, "orders_by_customer"},
	})
}

// TestNotOnes: "X 아닌 Y" is the Y that are not X, as 제외한 says (관리자
// 아닌 유저 목록: nonAdminUsers, was adminUsers; 에러 아닌 결과만 모으기:
// collectNonErrorResults, was collectErrorResults: the opposite); the
// phrasebook's null 아닌 값 and 인지 아닌지 stay theirs. 캐시에 없는지 is a
// cache miss (was isCached: the opposite).
func TestNotOnes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "관리자 아닌 유저 목록", naming.KindVariable, "nonAdminUsers"},
		{"Go", "에러 아닌 결과만 모으기", naming.KindFunction, "collectNonErrorResults"},
		{"Go", "캐시에 없는지", naming.KindFunction, "isCacheMiss"},
		{"Kotlin", "null 아닌 값만", naming.KindFunction, "filterNotNull"}, // control
		{"Java", "관리자인지 아닌지", naming.KindVariable, "isAdmin"},          // control
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "관리자 아닌 유저 목록", naming.KindVariable, "adminUsers"},
		{"Go", "캐시에 없는지", naming.KindFunction, "isCached"},
	})
}

// TestFeedPlural: a bare Korean feed noun loaded, fetched or looked up is
// many (댓글 불러오기: loadComments, was loadComment); a lookup by a key, or
// a get from a named source, stays one (주문 ID로 주문 조회: getOrderByID).
func TestFeedPlural(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "댓글 불러오기", naming.KindFunction, "loadComments"},
		{"Swift", "알림 가져오기", naming.KindFunction, "fetchNotifications"},
		{"Go", "주문 ID로 주문 조회하는 함수", naming.KindFunction, "getOrderByID"},
		{"Rust", "DB에서 상품 한 개를 조회하는 함수", naming.KindFunction, "get_product"},
		{"Python", "설정 불러오기", naming.KindFunction, "load_config"}, // control: one config
	})
}

// TestThingsToDoBare: a thing a future verb will act on, said last, is the
// thing to do it to (전송할 메시지: messageToSend, was sentMessage; 처리할
// 작업들: tasksToProcess, was processedTasks: both the opposite), as 삭제할
// 파일 목록 is files_to_delete; the time to do it is no such thing (알림 보낼
// 시각: notificationTime).
func TestThingsToDoBare(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "전송할 메시지", naming.KindVariable, "messageToSend"},
		{"Java", "처리할 작업들", naming.KindVariable, "tasksToProcess"},
		{"Java", "다운로드할 파일", naming.KindVariable, "fileToDownload"},
		{"Python", "삭제할 파일 목록", naming.KindVariable, "files_to_delete"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Go", "전송할 메시지", naming.KindVariable, "sentMessage"},
		{"Kotlin", "예약 30분 전에 알림 보낼 시각 변수", naming.KindVariable, "timeToSend"},
	})
}

// TestAgentRole: a role named for its work, after the clause that says the
// work, is the type asked for, and the work is said once (이벤트 발행하는
// 퍼블리셔: EventPublisher, was emitEvent; 통화 바꾸는 컨버터:
// CurrencyConverter, was convertedCurrencyConverter).
func TestAgentRole(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "이벤트 발행하는 퍼블리셔", naming.KindClass, "EventPublisher"},
		{"Go", "로그 포맷하는 포매터", naming.KindClass, "LogFormatter"},
		{"C#", "통화 바꾸는 컨버터", naming.KindClass, "CurrencyConverter"},
		{"Python", "설정 파일 읽는 파서", naming.KindClass, "ConfigParser"},
		{"Java", "메일 보내는 서비스", naming.KindClass, "EmailService"}, // control
	})
}

// TestUIState: 상태 of a UI (폼, 화면, 리덕스 스토어) or of a game object is
// its state (formState, UiState, PlayerState; were formStatus, UiStatus,
// playerStatus); an order's 상태 stays its status; 리뷰 and 플랫폼 are no
// view or form.
func TestUIState(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "폼 상태", naming.KindVariable, "formState"},
		{"Kotlin", "sealed class ui 상태", naming.KindClass, "UiState"},
		{"TypeScript", "리덕스 장바구니 상태", naming.KindVariable, "cartState"},
		{"Java", "주문 상태", naming.KindVariable, "orderStatus"},    // control
		{"Java", "리뷰 상태 enum", naming.KindClass, "ReviewStatus"}, // control: 리뷰 is no 뷰
	})
}

// TestDoneStateJoined: 되어있는지 written as one word is 되어 있는지 (로그인
// 되어있는지: isLoggedIn, was a login function; 구독 되어있는지:
// is_subscribed, was subscribe).
func TestDoneStateJoined(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "로그인 되어있는지", naming.KindVariable, "isLoggedIn"},
		{"Python", "구독 되어있는지", naming.KindVariable, "is_subscribed"},
		{"Kotlin", "앱 설치 되어있는지", naming.KindFunction, "isAppInstalled"},
		{"Go", "연결돼있는지", naming.KindVariable, "isConnected"},
	})
}

// TestReturnAsGetter: a question that ends in "X 반환" asks for a getter
// (유저 풀네임 반환: full_name, was return_full_name); a book or a rented
// thing 반환하는 is taken back (도서 반환하는 함수: returnBook, was getBook).
func TestReturnAsGetter(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "유저 풀네임 반환", naming.KindFunction, "full_name"},
		{"PHP", "주문 상세 정보 반환", naming.KindFunction, "getOrderDetail"},
		{"Java", "도서 반환하는 함수", naming.KindFunction, "returnBook"},
		{"Java", "회원이 빌린 책 권수 반환 메서드", naming.KindFunction, "getBorrowedBookCount"}, // control
	})
}

// TestScreenRoles: a question that ends in a type's role word (액티비티,
// 프래그먼트, 뷰모델, 서비스, dao) asks for the type, and a field holding it
// (메인 액티비티: MainActivity, was a mainActivity variable only); a
// screen's view model or fragment says no Page or Screen (상세 화면 뷰모델:
// DetailViewModel, was DetailPageViewModel); a bare role is no name of its
// own (Activity, Dao).
func TestScreenRoles(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "메인 액티비티", naming.KindClass, "MainActivity"},
		{"Kotlin", "홈 화면 프래그먼트", naming.KindClass, "HomeFragment"},
		{"Kotlin", "상세 화면 뷰모델", naming.KindClass, "DetailViewModel"},
		{"Kotlin", "룸 데이터베이스 유저 dao", naming.KindClass, "UserDao"},
		{"Java", "결제 처리 서비스", naming.KindClass, "PaymentService"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "메인 액티비티", naming.KindClass, "Activity"},
	})
}

// TestDoingThing: "V하는거" is the doing, a function (이메일 보내는거 함수:
// send_email, was get_sent_email; 메시지 전송하는거: SendMessage, was a
// sentMessage variable); "쓰는 거" (what is used) and a question naming
// another kind stay as they were.
func TestDoingThing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "이메일 보내는거 함수", naming.KindFunction, "send_email"},
		{"C#", "메시지 전송하는거", naming.KindFunction, "SendMessage"},
		{"Kotlin", "suspend 함수로 채팅 메시지 보내는거 이름 뭐로 하지?", naming.KindFunction, "sendChatMessage"},
		{"Java", "장바구니 비우는거", naming.KindFunction, "clearCart"},
	})
	checkOffered(t, []topThree{{"Kotlin", "companion object에 넣을 Intent extra 키, 상품 ID 넘길 때 쓰는 거", naming.KindConstant, "EXTRA_ID"}}) // control
}

// TestTimesAsked: "몇 번 V했는지" is how many times (몇 번 클릭했는지 세는
// 변수: clickCount, was a bare count; 몇 번 틀렸는지: wrong_answer_count, was
// is_wrong); a count's 합계 is said once (총 주문 건수 합계: totalOrderCount,
// was numTotalTotals); a page view stays one (the page of a screen's view
// model goes).
func TestTimesAsked(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "몇 번 클릭했는지 세는 변수", naming.KindVariable, "clickCount"},
		{"Python", "몇 번 틀렸는지", naming.KindVariable, "wrong_answer_count"},
		{"Java", "총 주문 건수 합계", naming.KindVariable, "totalOrderCount"},
		{"Java", "상품 상세 페이지 조회수 증가시키는 메서드", naming.KindFunction, "incrementViewCount"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Java", "총 주문 건수 합계", naming.KindVariable, "numTotalTotals"},
	})
}

// TestDetectedEvent: what a detect verb detects is the event (파일 생성
// 감지되면: on_file_created, was create_file; 충돌 감지됐을 때 콜백:
// on_collision_detected, was the phrasebook's check_collision); a Korean
// question that ends in a passive 되면 is a when-clause too.
func TestDetectedEvent(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "파일 생성 감지되면", naming.KindFunction, "on_file_created"},
		{"C++", "충돌 감지됐을 때 콜백", naming.KindFunction, "on_collision_detected"},
		{"C++", "충돌 감지 함수", naming.KindFunction, "check_collision"}, // control
	})
}

// TestQualifiedWebhook: the phrasebook's webhook handler says what the
// webhook is about when the question does (github pull request webhook
// handler: HandlePullRequestWebhook among the first three, was
// HandleWebhook, WebhookHandler, OnWebhook); a bare one stays handleWebhook.
func TestQualifiedWebhook(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "github pull request webhook handler", naming.KindFunction, "HandlePullRequestWebhook"},
		{"Python", "스트라이프 결제 웹훅 처리 함수", naming.KindFunction, "handle_payment_webhook"},
		{"Java", "웹훅 받는 메서드", naming.KindFunction, "handleWebhook"}, // control
	})
}

// TestEnvVarName: the name of an environment variable is a constant of
// what it holds (API 키 환경변수 이름: API_KEY_ENV, API_KEY; was an
// environmentVariable variable only); reading one stays a function.
func TestEnvVarName(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "API 키 환경변수 이름", naming.KindConstant, "API_KEY_ENV"},
		{"Go", "환경변수 읽어오는 함수", naming.KindFunction, "readEnvironmentVariable"}, // control
	})
}

// TestReturnsFuture: a function said to return a Task, a Promise or a
// CompletableFuture is async work (Task 반환하는 주문 저장 메서드:
// SaveOrderAsync, was SaveOrder; 프로미스 리턴하는 딜레이 함수: delay, was
// getPromise).
func TestReturnsFuture(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "Task 반환하는 주문 저장 메서드", naming.KindFunction, "SaveOrderAsync"},
		{"C#", "Task<int> 리턴하는 재고 조회 메서드", naming.KindFunction, "GetStockAsync"},
		{"JavaScript", "프로미스 리턴하는 딜레이 함수", naming.KindFunction, "delay"},
	})
}

// TestEventOnTarget: "handler for click on the save button" handles the
// button's click (handleSaveButtonClick, was handleButtonSave).
func TestEventOnTarget(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "handler for click on the save button", naming.KindFunction, "handleSaveButtonClick"},
		{"JavaScript", "listener for change on the country dropdown", naming.KindFunction, "handleCountryDropdownChange"},
	})
	checkNotOffered(t, []notOffered{{"JavaScript", "handler for click on the save button", naming.KindFunction, "handleButtonSave"}})
}

// TestLaterMoment: "N 후/뒤" is the moment that long later, as "N 전" is
// that long ago (2주 후: twoWeeksLater, was give, grant; 3일 후:
// threeDaysLater, was days).
func TestLaterMoment(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "2주 후", naming.KindVariable, "twoWeeksLater"},
		{"Kotlin", "3일 후", naming.KindVariable, "threeDaysLater"},
		{"Swift", "한 시간 뒤", naming.KindVariable, "oneHourLater"},
		{"Java", "7일 전 날짜", naming.KindVariable, "sevenDaysAgo"}, // control
	})
}

// TestGlossaryEighteenth: 오브젝트 풀 is an object pool (it also gave
// SolveObject: 풀 read as 풀다), a backend has no "be" short form
// (StorageBe for storage backends).
func TestGlossaryEighteenth(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"C#", "오브젝트 풀", naming.KindFunction, "SolveObject"},
		{"Rust", "trait for storage backends", naming.KindClass, "StorageBe"},
	})
	checkTopThree(t, []topThree{{"C#", "오브젝트 풀", naming.KindClass, "ObjectPool"}})
}

// TestFrameworkJob: a Sidekiq or Laravel job is a class named for its work
// (sidekiq job that charges the subscription: ChargeSubscriptionJob, was a
// charge_subscription function).
func TestFrameworkJob(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "sidekiq job that charges the subscription", naming.KindClass, "ChargeSubscriptionJob"},
		{"PHP", "laravel job that encodes the video", naming.KindClass, "EncodeVideo"},
	})
}

// TestWhileKeeping: "deduplicate a list while preserving order" says how,
// not a state (dedupe_preserving_orders, was is_deduplicating_preserving_order;
// parse the csv while skipping the header: parseCsv, was isParsing…).
func TestWhileKeeping(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "parse the csv while skipping the header", naming.KindFunction, "parseCsv"},
		{"TypeScript", "a boolean that is true while the file is uploading", naming.KindVariable, "isFileUploading"}, // control
	})
	checkNotOffered(t, []notOffered{{"Python", "deduplicate a list while preserving order", naming.KindFunction, "is_deduplicating"}})
}

// TestStateFlag: the state before 플래그 is the predicate, as before 여부
// (업로드 완료 플래그: is_upload_complete, was is_completed_upload; uart 수신
// 완료 플래그: is_uart_received, was is_completed_uart_receive).
func TestStateFlag(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "업로드 완료 플래그", naming.KindVariable, "is_upload_complete"},
		{"C", "uart 수신 완료 플래그", naming.KindVariable, "is_uart_received"},
		{"Go", "디버그 모드 플래그", naming.KindVariable, "isDebugMode"}, // control
	})
}

// TestReReadEighteenth: what the re-read of the change mended. 로 after a
// Latin word or a digit read with a final ㄹ (QR로, 1로, 7로, 8로; were
// QR으로 …), as after 파일 and URL; a count guard that read "account" as a
// count (정리할 휴면 계정 목록 lost its things-to-do reading); "while
// preserving the original order" is dropped whole again, as reButKeeps did
// before reWhileKeeping came first.
func TestReReadEighteenth(t *testing.T) {
	for w, want := range map[string]string{"QR": "QR로", "OCR": "OCR로", "1": "1로", "7": "7로", "8": "8로", "URL)": "URL)로", "파일": "파일로", "API": "API로", "3": "3으로", "토큰": "토큰으로"} {
		if got := josa(w, "으로", "로"); got != want {
			t.Errorf("josa(%q, 으로, 로) = %q, want %q", w, got, want)
		}
	}
	checkTopThree(t, []topThree{
		{"Python", "정리할 휴면 계정 목록", naming.KindVariable, "dormant_accounts_to_cleanup"},
		{"Python", "deduplicate a list while preserving the original order", naming.KindFunction, "dedupe"},
	})
}
