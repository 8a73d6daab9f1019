package main

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"sync"
)

// Verifier checks from the API that every accepted write is there, once.
type Verifier struct {
	C       *Client
	Limit   int
	SameDay bool // the quota day did not change during the run

	mu       sync.Mutex
	failures []string
	Users    int
	Rooms    int
	Messages int
	Posts    int
	Sends    int
}

func (v *Verifier) fail(format string, args ...any) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.failures = append(v.failures, fmt.Sprintf(format, args...))
}

// Failures returns what the checks found, sorted.
func (v *Verifier) Failures() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	f := append([]string(nil), v.failures...)
	sort.Strings(f)
	return f
}

func (v *Verifier) add(users, rooms, msgs, sends int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.Users += users
	v.Rooms += rooms
	v.Messages += msgs
	v.Sends += sends
}

// Run checks every user and every post with a few concurrent workers.
func (v *Verifier) Run(ctx context.Context, users []*User, posts []string, workers int) {
	jobs := make(chan func(), 64)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for job := range jobs {
				job()
			}
		}()
	}
	for _, u := range users {
		jobs <- func() { v.user(ctx, u) }
	}
	for _, id := range posts {
		jobs <- func() { v.post(ctx, id) }
	}
	close(jobs)
	wg.Wait()
	v.feed(ctx, posts)
}

