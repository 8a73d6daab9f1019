package apitest

import (
	"bytes"
	"strings"
	"sync"
	"testing"

	"namebot/pkg/app"
	"namebot/pkg/metrics"
)

// lockedBuffer is a bytes.Buffer the test reads while the server writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestChat_Metrics: the send path records its metrics with the Emitter the
// stack was built with (app.Options.Metrics), not a process-wide one: the
// shared stack's sends never reach this buffer, this stack's do.
func TestChat_Metrics(t *testing.T) {
	emf := &lockedBuffer{}
	e, _ := Start(t, map[string]string{"DAILY_LIMIT": "1"}, app.Options{Metrics: metrics.New(emf, "ChatSendFunction", nil)})
	c := e.NewClient(t)
	c.SignUp(Email("metrics"), "abc12345", "metrics")
	room := NewRoom(t, c, "Go", "")
	c.Do("POST", "/api/chat/"+room, map[string]string{"content": "names for a retry counter", "client_message_id": "m-1"}).Want(t, 201)
	c.Do("POST", "/api/chat/"+room, map[string]string{"content": "names for a cache key", "client_message_id": "m-2"}).WantError(t, 429, "rate_limited")
	got := emf.String()
	for _, name := range []string{metrics.SendsAnswered, metrics.ModelLatency, metrics.QuotaRefusals} {
		if !strings.Contains(got, `"`+name+`":`) {
			t.Errorf("no %s line in:\n%s", name, got)
		}
	}
	if !strings.Contains(got, `"Function":"ChatSendFunction"`) {
		t.Errorf("lines without the emitter's Function dimension:\n%s", got)
	}
	// The shared stack (env) writes nowhere here.
	other := env.NewClient(t)
	other.SignUp(Email("metrics-other"), "abc12345", "other")
	before := emf.String()
	other.Do("POST", "/api/chat/"+NewRoom(t, other, "Go", ""), map[string]string{"content": "names for a retry counter"}).Want(t, 201)
	if after := emf.String(); after != before {
		t.Errorf("the shared stack wrote to this stack's emitter:\n%s", strings.TrimPrefix(after, before))
	}
}
