package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the fifteenth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestThingAfterWhen: a when clause before a modifier and a noun says when
// the value is taken; the thing after it is named (주문 취소할 때 환불된
// 금액: refundedAmount, was order; 서버 재시작할 때 남아있는 작업 수:
// remaining tasks, was remaining servers). A handler after 때 stays an
// event's.
func TestThingAfterWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "주문 취소할 때 환불된 금액 변수", naming.KindVariable, "refundedAmount"},
		{"Python", "서버 재시작할 때 남아있는 작업 수", naming.KindVariable, "remaining_task_count"},
		{"C++", "동기화 진행률 보여줄 때 지금까지 보낸 파일 수", naming.KindVariable, "files_sent"},
		{"JavaScript", "스크롤할 때 실행되는 핸들러", naming.KindFunction, "onScroll"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "서버 재시작할 때 남아있는 작업 수", naming.KindVariable, "remaining_servers"},
	})
}

// TestNamedCurrency: an exchange-rate conversion that names the currency
// it goes to is that conversion (toUsd, krwToUsd), not convertCurrency; an
// amount in a currency is named by the currency (krwToUsd, was
// krwAmountToUsd).
func TestNamedCurrency(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "환율 적용해서 엔화 금액을 원화로 바꾸는 함수", naming.KindFunction, "jpyToKrw"},
		{"Python", "달러 금액을 원화로 바꾸는 함수", naming.KindFunction, "usd_to_krw"},
		{"Go", "환율 적용해서 금액 변환하는 함수", naming.KindFunction, "convertCurrency"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "환율 적용해서 엔화 금액을 원화로 바꾸는 함수", naming.KindFunction, "convertCurrency"},
	})
}

// TestQuizAndMissed: 맞힌 문제 수 is the correct answers' count (was
// questionCount) and 놓치다 is miss (놓친 알림: missedNotifications, was
// notifications).
func TestQuizAndMissed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "모의고사에서 맞힌 문항 수 변수", naming.KindVariable, "correctAnswerCount"},
		{"Swift", "놓친 알림 목록 변수", naming.KindVariable, "missedNotifications"},
	})
}

// TestShortBeforeLong: after the first name, a name of four content words
// or more goes below the shorter names after it (wait_for_completion,
// remainingMinutes moved into the first three).
func TestShortBeforeLong(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "async fn that keeps polling a deploy job status until it finishes", naming.KindFunction, "wait_for_completion"},
		{"Kotlin", "다음 회의 시작까지 몇 분 남았는지 담는 변수", naming.KindVariable, "remainingMinutes"},
	})
}

// TestQtSlot: a Qt slot is the handler function (Qt 슬롯 이름, X 바뀌었을
// 때; 버튼 clicked 시그널에 연결할 슬롯: was a variable or no name).
func TestQtSlot(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "Qt 슬롯 이름, 볼륨 값 바뀌었을 때", naming.KindFunction, "on_volume_changed"},
		{"C++", "전송 버튼 clicked 시그널에 연결할 슬롯 이름", naming.KindFunction, "on_submit_button_clicked"},
	})
}

// TestInsertedAndAfter: 꽂다, 꽂히다 is insert (카드 꽂히면: on_card_inserted,
// was on_card_received); 생성된 다음 is after it was created, and a Rails
// callback that says only when it runs keeps that moment (was no name).
func TestInsertedAndAfter(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "주차 정산기에 티켓 꽂히면 호출되는 콜백 함수", naming.KindFunction, "on_ticket_inserted"},
	})
	checkOffered(t, []topThree{
		{"Ruby", "헌혈 예약 생성된 다음 실행되는 after_create 콜백 메서드", naming.KindFunction, "on_blood_donation_reservation_created"}, // (on_reservation_created while 헌혈 was unknown)
	})
	checkTopThree(t, []topThree{
		{"Ruby", "주문 생성된 후 재고 차감하는 after_create 콜백 메서드", naming.KindFunction, "decrease_stock"},
	})
}

