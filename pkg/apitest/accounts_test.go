package apitest

import (
	"encoding/base64"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"namebot/pkg/app"
	"namebot/pkg/auth"
)

var env *Env

func TestMain(m *testing.M) {
	var stop func()
	// Every test here signs up from 127.0.0.1: the per-address sign-up
	// limit has its own test (TestSecurity_SignupThrottle).
	env, stop = Start(nil, map[string]string{"SIGNUP_LIMIT": "0"}, app.Options{})
	code := m.Run()
	stop()
	if iam := checkIAM(); code == 0 {
		code = iam
	}
	os.Exit(code)
}

func TestAccounts_Signup(t *testing.T) {
	c := env.NewClient(t)
	t.Run("OK", func(t *testing.T) {
		e := Email("ok")
		r := c.Do("POST", "/api/accounts/signup", map[string]string{"email": "  " + strings.ToUpper(e) + " ", "password": "abc12345", "password2": "abc12345", "nickname": " 이름짓는사람 "}).Want(t, 201)
		if got, want := r.Str("email"), e; got != want {
			t.Fatalf("email = %q, want normalised %q", got, want)
		}
		if got, want := r.Str("nickname"), "이름짓는사람"; got != want {
			t.Fatalf("nickname = %q, want %q", got, want)
		}
		if r.Str("id") == "" || strings.Contains(string(r.Raw), "password") {
			t.Fatalf("bad body: %s", r.Raw)
		}
		// Unique regardless of case.
		c.Do("POST", "/api/accounts/signup", map[string]string{"email": strings.ToUpper(e), "password": "abc12345", "password2": "abc12345", "nickname": "other"}).WantError(t, 409, "conflict")
	})
	t.Run("FieldErrors", func(t *testing.T) {
		r := c.Do("POST", "/api/accounts/signup", map[string]string{"email": "not-an-email", "password": "short", "password2": "x", "nickname": "a"}).WantError(t, 400, "invalid")
		for _, f := range []string{"email", "password", "password2", "nickname"} {
			if r.Field(f) == "" {
				t.Errorf("no field error for %s: %s", f, r.Raw)
			}
		}
	})
	t.Run("PasswordRules", func(t *testing.T) {
		for _, pw := range []string{"onlyletters", "12345678", strings.Repeat("a1", 33)} {
			r := c.Do("POST", "/api/accounts/signup", map[string]string{"email": Email("pw"), "password": pw, "password2": pw, "nickname": "nick"})
			r.WantError(t, 400, "invalid")
			if r.Field("password") == "" {
				t.Errorf("password %q accepted: %s", pw, r.Raw)
			}
		}
	})
	t.Run("MassAssignment", func(t *testing.T) {
		e := Email("mass")
		r := c.Do("POST", "/api/accounts/signup", map[string]any{"email": e, "password": "abc12345", "password2": "abc12345", "nickname": "nick", "is_manager": true}).WantError(t, 400, "invalid")
		if r.Field("is_manager") == "" {
			t.Fatalf("is_manager not refused as a field: %s", r.Raw)
		}
		// Nothing was stored: the email is still free.
		c.Do("POST", "/api/accounts/signup", map[string]any{"email": e, "password": "abc12345", "password2": "abc12345", "nickname": "nick"}).Want(t, 201)
	})
	t.Run("WrongTypes", func(t *testing.T) {
		r := c.Do("POST", "/api/accounts/signup", `{"email": 12, "password": "abc12345", "password2": "abc12345", "nickname": "nick"}`).WantError(t, 400, "invalid")
		if r.Field("email") == "" {
			t.Fatalf("no field error for email: %s", r.Raw)
		}
	})
	t.Run("BrokenJSON", func(t *testing.T) {
		for _, body := range []string{`{"email":`, `[]`, `"x"`, `{} {}`, `null x`} {
			c.Do("POST", "/api/accounts/signup", body).WantError(t, 400, "invalid")
		}
		c.Do("POST", "/api/accounts/signup", nil).WantError(t, 400, "invalid")
	})
	t.Run("InvalidUTF8", func(t *testing.T) {
		c.Do("POST", "/api/accounts/signup", []byte("{\"email\":\"a\xff@b.com\",\"password\":\"abc12345\",\"password2\":\"abc12345\",\"nickname\":\"nick\"}")).WantError(t, 400, "invalid")
	})
	t.Run("TooLarge", func(t *testing.T) {
		big := `{"email":"` + strings.Repeat("a", 40<<10) + `@b.com"}`
		c.Do("POST", "/api/accounts/signup", big).WantError(t, 413, "too_large")
	})
	t.Run("WrongMediaType", func(t *testing.T) {
		c.Do("POST", "/api/accounts/signup", `{}`, "Content-Type", "text/plain").WantError(t, 400, "invalid")
	})
	t.Run("English", func(t *testing.T) {
		en := env.NewClient(t)
		en.Lang = "en-US,en;q=0.9,ko;q=0.5"
		r := en.Do("POST", "/api/accounts/signup", `{`).WantError(t, 400, "invalid")
		if msg := r.JSON["error"].(map[string]any)["message"].(string); msg != "The request body is not valid JSON." {
			t.Fatalf("message = %q", msg)
		}
		ko := c.Do("POST", "/api/accounts/signup", `{`)
		if msg := ko.JSON["error"].(map[string]any)["message"].(string); !strings.Contains(msg, "JSON이") {
			t.Fatalf("Korean message = %q", msg)
		}
	})
}

