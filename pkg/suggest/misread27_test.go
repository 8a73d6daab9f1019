package suggest

import (
	"testing"
	"time"

	"namebot/pkg/evalset"
	"namebot/pkg/naming"
)

// TestMisreadings27: readings found on eval/read/r13.yaml and on probe
// questions written for this test (27th session); each row failed before
// the rule its comment names.
func TestMisreadings27(t *testing.T) {
	checkNotSaid(t, []notSaid{
		// a scene sentence that ends in 프로그램, 과제, 플러그인 is no word of
		// the name (restate.go reSceneLead)
		{"Python", "동호회 관리 프로그램. 이번 정모 참석하는 회원들 리스트 변수", "program"},
		{"Java", "자료구조 과제. 스택이 꽉 찼는지 확인하는 메서드", "assignment"},
		{"PHP", "워드프레스 플러그인 - 쿠폰 만료됐는지 체크하는 함수", "plugin"},
		{"PHP", "캠핑장 예약 사이트... 다음 예약 가능한 날짜 담는 변수", "website"},
		// 주차 is parking; N주차 and 주차별 are weeks (glossary; restate.go
		// koRewrites)
		{"C#", "주차타워 빈 자리 몇 개인지 세는 메서드", "week"},
		{"Swift", "주차 기록 모델 구조체", "week"},
		{"Python", "강의 주차별 과제 목록 딕셔너리", "parking"},
		{"Python", "3주차 과제 목록 변수", "parking"},
		// 디데이 is a word of its own, not 디 and 데이 at the start of two
		// (idioms: 디자이너 … 데이터 was days_until)
		{"Python", "네일샵 예약 데이터 디자이너별로 묶는 함수", "days"},
		// 참 is true only as a word (참가자 was random_bool)
		{"Ruby", "체육대회 참가자들 랜덤으로 조 배정하는 메서드", "bool"},
		// 폐기 of a thing not revoked is discarding it; 소리 끊는 stops it
		// (settle.go verbSense)
		{"Python", "반찬가게 마감 후 안 팔린 반찬 폐기 처리하는 함수", "revoke"},
		{"Python", "리프레시 토큰 폐기하는 함수", "discard"},
		{"C++", "게임 일시정지할 때 배경음악 소리 끊는 함수", "disconnect"},
		// 리턴키, 엔터 are keys, the keyboard no word (glossary; was
		// onKeyboardPressed)
		{"Swift", "검색창에서 키보드 엔터 눌렀을때 실행할 메서드", "Keyboard"},
		// a receiver or an event function that does something is named for
		// it, no receiver of a sent thing (restate.go reDoesHandlerKo)
		{"Python", "장고 시그널로 주문 생성되면 알림 보내는 receiver 함수", "receiver"},
		// the HTTP method of a handler is no word of it (restate.go
		// reMethodRoute; was create_post)
		{"Rust", "axum으로 예약 취소하는 DELETE 핸들러", "delete_"},
		{"Rust", "설정 TOML 문자열을 Settings 구조체로 바꾸는 함수", "settings_to_settings"},
		// a name that says a run of words twice goes (concise.go noOp)
		{"Swift", "프로필 사진 변경 완료 후 호출되는 델리게이트 메서드", "ProfileImageUpdateDidCompleteProfile"},
		// a member list in parentheses is no word of the name (reMembersParen)
		{"C", "struct for one entry in the ship's log (time, heading, speed)", "speed"},
		// a scene sentence with a copula, or a 스크립트, 제어기, 페이지 before
		// a comma, goes (restate.go reSceneLead)
		{"Python", "천문 동아리 일정 짜는 스크립트. 다음 보름달 날짜 구하는 함수", "script"},
		{"C", "온실 환기 제어기, 창문 상태 enum 이름", "control"},
		{"Java", "납골당 관리 프로그램이에요. 안치단마다 유족 명단 저장해 둘 Map 변수", "program"},
		{"C", "임베디드 C, 버튼 눌림 인터럽트 서비스 루틴 함수명", "c_button"},
		// how to name it is no word of it (restate.go rePrefixAside; was
		// removeConnectedSensors)
		{"Go", "연결된 기기 개수 리턴하는 메서드, Get은 빼고", "remove"},
		// a one-line scene of nouns goes (context3.go sceneNoun)
		{"Go", "아두이노 온도 로거. 저장된 측정값 개수 리턴 메서드", "logger"},
		// 몇 팀 남았는지 is a count, not a yes/no (restate.go reHowManyKo)
		{"Kotlin", "줄 서기 앱, 앞에 몇 팀 남았는지 변수", "has"},
		// 방문자 수 has no 문자 수 in it (idioms: was char_count)
		{"Python", "방문자 수 세는 변수", "char"},
		// an example before 같은 is no word of the name (examples.go
		// reLikeActKo; was RegisterSameRequest)
		{"C#", "소매 줄이기 같은 수선 요청 접수하는 메서드", "same"},
		// irregular participles (words.go; was on_ctrl_c_hited)
		{"Python", "callback for when the player gets hit by a bullet", "hited"},
		// "pushes offline edits": the plural after a verb and a modifier is
		// the object (infer.go verbObject; was editToOfflineServer)
		{"Kotlin", "function that uploads unsynced edits to the server", "editTo"},
		// where it is shown or picked is no word of it (restate.go reShownOn)
		{"TypeScript", "count of new messages for the little badge on the chat icon", "badge"},
		{"Kotlin", "list of files the user picked in a file picker", "picker"},
		// the type a conversion's result comes as (restate.go reIntoTyped)
		{"Ruby", "method on Order that turns it into a receipt hash", "hash"},
		// where on a grid is the argument (restate.go reAtCoords)
		{"C#", "method that checks whether the cell at (row, col) is empty", "row"},
		// a given weekday is the argument, not a day-of-week getter (idioms)
		{"PHP", "fn that returns the opening hour for a given weekday", "dayOfWeek"},
	})
	checkTopThree(t, []topThree{
		// 키보드 눌렀을 때 presses a key (settle.go verbSense)
		{"TypeScript", "리듬게임. 키보드 눌렀을때 처리하는 함수", naming.KindFunction, "handleKeyPress"},
		// 참가 신청한 is registered (glossary; was requested_join_members)
		{"Python", "이번 워크숍 참가 신청한 회원들 리스트", naming.KindVariable, "registered_members"},
		// 장사 중 is open (restate.go koRewrites; was isPurchasing)
		{"JavaScript", "붕어빵 노점 지금 장사중인지 여부", naming.KindVariable, "isOpen"},
		// 출석 인원 is the attendance count (restate.go koRewrites; was peopleCount)
		{"JavaScript", "주일학교 출석 인원 변수", naming.KindVariable, "attendanceCount"},
		// an English action that failed is the noun of the error, and a
		// custom error thrown is named for what failed (refine.go;
		// restate.go koRewrites; was CustomError, ErrorFetcher)
		{"JavaScript", "upload 실패하면 던질 커스텀 에러 클래스", naming.KindClass, "UploadError"},
		{"JavaScript", "로그인 실패하면 던질 커스텀 에러 클래스", naming.KindClass, "LoginError"},
		// 입장 가능 시간 is the entry time; 예약 가능한 일시 the available
		// time (restate.go reActPossibleTime, reAvailTime)
		{"JavaScript", "놀이공원 마지막 입장 가능 시간 변수", naming.KindVariable, "lastEntryTime"},
		{"PHP", "다음 대여 가능한 일시 담는 변수", naming.KindVariable, "$nextAvailableTime"},
		// a membership that ends expires (settle.go verbSense; was
		// completed_subscription_members)
		{"Python", "구독 끝나는 회원 목록", naming.KindVariable, "expiring_members"},
		// the view an adapter feeds is no word of it (restate.go
		// reViewAdapter; was …RecyclerViewAdapter)
		{"Kotlin", "주문 목록 RecyclerView 어댑터 클래스", naming.KindClass, "OrderAdapter"},
		// a pickup time is one word's (concise.go reworded)
		{"Java", "유치원 하원 예정 시각 필드", naming.KindVariable, "pickupTime"},
		// 수 있는 상태인지 asks whether it can (restate.go koRewrites), and
		// a bike is rented (settle.go verbSense; was canBorrowBikeStatus)
		// (isAvailable since the thirty-sixth session: r22's and r34's reviewers write it first, neither canRent)
		{"Kotlin", "이 킥보드 지금 빌릴 수 있는 상태인지", naming.KindVariable, "isAvailable"},
		// the pool a class manages is the class (restate.go
		// reManagedHolderKo; was ParticleEffectManager)
		{"C++", "총알 오브젝트 풀 관리하는 클래스", naming.KindClass, "BulletPool"},
		// 만조, 도즈, 수확량 (glossary)
		{"Rust", "다음 만조 시각 구하는 함수", naming.KindFunction, "next_high_tide_time"},
		{"Rust", "남은 백신 도즈 수", naming.KindVariable, "remaining_doses"},
		{"Rust", "농장별 수확량 HashMap", naming.KindVariable, "yields_by_farm"},
		// 복습 is a review (glossary; was todayWords)
		{"Swift", "오늘 복습할 문장들 배열", naming.KindVariable, "sentencesToReview"},
		// the items of a kind of thing are the things; a container's stay
		// (settle.go itemsOf; was selectedTreatmentItems)
		{"PHP", "폼에서 선택된 관심 분야 항목들 배열", naming.KindVariable, "$selectedInterests"},
		{"Python", "장바구니 항목 목록", naming.KindVariable, "cart_items"},
		// a type of one 기록 is a record; an entity class is named for its
		// thing first (concise.go reworded, answerForms; were ParkingHistory,
		// LoanRecordEntity)
		{"Swift", "주유 기록 모델 struct", naming.KindClass, "RefuelingRecord"},
		{"Java", "수강 신청 엔티티 클래스", naming.KindClass, "Enrollment"},
		// a fee 낸 is paid; 예약 잡힌 is reserved; 밑인지 is below
		// (restate.go koRewrites; were check_fee, checkReservation,
		// check_lower_limit)
		{"Ruby", "이번달 회비 냈는지 확인하는 메서드", naming.KindFunction, "paid?"},
		{"PHP", "그 시간대에 이미 예약 잡혔는지 확인하는 함수", naming.KindFunction, "isReserved"},
		// (is_battery_low since the thirty-sixth session: r15's and r42's reviewers write it)
		{"C", "배터리 전압이 하한선 밑인지 확인하는 함수", naming.KindFunction, "is_battery_low"},
		// a callback function pointer is named as the callback (restate.go
		// reCallbackPtr; was no function)
		{"C", "데이터 수신되면 호출되는 콜백 함수포인터 이름", naming.KindFunction, "on_data_received"},
		// a #define said 디파인 is a constant (restate.go reDefineKo)
		{"C", "최대 재시도 횟수 5 디파인", naming.KindConstant, "MAX_RETRIES"},
		// the moment a Rails callback runs goes (restate.go reRightAfter)
		{"Ruby", "결제 직후에 영수증 메일 쏘는 after_create 콜백 메서드", naming.KindFunction, "send_receipt_email"},
		// the thing described after a kind-only sentence (context3.go
		// requestSentence; was no name)
		{"PHP", "라라벨 이벤트 리스너 클래스. 회원 탈퇴하면 포인트 소멸시키는 거", naming.KindClass, "ExpirePoints"},
		// a conversion from a thing to itself names its container
		// (concise.go reworded, noOp; was order_to_order)
		{"Rust", "회원 DB 행을 Member 구조체로 바꾸는 함수", naming.KindFunction, "row_to_member"},
		// an object grouped by a key is a map, no class (restate.go
		// koRewrites; was Grouper)
		{"TypeScript", "방역 작업 일정 날짜별로 묶은 객체", naming.KindVariable, "schedulesByDate"},
		// the key a setting is stored under is named for the setting
		// (restate.go reStoredKeyKo; was userDefaultsKeys)
		{"Swift", "알림 켜져있는지 저장하는 UserDefaults 키 상수", naming.KindConstant, "notificationKey"},
		// the framework said in a dropped scene stays (restate.go sceneLead)
		{"C++", "안경점 재고관리 Qt 프로그램. 저장 버튼 클릭 슬롯 이름", naming.KindFunction, "on_save_button_clicked"},
		// a coroutine function is async work; 공지 올리는 posts it
		// (restate.go koRewrites; was get_incremented_notice_coroutine)
		{"Python", "텔레그램 봇, 채널에 공지 올리는 코루틴 함수명 ㄱㄱ", naming.KindFunction, "post_notice"},
		// 연결하는 슬롯 is the slot (was get_connected_slot)
		{"C++", "Qt에서 업로드 진행률 바뀔 때 연결하는 슬롯 이름", naming.KindFunction, "on_upload_progress_changed"},
		// 차량 대수 counts them; a POS is the scene
		{"Kotlin", "주유소 POS, 오늘 주유한 차량 대수 변수", naming.KindVariable, "refuelingCarCount"},
		// a screen of a list is named XList… (concise.go reworded; were
		// CustomerScreenViewModel, OrderActivity)
		{"C#", "거래처 목록 화면 ViewModel 클래스", naming.KindClass, "VendorListViewModel"},
		{"Kotlin", "예약 목록 화면 액티비티 클래스", naming.KindClass, "ReservationListActivity"},
		// a temperature constant is TEMP with its scale last (concise.go
		// reworded)
		{"C", "보일러 물 최대 온도 매크로", naming.KindConstant, "MAX_BOILER_TEMP_C"},
		{"C", "보일러 물 온도 상한 매크로", naming.KindConstant, "BOILER_TEMP_LIMIT_C"},
		// "that emails X": sends it (restate.go reMailsVerb), one to each
		// manager: many (reOneEach)
		{"C#", "async method that emails the weekly report to every manager", naming.KindFunction, "SendWeeklyReportsAsync"},
		// ctrl+c is SIGINT (idioms)
		{"Go", "func that runs when the user hits ctrl+c", naming.KindFunction, "handleSigint"},
		// "extension fun": a Kotlin function (restate.go reKotlinFun)
		{"Kotlin", "extension fun turning a string like \"2d4h\" into a Duration", naming.KindFunction, "toDuration"},
		// "returns std::future —": async work (restate.go reReturnsFutureEn)
		{"C++", "returns std::future — uploads one log file to the bucket", naming.KindFunction, "upload_log_file_async"},
		// "gives me monday 00:00 of the current week": the week's start
		{"Python", "helper that gives me monday 00:00 of this week", naming.KindFunction, "start_of_week"},
		// "is allowed to dock": can dock, and after can a noun's spelling is
		// its verb (restate.go reAllowedTo, infer.go canVerb; was isVessel)
		{"Go", "func that checks if a ferry is allowed to dock at pier 2", naming.KindFunction, "canDock"},
		// "tickets X hasn't acknowledged yet": unacknowledged (reNotYetDone)
		{"Python", "list of alerts the on-call engineer hasn't acknowledged yet", naming.KindVariable, "unacknowledged_alerts"},
		// "whether the elevator is between floors" (enstate.go reEnPrepState)
		{"Swift", "property that says whether the cable car is between stations", naming.KindVariable, "isBetweenStations"},
		// "closure called after …" is a handler, not a yes/no (grammar.go;
		// restate.go reVedAfter; was isPhotoUploaded)
		{"Swift", "closure called after the video finishes uploading", naming.KindFunction, "onVideoUploaded"},
		// "val for …" is a Kotlin variable (restate.go reKotlinVal; was auctionValue)
		{"Kotlin", "val for the timestamp when the auction ends", naming.KindVariable, "auctionEndsAt"},
		// "how long we cache X": its cache's time to live (reHowLongCache)
		// "the states a X can be in": its state (reStatesCanBe)
		{"Java", "enum of the states a vending machine slot can be in", naming.KindClass, "SlotState"},
		// "the number of days a quote stays valid": its validity in days
		// (restate.go reDaysStays; was VALID_DAY_COUNT_QUOTE_STAYS)
		{"Java", "constant for the number of days a coupon stays valid", naming.KindConstant, "COUPON_VALIDITY_DAYS"},
		// "the serial connection" is no serial number (glossary)
		{"C++", "class that wraps the serial connection to the label printer", naming.KindClass, "SerialConnectionWrapper"},
		// "the payload the dock sends": the dock's payload (reSentThing)
		{"TypeScript", "type for the payload the parking sensor sends when a car leaves", naming.KindClass, "ParkingSensorPayload"},
		// "how many frets the neck has": the number of them (reHowManyHas)
		{"Ruby", "method on Playlist that returns how many songs it has", naming.KindFunction, "song_count"},
		// "no Get prefix please", "Google style": how to name it (reStyleSaidEn)
		{"Go", "method on Loan returning the due date, no Get prefix please", naming.KindFunction, "dueDate"},
		// "passes that have already expired": the expired ones (reHaveDone)
		{"Kotlin", "filter out gift cards that have already expired", naming.KindFunction, "filterOutExpiredGiftCards"},
		// "the door is fully shut": closed (reFullyState)
		{"C", "returns true when the sensor says the gate is fully shut", naming.KindFunction, "is_gate_closed"},
		// "the animals assigned to each keeper": by keeper (reEachOwner)
		{"PHP", "array of the tasks assigned to each volunteer", naming.KindVariable, "$tasksByVolunteer"},
		// a pounds conversion spelled out after lbs (concise.go answerForms)
		{"C", "function to convert a parcel weight from grams to pounds", naming.KindFunction, "grams_to_pounds"},
		// when a reminder goes out is its detail, no word (reWhenBefore;
		// were daysUntilAppointment, Starter)
		{"Kotlin", "function that schedules a reminder two days before the checkup", naming.KindFunction, "scheduleReminder"},
		{"Python", "send an email one hour before the webinar starts", naming.KindFunction, "send_email"},
		// "instance var in the controller holding …" (restate.go reMemberInOwner)
		{"Ruby", "instance var in the controller holding the open orders", naming.KindVariable, "open_orders"},
		// "into something like 1.2 MB for display": a display string
		{"Go", "turn a duration into something like 3h 5m for display", naming.KindFunction, "formatDuration"},
		// X 세는 변수 is X's count (restate.go reCountingVarKo)
		{"C", "로터리 엔코더 펄스 세는 volatile 변수", naming.KindVariable, "pulse_count"},
		{"Java", "좋아요 클릭 횟수 세는 카운터 변수", naming.KindVariable, "clickCount"},
		// 명단 배열 is the list itself (restate.go koRewrites)
		{"JavaScript", "초대 손님 명단 배열", naming.KindVariable, "guestList"},
		// 시점 before a value's kind is its moment (restate.go koRewrites)
		{"Java", "회원이 탈퇴한 시점 저장하는 필드", naming.KindVariable, "withdrawnAt"},
		// 요청 목록 lists requests (refine.go: the noun before a list word)
		{"Java", "환불 요청 목록 변수", naming.KindVariable, "refundRequests"},
		// a span's name loses time before its unit (concise.go reworded)
		{"JavaScript", "놀이공원 주차장 무료 주차 시간 30분 상수", naming.KindConstant, "FREE_PARKING_MINUTES"},
		{"TypeScript", "무료 체험 시간(분) 상수", naming.KindConstant, "TRIAL_MINUTES"},
	})
}

// TestNoQuestionHangs answers every question of the evaluation sets (the
// repository's, the read and the unseen ones, only run, never read) within
// a deadline: "빈 줄 뺀 줄 개수" once looped for good in excludedOnes
// (settle.go), a hang on the request path that only a question shaped so
// could reach.
func TestNoQuestionHangs(t *testing.T) {
	if testing.Short() {
		t.Skip("answers every eval question")
	}
	var qs []evalset.Question
	for _, glob := range []string{"../../eval/questions.yaml", "../../eval/read/*.yaml", "../../eval/unseen/*.yaml"} {
		qs = append(qs, loadEval(t, glob)...)
	}
	qs = append(qs, evalset.Question{ID: "hang-1", Language: "Rust", Question: "빈 줄 뺀 줄 개수"})
	for _, q := range qs {
		done := make(chan struct{})
		go func() {
			defer close(done)
			Suggest(naming.Spec{Language: q.Language, Convention: q.Convention}, q.Question)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s: no answer within 5 s: %q", q.ID, q.Question)
		}
	}
}
