package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestGeneralD: questions written for four general families (not from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind.
func TestGeneralD(t *testing.T) {
	tests := []struct {
		lang, q string
		kind    naming.Kind
		want    string
	}{
		// relative clauses and qualifiers after the head noun fold into a
		// state before it
		{"TypeScript", "users who haven't verified their email", naming.KindVariable, "unverifiedUsers"},
		{"TypeScript", "restaurants open right now", naming.KindVariable, "openRestaurants"},
		{"Python", "orders placed in the last 30 days", naming.KindVariable, "recent_orders"},
		{"Java", "accounts that haven't logged in for a year", naming.KindVariable, "inactiveAccounts"},
		{"Kotlin", "comments that have not been approved", naming.KindVariable, "unapprovedComments"},
		{"Swift", "currently open tabs", naming.KindVariable, "openTabs"},
		{"Go", "invoices that are overdue", naming.KindVariable, "overdueInvoices"},
		{"Java", "requests waiting for approval", naming.KindVariable, "pendingRequests"},
		{"Python", "tasks not yet completed", naming.KindVariable, "incomplete_tasks"},
		{"JavaScript", "list of orders placed by the customer", naming.KindVariable, "placedOrders"},
		// a compound whose last part is a verbal noun, with a verb ending
		// after it, is noun + verb
		{"Java", "주문취소됐는지 확인하는 함수", naming.KindFunction, "isOrderCancelled"},
		{"Java", "주문 취소됐는지 확인하는 함수", naming.KindFunction, "isOrderCancelled"},
		{"Python", "결제승인됐는지 확인하는 함수", naming.KindFunction, "is_payment_approved"},
		{"Kotlin", "예약 취소됐는지 여부", naming.KindVariable, "isReservationCancelled"},
	}
	for _, tt := range tests {
		a := Suggest(naming.Spec{Language: tt.lang}, tt.q)
		got := names(a, tt.kind)
		top := got[:min(3, len(got))]
		if !contains(top, tt.want) {
			t.Errorf("%s %q: %s names %v, want %q among the first three", tt.lang, tt.q, tt.kind, got, tt.want)
		}
	}
}

var _ = strings.Contains
