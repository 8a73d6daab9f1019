package apitest

import (
	"testing"
	"time"
)

// TestSecurity_PasswordChecksThrottled: every check of a password goes
// through the login throttle (5 failures, then 429 with Retry-After and
// doubling waits), on the same per-email record as the login: a stolen
// access token is no way around it.
func TestSecurity_PasswordChecksThrottled(t *testing.T) {
	change := func(current string) map[string]string {
		return map[string]string{"current_password": current, "new_password": "new12345", "new_password2": "new12345"}
	}
	t.Run("ProfileEdit", func(t *testing.T) {
		c := env.NewClient(t)
		addr := Email("pwthr")
		c.SignUp(addr, "abc12345", "pwthr")
		for i := 0; i < 5; i++ {
			c.Do("PATCH", "/api/accounts/profile", change("wrong1234")).WantError(t, 403, "forbidden")
		}
		// The sixth is not checked, even with the right password.
		r := c.Do("PATCH", "/api/accounts/profile", change("abc12345")).WantError(t, 429, "rate_limited")
		if r.Header.Get("Retry-After") == "" {
			t.Fatal("no Retry-After")
		}
		c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).WantError(t, 429, "rate_limited")
		// The same record as the login's.
		env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": addr, "password": "abc12345"}).WantError(t, 429, "rate_limited")
		time.Sleep(1100 * time.Millisecond)
		// After the wait the right password works and clears the record.
		c.Do("PATCH", "/api/accounts/profile", change("abc12345")).Want(t, 200)
		c.Do("PATCH", "/api/accounts/profile", map[string]string{"current_password": "wrong1234", "new_password": "new23456", "new_password2": "new23456"}).WantError(t, 403, "forbidden")
	})
	t.Run("Deletion", func(t *testing.T) {
		c := env.NewClient(t)
		addr := Email("delthr")
		c.SignUp(addr, "abc12345", "delthr")
		for i := 0; i < 5; i++ {
			c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "wrong1234"}).WantError(t, 403, "forbidden")
		}
		c.Do("DELETE", "/api/accounts/profile", map[string]string{"password": "abc12345"}).WantError(t, 429, "rate_limited")
		c.Do("GET", "/api/accounts/profile", nil).Want(t, 200) // not deleted
	})
	t.Run("LoginFailuresCountToo", func(t *testing.T) {
		c := env.NewClient(t)
		addr := Email("mixthr")
		c.SignUp(addr, "abc12345", "mixthr")
		for i := 0; i < 5; i++ {
			env.NewClient(t).Do("POST", "/api/accounts/login", map[string]string{"email": addr, "password": "wrong1234"}).WantError(t, 401, "unauthorized")
		}
		c.Do("PATCH", "/api/accounts/profile", change("wrong1234")).WantError(t, 429, "rate_limited")
	})
}
