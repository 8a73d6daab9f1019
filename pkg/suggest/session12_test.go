package suggest

import (
	"slices"
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twelfth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestBoundAfterWhen: a 시/때 clause before the bound a question names says
// when the bound holds (1회 충전 시 최대 주행 거리 is a maximum distance,
// was handleDrivingCharge); a clause before 호출되는 함수 stays a handler.
func TestBoundAfterWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "1회 충전 시 최대 주행 거리", naming.KindConstant, "MAX_DRIVING_DISTANCE"},
		{"Java", "한 번 요청할 때 가져올 최대 항목 수", naming.KindVariable, "maxItemCount"},
		{"Java", "결제 실패 시 호출되는 함수", naming.KindFunction, "handlePaymentFailure"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "1회 충전 시 최대 주행 거리", naming.KindFunction, "handleDrivingCharge"},
	})
}

// TestRemainingReasonOnce: the reason of a remaining count says 남은 once
// (was 남은 남은 상품의 수입니다).
func TestRemainingReasonOnce(t *testing.T) {
	a := Suggest(naming.Spec{Language: "TypeScript"}, "장바구니에 남아 있는 상품 개수")
	found := false
	for _, s := range a.Suggestions {
		if s.Name == "remainingProducts" {
			found = true
			if s.Reason != "남은 상품의 수입니다." {
				t.Errorf("reason of remainingProducts = %q", s.Reason)
			}
		}
	}
	if !found {
		t.Fatalf("no remainingProducts in %v", a.Suggestions)
	}
}

// TestFromHighestToLowest: "from highest to lowest" is descending and
// "from lowest to highest" ascending (was sortJobPostingsBySalaryToMin).
func TestFromHighestToLowest(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "sort job postings by salary from highest to lowest", naming.KindFunction, "sortBySalaryDesc"},
		{"TypeScript", "sort products by price from lowest to highest", naming.KindFunction, "sortByPriceAsc"},
		{"Go", "sort files by size from largest to smallest", naming.KindFunction, "sortBySizeDesc"},
	})
}

// TestCountNotWhich: a count question takes no phrasebook name that names
// one thing (열려 있는 탭 수 was active_tab, selected_tab first).
func TestCountNotWhich(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "에디터에 현재 열려 있는 탭 수", naming.KindVariable, "open_tab_count"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "에디터에 현재 열려 있는 탭 수", naming.KindVariable, "active_tab"},
	})
}

// TestClauseCompound: a 하다-verb clause with its object before the noun
// that ends the question names that noun as the compound does (파일을
// 저장하는 경로: fileSavePath, was file alone; 주문을 처리하는 큐 was
// order); a person after the clause is left alone.
func TestClauseCompound(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "파일을 저장하는 경로", naming.KindVariable, "fileSavePath"},
		{"Java", "주문을 처리하는 큐", naming.KindVariable, "orderProcessQueue"},
		{"Java", "사용자를 검색하는 API 주소", naming.KindVariable, "userSearchApiAddress"},
		{"Go", "위치를 다시 요청하는 기본 주기 상수", naming.KindConstant, "defaultRequestInterval"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "주문을 처리하는 큐", naming.KindVariable, "order"},
	})
}

// TestAsyncFromSource: what an async read reads from names it when the
// question has no object (was read_temperature_sensor, no async name); C
// also names the module first (sensor_read_async).
func TestAsyncFromSource(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "function that starts a non-blocking read from a pressure gauge", naming.KindFunction, "read_pressure_gauge_async"},
		{"C", "function that starts a non-blocking read from a pressure gauge", naming.KindFunction, "gauge_read_async"},
		{"Java", "function that reads from the socket asynchronously", naming.KindFunction, "readSocketAsync"},
	})
}

// TestEnqueueWithoutWork: what goes on a queue is named without the words
// that say it is work (enqueue_monthly_invoice, was
// enqueue_monthly_invoice_creation_task first); work alone stays.
func TestEnqueueWithoutWork(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "월간 청구서 생성 작업을 백그라운드 큐로 넘기는 메서드", naming.KindFunction, "enqueue_monthly_invoice"},
		{"Python", "작업을 큐에 추가하는 함수", naming.KindFunction, "enqueue_task"},
	})
}

// TestAvailableThing: a thing one can borrow or rent is available (대출
// 가능한 책: availableBooks, was loanBooks); a size stays the action's
// (업로드 가능한 파일 크기) and a person stays who acts.
func TestAvailableThing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "대여 가능한 자전거 목록", naming.KindVariable, "availableBikes"},
		{"Java", "업로드 가능한 최대 크기", naming.KindVariable, "maxUploadSize"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "대여 가능한 자전거 목록", naming.KindVariable, "rentBikes"},
	})
}

