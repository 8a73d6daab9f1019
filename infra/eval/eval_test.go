package main

import (
	"context"
	"errors"
	"testing"

	"namebot/pkg/naming"
)

func TestFiller(t *testing.T) {
	q := Question{Question: "검색어 자동완성 결과를 담는 변수", Accept: []string{"autocompleteSuggestions", "searchSuggestions"}, Related: []string{"keyword"}}
	for _, name := range []string{"processData", "getValue", "updateValue", "validateInput", "result", "inputValue", "MAX_SIZE", "DEFAULT_TIMEOUT", "save", "items"} {
		if !Filler(q, name) {
			t.Errorf("Filler(%q) = false, want true", name)
		}
	}
	for _, name := range []string{"autocompleteSuggestions", "suggestionList", "keywordResults", "getSuggestions"} {
		if Filler(q, name) {
			t.Errorf("Filler(%q) = true, want false", name)
		}
	}
	// A generic word is on topic when the question is about it.
	count := Question{Question: "a counter of retries", Accept: []string{"retryCount"}}
	if Filler(count, "count") {
		t.Error(`Filler("count") for a question about a retry count = true, want false`)
	}
	if !OffTopic(q, "userName") || OffTopic(q, "suggestionItems") {
		t.Error("OffTopic misjudged userName or suggestionItems")
	}
}

func TestScore(t *testing.T) {
	qs := []Question{
		{ID: "a", Language: "Python", Question: "q1", Intent: "predicate", Kind: "variable", Accept: []string{"is_admin"}},
		{ID: "b", Language: "Python", Question: "q2", Intent: "action", Kind: "function", Accept: []string{"add_to_cart"}, Reject: []string{"add_cart_product"}},
		{ID: "c", Language: "Python", Question: "q3", Intent: "count", Kind: "variable", Accept: []string{"retry_count"}},
		{ID: "d", Language: "Python", Question: "q4", Intent: "count", Kind: "variable", Accept: []string{"x"}},
	}
	answers := map[string]naming.Answer{
		// Hit at 1, with a name of another kind first in the list.
		"a": {Suggestions: []naming.Suggestion{{Kind: naming.KindFunction, Name: "is_admin"}, {Kind: naming.KindVariable, Name: "is_admin"}}},
		// Hit at 3, one rejected name above it, one invalid name and one filler.
		"b": {Suggestions: []naming.Suggestion{
			{Kind: naming.KindFunction, Name: "add_cart_product"},
			{Kind: naming.KindFunction, Name: "processData"},
			{Kind: naming.KindFunction, Name: "add_to_cart"},
		}},
		// Accepted only at 4: a miss.
		"c": {Suggestions: []naming.Suggestion{
			{Kind: naming.KindVariable, Name: "retries"}, {Kind: naming.KindVariable, Name: "num_retry"},
			{Kind: naming.KindVariable, Name: "attempts"}, {Kind: naming.KindVariable, Name: "retry_count"},
		}},
	}
	outs := Score(context.Background(), qs, 2, func(_ context.Context, q Question) (naming.Answer, error) {
		a, ok := answers[q.ID]
		if !ok {
			return naming.Answer{}, errors.New("no answer")
		}
		return a, nil
	})
	s := Summarize("all", outs)
	if s.N != 4 || s.Errors != 1 {
		t.Fatalf("N, Errors = %d, %d, want 4, 1", s.N, s.Errors)
	}
	if got, want := s.Hit1, 0.25; got != want {
		t.Errorf("hit@1 = %v, want %v", got, want)
	}
	if got, want := s.Hit3, 0.5; got != want {
		t.Errorf("hit@3 = %v, want %v", got, want)
	}
	if got, want := s.Names, 9; got != want {
		t.Errorf("names = %d, want %d", got, want)
	}
	if got, want := s.FillerRate, 1.0/9; got != want {
		t.Errorf("filler = %v, want %v", got, want)
	}
	if got, want := s.Validity, 8.0/9; got != want {
		t.Errorf("validity = %v, want %v (processData is not snake_case)", got, want)
	}
	if got, want := s.RejectedTop, 1; got != want {
		t.Errorf("rejected in top 3 = %d, want %d", got, want)
	}
	if outs[0].Q.ID != "a" || outs[3].Err == nil {
		t.Error("outcomes are not in the set's order")
	}
}

