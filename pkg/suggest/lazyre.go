package suggest

import (
	"regexp"
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
	re  atomic.Pointer[regexp.Regexp]
}

// get compiles the pattern on first use.
func (l *lazyRE) get() *regexp.Regexp {
	if re := l.re.Load(); re != nil {
		return re
	}
	l.re.CompareAndSwap(nil, regexp.MustCompile(l.src))
	return l.re.Load()
}

func (l *lazyRE) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *lazyRE) FindString(s string) string             { return l.get().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int         { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string   { return l.get().FindStringSubmatch(s) }
func (l *lazyRE) FindStringSubmatchIndex(s string) []int { return l.get().FindStringSubmatchIndex(s) }
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllString(s, repl string) string { return l.get().ReplaceAllString(s, repl) }
func (l *lazyRE) ReplaceAllLiteralString(s, repl string) string {
	return l.get().ReplaceAllLiteralString(s, repl)
}
func (l *lazyRE) ReplaceAllStringFunc(s string, f func(string) string) string {
	return l.get().ReplaceAllStringFunc(s, f)
}
func (l *lazyRE) Split(s string, n int) []string { return l.get().Split(s, n) }

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