// TestClassifyByIsGroup: sorting things into groups by a key is grouping
// (로그를 심각도별로 분류하는 함수: groupLogsBySeverity, was
// classifyBySeverity); classifying an image stays classify.
func TestClassifyByIsGroup(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "주문을 상태별로 분류하는 함수", naming.KindFunction, "groupByStatus"},
		{"Go", "에러를 심각도별로 분류하는 함수", naming.KindFunction, "groupBySeverity"}, // was classifyBySeverity
		{"Python", "이미지를 분류하는 함수", naming.KindFunction, "classify_image"},
	})
}

// TestShortCriterion: a criterion of several words is offered short too,
// without its generic last word (by severity level: groupBySeverity) or as
// its last noun (by product category: groupByCategory).
func TestShortCriterion(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "function that groups alerts by priority level", naming.KindFunction, "groupByPriority"},
		{"Swift", "sort employees by their department number", naming.KindFunction, "sortByDepartment"},
		{"JavaScript", "강의들 난이도 카테고리별로 묶는 함수", naming.KindFunction, "groupByCategory"},
	})
}

// TestNamedFailureHandler: a callback for a failure of something named is
// named for it (업로드가 실패했을 때 호출되는 콜백: onUploadFailed, was
// onError, onFailure, handleError first), its short form keeps the head
// (onPaymentFailed, was onFailed); a failure of nothing named stays onError.
func TestNamedFailureHandler(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "동기화가 실패했을 때 호출되는 콜백", naming.KindFunction, "onSyncFailed"},
		{"Ruby", "해외 카드 결제가 실패했을 때 호출되는 콜백", naming.KindFunction, "on_payment_failed"},
		{"Kotlin", "실패했을 때 호출되는 콜백", naming.KindFunction, "onError"},
		{"Kotlin", "레이어 선택이 바뀔 때 호출되는 리스너", naming.KindFunction, "onLayerSelectionChanged"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "동기화가 실패했을 때 호출되는 콜백", naming.KindFunction, "onError"},
	})
}

// TestNoFormInsideUnknownWord: one unknown syllable before a glossary form
// makes one unknown word, not that form (글리프 is no leaf, 직조기 no
// "early", 영사과 no apology); a prefix is a word (재발송, 미결제).
func TestNoFormInsideUnknownWord(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"Ruby", "폰트 파일에 들어 있는 글리프 개수 변수", naming.KindVariable, "font_file_leaf_count"},
		{"PHP", "직조기가 멈췄는지 확인하는 함수", naming.KindFunction, "isEarlyStopped"},
	})
	checkTopThree(t, []topThree{
		{"Java", "미결제 주문 목록", naming.KindVariable, "unpaidOrders"},
	})
	if a := Analyze("직조기 상태 목록"); slices.ContainsFunc(a.f.items, func(it item) bool { return it.t != nil && it.t.en() == "early" }) {
		t.Errorf("직조기 read as early: %v", a.f.items)
	}
}

// TestHeldInContainer: what a queue, stack or array holds names it in the
// plural (작업을 담는 큐: tasks, was task; 인쇄 작업을 담는 큐: printJobs);
// a list question takes no one-word singular phrasebook name (소켓
// 디스크립터들을 담는 배열 was socket, ws first).
func TestHeldInContainer(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "재전송할 패킷을 담는 큐", naming.KindVariable, "packets"}, // (not resentPackets: they are still to resend, 26th session)
		{"C", "연결된 소켓 디스크립터들을 담는 배열", naming.KindVariable, "connections"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "재전송할 패킷을 담는 큐", naming.KindVariable, "packet"},
		{"C", "연결된 소켓 디스크립터들을 담는 배열", naming.KindVariable, "socket"},
	})
}

// TestWhoDid: people named by what they did to a thing are the people with
// the thing in its new state (알림을 켜 둔 사용자: usersWithNotificationsEnabled,
// was notifications; 주문을 취소한 고객: customersWithCancelledOrders).
func TestWhoDid(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "푸시 알림을 켜 놓은 회원 목록", naming.KindVariable, "membersWithPushNotificationsEnabled"},
		{"Java", "주문을 취소한 고객 목록", naming.KindVariable, "customersWithCancelledOrders"},
		{"Java", "휴대폰 번호를 인증한 사용자 목록", naming.KindVariable, "usersWithVerifiedPhoneNumbers"},
	})
}

// TestGoDurationsUnitless: Go names of spans of time say them without the
// unit (a time.Duration carries it: defaultTimeout beside
// defaultClientTimeout), and the unit the question gave stays third in its
// fullest name.
func TestGoDurationsUnitless(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "gRPC 클라이언트 기본 타임아웃 5초 상수", naming.KindConstant, "defaultClientTimeout"},
	})
}

