package apitest

import (
	"net/http"
	"strings"
	"testing"
)

// TestSecurity_LoginCSRF: a page on another site must not be able to sign
// a visitor into the attacker's account (or out of their own). A plain
// HTML form posts application/x-www-form-urlencoded, multipart/form-data
// or text/plain, and fetch without CORS can post a body with no
// Content-Type: every write route takes application/json only, and the
// accounts routes refuse writes a browser sends from another origin.
func TestSecurity_LoginCSRF(t *testing.T) {
	c := env.NewClient(t)
	addr := Email("csrf")
	c.SignUp(addr, "abc12345", "csrf")
	creds := `{"email":"` + addr + `","password":"abc12345"}`
	noCookie := func(t *testing.T, r *Result) {
		t.Helper()
		if sc := r.Header.Get("Set-Cookie"); sc != "" {
			t.Fatalf("a refused login set a cookie: %q", sc)
		}
	}

	t.Run("FormPostsRefused", func(t *testing.T) {
		for _, ct := range []string{"application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain", "text/plain;charset=UTF-8"} {
			body := "email=" + addr + "&password=abc12345"
			if strings.HasPrefix(ct, "text/plain") {
				body = creds // a text/plain form can carry a JSON-looking body
			}
			r := env.NewClient(t).Do("POST", "/api/accounts/login", body, "Content-Type", ct).WantError(t, 400, "invalid")
			noCookie(t, r)
		}
	})
	t.Run("BodyWithoutContentTypeRefused", func(t *testing.T) {
		r := env.NewClient(t).Do("POST", "/api/accounts/login", creds, "Content-Type", "").WantError(t, 400, "invalid")
		noCookie(t, r)
	})
	t.Run("JSONAccepted", func(t *testing.T) {
		for _, ct := range []string{"application/json", "application/json; charset=utf-8", "Application/JSON"} {
			env.NewClient(t).Do("POST", "/api/accounts/login", creds, "Content-Type", ct).Want(t, 200)
		}
	})
	t.Run("CrossSiteRefused", func(t *testing.T) {
		for _, h := range [][]string{
			{"Sec-Fetch-Site", "cross-site"},
			{"Sec-Fetch-Site", "same-site"}, // another port or a sibling host is not the app
			{"Origin", "http://evil.example"},
			{"Origin", "null"},
			{"Origin", env.URL + ".evil.example"},
			{"Sec-Fetch-Site", "same-origin", "Origin", "http://evil.example"},
		} {
			r := env.NewClient(t).Do("POST", "/api/accounts/login", creds, h...).WantError(t, 403, "forbidden")
			noCookie(t, r)
		}
		// Every write of the accounts function, signed in or not.
		signup := `{"email":"` + Email("csrf-signup") + `","password":"abc12345","password2":"abc12345","nickname":"nick"}`
		for _, w := range []struct{ method, path, body string }{
			{"POST", "/api/accounts/signup", signup},
			{"POST", "/api/accounts/token/refresh", `{}`},
			{"POST", "/api/accounts/logout", `{}`},
			{"PATCH", "/api/accounts/profile", `{"nickname":"hacked"}`},
			{"DELETE", "/api/accounts/profile", `{"password":"abc12345"}`},
			{"POST", "/api/accounts/oauth/github/link", `{"password":"abc12345"}`},
		} {
			c.Do(w.method, w.path, w.body, "Origin", "http://evil.example").WantError(t, 403, "forbidden")
			c.Do(w.method, w.path, w.body, "Sec-Fetch-Site", "cross-site").WantError(t, 403, "forbidden")
		}
		// Nothing happened: the account is intact and its session works.
		if r := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200); r.Str("nickname") != "csrf" {
			t.Fatalf("profile changed: %s", r.Raw)
		}
		c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
	})
	t.Run("SameOriginAndNonBrowsersAccepted", func(t *testing.T) {
		env.NewClient(t).Do("POST", "/api/accounts/login", creds, "Origin", env.URL, "Sec-Fetch-Site", "same-origin").Want(t, 200)
		env.NewClient(t).Do("POST", "/api/accounts/login", creds, "Origin", env.URL+"/").Want(t, 200)
		env.NewClient(t).Do("POST", "/api/accounts/login", creds).Want(t, 200) // curl, a server
	})
	t.Run("EveryWriteRouteTakesJSONOnly", func(t *testing.T) {
		room := NewRoom(t, c, "Go", "")
		post := c.Do("POST", "/api/board", map[string]any{"title": "t", "content": "c", "category": "chat"}).Want(t, 201).Str("id")
		for _, w := range []struct{ method, path string }{
			{"POST", "/api/chat"},
			{"POST", "/api/chat/" + room},
			{"DELETE", "/api/chat/" + room},
			{"POST", "/api/board"},
			{"PATCH", "/api/board/" + post},
			{"DELETE", "/api/board/" + post},
			{"POST", "/api/board/images"},
			{"POST", "/api/accounts/logout"},
			{"POST", "/api/accounts/token/refresh"},
		} {
			c.Do(w.method, w.path, "title=x", "Content-Type", "application/x-www-form-urlencoded").WantError(t, 400, "invalid")
			c.Do(w.method, w.path, `{"title":"x"}`, "Content-Type", "").WantError(t, 400, "invalid")
			// A form with no fields has an empty body but still a type.
			c.Do(w.method, w.path, "", "Content-Type", "text/plain").WantError(t, 400, "invalid")
		}
		// Still there: none of the refused deletes went through.
		c.Do("GET", "/api/chat/"+room, nil).Want(t, 200)
		c.Do("GET", "/api/board/"+post, nil).Want(t, 200)
		// A write with no body needs no Content-Type (curl -X DELETE);
		// the app sends application/json on every write anyway.
		c.Do("DELETE", "/api/chat/"+room, nil).Want(t, 204)
		c.Do("DELETE", "/api/board/"+post, "", "Content-Type", "application/json").Want(t, 204)
	})
	t.Run("OAuthCallbackStillANavigation", func(t *testing.T) {
		// The provider sends the browser back with a cross-site top-level
		// GET: not refused by origin; its state and PKCE protect it (the
		// state here is forged; this stack has no provider configured,
		// so past the origin rule it is 404; TestOAuth_* and the e2e
		// oauth flow cover real callbacks).
		b := newBrowser(t, env)
		status, loc, _ := b.get(env.URL+"/api/accounts/oauth/github/callback?state=forged&code=x", "Sec-Fetch-Site", "cross-site", "Origin", "https://github.com")
		if status != http.StatusNotFound {
			t.Fatalf("callback: %d %q, want 404 (provider unknown), not refused by origin", status, loc)
		}
	})
}
