package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the seventh session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestWhereFromGoes: where a value came from (fetched, loaded, 가져온,
// 불러온) is no part of its name, nor what it is for (saved for offline
// playback).
func TestWhereFromGoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "name for a slice of the invoices we loaded for a customer", naming.KindVariable, "invoices"},
		{"Python", "variable for the orders we fetched from the API", naming.KindVariable, "orders"},
		{"Swift", "name for an array of songs saved for offline playback", naming.KindVariable, "savedSongs"},
		{"Java", "list of photos selected for upload", naming.KindVariable, "selectedPhotos"},
		{"Java", "DB에서 불러온 활성 회원 목록", naming.KindVariable, "activeMembers"},
	})
	checkNotOffered(t, []notOffered{
		{"PHP", "Eloquent로 가져온 미납 청구서 목록 변수", naming.KindVariable, "$gotUnpaidInvoices"},
		{"C", "이중 연결리스트 길이 반환하는 함수", naming.KindFunction, "release_connection"},
	})
}

// TestEnglishAsideAfterComma: an English clause after a comma that says
// why or what else (", nullable since ...", ", below it we ...", ", it's a
// Duration") is no part of the name.
func TestEnglishAsideAfterComma(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "property name for when an order was shipped, nullable since it might not ship yet", naming.KindVariable, "ShippedAt"},
		{"Kotlin", "constant for the minimum supported app version code, below it we force an update", naming.KindConstant, "MIN_SUPPORTED_APP_VERSION_CODE"},
		{"Java", "constant for the minimum supported iOS version, below it we show an upgrade screen", naming.KindConstant, "MIN_SUPPORTED_VERSION"},
	})
}

// TestPrepositionalState: "whether X is on/in/under/out of Y" names the
// state after is (isOnMeteredNetwork), not the subject alone (isDevice).
func TestPrepositionalState(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "boolean for whether the device is currently on a metered network", naming.KindVariable, "isOnMeteredNetwork"},
		{"Java", "boolean for whether the user is currently in a call", naming.KindVariable, "isInCall"},
		{"Python", "whether the printer is out of paper", naming.KindFunction, "is_out_of_paper"},
		{"Ruby", "whether the user is in a call", naming.KindFunction, "in_call?"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "boolean for whether the device is currently on a metered network", naming.KindFunction, ""},
	})
}

// TestThingsHeld: a verbal noun with 들, or held by a list (요청 담아두는
// 배열), is the things (requests), not doing (was the function request);
// 아직 X 안 온 Ys are pending Ys; 올리다 beside a file is upload.
func TestThingsHeld(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "요청 담아두는 배열", naming.KindVariable, "requests"},
		{"C", "대기중인 요청들", naming.KindVariable, "pending_requests"},
		{"C", "아직 응답 안 온 요청들 담아두는 배열", naming.KindVariable, "pending_requests"},
		{"C++", "아직 ACK 안 온 패킷들 담아두는 컨테이너 이름", naming.KindVariable, "pending_packets"},
		{"TypeScript", "한번에 올릴 수 있는 파일 최대 5개, 상수명 대문자로", naming.KindConstant, "MAX_UPLOAD_FILE"},
		{"Java", "파일 올리기 전에 크기 확인하는 함수", naming.KindFunction, "checkFileUploadSize"},
		{"Java", "조회수 올리는 함수", naming.KindFunction, "incrementViewCount"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "요청 담아두는 배열", naming.KindFunction, ""},
		{"TypeScript", "한번에 올릴 수 있는 파일 최대 5개, 상수명 대문자로", naming.KindVariable, ""},
	})
}

