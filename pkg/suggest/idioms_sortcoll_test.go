package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIdiomsSortColl: questions written for idioms/sort-collections2.tsv
// (none of them is in the evaluation set); want must be among the first
// three names of the kind.
func TestIdiomsSortColl(t *testing.T) {
	tests := []topThree{
		// Collections kept by a state.
		{"Kotlin", "지금 영업 중인 식당 목록", naming.KindVariable, "openRestaurants"},
		{"TypeScript", "문 연 가게 목록", naming.KindVariable, "openStores"},
		{"JavaScript", "오늘 들어온 주문 목록", naming.KindVariable, "todaysOrders"},
		{"TypeScript", "the orders placed today", naming.KindVariable, "todaysOrders"},
		{"JavaScript", "요즘 뜨는 게시글 목록", naming.KindVariable, "trendingPosts"},
		{"Kotlin", "요즘 뜨는 영상 목록", naming.KindVariable, "trendingVideos"},
		{"JavaScript", "급상승 키워드", naming.KindVariable, "trendingKeywords"},
		{"JavaScript", "판매량 상위 상품 목록", naming.KindVariable, "bestSellers"},
		{"Python", "products that sell the most", naming.KindVariable, "best_sellers"},
		{"Java", "맞팔로우한 사용자들", naming.KindVariable, "mutualFollowers"},
		{"Java", "users who follow each other", naming.KindVariable, "mutualFollowers"},
		{"Kotlin", "맞팔 안 한 사람 목록", naming.KindVariable, "notFollowingBack"},
		{"TypeScript", "나만 팔로우하고 상대는 안 하는 사람 목록", naming.KindVariable, "notFollowingBack"},
		{"Kotlin", "곧 열리는 이벤트 목록", naming.KindVariable, "upcomingEvents"},
		{"Swift", "events happening soon", naming.KindVariable, "upcomingEvents"},
		{"JavaScript", "이미 끝난 이벤트들", naming.KindVariable, "pastEvents"},
		{"Swift", "events that already happened", naming.KindVariable, "pastEvents"},
		{"Swift", "진행 중인 이벤트 목록", naming.KindVariable, "ongoingEvents"},
		{"Java", "최근 가입한 사용자 목록", naming.KindVariable, "recentSignups"},
		{"Python", "기한이 지난 송장 목록", naming.KindVariable, "overdue_invoices"},
		{"C#", "invoices that are past due", naming.KindVariable, "overdueInvoices"},
		// Others, related products.
		{"TypeScript", "나를 제외한 참여자 목록 변수", naming.KindVariable, "otherParticipants"},
		{"Kotlin", "나 빼고 다른 멤버들", naming.KindVariable, "otherMembers"},
		{"Swift", "나 말고 나머지 사람들", naming.KindVariable, "others"},
		{"Kotlin", "participants except me", naming.KindVariable, "otherParticipants"},
		{"JavaScript", "비슷한 상품 목록", naming.KindVariable, "similarProducts"},
		{"JavaScript", "관련 상품 목록", naming.KindVariable, "relatedProducts"},
		{"Python", "함께 구매한 상품 목록", naming.KindVariable, "frequently_bought_together"},
		{"Java", "이 상품을 본 사람들이 본 다른 상품", naming.KindVariable, "alsoViewed"},
		{"JavaScript", "주변 맛집 목록", naming.KindVariable, "nearbyRestaurants"},
		// Filters that keep one state.
		{"TypeScript", "즐겨찾기한 것만 보여주는 필터 함수", naming.KindFunction, "filterFavorites"},
		{"Kotlin", "즐겨찾기한 항목만 골라내는 함수", naming.KindFunction, "filterFavorites"},
		{"Swift", "즐겨찾기만 보기 토글 변수", naming.KindVariable, "showFavoritesOnly"},
		{"Java", "안 본 알림만 골라내는 함수", naming.KindFunction, "filterUnread"},
		{"Python", "function that keeps only the unread notifications", naming.KindFunction, "filter_unread_notifications"},
		{"JavaScript", "미완료 할 일만 거르는 함수", naming.KindFunction, "filterIncomplete"},
		// Search and ranking.
		{"JavaScript", "검색어와 일치하는지 확인하는 함수", naming.KindFunction, "matchesQuery"},
		{"Go", "function that checks whether an item matches the search query", naming.KindFunction, "matchesQuery"},
		{"TypeScript", "오타가 있어도 비슷하게 검색하는 함수", naming.KindFunction, "fuzzySearch"},
		{"JavaScript", "fuzzy search over a list of names", naming.KindFunction, "fuzzySearch"},
		{"JavaScript", "검색어랑 관련 있는 순서로 정렬", naming.KindFunction, "sortByRelevance"},
		{"Python", "정확도 순으로 검색 결과 정렬", naming.KindFunction, "sort_by_relevance"},
		// Diffs, counts, pagination, recent N.
		{"Java", "두 목록에서 추가된 것과 삭제된 것 구하기", naming.KindFunction, "diff"},
		{"Go", "두 슬라이스 차이 구하는 함수", naming.KindFunction, "difference"},
		{"Python", "function that removes the items in list b from list a", naming.KindFunction, "difference"},
		{"TypeScript", "카테고리별 상품 개수", naming.KindVariable, "countsByCategory"},
		{"Python", "카테고리별 상품 개수 세는 함수", naming.KindFunction, "count_by_category"},
		{"Java", "페이지 번호로 목록 자르기", naming.KindFunction, "paginate"},
		{"Python", "split a list into pages", naming.KindFunction, "paginate"},
		{"Kotlin", "최근 5개 알림만 가져오는 함수", naming.KindFunction, "getRecentNotifications"},
		// Near misses: the grammar's names still come first.
		{"Kotlin", "맞팔 목록", naming.KindVariable, "mutualFollowers"},
		{"Kotlin", "지금 영업 중인지 여부", naming.KindVariable, "isOpen"},
		{"TypeScript", "오늘 주문 건수", naming.KindVariable, "todayOrderCount"},
		{"JavaScript", "안 읽은 알림 개수", naming.KindVariable, "unreadCount"},
		{"Kotlin", "검색어가 포함된 상품만 필터링하는 함수", naming.KindFunction, "filterByQuery"},
	}
	checkTopThree(t, tests)
}
