package local_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"namebot/pkg/app"
	"namebot/pkg/app/model"
	"namebot/pkg/config"
	"namebot/pkg/local"
)

var testEnv = local.AWSEnv{Partition: "aws", Region: "us-east-1", Account: "123456789012"}

func loadTemplate(t *testing.T) *local.Template {
	t.Helper()
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := local.LoadTemplate(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

// parseTemplate loads a template from text (cases of the policy evaluator).
func parseTemplate(t *testing.T, text string) *local.Template {
	t.Helper()
	p := filepath.Join(t.TempDir(), "template.yaml")
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	tmpl, err := local.LoadTemplate(p)
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}

// TestFunctionPolicy checks the evaluator on the forms a template may use:
// inline statements with !GetAtt, !Sub index ARNs and !If on conditions,
// and SAM policy templates expanded to their documented statements.
func TestFunctionPolicy(t *testing.T) {
	tmpl := parseTemplate(t, `
Parameters:
  SecretName: {Type: String, Default: ""}
Conditions:
  HasSecret: !Not [!Equals [!Ref SecretName, ""]]
Resources:
  Things:
    Type: AWS::DynamoDB::Table
  Others:
    Type: AWS::DynamoDB::Table
  Bucket:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Action: [dynamodb:GetItem, dynamodb:Query]
              Resource: [!GetAtt Things.Arn, !Sub "${Things.Arn}/index/*"]
            - !If
              - HasSecret
              - Effect: Allow
                Action: ssm:GetParameter
                Resource: !Sub "arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${SecretName}"
              - !Ref AWS::NoValue
            - Effect: Deny
              Action: dynamodb:Query
              Resource: !Sub "${Things.Arn}/index/secret"
        - DynamoDBReadPolicy:
            TableName: !Ref Others
        - S3CrudPolicy:
            BucketName: !Ref Bucket
        - SSMParameterReadPolicy:
            ParameterName: app/key
`)
	env := testEnv
	env.Names = map[string]string{"Bucket": "my-bucket"}
	table := env.TableARN("Things")
	cases := []struct {
		params           map[string]string
		action, resource string
		want             bool
	}{
		{nil, "dynamodb:GetItem", table, true},
		{nil, "DynamoDB:getitem", table, true}, // actions are case-insensitive
		{nil, "dynamodb:PutItem", table, false},
		{nil, "dynamodb:Query", table + "/index/by_x", true},
		{nil, "dynamodb:Query", table + "/index/secret", false}, // Deny wins
		{nil, "dynamodb:GetItem", env.TableARN("Thing"), false},
		{nil, "ssm:GetParameter", env.ParameterARN("/s/secret"), false},
		{map[string]string{"SecretName": "/s/secret"}, "ssm:GetParameter", env.ParameterARN("/s/secret"), true},
		// DynamoDBReadPolicy: reads on the table and every index, no writes.
		{nil, "dynamodb:Query", env.TableARN("Others") + "/index/any", true},
		{nil, "dynamodb:BatchGetItem", env.TableARN("Others"), true},
		{nil, "dynamodb:UpdateItem", env.TableARN("Others"), false},
		// S3CrudPolicy: objects and the bucket.
		{nil, "s3:PutObject", env.ObjectARN("my-bucket", "a/b.png"), true},
		{nil, "s3:ListBucket", env.BucketARN("my-bucket"), true},
		{nil, "s3:PutObject", env.ObjectARN("other-bucket", "a/b.png"), false},
		// SSMParameterReadPolicy: the name without its leading slash.
		{nil, "ssm:GetParameter", env.ParameterARN("/app/key"), true},
	}
	for _, c := range cases {
		e := env
		e.Params = c.params
		p, err := tmpl.FunctionPolicy("Fn", e)
		if err != nil {
			t.Fatal(err)
		}
		if got := p.Allows(c.action, c.resource); got != c.want {
			t.Errorf("params %v: Allows(%s, %s) = %v, want %v", c.params, c.action, c.resource, got, c.want)
		}
	}
}

// edit returns template.yaml with old replaced by new (exactly once).
func edit(t *testing.T, old, new string) *local.Template {
	t.Helper()
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(raw), old); n != 1 {
		t.Fatalf("template.yaml has %d copies of %q, want 1", n, old)
	}
	return parseTemplate(t, strings.Replace(string(raw), old, new, 1))
}

// TestCheckCallsBites shows the IAM check failing when a permission the
// functions use is taken out of template.yaml: calls the API tests record
// (pkg/apitest) pass against the real template and are denied by a copy
// with the permission removed.
func TestCheckCallsBites(t *testing.T) {
	env := testEnv
	env.Names = map[string]string{"ImagesBucket": "images-bucket"}
	env.Params = map[string]string{"KakaoClientSecretParameterName": secretParams["KakaoClientSecretParameterName"]}
	cases := []struct {
		name     string
		call     local.AWSCall
		old, new string
	}{
		{"IndexARN",
			local.AWSCall{Function: "ChatFunction", Action: "dynamodb:Query", Resource: env.TableARN("ChatsTable") + "/index/by_activity"},
			`Resource: [!GetAtt ChatsTable.Arn, !Sub "${ChatsTable.Arn}/index/by_activity"]`, `Resource: !GetAtt ChatsTable.Arn`},
		{"Action",
			local.AWSCall{Function: "ChatSendFunction", Action: "dynamodb:UpdateItem", Resource: env.TableARN("ChatsTable")},
			"Action: [dynamodb:GetItem, dynamodb:BatchGetItem, dynamodb:UpdateItem]\n              Resource: !GetAtt ChatsTable.Arn",
			"Action: [dynamodb:GetItem, dynamodb:BatchGetItem]\n              Resource: !GetAtt ChatsTable.Arn"},
		{"ObjectPrefix",
			local.AWSCall{Function: "AccountsFunction", Action: "s3:DeleteObject", Resource: env.ObjectARN("images-bucket", "images/u1/p1.png")},
			"Action: [s3:DeleteObject]\n              Resource: !Sub \"${ImagesBucket.Arn}/images/*\"\n            - Sid: HealthBucket",
			"Action: [s3:DeleteObject]\n              Resource: !Sub \"${ImagesBucket.Arn}/uploads/*\"\n            - Sid: HealthBucket"},
		{"ConditionalSecret",
			local.AWSCall{Function: "AccountsFunction", Action: "ssm:GetParameter", Resource: env.ParameterARN(secretParams["KakaoClientSecretParameterName"])},
			"                  - HasKakaoSecret\n                  - !Sub", "                  - HasGitHubSecret\n                  - !Sub"},
	}
	real := loadTemplate(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			denied, err := real.CheckCalls([]local.AWSCall{c.call}, env)
			if err != nil {
				t.Fatal(err)
			}
			if len(denied) != 0 {
				t.Fatalf("template.yaml denies %v: %v", c.call, denied)
			}
			denied, err = edit(t, c.old, c.new).CheckCalls([]local.AWSCall{c.call}, env)
			if err != nil {
				t.Fatal(err)
			}
			if len(denied) != 1 {
				t.Fatalf("with %q instead of %q: %v allowed", c.new, c.old, c.call)
			}
		})
	}
}

