package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestKoreanCounters: a counter with its number (N개, 여러 장, 몇 명) makes
// the counted noun plural and is no word of the name; 모든/전부/모두 with
// an action is "all".
func TestKoreanCounters(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "사진 여러 장 업로드하는 함수", naming.KindFunction, "uploadPhotos"},
		{"TypeScript", "쿠폰 두 장 발급하는 함수", naming.KindFunction, "issueCoupons"},
		{"Python", "파일 여러 개 압축하는 함수", naming.KindFunction, "compress_files"},
		{"Python", "세 개의 파일을 압축하는 함수", naming.KindFunction, "compress_files"},
		{"Java", "사용자 몇 명 초대하는 메서드", naming.KindFunction, "inviteUsers"},
		{"Kotlin", "주문 3건 취소하는 함수", naming.KindFunction, "cancelOrders"},
		{"JavaScript", "모든 탭 닫는 함수", naming.KindFunction, "closeAllTabs"},
		{"JavaScript", "열린 창 모두 닫는 함수", naming.KindFunction, "closeAllOpenWindows"},
		{"Go", "알림 전부 삭제하는 함수", naming.KindFunction, "deleteAllNotifications"},
		{"Go", "모든 사용자 수", naming.KindVariable, "userCount"},
	})
}

// TestKoreanKeptState: -아/어 두다/놓다 is the state an action left: a
// participle before its noun, the state of a yes/no question.
func TestKoreanKeptState(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "저장해 둔 검색어 목록", naming.KindVariable, "savedSearchQueries"},
		{"TypeScript", "저장해둔 검색어 목록", naming.KindVariable, "savedSearchQueries"},
		{"Kotlin", "미리 받아놓은 이미지 목록", naming.KindVariable, "receivedImages"},
		{"Swift", "켜 둔 알람 개수", naming.KindVariable, "enabledAlarmCount"},
		{"JavaScript", "열어 둔 탭 목록", naming.KindVariable, "openedTabs"},
		{"Java", "파일을 저장해 뒀는지 확인하는 함수", naming.KindFunction, "isFileSaved"},
	})
}

// TestKoreanInProgress: a verbal noun with 중인 before a noun is its -ing
// form; X 처리된 is the state X.
func TestKoreanInProgress(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "다운로드 중인 파일 목록", naming.KindVariable, "downloadingFiles"},
		{"Python", "업로드중인 이미지 개수", naming.KindVariable, "uploading_image_count"},
		{"Go", "동기화 중인 폴더 목록", naming.KindVariable, "syncingDirectories"},
		{"Java", "입원 중인 환자 목록", naming.KindVariable, "admittedPatients"},
		{"Kotlin", "숨김 처리된 댓글 수", naming.KindVariable, "hiddenCommentCount"},
	})
}

// TestKoreanPurpose: a purpose clause (-려고, -기 위해(서), -려면) says why
// the value exists, not what it is; a bare attribute (version, key) takes
// the object of that purpose as its owner.
func TestKoreanPurpose(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "통계 내려고 클릭 수 세는 변수", naming.KindVariable, "clickCount"},
		{"TypeScript", "캐시 무효화하기 위해 버전 저장하는 변수", naming.KindVariable, "cacheVersion"},
		{"Kotlin", "화면 갱신하기 위해서 마지막 스크롤 위치 저장하는 변수", naming.KindVariable, "lastScrollPosition"},
		{"Go", "로그인을 위해 토큰 저장하는 변수", naming.KindVariable, "loginToken"},
		{"Python", "세션 유지하려고 쓰는 키 상수", naming.KindConstant, "SESSION_KEY"},
		{"Java", "정렬하려면 필요한 비교 함수", naming.KindVariable, "comparator"},
	})
}

