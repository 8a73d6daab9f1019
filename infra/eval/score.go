package main

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"

	"namebot/pkg/evalset"
	"namebot/pkg/naming"
)

// genericWords name nothing by themselves: a suggestion made only of them
// (processData, getValue, result, MAX_SIZE, save, items) is filler unless
// the question itself is about those words.
var genericWords = setOf(`
a an the my our new old current temp tmp obj object thing things stuff foo bar baz
data datum info information value values result results item items element elements
input inputs output outputs param params arg args content entry entries record records
process handle handler do run execute perform make manage check validate get set
update save load fetch store put add remove delete create apply compute calculate
is has can should flag status state type kind mode
max min size default limit timeout count num number total amount list array collection
manager service helper util utils common base main func function var variable val
str string text name id key`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// stem folds the usual English endings so that "suggestion" and
// "suggestions", "retry" and "retries" count as the same topic word.
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 3 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses"):
		return w[:len(w)-1]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// vocabulary is the question's topic: the words of its accepted names, its
// related words and, for English questions, its own words.
func vocabulary(q Question) map[string]bool {
	v := map[string]bool{}
	add := func(s string) {
		for _, w := range naming.Split(s) {
			v[stem(w)] = true
		}
	}
	for _, n := range q.Accept {
		add(evalset.Key(n))
	}
	for _, n := range q.Related {
		add(n)
	}
	if !q.Korean() {
		add(q.Question)
	}
	return v
}

// Filler reports whether a suggested name says nothing about the question:
// every word of it is generic and none is a word of the question's topic.
func Filler(q Question, name string) bool {
	words := strings.Fields(evalset.Key(name))
	if len(words) == 0 {
		return true
	}
	vocab := vocabulary(q)
	for _, w := range words {
		if !genericWords[w] || vocab[stem(w)] {
			return false
		}
	}
	return true
}

// OffTopic reports whether a suggested name shares no word with the
// question's topic (a weaker, noisier signal than Filler: a good synonym the
// reviewer did not list is off-topic too).
func OffTopic(q Question, name string) bool {
	vocab := vocabulary(q)
	for _, w := range strings.Fields(evalset.Key(name)) {
		if vocab[stem(w)] {
			return false
		}
	}
	return true
}

// Question is one entry of an evaluation set (package evalset).
type Question = evalset.Question

// Outcome is how one question was answered.
type Outcome struct {
	Q        Question
	Asked    []string // names of the asked kind, in the order given
	All      []naming.Suggestion
	Text     string
	Err      error
	Hit1     bool
	Hit3     bool
	Rejected int // names of the asked kind among the first three that the set lists as wrong
	Filler   []string
	OffTopic []string
	Invalid  []string
}

// Score answers every question with ask, at most parallel at a time, and
// compares the names with the accepted ones. Outcomes keep the set's order.
func Score(ctx context.Context, qs []Question, parallel int, ask func(context.Context, Question) (naming.Answer, error)) []Outcome {
	out := make([]Outcome, len(qs))
	if parallel < 1 {
		parallel = 1
	}
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i, q := range qs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			out[i] = scoreOne(q, func() (naming.Answer, error) { return ask(ctx, q) })
		}()
	}
	wg.Wait()
	return out
}

func scoreOne(q Question, ask func() (naming.Answer, error)) Outcome {
	o := Outcome{Q: q}
	ans, err := ask()
	if err != nil {
		o.Err = err
		return o
	}
	o.All, o.Text = ans.Suggestions, ans.Text
	spec := naming.Spec{Language: q.Language, Convention: q.Convention}
	accept := map[string]bool{}
	for _, n := range q.Accept {
		accept[evalset.Key(n)] = true
	}
	reject := map[string]bool{}
	for _, n := range q.Reject {
		reject[evalset.Key(n)] = true
	}
	for _, s := range ans.Suggestions {
		if naming.Validate(spec, s.Kind, s.Name) != nil {
			o.Invalid = append(o.Invalid, s.Name)
		}
		if Filler(q, s.Name) {
			o.Filler = append(o.Filler, s.Name)
		}
		if OffTopic(q, s.Name) {
			o.OffTopic = append(o.OffTopic, s.Name)
		}
		if string(s.Kind) == q.Kind {
			o.Asked = append(o.Asked, s.Name)
		}
	}
	for i, n := range o.Asked {
		if i >= 3 {
			break
		}
		k := evalset.Key(n)
		if accept[k] {
			o.Hit3 = true
			if i == 0 {
				o.Hit1 = true
			}
		}
		if reject[k] {
			o.Rejected++
		}
	}
	return o
}

// Summary is the figures of a group of outcomes.
type Summary struct {
	Label       string  `json:"label"`
	N           int     `json:"n"`
	Hit1        float64 `json:"hit1"`
	Hit3        float64 `json:"hit3"`
	Answered    float64 `json:"answered"` // questions with at least one name of the asked kind
	Names       int     `json:"names"`
	FillerRate  float64 `json:"filler"`
	OffTopic    float64 `json:"off_topic"`
	Validity    float64 `json:"validity"`
	RejectedTop int     `json:"rejected_in_top3"`
	Errors      int     `json:"errors"`
}

