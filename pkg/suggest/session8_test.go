package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the eighth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestSceneLeadGoes: the language or the app a question opens with before
// a comma, a dash or a full stop is no part of the name.
func TestSceneLeadGoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "쇼핑 앱, 장바구니 비우는 메서드", naming.KindFunction, "ClearCart"},
		{"Java", "Java, library system. method that counts the overdue loans. name?", naming.KindFunction, "countOverdueLoans"},
		{"JavaScript", "js admin dashboard, variable holding the selected rows", naming.KindVariable, "selectedRows"},
		{"Kotlin", "Kotlin — flag for whether the drawer is open", naming.KindVariable, "isDrawerOpen"},
		// a lead that is the question's own stays
		{"Kotlin", "프로필 사진 최대 크기 5MB, 상수 이름", naming.KindConstant, "MAX_PROFILE_IMAGE_SIZE_MB"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "은행 앱, 계좌 간 이체 실행하는 메서드", naming.KindFunction, "RunBankAppBankAccountTransfer"},
	})
}

// TestEnglishCountVerb: "that counts", "to count" after a function is the
// verb count (countLines, was getLines and no name at all).
func TestEnglishCountVerb(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "func that counts lines", naming.KindFunction, "countLines"},
		{"Java", "method to count overdue loans", naming.KindFunction, "countOverdueLoans"},
		{"Python", "function that counts the active users", naming.KindFunction, "count_active_users"},
		{"Java", "variable that counts failed logins", naming.KindVariable, "failedLoginCount"},
	})
}

// TestExampleParticle: a particle after a quoted example is the noun's
// before it (쿼리스트링 'a=1' 를 객체로: parseQueryString, was toQuery).
func TestExampleParticle(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "쿼리스트링 'x=1&y=2' 를 객체로 바꾸는 함수", naming.KindFunction, "parseQueryString"},
		{"PHP", "전화번호 '01099998888' 을 하이픈 넣은 형식으로 바꾸는 함수", naming.KindFunction, "formatPhoneNumber"},
	})
}

// TestGroupedInto: 묶어서 HashMap 만드는 is grouping (was create_by_department).
func TestGroupedInto(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "Vec<Student>를 반별로 묶어서 HashMap 만드는 함수", naming.KindFunction, "group_by_class"},
		{"Java", "상품 목록을 카테고리별로 묶어서 Map<Category, List<Product>> 만드는 메서드", naming.KindFunction, "groupByCategory"},
	})
}

// TestEnglishHaveThem: "I have X and need to V them" is V the X; a
// "so nobody …" purpose goes.
func TestEnglishHaveThem(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "I have a list of invoices and need to sort them by due date. function name?", naming.KindFunction, "sort_invoices_by_due_date"},
		{"Go", "I have []Ticket and need to group them by priority. func name?", naming.KindFunction, "groupByPriority"},
		{"Java", "method that locks the seat for a booking so nobody else can take it", naming.KindFunction, "lockSeat"},
	})
}

// TestExceptionTypeName: an exception's own CamelCase name is read word for
// word (ResourceNotFoundException kept its Not; was
// processFoundResourceException).
func TestExceptionTypeName(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "스프링에서 OrderNotFoundException 처리하는 메서드 이름", naming.KindFunction, "handleOrderNotFoundException"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "스프링에서 OrderNotFoundException 처리하는 메서드 이름", naming.KindFunction, "processFoundOrderException"},
	})
}

// TestEndsAtTime: 끝나는 시각 is the end time (was calculate_reservation_time);
// 유효기간 끝나는 날짜 stays the expiry date.
func TestEndsAtTime(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "강의 끝나는 시각 계산하는 메서드", naming.KindFunction, "calculate_end_time"},
		{"Kotlin", "쿠폰 유효기간 끝나는 날짜 프로퍼티", naming.KindVariable, "couponExpiryDate"},
	})
}

// TestClosingKindWins: a closing "fn name?" says the kind when the
// sentence before named a struct (was class names only); a gerund opens a
// function's question.
func TestClosingKindWins(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "converting a hex color string into an Rgb struct. fn name?", naming.KindFunction, "hex_to_rgb"},
		{"Go", "builds a Config struct from env vars. func name?", naming.KindFunction, "buildConfig"},
	})
}

