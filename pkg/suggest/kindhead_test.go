package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// kindCount is a question and the fewest names its asked kind must get.
type kindCount struct {
	lang, q string
	kind    naming.Kind
	n       int
}

func checkKindCount(t *testing.T, tests []kindCount) {
	t.Helper()
	for _, tt := range tests {
		if got := names(Suggest(naming.Spec{Language: tt.lang}, tt.q), tt.kind); len(got) < tt.n {
			t.Errorf("%s %q: %s names %v, want at least %d", tt.lang, tt.q, tt.kind, got, tt.n)
		}
	}
}

// TestKindRun: in a run of kind words the last is the kind asked; the
// ones before say what it holds (kindhead.go).
func TestKindRun(t *testing.T) {
	checkLangs3(t, []topThree{
		{"C", "다운로드 끝났을 때 알려주는 콜백 함수 포인터 구조체 필드", naming.KindVariable, "on_download_completed"},
		{"C", "다운로드 끝났을 때 알려주는 콜백 함수 포인터 구조체 필드", naming.KindClass, "!"},
		{"C", "파일 전송 진행률 콜백 함수 포인터 멤버 이름", naming.KindVariable, "on_progress"},
		{"C", "파일 전송 진행률 콜백 함수 포인터 멤버 이름", naming.KindFunction, "!"},
		{"C", "시그널 번호별 핸들러 함수 포인터 배열 이름", naming.KindVariable, "signal_handlers"},
		{"C", "시그널 번호별 핸들러 함수 포인터 배열 이름", naming.KindFunction, "!"},
		{"C", "array of handlers indexed by system call number", naming.KindVariable, "system_call_handlers"},
		{"Swift", "업로드 진행률 콜백 프로퍼티", naming.KindVariable, "onUploadProgress"},
		{"Swift", "업로드 진행률 콜백 프로퍼티", naming.KindVariable, "uploadProgressCallback"},
		// a run with a particle is what the name takes, not the kind
		{"Python", "딕셔너리 리스트를 나이순으로 정렬하는 함수", naming.KindVariable, "!"},
		// a constant array is a constant
		{"Ruby", "허용된 파일 확장자 상수 배열", naming.KindConstant, "ALLOWED_FILE_EXTENSIONS"},
		// a node pointer is a pointer, not a callback
		{"C", "자식 노드 포인터 배열", naming.KindFunction, "!"},
	})
}

// TestKindPlaceAndRole: where the name lives (구조체의, "in the config
// struct") is no kind asked; a role (멤버로, 인자로, 파라미터 이름) asks
// for a variable named for the value.
func TestKindPlaceAndRole(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Go", "구조체의 마지막 수정 시각 필드", naming.KindClass, "!"},
		{"Go", "구조체의 마지막 수정 시각 필드", naming.KindVariable, "lastModifiedAt"},
		{"C", "field in the device struct for the firmware version", naming.KindVariable, "firmware_version"},
		{"C", "field in the device struct for the firmware version", naming.KindClass, "!"},
		{"C++", "클래스 멤버로 남은 탄약 수", naming.KindVariable, "ammo_left"},
		{"C++", "클래스 멤버로 남은 탄약 수", naming.KindClass, "!"},
		{"TypeScript", "함수 인자로 받는 최대 재시도 횟수", naming.KindVariable, "maxRetries"},
		{"TypeScript", "함수 인자로 받는 최대 재시도 횟수", naming.KindFunction, "!"},
		{"Python", "정렬 방향 인자 이름", naming.KindVariable, "sort_direction"},
		{"Python", "정렬 방향 인자 이름", naming.KindVariable, "!sort_direction_argument"},
		// a query parameter is a thing of its own
		{"JavaScript", "쿼리 파라미터 변수", naming.KindVariable, "queryParameter"},
	})
}

// TestRecordScope: a scope that picks records is a query method named for
// its condition (kindhead.go, refine.go railsScope).
func TestRecordScope(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Ruby", "이번 주에 로그인한 회원 scope 이름", naming.KindFunction, "logged_in"},
		{"Ruby", "이번 주에 로그인한 회원 scope 이름", naming.KindVariable, "!"},
		{"Ruby", "최근에 가입한 회원 scope", naming.KindFunction, "recently_signed_up"},
		{"Ruby", "배송 완료된 주문 스코프", naming.KindFunction, "delivered"},
		{"Ruby", "관리자 회원 스코프", naming.KindFunction, "admins"},
		{"Ruby", "scope that returns featured products", naming.KindFunction, "featured"},
		{"PHP", "환불된 주문만 고르는 scope", naming.KindFunction, "scopeRefunded"},
		// a coroutine's or an OAuth scope picks no records
		{"Kotlin", "코루틴 스코프 변수", naming.KindFunction, "!"},
	})
}

