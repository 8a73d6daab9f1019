// Package review judges names people already have: the free, instant name
// review (POST /api/naming/check, and a name pasted alone into a room).
//
// It checks identifier rules, reserved words and the case per language,
// convention and kind through package naming, then the words of the name:
// Hungarian prefixes, unclear abbreviations, romanised Korean, generic
// words, numbered names, negated booleans, booleans that are not a
// predicate, and length. Each problem has a stable code and a one-line
// explanation in Korean or English; corrected names apply every fix that
// can be made without knowing the code, and each passes naming.Validate.
// A name that is fine gets no problem at all.
//
// Like naming, everything here is pure: no I/O, no clock, no randomness;
// package state is built at initialisation and only read afterwards.
package review

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// Kind is what a reviewed name is for. Boolean is a variable (or, in Ruby,
// a predicate method) that holds yes or no.
type Kind string

// The kinds a review can be asked for; empty means "guess from the name".
const (
	Function Kind = "function"
	Variable Kind = "variable"
	Boolean  Kind = "boolean"
	Constant Kind = "constant"
	Class    Kind = "class"
)

// Kinds lists the kinds a request may name.
func Kinds() []Kind { return []Kind{Function, Variable, Boolean, Constant, Class} }

// ParseKind accepts exactly one of Kinds.
func ParseKind(s string) (Kind, bool) {
	for _, k := range Kinds() {
		if string(k) == s {
			return k, true
		}
	}
	return "", false
}

// Limits of a review request.
const (
	MaxNames    = 20  // names per request
	MaxNameLen  = 100 // characters per name
	MaxBetter   = 3   // corrected names per result
	maxWordsFn  = 5   // functions, variables, booleans: words ...
	maxCharsFn  = 32  // ... and characters
	maxWordsCls = 5   // classes
	maxCharsCls = 40
	maxWordsCst = 6 // constants carry a unit (MAX_RETRY_DELAY_SECONDS)
	maxCharsCst = 40
)

// Problem is one thing wrong with a name.
type Problem struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Result is the review of one name.
type Result struct {
	Name     string    `json:"name"`
	OK       bool      `json:"ok"`
	Problems []Problem `json:"problems"`
	Better   []string  `json:"better"`
}

// Check reviews names for the room setting spec; kind applies to all of
// them (empty: each name's kind is guessed from its shape). Messages are
// Korean when korean, else English. One result per name, in order.
func Check(spec naming.Spec, kind Kind, names []string, korean bool) []Result {
	out := make([]Result, len(names))
	for i, n := range names {
		out[i] = CheckName(spec, kind, n, korean)
	}
	return out
}

// CheckName reviews one name.
func CheckName(spec naming.Spec, kind Kind, name string, korean bool) Result {
	r := &reviewer{spec: spec, korean: korean, res: Result{Name: name, Problems: []Problem{}, Better: []string{}}}
	r.lang, _ = naming.Resolve(spec)
	conv, _ := naming.ResolveConvention(spec)
	r.shortStyle = conv == naming.ConvLinuxKernel
	r.run(strings.TrimSpace(name), kind)
	r.res.OK = len(r.res.Problems) == 0
	if r.res.OK {
		r.res.Better = []string{}
	}
	return r.res
}

type reviewer struct {
	spec   naming.Spec
	lang   naming.Language
	korean bool
	res    Result
	// fixable is false once a problem was found that no rewrite of the
	// words can fix (a generic or numbered name, a reserved word): then no
	// better name is proposed, because it would still have the problem.
	unfixable bool
	// shortStyle: the convention asks for short names (the Linux kernel's).
	shortStyle bool
}

func (r *reviewer) add(code, msg string) {
	r.res.Problems = append(r.res.Problems, Problem{Code: code, Message: msg})
}

func (r *reviewer) say(code string, args ...any) { r.add(code, message(code, r.korean, args...)) }

// shape is a name taken apart: its decorations and its words.
type shape struct {
	lead  string // a PHP/JavaScript "$", or leading underscores (_private)
	trail string // a Ruby "?" or "!", or a trailing "_" (name_, class_)
	core  string
	words []string
}

