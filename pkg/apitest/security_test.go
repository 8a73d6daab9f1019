package apitest

import (
	"bytes"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// The security tests that the other files of this package do not already
// hold; docs/security.md has the whole table and says which test covers
// what.

// TestSecurity_CursorsStayInTheirPartition: a cursor taken from someone
// else's room list or room never shows their items: the partition key
// always comes from the token or the route, never from the cursor.
func TestSecurity_CursorsStayInTheirPartition(t *testing.T) {
	a := env.NewClient(t)
	a.SignUp(Email("cur-a"), "abc12345", "cur-a")
	b := env.NewClient(t)
	b.SignUp(Email("cur-b"), "abc12345", "cur-b")
	aRooms := map[string]bool{}
	for i := 0; i < 3; i++ {
		aRooms[NewRoom(t, a, "Go", "")] = true
	}
	bRoom := NewRoom(t, b, "Go", "")
	b.Do("POST", "/api/chat/"+bRoom, map[string]string{"content": "사용자 목록"}).Want(t, 201)

	cursor, _ := a.Do("GET", "/api/chat?limit=1", nil).Want(t, 200).JSON["next_cursor"].(string)
	if cursor == "" {
		t.Fatal("no cursor")
	}
	r := b.Do("GET", "/api/chat?limit=50&cursor="+url.QueryEscape(cursor), nil)
	if r.Status == 200 {
		for _, it := range r.JSON["items"].([]any) {
			if aRooms[it.(map[string]any)["id"].(string)] {
				t.Fatalf("B sees A's room through A's cursor: %s", r.Raw)
			}
		}
	} else {
		r.WantError(t, 400, "invalid")
	}
	// A's room read cursor used on B's own room, and B's on A's room.
	var aRoom string
	for id := range aRooms {
		aRoom = id
	}
	for i := 0; i < 3; i++ {
		a.Do("POST", "/api/chat/"+aRoom, map[string]string{"content": "합계를 계산하는 함수"}).Want(t, 201)
	}
	mc, _ := a.Do("GET", "/api/chat/"+aRoom+"?limit=1", nil).Want(t, 200).JSON["next_cursor"].(string)
	if mc == "" {
		t.Fatal("no message cursor")
	}
	aIDs := map[string]bool{}
	for _, m := range a.Do("GET", "/api/chat/"+aRoom, nil).Want(t, 200).JSON["messages"].([]any) {
		aIDs[m.(map[string]any)["id"].(string)] = true
	}
	// The cursor only positions B's query in B's own room: B's messages
	// older than that id, or none; never one of A's.
	r = b.Do("GET", "/api/chat/"+bRoom+"?cursor="+url.QueryEscape(mc), nil).Want(t, 200)
	for _, m := range r.JSON["messages"].([]any) {
		if aIDs[m.(map[string]any)["id"].(string)] {
			t.Fatalf("B sees A's message through A's cursor: %s", r.Raw)
		}
	}
	b.Do("GET", "/api/chat/"+aRoom+"?cursor="+url.QueryEscape(mc), nil).WantError(t, 404, "not_found")
}

// TestSecurity_OthersImageKeyOnEdit: a post edit cannot take another
// user's upload either (the create case is in TestBoard_Images/Refused).
func TestSecurity_OthersImageKeyOnEdit(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("imgedit"), "abc12345", "imgedit")
	other := env.NewClient(t)
	other.SignUp(Email("imgedit2"), "abc12345", "imgedit2")
	p := post(t, c, "내 글", "chat", nil).Want(t, 201)
	theirs := upload(t, other, "image/png", len(PNG), PNG)
	r := c.Do("PATCH", "/api/board/"+p.Str("id"), map[string]any{"image_key": theirs}).WantError(t, 400, "invalid")
	if r.Field("image_key") == "" {
		t.Fatalf("no image_key field error: %s", r.Raw)
	}
	if got := c.Do("GET", "/api/board/"+p.Str("id"), nil).Want(t, 200); got.JSON["image_url"] != nil {
		t.Fatalf("image attached: %s", got.Raw)
	}
	// Untouched: the owner can still attach it.
	post(t, other, "그들의 글", "chat", map[string]any{"image_key": theirs}).Want(t, 201)
	// An attached (consumed) upload cannot be attached again, by anyone.
	post(t, other, "다시", "chat", map[string]any{"image_key": theirs}).WantError(t, 400, "invalid")
}

