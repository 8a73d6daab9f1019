package apitest

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"namebot/pkg/app"
	"namebot/pkg/llm/llmtest"
)

// modelEnv starts a stack whose model is a fake OpenAI-compatible server.
func modelEnv(t *testing.T) (*Env, *llmtest.Server) {
	fake := llmtest.New()
	t.Cleanup(fake.Close)
	e, _ := Start(t, map[string]string{
		"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": fake.URL + "/v1", "OPENAI_MODEL": "fake-model", "MODEL_TIMEOUT": "1500ms",
	}, app.Options{})
	return e, fake
}

func messagesOf(t *testing.T, c *Client, room string) []any {
	t.Helper()
	r := c.Do("GET", "/api/chat/"+room, nil).Want(t, 200)
	m, _ := r.JSON["messages"].([]any)
	return m
}

func TestChat_Rooms(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("rooms"), "abc12345", "rooms")
	t.Run("Create", func(t *testing.T) {
		r := c.Do("POST", "/api/chat", map[string]string{"language": " Python ", "convention": "PEP 8"}).Want(t, 201)
		if r.Str("language") != "Python" || r.Str("convention") != "PEP 8" || r.Str("title") != "Python · PEP 8" || r.Str("created_at") == "" {
			t.Fatalf("room: %s", r.Raw)
		}
		r = c.Do("POST", "/api/chat", map[string]string{"language": "Go"}).Want(t, 201)
		if r.Str("convention") != "" || r.Str("title") != "Go" {
			t.Fatalf("room: %s", r.Raw)
		}
	})
	t.Run("Validation", func(t *testing.T) {
		r := c.Do("POST", "/api/chat", map[string]string{"language": ""}).WantError(t, 400, "invalid")
		if r.Field("language") == "" {
			t.Fatalf("%s", r.Raw)
		}
		c.Do("POST", "/api/chat", map[string]string{"language": strings.Repeat("가", 41)}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat", map[string]string{"language": "Go", "convention": strings.Repeat("x", 101)}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat", map[string]any{"language": "Go", "user_id": "someone"}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat", map[string]any{"language": 3}).WantError(t, 400, "invalid")
	})
	t.Run("HostileTextStoredAsGiven", func(t *testing.T) {
		h := `<img src=x onerror=alert(1)>`
		r := c.Do("POST", "/api/chat", map[string]string{"language": h, "title": "<script>alert(1)</script>"}).Want(t, 201)
		got := c.Do("GET", "/api/chat/"+r.Str("id"), nil).Want(t, 200)
		room := got.JSON["chat"].(map[string]any)
		if room["language"] != h || room["title"] != "<script>alert(1)</script>" {
			t.Fatalf("room: %s", got.Raw)
		}
		if ct := got.Header.Get("Content-Type"); ct != "application/json; charset=utf-8" {
			t.Fatalf("content type %q", ct)
		}
	})
	t.Run("ListPaginated", func(t *testing.T) {
		c := env.NewClient(t)
		c.SignUp(Email("list"), "abc12345", "list")
		var ids []string
		for i := 0; i < 5; i++ {
			ids = append(ids, NewRoom(t, c, fmt.Sprintf("Lang%d", i), ""))
		}
		var got []string
		cursor := ""
		for pages := 0; pages < 10; pages++ {
			r := c.Do("GET", "/api/chat?limit=2&cursor="+url.QueryEscape(cursor), nil).Want(t, 200)
			for _, it := range r.JSON["items"].([]any) {
				got = append(got, it.(map[string]any)["id"].(string))
			}
			next, _ := r.JSON["next_cursor"].(string)
			if next == "" {
				break
			}
			cursor = next
		}
		want := []string{ids[4], ids[3], ids[2], ids[1], ids[0]}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("order\n got  %v\n want %v", got, want)
		}
		for _, bad := range []string{"x", "%%%", "eyJ1cGRhdGVkX2F0IjoiMSJ9", strings.Repeat("A", 600)} {
			c.Do("GET", "/api/chat?cursor="+url.QueryEscape(bad), nil).WantError(t, 400, "invalid")
		}
		for _, bad := range []string{"0", "51", "x", "-1"} {
			c.Do("GET", "/api/chat?limit="+bad, nil).WantError(t, 400, "invalid")
		}
	})
	t.Run("Ownership", func(t *testing.T) {
		owner := env.NewClient(t)
		owner.SignUp(Email("owner"), "abc12345", "owner")
		room := NewRoom(t, owner, "Python", "PEP 8")
		other := env.NewClient(t)
		other.SignUp(Email("other"), "abc12345", "other")
		other.Do("GET", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
		other.Do("DELETE", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
		other.Do("POST", "/api/chat/"+room, map[string]string{"content": "hi"}).WantError(t, 404, "not_found")
		if r := other.Do("GET", "/api/chat", nil).Want(t, 200); len(r.JSON["items"].([]any)) != 0 {
			t.Fatalf("other user sees rooms: %s", r.Raw)
		}
		owner.Do("GET", "/api/chat/"+room, nil).Want(t, 200)
		owner.Do("GET", "/api/chat/not-a-uuid", nil).WantError(t, 404, "not_found")
		env.NewClient(t).Do("GET", "/api/chat/"+room, nil).WantError(t, 401, "unauthorized")
		owner.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204)
		owner.Do("GET", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
		owner.Do("DELETE", "/api/chat/"+room, nil).WantError(t, 404, "not_found")
	})
}

func TestChat_Send(t *testing.T) {
	e, fake := modelEnv(t)
	c := e.NewClient(t)
	c.SignUp(Email("send"), "abc12345", "send")
	room := NewRoom(t, c, "Python", "PEP 8")
	t.Run("Answer", func(t *testing.T) {
		r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "합계를 계산하는 함수 이름", "client_message_id": "m-1"}).Want(t, 201)
		um, bm := r.JSON["user_message"].(map[string]any), r.JSON["bot_message"].(map[string]any)
		if um["is_user"] != true || um["status"] != "answered" || um["content"] != "합계를 계산하는 함수 이름" {
			t.Fatalf("user message: %s", r.Raw)
		}
		if bm["is_user"] != false || bm["status"] != "answered" || bm["offline"] != false {
			t.Fatalf("bot message: %s", r.Raw)
		}
		names := map[string]bool{}
		for _, s := range bm["suggestions"].([]any) {
			names[s.(map[string]any)["name"].(string)] = true
		}
		if !names["calculate_total"] || !names["total_amount"] {
			t.Fatalf("suggestions: %v", bm["suggestions"])
		}
		if q := quotaOf(t, r); q["used"] != float64(1) || q["remaining"] != float64(4) {
			t.Fatalf("quota: %v", q)
		}
		// What the model was asked.
		reqs := fake.Requests()
		last := reqs[len(reqs)-1]
		if last.Model != "fake-model" || last.MaxTokens == 0 || last.Header.Get("Authorization") != "Bearer test-key" {
			t.Fatalf("request: %+v", last)
		}
		all := ""
		for _, m := range last.Messages {
			all += m.Content + "\n"
		}
		for _, want := range []string{"Python", "PEP 8", "합계를 계산하는 함수 이름"} {
			if !strings.Contains(all, want) {
				t.Errorf("prompt lacks %q", want)
			}
		}
	})
	t.Run("ReadsDoNotSpend", func(t *testing.T) {
		for i := 0; i < 3; i++ {
			r := c.Do("GET", "/api/chat/"+room, nil).Want(t, 200)
			if q := quotaOf(t, r); q["used"] != float64(1) {
				t.Fatalf("quota after read: %v", q)
			}
		}
		if p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200); quotaOf(t, p)["used"] != float64(1) {
			t.Fatalf("profile quota: %s", p.Raw)
		}
	})
	t.Run("HistoryGoesToModel", func(t *testing.T) {
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "조금 더 짧게", "client_message_id": "m-2"}).Want(t, 201)
		reqs := fake.Requests()
		msgs := reqs[len(reqs)-1].Messages
		joined := ""
		for _, m := range msgs {
			joined += m.Role + ":" + m.Content + "\n"
		}
		if !strings.Contains(joined, "합계를 계산하는 함수 이름") || !strings.Contains(joined, "조금 더 짧게") {
			t.Fatalf("history not sent:\n%s", joined)
		}
	})
	t.Run("RetrySameClientID", func(t *testing.T) {
		before := len(fake.Requests())
		a := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "조금 더 짧게", "client_message_id": "m-2"}).Want(t, 201)
		if len(fake.Requests()) != before {
			t.Fatal("a retry asked the model again")
		}
		if q := quotaOf(t, a); q["used"] != float64(2) {
			t.Fatalf("retry spent: %v", q)
		}
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "다른 내용", "client_message_id": "m-2"}).WantError(t, 409, "conflict")
		if n := len(messagesOf(t, c, room)); n != 4 {
			t.Fatalf("%d messages stored, want 4", n)
		}
	})
	t.Run("BadInput", func(t *testing.T) {
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": ""}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": strings.Repeat("가", 1001)}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "hi", "client_message_id": "../../etc"}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat/"+room, map[string]any{"content": "hi", "is_user": false}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/chat/"+room, `{"content": "`+strings.Repeat("a", 9000)+`"}`).WantError(t, 413, "too_large")
		c.Do("POST", "/api/chat/"+room, `{"content":`).WantError(t, 400, "invalid")
		if q := quotaOf(t, c.Do("GET", "/api/chat/"+room, nil)); q["used"] != float64(2) {
			t.Fatalf("refused requests spent: %v", q)
		}
		if n := len(messagesOf(t, c, room)); n != 4 {
			t.Fatalf("refused requests stored messages: %d", n)
		}
	})
}

