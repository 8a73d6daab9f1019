package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twentieth session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestConcurrentMany: work done 동시에/병렬로/한꺼번에 on one noun is done on
// many of it (downloadImages; was downloadImage), and the phrasebook's
// one-file upload does not answer it; two things joined by 랑 stay two.
func TestConcurrentMany(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "고루틴 여러 개로 이미지 동시에 다운로드하는 함수", naming.KindFunction, "downloadImages"},
		{"Kotlin", "동시에 이미지를 다운로드하는 함수", naming.KindFunction, "downloadImages"},
		{"JavaScript", "파일 병렬로 업로드하는 함수", naming.KindFunction, "uploadFiles"},
		{"JavaScript", "파일 업로드하는 함수", naming.KindFunction, "uploadFile"}, // control: one file
	})
	checkNotOffered(t, []notOffered{
		{"Go", "고루틴 여러 개로 이미지 동시에 다운로드하는 함수", naming.KindFunction, "downloadImage"},
		{"JavaScript", "파일 병렬로 업로드하는 함수", naming.KindFunction, "uploadFile"},
	})
}

// TestOwnVerbsAndPlaces: renew is its own verb (renews a member's
// subscriptions: renewSubscriptions; was refresh); 빈 택시/빈 방 are
// available ones (was empty); 수산시장, 등산로 and 낙찰가 are words of their own
// (were 수 count + 산 bought, 등산 hiking + 로 "with", and a count).
func TestOwnVerbsAndPlaces(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "function that renews a member's gym subscription", naming.KindFunction, "renewMemberGymSubscription"},
		{"JavaScript", "빈 택시 찾는 함수", naming.KindFunction, "findAvailableTaxis"}, // plural since the 31st session (soughtThings)
		{"Python", "호텔 빈 방 목록", naming.KindVariable, "available_rooms"},
		{"Python", "수산물 가격 목록", naming.KindVariable, "seafood_prices"},
		{"Swift", "등산로 통제 정보 가져오는 함수", naming.KindFunction, "getTrailClosure"},
		{"Rust", "수산시장 경매 낙찰가 가져오는 함수", naming.KindFunction, "get_winning_bid"},
		{"Python", "토큰 갱신하는 함수", naming.KindFunction, "refresh_token"}, // control: 갱신 stays refresh
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "function that renews a member's gym subscription", naming.KindFunction, "refreshSubscription"},
		{"Rust", "수산시장 경매 낙찰가 가져오는 함수", naming.KindFunction, "fetch_purchased_market_auction_count"},
	})
}

// TestApiResults: the results or data an API call hands back are named by
// the API (영화 검색 api 호출해서 결과 받아오는: fetchMovieSearchResults; was
// fetchResults); an API named by nothing leaves them bare.
func TestApiResults(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "도서 검색 api 호출해서 결과 받아오는 함수", naming.KindFunction, "fetchBookSearchResults"},
		{"Python", "api 호출해서 결과 받아오는 함수", naming.KindFunction, "fetch_results"}, // control
	})
}

// TestEventCount: a verb or a state right before 횟수 is the event counted
// (캐릭터가 죽은 횟수: deathCount; was characterCount, the verb lost), who
// it happened to its owner; a state before a noun still counts things.
func TestEventCount(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "몬스터가 죽은 횟수 변수", naming.KindVariable, "deathCount"},
		{"Java", "죽은 횟수 변수", naming.KindVariable, "deathCount"},
		{"Python", "공유기가 재부팅된 횟수", naming.KindVariable, "reboot_count"},
		{"Kotlin", "플레이어가 점프한 횟수", naming.KindVariable, "jumpCount"},
		{"Swift", "앱이 실행된 횟수", naming.KindVariable, "appLaunchCount"},
		{"Go", "센서가 끊긴 횟수", naming.KindVariable, "disconnectCount"},
		{"Java", "죽은 몬스터 수", naming.KindVariable, "deadMonsterCount"}, // control: dead things counted
	})
	checkNotOffered(t, []notOffered{
		{"Java", "몬스터가 죽은 횟수 변수", naming.KindVariable, "monsterCount"},
	})
}

