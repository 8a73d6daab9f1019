package apitest

import (
	"strings"
	"testing"

	"namebot/pkg/namebot"
)

// Input that looks like nothing (docs/security.md, "Text normalisation and
// exact JSON"): text that shows nothing is blank, look-alike emails are one
// account, nicknames cannot reorder themselves, and JSON keys are exact.

// invisible are values that draw nothing: zero-width space, Hangul
// fillers, the Braille blank, the ideographic space, a BOM, and a mix.
var invisible = []string{
	"\u200B\u200B\u200B", "\u3164\u3164", "\u115F\u1160", "\uFFA0\uFFA0", "\u2800\u2800\u2800",
	"\u3000\u3000", "\uFEFF\u2060", "\u200B \u3164\u2800\u3000",
}

func wantField(t *testing.T, r *Result, field, key string, args ...any) {
	t.Helper()
	r.WantError(t, 400, "invalid")
	if got, want := r.Field(field), namebot.Text(namebot.Korean, key, args...); got != want {
		t.Fatalf("fields.%s = %q, want %q (%s); body: %s", field, got, want, key, r.Raw)
	}
}

func roomCount(t *testing.T, c *Client) int {
	t.Helper()
	items, _ := c.Do("GET", "/api/chat", nil).Want(t, 200).JSON["items"].([]any)
	return len(items)
}

// postsBy counts the posts of the newest page written by user id.
func postsBy(t *testing.T, c *Client, id string) int {
	t.Helper()
	items, _ := c.Do("GET", "/api/board?limit=50", nil).Want(t, 200).JSON["items"].([]any)
	n := 0
	for _, it := range items {
		if a, _ := it.(map[string]any)["author"].(map[string]any); a["id"] == id {
			n++
		}
	}
	return n
}

func TestInput_InvisibleText(t *testing.T) {
	c := env.NewClient(t)
	me := c.SignUp(Email("invisible"), "abc12345", "보이는이름")
	room := NewRoom(t, c, "Python", "PEP 8")
	for _, s := range invisible {
		t.Run("Nickname", func(t *testing.T) {
			e := Email("invisible-nick")
			wantField(t, c.Do("POST", "/api/accounts/signup", map[string]string{"email": e, "password": "abc12345", "password2": "abc12345", "nickname": s}), "nickname", "required")
			wantField(t, c.Do("POST", "/api/accounts/signup", map[string]string{"email": e, "password": "abc12345", "password2": "abc12345", "nickname": "a" + s}), "nickname", "too_short", namebot.MinNicknameLen)
			// Nothing stored: the email is still free.
			env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 401, "unauthorized")
			wantField(t, c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": s}), "nickname", "required")
			if p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200); p.Str("nickname") != "보이는이름" {
				t.Fatalf("nickname changed: %s", p.Raw)
			}
		})
		t.Run("Room", func(t *testing.T) {
			before := roomCount(t, c)
			wantField(t, c.Do("POST", "/api/chat", map[string]string{"language": s}), "language", "required")
			wantField(t, c.Do("POST", "/api/chat", map[string]string{"language": s, "title": "제목"}), "language", "required")
			if n := roomCount(t, c); n != before {
				t.Fatalf("%d rooms after refused creates, want %d", n, before)
			}
			// Optional fields that show nothing are absent: the default title.
			r := c.Do("POST", "/api/chat", map[string]string{"language": "Go", "convention": s, "title": s}).Want(t, 201)
			if r.Str("title") != "Go" || r.Str("convention") != "" {
				t.Fatalf("invisible title/convention stored: %s", r.Raw)
			}
		})
		t.Run("Question", func(t *testing.T) {
			used := UsedToday(t, c)
			wantField(t, c.Do("POST", "/api/chat/"+room, map[string]string{"content": s, "client_message_id": "inv-1"}), "content", "required")
			wantField(t, c.Do("POST", "/api/chat/"+room, map[string]string{"content": s + "\n" + s}), "content", "required")
			if got := UsedToday(t, c); got != used {
				t.Fatalf("an invisible question spent a unit: used %v -> %v", used, got)
			}
			if n := len(messagesOf(t, c, room)); n != 0 {
				t.Fatalf("%d messages stored", n)
			}
		})
		t.Run("Post", func(t *testing.T) {
			wantField(t, post(t, c, s, "chat", nil), "title", "required")
			wantField(t, post(t, c, "제목", "chat", map[string]any{"content": s}), "content", "required")
			if n := postsBy(t, c, me); n != 0 {
				t.Fatalf("%d posts stored", n)
			}
		})
	}
	t.Run("PostEdit", func(t *testing.T) {
		p := post(t, c, "원래 제목", "chat", nil).Want(t, 201).Str("id")
		wantField(t, c.Do("PATCH", "/api/board/"+p, map[string]string{"title": "\u3164\u200B"}), "title", "required")
		wantField(t, c.Do("PATCH", "/api/board/"+p, map[string]string{"content": "\u2800"}), "content", "required")
		if r := c.Do("GET", "/api/board/"+p, nil).Want(t, 200); r.Str("title") != "원래 제목" || r.Str("content") != "본문 원래 제목" {
			t.Fatalf("refused edit changed the post: %s", r.Raw)
		}
		c.Do("DELETE", "/api/board/"+p, nil).Want(t, 204)
	})
	t.Run("MeaningSurvives", func(t *testing.T) {
		// NFD Hangul (as some keyboards and macOS file names send it)
		// is stored composed; zero-width characters inside words go; an
		// emoji's joiner stays.
		nfd := "\u1112\u1161\u11AB\u1100\u1173\u11AF" // 한글
		r := c.Do("POST", "/api/chat", map[string]string{"language": "Py\u200Bthon", "title": nfd + " 방"}).Want(t, 201)
		if r.Str("language") != "Python" || r.Str("title") != "한글 방" {
			t.Fatalf("room: %s", r.Raw)
		}
		p := post(t, c, "👩\u200D💻 "+nfd, "chat", nil).Want(t, 201)
		if p.Str("title") != "👩\u200D💻 한글" {
			t.Fatalf("post title = %q", p.Str("title"))
		}
		c.Do("DELETE", "/api/board/"+p.Str("id"), nil).Want(t, 204)
		u := c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": "\u3164" + nfd + "\u200B"}).Want(t, 200)
		if u.Str("nickname") != "한글" {
			t.Fatalf("nickname = %q", u.Str("nickname"))
		}
	})
}