// TestCaseStyleIsNoWord: a case style the question asks for (snake_case로,
// 상수명 대문자로) is the room's convention's business, no word of the
// name; snake_case로 바꾸는 (a conversion) and 소문자로 된 (a state) stay.
func TestCaseStyleIsNoWord(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "snake_case로 주문 취소하는 함수", naming.KindFunction, "cancel_order"},
		{"PHP", "워드프레스 플러그인에서 설정 페이지 메뉴 등록하는 함수, WP 스타일대로 snake_case로", naming.KindFunction, "registerSettingsMenu"},
		{"Python", "snake_case로 바꾸는 함수", naming.KindFunction, "to_snake_case"},
		{"Java", "문자열을 대문자로 변환하는 메서드", naming.KindFunction, "toUppercase"},
		{"Go", "소문자로 된 키 목록", naming.KindVariable, "lowercaseKeys"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "camelCase로 배송지 주소 변경하는 메서드", naming.KindFunction, "toCamelCase"},
	})
}

// TestFieldsHeld: a type that holds a list of fields is named for what
// owns them (HttpResponse, TcpPacketHeader), not for the fields.
func TestFieldsHeld(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "HTTP 응답 상태코드, 헤더, 바디 담는 구조체 이름", naming.KindClass, "HttpResponse"},
		{"C++", "TCP 패킷 헤더의 출발지 포트, 목적지 포트, 시퀀스 번호 담는 구조체", naming.KindClass, "TcpPacketHeader"},
		{"Java", "회원 이름, 이메일, 가입일 담는 클래스", naming.KindClass, "Member"},
		{"Rust", "센서 측정값(온도, 습도, 시각) 담는 구조체", naming.KindClass, "SensorReading"},
	})
}

// TestEnglishSaidPlainly: restateEnglish's rewrites.
func TestEnglishSaidPlainly(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "name for the callback passed to the WebSocket 'message' event in our chat client", naming.KindFunction, "onMessage"},
		{"Python", "function that deletes sessions that have been idle for more than 30 minutes", naming.KindFunction, "prune_inactive_sessions"},
		{"Go", "name for an exported function that provisions a new tenant database", naming.KindFunction, "ProvisionTenantDatabase"},
		{"Java", "method that creates a new user account", naming.KindFunction, "createUserAccount"},
		{"C#", "const name for the max length of a display name, 32 characters", naming.KindConstant, "MaxDisplayNameLength"},
		{"Kotlin", "what do I name the LocalDate for when a borrowed library book is due back", naming.KindVariable, "dueDate"},
		{"JavaScript", "function that groups chat messages by day for the date separators", naming.KindFunction, "groupByDay"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "function that deletes sessions that have been idle for more than 30 minutes", naming.KindFunction, "delete_idle_mores"},
	})
}

// TestAssignedIsNoAssigning: the tasks assigned to a user are filtered,
// not assigned (the phrasebook's assign line gave assign, setAssignee).
func TestAssignedIsNoAssigning(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"TypeScript", "name for a function that returns only the tasks assigned to a given user", naming.KindFunction, "setAssignee"},
	})
	checkTopThree(t, []topThree{
		{"Java", "function that assigns a ticket to an agent", naming.KindFunction, "assign"},
	})
}

// TestNavigation: going to a named screen or page is navigateToX (the
// grammar read 으로 as with: moveWithOnboardingScreen); the phrasebook's
// names stay first when it answered (requireLogin).
func TestNavigation(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "앱 처음 켰을때 온보딩 화면으로 보내는 함수", naming.KindFunction, "navigateToOnboarding"},
		{"Swift", "결제 완료되면 주문 상세 페이지로 보내는 함수", naming.KindFunction, "navigateToOrderDetail"},
		{"Swift", "설정 화면으로 넘어가는 함수", naming.KindFunction, "navigateToSettings"},
		{"TypeScript", "function that navigates to the settings screen", naming.KindFunction, "navigateToSettingsScreen"},
		{"Kotlin", "로그인 화면으로 돌려보내는 함수", naming.KindFunction, "redirectToLogin"},
		{"Swift", "로그인 안 돼 있으면 로그인 화면으로 보내는 함수", naming.KindFunction, "requireLogin"},
		{"Kotlin", "화면 이동 함수", naming.KindFunction, "navigateTo"},
	})
}