func TestChat_ModelFailures(t *testing.T) {
	e, fake := modelEnv(t)
	c := e.NewClient(t)
	c.SignUp(Email("fail"), "abc12345", "fail")
	room := NewRoom(t, c, "Java", "Google Java Style")
	cases := []struct {
		name   string
		mode   llmtest.Mode
		status int
		code   string
	}{
		{"500", llmtest.Fail, 502, "model_failed"},
		{"429 from provider", llmtest.Fail, 502, "model_failed"},
		{"garbage", llmtest.Garbage, 502, "model_failed"},
		{"empty", llmtest.Empty, 502, "model_failed"},
		{"stream", llmtest.Stream, 502, "model_failed"},
		{"hang", llmtest.Hang, 504, "model_timeout"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			st := 0
			if tc.name == "429 from provider" {
				st = 429
			}
			fake.Set(tc.mode, "", st)
			id := "fail-" + strconv.Itoa(i)
			start := time.Now()
			r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "retry counter name", "client_message_id": id}).WantError(t, tc.status, tc.code)
			if d := time.Since(start); d > 5*time.Second {
				t.Fatalf("took %v", d)
			}
			um, _ := r.JSON["user_message"].(map[string]any)
			if um["status"] != "unanswered" || um["content"] != "retry counter name" {
				t.Fatalf("user message not kept as unanswered: %s", r.Raw)
			}
			if q := quotaOf(t, r); q["used"] != float64(0) {
				t.Fatalf("unit not given back: %v", q)
			}
			// The model recovers; the retry answers the same message.
			fake.Set(llmtest.Answer, `{"functions":[{"name":"countRetries","reason":"r"}],"variables":[{"name":"retryCount","reason":"r"}]}`, 0)
			r2 := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "retry counter name", "client_message_id": id}).Want(t, 201)
			if r2.JSON["user_message"].(map[string]any)["id"] != um["id"] {
				t.Fatalf("retry stored a second user message: %s", r2.Raw)
			}
			if q := quotaOf(t, r2); q["used"] != float64(1) {
				t.Fatalf("quota after retry: %v", q)
			}
			msgs := messagesOf(t, c, room)
			if len(msgs) != 2*(i+1) {
				t.Fatalf("%d messages, want %d", len(msgs), 2*(i+1))
			}
			// Give the unit back for the next case by using a fresh day
			// counter: delete and recreate the user is costly, so reset
			// through the store.
			resetQuota(t, e, c)
		})
	}
}

