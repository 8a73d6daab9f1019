package apitest

import (
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"namebot/pkg/app"
	"namebot/pkg/oauth/oauthtest"
)

// oauthEnv is a stack with GitHub and Kakao configured against one fake
// provider (both providers' endpoints on one httptest server).
func oauthEnv(t *testing.T) (*Env, *oauthtest.Server) {
	t.Helper()
	fake := oauthtest.New(oauthtest.Client{ID: "gh-client", Secret: "gh-secret"}, oauthtest.Client{ID: "kakao-rest-key", Secret: "kakao-secret"})
	t.Cleanup(fake.Close)
	e, _ := Start(t, map[string]string{
		"GITHUB_CLIENT_ID": "gh-client", "GITHUB_CLIENT_SECRET": "gh-secret",
		"GITHUB_AUTH_URL": fake.URL, "GITHUB_API_URL": fake.URL,
		"KAKAO_CLIENT_ID": "kakao-rest-key", "KAKAO_CLIENT_SECRET": "kakao-secret",
		"KAKAO_AUTH_URL": fake.URL, "KAKAO_API_URL": fake.URL,
	}, app.Options{})
	return e, fake
}

var providerUserID atomic.Int64

// providerUser is a fresh person at the fake provider.
func providerUser(verified bool) oauthtest.User {
	id := 7_000_000 + providerUserID.Add(1)
	return oauthtest.User{ID: id, Login: "octo", Name: "  Octo\u0007 Cat the Very Long Named Developer  ", Email: Email("oauth"), Verified: verified}
}

// browser walks redirects one at a time with its own cookie jar, as a
// browser would, so that each hop can be inspected or replayed.
type browser struct {
	t    *testing.T
	http *http.Client
	api  *Client
}

