package llm

import (
	"context"
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestOfflinePanicIsAnError: a panic in the offline suggester is an error
// of that answer, not a crash of the request.
func TestOfflinePanicIsAnError(t *testing.T) {
	old := offlineSuggest
	t.Cleanup(func() { offlineSuggest = old })
	offlineSuggest = func(naming.Spec, string) naming.Answer { panic("index out of range") }
	ans, err := Offline{}.Suggest(context.Background(), naming.Spec{Language: "Go"}, nil, "q")
	if err == nil || !strings.Contains(err.Error(), "index out of range") || len(ans.Suggestions) != 0 {
		t.Fatalf("got %+v, %v; want an error naming the panic", ans, err)
	}
	offlineSuggest = old
	if _, err := (Offline{}).Suggest(context.Background(), naming.Spec{Language: "Go"}, nil, "사용자 목록"); err != nil {
		t.Fatalf("a plain question: %v", err)
	}
}
