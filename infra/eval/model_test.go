package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"namebot/pkg/evalset"
	"namebot/pkg/llm"
	"namebot/pkg/llm/llmtest"
	"namebot/pkg/naming"
)

// TestEvalThroughTheModelPath runs the evaluation through the product's model
// path (prompt, response format, HTTP, parser) against the fake server, once
// per response format. The fake answers each question with its accepted
// names in the shape that format brings (schema JSON, loose JSON in a fence,
// a markdown table with a kind column, a label and a comma list), so every
// accepted name must come back first, of the asked kind: a parser that
// misreads a shape, a kind or an order shows here as a hit@1 below 100 %.
func TestEvalThroughTheModelPath(t *testing.T) {
	qs, err := evalset.LoadQuestions(setPath)
	if err != nil {
		t.Fatal(err)
	}
	byQuestion := map[string]Question{}
	for _, q := range qs {
		byQuestion[q.Question] = q
	}
	for _, tc := range []struct {
		format llm.Format
		shape  func(q Question) string
	}{
		{llm.FormatJSONSchema, schemaAnswer},
		{llm.FormatJSONObject, fencedJSONAnswer},
		{llm.FormatText, tableAnswer},
		{llm.FormatText, labelListAnswer},
	} {
		fake := llmtest.New()
		fake.HoldToSchema(true)
		fake.Respond(func(r llmtest.Request) string {
			q, ok := byQuestion[r.Messages[len(r.Messages)-1].Content]
			if !ok {
				return "I did not understand."
			}
			return tc.shape(q)
		})
		client := llm.New("test-key", fake.URL+"/v1", "fake", 10*time.Second).UseFormat(tc.format)
		outs := Score(context.Background(), qs, 8, func(ctx context.Context, q Question) (naming.Answer, error) {
			return client.Suggest(ctx, naming.Spec{Language: q.Language, Convention: q.Convention}, nil, q.Question)
		})
		fake.Close()
		s := Summarize(tc.format.String(), outs)
		if s.Errors > 0 || s.Hit1 != 1 {
			for _, o := range outs {
				if !o.Hit1 {
					t.Logf("%s: %s got %v (err %v), want %s first", tc.format, o.Q.ID, o.Asked, o.Err, o.Q.Accept[0])
				}
			}
			t.Errorf("%s: hit@1 %.1f%%, %d errors: want 100%%, 0", tc.format, 100*s.Hit1, s.Errors)
		}
	}
}

func plural(kind string) string {
	if kind == "class" {
		return "classes"
	}
	return kind + "s"
}

func schemaAnswer(q Question) string {
	out := map[string]any{"note": ""}
	for _, k := range naming.AllKinds() {
		items := []map[string]string{}
		if string(k) == q.Kind {
			for _, n := range q.Accept {
				items = append(items, map[string]string{"name": n, "reason": "accepted"})
			}
		}
		out[plural(string(k))] = items
	}
	raw, _ := json.Marshal(out)
	return string(raw)
}

func fencedJSONAnswer(q Question) string {
	var items []string
	for _, n := range q.Accept {
		items = append(items, fmt.Sprintf(`{"name": %q, "reason": "accepted"}`, n))
	}
	return fmt.Sprintf("Here you go:\n```json\n{\"%s\": [%s]}\n```\nHope it helps.", plural(q.Kind), strings.Join(items, ", "))
}

func tableAnswer(q Question) string {
	var b strings.Builder
	b.WriteString("| Name | Kind | Reason |\n|---|---|---|\n")
	for _, n := range q.Accept {
		fmt.Fprintf(&b, "| `%s` | %s | accepted by the **reviewer** |\n", n, q.Kind)
	}
	return b.String()
}

func labelListAnswer(q Question) string {
	labels := map[string]string{"function": "함수명", "variable": "변수명", "constant": "상수명", "class": "클래스명"}
	return "추천 이름입니다.\n\n" + labels[q.Kind] + ": " + strings.Join(q.Accept, ", ") + "\n\n참고: `data` 같은 이름은 피하세요."
}
