package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the sixteenth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestNumberedUnit: a unit written right after a number is the unit even
// when its letters alone mean something else (2000ml is milliliters, ml
// alone machine learning), and 권장 before a noun keeps 하루 daily.
func TestNumberedUnit(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "하루 권장 커피 섭취량 400ml 상수", naming.KindConstant, "DAILY_RECOMMENDED_COFFEE_ML"},
		{"Kotlin", "물병 용량 500ml 상수 이름", naming.KindConstant, "CAPACITY_ML"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "물병 용량 500ml 상수 이름", naming.KindConstant, "CAPACITY_MACHINE_LEARNING"},
	})
}

// TestValueAtWhen: a value named right after a when clause, with only its
// kind after it, is the value the clause's action uses (결제 API 호출할 때
// 타임아웃: paymentApiTimeout; the timeout was dropped); a Go time.Duration
// after a comma is the declared type, no word of the name.
func TestValueAtWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "결제 API 호출할 때 타임아웃 10초, time.Duration 상수", naming.KindConstant, "paymentAPITimeout"},
		{"Kotlin", "로그인할 때 타임아웃 상수", naming.KindConstant, "LOGIN_TIMEOUT"},
		{"C", "카드 꽂히면 호출되는 콜백 함수", naming.KindFunction, "on_card_inserted"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "결제 API 호출할 때 타임아웃 10초, time.Duration 상수", naming.KindConstant, "timeDuration"},
	})
}

// TestStillLeft: whether some of a thing is still left is whether there
// is some (용지 남아있는지: hasPaper, was isPaperRemaining); an amount stays
// singular (hasBalance), stock keeps its idiom (isInStock).
func TestStillLeft(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "라벨 프린터에 용지 남아있는지 확인하는 함수", naming.KindFunction, "has_paper"},
		{"Go", "작업 큐에 작업 남아있는지 확인하는 함수", naming.KindFunction, "hasRemainingTasks"},
		{"Swift", "교통카드 잔액 남아있는지 확인하는 함수", naming.KindFunction, "hasTransitCardBalance"},
		{"Python", "재고 남아있는지 확인하는 함수", naming.KindFunction, "is_in_stock"},
	})
	checkNotOffered(t, []notOffered{
		// time left is no thing left (was HasPassportExpiryDateMonthses)
		{"C#", "운전면허 만료일이 3개월도 안 남았는지 확인하는 메서드", naming.KindFunction, "HasDriverLicenseExpiryDateMonthses"},
		{"Java", "쿠폰 만료까지 3일 남았는지", naming.KindFunction, "hasCoupons"},
	})
}

// TestParenCode: a short code in parentheses (12A) is an example value,
// no word of the name.
func TestParenCode(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"C", "공연장 좌석 문자열(15B)을 행 번호로 바꾸는 함수", naming.KindFunction, "to_15b_line_number"},
	})
	checkTopThree(t, []topThree{
		{"Python", "3D 모델 불러오는 함수", naming.KindFunction, "load_3d_model"}, // load_3d before the eighteenth session read 모델 as the noun
	})
}

// TestAskedGetter: a Go function the question calls a getter is the noun,
// even when it says what the value is read from (Sensor 구조체에서 …
// getter: FirmwareVersion, was GetFirmwareVersion only).
func TestAskedGetter(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "Sensor 구조체에서 펌웨어 버전 반환하는 getter 이름", naming.KindFunction, "firmwareVersion"},
	})
}

// TestPronounWhether: "whether it has been X" asks whether the receiver is
// X (IsShipped; no name was given).
func TestPronounWhether(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "exported method on Parcel that reports whether it has been shipped", naming.KindFunction, "IsShipped"},
	})
}

// TestProjectLead: homework or a clone a question opens with is the scene
// (알고리즘 과제 …, 채팅 클론 - …); an assignment that is the app's data
// stays (과제 제출 여부).
func TestProjectLead(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "알고리즘 과제 다익스트라로 최단거리 구하는 함수", naming.KindFunction, "calculate_shortest_distance"},
		{"Python", "과제 제출 여부 변수", naming.KindVariable, "is_assignment_submitted"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "알고리즘 과제 다익스트라로 최단거리 구하는 함수", naming.KindFunction, "calculate_with_algorithm_assignment_dijkstra"},
	})
}

