package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the ninth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestComparatorAsked: a comparator asked for is named for its criterion
// and direction, and as a function it compares; the sort it serves is not
// its name (was sort_by_priority, and only variables for 비교 함수).
func TestComparatorAsked(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "qsort comparator that orders processes by priority, highest first", naming.KindFunction, "compare_by_priority_desc"},
		{"C", "qsort comparison function that orders students by grade, highest first", naming.KindFunction, "cmp_grade_desc"},
		{"C", "학생을 성적순으로 정렬하는 qsort 비교 함수", naming.KindFunction, "compare_students_by_grade"},
		{"C", "qsort에 넘길 비교 함수, 점수 내림차순", naming.KindFunction, "compare_by_score_desc"},
		{"Rust", "파일을 크기순으로 비교하는 비교 함수", naming.KindFunction, "compare_by_size"},
		{"Java", "주문 목록을 최신순으로 정렬하는 Comparator 변수", naming.KindVariable, "byNewest"},
		// ints compare as values: the phrasebook's name stays
		{"C", "qsort에 넘길 비교 함수, 정수 오름차순", naming.KindFunction, "compare_ints"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "qsort comparator that orders processes by priority, highest first", naming.KindFunction, "sort_by_priority"},
		{"C", "qsort에 넘길 비교 함수, 점수 내림차순", naming.KindFunction, "cmp_comparator_score_desc"},
	})
}