func (r *reviewer) parse(name string) shape {
	s := shape{core: name}
	if strings.HasPrefix(s.core, "$") {
		s.lead, s.core = "$", s.core[1:]
	}
	for strings.HasPrefix(s.core, "_") && len(s.core) > 1 {
		s.lead += "_"
		s.core = s.core[1:]
	}
	if r.lang == naming.LangRuby && (strings.HasSuffix(s.core, "?") || strings.HasSuffix(s.core, "!")) {
		s.trail, s.core = s.core[len(s.core)-1:], s.core[:len(s.core)-1]
	} else if strings.HasSuffix(s.core, "_") && len(s.core) > 1 {
		s.trail, s.core = "_", strings.TrimSuffix(s.core, "_")
	}
	s.words = naming.Split(s.core)
	return s
}

// guessKind is the kind a name looks like when the request names none.
func (r *reviewer) guessKind(name string, s shape) Kind {
	switch {
	case s.lead == "$" && r.lang == naming.LangPHP:
		if len(s.words) > 0 && predicateWords[s.words[0]] {
			return Boolean
		}
		return Variable
	case s.trail == "?":
		return Boolean
	case len(s.words) == 0:
		return Variable
	case naming.ScreamingSnakeCase.Matches(s.core) && (strings.Contains(s.core, "_") || len(s.core) > 3):
		return Constant
	case naming.KPascalCase.Matches(s.core):
		return Constant
	case s.words[0] == "b" && r.isHungarianB(s):
		return Boolean
	case predicateWords[s.words[0]] && len(s.words) > 1:
		return Boolean
	case s.core[0] >= 'A' && s.core[0] <= 'Z':
		// Go and C# write functions in PascalCase too: a verb first
		// (GetUserByID) reads as a function there.
		if verbs[s.words[0]] && (r.lang == naming.LangGo || r.lang == naming.LangCSharp) {
			return Function
		}
		return Class
	case verbs[s.words[0]]:
		return Function
	}
	return Variable
}

// namingKind is the naming kind whose case rule a kind follows.
func (r *reviewer) namingKind(k Kind, s shape) naming.Kind {
	switch k {
	case Function:
		return naming.KindFunction
	case Constant:
		return naming.KindConstant
	case Class:
		return naming.KindClass
	case Boolean:
		if r.lang == naming.LangRuby && s.trail == "?" {
			return naming.KindFunction
		}
	}
	return naming.KindVariable
}

