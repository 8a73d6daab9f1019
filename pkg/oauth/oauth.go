// Package oauth implements the identity providers (GitHub, Kakao) of the
// authorization-code flow with PKCE over plain net/http and encoding/json:
// the authorize URL, the server-side code exchange and the user read. Each
// provider's base URLs come from configuration so that tests point them at
// fake providers (oauthtest).
package oauth

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"namebot/pkg/namebot"
)

// Config is one provider's client registration and endpoints.
type Config struct {
	ClientID     string
	ClientSecret string
	AuthURL      string // the consent and token host: https://github.com, https://kauth.kakao.com
	APIURL       string // the user API: https://api.github.com, https://kapi.kakao.com
	HTTP         *http.Client
}

// maxBody caps what is read from a provider.
const maxBody = 1 << 20

func (c Config) client() *http.Client {
	if c.HTTP != nil {
		return c.HTTP
	}
	return &http.Client{Timeout: 8 * time.Second}
}

func codeRefused(err error) error {
	return &namebot.Error{Code: namebot.ECONFLICT, Key: "oauth_code", Err: err}
}

func providerFailed(op string, err error) error {
	return &namebot.Error{Code: namebot.EUNAVAILABLE, Key: "oauth_provider", Err: fmt.Errorf("%s: %w", op, err)}
}

// do sends req and decodes a JSON answer into v. Statuses other than 2xx
// come back as *statusError with the body's OAuth error code, if any.
func (c Config) do(req *http.Request, v any) error {
	req.Header.Set("Accept", "application/json")
	req.Header.Set("User-Agent", "namebot")
	resp, err := c.client().Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return err
	}
	if resp.StatusCode/100 != 2 {
		var e struct {
			Error string `json:"error"`
		}
		_ = json.Unmarshal(body, &e)
		return &statusError{status: resp.StatusCode, code: e.Error}
	}
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%s %s: %w", req.Method, req.URL.Path, err)
	}
	return nil
}

type statusError struct {
	status int
	code   string
}

func (e *statusError) Error() string { return "status " + strconv.Itoa(e.status) + " " + e.code }

// exchange posts the token request and returns the access token. A 4xx
// or an OAuth error body means the code (or verifier, or secret) was
// refused; anything else is the provider failing.
func (c Config) exchange(ctx context.Context, tokenURL string, form url.Values) (string, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, tokenURL, strings.NewReader(form.Encode()))
	if err != nil {
		return "", providerFailed("token", err)
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	var tok struct {
		AccessToken string `json:"access_token"`
		Error       string `json:"error"`
	}
	if err := c.do(req, &tok); err != nil {
		if se, ok := err.(*statusError); ok && se.status >= 400 && se.status < 500 {
			return "", codeRefused(fmt.Errorf("token: %w", err))
		}
		return "", providerFailed("token", err)
	}
	if tok.Error != "" || tok.AccessToken == "" {
		// GitHub answers 200 with {"error": "bad_verification_code"}.
		return "", codeRefused(fmt.Errorf("token: error %q", tok.Error))
	}
	return tok.AccessToken, nil
}

func (c Config) get(ctx context.Context, u, token string, v any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return c.do(req, v)
}

func authorizeURL(base string, q url.Values) string {
	return base + "?" + q.Encode()
}
