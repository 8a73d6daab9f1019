package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestGeneralD: questions written for four general families (not from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind.
func TestGeneralD(t *testing.T) {
	tests := []topThree{
		// relative clauses and qualifiers after the head noun fold into a
		// state before it
		{"TypeScript", "users who haven't verified their email", naming.KindVariable, "unverifiedUsers"},
		{"TypeScript", "restaurants open right now", naming.KindVariable, "openRestaurants"},
		{"Python", "orders placed in the last 30 days", naming.KindVariable, "recent_orders"},
		{"Java", "accounts that haven't logged in for a year", naming.KindVariable, "inactiveAccounts"},
		{"Kotlin", "comments that have not been approved", naming.KindVariable, "unapprovedComments"},
		{"Swift", "currently open tabs", naming.KindVariable, "openTabs"},
		{"Go", "invoices that are overdue", naming.KindVariable, "overdueInvoices"},
		{"Java", "requests waiting for approval", naming.KindVariable, "pendingRequests"},
		{"Python", "tasks not yet completed", naming.KindVariable, "incomplete_tasks"},
		{"JavaScript", "list of orders placed by the customer", naming.KindVariable, "placedOrders"},
		// a compound whose last part is a verbal noun, with a verb ending
		// after it, is noun + verb
		{"Java", "주문취소됐는지 확인하는 함수", naming.KindFunction, "isOrderCancelled"},
		{"Java", "주문 취소됐는지 확인하는 함수", naming.KindFunction, "isOrderCancelled"},
		{"Python", "결제승인됐는지 확인하는 함수", naming.KindFunction, "is_payment_approved"},
		{"Kotlin", "예약 취소됐는지 여부", naming.KindVariable, "isReservationCancelled"},
		// everyday nouns (glossary/nouns-d.tsv)
		{"Python", "보고서를 만드는 함수", naming.KindFunction, "create_report"},
		{"Go", "회의록 저장하는 함수", naming.KindFunction, "saveMeetingMinutes"},
		{"Kotlin", "항공권 예약하는 함수", naming.KindFunction, "reserveFlightTicket"},
		{"Swift", "레시피 목록 가져오는 함수", naming.KindFunction, "getRecipes"},
	}
	checkTopThree(t, tests)
}

// TestUnknownKoreanNoun: an object or subject the glossary lacks is named
// in the answer, which keeps one name per kind instead of a full list of
// bare verbs.
func TestUnknownKoreanNoun(t *testing.T) {
	tests := []struct{ lang, q, word string }{
		{"Python", "화환을 만드는 함수", "화환"}, // (꽃다발 until the glossary learned it)
		{"Go", "족자 저장하는 함수", "족자"},     // (명함 and 전단지 until the glossary learned them)
		{"Java", "병풍을 출력하는 메서드", "병풍"},
	}
	for _, tt := range tests {
		a := Suggest(naming.Spec{Language: tt.lang}, tt.q)
		if !strings.Contains(a.Text, tt.word) || !strings.Contains(a.Text, "용어집에 없어 이름에 넣지 못한 말") {
			t.Errorf("%q: the answer does not name %q as unknown:\n%s", tt.q, tt.word, a.Text)
		}
		if n := len(names(a, naming.KindFunction)); n > 1 {
			t.Errorf("%q: %d function names, want at most one", tt.q, n)
		}
	}
	// a known noun keeps the full list
	if a := Suggest(naming.Spec{Language: "Go"}, "장바구니에 상품을 추가하는 함수"); strings.Contains(a.Text, "용어집에 없어 이름에 넣지") || len(names(a, naming.KindFunction)) < 2 {
		t.Errorf("known nouns flagged as unknown:\n%s", a.Text)
	}
}

// TestAbbreviatedAlternative: in Go, C, C++ and Rust the short form of a
// name (buf, ctx, cfg, conn) is offered after the full one, never first;
// languages that spell words out do not get it.
func TestAbbreviatedAlternative(t *testing.T) {
	tests := []struct {
		lang, q     string
		kind        naming.Kind
		full, short string
	}{
		{"C", "buffer for the incoming message", naming.KindVariable, "buffer", "buf"},
		{"Rust", "request context", naming.KindVariable, "context", "ctx"},
		{"Go", "function that parses the config file", naming.KindFunction, "parseConfig", "parseCfg"},
		{"Go", "variable for the websocket connection", naming.KindVariable, "websocketConnection", "websocketConn"},
		{"Go", "데이터베이스 변수", naming.KindVariable, "database", "db"},
	}
	for _, tt := range tests {
		a := Suggest(naming.Spec{Language: tt.lang}, tt.q)
		got := names(a, tt.kind)
		if len(got) < 2 || got[0] != tt.full || !contains(got[1:min(3, len(got))], tt.short) {
			t.Errorf("%s %q: %s names %v, want %q first and %q among the next two", tt.lang, tt.q, tt.kind, got, tt.full, tt.short)
		}
	}
	for _, lang := range []string{"Python", "Java", "Kotlin"} {
		got := names(Suggest(naming.Spec{Language: lang}, "request context"), naming.KindVariable)
		for _, n := range got {
			if strings.Contains(strings.ToLower(n), "ctx") {
				t.Errorf("%s: %v, want no short form", lang, got)
			}
		}
	}
}

// TestCallAPI: calling an API that serves a thing fetches the thing; an
// API that performs an act keeps its call.
func TestCallAPI(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "배송 상태 API 호출하는 함수", naming.KindFunction, "fetchDeliveryStatus"},
		{"Python", "function that calls the weather API", naming.KindFunction, "fetch_weather"},
		{"Java", "외부 결제 API 호출하는 메서드", naming.KindFunction, "callExternalPaymentApi"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "Java"}, "외부 결제 API 호출하는 메서드"), naming.KindFunction) {
		if strings.HasPrefix(n, "fetch") {
			t.Errorf("payment API call named %s", n)
		}
	}
}