func TestInput_BidiNickname(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("bidi"), "abc12345", "정상")
	for _, nick := range []string{"\u202Enimda", "ad\u202Dmin", "\u2067nimda\u2069", "\u202Bx\u202Cyz"} {
		e := Email("bidi-signup")
		wantField(t, c.Do("POST", "/api/accounts/signup", map[string]string{"email": e, "password": "abc12345", "password2": "abc12345", "nickname": nick}), "nickname", "bidi_chars")
		env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 401, "unauthorized")
		wantField(t, c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": nick}), "nickname", "bidi_chars")
	}
	if p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200); p.Str("nickname") != "정상" {
		t.Fatalf("nickname changed: %s", p.Raw)
	}
	// In free text a bidi control is removed, not refused.
	r := c.Do("POST", "/api/chat", map[string]string{"language": "Go", "title": "\u202Etxet"}).Want(t, 201)
	if r.Str("title") != "txet" {
		t.Fatalf("title = %q", r.Str("title"))
	}
}

func TestInput_EmailLookAlikes(t *testing.T) {
	c := env.NewClient(t)
	nfc := Email("josé") // josé-…@example.com, é precomposed
	nfd := strings.Replace(nfc, "é", "e\u0301", 1)
	local, _, _ := strings.Cut(nfc, "@")
	zw := local[:2] + "\u200B" + local[2:] + "@exa\u200Dmple.com"
	if nfd == nfc || !strings.Contains(zw, "\u200B") {
		t.Fatal("bad fixtures")
	}
	r := c.Do("POST", "/api/accounts/signup", map[string]string{"email": nfd, "password": "abc12345", "password2": "abc12345", "nickname": "호세"}).Want(t, 201)
	if r.Str("email") != nfc {
		t.Fatalf("stored email %q, want the NFC form %q", r.Str("email"), nfc)
	}
	for _, variant := range []string{nfc, nfd, zw, "\uFEFF" + strings.ToUpper(nfc)} {
		c.Do("POST", "/api/accounts/signup", map[string]string{"email": variant, "password": "abc12345", "password2": "abc12345", "nickname": "가짜"}).WantError(t, 409, "conflict")
		l := env.NewClient(t)
		l.Login(variant, "abc12345")
		if p := l.Do("GET", "/api/accounts/profile", nil).Want(t, 200); p.Str("id") != r.Str("id") {
			t.Fatalf("%q signed in as another account: %s", variant, p.Raw)
		}
	}
	// Zero-width characters in a plain ASCII address.
	plain := Email("zw")
	c.Do("POST", "/api/accounts/signup", map[string]string{"email": plain, "password": "abc12345", "password2": "abc12345", "nickname": "원본"}).Want(t, 201)
	c.Do("POST", "/api/accounts/signup", map[string]string{"email": "\u200B" + plain[:2] + "\u200C" + plain[2:], "password": "abc12345", "password2": "abc12345", "nickname": "가짜"}).WantError(t, 409, "conflict")
	// An invisible letter that is not a format character is refused.
	wantField(t, c.Do("POST", "/api/accounts/signup", map[string]string{"email": "\u3164" + plain[:2] + "\u3164" + plain[2:], "password": "abc12345", "password2": "abc12345", "nickname": "가짜"}), "email", "bad_email")
}

