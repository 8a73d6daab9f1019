package naming

import (
	"strings"
	"unicode"
)

// Language is a programming language namebot knows the rules of. Its value
// is the canonical display name.
type Language string

// The languages namebot recognises. Anything else a room names is an unknown
// language: its text goes to the model as written and validation falls back
// to a generic ASCII identifier ([A-Za-z_][A-Za-z0-9_]*).
const (
	LangPython     Language = "Python"
	LangJavaScript Language = "JavaScript"
	LangTypeScript Language = "TypeScript"
	LangJava       Language = "Java"
	LangKotlin     Language = "Kotlin"
	LangGo         Language = "Go"
	LangC          Language = "C"
	LangCPP        Language = "C++"
	LangCSharp     Language = "C#"
	LangRust       Language = "Rust"
	LangSwift      Language = "Swift"
	LangRuby       Language = "Ruby"
	LangPHP        Language = "PHP"
)

// Languages lists the recognised languages in a stable order.
func Languages() []Language {
	out := make([]Language, len(languageTable))
	for i, l := range languageTable {
		out[i] = l.lang
	}
	return out
}

// caseRule is what one kind of name must look like: the case namebot
// formats with, other cases the style also allows (Go's exported names, C++'s
// many house styles), or any case at all when nothing is known. The table
// below writes each as a literal, caseRule{primary: …, also: []Case{…}},
// which the compiler lays out in the binary (a constructor call per rule
// was ~8 KB of chatsend's init code, December 2026).
type caseRule struct {
	primary Case
	also    []Case
	any     bool
}

// accepts reports whether name (without a PHP or JavaScript `$`) is in a case
// the rule allows.
func (r caseRule) accepts(name string) bool {
	if r.any || r.primary.Matches(name) {
		return true
	}
	for _, c := range r.also {
		if c.Matches(name) {
			return true
		}
	}
	return false
}

// langInfo is everything namebot knows about one language.
type langInfo struct {
	lang    Language
	aliases string // normalised spellings, see normLang
	// dollar: `$` is a legal identifier character (JavaScript, TypeScript,
	// Java). namebot never formats a `$` in but accepts names that have one.
	dollar bool
	// phpVars: variables are written with a leading `$`, and namebot returns
	// them that way ($userName) so they can be pasted as they are.
	phpVars bool
	// rubyMethods: a method name may end in ? (predicate) or ! (dangerous).
	rubyMethods bool
	// foldReserved: keywords are case-insensitive (PHP).
	foldReserved bool
	// implReserved: names starting with __ or _ and a capital are reserved
	// for the implementation (C, C++).
	implReserved bool
	// controlEvents: a method may be a designer's event handler,
	// control_Event (C#: WinForms and WPF name them saveButton_Click,
	// PrintButton_Click), one underscore between a control and an event.
	controlEvents bool
	keywords      string
	predeclared   string
	typeReserved  string // reserved for class/type names only
	defaults      [4]caseRule
	note          string // language-specific advice for the prompt
}