// TestCopulaNoun: "whether X is a N" names N (isLeapYear), never has N.
func TestCopulaNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "check if a string is a palindrome", naming.KindFunction, "is_palindrome"},
		{"Java", "function that checks whether a year is a leap year", naming.KindFunction, "isLeapYear"},
		{"Python", "check whether a number is prime", naming.KindFunction, "is_prime"},
		{"Go", "check if a string is a valid semantic version", naming.KindFunction, "isValidSemanticVersion"},
		{"Kotlin", "whether the order is a gift", naming.KindVariable, "isGift"},
		{"Kotlin", "whether the order is a gift", naming.KindVariable, "isOrderGift"},
		{"TypeScript", "check if the string is empty", naming.KindFunction, "isEmpty"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "Rust"}, "check if a string is a palindrome"), naming.KindFunction) {
		if strings.HasPrefix(n, "has") {
			t.Errorf("a palindrome is not had: %s", n)
		}
	}
}

// TestContainsCheck: contains in a yes/no question is the predicate; a
// check reported or returned is a check; strip is its own verb.
func TestContainsCheck(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "func that reports whether a string slice contains a given value", naming.KindFunction, "contains"},
		{"Java", "function that returns whether the list contains the item", naming.KindFunction, "containsItem"},
		{"TypeScript", "check if the cart includes a product", naming.KindFunction, "includesProduct"},
		{"TypeScript", "list that contains the selected ids", naming.KindVariable, "selectedIds"},
		{"TypeScript", "func that strips all HTML tags from a string", naming.KindFunction, "stripHtmlTags"},
	})
}

// TestRubyReaders: Ruby methods that return a value carry no get_.
func TestRubyReaders(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "주문 총액 가져오는 메서드", naming.KindFunction, "order_total"},
		{"Ruby", "method that returns the start date of the current billing period", naming.KindFunction, "current_billing_period_start_date"},
	})
	if n := names(Suggest(naming.Spec{Language: "Ruby"}, "사용자 전체 이름 돌려주는 메서드"), naming.KindFunction); len(n) == 0 || strings.HasPrefix(n[0], "get_") {
		t.Errorf("Ruby reader first %v, want no get_", n)
	}
}