// secretParams deploy the template with every secret in SSM and both
// sign-in providers configured.
var secretParams = map[string]string{
	"JwtKeyParameterName":             "/namebot/test/jwt-signing-key",
	"OpenAIKeyParameterName":          "/namebot/test/openai-api-key",
	"GitHubClientId":                  "github-client",
	"GitHubClientSecretParameterName": "/namebot/test/github-client-secret",
	"KakaoClientId":                   "kakao-client",
	"KakaoClientSecretParameterName":  "/namebot/test/kakao-client-secret",
}

// parts maps the names functions/*/main.go passes to app.Load to the parts.
var parts = map[string]app.Part{"app.WithImages": app.WithImages, "model.With": model.With, "app.WithOAuth": app.WithOAuth}

// TestColdStartPolicies starts each function as Lambda would (the
// environment template.yaml gives it, the parts its main.go asks for, with
// every secret in SSM) against a fake SSM, and holds the GetParameter
// calls of its cold start against its policy. No handler runs: the API
// tests check the calls requests make (pkg/apitest/iam_test.go).
func TestColdStartPolicies(t *testing.T) {
	tmpl := loadTemplate(t)
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	env := testEnv
	env.Params = secretParams
	uses := regexp.MustCompile(`\b((?:app|model)\.With[A-Za-z]*)`)
	ids := make([]string, 0, len(tmpl.Functions))
	for id := range tmpl.Functions {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			main, err := os.ReadFile(filepath.Join(root, "functions", strings.ToLower(strings.TrimSuffix(id, "Function")), "main.go"))
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(main), "app.Load(") {
				// A function that builds no deps (the name review: no
				// store, key or model) makes no call at cold start, and
				// TestTemplate holds it to having no policy at all.
				return
			}
			var fnParts []app.Part
			for _, m := range uses.FindAllStringSubmatch(string(main), -1) {
				p, ok := parts[m[1]]
				if !ok {
					t.Fatalf("main.go uses %s: add it to this test's parts", m[1])
				}
				fnParts = append(fnParts, p)
			}
			rec := local.NewCallRecorder(env)
			ssm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				var in struct{ Name string }
				if err := json.NewDecoder(r.Body).Decode(&in); err != nil || r.Header.Get("X-Amz-Target") != "AmazonSSM.GetParameter" {
					http.Error(w, "not a GetParameter", http.StatusBadRequest)
					return
				}
				rec.Record(local.AWSCall{Function: id, Action: "ssm:GetParameter", Resource: env.ParameterARN(in.Name)})
				fmt.Fprintf(w, `{"Parameter":{"Value":%q}}`, strings.Repeat("k", 48))
			}))
			defer ssm.Close()
			vars, err := tmpl.FunctionEnv(id, env)
			if err != nil {
				t.Fatal(err)
			}
			vars["SSM_ENDPOINT"] = ssm.URL
			vars["AWS_REGION"] = env.Region
			cfg, err := config.FromEnv(func(k string) string { return vars[k] })
			if err != nil {
				t.Fatal(err)
			}
			if _, err := app.NewDeps(context.Background(), cfg, local.AWSConfig(env.Region), app.Options{Parts: fnParts}); err != nil {
				t.Fatalf("cold start: %v", err)
			}
			calls := rec.Calls()
			if len(calls) == 0 {
				t.Fatal("no SSM call at cold start (the signing key is always read)")
			}
			denied, err := tmpl.CheckCalls(calls, env)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range denied {
				t.Errorf("template.yaml: %s", d.Reason)
			}
			t.Logf("%d SSM reads allowed: %v", len(calls), calls)
		})
	}
}
