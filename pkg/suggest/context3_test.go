package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestRequestSentence: the sentence that asks for the name is the name's;
// a sentence or a conditional clause after it explains (context3.go).
func TestRequestSentence(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"장바구니가 비었는지 확인하는 함수요. 상품이 하나도 없으면 true 반환", "장바구니가 비었는지 확인하는 함수요."},
		{"로그아웃하는 함수. 토큰 지우고 로그인 화면으로 보내요", "로그아웃하는 함수."},
		{"문자열을 날짜로 바꾸는 메서드, 실패하면 null 반환", "문자열을 날짜로 바꾸는 메서드 (실패하면 null 반환)"},
		{"주문 상태 바꾸는 함수입니다. 배송중이면 취소 못하게 막아요", "주문 상태 바꾸는 함수입니다."},
		{"쇼핑몰 만들고 있어요. 장바구니 비우는 메서드 이름 추천. 결제 끝나면 호출", "쇼핑몰 만들고 있어요. 장바구니 비우는 메서드 이름 추천."},
		{"캐시 만료 시간 상수요. 10분으로 할 거예요", "캐시 만료 시간 상수요. (10분)"},
		// a request with nothing of its own, or one that points back, keeps the question
		{"변수 이름 추천해줘. 사용자가 로그인했는지 여부", "변수 이름 추천해줘. 사용자가 로그인했는지 여부"},
		{"주문금액 5만원 넘으면 무료배송이에요. 이거 판단하는 메서드 이름", "주문금액 5만원 넘으면 무료배송이에요. 이거 판단하는 메서드 이름"},
		// a qualifier after a comma, a version number, an abbreviation
		{"qsort에 넘길 비교 함수, 정수 오름차순", "qsort에 넘길 비교 함수, 정수 오름차순"},
		{"Node.js 18에서 파일 읽는 함수", "Node.js 18에서 파일 읽는 함수"},
		{"function that parses a date, e.g. 2024-01-01. returns null on failure", "function that parses a date, e.g. 2024-01-01. (returns null on failure)"},
	} {
		if got := requestSentence(tt.q); got != tt.want {
			t.Errorf("requestSentence(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	checkTopThree(t, []topThree{
		{"Kotlin", "장바구니가 비었는지 확인하는 함수요. 상품이 하나도 없으면 true 반환", naming.KindFunction, "isCartEmpty"},
		{"TypeScript", "다크모드 켜져있는지 나타내는 변수. 시스템 설정 따라가고 토글 버튼으로 바꿀 수 있어요", naming.KindVariable, "isDarkModeEnabled"},
		{"Java", "게시글 목록 가져오는 메서드요. 페이지 번호랑 크기 받아서 20개씩 잘라서 줘요", naming.KindFunction, "getPosts"},
		{"Swift", "로그아웃하는 함수. 토큰 지우고 로그인 화면으로 보내요", naming.KindFunction, "logout"},
		{"Ruby", "쇼핑몰 만들고 있어요. 장바구니 비우는 메서드 이름 추천. 결제 끝나면 호출", naming.KindFunction, "clear_cart"},
		{"PHP", "안 읽은 알림 개수 변수예요. 헤더 종 아이콘 옆에 보여줄 거", naming.KindVariable, "$unreadNotificationCount"},
		{"Go", "캐시 만료 시간 상수요. 10분으로 할 거예요", naming.KindConstant, "cacheTTL"},
		{"Rust", "변수 이름 추천해줘. 사용자가 로그인했는지 여부", naming.KindVariable, "is_logged_in"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "로그아웃하는 함수. 토큰 지우고 로그인 화면으로 보내요", naming.KindFunction, "redirectToLogin"},
		{"Python", "쿠폰 쓸 수 있는지 검사하는 함수요. 만료일 지났으면 못 써요", naming.KindFunction, "is_expired"},
	})
}

