package suggest

import (
	"slices"
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings: readings that put words the question does not say into
// every name (a term found inside an unknown word, 들 read as 듣다, 남기다
// read as logging where it keeps some of a list, a filter read as the list it
// keeps, two words said twice). Questions written for this test; each row
// failed before the rule it names (24th session).
func TestMisreadings(t *testing.T) {
	checkNotSaid(t, []notSaid{
		// an unknown noun before a particle or 들 (parse.go, segment.go)
		{"Python", "간호조무사가 오늘 돌볼 환자 목록 변수", "saga"},
		{"Rust", "도매상인들을 지역별로 묶는 함수", "listened"},
		// 만 남기다 keeps some: a filter, not a log (restate.go)
		{"TypeScript", "주문 목록에서 취소된 것만 남기는 함수", "log"},
		{"Java", "댓글 목록에서 신고된 것만 남기는 메서드", "log"},
		// a plural said twice (words.go plural: was openingHourses, tickses)
		{"PHP", "동네 주민센터별 운영 시간 담는 배열", "Hourses"},
		{"Go", "부팅 후 틱 몇 번 돌았는지 세는 변수", "tickses"},
		// 자격이 있는지 is eligible, not a qualification (restate.go)
		{"Python", "할인 받을 자격이 되는지 확인하는 함수", "qualification"},
		// a missing word read as a shorter one inside it (glossary:
		// 청소년 was 청소 cleaning, 사료 a salary (급여), 표지 a table (표),
		// 일자리 a date (일자))
		{"C++", "청소년 합창단 단원 수 변수", "cleaning"},
		{"C", "자동 급여기로 사료 주는 함수", "salary"},
		{"Swift", "책 표지 찍는 카메라 화면 여는 함수", "table"},
		{"PHP", "노인일자리 참여자 명단 배열", "date"},
		// "sitting" is no form of take (glossary: take, sit an exam), and
		// "who are on leave" no enabled state (relative.go)
		{"C", "variable for the number of bytes currently sitting in the upload buffer", "taking"},
		{"Java", "method that returns only the employees who are on leave today", "enabled"},
		// two words said twice (forms.go)
		{"Java", "헌혈자가 지금 헌혈할 수 있는 상태인지", "BloodDonationBloodDonation"},
		{"C#", "헌혈자가 다음에 헌혈 가능한지 나타내는 프로퍼티", "BloodDonationBloodDonation"},
	})
	checkFirst(t, []topThree{
		// 목록에서 …된 것만 걸러내는 함수: the filter is the action, and its
		// object the list's things (refine.go onesFrom; were order, reserve)
		{"TypeScript", "주문 목록에서 취소된 것만 걸러내는 함수", naming.KindFunction, "filterCancelledOrders"},
		{"TypeScript", "예약 목록에서 취소된 것만 걸러내는 함수", naming.KindFunction, "filterCancelledReservations"},
		{"Python", "회원 목록에서 탈퇴한 것만 골라내는 함수", naming.KindFunction, "filter_withdrawn_members"},
		{"TypeScript", "주문 목록에서 취소된 것만 남기는 함수", naming.KindFunction, "filterCancelledOrders"},
		{"Java", "댓글 목록에서 신고된 것만 남기는 메서드", naming.KindFunction, "filterReportedComments"},
		{"C#", "기초연금 수급 자격이 있는지 검사하는 메서드", naming.KindFunction, "IsEligible"},
		{"JavaScript", "버스 도착정보에 저상버스인지 여부 변수명", naming.KindVariable, "isLowFloorBus"},
		{"TypeScript", "공공 와이파이 핫스팟 정보 interface 이름", naming.KindClass, "WifiHotspot"},
		// C#'s ObservableCollection is a list kind, not a word of the name
		// (grammar.go; was SongObservables)
		{"C#", "플레이리스트 곡 목록 ObservableCollection 프로퍼티", naming.KindVariable, "PlaylistSongs"},
		// 응급도/중증도 순으로: by severity (glossary; was sort_patients)
		{"Rust", "응급실 대기 환자를 중증도 순으로 정렬하는 함수", naming.KindFunction, "sort_by_severity"},
		// English: head + who/that + past verb + a place or purpose is the
		// participle before the head (relative.go relWhoDidRe; were
		// students, users, drivers, fluVaccines)
		{"Python", "list of students who enrolled in the spring semester", naming.KindVariable, "enrolled_students"},
		{"TypeScript", "array of users that subscribed to the weekly newsletter", naming.KindVariable, "subscribedUsers"},
		{"Go", "slice of drivers who checked in at the depot this morning", naming.KindVariable, "checkedInDrivers"},
		{"Kotlin", "list of patients who registered for the flu vaccine", naming.KindVariable, "registeredPatients"},
		{"Ruby", "members signed up for Saturday's club hike", naming.KindVariable, "signed_up_members"},
		// a plural in -ings is a noun (parse.go: was upload_recording_practice_room)
		{"C++", "function that uploads practice room recordings in the background", naming.KindFunction, "upload_practice_room_recordings_async"},
		{"Python", "function that uploads today's recordings", naming.KindFunction, "upload_today_recordings"},
		// a phrasebook line's own object takes the plural the question
		// gives it (idioms.go pluralObject; was generateThumbnail)
		{"Go", "상품 이미지 썸네일들 한꺼번에 만드는 함수", naming.KindFunction, "generateThumbnails"},
		{"Python", "게시글 사진 썸네일들 만드는 함수", naming.KindFunction, "generate_thumbnails"},
		{"Kotlin", "썸네일 만드는 함수", naming.KindFunction, "generateThumbnail"},
		// a side of a conversion said with its unit in parentheses is the
		// unit (examples.go unitSides; were celsius_to_…, toMilesKm)
		{"Java", "거리(마일)를 킬로미터로 바꾸는 함수", naming.KindFunction, "milesToKm"},
		{"Rust", "무게(파운드)를 킬로그램으로 환산하는 함수", naming.KindFunction, "lbs_to_kg"},
		{"Ruby", "공연 러닝타임(분)을 문자열로 바꾸는 메서드", naming.KindFunction, "format_duration"},
		// -인지 반환하는/리턴하는 returns whether, as 확인하는 asks
		// (refine.go returnAfterAction; were isGettingPowerOutage, isGettingMeeting)
		{"Go", "지금 정전 중인지 반환하는 메서드", naming.KindFunction, "isPowerOutageInProgress"},
		{"Java", "회의 중인지 리턴하는 메서드", naming.KindFunction, "isMeetingInProgress"},
		// 해야 되는 is 해야 하는, what is still to do (restate.go mustDoKo;
		// were paidOrders, returned_books, leftTodayDeliveryBouquets), and a
		// verbal noun after a ㄹ modifier is the thing (sortfilter.go
		// thingsToDo; was sign_contract)
		{"JavaScript", "결제해야 되는 주문 목록 배열", naming.KindVariable, "ordersToPay"},
		{"Python", "오늘 반납해야 될 책 목록", naming.KindVariable, "books_to_return"},
		{"TypeScript", "이따 배달 나가야 되는 도시락 목록", naming.KindVariable, "lunchBoxesToDeliver"},
		{"Python", "검토할 계약 목록", naming.KindVariable, "contracts_to_review"},
		// X 기록 kept as a list is the Xs (settle.go dropPaddingNoun; were
		// history_by_crop, historyByCustomer); 상담 is a consultation, not
		// customer service (glossary)
		{"Python", "작물별 출하 기록 딕셔너리", naming.KindVariable, "shipments_by_crop"},
		{"TypeScript", "고객별 상담 기록을 담는 Map", naming.KindVariable, "consultationsByCustomer"},
		{"Swift", "식단 기록 추가하는 메서드", naming.KindFunction, "addMealLog"},
		// X 중에 이번주 것만: this week's Xs (restate.go reOnesOfPeriod; was
		// get_order_this_week), and a scope by a period is named for it
		// (kindhead.go conditionScopeNames; was thises)
		{"Python", "주문 중에 이번주 것만 가져오는 함수", naming.KindFunction, "filter_orders_this_week"},
		{"Ruby", "주문 중에 이번주 것만 가져오는 scope", naming.KindFunction, "this_week"},
		{"Ruby", "이번달 주문만 가져오는 scope", naming.KindFunction, "this_month"},
		// "is on/off" is switched on or off (restate.go reIsOnOff; were
		// isHeater, is_my_turn), a widget that shows X is an XWidget
		// (types.go; was BatteryLevelShower), and "light" alone is no
		// light source (glossary)
		{"Java", "boolean for whether the heater is on", naming.KindVariable, "isHeaterOn"},
		{"Python", "flag for whether the camera is turned on", naming.KindVariable, "is_camera_on"},
		{"Java", "boolean for whether the light is on", naming.KindVariable, "isLightOn"},
		{"C++", "Qt widget class that shows the battery level", naming.KindClass, "BatteryLevelWidget"},
		{"Java", "class for a panel that shows the battery level", naming.KindClass, "BatteryLevelPanel"},
		// nouns before a place written without 을/를 are the thing put
		// there (settle.go splitTarget; was registerToFcmTokenServer)
		// an HTTP route says what its handler does (restate.go routeAction;
		// were handleReservation, delete_post_id)
		{"Go", "name for the http handler for POST /reservations", naming.KindFunction, "createReservation"},
		{"Python", "Flask view for DELETE /posts/<id>", naming.KindFunction, "delete_post"},
		{"Go", "POST /orders 핸들러 이름", naming.KindFunction, "createOrder"},
		{"Python", "FastAPI endpoint for PATCH /users/{user_id}/profile", naming.KindFunction, "update_profile"},
		// the controller a method lives in is no part of its name
		// (refine.go layerBeforeKind; was getUpdatedUserInfoController)
		{"Java", "유저 정보 수정하는 컨트롤러 메서드", naming.KindFunction, "updateUser"},
		{"Kotlin", "게시글 목록 불러오는 뷰모델 함수", naming.KindFunction, "loadPosts"},
		// 상위 클래스 is the base class (was AnimalTop), and a kind said as
		// what the thing is made into needs no 를 (examples.go reKindAs2;
		// was create)
		{"Java", "동물 상위 클래스 이름", naming.KindClass, "BaseAnimal"},
		{"Kotlin", "회원 등급 enum으로 만들건데 이름", naming.KindClass, "MembershipTier"},
		{"Kotlin", "결제 상태 sealed class 로 만들건데 이름 추천", naming.KindClass, "PaymentStatus"},
		// a value object is a kind, not a word of the name (was
		// AddressValue); 통화 시간 is a call's duration (was currency time);
		// 목록에서 휴면만 골라내는: the dormant ones (refine.go onesFrom; was
		// filter alone)
		{"Java", "주소 값 객체 클래스", naming.KindClass, "Address"},
		{"Go", "총 통화 시간 변수", naming.KindVariable, "totalCallDuration"},
		{"Kotlin", "회원 목록에서 휴면만 골라내는 함수", naming.KindFunction, "filterDormantMembers"},
		// a scope of what was not done keeps the not (kindhead.go
		// conditionScopeNames; was authenticated, the opposite)
		{"Ruby", "결제 안 한 주문만 가져오는 scope", naming.KindFunction, "unpaid"},
		// 마감일 지난: overdue (restate.go koRewrites; was pastDeadline…)
		{"Kotlin", "마감일 지난 과제 개수", naming.KindVariable, "overdueAssignmentCount"},
		// English: "… and returns Y" says its type, not its name
		// (restate.go reAndReturns; was read_config_file_and_return_setting_struct);
		// "stop words" are no bus stops (glossary); "struct holding X"
		// holds X (enclause2.go reKindDoing; was ArgumentParser)
		{"Python", "function that loads the CSV and returns a DataFrame", naming.KindFunction, "load_csv"},
		{"Python", "function that removes stop words from a list of tokens", naming.KindFunction, "remove_stop_words"},
		// 자리 수 is a number of spots, not digits; 현황 is a status, not
		// the current state; 등급별 할인율 해시 is a Hash of rates (glossary,
		// restate.go reHashKindKo, idioms collections3.tsv; were
		// remainingParkingLotDigits, CurrentState, members_by_tier)
		// (since the 35th session spots left are available ones)
		{"Go", "주차장 남은 자리 수 반환하는 메서드", naming.KindFunction, "availableSpotCount"},
		{"Ruby", "회원 등급별 할인율 해시", naming.KindVariable, "discount_rates_by_membership_tier"},
		// 완료된 할 일: an adnominal before 할 일 takes no 할 (parse.go
		// glueHada; was completedDays), and a count of a list's items
		// counts its things (settle.go; was completedItemCounts)
		{"TypeScript", "완료된 할 일 개수", naming.KindVariable, "completedTodoCount"},
		{"TypeScript", "할 일 목록에서 완료된 항목 개수", naming.KindVariable, "completedTodoCount"},
		// a file exported to is where, not how (analyze.go sendsTo; was
		// ExportWithSpreadsheet)
		{"C#", "엑셀 파일로 내보내는 메서드", naming.KindFunction, "ExportToExcel"},
		// after "that", a verb in -s is the verb, not a noun with a clause
		// (enphrase.go contactClause; was getPaginationBuilds), and a
		// method that records or stores does it (refine.go; was getPayment)
		{"PHP", "function that builds the pagination links", naming.KindFunction, "buildPaginationLinks"},
		{"Java", "method that records the payment", naming.KindFunction, "recordPayment"},
		// "how many X are left" counts the remaining Xs, and tonight's show
		// is the scene (restate.go reNumberLeft, reForTonights; were
		// ticket_left_count, tonight_count)
		{"Python", "var for how many tickets are left for tonight's show", naming.KindVariable, "remaining_tickets"},
		{"Python", "number of tickets left", naming.KindVariable, "remaining_tickets"},
		// a map keyed by something takes no lone phrasebook value
		// (idioms.go keyedMap; was capacity), and 수용 인원 is capacity
		{"Java", "강의실별 수용 인원 맵", naming.KindVariable, "capacitiesByClassroom"},
		// a wrapper is named for what it wraps, not for the clause after it
		// (restate.go reWrapperThat; were Expirer, AroundRequestSessionWrapper)
		{"JavaScript", "class name for a wrapper around localStorage that lets entries expire", naming.KindClass, "LocalStorageWrapper"},
		// what a value is used for is no word of its name (restate.go
		// reUsedFor; was used_debouncing_previous_button_state)
		{"C", "variable for the previous button state used for debouncing", naming.KindVariable, "previous_button_state"},
		// 순서 섞는: shuffling the things, not their order (restate.go
		// koRewrites; was shuffleSongSequences)
		{"TypeScript", "플레이리스트 곡 순서 섞는 함수", naming.KindFunction, "shuffleSongs"},
		// 병렬 before a verb is how, no modifier of the thing (restate.go
		// reParallelKo; was resizeParallelImages)
		{"Go", "고루틴으로 이미지 여러 장 병렬 리사이즈하는 함수", naming.KindFunction, "resizeImages"},
		// a verbal noun before a form is no doer of it (types.go typePhrase;
		// was PostWriter), and 폼 값 타입 is a type, no C# value type
		{"TypeScript", "게시글 작성 폼 값 타입", naming.KindClass, "PostWriteForm"},
		// 배송 시작됐는지: shipped, not delivered (restate.go mustDoKo)
		{"Java", "주문이 배송 시작됐는지 여부", naming.KindVariable, "isOrderShipped"},
		// VERB한 건수 counts the verb's events (refine.go eventsCounted;
		// were today_count, thisMonthCount)
		{"Python", "오늘 환불한 건수", naming.KindVariable, "today_refund_count"},
		{"Java", "이번 달 취소한 건수", naming.KindVariable, "cancellationCount"},
		// 파싱하다 실패한: 하다가, while parsing (parse.go, refine.go
		// whileDoingKo; was log_count)
		{"Rust", "로그 파싱하다 실패한 줄 개수", naming.KindVariable, "failed_line_count"},
		// 남은 빈: free is what is left (restate.go; was remainingAvailableRooms)
		{"Kotlin", "식당에 남은 빈 테이블 수", naming.KindVariable, "availableTables"},
		// "when the user clicks": the user does every UI event, and an
		// event is no plural (events.go, idioms.go pluralObject; were
		// onUserClicked, handleScrolls)
		{"TypeScript", "handler for when the user clicks", naming.KindFunction, "onClick"},
		{"Swift", "handler for when the user scrolls", naming.KindFunction, "handleScroll"},
		// English "is not X" keeps the not (suggest.go notState; were
		// isUserVerified, is_token_expired, the opposite)
		{"Kotlin", "flag for whether the user is not verified", naming.KindVariable, "isUserUnverified"},
		{"Python", "function to verify the token is not expired", naming.KindFunction, "is_token_valid"},
		{"Python", "whether the invoice has not been paid", naming.KindVariable, "is_invoice_unpaid"},
		// a map of a yes/no by a key (suggest.go flagsByKey; was isOnline)
		{"Python", "상품 id별 품절 여부 딕셔너리", naming.KindVariable, "out_of_stock_by_product_id"},
		// "X the Y still needs (to V)": pending X, X to V (restate.go
		// reStillNeeds; were is_vaccine_dog_need_in_progress, is_submitting…)
		{"Ruby", "array of vaccines the dog still needs", naming.KindVariable, "pending_vaccines"},
		{"Python", "list of documents the applicant still needs to submit", naming.KindVariable, "documents_to_submit"},
		// "whether X needs to V the Y": needs a Y V-ing (restate.go
		// reNeedsTo; was is_user_needs_reset)
		{"Go", "whether the user needs to verify their email", naming.KindVariable, "needsEmailVerification"},
		// 즐겨찾기 목록 is a list of favorites (glossary; was loadFavorite)
		{"Swift", "Core Data에서 즐겨찾기 목록 불러오는 함수", naming.KindFunction, "loadFavorites"},
		// the unit asked is the phrasebook line's (idioms datetime.tsv; were
		// nowUnix, nowSeconds)
		{"Go", "function that returns the current unix time in milliseconds", naming.KindFunction, "nowMs"},
		// N 시 is when N happens, as N할 때 (restate.go reWhenSiKo; was
		// handleFailedShow)
		{"JavaScript", "이미지 로딩 실패 시 대체 이미지 보여주는 함수 이름", naming.KindFunction, "showPlaceholderImage"},
		// X를 km로 계산하는: X in km (restate.go reCalcInUnit; was calculateWithKm)
		{"Go", "거리를 km로 계산하는 함수", naming.KindFunction, "calculateDistanceKm"},
	})
	checkNotSaid(t, []notSaid{
		// a screen moved to is where, not how (forms.go withNames; was
		// moveWithScreen)
		{"Kotlin", "프로필 수정 화면으로 이동하는 함수", "with"},
		// no agent of have or support (types.go; were WorkspaceHaver,
		// Supporter)
		{"TypeScript", "enum for the roles a user can have in a workspace", "haver"},
		{"TypeScript", "enum for the HTTP methods we support", "supporter"},
		// 지금 in a yes/no question is no word of the name (restate.go
		// reNowKo; was isCurrentRiderDelivering)
		{"Kotlin", "배달 기사가 지금 배달 중인지 여부", "current"},
		{"Swift", "지금 회원이 로그인 상태인지 나타내는 변수", "current"},
	})
	// a modal that is open is no shop open now (idioms app-features.tsv)
	checkFirst(t, []topThree{{"JavaScript", "variable that stores whether the modal is open", naming.KindVariable, "isModalOpen"}})
	// a function that does something when X happens asks no yes/no of X
	// (idioms.go whenDoes; were isExpired, isPermissionDenied first)
	for _, tt := range []struct{ lang, q string }{
		{"Go", "function that cleans up expired cache entries"},
		{"Swift", "위치 권한 거부됐을 때 알림 띄우는 함수"},
	} {
		for _, s := range Suggest(naming.Spec{Language: tt.lang}, tt.q).Suggestions {
			if yesNoWords.has(lowerWords(s.Name)[0]) {
				t.Errorf("%s %q: %s asks a yes/no", tt.lang, tt.q, s.Name)
			}
		}
	}
	checkTopThree(t, []topThree{
		// an interrupt handler names what interrupts (idioms domains.tsv,
		// idioms.go fillObj; was irq_handler alone)
		{"C", "주유기 노즐 들어올렸을 때 호출되는 인터럽트 핸들러", naming.KindFunction, "nozzle_isr"},
		{"C", "버튼 눌렸을 때 호출되는 인터럽트 콜백", naming.KindFunction, "button_isr"},
		{"C", "인터럽트 핸들러 이름", naming.KindFunction, "irq_handler"},
		{"C", "ADC 측정값을 온도(섭씨)로 바꾸는 함수", naming.KindFunction, "adc_to_celsius"},
		{"Go", "FCM 토큰 DB에 저장하는 함수", naming.KindFunction, "saveFcmToken"},
	})
	checkTopThree(t, []topThree{
		{"Rust", "도매상인들을 지역별로 묶는 함수", naming.KindFunction, "group_by_region"},
		{"Java", "회원이 이벤트 참가 자격이 있는지 여부", naming.KindVariable, "isEligible"},
		// "function that VERBs … when/once …": the work names it (restate.go
		// reDoesWhen; were handleDraftAppGoSave, handleOfflineSync)
		{"Kotlin", "function that saves the draft when the app goes to background", naming.KindFunction, "saveDraft"},
		{"Kotlin", "function that syncs offline logs to the server once the device is back online", naming.KindFunction, "syncOfflineLogs"},
		// … but one that runs or is called when … is a handler
		{"JavaScript", "function that runs when the user clicks the save button", naming.KindFunction, "onSaveButtonClicked"},
		// a verb between a state and a noun is a noun (offline harvest logs),
		// a particle after the object belongs to the verb (syncs … up), co-op
		// is a cooperative (parse.go, glossary/people.tsv; was
		// harvestOfflineLogUp, syncOfflineHarvestLogUp)
		{"Kotlin", "suspend fun that syncs offline harvest logs up to the co-op server", naming.KindFunction, "syncOfflineHarvestLogs"},
		// Promise.all says at once, not a promise (restate.go; was
		// combinations, syncPromise: 조합 inside 협동조합)
		{"TypeScript", "협동조합 매장 여러 곳 재고를 Promise.all로 한꺼번에 동기화하는 함수 이름", naming.KindFunction, "syncStock"},
		// English: have permission to is can; "stored as a Duration" names
		// nothing; chat's r is are; "is the X in/inside the Y?" asks whether
		// it is there (restate.go, enstate.go; were hasPermission,
		// offline_stored_duration, enrolled_kid_r_count, isBoat)
		{"PHP", "does this user have permission to edit the event calendar? method name pls", naming.KindFunction, "canEditEventCalendar"},
		{"Rust", "how long the field sensor has been offline, stored as a Duration", naming.KindVariable, "offline_duration"},
		{"Ruby", "how many kids r enrolled in the art camp", naming.KindVariable, "enrolled_kid_count"},
		{"Kotlin", "is the boat inside the zone?", naming.KindVariable, "isInsideZone"},
		{"Go", "is the cursor over the button? bool", naming.KindVariable, "isOverButton"},
		// waits until a subject of three or four words is done (was wait)
		{"JavaScript", "async function that waits until the kiosk print job is finished", naming.KindFunction, "waitUntilCompleted"},
		{"Python", "function to turn an amount stored in cents (int) into a Decimal in dollars", naming.KindFunction, "cents_to_decimal"},
		// a bound on the price is the things' value (restate.go; were
		// FilterOrderOvers, filterWons, FilterExceededDollarOrders,
		// below_circle_products)
		{"C#", "LINQ helper that keeps only orders over $100", naming.KindFunction, "FilterHighValueOrders"},
		{"Java", "method that filters products cheaper than 10000 won", naming.KindFunction, "filterCheapProducts"},
		{"C#", "100달러 넘는 주문만 걸러내는 LINQ 헬퍼", naming.KindFunction, "FilterHighValueOrders"},
		{"Python", "만 원 미만 상품 목록", naming.KindVariable, "low_value_products"},
		// things that haven't happened yet are upcoming (relative.go; was
		// unhappenedTrips)
		{"Python", "list of events that have not happened yet", naming.KindVariable, "upcoming_events"},
		// questions that got no name of the kind asked: "classes" after
		// "upcoming" are lessons, "for the current user" after a list says
		// whose it is, "property with just the restaurants …" holds them
		// (examples.go, restate.go; were only CommunityPotteryStudio, and
		// nothing)
		{"Swift", "array of upcoming classes at the community pottery studio for the current user", naming.KindVariable, "upcomingClasses"},
		{"Go", "list of notifications for the current user", naming.KindVariable, "notifications"},
		{"Swift", "computed property with just the restaurants that are open right now", naming.KindVariable, "openRestaurants"},
		{"Kotlin", "property holding the users that are online", naming.KindVariable, "onlineUsers"},
		// "by fuel type" names a key, not a type asked (examples.go; was
		// the class Fuel)
		{"C++", "map of prices by fuel type", naming.KindVariable, "prices_by_fuel_type"},
		{"Python", "dict of file counts by file type", naming.KindVariable, "file_counts_by_type"},
		// an exception handler is a handler, not an exception asked
		// (events.go; was only exception classes)
		{"Java", "exception handler method for when a citizen ID number fails validation", naming.KindFunction, "onValidationFailed"},
		// a listener class asked with only its work said is named for the
		// work (suggest.go workClasses; was no class name)
		{"PHP", "라라벨 이벤트 리스너 클래스: 회원가입하면 환영 쿠폰 발급해 주는 거", naming.KindClass, "IssueWelcomeCoupon"},
		// "that deletes pending photos": deletes is the verb, not "deletes
		// pending" (relative.go relWaitRe; were delete, getPendingUploads),
		// and a participle between a verb and its noun says which ones
		// (parse.go; was enqueueEmails)
		{"Swift", "function that deletes pending photos", naming.KindFunction, "deletePendingPhotos"},
		{"Swift", "function that uploads pending photos", naming.KindFunction, "uploadPendingPhotos"},
		{"Go", "function that sends queued emails", naming.KindFunction, "sendQueuedEmails"},
		// DataFrame is one term, not a frame (glossary/data.tsv)
		{"Python", "측정값 딕셔너리 리스트를 pandas DataFrame으로 바꾸는 함수명", naming.KindFunction, "to_dataframe"},
		{"Python", "판다스 데이터프레임을 dict 리스트로 바꾸는 함수명", naming.KindFunction, "dataframe_to_dicts"},
		// "soonest first" is a direction, not a word of the key (refine.go)
		// (sortByExpiry since the thirty-sixth session: r11's reviewer, whose question this is, writes SortByExpiry first)
		{"Go", "golang func that sorts the club members by membership expiry, soonest first", naming.KindFunction, "sortByExpiry"},
		// "the day's" is today's (restate.go; was upload_recording_day_…)
		{"C++", "function that uploads the day's recordings in the background", naming.KindFunction, "upload_today_recordings_async"},
		// the list a filter keeps is still named by what it keeps
		{"TypeScript", "세션 목록에서 만료된 것들만 골라낸 목록", naming.KindVariable, "expiredSessions"},
	})
}

// notSaid: a question none of whose names, of any kind, may contain word
// (case aside).
type notSaid struct{ lang, q, word string }

// checkNotSaid reports each question with a name that says its word.
func checkNotSaid(t *testing.T, tests []notSaid) {
	t.Helper()
	for _, tt := range tests {
		a := Suggest(naming.Spec{Language: tt.lang}, tt.q)
		if i := slices.IndexFunc(a.Suggestions, func(s naming.Suggestion) bool {
			return strings.Contains(strings.ToLower(s.Name), strings.ToLower(tt.word))
		}); i >= 0 {
			t.Errorf("%s %q: %s says %q, which the question does not", tt.lang, tt.q, a.Suggestions[i].Name, tt.word)
		}
	}
}