func TestAccounts_Login(t *testing.T) {
	c := env.NewClient(t)
	e := Email("login")
	c.SignUp(e, "abc12345", "login")
	t.Run("JSON", func(t *testing.T) {
		r := c.Do("POST", "/api/accounts/login", map[string]string{"email": strings.ToUpper(e), "password": "abc12345"}).Want(t, 200)
		if r.Str("token_type") != "Bearer" || r.JSON["expires_in"] != float64(900) || r.Str("access_token") == "" || r.Str("refresh_token") == "" {
			t.Fatalf("body: %s", r.Raw)
		}
		sc := r.Header.Get("Set-Cookie")
		for _, want := range []string{"namebot_refresh=" + r.Str("refresh_token"), "HttpOnly", "Secure", "SameSite=Strict", "Path=/api/accounts"} {
			if !strings.Contains(sc, want) {
				t.Errorf("Set-Cookie %q lacks %q", sc, want)
			}
		}
	})
	t.Run("FormRefused", func(t *testing.T) {
		// JSON only: a form post from another site must not sign anyone
		// in (login CSRF; TestSecurity_LoginCSRF has the rest).
		r := c.Do("POST", "/api/accounts/login", "email="+e+"&password=abc12345", "Content-Type", "application/x-www-form-urlencoded").WantError(t, 400, "invalid")
		if r.Header.Get("Set-Cookie") != "" {
			t.Fatalf("cookie set: %q", r.Header.Get("Set-Cookie"))
		}
	})
	t.Run("SameAnswerUnknownEmailAndWrongPassword", func(t *testing.T) {
		a := c.Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "wrong1234"}).WantError(t, 401, "unauthorized")
		b := c.Do("POST", "/api/accounts/login", map[string]string{"email": Email("nobody"), "password": "wrong1234"}).WantError(t, 401, "unauthorized")
		if string(a.Raw) != string(b.Raw) {
			t.Fatalf("answers differ:\n%s\n%s", a.Raw, b.Raw)
		}
	})
	t.Run("Throttled", func(t *testing.T) {
		e := Email("throttle")
		c.Do("POST", "/api/accounts/signup", map[string]string{"email": e, "password": "abc12345", "password2": "abc12345", "nickname": "nick"}).Want(t, 201)
		for i := 0; i < 5; i++ {
			c.Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "wrong1234"}).Want(t, 401)
		}
		r := c.Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 429, "rate_limited")
		if r.Header.Get("Retry-After") == "" {
			t.Fatal("no Retry-After")
		}
		time.Sleep(1100 * time.Millisecond)
		c.Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).Want(t, 200)
		// A good login clears the record: five new failures are answered
		// at once again (without the clear the first would be 429).
		for i := 0; i < 5; i++ {
			c.Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "wrong1234"}).WantError(t, 401, "unauthorized")
		}
	})
}

