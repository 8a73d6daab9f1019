// Package metrics writes CloudWatch Embedded Metric Format (EMF) lines: one
// JSON object per line on stdout. Lambda sends stdout to the function's log
// group and CloudWatch Logs turns every such line into metric data points, so
// a metric costs no API call on the request path and no IAM permission.
//
// Every metric is in the namespace "namebot" with one dimension, Function
// (the Lambda function's name, "local" elsewhere). template.yaml's alarms
// refer to the names below; pkg/local's template test checks that they do.
//
// Nothing here can fail a request: a write error is dropped.
package metrics

import (
	"encoding/json"
	"io"
	"os"
	"sync"
	"time"
)

// Namespace is the CloudWatch namespace of every metric.
const Namespace = "namebot"

// Dimension is the one dimension every metric carries.
const Dimension = "Function"

// Metric names.
const (
	// SendsAnswered counts questions the bot answered (a replayed retry is
	// not counted again). Property "offline": the offline suggester answered.
	SendsAnswered = "SendsAnswered"
	// QuotaRefusals counts sends refused past the daily limit (429).
	QuotaRefusals = "QuotaRefusals"
	// ModelLatency is the time of one model call in milliseconds, answered
	// or not. Property "outcome": "ok" or "error".
	ModelLatency = "ModelLatency"
	// ModelErrors counts model calls that failed (the unit was refunded).
	// Property "error_kind": "model_failed", "model_timeout", ...
	ModelErrors = "ModelErrors"
)

// Unit is a CloudWatch unit.
type Unit string

// Units used here.
const (
	Count        Unit = "Count"
	Milliseconds Unit = "Milliseconds"
)

// Emitter writes EMF lines to w. It is safe for concurrent use; each line
// is written with one Write call so lines never interleave. A nil Emitter
// writes nothing.
type Emitter struct {
	mu       sync.Mutex
	w        io.Writer
	function string
	now      func() time.Time
}

// New returns an Emitter writing to w with the Function dimension set to
// function. now may be nil (time.Now).
func New(w io.Writer, function string, now func() time.Time) *Emitter {
	if now == nil {
		now = time.Now
	}
	return &Emitter{w: w, function: function, now: now}
}

// FunctionName is the Function dimension of a function's Emitter: the
// Lambda function's name (AWS_LAMBDA_FUNCTION_NAME), else "local".
func FunctionName() string {
	if n := os.Getenv("AWS_LAMBDA_FUNCTION_NAME"); n != "" {
		return n
	}
	return "local"
}

// Stdout is the Emitter of a Lambda function: Lambda sends stdout to the
// function's log group, where CloudWatch reads the lines.
func Stdout() *Emitter { return New(os.Stdout, FunctionName(), nil) }

// Answered records an answered question.
func (e *Emitter) Answered(offline bool) {
	e.Emit(SendsAnswered, Count, 1, map[string]any{"offline": offline})
}

// QuotaRefused records a send refused past the daily limit.
func (e *Emitter) QuotaRefused() { e.Emit(QuotaRefusals, Count, 1, nil) }

// ModelError records a failed model call of the given kind.
func (e *Emitter) ModelError(kind string) {
	if kind == "" {
		kind = "unknown"
	}
	e.Emit(ModelErrors, Count, 1, map[string]any{"error_kind": kind})
}

// ModelCall times one model call.
type ModelCall struct {
	e     *Emitter
	start time.Time
}

// StartModelCall starts timing a model call.
func (e *Emitter) StartModelCall() ModelCall {
	if e == nil {
		return ModelCall{}
	}
	return ModelCall{e: e, start: e.now()}
}

// Done records the call's latency; err is what the model returned.
func (c ModelCall) Done(err error) {
	if c.e == nil {
		return
	}
	outcome := "ok"
	if err != nil {
		outcome = "error"
	}
	ms := float64(c.e.now().Sub(c.start).Microseconds()) / 1000
	c.e.Emit(ModelLatency, Milliseconds, ms, map[string]any{"outcome": outcome})
}

// Emit writes one EMF line with one metric. props are extra properties
// (searchable in Logs Insights, not dimensions); they never replace the
// metric, its dimension or the _aws block.
func (e *Emitter) Emit(name string, unit Unit, value float64, props map[string]any) {
	if e == nil || e.w == nil {
		return
	}
	line := make(map[string]any, len(props)+3)
	for k, v := range props {
		line[k] = v
	}
	line["_aws"] = meta{
		Timestamp: e.now().UnixMilli(),
		CloudWatchMetrics: []directive{{
			Namespace:  Namespace,
			Dimensions: [][]string{{Dimension}},
			Metrics:    []metricDef{{Name: name, Unit: unit}},
		}},
	}
	line[Dimension] = e.function
	line[name] = value
	b, err := json.Marshal(line)
	if err != nil {
		return
	}
	b = append(b, '\n')
	e.mu.Lock()
	defer e.mu.Unlock()
	_, _ = e.w.Write(b)
}

type meta struct {
	Timestamp         int64       `json:"Timestamp"`
	CloudWatchMetrics []directive `json:"CloudWatchMetrics"`
}

type directive struct {
	Namespace  string      `json:"Namespace"`
	Dimensions [][]string  `json:"Dimensions"`
	Metrics    []metricDef `json:"Metrics"`
}

type metricDef struct {
	Name string `json:"Name"`
	Unit Unit   `json:"Unit"`
}