func TestInput_ExactJSON(t *testing.T) {
	c := env.NewClient(t)
	addr := Email("exact")
	c.SignUp(addr, "abc12345", "정확")
	room := NewRoom(t, c, "Go", "")
	p := post(t, c, "글", "chat", nil).Want(t, 201).Str("id")
	t.Run("CaseVariants", func(t *testing.T) {
		e := Email("case")
		r := c.Do("POST", "/api/accounts/signup", `{"Email":"`+e+`","password":"abc12345","password2":"abc12345","nickname":"nick"}`)
		wantField(t, r, "Email", "unknown_field")
		env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 401, "unauthorized")
		wantField(t, env.NewClient(t).Do("POST", "/api/accounts/login", `{"EMAIL":"`+addr+`","Password":"abc12345"}`), "EMAIL", "unknown_field")
		before := roomCount(t, c)
		wantField(t, c.Do("POST", "/api/chat", `{"Language":"Go"}`), "Language", "unknown_field")
		if roomCount(t, c) != before {
			t.Fatal("a refused room was stored")
		}
		used := UsedToday(t, c)
		wantField(t, c.Do("POST", "/api/chat/"+room, `{"Content":"names for a retry counter"}`), "Content", "unknown_field")
		wantField(t, c.Do("POST", "/api/chat/"+room, `{"content":"names for a retry counter","client_meſsage_id":"x"}`), "client_meſsage_id", "unknown_field")
		if UsedToday(t, c) != used || len(messagesOf(t, c, room)) != 0 {
			t.Fatal("a refused send spent or stored")
		}
		wantField(t, c.Do("PATCH", "/api/board/"+p, `{"TITLE":"바뀜"}`), "TITLE", "unknown_field")
		if c.Do("GET", "/api/board/"+p, nil).Want(t, 200).Str("title") != "글" {
			t.Fatal("a refused edit changed the post")
		}
	})
	t.Run("DuplicateKeys", func(t *testing.T) {
		e1, e2 := Email("dup1"), Email("dup2")
		cases := []struct{ method, path, body, field string }{
			{"POST", "/api/accounts/signup", `{"email":"` + e1 + `","email":"` + e2 + `","password":"abc12345","password2":"abc12345","nickname":"nick"}`, "email"},
			{"POST", "/api/accounts/login", `{"email":"` + addr + `","password":"wrong999","password":"abc12345"}`, "password"},
			{"POST", "/api/accounts/token/refresh", `{"refresh":"a","refresh":"b"}`, "refresh"},
			{"POST", "/api/accounts/logout", `{"refresh":"a","refresh":"b"}`, "refresh"},
			{"PATCH", "/api/accounts/profile", `{"nickname":"하나","nickname":"둘둘"}`, "nickname"},
			{"DELETE", "/api/accounts/profile", `{"password":"wrong999","password":"abc12345"}`, "password"},
			{"POST", "/api/chat", `{"language":"Go","language":"Python"}`, "language"},
			{"POST", "/api/chat/" + room, `{"content":"names for a retry counter","content":"x"}`, "content"},
			{"POST", "/api/board", `{"title":"a","title":"b","content":"c","category":"chat"}`, "title"},
			{"PATCH", "/api/board/" + p, `{"title":"a","\u0074itle":"b"}`, "title"},
			{"POST", "/api/board/images", `{"content_type":"image/png","size":10,"content_type":"image/gif"}`, "content_type"},
		}
		used, rooms, posts := UsedToday(t, c), roomCount(t, c), postsBy(t, c, c.Do("GET", "/api/accounts/profile", nil).Str("id"))
		for _, tc := range cases {
			wantField(t, c.Do(tc.method, tc.path, tc.body), tc.field, "duplicate_field")
		}
		// Nothing happened: both emails free, still signed in with the same
		// nickname, no room, message, post or edit stored, no unit spent.
		for _, e := range []string{e1, e2} {
			env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 401, "unauthorized")
		}
		prof := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
		if prof.Str("nickname") != "정확" || UsedToday(t, c) != used || roomCount(t, c) != rooms || len(messagesOf(t, c, room)) != 0 || postsBy(t, c, prof.Str("id")) != posts {
			t.Fatalf("a refused request changed something: %s", prof.Raw)
		}
		if c.Do("GET", "/api/board/"+p, nil).Want(t, 200).Str("title") != "글" {
			t.Fatal("a refused edit changed the post")
		}
		// English messages for the new keys.
		en := env.NewClient(t)
		en.Lang = "en"
		r := en.Do("POST", "/api/accounts/login", `{"email":"a@b.co","email":"a@b.co","password":"x"}`).WantError(t, 400, "invalid")
		if got := r.Field("email"); got != "This field appears more than once." {
			t.Fatalf("English field message %q", got)
		}
	})
}
