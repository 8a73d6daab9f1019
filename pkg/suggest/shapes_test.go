package suggest

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"namebot/pkg/naming"
)

// TestQuestionShapes answers questions no one wrote: the eval sets'
// questions cut up and put together again (a word said twice, a word
// dropped, two neighbours swapped, the halves of two questions joined, a
// glossary term put in), the shapes that found a loop on the request path
// (빈 줄 뺀 줄 개수, a head word said again) and could find the next one.
// Every answer comes within a deadline, without a panic, and every name is
// an identifier of its kind that is no reserved word. SHAPES sets how many
// (default 3,000: ~3 s; the seed is fixed, SHAPES_SEED varies it).
func TestQuestionShapes(t *testing.T) {
	if testing.Short() {
		t.Skip("answers thousands of made-up questions")
	}
	n, seed := 3000, uint64(1)
	if v, err := strconv.Atoi(os.Getenv("SHAPES")); err == nil && v > 0 {
		n = v
	}
	if v, err := strconv.ParseUint(os.Getenv("SHAPES_SEED"), 10, 64); err == nil {
		seed = v
	}
	qs := loadEval(t, "../../eval/questions.yaml")
	qs = append(qs, loadEval(t, "../../eval/read/*.yaml")...)
	terms := glossaryKoreanTerms()
	rng := rand.New(rand.NewPCG(seed, 2))
	pick := func(ws []string) int { return rng.IntN(len(ws)) }
	for i := 0; i < n; i++ {
		q := qs[rng.IntN(len(qs))]
		ws := strings.Fields(q.Question)
		if len(ws) == 0 {
			continue
		}
		switch rng.IntN(5) {
		case 0: // a word said twice
			j := pick(ws)
			ws = append(ws[:j+1], append([]string{ws[j]}, ws[j+1:]...)...)
		case 1: // a word dropped
			if len(ws) > 1 {
				j := pick(ws)
				ws = append(ws[:j], ws[j+1:]...)
			}
		case 2: // two neighbours swapped
			if len(ws) > 1 {
				j := rng.IntN(len(ws) - 1)
				ws[j], ws[j+1] = ws[j+1], ws[j]
			}
		case 3: // the halves of two questions
			other := strings.Fields(qs[rng.IntN(len(qs))].Question)
			ws = append(ws[:(len(ws)+1)/2:(len(ws)+1)/2], other[len(other)/2:]...)
		case 4: // a glossary term put in
			j := rng.IntN(len(ws) + 1)
			ws = append(ws[:j], append([]string{terms[rng.IntN(len(terms))]}, ws[j:]...)...)
		}
		question := strings.Join(ws, " ")
		spec := naming.Spec{Language: q.Language, Convention: q.Convention}
		done := make(chan naming.Answer, 1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s %q: panic: %v", q.Language, question, p)
					done <- naming.Answer{}
				}
			}()
			done <- Suggest(spec, question)
		}()
		var a naming.Answer
		select {
		case a = <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("%s %q: no answer within 5 s", q.Language, question)
		}
		for _, s := range a.Suggestions {
			if err := naming.Validate(spec, s.Kind, s.Name); err != nil {
				t.Errorf("%s %q: %s %q: %v", q.Language, question, s.Kind, s.Name, err)
			}
		}
	}
}

// glossaryKoreanTerms are the Korean forms of the glossary's terms.
func glossaryKoreanTerms() []string {
	var out []string
	for _, t := range loadGlossary().terms {
		out = append(out, t.Korean...)
	}
	return out
}
