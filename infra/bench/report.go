package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

// Check is one row of the table: a figure, its target (with the replaced
// app's figure in brackets where there is one; docs/targets.md) and
// whether it is met (nil: no target).
type Check struct {
	Section string `json:"section"`
	Figure  string `json:"figure"`
	Value   string `json:"value"`
	Target  string `json:"target,omitempty"`
	Met     *bool  `json:"met,omitempty"`
}

// Targets: docs/targets.md gives each one's source.
const (
	maxBootstrap    = 8 << 20 // bytes, strictly under
	maxChatSend     = 9 << 20 // chatsend carries the offline suggester's glossary
	readP50Ms       = 1.4
	checkP50Ms      = 1.0 // the name review, 20 names, in-process
	sendP50Ms       = 3.0
	loginP50Ms      = 63.0
	readRPS         = 1500.0
	sendRPS         = 450.0
	firstAnswerMs   = 40.0
	maxRSS          = 50 << 20 // bytes ("MB" as ps and top count them)
	maxAppGzip      = 60 << 10 // bytes, strictly under (as frontend/scripts/size.mjs)
	sectionLambda   = "lambda"
	sectionRoutes   = "routes"
	sectionProcess  = "process"
	sectionFrontend = "app"
)

func met(ok bool) *bool { return &ok }

func mib(b int64) string { return fmt.Sprintf("%.2f MiB", float64(b)/(1<<20)) }

