package faulttest

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"namebot/pkg/apitest"
	"namebot/pkg/llm/llmtest"
)

// modelTimeout is MODEL_TIMEOUT in these tests.
const modelTimeout = 1500 * time.Millisecond

// slowModel puts a delay in front of the fake model: the answer comes
// after delay (the model is slow), or never when the fake hangs.
type slowModel struct {
	fake  *llmtest.Server
	delay atomic.Int64
	srv   *httptest.Server
}

func newSlowModel(t *testing.T) *slowModel {
	m := &slowModel{fake: llmtest.New()}
	target, _ := url.Parse(m.fake.URL)
	proxy := httputil.NewSingleHostReverseProxy(target)
	proxy.ErrorLog = log.New(io.Discard, "", 0)
	m.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if d := time.Duration(m.delay.Load()); d > 0 {
			select {
			case <-time.After(d):
			case <-r.Context().Done():
				return
			}
		}
		proxy.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { m.srv.Close(); m.fake.Close() })
	return m
}

func modelStack(t *testing.T) (*stack, *slowModel) {
	m := newSlowModel(t)
	s := start(t, options{env: map[string]string{
		"OPENAI_API_KEY": "test-key", "OPENAI_BASE_URL": m.srv.URL + "/v1", "OPENAI_MODEL": "fake", "MODEL_TIMEOUT": modelTimeout.String(),
	}})
	return s, m
}

// TestModelFaults: the model failing, slow (just under MODEL_TIMEOUT) and
// hanging. A failure or a timeout keeps the question as unanswered, gives
// the unit back, stores no answer, and the same client_message_id later
// answers that same question; a slow answer is a normal 201.
func TestModelFaults(t *testing.T) {
	s, m := modelStack(t)
	cases := []struct {
		name   string
		set    func()
		status int
		code   string
		minT   time.Duration
		maxT   time.Duration
	}{
		{"Failing", func() { m.fake.Set(llmtest.Fail, "", 500) }, 502, "model_failed", 0, 3 * time.Second},
		{"Overloaded", func() { m.fake.Set(llmtest.Fail, "", 429) }, 502, "model_failed", 0, 3 * time.Second},
		{"Slow", func() { m.delay.Store(int64(modelTimeout - 400*time.Millisecond)) }, 201, "", modelTimeout - 400*time.Millisecond, modelTimeout + time.Second},
		{"Hanging", func() { m.fake.Set(llmtest.Hang, "", 0) }, 504, "model_timeout", modelTimeout, modelTimeout + 2*time.Second},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m.fake.Set(llmtest.Answer, llmtest.DefaultContent, 0)
			m.delay.Store(0)
			c, _ := user(t, s, "model")
			room := apitest.NewRoom(t, c, "Python", "PEP 8")
			tc.set()
			start := time.Now()
			r := do(s.URL, "POST", "/api/chat/"+room, c.Token, map[string]string{"content": "retry counter name", "client_message_id": "q-1"})
			took := time.Since(start)
			m.fake.Set(llmtest.Answer, llmtest.DefaultContent, 0)
			m.delay.Store(0)
			if r.Err != nil {
				t.Fatalf("no answer: %v", r.Err)
			}
			if r.Status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.Status, tc.status, r.Body)
			}
			if took < tc.minT || took > tc.maxT {
				t.Errorf("answered in %v, want %v..%v", took.Round(time.Millisecond), tc.minT, tc.maxT)
			}
			t.Logf("%d in %v", r.Status, took.Round(time.Millisecond))
			q, _ := r.JSON["quota"].(map[string]any)
			if tc.status == 201 {
				if q["used"] != float64(1) {
					t.Fatalf("quota in the answer: %v", q)
				}
				if st := readRoom(t, c, room); st.Users != 1 || st.Answered != 1 || st.Bots != 1 {
					t.Fatalf("room: %+v", st)
				}
				return
			}
			// What the user sees: the error, the kept question, the quota.
			if r.errorCode() != tc.code {
				t.Fatalf("error code: %s", r.Body)
			}
			um, _ := r.JSON["user_message"].(map[string]any)
			if um["status"] != "unanswered" || um["content"] != "retry counter name" || um["is_user"] != true {
				t.Fatalf("kept message: %s", r.Body)
			}
			if q["used"] != float64(0) || q["remaining"] != float64(5) {
				t.Fatalf("quota in the answer: %v (unit not given back)", q)
			}
			// What is stored: the question, unanswered; no answer; no unit.
			if used := apitest.UsedToday(t, c); used != 0 {
				t.Fatalf("quota.used = %d, want 0", used)
			}
			if st := readRoom(t, c, room); st.Users != 1 || st.Unanswered != 1 || st.Bots != 0 {
				t.Fatalf("room after the failure: %+v", st)
			}
			// The retry answers the same question, once, for one unit.
			r2 := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "retry counter name", "client_message_id": "q-1"}).Want(t, 201)
			if id := r2.JSON["user_message"].(map[string]any)["id"]; id != um["id"] {
				t.Fatalf("the retry stored another question: %v vs %v", id, um["id"])
			}
			if st := readRoom(t, c, room); st.Users != 1 || st.Answered != 1 || st.Bots != 1 {
				t.Fatalf("room after the retry: %+v", st)
			}
			if used := apitest.UsedToday(t, c); used != 1 {
				t.Fatalf("quota.used after the retry = %d, want 1", used)
			}
		})
	}
}
