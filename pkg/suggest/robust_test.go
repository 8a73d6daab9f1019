package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestRobustness: general rules for phrasings the repository set does not
// use (questions written for these tests, not from eval/questions.yaml).
// Each wanted name must be among the first three of its kind.
func TestRobustness(t *testing.T) {
	tests := []struct {
		rule, lang, q string
		kind          naming.Kind
		want          string
	}{
		// Korean without spaces reads like the spaced question.
		{"unspaced", "Python", "읽지않은메시지수", naming.KindVariable, "unread_message_count"},
		{"unspaced", "Python", "안읽은알림개수", naming.KindVariable, "unread_notification_count"},
		{"unspaced", "Go", "로그인실패횟수", naming.KindVariable, "failedLoginCount"},
		{"unspaced", "Kotlin", "장바구니에상품추가하는함수", naming.KindFunction, "addToCart"},
		{"unspaced", "TypeScript", "결제완료여부", naming.KindVariable, "isPaid"},
		{"unspaced", "Python", "업로드실패한파일목록", naming.KindVariable, "failed_upload_files"},
		{"unspaced", "JavaScript", "토스트가떠있는지", naming.KindVariable, "isToastVisible"},
		// A state noun before 여부 is the predicate.
		{"state 여부", "TypeScript", "게시글 공개 여부", naming.KindVariable, "isPostPublic"},
		{"state 여부", "Java", "알림 활성 여부", naming.KindVariable, "isNotificationActive"},
		{"state 여부", "TypeScript", "결제 완료 여부", naming.KindVariable, "isPaid"},
		// Everyday verbs (glossary/casual.tsv).
		{"casual", "TypeScript", "API에서 데이터 긁어오는 함수", naming.KindFunction, "fetchData"},
		{"casual", "Python", "랜덤으로 당첨자 뽑는 함수", naming.KindFunction, "pick_random_winner"},
		{"casual", "Kotlin", "쿠폰 목록 긁어오기", naming.KindFunction, "fetchCoupons"},
	}
	for _, tc := range tests {
		a := Suggest(naming.Spec{Language: tc.lang}, tc.q)
		var got []string
		for _, s := range a.Suggestions {
			if s.Kind == tc.kind && len(got) < 3 {
				got = append(got, s.Name)
			}
		}
		found := false
		for _, g := range got {
			if strings.EqualFold(g, tc.want) {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %s %q: %s %v, want %s", tc.rule, tc.lang, tc.q, tc.kind, got, tc.want)
		}
	}
}