func resetQuota(t *testing.T, e *Env, c *Client) {
	t.Helper()
	p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
	d := e.Stack.Deps
	if err := d.DB.DeleteQuotas(t.Context(), p.Str("id")); err != nil {
		t.Fatal(err)
	}
}

func TestChat_HostileModelOutput(t *testing.T) {
	e, fake := modelEnv(t)
	c := e.NewClient(t)
	c.SignUp(Email("hostile"), "abc12345", "hostile")
	room := NewRoom(t, c, "JavaScript", "Airbnb")
	fake.Set(llmtest.Answer, `{"functions":[{"name":"<img src=x onerror=alert(1)>","reason":"<script>alert(1)</script>"},{"name":"get_user_list","reason":"ok"}],"variables":[{"name":"javascript:alert(1)","reason":"x"},{"name":"class","reason":"reserved"}],"note":"<b>bold</b>"}`, 0)
	r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "<script>alert('q')</script>", "client_message_id": "h1"}).Want(t, 201)
	bm := r.JSON["bot_message"].(map[string]any)
	// Exactly the one word-character name survives, re-cased for JS:
	// markup is dropped, never turned into an identifier; "class" is reserved.
	var got []string
	for _, s := range bm["suggestions"].([]any) {
		m := s.(map[string]any)
		got = append(got, m["kind"].(string)+":"+m["name"].(string))
	}
	if strings.Join(got, ",") != "function:getUserList" {
		t.Fatalf("suggestions %v, want exactly [function:getUserList]", got)
	}
	for _, s := range bm["suggestions"].([]any) {
		name := s.(map[string]any)["name"].(string)
		for _, ch := range name {
			if !(ch == '_' || ch == '$' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') {
				t.Fatalf("name %q has %q", name, ch)
			}
		}
		if name == "class" {
			t.Fatal("reserved word suggested")
		}
	}
	if r.JSON["user_message"].(map[string]any)["content"] != "<script>alert('q')</script>" {
		t.Fatalf("user text altered: %s", r.Raw)
	}
}

