package apitest

import (
	"strings"
	"testing"

	"namebot/pkg/llm/llmtest"
)

// names returns the suggested names of a message, in order.
func names(t *testing.T, m any) []string {
	t.Helper()
	var out []string
	for _, s := range m.(map[string]any)["suggestions"].([]any) {
		out = append(out, s.(map[string]any)["name"].(string))
	}
	return out
}

func TestChat_Kind(t *testing.T) {
	e, fake := modelEnv(t)
	c := e.NewClient(t)
	c.SignUp(Email("kind"), "abc12345", "kind")
	room := NewRoom(t, c, "Python", "PEP 8")
	t.Run("Refused", func(t *testing.T) {
		for _, bad := range []any{"enum", "Function", " function", "", 3} {
			if bad == "" {
				continue // "" is no kind, accepted
			}
			r := c.Do("POST", "/api/chat/"+room, map[string]any{"content": "사용자 목록", "kind": bad}).WantError(t, 400, "invalid")
			if r.Field("kind") == "" {
				t.Fatalf("%v: no kind field error: %s", bad, r.Raw)
			}
		}
		r := c.Do("POST", "/api/chat/"+room, map[string]any{"content": "사용자 목록", "kind": "enum"}, "Accept-Language", "en").WantError(t, 400, "invalid")
		if !strings.Contains(r.Field("kind"), "function, variable, boolean, constant, class") {
			t.Fatalf("en field error: %s", r.Raw)
		}
		if q := quotaOf(t, c.Do("GET", "/api/chat/"+room, nil)); q["used"] != float64(0) {
			t.Fatalf("a refused kind spent: %v", q)
		}
	})
	t.Run("StoredAndPrompted", func(t *testing.T) {
		r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "활성 사용자", "kind": "boolean", "client_message_id": "k-1"}).Want(t, 201)
		if um := r.JSON["user_message"].(map[string]any); um["kind"] != "boolean" {
			t.Fatalf("user message: %s", r.Raw)
		}
		reqs := fake.Requests()
		if sys := reqs[len(reqs)-1].Messages[0].Content; !strings.Contains(sys, `picked the kind "boolean"`) {
			t.Fatalf("prompt does not carry the kind:\n%s", sys)
		}
		msgs := messagesOf(t, c, room)
		if len(msgs) != 2 || msgs[0].(map[string]any)["kind"] != "boolean" {
			t.Fatalf("after reload: %v", msgs)
		}
		if _, ok := msgs[1].(map[string]any)["kind"]; ok {
			t.Fatalf("the answer carries a kind: %v", msgs[1])
		}
		// The same client id with another kind is another question.
		c.Do("POST", "/api/chat/"+room, map[string]string{"content": "활성 사용자", "kind": "class", "client_message_id": "k-1"}).WantError(t, 409, "conflict")
	})
	t.Run("Offline", func(t *testing.T) {
		off := env.NewClient(t)
		off.SignUp(Email("kindoff"), "abc12345", "kindoff")
		room := NewRoom(t, off, "Python", "")
		r := off.Do("POST", "/api/chat/"+room, map[string]string{"content": "사용자 목록", "kind": "class"}).Want(t, 201)
		sugs := r.JSON["bot_message"].(map[string]any)["suggestions"].([]any)
		if len(sugs) == 0 || sugs[0].(map[string]any)["kind"] != "class" {
			t.Fatalf("offline answer does not lead with classes: %s", r.Raw)
		}
	})
}

