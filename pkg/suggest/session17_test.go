package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the seventeenth session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestOwnEnglishFirst: a noun's own English is that noun, never another
// noun's alternative spelling: "coins" is coins (game gold listed coins
// among its forms: gold_count), "statements" are statements (not a
// transaction history). The glossary test: no noun lists as a form another
// noun's English or its plural, except a count the plural of what it
// counts ("replicas": replica count).
func TestOwnEnglishFirst(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "variable counting how many coins the player has", naming.KindVariable, "coin_count"},
		{"Java", "list of bank statements for the month", naming.KindVariable, "bankStatements"},
		{"Kotlin", "게임 골드 잔액 변수", naming.KindVariable, "gameGoldBalance"}, // control: 골드 is still gold
	})
	checkNotOffered(t, []notOffered{
		{"Python", "variable counting how many coins the player has", naming.KindVariable, "num_golds"},
	})
	g := loadGlossary()
	own := map[string]string{}
	for _, tm := range g.terms {
		if tm.Class == 'n' {
			own[tm.en()], own[plural(tm.en())] = tm.en(), tm.en()
		}
	}
	for _, tm := range g.terms {
		if tm.Class != 'n' {
			continue
		}
		for _, f := range tm.Forms {
			o, ok := own[f]
			if x, count := strings.CutSuffix(tm.en(), " count"); !ok || o == tm.en() || f == tm.en() || count && plural(x) == f {
				continue
			}
			t.Errorf("noun %q lists %q, the noun %q's English, as a form of its own", tm.en(), f, o)
		}
	}
}

// TestEnglishPerfect: "has (already) picked up" is the perfect of a phrasal
// verb, read as the past (isOrderPickedUp), not possession or duty
// (hasPickedUpOrders, shouldPickUpOrder); a phrasal verb whose first word
// is inflected is the verb ("signed up": was up?); the one who did it,
// before a finite verb, is not its object (the rider picked up the order
// from the restaurant: was isRiderPickedUp).
func TestEnglishPerfect(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "flag for whether the courier has already picked up the parcel from the store", naming.KindVariable, "isParcelPickedUp"},
		{"Python", "whether the driver has picked up the package", naming.KindFunction, "has_picked_up_package"},
		{"Ruby", "whether the visitor has signed up", naming.KindFunction, "has_signed_up?"},
		{"Go", "whether the rider picked up the order from the restaurant", naming.KindVariable, "isOrderPickedUp"},
		{"Java", "whether the form has unsaved changes", naming.KindVariable, "hasUnsavedChanges"}, // control: possession
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "flag for whether the courier has already picked up the parcel from the store", naming.KindVariable, "shouldPickUpParcel"},
		{"TypeScript", "flag for whether the courier has already picked up the parcel from the store", naming.KindVariable, "isCourierPickedUp"},
		{"Python", "whether the driver has picked up the package", naming.KindFunction, "has_picked_up_packages"},
	})
}

// TestNounSense: 표 beside a show, a train or a seat is a ticket, elsewhere
// a table; a seat (자리) in a parking lot is a spot.
func TestNounSense(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "콘서트 남은 표 개수 변수", naming.KindVariable, "availableTicketCount"}, // tickets left are available ones (35th session)
		{"Kotlin", "기차 표 예매하는 함수", naming.KindFunction, "bookTrainTicket"},
		{"Python", "주차장 빈 자리 목록", naming.KindVariable, "available_spots"},
		{"Python", "표 형식으로 출력하는 함수", naming.KindFunction, "print_with_table_format"}, // control: a table
		{"Kotlin", "영화관 빈 자리 목록", naming.KindVariable, "availableSeats"},             // control: a seat
	})
}

// TestHandledReturns: 반품/교환 처리 handles the return or the exchange
// (반품 처리하는 함수 had no name: return read as the verb; 교환 was swap);
// 환불 처리 is still refunding.
func TestHandledReturns(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "반품 처리하는 함수", naming.KindFunction, "processReturn"},
		{"Kotlin", "쇼핑몰 교환 처리하는 메서드", naming.KindFunction, "processExchange"},
		{"Go", "주문 환불 처리하는 함수", naming.KindFunction, "refundOrder"}, // control
	})
}

// TestNoLongerSilent: questions that got no name at all: homing a device
// (원점으로 복귀시키는), stepping a physics world, 진행하다 (결제 진행하는:
// processPayment), and the words encoder and pulse; 진행 상태/상황 is the
// progress, 진행 단계 a stage.
func TestNoLongerSilent(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "CNC 헤드를 원점으로 복귀시키는 함수", naming.KindFunction, "return_home"},
		{"C#", "물리 엔진을 한 스텝 진행시키는 메서드", naming.KindFunction, "Step"},
		{"Java", "정기 결제 진행하는 함수", naming.KindFunction, "processRecurringPayment"},
		{"C", "엔코더 값 읽는 함수", naming.KindFunction, "read_encoder"},
		{"Kotlin", "파일 업로드 진행 상태 변수", naming.KindVariable, "fileUploadProgress"},
		{"TypeScript", "배송 진행 단계 enum", naming.KindClass, "DeliveryStage"},
	})
}

// TestMemberListAfterColon: members listed after a colon are examples, not
// the question (the part before the colon was dropped as a label: no name
// at all); a label before a colon still goes.
func TestMemberListAfterColon(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "enum for the state of a ticket: open, assigned, resolved, closed", naming.KindClass, "TicketState"},
		{"TypeScript", "union type for the delivery method: courier, pickup, or locker", naming.KindClass, "DeliveryMethod"},
		{"Kotlin", "회원 등급 enum: 일반, 실버, 골드, VIP", naming.KindClass, "MembershipTier"},
		{"Java", "C#: async method that loads the user profile from the api", naming.KindFunction, "loadUserProfileAsync"}, // control: a label
	})
}

// TestTypeOfMethod: "method" after a noun in a question that asks for a
// type is a way of doing it (DeliveryMethod, was Delivery and getDelivery).
func TestTypeOfMethod(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "union type for the delivery method", naming.KindClass, "DeliveryMethod"},
		{"Java", "enum for the contact method", naming.KindClass, "ContactMethod"},
		{"Java", "method that returns the payment method of an order", naming.KindFunction, "getPaymentMethod"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Java", "enum for the contact method", naming.KindFunction, "getContact"},
	})
}

// TestOwnerSaidOnce: the owner of the key a thing is found by is said once
// (getUserById, was getUserByUserId); a different owner stays
// (getCommentsByPostId).
func TestOwnerSaidOnce(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "쿠폰 ID로 쿠폰 가져오는 함수", naming.KindFunction, "getCouponById"},
		{"Python", "function that finds an invoice by invoice number", naming.KindFunction, "find_invoice_by_number"},
		{"Rust", "config 구조체를 config toml 파일에서 만드는 함수", naming.KindFunction, "config_from_toml_file"},
		{"Kotlin", "게시글 id로 댓글 목록 가져오는 함수", naming.KindFunction, "getCommentsByPostId"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "쿠폰 ID로 쿠폰 가져오는 함수", naming.KindFunction, "getCouponByCouponId"},
	})
}

// TestNowAsBasis: today or now as the 기준 judges, it groups nothing
// (오늘 날짜 기준으로 만료된 쿠폰: getExpiredCoupons, was
// getExpiredCouponsByTodayDate); a date as the 기준 still groups. A sensor
// value read is the sensor's value (was read_reading).
func TestNowAsBasis(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "오늘 날짜 기준으로 만료된 포인트 목록 가져오는 메서드", naming.KindFunction, "getExpiredPoints"},
		{"Kotlin", "지금 기준으로 유효한 쿠폰 개수", naming.KindVariable, "validCouponCount"},
		{"Java", "날짜 기준으로 주문 묶는 함수", naming.KindFunction, "groupOrdersByDate"}, // control
		{"Python", "5초마다 센서 값 읽는 함수", naming.KindFunction, "read_sensor_value"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "오늘 날짜 기준으로 만료된 포인트 목록 가져오는 메서드", naming.KindFunction, "getExpiredPointsByTodayDate"},
		{"Python", "5초마다 센서 값 읽는 함수", naming.KindFunction, "read_reading"},
	})
}

// TestStateHoldsValue: a UI state (상태) that holds a value is the value
// (검색어 입력값 상태: searchQueryInput, was searchQueryInputStatus); an
// order's 상태 is still its status.
func TestStateHoldsValue(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "상품 검색 입력값 상태", naming.KindVariable, "productSearchInput"},
		{"JavaScript", "찜한 상품 목록 상태", naming.KindVariable, "favoriteProducts"},
		{"Kotlin", "주문 상태 변수", naming.KindVariable, "orderStatus"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "현재 선택된 탭 인덱스 상태", naming.KindVariable, "selectedTabIndexStatus"},
	})
}