// TestThreadDoing: a thread function a clause says the work of is named by
// the work (pthread로 요청 하나씩 처리하는 스레드 함수: process_request, was
// the entry idiom thread_main); an entry function asked as such keeps it.
func TestThreadDoing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "pthread로 요청 하나씩 처리하는 스레드 함수", naming.KindFunction, "process_request"},
		{"C", "pthread 스레드 진입 함수", naming.KindFunction, "thread_main"},
	})
}

// TestParenRemark: a remark in parentheses (최대 20개까지 보관함) is no word
// of the name (was maxRecentlyViewedProducts for the list itself).
func TestParenRemark(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "최근 본 상품 목록 state (최대 20개까지 보관함)", naming.KindVariable, "recentlyViewedProducts"},
	})
}

// TestHandledObject: a request, an order or a payment with 처리하다 is the
// thing handled (요청 처리하는 함수: processRequest, was request); a verbal
// noun that is an action keeps its verb (탈퇴 처리하는: withdraw).
func TestHandledObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "웹서버에서 요청 하나씩 처리하는 함수", naming.KindFunction, "process_request"},
		{"Go", "회원 탈퇴 처리하는 함수", naming.KindFunction, "deleteAccount"},
	})
}

// TestEnglishFluff: "my little X" is my X ("the port my little web server
// listens on": apiServerPort, was the little server);
// "in my school LMS clone" is the scene (was school_lms); "returns true
// once X" asks whether X.
func TestEnglishFluff(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "const for the default port my little api server listens on", naming.KindConstant, "apiServerPort"},
		{"Python", "field for the quiz start time in my school LMS clone", naming.KindVariable, "quiz_start_time"},
		{"Ruby", "method on Order that returns true once every item has been shipped", naming.KindFunction, "shipped?"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "field for the quiz start time in my school LMS clone", naming.KindVariable, "school_lms"},
	})
}

// TestLoopFunction: a loop function is named for what it loops over and
// for its work (messageLoop, runMessageLoop, readLoop; was readMessage
// alone).
func TestLoopFunction(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "고루틴으로 소켓에서 패킷 계속 읽어오는 루프 함수", naming.KindFunction, "packetLoop"},
	})
	checkOffered(t, []topThree{
		{"Go", "고루틴으로 소켓에서 패킷 계속 읽어오는 루프 함수", naming.KindFunction, "readLoop"},
	})
}

// TestWhileWalking: what a question walks (엑셀 시트 돌면서, 디렉토리 돌면서)
// is where the work happens; the work is named (empty_cell_count; was
// empty_excel_sheet_cell_count). A kind word counted (빈 필드 몇 개) is a
// thing (empty_field_count; no name was given), and duplicates found are
// plural (find_duplicate_images, was find_duplicate).
func TestWhileWalking(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "csv 행 돌면서 빈 필드 몇개인지 세는 변수", naming.KindVariable, "empty_field_count"},
		{"Rust", "폴더 돌면서 중복 이미지 찾는 함수", naming.KindFunction, "find_duplicate_images"},
	})
}

// TestLateAndDeltaTime: 지각 횟수 counts late arrivals (was tardiness, a
// mass noun that lost the count), 지각한 학생 are late students; the time
// since the previous frame is delta time, no loop index (was i).
func TestLateAndDeltaTime(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "오늘 지각한 직원 목록", naming.KindVariable, "todayLateEmployees"},
		{"C++", "게임루프에서 이전 프레임과의 시간차 변수", naming.KindVariable, "delta_time"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "게임루프에서 이전 프레임과의 시간차 변수", naming.KindVariable, "i"},
	})
}

// TestAsyncPlural: many things handled asynchronously stay many
// (resize_images_async, was resize_image_async).
func TestAsyncPlural(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "std::async로 동영상 여러개 병렬로 인코딩하는 함수", naming.KindFunction, "encode_videos_async"},
	})
}

