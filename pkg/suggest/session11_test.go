package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the eleventh session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestFetchManyAtOnce: getting things from several sources at once names
// the things (fetchProductStockConcurrently); the bare fetchAll is for
// sending several requests (was fetchAll, fetchInParallel first).
func TestFetchManyAtOnce(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "여러 상품의 재고를 병렬로 불러오는 함수", naming.KindFunction, "fetchProductStockConcurrently"},
		{"JavaScript", "여러 요청을 동시에 보내는 함수", naming.KindFunction, "fetchAll"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "여러 상품의 재고를 병렬로 불러오는 함수", naming.KindFunction, "fetchInParallel"},
	})
}

// TestMatchingThings: things that match criteria are the matching things,
// in Korean (맞는, 일치하는, 만족하는, 해당하는) and English ("that
// match", "matching"); the criteria are the caller's (was correctFlights,
// searchCriteria, filterOptions).
func TestMatchingThings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "검색 조건에 맞는 호텔 목록", naming.KindVariable, "matchingHotels"},
		{"TypeScript", "필터 조건을 만족하는 상품 목록", naming.KindVariable, "matchingProducts"},
		{"Python", "검색어에 해당하는 게시글 목록을 담는 변수", naming.KindVariable, "matching_posts"},
		{"Java", "list of hotels that match the search criteria", naming.KindVariable, "matchingHotels"},
		{"TypeScript", "files matching the glob pattern", naming.KindVariable, "matchingFiles"},
	})
	// 해당 alone is a determiner: the user in question.
	checkTopThree(t, []topThree{
		{"Java", "해당 사용자의 주문 목록", naming.KindVariable, "userOrders"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "해당 사용자의 주문 목록", naming.KindVariable, "matchingUserOrders"},
	})
}

// TestWithSubjectPhrase: 빈 셀이 있는 행 are rows with empty cells: the
// subject's modifiers go with it (was emptyRowsWithCells); a name never
// starts with with (with_photos alone names no thing).
func TestWithSubjectPhrase(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "빈 셀이 있는 행 목록", naming.KindVariable, "rowsWithEmptyCells"},
		{"TypeScript", "할인 쿠폰이 있는 상품 목록", naming.KindVariable, "productsWithDiscountCoupons"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "사진이 있는 게시글 목록", naming.KindVariable, "with_photos"},
	})
}

// TestSensesInContext: 탭 in an editor or a browser is a tab (a touch
// elsewhere); 시간대 to book is a time slot (a time zone where times are
// converted); 필터 applied is the noun (applyFilter; was applyToPhoto).
func TestSensesInContext(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "브라우저 탭이 닫힐 때 호출되는 메서드", naming.KindFunction, "onBrowserTabClosed"},
		{"Kotlin", "버튼을 탭했을 때 호출되는 함수", naming.KindFunction, "onButtonTapped"},
		{"Python", "회의 시작 시각을 사용자 시간대로 바꾸는 함수", naming.KindFunction, "to_user_time_zone"},
		{"Swift", "사진에 필터를 적용하는 함수", naming.KindFunction, "applyFilter"},
		{"Go", "필터링된 주문 목록", naming.KindVariable, "filteredOrders"},
		{"Python", "선택된 필터 목록을 담는 변수", naming.KindVariable, "selected_filters"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "선택된 필터 목록을 담는 변수", naming.KindVariable, "filtered_items"},
		{"C", "링 버퍼에 들어 있는 바이트 수 변수", naming.KindVariable, "buf"},
	})
}

// TestElapsedSinceStartDate: 구독 시작일로부터 경과한 일수 counts days
// since the start (daysSinceSubscriptionStart; was
// calculateElapsedDaysFromSubscriptionStartDate); the time since a
// program's start stays elapsed.
func TestElapsedSinceStartDate(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "회원 가입일로부터 경과한 일수를 계산하는 함수", naming.KindFunction, "daysSinceSignup"},
		{"Kotlin", "구독 시작일로부터 경과한 일수를 계산하는 함수", naming.KindFunction, "daysSinceSubscriptionStart"},
		{"Kotlin", "프로그램 시작 후 경과 시간", naming.KindVariable, "elapsed"},
	})
}