// TestEventProps: "onClick handler for the submit button" names the event
// (handleSubmitClick, was handleClick: on read as a preposition); "times
// out" is a phrasal verb (onRequestTimedOut, was onOutTimed).
func TestEventProps(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "onClick handler for the checkout button", naming.KindFunction, "handleCheckoutButtonClick"},
		{"Go", "function called when the upload times out", naming.KindFunction, "onUploadTimedOut"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "function called when the upload times out", naming.KindFunction, "onOutTimed"},
		{"C++", "slot that is called when the timer times out", naming.KindFunction, "handle_out_time"},
	})
}

// TestPlacedInList: 즐겨찾기 is the favorites (bookmarks are 북마크), and
// things added to such a list are named for it (즐겨찾기에 추가한 도시:
// favoriteCities, was addedCities); what a cache or a database holds is
// not named for it.
func TestPlacedInList(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "즐겨찾기에 추가한 식당 배열", naming.KindVariable, "favoriteRestaurants"},
		{"Java", "즐겨찾기 추가하는 함수", naming.KindFunction, "addFavorite"},
		{"Java", "DB에 저장된 회원 수", naming.KindVariable, "memberCount"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "즐겨찾기에 추가한 식당 배열", naming.KindVariable, "addedRestaurants"},
	})
}

// TestStateReasonKo: a state whose Korean is a noun (만료, 완료, 활성) reads
// in a Korean reason as the question wrote it (만료된 세션; was 만룐 세션,
// 완룐 작업, 활성은 계정), a state with 있다 as 있는 (닫혀 있은 → 닫혀 있는).
func TestStateReasonKo(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Go", "만료된 토큰 지우는 함수", "deleteExpiredTokens", "만료된 토큰"},
		{"Python", "완료된 주문 개수", "completed_order_count", "완료된 주문"},
		{"Java", "활성화된 회원 목록", "activeMembers", "활성화된 회원"},
		{"TypeScript", "닫힌 창 목록", "closedWindows", "닫혀 있는 창"},
		{"Java", "재고 없는 부품 목록", "outOfStockParts", "재고 없는 부품"},
		{"Kotlin", "동기화되지 않은 메모 목록", "unsyncedNotes", "동기화되지 않은 메모"},
	})
}

// TestStateSaidLast: a past state said last after its subject in a yes/no
// question is the predicate ("whether the job failed": isJobFailed, was
// isFailedJob; "the backup failed" was isBackedUp, the opposite); a
// buffer is no buff (ring buffer class: was StatusEffect).
func TestStateSaidLast(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "whether the export failed", naming.KindVariable, "isExportFailed"},
		{"Go", "whether the backup failed", naming.KindVariable, "isBackupFailed"},
		{"Go", "whether the download finished", naming.KindVariable, "isDownloadFinished"},
		{"Python", "class that implements a ring buffer", naming.KindClass, "RingBuffer"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "whether the export failed", naming.KindVariable, "isFailedExport"},
		{"Go", "whether the backup failed", naming.KindVariable, "isBackedUp"},
		{"C++", "class that holds a fixed-size ring buffer of samples", naming.KindClass, "StatusEffect"},
	})
}