// TestDigitTechWord: I2C is one word (MAX_I2C_RETRIES, was MAX_I2_C_…).
func TestDigitTechWord(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"C", "I2C 버스 재시도 최대 횟수 상수", naming.KindConstant, "MAX_I2_C_COUNT"},
	})
	checkOffered(t, []topThree{
		// below the short names since session 15 (shortBeforeLong)
		{"Go", "I2C 버스에서 레지스터 읽는 함수", naming.KindFunction, "readRegisterFromI2cBus"},
	})
}

// TestGlossaryEighth: words of this session's glossary lines, in questions
// of their own (주차 칸 was WeekCell; 예약어 read 예약 + 어; 발령내는 was
// GetEmployee).
func TestGlossaryEighth(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "주차 칸 하나 나타내는 구조체", naming.KindClass, "ParkingSpot"},
		{"Python", "식별자가 예약어인지 확인하는 함수", naming.KindFunction, "is_keyword"},
		{"Java", "사원을 다른 지점으로 발령내는 메서드", naming.KindFunction, "transferEmployee"},
		{"Kotlin", "방문한 여행지 목록 변수", naming.KindVariable, "visitedDestinations"},
		{"TypeScript", "주차 요금 계산하는 함수", naming.KindFunction, "calculateParkingFee"},
	})
}

// TestReturnNoun: 개수 반환 메서드 returns the count (getBorrowedBookCount,
// was returnBorrowedBookCount); a count of connections is no connection
// given back to its pool.
func TestReturnNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "회원이 빌린 책 권수 반환 메서드", naming.KindFunction, "getBorrowedBookCount"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "지금 연결된 세션 수 반환하는 함수", naming.KindFunction, "releaseConnection"},
	})
}

// TestEighthKorean: 합계 내는 sums (aggregate_by_region, was get_revenue);
// 유저가 쓴 글 is the user's posts (countUserPosts, was countWrittenPosts);
// a tie broken by the same key names no second key; entries at or above a
// level are filtered by severity; a Go count read off its owner carries no
// Get, and an aside about the prefix is no word of the name.
func TestEighthKorean(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "주문 금액을 고객별로 합계 내는 함수", naming.KindFunction, "aggregate_by_customer"},
		{"PHP", "특정 회원이 작성한 리뷰 개수 세는 함수", naming.KindFunction, "countMemberReviews"},
		{"C++", "이벤트 벡터에서 WARN 레벨 이상인 것만 골라내는 함수", naming.KindFunction, "filter_by_severity"},
		{"Go", "채팅방에서 현재 접속한 유저 수 리턴하는 메서드 (Go라 Get 안 붙이는 건 알아요)", naming.KindFunction, "connectedUserCount"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "영화 목록 평점 높은 순, 평점 같으면 최신순으로 정렬하는 함수", naming.KindFunction, "sortByRatingThenRating"},
	})
}

// TestConcise: the third name is the long one without the word before its
// head when none of the first three is that short (pending_parcel_count
// beside pending_shipment_parcel_count: a count's head is what it counts,
// since the twelfth session); compounds the glossary knows stay
// whole (no MAX_CONNECTION_SIZE for a connection pool).
func TestConcise(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "물류 창고에서 출고 대기 중인 택배 건수 변수", naming.KindVariable, "pending_parcel_count"},
		{"Java", "맵 청크 데이터를 비동기로 로드하는 메서드", naming.KindFunction, "loadChunkAsync"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "JDBC 커넥션 풀 최대 크기 상수", naming.KindConstant, "MAX_CONNECTION_SIZE"},
		{"Python", "액세스 토큰 유효 시간(초) 상수", naming.KindConstant, "ACCESS_TTL_SECONDS"},
	})
}

