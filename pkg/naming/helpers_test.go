package naming

import (
	"regexp"
	"unicode"
	"unicode/utf8"
)

// Identifier shapes, written independently of the code under test: what a
// returned name may look like in each language, whatever else goes wrong.
var (
	reGeneric = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)
	reDollar  = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]{0,63}$`)
	rePHPVar  = regexp.MustCompile(`^\$[A-Za-z_][A-Za-z0-9_]{0,62}$`)
	reRubyFn  = regexp.MustCompile(`^(?:[A-Za-z_][A-Za-z0-9_]{0,63}|[A-Za-z_][A-Za-z0-9_]{0,62}[?!])$`)
	reKebab   = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
)

// identRegexp is the shape a name of kind must have in spec's language.
func identRegexp(spec Spec, kind Kind) *regexp.Regexp {
	lang, known := Resolve(spec)
	switch {
	case lang == LangPHP && kind == KindVariable:
		return rePHPVar
	case lang == LangJavaScript || lang == LangTypeScript || lang == LangJava:
		return reDollar
	case lang == LangRuby && kind == KindFunction:
		return reRubyFn
	case !known && CaseFor(spec, kind) == KebabCase:
		return reKebab
	}
	return reGeneric
}

// testSpecs cover every language, some conventions and an unknown language.
var testSpecs = []Spec{
	{Language: "Python", Convention: "PEP 8"}, {Language: "JavaScript", Convention: "Airbnb"}, {Language: "TypeScript", Convention: ""}, {Language: "Java", Convention: "Google Java Style"},
	{Language: "Kotlin", Convention: ""}, {Language: "Go", Convention: ""}, {Language: "C", Convention: ""}, {Language: "C++", Convention: "Google C++ Style"}, {Language: "C#", Convention: ""}, {Language: "Rust", Convention: ""},
	{Language: "Swift", Convention: ""}, {Language: "Ruby", Convention: ""}, {Language: "PHP", Convention: "PSR-12"}, {Language: "Lisp", Convention: "kebab-case"}, {Language: "Haskell", Convention: ""},
	{Language: "Python", Convention: "camelCase"}, {Language: "Go", Convention: "snake_case"},
}

// cleanString reports that s is valid UTF-8 without control or format
// characters (other than newline and tab when multiline).
func cleanString(s string, multiline bool) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (r == '\n' || r == '\t') && multiline {
			continue
		}
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return false
		}
	}
	return true
}
