package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEngram: questions written for general families (conversions,
// handlers, predicates, noun phrases, types; none from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind.
func TestEngram(t *testing.T) {
	tests := []topThree{
		// handlers: the word event is no name word, and a control keeps
		// the word that says which one
		{"JavaScript", "저장 버튼 클릭 이벤트 핸들러", naming.KindFunction, "handleSaveButtonClick"},
		{"TypeScript", "공유 버튼 클릭 이벤트 핸들러", naming.KindFunction, "handleShareClick"},
		{"Kotlin", "삭제 버튼 눌렀을 때 호출되는 함수", naming.KindFunction, "onDeleteButtonClicked"},
		{"JavaScript", "handler for when the close button is clicked", naming.KindFunction, "onCloseButtonClicked"},
	}
	checkTopThree(t, tests)
}
