// Package llm adapts an OpenAI-compatible chat-completions API (OpenAI,
// Ollama, vLLM, ...) to the domain's Model, and offers the offline
// suggester behind the same interface.
package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	"namebot/pkg/namebot"
	"namebot/pkg/naming"
	"namebot/pkg/suggest"
)

// The request's fixed settings, written down with their reasons in
// docs/model.md:
//   - MaxTokens bounds the answer: up to four kinds of six names with a
//     one-line reason each and a note is about 500 tokens of JSON; 900 leaves
//     room for Korean reasons (more tokens per word) without letting a
//     runaway answer cost more than a few cents or outlast the deadline.
//   - Temperature 0.3: names should be the usual, idiomatic ones (low), yet
//     six of them should differ (not 0, where models repeat one stem).
//   - A reasoning model (OpenAI's o1/o3/o4, gpt-5 and gpt-6 families)
//     takes max_completion_tokens instead, with room for its reasoning
//     (ReasoningMaxTokens), and its own fixed sampling: the API refuses
//     max_tokens or a temperature for them.
const (
	MaxTokens          = 900
	ReasoningMaxTokens = 4000
	Temperature        = 0.3
)

// reasoningModel reports a model name of OpenAI's reasoning families.
func reasoningModel(m string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// Format is how the request asks for structured output.
type Format int32

// The formats, strongest first. A server that refuses one is asked with the
// next (see Client.Suggest).
const (
	FormatJSONSchema Format = iota // response_format json_schema, strict
	FormatJSONObject               // response_format json_object
	FormatText                     // no response_format: the prompt alone asks for JSON
)

func (f Format) String() string {
	switch f {
	case FormatJSONSchema:
		return "json_schema"
	case FormatJSONObject:
		return "json_object"
	case FormatText:
		return "text"
	}
	return "unknown"
}

// ParseFormat reads OPENAI_RESPONSE_FORMAT: json_schema, json_object or text.
func ParseFormat(s string) (Format, bool) {
	for _, f := range []Format{FormatJSONSchema, FormatJSONObject, FormatText} {
		if strings.EqualFold(strings.TrimSpace(s), f.String()) {
			return f, true
		}
	}
	return 0, false
}

// Client is the model behind the OpenAI API.
type Client struct {
	api     *chatAPI
	model   string
	timeout time.Duration
	// format is the strongest response format the server has not refused,
	// shared by every call of the process: a refusal costs one extra call
	// once, not on every send.
	format atomic.Int32
	// fixed is set when the operator chose the format: no fallback then.
	fixed bool
}

var _ namebot.Model = (*Client)(nil)

// New returns a model client. baseURL may be empty (OpenAI itself). It asks
// for strict structured output first and falls back as the server refuses.
func New(apiKey, baseURL, model string, timeout time.Duration) *Client {
	// The per-call context carries the deadline; the client's own timeout
	// is a backstop should a caller forget one.
	hc := &http.Client{Timeout: timeout + 2*time.Second}
	return &Client{api: newChatAPI(apiKey, baseURL, hc), model: model, timeout: timeout}
}

// UseFormat fixes the response format (OPENAI_RESPONSE_FORMAT): the client
// then never falls back to another one.
func (c *Client) UseFormat(f Format) *Client {
	c.format.Store(int32(f))
	c.fixed = true
	return c
}

// Format is the response format the next call will use.
func (c *Client) Format() Format { return Format(c.format.Load()) }

// Suggest asks the model and parses its answer.
//
// The request carries the answer's JSON Schema with strict structured output
// (OpenAI; recent Ollama, vLLM and llama.cpp servers accept it too). A server
// that answers 400 about response_format is asked again, within the same
// deadline, with json_object and then with no response_format at all; the
// step down is remembered for the process. Whatever the format, the answer
// goes through the same tolerant parser.
func (c *Client) Suggest(ctx context.Context, spec naming.Spec, history []naming.Turn, question string) (naming.Answer, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	hint := suggest.Analyze(question).Hint()
	prompt := naming.BuildPromptHint(spec, history, question, hint)
	msgs := make([]chatMessage, 0, len(prompt))
	for _, m := range prompt {
		msgs = append(msgs, chatMessage{Role: m.Role, Content: m.Content})
	}
	req := chatRequest{
		Model:    c.model,
		Messages: msgs,
		// max_tokens, not max_completion_tokens: the OpenAI-compatible
		// servers (Ollama, vLLM, llama.cpp) understand only the former.
		MaxTokens:   MaxTokens,
		Temperature: Temperature,
	}
	if reasoningModel(c.model) {
		req.MaxTokens, req.Temperature = 0, 0
		req.MaxCompletionTokens = ReasoningMaxTokens
	}
	var resp *chatResponse
	for {
		f := c.Format()
		// Every kind, whatever the question seems to ask: a strict schema
		// forbids what it does not list, and the model may read a request
		// for an enum or a constant better than AskedKinds does. The
		// prompt says which kinds to fill.
		req.ResponseFormat = responseFormat(f, naming.AllKinds())
		var err error
		resp, err = c.api.complete(ctx, &req)
		if err == nil {
			break
		}
		if !c.fixed && f < FormatText && refusesFormat(err) {
			// Step down once for everyone: concurrent calls that saw the
			// same refusal do not step down twice.
			c.format.CompareAndSwap(int32(f), int32(f+1))
			continue
		}
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return naming.Answer{}, &namebot.Error{Code: namebot.EMODELTIMEOUT, Key: "model_timeout", Err: fmt.Errorf("model %s: %w", c.model, err)}
		}
		return naming.Answer{}, &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: fmt.Errorf("model %s (%s): %w", c.model, f, err)}
	}
	if len(resp.Choices) == 0 {
		return naming.Answer{}, &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: fmt.Errorf("model %s: no choices", c.model)}
	}
	ans, err := naming.ParseAnswerHint(spec, question, resp.Choices[0].Message.Content, hint)
	if err != nil {
		return naming.Answer{}, &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: fmt.Errorf("model %s: %w", c.model, err)}
	}
	return ans, nil
}

