package suggest

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"unicode"
	"unsafe"
)

// lazyRE is a regular expression compiled the first time it is used. The
// package's patterns (~270 then) compiled at init took ~15–25 ms and ~5 MB of a
// Lambda's cold start (chatsend's INIT, December 2026) though a request
// that fails before the suggester runs uses none of them; compiled on first
// use they cost the first question, which loads the glossary then too.
// The methods are the ones the package calls.
//
// A pattern is a constant of type lazyRE (const reX = lazyRE(`...`)), and
// the compiled patterns live in one table (built), so the ~800 patterns
// cost the binary nothing but their text: as package
// variables (a struct of the source and an atomic pointer to the compiled
// form) they were 24 bytes of writable data each, ~19 KB of chatsend's
// data segment, which was as close to its next 64 KiB step as its code and
// read-only data (see data.go; December 2026). TestLazyRegexpsCompile finds
// every lazyRE conversion in the package's source, checks it is a constant
// and compiles it. Two goroutines that use a pattern first at once may both
// compile it; one result is kept, both are the same.
type lazyRE string

// built holds every pattern compiled so far, and every word set and pairs
// table built so far (words.go's lazySet and lazyPairs, constants too): an
// open-addressing table keyed by where the text lies in memory and by what
// it is built into (a constant's text is one place in the binary; strings
// are immutable and a key keeps its text alive, so a key names one text,
// and the same text at two addresses is built twice, correctly). A use
// costs a pointer hash and one atomic load, no lock and no hash of a
// pattern of up to 2 KB: a mutex and a map keyed by the text made answers
// ~5% slower (~490 pattern uses a question, December 2026). The table
// lives in the zeroed segment (bss), which costs the binary nothing; with
// more texts than slots the rest are built on every use, still correctly
// (TestLazyRegexpsCompile keeps the count far below).
var built [builtSlots]atomic.Pointer[builtEntry]

const (
	builtBits  = 13
	builtSlots = 1 << builtBits
	kindRE     = 'r' // a pattern (lazyRE): *compiledRE
	kindSet    = 's' // a word set (lazySet): map[string]bool
	kindPairs  = 'p' // pairs (lazyPairs): map[string]string
)

type builtEntry struct {
	p    *byte
	n    int
	kind byte
	v    any
}

// buildOnce is text built as kind, built on first use.
func buildOnce(text string, kind byte) any {
	p, n := unsafe.StringData(text), len(text)
	i := uint(uint64(uintptr(unsafe.Pointer(p))+uintptr(kind)) * 0x9E3779B97F4A7C15 >> (64 - builtBits)) // Fibonacci hashing
	var v any
	for range builtSlots {
		e := built[i].Load()
		if e == nil {
			if v == nil {
				v = buildText(text, kind)
			}
			if built[i].CompareAndSwap(nil, &builtEntry{p, n, kind, v}) {
				return v
			}
			e = built[i].Load() // another goroutine took the slot
		}
		if e.p == p && e.n == n && e.kind == kind {
			return e.v
		}
		i = (i + 1) % builtSlots
	}
	if v == nil {
		v = buildText(text, kind)
	}
	return v
}

func buildText(text string, kind byte) any {
	switch {
	case kind == kindRE:
		return compile(text)
	case kind == kindPairs:
		return pairsText(text)
	case strings.Contains(text, ","):
		return phraseSet(text) // "state flow, live data": phrases
	}
	return wordSet(text)
}

// compiledRE is a pattern compiled, with what every match contains: each
// set of need holds words one of which every match contains (lower-cased
// when fold). A string that lacks every word of some set cannot match,
// and substring tests say so in well under a microsecond where the
// matcher took 10–40 µs on every question (about half of an answer's time
// went to patterns that did not match, December 2026).
type compiledRE struct {
	*regexp.Regexp
	need [][]string
	fold bool
}

// get compiles the pattern on first use.
func (l lazyRE) get() *compiledRE { return buildOnce(string(l), kindRE).(*compiledRE) }

// compile compiles a pattern and finds what every match contains.
func compile(src string) *compiledRE {
	c := &compiledRE{Regexp: regexp.MustCompile(src)}
	if tree, err := syntax.Parse(src, syntax.Perl); err == nil {
		c.need, c.fold = required(tree.Simplify())
	}
	return c
}

// may: s contains a word of every set the pattern needs.
func (c *compiledRE) may(s string) bool {
	if c.fold {
		if strings.ContainsRune(s, 'ſ') {
			return true // folds to s, lowers to itself (the one such letter; see required)
		}
		s = strings.ToLower(s)
	}
	for _, set := range c.need {
		if !hasAny(s, set...) {
			return false
		}
	}
	return true
}