// TestReceivedParam: what a function receives (X 받아서) is its parameter,
// not its object (context3.go).
func TestReceivedParam(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "상품 ID 받아서 리뷰 목록 반환하는 함수", naming.KindFunction, "getReviews"},
		{"Python", "날짜 문자열 받아서 요일 반환하는 함수", naming.KindFunction, "get_weekday"},
		{"Java", "파일 경로를 인자로 받아서 줄 수 세는 메서드", naming.KindFunction, "countLines"},
		{"Swift", "URL 받아서 썸네일 다운로드하는 함수", naming.KindFunction, "downloadThumbnail"},
		// the next verb has no object: what is received is it
		{"Go", "메시지 받아서 파싱하는 함수", naming.KindFunction, "parseMessage"},
		// C#'s CancellationToken says the method is async
		{"C#", "CancellationToken 받아서 재고 동기화하는 메서드", naming.KindFunction, "SyncStockAsync"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "상품 ID 받아서 리뷰 목록 반환하는 함수", naming.KindFunction, "receiveReviews"},
		{"Python", "날짜 문자열 받아서 요일 반환하는 함수", naming.KindFunction, "receive_date_string"},
	})
}

// TestFailureCond: an error that happens is the condition of the action,
// not its object (context3.go).
func TestFailureCond(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "예외 발생하면 재시도하는 메서드", naming.KindFunction, "retry"},
		{"Go", "타임아웃 나면 다시 시도하는 함수", naming.KindFunction, "retry"},
		{"Python", "오류 시 트랜잭션 롤백하는 함수", naming.KindFunction, "rollback_transaction"},
		// the error handled or logged stays
		{"Java", "에러 발생하면 로그 남기는 메서드", naming.KindFunction, "logError"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "에러 나면 3번까지 재시도하는 함수", naming.KindFunction, "retryError"},
	})
}

// TestTechMeans: a library or technique named as the means (X로 opening
// the question, an unknown word before the kind word) is no part of the
// name; a target of (으)로 stays (context3.go).
func TestTechMeans(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "Entity Framework로 만료된 쿠폰 삭제하는 메서드", naming.KindFunction, "DeleteExpiredCoupons"},
		{"C++", "std::thread로 로그 파일 압축하는 함수", naming.KindFunction, "compress_log_file"},
		{"Python", "정규식으로 전화번호 검증하는 함수", naming.KindFunction, "validate_phone_number"},
		{"C#", "가격 범위로 필터링하는 LINQ 확장 메서드", naming.KindFunction, "FilterByPriceRange"},
		{"Java", "회원 이메일 찾는 QueryDSL 메서드", naming.KindFunction, "findMemberEmail"},
		// a criterion or a target of (으)로 stays (ID로 사용자 조회하는 → getUserById: refine_test.go)
		{"Rust", "JSON으로 직렬화하는 함수", naming.KindFunction, "to_json"},
		// 이름 with a particle before a verb is a name worked on
		{"Python", "이름을 바꾸는 함수", naming.KindFunction, "change_name"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "Entity Framework로 만료된 쿠폰 삭제하는 메서드", naming.KindFunction, "DeleteExpiredCouponsByEntityFramework"},
		{"C++", "std::thread로 로그 파일 압축하는 함수", naming.KindFunction, "compress_log_file_with_thread"},
	})
}