// TestReasonKoreanForms: Korean reasons conjugate the verb (삭제할 수 있는지,
// 읽을 수 있는지, 켤지, 껐는지; were 삭제하할, 읽할, 켜할, 끄했는지), drop a
// particle with no noun before it (was "을(를) 삭제하할…"), choose the
// particle after Latin letters and digits (URL을, API를; was 을(를)),
// write acronyms in capitals (URL, JSON, DTO, HTTP; were 유알엘, 제이슨,
// 디티오, http), take 로 after ㄹ (파일로; was 파일으로) and say a count
// as 수 or 횟수 (was 개수(횟수)).
func TestReasonKoreanForms(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"Python", "삭제 가능한지 여부", "can_delete", "삭제할 수 있는지 나타냅니다."},
		{"Java", "읽을 수 있는 파일인지", "canReadFile", "파일을 읽을 수 있는지 나타냅니다."},
		{"Java", "디버그 모드 켤지 여부", "shouldEnableDebugMode", "디버그 모드를 켤지 정하는 불리언입니다."},
		{"Java", "자동 저장 껐는지", "hasDisabledAutoSave", "이미 껐는지 나타내는 불리언입니다."},
		{"Kotlin", "비밀번호 재설정해야 하는지", "shouldResetPassword", "비밀번호를 초기화해야 하는지 나타냅니다."},
		{"Go", "URL 파싱하는 함수", "parseURL", "URL을 파싱하는 함수입니다."},
		{"Python", "JSON 파일 읽는 함수", "read_json_file", "JSON 파일을 읽는 함수입니다."},
		{"Go", "HTTP 서버 시작하는 함수", "startHTTPServer", "HTTP 서버를 시작하는 함수입니다."},
		{"Python", "파일로 저장", "save_with_file", "파일로 저장하는"},
		{"Python", "읽지 않은 메시지 수", "unread_message_count", "읽지 않은 메시지 수입니다."},
		{"Python", "캐시에 적중했는지 여부", "should_cache_hit", "적중을 캐시할지"}, // a verb written as its noun (was 캐실지)
		{"Python", "캐시에 적중했는지 여부", "has_cached_hit", "이미 캐시했는지"},   // (was 캐셨는지)
	})
	for _, tt := range []struct{ word, particle string }{
		{"URL", "URL을"}, {"API", "API를"}, {"DTO", "DTO를"}, {"3", "3을"}, {"5", "5를"}, {"token", "token을"}, {"user", "user를"}, {"map", "map을"}, {"", ""},
	} {
		if got := josa(tt.word, "을", "를"); got != tt.particle {
			t.Errorf("josa(%q) = %q, want %q", tt.word, got, tt.particle)
		}
	}
}

// TestKeyedBy: things said with X별 are a value for each X: counts by X
// first (상태별 주문 수: orderCountByStatus, was orderCount), things by X
// plural (카테고리별 상품: productsByCategory, was product), an amount one
// for each X (부서별 평균 연봉: averageSalaryByDepartment).
func TestKeyedBy(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "상태별 티켓 수", naming.KindVariable, "ticketCountByStatus"},
		{"TypeScript", "브랜드별 상품", naming.KindVariable, "productsByBrand"},
		{"Kotlin", "날짜별 식단 기록", naming.KindVariable, "mealLogsByDate"},
		{"Python", "부서별 평균 연봉", naming.KindVariable, "average_salary_by_department"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "브랜드별 상품", naming.KindVariable, "productByBrand"},
	})
}

// TestCurrentUserActed: the phrasebook's getCurrentUser answers a question
// that gets the signed-in user, not one that logs them out, deletes or
// updates them (was getCurrentUser first for all).
func TestCurrentUserActed(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "function that logs out the current user", naming.KindFunction, "logoutCurrentUser"},
		{"Swift", "function that updates the current user's nickname", naming.KindFunction, "updateNickname"},
		{"JavaScript", "function that gets the current user", naming.KindFunction, "getCurrentUser"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"JavaScript", "function that logs out the current user", naming.KindFunction, "getCurrentUser"},
	})
}

// TestRoleNouns: role nouns a coverage probe found dropped unread (로더,
// 익스포터, 크롤러 …): 텍스처 로더 클래스 is TextureLoader (was Texture).
func TestRoleNouns(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "폰트 로더 클래스", naming.KindClass, "FontLoader"},
		{"Java", "PDF 익스포터 클래스", naming.KindClass, "PdfExporter"},
		{"Go", "로거 인스턴스 변수", naming.KindVariable, "logger"},
	})
}

// TestExcludedOnes: things said with 제외한/제외하고/빼고 are the others:
// 비활성 유저 제외한 목록 is activeUsers (was inactiveUsers, the opposite),
// 관리자 제외한 회원 수 nonAdminMemberCount, 빈 줄 빼고 읽기 reads the lines
// that are not blank (was subtract_blank_line_and_read).
func TestExcludedOnes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "비활성 계정 제외한 목록", naming.KindVariable, "activeAccounts"},
		{"Kotlin", "관리자 제외한 회원 수", naming.KindVariable, "nonAdminMemberCount"},
		{"Python", "빈 줄 빼고 읽기", naming.KindFunction, "read_non_blank_line"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "비활성 계정 제외한 목록", naming.KindVariable, "inactiveAccounts"},
		{"Go", "테스트 파일 빼고 파일 목록 가져오기", naming.KindFunction, "subtractTestFileAndGetFile"},
	})
}