// Summarize adds up outcomes.
func Summarize(label string, outs []Outcome) Summary {
	s := Summary{Label: label, N: len(outs)}
	var hit1, hit3, answered, filler, off, invalid int
	for _, o := range outs {
		if o.Err != nil {
			s.Errors++
			continue
		}
		if o.Hit1 {
			hit1++
		}
		if o.Hit3 {
			hit3++
		}
		if len(o.Asked) > 0 {
			answered++
		}
		s.Names += len(o.All)
		filler += len(o.Filler)
		off += len(o.OffTopic)
		invalid += len(o.Invalid)
		s.RejectedTop += o.Rejected
	}
	if s.N > 0 {
		s.Hit1 = ratio(hit1, s.N)
		s.Hit3 = ratio(hit3, s.N)
		s.Answered = ratio(answered, s.N)
	}
	if s.Names > 0 {
		s.FillerRate = ratio(filler, s.Names)
		s.OffTopic = ratio(off, s.Names)
		s.Validity = ratio(s.Names-invalid, s.Names)
	} else {
		s.Validity = 1
	}
	return s
}

func ratio(a, b int) float64 { return float64(a) / float64(b) }

// GroupBy summarizes outcomes per value of key, in sorted order.
func GroupBy(outs []Outcome, key func(Question) string) []Summary {
	groups := map[string][]Outcome{}
	for _, o := range outs {
		k := key(o.Q)
		groups[k] = append(groups[k], o)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Summary, 0, len(keys))
	for _, k := range keys {
		out = append(out, Summarize(k, groups[k]))
	}
	return out
}

// Near-miss classes of a question whose first three names of the asked kind
// hold no accepted name, by how the nearest of them relates to an accepted
// name's words (Key): an accepted name further down the list (later); a
// name that has an accepted name's words and more (extra); one that lacks
// some (missing); some words shared (overlap), none (disjoint); no name of
// the kind at all (none). They are counts a set can be described by
// without reading its questions (eval/unseen/README.md).
const (
	NearLater    = "later"
	NearExtra    = "extra"
	NearMissing  = "missing"
	NearOverlap  = "overlap"
	NearDisjoint = "disjoint"
	NearNone     = "none"
)

// NearMissClasses lists the classes in the order reports print them.
var NearMissClasses = []string{NearLater, NearExtra, NearMissing, NearOverlap, NearDisjoint, NearNone}

// NearMiss is the near-miss class of o, "" for a hit or an error.
func NearMiss(o Outcome) string {
	if o.Hit3 || o.Err != nil {
		return ""
	}
	if len(o.Asked) == 0 {
		return NearNone
	}
	accept := make([]map[string]bool, 0, len(o.Q.Accept))
	for _, n := range o.Q.Accept {
		accept = append(accept, setOf(evalset.Key(n)))
	}
	for _, n := range o.Asked[min(3, len(o.Asked)):] {
		for _, a := range accept {
			if sameSet(setOf(evalset.Key(n)), a) {
				return NearLater
			}
		}
	}
	best := NearDisjoint
	rank := map[string]int{NearExtra: 3, NearMissing: 2, NearOverlap: 1, NearDisjoint: 0}
	for _, n := range o.Asked[:min(3, len(o.Asked))] {
		g := setOf(evalset.Key(n))
		for _, a := range accept {
			c := NearDisjoint
			switch {
			case subset(a, g) && len(a) < len(g):
				c = NearExtra
			case subset(g, a) && len(g) < len(a):
				c = NearMissing
			case shares(a, g):
				c = NearOverlap
			}
			if rank[c] > rank[best] {
				best = c
			}
		}
	}
	return best
}

func subset(a, b map[string]bool) bool {
	for w := range a {
		if !b[w] {
			return false
		}
	}
	return true
}

func sameSet(a, b map[string]bool) bool { return len(a) == len(b) && subset(a, b) }

func shares(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

// NearMisses counts the near-miss classes of outs.
func NearMisses(outs []Outcome) map[string]int {
	m := map[string]int{}
	for _, o := range outs {
		if c := NearMiss(o); c != "" {
			m[c]++
		}
	}
	return m
}

// Recurring is a name accepted by several questions of the sets scored
// together, and those questions: the same question written again by
// different writers (a won amount shown as '12,000원', a config created
// with defaults when the file is missing).
type Recurring struct {
	Name      string    // the accepted name, as evalset.Key reads it
	Questions []Outcome // every question that accepts it, misses first
	Misses    int
}

// Recurrences lists the accepted names that at least min questions accept
// and that at least one of them misses, most misses first: where one
// phrasebook line can answer many questions nobody has seen yet.
func Recurrences(outs []Outcome, min int) []Recurring {
	by := map[string][]Outcome{}
	for _, o := range outs {
		seen := map[string]bool{}
		for _, a := range o.Q.Accept {
			if k := evalset.Key(a); !seen[k] {
				seen[k] = true
				by[k] = append(by[k], o)
			}
		}
	}
	var rs []Recurring
	for k, os := range by {
		r := Recurring{Name: k}
		for _, o := range os {
			if !o.Hit3 {
				r.Misses++
			}
		}
		if len(os) < min || r.Misses == 0 {
			continue
		}
		r.Questions = slices.Clone(os)
		slices.SortStableFunc(r.Questions, func(a, b Outcome) int { return cmpBool(a.Hit3, b.Hit3) })
		rs = append(rs, r)
	}
	slices.SortFunc(rs, func(a, b Recurring) int {
		if a.Misses != b.Misses {
			return b.Misses - a.Misses
		}
		return strings.Compare(a.Name, b.Name)
	})
	return rs
}

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}