// TestFirstActionAndCounting: of two English actions the first names the
// method; a function that counts names the counted; Ruby's can/has
// predicates end in ?.
func TestFirstActionAndCounting(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "model method that deactivates a user's account and revokes all their sessions", naming.KindFunction, "deactivate_account"},
		{"Ruby", "게시글 좋아요 수 세는 메서드", naming.KindFunction, "count_likes"},
		{"Java", "장바구니 상품 개수 세는 함수", naming.KindFunction, "countCartItems"},
		{"Ruby", "주문이 환불 가능한 상태인지 체크하는 메서드", naming.KindFunction, "can_refund?"},
	})
}

// TestNoVagueNames: a name made only of words that fit any question
// (handleDelete, a bare num or Store) is not offered after names about the
// question; one made of the question's own words stays (fetchData).
func TestNoVagueNames(t *testing.T) {
	for _, c := range []struct{ lang, q string }{
		{"Kotlin", "로그아웃할 때 로컬 캐시랑 토큰 지우는 함수"},
		{"C", "버퍼에 지금 들어있는 바이트 수 (용량 말고)"},
		{"Ruby", "모델 저장된 후에 캐시 무효화하는 after_save 콜백 메서드"},
	} {
		for _, s := range Suggest(naming.Spec{Language: c.lang}, c.q).Suggestions {
			switch strings.ToLower(strings.Trim(s.Name, "$?")) {
			case "handledelete", "num", "store":
				t.Errorf("%s %q: vague name %s", c.lang, c.q, s.Name)
			}
		}
	}
	checkTopThree(t, []topThree{{"TypeScript", "API에서 데이터 긁어오는 함수", naming.KindFunction, "fetchData"}})
}

// TestRelativeEnd: a relative clause ending in a participle folds before
// its head (orders that were refunded → refundedOrders).
func TestRelativeEnd(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "array of email addresses that bounced", naming.KindVariable, "$bouncedEmails"},
		{"Java", "orders that were refunded", naming.KindVariable, "refundedOrders"},
		{"Go", "files that changed", naming.KindVariable, "changedFiles"}, // (was modifiedFiles; changed is its own state since the nineteenth session),
		{"Python", "users who churned last month", naming.KindVariable, "churned_users"},
	})
}

// TestAsyncReadings: "and returns" ends the first action; a goroutine or a
// worker is started, not shown; 추천 상품 is a recommended product, not a
// request word; CompletableFuture says async.
func TestAsyncReadings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "async function that uploads a profile photo and returns its URL", naming.KindFunction, "uploadProfilePhoto"},
		{"Go", "워커 띄우는 함수", naming.KindFunction, "startWorker"},
		{"Java", "CompletableFuture로 추천 상품 비동기로 불러오는 메서드", naming.KindFunction, "fetchRecommendedProductAsync"},
		{"TypeScript", "API 공통 응답 제네릭 타입 (data, error, status 들어감)", naming.KindClass, "ApiResponse"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "Go"}, "async function that uploads a profile photo and returns its URL"), naming.KindFunction) {
		if strings.HasPrefix(n, "load") {
			t.Errorf("an upload named load: %s", n)
		}
	}
}

// TestTradeWordsS22: words a developer means by the Korean: 주석 is a code
// comment, 확인 메일 a confirmation email, 화면용 모델 a view model, 적
// 캐릭터 an enemy.
func TestTradeWordsS22(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "회원가입 확인 이메일 발송하는 함수", naming.KindFunction, "sendSignupConfirmationEmail"},
		{"Kotlin", "API 응답을 화면용 모델로 바꾸는 함수", naming.KindFunction, "toViewModel"},
		{"C#", "보스랑 잡몹 같은 적 캐릭터 기본 클래스", naming.KindClass, "EnemyBase"},
		{"Java", "메서드에 붙은 주석 가져오는 함수", naming.KindFunction, "getComments"}, // plural since the eighteenth session (feedNouns)
	})
}