// TestFillShort: a kind with fewer than three names gets shorter readings
// of its first in the empty places (ALLOWED_IMAGE_EXTENSIONS beside
// ALLOWED_IMAGE_FILE_EXTENSIONS).
func TestFillShort(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "allowed video file extensions constant", naming.KindConstant, "ALLOWED_VIDEO_EXTENSIONS"},
	})
}

// TestKnownNotUnknown: a word the glossary knows is never reported as
// unknown (현재 was, and the answer kept one name per kind).
func TestKnownNotUnknown(t *testing.T) {
	for _, q := range []string{"현재 접속한 클라이언트 수를 반환하는 함수", "재고가 없는 상품 개수를 세는 메서드"} {
		if u := Analyze(q).f.unknownKo; len(u) > 0 {
			t.Errorf("%q: unknown %v", q, u)
		}
	}
}

// TestConciseKeeps: a short form keeps negations, states, a handler's
// event, the word after not, three-word terms and the counted thing.
func TestConciseKeeps(t *testing.T) {
	checkNotOffered(t, []notOffered{
		{"Java", "스프링에서 OrderNotFoundException 처리하는 메서드 이름", naming.KindFunction, "processOrderNotException"},
		{"C++", "그래프에서 특정 노드로 들어오는 간선 개수 리턴하는 함수", naming.KindFunction, "get_incoming_count"},
	})
}

// TestReasonKorean: reasons say Korean verbs and modifiers as Korean is
// written (연결된 클라이언트를 가져오는; 부족한 재고).
func TestReasonKorean(t *testing.T) {
	for _, q := range []string{"현재 접속한 클라이언트 수를 반환하는 함수", "재고가 부족한 상품 목록 변수", "다른 유저를 팔로우하는 함수"} {
		for _, s := range Suggest(naming.Spec{Language: "Java"}, q).Suggestions {
			for _, bad := range []string{"오하는", "하 ", "르 ", "을(를)"} {
				if strings.Contains(s.Reason, bad) {
					t.Errorf("%q: %s: reason %q says %q", q, s.Name, s.Reason, bad)
				}
			}
		}
	}
}

// TestNonHyphen: non-empty, non-admin are one state, in order (was
// isEmptyNonString, start_read_blocking_non_socket).
func TestNonHyphen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "list of non-admin members", naming.KindVariable, "non_admin_members"},
		{"Go", "flag for whether the request is non-idempotent", naming.KindVariable, "isNonIdempotent"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "function that starts a non-blocking file read", naming.KindFunction, "start_read_blocking_non_file"},
	})
}

// TestEnglishTrailingClauses: what a trailing clause says of how (", skipping
// weekends", "instead of sending it now", "waiting to fire") is no part of
// the name; "puts X on the queue" enqueues X; "HTTP handler for the X
// endpoint" handles X; "N days" are days.
func TestEnglishTrailingClauses(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "method that adds N working days to a date, skipping holidays", naming.KindFunction, "AddDays"}, // was AddBusinessDaysToDate, below the short names since session 15 (shortBeforeLong)
		{"PHP", "function that puts a receipt email on the queue instead of sending it now", naming.KindFunction, "enqueueReceiptEmail"},
		{"C++", "vector of pending jobs waiting to run", naming.KindVariable, "pending_jobs"},
		{"Go", "HTTP handler for the password reset endpoint", naming.KindFunction, "handlePasswordReset"},
		{"Swift", "async function that uploads a finished route to the server, retrying on failure", naming.KindFunction, "uploadToServer"},
	})
}

// TestPlainEighth: everyday asks the phrasebook now knows (trim, zip a
// folder, the interval between requests) and readings of Korean and
// English asides (큐 작업으로 넘기는 enqueues; 큐에 들어있는 요소 수 is the
// queue's element count; "within 5 minutes of posting" is when, not what).
func TestPlainEighth(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "문자열 양쪽 공백 없애는 함수", naming.KindFunction, "trim"},
		{"Python", "function that compresses a directory into a zip file", naming.KindFunction, "zip_directory"},
		{"Python", "API 호출 사이 최소 간격 상수", naming.KindConstant, "MIN_REQUEST_INTERVAL"},
		{"PHP", "이메일 발송을 큐 작업으로 넘기는 함수", naming.KindFunction, "enqueueEmail"},
		{"Kotlin", "whether the user can still delete a message within 10 minutes of sending", naming.KindVariable, "canDeleteMessage"},
	})
}

