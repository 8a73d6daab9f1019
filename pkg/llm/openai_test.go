package llm_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"namebot/pkg/llm"
	"namebot/pkg/llm/llmtest"
	"namebot/pkg/namebot"
)

// The tests of what the hand-written client does that go-openai did before:
// the request's shape, reading error bodies, refusing broken or oversized
// answers, the deadline, redirects, and keeping the key out of errors.

const secretKey = "sk-test-0123456789abcdef"

// stub serves h and returns a client for it with the secret key.
func stub(t *testing.T, timeout time.Duration, h http.HandlerFunc) *llm.Client {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return llm.New(secretKey, srv.URL+"/v1/", "fake-model", timeout)
}

func okAnswer(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{
		"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]string{"role": "assistant", "content": llmtest.DefaultContent}}},
	})
}

// suggestErr calls Suggest and returns its error as a namebot.Error.
func suggestErr(t *testing.T, c *llm.Client) *namebot.Error {
	t.Helper()
	_, err := c.Suggest(context.Background(), spec, nil, "합계 함수")
	var ne *namebot.Error
	if !errors.As(err, &ne) {
		t.Fatalf("err = %v, want a *namebot.Error", err)
	}
	if strings.Contains(err.Error(), secretKey) {
		t.Errorf("the API key is in the error: %v", err)
	}
	return ne
}

func TestClient_RequestShape(t *testing.T) {
	fake := llmtest.New()
	t.Cleanup(fake.Close)
	// A trailing slash on the base URL is not doubled.
	c := llm.New(secretKey, fake.URL+"/v1/", "fake-model", 5*time.Second)
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	reqs := fake.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests, want 1", len(reqs))
	}
	r := reqs[0]
	if got := r.Header.Get("Authorization"); got != "Bearer "+secretKey {
		t.Errorf("Authorization = %q", got)
	}
	if got := r.Header.Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type = %q", got)
	}
	if r.Stream || r.Model != "fake-model" || len(r.Messages) < 2 || r.Messages[0].Role != "system" {
		t.Errorf("request = %+v", r)
	}
	var schema map[string]any
	if err := json.Unmarshal(r.ResponseFormat.JSONSchema.Schema, &schema); err != nil || schema["type"] != "object" {
		t.Errorf("schema = %s (%v)", r.ResponseFormat.JSONSchema.Schema, err)
	}
}

// bodyOf makes a server answering okAnswer and handing each raw request
// body on: what is left out, not what decodes as zero.
func bodyOf(t *testing.T, model string) (*llm.Client, <-chan map[string]any) {
	t.Helper()
	bodies := make(chan map[string]any, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		_ = json.NewDecoder(r.Body).Decode(&m)
		bodies <- m
		okAnswer(w)
	}))
	t.Cleanup(srv.Close)
	return llm.New(secretKey, srv.URL, model, 5*time.Second), bodies
}

func TestClient_TextFormatSendsNoResponseFormat(t *testing.T) {
	c, bodies := bodyOf(t, "fake-model")
	c.UseFormat(llm.FormatText)
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	m := <-bodies
	if _, ok := m["response_format"]; ok {
		t.Errorf("text format sent response_format %v", m["response_format"])
	}
	if _, ok := m["max_completion_tokens"]; ok || m["stream"] != false || m["max_tokens"] != float64(llm.MaxTokens) {
		t.Errorf("body = %v", m)
	}
}

func TestClient_ReasoningModelOmitsSampling(t *testing.T) {
	c, bodies := bodyOf(t, "o4-mini")
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	m := <-bodies
	for _, k := range []string{"max_tokens", "temperature"} {
		if _, ok := m[k]; ok {
			t.Errorf("a reasoning model was sent %s = %v", k, m[k])
		}
	}
	if m["max_completion_tokens"] != float64(llm.ReasoningMaxTokens) {
		t.Errorf("max_completion_tokens = %v", m["max_completion_tokens"])
	}
}

