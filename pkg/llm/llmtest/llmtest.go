// Package llmtest is a fake OpenAI-compatible server for tests: it answers,
// streams, fails, returns garbage or hangs on demand, and records what it
// was asked.
package llmtest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"
)

// Mode is how the server answers the next requests.
type Mode int

// The modes.
const (
	Answer  Mode = iota // 200 with Content as the assistant message
	Fail                // Status (default 500) with an OpenAI error body
	Hang                // no answer until the client gives up (or Release)
	Stream              // an SSE stream, although no stream was asked for
	Garbage             // 200 with a body that is not JSON
	Empty               // 200 with an empty assistant message
)

// Request is what a client sent.
type Request struct {
	Model     string    `json:"model"`
	Messages  []Message `json:"messages"`
	MaxTokens int       `json:"max_tokens"`
	Stream    bool      `json:"stream"`
	Header    http.Header
}

// Message is one chat message.
type Message struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

// Server is the fake.
type Server struct {
	*httptest.Server
	mu       sync.Mutex
	mode     Mode
	content  string
	status   int
	requests []Request
	release  chan struct{}
}

// DefaultContent is a well-formed structured answer.
const DefaultContent = `{"functions":[{"name":"calculate_total","reason":"합계를 계산합니다"},{"name":"add_numbers","reason":"두 수를 더합니다"}],` +
	`"variables":[{"name":"total_amount","reason":"합계 금액"},{"name":"item_count","reason":"항목 개수"}],"note":"fake model"}`

// New starts a fake server answering DefaultContent.
func New() *Server {
	s := &Server{content: DefaultContent, release: make(chan struct{})}
	s.Server = httptest.NewServer(http.HandlerFunc(s.handle))
	return s
}

// Set changes how the server answers.
func (s *Server) Set(mode Mode, content string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.mode, s.content, s.status = mode, content, status
}

// Requests returns what the server was asked so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Close releases hanging requests and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	select {
	case <-s.release:
	default:
		close(s.release)
	}
	s.mu.Unlock()
	s.Server.Close()
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/chat/completions" || r.Method != http.MethodPost {
		http.NotFound(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	var req Request
	if err := json.Unmarshal(body, &req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	req.Header = r.Header.Clone()
	s.mu.Lock()
	s.requests = append(s.requests, req)
	mode, content, status := s.mode, s.content, s.status
	s.mu.Unlock()
	switch mode {
	case Fail:
		if status == 0 {
			status = http.StatusInternalServerError
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		fmt.Fprint(w, `{"error":{"message":"the fake model failed on purpose","type":"server_error"}}`)
	case Hang:
		select {
		case <-r.Context().Done():
		case <-s.release:
		case <-time.After(2 * time.Minute):
		}
	case Stream:
		w.Header().Set("Content-Type", "text/event-stream")
		for _, part := range []string{"calc", "ulate_total"} {
			fmt.Fprintf(w, "data: {\"choices\":[{\"delta\":{\"content\":%q}}]}\n\n", part)
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	case Garbage:
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `<html>not json`)
	default:
		if mode == Empty {
			content = ""
		}
		resp := map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion", "created": time.Now().Unix(), "model": req.Model,
			"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]string{"role": "assistant", "content": content}}},
			"usage":   map[string]int{"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(resp)
	}
}