// TestSecurity_MassAssignment: fields a client must never set are refused
// on every write route (400 naming the field), and nothing is stored.
func TestSecurity_MassAssignment(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("mass2"), "abc12345", "mass2")
	room := NewRoom(t, c, "Go", "")
	p := post(t, c, "글", "chat", nil).Want(t, 201)
	cases := []struct {
		method, path string
		base         map[string]any
		fields       []string
	}{
		{"POST", "/api/chat", map[string]any{"language": "Go"}, []string{"id", "user_id", "created_at", "updated_at"}},
		{"POST", "/api/chat/" + room, map[string]any{"content": "hi"}, []string{"is_user", "status", "suggestions", "user_id", "id", "created_at", "offline"}},
		{"PATCH", "/api/board/" + p.Str("id"), map[string]any{"title": "t"}, []string{"author", "author_id", "view_count", "created_at", "updated_at", "id", "image_url"}},
		{"POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": 10}, []string{"key", "url", "bucket", "user_id"}},
		{"POST", "/api/accounts/login", map[string]any{"email": "x@example.com", "password": "abc12345"}, []string{"is_manager", "user_id"}},
		{"POST", "/api/accounts/token/refresh", map[string]any{}, []string{"user_id", "sid"}},
	}
	for _, tc := range cases {
		for _, f := range tc.fields {
			body := map[string]any{f: "x"}
			for k, v := range tc.base {
				body[k] = v
			}
			r := c.Do(tc.method, tc.path, body).WantError(t, 400, "invalid")
			if r.Field(f) == "" {
				t.Errorf("%s %s with %q: no field error: %s", tc.method, tc.path, f, r.Raw)
			}
		}
	}
	if n := len(messagesOf(t, c, room)); n != 0 {
		t.Fatalf("refused sends stored %d messages", n)
	}
	if got := c.Do("GET", "/api/board/"+p.Str("id"), nil); got.Str("title") != "글" {
		t.Fatalf("refused edits changed the post: %s", got.Raw)
	}
}

