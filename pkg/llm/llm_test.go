package llm_test

import (
	"context"
	"errors"
	"slices"
	"testing"
	"time"

	"namebot/pkg/llm"
	"namebot/pkg/llm/llmtest"
	"namebot/pkg/namebot"
	"namebot/pkg/naming"
)

var spec = naming.Spec{Language: "Python", Convention: "PEP 8"}

func newClient(t *testing.T) (*llm.Client, *llmtest.Server) {
	t.Helper()
	fake := llmtest.New()
	t.Cleanup(fake.Close)
	return llm.New("test-key", fake.URL+"/v1", "fake-model", 5*time.Second), fake
}

func formats(reqs []llmtest.Request) []string {
	var out []string
	for _, r := range reqs {
		out = append(out, r.Format())
	}
	return out
}

func TestClient_SendsStrictSchema(t *testing.T) {
	c, fake := newClient(t)
	fake.HoldToSchema(true)
	ans, err := c.Suggest(context.Background(), spec, nil, "장바구니 합계를 구하는 함수")
	if err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	if len(ans.Suggestions) == 0 {
		t.Fatal("no suggestions from a schema-conforming answer")
	}
	reqs := fake.Requests()
	if got := formats(reqs); !slices.Equal(got, []string{"json_schema"}) {
		t.Fatalf("formats sent = %v, want [json_schema]", got)
	}
	rf := reqs[0].ResponseFormat
	if rf.JSONSchema == nil || !rf.JSONSchema.Strict || rf.JSONSchema.Name != naming.SchemaName {
		t.Errorf("json_schema = %+v, want strict %s", rf.JSONSchema, naming.SchemaName)
	}
	if reqs[0].Temperature != llm.Temperature || reqs[0].MaxTokens != llm.MaxTokens {
		t.Errorf("temperature, max_tokens = %v, %d; want %v, %d", reqs[0].Temperature, reqs[0].MaxTokens, llm.Temperature, llm.MaxTokens)
	}
}

// The fake holds its answer to the schema it was sent: an answer that
// leaves out a required key fails, so the schema and the answers the tests
// feed through it cannot drift apart.
func TestClient_SchemaIsEnforcedByTheFake(t *testing.T) {
	c, fake := newClient(t)
	fake.HoldToSchema(true)
	fake.Set(llmtest.Answer, `{"functions":[{"name":"calculate_total","reason":"r"}]}`, 0)
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err == nil {
		t.Fatal("an answer without variables and note passed a strict schema")
	}
	if c.Format() != llm.FormatJSONSchema {
		t.Errorf("a model failure changed the format to %s", c.Format())
	}
}

func TestClient_FallsBackOncePerProcess(t *testing.T) {
	for _, tc := range []struct {
		refuse []string
		want   []string // formats of two sends
		final  llm.Format
	}{
		{nil, []string{"json_schema", "json_schema"}, llm.FormatJSONSchema},
		{[]string{"json_schema"}, []string{"json_schema", "json_object", "json_object"}, llm.FormatJSONObject},
		{[]string{"json_schema", "json_object"}, []string{"json_schema", "json_object", "text", "text"}, llm.FormatText},
	} {
		c, fake := newClient(t)
		fake.Refuse(tc.refuse...)
		for range 2 {
			if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
				t.Fatalf("refusing %v: Suggest: %v", tc.refuse, err)
			}
		}
		if got := formats(fake.Requests()); !slices.Equal(got, tc.want) {
			t.Errorf("refusing %v: formats sent = %v, want %v", tc.refuse, got, tc.want)
		}
		if c.Format() != tc.final {
			t.Errorf("refusing %v: format = %s, want %s", tc.refuse, c.Format(), tc.final)
		}
	}
}

func TestClient_ConcurrentRefusalsStepDownOnce(t *testing.T) {
	c, fake := newClient(t)
	fake.Refuse("json_schema")
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			_, err := c.Suggest(context.Background(), spec, nil, "합계 함수")
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Fatalf("Suggest: %v", err)
		}
	}
	if c.Format() != llm.FormatJSONObject {
		t.Errorf("format = %s, want json_object (one step, not two)", c.Format())
	}
}

func TestClient_FixedFormat(t *testing.T) {
	c, fake := newClient(t)
	c.UseFormat(llm.FormatJSONObject)
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err != nil {
		t.Fatalf("Suggest: %v", err)
	}
	fake.Refuse("json_object")
	_, err := c.Suggest(context.Background(), spec, nil, "합계 함수")
	var ne *namebot.Error
	if !errors.As(err, &ne) || ne.Code != namebot.EMODELFAILED {
		t.Fatalf("a refused fixed format: err = %v, want model_failed", err)
	}
	if got := formats(fake.Requests()); !slices.Equal(got, []string{"json_object", "json_object"}) {
		t.Errorf("formats sent = %v: a fixed format must not fall back", got)
	}
}

func TestClient_ModelFailureIsNotARefusal(t *testing.T) {
	c, fake := newClient(t)
	fake.Set(llmtest.Fail, "", 400) // a 400 that says nothing about the format
	if _, err := c.Suggest(context.Background(), spec, nil, "합계 함수"); err == nil {
		t.Fatal("a failing model answered")
	}
	if got := formats(fake.Requests()); !slices.Equal(got, []string{"json_schema"}) || c.Format() != llm.FormatJSONSchema {
		t.Errorf("formats sent = %v, format %s: a model failure is not a refusal of the format", got, c.Format())
	}
}

func TestParseFormat(t *testing.T) {
	for s, want := range map[string]llm.Format{"json_schema": llm.FormatJSONSchema, " JSON_OBJECT ": llm.FormatJSONObject, "text": llm.FormatText} {
		if got, ok := llm.ParseFormat(s); !ok || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v", s, got, ok)
		}
	}
	if _, ok := llm.ParseFormat("yaml"); ok {
		t.Error("ParseFormat accepted yaml")
	}
}

// A reasoning model gets max_completion_tokens and no temperature: OpenAI
// refuses max_tokens for it (and go-openai, the client once used, refused
// the call before sending it), so every send with such a model failed.
func TestClient_ReasoningModel(t *testing.T) {
	fake := llmtest.New()
	t.Cleanup(fake.Close)
	for _, m := range []string{"o3-mini", "gpt-5-mini", "gpt-6-sol"} {
		c := llm.New("test-key", fake.URL+"/v1", m, 5*time.Second)
		if _, err := c.Suggest(context.Background(), spec, nil, "장바구니 합계를 구하는 함수"); err != nil {
			t.Fatalf("%s: Suggest: %v", m, err)
		}
		reqs := fake.Requests()
		r := reqs[len(reqs)-1]
		if r.Model != m || r.MaxTokens != 0 || r.Temperature != 0 || r.MaxCompletion != llm.ReasoningMaxTokens {
			t.Errorf("%s: model %q, max_tokens %d, temperature %v, max_completion_tokens %d", m, r.Model, r.MaxTokens, r.Temperature, r.MaxCompletion)
		}
	}
}