// languageTable holds the rules. Case choices that are decisions rather than
// facts are explained beside them.
var languageTable = []*langInfo{
	{
		lang:        LangPython,
		aliases:     "python py cpython pypy ipython jupyter 파이썬 파이선 django flask fastapi 장고 플라스크",
		keywords:    pythonKeywords,
		predeclared: pythonBuiltins,
		defaults:    [4]caseRule{caseRule{primary: SnakeCase}, caseRule{primary: SnakeCase}, caseRule{primary: ScreamingSnakeCase}, caseRule{primary: PascalCase}},
		note:        "Do not shadow built-ins such as list, dict, id, type, sum, max, min or input.",
	},
	{
		lang:        LangJavaScript,
		aliases:     "javascript js node nodejs ecmascript es ecma jsx react reactjs vue vuejs svelte express expressjs 자바스크립트 자스 노드 노드js 리액트",
		dollar:      true,
		keywords:    jsKeywords,
		predeclared: jsGlobals,
		// Airbnb and Google both allow UPPER_CASE for true constants and
		// camelCase for other const bindings.
		defaults: [4]caseRule{caseRule{primary: CamelCase}, caseRule{primary: CamelCase}, caseRule{primary: ScreamingSnakeCase, also: []Case{CamelCase}}, caseRule{primary: PascalCase}},
		note:     "`$` is legal in names but do not use it unless asked.",
	},
	{
		lang:         LangTypeScript,
		aliases:      "typescript ts tsx deno angular nestjs 타입스크립트 타스",
		dollar:       true,
		keywords:     jsKeywords,
		predeclared:  jsGlobals,
		typeReserved: tsTypeNames,
		defaults:     [4]caseRule{caseRule{primary: CamelCase}, caseRule{primary: CamelCase}, caseRule{primary: ScreamingSnakeCase, also: []Case{CamelCase}}, caseRule{primary: PascalCase}},
		note:         "Types, interfaces and enums are PascalCase; `$` is legal but do not use it unless asked.",
	},
	{
		lang:         LangJava,
		aliases:      "java jdk jvm openjdk spring springboot 자바 스프링",
		dollar:       true,
		keywords:     javaKeywords,
		typeReserved: javaRestricted,
		defaults:     [4]caseRule{caseRule{primary: CamelCase}, caseRule{primary: CamelCase}, caseRule{primary: ScreamingSnakeCase}, caseRule{primary: PascalCase}},
		note:         "Constants are static final fields in UPPER_SNAKE_CASE; `$` is legal but never used by hand.",
	},
	{
		lang:     LangKotlin,
		aliases:  "kotlin kt kts android 코틀린 안드로이드",
		keywords: kotlinKeywords,
		// Kotlin's conventions: const val and deeply immutable top-level
		// values are SCREAMING_SNAKE_CASE; other vals stay camelCase.
		defaults: [4]caseRule{caseRule{primary: CamelCase}, caseRule{primary: CamelCase}, caseRule{primary: ScreamingSnakeCase, also: []Case{CamelCase}}, caseRule{primary: PascalCase}},
		note:     "const val and top-level immutable values use SCREAMING_SNAKE_CASE.",
	},
	{
		lang:        LangGo,
		aliases:     "go golang 고 고랭 고언어",
		keywords:    goKeywords,
		predeclared: goPredeclared,
		// Unexported names are the default suggestion (most names a
		// question is about are local); exported PascalCase is equally
		// valid. Constants follow the same rule: Go never shouts.
		defaults: [4]caseRule{
			caseRule{primary: GoCamelCase, also: []Case{GoPascalCase}}, caseRule{primary: GoCamelCase, also: []Case{GoPascalCase}},
			caseRule{primary: GoCamelCase, also: []Case{GoPascalCase}}, caseRule{primary: GoPascalCase, also: []Case{GoCamelCase}},
		},
		note: "Keep initialisms in one case (userID, parseURL, HTTPServer). Unexported names start lower-case, exported ones upper-case; constants are camelCase or PascalCase, never SCREAMING_SNAKE_CASE. Do not reuse predeclared identifiers (len, new, max, min, error, string, init).",
	},
	{
		lang:         LangC,
		aliases:      "c ansic c언어 씨 씨언어 clang gcc",
		implReserved: true,
		keywords:     cKeywords,
		predeclared:  cPredeclared,
		// C has no classes: "class" names a struct or typedef, which C
		// code bases write in snake_case (PascalCase also seen).
		defaults: [4]caseRule{caseRule{primary: SnakeCase}, caseRule{primary: SnakeCase}, caseRule{primary: ScreamingSnakeCase}, caseRule{primary: SnakeCase, also: []Case{PascalCase}}},
		note:     "Names starting with two underscores or an underscore and a capital letter are reserved. A class here means a struct or typedef name.",
	},
	{
		lang:         LangCPP,
		aliases:      "cpp cplusplus cxx cc ccpp 씨쁠쁠 씨플플 시쁠쁠 시플플 씨플러스플러스 시플러스플러스 씨뿔뿔",
		implReserved: true,
		keywords:     cppKeywords,
		predeclared:  cppPredeclared,
		// C++ has no single house style. namebot formats like the
		// standard library and the Core Guidelines (snake_case functions
		// and variables) with PascalCase classes and UPPER_SNAKE constants,
		// which is what most Korean course material uses, and accepts the
		// other common spellings (camelCase methods, kConstants).
		defaults: [4]caseRule{
			caseRule{primary: SnakeCase, also: []Case{CamelCase}}, caseRule{primary: SnakeCase, also: []Case{CamelCase}},
			caseRule{primary: ScreamingSnakeCase, also: []Case{KPascalCase}}, caseRule{primary: PascalCase, also: []Case{SnakeCase}},
		},
		note: "Names starting with two underscores or an underscore and a capital letter are reserved.",
	},
	{
		lang:          LangCSharp,
		controlEvents: true,
		aliases:       "csharp cs dotnet net unity 씨샵 씨샾 시샵 시샾 씨샤프 시샤프 닷넷 유니티",
		keywords:      csharpKeywords,
		// Microsoft's conventions: methods, constants and types PascalCase,
		// locals and parameters camelCase (private fields _camelCase),
		// properties PascalCase: a variable may be either.
		defaults: [4]caseRule{caseRule{primary: PascalCase}, caseRule{primary: CamelCase, also: []Case{PascalCase}}, caseRule{primary: PascalCase, also: []Case{ScreamingSnakeCase}}, caseRule{primary: PascalCase}},
		note:     "Methods, properties, constants and types are PascalCase; local variables and parameters camelCase.",
	},
	{
		lang:     LangRust,
		aliases:  "rust rs rustlang 러스트",
		keywords: rustKeywords,
		defaults: [4]caseRule{caseRule{primary: SnakeCase}, caseRule{primary: SnakeCase}, caseRule{primary: ScreamingSnakeCase}, caseRule{primary: PascalCase}},
		note:     "Types and traits are PascalCase, functions and variables snake_case, constants and statics SCREAMING_SNAKE_CASE.",
	},
	{
		lang:     LangSwift,
		aliases:  "swift swiftui ios 스위프트",
		keywords: swiftKeywords,
		// The Swift API Design Guidelines: everything but types is
		// lowerCamelCase, constants included.
		defaults: [4]caseRule{caseRule{primary: CamelCase}, caseRule{primary: CamelCase}, caseRule{primary: CamelCase, also: []Case{ScreamingSnakeCase}}, caseRule{primary: PascalCase}},
		note:     "Everything except types and protocols is lowerCamelCase, constants included.",
	},
	{
		lang:        LangRuby,
		aliases:     "ruby rb rails rubyonrails 루비 레일즈",
		rubyMethods: true,
		keywords:    rubyKeywords,
		defaults:    [4]caseRule{caseRule{primary: SnakeCase}, caseRule{primary: SnakeCase}, caseRule{primary: ScreamingSnakeCase}, caseRule{primary: PascalCase}},
		note:        "Predicate methods may end in ? (active?) and dangerous ones in !.",
	},
	{
		lang:         LangPHP,
		aliases:      "php 피에이치피 laravel 라라벨 symfony wordpress",
		phpVars:      true,
		foldReserved: true,
		keywords:     phpKeywords,
		typeReserved: phpTypeNames,
		// PSR-1: methods camelCase, class constants UPPER_CASE, classes
		// StudlyCaps. It leaves variables open; namebot uses camelCase
		// like Laravel and Symfony, and accepts snake_case.
		defaults: [4]caseRule{
			caseRule{primary: CamelCase, also: []Case{SnakeCase}}, caseRule{primary: CamelCase, also: []Case{SnakeCase}},
			caseRule{primary: ScreamingSnakeCase}, caseRule{primary: PascalCase},
		},
		note: "Give variable names with their leading $ (for example $userName); function, constant and class names without it.",
	},
}

