package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// Egregious answers found on fresh questions, and the general cause fixed.

// A one-syllable verb stem (사다: 사) is not read inside another word
// (사용 is not 사 + 용), and 사용하다 is the verb use.
func TestHuntOneSyllableStem(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "다크 모드 사용 여부", naming.KindVariable, "isDarkModeEnabled"},
		{"Java", "마지막 사용 시각", naming.KindVariable, "lastUsedAt"},
		{"Python", "사용여부 필드", naming.KindVariable, "enabled"},
		{"Kotlin", "알림 사용 여부 플래그", naming.KindVariable, "isNotificationEnabled"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "다크 모드 사용 여부", naming.KindVariable, "isDarkModePurchased"},
		{"Java", "마지막 사용 시각", naming.KindVariable, "lastPurchaseAt"},
		{"Python", "사용여부 필드", naming.KindVariable, "is_purchased"},
	})
}

// 사용하는지, 이용하는지, 필요한지 asked of a thing (a verbal noun too) is
// its state: used, required.
func TestHuntUsedRequiredState(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "캐시를 사용하는지", naming.KindVariable, "isCacheUsed"},
		{"Swift", "위치 정보를 이용하는지", naming.KindVariable, "isGeolocationUsed"},
		{"Java", "결제 정보가 필요한지", naming.KindVariable, "isPaymentRequired"},
		{"Java", "쿠폰 사용 여부", naming.KindVariable, "isCouponUsed"},
	})
}

// A literal (null, None, nil, undefined, NaN) or a type word (숫자, 배열,
// 리스트) before 인지 is what the value is asked to be.
func TestHuntLiteralPredicate(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "이 값이 None인지 체크", naming.KindVariable, "is_none"},
		{"Java", "값이 null인지 확인", naming.KindFunction, "isNull"},
		{"JavaScript", "변수가 undefined인지", naming.KindVariable, "isUndefined"},
		{"Python", "값이 NaN인지", naming.KindVariable, "is_nan"},
		{"Go", "에러가 nil인지", naming.KindVariable, "isNil"},
		{"Python", "입력이 숫자인지", naming.KindVariable, "is_numeric"},
		{"JavaScript", "값이 배열인지", naming.KindVariable, "isArray"},
		{"Python", "값이 리스트인지", naming.KindVariable, "is_list"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "입력이 숫자인지", naming.KindVariable, "input_count"},
		{"Python", "값이 리스트인지", naming.KindVariable, "ises"},
	})
}

// An error inside the when-clause is the condition, not the exception
// the question names.
func TestHuntErrorInCondition(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "에러 발생 시 재시도 간격", naming.KindVariable, "retryInterval"},
		{"TypeScript", "네트워크 오류 시 재시도 횟수", naming.KindVariable, "retryCount"},
		{"Go", "에러 발생 시 호출되는 함수", naming.KindFunction, "onError"},
		{"Kotlin", "에러 발생 시 실행할 콜백", naming.KindFunction, "onError"},
		{"Python", "재고가 부족할 때 던지는 예외", naming.KindClass, "OutOfStockError"},
		{"Java", "exception thrown when a user is not found", naming.KindClass, "UserNotFoundException"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "네트워크 오류 시 재시도 횟수", naming.KindClass, ""},
		{"C#", "서버 오류 시 표시할 문구", naming.KindClass, ""},
	})
}

// A Korean place (게시글에) is the English object of like, tag, label;
// an entity is no container to add into (addReaction before addToMessage).
func TestHuntTargetAsObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "게시글에 좋아요 누르기", naming.KindFunction, "LikePost"},
		{"Java", "사진에 태그 달기", naming.KindFunction, "tagPhoto"},
		{"Go", "이슈에 라벨 붙이기", naming.KindFunction, "labelIssue"},
		{"Java", "게시글에 투표하기", naming.KindFunction, "voteOnPost"},
		{"Swift", "메시지에 반응 추가", naming.KindFunction, "addReactionToMessage"},
		{"Kotlin", "채널에 구독하기", naming.KindFunction, "subscribeToChannel"},
		{"Python", "장바구니에 상품 추가", naming.KindFunction, "add_to_cart"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "게시글에 좋아요 누르기", naming.KindFunction, "LikeToPost"},
		{"Java", "사진에 태그 달기", naming.KindFunction, "tagToPhoto"},
	})
	if got := names(Suggest(naming.Spec{Language: "Swift"}, "메시지에 반응 추가"), naming.KindFunction); len(got) == 0 || got[0] != "addReaction" {
		t.Errorf("메시지에 반응 추가: %v, want addReaction first", got)
	}
}

