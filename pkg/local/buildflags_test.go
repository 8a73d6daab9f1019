package local

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLambdaFlagsMatchMakefile: the tests and the bench build bootstraps
// exactly as `make build` does.
func TestLambdaFlagsMatchMakefile(t *testing.T) {
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	mk, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^LAMBDA_FLAGS := (.*)$`).FindSubmatch(mk)
	if m == nil {
		t.Fatal("Makefile has no LAMBDA_FLAGS")
	}
	want := strings.ReplaceAll(string(m[1]), "'", "")
	if got := strings.Join(LambdaBuildFlags, " "); got != want {
		t.Errorf("LambdaBuildFlags = %q, Makefile's LAMBDA_FLAGS = %q", got, want)
	}
}
