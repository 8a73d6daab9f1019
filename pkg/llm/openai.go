package llm

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// The one call namebot makes of the OpenAI API, written out by hand: a
// general client library links every endpoint and type of the API into
// chatsend, whose size is its cold start (docs/targets.md).

// DefaultBaseURL is OpenAI's own API, used when New is given no base URL.
const DefaultBaseURL = "https://api.openai.com/v1"

// MaxResponseBytes bounds what is read of a response, answer or error. The
// largest answer asked for (ReasoningMaxTokens of JSON) is tens of KB; a
// body past this is refused rather than held in a Lambda's memory.
const MaxResponseBytes = 1 << 20

// errorBodyShown is how much of a body that is not an OpenAI error object
// an error's message quotes.
const errorBodyShown = 512

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content,omitempty"`
}

// chatRequest is the request body. Zero max_tokens, max_completion_tokens
// and temperature are left out: a reasoning model refuses the first and the
// last, and the compatible servers do not know the second.
type chatRequest struct {
	Model               string        `json:"model"`
	Messages            []chatMessage `json:"messages"`
	MaxTokens           int           `json:"max_tokens,omitempty"`
	MaxCompletionTokens int           `json:"max_completion_tokens,omitempty"`
	Temperature         float64       `json:"temperature,omitempty"`
	Stream              bool          `json:"stream"`
	ResponseFormat      *chatFormat   `json:"response_format,omitempty"`
}

type chatFormat struct {
	Type       string      `json:"type"`
	JSONSchema *jsonSchema `json:"json_schema,omitempty"`
}

type jsonSchema struct {
	Name   string          `json:"name"`
	Strict bool            `json:"strict"`
	Schema json.RawMessage `json:"schema"`
}

// chatResponse is what is read of a 2xx answer.
type chatResponse struct {
	Choices []struct {
		Message struct {
			Content string `json:"content"`
		} `json:"message"`
		FinishReason string `json:"finish_reason"`
	} `json:"choices"`
}

// APIError is a non-2xx answer. Message, Type, Param and Code come from
// the OpenAI error object ({"error": {...}}) when the body holds one; Body
// is the body when it does not (Error quotes its start). None ever holds
// the API key: a server quoting it back has it replaced.
type APIError struct {
	StatusCode int
	Message    string
	Type       string
	Param      string
	Code       string
	Body       string
}

func (e *APIError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "status %d", e.StatusCode)
	if e.Type != "" || e.Code != "" {
		b.WriteString(" (")
		b.WriteString(e.Type)
		if e.Type != "" && e.Code != "" {
			b.WriteString(", ")
		}
		if e.Code != "" {
			b.WriteString("code " + e.Code)
		}
		b.WriteString(")")
	}
	switch {
	case e.Message != "":
		b.WriteString(": " + e.Message)
		if e.Param != "" {
			b.WriteString(" [param " + e.Param + "]")
		}
	case e.Body != "":
		fmt.Fprintf(&b, ": body %q", truncate(e.Body, errorBodyShown))
	}
	return b.String()
}

// chatAPI posts chat completions to one server with one key.
type chatAPI struct {
	url  string // {baseURL}/chat/completions
	key  string
	http *http.Client
}

func newChatAPI(key, baseURL string, hc *http.Client) *chatAPI {
	if baseURL == "" {
		baseURL = DefaultBaseURL
	}
	return &chatAPI{url: strings.TrimRight(baseURL, "/") + "/chat/completions", key: key, http: hc}
}

// complete makes one call. A non-2xx answer is an *APIError; a 2xx whose
// body is not a chat completion, or a body over MaxResponseBytes, is a
// plain error. ctx bounds the whole call, body included.
func (a *chatAPI) complete(ctx context.Context, req *chatRequest) (*chatResponse, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return nil, fmt.Errorf("encode request: %w", err)
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, a.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	hreq.Header.Set("Content-Type", "application/json")
	hreq.Header.Set("Accept", "application/json")
	if a.key != "" {
		hreq.Header.Set("Authorization", "Bearer "+a.key)
	}
	// Redirects are net/http's default: up to ten, a 307/308 re-sends the
	// body, and Authorization goes only to the same host or its subdomains.
	resp, err := a.http.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes+1))
	if err != nil {
		return nil, fmt.Errorf("status %d: read body: %w", resp.StatusCode, err)
	}
	if len(raw) > MaxResponseBytes {
		return nil, fmt.Errorf("status %d: response body over %d bytes", resp.StatusCode, MaxResponseBytes)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, a.apiError(resp.StatusCode, raw)
	}
	var out chatResponse
	if err := json.Unmarshal(raw, &out); err != nil {
		return nil, fmt.Errorf("status %d: decode answer: %w", resp.StatusCode, err)
	}
	return &out, nil
}

// apiError reads an error body: OpenAI's {"error": {"message", "type",
// "param", "code"}}, with the variants compatible servers write (a message
// that is a list of strings, a numeric code, "error" as a bare string);
// anything else is kept as the start of the body.
func (a *chatAPI) apiError(status int, raw []byte) *APIError {
	e := &APIError{StatusCode: status}
	var env struct {
		Error json.RawMessage `json:"error"`
	}
	var obj struct {
		Message json.RawMessage `json:"message"`
		Type    any             `json:"type"`
		Param   any             `json:"param"`
		Code    any             `json:"code"`
	}
	var s string
	switch {
	case json.Unmarshal(raw, &env) != nil || len(env.Error) == 0 || string(env.Error) == "null":
		e.Body = string(raw)
	case json.Unmarshal(env.Error, &s) == nil:
		e.Message = s
	case json.Unmarshal(env.Error, &obj) == nil:
		var list []string
		if json.Unmarshal(obj.Message, &s) == nil {
			e.Message = s
		} else if json.Unmarshal(obj.Message, &list) == nil {
			e.Message = strings.Join(list, ", ")
		}
		e.Type, e.Param, e.Code = scalar(obj.Type), scalar(obj.Param), scalar(obj.Code)
		if e.Message == "" && e.Type == "" && e.Param == "" && e.Code == "" {
			e.Body = string(raw)
		}
	default:
		e.Body = string(raw)
	}
	if a.key != "" {
		for _, f := range []*string{&e.Message, &e.Type, &e.Param, &e.Code, &e.Body} {
			*f = strings.ReplaceAll(*f, a.key, "[redacted]")
		}
	}
	return e
}

// scalar renders a string or number field of the error object; null and
// anything else are empty.
func scalar(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return fmt.Sprint(v)
	case bool:
		return fmt.Sprint(v)
	}
	return ""
}

// truncate cuts s to at most n bytes, on a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// asAPIError is errors.As for *APIError.
func asAPIError(err error) (*APIError, bool) {
	var e *APIError
	ok := errors.As(err, &e)
	return e, ok
}
