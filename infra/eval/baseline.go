package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
)

// Baseline is the ratchet `make test` holds the offline suggester to: the
// scores may only move up. Rates are fractions (0.9 = 90 %).
type Baseline struct {
	Questions int     `json:"questions"`  // the set's size when the baseline was taken
	Hit1      float64 `json:"hit1"`       // at least
	Hit3      float64 `json:"hit3"`       // at least
	Filler    float64 `json:"max_filler"` // at most
	Validity  float64 `json:"validity"`   // at least
}

func (b Baseline) String() string {
	return fmt.Sprintf("hit@1 ≥ %.1f%%, hit@3 ≥ %.1f%%, filler ≤ %.1f%%, validity ≥ %.1f%%",
		100*b.Hit1, 100*b.Hit3, 100*b.Filler, 100*b.Validity)
}

// LoadBaseline reads a baseline file.
func LoadBaseline(path string) (Baseline, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Baseline{}, fmt.Errorf("read baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(raw, &b); err != nil {
		return Baseline{}, fmt.Errorf("parse baseline %s: %w", path, err)
	}
	return b, nil
}

// Write stores the baseline.
func (b Baseline) Write(path string) error {
	raw, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return fmt.Errorf("encode baseline: %w", err)
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// eps absorbs float formatting, not real drops: one question of 200 is 0.5 %.
const eps = 1e-9

// Check lists what fell below the baseline.
func (b Baseline) Check(s Summary) []string {
	var fails []string
	if s.Errors > 0 {
		fails = append(fails, fmt.Sprintf("%d questions failed to answer", s.Errors))
	}
	if s.Hit1+eps < b.Hit1 {
		fails = append(fails, fmt.Sprintf("hit@1 %.1f%% < %.1f%%", 100*s.Hit1, 100*b.Hit1))
	}
	if s.Hit3+eps < b.Hit3 {
		fails = append(fails, fmt.Sprintf("hit@3 %.1f%% < %.1f%%", 100*s.Hit3, 100*b.Hit3))
	}
	if s.FillerRate > b.Filler+eps {
		fails = append(fails, fmt.Sprintf("filler %.1f%% > %.1f%%", 100*s.FillerRate, 100*b.Filler))
	}
	if s.Validity+eps < b.Validity {
		fails = append(fails, fmt.Sprintf("validity %.1f%% < %.1f%%", 100*s.Validity, 100*b.Validity))
	}
	return fails
}

// Raise moves each figure of the baseline to the run's where the run did
// better, and reports whether anything moved. It never lowers one.
func (b Baseline) Raise(s Summary) (Baseline, bool) {
	n := b
	n.Questions = s.N
	n.Hit1 = math.Max(b.Hit1, floor3(s.Hit1))
	n.Hit3 = math.Max(b.Hit3, floor3(s.Hit3))
	n.Validity = math.Max(b.Validity, floor3(s.Validity))
	if b.Filler == 0 && b.Questions == 0 {
		n.Filler = ceil3(s.FillerRate) // the first baseline
	} else {
		n.Filler = math.Min(b.Filler, ceil3(s.FillerRate))
	}
	return n, n != b
}

// floor3 and ceil3 round to 0.1 % toward the side that keeps the run itself
// passing the baseline it just wrote.
func floor3(x float64) float64 { return math.Floor(x*1000+eps) / 1000 }
func ceil3(x float64) float64  { return math.Max(0, math.Ceil(x*1000-eps)/1000) } // never -0