// TestDoneWell: "successfully", "without errors" are how a yes/no flag's
// event went, no word of it ("whether the file was opened successfully":
// is_file_open, was is_open_successfully).
func TestDoneWell(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "boolean whether the socket was opened successfully", naming.KindVariable, "is_socket_open"},
		{"Java", "whether the receipt was sent successfully", naming.KindVariable, "isReceiptSent"},
		{"TypeScript", "whether the export completed without errors", naming.KindVariable, "isExportComplete"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "boolean whether the socket was opened successfully", naming.KindVariable, "is_open_successfully"},
	})
}

// TestWhoDidIt: the person who did something is its doer: "the user who
// sent the message" is messageSender (was sendMessage), "the id of the
// user who created the document" documentCreatorId.
func TestWhoDidIt(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "the user who sent the invitation", naming.KindVariable, "invitationSender"},
		{"Python", "name for the person who approved the order", naming.KindVariable, "approver"},
		{"Python", "name for the id of the user who created the post", naming.KindVariable, "post_creator_id"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "the user who sent the invitation", naming.KindFunction, "sendInvitation"},
	})
}

// TestAnyOrNone: "whether any items are selected" asks whether there are
// selected items (hasSelectedItems, was isItemsSelected); "none of the
// fields are empty" whether there are no empty ones (hasNoEmptyFields, was
// isFieldsEmpty, the opposite).
func TestAnyOrNone(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "whether any rows are selected", naming.KindVariable, "hasSelectedRows"},
		{"Kotlin", "whether at least one checkbox is checked", naming.KindVariable, "hasCheckedCheckboxes"},
		{"TypeScript", "whether none of the inputs are empty", naming.KindVariable, "hasNoEmptyInputs"},
		{"Java", "whether any of the invoices are unpaid", naming.KindVariable, "hasUnpaidInvoices"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "whether none of the inputs are empty", naming.KindVariable, "isInputsEmpty"},
	})
}

// TestBareConvert: "A를 B로" with no verb or kind asks for the conversion
// (킬로그램을 파운드로: kg_to_lbs, was the variable kg; 문자열을 LocalDate로
// 변환: parseLocalDate, was stringDate).
func TestBareConvert(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "킬로그램을 파운드로", naming.KindFunction, "kg_to_lbs"},
		{"Java", "문자열을 LocalDate로 변환", naming.KindFunction, "toLocalDate"},
		{"Go", "유닉스 타임스탬프를 time.Time으로", naming.KindFunction, "unixToTime"},
	})
}

type reasonCase struct{ lang, q, name, want string }

// checkReasons asks every question and reports each whose named
// suggestion is missing or whose reason does not say want.
func checkReasons(t *testing.T, tests []reasonCase) {
	t.Helper()
	for _, tt := range tests {
		a := Suggest(naming.Spec{Language: tt.lang}, tt.q)
		found := false
		for _, s := range a.Suggestions {
			if s.Name == tt.name {
				found = true
				if !strings.Contains(s.Reason, tt.want) {
					t.Errorf("%s %q: %s's reason %q, want it to say %q", tt.lang, tt.q, s.Name, s.Reason, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s %q: no %s in %v", tt.lang, tt.q, tt.name, a.Suggestions)
		}
	}
}

// TestStateKo: a state in progress is asked as 중인지 (로딩 중인지; was 로딩
// 중 상태인지), and 켜다/끄다/열다 states read as their passive (켜진, 꺼진,
// 열린 상태; were 켠, 끈, 연 상태).
func TestStateKo(t *testing.T) {
	checkReasons(t, []reasonCase{
		{"TypeScript", "로딩 중인지 여부", "isLoading", "로딩 중인지 나타내는"},
		{"Java", "알림 껐는지", "isNotificationDisabled", "꺼진 상태인지"},
		{"Kotlin", "이미 열었는지", "isOpened", "열린 상태인지"},
	})
}

// TestSubtractAmount: a number taken from is subtracted, hp among the
// numbers (one list now: 플레이어 체력 빼는 함수 was removePlayerHp).
func TestSubtractAmount(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "플레이어 체력 빼는 함수", naming.KindFunction, "subtractPlayerHp"},
	})
}