func (r *reviewer) run(name string, asked Kind) {
	s := r.parse(name)
	kind := asked
	if kind == "" {
		kind = r.guessKind(name, s)
	}
	conv := strings.ToLower(r.spec.Convention)
	unreal := strings.Contains(conv, "unreal") || strings.Contains(conv, "언리얼") || strings.Contains(conv, "ue4") || strings.Contains(conv, "ue5")

	// The language's own names: nothing to say about them.
	if r.languageOwn(name) {
		return
	}

	// 1. The identifier: characters, reserved words, case.
	nk := r.namingKind(kind, s)
	checked := name
	if s.trail == "_" {
		checked = strings.TrimSuffix(name, "_")
	}
	err := naming.Validate(r.spec, nk, checked)
	if err != nil && asked == "" {
		// No kind asked: a name valid as any kind is in a right case.
		for _, k := range naming.AllKinds() {
			if naming.Validate(r.spec, k, checked) == nil {
				err, nk = nil, k
				break
			}
		}
	}
	if unreal && errors.Is(err, naming.ErrWrongCase) && naming.PascalCase.Matches(s.core) {
		err = nil // Unreal Engine writes every name in PascalCase
	}
	wrongCase := false
	switch {
	case err == nil:
	case errors.Is(err, naming.ErrReserved):
		if s.trail == "_" {
			break // PEP 8's class_: the trailing underscore avoids the keyword
		}
		r.say(CodeReserved, quote(name), r.langName())
		r.unfixable = true
	case errors.Is(err, naming.ErrWrongCase):
		wrongCase = true
	case errors.Is(err, naming.ErrTooLong):
		// Over naming.MaxNameLen: reported below with the word count.
	default:
		if r.lang == naming.LangPHP && nk == naming.KindVariable && !strings.HasPrefix(name, "$") && isWordy(name) {
			if fixed, ferr := naming.Fix(r.spec, nk, name); ferr == nil {
				r.add(CodeInvalid, message(CodeInvalid+".php", r.korean, quote(fixed)))
				break
			}
		}
		r.say(CodeInvalid, quote(name), r.langName())
		if !isLooseWords(s.core) || len(s.words) == 0 || s.words[0][0] >= '0' && s.words[0][0] <= '9' {
			r.unfixable = true
		}
	}
	invalid := len(r.res.Problems) > 0 && r.res.Problems[0].Code == CodeInvalid
	if !isWordy(s.core) {
		if !isLooseWords(s.core) || len(s.words) == 0 {
			return // Hangul, punctuation, markup: nothing more to read in it
		}
		// "user name", "user-id": words a formatter can join.
		s.core = strings.Join(s.words, "_")
	}

	// 2. The words.
	words := append([]string(nil), s.words...)

	// Hungarian prefixes.
	if prefix, t, ok := r.hungarianPrefix(s, asked, unreal); ok {
		shown := s.core[:len(prefix)]
		if strings.HasPrefix(s.core, prefix+"_") {
			shown += "_"
		}
		r.say(CodeHungarian, quote(shown), pick(t, r.korean))
		words = words[1:]
		if prefix == "b" && asked == "" {
			kind = Boolean
		}
	}

	// Abbreviations and romanised Korean, word by word.
	var abbr, roman []string
	var expanded []string
	for _, w := range words {
		if e, ok := abbreviations[w]; ok && !r.shortAllowed(w) {
			abbr = append(abbr, quote(w)+" → "+e[0])
			expanded = append(expanded, strings.Fields(e[0])...)
			continue
		}
		if e, ok := romanized[w]; ok {
			roman = append(roman, quote(w)+" ("+e.hangul+") → "+strings.Join(e.english, " "))
			expanded = append(expanded, e.english...)
			continue
		}
		expanded = append(expanded, w)
	}

	// Generic names: nothing but generic nouns and vague words.
	generic := isGeneric(expanded, r.shortAllowed)
	if len(abbr) > 0 && !generic {
		r.say(CodeAbbreviation, joinList(abbr))
	}
	if len(roman) > 0 {
		r.say(CodeRomanized, joinList(roman))
	}
	if generic {
		r.say(CodeGeneric, quote(name))
		r.unfixable = true
	}

	// Numbered names.
	if n := trailingNumber(s.core); n != "" {
		r.say(CodeNumbered, quote(n))
		r.unfixable = true
	}

	// Booleans.
	alts := [][]string{expanded}
	if kind != Class && kind != Constant {
		if flipped, ok := negation(expanded, kind == Boolean); ok {
			r.say(CodeNegated, quote("!"+name))
			alts = flipped
			if kind != Function {
				kind = Boolean
			}
		}
	}
	if kind == Boolean && r.lang != naming.LangRuby || kind == Boolean && r.lang == naming.LangRuby && s.trail != "?" {
		if !r.isPredicate(alts[0], s, unreal) {
			if r.lang == naming.LangRuby {
				r.add(CodeNotPredicate, message(CodeNotPredicate+".rb", r.korean))
				if q := naming.Format(alts[0], naming.SnakeCase) + "?"; naming.Validate(r.spec, naming.KindFunction, q) == nil {
					r.better(q)
				}
			} else {
				r.say(CodeNotPredicate)
			}
			alts = predicateForms(alts[0])
		}
	}

	// Length.
	nWords, nChars := len(s.words), utf8.RuneCountInString(name)
	maxW, maxC := maxWordsFn, maxCharsFn
	switch kind {
	case Class:
		maxW, maxC = maxWordsCls, maxCharsCls
	case Constant:
		maxW, maxC = maxWordsCst, maxCharsCst
	}
	if nWords > maxW || nChars > maxC {
		r.say(CodeTooLong, nWords, nChars, r.kindLabel(kind), maxW, maxC)
		r.unfixable = true
	}

	// 3. Better names: every alternative in the case the kind takes.
	changed := wrongCase || invalid || len(abbr) > 0 || len(roman) > 0 || len(words) != len(s.words) || len(alts) != 1 || !slices.Equal(alts[0], expanded)
	if r.unfixable || !changed {
		if wrongCase {
			r.wrongCase(name, kind, nk, "")
		}
		return
	}
	first := ""
	for _, ws := range alts {
		if b := r.format(ws, kind, s, s.lead); b != "" {
			if first == "" {
				first = b
			}
			r.better(b)
		}
	}
	if wrongCase {
		r.wrongCase(name, kind, nk, first)
	}
}

