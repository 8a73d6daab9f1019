package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// CPU is the CPU time processes used during a phase, in percent of one CPU
// over the phase's wall time (200 = both CPUs of this machine all along).
// It tells which process a phase was bound by.
type CPU struct {
	// Bench is this process: the clients, and the server too when the
	// stack runs in-process.
	Bench float64 `json:"bench_process_pct"`
	// Server is the API process when it runs apart (infra/local).
	Server float64 `json:"server_process_pct,omitempty"`
	// Dynalite is the node process serving DynamoDB.
	Dynalite float64 `json:"dynalite_pct"`
	// Machine is every CPU's busy time (/proc/stat): what the processes
	// above do not account for was other work on the machine.
	Machine float64 `json:"machine_busy_pct"`
}

// Other is the machine's busy time not used by the processes above.
func (c CPU) Other() float64 { return max(0, c.Machine-c.Bench-c.Server-c.Dynalite) }

// watch names the other processes whose CPU time is sampled (0: none).
type watch struct{ dynalite, server int }

type cpuSample struct {
	at                              time.Time
	self, dynalite, server, machine time.Duration
}

func (w watch) sample() cpuSample {
	return cpuSample{at: time.Now(), self: selfCPU(), dynalite: pidCPU(w.dynalite), server: pidCPU(w.server), machine: machineBusy()}
}

func (w watch) since(s cpuSample) CPU {
	e := w.sample()
	wall := e.at.Sub(s.at)
	if wall <= 0 {
		return CPU{}
	}
	pct := func(a, b time.Duration) float64 { return 100 * float64(b-a) / float64(wall) }
	return CPU{Bench: pct(s.self, e.self), Dynalite: pct(s.dynalite, e.dynalite), Server: pct(s.server, e.server), Machine: pct(s.machine, e.machine)}
}

func selfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// clockTick is USER_HZ, the unit of /proc/<pid>/stat times: 100 on Linux
// for every architecture Go supports.
const clockTick = 10 * time.Millisecond

// pidCPU is the user+system time of pid so far (0 when unknown).
func pidCPU(pid int) time.Duration {
	if pid <= 0 {
		return 0
	}
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name is in parentheses and may hold spaces: fields
	// count from after its closing one (state is field 3, utime 14).
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	s, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(u+s) * clockTick
}

// findDynalite returns the pid of the dynalite serving endpoint
// (http://127.0.0.1:port), found by its command line (0 when not found).
func findDynalite(endpoint string) int {
	port := endpoint[strings.LastIndexByte(endpoint, ':')+1:]
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, "cmdline"))
		if err != nil {
			continue
		}
		args := strings.Split(string(b), "\x00")
		hasDynalite, hasPort := false, false
		for i, a := range args {
			if strings.Contains(a, "dynalite") {
				hasDynalite = true
			}
			if a == "--port" && i+1 < len(args) && args[i+1] == port {
				hasPort = true
			}
		}
		if hasDynalite && hasPort {
			pid, _ := strconv.Atoi(filepath.Base(d))
			return pid
		}
	}
	return 0
}

// machineBusy is the time all CPUs were busy since boot: the first line of
// /proc/stat less idle and iowait (0 when unknown).
func machineBusy() time.Duration {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 6 || f[0] != "cpu" {
		return 0
	}
	var busy int64
	for i, v := range f[1:] {
		n, _ := strconv.ParseInt(v, 10, 64)
		if i == 3 || i == 4 { // idle, iowait
			continue
		}
		if i >= 8 { // guest time is already counted in user
			break
		}
		busy += n
	}
	return time.Duration(busy) * clockTick
}