// TestFrameworkScope: a scope asked in a PHP room is a Laravel local scope
// (scope + what it selects), in a Ruby room a Rails scope named for what
// it selects (context3.go scopeNames, scopeKind; idioms/context3.tsv).
func TestFrameworkScope(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "라라벨에서 환불된 주문만 가져오는 스코프", naming.KindFunction, "scopeRefunded"},
		{"PHP", "Eloquent 모델에 가격 높은순 정렬 스코프", naming.KindFunction, "scopeOrderByPriceDesc"},
		{"PHP", "라라벨 게시글 모델에 조회수 높은 순 스코프", naming.KindFunction, "scopeMostViewed"},
		{"Ruby", "레일즈 모델에 조회수 높은순 scope", naming.KindFunction, "most_viewed"},
		{"Ruby", "레일즈에서 숨김 처리된 댓글만 가져오는 스코프", naming.KindFunction, "hidden"},
		// an OAuth scope is no query scope
		{"PHP", "OAuth 토큰에 스코프 있는지 확인하는 함수", naming.KindFunction, "hasScope"},
	})
	checkNotOffered(t, []notOffered{
		{"PHP", "라라벨에서 환불된 주문만 가져오는 스코프", naming.KindFunction, "getRefundedOrders"},
		{"Ruby", "레일즈 스코프인데 가격 높은순 정렬", naming.KindFunction, "sort_scopes_by_price_desc"},
	})
}

// TestConditionContracts: what a condition says the function does on a
// miss or a failure names it (idioms/context3.tsv, shapes.tsv; null이면 is
// 없으면).
func TestConditionContracts(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "문자열을 Weekday enum으로 변환 시도하는 메서드, 실패하면 false 반환", naming.KindFunction, "TryParse"},
		{"C", "문자열을 숫자로 변환하는 함수 (실패하면 에러코드 반환)", naming.KindFunction, "parse_int"},
		{"C++", "RAII로 소켓 연결 관리하는 클래스", naming.KindClass, "SocketConnection"},
		{"Python", "로그 파일 없으면 새로 만드는 함수", naming.KindFunction, "ensure_file"},
		{"Kotlin", "설정값이 null이면 기본값 반환하는 함수", naming.KindFunction, "getOrDefault"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "설정값이 null이면 기본값 반환하는 함수", naming.KindFunction, "isConfigNull"},
		{"C++", "RAII로 소켓 연결 관리하는 클래스", naming.KindClass, "ScopeGuard"},
	})
}

// TestTypeInQuestion: a type named in the question is the conversion's target,
// kept whole; a machine type after its noun is its declaration
// (context3.go typeAfterNoun; idioms/context3.tsv).
func TestTypeInQuestion(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "초 단위 타임스탬프 Long을 LocalDate로 바꾸는 확장함수", naming.KindFunction, "toLocalDate"},
		{"Kotlin", "epoch 초 Long 을 LocalDateTime 으로 바꾸는 함수", naming.KindFunction, "toLocalDateTime"},
		{"Rust", "가격 f64를 문자열로 바꾸는 함수", naming.KindFunction, "format_price"},
		{"Java", "ZonedDateTime을 epoch 밀리초로 바꾸는 메서드", naming.KindFunction, "toEpochMilli"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "초 단위 타임스탬프 Long을 LocalDate로 바꾸는 확장함수", naming.KindFunction, "toLongLocalDate"},
		{"Kotlin", "epoch 밀리초를 LocalDateTime으로 바꾸는 함수", naming.KindFunction, "toEpochMillis"},
	})
}