func TestChat_NoRepeatedNames(t *testing.T) {
	e, fake := modelEnv(t)
	c := e.NewClient(t)
	c.SignUp(Email("repeat"), "abc12345", "repeat")
	room := NewRoom(t, c, "Python", "PEP 8")
	first := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "합계 함수"}).Want(t, 201)
	if got := names(t, first.JSON["bot_message"]); strings.Join(got, ",") != "calculate_total,add_numbers,total_amount,item_count" {
		t.Fatalf("first answer: %v", got)
	}
	// The model repeats two names (one re-cased) and brings one new one.
	fake.Set(llmtest.Answer, `{"functions":[{"name":"calculateTotal","reason":"again"},{"name":"sum_values","reason":"new"}],`+
		`"variables":[{"name":"total_amount","reason":"again"}],"constants":[],"classes":[],"note":""}`, 0)
	t.Cleanup(func() { fake.Set(llmtest.Answer, llmtest.DefaultContent, 0) })
	// "More like this" is a normal send: one unit.
	r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "`calculate_total`와 비슷한 이름 더 보기", "kind": "function"}).Want(t, 201)
	bm := r.JSON["bot_message"].(map[string]any)
	if got := names(t, bm); strings.Join(got, ",") != "sum_values" {
		t.Fatalf("repeats kept: %v", got)
	}
	text := bm["content"].(string)
	if strings.Contains(text, "calculate_total") || strings.Contains(text, "total_amount") ||
		!strings.Contains(text, "이미 추천한 이름 2개는 뺐습니다") || !strings.Contains(text, "새 이름이 3개보다 적어요") {
		t.Fatalf("text: %q", text)
	}
	if q := quotaOf(t, r); q["used"] != float64(2) {
		t.Fatalf("more like this spent %v, want one unit more", q)
	}
	// Nothing new at all: the answer has no names and says why.
	fake.Set(llmtest.Answer, `{"functions":[{"name":"sum_values","reason":"again"}],"variables":[],"note":""}`, 0)
	r = c.Do("POST", "/api/chat/"+room, map[string]string{"content": "합계 함수 하나 더"}).Want(t, 201)
	bm = r.JSON["bot_message"].(map[string]any)
	if got := names(t, bm); len(got) != 0 || !strings.Contains(bm["content"].(string), "이미 추천한 이름 1개") {
		t.Fatalf("answer: %s", r.Raw)
	}
	// Another room starts afresh.
	other := NewRoom(t, c, "Python", "PEP 8")
	fake.Set(llmtest.Answer, llmtest.DefaultContent, 0)
	r = c.Do("POST", "/api/chat/"+other, map[string]string{"content": "합계 함수"}).Want(t, 201)
	if got := names(t, r.JSON["bot_message"]); len(got) != 4 {
		t.Fatalf("another room: %v", got)
	}
}

func TestChat_Rename(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("rename"), "abc12345", "rename")
	room := NewRoom(t, c, "Python", "PEP 8")
	t.Run("OK", func(t *testing.T) {
		r := c.Do("PATCH", "/api/chat/"+room, map[string]string{"title": "  결제 모듈  "}).Want(t, 200)
		if r.Str("title") != "결제 모듈" || r.Str("id") != room || r.Str("language") != "Python" || r.Str("convention") != "PEP 8" {
			t.Fatalf("renamed: %s", r.Raw)
		}
		got := c.Do("GET", "/api/chat/"+room, nil).Want(t, 200).JSON["chat"].(map[string]any)
		if got["title"] != "결제 모듈" {
			t.Fatalf("read after rename: %v", got)
		}
		list := c.Do("GET", "/api/chat", nil).Want(t, 200).JSON["items"].([]any)
		if list[0].(map[string]any)["title"] != "결제 모듈" {
			t.Fatalf("list after rename: %v", list)
		}
	})
	t.Run("Validation", func(t *testing.T) {
		for _, bad := range []string{"", "   "} {
			if r := c.Do("PATCH", "/api/chat/"+room, map[string]string{"title": bad}).WantError(t, 400, "invalid"); r.Field("title") == "" {
				t.Fatalf("%q: %s", bad, r.Raw)
			}
		}
		if r := c.Do("PATCH", "/api/chat/"+room, map[string]string{"title": strings.Repeat("가", 101)}).WantError(t, 400, "invalid"); r.Field("title") == "" {
			t.Fatalf("too long: %s", r.Raw)
		}
		c.Do("PATCH", "/api/chat/"+room, map[string]string{"title": strings.Repeat("가", 100)}).Want(t, 200)
		c.Do("PATCH", "/api/chat/"+room, map[string]any{"title": "x", "language": "Go"}).WantError(t, 400, "invalid")
		c.Do("PATCH", "/api/chat/"+room, map[string]any{}).WantError(t, 400, "invalid")
		if got := c.Do("GET", "/api/chat/"+room, nil).Want(t, 200).JSON["chat"].(map[string]any); got["language"] != "Python" {
			t.Fatalf("room changed: %v", got)
		}
	})
	t.Run("NotFound", func(t *testing.T) {
		other := env.NewClient(t)
		other.SignUp(Email("rename-other"), "abc12345", "other")
		other.Do("PATCH", "/api/chat/"+room, map[string]string{"title": "mine now"}).WantError(t, 404, "not_found")
		c.Do("PATCH", "/api/chat/0192f1a4-0000-7000-8000-000000000000", map[string]string{"title": "x"}).WantError(t, 404, "not_found")
		c.Do("PATCH", "/api/chat/not-a-uuid", map[string]string{"title": "x"}).WantError(t, 404, "not_found")
		env.NewClient(t).Do("PATCH", "/api/chat/"+room, map[string]string{"title": "x"}).WantError(t, 401, "unauthorized")
		if got := c.Do("GET", "/api/chat/"+room, nil).Want(t, 200).JSON["chat"].(map[string]any); got["title"] == "mine now" {
			t.Fatal("another user renamed the room")
		}
		// The missing room was not created by the update.
		if n := len(c.Do("GET", "/api/chat", nil).Want(t, 200).JSON["items"].([]any)); n != 1 {
			t.Fatalf("%d rooms, want 1", n)
		}
	})
}
