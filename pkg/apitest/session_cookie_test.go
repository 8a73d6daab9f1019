package apitest

import (
	"net/http"
	"strings"
	"testing"
)

// sessionCookies returns the namebot_refresh and namebot_session cookies a
// response sets (nil when it sets none).
func sessionCookies(t *testing.T, h http.Header) (refresh, companion *http.Cookie) {
	t.Helper()
	resp := http.Response{Header: h}
	for _, c := range resp.Cookies() {
		switch c.Name {
		case "namebot_refresh":
			refresh = c
		case "namebot_session":
			companion = c
		}
	}
	for _, line := range h.Values("Set-Cookie") {
		if strings.HasPrefix(line, "namebot_session=") {
			for _, want := range []string{"Path=/;", "Secure", "SameSite=Strict"} {
				if !strings.Contains(line+";", want) {
					t.Errorf("companion cookie %q lacks %q", line, want)
				}
			}
			if strings.Contains(line, "HttpOnly") {
				t.Errorf("companion cookie %q is HttpOnly: the app must read it", line)
			}
		}
	}
	return refresh, companion
}

// wantSet: both cookies set, the companion "1" (no secret) with the
// refresh cookie's lifetime.
func wantSet(t *testing.T, where string, h http.Header) {
	t.Helper()
	r, c := sessionCookies(t, h)
	if r == nil || c == nil || r.Value == "" || r.MaxAge <= 0 {
		t.Fatalf("%s: refresh %v, companion %v; want both set", where, r, c)
	}
	if c.Value != "1" || c.MaxAge != r.MaxAge {
		t.Errorf("%s: companion %q max-age %d, want \"1\" max-age %d", where, c.Value, c.MaxAge, r.MaxAge)
	}
}

// wantCleared: both cookies cleared.
func wantCleared(t *testing.T, where string, h http.Header) {
	t.Helper()
	r, c := sessionCookies(t, h)
	if r == nil || c == nil || r.Value != "" || c.Value != "" || r.MaxAge >= 0 || c.MaxAge >= 0 {
		t.Fatalf("%s: refresh %v, companion %v; want both cleared", where, r, c)
	}
}

// TestSessionCookie: the companion cookie that tells the app a session
// may exist is set wherever the refresh cookie is and cleared wherever it
// is, so a visitor who never signed in makes no refresh call.
func TestSessionCookie(t *testing.T) {
	c := env.NewClient(t)
	addr := Email("companion")
	c.SignUp(addr, "abc12345", "companion")

	t.Run("Login", func(t *testing.T) {
		wantSet(t, "login", c.Login(addr, "abc12345").Header)
	})
	t.Run("RefreshAndFailedRefresh", func(t *testing.T) {
		tok := c.Login(addr, "abc12345").Str("refresh_token")
		r := c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": tok}).Want(t, 200)
		wantSet(t, "refresh", r.Header)
		bad := c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": "nope.nope"}).WantError(t, 401, "unauthorized")
		wantCleared(t, "failed refresh", bad.Header)
	})
	t.Run("RefusedLoginTouchesNothing", func(t *testing.T) {
		r := c.Do("POST", "/api/accounts/login", map[string]string{"email": addr, "password": "wrong1234"}).Want(t, 401)
		if rc, cc := sessionCookies(t, r.Header); rc != nil || cc != nil {
			t.Fatalf("refused login set %v %v", rc, cc)
		}
	})
	t.Run("Logout", func(t *testing.T) {
		tok := c.Login(addr, "abc12345").Str("refresh_token")
		r := c.Do("POST", "/api/accounts/logout", map[string]string{"refresh": tok}).Want(t, 204)
		wantCleared(t, "logout", r.Header)
	})
	t.Run("PasswordChangeRevokesOthers", func(t *testing.T) {
		// Another browser's family is revoked by the change: its next
		// refresh is refused and clears both cookies there.
		other := env.NewClient(t)
		tok := other.Login(addr, "abc12345").Str("refresh_token")
		c.Login(addr, "abc12345")
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"current_password": "abc12345", "new_password": "new12345", "new_password2": "new12345"}).Want(t, 200)
		r := other.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": tok}).WantError(t, 401, "unauthorized")
		wantCleared(t, "refresh after a password change", r.Header)
	})
	t.Run("DeleteAccount", func(t *testing.T) {
		c.Login(addr, "new12345")
		r := c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "new12345"}).Want(t, 204)
		wantCleared(t, "account deletion", r.Header)
	})
	t.Run("OAuthSignIn", func(t *testing.T) {
		e, fake := oauthEnv(t)
		fake.SetUser(providerUser(true))
		b := newBrowser(t, e)
		_, _, resp := b.get(b.consent(b.start(e, "github", "")))
		wantSet(t, "oauth sign-in", resp.Header)
	})
}
