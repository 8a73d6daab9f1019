package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"time"
)

// Client is a JSON client of the API that records every request.
type Client struct {
	Base  string
	HTTP  *http.Client
	Stats *Stats
}

// Resp is an answer with its decoded JSON object (nil when not JSON).
type Resp struct {
	Status int
	Header http.Header
	Body   []byte
	JSON   map[string]any
}

// Do sends a request of kind; want lists the statuses the scenario
// expects (anything else is recorded as unexpected). It returns nil when
// no HTTP answer came back.
func (c *Client) Do(ctx context.Context, kind, method, path string, body any, token string, want ...int) *Resp {
	var rd io.Reader
	if body != nil {
		raw, err := json.Marshal(body)
		if err != nil {
			panic(err)
		}
		rd = bytes.NewReader(raw)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.Base+path, rd)
	if err != nil {
		panic(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	start := time.Now()
	resp, err := c.HTTP.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return nil // the run is being interrupted
		}
		c.Stats.TransportError(kind, err)
		return nil
	}
	raw, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	d := time.Since(start)
	if err != nil {
		c.Stats.TransportError(kind, err)
		return nil
	}
	c.Stats.Record(kind, resp.StatusCode, d)
	r := &Resp{Status: resp.StatusCode, Header: resp.Header, Body: raw}
	if len(raw) > 0 && raw[0] == '{' {
		_ = json.Unmarshal(raw, &r.JSON)
	}
	if len(want) > 0 && !slices.Contains(want, r.Status) {
		c.Stats.Unexpected(kind, r.Status, raw)
	}
	if r.Status >= 500 {
		// Every error must carry the error shape, 5xx included.
		if e, ok := r.JSON["error"].(map[string]any); !ok || e["code"] == nil {
			c.Stats.Unexpected(kind+" (no error shape)", r.Status, raw)
		}
	}
	return r
}

// Str returns a top-level string field.
func (r *Resp) Str(k string) string {
	if r == nil {
		return ""
	}
	s, _ := r.JSON[k].(string)
	return s
}

// Obj returns a top-level object field.
func (r *Resp) Obj(k string) map[string]any {
	if r == nil {
		return nil
	}
	m, _ := r.JSON[k].(map[string]any)
	return m
}

// Quota returns quota.used and quota.remaining of an answer (-1 when absent).
func (r *Resp) Quota() (used, remaining int) {
	q := r.Obj("quota")
	if q == nil {
		return -1, -1
	}
	u, ok1 := q["used"].(float64)
	rem, ok2 := q["remaining"].(float64)
	if !ok1 || !ok2 {
		return -1, -1
	}
	return int(u), int(rem)
}

// QuotaDay is the quota's resets_at: it names the quota day the answer
// counted in ("" when absent).
func (r *Resp) QuotaDay() string {
	s, _ := r.Obj("quota")["resets_at"].(string)
	return s
}

func idOf(m map[string]any) string {
	s, _ := m["id"].(string)
	return s
}