// wrongCase reports the case problem, naming the first corrected name (or
// the re-cased name when no other fix applies).
func (r *reviewer) wrongCase(name string, kind Kind, nk naming.Kind, example string) {
	c := naming.CaseFor(r.spec, nk)
	if example == "" {
		if fixed, err := naming.Fix(r.spec, nk, name); err == nil && !r.unfixable {
			example = fixed
			r.better(fixed)
		}
	}
	msg := message(CodeWrongCase, r.korean, r.langName(), r.kindLabel(kind), caseName(c), quote(example))
	if example == "" {
		msg = strings.TrimSuffix(strings.TrimSuffix(msg, ": ``"), ": ``")
	}
	// The case problem comes first among the word problems.
	p := Problem{Code: CodeWrongCase, Message: msg}
	at := 0
	for at < len(r.res.Problems) && (r.res.Problems[at].Code == CodeInvalid || r.res.Problems[at].Code == CodeReserved) {
		at++
	}
	r.res.Problems = append(r.res.Problems[:at], append([]Problem{p}, r.res.Problems[at:]...)...)
}

// format spells words as a name of kind, with the decorations it keeps;
// "" when the result is not valid.
func (r *reviewer) format(ws []string, kind Kind, s shape, lead string) string {
	if len(ws) == 0 {
		return ""
	}
	nk := r.namingKind(kind, s)
	if kind == Boolean && r.lang == naming.LangRuby && s.trail == "?" {
		nk = naming.KindFunction
	}
	c := naming.CaseFor(r.spec, nk)
	if r.lang == naming.LangGo && s.core != "" && isUpper(s.core[0]) {
		c = naming.GoPascalCase // keep an exported Go name exported
	}
	out := naming.Format(ws, c)
	switch {
	case r.lang == naming.LangPHP && nk == naming.KindVariable:
		out = "$" + out
	case lead == "$" && (r.lang == naming.LangJavaScript || r.lang == naming.LangTypeScript):
		out = "$" + out
	case strings.HasPrefix(lead, "_"):
		out = "_" + out
	}
	if nk == naming.KindFunction && (s.trail == "?" || s.trail == "!") {
		out += s.trail
	}
	if naming.Validate(r.spec, nk, out) != nil {
		return ""
	}
	return out
}

func (r *reviewer) better(name string) {
	if name == "" || name == strings.TrimSpace(r.res.Name) || len(r.res.Better) >= MaxBetter {
		return
	}
	for _, b := range r.res.Better {
		if b == name {
			return
		}
	}
	r.res.Better = append(r.res.Better, name)
}

// kindLabel names a kind in a message: a "class" is a type in languages
// without classes (Go, Rust, C).
func (r *reviewer) kindLabel(k Kind) string {
	if k == Class && (r.lang == naming.LangGo || r.lang == naming.LangRust || r.lang == naming.LangC) {
		return pick([2]string{"타입", "type"}, r.korean)
	}
	return pick(kindLabels[k], r.korean)
}

func (r *reviewer) langName() string {
	if r.lang != "" {
		return string(r.lang)
	}
	return strings.TrimSpace(r.spec.Language)
}

