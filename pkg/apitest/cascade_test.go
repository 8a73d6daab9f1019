package apitest

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"
)

// These tests look at the tables and the bucket directly, not through the
// API: what must be gone is what the API can no longer show.

// owned returns what is stored of a user: rooms, posts, counters, and the
// messages and send requests of the rooms given.
func owned(t *testing.T, uid string, rooms []string) []string {
	t.Helper()
	tb := env.Stack.Deps.DB.Tables
	var left []string
	for _, id := range env.Partition(t, tb.Chats, "user_id", uid) {
		left = append(left, "room "+id)
	}
	posts, err := env.Stack.Deps.DB.FindUserPosts(t.Context(), uid)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range posts {
		left = append(left, "post "+p.ID)
		for _, k := range env.Objects(t, "images/"+p.ID+"/") {
			left = append(left, "image "+k)
		}
	}
	for _, d := range env.Partition(t, tb.Counters, "user_id", uid) {
		left = append(left, "counter "+d)
	}
	for _, room := range rooms {
		for _, id := range env.Partition(t, tb.Messages, "chat_id", room) {
			left = append(left, "message "+room+"/"+id)
		}
	}
	return left
}

// TestCascade_DeletedUserToken: an access token outlives its account by up
// to 15 minutes. Every route refuses it with 401 and nothing is written.
func TestCascade_DeletedUserToken(t *testing.T) {
	c := env.NewClient(t)
	uid := c.SignUp(Email("gone"), "abc12345", "gone")
	room := NewRoom(t, c, "Go", "")
	p := post(t, c, "gone", "chat", nil).Want(t, 201)
	c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)

	for _, r := range []struct{ method, path string }{
		{"POST", "/api/chat"},
		{"GET", "/api/chat"},
		{"GET", "/api/chat/" + room},
		{"DELETE", "/api/chat/" + room},
		{"POST", "/api/chat/" + room},
		{"PATCH", "/api/chat/" + room},
		{"POST", "/api/board"},
		{"PATCH", "/api/board/" + p.Str("id")},
		{"DELETE", "/api/board/" + p.Str("id")},
		{"POST", "/api/board/images"},
		{"GET", "/api/accounts/profile"},
	} {
		var body any
		switch r.path {
		case "/api/chat":
			if r.method == "POST" {
				body = map[string]string{"language": "Go"}
			}
		case "/api/board", "/api/board/" + p.Str("id"):
			if r.method != "DELETE" {
				body = map[string]string{"title": "t", "content": "c", "category": "chat"}
			}
		case "/api/board/images":
			body = map[string]any{"content_type": "image/png", "size": 100}
		case "/api/chat/" + room:
			if r.method == "POST" {
				body = map[string]string{"content": "사용자 목록"}
			}
			if r.method == "PATCH" {
				body = map[string]string{"title": "renamed"}
			}
		}
		t.Run(r.method+" "+r.path, func(t *testing.T) {
			c.Do(r.method, r.path, body).WantError(t, 401, "unauthorized")
		})
	}
	c.Lang = "en"
	if m := c.Do("POST", "/api/chat", map[string]string{"language": "Go"}).WantError(t, 401, "unauthorized").JSON["error"].(map[string]any)["message"]; m == "" {
		t.Fatal("no English message")
	}
	if left := owned(t, uid, []string{room}); len(left) != 0 {
		t.Fatalf("stored for a deleted user: %v", left)
	}
}

// raceRounds is how many rounds each race test runs.
const raceRounds = 12

// deletionCap is how long an account deletion may take while its owner
// keeps writing; the deletion normally takes a few tens of milliseconds.
const deletionCap = 5 * time.Second