// TestStillAndPerform: "can still be edited" asks whether it can be, no
// progress (was isSentChatMessageInProgress); 수행하다 runs (runHealthCheck;
// was serverHealthCheck); Go names say no Async (a goroutine is started
// with go).
func TestStillAndPerform(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "check whether a posted comment can still be edited", naming.KindFunction, "canEditComment"},
		{"Go", "서버 헬스체크를 수행하는 함수", naming.KindFunction, "runHealthCheck"},
		{"Go", "function that asynchronously fetches user profiles", naming.KindFunction, "fetchUserProfiles"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "check whether a posted comment can still be edited", naming.KindFunction, "isPostedCommentInProgress"},
		{"Go", "function that asynchronously fetches user profiles", naming.KindFunction, "fetchUserProfileAsync"},
		{"Go", "이미지를 비동기로 업로드하는 함수", naming.KindFunction, "uploadImageAsync"},
	})
}

// TestVerbNounPlaceAndClose: a bare verbal noun before a place names the
// place (발송 큐: the send queue; was send_count for what waits in it);
// 마감하다 and 마감 처리하다 close (closeJobPosting; was process_deadline); a
// job's 큐에 넣는 line names the job when the question does.
func TestVerbNounPlaceAndClose(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "전송 큐에서 대기 중인 메시지 개수", naming.KindVariable, "pending_message_count"},
		{"Ruby", "모집 중인 채용 공고를 마감 처리하는 메서드", naming.KindFunction, "close_job_posting"},
		{"Java", "마감된 채용 공고 목록을 담는 변수", naming.KindVariable, "closedJobPostings"},
		{"PHP", "동영상 인코딩을 큐에 작업으로 넣는 함수", naming.KindFunction, "enqueueVideoEncoding"},
		{"Python", "작업을 큐에 추가하는 함수", naming.KindFunction, "enqueue_task"},
	})
}

// TestAppliedThings: what is applied is named (applyGaussianBlur, was
// BlurGaussian; applyCoupon before applyToCart); 주소 문자열 holds no
// 소문자 (was to_lowercase); 32비트 정수 is a uint32.
func TestAppliedThings(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "function that applies a gaussian blur to a texture", naming.KindFunction, "apply_gaussian_blur"},
		{"TypeScript", "function that applies a coupon to the cart", naming.KindFunction, "applyCoupon"},
		{"C", "IPv4 주소 문자열을 32비트 정수로 변환하는 함수", naming.KindFunction, "parse_ipv4"}, // to_uint32 until the 35th session (idioms/recurring.tsv),
	})
	checkNotOffered(t, []notOffered{
		{"C", "IPv4 주소 문자열을 32비트 정수로 변환하는 함수", naming.KindFunction, "to_lowercase"},
	})
	if got := Suggest(naming.Spec{Language: "TypeScript"}, "function that applies a coupon to the cart").Suggestions; len(got) == 0 || got[0].Name != "applyCoupon" {
		t.Errorf("applies a coupon to the cart: first name %v, want applyCoupon", got)
	}
}

// TestFailureEventHandled: a handler of what failed names it, no event
// and no bare onError (handle_upload_failure; was on_error first, then
// handle_upload_failure_event).
func TestFailureEventHandled(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "결제 실패 이벤트를 처리하는 콜백 메서드", naming.KindFunction, "handle_payment_failure"},
		{"Kotlin", "업로드 실패 시 호출되는 콜백", naming.KindFunction, "onUploadFailed"},
		{"TypeScript", "에러가 났을 때 호출되는 콜백", naming.KindFunction, "onError"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "결제 실패 이벤트를 처리하는 콜백 메서드", naming.KindFunction, "on_error"},
	})
}

// TestWhenItWas: "when an X was Ved" is the time it was (submittedAt), with
// any article; a handler is asked in the present (onFileUploaded).
func TestWhenItWas(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "when an expense report was submitted", naming.KindVariable, "submittedAt"},
		{"Java", "when a support ticket was last updated", naming.KindVariable, "lastUpdatedAt"},
		{"Kotlin", "callback when a file is uploaded", naming.KindFunction, "onFileUploaded"},
	})
}

