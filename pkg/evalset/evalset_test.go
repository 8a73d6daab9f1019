package evalset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"autocompleteSuggestions", "autocomplete_suggestions"},
		{"AUTOCOMPLETE_SUGGESTIONS", "AutocompleteSuggestions"},
		{"$cartItems", "cart_items"},
		{"admin?", "admin"},
		{"kMaxRetries", "MAX_RETRIES"},
		{"_userCount", "userCount"},
		{"userID", "user_id"},
		{"HTTPRequest", "http_request"},
	} {
		if got, want := Key(tc.a), Key(tc.b); got != want {
			t.Errorf("Key(%q) = %q, Key(%q) = %q: want equal", tc.a, got, tc.b, want)
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"suggestions", "searchSuggestions"},
		{"cartItem", "cartItems"},
		{"isAdmin", "admin"},
		{"kind", "ind"},
	} {
		if Key(tc.a) == Key(tc.b) {
			t.Errorf("Key(%q) == Key(%q) = %q: want different", tc.a, tc.b, Key(tc.a))
		}
	}
}

func TestLoadQuestionsRefusesBadEntries(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.yaml")
	body := `
- id: x
  language: Cobol
  question: ""
  intent: vibes
  kind: widget
  accept: []
- id: x
  language: Go
  question: ok
  intent: action
  kind: function
  accept: [doIt]
  typo_field: 1
`
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := LoadQuestions(path)
	if err == nil {
		t.Fatal("LoadQuestions accepted a broken set")
	}
	if !strings.Contains(err.Error(), "typo_field") {
		t.Errorf("error %v does not name the unknown field", err)
	}
}

// TestLoadSets: several sets, by commas or a glob, load as one with their
// ids prefixed by their files' names; a glob that matches nothing fails.
func TestLoadSets(t *testing.T) {
	dir := t.TempDir()
	one := "- id: ko-001\n  language: Go\n  question: 사용자 수 변수\n  intent: count\n  kind: variable\n  accept: [userCount]\n"
	for _, n := range []string{"a.yaml", "b.yaml"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(one), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, spec := range []string{filepath.Join(dir, "*.yaml"), filepath.Join(dir, "a.yaml") + "," + filepath.Join(dir, "b.yaml")} {
		qs, err := LoadSets(spec)
		if err != nil {
			t.Fatalf("%s: %v", spec, err)
		}
		if len(qs) != 2 || qs[0].ID != "a/ko-001" || qs[1].ID != "b/ko-001" {
			t.Errorf("%s: %d questions, ids %q %q", spec, len(qs), qs[0].ID, qs[len(qs)-1].ID)
		}
	}
	if qs, err := LoadSets(filepath.Join(dir, "a.yaml")); err != nil || qs[0].ID != "ko-001" {
		t.Errorf("one set keeps its ids: %v %v", qs, err)
	}
	if _, err := LoadSets(filepath.Join(dir, "none*.yaml")); err == nil {
		t.Error("a glob that matches nothing loaded")
	}
}
