package faulttest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"namebot/pkg/apitest"
)

// TestDynaliteKilled kills dynalite (SIGKILL, as a crash) while simulated
// clients are busy, checks that every request in the outage answers a
// prompt 503 with the error shape, brings dynalite back on the same
// endpoint with the same data directory, and checks that the same server
// recovers by itself, that the data from before the crash is there, and
// that what was answered 201 during the run was stored.
func TestDynaliteKilled(t *testing.T) {
	s := start(t, options{onDisk: true})
	dl := s.Stack.Dynalite
	addr := apitest.Email("crash")
	c := s.NewClient(t)
	c.SignUp(addr, "abc12345", "crash")
	room := apitest.NewRoom(t, c, "Python", "PEP 8")
	c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록", "client_message_id": "before-1"}).Want(t, 201)
	before := c.Do("POST", "/api/board", map[string]string{"title": "before the crash", "content": "c", "category": "chat"}).Want(t, 201).Str("id")
	refresh := c.Login(addr, "abc12345").Str("refresh_token")

	// Busy clients: reads and writes in a loop, across the crash and the
	// recovery. Every answer must be a success or a prompt 503.
	type result struct {
		kind string
		r    raw
	}
	var mu sync.Mutex
	var results []result
	var created []string // posts answered 201
	stop := make(chan struct{})
	var wg sync.WaitGroup
	kinds := []func(i int) (string, raw){
		func(int) (string, raw) { return "room read", do(s.URL, "GET", "/api/chat/"+room, c.Token, nil) },
		func(int) (string, raw) { return "board list", do(s.URL, "GET", "/api/board", "", nil) },
		func(int) (string, raw) { return "profile", do(s.URL, "GET", "/api/accounts/profile", c.Token, nil) },
		func(i int) (string, raw) {
			return "post create", do(s.URL, "POST", "/api/board", c.Token, map[string]string{"title": fmt.Sprintf("busy %d", i), "content": "c", "category": "chat"})
		},
	}
	for w, kind := range kinds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				name, r := kind(w*100000 + i)
				mu.Lock()
				results = append(results, result{name, r})
				if name == "post create" && r.Status == 201 {
					created = append(created, r.JSON["id"].(string))
				}
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}
	time.Sleep(300 * time.Millisecond)
	dl.Kill()
	killed := time.Now()

	// During the outage: every kind of route answers 503 promptly.
	t.Run("Outage", func(t *testing.T) {
		time.Sleep(200 * time.Millisecond)
		checks := []struct {
			what, method, path, token string
			body                      any
		}{
			{"health", "GET", "/api/health", "", nil},
			{"signup", "POST", "/api/accounts/signup", "", map[string]string{"email": apitest.Email("down"), "password": "abc12345", "password2": "abc12345", "nickname": "down"}},
			{"login", "POST", "/api/accounts/login", "", map[string]string{"email": "someone@example.com", "password": "abc12345"}},
			{"refresh", "POST", "/api/accounts/token/refresh", "", map[string]string{"refresh": refresh}},
			{"profile", "GET", "/api/accounts/profile", c.Token, nil},
			{"room list", "GET", "/api/chat", c.Token, nil},
			{"room create", "POST", "/api/chat", c.Token, map[string]string{"language": "Go"}},
			{"room read", "GET", "/api/chat/" + room, c.Token, nil},
			{"room delete", "DELETE", "/api/chat/" + room, c.Token, nil},
			{"send", "POST", "/api/chat/" + room, c.Token, map[string]string{"content": "during the outage", "client_message_id": "outage-1"}},
			{"board list", "GET", "/api/board", "", nil},
			{"post read", "GET", "/api/board/" + before, "", nil},
			{"post create", "POST", "/api/board", c.Token, map[string]string{"title": "t", "content": "c", "category": "chat"}},
			{"post edit", "PATCH", "/api/board/" + before, c.Token, map[string]string{"title": "edited in the outage"}},
			{"post delete", "DELETE", "/api/board/" + before, c.Token, nil},
		}
		var cwg sync.WaitGroup
		var slowest time.Duration
		var smu sync.Mutex
		for _, ck := range checks {
			cwg.Add(1)
			go func() {
				defer cwg.Done()
				r := do(s.URL, ck.method, ck.path, ck.token, ck.body)
				wantUnavailable(t, ck.what, r, 5*time.Second)
				smu.Lock()
				slowest = max(slowest, r.Took)
				smu.Unlock()
			}()
		}
		cwg.Wait()
		t.Logf("%d routes answered 503 unavailable; slowest %v", len(checks), slowest.Round(time.Millisecond))
	})

	// Back on the same endpoint, same data; the server is not restarted.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := dl.Restart(ctx); err != nil {
		t.Fatalf("restart dynalite: %v", err)
	}
	outage := time.Since(killed)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if r := do(s.URL, "GET", "/api/health", "", nil); r.Status == 200 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the stack did not recover within 10 s of dynalite's return")
		}
		time.Sleep(50 * time.Millisecond)
	}
	recovered := time.Since(killed)
	time.Sleep(400 * time.Millisecond) // the busy clients succeed again
	close(stop)
	wg.Wait()
	t.Logf("outage %v; healthy again %v after the kill", outage.Round(time.Millisecond), recovered.Round(time.Millisecond))

	t.Run("EveryAnswerDuringTheRun", func(t *testing.T) {
		okAfter := map[string]int{}
		n503 := 0
		for _, res := range results {
			r := res.r
			switch {
			case r.Err != nil:
				t.Errorf("%s: no answer after %v: %v", res.kind, r.Took, r.Err)
			case r.Status == 503:
				n503++
				if r.errorCode() != "unavailable" {
					t.Errorf("%s: 503 without the error shape: %s", res.kind, r.Body)
				}
			case r.Status == 200 || r.Status == 201:
				okAfter[res.kind]++
			default:
				t.Errorf("%s: %d %s", res.kind, r.Status, r.Body)
			}
			if r.Took > 5*time.Second {
				t.Errorf("%s: took %v", res.kind, r.Took)
			}
		}
		if n503 == 0 {
			t.Error("no request saw the outage")
		}
		for _, k := range kinds {
			name, _ := k(0)
			if okAfter[name] == 0 {
				t.Errorf("%s never succeeded", name)
			}
		}
		t.Logf("%d requests by the busy clients: %d answered 503 during the outage", len(results), n503)
	})

	t.Run("DataSurvivedAndWritesWork", func(t *testing.T) {
		// The account (login reads the users table), the room and its
		// exchange, and the post from before the crash.
		c.Login(addr, "abc12345")
		st := readRoom(t, c, room)
		if st.Users != 1 || st.Answered != 1 || st.Bots != 1 || st.ByClientID["before-1"] != 1 {
			t.Fatalf("room after the crash: %+v", st)
		}
		if used := apitest.UsedToday(t, c); used != 1 {
			t.Fatalf("quota.used = %d after the crash, want 1", used)
		}
		s.NewClient(t).Do("GET", "/api/board/"+before, nil).Want(t, 200)
		// Every post answered 201 during the run is there.
		for _, id := range created {
			s.NewClient(t).Do("GET", "/api/board/"+id, nil).Want(t, 200)
		}
		// New writes work on the same server.
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "after the crash", "client_message_id": "after-1"}).Want(t, 201)
		c.Do("POST", "/api/board", map[string]string{"title": "after", "content": "c", "category": "chat"}).Want(t, 201)
		s.NewClient(t).SignUp(apitest.Email("after"), "abc12345", "after")
		if got := readRoom(t, c, room); got.Users != 2 || got.Answered != 2 || got.Bots != 2 {
			t.Fatalf("room after a new send: %+v", got)
		}
	})
}