// TestClearStores: a cache, a history, a buffer is emptied (clear), a user
// or a cookie is deleted; a word two readings both gave is said once.
func TestClearStores(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "썸네일 캐시 지우는 함수", naming.KindFunction, "clearThumbnailCache"},
		{"Python", "최근 본 상품 기록 삭제하는 함수", naming.KindFunction, "clear_recently_viewed_history"},
		{"C", "수신 버퍼 지우는 함수", naming.KindFunction, "clear_receive_buffer"},
		{"Java", "회원 삭제하는 메서드", naming.KindFunction, "deleteMember"},
		{"Rust", "경로가 숨김 파일인지 확인하는 함수", naming.KindFunction, "is_hidden_file"},
	})
	checkNotOffered(t, []notOffered{{"Rust", "파일이 숨김 파일인지 판별하는 함수", naming.KindFunction, "is_file_file"}})
}

// TestInsideOf: X 안의 Y, X 안에 있는 Y, X 속의 Y are X's Ys (the folder's
// files), not Xs.
func TestInsideOf(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "폴더 안의 파일 목록", naming.KindVariable, "directoryFiles"},
		{"Python", "상자 속의 아이템 개수", naming.KindVariable, "box_item_count"},
	})
	// The place read as the owner; the count without it goes first (the
	// eighteenth session's short count, moved up by rerank).
	checkOffered(t, []topThree{{"Go", "채팅방 안에 있는 메시지 개수", naming.KindVariable, "chatRoomMessageCount"}})
}

// TestSeveralInputs: an action with several inputs (A랑 B로) names what it
// makes before how (calculateDueDate before calculateWithLoanDateAnd…); a
// single method stays beside the action (retryWithBackoff: TestSuggestForms).
func TestSeveralInputs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "대출일이랑 대출 기간으로 반납 예정일 계산하는 함수", naming.KindFunction, "calculateDueDate"},
	})
	checkNotOffered(t, []notOffered{{"Kotlin", "대출일이랑 대출 기간으로 반납 예정일 계산하는 함수", naming.KindFunction, "calculateWithLoanDateAndLoanPeriod"}})
}

// TestGeneratedThings: a token, report, key, code or hash a program makes
// is generated; a user or an order is created.
func TestGeneratedThings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "리프레시 토큰 생성하는 메서드", naming.KindFunction, "generateRefreshToken"},
		{"Python", "주간 매출 리포트 만드는 함수", naming.KindFunction, "generate_weekly_report"}, // was generate_weekly_revenue_report, below the short names since session 15 (shortBeforeLong)
		{"Kotlin", "게시글 생성하는 함수", naming.KindFunction, "createPost"},
	})
}

// TestPlaceBeforePassive: Korean words, an English place with 에서, then a
// passive or a state (input 에서 선택된 파일들): the place is where the
// next noun is; a verb that takes an object after it (서버에서 받아온)
// keeps the words before as its object.
func TestPlaceBeforePassive(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "이미지 업로드 input 에서 선택된 파일들", naming.KindVariable, "selectedFiles"},
		{"TypeScript", "상품 정보 서버에서 받아온 목록", naming.KindVariable, "products"},
		{"Python", "파일 S3에 올리는 함수", naming.KindFunction, "upload_to_s3"},
	})
}

// TestReadFromSource: reading with no object names where it reads from
// (readFromConfigFile); Korean words before an environment variable, a
// cookie or a header are the object (설정 값 환경변수에서 읽는: readConfig).
// 총 금액, 금액 합계 are the total (calculate_order_total).
func TestReadFromSource(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "설정 파일에서 읽는 함수", naming.KindFunction, "readFromConfigFile"},
		{"Go", "설정 값 환경변수에서 읽는 함수", naming.KindFunction, "readConfig"},
		{"Ruby", "주문 금액 합계 계산", naming.KindFunction, "calculate_order_total"},
	})
}

