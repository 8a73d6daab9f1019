// Package apitest starts the real local stack (dynalite over HTTP, the
// handlers behind the API Gateway adapter) for black-box tests, and gives
// them a small JSON client, the fixtures they share (addresses, rooms, a
// PNG, the day's quota) and direct reads of the tables and the bucket. It
// is test support: its own tests and pkg/faulttest build on it.
package apitest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"namebot/pkg/app"
	"namebot/pkg/config"
	"namebot/pkg/local"
	"namebot/pkg/metrics"
)

// Calls records the AWS calls every function makes in every stack this
// package starts; TestMain holds them against template.yaml's policies
// (iam_test.go).
var Calls = local.NewCallRecorder(local.AWSEnv{Partition: "aws", Account: "123456789012"})

// Env is a running stack and its URL.
type Env struct {
	URL   string
	Stack *local.Stack
}

// Start starts a stack with in-memory dynalite for the test (or the whole
// package when called from TestMain with a nil t; then call the returned
// stop). env overrides configuration variables.
func Start(tb testing.TB, env map[string]string, opt app.Options) (*Env, func()) {
	cfg, err := config.FromEnv(func(k string) string { return env[k] })
	if err != nil {
		fatal(tb, "config: %v", err)
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opt.Metrics == nil { // EMF lines are for CloudWatch, not test output
		opt.Metrics = metrics.New(io.Discard, metrics.FunctionName(), nil)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// Listen first: presigned uploads must point at this server's /s3.
	srv := httptest.NewUnstartedServer(nil)
	url := "http://" + srv.Listener.Addr().String()
	// Provider callbacks come back to this server unless a test says otherwise.
	if env["APP_ORIGIN"] == "" {
		cfg.AppOrigin = url
	}
	// DATA_DIR puts dynalite and the S3 files on disk, as `make run` does.
	st, err := local.Start(ctx, local.Options{Config: cfg, App: opt, PublicURL: url, DataDir: env["DATA_DIR"], Calls: Calls})
	if err != nil {
		srv.Close()
		fatal(tb, "start stack: %v", err)
	}
	srv.Config.Handler = st.Server
	srv.Start()
	stop := func() { srv.Close(); st.Close() }
	if tb != nil {
		tb.Cleanup(stop)
	}
	return &Env{URL: url, Stack: st}, stop
}

func fatal(tb testing.TB, format string, args ...any) {
	if tb != nil {
		tb.Helper()
		tb.Fatalf(format, args...)
	}
	panic("apitest: " + fmt.Sprintf(format, args...))
}

// Client is a JSON client with a cookie jar and an optional bearer token.
type Client struct {
	T     testing.TB
	Base  string
	Token string
	Lang  string
	HTTP  *http.Client
}

// NewClient returns a client of env with its own cookie jar.
func (e *Env) NewClient(t testing.TB) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{T: t, Base: e.URL, HTTP: &http.Client{Jar: jar, Timeout: 60 * time.Second}}
}

// Result is a response with its decoded JSON body.
type Result struct {
	Status int
	Header http.Header
	Raw    []byte
	JSON   map[string]any
}

// Do sends a request; body is JSON-encoded unless it is a string or []byte.
// A transport error fails the test (call it from the test's goroutine).
func (c *Client) Do(method, path string, body any, headers ...string) *Result {
	c.T.Helper()
	r, err := c.Try(method, path, body, headers...)
	if err != nil {
		c.T.Fatal(err)
	}
	return r
}

// Try is Do returning transport errors instead of failing the test, for
// requests made from other goroutines.
func (c *Client) Try(method, path string, body any, headers ...string) (*Result, error) {
	var rd io.Reader
	ct := "application/json"
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		raw, err := json.Marshal(b)
		if err != nil {
			return nil, fmt.Errorf("encode body: %w", err)
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequest(method, c.Base+path, rd)
	if err != nil {
		return nil, fmt.Errorf("new request: %w", err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", ct)
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	if c.Lang != "" {
		req.Header.Set("Accept-Language", c.Lang)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i+1] == "" {
			req.Header.Del(headers[i])
		} else {
			req.Header.Set(headers[i], headers[i+1])
		}
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	r := &Result{Status: resp.StatusCode, Header: resp.Header, Raw: raw}
	if len(raw) > 0 && strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		if err := json.Unmarshal(raw, &r.JSON); err != nil {
			return nil, fmt.Errorf("%s %s: response is not a JSON object: %w: %s", method, path, err, raw)
		}
	}
	return r, nil
}

// Want fails the test unless the status is want.
func (r *Result) Want(t testing.TB, want int) *Result {
	t.Helper()
	if r.Status != want {
		t.Fatalf("status = %d, want %d; body: %s", r.Status, want, r.Raw)
	}
	return r
}

// WantError fails unless the response is the error shape with status and code.
func (r *Result) WantError(t testing.TB, status int, code string) *Result {
	t.Helper()
	r.Want(t, status)
	e, ok := r.JSON["error"].(map[string]any)
	if !ok {
		t.Fatalf("no error object in %s", r.Raw)
	}
	if got := e["code"]; got != code {
		t.Fatalf("error code = %v, want %s; body: %s", got, code, r.Raw)
	}
	if m, _ := e["message"].(string); m == "" {
		t.Fatalf("error without message: %s", r.Raw)
	}
	return r
}

// Field returns error.fields[name] ("" when absent).
func (r *Result) Field(name string) string {
	e, _ := r.JSON["error"].(map[string]any)
	f, _ := e["fields"].(map[string]any)
	s, _ := f[name].(string)
	return s
}

// Str returns a top-level string field.
func (r *Result) Str(k string) string {
	s, _ := r.JSON[k].(string)
	return s
}

// SignUp creates a user and logs the client in; it returns the user id.
func (c *Client) SignUp(email, password, nickname string) string {
	c.T.Helper()
	r := c.Do("POST", "/api/accounts/signup", map[string]string{"email": email, "password": password, "password2": password, "nickname": nickname}).Want(c.T, 201)
	c.Login(email, password)
	return r.Str("id")
}

// Login logs in and keeps the access token.
func (c *Client) Login(email, password string) *Result {
	c.T.Helper()
	r := c.Do("POST", "/api/accounts/login", map[string]string{"email": email, "password": password}).Want(c.T, 200)
	c.Token = r.Str("access_token")
	return r
}
