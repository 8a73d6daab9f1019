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
	Model          string          `json:"model"`
	Messages       []Message       `json:"messages"`
	MaxTokens      int             `json:"max_tokens"`
	MaxCompletion  int             `json:"max_completion_tokens"`
	Temperature    float64         `json:"temperature"`
	Stream         bool            `json:"stream"`
	ResponseFormat *ResponseFormat `json:"response_format"`
	Header         http.Header
}

// ResponseFormat is the request's response_format.
type ResponseFormat struct {
	Type       string `json:"type"`
	JSONSchema *struct {
		Name   string          `json:"name"`
		Strict bool            `json:"strict"`
		Schema json.RawMessage `json:"schema"`
	} `json:"json_schema"`
}

// Format is the response format a request asked for: "json_schema",
// "json_object" or "text" (none).
func (r Request) Format() string {
	if r.ResponseFormat == nil || r.ResponseFormat.Type == "" {
		return "text"
	}
	return r.ResponseFormat.Type
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
	refuse   map[string]bool
	respond  func(Request) string
	holdTo   bool
}

// DefaultContent is a well-formed structured answer.
const DefaultContent = `{"functions":[{"name":"calculate_total","reason":"합계를 계산합니다"},{"name":"add_numbers","reason":"두 수를 더합니다"}],` +
	`"variables":[{"name":"total_amount","reason":"합계 금액"},{"name":"item_count","reason":"항목 개수"}],"constants":[],"classes":[],"note":"fake model"}`

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

// Refuse makes the server answer 400, as a server without structured
// output does, to requests asking for these response formats
// ("json_schema", "json_object").
func (s *Server) Refuse(formats ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse = map[string]bool{}
	for _, f := range formats {
		s.refuse[f] = true
	}
}

// HoldToSchema makes the server check, when a json_schema was asked for,
// that its answer matches it, and answer 500 when not: a test of the
// structured path turns it on so that a schema the fake cannot satisfy
// fails the test. Off, the server returns its content as it is, which the
// tests of the parser's tolerance need.
func (s *Server) HoldToSchema(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.holdTo = on
}

// Respond makes the server answer each request with f's content (in Answer
// mode), instead of the fixed content: a model that reads the question.
func (s *Server) Respond(f func(Request) string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.respond = f
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
	mode, content, status, refused, respond, holdTo := s.mode, s.content, s.status, s.refuse[req.Format()], s.respond, s.holdTo
	s.mu.Unlock()
	if refused {
		// The shape llama.cpp's and older OpenAI-compatible servers use.
		badRequest(w, fmt.Sprintf("response_format type %q is not supported by this server", req.Format()))
		return
	}
	var schema map[string]any
	if req.Format() == "json_schema" {
		var err error
		if schema, err = strictSchema(req.ResponseFormat); err != nil {
			badRequest(w, "Invalid schema for response_format: "+err.Error())
			return
		}
	}
	if respond != nil {
		content = respond(req)
	}
	if mode == Answer && schema != nil && holdTo {
		// A server holding the model to the schema never returns anything
		// else. A 500, not a 400: the client must not take it for a refusal
		// of the format.
		var v any
		err := json.Unmarshal([]byte(content), &v)
		if err == nil {
			err = conforms(v, schema, "$")
		}
		if err != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
				"message": "llmtest: the fake's answer does not match the schema sent: " + err.Error(), "type": "server_error",
			}})
			return
		}
	}
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

func badRequest(w http.ResponseWriter, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{
		"message": msg, "type": "invalid_request_error", "param": "response_format", "code": nil,
	}})
}

// strictSchema checks a json_schema response format the way OpenAI's strict
// mode does: a name, strict true, an object at the root, and in every object
// all properties required and no additional properties.
func strictSchema(rf *ResponseFormat) (map[string]any, error) {
	if rf.JSONSchema == nil || rf.JSONSchema.Name == "" {
		return nil, fmt.Errorf("json_schema needs a name")
	}
	if !rf.JSONSchema.Strict {
		return nil, fmt.Errorf("strict is false")
	}
	var schema map[string]any
	if err := json.Unmarshal(rf.JSONSchema.Schema, &schema); err != nil {
		return nil, fmt.Errorf("schema is not a JSON object: %w", err)
	}
	if schema["type"] != "object" {
		return nil, fmt.Errorf("the root must be an object")
	}
	return schema, checkStrict(schema, "$")
}

func checkStrict(n map[string]any, at string) error {
	switch n["type"] {
	case "object":
		props, _ := n["properties"].(map[string]any)
		if len(props) == 0 {
			return fmt.Errorf("%s: an object needs properties", at)
		}
		if ap, ok := n["additionalProperties"].(bool); !ok || ap {
			return fmt.Errorf("%s: additionalProperties must be false", at)
		}
		req, _ := n["required"].([]any)
		required := map[string]bool{}
		for _, r := range req {
			if s, ok := r.(string); ok {
				required[s] = true
			}
		}
		for k, v := range props {
			if !required[k] {
				return fmt.Errorf("%s: property %q must be required", at, k)
			}
			child, ok := v.(map[string]any)
			if !ok {
				return fmt.Errorf("%s.%s: not a schema", at, k)
			}
			if err := checkStrict(child, at+"."+k); err != nil {
				return err
			}
		}
	case "array":
		items, ok := n["items"].(map[string]any)
		if !ok {
			return fmt.Errorf("%s: an array needs items", at)
		}
		return checkStrict(items, at+"[]")
	case "string", "number", "integer", "boolean":
	default:
		return fmt.Errorf("%s: type %v is not supported", at, n["type"])
	}
	for _, k := range []string{"minLength", "maxLength", "minItems", "maxItems", "pattern", "format"} {
		if _, ok := n[k]; ok {
			return fmt.Errorf("%s: %s is not supported in strict mode", at, k)
		}
	}
	return nil
}

// conforms checks a value against a (strict) schema.
func conforms(v any, schema map[string]any, at string) error {
	switch schema["type"] {
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: want an object", at)
		}
		props, _ := schema["properties"].(map[string]any)
		for k := range obj {
			if _, ok := props[k]; !ok {
				return fmt.Errorf("%s: unexpected key %q", at, k)
			}
		}
		for k, p := range props {
			child, present := obj[k]
			if !present {
				return fmt.Errorf("%s: missing key %q", at, k)
			}
			if err := conforms(child, p.(map[string]any), at+"."+k); err != nil {
				return err
			}
		}
	case "array":
		arr, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s: want an array", at)
		}
		for i, e := range arr {
			if err := conforms(e, schema["items"].(map[string]any), fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("%s: want a string", at)
		}
	}
	return nil
}
