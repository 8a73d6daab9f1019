// Command load is namebot's load test (`make load`): it starts the local
// stack itself (dynalite on disk in a temporary directory, the in-process
// S3, a fake OpenAI-compatible model that answers at once, the real HTTP
// server on a loopback listener), runs -users simulated people for
// -duration doing a realistic mix, and then checks from the API that every
// accepted write is there exactly once. It exits non-zero on any 5xx, any
// request without an answer, any unexpected status, any lost, duplicated
// or double-counted write, or when dynalite's peak resident memory passes
// -dynalite-max-mb (250 MB, the limit in docs/targets.md). It prints dynalite's RSS at
// the start, its peak (the kernel's VmHWM) and after -idle with no traffic.
//
// The checks are shown to bite with -inject-loss (one accepted message and
// one accepted post are deleted directly in DynamoDB before the
// verification), -inject-dup (an accepted question is stored twice) and
// -inject-double-count (one user's quota counter gets one more): each must
// make the run fail.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"namebot/pkg/app"
	"namebot/pkg/config"
	"namebot/pkg/llm/llmtest"
	"namebot/pkg/local"
	"namebot/pkg/metrics"
)

func main() {
	os.Exit(run())
}

func run() int {
	users := flag.Int("users", 50, "concurrent simulated users")
	duration := flag.Duration("duration", 60*time.Second, "how long the load runs")
	think := flag.Duration("think", 5*time.Millisecond, "mean pause between a user's actions (0: none)")
	doLoss := flag.Bool("inject-loss", false, "delete one accepted message and one accepted post in DynamoDB before verifying (the run must fail)")
	doDup := flag.Bool("inject-dup", false, "store one accepted question twice before verifying (the run must fail)")
	doCount := flag.Bool("inject-double-count", false, "count one accepted send twice before verifying (the run must fail)")
	jsonOut := flag.String("json", "", "also write the figures as JSON to this file")
	keep := flag.Bool("keep", false, "keep the temporary data directory")
	maxMB := flag.Int64("dynalite-max-mb", 250, "fail when dynalite's resident memory exceeds this many MB (docs/targets.md; 0: no limit)")
	idle := flag.Duration("idle", 10*time.Second, "how long to leave dynalite idle after the verification before its last memory reading")
	flag.Parse()
	if *users < 1 || *duration <= 0 || *duration > time.Hour {
		fmt.Fprintln(os.Stderr, "load: -users must be >= 1 and -duration in (0, 1h]")
		return 2
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	root, err := local.Root()
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		return 2
	}
	dataDir, err := os.MkdirTemp("", "namebot-load-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		return 2
	}
	if *keep {
		defer fmt.Fprintln(os.Stderr, "load: data kept in", dataDir)
	} else {
		defer os.RemoveAll(dataDir)
	}

	// The fake model answers at once with a well-formed structured answer.
	model := llmtest.New()
	defer model.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		return 2
	}
	base := "http://" + l.Addr().String()
	env := map[string]string{
		"OPENAI_API_KEY": "load-test", "OPENAI_BASE_URL": model.URL + "/v1", "OPENAI_MODEL": "fake",
		"MODEL_TIMEOUT": "20s", "DAILY_LIMIT": "5", "SIGNUP_LIMIT": "0", // every simulated user signs up from 127.0.0.1
	}
	cfg, err := config.FromEnv(func(k string) string { return env[k] })
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		return 2
	}
	// The server's CloudWatch EMF lines would go to stdout: count the
	// answered sends instead (a cross-check), keep the report readable.
	emf := &emfCounter{}
	// Errors only: a 5xx is logged with its cause.
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	setup := time.Now()
	st, err := local.Start(ctx, local.Options{Root: root, DataDir: dataDir, Config: cfg, Log: logger, App: app.Options{Log: logger, Metrics: metrics.New(emf, metrics.FunctionName(), nil)}, PublicURL: base})
	if err != nil {
		l.Close()
		fmt.Fprintln(os.Stderr, "load: start stack:", err)
		return 2
	}
	defer st.Close()
	srvCtx, stopServer := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- st.Serve(srvCtx, l) }()
	defer func() { stopServer(); <-served }()
	memStart, _, err := st.Dynalite.Memory()
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		return 2
	}
	fmt.Printf("namebot load test: %d users for %v against %s (dynalite on disk in %s, fake model), %d CPUs; stack up in %v\n",
		*users, *duration, base, dataDir, runtime.NumCPU(), time.Since(setup).Round(time.Millisecond))

	transport := &http.Transport{
		Proxy:               nil, // loopback only, whatever the environment says
		MaxIdleConns:        4 * *users,
		MaxIdleConnsPerHost: 4 * *users,
		IdleConnTimeout:     90 * time.Second,
	}
	defer transport.CloseIdleConnections()
	hc := &http.Client{Transport: transport, Timeout: 30 * time.Second}
	stats := NewStats()
	runID := fmt.Sprintf("%x", time.Now().UnixNano())[:10]
	policy := st.Deps.Policy
	dayStart := policy.Day(time.Now())
	w := &World{C: &Client{Base: base, HTTP: hc, Stats: stats}, RunID: runID, Deadline: time.Now().Add(*duration), Think: *think, Limit: cfg.DailyLimit}

	// The load.
	start := time.Now()
	var wg sync.WaitGroup
	for i := 0; i < *users; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.Run(ctx, i)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if ctx.Err() != nil {
		fmt.Fprintln(os.Stderr, "load: interrupted")
		return 130
	}
	sum := stats.Summarize(elapsed)
	fmt.Println()
	sum.Print(os.Stdout)
	all := w.Users()
	var problems []string
	sends, limited, attempts := 0, 0, 0
	for _, u := range all {
		problems = append(problems, u.Problems...)
		sends += len(u.Sends)
		limited += u.Limited
		attempts += u.Attempts
	}
	posts := w.Posts()
	fmt.Printf("\n%d requests in %.1f s: %.0f req/s; 5xx: %d; no answer: %d; unexpected statuses: %d\n",
		sum.Requests, sum.ElapsedSec, sum.Throughput, sum.Status5xx, sum.Transport, len(sum.Unexpected))
	fmt.Printf("%d users signed up; %d sends tried, %d answered (201), %d refused past the limit (429); %d posts accepted\n",
		len(all), attempts, sends, limited, len(posts))

	// Damage on purpose, when asked: the verification must notice.
	var injected []string
	r := mrand.New(mrand.NewPCG(uint64(time.Now().UnixNano()), 7))
	ictx, icancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer icancel()
	if *doLoss {
		got, err := injectLoss(ictx, st.Deps.DB, all, posts, r)
		if err != nil {
			fmt.Fprintln(os.Stderr, "load: inject loss:", err)
			return 2
		}
		injected = append(injected, got...)
	}
	if *doDup {
		got, err := injectDup(ictx, st.Deps.DB, all, r)
		if err != nil {
			fmt.Fprintln(os.Stderr, "load: inject duplicate:", err)
			return 2
		}
		injected = append(injected, got...)
	}
	if *doCount {
		got, err := injectDoubleCount(ictx, st.Deps.DB, all, dayStart, r)
		if err != nil {
			fmt.Fprintln(os.Stderr, "load: inject double count:", err)
			return 2
		}
		injected = append(injected, got...)
	}
	for _, s := range injected {
		fmt.Println("INJECTED:", s)
	}

	// The verification, from the API.
	vstats := NewStats()
	dayEnd := policy.Day(time.Now())
	v := &Verifier{C: &Client{Base: base, HTTP: hc, Stats: vstats}, Limit: cfg.DailyLimit, SameDay: dayStart == dayEnd}
	vstart := time.Now()
	v.Run(ctx, all, posts, 8)
	vsum := vstats.Summarize(time.Since(vstart))
	failures := v.Failures()
	fmt.Printf("\nverification (%d requests in %.1f s): %d users, %d rooms, %d messages, %d answered sends, %d posts checked\n",
		vsum.Requests, vsum.ElapsedSec, v.Users, v.Rooms, v.Messages, v.Sends, v.Posts)
	fmt.Printf("  the server's SendsAnswered metric counted %d answered sends (the load saw %d)\n", emf.answered.Load(), sends)
	if !v.SameDay {
		fmt.Println("  note: the quota day changed during the run; quota.used was not compared")
	}
	for _, f := range vsum.Unexpected {
		failures = append(failures, "verification request: "+f)
	}

	// dynalite's memory: the kernel's peak (VmHWM) covers the load and the
	// verification; the last reading comes after a pause with no traffic.
	select {
	case <-ctx.Done():
		fmt.Fprintln(os.Stderr, "load: interrupted")
		return 130
	case <-time.After(*idle):
	}
	memEnd, memPeak, err := st.Dynalite.Memory()
	if err != nil {
		fmt.Fprintln(os.Stderr, "load:", err)
		return 2
	}
	fmt.Printf("\ndynalite memory (RSS): start %.0f MB, peak %.0f MB, end %.0f MB after %v idle; limit %d MB\n",
		mb(memStart), mb(memPeak), mb(memEnd), *idle, *maxMB)
	var memProblems []string
	if *maxMB > 0 && memPeak > *maxMB<<20 {
		memProblems = append(memProblems, fmt.Sprintf("dynalite's peak RSS %.0f MB exceeds %d MB", mb(memPeak), *maxMB))
	}

	ok := true
	report := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		ok = false
		fmt.Printf("\n%s (%d):\n", title, len(lines))
		for i, l := range lines {
			if i == 20 {
				fmt.Printf("  ... and %d more\n", len(lines)-20)
				break
			}
			fmt.Println("  " + l)
		}
	}
	report("UNEXPECTED ANSWERS DURING THE LOAD", sum.Unexpected)
	report("CHECKS THAT FAILED DURING THE LOAD", problems)
	report("VERIFICATION FAILED", failures)
	report("MEMORY", memProblems)
	if sum.Status5xx > 0 || sum.Transport > 0 {
		ok = false
	}
	if *jsonOut != "" {
		out := map[string]any{
			"users": *users, "duration_s": duration.Seconds(), "load": sum, "verification": vsum,
			"signed_up": len(all), "sends_tried": attempts, "sends_answered": sends, "sends_limited": limited, "posts": len(posts),
			"injected": injected, "failures": failures, "problems": problems, "ok": ok,
			"dynalite_rss_mb": map[string]float64{"start": mb(memStart), "peak": mb(memPeak), "end": mb(memEnd), "limit": float64(*maxMB)},
		}
		if err := writeJSON(*jsonOut, out); err != nil {
			fmt.Fprintln(os.Stderr, "load:", err)
		}
	}
	if ok {
		fmt.Println("\nRESULT: PASS — zero 5xx, every accepted write found once, no user past the limit, quota equals answered sends, dynalite within its memory limit")
		return 0
	}
	fmt.Println("\nRESULT: FAIL")
	return 1
}

// emfCounter counts the SendsAnswered lines the server's metrics write.
type emfCounter struct{ answered atomic.Int64 }

func (e *emfCounter) Write(p []byte) (int, error) {
	e.answered.Add(int64(bytes.Count(p, []byte(`"SendsAnswered":`))))
	return len(p), nil
}

func writeJSON(path string, v any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	enc := json.NewEncoder(io.Writer(f))
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }
