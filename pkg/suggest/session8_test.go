package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the eighth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestSceneLeadGoes: the language or the app a question opens with before
// a comma, a dash or a full stop is no part of the name.
func TestSceneLeadGoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "쇼핑 앱, 장바구니 비우는 메서드", naming.KindFunction, "ClearCart"},
		{"Java", "Java, library system. method that counts the overdue loans. name?", naming.KindFunction, "countOverdueLoans"},
		{"JavaScript", "js admin dashboard, variable holding the selected rows", naming.KindVariable, "selectedRows"},
		{"Kotlin", "Kotlin — flag for whether the drawer is open", naming.KindVariable, "isDrawerOpen"},
		// a lead that is the question's own stays
		{"Kotlin", "프로필 사진 최대 크기 5MB, 상수 이름", naming.KindConstant, "MAX_PROFILE_IMAGE_SIZE_MB"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "은행 앱, 계좌 간 이체 실행하는 메서드", naming.KindFunction, "RunBankAppBankAccountTransfer"},
	})
}

// TestEnglishCountVerb: "that counts", "to count" after a function is the
// verb count (countLines, was getLines and no name at all).
func TestEnglishCountVerb(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "func that counts lines", naming.KindFunction, "countLines"},
		{"Java", "method to count overdue loans", naming.KindFunction, "countOverdueLoans"},
		{"Python", "function that counts the active users", naming.KindFunction, "count_active_users"},
		{"Java", "variable that counts failed logins", naming.KindVariable, "failedLoginCount"},
	})
}
