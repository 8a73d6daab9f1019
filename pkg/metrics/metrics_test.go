package metrics_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"namebot/pkg/metrics"
)

// emf is what CloudWatch reads from a line.
type emf struct {
	AWS struct {
		Timestamp         int64 `json:"Timestamp"`
		CloudWatchMetrics []struct {
			Namespace  string     `json:"Namespace"`
			Dimensions [][]string `json:"Dimensions"`
			Metrics    []struct {
				Name string `json:"Name"`
				Unit string `json:"Unit"`
			} `json:"Metrics"`
		} `json:"CloudWatchMetrics"`
	} `json:"_aws"`
}

// parse checks one line against the EMF specification's rules and returns
// it as a map: valid JSON object, _aws with a millisecond timestamp, one
// directive in our namespace, every dimension and metric named by the
// directive present at the root, metric values numbers.
func parse(t *testing.T, line string) map[string]any {
	t.Helper()
	var root map[string]any
	if err := json.Unmarshal([]byte(line), &root); err != nil {
		t.Fatalf("not a JSON object: %q: %v", line, err)
	}
	var e emf
	if err := json.Unmarshal([]byte(line), &e); err != nil {
		t.Fatal(err)
	}
	if e.AWS.Timestamp < 1e12 {
		t.Errorf("Timestamp %d is not epoch milliseconds", e.AWS.Timestamp)
	}
	if len(e.AWS.CloudWatchMetrics) != 1 {
		t.Fatalf("CloudWatchMetrics = %+v, want one directive", e.AWS.CloudWatchMetrics)
	}
	d := e.AWS.CloudWatchMetrics[0]
	if d.Namespace != "namebot" {
		t.Errorf("Namespace = %q", d.Namespace)
	}
	if len(d.Dimensions) != 1 || len(d.Dimensions[0]) != 1 || d.Dimensions[0][0] != "Function" {
		t.Errorf("Dimensions = %v, want [[Function]]", d.Dimensions)
	}
	for _, set := range d.Dimensions {
		for _, dim := range set {
			if s, ok := root[dim].(string); !ok || s == "" {
				t.Errorf("dimension %s missing or not a string at the root: %v", dim, root[dim])
			}
		}
	}
	if len(d.Metrics) != 1 {
		t.Fatalf("Metrics = %+v, want one", d.Metrics)
	}
	for _, m := range d.Metrics {
		if _, ok := root[m.Name].(float64); !ok {
			t.Errorf("metric %s has no numeric value at the root: %v", m.Name, root[m.Name])
		}
		if m.Unit != "Count" && m.Unit != "Milliseconds" {
			t.Errorf("metric %s unit %q", m.Name, m.Unit)
		}
	}
	return root
}

func lines(t *testing.T, buf *bytes.Buffer) []string {
	t.Helper()
	s := buf.String()
	if s != "" && !strings.HasSuffix(s, "\n") {
		t.Errorf("output does not end with a newline: %q", s)
	}
	return strings.FieldsFunc(s, func(r rune) bool { return r == '\n' })
}

func metricName(t *testing.T, line string) (string, string) {
	var e emf
	if err := json.Unmarshal([]byte(line), &e); err != nil {
		t.Fatal(err)
	}
	m := e.AWS.CloudWatchMetrics[0].Metrics[0]
	return m.Name, m.Unit
}