// A yes/no comparison with a number is positive, negative or a threshold,
// not large or small.
func TestHuntThanNumber(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "상품 가격이 0보다 큰지", naming.KindVariable, "isPricePositive"},
		{"Kotlin", "잔액이 0보다 작은지", naming.KindVariable, "isBalanceNegative"},
		{"Python", "점수가 100보다 작은지", naming.KindVariable, "is_below_threshold"},
		{"Java", "온도가 30보다 높은지", naming.KindVariable, "isAboveThreshold"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "상품 가격이 0보다 큰지", naming.KindVariable, "isPriceLarge"},
		{"Python", "점수가 100보다 작은지", naming.KindVariable, "is_score_small"},
	})
}

// An English noun that is also a verb (delegate, cache, queue) before
// for/with names the thing, and what follows for owns it.
func TestHuntArtifactFor(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "delegate for table view selection", naming.KindVariable, "tableViewSelectionDelegate"},
		{"Go", "cache for user sessions", naming.KindVariable, "userSessionCache"},
		{"Java", "a queue for background jobs", naming.KindVariable, "backgroundJobQueue"},
		{"Go", "timer for session timeout", naming.KindVariable, "sessionTimeoutTimer"},
		{"Python", "cache the result for 5 minutes", naming.KindFunction, "cache_result"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "delegate for table view selection", naming.KindFunction, ""},
		{"TypeScript", "generic cache with expiration", naming.KindFunction, ""},
		{"Go", "channel for shutdown signal", naming.KindFunction, ""},
	})
}

// A kind word after into/to in an action's sentence is what the action
// makes, not the kind asked.
func TestHuntKindAsTarget(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "parse a config file into a struct", naming.KindFunction, "parse_config"},
		{"Go", "decode the JSON body into a struct", naming.KindFunction, "decodeJSON"},
	})
	if a := Suggest(naming.Spec{Language: "Rust"}, "parse a config file into a struct"); len(a.Suggestions) == 0 || a.Suggestions[0].Kind != naming.KindFunction {
		t.Errorf("parse a config file into a struct: %v, want a function first", a.Suggestions)
	}
}

// 반환 after an action (읽어서 ... 반환) is how the result comes back: the
// action names the function, and the form (문자열로) is no input.
func TestHuntReturnAfterAction(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "파일 내용을 읽어서 문자열로 반환", naming.KindFunction, "read_file"},
		{"Python", "사용자 목록을 불러와서 반환", naming.KindFunction, "load_users"},
		{"Go", "설정 파일을 읽어서 구조체로 반환하는 함수", naming.KindFunction, "loadConfig"}, // (loadConfig since the thirty-seventh session: r4, r31 and r43 reviewers write LoadConfig first)
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "파일 내용을 읽어서 문자열로 반환", naming.KindFunction, "return_file"},
		{"Rust", "파일 내용을 읽어서 문자열로 반환", naming.KindFunction, "read_with_string"},
		{"Go", "설정 파일을 읽어서 구조체로 반환하는 함수", naming.KindFunction, "readWithStruct"},
	})
}

// A compound noun ending in a check word (권한 확인, 상태 확인) that ends
// the question asks to check its noun.
func TestHuntCheckAtEnd(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "권한 확인", naming.KindFunction, "checkPermission"},
		{"Java", "서버 상태 확인", naming.KindFunction, "checkServerStatus"},
		{"Kotlin", "네트워크 연결 상태 확인", naming.KindFunction, "checkNetworkConnectionStatus"},
		{"Go", "헬스 체크", naming.KindVariable, "healthCheck"},
		{"Java", "권한 확인 결과", naming.KindVariable, "permissionCheckResults"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "권한 확인", naming.KindVariable, "permissionCheck"},
		{"Kotlin", "네트워크 연결 상태 확인", naming.KindVariable, "healthCheck"},
	})
}