// TestKoreanUnitSuffixes: a unit with 짜리, 마다 or a number written on it
// (30분짜리, 5초마다, 500ms마다) is the constant's unit; the action of an
// interval names it (폴링하는 간격: pollInterval).
func TestKoreanUnitSuffixes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "30분짜리 세션 만료 시간 상수", naming.KindConstant, "SESSION_TIMEOUT_MINUTES"},
		{"Java", "5초마다 폴링하는 간격 상수", naming.KindConstant, "POLL_INTERVAL_SECONDS"},
		{"TypeScript", "1분마다 동기화 주기 상수", naming.KindConstant, "SYNC_INTERVAL_MINUTES"},
		{"Kotlin", "500ms마다 재시도하는 지연 시간 상수", naming.KindConstant, "RETRY_DELAY_MS"},
		{"C", "페이지당 게시글 수 상수", naming.KindConstant, "POSTS_PER_PAGE"},
	})
}

// TestKoreanTimeWords: 지금/현재 before a state say nothing the state does
// not; 오늘, 어제, 이번 주 before a clause are the scope of the whole
// phrase, said first; a verb that only restates its noun (걸은 걸음) goes.
func TestKoreanTimeWords(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "지금 로그인해 있는 사용자 수", naming.KindVariable, "loggedInUserCount"},
		{"Go", "현재 접속 중인 사용자 수", naming.KindVariable, "onlineUserCount"},
		{"Java", "현재 위치 변수", naming.KindVariable, "currentLocation"},
		{"Swift", "오늘 걸은 걸음 수", naming.KindVariable, "todayStepCount"},
		{"Kotlin", "어제 가입한 회원 목록", naming.KindVariable, "yesterdaySignedUpMembers"},
		{"Python", "이번 주 방문자 수", naming.KindVariable, "this_week_visitor_count"},
		{"JavaScript", "보낸 메시지 목록", naming.KindVariable, "sentMessages"},
	})
}

// TestKoreanConditionsAndShow: a -면 condition before a function's own
// action on its own object drops out (the action is named); a run or
// handle verb keeps it; 5번 is five times, not 벌다; 보여주다 is show, not
// visible; a conversion shown (바꿔서 보여주는) is the conversion.
func TestKoreanConditionsAndShow(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "비밀번호 틀린 횟수 5번 넘으면 계정 잠그는 함수", naming.KindFunction, "lockAccount"},
		{"Java", "로그인 실패하면 에러 메시지 보여주는 함수", naming.KindFunction, "showErrorMessage"},
		{"Java", "결제 실패하면 처리하는 함수", naming.KindFunction, "handlePaymentFailure"},
		{"TypeScript", "토스트 보여주는 함수", naming.KindFunction, "showToast"},
		{"TypeScript", "UTC 시각을 사용자 시간대로 바꿔서 보여주는 함수", naming.KindFunction, "toUserTimeZone"},
		// an ending after a note in parentheses belongs to the word before it
		{"Python", "파일명이 이미지 확장자(jpg, png 등)인지 판단하는 함수", naming.KindFunction, "is_image_extension"},
	})
	for _, q := range []string{"재연결 몇 번까지 시도할지 상수", "비밀번호 몇 번 틀리면 잠글지"} {
		for _, s := range Suggest(naming.Spec{Language: "Java"}, q).Suggestions {
			if strings.Contains(strings.ToLower(s.Name), "earn") {
				t.Errorf("%q: 번 read as earn: %s", q, s.Name)
			}
		}
	}
	for _, n := range names(Suggest(naming.Spec{Language: "Java"}, "비밀번호 틀린 횟수 5번 넘으면 계정 잠그는 함수"), naming.KindFunction) {
		if strings.Contains(n, "Earn") {
			t.Errorf("5번 read as earn: %s", n)
		}
	}
}

// TestKoreanHashMap: a hash that ends the question is a keyed collection;
// a password hash stays a hash.
func TestKoreanHashMap(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "주문을 날짜별로 묶은 해시", naming.KindVariable, "orders_by_date"},
		{"Ruby", "게시글을 작성자별로 그룹핑한 해시", naming.KindVariable, "posts_by_author"},
		{"Ruby", "비밀번호 해시", naming.KindVariable, "password_hash"},
	})
}

