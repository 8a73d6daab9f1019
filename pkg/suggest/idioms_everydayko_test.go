package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEverydayKo: everyday Korean app and backend questions a recall review
// found answered badly (idioms/everyday-ko.tsv, glossary/everyday-ko.tsv);
// want must be among the first three names of the kind.
func TestEverydayKo(t *testing.T) {
	tests := []topThree{
		// Actions written as bare nouns.
		{"JavaScript", "이미지 업로드", naming.KindFunction, "uploadImage"},
		{"JavaScript", "프로필 사진 업로드", naming.KindFunction, "uploadAvatar"},
		{"TypeScript", "파일 업로드 함수", naming.KindFunction, "uploadFile"},
		{"Java", "첨부파일 다운로드", naming.KindFunction, "downloadAttachment"},
		{"Java", "주문 취소 메서드", naming.KindFunction, "cancelOrder"},
		{"Java", "결제 승인", naming.KindFunction, "confirmPayment"},
		{"Java", "포인트 적립", naming.KindFunction, "earnPoints"},
		{"C#", "포인트 차감 메서드", naming.KindFunction, "DeductPoints"},
		{"TypeScript", "포인트 전액 사용", naming.KindFunction, "useAllPoints"},
		{"Kotlin", "배송 완료 처리", naming.KindFunction, "markAsDelivered"},
		{"Python", "폼 유효성 검사", naming.KindFunction, "validate_form"},
		{"Go", "입력값 검증", naming.KindFunction, "validateInput"},
		{"Python", "날짜 포맷 함수", naming.KindFunction, "format_date"},
		{"Ruby", "게시글 숨김 처리", naming.KindFunction, "hide_post"},
		{"Python", "회원 강제 탈퇴", naming.KindFunction, "force_delete_account"},
		{"Swift", "기본 배송지 설정", naming.KindFunction, "setDefaultShippingAddress"},
		{"Python", "마지막 로그인 시간 업데이트", naming.KindFunction, "update_last_login"},
		// Glossary: 상세 is a record's detail; 선택 해제 is deselect; 잠김 is locked.
		{"Java", "게시글 상세 조회", naming.KindFunction, "getPostDetail"},
		{"Swift", "필터 선택 해제", naming.KindFunction, "deselectFilter"},
		{"C#", "계정 잠김 여부", naming.KindVariable, "isAccountLocked"},
		{"JavaScript", "axios 인스턴스", naming.KindVariable, "axiosInstance"},
		{"Swift", "유저디폴트에 저장", naming.KindFunction, "saveToUserDefaults"},
		// Social actions.
		{"Python", "댓글에 답글 다는 함수", naming.KindFunction, "reply_to_comment"},
		{"JavaScript", "댓글 달기 함수", naming.KindFunction, "addComment"},
		{"Java", "대댓글 달 수 있는지", naming.KindVariable, "canReply"},
		{"Go", "좋아요 여부", naming.KindVariable, "isLiked"},
		{"Python", "북마크 해제 함수", naming.KindFunction, "remove_bookmark"},
		{"Go", "언팔로우", naming.KindFunction, "unfollow"},
		{"Swift", "찜하기", naming.KindFunction, "addToWishlist"},
		{"Ruby", "찜한 상품인지", naming.KindVariable, "is_wishlisted"},
		// Handlers written without 핸들러.
		{"JavaScript", "검색 버튼 클릭", naming.KindFunction, "handleSearchClick"},
		{"C#", "저장 버튼 클릭 이벤트", naming.KindFunction, "HandleSaveClick"},
		{"TypeScript", "댓글 작성 버튼 클릭", naming.KindFunction, "handleCommentSubmit"},
		{"JavaScript", "검색어 입력 변경 핸들러", naming.KindFunction, "handleSearchChange"},
		{"TypeScript", "스크롤 끝 감지 핸들러", naming.KindFunction, "handleEndReached"},
		{"Kotlin", "알림 클릭 시 이동", naming.KindFunction, "handleNotificationClick"},
		{"Swift", "채팅방 나갈때 호출", naming.KindFunction, "onLeaveRoom"},
		{"Java", "결제 완료 후 처리", naming.KindFunction, "onPaymentSuccess"},
		// Carts, caches, APIs.
		{"Kotlin", "장바구니 총 금액 계산", naming.KindFunction, "calculateCartTotal"},
		{"Python", "장바구니 담긴 상품 수", naming.KindVariable, "cart_item_count"},
		{"PHP", "장바구니 목록 조회", naming.KindFunction, "getCartItems"},
		{"TypeScript", "사용 가능한 쿠폰 목록", naming.KindVariable, "availableCoupons"},
		{"Kotlin", "캐시에서 가져오기", naming.KindFunction, "getFromCache"},
		{"Go", "레디스에서 조회", naming.KindFunction, "getFromRedis"},
		{"JavaScript", "API 호출 함수", naming.KindFunction, "callApi"},
		{"Kotlin", "API 응답 처리", naming.KindFunction, "handleResponse"},
		{"Python", "외부 API 호출 재시도 횟수 상수", naming.KindConstant, "MAX_API_RETRIES"},
		// Types asked without a kind word; jobs named after their work.
		{"C#", "유저 정보 DTO", naming.KindClass, "UserInfoDto"},
		{"Kotlin", "유저 레포지토리", naming.KindClass, "UserRepository"},
		{"Java", "유저 엔티티", naming.KindClass, "UserEntity"},
		{"Rust", "DB 연결 실패 에러", naming.KindClass, "DatabaseConnectionError"},
		{"Kotlin", "만료된 쿠폰 정리하는 배치", naming.KindClass, "ExpiredCouponCleanupJob"},
		{"Go", "주간 리포트 생성 배치", naming.KindClass, "WeeklyReportJob"},
		{"C#", "백그라운드 작업", naming.KindClass, "BackgroundJob"},
		{"Go", "주기적으로 실행", naming.KindFunction, "runPeriodically"},
		// States, times, limits.
		{"Swift", "로그인 상태", naming.KindVariable, "isLoggedIn"},
		{"C#", "알림 설정 on off 여부", naming.KindVariable, "notificationsEnabled"},
		{"Python", "유저 프로필 이미지 있는지", naming.KindVariable, "has_avatar"},
		{"Kotlin", "검색 결과 없음 여부", naming.KindVariable, "hasNoResults"},
		{"Java", "작성 시간", naming.KindVariable, "createdAt"},
		{"PHP", "최근 수정 시간", naming.KindVariable, "$updatedAt"},
		{"Swift", "가입한지 며칠 됐는지", naming.KindVariable, "daysSinceSignup"},
		{"Go", "신고 누적 횟수 제한", naming.KindConstant, "maxReportCount"},
		{"Kotlin", "로그인 유지 여부", naming.KindVariable, "rememberMe"},
		{"Ruby", "관리자만 접근 가능하게", naming.KindFunction, "require_admin"},
	}
	checkTopThree(t, tests)
}
