package apitest

import (
	"testing"

	"namebot/pkg/app"
	"namebot/pkg/dynamo/dynamotest"
)

// TestCallsPerRoute counts DynamoDB calls per request at the client and
// holds each route to its budget (docs/targets.md: one round trip for
// simple reads; independent calls concurrent).
func TestCallsPerRoute(t *testing.T) {
	counter := &dynamotest.Counting{}
	e, _ := Start(t, map[string]string{}, app.Options{WrapDynamo: counter.Wrap})
	c := e.NewClient(t)
	addr := Email("calls")
	c.SignUp(addr, "abc12345", "calls")
	room := NewRoom(t, c, "Python", "PEP 8")
	p := c.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat"}).Want(t, 201)
	measure := func(name string, budget int64, fn func()) {
		before := counter.Calls()
		fn()
		got := counter.Calls() - before
		t.Logf("%-22s %d DynamoDB calls", name, got)
		// Exact: README publishes these numbers, so a change either way
		// must update it.
		if got != budget {
			t.Errorf("%s: %d calls, README says %d", name, got, budget)
		}
	}
	measure("GET /api/chat", 1, func() { c.Do("GET", "/api/chat", nil).Want(t, 200) })
	measure("GET /api/chat/{id}", 2, func() { c.Do("GET", "/api/chat/"+room, nil).Want(t, 200) })
	measure("PATCH /api/chat/{id}", 2, func() {
		c.Do("PATCH", "/api/chat/"+room, map[string]string{"title": "renamed"}).Want(t, 200)
	})
	measure("POST /api/chat/{id}", 6, func() {
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록", "client_message_id": "calls-1"}).Want(t, 201)
	})
	measure("POST /api/chat/{id} retry", 6, func() {
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록", "client_message_id": "calls-1"}).Want(t, 201)
	})
	// Writes read the user after writing (the account-deletion check).
	var made string
	measure("POST /api/chat", 2, func() { made = NewRoom(t, c, "Go", "") })
	c.Do("DELETE", "/api/chat/"+made, nil).Want(t, 204)
	// The user, the room (one BatchGetItem); the mark; the messages; their
	// batch delete; the room.
	measure("DELETE /api/chat/{id}", 5, func() { c.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204) })
	// An empty first page reads the user too: 401 for a deleted user.
	measure("GET /api/chat (no rooms)", 2, func() { c.Do("GET", "/api/chat", nil).Want(t, 200) })
	measure("POST /api/board", 3, func() {
		c.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat"}).Want(t, 201)
	})
	measure("POST /api/board/images", 1, func() {
		c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": 100}).Want(t, 200)
	})
	// The page, then its view counters in one BatchGetItem.
	measure("GET /api/board", 2, func() { c.Do("GET", "/api/board", nil).Want(t, 200) })
	// A post read: the post and the counter's conditional update at once.
	// Not counted (the author's own read, a reload within the minute): and
	// the counter read for the count. The post's first read makes the
	// counter: and its put.
	post := "/api/board/" + p.Str("id")
	visitor := e.NewClient(t)
	measure("GET /api/board/{id} first", 4, func() { c.Do("GET", post, nil).Want(t, 200) })
	measure("GET /api/board/{id}", 2, func() { visitor.Do("GET", post, nil).Want(t, 200) })
	measure("GET /api/board/{id} reload", 3, func() { visitor.Do("GET", post, nil).Want(t, 200) })
	measure("GET /api/board/{id} author", 3, func() { c.Do("GET", post, nil).Want(t, 200) })
	measure("GET /api/accounts/profile", 1, func() { c.Do("GET", "/api/accounts/profile", nil).Want(t, 200) })
	measure("POST /api/accounts/login", 4, func() { c.Login(addr, "abc12345") })
	// The per-address counter, the user and the email claim.
	measure("POST /api/accounts/signup", 3, func() {
		c.Do("POST", "/api/accounts/signup", map[string]string{"email": Email("calls2"), "password": "abc12345", "password2": "abc12345", "nickname": "calls"}).Want(t, 201)
	})
}