// TestThatOnes: 것 after a state is the thing of the list it is taken
// from; 남기다 after 만 is a filter, not a log.
func TestThatOnes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "상품 리스트에서 품절된 것만 걸러내는 함수", naming.KindFunction, "filterOutOfStockProducts"},
		{"Kotlin", "주문 중에 취소된 것만 모은 리스트", naming.KindVariable, "cancelledOrders"},
		{"JavaScript", "상품 리스트에서 품절 아닌 것만 남기는 함수", naming.KindFunction, "filterInStockProducts"},
	})
}

// TestMixedTerms: an English word and the Korean noun after it that the
// glossary spells as one term are read as that term (HTTP 메서드 is no
// kind word).
func TestMixedTerms(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "HTTP 메서드(GET, POST...) 나타내는 enum", naming.KindClass, "HttpMethod"},
		{"Python", "벡터 db 클라이언트", naming.KindVariable, "vector_database_client"},
	})
}

// TestFilteredOnly: what a filter kept is named by what it kept.
func TestFilteredOnly(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "LINQ로 활성 상태 사용자만 걸러낸 결과 담는 지역 변수", naming.KindVariable, "activeUsers"},
		{"C#", "주문 목록에서 결제 완료된 주문만 골라낸 배열", naming.KindVariable, "paidOrders"},
		{"C#", "활성 사용자만 걸러내는 함수", naming.KindFunction, "FilterActiveUsers"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "C#"}, "주문 목록에서 결제 완료된 주문만 골라낸 배열"), naming.KindVariable) {
		if strings.HasPrefix(n, "filter") || strings.HasPrefix(n, "get") {
			t.Errorf("a variable named like a function: %s", n)
		}
	}
}

// TestManage: 관리하다 is manage (it was unknown and dropped).
func TestManage(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "장바구니 관리하는 클래스", naming.KindClass, "CartManager"},
		{"TypeScript", "웹소켓 연결 관리하는 클래스 (재연결, 하트비트 포함)", naming.KindClass, "WebSocketConnectionManager"},
	})
}

// TestSupport: 지원하는 X are supported; 공고에 지원하는 applies.
func TestSupport(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "지원하는 통화 코드 목록 상수 (KRW, USD, JPY)", naming.KindConstant, "SUPPORTED_CURRENCY_CODES"},
		{"Java", "채용 공고에 지원하는 함수", naming.KindFunction, "applyToJobPosting"},
	})
}

// TestUniqueModifier: what deduplication left is unique, not deduplicated.
func TestUniqueModifier(t *testing.T) {
	checkTopThree(t, []topThree{{"Python", "중복 제거한 태그 집합 (set으로 씀)", naming.KindVariable, "unique_tags"}})
}

// TestContainerKinds: 방문하다 is visit; a HashSet or ArrayList that holds
// a thing is the kind asked, not part of the name.
func TestContainerKinds(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "방문한 노드 담는 HashSet", naming.KindVariable, "visited_nodes"},
		{"Java", "주문 담는 ArrayList", naming.KindVariable, "orders"},
	})
}

// TestDoneParticiple: a verbal noun then 완료된 is the verb's participle;
// a kind word counted is a noun; a time with 에 is no target.
func TestDoneParticiple(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "배치 작업에서 처리 완료된 레코드 수", naming.KindVariable, "processedCount"},
		{"Java", "업로드 완료된 파일 목록", naming.KindVariable, "uploadedFiles"},
		{"Swift", "이번 달에 남은 무료 다운로드 횟수 계산하는 함수", naming.KindFunction, "calculateRemainingFreeDownloadCount"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "Swift"}, "이번 달에 남은 무료 다운로드 횟수 계산하는 함수"), naming.KindFunction) {
		if strings.Contains(n, "ToThisMonth") {
			t.Errorf("a time read as a target: %s", n)
		}
	}
}

