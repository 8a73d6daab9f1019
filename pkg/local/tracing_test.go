package local_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"

	"namebot/pkg/local"
)

// TestTemplateTracing: X-Ray is a choice, off unless asked for. Active
// tracing costs more than the API at 1,000 daily users (docs/deploy.md,
// section 8), so the default is PassThrough, every function takes the
// parameter through Globals (none sets its own), and `make deploy` passes
// TRACING through.
func TestTemplateTracing(t *testing.T) {
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "template.yaml")
	tmpl, err := local.LoadTemplate(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := rawDoc(t, path)
	params, _ := doc["Parameters"].(map[string]any)
	p, _ := params["Tracing"].(map[string]any)
	if p == nil {
		t.Fatal("template.yaml has no Tracing parameter")
	}
	if got, want := p["Default"], "PassThrough"; got != want {
		t.Errorf("Tracing default = %v, want %v (tracing off unless asked for)", got, want)
	}
	if got := toStrings(p["AllowedValues"]); !slices.Equal(got, []string{"PassThrough", "Active"}) {
		t.Errorf("Tracing AllowedValues = %v, want [PassThrough Active]", got)
	}
	if ref, _ := tmpl.Globals["Tracing"].(map[string]any); ref["Ref"] != "Tracing" {
		t.Errorf("Globals Tracing = %v, want !Ref Tracing", tmpl.Globals["Tracing"])
	}
	for id, f := range tmpl.Functions {
		if v, ok := f.Properties["Tracing"]; ok {
			t.Errorf("%s sets Tracing %v itself; the Globals parameter decides", id, v)
		}
	}
	makefile, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^TRACING \?= PassThrough$`).Match(makefile) || !regexp.MustCompile(`Tracing=\\"\$\(TRACING\)\\"`).Match(makefile) {
		t.Error("Makefile must default TRACING to PassThrough and pass Tracing=$(TRACING) to sam deploy")
	}
}