// TestSettingGoes: what is being built (…만드는 중인데, 호텔 예약 관리
// 화면인데) and where a method lives (Course 모델에, "a method on
// Appointment") are no part of the name.
func TestSettingGoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "게임 엔진 툴 만드는 중인데 월드 좌표를 화면 픽셀 좌표로 바꾸는 함수 이름 추천좀요", naming.KindFunction, "world_to_screen"},
		{"C#", "호텔 예약 관리 화면인데 예약 리스트를 체크인 날짜 빠른 순으로 정렬하는 메서드 이름 뭐라고 짓죠", naming.KindFunction, "SortByCheckInDate"},
		{"Go", "응답 시간 빠른 순으로 서버 정렬", naming.KindFunction, "sortByResponseTimeAsc"},
		{"Java", "User 엔티티에 이메일 저장하는 메서드", naming.KindFunction, "saveEmail"},
		{"Ruby", "Rails app for a clinic: I need a method on Appointment that moves it to a new time slot and notifies the patient. Good name?", naming.KindFunction, "reschedule"},
		{"Go", "exported getter on Server that returns its listen address", naming.KindFunction, "ListenAddress"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "레일즈 인강 플랫폼인데 Course 모델에 수강 완료한 학생 수 돌려주는 메서드 이름 뭐라고 하죠", naming.KindFunction, "to_course"},
	})
}

// TestLabelGoes: a label before a colon (the language, the app) is no
// word of the name.
func TestLabelGoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "C#: const for the max number of rows per bulk insert batch into SQL Server (1000). Name?", naming.KindConstant, "MaxRowsPerBulkInsertBatch"},
		{"Go", "Go CLI for infra: function that rotates the database credentials in Vault and then restarts the dependent pods. Name?", naming.KindFunction, "rotateDatabaseCredentials"}, // the question's own word since the nineteenth session
		{"C#", "C# background job: I track how many outbox messages failed to publish in the current batch. Local variable name?", naming.KindVariable, "failedOutboxMessageCount"},
		{"C++", "std::map of user ids to names", naming.KindVariable, "names_by_user_id"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "C++: free function that converts an RGB pixel to an 8-bit grayscale luminance value. Name?", naming.KindFunction, "c_to_bit_grayscale_luminance"},
	})
}

// TestHeldThings: a container holding things is the list of them; things
// doing something now or queued are the doing or queued things; a voice
// is no audio.
func TestHeldThings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "what should I call the member vector holding the voices currently sounding in the synth?", naming.KindVariable, "sounding_voices"},
		{"Swift", "array property holding episodes queued to play next. Name?", naming.KindVariable, "queuedEpisodes"},
		{"Go", "slice of jobs currently running", naming.KindVariable, "runningJobs"},
		{"Rust", "field that tracks how many connections are currently checked out", naming.KindVariable, "checked_out_connection_count"},
		{"Kotlin", "variable holding when the next alarm will go off", naming.KindVariable, "nextAlarmTime"},
		{"C++", "name for the list of active voices", naming.KindVariable, "active_voices"},
	})
}

