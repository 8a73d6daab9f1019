package apitest

import (
	"bytes"
	"fmt"
	"sync/atomic"
	"testing"
	"time"
)

// PNG is the smallest body the server's image inspection accepts as a PNG.
var PNG = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0}, 100)...)

var seq atomic.Int64

// Email returns an address no other test uses.
func Email(prefix string) string {
	return fmt.Sprintf("%s-%d-%d@example.com", prefix, time.Now().UnixNano(), seq.Add(1))
}

// NewRoom creates a chat room for lang and conv and returns its id.
func NewRoom(t testing.TB, c *Client, lang, conv string) string {
	t.Helper()
	r := c.Do("POST", "/api/chat", map[string]string{"language": lang, "convention": conv}).Want(t, 201)
	return r.Str("id")
}

func quotaOf(t testing.TB, r *Result) map[string]any {
	t.Helper()
	q, ok := r.JSON["quota"].(map[string]any)
	if !ok {
		t.Fatalf("no quota in %s", r.Raw)
	}
	return q
}

// UsedToday returns how many questions the client's user has asked today
// (quota.used of the profile).
func UsedToday(t testing.TB, c *Client) int {
	t.Helper()
	p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
	u, ok := quotaOf(t, p)["used"].(float64)
	if !ok {
		t.Fatalf("no quota.used in %s", p.Raw)
	}
	return int(u)
}
