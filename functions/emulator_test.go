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
	"maps"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"namebot/pkg/app"
	"namebot/pkg/auth"
	"namebot/pkg/config"
	"namebot/pkg/dynamo"
	"namebot/pkg/local"
	"namebot/pkg/namebot"
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
	"chat": {
		{event: "create.json", status: 201, capture: map[string]string{"CHAT_ID": "id"}, want: `"PEP 8"`},
		{event: "list.json", status: 200, want: `"items"`},
		{event: "read.json", status: 200, want: `"messages":[]`},
		{event: "read-unauthenticated.json", status: 401, want: `"unauthorized"`},
		{event: "rename.json", status: 200, want: `"Renamed sample"`},
		{event: "delete.json", status: 204},
		{event: "read.json", status: 404, want: `"not_found"`},
	},
	"chatsend": {
		{event: "send.json", status: 201, want: `"bot_message"`},
		{event: "send.json", status: 201, want: `"used":1`}, // the retry spends nothing
		{event: "send-bad-json.json", status: 400, want: `"invalid"`},
	},
	"naming": {
		{event: "check.json", status: 200, want: `"better":["get_user_list"]`},
		{event: "check-en.json", status: 200, want: `"MAX_RETRY"`},
		{event: "check-empty.json", status: 400, want: `"names"`},
	},
	"board": {
		{event: "list.json", status: 200, want: `"items":[]`},
		{event: "create.json", status: 201, capture: map[string]string{"POST_ID": "id"}, want: `"question"`},
		{event: "create-notice.json", status: 403, want: `"forbidden"`},
		{event: "read.json", status: 200, want: `"view_count":1`},
		{event: "presign.json", status: 200, want: `"PUT"`},
		{event: "delete.json", status: 204},
		{event: "read.json", status: 404, want: `"not_found"`},
	},
}

// DirOf maps a template logical id to its directory under functions/.
func DirOf(logicalID string) string {
	return strings.ToLower(strings.TrimSuffix(logicalID, "Function"))
}

