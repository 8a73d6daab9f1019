package local_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"namebot/pkg/app"
	"namebot/pkg/config"
	"namebot/pkg/local"
	"namebot/pkg/metrics"
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
			if id == "NamingFunction" {
				// The name review touches no table, bucket or secret:
				// it gets no policy at all (SAM's basic execution role).
				if f.Properties["Policies"] != nil {
					t.Errorf("NamingFunction has Policies %v, want none: it reads and writes nothing", f.Properties["Policies"])
				}
				return
			}
			if len(pol) == 0 {
				t.Fatal("no Policies")
			}
			for _, p := range pol {
				doc, ok := p.(map[string]any)
				if !ok {
					t.Fatalf("policy %v is not an inline statement list (no managed or template policies)", p)
				}
				for _, cs := range statements(t, doc["Statement"]) {
					s := cs.stmt
					if s["Effect"] != "Allow" {
						continue
					}
					if slices.Equal(toStrings(s["Action"]), []string{"kms:Decrypt"}) {
						checkKMSStatement(t, cs)
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
			cfg.Tables.PostViews: "post_id",
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
		// A view writes the counter only: an index would multiply each view's write units.
		if tb := tmpl.Tables[cfg.Tables.PostViews]; tb == nil || len(tb.Indexes) != 0 || tb.RangeKey != "" {
			t.Errorf("post views table must be keyed by post_id alone, with no index: %+v", tb)
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

// conditionalStatement is a policy statement, with the condition it is
// under when it sits in an !If (empty when unconditional).
type conditionalStatement struct {
	stmt      map[string]any
	condition string
}

// statements flattens a Statement list: a statement inside
// !If [Cond, statement, !Ref AWS::NoValue] counts, under Cond.
func statements(t *testing.T, v any) []conditionalStatement {
	t.Helper()
	var out []conditionalStatement
	for _, st := range list(v) {
		m, ok := st.(map[string]any)
		if !ok {
			t.Errorf("statement %v is not a mapping", st)
			continue
		}
		if alt, ok := m["Fn::If"].([]any); ok && len(alt) == 3 {
			cond, _ := alt[0].(string)
			for _, branch := range alt[1:] {
				b, _ := branch.(map[string]any)
				if b == nil || b["Ref"] == "AWS::NoValue" {
					continue
				}
				out = append(out, conditionalStatement{b, cond})
			}
			continue
		}
		out = append(out, conditionalStatement{m, ""})
	}
	return out
}

// checkKMSStatement: kms:Decrypt only on the customer managed key named by
// SecretsKmsKeyArn, only through SSM, only when that key is given.
func checkKMSStatement(t *testing.T, cs conditionalStatement) {
	t.Helper()
	s := cs.stmt
	if cs.condition != "HasSecretsKmsKey" {
		t.Errorf("statement %v allows kms:Decrypt outside !If HasSecretsKmsKey", s["Sid"])
	}
	if ref, _ := s["Resource"].(map[string]any); ref["Ref"] != "SecretsKmsKeyArn" {
		t.Errorf("statement %v: kms:Decrypt on %v, want !Ref SecretsKmsKeyArn", s["Sid"], s["Resource"])
	}
	cond, _ := s["Condition"].(map[string]any)
	eq, _ := cond["StringEquals"].(map[string]any)
	if via, _ := eq["kms:ViaService"].(map[string]any); via["Fn::Sub"] != "ssm.${AWS::Region}.amazonaws.com" {
		t.Errorf("statement %v: kms:Decrypt without kms:ViaService ssm: %v", s["Sid"], s["Condition"])
	}
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
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

// TestTemplateProduction checks what template.yaml needs beyond the code's
// own resources to run in production: every function named, with its own
// log group and a retention; alarms on metrics that exist, about resources
// of the template; the API throttled, its CORS and the bucket's never "*";
// no secret in any environment; every reference resolvable.
func TestTemplateProduction(t *testing.T) {
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

	t.Run("References", func(t *testing.T) { checkRefs(t, doc) })

	typeOf := func(id string) string {
		s, _ := tmpl.Resources[id]["Type"].(string)
		return s
	}
	props := func(id string) map[string]any {
		p, _ := tmpl.Resources[id]["Properties"].(map[string]any)
		return p
	}

	t.Run("LogGroups", func(t *testing.T) {
		if lc, _ := tmpl.Globals["LoggingConfig"].(map[string]any); lc["LogFormat"] != "JSON" {
			t.Errorf("Globals LoggingConfig.LogFormat = %v, want JSON", lc["LogFormat"])
		}
		for id, f := range tmpl.Functions {
			group := strings.ToLower(strings.TrimSuffix(id, "Function"))
			name, _ := f.Properties["FunctionName"].(map[string]any)
			wantName := "${AWS::StackName}-" + group
			if name["Fn::Sub"] != wantName {
				t.Errorf("%s FunctionName = %v, want !Sub %q", id, f.Properties["FunctionName"], wantName)
			}
			lc, _ := f.Properties["LoggingConfig"].(map[string]any)
			ref, _ := lc["LogGroup"].(map[string]any)
			lg, _ := ref["Ref"].(string)
			if typeOf(lg) != "AWS::Logs::LogGroup" {
				t.Errorf("%s LoggingConfig.LogGroup = %v, want !Ref to an AWS::Logs::LogGroup", id, lc["LogGroup"])
				continue
			}
			if got, _ := props(lg)["LogGroupName"].(map[string]any); got["Fn::Sub"] != "/aws/lambda/"+wantName {
				t.Errorf("%s: log group %s is named %v, want /aws/lambda/<function name>", id, lg, props(lg)["LogGroupName"])
			}
		}
		n := 0
		for id, r := range tmpl.Resources {
			if r["Type"] != "AWS::Logs::LogGroup" {
				continue
			}
			n++
			if props(id)["RetentionInDays"] == nil {
				t.Errorf("log group %s has no retention", id)
			}
		}
		if n < len(tmpl.Functions)+1 {
			t.Errorf("%d log groups, want one per function and the API's access log", n)
		}
		api := props("HttpApi")
		als, _ := api["AccessLogSettings"].(map[string]any)
		dst, _ := als["DestinationArn"].(map[string]any)
		if ga, _ := dst["Fn::GetAtt"].(string); typeOf(strings.TrimSuffix(ga, ".Arn")) != "AWS::Logs::LogGroup" {
			t.Errorf("HttpApi AccessLogSettings.DestinationArn = %v, want a log group of the template", als["DestinationArn"])
		}
		if f, _ := als["Format"].(string); !strings.Contains(f, "$context.requestId") || !strings.Contains(f, "$context.status") {
			t.Errorf("access log format lacks the request id or status: %q", f)
		}
	})

	t.Run("API", func(t *testing.T) {
		api := props("HttpApi")
		rs, _ := api["DefaultRouteSettings"].(map[string]any)
		for _, k := range []string{"ThrottlingBurstLimit", "ThrottlingRateLimit"} {
			if n, ok := rs[k].(int); !ok || n <= 0 {
				t.Errorf("HttpApi DefaultRouteSettings.%s = %v, want a positive limit", k, rs[k])
			}
		}
		// The open routes without a daily limit have a lower ceiling of
		// their own: the name review (POST /api/naming/check).
		perRoute, _ := api["RouteSettings"].(map[string]any)
		for _, route := range []string{"POST /api/naming/check"} {
			found := false
			for _, r := range tmpl.Functions["NamingFunction"].Routes {
				found = found || r.Key() == route
			}
			if !found {
				t.Errorf("RouteSettings route %q is not a route of NamingFunction", route)
			}
			s, _ := perRoute[route].(map[string]any)
			for _, k := range []string{"ThrottlingBurstLimit", "ThrottlingRateLimit"} {
				n, ok := s[k].(int)
				def, _ := rs[k].(int)
				if !ok || n <= 0 || n >= def {
					t.Errorf("HttpApi RouteSettings[%q].%s = %v, want a positive limit below the default %d", route, k, s[k], def)
				}
			}
		}
		cors, _ := api["CorsConfiguration"].(map[string]any)
		origins := list(cors["AllowOrigins"])
		if len(origins) == 0 {
			t.Error("HttpApi CORS allows no origin")
		}
		for _, o := range origins {
			if m, _ := o.(map[string]any); m["Ref"] != "AppOrigin" {
				t.Errorf("HttpApi CORS origin %v, want !Ref AppOrigin only", o)
			}
		}
		b := props("ImagesBucket")
		for _, rule := range list(b["CorsConfiguration"].(map[string]any)["CorsRules"]) {
			for _, o := range list(rule.(map[string]any)["AllowedOrigins"]) {
				if m, _ := o.(map[string]any); m["Ref"] != "AppOrigin" {
					t.Errorf("ImagesBucket CORS origin %v, want !Ref AppOrigin only", o)
				}
			}
		}
		p, _ := doc["Parameters"].(map[string]any)
		ao, _ := p["AppOrigin"].(map[string]any)
		pat, _ := ao["AllowedPattern"].(string)
		if fullMatch(pat, "*") || fullMatch(pat, "https://example.com/") || !fullMatch(pat, "https://d111111abcdef8.cloudfront.net") {
			t.Errorf("AppOrigin AllowedPattern %q must take an https origin and refuse *", pat)
		}
	})

	t.Run("Secrets", func(t *testing.T) {
		secretName := regexp.MustCompile(`(?i)key|secret|token|password|credential`)
		params, _ := doc["Parameters"].(map[string]any)
		literalOK := map[string]bool{"QUOTA_TZ": true, "DAILY_LIMIT": true, "MODEL_TIMEOUT": true, "SIGNUP_LIMIT": true}
		check := func(where string, env any) {
			e, _ := env.(map[string]any)
			vars, _ := e["Variables"].(map[string]any)
			for k, v := range vars {
				if secretName.MatchString(k) {
					ref, _ := v.(map[string]any)
					name, _ := ref["Ref"].(string)
					if !strings.HasSuffix(k, "_PARAM") || !strings.HasSuffix(name, "ParameterName") || params[name] == nil {
						t.Errorf("%s: %s = %v: a secret's environment variable must name its SSM parameter (X_PARAM: !Ref <X>ParameterName)", where, k, v)
					}
					continue
				}
				if s, ok := v.(string); ok && !literalOK[k] {
					t.Errorf("%s: %s has the literal value %q: only %v may", where, k, s, literalOK)
				}
			}
		}
		check("Globals", tmpl.Globals["Environment"])
		for id, f := range tmpl.Functions {
			check(id, f.Properties["Environment"])
		}
		for name, v := range params {
			m, _ := v.(map[string]any)
			if d, _ := m["Default"].(string); len(d) >= 20 && !strings.HasPrefix(d, "/") && !strings.HasPrefix(d, "https://") {
				t.Errorf("parameter %s has a default that may be a secret: %q", name, d)
			}
			if strings.HasSuffix(name, "ParameterName") {
				if pat, _ := m["AllowedPattern"].(string); !fullMatch(pat, "/namebot/prod/x") || fullMatch(pat, "namebot/prod/x") {
					t.Errorf("parameter %s must be an SSM path starting with / (the policy's ARN is parameter${name}): pattern %q", name, pat)
				}
			}
		}
	})

	t.Run("Timeouts", func(t *testing.T) {
		f := tmpl.Functions["ChatSendFunction"]
		if f == nil {
			t.Fatal("no ChatSendFunction")
		}
		timeout, _ := f.Properties["Timeout"].(int)
		env, _ := f.Properties["Environment"].(map[string]any)
		vars, _ := env["Variables"].(map[string]any)
		mt, err := time.ParseDuration(fmt.Sprint(vars["MODEL_TIMEOUT"]))
		if err != nil || timeout == 0 || mt >= time.Duration(timeout)*time.Second || timeout >= 29 {
			t.Errorf("chatsend: MODEL_TIMEOUT %v < Timeout %d s < API Gateway's 29 s does not hold", vars["MODEL_TIMEOUT"], timeout)
		}
		for id, f := range tmpl.Functions {
			if _, ok := f.Properties["MemorySize"].(int); !ok {
				t.Errorf("%s: no MemorySize of its own", id)
			}
			if n, ok := f.Properties["Timeout"].(int); !ok || n > 29 {
				t.Errorf("%s: Timeout %v, want its own, under API Gateway's 29 s", id, f.Properties["Timeout"])
			}
		}
	})

	t.Run("Alarms", func(t *testing.T) {
		type key struct{ ns, metric, dim, target string }
		have := map[key]map[string]any{}
		for id, r := range tmpl.Resources {
			if r["Type"] != "AWS::CloudWatch::Alarm" {
				continue
			}
			p := props(id)
			acts, _ := p["AlarmActions"].(map[string]any)
			alt, _ := acts["Fn::If"].([]any)
			if len(alt) != 3 || alt[0] != "HasAlarmEmail" || fmt.Sprint(alt[1]) != "[map[Ref:AlarmTopic]]" {
				t.Errorf("alarm %s: AlarmActions = %v, want !If [HasAlarmEmail, [!Ref AlarmTopic], ...]", id, p["AlarmActions"])
			}
			if p["TreatMissingData"] != "notBreaching" {
				t.Errorf("alarm %s: TreatMissingData = %v, want notBreaching (no traffic is not an incident)", id, p["TreatMissingData"])
			}
			metrics := []map[string]any{p}
			for _, m := range list(p["Metrics"]) {
				ms, _ := m.(map[string]any)["MetricStat"].(map[string]any)
				if mm, ok := ms["Metric"].(map[string]any); ok {
					metrics = append(metrics, mm)
				}
			}
			for _, m := range metrics {
				ns, _ := m["Namespace"].(string)
				name, _ := m["MetricName"].(string)
				if ns == "" {
					continue
				}
				for _, d := range list(m["Dimensions"]) {
					dm, _ := d.(map[string]any)
					ref, _ := dm["Value"].(map[string]any)
					target, _ := ref["Ref"].(string)
					if target == "" || tmpl.Resources[target] == nil {
						t.Errorf("alarm %s: dimension %v is not a !Ref to a resource of the template", id, d)
					}
					have[key{ns, name, fmt.Sprint(dm["Name"]), target}] = p
				}
			}
		}
		want := func(k key) map[string]any {
			t.Helper()
			p := have[k]
			if p == nil {
				t.Errorf("no alarm on %s %s by %s=%s", k.ns, k.metric, k.dim, k.target)
			}
			return p
		}
		for id := range tmpl.Functions {
			want(key{"AWS/Lambda", "Errors", "FunctionName", id})
			want(key{"AWS/Lambda", "Throttles", "FunctionName", id})
		}
		if p := want(key{"AWS/ApiGateway", "5xx", "ApiId", "HttpApi"}); p != nil {
			want(key{"AWS/ApiGateway", "Count", "ApiId", "HttpApi"})
			var expr string
			for _, m := range list(p["Metrics"]) {
				if e, ok := m.(map[string]any)["Expression"].(string); ok {
					expr = e
				}
			}
			if !strings.Contains(expr, "/") {
				t.Errorf("the 5xx alarm must be on a rate (5xx / Count), expression %q", expr)
			}
		}
		if p := want(key{"AWS/Lambda", "Duration", "FunctionName", "ChatSendFunction"}); p != nil {
			timeout, _ := tmpl.Functions["ChatSendFunction"].Properties["Timeout"].(int)
			th, _ := p["Threshold"].(int)
			if th <= 20000 || th >= timeout*1000 {
				t.Errorf("chatsend duration alarm at %d ms: want between the model's 20 s and the %d s timeout", th, timeout)
			}
		}
		want(key{metrics.Namespace, metrics.QuotaRefusals, metrics.Dimension, "ChatSendFunction"})
		want(key{metrics.Namespace, metrics.ModelErrors, metrics.Dimension, "ChatSendFunction"})
		topic := tmpl.Resources["AlarmTopic"]
		if topic["Type"] != "AWS::SNS::Topic" || topic["Condition"] != "HasAlarmEmail" {
			t.Errorf("AlarmTopic must be an SNS topic under Condition HasAlarmEmail: %v", topic)
		}
	})

	t.Run("Outputs", func(t *testing.T) {
		outs, _ := doc["Outputs"].(map[string]any)
		for _, k := range []string{"ApiUrl", "ApiDomainName", "ImagesBucketName", "ImagesBucketRegionalDomainName"} {
			if outs[k] == nil {
				t.Errorf("output %s missing", k)
			}
		}
	})
}

// fullMatch reports whether CloudFormation's AllowedPattern pat (matched
// against the whole value) accepts s; an empty pattern accepts anything.
func fullMatch(pat, s string) bool {
	return regexp.MustCompile("^(?:" + pat + ")$").MatchString(s)
}

// rawDoc reads a CloudFormation YAML file into plain values, with the
// short-form intrinsics in their long form, as pkg/local's reader does;
// for the sections the Template type leaves out (Parameters, Conditions,
// Rules, Outputs).
func rawDoc(t *testing.T, path string) map[string]any {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var n yaml.Node
	if err := yaml.Unmarshal(raw, &n); err != nil {
		t.Fatal(err)
	}
	doc, ok := plainYAML(&n).(map[string]any)
	if !ok {
		t.Fatalf("%s is not a mapping", path)
	}
	return doc
}

func plainYAML(n *yaml.Node) any {
	var v any
	switch n.Kind {
	case yaml.DocumentNode:
		return plainYAML(n.Content[0])
	case yaml.AliasNode:
		return plainYAML(n.Alias)
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plainYAML(n.Content[i+1])
		}
		v = m
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			l = append(l, plainYAML(c))
		}
		v = l
	case yaml.ScalarNode:
		if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
			v = n.Value
		} else if err := n.Decode(&v); err != nil {
			v = n.Value
		}
	}
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		name := strings.TrimPrefix(n.Tag, "!")
		if name != "Ref" && name != "Condition" {
			name = "Fn::" + name
		}
		return map[string]any{name: v}
	}
	return v
}

var subVar = regexp.MustCompile(`\$\{([^}!][^}]*)\}`)

// checkRefs checks that every Ref, GetAtt and ${} in a Sub names a
// parameter, a resource or a pseudo parameter, every condition used is
// declared, and every resource's Condition too.
func checkRefs(t *testing.T, doc map[string]any) {
	t.Helper()
	params, _ := doc["Parameters"].(map[string]any)
	conds, _ := doc["Conditions"].(map[string]any)
	res, _ := doc["Resources"].(map[string]any)
	name := func(where, n string, local map[string]bool) {
		n = strings.TrimSpace(n)
		base, _, _ := strings.Cut(n, ".")
		switch {
		case strings.HasPrefix(n, "AWS::"), local[n]:
		case params[n] != nil && !strings.Contains(n, "."):
		case res[base] != nil:
		default:
			t.Errorf("%s: %q is neither a parameter, a resource nor a pseudo parameter", where, n)
		}
	}
	cond := func(where string, c any) {
		if s, _ := c.(string); conds[s] == nil {
			t.Errorf("%s: condition %v is not declared", where, c)
		}
	}
	var walk func(where string, v any, local map[string]bool)
	walk = func(where string, v any, local map[string]bool) {
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				walk(where, e, local)
			}
		case map[string]any:
			for k, e := range x {
				switch k {
				case "Ref":
					name(where, fmt.Sprint(e), local)
					continue
				case "Fn::GetAtt":
					if l, ok := e.([]any); ok && len(l) > 0 {
						name(where, fmt.Sprint(l[0]), local)
					} else {
						name(where, fmt.Sprint(e), local)
					}
					continue
				case "Fn::Sub":
					str, vars := e, map[string]any{}
					if l, ok := e.([]any); ok && len(l) == 2 {
						str = l[0]
						vars, _ = l[1].(map[string]any)
						walk(where, l[1], local)
					}
					inner := map[string]bool{}
					for v := range vars {
						inner[v] = true
					}
					for _, m := range subVar.FindAllStringSubmatch(fmt.Sprint(str), -1) {
						name(where, m[1], inner)
					}
					continue
				case "Fn::If":
					if l, ok := e.([]any); ok && len(l) == 3 {
						cond(where, l[0])
						walk(where, l[1:], local)
					} else {
						t.Errorf("%s: malformed Fn::If %v", where, e)
					}
					continue
				case "Condition":
					if s, ok := e.(string); ok {
						cond(where, s)
						continue
					}
				}
				walk(where, e, local)
			}
		}
	}
	for id, r := range res {
		walk("resource "+id, r, nil)
	}
	for id, c := range conds {
		walk("condition "+id, c, nil)
	}
	outs, _ := doc["Outputs"].(map[string]any)
	for id, o := range outs {
		walk("output "+id, o, nil)
	}
	if g, ok := doc["Globals"]; ok {
		walk("Globals", g, nil)
	}
	rules, _ := doc["Rules"].(map[string]any)
	for id, r := range rules {
		walk("rule "+id, r, nil)
	}
}
