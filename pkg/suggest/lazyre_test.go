package suggest

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile: every pattern compiled on first use compiles (a
// typo would otherwise panic on the first question that reaches it).
func TestLazyRegexpsCompile(t *testing.T) {
	if len(lazyAll) < 200 {
		t.Fatalf("only %d lazy patterns registered", len(lazyAll))
	}
	for _, l := range lazyAll {
		if _, err := regexp.Compile(l.src); err != nil {
			t.Errorf("pattern %q: %v", l.src, err)
		}
	}
}
