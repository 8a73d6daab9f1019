package apitest

import (
	"strconv"
	"testing"

	"namebot/pkg/app"
)

// TestSecurity_SignupThrottle: sign-ups are counted per client address and
// UTC day (one conditional counter item, like the daily quota); past the
// limit the answer is 429 with Retry-After and nothing is created. Invalid
// input is not counted; a taken email (409) is, so the 409 cannot be used
// to test emails without limit. Forged forwarding headers do not move a
// client to another address (no edge secret is configured here).
func TestSecurity_SignupThrottle(t *testing.T) {
	e, _ := Start(t, map[string]string{"SIGNUP_LIMIT": "3"}, app.Options{})
	c := e.NewClient(t)
	body := func(addr string) map[string]string {
		return map[string]string{"email": addr, "password": "abc12345", "password2": "abc12345", "nickname": "nick"}
	}
	c.Do("POST", "/api/accounts/signup", map[string]string{"email": "bad"}).WantError(t, 400, "invalid") // not counted
	first := Email("signthr")
	c.Do("POST", "/api/accounts/signup", body(first)).Want(t, 201)
	c.Do("POST", "/api/accounts/signup", body(first)).WantError(t, 409, "conflict") // counted
	c.Do("POST", "/api/accounts/signup", body(Email("signthr")), "X-Forwarded-For", "198.51.100.9").Want(t, 201)
	last := Email("signthr")
	r := c.Do("POST", "/api/accounts/signup", body(last), "CloudFront-Viewer-Address", "198.51.100.10:1234", "X-Forwarded-For", "198.51.100.10").WantError(t, 429, "rate_limited")
	if s, err := strconv.Atoi(r.Header.Get("Retry-After")); err != nil || s < 1 || s > 86400 {
		t.Fatalf("Retry-After %q", r.Header.Get("Retry-After"))
	}
	c.Do("POST", "/api/accounts/signup", body(first)).WantError(t, 429, "rate_limited") // the 409 too
	// Nothing was created for the refused sign-up.
	e.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": last, "password": "abc12345"}).WantError(t, 401, "unauthorized")
	// Other routes are not affected.
	c.Login(first, "abc12345")
	c.Do("GET", "/api/accounts/profile", nil).Want(t, 200)
}
