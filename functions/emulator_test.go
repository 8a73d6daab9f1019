// Package functions holds one Lambda main per endpoint group. This test
// builds each bootstrap as `make build` does (for the host architecture),
// boots it under the AWS Lambda Runtime Interface Emulator against dynalite,
// and checks its answers to API Gateway v2 events from events/.
package functions

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/local"
)

// step is one invocation: an event file, the status it must answer, and
// the JSON fields of the answer's body to remember for later events.
type step struct {
	event   string
	status  int
	capture map[string]string // variable -> body field
	want    string            // a substring the body must contain
}

// scenarios per function directory. Every function in template.yaml must
// have one (checked below), so a new function cannot skip this test.
var scenarios = map[string][]step{
	"accounts": {
		{event: "health.json", status: 200, want: `"ok"`},
		{event: "signup.json", status: 201, want: `"sample@example.com"`},
		{event: "signup.json", status: 409, want: `"conflict"`},
		{event: "login.json", status: 200, capture: map[string]string{"ACCESS_TOKEN": "access_token"}},
		{event: "profile.json", status: 200, want: `"remaining":5`},
	},
}

// DirOf maps a template logical id to its directory under functions/.
func DirOf(logicalID string) string {
	return strings.ToLower(strings.TrimSuffix(logicalID, "Function"))
}

func TestEmulator(t *testing.T) {
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	rie := filepath.Join(root, ".bin", "aws-lambda-rie")
	if _, err := os.Stat(rie); err != nil {
		if rie, err = exec.LookPath("aws-lambda-rie"); err != nil {
			t.Fatal("aws-lambda-rie not found: run `make tools` (go install of the emulator into .bin)")
		}
	}
	tmpl, err := local.LoadTemplate(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	dl, err := local.StartDynalite(ctx, root, "")
	if err != nil {
		t.Fatal(err)
	}
	defer dl.Stop()
	ddb := dynamodb.NewFromConfig(local.AWSConfig("us-east-1"), func(o *dynamodb.Options) { o.BaseEndpoint = aws.String(dl.Endpoint) })
	if err := local.CreateTables(ctx, ddb, tmpl); err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(t.TempDir(), "jwt.key")
	for id := range tmpl.Functions {
		dir := DirOf(id)
		t.Run(dir, func(t *testing.T) {
			steps, ok := scenarios[dir]
			if !ok {
				t.Fatalf("no emulator scenario for %s (functions/%s)", id, dir)
			}
			bin := filepath.Join(t.TempDir(), "bootstrap")
			build := exec.Command("go", "build", "-tags", "lambda.norpc", "-ldflags=-s -w", "-trimpath", "-o", bin, "./functions/"+dir)
			build.Dir = root
			build.Env = append(os.Environ(), "CGO_ENABLED=0")
			if out, err := build.CombinedOutput(); err != nil {
				t.Fatalf("build: %v\n%s", err, out)
			}
			runScenario(t, rie, bin, filepath.Join(root, "functions", dir, "events"), steps, []string{
				"DYNAMODB_ENDPOINT=" + dl.Endpoint,
				"JWT_KEY_FILE=" + keyFile,
				"AWS_REGION=us-east-1",
				"AWS_ACCESS_KEY_ID=local", "AWS_SECRET_ACCESS_KEY=local",
				"AWS_EC2_METADATA_DISABLED=true",
			})
		})
	}
}

var initReport = regexp.MustCompile(`INIT REPORT.*?durationMs: ([0-9.]+)`)

func runScenario(t *testing.T, rie, bin, eventsDir string, steps []step, env []string) {
	apiPort, err := local.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	rtPort, err := local.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	cmd := exec.Command(rie, "--runtime-interface-emulator-address", fmt.Sprintf("127.0.0.1:%d", apiPort),
		"--runtime-api-address", fmt.Sprintf("127.0.0.1:%d", rtPort), bin)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("emulator log:\n%s", logs.String())
		}
	}()
	url := fmt.Sprintf("http://127.0.0.1:%d/2015-03-31/functions/function/invocations", apiPort)
	vars := map[string]string{}
	client := &http.Client{Timeout: 30 * time.Second}
	for i, s := range steps {
		raw, err := os.ReadFile(filepath.Join(eventsDir, s.event))
		if err != nil {
			t.Fatal(err)
		}
		ev := os.Expand(string(raw), func(k string) string { return vars[k] })
		if !json.Valid([]byte(ev)) {
			t.Fatalf("%s is not JSON after substitution", s.event)
		}
		var resp *http.Response
		// The emulator needs a moment to listen; invocations go one at a
		// time (two at once crash it).
		for deadline := time.Now().Add(10 * time.Second); ; {
			resp, err = client.Post(url, "application/json", strings.NewReader(ev))
			if err == nil || time.Now().After(deadline) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if err != nil {
			t.Fatalf("step %d %s: %v", i, s.event, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var out struct {
			StatusCode int               `json:"statusCode"`
			Headers    map[string]string `json:"headers"`
			Body       string            `json:"body"`
		}
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("step %d %s: not an API Gateway response: %s", i, s.event, body)
		}
		if out.StatusCode != s.status {
			t.Fatalf("step %d %s: statusCode = %d, want %d; body %s", i, s.event, out.StatusCode, s.status, out.Body)
		}
		if s.want != "" && !strings.Contains(out.Body, s.want) {
			t.Fatalf("step %d %s: body lacks %s: %s", i, s.event, s.want, out.Body)
		}
		if out.Headers["Content-Type"] != "application/json; charset=utf-8" && out.StatusCode != 204 {
			t.Fatalf("step %d %s: content type %q", i, s.event, out.Headers["Content-Type"])
		}
		var fields map[string]any
		_ = json.Unmarshal([]byte(out.Body), &fields)
		for v, f := range s.capture {
			val, _ := fields[f].(string)
			if val == "" {
				t.Fatalf("step %d %s: no %s in %s", i, s.event, f, out.Body)
			}
			vars[v] = val
		}
	}
	if m := initReport.FindStringSubmatch(logs.String()); m != nil {
		t.Logf("init duration: %s ms", m[1])
	}
}