func keyOf(t *testing.T) []byte {
	key, err := os.ReadFile(env.Stack.Deps.Cfg.JWTKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(strings.TrimSpace(string(key)))
}

func TestAccounts_AccessTokens(t *testing.T) {
	c := env.NewClient(t)
	uid := c.SignUp(Email("tok"), "abc12345", "tokens")
	c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
	key := keyOf(t)
	sign := func(method jwt.SigningMethod, k any, claims jwt.MapClaims) string {
		s, err := jwt.NewWithClaims(method, claims).SignedString(k)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	now := time.Now()
	good := jwt.MapClaims{"iss": auth.Issuer, "aud": auth.Audience, "sub": uid, "iat": now.Unix(), "exp": now.Add(time.Minute).Unix(), "jti": "x1"}
	with := func(k string, v any) jwt.MapClaims {
		m := jwt.MapClaims{}
		for kk, vv := range good {
			m[kk] = vv
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		return m
	}
	b64 := base64.RawURLEncoding.EncodeToString
	cases := map[string]string{
		"control (valid)":  sign(jwt.SigningMethodHS256, key, good),
		"forged signature": sign(jwt.SigningMethodHS256, []byte("an-attackers-key-that-is-32-bytes!!"), good),
		"alg none":         b64([]byte(`{"alg":"none","typ":"JWT"}`)) + "." + b64([]byte(fmt.Sprintf(`{"iss":"namebot","aud":"namebot-api","sub":%q,"iat":%d,"exp":%d,"jti":"x"}`, uid, now.Unix(), now.Add(time.Hour).Unix()))) + ".",
		"HS512":            sign(jwt.SigningMethodHS512, key, good),
		"expired":          sign(jwt.SigningMethodHS256, key, with("exp", now.Add(-time.Minute).Unix())),
		"no exp":           sign(jwt.SigningMethodHS256, key, with("exp", nil)),
		"wrong audience":   sign(jwt.SigningMethodHS256, key, with("aud", "someone-else")),
		"wrong issuer":     sign(jwt.SigningMethodHS256, key, with("iss", "evil")),
		"no jti":           sign(jwt.SigningMethodHS256, key, with("jti", nil)),
		"no sub":           sign(jwt.SigningMethodHS256, key, with("sub", nil)),
		"issued in future": sign(jwt.SigningMethodHS256, key, with("iat", now.Add(time.Hour).Unix())),
		"garbage":          "not.a.jwt",
	}
	for name, tok := range cases {
		t.Run(name, func(t *testing.T) {
			c2 := env.NewClient(t)
			c2.Token = tok
			r := c2.Do("GET", "/api/accounts/profile", nil)
			if name == "control (valid)" {
				r.Want(t, 200)
				return
			}
			r.WantError(t, 401, "unauthorized")
		})
	}
	t.Run("NoToken", func(t *testing.T) {
		r := env.NewClient(t).Do("GET", "/api/accounts/profile", nil).WantError(t, 401, "unauthorized")
		if !strings.Contains(string(r.Raw), "로그인 후 사용해주세요") {
			t.Fatalf("message: %s", r.Raw)
		}
	})
}

func TestAccounts_Refresh(t *testing.T) {
	c := env.NewClient(t)
	e := Email("refresh")
	c.SignUp(e, "abc12345", "refresh")
	first := c.Login(e, "abc12345").Str("refresh_token")
	t.Run("RotatesWithBody", func(t *testing.T) {
		api := env.NewClient(t) // no cookies
		r := api.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": first}).Want(t, 200)
		second := r.Str("refresh_token")
		if second == "" || second == first || r.Str("access_token") == "" {
			t.Fatalf("body: %s", r.Raw)
		}
		api.Token = r.Str("access_token")
		api.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
		// Replaced once, the first token still rotates for the grace window
		// (a lost answer: TestAccounts_RefreshReuse); replaced twice, it is
		// refused as reuse, and the family with it.
		third := api.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": second}).Want(t, 200).Str("refresh_token")
		api.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": first}).WantError(t, 401, "unauthorized")
		api.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": third}).WantError(t, 401, "unauthorized")
	})
	t.Run("CookieRotates", func(t *testing.T) {
		c := env.NewClient(t)
		c.SignUp(Email("cookie"), "abc12345", "cookie")
		r1 := c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
		r2 := c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
		if r1.Str("refresh_token") == r2.Str("refresh_token") {
			t.Fatal("cookie not rotated")
		}
	})
	t.Run("MissingAndMalformed", func(t *testing.T) {
		c := env.NewClient(t)
		c.Do("POST", "/api/accounts/token/refresh", nil).WantError(t, 401, "unauthorized")
		c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": "nonsense"}).WantError(t, 401, "unauthorized")
		c.Do("POST", "/api/accounts/token/refresh", map[string]any{"refresh": 5}).WantError(t, 400, "invalid")
		c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": "01a2185f-cccf-780b-b414-85713d7810ec." + strings.Repeat("A", 43)}).WantError(t, 401, "unauthorized")
	})
}

// TestAccounts_RefreshReuse checks the grace window (the token just replaced
// rotates again: its presenter lost the answer) and the reuse rule after it:
// an old token presented again revokes the whole family.
func TestAccounts_RefreshReuse(t *testing.T) {
	if testing.Short() {
		t.Skip("waits out the 10 s grace window")
	}
	c := env.NewClient(t)
	e := Email("reuse")
	c.SignUp(e, "abc12345", "reuse")
	first := c.Login(e, "abc12345").Str("refresh_token")
	c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": first}).Want(t, 200)
	// Within the grace window the token just replaced is a lost answer (a
	// page reloaded while its refresh was on the way): it rotates again,
	// as often as it comes, and revokes nothing.
	c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": first}).Want(t, 200)
	second := c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": first}).Want(t, 200)
	if second.Str("access_token") == "" || second.Str("refresh_token") == first {
		t.Fatalf("lost answer: %s", second.Raw)
	}
	third := c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": second.Str("refresh_token")}).Want(t, 200).Str("refresh_token")
	// Past the window (counted from the first rotation), the same token is reuse:
	// the family is revoked and its newest token dies too.
	time.Sleep(10500 * time.Millisecond)
	r := c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": first}).WantError(t, 401, "unauthorized")
	if !strings.Contains(string(r.Raw), "이미 사용된") {
		t.Fatalf("reuse not reported: %s", r.Raw)
	}
	c.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": third}).WantError(t, 401, "unauthorized")
}

func TestAccounts_Logout(t *testing.T) {
	c := env.NewClient(t)
	e := Email("logout")
	c.SignUp(e, "abc12345", "logout")
	other := env.NewClient(t)
	otherTok := other.Login(e, "abc12345").Str("refresh_token")
	r := c.Do("POST", "/api/accounts/logout", nil).Want(t, 204)
	if sc := r.Header.Get("Set-Cookie"); !strings.Contains(sc, "Max-Age=0") {
		t.Fatalf("cookie not cleared: %q", sc)
	}
	c.Do("POST", "/api/accounts/token/refresh", nil).WantError(t, 401, "unauthorized")
	// Only that family: the other device stays signed in.
	other.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": otherTok}).Want(t, 200)
	env.NewClient(t).Do("POST", "/api/accounts/logout", nil).WantError(t, 401, "unauthorized")
	// Someone else's refresh token is not revoked by my logout.
	mallory := env.NewClient(t)
	mallory.SignUp(Email("mallory"), "abc12345", "mallory")
	victim := env.NewClient(t)
	victim.SignUp(Email("victim"), "abc12345", "victim")
	vt := victim.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200).Str("refresh_token")
	mallory.Do("POST", "/api/accounts/logout", map[string]string{"refresh": vt}).Want(t, 204)
	victim.Do("POST", "/api/accounts/token/refresh", map[string]string{"refresh": vt}).Want(t, 200)
}

func TestAccounts_Profile(t *testing.T) {
	c := env.NewClient(t)
	e := Email("profile")
	uid := c.SignUp(e, "abc12345", "profile")
	t.Run("Read", func(t *testing.T) {
		r := c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
		if r.Str("id") != uid || r.Str("email") != e || r.JSON["is_manager"] != false || r.Str("created_at") == "" {
			t.Fatalf("profile: %s", r.Raw)
		}
		q, _ := r.JSON["quota"].(map[string]any)
		if q["limit"] != float64(5) || q["used"] != float64(0) || q["remaining"] != float64(5) || q["resets_at"] == "" {
			t.Fatalf("quota: %s", r.Raw)
		}
		if strings.Contains(string(r.Raw), "argon2") || strings.Contains(string(r.Raw), "password") {
			t.Fatalf("hash leaked: %s", r.Raw)
		}
	})
	t.Run("Nickname", func(t *testing.T) {
		r := c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": "새 이름"}).Want(t, 200)
		if r.Str("nickname") != "새 이름" {
			t.Fatalf("body: %s", r.Raw)
		}
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"nickname": "x\u0000y"}).WantError(t, 400, "invalid")
		c.Do("PATCH", "/api/accounts/profile", map[string]string{}).WantError(t, 400, "invalid")
	})
	t.Run("NothingPrivileged", func(t *testing.T) {
		for _, f := range []string{"is_manager", "email", "id", "created_at"} {
			c.Do("PATCH", "/api/accounts/profile", map[string]any{f: true}).WantError(t, 400, "invalid")
		}
		if r := c.Do("GET", "/api/accounts/profile", nil); r.JSON["is_manager"] != false || r.Str("email") != e {
			t.Fatalf("changed: %s", r.Raw)
		}
	})
	t.Run("Password", func(t *testing.T) {
		other := env.NewClient(t)
		other.Login(e, "abc12345")
		r := c.Do("PATCH", "/api/accounts/profile", map[string]string{"new_password": "new12345", "new_password2": "new12345", "nickname": "바뀌면안됨"}).WantError(t, 400, "invalid")
		if r.Field("current_password") == "" {
			t.Fatalf("body: %s", r.Raw)
		}
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"current_password": "wrong1234", "new_password": "new12345", "new_password2": "new12345", "nickname": "바뀌면안됨"}).WantError(t, 403, "forbidden")
		// Nothing changed.
		if r := c.Do("GET", "/api/accounts/profile", nil); r.Str("nickname") == "바뀌면안됨" {
			t.Fatal("nickname changed by a refused request")
		}
		env.NewClient(t).Login(e, "abc12345")
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"current_password": "abc12345", "new_password": "new12345", "new_password2": "new12345"}).Want(t, 200)
		env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 401, "unauthorized")
		env.NewClient(t).Login(e, "new12345")
		// The caller's own session survives; the other device's does not.
		c.Do("POST", "/api/accounts/token/refresh", nil).Want(t, 200)
		other.Do("POST", "/api/accounts/token/refresh", nil).WantError(t, 401, "unauthorized")
	})
}

func TestAccounts_Delete(t *testing.T) {
	c := env.NewClient(t)
	e := Email("delete")
	c.SignUp(e, "abc12345", "delete")
	c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "wrong1234"}).WantError(t, 403, "forbidden")
	c.Do("DELETE", "/api/accounts/profile", map[string]string{}).WantError(t, 400, "invalid")
	c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
	c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).Want(t, 204)
	c.Do("GET", "/api/accounts/profile", nil).WantError(t, 401, "unauthorized")
	c.Do("POST", "/api/accounts/token/refresh", nil).WantError(t, 401, "unauthorized")
	env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": e, "password": "abc12345"}).WantError(t, 401, "unauthorized")
	// The email is free again.
	env.NewClient(t).SignUp(e, "abc12345", "again")
}

func TestHealth(t *testing.T) {
	r := env.NewClient(t).Do("GET", "/api/health", nil).Want(t, 200)
	for _, h := range []string{"X-Content-Type-Options", "Cache-Control", "Content-Security-Policy"} {
		if r.Header.Get(h) == "" {
			t.Errorf("missing %s", h)
		}
	}
	env.NewClient(t).Do("GET", "/api/nope", nil).WantError(t, 404, "not_found")
}