// TestSecurity_OversizedAndMalformed: every route with a body caps it
// (413) and refuses anything but one UTF-8 JSON object of its shape (400),
// with the error shape; malformed ids are 404 and malformed queries 400.
func TestSecurity_OversizedAndMalformed(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("big"), "abc12345", "big")
	room := NewRoom(t, c, "Go", "")
	p := post(t, c, "글", "chat", nil).Want(t, 201).Str("id")
	routes := []struct{ method, path string }{
		{"POST", "/api/accounts/signup"}, {"POST", "/api/accounts/login"}, {"POST", "/api/accounts/token/refresh"},
		{"POST", "/api/accounts/logout"}, {"PATCH", "/api/accounts/profile"}, {"DELETE", "/api/accounts/profile"},
		{"POST", "/api/chat"}, {"POST", "/api/chat/" + room}, {"POST", "/api/board"}, {"PATCH", "/api/board/" + p},
		{"POST", "/api/board/images"},
	}
	huge := `{"content":"` + strings.Repeat("가", 6000) + `"}` // 18 KB
	for _, rt := range routes {
		c.Do(rt.method, rt.path, huge).WantError(t, 413, "too_large")
		for _, bad := range []string{`{`, `[]`, `"x"`, `{} {}`, `{"a":1}`, "{\"content\":\"\xff\"}", `null`} {
			r := c.Do(rt.method, rt.path, bad)
			// An empty-allowed route (refresh, logout) may read null as {}.
			if bad == `null` && r.Status < 400 {
				continue
			}
			r.WantError(t, 400, "invalid")
		}
		c.Do(rt.method, rt.path, `{}`, "Content-Type", "text/html").WantError(t, 400, "invalid")
	}
	// Over API Gateway's own limit the local adapter answers 413 itself.
	c.Do("POST", "/api/board", bytes.Repeat([]byte("a"), 10<<20+10)).WantError(t, 413, "too_large")
	// Per-field limits.
	post(t, c, "t", "chat", map[string]any{"content": strings.Repeat("a", 5001)}).WantError(t, 400, "invalid")
	c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": strings.Repeat("가", 21)}).WantError(t, 400, "invalid")
	c.Do("POST", "/api/chat", map[string]string{"language": "Go", "title": strings.Repeat("a", 101)}).WantError(t, 400, "invalid")
	// Control characters are refused; a bidi override is removed from free
	// text (TestInput_BidiNickname: refused in a nickname).
	for _, s := range []string{"a\x00b", "a\x1bb"} {
		c.Do("POST", "/api/chat", map[string]string{"language": s}).WantError(t, 400, "invalid")
	}
	c.Do("POST", "/api/chat", map[string]string{"language": "a\u202eb"}).Want(t, 201)
	// Malformed ids and queries.
	for _, id := range []string{"x", "..%2F..%2Fetc", "%00", strings.Repeat("a", 300), "01a2185f-cccf-780b-b414-85713d7810ec%27%20OR%201%3D1"} {
		c.Do("GET", "/api/chat/"+id, nil).WantError(t, 404, "not_found")
		c.Do("DELETE", "/api/chat/"+id, nil).WantError(t, 404, "not_found")
		c.Do("POST", "/api/chat/"+id, map[string]string{"content": "hi"}).WantError(t, 404, "not_found")
		c.Do("GET", "/api/board/"+id, nil).WantError(t, 404, "not_found")
		c.Do("PATCH", "/api/board/"+id, map[string]string{"title": "x"}).WantError(t, 404, "not_found")
		c.Do("DELETE", "/api/board/"+id, nil).WantError(t, 404, "not_found")
	}
	for _, q := range []string{"cursor=garbage", "cursor=e30", "limit=0", "limit=1000", "limit=abc"} {
		c.Do("GET", "/api/chat/"+room+"?"+q, nil).WantError(t, 400, "invalid")
		c.Do("GET", "/api/board?"+q, nil).WantError(t, 400, "invalid")
	}
}