// TestMustAndPurpose: 연락하다 is contact, and its 에게 place is its object
// (contact_customer); the list of things one must V is the things to V
// (연락해야 하는 고객 리스트: customersToContact, was shouldContactCustomer);
// a purpose before 만든 says what the thing is for (바코드로 상품 찾으려고
// 만든 Dictionary: productsByBarcode, was created), and before a clause of
// its own it is no word of the name.
func TestMustAndPurpose(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "회원에게 연락하는 함수", naming.KindFunction, "contact_member"},
		{"Java", "이번달에 연락해야 하는 거래처 리스트 변수", naming.KindVariable, "vendorsToContact"},
		{"C#", "사번으로 직원 찾으려고 만든 Dictionary 변수", naming.KindVariable, "employeesById"},
		{"Java", "뱅킹 앱에서 비밀번호 5번 틀리면 계정 잠그는데 그 5를 상수로 빼려고 해요", naming.KindConstant, "MAX_LOGIN_ATTEMPTS"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "이번달에 연락해야 하는 거래처 리스트 변수", naming.KindVariable, "shouldContactVendor"},
	})
}

// TestShortInWeakPlace: the first name without the word before its head
// takes the place of an abbreviated spelling in the first three
// (upload_thumbnail_buffer over upload_img_thumbnail_buf); a state stays
// (isLowStock offers no isStock).
func TestShortInWeakPlace(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"Java", "재고가 10개 이하인지 확인하는 함수", naming.KindFunction, "isStock"},
		{"Go", "주문을 찾지 못했을 때 반환할 에러 변수", naming.KindVariable, "errFound"},
	})
}

// TestFirstAndHeadcount: "longest first" sorts descending
// (compare_by_length_desc); a file's modification time in a sort is a key,
// not getMtime; 참석 인원수 counts attendees (attendeeCount, the count was
// lost); 결석한 is absent; "waits until a vessel's berth is confirmed"
// waits for the berth (no name but wait before).
func TestFirstAndHeadcount(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "comparator to sort planks by length, longest first", naming.KindFunction, "compare_by_length_desc"},
		{"JavaScript", "이번달 세미나 참석 인원수 변수", naming.KindVariable, "attendeeCount"},
		{"Python", "결석한 직원들 목록 변수", naming.KindVariable, "absent_employees"},
		{"TypeScript", "async function that waits until a user's payment is confirmed", naming.KindFunction, "waitForPayment"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "sort a vector of logs by modification time, newest first", naming.KindFunction, "get_mtime"},
	})
}

// TestVerbSense: a chat verb is read by its object: 알림을 쏘다 sends it
// (sendNotification, was shootNotification), api 쏘다 calls it, 코인을
// 먹다 collects it (OnPlayerCoinCollected, was …Eaten); a bullet is still
// shot.
func TestVerbSense(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "디스코드로 알림 쏘는 함수", naming.KindFunction, "sendNotification"},
		{"JavaScript", "결제 api 쏘는 함수", naming.KindFunction, "callPaymentApi"},
		{"C#", "유니티에서 플레이어가 보석 먹었을때 실행되는 함수", naming.KindFunction, "OnPlayerGemCollected"},
		{"C#", "유니티에서 총알 쏘는 함수", naming.KindFunction, "Shoot"},
		{"Python", "포스기에서 영수증 뽑는 함수", naming.KindFunction, "print_receipt"},
		{"Python", "로또 번호 뽑는 함수", naming.KindFunction, "pick_number"},
	})
}

// TestCountedRunnersAndHandlerMaps: 고루틴/스레드 before 개수 are counted
// (runningGoroutineCount; no variable was given), and handlers a map holds
// make a map, no handler (명령어 → 핸들러 함수 매핑하는 맵: no name was
// given).
func TestCountedRunnersAndHandlerMaps(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "슬랙 명령어 이름 -> 핸들러 함수 매핑하는 맵", naming.KindVariable, "handlersByCommand"},
	})
}

// TestRoutesAndFormats: a controller serving a request is named for the
// action (회원가입 POST 요청 받는 컨트롤러 메서드: signUp, was
// getReceivedSignupPostRequestController); 명령어 인자 are command args; a
// date and time format is a timestamp, no duration (was format_duration),
// and made into text is converted; the chosen key of a filter is the key
// (filterByGenre, was filterBySelectedGenre).
func TestRoutesAndFormats(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "스프링에서 로그인 POST 요청 받는 컨트롤러 메서드 이름", naming.KindFunction, "login"},
		{"C", "파싱한 명령어 인자들 배열", naming.KindVariable, "parsed_command_args"},
		// (format_timestamp since the thirty-sixth session: r4's reviewer
		// accepts it, not time_to_timestamp)
		{"C", "현재시각을 YYYY-MM-DD HH:MM:SS 문자열로 만드는 함수", naming.KindFunction, "format_timestamp"},
		{"Kotlin", "function to filter the book list by the selected author", naming.KindFunction, "filterByAuthor"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "현재시각을 YYYY-MM-DD HH:MM:SS 문자열로 만드는 함수", naming.KindFunction, "format_duration"},
	})
}