// TestSumAndTally: 집계하는 on a count counts (장애 발생 횟수 집계하는:
// CountIncidents; was AggregateIncidentCount); 합계 구하는 is the total
// (매출 합계 구하는: calculateTotalRevenue; was aggregateRevenue); a sum by
// a criterion stays an aggregate.
func TestSumAndTally(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "서버 에러 횟수 집계하는 메서드", naming.KindFunction, "CountServerErrors"},
		{"Python", "카테고리별 상품 수 집계하는 함수", naming.KindFunction, "count_products_by_category"},
		{"Go", "이번 주 매출 합계 구하는 함수", naming.KindFunction, "calculateTotalRevenue"},
		{"Python", "지역별로 매출 합계 내는 함수", naming.KindFunction, "aggregate_revenue_by_region"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"C#", "서버 에러 횟수 집계하는 메서드", naming.KindFunction, "AggregateServerErrorCount"},
	})
}

// TestBackgroundWorkerClass: 백그라운드 between the clause and its worker
// says how it runs (이메일 발송하는 백그라운드 워커 클래스: SendEmailWorker;
// was Worker alone); a thread class is named for its doer
// (LogCollectorThread; was Thread); a hosted service with work to do is not
// the phrasebook's bare Worker.
func TestBackgroundWorkerClass(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "영수증 발송하는 백그라운드 워커 클래스", naming.KindClass, "SendReceiptWorker"},
		{"Java", "센서 데이터 수집하는 스레드 클래스", naming.KindClass, "SensorCollectorThread"},
		{"C#", "결제 처리하는 백그라운드 서비스 클래스", naming.KindClass, "PaymentProcessor"},
		{"C#", "백그라운드 서비스 클래스 이름", naming.KindClass, "Worker"}, // control: nothing to do named
	})
	checkNotOffered(t, []notOffered{
		{"Java", "영수증 발송하는 백그라운드 워커 클래스", naming.KindClass, "Worker"},
		{"Java", "센서 데이터 수집하는 스레드 클래스", naming.KindClass, "Thread"},
	})
}

// TestHappeningHandlers: a happening and a handler word is the happening's
// handler, as with 이벤트 (결제 완료 콜백: onPaymentCompleted; was nothing;
// 주문 상태 변경 리스너: onOrderStatusChanged, was handleOrderStatusUpdate
// with updateOrderStatus); 함수명 is 함수 (…이벤트 처리 함수명 was
// processEvent); a callback function asked for is a function, a variable
// only when it holds one.
func TestHappeningHandlers(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "환불 완료 콜백", naming.KindFunction, "onRefundCompleted"},
		{"Kotlin", "로그인 성공 콜백", naming.KindFunction, "onLoginSuccess"},
		{"Java", "배송 상태 변경 리스너", naming.KindFunction, "onDeliveryStatusChanged"},
		{"PHP", "환불 완료 이벤트 처리 함수명", naming.KindFunction, "onRefundCompleted"},
		{"Kotlin", "이미지 클릭 콜백 함수", naming.KindFunction, "onImageClick"},
		{"JavaScript", "콜백 함수 담는 변수", naming.KindVariable, "callback"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Java", "배송 상태 변경 리스너", naming.KindFunction, "updateDeliveryStatus"},
		{"Kotlin", "로그인 성공 콜백", naming.KindFunction, "handleSuccessLogin"},
	})
}

// TestUnitsAndKeys: English "in kg/km/min/g" keep their unit (maximum
// vehicle load in kg: MAX_VEHICLE_LOAD_KG, was nothing; in min was the
// minimum); a load is a noun after what carries it; 이메일별 and 요일별 are
// by email and weekday, not 일별 (daily); a map of named things says them
// before its key (stepCountsByDate, not byDate first); 이름별 is by name
// (usersByName; was users); 해시셋 holds many.
func TestUnitsAndKeys(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "maximum vehicle load in kg constant", naming.KindConstant, "MAX_VEHICLE_LOAD_KG"},
		{"Python", "max ride distance in km constant", naming.KindConstant, "MAX_RIDE_DISTANCE_KM"},
		{"Python", "idle timeout in min constant", naming.KindConstant, "IDLE_TIMEOUT_MINUTES"},
		{"Java", "이메일별 주문 맵 변수", naming.KindVariable, "ordersByEmail"},
		{"Java", "요일별 매출 맵 변수", naming.KindVariable, "revenuesByWeekday"},
		{"Python", "날짜별 걸음 수 딕셔너리", naming.KindVariable, "step_counts_by_date"},
		{"Go", "이름별 상품 맵", naming.KindVariable, "productsByName"},
		{"Java", "차단된 사용자 해시셋 변수", naming.KindVariable, "blockedUsers"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "이메일별 주문 맵 변수", naming.KindVariable, "ordersByDate"},
		{"Python", "idle timeout in min constant", naming.KindConstant, "MIN_IDLE_TIMEOUT"},
		{"Python", "날짜별 걸음 수 딕셔너리", naming.KindVariable, "by_date"},
	})
}