// TestWhenNone: X 없을 때 보여줄 Y is the empty-X Y (EMPTY_SEARCH_RESULT_MESSAGE,
// emptyCartScreen), the X named by 에 when there is one.
func TestWhenNone(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "검색 결과 없을 때 보여줄 메시지 상수", naming.KindConstant, "EMPTY_SEARCH_RESULT_MESSAGE"},
		{"JavaScript", "즐겨찾기가 하나도 없을 때 보여주는 텍스트", naming.KindVariable, "emptyFavoriteText"},
		{"Swift", "데이터가 없을 때 표시할 뷰", naming.KindClass, "EmptyDataView"},
	})
}

// TestWithApplied: a value with something applied or included is the value
// with it (finalPriceWithCoupon), its head still the value (plural
// products_with_discount, not product_with_discounts).
func TestWithApplied(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "쿠폰 적용된 최종 가격", naming.KindVariable, "finalPriceWithCoupon"},
		{"Kotlin", "배송비 포함된 총 금액 계산하는 함수", naming.KindFunction, "calculateTotalWithShippingFee"},
	})
	checkNotOffered(t, []notOffered{{"Python", "할인 적용된 상품 목록", naming.KindVariable, "product_with_discounts"}})
}

// TestGoSentinelErrors: in Go an error a function returns is a sentinel
// value (ErrQueueFull) beside its type; an error type asked for stays a
// type. "up to n times" says how often, not multiply.
func TestGoSentinelErrors(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "error returned when the cache is full", naming.KindClass, "ErrFullCache"},
		{"Go", "버퍼가 꽉 찼을 때 반환하는 에러", naming.KindClass, "ErrFullBuffer"},
		{"Python", "function that retries a callable up to n times", naming.KindFunction, "retry_callable"},
	})
	checkNotOffered(t, []notOffered{{"Go", "custom error type for validation failures", naming.KindClass, "ErrValidate"}})
}

// TestElapsedSince: X 이후/로부터 경과 시간 is the time since X
// (timeSinceLastLogin; was lastLoginAt), 경과 시간 alone or since the start
// is elapsed.
func TestElapsedSince(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "마지막 로그인 이후 경과 시간", naming.KindVariable, "timeSinceLastLogin"},
		{"Kotlin", "주문 생성 후 경과 시간", naming.KindVariable, "timeSinceOrderCreation"},
		{"C", "프로그램 시작 후 경과 시간(밀리초) 구하는 함수", naming.KindFunction, "elapsed_ms"},
		{"Go", "경과 시간", naming.KindVariable, "elapsed"},
	})
}

// TestSyllableTrapsS22: 파티 inside 파티클 is no party; 금지어 is a banned
// word (was the verb forbid).
func TestSyllableTrapsS22(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "프레임당 최대 파티클 수 상수", naming.KindConstant, "MAX_PARTICLES_PER_FRAME"},
		{"Python", "금지어 목록", naming.KindVariable, "banned_words"},
	})
	checkNotOffered(t, []notOffered{{"C++", "프레임당 최대 파티클 수 상수", naming.KindConstant, "MAX_PARTY_SIZE"}})
}

// TestFireEvent: an event or a callback is fired, not shot; a weapon is
// still fired or shot.
func TestFireEvent(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "method that fires an analytics event", naming.KindFunction, "FireAnalyticsEvent"},
		{"C#", "총알 발사하는 함수", naming.KindFunction, "Shoot"},
	})
	checkNotOffered(t, []notOffered{{"C#", "method that fires an analytics event", naming.KindFunction, "ShootAnalyticsEvent"}})
}

// TestWaitUntil: waiting until something happens names the state or the
// thing waited for (waitUntilConnected, waitForPage), in English and in
// Korean; a generic condition stays waitUntil.
func TestWaitUntil(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "async function that waits until the socket is connected", naming.KindFunction, "waitUntilConnected"},
		{"TypeScript", "이미지 로드될 때까지 기다리는 함수", naming.KindFunction, "waitUntilLoaded"},
		{"Python", "작업 끝날 때까지 기다리는 함수", naming.KindFunction, "wait_for_task"},
		{"Go", "조건이 참이 될 때까지 기다리는 함수", naming.KindFunction, "waitUntil"},
	})
}
