package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"

	"namebot/pkg/local"
)

// coldEvent is the cheap event a function answers at each cold start:
// nothing a model or much data is needed for.
type coldEvent struct {
	file   string // under functions/
	status int    // the statusCode it must answer
}

var coldEvents = map[string]coldEvent{
	"accounts": {"accounts/events/health.json", 200},        // pings DynamoDB and S3
	"chat":     {"chat/events/list.json", 200},              // one Query
	"chatsend": {"chatsend/events/send-bad-json.json", 400}, // refused before any call or model
	"board":    {"board/events/list.json", 200},             // one Query
	"naming":   {"naming/events/check.json", 200},           // reviews three names, no I/O
}

// helloEvent is what the hello-world baseline is invoked with.
var helloEvent = coldEvent{"accounts/events/health.json", 200}

const hello = "hello (baseline)"

// LambdaResult is one bootstrap: its sizes and its cold starts.
type LambdaResult struct {
	Name string `json:"name"`
	// SizeArm64 is the bootstrap as built for AWS (linux/arm64);
	// SizeHost the host-architecture build that the emulator runs.
	SizeArm64 int64  `json:"bootstrap_bytes_linux_arm64"`
	SizeHost  int64  `json:"bootstrap_bytes_host"`
	Event     string `json:"cold_start_event"`
	// ColdMs: emulator process start to the first answered invocation,
	// one per start; InitMs: the emulator's INIT REPORT durationMs.
	ColdMs       []float64 `json:"cold_start_ms"`
	InitMs       []float64 `json:"init_report_ms"`
	ColdMedianMs float64   `json:"cold_start_median_ms"`
	ColdMinMs    float64   `json:"cold_start_min_ms"`
	ColdMaxMs    float64   `json:"cold_start_max_ms"`
	InitMedianMs float64   `json:"init_report_median_ms"`
	// RatioToHello is ColdMedianMs over the hello-world baseline's.
	RatioToHello     float64 `json:"cold_start_ratio_to_hello"`
	InitRatioToHello float64 `json:"init_ratio_to_hello"`

	pkg, arm64Bin, hostBin string
	event                  []byte
	status                 int
}

// goBuild builds pkg as `make build` builds a bootstrap.
func goBuild(ctx context.Context, root, out, pkg, goarch string) error {
	cmd := exec.CommandContext(ctx, "go", append(append([]string{"build"}, local.LambdaBuildFlags...), "-o", out, pkg)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS=linux", "GOARCH="+goarch)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build %s (%s): %v\n%s", pkg, goarch, err, b)
	}
	return nil
}

// buildLambdas builds every function of the template and the hello-world
// baseline twice: for AWS (linux/arm64, sizes) and for this machine (the
// emulator runs it). Builds run two at a time.
func buildLambdas(ctx context.Context, root, dir string, fns []string) ([]*LambdaResult, error) {
	var ls []*LambdaResult
	for _, fn := range append(fns, hello) {
		l := &LambdaResult{Name: fn, pkg: "./functions/" + fn}
		ev, ok := coldEvents[fn]
		if fn == hello {
			l.pkg, ev, ok = "./infra/bench/hello", helloEvent, true
		}
		if !ok {
			return nil, fmt.Errorf("no cold-start event for function %s: add it to coldEvents in infra/bench/lambda.go", fn)
		}
		l.Event, l.status = "functions/"+ev.file, ev.status
		var err error
		if l.event, err = os.ReadFile(filepath.Join(root, "functions", ev.file)); err != nil {
			return nil, err
		}
		key := strings.Fields(fn)[0]
		l.arm64Bin = filepath.Join(dir, "arm64", key, "bootstrap")
		l.hostBin = filepath.Join(dir, "host", key, "bootstrap")
		ls = append(ls, l)
	}
	type job struct{ out, pkg, arch string }
	var jobs []job
	for _, l := range ls {
		jobs = append(jobs, job{l.arm64Bin, l.pkg, "arm64"}, job{l.hostBin, l.pkg, runtime.GOARCH})
	}
	sem := make(chan struct{}, 2)
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = goBuild(ctx, root, j.out, j.pkg, j.arch)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for _, l := range ls {
		for _, b := range []struct {
			path string
			size *int64
		}{{l.arm64Bin, &l.SizeArm64}, {l.hostBin, &l.SizeHost}} {
			st, err := os.Stat(b.path)
			if err != nil {
				return nil, err
			}
			*b.size = st.Size()
		}
	}
	return ls, nil
}

// lockedBuffer collects a process's output while it runs.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

var initReport = regexp.MustCompile(`INIT REPORT\(durationMs: ([0-9.]+)\)`)