// TestHyphenTerm: "check-in date" is the glossary's check in date.
func TestHyphenTerm(t *testing.T) {
	checkLangs3(t, []topThree{
		{"PHP", "check-out date for a room reservation", naming.KindVariable, "$checkOutDate"},
		{"Java", "the check-in date of a stay", naming.KindVariable, "checkInDate"},
	})
}

// TestStreamKinds: a Flow, an Observable, a Publisher is a property or a
// function that returns it; a Korean question ending in one is a stream.
func TestStreamKinds(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Kotlin", "a Flow that emits the current screen brightness", naming.KindFunction, "observeScreenBrightness"},
		{"Kotlin", "a Flow that emits the current screen brightness", naming.KindVariable, "currentScreenBrightness"},
		{"Kotlin", "GPS 신호 세기를 내보내는 Flow", naming.KindFunction, "observeGpsSignalStrength"},
		{"Kotlin", "재생 상태 StateFlow", naming.KindVariable, "playbackStatus"},
		{"Kotlin", "재생 상태 StateFlow", naming.KindVariable, "!playbackStatuses"},
		{"TypeScript", "알림 목록을 흘려보내는 Observable", naming.KindFunction, "observeNotifications"},
		{"Swift", "Publisher of the current download progress", naming.KindFunction, "downloadProgressPublisher"},
		{"Kotlin", "업로드 진행률 Flow 반환하는 함수", naming.KindFunction, "observeUploadProgress"},
		// asked for a variable, only a variable
		{"Kotlin", "안 읽은 메시지 개수 Flow 변수", naming.KindFunction, "!"},
	})
}

// TestDefaultWithValue: a default with its value given is a constant,
// and a setting named by what uses it belongs to the user ("port the
// server listens on": the server port).
func TestDefaultWithValue(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Go", "default port the admin server binds to (9090)", naming.KindConstant, "adminServerPort"}, // was defaultAdminServerPort, below the short names since session 15 (shortBeforeLong)
		{"Go", "default port the admin server binds to (9090)", naming.KindConstant, "defaultPort"},
		{"Go", "default port the admin server binds to (9090)", naming.KindFunction, "!"},
		{"Python", "the default timeout the client waits for (30)", naming.KindConstant, "DEFAULT_CLIENT_TIMEOUT"},
		{"Java", "default font size of the editor (14)", naming.KindConstant, "DEFAULT_FONT_SIZE"},
		{"Swift", "default page size of the list endpoint (50)", naming.KindVariable, "!defaultPageSizes"},
		{"Rust", "기본 재연결 간격 5", naming.KindConstant, "DEFAULT_RECONNECT_INTERVAL"},
	})
}

// TestKindMisreads: an error the when-clause is about is the event, not an
// exception asked for; an object holding things by a key is a map; a map
// keyed by a thing's id holds those things; a trait for what one can do
// is the -able adjective.
func TestKindMisreads(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Go", "타임아웃 발생 시 호출할 콜백 필드", naming.KindClass, "!"},
		{"Go", "에러 났을 때 부를 콜백 함수 필드", naming.KindVariable, "onError"},
		{"Kotlin", "callback invoked when an error happens", naming.KindFunction, "onError"},
		{"Kotlin", "callback invoked when an error happens", naming.KindClass, "!"},
		{"Java", "쿠폰이 만료됐을 때 던지는 예외", naming.KindClass, "CouponExpiredException"},
		{"Python", "error raised when the queue is full", naming.KindClass, "QueueFullError"},
		{"JavaScript", "리스너들을 채널 이름별로 담는 객체", naming.KindVariable, "listenersByChannel"},
		{"JavaScript", "설정 정보를 담는 객체", naming.KindVariable, "!"},
		{"TypeScript", "상품 ID를 키로 하는 Map", naming.KindVariable, "productsById"},
		{"Rust", "해시할 수 있는 타입을 위한 트레잇", naming.KindClass, "Hashable"},
		{"Swift", "정렬 가능한 셀 프로토콜", naming.KindClass, "Sortable"},
		{"C#", "취소할 수 있는 작업 인터페이스", naming.KindClass, "ICancelable"},
	})
}