// TestAsidesGo: what a question says about the code around the name (a
// case style, a type, a unit declared, a Rails hook, a gloss) shapes the
// name or goes; it is never a word of it.
func TestAsidesGo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "게임 엔진 툴 만드는 중인데 월드 좌표를 화면 픽셀 좌표로 바꾸는 함수 이름 추천좀요 (저희 팀 snake_case 씀)", naming.KindFunction, "world_to_screen"},
		{"Swift", "운동 기록 앱에서 오늘 한 운동을 헬스킷(HealthKit)에 저장하는 함수 이름 뭐로 할까요", naming.KindFunction, "saveToHealthKit"},
		{"Kotlin", "배달앱 장바구니 화면에서 가게별로 묶은 메뉴 목록, Map<Store, List<CartItem>> 변수명 뭐가 좋을까요", naming.KindVariable, "menusByStore"},
		{"Ruby", "Rails 모델에서 주문 생성 직후 확인 메일 보내는 after_create 콜백 메서드 이름 뭐라고 할까요", naming.KindFunction, "send_confirmation_email"},
		{"Kotlin", "프로필 사진 업로드 최대 용량 5MB 제한 걸려고 const val 하나 만드는데 이름 뭐로 할까요? 값은 바이트 단위", naming.KindConstant, "MAX_UPLOAD_SIZE_BYTES"},
		{"C", "C로 만든 데이터로거에서 센서 측정 주기 5초를 #define 하려는데 ms 단위로요. 이름 추천좀", naming.KindConstant, "SAMPLE_INTERVAL"},
		{"Python", "비밀번호 재설정 링크 유효시간 30분짜리 상수 이름 추천해주세요. 초 단위로 쓸 거고 PEP 8 따름", naming.KindConstant, "PASSWORD_RESET_LINK_TTL_SECONDS"},
		{"Java", "타임아웃 30초 상수, 밀리초 단위", naming.KindConstant, "TIMEOUT_MS"},
		{"JavaScript", "특수문자를 HTML 엔티티로 바꾸는 함수", naming.KindFunction, "escapeHtml"},
		{"C#", "WPF 저장 버튼 Click 이벤트 핸들러 메서드 이름", naming.KindFunction, "HandleSaveClick"},
		{"Rust", "사토시(u64)를 0.00012345 BTC 같은 문자열로 바꾸는 함수", naming.KindFunction, "format_sats"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "C#에서 엑셀 시트 한 행(DataRow)을 Employee 엔티티로 바꾸는 메서드 이름 뭐라고 하죠", naming.KindFunction, "EscapeHtml"},
		{"C", "C로 만든 데이터로거에서 센서 측정 주기 5초를 #define 하려는데 ms 단위로요. 이름 추천좀", naming.KindConstant, "SENSOR_SAMPLING_INTERVAL_SECONDS_MS"},
	})
}

// TestHeldAndReturned: a React state holding tags is the tags; what is
// returned grouped "as an array" is the grouping; typed input is the
// input; 경력 연차 is years of experience.
func TestHeldAndReturned(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "CMS 글 작성 화면에서 사용자가 붙인 태그들 상태 변수 이름", naming.KindVariable, "attachedTags"},
		{"PHP", "워드프레스 플러그인에서 글들을 카테고리별로 묶어서 배열로 돌려주는 함수", naming.KindFunction, "groupByCategory"},
		{"Python", "건강관리 앱에서 입력된 혈압이 고혈압 기준 넘는지 여부", naming.KindVariable, "is_blood_pressure_exceeded"},
		{"Kotlin", "지원자 리스트를 경력 연차 높은 순으로 정렬하는 함수", naming.KindFunction, "sortByYearsOfExperienceDesc"},
		{"TypeScript", "사용자가 입력한 검색어", naming.KindVariable, "searchQuery"},
	})
}

// TestBuiltWithAndKeyed: what the code is built with (C로 만든 X에서) is
// the setting; things kept "by" a key to be found (Y로 관리하는, Y로
// 찾으려고) are things by Y; 공지 올리는 posts.
func TestBuiltWithAndKeyed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "C로 만든 간단한 스케쥴러에서 실행 대기 중인 태스크 포인터들 담는 배열 이름 뭐가 좋을까요", naming.KindVariable, "pending_run_tasks"},
		{"Java", "자바 게임서버에서 현재 접속중인 플레이어 세션들을 플레이어ID로 관리하는 ConcurrentHashMap 필드 이름", naming.KindVariable, "sessionsByPlayerId"},
		{"JavaScript", "지도에 찍은 마커들을 가게 id로 찾으려고 Map에 넣어두는데 변수명 추천좀", naming.KindVariable, "markersByStoreId"},
		{"Ruby", "루비로 만든 슬랙 봇인데 채널에 오늘 당번 누군지 공지 올리는 메서드 이름 추천좀", naming.KindFunction, "post_today_notice"},
		{"Java", "사진 올리는 함수", naming.KindFunction, "uploadPhoto"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "C로 만든 텍스트 에디터에서 버퍼 전체 줄 수 세는 함수 이름 추천좀", naming.KindFunction, "count_all_buffer_lines_from_created_text_editor"},
	})
}