// TestGuiFrameworks: PyQt, Qt, Tkinter and Express are where the code runs,
// no word of its names (handle_button_click; was handle_tkinter_click); a
// Qt slot function is a handler (was get_slider_update_slot).
func TestGuiFrameworks(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "Tkinter 저장 버튼 클릭 핸들러 함수", naming.KindFunction, "handle_save_button_click"},
		{"JavaScript", "Express 회원가입 요청 핸들러", naming.KindFunction, "handleSignupRequest"},
		{"Python", "PyQt 체크박스 상태 변경 슬롯 함수", naming.KindFunction, "on_checked_changed"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "PyQt 체크박스 상태 변경 슬롯 함수", naming.KindFunction, "get_py_qt_checkbox_update_slot"},
	})
}

// TestPeriodLimits: the phrasebook's daily cap says what it caps first
// (하루 최대 출금 한도: DAILY_WITHDRAWAL_LIMIT; was DAILY_LIMIT); 간 inside
// 시간 is no "between" (API 요청 최대 대기 시간: REQUEST_TIMEOUT_SECONDS; was
// MIN_REQUEST_INTERVAL_SECONDS, the bound asked inverted).
func TestPeriodLimits(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "하루 최대 송금 한도 상수", naming.KindConstant, "DAILY_TRANSFER_LIMIT"},
		{"JavaScript", "결제 API 요청 최대 대기 시간 상수", naming.KindConstant, "REQUEST_TIMEOUT"},
		{"Python", "요청 간 대기 시간 상수", naming.KindConstant, "MIN_REQUEST_INTERVAL"}, // control: between requests
		{"Python", "하루 최대 횟수 상수", naming.KindConstant, "DAILY_LIMIT"},            // control: nothing named
	})
	checkNotOffered(t, []notOffered{
		{"JavaScript", "결제 API 요청 최대 대기 시간 상수", naming.KindConstant, "MIN_REQUEST_INTERVAL"},
	})
}

// TestTodayAfterThings: "orders placed today" are the orders; today after
// them is when, not the head (countPlacedOrdersToday, countOrders; was
// countPlacedOrderToday and countToday).
func TestTodayAfterThings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "count workouts logged today", naming.KindFunction, "countLoggedWorkoutsToday"},
		{"Swift", "count workouts logged today", naming.KindFunction, "countWorkouts"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "count workouts logged today", naming.KindFunction, "countToday"},
	})
}

// TestValuesAfterClause: 값 after a clause is the values it says (선택된 값
// 목록: selectedValues; was no answer at all); 값 after a noun still adds
// nothing (온도 값: temperature).
func TestValuesAfterClause(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "선택된 값 목록 변수", naming.KindVariable, "selectedValues"},
		{"Python", "변경된 값 목록", naming.KindVariable, "changed_values"},
	})
}

// TestScreenEndedDetected: 최소 화면 너비 is the screen's minimum width (was
// 최소화 "minimize" + 면, leaving WIDTH_PX); a video that finishes playing has
// ended (onVideoEnded; was onVideoPlayed); 변경 감지 시 is when it changes
// (onFileChanged; was onFileUpdated).
func TestScreenEndedDetected(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "최소 화면 높이 상수", naming.KindConstant, "MIN_SCREEN_HEIGHT"},
		{"TypeScript", "callback when the audio clip finishes playing", naming.KindFunction, "onAudioClipEnded"},
		{"Go", "설정 파일 변경 감지 시 호출되는 콜백", naming.KindFunction, "onConfigFileChanged"},
		{"Swift", "창 최소화하는 함수", naming.KindFunction, "minimizeWindow"}, // control
	})
}