// TestSecurity_HostileTextIsData: markup in every field that is displayed
// comes back byte for byte as JSON string data, under headers that stop a
// browser from ever rendering an API answer as a page. (That the app shows
// it as text is frontend/test/render.test.tsx and frontend/e2e/run.mjs.)
func TestSecurity_HostileTextIsData(t *testing.T) {
	const x1, x2, x3 = `<script>alert(1)</script>`, `"><img src=x onerror=alert(2)>`, `javascript:alert(3)//<svg onload=alert(4)>`
	c := env.NewClient(t)
	c.SignUp(Email("xss"), "abc12345", "<b>x</b>")
	nick := c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": "<svg/onload=1>"}).Want(t, 200)
	room := c.Do("POST", "/api/chat", map[string]string{"language": x2, "convention": x3, "title": x1}).Want(t, 201)
	send := c.Do("POST", "/api/chat/"+room.Str("id"), map[string]string{"content": x1 + x2}).Want(t, 201)
	p := c.Do("POST", "/api/board", map[string]string{"title": x1, "content": x2 + x3, "category": "question"}).Want(t, 201)
	unknown := c.Do("POST", "/api/chat", map[string]any{"language": "Go", x2: 1}).WantError(t, 400, "invalid")
	checks := []struct {
		name string
		r    *Result
		got  string
		want string
	}{
		{"nickname", nick, nick.Str("nickname"), "<svg/onload=1>"},
		{"room title", room, room.Str("title"), x1},
		{"room language", room, room.Str("language"), x2},
		{"room convention", room, room.Str("convention"), x3},
		{"message", send, send.JSON["user_message"].(map[string]any)["content"].(string), x1 + x2},
		{"post title", p, p.Str("title"), x1},
		{"post content", p, p.Str("content"), x2 + x3},
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("%s stored as %q, want %q", ck.name, ck.got, ck.want)
		}
	}
	read := c.Do("GET", "/api/chat/"+room.Str("id"), nil).Want(t, 200)
	list := env.NewClient(t).Do("GET", "/api/board", nil).Want(t, 200)
	detail := env.NewClient(t).Do("GET", "/api/board/"+p.Str("id"), nil).Want(t, 200)
	if detail.JSON["author"].(map[string]any)["nickname"] != "<svg/onload=1>" {
		t.Errorf("author nickname: %s", detail.Raw)
	}
	for _, r := range []*Result{nick, room, send, p, unknown, read, list, detail} {
		h := r.Header
		if h.Get("Content-Type") != "application/json; charset=utf-8" || h.Get("X-Content-Type-Options") != "nosniff" ||
			!strings.Contains(h.Get("Content-Security-Policy"), "default-src 'none'") {
			t.Errorf("headers of an API answer: %v", h)
		}
		// encoding/json escapes <, > and & inside strings: no raw markup
		// in any answer body, even sniffed.
		if bytes.Contains(r.Raw, []byte("<script")) || bytes.Contains(r.Raw, []byte("<img")) || bytes.Contains(r.Raw, []byte("<svg")) {
			t.Errorf("raw markup in an answer body: %.200s", r.Raw)
		}
	}
	// Served images can never run as a page.
	key := upload(t, c, "image/png", len(PNG), PNG)
	img := post(t, c, "img", "chat", map[string]any{"image_key": key}).Want(t, 201).Str("image_url")
	resp, err := http.Get(env.URL + img)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(resp.Header.Get("Content-Security-Policy"), "sandbox") || resp.Header.Get("Content-Type") != "image/png" {
		t.Errorf("image headers: %v", resp.Header)
	}
	for _, path := range []string{"/images/../uploads/x.png", "/images/%2e%2e/uploads/x.png", "/" + key, "/images/" + strings.Repeat("../", 5) + "etc/passwd"} {
		if s, _, _ := get(t, path); s != 404 {
			t.Errorf("%s: %d", path, s)
		}
	}
}

// TestSecurity_PresignedUploads: what a presigned upload pins (AWS
// enforces the signature; the local fake does not, so this reads it), and
// the server-side check that stands behind it.
func TestSecurity_PresignedUploads(t *testing.T) {
	c := env.NewClient(t)
	uid := c.SignUp(Email("presign"), "abc12345", "presign")
	r := c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": 1234}).Want(t, 200)
	u, err := url.Parse(r.Str("url"))
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	signed := q.Get("X-Amz-SignedHeaders")
	for _, h := range []string{"content-length", "content-type", "host"} {
		if !strings.Contains(signed, h) {
			t.Errorf("X-Amz-SignedHeaders %q lacks %s", signed, h)
		}
	}
	if q.Get("X-Amz-Expires") != "600" || q.Get("X-Amz-Signature") == "" || q.Get("X-Amz-Credential") == "" {
		t.Errorf("presigned query: %v", q)
	}
	if key := r.Str("key"); !strings.HasPrefix(key, "uploads/"+uid+"/") || !strings.HasSuffix(key, ".png") || !strings.HasSuffix(u.Path, key) {
		t.Errorf("key %q / path %q not under the caller's prefix", key, u.Path)
	}
	if h := r.JSON["headers"].(map[string]any); h["Content-Type"] != "image/png" {
		t.Errorf("headers: %v", h)
	}
	// Declared jpeg, uploaded png bytes with a png type: the key's type
	// and the object's disagree: refused.
	k := upload(t, c, "image/jpeg", len(PNG), PNG)
	post(t, c, "mismatch", "chat", map[string]any{"image_key": k}).WantError(t, 400, "invalid")
	// HTML uploaded as a gif: refused by the magic-byte check.
	k = upload(t, c, "image/gif", 30, []byte("<html><script>alert(1)</script>"))
	post(t, c, "html as gif", "chat", map[string]any{"image_key": k}).WantError(t, 400, "invalid")
	// SVG and friends are never presigned.
	for _, ct := range []string{"image/svg+xml", "text/html", "application/octet-stream", "IMAGE/PNG; x=y", ""} {
		c.Do("POST", "/api/board/images", map[string]any{"content_type": ct, "size": 10}).WantError(t, 400, "invalid")
	}
	c.Do("POST", "/api/board/images", map[string]any{"content_type": "image/png", "size": -1}).WantError(t, 400, "invalid")
}