// TestCSharpRemoteAsync: a C# method that goes over the network is async
// by the platform's convention.
func TestCSharpRemoteAsync(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "method that uploads a profile photo to the storage server", naming.KindFunction, "UploadProfilePhotoAsync"},
		{"C#", "서버에서 공지사항 목록 가져오는 메서드", naming.KindFunction, "GetNoticesAsync"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "캐시에서 사용자 가져오는 메서드", naming.KindFunction, "GetUserAsync"},
	})
}

// TestNinthReadings: RGB 색상 값을 HEX로 is rgb to hex (was hex_to_rgb);
// 세션 만료 시각 is the session's expiry moment; a closing ", X 반환"
// names the return type; 비동기로 조회하는 is how, no key.
func TestNinthReadings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "RGB 색상 값을 HEX 코드로 바꾸는 함수", naming.KindFunction, "rgb_to_hex"},
		{"Python", "세션 만료 시각을 계산하는 함수", naming.KindFunction, "calculate_session_expiry_time"},
		{"Java", "주문 내역을 비동기로 조회하는 메서드, CompletableFuture 반환", naming.KindFunction, "fetchOrderHistoryAsync"},
	})
}

// TestGlossaryNinth: 파일 디스크립터 is a file descriptor (was file
// handle), 토스트 알림 a toast, 재고가 없는 out of stock; 창 크기가 바뀔 때
// is a resize.
func TestGlossaryNinth(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "닫히지 않은 파일 디스크립터 배열", naming.KindVariable, "open_file_descriptors"},
		{"Kotlin", "토스트 알림 띄우는 함수", naming.KindFunction, "showToast"},
		{"Java", "재고가 없는 상품 목록", naming.KindVariable, "outOfStockProducts"},
		{"TypeScript", "브라우저 창 크기가 바뀔 때 호출되는 함수", naming.KindFunction, "handleResize"},
	})
}

// TestTenthReadings: SIGTERM 시그널 is sigterm once; "alphabetically by
// last name" sorts by last name (was sortByNameThenLast); 한 명 is one.
func TestTenthReadings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "SIGTERM 시그널 받으면 호출되는 핸들러", naming.KindFunction, "handle_sigterm"},
		{"Swift", "function that sorts employees alphabetically by last name", naming.KindFunction, "sortByLastName"},
		{"Rust", "DB에서 상품 한 개를 조회하는 함수", naming.KindFunction, "get_product"},
	})
}

// TestErrorLevelOnly: ERROR 레벨만 걸러내는 filters the errors.
func TestErrorLevelOnly(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "이벤트 목록에서 ERROR 레벨만 골라내는 함수", naming.KindFunction, "filterErrors"},
	})
}

// TestOwnerBeforeNext: 구독의 다음 결제일 is the next billing date; the
// owner said with 의 before 다음/마지막 is where the method lives.
func TestOwnerBeforeNext(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "멤버십의 다음 갱신일을 계산하는 메서드", naming.KindFunction, "calculate_next_renewal_date"},
	})
}

// TestEleventhReadings: X 기다리는 시간 is X's timeout; 모아놓은 holds a
// list; a specific verb alone names its function too (unsubscribe).
func TestEleventhReadings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "DB 연결 기다리는 시간 상수", naming.KindConstant, "databaseConnectionTimeout"},
		{"Rust", "채널별 메시지 모아놓은 변수", naming.KindVariable, "messages_by_channel"},
		{"PHP", "알림 구독 해지 처리하는 메서드", naming.KindFunction, "unsubscribe"},
	})
}

// TestSimilarKeepsList: "more like this" still offers the …List rewording
// the answers leave out (topup.go), and no short form of it.
func TestSimilarKeepsList(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "`activeOrders`와 비슷한 이름", naming.KindVariable, "activeOrderList"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "`activeOrders`와 비슷한 이름", naming.KindVariable, "activeList"},
	})
}