// TestUntilAndRunners: how long work runs (취소될 때까지) is no word of its
// name (subscribeToMessages; was unsubscribe, then
// subscribeCancelledContextMessage); what one waits for stays; work over
// many threads or goroutines is done on many (crawl_prices; was
// crawl_price).
func TestUntilAndRunners(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "context 취소될 때까지 이벤트 구독하는 함수", naming.KindFunction, "subscribeEvent"},
		{"Ruby", "스레드 여러 개로 상품 페이지 크롤링하는 메서드", naming.KindFunction, "crawl_product_pages"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "context 취소될 때까지 이벤트 구독하는 함수", naming.KindFunction, "unsubscribe"},
	})
}

// TestLeftUnsold: loaves, wolves and other -ves plurals have their own
// singular (was loave); things "left unsold/unread" are the unsold ones
// (unsold_loaves; was loave_left_unsold_count); days left until something
// stay days until it.
func TestLeftUnsold(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "how many loaves are left unsold at closing", naming.KindVariable, "unsold_loaves"},
		{"Python", "number of emails left unread", naming.KindVariable, "unread_email_count"},
		{"PHP", "function that returns how many days are left until a trial ends", naming.KindFunction, "daysUntilTrialEnd"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "how many loaves are left unsold at closing", naming.KindVariable, "loave_unsold_count"},
	})
}

// TestFreeSlots: a seat, slot or room that is empty (비어있는지) is free to
// take (isSeatAvailable; was isSeatEmpty); a container stays empty; the
// phrasebook's processed? does not answer a deletion or a refund 처리됐는지.
func TestFreeSlots(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "테이블이 비어있는지 확인하는 함수", naming.KindFunction, "isTableAvailable"},
		{"C#", "그 시간대가 비어있는지 확인하는 메서드", naming.KindFunction, "IsTimeSlotAvailable"},
		{"Java", "리스트가 비어있는지 확인하는 함수", naming.KindFunction, "isEmpty"}, // control
		{"Ruby", "댓글이 삭제 처리됐는지", naming.KindFunction, "comment_deleted?"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "댓글이 삭제 처리됐는지", naming.KindFunction, "processed?"},
	})
}

// TestApplicants: 신청자 are applicants (강좌 신청자: courseApplicants; was
// requesters), 요청자 stays the requester; 주민센터 is a community center
// (was 주민 read as swiped).
func TestApplicants(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "체험단 신청자 목록", naming.KindVariable, "applicants"},
		{"Go", "요청자 이메일 변수", naming.KindVariable, "requesterEmail"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"PHP", "주민센터 요가 강좌 신청자 배열", naming.KindVariable, "$swipedCenterCourseRequesters"},
	})
}

// TestRegexLeaveMeter: 정규식 is a regex (NICKNAME_REGEX; was
// …_REGULAR_EXPRESSION); 연차 is annual leave (was vacation); a (일수) note
// is the unit; 수도 계량기 is a water meter (was 수 count + 도).
func TestRegexLeaveMeter(t *testing.T) {
	checkOffered(t, []topThree{ // REGEX: among the first three until the learned order (learned.go)
		{"Ruby", "아이디 허용 형식 정규식 상수", naming.KindConstant, "REGEX"},
	})
	checkTopThree(t, []topThree{
		{"Java", "연차 기본 일수 상수", naming.KindConstant, "DEFAULT_ANNUAL_LEAVE_DAYS"},
		{"Java", "수도 계량기 교체 주기 (일수) 상수", naming.KindConstant, "WATER_METER_REPLACEMENT_INTERVAL_DAYS"}, // (replacement: a noun since the 28th session),
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "아이디 허용 형식 정규식 상수", naming.KindConstant, "REGULAR_EXPRESSION"},
	})
}

// TestPlantWords: 리프트 (was leaf), 비상정지, 양식장 (was 양식 form), 방제
// and 살포 are terms.
func TestPlantWords(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "리프트 운행 중단 이벤트 들어오면 실행할 핸들러", naming.KindFunction, "onLiftOperateAborted"},
		{"Java", "프레스 비상정지 버튼 눌렸을 때 리스너 메서드", naming.KindFunction, "onEmergencyStopButtonPressed"},
		{"Python", "양식장 수온 목록", naming.KindVariable, "fish_farm_water_temperatures"},
	})
}

