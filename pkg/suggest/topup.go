package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// minPerKind is the fewest names an understood question gets of a kind it
// has names for: a reviewer choosing between two names is choosing between
// two words, and a third phrasing is often the one their team uses.
const minPerKind = 3

// topUp gives a kind that came out with one or two names more of the same
// meaning, made from those names only: the verb's synonym (getUsers,
// fetchUsers, loadUsers), a collection as a plural or a list (userList,
// users), a count as count or num (retryCount, numRetries), a flag with or
// without its is (isSidebarCollapsed, sidebarCollapsed), a bound as max or
// limit (MAX_UPLOAD_SIZE, UPLOAD_SIZE_LIMIT). Nothing is added to a kind
// with no name (the question did not ask for it, or was not understood),
// and nothing that is not a rewording of a name already given: no filler.
func (b *builder) topUp() {
	for _, k := range []naming.Kind{naming.KindFunction, naming.KindVariable, naming.KindConstant} {
		i := kindSlot(k)
		have := b.lists[i]
		if len(have) == 0 || len(have) >= minPerKind || b.scope && k == naming.KindFunction {
			continue
		}
		for _, s := range append([]naming.Suggestion(nil), have...) {
			w := naming.Split(strings.TrimRight(strings.TrimLeft(s.Name, "$@"), "?!"))
			vs := variants(k, w)
			if n := len(w); k == naming.KindConstant && n >= 2 && b.room.Format(k, splitWords("a b")) == "A_B" {
				if last := strings.ToLower(w[n-1]); last == "key" || last == "header" {
					// AUTH_TOKEN_KEY, KEY_AUTH_TOKEN (Android's prefs keys)
					vs = append(vs, cat([]string{last}, w[:n-1]))
				}
			}
			for _, v := range vs {
				if len(b.lists[i]) >= minPerKind {
					break
				}
				if strings.EqualFold(v[len(v)-1], "list") {
					// a …List rewording is offered when asked for more
					// (similar.go), not in an answer: reviewers accepted one
					// for 9 of 2,576 questions (December 2026)
					continue
				}
				b.add(k, cand{words: v, ko: "같은 뜻을 다른 말로 쓴 이름입니다.", en: "The same meaning in other words."})
			}
		}
	}
}

// verbSynonyms are verbs developers use for the same action, most usual
// first; the glossary's alt= comes before them.
// offeredSynonyms are the verbs a function name's verb is offered as
// besides (fetchUser after getUser): the glossary's alt= of the verb and
// verbSynonyms.
func offeredSynonyms(verb string) []string {
	var syn []string
	for _, t := range loadGlossary().en[verb] {
		if t.Class == 'v' && len(t.Words) == 1 {
			syn = append(syn, t.Alt...)
		}
	}
	return append(syn, verbSynonyms[verb]...)
}

var verbSynonyms = listsText(`get: fetch load; fetch: get load; load: fetch get; create: make build; make: create build;
	build: create make; add: append insert; append: add; insert: add; remove: delete; delete: remove;
	update: edit modify; edit: update; check: validate verify; validate: check verify;
	verify: check validate; calculate: compute; compute: calculate; send: dispatch;
	find: search lookup; search: find; save: store persist; store: save; show: display; display: show;
	start: begin launch; stop: end; convert: transform; transform: convert; reset: clear; clear: reset;
	sort: order; count: tally; retry: reattempt; handle: process; download: fetch`)

// variants rewords one name's words for its kind.
func variants(k naming.Kind, w []string) [][]string {
	n := len(w)
	if n == 0 {
		return nil
	}
	var out [][]string
	with := func(i int, repl ...string) []string {
		v := append([]string(nil), w[:i]...)
		v = append(v, repl...)
		return append(v, w[i+1:]...)
	}
	last := w[n-1]
	switch k {
	case naming.KindFunction:
		syn := offeredSynonyms(w[0])
		for _, s := range syn {
			if s != w[0] && !strings.Contains(s, " ") {
				out = append(out, with(0, s))
			}
		}
		if n >= 2 && listed(w) && (len(syn) > 0 || isVerbWord(w[0])) { // fileExists is no list of exists
			if one, ok := singular(last); ok && !timeUnitWords.has(last) && !unitSuffix(last) {
				out = append(out, with(n-1, one, "list"))
			}
		}
	case naming.KindVariable:
		switch {
		case n >= 2 && (w[0] == "is" || w[0] == "has") && (strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing")):
			out = append(out, w[1:])
		case n >= 2 && last == "count":
			out = append(out, append([]string{"num"}, append(append([]string(nil), w[:n-2]...), plural(w[n-2]))...))
		case n >= 2 && w[0] == "num":
			if one, ok := singular(last); ok {
				out = append(out, append(append(append([]string(nil), w[1:n-1]...), one), "count"))
			}
		case n >= 2 && last == "list" && w[n-2] != "is" && w[n-2] != "has": // isList is no list of is
			out = append(out, append(append([]string(nil), w[:n-2]...), plural(w[n-2])))
		default:
			if one, ok := singular(last); ok && !timeUnitWords.has(last) && !unitSuffix(last) && listed(w) && w[0] != "has" && w[0] != "is" && last != "props" {
				out = append(out, with(n-1, one, "list"))
			}
		}
	case naming.KindConstant:
		switch {
		case n >= 2 && w[0] == "max":
			out = append(out, append(append([]string(nil), w[1:]...), "limit"))
		case n >= 2 && w[0] == "min":
			out = append(out, append(append([]string(nil), w[1:]...), "minimum"))
		case n >= 2 && w[0] == "default":
			out = append(out, w[1:])
		}
	}
	return out
}

// yesNoHead: a name that starts so asks a yes/no (hasItems,
// supportsWebWorkers): no list of it.
func yesNoHead(w string) bool {
	if yesNoLeads.has(w) {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && englishVerb(w) != nil && nounTerm(guessLemma(w).word) == nil
}

const yesNoLeads lazySet = `is has can should does did was are were will`

// listed: a list form of w reads (not postsWithoutCommentList,
// splitIncomeAndExpenseList).
func listed(w []string) bool {
	return !yesNoHead(w[0]) && !slices.Contains(w, "without") && !slices.Contains(w, "with") && !slices.Contains(w, "and")
}

// singular is the package's plural reading (guessLemma: regular and
// irregular plurals); false when w does not read as a plural (status,
// process, analysis are singular).
func singular(w string) (string, bool) {
	l := guessLemma(w)
	return l.word, l.plural
}

// isVerbWord: the glossary reads w as a verb.
func isVerbWord(w string) bool {
	return slices.ContainsFunc(loadGlossary().en[w], func(t *Term) bool { return t.Class == 'v' })
}