func newBrowser(t *testing.T, e *Env) *browser {
	jar, _ := cookiejar.New(nil)
	hc := &http.Client{Jar: jar, Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	return &browser{t: t, http: hc, api: &Client{T: t, Base: e.URL, HTTP: &http.Client{Jar: jar, Timeout: 30 * time.Second}}}
}

// get fetches u without following a redirect and returns the Location.
func (b *browser) get(u string, headers ...string) (int, string, *http.Response) {
	b.t.Helper()
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		b.t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := b.http.Do(req)
	if err != nil {
		b.t.Fatalf("GET %s: %v", u, err)
	}
	resp.Body.Close()
	return resp.StatusCode, resp.Header.Get("Location"), resp
}

// start begins a sign-in and returns the provider's authorize URL.
func (b *browser) start(e *Env, provider, next string) string {
	b.t.Helper()
	u := e.URL + "/api/accounts/oauth/" + provider + "/start"
	if next != "" {
		u += "?next=" + url.QueryEscape(next)
	}
	status, loc, _ := b.get(u)
	if status != http.StatusFound || loc == "" {
		b.t.Fatalf("start %s: status %d, location %q", provider, status, loc)
	}
	return loc
}

// consent visits the authorize URL and returns the callback URL the
// provider sends the browser back to.
func (b *browser) consent(authorize string) string {
	b.t.Helper()
	status, loc, _ := b.get(authorize)
	if status != http.StatusFound {
		b.t.Fatalf("authorize: status %d", status)
	}
	return loc
}

// callback visits the callback URL and returns where the app sends the browser.
func (b *browser) callback(u string, headers ...string) string {
	b.t.Helper()
	status, loc, _ := b.get(u, headers...)
	if status != http.StatusFound {
		b.t.Fatalf("callback: status %d", status)
	}
	return loc
}

func (b *browser) signIn(e *Env, provider, next string) string {
	b.t.Helper()
	return b.callback(b.consent(b.start(e, provider, next)))
}

// session trades the refresh cookie for an access token, as /oauth/done does.
func (b *browser) session() *Client {
	b.t.Helper()
	r := b.api.Do("POST", "/api/accounts/token/refresh", nil).Want(b.t, 200)
	b.api.Token = r.Str("access_token")
	return b.api
}

func wantReason(t *testing.T, loc, reason string) {
	t.Helper()
	if want := "/oauth/error?reason=" + reason; loc != want {
		t.Fatalf("redirected to %q, want %q", loc, want)
	}
}

func bindingCookie(t *testing.T, resp *http.Response) string {
	t.Helper()
	for _, c := range resp.Cookies() {
		if c.Name == "namebot_oauth" {
			return c.Value
		}
	}
	t.Fatalf("no namebot_oauth cookie in %v", resp.Header.Values("Set-Cookie"))
	return ""
}

func TestOAuth_Providers(t *testing.T) {
	t.Run("NotConfigured", func(t *testing.T) {
		c := env.NewClient(t)
		r := c.Do("GET", "/api/accounts/oauth/providers", nil).Want(t, 200)
		if p, ok := r.JSON["providers"].([]any); !ok || len(p) != 0 {
			t.Fatalf("providers = %s, want []", r.Raw)
		}
		c.Do("GET", "/api/accounts/oauth/github/start", nil).WantError(t, 404, "not_found")
		c.Do("GET", "/api/accounts/oauth/kakao/callback?state=x&code=y", nil).WantError(t, 404, "not_found")
	})
	e, _ := oauthEnv(t)
	t.Run("Configured", func(t *testing.T) {
		c := e.NewClient(t)
		r := c.Do("GET", "/api/accounts/oauth/providers", nil).Want(t, 200)
		if got := string(r.Raw); got != `{"providers":["github","kakao"]}` {
			t.Fatalf("providers = %s", got)
		}
		c.Do("GET", "/api/accounts/oauth/google/start", nil).WantError(t, 404, "not_found")
	})
	t.Run("StartRedirect", func(t *testing.T) {
		b := newBrowser(t, e)
		status, loc, resp := b.get(e.URL+"/api/accounts/oauth/github/start?next=%2Fchat", "Host", "evil.example")
		if status != 302 {
			t.Fatalf("status %d", status)
		}
		u, _ := url.Parse(loc)
		q := u.Query()
		if u.Path != "/login/oauth/authorize" || q.Get("client_id") != "gh-client" || q.Get("scope") != "read:user user:email" ||
			q.Get("code_challenge_method") != "S256" || len(q.Get("code_challenge")) != 43 || len(q.Get("state")) != 43 ||
			q.Get("redirect_uri") != e.URL+"/api/accounts/oauth/github/callback" || q.Has("code_verifier") || q.Has("client_secret") {
			t.Fatalf("authorize URL %s", loc)
		}
		sc := resp.Header.Get("Set-Cookie")
		for _, want := range []string{"namebot_oauth=", "Path=/api/accounts/oauth", "HttpOnly", "Secure", "SameSite=Lax", "Max-Age=600"} {
			if !strings.Contains(sc, want) {
				t.Fatalf("cookie %q lacks %s", sc, want)
			}
		}
		if resp.Header.Get("Cache-Control") != "no-store" {
			t.Fatalf("Cache-Control %q", resp.Header.Get("Cache-Control"))
		}
		_, kloc, _ := b.get(e.URL + "/api/accounts/oauth/kakao/start")
		if k, _ := url.Parse(kloc); k.Path != "/oauth/authorize" || k.Query().Get("response_type") != "code" || k.Query().Get("client_id") != "kakao-rest-key" {
			t.Fatalf("kakao authorize URL %s", kloc)
		}
	})
}

func TestOAuth_SignIn(t *testing.T) {
	e, fake := oauthEnv(t)
	for _, provider := range []string{"github", "kakao"} {
		t.Run(provider, func(t *testing.T) {
			pu := providerUser(true)
			fake.SetUser(pu)
			b := newBrowser(t, e)
			if loc := b.signIn(e, provider, "/board?category=chat"); loc != "/oauth/done?next=%2Fboard%3Fcategory%3Dchat" {
				t.Fatalf("redirected to %q", loc)
			}
			c := b.session()
			p := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
			if p.Str("email") != pu.Email || p.Str("nickname") != "Octo Cat the Very Lo" || p.JSON["email_login"] != false {
				t.Fatalf("profile %s", p.Raw)
			}
			if l, _ := p.JSON["linked_providers"].([]any); len(l) != 1 || l[0] != provider {
				t.Fatalf("linked_providers %s", p.Raw)
			}
			// The same identity again, in another browser: the same account.
			b2 := newBrowser(t, e)
			if loc := b2.signIn(e, provider, ""); loc != "/oauth/done" {
				t.Fatalf("second sign-in redirected to %q", loc)
			}
			if id := b2.session().Do("GET", "/api/accounts/profile", nil).Want(t, 200).Str("id"); id != p.Str("id") {
				t.Fatalf("second sign-in is user %s, want %s", id, p.Str("id"))
			}
			// The nickname is the account's own to change.
			c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": "새이름"}).Want(t, 200)
		})
	}
	t.Run("NextIsAnAppPathOnly", func(t *testing.T) {
		fake.SetUser(providerUser(true))
		for _, next := range []string{"//evil.example/x", "https://evil.example", "/\\evil", "/api/accounts/profile"} {
			if loc := newBrowser(t, e).signIn(e, "github", next); loc != "/oauth/done" {
				t.Fatalf("next %q: redirected to %q", next, loc)
			}
		}
	})
}

func TestOAuth_Refusals(t *testing.T) {
	e, fake := oauthEnv(t)
	t.Run("CancelledConsent", func(t *testing.T) {
		fake.Deny(true)
		defer fake.Deny(false)
		b := newBrowser(t, e)
		cb := b.consent(b.start(e, "github", ""))
		loc := b.callback(cb)
		wantReason(t, loc, "cancelled")
		// The provider's own text never reaches the app.
		if strings.Contains(loc, "script") || strings.Contains(loc, "denied") {
			t.Fatalf("provider text reflected: %s", loc)
		}
	})
	t.Run("ReplayedState", func(t *testing.T) {
		fake.SetUser(providerUser(true))
		b := newBrowser(t, e)
		_, authorize, resp := b.get(e.URL + "/api/accounts/oauth/github/start")
		binding := bindingCookie(t, resp)
		cb := b.consent(authorize)
		if loc := b.callback(cb); loc != "/oauth/done" {
			t.Fatalf("first callback: %q", loc)
		}
		before := fake.Exchanges
		// The same callback again, with the binding cookie put back: the
		// state is gone, and the code is never presented again.
		wantReason(t, newBrowser(t, e).callback(cb, "Cookie", "namebot_oauth="+binding), "state")
		if fake.Exchanges != before {
			t.Fatal("a replayed state reached the token endpoint")
		}
	})
	t.Run("ForgedState", func(t *testing.T) {
		b := newBrowser(t, e)
		b.start(e, "github", "")
		wantReason(t, b.callback(e.URL+"/api/accounts/oauth/github/callback?state=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&code=x"), "state")
		wantReason(t, b.callback(e.URL+"/api/accounts/oauth/github/callback?code=x"), "state")
	})
	t.Run("StateFromAnotherBrowser", func(t *testing.T) {
		fake.SetUser(providerUser(true))
		attacker := newBrowser(t, e)
		cb := attacker.consent(attacker.start(e, "github", ""))
		victim := newBrowser(t, e)
		victim.start(e, "github", "") // the victim has a binding cookie of their own
		before := fake.Exchanges
		wantReason(t, victim.callback(cb), "state")
		victim.api.Do("POST", "/api/accounts/token/refresh", nil).WantError(t, 401, "unauthorized")
		if fake.Exchanges != before {
			t.Fatal("a state of another browser reached the token endpoint")
		}
	})
	t.Run("StateOfAnotherProvider", func(t *testing.T) {
		fake.SetUser(providerUser(true))
		b := newBrowser(t, e)
		cb := b.consent(b.start(e, "github", ""))
		wantReason(t, b.callback(strings.Replace(cb, "/github/", "/kakao/", 1)), "state")
	})
	t.Run("CodeUsedTwice", func(t *testing.T) {
		fake.SetUser(providerUser(true))
		b := newBrowser(t, e)
		cb := b.consent(b.start(e, "github", ""))
		if loc := b.callback(cb); loc != "/oauth/done" {
			t.Fatalf("first callback: %q", loc)
		}
		code := mustQuery(t, cb).Get("code")
		// A fresh state of this browser with the spent code.
		fresh := mustQuery(t, b.consent(b.start(e, "github", ""))).Get("state")
		wantReason(t, b.callback(e.URL+"/api/accounts/oauth/github/callback?state="+fresh+"&code="+url.QueryEscape(code)), "code")
	})
	t.Run("WrongVerifierIsRefused", func(t *testing.T) {
		// A code obtained through another state (so another verifier).
		fake.SetUser(providerUser(true))
		b := newBrowser(t, e)
		code := mustQuery(t, b.consent(b.start(e, "kakao", ""))).Get("code")
		state := mustQuery(t, b.consent(b.start(e, "kakao", ""))).Get("state")
		wantReason(t, b.callback(e.URL+"/api/accounts/oauth/kakao/callback?state="+state+"&code="+url.QueryEscape(code)), "code")
	})
	t.Run("ProviderTokenError", func(t *testing.T) {
		fake.SetUser(providerUser(true))
		fake.FailTokens(true)
		defer fake.FailTokens(false)
		wantReason(t, newBrowser(t, e).signIn(e, "kakao", ""), "provider")
	})
	t.Run("UnverifiedEmail", func(t *testing.T) {
		pu := providerUser(false)
		fake.SetUser(pu)
		wantReason(t, newBrowser(t, e).signIn(e, "github", ""), "email_unverified")
		// Nothing was created: the email is still free.
		e.NewClient(t).Do("POST", "/api/accounts/signup", map[string]string{"email": pu.Email, "password": "abc12345", "password2": "abc12345", "nickname": "free"}).Want(t, 201)
		// And an unverified email never matches that account either.
		wantReason(t, newBrowser(t, e).signIn(e, "github", ""), "email_unverified")
	})
}

func mustQuery(t *testing.T, u string) url.Values {
	t.Helper()
	p, err := url.Parse(u)
	if err != nil {
		t.Fatal(err)
	}
	return p.Query()
}

func TestOAuth_Linking(t *testing.T) {
	e, fake := oauthEnv(t)
	pu := providerUser(true)
	owner := e.NewClient(t)
	ownerID := owner.SignUp(pu.Email, "abc12345", "owner")
	fake.SetUser(pu)
	t.Run("LinkRequired", func(t *testing.T) {
		// The provider's verified email is an existing account's: no
		// silent takeover, and no link is made.
		wantReason(t, newBrowser(t, e).signIn(e, "github", ""), "link_required")
		p := owner.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
		if l, _ := p.JSON["linked_providers"].([]any); len(l) != 0 || p.JSON["email_login"] != true {
			t.Fatalf("profile %s", p.Raw)
		}
	})
	t.Run("LinkNeedsThePassword", func(t *testing.T) {
		owner.Do("POST", "/api/accounts/oauth/github/link", map[string]string{}).WantError(t, 400, "invalid")
		owner.Do("POST", "/api/accounts/oauth/github/link", map[string]string{"password": "wrong1234"}).WantError(t, 403, "forbidden")
		e.NewClient(t).Do("POST", "/api/accounts/oauth/github/link", map[string]string{"password": "abc12345"}).WantError(t, 401, "unauthorized")
		owner.Do("POST", "/api/accounts/oauth/nope/link", map[string]string{"password": "abc12345"}).WantError(t, 404, "not_found")
	})
	t.Run("LinkPasswordIsThrottled", func(t *testing.T) {
		// The password check of a link is throttled like a login's.
		c := e.NewClient(t)
		c.SignUp(Email("linkthr"), "abc12345", "linkthr")
		for i := 0; i < 5; i++ {
			c.Do("POST", "/api/accounts/oauth/github/link", map[string]string{"password": "wrong1234"}).WantError(t, 403, "forbidden")
		}
		c.Do("POST", "/api/accounts/oauth/github/link", map[string]string{"password": "abc12345"}).WantError(t, 429, "rate_limited")
	})
	t.Run("Link", func(t *testing.T) {
		// The owner's browser: signed in with the password, links GitHub.
		b := newBrowser(t, e)
		b.api.Login(pu.Email, "abc12345")
		r := b.api.Do("POST", "/api/accounts/oauth/github/link", map[string]string{"password": "abc12345"}).Want(t, 200)
		if loc := b.callback(b.consent(r.Str("url"))); loc != "/oauth/done?next=%2Fprofile" {
			t.Fatalf("link callback redirected to %q", loc)
		}
		p := owner.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
		if l, _ := p.JSON["linked_providers"].([]any); len(l) != 1 || l[0] != "github" {
			t.Fatalf("profile %s", p.Raw)
		}
		// Now GitHub signs in as the owner.
		if id := signedInAs(t, e, "github"); id != ownerID {
			t.Fatalf("GitHub signs in as %s, want %s", id, ownerID)
		}
	})
	t.Run("LinkedElsewhere", func(t *testing.T) {
		other := newBrowser(t, e)
		other.api.SignUp(Email("other"), "abc12345", "other")
		r := other.api.Do("POST", "/api/accounts/oauth/github/link", map[string]string{"password": "abc12345"}).Want(t, 200)
		wantReason(t, other.callback(other.consent(r.Str("url"))), "linked_elsewhere")
	})
	t.Run("PasswordLoginUnchanged", func(t *testing.T) {
		e.NewClient(t).Login(pu.Email, "abc12345")
	})
	t.Run("DeletionRemovesLinks", func(t *testing.T) {
		owner.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
		// The identity is free again: a first sign-in makes a new account.
		if id := signedInAs(t, e, "github"); id == ownerID || id == "" {
			t.Fatalf("after deletion GitHub signs in as %q", id)
		}
	})
}

// signedInAs signs in with provider in a fresh browser and returns the user id.
func signedInAs(t *testing.T, e *Env, provider string) string {
	t.Helper()
	b := newBrowser(t, e)
	if loc := b.signIn(e, provider, ""); loc != "/oauth/done" {
		t.Fatalf("sign-in redirected to %q", loc)
	}
	return b.session().Do("GET", "/api/accounts/profile", nil).Want(t, 200).Str("id")
}

func TestOAuth_AccountWithoutPassword(t *testing.T) {
	e, fake := oauthEnv(t)
	pu := providerUser(true)
	fake.SetUser(pu)
	b := newBrowser(t, e)
	b.signIn(e, "kakao", "")
	c := b.session()
	id := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200).Str("id")
	t.Run("PasswordLoginIsAWrongPassword", func(t *testing.T) {
		got := e.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": pu.Email, "password": "abc12345"}).WantError(t, 401, "unauthorized")
		known := Email("known")
		e.NewClient(t).Do("POST", "/api/accounts/signup", map[string]string{"email": known, "password": "abc12345", "password2": "abc12345", "nickname": "known"}).Want(t, 201)
		want := e.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": known, "password": "wrong1234"}).WantError(t, 401, "unauthorized")
		if string(got.Raw) != string(want.Raw) {
			t.Fatalf("login on an account without password: %s, wrong password: %s", got.Raw, want.Raw)
		}
	})
	t.Run("DeletionNeedsTheTypedEmail", func(t *testing.T) {
		r := c.Do("DELETE", "/api/accounts/profile", map[string]string{}).WantError(t, 400, "invalid")
		if r.Field("confirm") == "" {
			t.Fatalf("no confirm field error: %s", r.Raw)
		}
		c.Do("DELETE", "/api/accounts/profile", map[string]string{"confirm": "someone@example.com"}).WantError(t, 403, "forbidden")
	})
	t.Run("SetsAPassword", func(t *testing.T) {
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"new_password": "abc12345", "new_password2": "x"}).WantError(t, 400, "invalid")
		p := c.Do("PATCH", "/api/accounts/profile", map[string]string{"new_password": "abc12345", "new_password2": "abc12345"}).Want(t, 200)
		if p.JSON["email_login"] != true {
			t.Fatalf("profile %s", p.Raw)
		}
		e.NewClient(t).Login(pu.Email, "abc12345")
		// From now on a new password needs the current one.
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"new_password": "xyz12345", "new_password2": "xyz12345"}).WantError(t, 400, "invalid")
		// And the provider still signs in as the same account.
		if got := signedInAs(t, e, "kakao"); got != id {
			t.Fatalf("kakao signs in as %s, want %s", got, id)
		}
	})
	t.Run("DeletionRemovesLinks", func(t *testing.T) {
		fresh := providerUser(true)
		fake.SetUser(fresh)
		fb := newBrowser(t, e)
		fb.signIn(e, "github", "")
		fc := fb.session()
		first := fc.Do("GET", "/api/accounts/profile", nil).Want(t, 200).Str("id")
		fc.Do("DELETE", "/api/accounts/profile", map[string]string{"confirm": strings.ToUpper(fresh.Email)}).Want(t, 204)
		fc.Do("GET", "/api/accounts/profile", nil).WantError(t, 401, "unauthorized")
		if again := signedInAs(t, e, "github"); again == first {
			t.Fatal("the deleted account's link still signs in")
		}
	})
}