// TestCountNoList and TestDebouncedItself: a phrasebook list line filled
// with a count is no list (최근 가입한 회원 수: not new_signup_counts); a
// 디바운스 함수 that delays a search is the debounced search itself (was
// handleSearchChange).
func TestCountNoList(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"Ruby", "최근 14일 동안 가입한 회원 수", naming.KindVariable, "new_signup_counts"},
	})
	checkTopThree(t, []topThree{
		{"Ruby", "최근 14일 동안 가입한 회원 수", naming.KindVariable, "recent_signup_count"},
	})
}

func TestDebouncedItself(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "검색어 타이핑할 때마다 요청 늦추는 디바운스 함수", naming.KindFunction, "debouncedSearch"},
	})
}

// TestFinishesDoing: "when X finishes V-ing" is the work done (a file
// finishes uploading: FileUploaded, was FileFinished; the video finishes
// loading: onVideoLoaded, was onVideoFinished).
func TestFinishesDoing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "event raised when an invoice finishes exporting", naming.KindFunction, "OnInvoiceExported"},
		{"Java", "callback invoked when the map finishes loading", naming.KindFunction, "onMapLoaded"},
	})
}

// TestCountsEachWordAndMomentMap: "how many times each word appears" in a
// dictionary is the word counts (was counting_word_dictionary_occurrence_
// count); a map to a moment keeps whose moment it is (last login times by
// user id first, was times_by_user_id).
func TestCountsEachWordAndMomentMap(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "dict that records how many times each word shows up in a document", naming.KindVariable, "word_counts"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "map from device id to last sync time", naming.KindVariable, "times_by_device_id"},
		{"C++", "map from device id to last sync time", naming.KindVariable, "last_synced_at_times_by_device_id"}, // a moment said twice
	})
}

// TestObjectInIdioms: phrasebook lines that named no object now name it
// (즐겨찾기한 가게 목록: favoriteStores, was favorites; 중복 제거된 태그
// 리스트: unique_tags first, was unique_values), and uploading many at once
// is an upload, not a bulk import (uploadImages, bulkUpload; was bulkImport).
func TestObjectInIdioms(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "즐겨찾기한 식당 목록", naming.KindVariable, "favoriteRestaurants"},
		{"Kotlin", "즐겨찾기 목록", naming.KindVariable, "favorites"},
		{"Python", "중복 제거된 이메일 리스트", naming.KindVariable, "unique_emails"},
		{"TypeScript", "여러 동영상 한꺼번에 업로드하는 함수", naming.KindFunction, "uploadVideos"},
		{"Java", "상품 일괄 등록 메서드", naming.KindFunction, "bulkImport"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "여러 동영상 한꺼번에 업로드하는 함수", naming.KindFunction, "bulkImport"},
	})
}

// TestAllCounted: 전체 before a counted noun is the total, and the scene
// before it goes (쇼핑몰 전체 상품 개수: totalProductCount, was
// mallProductCount); a name says total once.
func TestAllCounted(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "쇼핑몰 전체 상품 개수 변수", naming.KindVariable, "totalProductCount"},
		{"Java", "전체 직원 수", naming.KindVariable, "totalEmployeeCount"},
	})
	checkNotOffered(t, []notOffered{
		{"PHP", "게시판 전체 글 개수", naming.KindVariable, "$boardTotalPostTotal"},
	})
}

// TestNegatedStates: 에러 난 is failed, 못 한 is not done, 응답 안 온 is
// pending, 연결 끊긴 is disconnected; a verbal noun with 들 is plural
// (실패한 요청들: failed_requests, was failed_request).
func TestNegatedStates(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "에러 난 결제들 모아둔 리스트", naming.KindVariable, "failed_payments"},
		{"Rust", "처리 못 한 메시지 목록", naming.KindVariable, "unprocessed_messages"},
		{"Go", "응답 안 온 요청 목록", naming.KindVariable, "pendingRequests"},
		{"Go", "연결 끊긴 플레이어 목록", naming.KindVariable, "disconnectedPlayers"},
		{"Python", "실패한 요청들", naming.KindVariable, "failed_requests"},
	})
}