// TestThingsToDo: 설치할 패키지 목록 are the packages to install
// (packagesToInstall; was packages); a place things are shown or bound
// says nothing of what is to be done (contacts); a line's {things} to
// delete with the things to delete read already says it once.
func TestThingsToDo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "업로드할 사진 목록", naming.KindVariable, "photosToUpload"},
		{"Rust", "설치할 패키지 목록을 담는 벡터", naming.KindVariable, "packages_to_install"},
		{"Python", "삭제할 항목 목록", naming.KindVariable, "items_to_delete"},
		{"C#", "WPF 리스트에 바인딩할 연락처 컬렉션 프로퍼티", naming.KindVariable, "Contacts"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "삭제할 항목 목록", naming.KindVariable, "items_to_delete_to_delete"},
	})
}

// TestStateAndListKey: 온라인 상태인 팀원 목록 are the online team members
// (was onlineStatus, presence); 팀원 목록 이름 가나다순으로 sorts the list by
// name (was sortByTeamMemberName).
func TestStateAndListKey(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "현재 온라인 상태인 팀원 목록을 담는 변수", naming.KindVariable, "onlineTeamMembers"},
		{"Java", "활성 상태인 계정 목록", naming.KindVariable, "activeAccounts"},
		{"JavaScript", "팀원 목록 이름 가나다순으로 정렬하는 함수", naming.KindFunction, "sortByName"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "현재 온라인 상태인 팀원 목록을 담는 변수", naming.KindVariable, "presence"},
	})
}

// TestStartsAsyncAndCheckedIn: "starts a non-blocking read from X" reads
// from X (was start, begin, launch, the object lost); passengers who
// checked in are checked-in passengers (was no name at all).
func TestStartsAsyncAndCheckedIn(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "function that starts a non-blocking read from the humidity sensor", naming.KindFunction, "read_humidity_sensor_async"},
		{"Java", "list of guests who have already checked in", naming.KindVariable, "checkedInGuests"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "function that starts a non-blocking read from the humidity sensor", naming.KindFunction, "start"},
	})
}

// TestAdverbFirstAndOverdue: "that asynchronously uploads a file" uploads
// it (was fetchUploadFile); "retries left before giving up on …" are the
// retries left; 기한이 지난 책 are overdue books (was past books); a loan
// is extended, not inherited; 로그 수집기 is a collector.
func TestAdverbFirstAndOverdue(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "function that asynchronously uploads a profile photo", naming.KindFunction, "uploadProfilePhoto"},
		{"Rust", "number of retries left before giving up on the upload", naming.KindVariable, "retries_left"},
		{"Ruby", "반납 기한이 지난 책만 골라내는 메서드", naming.KindFunction, "filter_overdue_books"},
		{"Python", "function that extends a subscription by a month", naming.KindFunction, "extend_subscription_by_month"},
		{"C", "로그 수집기가 버린 로그 개수", naming.KindVariable, "discarded_log_count"},
	})
}

// TestCompoundsKeptWhole: a state folded from a clause goes before the
// whole compound (flight numbers that were cancelled: cancelled flight
// numbers; was cancelled_flight_count); a hyphenated noun the glossary
// lists spaced is that noun (the check-in button: checkInButtonTapped;
// was onUserTapped), unless its last word is a verb (soft-delete).
func TestCompoundsKeptWhole(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "set of order ids that were refunded today", naming.KindVariable, "refunded_order_ids"},
		{"Swift", "action method called when the user taps the check-in button", naming.KindFunction, "checkInButtonTapped"},
		{"Ruby", "module that adds soft-delete behaviour to models", naming.KindClass, "SoftDeletable"},
	})
}

// TestIrregularParticiples: sung, driven, flown … are participles (songs
// sung this month: songs_sung_this_month; was song_sung_this_month_count).
func TestIrregularParticiples(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "number of songs sung this month", naming.KindVariable, "songs_sung_this_month"},
	})
}

// TestBatPassive: a verbal noun with 받다 is its passive (승인받은 주문:
// approvedOrders; was receivedApproveOrders; 인증받았는지: isAuthenticated).
func TestBatPassive(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "승인받은 주문 목록", naming.KindVariable, "approvedOrders"},
		{"Java", "관리자에게 승인받았는지 확인하는 함수", naming.KindFunction, "isApproved"},
		{"Java", "인증받은 사용자 수", naming.KindVariable, "authenticatedUserCount"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "승인받은 주문 목록", naming.KindVariable, "receivedApproveOrders"},
	})
}