// TestConnectedClients: clients are connected, people online.
func TestConnectedClients(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "현재 접속 중인 클라이언트 수 멤버 변수", naming.KindVariable, "connected_client_count"},
		{"Java", "접속 중인 유저 목록", naming.KindVariable, "onlineUsers"},
	})
}

// TestUsedWhen: a when clause then 쓰는/필요한 says where a thing is used;
// the thing is named, not a handler; a constant of an expiry is a TTL.
func TestUsedWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "장바구니 총액 계산할 때 쓰는 할인 적용 함수", naming.KindFunction, "applyDiscount"},
		{"TypeScript", "로그인할 때 쓰는 토큰 저장 변수", naming.KindVariable, "loginToken"},
		{"Java", "비밀번호 재설정 토큰 만료 시간 상수", naming.KindConstant, "PASSWORD_RESET_TOKEN_TTL"},
	})
}

// TestExceptionNames: 예외 at the end asks for a type; an exception is a
// failure already (TextureLoadException first); Python, Ruby, JS/TS, Rust,
// Swift and Go name them …Error; out of a store one gets, not pops; an
// email link's expiry is no email verification.
func TestExceptionNames(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "텍스처 로드 실패 예외", naming.KindClass, "TextureLoadException"},
		{"Python", "결제가 실패했을 때 던질 예외", naming.KindClass, "PaymentError"},
		{"Java", "결제가 실패했을 때 던질 예외", naming.KindClass, "PaymentException"},
		{"JavaScript", "로컬스토리지에서 토큰 꺼내오는 함수", naming.KindFunction, "getToken"},
		{"PHP", "이메일 인증 링크 만료 여부", naming.KindVariable, "$isLinkExpired"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "Python"}, "결제가 실패했을 때 던질 예외"), naming.KindClass) {
		if strings.HasSuffix(n, "Exception") {
			t.Errorf("a Python exception named %s", n)
		}
	}
}

// TestSwitchedOn: a light or a device is on, a feature enabled; LED is no
// lead.
func TestSwitchedOn(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "LED 켜져있는지 상태 변수", naming.KindVariable, "is_led_on"},
		{"TypeScript", "다크모드 켜져있는지", naming.KindVariable, "isDarkModeEnabled"},
	})
}

// TestListedVerbalNoun: a verbal noun listed is the thing listed (활성 연결
// 목록 → activeConnections, not connect); plural words take their short
// form too (chansBySubscriber).
func TestListedVerbalNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "활성 연결 목록", naming.KindVariable, "activeConnections"},
		{"Go", "구독자별 채널을 담는 맵 변수", naming.KindVariable, "chansBySubscriber"},
	})
}

// TestWhenCondition: a when clause (V할 때) before a function's own action
// on its own object is a condition like -면: the action is named.
func TestWhenCondition(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "앱 종료할 때 임시 파일 삭제하는 함수", naming.KindFunction, "removeTempFiles"},
		{"Kotlin", "로그아웃할 때 로컬 캐시랑 토큰 지우는 함수", naming.KindFunction, "clearSession"}, // actions.tsv names it (the yes/no misreading of 큰지 that hid the line is gone)
		{"Kotlin", "버튼 클릭할 때 실행되는 함수", naming.KindFunction, "onButtonClicked"},
	})
}

// TestEditContent: people edit what they wrote; data is updated.
func TestEditContent(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "댓글 수정하는 함수", naming.KindFunction, "editComment"},
		{"Java", "재고 수량 수정하는 함수", naming.KindFunction, "updateStockQuantity"},
	})
}

// TestEnemy: 적 before a noun is the enemy; after a verb (한 적 있는) it is
// experience.
func TestEnemy(t *testing.T) {
	checkTopThree(t, []topThree{{"C++", "씬에 있는 적 오브젝트들 담는 벡터", naming.KindVariable, "enemies"}})
	for _, s := range Suggest(naming.Spec{Language: "Java"}, "로그인 한 적 있는 사용자").Suggestions {
		if strings.Contains(strings.ToLower(s.Name), "enem") {
			t.Errorf("experience read as an enemy: %s", s.Name)
		}
	}
}