// TestChat_DailyLimitRace sends 50 different questions at once, as one
// user, several times: exactly the limit succeed and exactly that many
// exchanges are stored.
func TestChat_DailyLimitRace(t *testing.T) {
	e, _ := modelEnv(t)
	for round := 0; round < 3; round++ {
		c := e.NewClient(t)
		c.SignUp(Email("race"), "abc12345", "race")
		room := NewRoom(t, c, "Go", "")
		const n = 50
		var wg sync.WaitGroup
		statuses := make([]int, n)
		retryAfter := make([]string, n)
		for i := 0; i < n; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := c.Try("POST", "/api/chat/"+room, map[string]string{"content": fmt.Sprintf("question %d", i), "client_message_id": fmt.Sprintf("race-%d", i)})
				if err != nil {
					t.Error(err) // not Fatal: this is not the test's goroutine
					return
				}
				statuses[i], retryAfter[i] = r.Status, r.Header.Get("Retry-After")
			}()
		}
		wg.Wait()
		ok, limited := 0, 0
		for i, s := range statuses {
			switch s {
			case 201:
				ok++
			case 429:
				limited++
				if retryAfter[i] == "" {
					t.Fatal("429 without Retry-After")
				}
			default:
				t.Fatalf("round %d: unexpected status %d", round, s)
			}
		}
		if ok != 5 || limited != n-5 {
			t.Fatalf("round %d: %d answered, %d limited; want 5 and %d", round, ok, limited, n-5)
		}
		if got := len(messagesOf(t, c, room)); got != 10 {
			t.Fatalf("round %d: %d messages stored, want 10", round, got)
		}
		r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "one more"}).WantError(t, 429, "rate_limited")
		if q := quotaOf(t, r); q["remaining"] != float64(0) || q["used"] != float64(5) {
			t.Fatalf("quota on 429: %v", q)
		}
	}
}

func TestChat_AccountDeletionRemovesRooms(t *testing.T) {
	c := env.NewClient(t)
	e := Email("cascade")
	c.SignUp(e, "abc12345", "cascade")
	room := NewRoom(t, c, "Rust", "")
	c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록"}).Want(t, 201)
	uid := c.Do("GET", "/api/accounts/profile", nil).Str("id")
	c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
	page, err := env.Stack.Deps.DB.FindChats(t.Context(), uid, "", 10)
	if err != nil || len(page.Items) != 0 {
		t.Fatalf("rooms left: %v %v", page.Items, err)
	}
	msgs, err := env.Stack.Deps.DB.FindMessages(t.Context(), room, "", 10)
	if err != nil || len(msgs.Items) != 0 {
		t.Fatalf("messages left: %v %v", msgs.Items, err)
	}
}