// user checks one user's quota, rooms and messages.
func (v *Verifier) user(ctx context.Context, u *User) {
	c := v.C
	tok := u.Access
	if r := c.Do(ctx, "verify", "POST", "/api/accounts/token/refresh", map[string]string{"refresh": u.Refresh}, "", 200); r != nil && r.Status == 200 {
		tok = r.Str("access_token")
	} else {
		v.fail("user %s: refresh token no longer works", u.Email)
	}
	p := c.Do(ctx, "verify", "GET", "/api/accounts/profile", nil, tok, 200)
	if p == nil || p.Status != 200 {
		v.fail("user %s: profile unreadable", u.Email)
		return
	}
	used, _ := p.Quota()
	// The limit is per quota day; a run across midnight in QUOTA_TZ
	// spans two.
	days := map[string]int{}
	for _, s := range u.Sends {
		days[s.Day]++
	}
	for day, n := range days {
		if n > v.Limit {
			v.fail("user %s: %d sends answered on the quota day ending %s, limit %d", u.Email, n, day, v.Limit)
		}
	}
	if v.SameDay && used != len(u.Sends) {
		v.fail("user %s: quota.used=%d but %d sends were answered (double count or lost unit)", u.Email, used, len(u.Sends))
	}
	// The rooms list holds every room created, once.
	listed := map[string]int{}
	cursor := ""
	for pages := 0; pages < 100; pages++ {
		r := c.Do(ctx, "verify", "GET", "/api/chat?limit=50&cursor="+url.QueryEscape(cursor), nil, tok, 200)
		if r == nil || r.Status != 200 {
			v.fail("user %s: room list unreadable", u.Email)
			return
		}
		items, _ := r.JSON["items"].([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			listed[idOf(m)]++
		}
		next, _ := r.JSON["next_cursor"].(string)
		if next == "" {
			break
		}
		cursor = next
	}
	for id, n := range listed {
		if n > 1 {
			v.fail("user %s: room %s listed %d times", u.Email, id, n)
		}
	}
	if len(listed) != len(u.Rooms) {
		v.fail("user %s: %d rooms listed, %d created", u.Email, len(listed), len(u.Rooms))
	}
	msgs, answered := 0, 0
	for _, room := range u.Rooms {
		if listed[room.ID] == 0 {
			v.fail("user %s: lost room %s (not in the list)", u.Email, room.ID)
		}
		n, a := v.room(ctx, u, tok, room)
		msgs += n
		answered += a
	}
	if limit := v.Limit * max(len(days), 1); answered > limit {
		v.fail("user %s: %d answered questions stored, limit %d (%d quota days)", u.Email, answered, limit, max(len(days), 1))
	}
	v.add(1, len(u.Rooms), msgs, len(u.Sends))
}

// room reads every page of a room and compares it with what was accepted.
func (v *Verifier) room(ctx context.Context, u *User, tok string, room *Room) (msgs, answered int) {
	seen := map[string]int{}
	questions := map[string]int{}
	user, bot := map[string]map[string]any{}, map[string]map[string]any{}
	cursor := ""
	for pages := 0; pages < 100; pages++ {
		r := v.C.Do(ctx, "verify", "GET", "/api/chat/"+room.ID+"?limit=100&cursor="+url.QueryEscape(cursor), nil, tok, 200)
		if r == nil || r.Status != 200 {
			v.fail("user %s: room %s unreadable", u.Email, room.ID)
			return
		}
		items, _ := r.JSON["messages"].([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			id := idOf(m)
			seen[id]++
			msgs++
			if m["is_user"] == true {
				user[id] = m
				cid, _ := m["client_message_id"].(string)
				questions[cid]++
				if m["status"] == "answered" {
					answered++
				}
			} else {
				bot[id] = m
			}
		}
		next, _ := r.JSON["next_cursor"].(string)
		if next == "" {
			break
		}
		cursor = next
	}
	for id, n := range seen {
		if n > 1 {
			v.fail("room %s: message %s appears %d times", room.ID, id, n)
		}
	}
	for cid, n := range questions {
		if n > 1 {
			v.fail("room %s: question %s stored %d times (duplicate)", room.ID, cid, n)
		}
	}
	accUser, accBot := map[string]bool{}, map[string]bool{}
	for _, a := range room.Accepted {
		accUser[a.UserMsg], accBot[a.BotMsg] = true, true
		if um := user[a.UserMsg]; um == nil {
			v.fail("room %s: lost user message %s (client id %s, accepted 201)", room.ID, a.UserMsg, a.ClientID)
		} else if um["content"] != a.Content || um["status"] != "answered" {
			v.fail("room %s: message %s stored as %v/%v", room.ID, a.UserMsg, um["content"], um["status"])
		}
		if bot[a.BotMsg] == nil {
			v.fail("room %s: lost bot message %s (answer to %s)", room.ID, a.BotMsg, a.UserMsg)
		}
	}
	for id := range user {
		if !accUser[id] {
			v.fail("room %s: user message %s was never accepted (phantom write)", room.ID, id)
		}
	}
	for id := range bot {
		if !accBot[id] {
			v.fail("room %s: bot message %s answers nothing accepted (phantom write)", room.ID, id)
		}
	}
	return msgs, answered
}

// post checks that an accepted post can be read.
func (v *Verifier) post(ctx context.Context, id string) {
	r := v.C.Do(ctx, "verify", "GET", "/api/board/"+id, nil, "", 200, 404)
	switch {
	case r == nil:
		v.fail("post %s: no answer", id)
	case r.Status == 404:
		v.fail("lost post %s (accepted 201, now 404)", id)
	case r.Status != 200:
		v.fail("post %s: %d", id, r.Status)
	}
}

// feed walks the whole board: every accepted post once, nothing else.
func (v *Verifier) feed(ctx context.Context, posts []string) {
	seen := map[string]int{}
	cursor := ""
	for pages := 0; pages < 10000; pages++ {
		r := v.C.Do(ctx, "verify", "GET", "/api/board?limit=50&cursor="+url.QueryEscape(cursor), nil, "", 200)
		if r == nil || r.Status != 200 {
			v.fail("board feed unreadable")
			return
		}
		items, _ := r.JSON["items"].([]any)
		for _, it := range items {
			m, _ := it.(map[string]any)
			seen[idOf(m)]++
		}
		next, _ := r.JSON["next_cursor"].(string)
		if next == "" {
			break
		}
		cursor = next
	}
	acc := map[string]bool{}
	for _, id := range posts {
		acc[id] = true
		if seen[id] == 0 {
			v.fail("lost post %s (not in the board feed)", id)
		}
	}
	for id, n := range seen {
		if n > 1 {
			v.fail("board feed lists post %s %d times", id, n)
		}
		if !acc[id] {
			v.fail("board feed holds post %s that was never accepted (phantom write)", id)
		}
	}
	v.mu.Lock()
	v.Posts = len(posts)
	v.mu.Unlock()
}