// num prints n with thousands separators.
func num(n float64) string {
	s := fmt.Sprintf("%.0f", n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

func msStr(v float64) string {
	switch {
	case v >= 100:
		return fmt.Sprintf("%.0f", v)
	case v >= 10:
		return fmt.Sprintf("%.1f", v)
	}
	return fmt.Sprintf("%.2f", v)
}

func checks(res *Results) []Check {
	var out []Check
	add := func(section, figure, value, target string, ok *bool) {
		out = append(out, Check{Section: section, Figure: figure, Value: value, Target: target, Met: ok})
	}
	for _, l := range res.Lambdas {
		target, ok := "< 8 MiB", met(l.SizeArm64 < maxBootstrap)
		if l.Name == "chatsend" {
			target, ok = "< 9 MiB", met(l.SizeArm64 < maxChatSend)
		}
		if l.Name == hello {
			target, ok = "", nil
		}
		add(sectionLambda, l.Name+" bootstrap size", fmt.Sprintf("%s (%s B)", mib(l.SizeArm64), num(float64(l.SizeArm64))), target, ok)
		ratio := ""
		if l.Name != hello {
			ratio = fmt.Sprintf(", %.2f× hello", l.RatioToHello)
		}
		add(sectionLambda, l.Name+" cold start",
			fmt.Sprintf("%s ms (%s–%s)%s; INIT REPORT %s ms", msStr(l.ColdMedianMs), msStr(l.ColdMinMs), msStr(l.ColdMaxMs), ratio, msStr(l.InitMedianMs)), "", nil)
	}
	d := res.Dynalite
	add(sectionRoutes, "dynalite alone (reference)", fmt.Sprintf("GetItem %s, PutItem %s ms p50; %s GetItem/s (%d clients)",
		msStr(d.Get.P50Ms), msStr(d.Put.P50Ms), num(d.GetRPS), res.Clients), "", nil)
	for _, r := range res.Routes {
		spec := specOf(r.Name)
		var p50T, rpsT string
		var p50OK, rpsOK *bool
		switch spec.Kind {
		case "read":
			p50T, p50OK = "p50 ≤ 1.4 ms [3.9–4.2]", met(r.One.Latency.P50Ms <= readP50Ms)
			rpsT, rpsOK = "≥ 1,500 req/s [≈520]", met(r.Many.RPS >= readRPS)
		case "send":
			p50T, p50OK = "p50 ≤ 3 ms [9.0]", met(r.One.Latency.P50Ms <= sendP50Ms)
			rpsT, rpsOK = "≥ 450 req/s [145]", met(r.Many.RPS >= sendRPS)
		case "login":
			p50T, p50OK = "p50 ≤ 63 ms [126–260]", met(r.One.Latency.P50Ms <= loginP50Ms)
		case "check":
			p50T, p50OK = "p50 ≤ 1 ms (20 names)", met(r.One.Latency.P50Ms <= checkP50Ms)
		}
		add(sectionRoutes, r.Name+" p50 / p99, 1 client",
			fmt.Sprintf("%s / %s ms (n=%s)", msStr(r.One.Latency.P50Ms), msStr(r.One.Latency.P99Ms), num(float64(r.One.Requests))), p50T, p50OK)
		add(sectionRoutes, fmt.Sprintf("%s, %d clients", r.Name, r.Many.Clients),
			fmt.Sprintf("%s req/s (p50 %s, p99 %s ms; CPU dynalite %.0f%%, bench %.0f%%, other %.0f%%)", num(r.Many.RPS), msStr(r.Many.Latency.P50Ms),
				msStr(r.Many.Latency.P99Ms), r.Many.CPU.Dynalite, r.Many.CPU.Bench, r.Many.CPU.Other()), rpsT, rpsOK)
		n, e := r.Warm.Requests+r.One.Requests+r.Many.Requests, r.Warm.Errors+r.One.Errors+r.Many.Errors
		add(sectionRoutes, r.Name+" errors", fmt.Sprintf("%d of %s", e, num(float64(n))), "0", met(e == 0))
		calls := fmt.Sprintf("%d (mean %.2f over the 1-client run)", r.DynamoCalls, r.DynamoCallsMean)
		target, ok := "", (*bool)(nil)
		if spec.Kind == "check" {
			target, ok = "0 (no store at all)", met(r.DynamoCalls == 0 && r.DynamoCallsMean == 0)
		}
		if r.DynamoBudget > 0 {
			target, ok = fmt.Sprintf("≤ %d (README budget)", r.DynamoBudget), met(r.DynamoCalls <= int64(r.DynamoBudget))
		}
		add(sectionRoutes, r.Name+" DynamoDB calls/request", calls, target, ok)
	}
	if *flagOnly == "routes" {
		return out // -only routes: no process or app figures were taken
	}
	p := res.Process
	lo, hi := minMaxF(p.FirstAnswerMs)
	add(sectionProcess, "first answer, dynalite running",
		fmt.Sprintf("%s ms (%s–%s), median of %d; its log's \"up in\" %s ms", msStr(p.FirstAnswerMedianMs), msStr(lo), msStr(hi), len(p.FirstAnswerMs), msStr(p.UpMedianMs)),
		"≤ 40 ms [461]", met(p.FirstAnswerMedianMs <= firstAnswerMs))
	lo, hi = minMaxF(p.OwnDynaliteMs)
	add(sectionProcess, "first answer, starting dynalite too",
		fmt.Sprintf("%s ms (%s–%s), median of %d", msStr(p.OwnDynaliteMedianMs), msStr(lo), msStr(hi), len(p.OwnDynaliteMs)), "", nil)
	var n, e int
	for _, r := range p.Load {
		n += r.Warm.Requests + r.One.Requests + r.Many.Requests
		e += r.Warm.Errors + r.One.Errors + r.Many.Errors
	}
	add(sectionProcess, "RSS after load", fmt.Sprintf("%s (peak %s) after %s requests", mib(p.RSSBytes), mib(p.PeakBytes), num(float64(n))),
		"≤ 50 MB [≈170]", met(p.RSSBytes <= maxRSS))
	add(sectionProcess, "errors under that load", fmt.Sprintf("%d of %s", e, num(float64(n))), "0", met(e == 0))
	a := res.App
	add(sectionFrontend, "JS + CSS gzipped", fmt.Sprintf("%.1f KB (%d files, %.1f KB raw)", float64(a.GzipBytes)/1024, len(a.Files), float64(a.RawBytes)/1024),
		"< 60 KB", met(a.GzipBytes < maxAppGzip))
	return out
}

func specOf(name string) routeSpec {
	for _, r := range routes() {
		if r.Name == name {
			return r
		}
	}
	return routeSpec{}
}

func printTable(w io.Writer, res *Results) {
	commit := res.Commit
	if commit == "" {
		commit = "unknown"
	}
	fmt.Fprintf(w, "\nnamebot bench — %s, commit %s, %s %s, %d CPUs, load average %.2f at start, %.2f at end\n\n",
		res.Time, commit, res.Go, res.Platform, res.CPUs, res.LoadStart, res.LoadEnd)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "AREA\tFIGURE\tVALUE\tTARGET\tMET")
	var nMet, nTargets int
	var missed []string
	prev := ""
	for _, c := range res.Checks {
		area := c.Section
		if area == prev {
			area = ""
		}
		prev = c.Section
		m := ""
		if c.Met != nil {
			nTargets++
			if *c.Met {
				m = "yes"
				nMet++
			} else {
				m = "NO"
				missed = append(missed, c.Figure)
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", area, c.Figure, c.Value, c.Target, m)
	}
	tw.Flush()
	lambdaN := 0
	if len(res.Lambdas) > 0 {
		lambdaN = len(res.Lambdas[0].ColdMs)
	}
	fmt.Fprintf(w, `
lambda:  size of the linux/arm64 bootstrap (as for AWS); cold start = emulator process start to the first
         answered invocation (host build), median (min–max) of %d starts; INIT REPORT = the emulator's init
         duration (median); × hello = ratio to the hello-world aws-lambda-go bootstrap of the same run.
routes:  the local stack in the bench process on a loopback listener, net/http with keep-alive; 1 client =
         sequential requests for up to %.1f s after a warm-up; %d clients = concurrent for %.1f s; errors count
         every answer other than the route's 2xx; DynamoDB calls counted at the client for one request;
         CPU = %% of one CPU used in the concurrent phase by dynalite (node), by the bench process (clients
         + server) and by other work on the machine (2 CPUs = 200%%; much "other" = noisy figures);
         "dynalite alone" = SDK calls straight to the same dynalite: a floor under each route's latency
         (calls made concurrently still queue in dynalite's one JavaScript thread).
process: first 200 from GET /api/health after the process starts; RSS = VmRSS after the routes ran
         again against it (peak = VmHWM).
[x]:     the replaced app on the same machine; docs/targets.md gives every target and its source.
`, lambdaN, res.OneSeconds, res.Clients, res.ManySeconds)
	fmt.Fprintf(w, "\ntargets met: %d of %d", nMet, nTargets)
	if len(missed) > 0 {
		fmt.Fprintf(w, "; NOT met: %s", strings.Join(missed, "; "))
	}
	fmt.Fprintf(w, "\nbench ran %s\n", time.Duration(res.DurationSeconds*float64(time.Second)).Round(100*time.Millisecond))
}

// AppSize is the browser app's JS and CSS, raw and gzipped (level 9).
type AppSize struct {
	Files     []AppFile `json:"files"`
	RawBytes  int64     `json:"raw_bytes"`
	GzipBytes int64     `json:"gzip_bytes"`
}

// AppFile is one JS or CSS file of the built app.
type AppFile struct {
	Path      string `json:"path"`
	RawBytes  int64  `json:"raw_bytes"`
	GzipBytes int64  `json:"gzip_bytes"`
}

// appSize gzips every .js, .mjs and .css file under dist, as
// frontend/scripts/size.mjs (`npm run size`) does.
func appSize(dist string) (AppSize, error) {
	var a AppSize
	err := filepath.WalkDir(dist, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		ext := filepath.Ext(p)
		if d.IsDir() || (ext != ".js" && ext != ".mjs" && ext != ".css") {
			return nil
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(raw)
		if err := zw.Close(); err != nil {
			return err
		}
		rel, _ := filepath.Rel(dist, p)
		a.Files = append(a.Files, AppFile{Path: rel, RawBytes: int64(len(raw)), GzipBytes: int64(buf.Len())})
		a.RawBytes += int64(len(raw))
		a.GzipBytes += int64(buf.Len())
		return nil
	})
	if err != nil {
		return a, fmt.Errorf("browser app size (run `make frontend` first): %w", err)
	}
	if len(a.Files) == 0 {
		return a, fmt.Errorf("browser app size: no JS or CSS under %s (run `make frontend`)", dist)
	}
	sort.Slice(a.Files, func(i, j int) bool { return a.Files[i].Path < a.Files[j].Path })
	return a, nil
}
