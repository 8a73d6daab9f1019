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
