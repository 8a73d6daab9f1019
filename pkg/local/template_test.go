package local_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"namebot/pkg/app"
	"namebot/pkg/config"
	"namebot/pkg/local"
)

// TestTemplate checks that template.yaml declares exactly what the code
// serves and expects: every function and route, its build method, runtime
// and architecture, the tables and their keys, and policies scoped to the
// resources each function uses.
func TestTemplate(t *testing.T) {
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := local.LoadTemplate(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := config.FromEnv(func(k string) string {
		if k == "JWT_KEY_FILE" {
			return filepath.Join(t.TempDir(), "jwt.key")
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	deps, err := app.NewDeps(context.Background(), cfg, local.AWSConfig("us-east-1"), app.Options{})
	if err != nil {
		t.Fatal(err)
	}
	makefile, err := os.ReadFile(filepath.Join(root, "Makefile"))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("GlobalsRuntime", func(t *testing.T) {
		if got, want := tmpl.Globals["Runtime"], "provided.al2023"; got != want {
			t.Errorf("Runtime = %v, want %v", got, want)
		}
		if got := tmpl.Globals["Architectures"]; !slices.Equal(toStrings(got), []string{"arm64"}) {
			t.Errorf("Architectures = %v, want [arm64]", got)
		}
		if got, want := tmpl.Globals["Handler"], "bootstrap"; got != want {
			t.Errorf("Handler = %v, want %v", got, want)
		}
	})

	fns := deps.Functions()
	for id := range fns {
		if _, ok := tmpl.Functions[id]; !ok {
			t.Errorf("code serves function %s that template.yaml does not declare", id)
		}
	}
	for id, f := range tmpl.Functions {
		t.Run(id, func(t *testing.T) {
			build, ok := fns[id]
			if !ok {
				t.Fatalf("template declares %s but no code serves it", id)
			}
			var declared []string
			for _, r := range f.Routes {
				declared = append(declared, r.Key())
			}
			if served := build().RouteKeys(); !slices.Equal(served, declared) {
				t.Errorf("routes differ\n code:     %v\n template: %v", served, declared)
			}
			if f.BuildMethod != "makefile" {
				t.Errorf("Metadata.BuildMethod = %q, want makefile", f.BuildMethod)
			}
			if !regexp.MustCompile(`(?m)^build-` + id + `:`).Match(makefile) {
				t.Errorf("Makefile has no build-%s target", id)
			}
			dir := strings.ToLower(strings.TrimSuffix(id, "Function"))
			if _, err := os.Stat(filepath.Join(root, "functions", dir, "main.go")); err != nil {
				t.Errorf("functions/%s/main.go: %v", dir, err)
			}
			// Policies: every resource named is one of our tables, indexes,
			// the bucket or the SSM parameters; never "*".
			pol, _ := f.Properties["Policies"].([]any)
			if len(pol) == 0 {
				t.Fatal("no Policies")
			}
			for _, p := range pol {
				doc, ok := p.(map[string]any)
				if !ok {
					t.Fatalf("policy %v is not an inline statement list (no managed or template policies)", p)
				}
				for _, st := range doc["Statement"].([]any) {
					s := st.(map[string]any)
					if s["Effect"] != "Allow" {
						continue
					}
					for _, a := range toStrings(s["Action"]) {
						if strings.Contains(a, "*") || a == "dynamodb:Scan" {
							t.Errorf("statement %v allows %s", s["Sid"], a)
						}
					}
					res := s["Resource"]
					if r, ok := res.([]any); ok {
						for _, x := range r {
							checkResource(t, tmpl, s["Sid"], x)
						}
					} else {
						checkResource(t, tmpl, s["Sid"], res)
					}
				}
			}
		})
	}

	t.Run("Tables", func(t *testing.T) {
		tables := map[string]string{
			cfg.Tables.Users: "pk", cfg.Tables.Sessions: "id", cfg.Tables.Counters: "user_id",
			cfg.Tables.Chats: "user_id", cfg.Tables.Messages: "chat_id", cfg.Tables.Posts: "id",
		}
		for name, hash := range tables {
			tb, ok := tmpl.Tables[name]
			if !ok {
				t.Errorf("table %s missing", name)
				continue
			}
			if tb.HashKey != hash {
				t.Errorf("%s hash key = %s, want %s", name, tb.HashKey, hash)
			}
			p := tb.Properties
			if p["BillingMode"] != "PAY_PER_REQUEST" {
				t.Errorf("%s not pay-per-request", name)
			}
			if pitr, _ := p["PointInTimeRecoverySpecification"].(map[string]any); pitr["PointInTimeRecoveryEnabled"] != true {
				t.Errorf("%s without point-in-time recovery", name)
			}
			if p["DeletionProtectionEnabled"] != true || tmpl.Resources[name]["DeletionPolicy"] != "Retain" {
				t.Errorf("%s without deletion protection / Retain", name)
			}
		}
		if tb := tmpl.Tables[cfg.Tables.Chats]; tb == nil || tb.RangeKey != "id" || len(tb.Indexes) != 1 || tb.Indexes[0].Name != "by_activity" || tb.Indexes[0].RangeKey != "updated_at" {
			t.Errorf("chats table must be (user_id, id) with GSI by_activity (user_id, updated_at): %+v", tb)
		}
		if tb := tmpl.Tables[cfg.Tables.Messages]; tb == nil || tb.RangeKey != "id" {
			t.Errorf("messages table must be (chat_id, id): %+v", tb)
		}
		if tb := tmpl.Tables[cfg.Tables.Posts]; tb == nil || len(tb.Indexes) != 3 {
			t.Errorf("posts table needs the feed, by_category and by_author indexes: %+v", tb)
		}
		if len(tmpl.Buckets) != 1 || tmpl.Buckets[0] != "ImagesBucket" {
			t.Errorf("buckets = %v, want [ImagesBucket]", tmpl.Buckets)
		} else {
			b := tmpl.Resources["ImagesBucket"]["Properties"].(map[string]any)
			pab, _ := b["PublicAccessBlockConfiguration"].(map[string]any)
			if pab["BlockPublicAcls"] != true || pab["RestrictPublicBuckets"] != true || b["BucketEncryption"] == nil || b["LifecycleConfiguration"] == nil || b["CorsConfiguration"] == nil {
				t.Errorf("images bucket must be private, encrypted, with CORS and a lifecycle rule: %v", b)
			}
		}
		if tb := tmpl.Tables[cfg.Tables.Counters]; tb == nil || tb.TTL != "expires_at" || tb.RangeKey != "day" {
			t.Errorf("counters table must be (user_id, day) with TTL expires_at: %+v", tb)
		}
		if tb := tmpl.Tables[cfg.Tables.Sessions]; tb == nil || len(tb.Indexes) != 1 || tb.Indexes[0].Name != "by_user" || tb.TTL != "expires_at" {
			t.Errorf("sessions table needs GSI by_user and TTL expires_at: %+v", tb)
		}
	})
}

// checkResource accepts !GetAtt X.Arn, !Sub "${X.Arn}/index/..." of our own
// tables, and the SSM parameter ARN built from a template parameter.
func checkResource(t *testing.T, tmpl *local.Template, sid any, r any) {
	t.Helper()
	m, ok := r.(map[string]any)
	if !ok {
		t.Errorf("statement %v: literal resource %v", sid, r)
		return
	}
	if ga, ok := m["Fn::GetAtt"].(string); ok {
		if _, ok := tmpl.Resources[strings.TrimSuffix(ga, ".Arn")]; !ok {
			t.Errorf("statement %v: %s is not a resource of the template", sid, ga)
		}
		return
	}
	if alt, ok := m["Fn::If"].([]any); ok && len(alt) == 3 {
		for _, branch := range alt[1:] {
			if ref, ok := branch.(map[string]any); ok && ref["Ref"] == "AWS::NoValue" {
				continue
			}
			checkResource(t, tmpl, sid, branch)
		}
		return
	}
	if sub, ok := m["Fn::Sub"].(string); ok {
		if strings.Contains(sub, "*") && !strings.HasPrefix(sub, "${ImagesBucket.Arn}/") {
			t.Errorf("statement %v: wildcard in %s", sid, sub)
		}
		return
	}
	t.Errorf("statement %v: unexpected resource %v", sid, r)
}

func toStrings(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