// TestDiversify: the first three names of a kind are three choices: a
// synonym-verb or shortened copy of an earlier one moves below the first
// name that says something else; an async name's plain form is no choice.
func TestDiversify(t *testing.T) {
	mk := func(names ...string) []naming.Suggestion {
		var out []naming.Suggestion
		for _, n := range names {
			out = append(out, naming.Suggestion{Name: n, Kind: naming.KindFunction})
		}
		return out
	}
	b := &builder{}
	b.lists[0] = mk("getHrEmployee", "fetchHrEmployee", "loadHrEmployee", "transferEmployee", "moveEmployee")
	b.lists[1] = mk("httpResponse", "httpRes", "response", "body")
	b.lists[2] = mk("fetchRatesAsync", "getRatesAsync", "getRateAsync", "getRate")
	b.diversify()
	got := func(i int) []string { return names(naming.Answer{Suggestions: b.lists[i]}, b.lists[i][0].Kind)[:3] }
	if g := got(0); g[1] != "transferEmployee" || g[2] != "moveEmployee" {
		t.Errorf("functions %v: want getHrEmployee, transferEmployee, moveEmployee", g)
	}
	if g := got(1); contains(g, "httpRes") {
		t.Errorf("variables %v: want no httpRes among the first three", g)
	}
	if g := got(2); g[1] != "getRatesAsync" {
		t.Errorf("async %v: the plain getRate is no choice for an async question", g)
	}
	if !sameChoice([]string{"fetch", "exchange", "rate"}, [][]string{{"get", "exchange", "rate"}}) || sameChoice([]string{"to", "enum"}, [][]string{{"from", "string"}}) {
		t.Error("sameChoice")
	}
}

// TestEnglishScene: an English question's scene (I'm building …, I have …
// and want …, a long aside in parentheses, "where that SKU is stored",
// "What should I call that variable?") is no part of the name; Korean
// "A 걸러내고 남은 B" is the B; [K => V] is V by K.
func TestEnglishScene(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "In our warehouse service I am building a map from SKU to the list of bin locations where that SKU is stored (one SKU can sit in several bins). What should I call that variable?", naming.KindVariable, "locationCodesBySku"},
		{"Rust", "Rust: I have a `Celsius(f64)` newtype and want a method that returns the temperature in Fahrenheit. What should it be called?", naming.KindFunction, "to_fahrenheit"},
		{"Go", "a helper that retries a request. what should I call it?", naming.KindFunction, "retryRequest"},
		{"Go", "function that returns the file size in bytes", naming.KindFunction, "fileSize"},
		{"Go", "만료된 쿠폰 걸러내고 남은 사용 가능 쿠폰들 담는 슬라이스", naming.KindVariable, "availableCoupons"},
		{"PHP", "[상품ID => 담은 수량] 형태로 들고 있는 장바구니 연관배열", naming.KindVariable, "$quantitiesByProductId"},
		{"Ruby", "게시글 댓글 수 컬럼 이름 (counter cache 쓸 거)", naming.KindVariable, "comments_count"},
		{"Java", "연관 상품 목록", naming.KindVariable, "relatedProducts"},
	})
}