// TestDangPassive: a verbal noun with 당하다 is its passive too (차단당한
// 사용자: blockedUsers; 거절당했는지: isRejected).
func TestDangPassive(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "신고당한 게시글 수", naming.KindVariable, "reportedPostCount"},
		{"Java", "거절당했는지 확인하는 함수", naming.KindFunction, "isRejected"},
	})
}

// TestEverydayWords: everyday words the suggester used to drop unread are
// read (장보기 목록: shopping list; 출판 연도; 버스), and words that read
// worse than dropped stay out (내보내기를 is no 기르다).
func TestEverydayWords(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "레시피 재료를 장보기 목록에 추가하는 함수", naming.KindFunction, "addToShoppingList"},
		{"Java", "도서 목록을 출판 연도 순으로 정렬하는 메서드", naming.KindFunction, "sortByPublicationYear"},
		{"Java", "데이터 내보내기를 시작하는 함수", naming.KindFunction, "startDataExport"},
	})
}

// TestAsyncFetchNamed: async data comes by fetch in the Async-suffixed
// form too (fetchUserProfileAsync; was getUserProfileAsync first); 여러
// X를 동시에 조회 fetches them concurrently.
func TestAsyncFetchNamed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "사용자 프로필을 비동기로 조회하는 함수", naming.KindFunction, "fetch_user_profile_async"},
		{"Python", "여러 지점 재고를 동시에 조회하는 함수", naming.KindFunction, "fetch_branch_stock_concurrently"},
	})
}

// TestHeldInPlaceCounted: what came into or is included in a place is
// counted as itself (매물에 들어온 문의 건수: inquiryCount; was
// incomingInquiryCount); a list keeps its place.
func TestHeldInPlaceCounted(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "고객센터에 들어온 문의 건수", naming.KindVariable, "$inquiryCount"},
		{"Swift", "오늘 식단에 포함된 총 칼로리", naming.KindVariable, "totalCalorie"},
	})
}

// TestTypeWithoutScene: a type's short form leaves out the scene before
// its last two parts (도서관 대출 상태: LoanStatus, was LibraryStatus;
// 렌터카 예약 상태: ReservationStatus, was CarRentalStatus); a job class
// named by its verb keeps its own short form.
func TestTypeWithoutScene(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "도서관 대출 상태를 나타내는 열거형 이름", naming.KindClass, "LoanStatus"},
		{"Java", "렌터카 예약 상태를 나타내는 열거형 이름", naming.KindClass, "ReservationStatus"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "도서관 대출 상태를 나타내는 열거형 이름", naming.KindClass, "LibraryStatus"},
		{"Ruby", "뉴스레터 메일을 백그라운드로 보내는 잡 클래스", naming.KindClass, "EmailJob"},
	})
}

// TestMaxDurationNoMoment: 최대 충전 시간(분) is a bound on a duration
// (maxChargeMinutes: the unit says it is a time), not the moment of
// charging (was chargedAt).
func TestMaxDurationNoMoment(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "최대 충전 시간(분)", naming.KindVariable, "maxChargeMinutes"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "최대 충전 시간(분)", naming.KindVariable, "chargedAt"},
	})
}

// TestSizeOfTheList: "page size for the order list" is a size the list
// has, no list (DEFAULT_PAGE_SIZE; was defaultPageSizes, the list read as
// the kind asked).
func TestSizeOfTheList(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "default page size for the order list", naming.KindConstant, "DEFAULT_PAGE_SIZE"},
		{"TypeScript", "default page size for the order list", naming.KindVariable, "defaultPageSize"},
	})
}

// TestMaxPerFirst: "maximum number of X per Y" names the bound first
// (MAX_ITEMS_PER_ORDER before ITEMS_PER_ORDER, which leaves it out), and
// "X allowed in a single Y" is X per Y.
func TestMaxPerFirst(t *testing.T) {
	for _, q := range []string{"maximum number of items per order", "maximum number of items allowed in a single order"} {
		a := Suggest(naming.Spec{Language: "PHP", Kind: naming.KindConstant}, q)
		if len(a.Suggestions) == 0 || a.Suggestions[0].Name != "MAX_ITEMS_PER_ORDER" {
			t.Errorf("%q: first name %v, want MAX_ITEMS_PER_ORDER", q, a.Suggestions)
		}
	}
}
