package suggest

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync/atomic"
)

// lazyRE is a regular expression compiled the first time it is used. The
// package's ~270 patterns compiled at init took ~15–25 ms and ~5 MB of a
// Lambda's cold start (chatsend's INIT, December 2026) though a request
// that fails before the suggester runs uses none of them; compiled on first
// use they cost the first question, which loads the glossary then too.
// The methods are the ones the package calls.
//
// A pattern is declared as &lazyRE{src: `...`}: a composite literal of
// constants, which the compiler lays out in the binary, so the ~380
// patterns cost no init code (a constructor call each was ~15 KB of
// chatsend's init, December 2026). TestLazyRegexpsCompile finds every such
// literal in the package's source and compiles it.
//
// The patterns are package variables laid out in the binary's data
// segment, so each costs its size there: a sync.Once made them 40 bytes,
// an atomic pointer 24 (chatsend's data segment is as close to its next
// 64 KiB step as its code and read-only data; see buildflags.go). Two
// goroutines that use a pattern first at once may both compile it; one
// result is kept, both are the same.
type lazyRE struct {
	src string
	re  atomic.Pointer[compiledRE]
}

// compiledRE is a pattern compiled, with the words one of which every
// match contains (need, lower-cased when fold): a question without any of
// them cannot match, and a substring test says so in well under a
// microsecond where the matcher took 10–40 µs on every question (about
// half of an answer's time went to patterns that did not match,
// December 2026).
type compiledRE struct {
	*regexp.Regexp
	need []string
	fold bool
}

// get compiles the pattern on first use.
func (l *lazyRE) get() *compiledRE {
	if c := l.re.Load(); c != nil {
		return c
	}
	re := regexp.MustCompile(l.src)
	c := &compiledRE{Regexp: re}
	if tree, err := syntax.Parse(l.src, syntax.Perl); err == nil {
		c.need, c.fold = required(tree.Simplify())
	}
	l.re.CompareAndSwap(nil, c)
	return l.re.Load()
}

// may: s contains one of the words every match needs (or the pattern
// needs none).
func (c *compiledRE) may(s string) bool {
	if c.need == nil {
		return true
	}
	if c.fold {
		if strings.ContainsRune(s, 'ſ') || strings.ContainsRune(s, 'K') {
			return true // the two letters that fold to ASCII but do not lower to it
		}
		s = strings.ToLower(s)
	}
	for _, w := range c.need {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func (l *lazyRE) MatchString(s string) bool {
	c := l.get()
	return c.may(s) && c.Regexp.MatchString(s)
}
func (l *lazyRE) FindString(s string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindString(s)
	}
	return ""
}
func (l *lazyRE) FindStringIndex(s string) []int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindStringIndex(s)
	}
	return nil
}
func (l *lazyRE) FindStringSubmatch(s string) []string {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindStringSubmatch(s)
	}
	return nil
}
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindStringSubmatchIndex(s)
	}
	return nil
}
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindAllStringIndex(s, n)
	}
	return nil
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindAllStringSubmatch(s, n)
	}
	return nil
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	return nil
}
func (l *lazyRE) ReplaceAllString(s, repl string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.ReplaceAllString(s, repl)
	}
	return s
}
func (l *lazyRE) ReplaceAllLiteralString(s, repl string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.ReplaceAllLiteralString(s, repl)
	}
	return s
}
func (l *lazyRE) ReplaceAllStringFunc(s string, f func(string) string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.ReplaceAllStringFunc(s, f)
	}
	return s
}
func (l *lazyRE) Split(s string, n int) []string { return l.get().Split(s, n) }

// required gives words one of which every match of re contains (nil when
// it cannot tell), lower-cased and with fold set when the pattern ignores
// case. A concatenation needs what any of its parts needs (the part with
// the longest shortest word is kept), an alternation one of what each
// branch needs, a repetition of at least one what its body needs.
func required(re *syntax.Regexp) ([]string, bool) {
	need, fold := requiredOf(re)
	if len(need) == 0 || len(need) > 24 {
		return nil, false
	}
	return need, fold
}

func requiredOf(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return []string{strings.ToLower(string(re.Rune))}, true
		}
		return []string{string(re.Rune)}, false
	case syntax.OpCharClass:
		// a small class: one of its characters ([(（], [가이])
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 3 || len(out) > 6 {
				return nil, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		if len(out) > 6 {
			return nil, false
		}
		fold := false
		for i, w := range out {
			if l := strings.ToLower(w); l != w {
				fold = true
				out[i] = l
			}
		}
		if fold {
			for i := range out {
				out[i] = strings.ToLower(out[i])
			}
		}
		return out, fold
	case syntax.OpCapture, syntax.OpPlus:
		return requiredOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredOf(re.Sub[0])
		}
	case syntax.OpAlternate:
		var out []string
		fold := false
		for _, sub := range re.Sub {
			n, f := requiredOf(sub)
			if len(n) == 0 {
				return nil, false
			}
			out, fold = append(out, n...), fold || f
		}
		if fold {
			for i := range out {
				out[i] = strings.ToLower(out[i])
			}
		}
		return out, fold
	case syntax.OpConcat:
		var best []string
		bestFold, bestLen := false, 0
		for _, sub := range re.Sub {
			n, f := requiredOf(sub)
			if len(n) == 0 || len(n) > 24 {
				continue
			}
			short := len(n[0])
			for _, w := range n {
				short = min(short, len(w))
			}
			if short > bestLen || short == bestLen && len(n) < len(best) {
				best, bestFold, bestLen = n, f, short
			}
		}
		return best, bestFold
	}
	return nil, false
}

// replaceWith is ReplaceAllString for a rewrite that needs one of the
// words in need: a question without them skips the pattern, which scans
// every position of the question otherwise (restate runs ~120 rewrites on
// every question; unanchored ones were a third of an answer's time).
func (l *lazyRE) replaceWith(s, repl string, need ...string) string {
	if hasAny(s, need...) {
		return l.ReplaceAllString(s, repl)
	}
	return s
}

// replaceFuncWithAny is ReplaceAllStringFunc for a rewrite that needs one
// of need, in any case (need is lower-case).
func (l *lazyRE) replaceFuncWithAny(s string, need []string, f func(string) string) string {
	if !hasAny(strings.ToLower(s), need...) {
		return s
	}
	return l.ReplaceAllStringFunc(s, f)
}

// replaceFuncWith is ReplaceAllStringFunc for a rewrite that needs need.
func (l *lazyRE) replaceFuncWith(s, need string, f func(string) string) string {
	if !strings.Contains(s, need) {
		return s
	}
	return l.ReplaceAllStringFunc(s, f)
}

func (l *lazyRE) String() string { return l.src }

// replaceSubmatches replaces every match of l in s by what f makes of its
// submatches (f gets the match and its groups, as FindStringSubmatch
// gives them, read in place: a pattern with \b or ^ may not match its
// match again on its own).
func (l *lazyRE) replaceSubmatches(s string, f func([]string) string) string {
	locs := l.get().FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		sub := make([]string, len(loc)/2)
		for i := range sub {
			if loc[2*i] >= 0 {
				sub[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(f(sub))
		last = loc[1]
	}
	b.WriteString(s[last:])
	return b.String()
}
