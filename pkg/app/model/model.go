// Package model is the app's model part: the OpenAI-compatible client, or
// the offline suggester when no key is configured. It is a package of its
// own so that only what asks the model (chatsend, the local stack) imports
// pkg/llm: an imported package is linked and initialised at every cold
// start whether it is used or not, and pkg/llm brings its HTTP client and
// pkg/suggest (its glossary, tables and regexps) into accounts, chat and
// board when pkg/app imports it.
package model

import (
	"context"
	"fmt"

	"namebot/pkg/app"
	"namebot/pkg/llm"
	"namebot/pkg/namebot"
)

// With builds the model into d: OpenAI-compatible with a key (in the
// environment locally, in SSM on AWS), else the offline suggester.
func With(ctx context.Context, d *app.Deps) (err error) {
	d.Model, err = build(ctx, d)
	return err
}

// All is every part (the local stack serves every function).
var All = []app.Part{app.WithImages, With, app.WithOAuth}

func build(ctx context.Context, d *app.Deps) (namebot.Model, error) {
	cfg := d.Cfg
	key := cfg.OpenAIKey
	if cfg.OpenAIKeyParam != "" {
		v, err := d.Parameter(ctx, cfg.OpenAIKeyParam)
		if err != nil {
			return nil, fmt.Errorf("openai key: %w", err)
		}
		key = string(v)
	}
	if key == "" {
		return llm.Offline{}, nil
	}
	client := llm.New(key, cfg.OpenAIBaseURL, cfg.OpenAIModel, cfg.ModelTimeout)
	if f, ok := llm.ParseFormat(cfg.OpenAIResponseFormat); ok {
		client.UseFormat(f)
	}
	return client, nil
}