// TestSetValueInPlace: putting a value into a place sets it (입력 필드에
// 값을 넣는: setTextFieldValue, was addToTextField); a collection still
// takes add. The i18n line (translate, t) keeps to questions about keys
// and messages (번역할 문자열의 글자 수를 세는 함수 was translate, t).
func TestSetValueInPlace(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "입력 필드에 값을 넣는 메서드", naming.KindFunction, "setTextFieldValue"},
		{"Python", "리스트에 값을 추가하는 함수", naming.KindFunction, "append"},
		{"JavaScript", "다국어 메시지 번역 함수", naming.KindFunction, "translate"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "번역할 문장의 글자 수를 세는 함수", naming.KindFunction, "t"},
	})
}

// TestByAmount: X만큼 is by X (각도만큼 회전: rotateImageByAngle, was
// rotate_angle with the image lost), not 만 "only"; 지정한 before a noun
// says it is given, as 주어진 does (was rotate_by_set_angle).
func TestByAmount(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "사진을 지정한 각도만큼 회전시키는 함수", naming.KindFunction, "rotate_photo_by_angle"},
	})
	checkOffered(t, []topThree{
		// below the short names since session 15 (shortBeforeLong)
		{"Java", "재고를 주문 수량만큼 차감하는 함수", naming.KindFunction, "deductStockByOrderQuantity"},
	})
}

// TestUntilMomentEvent: the time left until a moment said as "X expires at"
// counts down to the event (토큰 만료 시각까지 남은 시간: timeUntilTokenExpiry,
// was time_until_at); A/B is one word (abTest, was bTest); 종료 예정일 is
// the end date.
func TestUntilMomentEvent(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "세션 만료 시각까지 남은 시간을 계산하는 함수", naming.KindFunction, "time_until_session_expiry"},
		{"TypeScript", "A/B 테스트 설정을 불러오는 함수", naming.KindFunction, "loadAbTestConfig"},
		{"TypeScript", "프로모션 종료 예정일", naming.KindVariable, "endDate"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "세션 만료 시각까지 남은 시간을 계산하는 함수", naming.KindFunction, "time_until_at"},
	})
}

// TestLastDoneTo: the last time something was done to a thing is when it
// was last done (문서를 마지막으로 저장한 시각: lastSavedAt, was
// lastDocumentAt, the saving lost); what last came in is still its own
// moment (lastHeartbeatAt).
func TestLastDoneTo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "문서를 마지막으로 저장한 시각 변수", naming.KindVariable, "last_saved_at"},
		{"C++", "마지막으로 하트비트 받은 시각", naming.KindVariable, "last_heartbeat_at"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "문서를 마지막으로 저장한 시각 변수", naming.KindVariable, "last_document_at"},
	})
}

// TestPerOne: X 한 번에, X 하나에, X 한 명이 are per X, and a bound per
// something keeps a per name among the first three (로그 배치 하나에 담을
// 최대 로그 개수: maxLogsPerLogBatch third, after the phrasebook's).
func TestPerOne(t *testing.T) {
	for _, q := range []string{"메시지 배치 하나에 담을 최대 메시지 개수", "회원 한 명이 동시에 대여할 수 있는 최대 자전거 수 상수"} {
		a := Suggest(naming.Spec{Language: "Java"}, q)
		per := map[naming.Kind]bool{}
		seen := map[naming.Kind]int{}
		for _, s := range a.Suggestions {
			if seen[s.Kind]++; seen[s.Kind] <= 3 && strings.Contains(s.Name, "Per") || strings.Contains(s.Name, "_PER_") && seen[s.Kind] <= 3 {
				per[s.Kind] = true
			}
		}
		if len(per) == 0 {
			t.Errorf("%q: no per name among the first three: %v", q, a.Suggestions)
		}
	}
}

// TestNamedWebhookHandler: a handler of a webhook about something named
// keeps what it is about (콘서트 티켓 환불 웹훅을 받았을 때 처리하는 메서드:
// handle_refund_webhook, was handle_webhook, webhook_handler, on_webhook
// first); a bare webhook stays handle_webhook.
func TestNamedWebhookHandler(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "콘서트 티켓 환불 웹훅을 받았을 때 처리하는 메서드", naming.KindFunction, "handle_refund_webhook"},
		{"Ruby", "웹훅을 받았을 때 처리하는 메서드", naming.KindFunction, "handle_webhook"},
	})
}