// TestSecurity_TokensMisused: a refresh token is not an access token and
// an access token is not a refresh token; one refresh token raced by ten
// requests yields one new token.
func TestSecurity_TokensMisused(t *testing.T) {
	c := env.NewClient(t)
	addr := Email("misuse")
	c.SignUp(addr, "abc12345", "misuse")
	l := c.Login(addr, "abc12345")
	refresh, access := l.Str("refresh_token"), l.Str("access_token")
	bad := env.NewClient(t)
	bad.Token = refresh
	bad.Do("GET", "/api/accounts/profile", nil).WantError(t, 401, "unauthorized")
	env.NewClient(t).Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": access}).WantError(t, 401, "unauthorized")
	// Ten at once with the same token. The first rotation replaces it; the
	// rest come within the grace window with the token just replaced (a
	// lost answer, or a thief whom the owner's next refresh unmasks) and
	// each either rotates again or is refused. None is an error or a
	// revocation, and no new token is handed out twice: every rotation is
	// one conditional write (TestDB_RotateSession counts them in the store).
	var wg sync.WaitGroup
	statuses := make([]int, 10)
	tokens := make([]string, 10)
	for i := range statuses {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r, err := env.NewClient(t).Try("POST", "/api/accounts/token/refresh", map[string]string{"refresh": refresh})
			if err != nil {
				t.Error(err) // not Fatal: this is not the test's goroutine
				return
			}
			statuses[i] = r.Status
			if r.Status == 200 {
				tokens[i] = r.Str("refresh_token")
			} else if strings.Contains(string(r.Raw), "이미 사용된") {
				t.Errorf("a concurrent refresh counted as reuse: %s", r.Raw)
			}
		}()
	}
	wg.Wait()
	seen := map[string]bool{}
	for i, s := range statuses {
		switch s {
		case 200:
			if tokens[i] == "" || seen[tokens[i]] {
				t.Errorf("refresh token %q handed out twice or empty", tokens[i])
			}
			seen[tokens[i]] = true
		case 401:
		default:
			t.Errorf("status %d", s)
		}
	}
	if len(seen) == 0 {
		t.Fatalf("none of 10 concurrent refreshes with one token succeeded: %v", statuses)
	}
}

// TestSecurity_LoginThrottleUnknownEmail: an unknown email is throttled
// exactly like a known one, so the throttle does not reveal accounts.
func TestSecurity_LoginThrottleUnknownEmail(t *testing.T) {
	c := env.NewClient(t)
	known := Email("thr-known")
	c.Do("POST", "/api/accounts/signup", map[string]string{"email": known, "password": "abc12345", "password2": "abc12345", "nickname": "nick"}).Want(t, 201)
	unknown := Email("thr-unknown")
	var answers [2][]string
	for i, e := range []string{known, unknown} {
		for j := 0; j < 6; j++ {
			r := c.Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "wrong1234"})
			answers[i] = append(answers[i], string(rune('0'+r.Status/100))+r.JSON["error"].(map[string]any)["code"].(string))
		}
	}
	if strings.Join(answers[0], ",") != strings.Join(answers[1], ",") {
		t.Fatalf("known %v, unknown %v", answers[0], answers[1])
	}
	if answers[0][5] != "4rate_limited" {
		t.Fatalf("sixth failure: %v", answers[0])
	}
}
