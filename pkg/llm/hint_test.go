package llm_test

import (
	"context"
	"strings"
	"testing"

	"namebot/pkg/llm"
	"namebot/pkg/naming"
)

// The prompt carries what the offline analysis found in the question.
func TestClient_PromptCarriesHint(t *testing.T) {
	c, fake := newClient(t)
	fake.Set(0, `{"functions":[],"variables":[{"name":"sidebar_state","reason":"r"},{"name":"is_sidebar_collapsed","reason":"r"}],"note":""}`, 0)
	if _, err := c.Suggest(context.Background(), spec, nil, "사이드바가 접혔는지 나타내는 변수"); err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	reqs := fake.Requests()
	if len(reqs) == 0 || len(reqs[0].Messages) == 0 {
		t.Fatal("no request")
	}
	sys := reqs[0].Messages[0].Content
	for _, want := range []string{"yes/no question", "Kind asked for: variables", `"sidebar"`} {
		if !strings.Contains(sys, want) {
			t.Errorf("system prompt lacks %q:\n%s", want, sys)
		}
	}
}

// A yes/no question keeps the model's boolean names first.
func TestClient_BooleanNamesFirst(t *testing.T) {
	c, fake := newClient(t)
	fake.Set(0, `{"functions":[],"variables":[{"name":"sidebar_state","reason":"r"},{"name":"is_sidebar_collapsed","reason":"r"},{"name":"collapsed","reason":"r"}],"note":""}`, 0)
	ans, err := c.Suggest(context.Background(), spec, nil, "사이드바가 접혔는지 나타내는 변수")
	if err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	if len(ans.Suggestions) == 0 || ans.Suggestions[0].Name != "is_sidebar_collapsed" {
		t.Fatalf("suggestions = %+v, want is_sidebar_collapsed first", ans.Suggestions)
	}
	if !strings.Contains(ans.Text, "1. is_sidebar_collapsed") {
		t.Errorf("text does not follow the new order:\n%s", ans.Text)
	}
}

func TestOffline_IsTheSuggester(t *testing.T) {
	ans, err := llm.Offline{}.Suggest(context.Background(), naming.Spec{Language: "Go"}, nil, "number of active users")
	if err != nil || !ans.Offline || len(ans.Suggestions) == 0 {
		t.Fatalf("Offline.Suggest = %+v, %v", ans, err)
	}
}