// TestEventTypeNames: an event type's own name in the question
// (TemperatureChanged, UserRegistered) is the handler's event, word for word
// (HandleTemperatureChanged; was HandleChangedTemperature).
func TestEventTypeNames(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "HumidityChanged 이벤트 핸들러", naming.KindFunction, "OnHumidityChanged"},
		{"Java", "MemberJoined 이벤트 리스너", naming.KindFunction, "onMemberJoined"},
		{"TypeScript", "InvoicePaid 이벤트 처리하는 함수", naming.KindFunction, "handleInvoicePaid"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "HumidityChanged 이벤트 핸들러", naming.KindFunction, "HandleChangedHumidity"},
	})
}

// TestValvesAndSlots: a valve is closed, not locked (밸브 잠그는:
// close_valve; 밸브 was unread); a Qt slot that does something is a function
// named for it (파일 여는 슬롯: open_file; was no name).
func TestValvesAndSlots(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "급수 밸브 잠그는 함수", naming.KindFunction, "close_valve"},
		{"C++", "설정 파일 여는 슬롯 이름", naming.KindFunction, "open_config_file"},
		{"Python", "문 잠그는 함수", naming.KindFunction, "lock_door"}, // control: a door is locked (문 is a door since the 26th session)
	})
}

// TestFilterFunctionAndWords: a filter function said with what it does is
// named for it (휴면 계정을 제외하는 필터 함수: excludeDormantAccount; was
// getDormantAccount); 디자이너 at a salon is a stylist, 가정 a household,
// 클라 a client, 디데이 a d-day, 미성년자 a minor.
func TestFilterFunctionAndWords(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "탈퇴 회원을 제외하는 필터 함수", naming.KindFunction, "excludeMember"},
		{"Kotlin", "네일샵 예약에 디자이너 배정하는 함수", naming.KindFunction, "assignStylist"},
		{"Ruby", "새 가정 등록하는 메서드", naming.KindFunction, "register_household"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "탈퇴 회원을 제외하는 필터 함수", naming.KindFunction, "getWithdrawnMember"},
	})
}

// TestDaysUntilNightsNewtype: the days left until something are days until
// it (결혼식까지 남은 날 수: daysUntilWedding; was
// calculateRemainingWeddingDayCount); 몇 박 is nights (calculate_nights);
// newtype is a kind word (ISBN newtype 구조체: Isbn; was IsbnNewtype).
func TestDaysUntilNightsNewtype(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "생일까지 남은 날 수 계산하는 함수", naming.KindFunction, "daysUntilBirthday"},
		// (nights_between since the thirty-sixth session: r6's and r42's
		// reviewers write nightsBetween or countNights first)
		{"Python", "체크인이랑 체크아웃 날짜로 몇 박인지 계산하는 함수", naming.KindFunction, "nights_between"},
		{"Rust", "주민번호 newtype 구조체", naming.KindClass, "ResidentRegistrationNumber"},
	})
}

// TestMileageRelicsPyeong: an English question's mileage is distance driven
// (sort used cars by mileage: SortByMileage; was SortByRewardPoint); 유물
// are artifacts, 시대 an era (artifacts_by_era; was exhibits); 평 is a unit
// (제곱미터를 평으로 환산: squareMetersToPyeong; was convertSquareMeters).
func TestMileageRelicsPyeong(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "sort rental cars by mileage", naming.KindFunction, "SortByMileage"},
		{"Python", "유물들을 시대별로 묶어 놓은 딕셔너리", naming.KindVariable, "artifacts_by_era"},
		{"TypeScript", "제곱미터를 평으로 환산하는 함수", naming.KindFunction, "squareMetersToPyeong"},
		{"Python", "평균 점수", naming.KindVariable, "average_score"}, // control
	})
}

// TestHandsBackLive: how results come back ("and hands them back on a
// channel") is no step of the name (was subscribeToHand); live before a
// noun is live, not a live stream.
func TestHandsBackLive(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "func that subscribes to live price ticks and hands them back on a channel", naming.KindFunction, "subscribe"},
		{"Python", "start the live stream", naming.KindFunction, "start_live_stream"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Go", "func that subscribes to live price ticks and hands them back on a channel", naming.KindFunction, "subscribeToHand"},
		{"Go", "func that subscribes to live price ticks and hands them back on a channel", naming.KindFunction, "subscribeToLiveStreamPriceTick"},
	})
}