// hungarianPrefix finds a Hungarian prefix as the first word: its
// spelling, the type it names, and whether it counts. "b" counts only
// before a predicate or an adjective (bIsValid, bEnabled; not bTree) or
// on a boolean; "m" and "g" only with their underscore (m_name, g_count),
// or mName in Java and Kotlin (Android's member style).
func (r *reviewer) hungarianPrefix(s shape, asked Kind, unreal bool) (string, [2]string, bool) {
	if len(s.words) < 2 {
		return "", [2]string{}, false
	}
	prefix := s.words[0]
	t, ok := hungarian[prefix]
	if !ok || r.hungarianAllowed(prefix, unreal) {
		return "", [2]string{}, false
	}
	underscore := strings.HasPrefix(s.core, prefix+"_")
	switch prefix {
	case "b":
		if asked != Boolean && !r.isHungarianB(s) {
			return "", [2]string{}, false
		}
	case "m":
		if !underscore && r.lang != naming.LangJava && r.lang != naming.LangKotlin {
			return "", [2]string{}, false
		}
	case "g":
		if !underscore {
			return "", [2]string{}, false
		}
	}
	return prefix, t, true
}

// isHungarianB: a first word "b" before a predicate or an adjective
// (bIsValid, bEnabled), not a b that is part of a term (bTree).
func (r *reviewer) isHungarianB(s shape) bool {
	if len(s.words) < 2 {
		return false
	}
	next := s.words[1]
	return predicateWords[next] || adjectiveLike(next) || antonyms[next] != nil || participles[next] != nil
}

// languageOwn: names a language or its standard framework gives, which
// code cannot rename: Python's dunders (__init__), PHP's magic methods and
// superglobals (__construct, $_GET), Node's __dirname, unittest's setUp
// and assertEqual, main, self, this.
func (r *reviewer) languageOwn(name string) bool {
	if ownNames[name] {
		return true
	}
	switch r.lang {
	case naming.LangPython:
		if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") && len(name) > 4 {
			return true
		}
		return pythonOwn[name] || strings.HasPrefix(name, "assert") && len(name) > 6 && isUpper(name[6])
	case naming.LangPHP:
		return strings.HasPrefix(name, "__") || phpOwn[name]
	case naming.LangJavaScript, naming.LangTypeScript:
		return strings.HasPrefix(name, "__")
	}
	return false
}

var (
	ownNames  = setOf("main self Self this $this super")
	pythonOwn = setOf("setUp tearDown setUpClass tearDownClass setUpModule tearDownModule asyncSetUp asyncTearDown maxDiff")
	phpOwn    = setOf("$_GET $_POST $_SERVER $_SESSION $_COOKIE $_FILES $_REQUEST $_ENV $GLOBALS")
)

// hungarianAllowed: conventions that use a prefix keep it. Unreal Engine
// prefixes booleans with b; Qt, MFC and Android code bases prefix members
// with m_ or m; a convention that names Hungarian notation keeps all.
func (r *reviewer) hungarianAllowed(prefix string, unreal bool) bool {
	conv := strings.ToLower(r.spec.Convention)
	switch {
	case strings.Contains(conv, "hungarian") || strings.Contains(conv, "헝가리"):
		return true
	case prefix == "b":
		return unreal
	case prefix == "m":
		for _, c := range []string{"qt", "mfc", "android", "aosp", "win32"} {
			if strings.Contains(conv, c) {
				return true
			}
		}
	}
	return false
}

// shortAllowed: the Linux kernel style asks for short local names; some
// languages' own code writes a few abbreviations everywhere.
func (r *reviewer) shortAllowed(w string) bool {
	if r.shortStyle {
		return true
	}
	return shortOK[string(r.lang)][w]
}

// isPredicate: the words read as a yes/no question.
func (r *reviewer) isPredicate(ws []string, s shape, unreal bool) bool {
	if len(ws) == 0 {
		return true
	}
	if unreal && len(s.words) > 1 && s.words[0] == "b" {
		return true
	}
	return predicateWords[ws[0]]
}

// predicateForms turns a boolean's words into predicates: loginStatus ->
// isLoggedIn; valid -> isValid; items -> hasItems.
func predicateForms(ws []string) [][]string {
	if len(ws) > 1 && statusWords[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return nil
	}
	last := ws[len(ws)-1]
	head := ws[:len(ws)-1]
	if p, ok := participles[last]; ok {
		return [][]string{cat([]string{"is"}, head, strings.Fields(p[0]))}
	}
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && len(ws) <= 2 && !adjectiveLike(last) {
		return [][]string{cat([]string{"has"}, ws)}
	}
	return [][]string{cat([]string{"is"}, ws)}
}

