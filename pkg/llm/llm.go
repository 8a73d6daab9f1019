// Package llm adapts an OpenAI-compatible chat-completions API (OpenAI,
// Ollama, vLLM, ...) to the domain's Model, and offers the offline
// suggester behind the same interface.
package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"namebot/pkg/namebot"
	"namebot/pkg/naming"
	"namebot/pkg/suggest"
)

// MaxTokens bounds the model's answer: a few dozen names with reasons.
const MaxTokens = 900

// Client is the model behind the OpenAI API.
type Client struct {
	api     *openai.Client
	model   string
	timeout time.Duration
}

var _ namebot.Model = (*Client)(nil)

// New returns a model client. baseURL may be empty (OpenAI itself).
func New(apiKey, baseURL, model string, timeout time.Duration) *Client {
	cfg := openai.DefaultConfig(apiKey)
	if baseURL != "" {
		cfg.BaseURL = baseURL
	}
	// The per-call context carries the deadline; the client's own timeout
	// is a backstop should a caller forget one.
	cfg.HTTPClient = &http.Client{Timeout: timeout + 2*time.Second}
	return &Client{api: openai.NewClientWithConfig(cfg), model: model, timeout: timeout}
}

// Suggest asks the model and parses its answer.
func (c *Client) Suggest(ctx context.Context, spec naming.Spec, history []naming.Turn, question string) (naming.Answer, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	prompt := naming.BuildPrompt(spec, history, question)
	msgs := make([]openai.ChatCompletionMessage, 0, len(prompt))
	for _, m := range prompt {
		msgs = append(msgs, openai.ChatCompletionMessage{Role: m.Role, Content: m.Content})
	}
	resp, err := c.api.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:    c.model,
		Messages: msgs,
		// max_tokens, not max_completion_tokens: the OpenAI-compatible
		// servers (Ollama, vLLM, llama.cpp) understand only the former.
		MaxTokens:   MaxTokens, //lint:ignore SA1019 see above
		Temperature: 0.3,
	})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return naming.Answer{}, &namebot.Error{Code: namebot.EMODELTIMEOUT, Key: "model_timeout", Err: fmt.Errorf("model %s: %w", c.model, err)}
		}
		return naming.Answer{}, &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: fmt.Errorf("model %s: %w", c.model, err)}
	}
	if len(resp.Choices) == 0 {
		return naming.Answer{}, &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: fmt.Errorf("model %s: no choices", c.model)}
	}
	ans, err := naming.ParseAnswer(spec, question, resp.Choices[0].Message.Content)
	if err != nil {
		return naming.Answer{}, &namebot.Error{Code: namebot.EMODELFAILED, Key: "model_failed", Err: fmt.Errorf("model %s: %w", c.model, err)}
	}
	return ans, nil
}

// Offline is the built-in suggester: no network, labelled as offline.
type Offline struct{}

var _ namebot.Model = Offline{}

// Suggest answers from the glossary.
func (Offline) Suggest(_ context.Context, spec naming.Spec, _ []naming.Turn, question string) (naming.Answer, error) {
	return suggest.Suggest(spec, question), nil
}
