package local

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestDynaliteIteratorFix runs queries through dynalite's storage layer
// on disk, with and without the preload that StartDynalite gives it:
// without it every query leaves its LevelDB iterator open (the memory
// growth under `make load`), with it none is left.
func TestDynaliteIteratorFix(t *testing.T) {
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(root, "pkg", "local", "testdata", "count-iterators.cjs")
	run := func(t *testing.T, args ...string) string {
		t.Helper()
		out, err := exec.Command("node", append(args, script, root)...).CombinedOutput()
		if err != nil {
			t.Fatalf("node %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	if got := run(t); got == "open=0" {
		t.Errorf("without the preload: %s; dynalite closes its iterators now, so %s may be unneeded", got, iteratorFix)
	}
	if got, want := run(t, "--require", filepath.Join(root, "pkg", "local", iteratorFix)), "open=0"; got != want {
		t.Errorf("with the preload: %s, want %s", got, want)
	}
}