func adjectiveLike(w string) bool {
	for _, suf := range []string{"ed", "able", "ible", "ive", "ous", "ful", "less", "al"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// negation recognises a negated predicate and returns its positive forms,
// the one keeping the meaning first (isNotValid -> isInvalid, then isValid
// with the logic flipped). bare: "not" alone may start the name (notFound
// as a flag), which is only read that way when the name is a boolean or
// the word after not is a participle or adjective.
func negation(ws []string, boolean bool) ([][]string, bool) {
	if len(ws) < 2 {
		return nil, false
	}
	if stdlibNegations[strings.Join(ws, "")] {
		return nil, false
	}
	var pred string
	var rest []string
	switch {
	case predicateWords[ws[0]] && (ws[1] == "not" || ws[1] == "no" || ws[1] == "non") && len(ws) > 2:
		pred, rest = ws[0], ws[2:]
	case ws[0] == "not" && (boolean || adjectiveLike(ws[1]) || antonyms[ws[1]] != nil || strings.HasSuffix(ws[1], "en")):
		pred, rest = "is", ws[1:]
	default:
		return nil, false
	}
	var out [][]string
	if ws[1] == "no" && (pred == "has" || pred == "have") {
		return [][]string{cat([]string{pred}, rest)}, true
	}
	if a, ok := antonyms[strings.Join(rest, " ")]; ok {
		out = append(out, cat([]string{pred}, strings.Fields(a[0])))
	}
	out = append(out, cat([]string{pred}, rest))
	return out, true
}

// isGeneric: every word is a generic noun or a vague word, and one is a noun.
func isGeneric(ws []string, allowed func(string) bool) bool {
	noun := false
	for _, w := range ws {
		w = strings.TrimRight(w, "0123456789")
		switch {
		case allowed(w):
			return false
		case genericNouns[w]:
			noun = true
		case vagueWords[w]:
		default:
			return false
		}
	}
	return noun
}

// trailingNumber returns the digits a name ends in when they number it
// (data2, user_2), "" when the number is part of the word (utf8, sha256,
// x86, ipv4) or the name is a letter and a number (x1, y2).
func trailingNumber(core string) string {
	end := len(core)
	i := end
	for i > 0 && core[i-1] >= '0' && core[i-1] <= '9' {
		i--
	}
	if i == end || i == 0 {
		return ""
	}
	digits := core[i:]
	j := i
	if core[j-1] == '_' {
		j--
	}
	k := j
	for k > 0 && isLetter(core[k-1]) {
		k--
		if k > 0 && isUpper(core[k]) && !isUpper(core[k-1]) {
			break // camelCase word boundary: getUser2 -> User
		}
	}
	word := strings.ToLower(core[k:j])
	if len(word) <= 1 || numberedOK[word] || numberedOK[word+digits] {
		return ""
	}
	// A number of three digits or more is a value, not a sequence number
	// (get_object_or_404, port8080, year2024).
	if n, err := strconv.Atoi(digits); err != nil || n >= 100 {
		return ""
	}
	return digits
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// isWordy: ASCII letters, digits and underscores only (what the word
// checks can read).
func isWordy(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !(c >= '0' && c <= '9') && c != '_' {
			return false
		}
	}
	return true
}

// isLooseWords: letters, digits, _, - and spaces (words a formatter joins).
func isLooseWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-' && c != ' ' {
			return false
		}
	}
	return true
}

func caseName(c naming.Case) string {
	switch c {
	case naming.GoCamelCase, naming.GoPascalCase:
		// Go takes both (unexported, exported); what it insists on is
		// initialisms in one case.
		return "camelCase/PascalCase (ID, URL)"
	}
	return string(c)
}

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// verbs start a function's name (used to guess the kind of a bare name).
var verbs = setOf(`get set fetch load save read write parse format build make create update delete remove
	add insert find search filter sort map reduce check validate verify handle process compute calculate
	render draw send receive open close start stop run execute init convert to from is has can should
	apply merge split join print log emit dispatch register resolve reset clear enable disable show hide
	toggle count sum calc upload download sync encode decode encrypt decrypt hash sign login logout do
	perform manage generate collect fill clean`)
