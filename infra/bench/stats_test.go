package main

import (
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	var d []time.Duration
	for i := 1; i <= 100; i++ {
		d = append(d, time.Duration(i)*time.Millisecond)
	}
	s := summarize(d)
	if s.N != 100 || s.MinMs != 1 || s.P50Ms != 50 || s.P90Ms != 90 || s.P99Ms != 99 || s.MaxMs != 100 || s.MeanMs != 50.5 {
		t.Fatalf("summary %+v", s)
	}
	if got := medianF([]float64{5, 1, 3, 2, 4}); got != 3 {
		t.Fatalf("median = %v", got)
	}
	if got := summarize(nil); got.N != 0 {
		t.Fatalf("empty: %+v", got)
	}
}