// TestFrameworkKinds: a framework's kind said first (훅인데 … 거), a role
// word after the clause (처리하는 컨트롤러), a Redux selector, an ASP.NET or
// Rails controller, waiting for all after the action, N 관련 비즈니스 로직
// (context3.go).
func TestFrameworkKinds(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "리액트 훅인데 장바구니 상품 목록 불러오는 거", naming.KindFunction, "useCartItems"},
		{"Go", "echo 핸들러인데 주문 취소하는 거", naming.KindFunction, "cancelOrder"},
		{"Java", "Spring REST 컨트롤러 중에 게시글 API 담당하는 거", naming.KindClass, "PostApiController"},
		{"Kotlin", "알림 설정 관리하는 리포지토리", naming.KindClass, "NotificationSettingRepository"},
		{"TypeScript", "장바구니 관리하는 서비스", naming.KindClass, "CartService"},
		{"TypeScript", "Redux 셀렉터인데 장바구니 총액 구하는 거", naming.KindFunction, "selectCartTotal"},
		{"JavaScript", "리덕스 스토어에서 알림 목록 꺼내는 셀렉터", naming.KindFunction, "selectNotifications"},
		{"C#", "ASP.NET Core에서 상품 API 컨트롤러 클래스", naming.KindClass, "ProductsController"},
		{"Ruby", "레일즈에서 댓글 관리하는 컨트롤러", naming.KindClass, "CommentsController"},
		{"Kotlin", "파일 여러 개 동시에 다운로드하고 전부 끝날 때까지 기다리는 함수", naming.KindFunction, "downloadFiles"},
		{"Python", "코루틴으로 페이지들 동시에 크롤링하고 다 끝날 때까지 기다리는 함수", naming.KindFunction, "crawl_pages"},
		{"Java", "결제 관련 비즈니스 로직 처리하는 서비스 클래스", naming.KindClass, "PaymentService"},
	})
	checkNotOffered(t, []notOffered{
		{"JavaScript", "리액트 커스텀 훅인데 로그인한 유저 정보 가져오는 거", naming.KindFunction, "useCustomLoggedInGotUser"},
		{"Kotlin", "파일 여러 개 동시에 다운로드하고 전부 끝날 때까지 기다리는 함수", naming.KindFunction, "waitAll"},
		{"JavaScript", "CSS 셀렉터로 버튼 찾는 함수", naming.KindFunction, "selectButton"},
		{"Java", "회원 관리하는 컨트롤러 클래스", naming.KindClass, "MembersController"},
	})
}

// TestContextClauses: what the question says around the thing: a file a
// type is read from, a parameter passed along, the request's own words
// (뭐로 하는게 좋아요), a control that is disabled, a count tallied, the
// data of things synced, a heartbeat task, Go's (export) (context3.go,
// idioms/context3.tsv).
func TestContextClauses(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "앱 설정 파일(toml) 읽어서 담아두는 구조체", naming.KindClass, "Config"},
		{"C", "버퍼 넘길 때 같이 넘기는 버퍼 크기 인자 이름 뭐로 하는게 좋아요?", naming.KindVariable, "buffer_size"},
		{"TypeScript", "저장 버튼 비활성화 해야 되는지 나타내는 변수", naming.KindVariable, "shouldDisableSaveButton"},
		{"Go", "API 키별로 요청 수 집계하는 함수 (export)", naming.KindFunction, "CountRequestsByAPIKey"},
		{"C#", "CancellationToken 받아서 상품 데이터 동기화하는 비동기 메서드", naming.KindFunction, "SyncProductsAsync"},
		{"Rust", "tokio로 30초마다 하트비트 보내는 태스크 함수", naming.KindFunction, "heartbeat_loop"},
		{"Go", "타임아웃 파라미터 이름", naming.KindVariable, "timeout"},
		// a query parameter is a thing; one member's data stays data
		{"JavaScript", "URL 쿼리 파라미터", naming.KindVariable, "queryParameter"},
		{"Java", "회원 데이터 가져오는 메서드", naming.KindFunction, "getMemberData"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "버퍼 넘길 때 같이 넘기는 버퍼 크기 인자 이름 뭐로 하는게 좋아요?", naming.KindVariable, "buffer_size_like_argument"},
		{"Go", "앱 설정 파일(toml) 읽어서 담아두는 구조체", naming.KindClass, "ConfigFileToml"},
	})
}