func TestFormat(t *testing.T) {
	var buf bytes.Buffer
	t0 := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	now := t0
	clock := func() time.Time { return now }
	e := metrics.New(&buf, "namebot-prod-chatsend", clock)

	e.Answered(false)
	e.QuotaRefused()
	call := e.StartModelCall()
	now = now.Add(1234567 * time.Microsecond)
	call.Done(nil)
	call = e.StartModelCall()
	now = now.Add(20 * time.Second)
	call.Done(errors.New("timeout"))
	e.ModelError("model_timeout")
	e.ModelError("")

	got := lines(t, &buf)
	want := []struct {
		name, unit string
		value      float64
		props      map[string]any
		at         time.Time
	}{
		{metrics.SendsAnswered, "Count", 1, map[string]any{"offline": false}, t0},
		{metrics.QuotaRefusals, "Count", 1, nil, t0},
		{metrics.ModelLatency, "Milliseconds", 1234.567, map[string]any{"outcome": "ok"}, t0.Add(1234567 * time.Microsecond)},
		{metrics.ModelLatency, "Milliseconds", 20000, map[string]any{"outcome": "error"}, now},
		{metrics.ModelErrors, "Count", 1, map[string]any{"error_kind": "model_timeout"}, now},
		{metrics.ModelErrors, "Count", 1, map[string]any{"error_kind": "unknown"}, now},
	}
	if len(got) != len(want) {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(want), buf.String())
	}
	for i, w := range want {
		root := parse(t, got[i])
		name, unit := metricName(t, got[i])
		if name != w.name || unit != w.unit {
			t.Errorf("line %d: metric %s (%s), want %s (%s)", i, name, unit, w.name, w.unit)
		}
		if root[w.name] != w.value {
			t.Errorf("line %d: %s = %v, want %v", i, w.name, root[w.name], w.value)
		}
		if root["Function"] != "namebot-prod-chatsend" {
			t.Errorf("line %d: Function = %v", i, root["Function"])
		}
		for k, v := range w.props {
			if root[k] != v {
				t.Errorf("line %d: property %s = %v, want %v", i, k, root[k], v)
			}
		}
		// _aws, Function, the metric, and the properties: nothing else
		// (no request data, no user, no text).
		if n := 3 + len(w.props); len(root) != n {
			t.Errorf("line %d has %d keys, want %d: %s", i, len(root), n, got[i])
		}
		var e emf
		_ = json.Unmarshal([]byte(got[i]), &e)
		if e.AWS.Timestamp != w.at.UnixMilli() {
			t.Errorf("line %d: Timestamp %d, want %d (the clock's)", i, e.AWS.Timestamp, w.at.UnixMilli())
		}
	}
}

// A property never overwrites the metric, its dimension or _aws.
func TestReservedKeys(t *testing.T) {
	var buf bytes.Buffer
	e := metrics.New(&buf, "f", nil)
	e.Emit("X", metrics.Count, 2, map[string]any{"X": "no", "Function": "no", "_aws": "no", "other": 1})
	root := parse(t, strings.TrimSpace(buf.String()))
	if root["X"] != 2.0 || root["Function"] != "f" || root["other"] != 1.0 {
		t.Errorf("reserved keys overwritten: %v", root)
	}
}

// Concurrent writers: every line is whole and valid.
func TestConcurrent(t *testing.T) {
	var buf bytes.Buffer
	e := metrics.New(&buf, "f", nil)
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			for range 50 {
				e.QuotaRefused()
				e.StartModelCall().Done(nil)
			}
		})
	}
	wg.Wait()
	got := lines(t, &buf)
	if len(got) != 2000 {
		t.Fatalf("%d lines, want 2000", len(got))
	}
	for _, l := range got {
		parse(t, l)
	}
}

func TestFunctionName(t *testing.T) {
	t.Setenv("AWS_LAMBDA_FUNCTION_NAME", "")
	if got := metrics.FunctionName(); got != "local" {
		t.Errorf("FunctionName() = %q, want local", got)
	}
	t.Setenv("AWS_LAMBDA_FUNCTION_NAME", "namebot-prod-chatsend")
	if got := metrics.FunctionName(); got != "namebot-prod-chatsend" {
		t.Errorf("FunctionName() = %q", got)
	}
}

// A zero ModelCall or a nil Emitter does nothing (and does not panic): a
// service built without one emits nothing.
func TestZero(t *testing.T) {
	metrics.ModelCall{}.Done(nil)
	var e *metrics.Emitter
	e.Emit("x", metrics.Count, 1, nil)
	e.Answered(true)
	e.QuotaRefused()
	e.ModelError("model_failed")
	e.StartModelCall().Done(nil)
}
