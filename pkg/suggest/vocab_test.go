package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestVocab: words read in the wrong sense or missing (a compound, a trade
// term, the request leaking into the topic), and the rules for patterns
// that repeat (X당/마다 Y is YPerX); want among the first three names.
func TestVocab(t *testing.T) {
	checkTopThree(t, []topThree{
		// The request is no word of the name (reAskKo); 컬럼 at the end is a field.
		{"Ruby", "상품 재고 수량 컬럼 추천해줘", naming.KindVariable, "stock_quantity"},
		{"Ruby", "비밀번호 재설정 토큰 만료 시간 컬럼", naming.KindVariable, "password_reset_token_expires_at"},
		{"Java", "유사한 이미지 찾는 함수", naming.KindFunction, "findSimilarImage"},
		// X 하나당/한 명당/마다 Y: Y per X (reOnePer, perRate).
		{"Python", "배치 하나마다 샘플 수", naming.KindVariable, "samples_per_batch"},
		{"Rust", "스레드마다 할당된 버퍼 크기 상수", naming.KindConstant, "BUFFER_SIZE_PER_THREAD"},
		{"Go", "사용자마다 최대 세션 수 상수", naming.KindConstant, "maxSessionsPerUser"},
		{"Java", "유저 한 명당 쿠폰 발급 횟수 제한", naming.KindConstant, "COUPON_ISSUE_LIMIT_PER_USER"},
		{"Python", "에폭 하나당 스텝 몇 개 도는지", naming.KindVariable, "steps_per_epoch"},
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "상품 판매 수량 컬럼 추천 부탁드려요", naming.KindVariable, "related_products"},
		{"Ruby", "상품 재고 수량 컬럼 추천해줘", naming.KindVariable, "product_stock_quantity_column"},
		{"Ruby", "비밀번호 재설정 토큰 만료 시간 컬럼", naming.KindVariable, "password_reset_token_expires_at_column"},
		{"Python", "에폭 수 상수", naming.KindConstant, "NUM_EPOCHES"},
		{"Python", "카테고리마다 상품 수", naming.KindVariable, "products_per_category"},
	})
}
