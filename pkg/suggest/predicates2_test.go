package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestPredicates2: yes/no predicates, flags and counts (predicates2.go,
// idioms/predicates2.tsv); want must be among the first three names.
func TestPredicates2(t *testing.T) {
	checkTopThree(t, []topThree{
		// Typos and doubled questions.
		{"Go", "쿠폰 만료 됬는지 확인", naming.KindFunction, "isCouponExpired"},
		{"Java", "세션 만료됬는지 체크", naming.KindFunction, "isSessionExpired"},
		{"JavaScript", "안읽은 메세지 갯수", naming.KindVariable, "unreadMessageCount"},
		{"Java", "관리자인지 아닌지", naming.KindFunction, "isAdmin"},
		{"Python", "주문이 취소됐는지 안됐는지 확인하는 함수", naming.KindFunction, "is_order_cancelled"},
		// 하나라도: any.
		{"TypeScript", "하나라도 선택된 항목이 있는지", naming.KindFunction, "hasSelectedItems"},
		{"Python", "옵션 중 하나라도 체크됐는지", naming.KindFunction, "has_checked_option"},
		{"Kotlin", "파일 중 하나라도 업로드됐는지", naming.KindVariable, "hasUploadedFiles"},
		// 가능한 N인지: can V it.
		{"JavaScript", "환불 가능한 주문인지", naming.KindFunction, "canRefundOrder"},
		{"Kotlin", "삭제 가능한 댓글인지", naming.KindFunction, "canDeleteComment"},
		{"Swift", "수정 가능한 게시글인지", naming.KindFunction, "canEditPost"},
		{"Kotlin", "예약 가능한 좌석 수", naming.KindVariable, "availableSeatCount"},
		{"Python", "예약 가능한 객실 목록", naming.KindVariable, "available_rooms"},
		// A field asked about is the thing, not the kind.
		{"Kotlin", "수정 가능한 필드인지", naming.KindFunction, "isFieldUpdatable"},
		{"Java", "편집 가능한 속성인지", naming.KindFunction, "isAttributeEditable"},
		{"Java", "삭제된 필드인지", naming.KindFunction, "isDeleted"},
		{"C#", "숨겨진 속성인지", naming.KindFunction, "IsHidden"},
		// 몇 개 V했는지: a count.
		{"TypeScript", "아이템 몇 개 선택했는지", naming.KindVariable, "selectedItemCount"},
		{"Python", "파일 몇 개 업로드됐는지", naming.KindVariable, "uploaded_file_count"},
		{"Go", "문제 몇 개 풀었는지 저장하는 변수", naming.KindVariable, "solvedQuestionCount"},
	})
}

// TestPredicates2Contains: 포함 asked is contains, in either language.
func TestPredicates2Contains(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "문자열이 특정 단어를 포함하는지", naming.KindFunction, "contains_word"},
		{"Go", "태그 목록에 특정 태그가 포함됐는지", naming.KindFunction, "containsTag"},
		{"Java", "이메일 주소에 @가 포함되어 있는지", naming.KindFunction, "contains"},
		{"Python", "리스트에 None이 포함돼 있는지", naming.KindFunction, "contains"},
		{"Java", "포함된 상품 목록", naming.KindVariable, "includedProducts"},
	})
}

// TestPredicates2Idioms: idioms/predicates2.tsv.
func TestPredicates2Idioms(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "두 비밀번호가 같은지 비교하는 함수", naming.KindFunction, "passwordsMatch"},
		{"Java", "두 비밀번호 일치 여부", naming.KindVariable, "passwordsMatch"},
		{"Python", "whether both passwords match", naming.KindFunction, "passwords_match"},
		{"Python", "does the password match the stored hash", naming.KindFunction, "verify_password"},
		{"Python", "두 리스트에 겹치는 요소가 하나라도 있는지", naming.KindFunction, "has_overlap"},
		{"Java", "두 배열에 공통된 값이 있는지", naming.KindFunction, "hasCommonElements"},
		{"Kotlin", "모든 필드가 입력됐는지", naming.KindVariable, "allFieldsFilled"},
		{"TypeScript", "폼에 필드가 전부 채워졌는지", naming.KindVariable, "allFieldsFilled"},
		{"TypeScript", "are all fields filled", naming.KindFunction, "areAllFieldsFilled"},
		{"Python", "빌드 성공했는지", naming.KindFunction, "is_build_successful"},
		{"Go", "배포가 성공했는지 여부", naming.KindVariable, "isDeploymentSuccessful"},
		{"Swift", "위시리스트에 이미 담겼는지", naming.KindFunction, "isWishlisted"},
		{"Kotlin", "상품 찜했는지", naming.KindVariable, "isWishlisted"},
		{"C++", "적을 처치한 수", naming.KindVariable, "kill_count"},
		{"C#", "몬스터 잡은 횟수", naming.KindVariable, "killCount"},
		{"Kotlin", "앱이 백그라운드 상태인지", naming.KindVariable, "isInBackground"},
		{"Swift", "앱이 백그라운드로 갔는지", naming.KindVariable, "isInBackground"},
		{"Java", "회원이 VIP 등급인지", naming.KindFunction, "isVip"},
		{"Java", "VIP 회원 목록", naming.KindVariable, "vipMembers"},
	})
}

// TestContainsInList: 배열에 해당 ID가 있는지 asks whether the array contains
// the id (containsId); 파일 잠겨있는지 is locked, not exists; 특수문자 is a
// special character.
func TestContainsInList(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "리스트에 해당 이메일이 있는지", naming.KindFunction, "containsEmail"},
		{"Go", "맵에 키가 있는지", naming.KindFunction, "containsKey"},
		{"C#", "파일 잠겨있는지", naming.KindFunction, "IsFileLocked"},
		{"Python", "비밀번호에 특수문자 포함됐는지", naming.KindFunction, "has_special_character"},
	})
	checkNotOffered(t, []notOffered{{"C#", "파일 잠겨있는지", naming.KindFunction, "FileExists"}})
}