// unknownDefaults apply when the language is not recognised and no
// convention says otherwise: any case passes validation, and snake_case,
// legal in nearly every language, is used when namebot has to format.
var unknownDefaults = [4]caseRule{
	{primary: SnakeCase, any: true}, {primary: SnakeCase, any: true},
	{primary: ScreamingSnakeCase, any: true}, {primary: PascalCase, any: true},
}

// langIndex holds the parsed tables, built once at initialisation.
type langIndex struct {
	byAlias map[string]*langInfo
	byLang  map[Language]*langInfo
	sets    map[Language]*wordSets
}

type wordSets struct {
	keywords, predeclared, typeReserved map[string]bool
}

var langs = buildLangIndex()

func buildLangIndex() langIndex {
	ix := langIndex{
		byAlias: map[string]*langInfo{},
		byLang:  map[Language]*langInfo{},
		sets:    map[Language]*wordSets{},
	}
	for _, l := range languageTable {
		ix.byLang[l.lang] = l
		ix.byAlias[normLang(string(l.lang))] = l
		for _, a := range strings.Fields(l.aliases) {
			ix.byAlias[a] = l
		}
		ix.sets[l.lang] = &wordSets{
			keywords:     wordSet(l.keywords, l.foldReserved),
			predeclared:  wordSet(l.predeclared, l.foldReserved),
			typeReserved: wordSet(l.typeReserved, l.foldReserved),
		}
	}
	return ix
}

func wordSet(list string, fold bool) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		if fold {
			w = strings.ToLower(w)
		}
		m[w] = true
	}
	return m
}

// Resolve recognises the room's language from the free text the user typed,
// ignoring case, spaces, punctuation and versions: "Python", "python3",
// "Python 3.12", "파이썬", "py" are all Python; "C++", "cpp", "씨쁠쁠" are C++;
// "golang", "고" are Go. known is false when the text names no language
// namebot knows; lang is then empty.
func Resolve(spec Spec) (lang Language, known bool) {
	info := lookupLang(spec.Language)
	if info == nil {
		return "", false
	}
	return info.lang, true
}

func lookupLang(s string) *langInfo {
	key := normLang(s)
	if key == "" {
		return nil
	}
	return langs.byAlias[key]
}

// langNoise are words people add to a language name that do not change it.
var langNoise = []string{"programminglanguage", "programming", "language", "lang", "프로그래밍", "언어"}

// langSpelling spells out the symbols of language names (built once: a
// Replacer is costly to build and normLang runs on every Validate).
var langSpelling = strings.NewReplacer("c++", "cpp", "c#", "csharp", "f#", "fsharp", "＋", "+")

// normLang reduces a language name to a lookup key: lower-case, "c++" and
// "c#" spelled out, versions and punctuation dropped, filler words removed.
func normLang(s string) string {
	if len(s) > 200 {
		return ""
	}
	s = strings.Join(strings.Fields(strings.ToLower(s)), "")
	s = langSpelling.Replace(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	key := b.String()
	for _, n := range langNoise {
		key = strings.ReplaceAll(key, n, "")
	}
	return key
}