// TestTimesAndHolders: 몇 번 V했는지 is a count of times, the action's (not
// its actor's); 저장하는 before a value kind word holds; an English column
// is a field and a key is named for what it keys.
func TestTimesAndHolders(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Rust", "로그에서 IP별로 몇 번 나왔는지 담는 HashMap", naming.KindVariable, "ip_counts"},
		{"Python", "회원이 몇 번 로그인했는지 기록하는 변수", naming.KindVariable, "login_count"},
		{"Java", "고객이 로그인한 횟수 필드", naming.KindVariable, "loginCount"},
		{"Java", "고객이 로그인한 횟수 필드", naming.KindVariable, "!loggedInCustomerCount"},
		{"Go", "재시도 횟수를 저장하는 필드", naming.KindVariable, "retryCount"},
		{"Go", "재시도 횟수를 저장하는 필드", naming.KindFunction, "!"},
		{"Python", "설정을 파일에 저장하는 함수", naming.KindFunction, "save_config_to_file"},
		{"Python", "column name for the order's shipped date", naming.KindVariable, "!column_order_shipped_date"},
		{"Rust", "key name for the refresh token in the keychain", naming.KindVariable, "refresh_token_key"},
	})
}

// TestComputedUntil: time left until something is computed, not a
// constant; Ruby computes it in a method of the same name.
func TestComputedUntil(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Ruby", "시험까지 남은 일 수", naming.KindFunction, "days_until_exam"},
		{"Ruby", "시험까지 남은 일 수", naming.KindVariable, "days_until_exam"},
		{"Ruby", "계약 종료까지 남은 일 수", naming.KindConstant, "!"},
		{"Python", "시험까지 남은 일 수", naming.KindConstant, "!"},
		{"Python", "시험까지 남은 일 수", naming.KindFunction, "!"},
	})
}

// TestErrorValue: an error asked as a variable is a sentinel error value
// (Go: errX), named for its condition, negation kept; a note after words
// that only say the kind is what is named.
func TestErrorValue(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Go", "주문을 찾지 못했을 때 반환할 에러 변수", naming.KindVariable, "errOrderNotFound"},
		{"Go", "주문을 찾지 못했을 때 반환할 에러 변수", naming.KindClass, "!"},
		{"Go", "에러 변수 (세션이 만료됐을 때)", naming.KindVariable, "errSessionExpired"},
		{"Java", "주문을 찾지 못했을 때 던지는 예외", naming.KindClass, "OrderNotFoundException"},
		{"Python", "변수 이름 (결제 실패 횟수)", naming.KindVariable, "payment_failure_count"},
		{"Java", "재시도 횟수 변수 (네트워크 요청용)", naming.KindVariable, "retryCount"},
	})
}

// TestCodeKinds: the code a kind is said with (unordered_map, Vec,
// @Published, useState, companion object 안의), a column, and a noun that
// is also a verbal noun before a value kind word.
func TestCodeKinds(t *testing.T) {
	checkLangs3(t, []topThree{
		{"C++", "폰트 캐시 unordered_map", naming.KindVariable, "font_caches"},
		{"C++", "폰트 캐시 unordered_map", naming.KindFunction, "!"},
		{"Rust", "Vec of pending payments", naming.KindVariable, "pending_payments"},
		{"Swift", "@Published 선택된 탭 프로퍼티", naming.KindVariable, "selectedTab"},
		{"JavaScript", "useState로 관리하는 정렬 기준 상태", naming.KindVariable, "sortBy"},
		{"Kotlin", "companion object 안의 최대 재시도 횟수 상수", naming.KindConstant, "MAX_RETRIES"},
		{"Kotlin", "companion object 안의 최대 재시도 횟수 상수", naming.KindConstant, "!MAX_OBJECT"},
		{"PHP", "회원 탈퇴일 컬럼", naming.KindVariable, "!$memberWithdrawalDateColumn"},
		{"Go", "DB 연결 변수", naming.KindVariable, "databaseConnection"},
		{"Go", "DB 연결 변수", naming.KindFunction, "!"},
	})
}

// TestEnglishRoles: an English argument, parameter or prop asks for a
// variable named for its value.
func TestEnglishRoles(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Python", "connection pool size argument name", naming.KindVariable, "pool_size"},
		{"Python", "connection pool size argument name", naming.KindVariable, "!connection_pool_size_argument_name"},
		{"Go", "parameter name for the batch size", naming.KindVariable, "batchSize"},
		{"Go", "parameter name for the batch size", naming.KindVariable, "!parameterBatchSize"},
		{"JavaScript", "URL query param", naming.KindVariable, "urlQueryParameter"},
	})
}