// TestFunctionNotesAndGenerics: a note after a function says how it
// works; a generic type says what it holds; a decorator is a function;
// conditions on a miss name the lookup (context3.go, idioms/context3.tsv).
func TestFunctionNotesAndGenerics(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "알림 배너 띄우는 함수 (5초 뒤 자동으로 닫힘)", naming.KindFunction, "showNotificationBanner"},
		{"Go", "파일 핸들 닫는 함수 (defer로 부를 거)", naming.KindFunction, "closeFileHandle"},
		{"C#", "이미지 비동기로 저장하는 메서드 (async/await)", naming.KindFunction, "SaveImageAsync"},
		{"Kotlin", "List<Product>를 Map<Long, Product>로 바꾸는 함수", naming.KindFunction, "keyBy"},
		{"Java", "List<Order>에서 취소된 주문만 거르는 메서드", naming.KindFunction, "filterCancelledOrders"},
		{"Kotlin", "Map<String, Any>를 Order 객체로 바꾸는 함수", naming.KindFunction, "toOrder"},
		{"Python", "Flask에서 로그인 안 한 사용자 막는 데코레이터", naming.KindFunction, "login_required"},
		{"Python", "관리자 아니면 막는 데코레이터", naming.KindFunction, "admin_required"},
		{"Java", "상품 찾아서 없으면 예외 던지는 메서드", naming.KindFunction, "getOrThrow"},
		{"Kotlin", "문자열을 정수로 바꾸는 함수. 실패하면 null", naming.KindFunction, "toIntOrNull"},
		{"Kotlin", "리스트가 비었으면 null 반환하는 확장함수", naming.KindFunction, "nullIfEmpty"},
		{"Ruby", "태그 없으면 만드는 메서드", naming.KindFunction, "find_or_create_tag"},
		{"Java", "캐시에 없으면 DB에서 조회해서 캐시에 넣는 메서드", naming.KindFunction, "getOrLoad"},
		{"Swift", "로그인 안 되어 있으면 로그인 화면 띄우는 함수", naming.KindFunction, "requireLogin"},
		{"C", "malloc 실패하면 프로그램 종료하는 래퍼 함수", naming.KindFunction, "xmalloc"},
		{"Go", "time.Time을 유닉스 밀리초로 바꾸는 함수", naming.KindFunction, "toEpochMillis"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "알림 배너 띄우는 함수 (5초 뒤 자동으로 닫힘)", naming.KindFunction, "formatDuration"},
		{"Kotlin", "Map<String, Any>를 Order 객체로 바꾸는 함수", naming.KindFunction, "shouldConvertMapString"},
	})
}

// TestHowAndWhen: how a function is declared or scheduled (@Scheduled로,
// 매일 자정에, suspend, Long 타입) is no part of its name; an English
// clause after a comma explains; 지우는 and 던지는 are no yes/no endings
// (context3.go; idioms.go nJi).
func TestHowAndWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "@Scheduled로 매일 새벽 3시에 오래된 로그 지우는 메서드", naming.KindFunction, "deleteOldLogs"},
		{"Java", "만료된 토큰 지우는 메서드", naming.KindFunction, "deleteExpiredTokens"},
		{"Kotlin", "suspend function that loads the order history, returns an empty list when offline", naming.KindFunction, "loadOrderHistory"},
		{"Java", "Long 타입 ID 받아서 게시글 삭제하는 메서드", naming.KindFunction, "deletePost"},
		{"PHP", "라라벨에서 승인된 리뷰만 가져오는 스코프", naming.KindFunction, "scopeApproved"},
		{"Ruby", "재고 없으면 품절 처리하는 메서드", naming.KindFunction, "mark_sold_out"},
		{"Kotlin", "카메라 권한 없으면 요청하는 함수", naming.KindFunction, "requestPermissionIfNeeded"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "@Scheduled로 매일 새벽 3시에 오래된 로그 지우는 메서드", naming.KindFunction, "deleteScheduledOldLogs"},
		{"Java", "만료된 토큰 지우는 메서드", naming.KindFunction, "isTokenExpired"},
	})
}

// TestNJi: the -ㄴ지 yes/no ending, not a word that has ㄴ before 지.
func TestNJi(t *testing.T) {
	for q, want := range map[string]bool{"유효한지확인": true, "있는지": true, "완료된지": true,
		"세션지우는": false, "예외던지는": false, "편지보내는": false, "먼지센서": false} {
		if got := nJi(q); got != want {
			t.Errorf("nJi(%q) = %v, want %v", q, got, want)
		}
	}
}
