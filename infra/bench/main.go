// Command bench is `make bench`: it builds what it measures, measures it on
// this machine, prints one table of the figures beside their targets
// (docs/targets.md)
// and writes the same figures as JSON to bench-results/. See README.md.
//
// Everything runs on loopback, is bounded in time, and whatever it starts
// (emulators, servers, dynalite, temp dirs) is stopped and removed when it
// ends, fails or is interrupted.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"namebot/pkg/app"
	"namebot/pkg/config"
	"namebot/pkg/dynamo/dynamotest"
	"namebot/pkg/llm/llmtest"
	"namebot/pkg/local"
)

// Results are the figures of one run, as written to the JSON file.
type Results struct {
	Time     string `json:"time"`
	Commit   string `json:"commit,omitempty"`
	Go       string `json:"go"`
	Platform string `json:"platform"`
	CPUs     int    `json:"cpus"`
	// LoadStart and LoadEnd are the 1-minute load average when the bench
	// started and ended: above the CPU count, other work competed.
	LoadStart float64 `json:"load_average_start"`
	LoadEnd   float64 `json:"load_average_end"`
	// The route phases' bounds.
	OneSeconds      float64          `json:"one_client_seconds"`
	ManySeconds     float64          `json:"concurrent_seconds"`
	Clients         int              `json:"concurrent_clients"`
	DurationSeconds float64          `json:"duration_seconds"`
	Lambdas         []*LambdaResult  `json:"lambdas"`
	Routes          []RouteResult    `json:"routes"`
	Process         ProcessResult    `json:"process"`
	Dynalite        DynaliteBaseline `json:"dynalite"`
	App             AppSize          `json:"app"`
	// Checks are the rows of the printed table: each figure with its
	// target (docs/targets.md) and whether it is met.
	Checks []Check `json:"checks"`
}

var (
	flagStarts  = flag.Int("starts", 7, "cold starts per bootstrap (at least 5)")
	flagProc    = flag.Int("process-starts", 5, "starts of the API process per mode")
	flagOne     = flag.Duration("one", 1500*time.Millisecond, "per route: the one-client phase (at most 3000 requests)")
	flagMany    = flag.Duration("many", 2*time.Second, "per route: the concurrent phase")
	flagClients = flag.Int("clients", 8, "concurrent clients")
	flagOut     = flag.String("out", "bench-results", "folder of the JSON results (relative to the project root)")
	flagProfile = flag.String("cpuprofile", "", "write a CPU profile of the bench process (clients and in-process server) during the route measurements to this file")
	flagOnly    = flag.String("only", "", "routes: measure only the routes against the in-process stack (no bootstraps, cold starts, API process or app)")
	flagTimeout = flag.Duration("timeout", 6*time.Minute, "stop (and clean up) after this long whatever happens")
)

func main() {
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
	ctx, cancel := context.WithTimeout(ctx, *flagTimeout)
	code := 0
	if err := run(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		code = 1
	}
	cancel()
	stop()
	os.Exit(code)
}