// functionsTemplate is the repository's root and its template.
func functionsTemplate(t *testing.T) (string, *local.Template) {
	t.Helper()
	root, err := local.Root()
	if err != nil {
		t.Fatal(err)
	}
	tmpl, err := local.LoadTemplate(filepath.Join(root, "template.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	return root, tmpl
}

// buildBootstrap builds functions/dir as `make build` does (local.
// LambdaBuildFlags) with env added, and returns the binary's path.
func buildBootstrap(t *testing.T, root, dir string, env ...string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "bootstrap")
	build := exec.Command("go", append(append([]string{"build"}, local.LambdaBuildFlags...), "-o", bin, "./functions/"+dir)...)
	build.Dir = root
	build.Env = append(append(os.Environ(), "CGO_ENABLED=0"), env...)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func TestEmulator(t *testing.T) {
	root, tmpl := functionsTemplate(t)
	rie := filepath.Join(root, ".bin", "aws-lambda-rie")
	if _, err := os.Stat(rie); err != nil {
		if rie, err = exec.LookPath("aws-lambda-rie"); err != nil {
			t.Fatal("aws-lambda-rie not found: run `make tools` (go install of the emulator into .bin)")
		}
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
	fakeS3, err := local.StartFakeS3(ctx, "", "namebot-images")
	if err != nil {
		t.Fatal(err)
	}
	defer fakeS3.Close()
	keyFile := filepath.Join(t.TempDir(), "jwt.key")
	vars, err := seed(ctx, ddb, keyFile)
	if err != nil {
		t.Fatal(err)
	}
	for id := range tmpl.Functions {
		dir := DirOf(id)
		t.Run(dir, func(t *testing.T) {
			steps, ok := scenarios[dir]
			if !ok {
				t.Fatalf("no emulator scenario for %s (functions/%s)", id, dir)
			}
			bin := buildBootstrap(t, root, dir)
			runScenario(t, rie, bin, filepath.Join(root, "functions", dir, "events"), steps, vars, []string{
				"DYNAMODB_ENDPOINT=" + dl.Endpoint,
				"S3_ENDPOINT=" + fakeS3.Endpoint,
				"JWT_KEY_FILE=" + keyFile,
				"AWS_REGION=us-east-1",
				"AWS_ACCESS_KEY_ID=local", "AWS_SECRET_ACCESS_KEY=local",
				"AWS_EC2_METADATA_DISABLED=true",
			})
		})
	}
}

var initReport = regexp.MustCompile(`INIT REPORT.*?durationMs: ([0-9.]+)`)

// seed makes what events need that another function would create: an
// access token signed with the functions' key and a room to send to.
func seed(ctx context.Context, ddb *dynamodb.Client, keyFile string) (map[string]string, error) {
	key, err := app.EnsureKeyFile(keyFile)
	if err != nil {
		return nil, err
	}
	tokens, err := auth.NewTokens(key, time.Hour, nil)
	if err != nil {
		return nil, err
	}
	userID := namebot.NewID()
	tok, err := tokens.Issue(userID, "")
	if err != nil {
		return nil, err
	}
	cfg, err := config.FromEnv(func(string) string { return "" })
	if err != nil {
		return nil, err
	}
	db := &dynamo.DB{API: ddb, Tables: dynamo.Tables(cfg.Tables)}
	now := time.Now()
	if err := db.CreateUser(ctx, &namebot.User{ID: userID, Email: "seed@example.com", Nickname: "seed", PasswordHash: "x", CreatedAt: now, UpdatedAt: now}); err != nil {
		return nil, err
	}
	room := &namebot.Chat{ID: namebot.NewID(), UserID: userID, Language: "Python", Convention: "PEP 8", Title: "seed", CreatedAt: now, UpdatedAt: now}
	if err := db.CreateChat(ctx, room); err != nil {
		return nil, err
	}
	return map[string]string{"ACCESS_TOKEN": tok, "SEND_CHAT_ID": room.ID}, nil
}

func runScenario(t *testing.T, rie, bin, eventsDir string, steps []step, seeded map[string]string, env []string) {
	var logs bytes.Buffer
	apiPort := startEmulator(t, rie, bin, env, &logs)
	url := fmt.Sprintf("http://127.0.0.1:%d/2015-03-31/functions/function/invocations", apiPort)
	vars := maps.Clone(seeded)
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

// TestModelOnlyInChatSend holds the model part (pkg/app/model) to the one
// function that asks the model: a function importing pkg/llm links
// its HTTP client and pkg/suggest and runs their package init (the suggester's
// tables and regexps) at every cold start, used or not.
func TestModelOnlyInChatSend(t *testing.T) {
	root, tmpl := functionsTemplate(t)
	for id := range tmpl.Functions {
		dir := DirOf(id)
		t.Run(dir, func(t *testing.T) {
			list := exec.Command("go", "list", "-tags", "lambda.norpc,nethttpomithttp2", "-deps", "./functions/"+dir)
			list.Dir = root
			list.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH=arm64")
			out, err := list.Output()
			if err != nil {
				t.Fatalf("go list: %v", err)
			}
			deps := strings.Fields(string(out))
			if got, want := slices.Contains(deps, "namebot/pkg/llm"), dir == "chatsend"; got != want {
				t.Errorf("%s imports namebot/pkg/llm: %v, want %v", dir, got, want)
			}
		})
	}
}

// MaxBootstrap is the ceiling for a bootstrap (linux/arm64, stripped;
// docs/targets.md): size is cold-start time.
const MaxBootstrap = 8 << 20

// MaxChatSendBootstrap is chatsend's ceiling: docs/targets.md allows it
// 9 MiB for the offline suggester and its embedded data (pkg/suggest/data.bz2:
// the glossary and the phrasebook).
const MaxChatSendBootstrap = 9 << 20

// TestBootstrapSize builds every function as `make build` does for AWS
// and fails when one outgrows MaxBootstrap.
func TestBootstrapSize(t *testing.T) {
	root, tmpl := functionsTemplate(t)
	for id := range tmpl.Functions {
		dir := DirOf(id)
		t.Run(dir, func(t *testing.T) {
			bin := buildBootstrap(t, root, dir, "GOOS=linux", "GOARCH=arm64")
			st, err := os.Stat(bin)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d bytes (%.2f MiB)", dir, st.Size(), float64(st.Size())/(1<<20))
			limit := int64(MaxBootstrap)
			if dir == "chatsend" {
				limit = MaxChatSendBootstrap
			}
			if st.Size() > limit {
				t.Fatalf("%s bootstrap is %d bytes, over %d", dir, st.Size(), limit)
			}
		})
	}
}

// startEmulator starts the emulator on two free ports and returns the one
// invocations go to, once it accepts them. A port local.FreePort found can
// be taken by another test before the emulator binds it (its Runtime API
// then panics: "bind: address already in use", seen once in make test):
// an emulator that exits before it listens is started again on new ports,
// three times at most. It is killed when the test ends, and its log (in
// logs) shown if the test failed.
func startEmulator(t *testing.T, rie, bin string, env []string, logs *bytes.Buffer) int {
attempts:
	for attempt := 1; ; attempt++ {
		apiPort, err := local.FreePort()
		if err != nil {
			t.Fatal(err)
		}
		rtPort, err := local.FreePort()
		if err != nil {
			t.Fatal(err)
		}
		logs.Reset()
		cmd := exec.Command(rie, "--runtime-interface-emulator-address", fmt.Sprintf("127.0.0.1:%d", apiPort),
			"--runtime-api-address", fmt.Sprintf("127.0.0.1:%d", rtPort), bin)
		cmd.Env = append(os.Environ(), env...)
		cmd.Stdout, cmd.Stderr = logs, logs
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan struct{})
		go func() { _ = cmd.Wait(); close(exited) }()
		stop := func() {
			_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
		// Listening, and still running a moment later (the Runtime API
		// binds its port next to the invocation one).
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", apiPort)); err == nil {
				c.Close()
				time.Sleep(100 * time.Millisecond)
			}
			select {
			case <-exited:
				if attempt < 3 {
					t.Logf("emulator exited before it listened (attempt %d), starting it again:\n%s", attempt, logs.String())
					continue attempts
				}
				t.Fatalf("emulator exited before it listened:\n%s", logs.String())
			default:
			}
			if c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", apiPort)); err == nil {
				c.Close()
				t.Cleanup(func() {
					stop()
					if t.Failed() {
						t.Logf("emulator log:\n%s", logs.String())
					}
				})
				return apiPort
			}
		}
		stop()
		t.Fatalf("emulator did not listen on %d within 10 s:\n%s", apiPort, logs.String())
	}
}
