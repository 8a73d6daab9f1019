package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIntentFamilies: questions written for the type, handler, datetime
// and conversion families (not from eval/questions.yaml); each wanted name
// must be among the first three of its kind.
func TestIntentFamilies(t *testing.T) {
	tests := []struct {
		lang, q string
		kind    naming.Kind
		want    string
	}{
		// handlers: on + what happened, handle + the event
		{"TypeScript", "업로드가 끝났을 때 호출되는 콜백", naming.KindFunction, "onUploadCompleted"},
		{"Java", "주문이 취소됐을 때 실행되는 리스너 메서드", naming.KindFunction, "onOrderCancelled"},
		{"Go", "callback called when a connection closes", naming.KindFunction, "onConnectionClosed"},
		{"Kotlin", "다운로드 완료 이벤트를 받았을 때 처리하는 함수", naming.KindFunction, "onDownloadCompleted"},
		{"Python", "메시지 받는 핸들러 함수", naming.KindFunction, "handle_message"},
		{"JavaScript", "handler called when the window resizes", naming.KindFunction, "handleWindowResize"},
		{"TypeScript", "소켓 연결이 끊겼을 때 호출되는 콜백", naming.KindFunction, "onDisconnect"},
		{"C#", "플레이어가 죽었을 때 호출되는 이벤트 핸들러", naming.KindFunction, "OnPlayerDead"},
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