func progress(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// errRouteErrors is returned after the report when a request got a status
// other than the one it should have.
var errRouteErrors = fmt.Errorf("some requests failed (see the errors rows); their first answers are above")

func run(ctx context.Context) (err error) {
	started := time.Now()
	if *flagStarts < 5 {
		return fmt.Errorf("-starts %d: at least 5", *flagStarts)
	}
	root, err := local.Root()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "namebot-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	res := &Results{Time: started.UTC().Format(time.RFC3339), Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH,
		CPUs: runtime.NumCPU(), LoadStart: loadAverage(), OneSeconds: flagOne.Seconds(), ManySeconds: flagMany.Seconds(), Clients: *flagClients}
	if res.LoadStart > float64(res.CPUs) {
		progress("load average %.2f on %d CPUs: other work is running, the figures will be noisy", res.LoadStart, res.CPUs)
	}
	if out, err := exec.Command("git", "-C", root, "rev-parse", "--short=12", "HEAD").Output(); err == nil {
		res.Commit = strings.TrimSpace(string(out))
	}
	rie := filepath.Join(root, ".bin", "aws-lambda-rie")
	if _, err := os.Stat(rie); err != nil {
		return fmt.Errorf("%s not found: run `make tools`", rie)
	}

	// Build: every bootstrap for AWS and for this machine, the baseline,
	// and the local API server.
	tmpl, err := local.LoadTemplate(filepath.Join(root, "template.yaml"))
	if err != nil {
		return err
	}
	var fns []string
	for id := range tmpl.Functions {
		fns = append(fns, strings.ToLower(strings.TrimSuffix(id, "Function")))
	}
	sort.Strings(fns)
	routesOnly := *flagOnly == "routes"
	if *flagOnly != "" && !routesOnly {
		return fmt.Errorf("-only %q: the only part that runs alone is routes", *flagOnly)
	}
	if !routesOnly {
		progress("building %d bootstraps and the baseline for linux/arm64 and %s", len(fns), runtime.GOARCH)
		if res.Lambdas, err = buildLambdas(ctx, root, tmp, fns); err != nil {
			return err
		}
	}
	serverBin := filepath.Join(tmp, "namebot-local")
	build := exec.CommandContext(ctx, "go", "build", "-o", serverBin, "./infra/local")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build ./infra/local: %v\n%s", err, out)
	}

	// The local stack in this process: dynalite on disk in a temp dir,
	// the fake model answering at once, calls to DynamoDB counted.
	fake := llmtest.New()
	defer fake.Close()
	appEnv := map[string]string{
		"AWS_REGION": "us-east-1", "OPENAI_API_KEY": "bench-key", "OPENAI_BASE_URL": fake.URL + "/v1",
		"OPENAI_MODEL": "fake-model", "DAILY_LIMIT": "1000", "SIGNUP_LIMIT": "0", "LOG_LEVEL": "info",
	}
	cfg, err := config.FromEnv(func(k string) string { return appEnv[k] })
	if err != nil {
		return err
	}
	stackLog, err := os.Create(filepath.Join(tmp, "stack.log"))
	if err != nil {
		return err
	}
	defer stackLog.Close()
	// Only the table goes to stdout: whatever the stack's code writes
	// there (metrics lines, say) goes to its log instead.
	stdout, restore, err := keepStdout(stackLog)
	if err != nil {
		return err
	}
	defer restore()
	counter := &dynamotest.Counting{}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	base := "http://" + l.Addr().String()
	progress("starting the local stack (dynalite on disk)")
	dataDir := filepath.Join(tmp, "stack")
	st, err := local.Start(ctx, local.Options{
		Root: root, DataDir: dataDir, Config: cfg, PublicURL: base,
		// The same JSON request log as `make run`, into a file.
		Log: app.NewLogger(stackLog, cfg.LogLevel),
		App: app.Options{WrapDynamo: counter.Wrap},
	})
	if err != nil {
		l.Close()
		return err
	}
	defer st.Close()
	serveCtx, stopServe := context.WithCancel(ctx)
	served := make(chan error, 1)
	go func() { served <- st.Serve(serveCtx, l) }()
	defer func() { stopServe(); <-served }()
	c := newClient(base)
	defer c.close()
	runID := strconv.FormatInt(started.UnixNano()%1e9, 36)
	fx, err := seed(ctx, c, "b"+runID)
	if err != nil {
		return err
	}

	// 1. Cold starts under the emulator, against the stack's dynalite
	// and S3, with the stack's signing key (so the seeded token works).
	progress("cold starts: %d bootstraps × %d (+1 not counted)", len(res.Lambdas), *flagStarts)
	sub := strings.NewReplacer("${ACCESS_TOKEN}", fx.reader.token, "${SEND_CHAT_ID}", fx.room)
	for _, l := range res.Lambdas {
		l.event = []byte(sub.Replace(string(l.event)))
	}
	lambdaEnv := append(baseEnv(),
		"DYNAMODB_ENDPOINT="+st.Dynalite.Endpoint, "S3_ENDPOINT="+st.S3.Endpoint,
		"JWT_KEY_FILE="+filepath.Join(dataDir, "jwt.key"), "AWS_REGION=us-east-1",
		"AWS_ACCESS_KEY_ID=local", "AWS_SECRET_ACCESS_KEY=local", "AWS_EC2_METADATA_DISABLED=true")
	if !routesOnly {
		if err := coldStarts(ctx, rie, res.Lambdas, lambdaEnv, *flagStarts); err != nil {
			return err
		}
	}

	// 2, 3. Routes against the stack, calls counted.
	lim := limits{warm: 300 * time.Millisecond, warmMax: 200, one: *flagOne, oneMax: 3000, many: *flagMany, clients: *flagClients}
	if *flagProfile != "" {
		f, err := os.Create(*flagProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	dynalitePid := findDynalite(st.Dynalite.Endpoint)
	progress("dynalite alone")
	if res.Dynalite, err = probeDynalite(ctx, counter.Wrapped, cfg.Tables.Counters, *flagClients, time.Second, watch{dynalite: dynalitePid}); err != nil {
		return err
	}
	if res.Routes, err = benchRoutes(ctx, c, fx, lim, counter, watch{dynalite: dynalitePid}, func(name string) { progress("route %s", name) }); err != nil {
		return err
	}

	if *flagProfile != "" {
		pprof.StopCPUProfile()
	}

	if routesOnly {
		return finish(stdout, root, res, started)
	}

	// 4. The API process as `make run` runs it.
	procEnv := baseEnv()
	for k, v := range appEnv {
		procEnv = append(procEnv, k+"="+v)
	}
	procLog := filepath.Join(tmp, "namebot-local.log")
	// DATA_DIR made beforehand: with DYNAMODB_ENDPOINT set, infra/local
	// does not create it (its S3 file then fails to open).
	for _, d := range []string{"proc-ext", "proc-own"} {
		if err := os.MkdirAll(filepath.Join(tmp, d), 0o700); err != nil {
			return err
		}
	}
	extEnv := append(append([]string(nil), procEnv...), "DATA_DIR="+filepath.Join(tmp, "proc-ext"), "DYNAMODB_ENDPOINT="+st.Dynalite.Endpoint)
	ownEnv := append(append([]string(nil), procEnv...), "DATA_DIR="+filepath.Join(tmp, "proc-own"))
	progress("API process: %d starts with dynalite running, %d starting its own", *flagProc, *flagProc)
	p := &res.Process
	if p.FirstAnswerMs, p.UpMs, err = measureStarts(ctx, *flagProc, serverBin, root, procLog, extEnv); err != nil {
		return err
	}
	if p.OwnDynaliteMs, _, err = measureStarts(ctx, *flagProc, serverBin, root, procLog, ownEnv); err != nil {
		return err
	}
	p.FirstAnswerMedianMs, p.OwnDynaliteMedianMs, p.UpMedianMs = medianF(p.FirstAnswerMs), medianF(p.OwnDynaliteMs), medianF(p.UpMs)
	srv, _, err := startServer(ctx, serverBin, root, procLog, extEnv)
	if err != nil {
		return err
	}
	defer srv.stop()
	pc := newClient(srv.base)
	defer pc.close()
	pfx, err := seed(ctx, pc, "p"+runID)
	if err != nil {
		return err
	}
	short := limits{warm: 200 * time.Millisecond, warmMax: 100, one: 500 * time.Millisecond, oneMax: 1000, many: time.Second, clients: *flagClients}
	if p.Load, err = benchRoutes(ctx, pc, pfx, short, nil, watch{dynalite: dynalitePid, server: srv.cmd.Process.Pid}, func(name string) { progress("API process: route %s", name) }); err != nil {
		return err
	}
	if p.RSSBytes, p.PeakBytes, err = memory(srv.cmd.Process.Pid); err != nil {
		return err
	}
	srv.stop()

	// 5. The browser app.
	if res.App, err = appSize(filepath.Join(root, "frontend", "dist")); err != nil {
		return err
	}

	return finish(stdout, root, res, started)
}

// finish prints the table, writes the JSON and reports request errors.
func finish(stdout io.Writer, root string, res *Results, started time.Time) error {
	res.DurationSeconds = time.Since(started).Seconds()
	res.LoadEnd = loadAverage()
	res.Checks = checks(res)
	printTable(stdout, res)
	path, err := writeJSON(root, res)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "figures written to %s\n", path)
	if failed := firstErrors(res); len(failed) > 0 {
		for _, f := range failed {
			fmt.Fprintln(os.Stderr, "bench:", f)
		}
		return errRouteErrors
	}
	return nil
}

