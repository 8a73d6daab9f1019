package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	mrand "math/rand/v2"
	"net/url"
	"sync"
	"time"
)

// Accepted is one send the API answered 201 (the first time).
type Accepted struct {
	Room, ClientID, Content string
	UserMsg, BotMsg         string
	Day                     string // the quota day it counted in (quota.resets_at)
}

// sendsOn counts u's accepted sends of one quota day: the limit is per
// day, and a run across midnight in QUOTA_TZ starts a fresh one.
func (u *User) sendsOn(day string) int {
	n := 0
	for _, s := range u.Sends {
		if s.Day == day {
			n++
		}
	}
	return n
}

// Room is a room a simulated user created (201).
type Room struct {
	ID       string
	Accepted []Accepted
}

// User is one simulated person: one sign-up, then a session of actions.
type User struct {
	Email, Password, ID string
	Access, Refresh     string
	Rooms               []*Room
	Sends               []Accepted // every accepted send, all rooms
	Attempts            int        // sends tried (first attempts)
	Limited             int        // 429s
	Posts               []string   // accepted post ids
	Problems            []string   // checks that failed during the run
}

// World is what every simulated user shares: the API client, the run's
// id and everything accepted so far.
type World struct {
	C        *Client
	RunID    string
	Deadline time.Time
	Think    time.Duration
	Limit    int

	mu    sync.Mutex
	users []*User
	posts []string // every accepted post id (for reading)
	seq   int
}

func (w *World) addUser(u *User) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.users = append(w.users, u)
}

func (w *World) addPost(id string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.posts = append(w.posts, id)
}

func (w *World) randomPost(r *mrand.Rand) string {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.posts) == 0 {
		return ""
	}
	return w.posts[r.IntN(len(w.posts))]
}

func (w *World) next() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.seq++
	return w.seq
}

// Users returns every simulated user.
func (w *World) Users() []*User {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]*User(nil), w.users...)
}

// Posts returns every accepted post id.
func (w *World) Posts() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.posts...)
}