// TestSettingAndEvents: where the code lives (재고관리에서, 가계부 앱인데)
// goes unless it is what the thing serves (채팅방 목록 화면에서 쓰는 배열);
// a container made (Dictionary 만들었는데) is the thing named; an event
// received (재고 변경 이벤트 받는) is handled (onStockChanged).
func TestSettingAndEvents(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "C# 재고관리에서 창고 코드로 Warehouse 객체 빠르게 찾으려고 Dictionary 만들었는데 지역변수명 뭐라고 하죠", naming.KindVariable, "warehousesByCode"},
		{"Swift", "채팅방 목록 화면에서 쓰는 배열 이름", naming.KindVariable, "chatRooms"},
		{"TypeScript", "사용자가 마지막으로 앱에서 활동한 시각 저장하는 필드 이름", naming.KindVariable, "lastActiveAt"},
		{"Java", "카프카 컨슈머에서 재고 변경 이벤트 받는 @KafkaListener 메서드 이름 추천좀", naming.KindFunction, "onStockChanged"},
		{"Rust", "터미널 앱에서 키 입력 이벤트 처리하는 함수", naming.KindFunction, "handle_key_event"},
		{"Python", "스마트팜 프로젝트에서 작물 생육 단계(파종, 발아, 생장, 개화, 수확) 나타내는 Enum 클래스 이름 뭐로 하죠", naming.KindClass, "GrowthStage"},
		{"Swift", "운동 기록 앱에서 오늘 한 운동을 헬스킷(HealthKit)에 저장하는 함수 이름 뭐로 할까요", naming.KindFunction, "saveToHealthKit"},
	})
}

// TestMoreAsides: a Go type in passing (map[string][]Order) and the
// "returns" it leaves; "need to …"; a property on a view model holding
// things; a duration formatted as text; 레이어 inside 플레이어.
func TestMoreAsides(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "Go: need to group a slice of delivery orders by driver ID, returns map[string][]Order. Function name?", naming.KindFunction, "groupByDriverID"},
		{"Swift", "Swift: array property on the podcast player view model holding episodes queued to play next. Name?", naming.KindVariable, "queuedEpisodes"},
		{"Kotlin", "재생 시간(초)을 01:23:45 형식으로 변환한 문자열 담는 변수 이름 뭐가 좋을까요? TextView에 그대로 넣을 거", naming.KindVariable, "formattedPlayTimeString"},
		{"C++", "C++ 플랫포머 게임에서 플레이어가 땅에 닿아있는지 나타내는 bool 멤버 변수 이름 추천좀 (점프 가능 판정용)", naming.KindVariable, "is_grounded"},
		{"Rust", "러스트 체스 엔진에서 현재 포지션이 체크메이트인지 판단하는 메서드 이름 뭐로 할까요", naming.KindFunction, "is_checkmate"},
	})
}

// TestNameTail: a closing "Name?" or "Local variable name?" is the request,
// no word of the name; "decides if the current user may edit X" asks
// whether it can; "returns nonzero if" asks whether.
func TestNameTail(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "TypeScript: I need a type guard that checks whether an incoming websocket message is a ChatMessage (vs presence or typing events). Name?", naming.KindFunction, "isChatMessage"},
		{"PHP", "PHP, Symfony voter: method that decides if the current user may edit a given invoice. Name?", naming.KindFunction, "canEditInvoice"},
		{"C", "C: function that returns nonzero if a received packet CRC matches its payload. Name?", naming.KindFunction, "matches_payload"}, // was packet_crc_matches_payload, below the short names since session 15 (shortBeforeLong)
		{"Go", "func that returns true if the token is expired", naming.KindFunction, "isTokenExpired"},
	})
}

// TestShortAskTail: a short closing request ("fn name?", "any good name
// ideas?", "what would you call it?") and "it can fail" are no words.
func TestShortAskTail(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "a helper that retries a request. any good name ideas?", naming.KindFunction, "retryRequest"},
		{"Python", "parse the config file. what would you call it?", naming.KindFunction, "parse_config"},
		{"Go", "function that parses a duration string into seconds, and it can fail. func name?", naming.KindFunction, "parseDuration"},
		{"Java", "method that turns a raw CSV line into an Order object, it may throw", naming.KindFunction, "toOrder"},
	})
}