// 정렬되어 있는지: the 어 form written out before 있다 is the state the
// action left; a file left open is not a file that exists; a predicate
// name (fileExists) gets no list variant.
func TestHuntStateLeft(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "배열이 정렬되어 있는지", naming.KindVariable, "is_sorted"},
		{"Go", "서버에 연결되어 있는지", naming.KindVariable, "isConnected"},
		{"Python", "파일이 열려 있는지", naming.KindVariable, "is_file_open"},
		{"Python", "파일이 있는지", naming.KindVariable, "file_exists"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "배열이 정렬되어 있는지", naming.KindVariable, "has"},
		{"Python", "파일이 열려 있는지", naming.KindVariable, "file_exists"},
		{"Go", "파일이 존재하는지", naming.KindFunction, "fileExistList"},
	})
}

// A kind word with an object particle before a verb is the thing acted on.
func TestHuntKindAsObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "enum을 문자열로 변환", naming.KindFunction, "ToString"},
		{"Go", "구조체를 JSON으로 변환", naming.KindFunction, "structToJSON"},
		{"Java", "객체를 맵으로 변환", naming.KindFunction, "objectToMap"},
		{"Java", "주문 상태를 나타내는 열거형", naming.KindClass, "OrderStatus"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "객체를 맵으로 변환", naming.KindClass, ""},
		{"Go", "구조체를 JSON으로 변환", naming.KindClass, ""},
	})
}

// 객체/구조체 first, before an action, is the thing acted on.
func TestHuntObjectFirst(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "객체 깊은 복사", naming.KindFunction, "deepClone"},
		{"Go", "구조체 복사", naming.KindFunction, "copyStruct"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "객체 깊은 복사", naming.KindClass, ""},
	})
}

// 지난달, 지난주, 작년 are the periods last month, last week, last year,
// not past.
func TestHuntLastPeriod(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "지난달 매출", naming.KindVariable, "last_month_revenue"},
		{"Java", "지난주 주문 수", naming.KindVariable, "lastWeekOrderCount"},
		{"Python", "작년 매출", naming.KindVariable, "last_year_revenue"},
		{"Java", "지난 주문 목록", naming.KindVariable, "pastOrders"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "지난달 매출", naming.KindVariable, "past_revenue"},
	})
}

// 값 as the sort key is the value.
func TestHuntValueAsKey(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "맵을 값 기준으로 정렬", naming.KindFunction, "sortByValue"},
		{"Python", "딕셔너리를 값으로 정렬", naming.KindFunction, "sort_by_value"},
		{"Java", "이 값이 유효한지", naming.KindVariable, "isValid"},
	})
}

// "does the map contain the key", "should show onboarding": an English
// yes/no question led by does or should is answered with a boolean.
func TestHuntLeadingAux(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "does the map contain the key", naming.KindVariable, "containsKey"},
		{"Swift", "should show onboarding", naming.KindVariable, "shouldShowOnboarding"},
		{"Java", "should we retry the request", naming.KindVariable, "shouldRetryRequest"},
		{"Swift", "should the app show a banner", naming.KindVariable, "shouldShowBanner"},
		{"Go", "does the user have admin rights", naming.KindVariable, "hasAdminRights"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "does the map contain the key", naming.KindFunction, "mapKey"},
		{"Go", "does the user have admin rights", naming.KindVariable, "hasAdminRightList"},
	})
}

// "one hour ago", 한 시간 전 시각: the moment that long ago.
func TestHuntAgo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "one hour ago", naming.KindVariable, "one_hour_ago"},
		{"Java", "two days ago", naming.KindVariable, "twoDaysAgo"},
		{"Go", "time 5 minutes ago", naming.KindVariable, "fiveMinutesAgo"},
		{"Python", "한 시간 전 시각", naming.KindVariable, "one_hour_ago"},
		{"Kotlin", "30분 전 시각", naming.KindVariable, "thirtyMinutesAgo"},
		{"Java", "하루 전 날짜", naming.KindVariable, "oneDayAgo"},
		{"PHP", "cache lifetime in minutes", naming.KindVariable, "$cacheLifetimeMinutes"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "one hour ago", naming.KindVariable, "one_ago_hours"},
		{"Java", "5분 전에 알림 보내기", naming.KindVariable, "fiveMinutesAgo"},
		{"PHP", "cache lifetime in minutes", naming.KindFunction, "cacheLifetime"},
	})
}

// "time until the next alarm" is how long until it.
func TestHuntTimeUntil(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "time until the next alarm", naming.KindVariable, "timeUntilNextAlarm"},
		{"Swift", "time left until the next alarm", naming.KindVariable, "timeUntilNextAlarm"},
		{"Java", "time until the deadline", naming.KindVariable, "timeUntilDeadline"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "time until the next alarm", naming.KindVariable, "nextUntilAlarmAt"},
		{"Swift", "time left until the next alarm", naming.KindVariable, "timeUntilDeadline"},
	})
}