func randID() string {
	b := make([]byte, 12)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

var rooms = []struct{ lang, conv string }{
	{"Python", "PEP 8"}, {"Java", "Google Java Style"}, {"Go", ""}, {"JavaScript", "Airbnb"},
	{"Rust", ""}, {"Kotlin", ""}, {"C#", ".NET"}, {"TypeScript", ""},
}

var questions = []string{
	"사칙연산을 위한 변수명 추천해줘", "names for a retry counter", "사용자 목록을 불러오는 함수 이름",
	"합계를 계산하는 함수 이름", "a flag that says whether the cache is warm", "주문 총액 변수명",
	"function that parses a config file", "로그인 실패 횟수를 세는 변수", "name for the max connection pool size",
	"이메일 인증 여부", "a list of pending invoices", "파일 업로드 진행률",
}

// Run is one worker: sessions of new users until the deadline.
func (w *World) Run(ctx context.Context, worker int) {
	r := mrand.New(mrand.NewPCG(uint64(worker)+1, uint64(time.Now().UnixNano())))
	for ctx.Err() == nil && time.Now().Before(w.Deadline) {
		w.session(ctx, r, worker)
	}
}

func (w *World) live(ctx context.Context) bool {
	return ctx.Err() == nil && time.Now().Before(w.Deadline)
}

func (w *World) think(ctx context.Context, r *mrand.Rand) {
	if w.Think <= 0 {
		return
	}
	t := time.NewTimer(time.Duration(r.Int64N(int64(2*w.Think) + 1)))
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// session signs a new user up and lets it act: a realistic mix of reads,
// sends until past the daily limit, posts and token refreshes.
func (w *World) session(ctx context.Context, r *mrand.Rand, worker int) {
	n := w.next()
	u := &User{Email: fmt.Sprintf("load-%s-%d-%d@example.com", w.RunID, worker, n), Password: "load" + randID()[:8] + "9"}
	c := w.C
	s := c.Do(ctx, "signup", "POST", "/api/accounts/signup",
		map[string]string{"email": u.Email, "password": u.Password, "password2": u.Password, "nickname": fmt.Sprintf("부하%d", n)}, "", 201)
	if s == nil || s.Status != 201 {
		return
	}
	u.ID = s.Str("id")
	w.addUser(u)
	w.think(ctx, r)
	if !w.login(ctx, u) {
		return
	}
	c.Do(ctx, "profile", "GET", "/api/accounts/profile", nil, u.Access, 200)
	c.Do(ctx, "room_list", "GET", "/api/chat", nil, u.Access, 200)
	w.createRoom(ctx, r, u)
	steps := 20 + r.IntN(25)
	for i := 0; i < steps && w.live(ctx); i++ {
		w.think(ctx, r)
		switch p := r.IntN(100); {
		case p < 24:
			if len(u.Rooms) > 0 {
				room := u.Rooms[r.IntN(len(u.Rooms))]
				c.Do(ctx, "room_read", "GET", "/api/chat/"+room.ID, nil, u.Access, 200)
			}
		case p < 32:
			c.Do(ctx, "room_list", "GET", "/api/chat", nil, u.Access, 200)
		case p < 54:
			if u.Attempts < w.Limit+2 && len(u.Rooms) > 0 {
				w.send(ctx, r, u, u.Rooms[r.IntN(len(u.Rooms))])
			} else {
				c.Do(ctx, "room_list", "GET", "/api/chat", nil, u.Access, 200)
			}
		case p < 68:
			w.boardList(ctx, r)
		case p < 80:
			if id := w.randomPost(r); id != "" {
				c.Do(ctx, "post_read", "GET", "/api/board/"+id, nil, "", 200)
			}
		case p < 86:
			if len(u.Posts) < 3 {
				w.createPost(ctx, r, u)
			}
		case p < 90:
			if len(u.Rooms) < 3 {
				w.createRoom(ctx, r, u)
			}
		case p < 96:
			w.refresh(ctx, u)
		default:
			c.Do(ctx, "profile", "GET", "/api/accounts/profile", nil, u.Access, 200)
		}
	}
}

func (w *World) login(ctx context.Context, u *User) bool {
	l := w.C.Do(ctx, "login", "POST", "/api/accounts/login", map[string]string{"email": u.Email, "password": u.Password}, "", 200)
	if l == nil || l.Status != 200 {
		return false
	}
	u.Access, u.Refresh = l.Str("access_token"), l.Str("refresh_token")
	return u.Access != "" && u.Refresh != ""
}

func (w *World) refresh(ctx context.Context, u *User) {
	r := w.C.Do(ctx, "refresh", "POST", "/api/accounts/token/refresh", map[string]string{"refresh": u.Refresh}, "", 200)
	if r != nil && r.Status == 200 {
		u.Access, u.Refresh = r.Str("access_token"), r.Str("refresh_token")
	}
}

func (w *World) createRoom(ctx context.Context, r *mrand.Rand, u *User) {
	spec := rooms[r.IntN(len(rooms))]
	body := map[string]string{"language": spec.lang}
	if spec.conv != "" {
		body["convention"] = spec.conv
	}
	res := w.C.Do(ctx, "room_create", "POST", "/api/chat", body, u.Access, 201)
	if res != nil && res.Status == 201 && res.Str("id") != "" {
		u.Rooms = append(u.Rooms, &Room{ID: res.Str("id")})
	}
}

func (w *World) createPost(ctx context.Context, r *mrand.Rand, u *User) {
	cat := []string{"question", "chat"}[r.IntN(2)]
	title := fmt.Sprintf("부하 시험 글 %s", randID()[:6])
	res := w.C.Do(ctx, "post_create", "POST", "/api/board",
		map[string]string{"title": title, "content": "변수 이름 짓기가 어려워요. " + questions[r.IntN(len(questions))], "category": cat}, u.Access, 201)
	if res != nil && res.Status == 201 && res.Str("id") != "" {
		u.Posts = append(u.Posts, res.Str("id"))
		w.addPost(res.Str("id"))
	}
}

func (w *World) boardList(ctx context.Context, r *mrand.Rand) {
	q := ""
	switch r.IntN(4) {
	case 1:
		q = "?category=question"
	case 2:
		q = "?category=chat"
	}
	res := w.C.Do(ctx, "board_list", "GET", "/api/board"+q, nil, "", 200)
	if res == nil {
		return
	}
	// Now and then the next page, as someone scrolling would.
	if next, _ := res.JSON["next_cursor"].(string); next != "" && r.IntN(3) == 0 {
		sep := "?"
		if q != "" {
			sep = "&"
		}
		w.C.Do(ctx, "board_list", "GET", "/api/board"+q+sep+"cursor="+url.QueryEscape(next), nil, "", 200)
	}
}

func (u *User) problem(format string, args ...any) {
	u.Problems = append(u.Problems, fmt.Sprintf("user %s: ", u.Email)+fmt.Sprintf(format, args...))
}

// send asks the bot: 201 while the user has quota, 429 after. Now and then
// the client retries an answered send (same client_message_id: must replay,
// spend nothing) or double-clicks (two at once with one id: one question).
func (w *World) send(ctx context.Context, r *mrand.Rand, u *User, room *Room) {
	cid := randID()
	content := questions[r.IntN(len(questions))]
	body := map[string]string{"content": content, "client_message_id": cid}
	u.Attempts++
	var results []*Resp
	if r.IntN(10) == 0 {
		var wg sync.WaitGroup
		results = make([]*Resp, 2)
		for i := range results {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i] = w.C.Do(ctx, "send_double", "POST", "/api/chat/"+room.ID, body, u.Access, 201, 409, 429)
			}()
		}
		wg.Wait()
	} else {
		results = []*Resp{w.C.Do(ctx, "send", "POST", "/api/chat/"+room.ID, body, u.Access, 201, 429)}
	}
	var acc *Accepted
	for _, res := range results {
		if res == nil {
			continue
		}
		switch res.Status {
		case 201:
			um, bm := idOf(res.Obj("user_message")), idOf(res.Obj("bot_message"))
			if um == "" || bm == "" {
				u.problem("send 201 without message ids: %.200s", res.Body)
				continue
			}
			if acc != nil {
				if acc.UserMsg != um || acc.BotMsg != bm {
					u.problem("one client_message_id answered twice: %s/%s and %s/%s", acc.UserMsg, acc.BotMsg, um, bm)
				}
				continue
			}
			acc = &Accepted{Room: room.ID, ClientID: cid, Content: content, UserMsg: um, BotMsg: bm, Day: res.QuotaDay()}
			if used, _ := res.Quota(); used != u.sendsOn(acc.Day)+1 {
				u.problem("send answered with quota.used=%d after %d accepted sends that day", used, u.sendsOn(acc.Day)+1)
			}
		case 429:
			u.Limited++
			if res.Header.Get("Retry-After") == "" {
				u.problem("429 without Retry-After")
			}
			if used, rem := res.Quota(); rem != 0 || used != w.Limit {
				u.problem("429 with quota used=%d remaining=%d", used, rem)
			}
		}
	}
	if acc == nil {
		return
	}
	u.Sends = append(u.Sends, *acc)
	room.Accepted = append(room.Accepted, *acc)
	if n := u.sendsOn(acc.Day); n > w.Limit {
		u.problem("%d sends answered on the quota day ending %s, limit %d", n, acc.Day, w.Limit)
	}
	// A client that lost the answer retries with the same id.
	if r.IntN(7) == 0 {
		res := w.C.Do(ctx, "send_retry", "POST", "/api/chat/"+room.ID, body, u.Access, 201)
		if res != nil && res.Status == 201 {
			if idOf(res.Obj("user_message")) != acc.UserMsg || idOf(res.Obj("bot_message")) != acc.BotMsg {
				u.problem("retry of %s did not replay the stored exchange: %.200s", cid, res.Body)
			}
			if used, _ := res.Quota(); used != u.sendsOn(res.QuotaDay()) {
				u.problem("retry changed quota.used to %d (accepted %d that day)", used, u.sendsOn(res.QuotaDay()))
			}
		}
	}
}