func TestClient_ErrorBody(t *testing.T) {
	for _, tc := range []struct {
		name   string
		status int
		body   string
		want   llm.APIError
	}{
		{"openai", 429, `{"error":{"message":"Rate limit reached","type":"requests","param":null,"code":"rate_limit_exceeded"}}`,
			llm.APIError{StatusCode: 429, Message: "Rate limit reached", Type: "requests", Code: "rate_limit_exceeded"}},
		{"numeric code, message list", 500, `{"error":{"message":["one","two"],"type":"server_error","code":500}}`,
			llm.APIError{StatusCode: 500, Message: "one, two", Type: "server_error", Code: "500"}},
		{"error as a string", 503, `{"error":"model is loading"}`,
			llm.APIError{StatusCode: 503, Message: "model is loading"}},
		{"not JSON", 502, `<html><body>Bad Gateway</body></html>`,
			llm.APIError{StatusCode: 502, Body: `<html><body>Bad Gateway</body></html>`}},
		{"JSON without an error", 404, `{"detail":"Not Found"}`,
			llm.APIError{StatusCode: 404, Body: `{"detail":"Not Found"}`}},
		{"empty", 500, ``, llm.APIError{StatusCode: 500}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := stub(t, 5*time.Second, func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				_, _ = io.WriteString(w, tc.body)
			})
			ne := suggestErr(t, c)
			if ne.Code != namebot.EMODELFAILED {
				t.Errorf("code = %s, want model_failed", ne.Code)
			}
			var ae *llm.APIError
			if !errors.As(ne, &ae) {
				t.Fatalf("err = %v, want an *llm.APIError inside", ne)
			}
			if *ae != tc.want {
				t.Errorf("APIError = %+v, want %+v", *ae, tc.want)
			}
			if c.Format() != llm.FormatJSONSchema {
				t.Errorf("format = %s: not a refusal of the format", c.Format())
			}
		})
	}
}

// A refusal in a body that is not an OpenAI error object still steps down,
// as it did when go-openai handed back the raw body.
func TestClient_PlainTextRefusalStepsDown(t *testing.T) {
	var mu sync.Mutex
	var formats []string
	c := stub(t, 5*time.Second, func(w http.ResponseWriter, r *http.Request) {
		var req llmtest.Request
		_ = json.NewDecoder(r.Body).Decode(&req)
		mu.Lock()
		formats = append(formats, req.Format())
		mu.Unlock()
		if req.Format() == "json_schema" {
			http.Error(w, "unsupported response_format type json_schema", http.StatusUnprocessableEntity)
			return
		}
		okAnswer(w)
	})
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if !slices.Equal(formats, []string{"json_schema", "json_object"}) || c.Format() != llm.FormatJSONObject {
		t.Errorf("formats sent %v, format %s", formats, c.Format())
	}
}

func TestClient_LongErrorBodyIsCut(t *testing.T) {
	c := stub(t, 5*time.Second, func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusBadGateway)
		_, _ = io.WriteString(w, strings.Repeat("게이트웨이 ", 2000))
	})
	ne := suggestErr(t, c)
	if n := len(ne.Err.Error()); n > 1000 {
		t.Errorf("error message is %d bytes: a long body must be cut", n)
	}
}

func TestClient_KeyNeverInErrors(t *testing.T) {
	c := stub(t, 5*time.Second, func(w http.ResponseWriter, r *http.Request) {
		key := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		w.WriteHeader(http.StatusUnauthorized)
		_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
			"message": "Incorrect API key provided: " + key, "type": "invalid_request_error", "param": key, "code": "invalid_api_key",
		}})
	})
	ne := suggestErr(t, c) // fails the test if the key is in the message
	var ae *llm.APIError
	if !errors.As(ne, &ae) || ae.StatusCode != 401 || !strings.Contains(ae.Message, "[redacted]") || strings.Contains(ae.Param, secretKey) {
		t.Errorf("APIError = %+v", ae)
	}
}

func TestClient_BrokenAnswer(t *testing.T) {
	for _, tc := range []struct {
		name string
		body string
	}{
		{"not JSON", `<html>not json`},
		{"cut short", `{"choices":[{"message":{"content":"{\"functions\"`},
		{"empty", ``},
		{"no choices", `{"choices":[]}`},
		{"SSE", "data: {\"choices\":[{\"delta\":{\"content\":\"x\"}}]}\n\ndata: [DONE]\n\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var calls atomic.Int32
			c := stub(t, 5*time.Second, func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				w.Header().Set("Content-Type", "application/json")
				_, _ = io.WriteString(w, tc.body)
			})
			if ne := suggestErr(t, c); ne.Code != namebot.EMODELFAILED {
				t.Errorf("code = %s, want model_failed", ne.Code)
			}
			if n := calls.Load(); n != 1 || c.Format() != llm.FormatJSONSchema {
				t.Errorf("%d calls, format %s: a broken answer is not a refusal", n, c.Format())
			}
		})
	}
}