func responseFormat(f Format, kinds []naming.Kind) *chatFormat {
	switch f {
	case FormatJSONSchema:
		return &chatFormat{
			Type: "json_schema",
			JSONSchema: &jsonSchema{
				Name:   naming.SchemaName,
				Schema: naming.AnswerSchema(kinds),
				Strict: true,
			},
		}
	case FormatJSONObject:
		return &chatFormat{Type: "json_object"}
	}
	return nil
}

// refusesFormat reports whether a failed call was the server refusing the
// response format: a 400 (or 422, as some servers validate) whose error
// names response_format, json_schema or json_object. Any other failure is
// the model's, and is not retried.
func refusesFormat(err error) bool {
	apiErr, ok := asAPIError(err)
	if !ok || (apiErr.StatusCode != http.StatusBadRequest && apiErr.StatusCode != http.StatusUnprocessableEntity) {
		return false
	}
	// The error object's message and param, or the body when it held none.
	msg := strings.ToLower(apiErr.Message + " " + apiErr.Param + " " + apiErr.Body)
	return strings.Contains(msg, "response_format") || strings.Contains(msg, "json_schema") ||
		strings.Contains(msg, "json_object") || strings.Contains(msg, "response format")
}

// Offline is the built-in suggester: no network, labelled as offline.
type Offline struct{}

var _ namebot.Model = Offline{}

// OfflineLimit bounds one offline answer. A warm answer takes about half a
// millisecond (5 ms at worst over the ~4,000 eval questions) and the first
// one in a process, which builds the glossary, about half a second; a rule
// that loops on a question it was never tested with (it has happened once,
// 빈 줄 뺀 줄 개수; pkg/suggest TestNoQuestionHangs and TestQuestionShapes
// now look for more) is caught here instead of holding the Lambda until
// its timeout (docs/security.md, row 53).
const OfflineLimit = 3 * time.Second

// Suggest answers from the glossary. A grammar rule that panics on a
// question it was never tested with fails that one answer as a model
// failure does (an error: the send is refunded and the failure logged and
// counted), not the Lambda's whole request; one that does not return
// within OfflineLimit (or before ctx is done) fails it as a model timeout.
// The suggester takes no context, so the stuck goroutine runs on until the
// process ends; StuckOffline counts them for the operator.
func (Offline) Suggest(ctx context.Context, spec naming.Spec, _ []naming.Turn, question string) (naming.Answer, error) {
	type result struct {
		ans naming.Answer
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r = result{err: fmt.Errorf("offline suggester: panic: %v", p)}
			}
			done <- r
		}()
		r.ans = offlineSuggest(spec, question)
	}()
	timer := time.NewTimer(offlineLimit)
	defer timer.Stop()
	select {
	case r := <-done:
		return r.ans, r.err
	case <-timer.C:
	case <-ctx.Done():
	}
	stuck := stuckOffline.Add(1)
	go func() {
		<-done
		stuckOffline.Add(-1)
	}()
	return naming.Answer{}, &namebot.Error{Code: namebot.EMODELTIMEOUT, Key: "model_timeout",
		Err: fmt.Errorf("offline suggester: no answer within %v (%s question of %d bytes; %d stuck in this process)", offlineLimit, spec.Language, len(question), stuck)}
}

// StuckOffline is the number of offline answers that outlived their limit
// and are still running in this process.
func StuckOffline() int64 { return stuckOffline.Load() }

var stuckOffline atomic.Int64

// offlineSuggest is suggest.Suggest and offlineLimit OfflineLimit
// (variables for the tests of a panic and of a hang).
var (
	offlineSuggest = suggest.Suggest
	offlineLimit   = OfflineLimit
)
