package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"
)

// client is a small JSON client over real HTTP with keep-alive, as a
// browser or the replaced app's load tool would talk to the server.
type client struct {
	base string
	http *http.Client
}

// newClient returns a client of base (http://127.0.0.1:port). Its
// transport keeps enough idle connections for every concurrent worker and
// never uses a proxy: everything stays on loopback.
func newClient(base string) *client {
	tr := &http.Transport{
		Proxy:               nil,
		DialContext:         (&net.Dialer{Timeout: 2 * time.Second}).DialContext,
		MaxIdleConns:        64,
		MaxIdleConnsPerHost: 64,
		IdleConnTimeout:     60 * time.Second,
		DisableCompression:  true,
	}
	return &client{base: base, http: &http.Client{Transport: tr, Timeout: 30 * time.Second}}
}

func (c *client) close() { c.http.CloseIdleConnections() }

// do sends one request and reads the whole answer. body is sent as is
// (already JSON) when not nil.
func (c *client) do(ctx context.Context, method, path, token string, body []byte) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, nil, err
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	return resp.StatusCode, raw, err
}

// call sends v as JSON and decodes the answer into out (when not nil); an
// answer other than want is an error.
func (c *client) call(ctx context.Context, method, path, token string, v any, want int, out any) error {
	var body []byte
	if v != nil {
		var err error
		if body, err = json.Marshal(v); err != nil {
			return err
		}
	}
	status, raw, err := c.do(ctx, method, path, token, body)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	if status != want {
		return fmt.Errorf("%s %s: status %d, want %d: %s", method, path, status, want, clip(raw, 300))
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			return fmt.Errorf("%s %s: %w", method, path, err)
		}
	}
	return nil
}

func clip(b []byte, n int) string {
	if len(b) > n {
		return string(b[:n]) + "…"
	}
	return string(b)
}

// user is a signed-up, logged-in account.
type user struct {
	email, password, token string
}

// signUp creates an account and logs it in.
func (c *client) signUp(ctx context.Context, email string) (*user, error) {
	u := &user{email: email, password: "bench-pass-1"}
	if err := c.call(ctx, "POST", "/api/accounts/signup", "", map[string]string{
		"email": email, "password": u.password, "password2": u.password, "nickname": "bench",
	}, 201, nil); err != nil {
		return nil, err
	}
	var out struct {
		AccessToken string `json:"access_token"`
	}
	if err := c.call(ctx, "POST", "/api/accounts/login", "", map[string]string{"email": email, "password": u.password}, 200, &out); err != nil {
		return nil, err
	}
	if out.AccessToken == "" {
		return nil, fmt.Errorf("login of %s: no access_token", email)
	}
	u.token = out.AccessToken
	return u, nil
}

// newRoom creates a chat room and returns its id.
func (c *client) newRoom(ctx context.Context, u *user) (string, error) {
	var out struct {
		ID string `json:"id"`
	}
	if err := c.call(ctx, "POST", "/api/chat", u.token, map[string]string{"language": "Python", "convention": "PEP 8"}, 201, &out); err != nil {
		return "", err
	}
	return out.ID, nil
}