func TestClient_OversizedBody(t *testing.T) {
	for _, status := range []int{http.StatusOK, http.StatusBadRequest} {
		c := stub(t, 5*time.Second, func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(status)
			// A valid answer whose content alone is past the bound.
			_, _ = io.WriteString(w, `{"choices":[{"message":{"content":"`)
			chunk := strings.Repeat("a", 64<<10)
			for range (llm.MaxResponseBytes / len(chunk)) + 2 {
				if _, err := io.WriteString(w, chunk); err != nil {
					return
				}
			}
			_, _ = io.WriteString(w, `"}}]}`)
		})
		ne := suggestErr(t, c)
		if ne.Code != namebot.EMODELFAILED || !strings.Contains(ne.Err.Error(), "response body over") {
			t.Errorf("status %d: err = %v, want model_failed for a body over the bound", status, ne)
		}
	}
}

func TestClient_HungServerHitsDeadline(t *testing.T) {
	for _, tc := range []struct {
		name string
		h    http.HandlerFunc
	}{
		// Each reads the request first: the server notices the client
		// hanging up (and ends r.Context()) only once the body is read.
		{"no headers", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			<-r.Context().Done()
		}},
		{"body never ends", func(w http.ResponseWriter, r *http.Request) {
			_, _ = io.Copy(io.Discard, r.Body)
			w.Header().Set("Content-Type", "application/json")
			_, _ = io.WriteString(w, `{"choices":[`)
			w.(http.Flusher).Flush()
			<-r.Context().Done()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const timeout = 300 * time.Millisecond
			c := stub(t, timeout, tc.h)
			start := time.Now()
			ne := suggestErr(t, c)
			if ne.Code != namebot.EMODELTIMEOUT {
				t.Errorf("code = %s (%v), want model_timeout", ne.Code, ne.Err)
			}
			if d := time.Since(start); d > timeout+time.Second {
				t.Errorf("took %s with a %s timeout", d, timeout)
			}
		})
	}
	// The caller's own deadline, shorter than the client's, holds too.
	fake := llmtest.New()
	t.Cleanup(fake.Close)
	fake.Set(llmtest.Hang, "", 0)
	c := llm.New(secretKey, fake.URL+"/v1", "fake-model", time.Minute)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Suggest(ctx, spec, nil, "합계 함수")
	var ne *namebot.Error
	if !errors.As(err, &ne) || ne.Code != namebot.EMODELTIMEOUT || time.Since(start) > 2*time.Second {
		t.Errorf("err = %v after %s, want model_timeout at the caller's deadline", err, time.Since(start))
	}
}

func TestClient_Redirects(t *testing.T) {
	fake := llmtest.New()
	t.Cleanup(fake.Close)
	// Same host: a 307 is followed with the body and the key.
	same := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, fake.URL+r.URL.Path, http.StatusTemporaryRedirect)
	}))
	t.Cleanup(same.Close)
	c := llm.New(secretKey, same.URL+"/v1", "fake-model", 5*time.Second)
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest through a redirect: %v", err)
	}
	reqs := fake.Requests()
	if len(reqs) != 1 || reqs[0].Header.Get("Authorization") != "Bearer "+secretKey || len(reqs[0].Messages) == 0 {
		t.Fatalf("after a same-host redirect the fake got %+v", reqs)
	}
	// Another host: followed, without the key.
	other := strings.Replace(fake.URL, "127.0.0.1", "localhost", 1)
	away := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, other+r.URL.Path, http.StatusTemporaryRedirect)
	}))
	t.Cleanup(away.Close)
	c = llm.New(secretKey, away.URL+"/v1", "fake-model", 5*time.Second)
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest through a cross-host redirect: %v", err)
	}
	reqs = fake.Requests()
	if len(reqs) != 2 || reqs[1].Header.Get("Authorization") != "" {
		t.Errorf("a redirect to another host carried Authorization %q", reqs[len(reqs)-1].Header.Get("Authorization"))
	}
}
