package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"

	"namebot/pkg/local"
)

// server is a running `make run` server (infra/local) started by the bench.
type server struct {
	cmd  *exec.Cmd
	base string
	done chan struct{}
	err  error
}

// startServer starts bin (infra/local) on a free loopback port with env,
// and returns once GET /api/health answers 200: the time from process
// start to that answer is the second result. Its output goes to logPath.
func startServer(ctx context.Context, bin, root, logPath string, env []string) (*server, time.Duration, error) {
	port, err := local.FreePort()
	if err != nil {
		return nil, 0, err
	}
	logf, err := os.OpenFile(logPath, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, 0, err
	}
	defer logf.Close() // the child has its own copy
	s := &server{base: fmt.Sprintf("http://127.0.0.1:%d", port), done: make(chan struct{})}
	s.cmd = exec.Command(bin)
	s.cmd.Dir = root
	s.cmd.Env = append(env, "PORT="+strconv.Itoa(port), "HOST=127.0.0.1", "PUBLIC_URL="+s.base)
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	hc := &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}, Timeout: 15 * time.Second}
	start := time.Now()
	if err := s.cmd.Start(); err != nil {
		return nil, 0, fmt.Errorf("start %s: %w", bin, err)
	}
	go func() { s.err = s.cmd.Wait(); close(s.done) }()
	for deadline := start.Add(15 * time.Second); ; {
		req, err := http.NewRequestWithContext(ctx, "GET", s.base+"/api/health", nil)
		if err != nil {
			s.stop()
			return nil, 0, err
		}
		resp, err := hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				return s, time.Since(start), nil
			}
		}
		select {
		case <-s.done:
			return nil, 0, fmt.Errorf("%s exited at start (%v); its log ends:\n%s", bin, s.err, tail(logPath, 2000))
		default:
		}
		if ctx.Err() != nil {
			s.stop()
			return nil, 0, ctx.Err()
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, 0, fmt.Errorf("%s: no 200 from /api/health within 15s (last: %v); its log ends:\n%s", bin, err, tail(logPath, 2000))
		}
		time.Sleep(time.Millisecond)
	}
}

// stop ends the server as Ctrl-C would (it then stops the dynalite it
// started), and kills it if it has not ended within 10 s.
func (s *server) stop() {
	if s == nil {
		return
	}
	_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
		<-s.done
	}
}

// memory reads VmRSS and VmHWM (peak RSS) of pid, in bytes.
func memory(pid int) (rss, hwm int64, err error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		fields := strings.Fields(v) // "12345 kB"
		if len(fields) != 2 || fields[1] != "kB" {
			return 0, 0, fmt.Errorf("/proc/%d/status: %s: %q", pid, k, v)
		}
		n, err := strconv.ParseInt(fields[0], 10, 64)
		if err != nil {
			return 0, 0, err
		}
		if k == "VmRSS" {
			rss = n << 10
		} else {
			hwm = n << 10
		}
	}
	if rss == 0 {
		return 0, 0, errors.New("no VmRSS in /proc status")
	}
	return rss, hwm, sc.Err()
}

// ProcessResult is the API process (infra/local, as `make run` runs it).
type ProcessResult struct {
	// FirstAnswerMs: process start to its first 200 from GET /api/health,
	// with DYNAMODB_ENDPOINT pointing at a running dynalite, one per start.
	FirstAnswerMs       []float64 `json:"first_answer_ms"`
	FirstAnswerMedianMs float64   `json:"first_answer_median_ms"`
	// UpMs is what the process itself logs ("namebot is up in …": from
	// its main starting to the stack built), per start with dynalite
	// running; the rest of FirstAnswerMs is exec, Go runtime and package
	// init before main, and the health request.
	UpMs       []float64 `json:"self_reported_up_ms"`
	UpMedianMs float64   `json:"self_reported_up_median_ms"`
	// OwnDynalite*: the same when the process starts dynalite itself
	// (DATA_DIR holding existing tables, as on a second `make run`).
	OwnDynaliteMs       []float64 `json:"first_answer_own_dynalite_ms"`
	OwnDynaliteMedianMs float64   `json:"first_answer_own_dynalite_median_ms"`
	// RSS after the load below, and the peak (VmHWM) so far.
	RSSBytes  int64 `json:"rss_bytes"`
	PeakBytes int64 `json:"peak_rss_bytes"`
	// Load is the route measurements repeated against the process before
	// RSS is read (shorter phases).
	Load []RouteResult `json:"load"`
}

// measureStarts starts and stops the server n+1 times; the first start
// (tables, key file and page cache made ready) is not counted.
// It returns each time to the first answer and the process's own "up in".
func measureStarts(ctx context.Context, n int, bin, root, logPath string, env []string) (first, up []float64, err error) {
	for i := -1; i < n; i++ {
		s, took, err := startServer(ctx, bin, root, logPath, env)
		if err != nil {
			return nil, nil, err
		}
		s.stop()
		if i >= 0 {
			first = append(first, ms(took))
			if m := upIn.FindAllStringSubmatch(tail(logPath, 1<<20), -1); len(m) > 0 {
				if d, err := time.ParseDuration(m[len(m)-1][1]); err == nil {
					up = append(up, ms(d))
				}
			}
		}
	}
	return first, up, nil
}

var upIn = regexp.MustCompile(`namebot is up in (\S+) on`)

// tail returns the last n bytes of a file (the temp dir holding it is
// removed when the bench ends).
func tail(path string, n int64) string {
	b, err := os.ReadFile(path)
	if err != nil {
		return err.Error()
	}
	if int64(len(b)) > n {
		b = b[int64(len(b))-n:]
	}
	return string(b)
}