// TestViewOfClause: a view or screen a clause describes is the type of what
// it shows (말풍선을 그리는 뷰 클래스: SpeechBubbleView, was
// SpeechBubbleDrawer; 주문 내역을 표시하는 화면: OrderHistoryScreen, was
// Screen); 뷰 there is a view, not Vue.
func TestViewOfClause(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "프로필 사진을 그리는 뷰 클래스 이름", naming.KindClass, "ProfileImageView"},
		{"Kotlin", "결제 내역을 표시하는 화면", naming.KindClass, "PaymentHistoryScreen"},
	})
}

// TestIsCurrentlyVing: "currently" in a clause the head is about changes
// nothing (the direction a train is currently moving: TrainDirection, was
// DirectionTrain).
func TestIsCurrentlyVing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "enum for the direction a train is currently moving", naming.KindClass, "TrainDirection"},
	})
}

// TestHyphenedPhrasalNoun: a hyphened phrasal verb before a noun is one
// noun (a drop-off point: DropoffPoint, was PointDropper); logged-in and
// check-out keep their readings.
func TestHyphenedPhrasalNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "class that represents a drop-off point", naming.KindClass, "DropoffPoint"},
		{"Java", "the logged-in user", naming.KindVariable, "currentUser"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "class that represents a drop-off point", naming.KindClass, "PointDropper"},
	})
}

// TestReflectIsApply: 반영하다 with an object applies it (경기 결과를
// 순위표에 반영하는: applyMatchResults…, was applyChangesMatchResults); 변경
// 사항 반영하다 alone is still apply changes.
func TestReflectIsApply(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "설정을 반영하는 함수", naming.KindFunction, "applyConfig"},
		{"Rust", "시험 점수를 성적표에 반영하는 함수", naming.KindFunction, "apply_test_score_to_report_card"},
	})
}

// TestConciseCount: a count's short form drops the word before what it
// counts, not the counted thing (pending_job_count for
// pending_train_job_count, was pending_train_count).
func TestConciseCount(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "오늘 완료한 요가 세트 수를 담는 변수", naming.KindVariable, "today_completed_set_count"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "큐에 대기 중인 빌드 잡 개수를 돌려주는 함수", naming.KindFunction, "get_pending_build_count"},
	})
}

// TestSweptThings: a cleanup of things in a state sweeps all of them
// (만료된 세션을 정리하는: cleanupExpiredSessions, was
// cleanupExpiredSession); one session is still one.
func TestSweptThings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "비활성 계정을 정리하는 배치 메서드", naming.KindFunction, "cleanupInactiveAccounts"},
		{"Java", "세션을 정리하는 함수", naming.KindFunction, "cleanupSession"},
	})
}

// TestYesNoNotAction: a yes/no question takes no phrasebook name that
// does the action ("check whether this coupon has already been redeemed"
// was redeemCoupon first); check-like leads stay (verifyPassword).
func TestYesNoNotAction(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"TypeScript", "check whether this coupon has already been redeemed", naming.KindFunction, "redeemCoupon"},
	})
	checkTopThree(t, []topThree{
		{"Python", "does the entered password match the saved hash", naming.KindFunction, "verify_password"},
	})
}

// TestPlaceCompound: the words before a place noun with 에 are its
// compound when the verb takes the place alone or the question names its
// object later (채팅 서버에 연결하는: connectToChatServer, was connectChat;
// 결제 서버에 요청을 보내는: …ToPaymentServer, the payment was lost); they
// stay the object otherwise (주문 큐에 넣는: enqueueOrder).
func TestPlaceCompound(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "게임 서버에 연결하는 함수", naming.KindFunction, "connect_to_game_server"},
		{"Rust", "인증 서버에 토큰을 보내는 함수", naming.KindFunction, "send_token_to_authentication_server"},
		{"Python", "주문 큐에 넣는 함수", naming.KindFunction, "enqueue_order"},
	})
}

// TestSortDirectionNoKey: values sorted in a direction with no key say the
// direction (점수를 내림차순으로 정렬: sortScoresDesc, sortByScoreDesc; was
// sortScores); a short form keeps what is sorted (not sort_student_desc).
func TestSortDirectionNoKey(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "랭킹 점수를 내림차순으로 정렬하는 함수", naming.KindFunction, "sort_by_score_desc"},
		{"Python", "상품 가격 목록을 오름차순으로 정렬하는 함수", naming.KindFunction, "sort_by_price_asc"},
	})
}

// TestRemoveDuplicates: removing duplicate entries or items is
// removeDuplicates or dedupe (was removeDuplicateItems); duplicate users
// stay users.
func TestRemoveDuplicates(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "remove duplicate records from a sorted list", naming.KindFunction, "remove_duplicates"},
		{"Python", "remove duplicate users from the list", naming.KindFunction, "remove_duplicate_users"},
	})
}
