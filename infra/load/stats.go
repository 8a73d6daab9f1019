package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"time"
)

// Stats collects every request's kind, status and latency.
type Stats struct {
	mu    sync.Mutex
	kinds map[string]*kindStats
	// Transport errors (no HTTP answer at all: refused, reset, timeout).
	transport int
	// Answers with a status the scenario did not expect (a 400 for a
	// request the simulator built correctly is a bug somewhere).
	unexpected []string
}

type kindStats struct {
	lat    []time.Duration
	status map[int]int
}

// NewStats returns empty statistics.
func NewStats() *Stats { return &Stats{kinds: map[string]*kindStats{}} }

// Record adds one answered request.
func (s *Stats) Record(kind string, status int, d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := s.kinds[kind]
	if k == nil {
		k = &kindStats{status: map[int]int{}}
		s.kinds[kind] = k
	}
	k.lat = append(k.lat, d)
	k.status[status]++
}

// TransportError counts a request that got no HTTP answer.
func (s *Stats) TransportError(kind string, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.transport++
	if len(s.unexpected) < 50 {
		s.unexpected = append(s.unexpected, fmt.Sprintf("%s: transport error: %v", kind, err))
	}
}

// Unexpected records an answer the scenario did not expect.
func (s *Stats) Unexpected(kind string, status int, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	msg := fmt.Sprintf("%s: unexpected %d: %.300s", kind, status, body)
	s.unexpected = append(s.unexpected, msg)
}

// Summary is the figures of a run, for the report and -json.
type Summary struct {
	Kinds        []KindSummary `json:"kinds"`
	Requests     int           `json:"requests"`
	Status5xx    int           `json:"status_5xx"`
	Transport    int           `json:"transport_errors"`
	Unexpected   []string      `json:"unexpected"`
	ElapsedSec   float64       `json:"elapsed_s"`
	Throughput   float64       `json:"requests_per_s"`
	AllP50Millis float64       `json:"all_p50_ms"`
	AllP99Millis float64       `json:"all_p99_ms"`
}

// KindSummary is one request kind's figures.
type KindSummary struct {
	Kind     string         `json:"kind"`
	Count    int            `json:"count"`
	Statuses map[string]int `json:"statuses"`
	P50      float64        `json:"p50_ms"`
	P99      float64        `json:"p99_ms"`
	Max      float64        `json:"max_ms"`
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// quantile returns the q-quantile (nearest rank) of sorted durations.
func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(q*float64(len(sorted))+0.999999) - 1
	i = max(0, min(i, len(sorted)-1))
	return sorted[i]
}

// Summarize computes the figures of the load phase.
func (s *Stats) Summarize(elapsed time.Duration) Summary {
	s.mu.Lock()
	defer s.mu.Unlock()
	var sum Summary
	var all []time.Duration
	names := make([]string, 0, len(s.kinds))
	for k := range s.kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, name := range names {
		k := s.kinds[name]
		lat := append([]time.Duration(nil), k.lat...)
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		all = append(all, lat...)
		ks := KindSummary{Kind: name, Count: len(lat), Statuses: map[string]int{},
			P50: ms(quantile(lat, 0.50)), P99: ms(quantile(lat, 0.99)), Max: ms(lat[len(lat)-1])}
		for st, n := range k.status {
			ks.Statuses[fmt.Sprint(st)] = n
			if st >= 500 {
				sum.Status5xx += n
			}
		}
		sum.Kinds = append(sum.Kinds, ks)
		sum.Requests += len(lat)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	sum.AllP50Millis, sum.AllP99Millis = ms(quantile(all, 0.5)), ms(quantile(all, 0.99))
	sum.Transport = s.transport
	sum.Unexpected = append([]string(nil), s.unexpected...)
	sum.ElapsedSec = elapsed.Seconds()
	if elapsed > 0 {
		sum.Throughput = float64(sum.Requests) / elapsed.Seconds()
	}
	return sum
}

// Print writes the per-kind table.
func (sum Summary) Print(w io.Writer) {
	fmt.Fprintf(w, "%-16s %8s %9s %9s %9s  %s\n", "kind", "count", "p50 ms", "p99 ms", "max ms", "statuses")
	for _, k := range sum.Kinds {
		var st []string
		for code, n := range k.Statuses {
			st = append(st, fmt.Sprintf("%s×%d", code, n))
		}
		sort.Strings(st)
		fmt.Fprintf(w, "%-16s %8d %9.2f %9.2f %9.2f  %s\n", k.Kind, k.Count, k.P50, k.P99, k.Max, strings.Join(st, " "))
	}
	fmt.Fprintf(w, "%-16s %8d %9.2f %9.2f\n", "all", sum.Requests, sum.AllP50Millis, sum.AllP99Millis)
}