// TestEnglishNotes: notes on failure ("throws if it's already taken"), a
// duration ("over one second"), a kind's adjective ("service method"), a
// holder ("val holding", "@State var for"), typed text, "we still need
// to …" and "with jitter" after a retry are no words of the name.
func TestEnglishNotes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "Spring Boot: service method that reserves a seat for a concert and throws if it is already taken. Good name?", naming.KindFunction, "reserveSeat"},
		{"C#", "Unity: coroutine that fades the screen to black over one second. Method name?", naming.KindFunction, "FadeToBlack"},
		{"Swift", "SwiftUI: @State var for the text currently typed in the search field. name?", naming.KindVariable, "searchText"},
		{"Kotlin", "Android: val holding the list of permissions we still need to ask the user for. name?", naming.KindVariable, "permissions"},
		{"C#", "name of the event a downloader class raises when a download finishes", naming.KindFunction, "DownloadFinished"},
		{"Kotlin", "const val for the debounce delay on the search box in milliseconds", naming.KindConstant, "DEBOUNCE_MS"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "function that retries a flaky HTTP call up to 3 times with jitter. name?", naming.KindFunction, "withJitter"},
	})
}

// TestEnglishLeftAndClauses: how many are left is the remaining count;
// "before we give up", "cached on the users table", "the emitter can spawn
// at once", "updated after a given timestamp" (no handler); backup's
// participle.
func TestEnglishLeftAndClauses(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "Spring: how many retries are left before we give up on a webhook delivery. field name?", naming.KindVariable, "remainingRetries"},
		{"Ruby", "Rails: how many unread notifications a user has, cached on the users table. column name?", naming.KindVariable, "unread_notification_count"},
		{"C++", "const for the maximum number of particles the emitter can spawn at once. name?", naming.KindConstant, "MAX_PARTICLES"},
		{"Python", "timestamp of the last successful backup, timezone-aware. var name?", naming.KindVariable, "last_backup_at"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "Room DAO: query that returns all notes updated after a given timestamp. method name?", naming.KindFunction, "handleRoomGet"},
		{"Kotlin", "function that returns notes updated after a timestamp", naming.KindFunction, "handleUpdatedGet"},
		{"Python", "timestamp of the last successful backup, timezone-aware. var name?", naming.KindVariable, "last_backuped_at"},
	})
}

// TestSchedulesAndJobs: when a job runs (매달 1일에, 매일 새벽 4시에) and
// the job word before 메서드 are no words of its name; 탈퇴한 지 30일
// 지난 is withdrawn, no yes/no question; a schedule that is the question
// (매일 자정에 실행되는) stays.
func TestSchedulesAndJobs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "스프링 배치로 매달 1일에 지난달 정산 데이터 집계하는 잡 메서드 이름", naming.KindFunction, "aggregateLastMonthSettlement"},
		{"Java", "스프링에서 매일 새벽 4시에 만료된 세션 정리하는 @Scheduled 메서드 이름 추천좀", naming.KindFunction, "cleanupExpiredSessions"},
		{"Ruby", "레일즈에서 탈퇴한 지 30일 지난 회원 데이터 지우는 배치 메서드 이름", naming.KindFunction, "delete_withdrawn_members"},
		{"Java", "매일 자정에 실행되는 스케줄 메서드", naming.KindFunction, "runAtMidnight"},
		{"Java", "탈퇴한 회원인지 확인", naming.KindFunction, "isDeleted"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "레일즈에서 탈퇴한 지 30일 지난 회원 데이터 지우는 배치 메서드 이름", naming.KindFunction, "deleted?"},
	})
}

// TestHandlerNoYesNo: a phrasebook line of states answers a callback with
// its event (permissionDenied), never a yes/no name.
func TestHandlerNoYesNo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "안드로이드에서 위치 권한 거부됐을 때 호출되는 콜백 이름 추천좀", naming.KindFunction, "permissionDenied"},
		{"Kotlin", "위치 권한 거부됐는지", naming.KindFunction, "isPermissionDenied"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "안드로이드에서 위치 권한 거부됐을 때 호출되는 콜백 이름 추천좀", naming.KindFunction, "isPermissionDenied"},
	})
}

