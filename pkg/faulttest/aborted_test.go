package faulttest

import (
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"namebot/pkg/apitest"
)

// dynaliteUp reports whether dynalite still accepts connections.
func dynaliteUp(s *stack) bool {
	c, err := net.DialTimeout("tcp", strings.TrimPrefix(s.Stack.Dynalite.Endpoint, "http://"), time.Second)
	if err != nil {
		return false
	}
	c.Close()
	return true
}

// TestAbortedCallsKeepDynaliteAlive guards against a crash of the local
// DynamoDB: when a DynamoDB request is cancelled while dynalite is still
// reading it, dynalite throws from its request error handler
// (node_modules/dynalite/index.js, `req.on('error', function (err) { throw
// err })`, "Error: aborted") and exits. The handlers cancel in-flight calls
// in normal operation: GET /api/health returns on the first failing ping and
// cancels the others, and a room read cancels its concurrent messages
// query when the room is not the caller's (404). The local stack's
// client therefore lets calls finish (pkg/local, detached); this hammers
// both paths and checks dynalite is still up.
func TestAbortedCallsKeepDynaliteAlive(t *testing.T) {
	t.Run("HealthWithS3Down", func(t *testing.T) {
		// S3 at a closed port: the S3 ping fails at once and the health
		// handler cancels the DynamoDB ping still in flight.
		s := start(t, options{env: map[string]string{"S3_ENDPOINT": "http://127.0.0.1:1"}})
		n := hammer(s, func() { do(s.URL, "GET", "/api/health", "", nil) })
		if !dynaliteUp(s) {
			t.Fatalf("dynalite died after %d health checks: a cancelled ping crashed the local DynamoDB", n)
		}
	})
	t.Run("ReadSomeoneElsesRoom", func(t *testing.T) {
		s := start(t, options{})
		owner, _ := user(t, s, "owner")
		room := apitest.NewRoom(t, owner, "Python", "PEP 8")
		other, _ := user(t, s, "other")
		n := hammer(s, func() { do(s.URL, "GET", "/api/chat/"+room, other.Token, nil) })
		if !dynaliteUp(s) {
			t.Fatalf("dynalite died after %d reads of someone else's room (404): the cancelled concurrent reads crashed the local DynamoDB", n)
		}
	})
}

// hammer calls fn 8 at a time, up to 1,600 times, until dynalite dies; it
// returns how many calls were made. (Before the fix dynalite died within
// 400-1,400 calls.)
func hammer(s *stack, fn func()) int {
	n := 0
	for i := 0; i < 200 && dynaliteUp(s); i++ {
		var wg sync.WaitGroup
		for j := 0; j < 8; j++ {
			wg.Add(1)
			go func() { defer wg.Done(); fn() }()
		}
		wg.Wait()
		n += 8
	}
	return n
}