// TestOwnerFor: an English value "for a Y" with no verb is also named
// with whose it is.
func TestOwnerFor(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Java", "the pickup time for a rental car", naming.KindVariable, "carRentalPickupTime"},
		{"Go", "end date for a trial", naming.KindVariable, "trialEndDate"},
		{"Python", "the pickup address for a delivery", naming.KindVariable, "delivery_pickup_address"},
	})
	checkKindCount(t, []kindCount{
		{"PHP", "the check-in date for a hotel room", naming.KindVariable, 3},
		{"PHP", "check-out date for a hostel reservation", naming.KindVariable, 3},
	})
}

// TestMoreKindWords: an English member is a variable, an array key is
// named for what it keys, a coroutine that does something is a function.
func TestMoreKindWords(t *testing.T) {
	checkLangs3(t, []topThree{
		{"C", "the member holding the retry count", naming.KindVariable, "retry_count"},
		{"C", "the member holding the retry count", naming.KindVariable, "!member"},
		{"PHP", "the array key for the customer's phone number", naming.KindVariable, "$customerPhoneNumberKey"},
		{"Rust", "key name for the api secret in the env file", naming.KindVariable, "!env_file_api_secret_key"},
		{"Kotlin", "프로필 사진 업로드하는 코루틴", naming.KindFunction, "uploadProfileImage"},
		{"Kotlin", "프로필 사진 업로드하는 코루틴", naming.KindVariable, "!"},
		{"Kotlin", "코루틴 스코프 변수", naming.KindVariable, "coroutineScope"},
	})
}

// TestKeysAndHeaders: a header's name is a constant named for what it
// carries; a key a setting is stored under is named for the setting.
func TestKeysAndHeaders(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Java", "HTTP header name for the correlation id", naming.KindConstant, "CORRELATION_ID_HEADER"},
		{"Java", "HTTP header name for the correlation id", naming.KindConstant, "HEADER_CORRELATION_ID"},
		{"Kotlin", "알림 허용 여부 SharedPreferences 키", naming.KindVariable, "!isSharedUserSettingKeyAllowed"},
		{"JavaScript", "사이드바 접힘 여부 저장하는 로컬스토리지 키", naming.KindFunction, "!"},
		{"Kotlin", "자동 로그인 여부 DataStore 키 상수", naming.KindConstant, "KEY_AUTO_LOGIN"},
	})
}

// TestHandlerContainers: an English container of handlers is a variable
// of handlers, and an array of interrupt handlers is irq_handlers.
func TestHandlerContainers(t *testing.T) {
	checkLangs3(t, []topThree{
		{"JavaScript", "map of message types to handlers", naming.KindVariable, "handlersByMessageType"},
		{"JavaScript", "map of message types to handlers", naming.KindFunction, "!"},
		{"C", "array of interrupt handlers", naming.KindVariable, "irq_handlers"},
		{"C", "인터럽트 핸들러 함수 포인터 테이블", naming.KindVariable, "irq_handlers"},
		{"C", "인터럽트 핸들러 함수", naming.KindFunction, "irq_handler"},
	})
}

// TestHandlerTypes: a handler word before a type word is the type's own
// noun (콜백 인터페이스: Callback), not a handler function asked for.
func TestHandlerTypes(t *testing.T) {
	checkLangs3(t, []topThree{
		{"Java", "콜백 인터페이스", naming.KindClass, "Callback"},
		{"Java", "업로드 완료 콜백 인터페이스", naming.KindClass, "UploadCallback"},
		{"Java", "업로드 완료 콜백 인터페이스", naming.KindFunction, "!"},
		{"JavaScript", "함수 인자로 콜백 받는 함수", naming.KindVariable, "!"},
	})
}

// TestHoldingContainers: an English sequence holding things is their
// list; a queue or a pool holding them is theirs.
func TestHoldingContainers(t *testing.T) {
	checkLangs3(t, []topThree{
		{"C++", "the vector holding visible sprites", naming.KindVariable, "visible_sprites"},
		{"C++", "the vector holding visible sprites", naming.KindVariable, "!vector"},
		{"Java", "the queue holding outgoing messages", naming.KindVariable, "outgoingMessageQueue"},
		{"Go", "the pool holding idle workers", naming.KindVariable, "idleWorkerPool"},
	})
}

// TestCodeKindsAlways: the code words a kind is said with are read in any
// question (an early return once skipped BTreeMap, std::map and 클래스
// 내부의 unless the question held _, @, V, u, S or 안).
func TestCodeKindsAlways(t *testing.T) {
	for q, want := range map[string]string{
		"점수 BTreeMap 변수":     "점수 map 변수",
		"이름별 점수 std::map 변수": "이름별 점수 map 변수",
		"클래스 내부의 상수":         " 상수",
	} {
		if got := codeKinds(q); got != want {
			t.Errorf("codeKinds(%q) = %q, want %q", q, got, want)
		}
	}
}