// TestCascade_AccountDeletionRacingWrites: while an account is deleted, the
// same user keeps creating rooms and posts (some with images) and sending
// in a room. Whatever the interleaving, nothing of the user is stored
// afterwards.
func TestCascade_AccountDeletionRacingWrites(t *testing.T) {
	leaks := 0
	for round := range raceRounds {
		c := env.NewClient(t)
		uid := c.SignUp(Email("race"), "abc12345", "race")
		room := NewRoom(t, c, "Go", "")
		keys := make(chan string, 4)
		for range cap(keys) {
			keys <- upload(t, c, "image/png", len(PNG), PNG)
		}
		close(keys)

		var mu sync.Mutex
		rooms := []string{room}
		var wg sync.WaitGroup
		stop := make(chan struct{})
		writer := func(fn func(i int) (*Result, error)) {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := fn(i); err != nil {
					t.Error(err)
					return
				}
			}
		}
		// Odd rounds also create rooms; even rounds leave the rooms alone,
		// so that the deletion reaches the posts while they are written.
		wg.Add(3)
		if round%2 == 1 {
			wg.Add(1)
			go writer(func(int) (*Result, error) {
				r, err := c.Try("POST", "/api/chat", map[string]string{"language": "Go"})
				if err == nil && r.Status == 201 {
					mu.Lock()
					rooms = append(rooms, r.Str("id"))
					mu.Unlock()
				}
				return r, err
			})
		}
		go writer(func(i int) (*Result, error) {
			body := map[string]any{"title": "t", "content": "c", "category": "chat"}
			select {
			case k, ok := <-keys:
				if ok {
					body["image_key"] = k
				}
			default:
			}
			return c.Try("POST", "/api/board", body)
		})
		go writer(func(i int) (*Result, error) {
			return c.Try("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록", "client_message_id": fmt.Sprintf("r%d", i%4)})
		})
		go writer(func(int) (*Result, error) {
			mu.Lock()
			r := rooms[len(rooms)-1]
			mu.Unlock()
			return c.Try("POST", "/api/chat/"+r, map[string]string{"content": "변수명"})
		})
		time.Sleep(time.Duration(5+rand.IntN(30)) * time.Millisecond)
		// The writers go on for a while after the deletion starts (not
		// until it ends: a deletion that never catches up with them must
		// fail the test, not hang it).
		del := env.NewClient(t)
		del.Token = c.Token
		done := make(chan error, 1)
		go func() {
			r, err := del.Try("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"})
			if err == nil && r.Status != 204 {
				err = fmt.Errorf("status %d: %s", r.Status, r.Raw)
			}
			done <- err
		}()
		var err error
		select {
		case err = <-done:
			time.Sleep(30 * time.Millisecond)
			close(stop)
			wg.Wait()
		case <-time.After(deletionCap):
			close(stop)
			wg.Wait()
			err = <-done
			t.Errorf("round %d: the deletion had not finished after %v of concurrent writes", round, deletionCap)
		}
		if err != nil {
			t.Fatalf("round %d: delete: %v", round, err)
		}
		if left := owned(t, uid, rooms); len(left) != 0 {
			leaks++
			t.Errorf("round %d: stored after the account was deleted: %v", round, left)
		}
	}
	t.Logf("%d of %d rounds left something behind", leaks, raceRounds)
}

// TestCascade_PostDeleteRacingImageReplace: a post is deleted while its
// image is being replaced. Afterwards neither the post nor any image of it
// is stored.
func TestCascade_PostDeleteRacingImageReplace(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("replace"), "abc12345", "replace")
	leaks := 0
	for round := range raceRounds {
		p := post(t, c, "img", "chat", map[string]any{"image_key": upload(t, c, "image/png", len(PNG), PNG)}).Want(t, 201)
		id := p.Str("id")
		var next []string
		for range 3 {
			next = append(next, upload(t, c, "image/png", len(PNG), PNG))
		}
		var wg sync.WaitGroup
		for _, k := range next {
			wg.Go(func() {
				if _, err := c.Try("PATCH", "/api/board/"+id, map[string]any{"image_key": k}); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Go(func() {
			time.Sleep(time.Duration(rand.IntN(15)) * time.Millisecond)
			if r, err := c.Try("DELETE", "/api/board/"+id, nil); err != nil || r.Status != 204 {
				t.Errorf("delete: %v %v", r, err)
			}
		})
		wg.Wait()
		if st, _, _ := get(t, "/api/board/"+id); st != 404 {
			t.Errorf("round %d: post still readable: %d", round, st)
		}
		if left := env.Objects(t, "images/"+id+"/"); len(left) != 0 {
			leaks++
			t.Errorf("round %d: images of the deleted post still stored: %v", round, left)
		}
	}
	t.Logf("%d of %d rounds left an image behind", leaks, raceRounds)
}

// TestCascade_SendRacingRoomDelete: a room is deleted while questions are
// being sent to it. Afterwards nothing of the room is stored.
func TestCascade_SendRacingRoomDelete(t *testing.T) {
	leaks := 0
	for round := range raceRounds {
		c := env.NewClient(t)
		c.SignUp(Email("roomrace"), "abc12345", "roomrace")
		room := NewRoom(t, c, "Go", "")
		var wg sync.WaitGroup
		for i := range 4 {
			wg.Go(func() {
				time.Sleep(time.Duration(rand.IntN(10)) * time.Millisecond)
				if _, err := c.Try("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록", "client_message_id": fmt.Sprintf("s%d", i)}); err != nil {
					t.Error(err)
				}
			})
		}
		wg.Go(func() {
			time.Sleep(time.Duration(2+rand.IntN(10)) * time.Millisecond)
			if r, err := c.Try("DELETE", "/api/chat/"+room, nil); err != nil || r.Status != 204 {
				t.Errorf("delete: %v %v", r, err)
			}
		})
		wg.Wait()
		if left := env.Partition(t, env.Stack.Deps.DB.Tables.Messages, "chat_id", room); len(left) != 0 {
			leaks++
			t.Errorf("round %d: the deleted room still stores %v", round, left)
		}
	}
	t.Logf("%d of %d rounds left messages behind", leaks, raceRounds)
}
