package chat

import (
	"context"
	"testing"
	"time"
)

// TestModelContext: the model call ends bookkeepingTime before the
// request's own deadline, so a slow model still leaves time to refund.
func TestModelContext(t *testing.T) {
	deadline := time.Now().Add(25 * time.Second)
	parent, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	ctx, done := modelContext(parent)
	defer done()
	got, ok := ctx.Deadline()
	if !ok || !got.Equal(deadline.Add(-bookkeepingTime)) {
		t.Fatalf("model deadline = %v, %v; want %v", got, ok, deadline.Add(-bookkeepingTime))
	}
	free, done2 := modelContext(context.Background())
	defer done2()
	if _, ok := free.Deadline(); ok {
		t.Fatal("a deadline appeared where the request had none")
	}
}