// TestByMeans: the job or task something runs in (celery 태스크로) is how,
// not what.
func TestByMeans(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "celery 태스크로 썸네일 생성하는 함수 이름", naming.KindFunction, "create_thumbnail"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "celery 태스크로 썸네일 생성하는 함수 이름", naming.KindFunction, "create_with_task"},
	})
}

// TestColourCodes: RGB to HEX is rgbToHex (the hex-to-rgb line fired both
// ways); a list of examples before 같은 goes.
func TestColourCodes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "RGB 색상을 HEX 문자열로 바꾸는 함수", naming.KindFunction, "rgbToHex"},
		{"Go", "HEX 색상 코드를 RGB로 바꾸는 함수", naming.KindFunction, "hexToRgb"},
		{"Python", "function that converts an rgb tuple to hex", naming.KindFunction, "rgb_to_hex"},
		{"C#", "엑셀 열 번호를 A, B, ..., AA 같은 열 이름으로 바꾸는 메서드", naming.KindFunction, "ToColumnName"},
		{"JavaScript", "닉네임으로 아바타 배경색 정하는 함수", naming.KindFunction, "getAvatarColor"},
	})
}

// TestGroupings: a grouping returned as a dict is the grouping; two keys
// (부서별, 직급별로) are both said; 두 단계 is no word; 2단계 인증 stays.
func TestGroupings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "로그 파일들을 날짜별로 묶어서 딕셔너리로 만드는 함수", naming.KindFunction, "group_log_files_by_date"},
		{"Java", "직원 목록을 부서별, 직급별로 두 단계 그룹핑하는 메서드", naming.KindFunction, "groupByDepartmentAndJobTitle"},
		{"Java", "2단계 인증 활성화 여부", naming.KindVariable, "isTwoFactorEnabled"},
	})
}

// TestComputedAndPrefix: a computed property is the value it computes; a
// key prefix used when storing X is the X key prefix.
func TestComputedAndPrefix(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "Vue에서 장바구니 총액 계산하는 computed 속성 이름", naming.KindVariable, "cartTotal"},
		{"Go", "Redis에 세션 저장할 때 키 앞에 붙이는 접두사 상수", naming.KindConstant, "sessionKeyPrefix"},
		{"JavaScript", "로컬스토리지에 인증 토큰 저장할 때 쓰는 키 상수", naming.KindConstant, "AUTH_TOKEN_KEY"},
		{"C++", "Qt에서 저장 버튼 눌렀을 때 연결할 슬롯 함수 이름", naming.KindFunction, "on_save_button_clicked"},
	})
}

// TestStoredCountKey: the key a count is stored under is the count's key;
// a list of things below safety stock is no safety-stock constant.
func TestStoredCountKey(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "앱 실행 횟수 저장하는 SharedPreferences 키 상수", naming.KindConstant, "APP_LAUNCH_COUNT_KEY"},
		{"C#", "재고가 안전재고 미만인 품목 목록", naming.KindVariable, "belowSafetyStockItems"},
		{"C#", "안전재고 수량 상수", naming.KindConstant, "SafetyStock"},
	})
}

// TestCalledWhen: 수신될 때마다 불리는 콜백 and 받았을 때 이벤트 함수 are
// handlers of the event, like 호출되는 (was handle_message_receive).
func TestCalledWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "rumqttc로 MQTT 구독 중인데 메시지 수신될 때마다 불리는 콜백 함수 이름 뭐가 좋을까요? topic이랑 payload 받아서 처리함", naming.KindFunction, "on_message"},
		{"Python", "디스코드 봇에서 메시지 받았을 때 이벤트 함수명", naming.KindFunction, "on_message"},
		{"C", "epoll로 논블로킹 소켓 읽기 가능해졌을 때 부르는 콜백 함수 이름", naming.KindFunction, "handle_socket_read"},
	})
}