// TestRecentReadings: recent readings of a named quantity are said with it
// (최근 온도 측정값 배열: recent_temperature_readings; was the phrasebook's
// recent_samples); unnamed ones stay samples.
func TestRecentReadings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "최근 습도 측정값 배열 변수", naming.KindVariable, "recent_humidity_readings"},
		{"C", "최근 측정값 배열", naming.KindVariable, "recent_samples"}, // control
	})
}

// TestGoesOffline: a state reached (goes offline, becomes empty) is the
// state (onDeviceOffline; was onDeviceGoOffline, onDeviceBecomed); the
// imperative "go online" stays an action.
func TestGoesOffline(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "callback when the printer goes offline", naming.KindFunction, "onPrinterOffline"},
		{"Kotlin", "callback when the queue becomes empty", naming.KindFunction, "onQueueEmpty"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "callback when the printer goes offline", naming.KindFunction, "onPrinterGoOffline"},
	})
}

// TestSupportedEnum: an enum of the supported (available, allowed) ones
// also says so (SupportedLanguage after Language; was Language alone).
func TestSupportedEnum(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "enum listing the supported currencies", naming.KindClass, "SupportedCurrency"},
		{"Java", "지원하는 파일 형식 enum", naming.KindClass, "SupportedFileType"},
	})
}

// TestExceptionAndDateMap: an exception caught to answer is the exception's
// handler (재고 부족 예외 잡아서 409 내려주는 메서드: handleStockShortageException;
// was decrementStockShortage, the phrasebook's low-stock line before it); a
// Map<LocalDate, List<X>> holds the Xs by date (ordersByDate; was a name
// from the words around it).
func TestExceptionAndDateMap(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "@ExceptionHandler로 재고 부족 예외 잡아서 409 내려주는 메서드", naming.KindFunction, "handleStockShortageException"},
		{"Kotlin", "달력 화면용 Map<LocalDate, List<Event>> 변수 이름", naming.KindVariable, "eventsByDate"},
		{"Java", "재고 부족한 상품 목록", naming.KindVariable, "lowStockProducts"}, // control
	})
}

// TestFetchedAtOnce: how many are loaded at once (한 번에 불러오는 게시글 수)
// is the page size, with 불러오는 as with 불러올 (was POST_COUNT).
func TestFetchedAtOnce(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "한 번에 불러오는 댓글 수 상수", naming.KindConstant, "PAGE_SIZE"},
	})
}

// TestTurnOff: 끄는 is turning off, not dragging (알람 끄는 함수:
// disable_alarm; was drag_alarm), and a light or a device is turned off
// (전구 끄는 함수: turn_off_light_bulb); a feature stays disabled.
func TestTurnOff(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "알람 끄는 함수", naming.KindFunction, "disable_alarm"},
		{"Python", "거실 조명 끄는 함수", naming.KindFunction, "turn_off_living_room_lighting"},
		{"Python", "다크모드 끄는 함수", naming.KindFunction, "disable_dark_mode"},
		{"Python", "카드 드래그하는 함수", naming.KindFunction, "drag_card"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Python", "알람 끄는 함수", naming.KindFunction, "drag_alarm"},
	})
}

// TestStateCount: a state's 건수 with no noun counts what is in that state
// (배송 완료 건수: deliveredCount; was no answer at all).
func TestStateCount(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "결제 완료 건수", naming.KindVariable, "paidCount"},
		{"Java", "배송 완료된 주문 건수", naming.KindVariable, "deliveredOrderCount"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"C#", "결제 완료 건수", naming.KindVariable, "numPaids"},
	})
}

// TestTotalCountAndKph: X 총 개수 is the total number of X (total_pages; was
// page_total_count); "km per hour" is the speed unit (mpsToKph; was mpsToKm).
func TestTotalCountAndKph(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "댓글 총 개수", naming.KindVariable, "total_comment_count"},
		{"Go", "convert meters per second to km per hour", naming.KindFunction, "mpsToKph"},
	})
}