func TestBaselineRatchet(t *testing.T) {
	b := Baseline{Questions: 200, Hit1: 0.5, Hit3: 0.7, Filler: 0.02, Validity: 1}
	if fails := b.Check(Summary{N: 200, Hit1: 0.5, Hit3: 0.7, FillerRate: 0.02, Validity: 1}); len(fails) > 0 {
		t.Errorf("equal scores fail: %v", fails)
	}
	if fails := b.Check(Summary{N: 200, Hit1: 0.495, Hit3: 0.7, FillerRate: 0.03, Validity: 0.99}); len(fails) != 3 {
		t.Errorf("lower scores: %v, want 3 failures", fails)
	}
	up, changed := b.Raise(Summary{N: 210, Hit1: 0.61234, Hit3: 0.6, FillerRate: 0.01, Validity: 1})
	if !changed || up.Hit1 != 0.612 || up.Hit3 != 0.7 || up.Filler != 0.01 || up.Questions != 210 {
		t.Errorf("Raise = %+v, %v: want hit@1 0.612, hit@3 kept at 0.7, filler 0.01", up, changed)
	}
	if len(up.Check(Summary{N: 210, Hit1: 0.61234, Hit3: 0.7, FillerRate: 0.01, Validity: 1})) > 0 {
		t.Error("a run fails the baseline it raised")
	}
}

// TestNearMiss: a miss is classed by its nearest name of the first three.
func TestNearMiss(t *testing.T) {
	q := Question{Accept: []string{"paymentWebhook", "handlePaymentWebhook"}}
	for _, tc := range []struct {
		asked []string
		hit3  bool
		want  string
	}{
		{[]string{"handlePaymentGatewayWebhook", "onWebhook"}, false, NearExtra},
		{[]string{"webhook", "onWebhook"}, false, NearMissing},
		{[]string{"onPaymentHook", "x"}, false, NearOverlap},
		{[]string{"refundOrder"}, false, NearDisjoint},
		{nil, false, NearNone},
		{[]string{"a", "b", "c", "payment_webhook"}, false, NearLater},
		{[]string{"paymentWebhook"}, true, ""},
	} {
		if got := NearMiss(Outcome{Q: q, Asked: tc.asked, Hit3: tc.hit3}); got != tc.want {
			t.Errorf("%v: %q, want %q", tc.asked, got, tc.want)
		}
	}
	m := NearMisses([]Outcome{{Q: q, Asked: []string{"webhook"}}, {Q: q, Asked: []string{"refund"}}, {Q: q, Asked: []string{"paymentWebhook"}, Hit3: true}})
	if m[NearMissing] != 1 || m[NearDisjoint] != 1 || len(m) != 2 {
		t.Errorf("NearMisses = %v", m)
	}
}

// TestRecurrences: an accepted name three questions share, with a miss
// among them, is listed (misses first); one two questions share, or one
// every sharer hits, is not.
func TestRecurrences(t *testing.T) {
	q := func(id string, accept ...string) Question { return Question{ID: id, Accept: accept} }
	outs := []Outcome{
		{Q: q("a", "formatWon", "formatPrice"), Hit3: true},
		{Q: q("b", "format_won", "toWonString")},
		{Q: q("c", "FormatWon", "format_won")}, // one question, counted once
		{Q: q("d", "toWonString")},
		{Q: q("e", "formatPrice"), Hit3: true},
		{Q: q("f", "formatPrice"), Hit3: true},
	}
	rs := Recurrences(outs, 3)
	if len(rs) != 1 || rs[0].Name != "format won" || rs[0].Misses != 2 || len(rs[0].Questions) != 3 {
		t.Fatalf("Recurrences = %+v, want format won with 2 misses of 3", rs)
	}
	if rs[0].Questions[0].Hit3 || !rs[0].Questions[2].Hit3 {
		t.Errorf("questions not misses first: %+v", rs[0].Questions)
	}
}