// English name after by/to/and, or before of, is the thing's name, not
// the request word; "should I use" is a request.
func TestHuntNameAsNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "sort users by name", naming.KindFunction, "sortByName"},
		{"Python", "get the name of the file", naming.KindFunction, "get_file_name"},
		{"Python", "map of country code to name", naming.KindVariable, "names_by_country_code"},
		{"Java", "good name for a function that sorts users", naming.KindFunction, "sortUsers"},
		{"Go", "what name should I use for the user list", naming.KindVariable, "users"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "what name should I use for the user list", naming.KindFunction, ""},
	})
}

// "mapping from X to Y", "dictionary from X to Y" are a map of X to Y.
func TestHuntMapFrom(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "mapping from country code to name", naming.KindVariable, "names_by_country_code"},
		{"Python", "lookup table from product id to price", naming.KindVariable, "prices_by_product_id"},
		{"Go", "mapping of user id to session", naming.KindVariable, "sessionsByUserID"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "mapping from country code to name", naming.KindVariable, "mapping"},
	})
}

// An English word before 인지 is the noun predicate (isPost); a length of
// 0 is empty.
func TestHuntLatinPredicate(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "요청이 POST인지", naming.KindVariable, "isPost"},
		{"C#", "파일 확장자가 jpg인지", naming.KindVariable, "isJpg"},
		{"Python", "환경이 production인지", naming.KindVariable, "is_production"},
		{"Python", "리스트 길이가 0인지", naming.KindVariable, "is_empty"},
		{"Go", "배열의 길이가 0인지 확인", naming.KindFunction, "isEmpty"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "요청이 POST인지", naming.KindVariable, "requestPost"},
		{"Python", "리스트 길이가 0인지", naming.KindVariable, "lengths"},
	})
}

// A transfer word (다운로드, 백업) ending the question after its object is
// the action.
func TestHuntTransferAtEnd(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "이미지 다운로드", naming.KindFunction, "download_image"},
		{"Python", "비동기로 이미지 여러 장 다운로드", naming.KindFunction, "download_images"},
		{"Go", "데이터베이스 백업", naming.KindFunction, "backupDatabase"},
		{"Java", "다운로드 링크", naming.KindVariable, "downloadLink"},
		{"Python", "이미지 다운로드 진행률", naming.KindVariable, "image_download_progress"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "이미지 다운로드", naming.KindVariable, "image_download"},
	})
}

// Case conversion with both cases named, from one to the other.
func TestHuntCaseFromTo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "대문자를 소문자로 바꾸기", naming.KindFunction, "to_lowercase"},
		{"Java", "소문자를 대문자로 변환", naming.KindFunction, "toUppercase"},
		{"Python", "convert uppercase to lowercase", naming.KindFunction, "to_lowercase"},
	})
}

// 점수가 가장 높은 학생: the thing with the highest value of the noun
// before, not a highest student.
func TestHuntSuperlativeOf(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "점수가 가장 높은 학생", naming.KindVariable, "student_with_highest_score"},
		{"Go", "재고가 가장 적은 상품", naming.KindVariable, "productWithLowestStock"},
		{"Java", "점수가 가장 높은 학생 찾기", naming.KindVariable, "studentWithHighestScore"},
		{"Python", "가격이 제일 싼 상품", naming.KindVariable, "cheapest_product"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "점수가 가장 높은 학생", naming.KindVariable, "highest_student"},
	})
}

// "props for the button component" is the component's props type.
func TestHuntPropsFor(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "props for the button component", naming.KindClass, "ButtonProps"},
		{"TypeScript", "props type for the user avatar component", naming.KindClass, "UserAvatarProps"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "props for the button component", naming.KindClass, "Button"},
	})
}

// The current user's id or email is not the current user.
func TestHuntCurrentUserAttr(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "get the current user's id", naming.KindFunction, "get_current_user_id"},
		{"Go", "current user email", naming.KindVariable, "currentUserEmail"},
		{"Java", "현재 사용자 ID 가져오기", naming.KindFunction, "getCurrentUserId"},
		{"Java", "현재 로그인한 사용자", naming.KindVariable, "currentUser"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "get the current user's id", naming.KindFunction, "get_current_user"},
		{"Go", "current user email", naming.KindVariable, "viewer"},
	})
}