func (l lazyRE) MatchString(s string) bool {
	c := l.get()
	return c.may(s) && c.Regexp.MatchString(s)
}
func (l lazyRE) FindString(s string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindString(s)
	}
	return ""
}
func (l lazyRE) FindStringIndex(s string) []int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindStringIndex(s)
	}
	return nil
}
func (l lazyRE) FindStringSubmatch(s string) []string {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindStringSubmatch(s)
	}
	return nil
}
func (l lazyRE) FindStringSubmatchIndex(s string) []int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindStringSubmatchIndex(s)
	}
	return nil
}
func (l lazyRE) FindAllStringIndex(s string, n int) [][]int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindAllStringIndex(s, n)
	}
	return nil
}
func (l lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindAllStringSubmatch(s, n)
	}
	return nil
}
func (l lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if c := l.get(); c.may(s) {
		return c.Regexp.FindAllStringSubmatchIndex(s, n)
	}
	return nil
}
func (l lazyRE) ReplaceAllString(s, repl string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.ReplaceAllString(s, repl)
	}
	return s
}
func (l lazyRE) ReplaceAllLiteralString(s, repl string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.ReplaceAllLiteralString(s, repl)
	}
	return s
}
func (l lazyRE) ReplaceAllStringFunc(s string, f func(string) string) string {
	if c := l.get(); c.may(s) {
		return c.Regexp.ReplaceAllStringFunc(s, f)
	}
	return s
}
func (l lazyRE) Split(s string, n int) []string { return l.get().Split(s, n) }

// required gives what every match of re contains: sets of words, every
// match holding a word of each set (nil when it cannot tell), lower-cased
// with fold set when any part ignores case. A concatenation needs what
// each of its parts needs (the maxNeeds most selective sets), an
// alternation a word of what each branch needs most, a repetition of at
// least one what its body needs.
func required(re *syntax.Regexp) ([][]string, bool) {
	need, fold := requiredOf(re)
	if fold {
		for _, set := range need {
			for i, w := range set {
				set[i] = strings.ToLower(w)
			}
		}
	}
	return need, fold
}

// maxNeeds, maxWords: a pattern keeps at most maxNeeds sets of at most
// maxWords words each; more would cost more than the matcher saves.
const maxNeeds, maxWords = 3, 24

func requiredOf(re *syntax.Regexp) ([][]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		for _, r := range re.Rune {
			if fold && r >= 0x80 && unicode.SimpleFold(r) != r {
				return nil, false // a cased letter beyond ASCII: lowering may not say what folding matches
			}
		}
		return [][]string{{string(re.Rune)}}, fold
	case syntax.OpCharClass:
		// a small class: one of its characters ([(（], [가이]); not \s,
		// whose space every question has
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == 6 || r == ' ' || r >= 0x80 && unicode.SimpleFold(r) != r {
					return nil, false
				}
				set = append(set, string(r))
			}
		}
		return [][]string{set}, slices.ContainsFunc(set, func(w string) bool { return strings.ToLower(w) != w })
	case syntax.OpCapture, syntax.OpPlus:
		return requiredOf(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredOf(re.Sub[0])
		}
	case syntax.OpAlternate:
		var set []string
		fold := false
		for _, sub := range re.Sub {
			n, f := requiredOf(sub)
			if len(n) == 0 || len(set)+len(n[0]) > maxWords {
				return nil, false
			}
			set, fold = append(set, n[0]...), fold || f
		}
		return [][]string{set}, fold
	case syntax.OpConcat:
		var need [][]string
		fold := false
		for _, sub := range re.Sub {
			n, f := requiredOf(sub)
			need, fold = append(need, n...), fold || f && len(n) > 0
		}
		sort.SliceStable(need, func(i, j int) bool { return selectivity(need[i]) > selectivity(need[j]) }) // not slices.SortStableFunc: its [][]string instance was ~3 KB of chatsend
		return need[:min(maxNeeds, len(need))], fold
	}
	return nil, false
}

// selectivity: how rarely a set's words occur, by its shortest word (a
// set of long words first; fewer words break ties).
func selectivity(set []string) int {
	short := len(set[0])
	for _, w := range set {
		short = min(short, len(w))
	}
	return short*64 - len(set)
}

// replaceWith is ReplaceAllString for a rewrite that needs one of the
// words in need, a condition the pattern's own (compiledRE.need) does not
// say: a word its syntax tree splits (get, got: g then et or ot), or one
// the rewrite wants though the pattern would match without it.
func (l lazyRE) replaceWith(s, repl string, need ...string) string {
	if hasAny(s, need...) {
		return l.ReplaceAllString(s, repl)
	}
	return s
}

// replaceFuncWithAny is ReplaceAllStringFunc for a rewrite that needs one
// of need, in any case (need is lower-case), as replaceWith.
func (l lazyRE) replaceFuncWithAny(s string, need []string, f func(string) string) string {
	if !hasAny(strings.ToLower(s), need...) {
		return s
	}
	return l.ReplaceAllStringFunc(s, f)
}

func (l lazyRE) String() string { return string(l) }

// replaceSubmatches replaces every match of l in s by what f makes of its
// submatches (f gets the match and its groups, as FindStringSubmatch
// gives them, read in place: a pattern with \b or ^ may not match its
// match again on its own).
func (l lazyRE) replaceSubmatches(s string, f func([]string) string) string {
	locs := l.FindAllStringSubmatchIndex(s, -1)
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
