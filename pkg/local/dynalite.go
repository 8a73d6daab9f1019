package local

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// iteratorFix, beside this file, is preloaded into dynalite to close the
// iterators it leaks.
const iteratorFix = "dynalite-iterators.cjs"

// Dynalite is a running dynalite process (npm), the local DynamoDB.
type Dynalite struct {
	Endpoint string
	cmd      *exec.Cmd
	done     chan error
	// What it was started with, so that Restart can bring it back on the
	// same endpoint with the same data (fault tests).
	root, dir string
	port      int
}

// StartDynalite starts dynalite on a free loopback port. dir persists the
// data on disk; empty keeps it in memory. root is the project root, whose
// node_modules holds dynalite.
func StartDynalite(ctx context.Context, root, dir string) (*Dynalite, error) {
	port, err := FreePort()
	if err != nil {
		return nil, err
	}
	return StartDynaliteOn(ctx, root, dir, port)
}

// StartDynaliteOn starts dynalite on the given loopback port (fault tests
// bring a killed dynalite back on the endpoint the stack already uses).
func StartDynaliteOn(ctx context.Context, root, dir string, port int) (*Dynalite, error) {
	bin := filepath.Join(root, "node_modules", "dynalite", "cli.js")
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("dynalite not installed (run npm ci in %s): %w", root, err)
	}
	// dynalite 4.0.0 never closes the LevelDB iterator of a Query or Scan,
	// and each one keeps ~45 KB of native memory for good (~10 MB/s under
	// `make load`): the preload gives its iterators the return() that its
	// clean-up calls (the file says how and why).
	fix := filepath.Join(root, "pkg", "local", iteratorFix)
	if _, err := os.Stat(fix); err != nil {
		return nil, fmt.Errorf("dynalite iterator fix: %w", err)
	}
	args := []string{"--require", fix, bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"}
	if dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("dynalite data dir: %w", err)
		}
		args = append(args, "--path", dir)
	}
	cmd := exec.Command("node", args...)
	// Its banner goes nowhere; its errors go to our stderr.
	cmd.Stdout, cmd.Stderr = nil, os.Stderr
	// Its own process group, so that stopping it stops node's children too,
	// and the death signal so that it never outlives us.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start dynalite: %w", err)
	}
	d := &Dynalite{Endpoint: fmt.Sprintf("http://127.0.0.1:%d", port), cmd: cmd, done: make(chan error, 1), root: root, dir: dir, port: port}
	go func() { d.done <- cmd.Wait() }()
	deadline := time.Now().Add(15 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 200*time.Millisecond)
		if err == nil {
			c.Close()
			return d, nil
		}
		select {
		case err := <-d.done:
			return nil, fmt.Errorf("dynalite exited at start: %v", err)
		case <-ctx.Done():
			d.Stop()
			return nil, ctx.Err()
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			d.Stop()
			return nil, errors.New("dynalite did not start within 15s")
		}
	}
}

// Stop ends dynalite and waits for it.
func (d *Dynalite) Stop() {
	if d == nil || d.cmd.Process == nil {
		return
	}
	_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGTERM)
	var err error
	select {
	case err = <-d.done:
	case <-time.After(3 * time.Second):
		_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
		err = <-d.done
	}
	// Kept for a second Stop or a Restart.
	d.done <- err
}

// Kill ends dynalite at once, as a crash would (fault tests).
func (d *Dynalite) Kill() {
	_ = syscall.Kill(-d.cmd.Process.Pid, syscall.SIGKILL)
	err := <-d.done
	// Put the exit back, so that a later Stop (the stack's Close) finds it
	// instead of waiting forever for a second one.
	d.done <- err
}

// Restart starts dynalite again on the same port with the same data
// directory, after Kill or Stop (fault tests: the stack's clients keep
// their endpoint and must recover without a restart of the server).
func (d *Dynalite) Restart(ctx context.Context) error {
	select {
	case err := <-d.done:
		d.done <- err
	default:
		return errors.New("dynalite: Restart while still running")
	}
	n, err := StartDynaliteOn(ctx, d.root, d.dir, d.port)
	if err != nil {
		return err
	}
	d.cmd, d.done = n.cmd, n.done
	return nil
}

// Memory reads dynalite's resident set size and its peak so far (VmRSS and
// VmHWM in /proc, Linux only), in bytes.
func (d *Dynalite) Memory() (rss, peak int64, err error) {
	if d == nil || d.cmd.Process == nil {
		return 0, 0, errors.New("dynalite: not started here")
	}
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", d.cmd.Process.Pid))
	if err != nil {
		return 0, 0, fmt.Errorf("dynalite memory: %w", err)
	}
	for line := range strings.Lines(string(raw)) {
		k, v, ok := strings.Cut(line, ":")
		if !ok || (k != "VmRSS" && k != "VmHWM") {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("dynalite memory: %s: %w", k, err)
		}
		if k == "VmRSS" {
			rss = kb << 10
		} else {
			peak = kb << 10
		}
	}
	if rss == 0 || peak == 0 {
		return 0, 0, fmt.Errorf("dynalite memory: no VmRSS/VmHWM in /proc/%d/status", d.cmd.Process.Pid)
	}
	return rss, peak, nil
}
