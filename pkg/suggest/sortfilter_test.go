package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestCollectionPasses: questions written for sortfilter.go's passes and
// idioms/sort-filter3.tsv (none of them is in the evaluation set); want
// must be among the first three names of the kind.
func TestCollectionPasses(t *testing.T) {
	checkTopThree(t, []topThree{
		// groupedByKey: things bucketed by a key
		{"Java", "지역별로 묶은 매장", naming.KindVariable, "storesByRegion"},
		{"Kotlin", "브랜드별로 분류된 상품", naming.KindVariable, "productsByBrand"},
		{"Go", "주문들 상태별로 그룹핑한 맵", naming.KindVariable, "ordersByStatus"},
		{"TypeScript", "작성자별로 나눈 댓글 변수", naming.KindVariable, "commentsByAuthor"},
		{"Python", "학년별로 모아둔 학생", naming.KindVariable, "students_by_grade_level"},
		{"Swift", "날짜별로 묶인 일정", naming.KindVariable, "schedulesByDate"},
		// topByMeasure: the measure ranks, the top N are many
		{"JavaScript", "좋아요 상위 10개 댓글", naming.KindVariable, "topComments"},
		{"Python", "평점 상위 3개 식당", naming.KindVariable, "top_restaurants"},
		{"Python", "평점 상위 3개 식당", naming.KindVariable, "top_restaurant_list"},
		// matchingCondition: what meets a condition matches it
		{"Kotlin", "검색어에 맞는 게시글", naming.KindVariable, "matchingPosts"},
		{"TypeScript", "조건에 일치하는 주문들", naming.KindVariable, "matchingOrders"},
		// englishRecentDays, englishOrderBy
		{"PHP", "posts from the last 30 days", naming.KindVariable, "$recentPosts"},
		{"Ruby", "comments in the past week", naming.KindVariable, "recent_comments"},
		{"Go", "order by updated desc", naming.KindFunction, "sortByUpdatedAtDesc"},
	})
}