// TestFieldsListed: fields in a list are form fields, the thing listed, not
// the kind asked (비어있는 필수 필드 목록: emptyRequiredFields, was no name).
func TestFieldsListed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "비어있는 필수 필드 목록", naming.KindVariable, "$emptyRequiredFields"},
		{"Kotlin", "검증 실패한 필드 이름들 배열", naming.KindVariable, "failedFields"},
		{"Java", "사용자 이름 필드", naming.KindVariable, "userName"},
	})
}

// TestMapProvenance: in a map question, where the values came from is no
// key (dict mapping product names to prices from the API:
// prices_by_product_name, was prices_by_api; feature names mapped to scores
// are no feature columns).
func TestMapProvenance(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "dict mapping city names to temperatures from the weather API", naming.KindVariable, "temperatures_by_city_name"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "dict mapping feature names to importance scores", naming.KindVariable, "feature_columns_by_feature_name"},
	})
}

// TestEndsAt: 종료 일시, 끝나는 일시 is when it ends (endsAt; was exitedAt,
// 종료 read as exit), 시작 일시 when it starts; 끝나는 시간 is the end time.
func TestEndsAt(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "쿠폰 종료 일시", naming.KindVariable, "$couponEndsAt"},
		{"TypeScript", "공지 팝업 노출 끝나는 일시 필드", naming.KindVariable, "endsAt"},
		{"Java", "프로모션 시작 일시", naming.KindVariable, "promotionStartsAt"},
		{"Kotlin", "경매 끝나는 시간", naming.KindVariable, "auctionEndTime"},
	})
}

// TestTypeObject: "X 객체로" is to an X (유닉스 타임스탬프를 Date 객체로
// 변환: fromUnixTimestamp, was the variable unixTimestampDate); a
// dictionary turned into an object is from_dict, not to_dict.
func TestTypeObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "에포크 밀리초를 Date 객체로 변환", naming.KindFunction, "fromTimestamp"},
		{"Python", "딕셔너리를 Invoice 객체로 변환하는 함수", naming.KindFunction, "from_dict"},
		{"Python", "Invoice 객체를 딕셔너리로 변환하는 함수", naming.KindFunction, "to_dict"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "딕셔너리를 Invoice 객체로 변환하는 함수", naming.KindFunction, "to_dict"},
	})
}

// TestEarliestLatest: 가장 빠른 before a date or a time is the earliest
// (was fastest), 가장 늦은 the latest (was late); 가장 빠른 서버 stays
// the fastest.
func TestEarliestLatest(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "가장 빠른 입고 날짜", naming.KindVariable, "earliest_date"},
		{"Python", "가장 늦은 제출 기한", naming.KindVariable, "latest_due_date"},
		{"Go", "가장 빠른 미러 서버 찾는 함수", naming.KindFunction, "findFastestServer"},
	})
}

// TestFilterDownTo: "filters X down to the ones who …" keeps only those X
// (filterInactiveUsers, was filterUserDowns).
func TestFilterDownTo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "function that filters the list of invoices down to those that were refunded", naming.KindFunction, "filter_refunded_invoices"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "func that filters a slice of accounts down to the ones that are locked", naming.KindFunction, "filterAccountDowns"},
	})
}

// TestHookAndTrueWhile: "hook that returns X" is useX (was useHook); "a
// boolean that's true while a file is being uploaded" asks whether (was
// isTrued).
func TestHookAndTrueWhile(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "hook that returns the scroll position", naming.KindFunction, "useScrollPosition"},
		{"Java", "name for a boolean that's true while a video is being encoded", naming.KindVariable, "isEncoding"},
	})
}