// coldStart measures one cold start (startOnce). A port local.FreePort found
// can be taken by another process before the emulator binds it ("bind:
// address already in use"); such a start is tried again on new ports, three
// times at most, as the emulator tests do.
func coldStart(ctx context.Context, rie, bin string, ev []byte, want int, env []string) (time.Duration, float64, error) {
	for attempt := 1; ; attempt++ {
		took, initMs, err := startOnce(ctx, rie, bin, ev, want, env)
		if err == nil || attempt == 3 || !strings.Contains(err.Error(), "address already in use") {
			return took, initMs, err
		}
	}
}

// startOnce starts the emulator with bin, sends ev as soon as the emulator
// takes connections, and returns the time from process start to the
// answer, and the init duration the emulator reports.
func startOnce(ctx context.Context, rie, bin string, ev []byte, want int, env []string) (time.Duration, float64, error) {
	apiPort, err := local.FreePort()
	if err != nil {
		return 0, 0, err
	}
	rtPort, err := local.FreePort()
	if err != nil {
		return 0, 0, err
	}
	var logs lockedBuffer
	cmd := exec.Command(rie, "--runtime-interface-emulator-address", fmt.Sprintf("127.0.0.1:%d", apiPort),
		"--runtime-api-address", fmt.Sprintf("127.0.0.1:%d", rtPort), bin)
	cmd.Dir = filepath.Dir(bin)
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = &logs, &logs
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	cmd.WaitDelay = 2 * time.Second
	url := fmt.Sprintf("http://127.0.0.1:%d/2015-03-31/functions/function/invocations", apiPort)
	hc := &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}, Timeout: 10 * time.Second}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, fmt.Errorf("start emulator: %w", err)
	}
	defer func() {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		_ = cmd.Wait()
	}()
	fail := func(format string, args ...any) (time.Duration, float64, error) {
		return 0, 0, fmt.Errorf("%s: %s\nemulator log:\n%s", filepath.Base(filepath.Dir(bin)), fmt.Sprintf(format, args...), clip([]byte(logs.String()), 3000))
	}
	var body []byte
	for deadline := start.Add(10 * time.Second); ; {
		req, err := http.NewRequestWithContext(ctx, "POST", url, bytes.NewReader(ev))
		if err != nil {
			return 0, 0, err
		}
		resp, err := hc.Do(req)
		if err == nil {
			body, err = io.ReadAll(resp.Body)
			resp.Body.Close()
			if err == nil {
				break
			}
		}
		if ctx.Err() != nil {
			return 0, 0, ctx.Err()
		}
		if time.Now().After(deadline) {
			return fail("no answer within 10s: %v", err)
		}
		// Not listening yet: try again at once (1 ms is the resolution).
		time.Sleep(time.Millisecond)
	}
	took := time.Since(start)
	var out struct {
		StatusCode int `json:"statusCode"`
	}
	if err := json.Unmarshal(body, &out); err != nil || out.StatusCode != want {
		return fail("answer %s, want statusCode %d", clip(body, 300), want)
	}
	// INIT REPORT is logged before the invocation runs; allow a moment
	// for the log to be copied.
	for end := time.Now().Add(500 * time.Millisecond); ; time.Sleep(5 * time.Millisecond) {
		if m := initReport.FindStringSubmatch(logs.String()); m != nil {
			var v float64
			if _, err := fmt.Sscan(m[1], &v); err != nil {
				return fail("INIT REPORT %q: %v", m[1], err)
			}
			return took, v, nil
		}
		if time.Now().After(end) {
			return fail("no INIT REPORT in the emulator log")
		}
	}
}

// coldStarts starts every bootstrap rounds times under the emulator, one
// invocation at a time (concurrent invocations crash it). The bootstraps
// take turns so that a noisy moment spreads over all of them; a first
// round, not counted, loads every binary into the page cache.
func coldStarts(ctx context.Context, rie string, ls []*LambdaResult, env []string, rounds int) error {
	for round := -1; round < rounds; round++ {
		for _, l := range ls {
			took, initMs, err := coldStart(ctx, rie, l.hostBin, l.event, l.status, env)
			if err != nil {
				return fmt.Errorf("cold start of %s: %w", l.Name, err)
			}
			if round >= 0 {
				l.ColdMs = append(l.ColdMs, ms(took))
				l.InitMs = append(l.InitMs, initMs)
			}
		}
	}
	var base *LambdaResult
	for _, l := range ls {
		l.ColdMedianMs = medianF(l.ColdMs)
		l.ColdMinMs, l.ColdMaxMs = minMaxF(l.ColdMs)
		l.InitMedianMs = medianF(l.InitMs)
		if l.Name == hello {
			base = l
		}
	}
	for _, l := range ls {
		if base != nil && base.ColdMedianMs > 0 {
			l.RatioToHello = l.ColdMedianMs / base.ColdMedianMs
		}
		if base != nil && base.InitMedianMs > 0 {
			l.InitRatioToHello = l.InitMedianMs / base.InitMedianMs
		}
	}
	return nil
}
