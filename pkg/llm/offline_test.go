package llm

import (
	"context"
	"strings"
	"testing"
	"time"

	"namebot/pkg/namebot"
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

// TestOfflineHangIsATimeout: an offline answer that does not come within
// its limit (a rule looping on a question) fails that send as a model
// timeout instead of holding the request, and is counted while it runs.
func TestOfflineHangIsATimeout(t *testing.T) {
	old, oldLimit := offlineSuggest, offlineLimit
	release := make(chan struct{})
	t.Cleanup(func() { offlineSuggest, offlineLimit = old, oldLimit })
	offlineSuggest = func(naming.Spec, string) naming.Answer { <-release; return naming.Answer{} }
	offlineLimit = 50 * time.Millisecond
	start := time.Now()
	ans, err := Offline{}.Suggest(context.Background(), naming.Spec{Language: "Go"}, nil, "q")
	if namebot.ErrorCode(err) != namebot.EMODELTIMEOUT || len(ans.Suggestions) != 0 {
		t.Fatalf("got %+v, %v; want a model timeout", ans, err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("returned after %v, want about the 50 ms limit", d)
	}
	// The request's own deadline counts too.
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	offlineLimit = time.Minute
	if _, err := (Offline{}).Suggest(ctx, naming.Spec{Language: "Go"}, nil, "q"); namebot.ErrorCode(err) != namebot.EMODELTIMEOUT {
		t.Fatalf("past the context's deadline: %v, want a model timeout", err)
	}
	waitStuck := func(want int64) {
		for i := 0; StuckOffline() != want; i++ {
			if i > 200 {
				t.Fatalf("StuckOffline = %d, want %d", StuckOffline(), want)
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	waitStuck(2)
	close(release)
	waitStuck(0)
	offlineSuggest, offlineLimit = old, oldLimit
	if ans, err := (Offline{}).Suggest(context.Background(), naming.Spec{Language: "Go"}, nil, "사용자 목록"); err != nil || len(ans.Suggestions) == 0 {
		t.Fatalf("a plain question: %+v, %v", ans, err)
	}
}