// baseEnv is what child processes get from ours: no credentials, keys or
// endpoints of the caller's shell, only what finds programs and homes.
func baseEnv() []string {
	var env []string
	for _, k := range []string{"PATH", "HOME", "TMPDIR", "LANG"} {
		if v, ok := os.LookupEnv(k); ok {
			env = append(env, k+"="+v)
		}
	}
	return env
}

func writeJSON(root string, res *Results) (string, error) {
	dir := *flagOut
	if !filepath.IsAbs(dir) {
		dir = filepath.Join(root, dir)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	t, _ := time.Parse(time.RFC3339, res.Time)
	path := filepath.Join(dir, "bench-"+t.Format("20060102-150405")+".json")
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return "", err
	}
	return path, os.WriteFile(path, append(b, '\n'), 0o644)
}

// firstErrors describes each phase that had failed requests.
func firstErrors(res *Results) []string {
	var out []string
	add := func(where string, rs []RouteResult) {
		for _, r := range rs {
			for _, ph := range []struct {
				name string
				p    Phase
			}{{"warm-up", r.Warm}, {"1 client", r.One}, {"concurrent", r.Many}} {
				if ph.p.Errors > 0 {
					out = append(out, fmt.Sprintf("%s %s, %s: %d errors, first: %s", where, r.Name, ph.name, ph.p.Errors, ph.p.FirstError))
				}
			}
		}
	}
	add("stack", res.Routes)
	add("API process", res.Process.Load)
	return out
}

// loadAverage is the 1-minute load average (0 when unknown).
func loadAverage() float64 {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// keepStdout points file descriptor 1 at f, so that what any code in this
// process writes to stdout lands in f, and returns a file on the real
// stdout and a function that puts it back.
func keepStdout(f *os.File) (*os.File, func(), error) {
	fd, err := syscall.Dup(1)
	if err != nil {
		return nil, nil, fmt.Errorf("dup stdout: %w", err)
	}
	syscall.CloseOnExec(fd)
	if err := syscall.Dup3(int(f.Fd()), 1, 0); err != nil {
		syscall.Close(fd)
		return nil, nil, fmt.Errorf("redirect stdout: %w", err)
	}
	out := os.NewFile(uintptr(fd), "stdout")
	return out, func() {
		_ = syscall.Dup3(fd, 1, 0)
		out.Close()
	}, nil
}