// TestSubjectDid: "whether the user clicked the banner" asks whether the
// banner was clicked (has_clicked_banner, is_banner_clicked; was
// is_clicked_user_banner: the subject's verb read as a participle of the
// object).
func TestSubjectDid(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "whether the user dismissed the banner", naming.KindVariable, "has_dismissed_banner"},
		{"Swift", "Bool telling whether the user granted microphone access", naming.KindVariable, "isMicrophoneAccessGranted"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "whether the user dismissed the banner", naming.KindVariable, "is_dismissed_user_banner"},
	})
}

// TestKindDoing: "<kind> V-ing X" is a kind that Vs X (helper parsing a
// date string: parse_date_string, was get_parsing_date_string); km/h is
// one unit (ToKmh, was ToKmH).
func TestKindDoing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "helper parsing a config file", naming.KindFunction, "parse_config_file"},
		{"C#", "extension method converting a distance in miles to km", naming.KindFunction, "ToKm"},
		{"C#", "m/s를 km/h로 바꾸는 확장 메서드", naming.KindFunction, "MpsToKmh"},
	})
}

// TestEnglishTargetsAndHashes: "convert X into our domain User struct"
// asks for the conversion, the struct is its target (fromProto; was the
// class DomainUser); a Ruby hash of things is a map (bookings by room type,
// was hash_value); a LINQ result holding things is the things; a promise
// resolving after N ms is sleep.
func TestEnglishTargetsAndHashes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "convert a protobuf Order message into our domain Order struct", naming.KindFunction, "fromProto"},
		{"Ruby", "hash of this week's orders grouped by status", naming.KindVariable, "orders_by_status"},
		{"C#", "local variable for the LINQ result holding overdue invoices", naming.KindVariable, "overdueInvoices"},
		{"JavaScript", "small helper that returns a promise resolving after N milliseconds", naming.KindFunction, "sleep"},
	})
}

// TestUseAndReload: a coupon one can 쓰다 is usable, not writable
// (isCouponUsable; was isCouponWritable); 재장전하다 is reload; 맛집 is a
// restaurant.
func TestUseAndReload(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "플레이어 무기 재장전하는 함수", naming.KindFunction, "ReloadPlayerWeapon"},
		{"Kotlin", "저장한 맛집 목록 변수", naming.KindVariable, "savedRestaurants"},
	})
	checkNotOffered(t, []notOffered{
		{"JavaScript", "쿠폰 코드가 지금 쓸 수 있는지 체크하는 함수", naming.KindFunction, "isCouponCodeWritable"},
	})
}

// TestEveryFewAndReturnedBy: "every few seconds" is a period, no word of
// the name (was currentFewGpsLocation); "the OrderDto returned by the REST
// API" is the DTO (toOrderDto, was toReturnedOrderDto).
func TestEveryFewAndReturnedBy(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "Flow that emits the device's battery level every few seconds", naming.KindVariable, "batteryLevel"},
		{"Java", "convert an Invoice entity into the InvoiceDto returned by the REST API", naming.KindFunction, "toInvoiceDto"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "Flow that emits the device's battery level every few seconds", naming.KindVariable, "fewDeviceBatteryLevelFlow"},
	})
}

// TestDesignerHandlers: a WinForms or WPF event handler in a C# room is
// offered as the designer names it, control_Event (PrintButton_Click),
// which the validator now accepts; without WinForms or WPF it is not.
func TestDesignerHandlers(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "WPF에서 결제 완료 버튼 클릭 이벤트 핸들러", naming.KindFunction, "PaidButton_Click"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "결제 완료 버튼 클릭 이벤트 핸들러", naming.KindFunction, "PaidButton_Click"},
	})
	// its reason says where the name comes from, in the question's language
	a := Suggest(naming.Spec{Language: "C#"}, "WPF에서 결제 완료 버튼 클릭 이벤트 핸들러")
	for _, s := range a.Suggestions {
		if s.Name == "PaidButton_Click" && !strings.Contains(s.Reason, "디자이너") {
			t.Errorf("PaidButton_Click's reason %q does not name the designer", s.Reason)
		}
	}
}