// TestWebhookThingAndClauses: a webhook's own thing (deliveries, URL) is no
// callback (list of failed webhook deliveries: failedWebhookDeliveries, was
// handleFailedDelivery); "that failed and still need a retry" are the
// failed ones; "but keeps their original order" says how, no word of the
// name (removeDuplicateTags, was removeOriginalOrders).
func TestWebhookThingAndClauses(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "list of webhook jobs that failed and still need a retry", naming.KindVariable, "failedWebhookJobs"},
		{"TypeScript", "function that removes duplicate emails but keeps their original order", naming.KindFunction, "removeDuplicateEmails"},
		{"Go", "GitHub 웹훅 받는 핸들러", naming.KindFunction, "handleGitHubWebhook"}, // (handleGitHubWebhook since the thirty-seventh session: r18, r38 and r46 accept it, none handleWebhook)
	})
}

// TestInstantInZone: a capitalised Instant is java.time's timestamp (was
// immediate), and the zone after a conversion's target says how
// (toLocalDate, was handleConvert).
func TestInstantInZone(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "method that turns an Instant into the LocalDateTime in the user's own time zone", naming.KindFunction, "toLocalDateTime"},
	})
}

// TestGoesLemma: goes and does are go and do (was goe: onAppGoed).
func TestGoesLemma(t *testing.T) {
	if l := guessLemma("goes"); l.word != "go" {
		t.Errorf("guessLemma(goes) = %q, want go", l.word)
	}
	checkNotOffered(t, []notOffered{
		{"Swift", "method called when the app goes to the background", naming.KindFunction, "onAppGoed"},
	})
}

// TestSettingAsVerb: a function asked with no verb, whose last noun is a
// setting (설정), sets the thing before it (언어 설정 메서드: setLocale, was
// getLocaleSetting; 펌프 회전 속도 설정 함수: set_rotation_speed, was
// get_integer_rotation_speed_config); 펌프 is a pump and 정수장 a water
// treatment plant (정수 is no integer there).
func TestSettingAsVerb(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "언어 설정 메서드", naming.KindFunction, "setLocale"},
		{"Python", "볼륨 설정 함수", naming.KindFunction, "set_volume"},
		{"TypeScript", "사용자 설정 저장 함수", naming.KindFunction, "saveUserSettings"},
		{"Python", "펌프 켜는 함수", naming.KindFunction, "enable_pump"},
	})
}

// TestIdiomGuards: a phrasebook line that matched the kind word 프로퍼티
// as a property of the question (변경된 파일 경로 목록 프로퍼티: was
// ChangedFields), "unlock" and "user" far apart (was unlockAccount for
// products bought in-app), and a 0~1 score turned into a percent string
// (was normalize) no longer fire.
func TestIdiomGuards(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"C#", "이번 배포에서 변경된 설정 파일 목록 프로퍼티", naming.KindVariable, "ChangedFields"},
		{"Swift", "array of level IDs the user already bought in-app, used to unlock stages", naming.KindFunction, "unlockAccount"},
		{"Python", "정확도(0~1 사이 float)를 \"93%\" 같은 퍼센트 문자열로 바꾸는 함수", naming.KindFunction, "normalize"},
	})
	checkTopThree(t, []topThree{
		{"C#", "변경된 필드 목록 프로퍼티", naming.KindVariable, "ChangedFields"},
		{"Java", "method that unlocks a user account", naming.KindFunction, "unlockAccount"},
		{"Python", "값을 0~1 사이로 정규화하는 함수", naming.KindFunction, "normalize"},
	})
}

// TestIdiomGuards2: attendance marking does not fire on 지각 처리 (was
// MarkAttendance), nor the wake-time line on a sleep span from bedtime to
// waking (was sleepEnd).
func TestIdiomGuards2(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"C#", "출석부에 조퇴 처리하는 메서드", naming.KindFunction, "MarkAttendance"},
		{"Swift", "취침부터 기상까지 걸린 수면 시간 변수", naming.KindVariable, "sleepEnd"},
	})
	checkTopThree(t, []topThree{
		{"C#", "출석 체크하는 메서드", naming.KindFunction, "MarkAttendance"},
	})
}
