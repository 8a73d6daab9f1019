package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIdiomPrecision3: questions that share words with a phrasebook line of
// the older files (app-features, shapes, frontend, backend, domains,
// collections, counts-limits, actions, basics) but ask for something else:
// a list or count of what a yes/no line is about, a time or count of an
// action, or a word that only contains the line's token (캐시 크기 is not
// 시크, 회원끼리 is not 원끼리). The line used to put its names first; now
// the names built from the question's own words come back. The last cases
// are the questions the narrowed lines were written for.
func TestIdiomPrecision3(t *testing.T) {
	tests := []topThree{
		// A yes/no line on a list, a count or an amount.
		{"Kotlin", "사용 가능한 쿠폰 목록", naming.KindVariable, "availableCoupons"},
		{"Java", "사용 가능한 쿠폰 개수", naming.KindVariable, "availableCouponCount"},
		{"TypeScript", "장바구니에 이미 있는 상품 목록", naming.KindVariable, "cartProducts"},
		{"TypeScript", "중복된 이메일 개수", naming.KindVariable, "duplicateEmailCount"},
		{"JavaScript", "환불 가능한 주문 목록", naming.KindVariable, "refundableOrders"},
		{"TypeScript", "환불 가능한 금액", naming.KindVariable, "refundableAmount"},
		{"Java", "탈퇴 가능한 사용자 수", naming.KindVariable, "withdrawUserCount"},
		{"Java", "마케팅 수신 동의한 사용자 목록", naming.KindVariable, "marketingConsentUsers"},
		{"Java", "재입고 알림 신청자 목록", naming.KindVariable, "restockNotificationApplicants"}, // was …Requesters: 신청자 became applicant (twentieth session)
		{"Kotlin", "장바구니에 담긴 품절 상품 개수", naming.KindVariable, "outOfStockProductCount"},
		{"Go", "cache hit count", naming.KindVariable, "cacheHitCount"},
		// A property of the thing, or the time or count of an action.
		{"Go", "비밀번호 재설정 토큰 만료 시간", naming.KindVariable, "passwordResetTokenExpiresAt"},
		{"Python", "이메일 인증 메일 보낸 시각", naming.KindVariable, "sent_at"},
		{"JavaScript", "인증 메일 발송 횟수", naming.KindVariable, "emailSendCount"}, // authenticationEmailSendCount 4th since the eighteenth session's short count
		{"TypeScript", "인증번호 생성 시각", naming.KindVariable, "verificationCodeCreatedAt"},
		{"TypeScript", "비밀번호 재설정 메일 발송 시각", naming.KindVariable, "passwordResetEmailSentAt"},
		{"Go", "토큰 갱신 실패 횟수", naming.KindVariable, "failedTokenRefreshes"}, // was failedTokenRefreshCount, below the short names since session 15 (shortBeforeLong)
		{"Go", "트랜잭션 시작 시각", naming.KindVariable, "transactionStartTime"},
		{"JavaScript", "오늘 하루 보지 않기 만료 시간", naming.KindVariable, "expiresAt"},
		{"Ruby", "time the comment was edited", naming.KindVariable, "edited_at"},
		{"JavaScript", "function that returns the expiry time of the reset token", naming.KindFunction, "getResetTokenExpiresAt"},
		{"Go", "maximum number of concurrent uploads", naming.KindVariable, "maxConcurrentUploads"},
		{"Go", "로그 파일 최대 크기", naming.KindVariable, "maxLogFileSize"},
		// The token inside another word, or another domain.
		{"Kotlin", "캐시 크기", naming.KindVariable, "cacheSize"},
		{"Java", "회원끼리 메시지 보내기", naming.KindFunction, "sendMemberMessage"},
		{"Kotlin", "최소 박스 크기", naming.KindVariable, "minBoxSize"},
		{"Go", "30분 초과했는지", naming.KindVariable, "isExceeded"},
		{"Java", "수정 가능한 항목 목록", naming.KindVariable, "editableItems"},
		{"Kotlin", "삭제 일정 목록", naming.KindVariable, "deleteSchedules"},
		{"JavaScript", "언팔로우", naming.KindFunction, "unfollow"},
		// The narrowed lines still answer their own questions.
		{"TypeScript", "쿠폰 사용 가능한지 확인하는 함수", naming.KindFunction, "isCouponUsable"}, // canApplyCoupon until the 35th session: no read set accepted it
		{"Swift", "장바구니에 담긴 상품 개수", naming.KindVariable, "cartCount"},
		{"Python", "탈퇴한 회원 목록", naming.KindVariable, "deleted_users"},
		{"Go", "둘 수 있는 칸 목록", naming.KindVariable, "legalMoves"},
		{"Kotlin", "트랜잭션 시작하는 함수", naming.KindFunction, "beginTransaction"},
		{"Swift", "팔로우 토글", naming.KindFunction, "toggleFollow"},
		{"Kotlin", "오늘 하루 보지 않기", naming.KindFunction, "hideForToday"},
	}
	checkTopThree(t, tests)
}
