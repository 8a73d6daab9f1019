package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestCollections3: collections kept by a relation or state, maps keyed by
// a thing, and sort/filter/group helpers whose key the words alone lost
// (collections3.tsv). topThree and checkTopThree live in suggest_test.go.
func TestCollections3(t *testing.T) {
	v, f := naming.KindVariable, naming.KindFunction
	tests := []topThree{
		{"TypeScript", "이메일 인증 안 한 사용자 목록", v, "unverifiedUsers"},
		{"Go", "사용자 id별 안 읽은 메시지 수 맵", v, "unreadCountsByUserID"},
		{"TypeScript", "map from user id to unread count", v, "unreadCountsByUserId"},
		{"Ruby", "댓글 있는 게시글만 남기기", f, "filter_posts_with_comments"},
		{"JavaScript", "keep only posts with comments", f, "filterPostsWithComments"},
		{"JavaScript", "댓글 없는 게시글 목록", v, "postsWithoutComments"},
		{"Kotlin", "국가별 사용자 그룹", v, "usersByCountry"},
		{"Java", "users grouped by country", v, "usersByCountry"},
		{"Go", "split jobs into succeeded and failed", f, "partitionBySuccess"},
		{"Java", "성인 사용자만 필터링", f, "filterAdults"},
		{"Kotlin", "재고 있는 상품만 필터", f, "filterInStock"},
		{"Kotlin", "재고 있는 상품만 필터", v, "inStockProducts"},
		{"Rust", "짝수만 걸러내기", f, "filter_even"},
		{"Python", "keep only even numbers", f, "filter_even"},
		{"Python", "split list into even and odd numbers", f, "partition_even_odd"},
		{"Python", "상위 10개 상품", v, "top_products"},
		{"Swift", "점수 상위 3명", v, "topScores"},
		{"Go", "중복된 이메일 찾기", f, "findDuplicateEmails"},
		{"PHP", "customers with no orders", v, "$customersWithoutOrders"},
		{"Java", "주문 내역이 없는 고객 목록", v, "customersWithoutOrders"},
		{"TypeScript", "프로필 사진 없는 사용자 목록", v, "usersWithoutAvatar"},
		{"Rust", "배터리 부족한 기기 목록", v, "low_battery_devices"},
		{"Go", "list of devices with low battery", v, "lowBatteryDevices"},
		{"C", "응답 없는 노드 목록", v, "unresponsive_nodes"},
		{"Kotlin", "30일 동안 로그인 안 한 사용자", v, "inactiveUsers"},
		{"Swift", "첨부파일 있는 메일 목록", v, "emailsWithAttachments"},
		{"Go", "크기가 큰 파일 순으로 정렬", f, "sortBySizeDesc"},
		{"C++", "가까운 적 순으로 정렬", f, "sort_by_distance"},
		{"Rust", "팀별 플레이어 묶기", f, "group_players_by_team"},
		{"Java", "길드원 목록", v, "guildMembers"},
		{"Ruby", "신고 당한 게시글 목록", v, "reported_posts"},
		{"Swift", "연결 끊긴 기기 목록", v, "disconnectedDevices"},
		{"Kotlin", "보낸 사람별 메시지 묶기", f, "groupMessagesBySender"},
		{"Python", "채팅방별 안 읽은 메시지 수", v, "unread_counts_by_room"},
		{"TypeScript", "이미 사용한 쿠폰 목록", v, "usedCoupons"},
		{"Swift", "금액 큰 순으로 거래 정렬", f, "sortByAmountDesc"},
		{"PHP", "날짜별 주문 수", v, "$orderCountsByDate"},
		{"Python", "리뷰 없는 상품 목록", v, "products_without_reviews"},
		{"Kotlin", "재구매한 고객 목록", v, "repeatCustomers"},
		{"Python", "1년 이상 접속 안 한 회원", v, "inactive_users"},
		{"JavaScript", "가입일 순 정렬", f, "sortBySignupDate"},
		{"Swift", "성별로 사용자 나누기", f, "groupUsersByGender"},
		{"Go", "지역별 사용자 수", v, "userCountsByRegion"},
		{"Java", "공백 문자열 필터링", f, "removeBlankStrings"},
		{"Kotlin", "null 아닌 값만", f, "filterNotNull"},
		{"Python", "음수 제거", f, "remove_negatives"},
		{"Go", "0보다 큰 값만 필터", f, "filterPositive"},
		{"Kotlin", "마지막 5개 메시지", v, "lastMessages"},
		{"C#", "가장 비싼 상품 5개", v, "mostExpensiveProducts"},
		{"Python", "많이 쓰인 단어 순 정렬", f, "sort_by_frequency"},
		{"Java", "태그별 게시글 수", v, "postCountsByTag"},
		{"Python", "위치 정보 있는 사진만", v, "geotagged_photos"},
		{"Java", "나와 공유된 파일 목록", v, "sharedWithMe"},
		{"Kotlin", "내가 올린 게시글 목록", v, "myPosts"},
		{"Swift", "내가 쓴 댓글 목록", v, "myComments"},
		{"Go", "뮤트된 채팅방 목록", v, "mutedChats"},
		{"C#", "참여 중인 채팅방 목록", v, "joinedRooms"},
		{"Python", "진행 중인 주문 목록", v, "active_orders"},
		{"Ruby", "판매 중지된 상품 목록", v, "discontinued_products"},
		{"Python", "레어 아이템만 필터", f, "filter_rare_items"},
		{"C", "좀비 프로세스 목록", v, "zombie_processes"},
		{"Python", "재시도 횟수 초과한 작업 목록", v, "exhausted_tasks"},
		{"Go", "타임아웃된 작업 목록", v, "timedOutTasks"},
		{"PHP", "관리자만 볼 수 있는 메뉴 목록", v, "$adminOnlyMenus"},
		{"TypeScript", "삭제 요청된 계정 목록", v, "accountsPendingDeletion"},
		{"Java", "messages sent by the current user", v, "myMessages"},
		{"C", "sort array in descending order", f, "sort_descending"},
		{"Java", "댓글 많은 순 게시글", v, "mostCommentedPosts"},
		{"Kotlin", "최근 활동 순으로 사용자 정렬", f, "sortByLastActive"},
	}
	checkTopThree(t, tests)
}
