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
