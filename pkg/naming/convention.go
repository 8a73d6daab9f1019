package naming

import (
	"strings"
	"unicode"
)

// Convention is a naming convention namebot recognises. Its value is the
// canonical display name.
type Convention string

// The conventions namebot recognises. A style guide's case rules override the
// language defaults kind by kind; what a guide leaves open (PSR-1 says nothing
// about variables) keeps the language default.
//
// The plain case names are narrower on purpose. A room set to "snake_case",
// "camelCase" or "kebab-case" gets that case for functions and variables
// only: constants and classes keep the language default, because no style
// writes its classes in snake_case just because its variables are, and a
// user who types one case name is describing the names they write most.
// "PascalCase" also covers classes (PascalCase is the class case nearly
// everywhere) but not constants. "SCREAMING_SNAKE_CASE" covers constants only:
// no mainstream style shouts function names. kebab-case is illegal in every
// language namebot knows, so there it is ignored (the prompt says so); it
// applies only to unknown languages (Lisp, CSS ...).
const (
	ConvPEP8             Convention = "PEP 8"
	ConvGooglePython     Convention = "Google Python Style Guide"
	ConvGoogleJava       Convention = "Google Java Style Guide"
	ConvGoogleCPP        Convention = "Google C++ Style Guide"
	ConvGoogleJavaScript Convention = "Google JavaScript Style Guide"
	ConvGoogleTypeScript Convention = "Google TypeScript Style Guide"
	ConvGoogleGo         Convention = "Google Go Style Guide"
	ConvGoogleCSharp     Convention = "Google C# Style Guide"
	// ConvGoogle is "Google style" for a language without a Google guide
	// namebot knows; it keeps the language defaults.
	ConvGoogle        Convention = "Google Style Guide"
	ConvAirbnb        Convention = "Airbnb JavaScript Style Guide"
	ConvStandardJS    Convention = "JavaScript Standard Style"
	ConvEffectiveGo   Convention = "Effective Go"
	ConvRustAPI       Convention = "Rust API Guidelines"
	ConvPSR1          Convention = "PSR-1"
	ConvPSR12         Convention = "PSR-12"
	ConvDotNet        Convention = "Microsoft C# naming conventions"
	ConvKotlin        Convention = "Kotlin coding conventions"
	ConvSwiftAPI      Convention = "Swift API Design Guidelines"
	ConvRubyStyle     Convention = "Ruby Style Guide"
	ConvCppCore       Convention = "C++ Core Guidelines"
	ConvOracleJava    Convention = "Java Code Conventions"
	ConvLinuxKernel   Convention = "Linux kernel coding style"
	ConvSnakeCase     Convention = "snake_case"
	ConvCamelCase     Convention = "camelCase"
	ConvPascalCase    Convention = "PascalCase"
	ConvScreamingCase Convention = "SCREAMING_SNAKE_CASE"
	ConvKebabCase     Convention = "kebab-case"
)

// convInfo is one convention's rules.
type convInfo struct {
	conv    Convention
	aliases string       // normalised spellings, see normConv
	target  Language     // the language the guide is written for, "" for plain cases
	rules   [4]*caseRule // nil keeps the language default
	plain   Case         // set for the plain case names, whose scope is computed
}

func cr(primary Case, also ...Case) *caseRule {
	return &caseRule{primary: primary, also: also}
}

var (
	rulesPEP8 = [4]*caseRule{cr(SnakeCase), cr(SnakeCase), cr(ScreamingSnakeCase), cr(PascalCase)}
	rulesJava = [4]*caseRule{cr(CamelCase), cr(CamelCase), cr(ScreamingSnakeCase), cr(PascalCase)}
	rulesJS   = [4]*caseRule{cr(CamelCase), cr(CamelCase), cr(ScreamingSnakeCase, CamelCase), cr(PascalCase)}
	rulesGo   = [4]*caseRule{cr(GoCamelCase, GoPascalCase), cr(GoCamelCase, GoPascalCase), cr(GoCamelCase, GoPascalCase), cr(GoPascalCase, GoCamelCase)}
	// C# variables: locals and parameters camelCase, properties (and
	// public fields) PascalCase, both valid.
	rulesCSharp = [4]*caseRule{cr(PascalCase), cr(CamelCase, PascalCase), cr(PascalCase), cr(PascalCase)}
	rulesRust   = [4]*caseRule{cr(SnakeCase), cr(SnakeCase), cr(ScreamingSnakeCase), cr(PascalCase)}
)

var conventionTable = []*convInfo{
	{conv: ConvPEP8, target: LangPython, rules: rulesPEP8,
		aliases: "pep8 pep pep08 pep0008 펩8 펩 파이썬 python"},
	{conv: ConvGooglePython, target: LangPython, rules: rulesPEP8},
	{conv: ConvGoogleJava, target: LangJava, rules: rulesJava},
	// Google C++: functions PascalCase (accessors may be snake_case),
	// variables snake_case, constants kPascalCase, types PascalCase.
	{conv: ConvGoogleCPP, target: LangCPP,
		rules: [4]*caseRule{cr(PascalCase, SnakeCase), cr(SnakeCase), cr(KPascalCase), cr(PascalCase)}},
	{conv: ConvGoogleJavaScript, target: LangJavaScript, rules: rulesJS},
	{conv: ConvGoogleTypeScript, target: LangTypeScript, rules: rulesJS},
	{conv: ConvGoogleGo, target: LangGo, rules: rulesGo},
	{conv: ConvGoogleCSharp, target: LangCSharp, rules: rulesCSharp},
	{conv: ConvGoogle},
	{conv: ConvAirbnb, target: LangJavaScript, rules: rulesJS,
		aliases: "airbnb airbnbjavascript airbnbjs airbnbreact 에어비앤비 에어비엔비"},
	{conv: ConvStandardJS, target: LangJavaScript, rules: rulesJS,
		aliases: "standard standardjs javascriptstandard jsstandard 스탠다드 스탠다드js 스탠더드"},
	{conv: ConvEffectiveGo, target: LangGo, rules: rulesGo,
		aliases: "effectivego 이펙티브고 go golang gofmt golint idiomaticgo 고 고랭"},
	{conv: ConvRustAPI, target: LangRust, rules: rulesRust,
		aliases: "rustapi rust rfc430 rustfmt clippy 러스트 러스트api"},
	// PSR-1: methods camelCase, class constants UPPER_CASE, classes
	// StudlyCaps; variables deliberately unspecified.
	{conv: ConvPSR1, target: LangPHP,
		rules:   [4]*caseRule{cr(CamelCase), nil, cr(ScreamingSnakeCase), cr(PascalCase)},
		aliases: "psr1 psr phpfig 피에스알1 피에스알"},
	{conv: ConvPSR12, target: LangPHP,
		rules:   [4]*caseRule{cr(CamelCase), nil, cr(ScreamingSnakeCase), cr(PascalCase)},
		aliases: "psr12 psr2 피에스알12"},
	{conv: ConvDotNet, target: LangCSharp, rules: rulesCSharp,
		aliases: "microsoft ms microsoftcsharp mscsharp dotnet net csharp microsoftnet microsoftdotnet frameworkdesign msdn 마이크로소프트 닷넷"},
	{conv: ConvKotlin, target: LangKotlin, rules: rulesJava,
		aliases: "kotlin kotlinofficial jetbrains androidkotlin 코틀린"},
	{conv: ConvSwiftAPI, target: LangSwift,
		rules:   [4]*caseRule{cr(CamelCase), cr(CamelCase), cr(CamelCase), cr(PascalCase)},
		aliases: "swift swiftapi swiftapidesign apple 스위프트"},
	{conv: ConvRubyStyle, target: LangRuby, rules: rulesRust,
		aliases: "ruby rubocop rubystyle 루비"},
	// The Core Guidelines: underscore_style names, ALL_CAPS for macros
	// only, so constants are snake_case too.
	{conv: ConvCppCore, target: LangCPP,
		rules:   [4]*caseRule{cr(SnakeCase), cr(SnakeCase), cr(SnakeCase), cr(SnakeCase, PascalCase)},
		aliases: "cppcore core isocpp stroustrup"},
	{conv: ConvOracleJava, target: LangJava, rules: rulesJava,
		aliases: "oracle oraclejava sun sunjava javacode java 자바 오라클"},
	{conv: ConvLinuxKernel, target: LangC,
		rules:   [4]*caseRule{cr(SnakeCase), cr(SnakeCase), cr(ScreamingSnakeCase), cr(SnakeCase)},
		aliases: "linux linuxkernel kernel 리눅스 리눅스커널"},
	{conv: ConvSnakeCase, plain: SnakeCase,
		aliases: "snake lowersnake underscore underscores lower 스네이크 언더스코어 언더바 소문자"},
	{conv: ConvCamelCase, plain: CamelCase,
		aliases: "camel lowercamel mixed dromedary 카멜 낙타 로워카멜"},
	{conv: ConvPascalCase, plain: PascalCase,
		aliases: "pascal uppercamel studly studlycaps capwords capitalized 파스칼 어퍼카멜"},
	{conv: ConvScreamingCase, plain: ScreamingSnakeCase,
		aliases: "screamingsnake screaming uppersnake constant macro upper allcaps 대문자스네이크 스크리밍스네이크 스크리밍 대문자"},
	{conv: ConvKebabCase, plain: KebabCase,
		aliases: "kebab dash spinal lisp 케밥"},
}

// convContains is the second pass of recognition: when the whole text is
// not an alias, the first of these fragments it contains decides. Order
// matters ("screamingsnake" before "snake", "psr12" before "psr").
var convContains = []struct {
	frag string
	conv Convention
}{
	{"pep8", ConvPEP8}, {"pep", ConvPEP8}, {"펩", ConvPEP8},
	{"airbnb", ConvAirbnb}, {"에어비", ConvAirbnb},
	{"effectivego", ConvEffectiveGo}, {"이펙티브", ConvEffectiveGo},
	{"psr12", ConvPSR12}, {"psr2", ConvPSR12}, {"psr", ConvPSR1},
	{"microsoft", ConvDotNet}, {"dotnet", ConvDotNet}, {"마이크로소프트", ConvDotNet}, {"닷넷", ConvDotNet},
	{"kotlin", ConvKotlin}, {"코틀린", ConvKotlin},
	{"swift", ConvSwiftAPI}, {"스위프트", ConvSwiftAPI},
	{"rustapi", ConvRustAPI}, {"rfc430", ConvRustAPI}, {"rust", ConvRustAPI}, {"러스트", ConvRustAPI},
	{"standardjs", ConvStandardJS}, {"스탠다드", ConvStandardJS},
	{"rubocop", ConvRubyStyle}, {"ruby", ConvRubyStyle}, {"루비", ConvRubyStyle},
	{"cppcore", ConvCppCore}, {"coreguideline", ConvCppCore},
	{"linux", ConvLinuxKernel}, {"리눅스", ConvLinuxKernel},
	{"screaming", ConvScreamingCase}, {"uppersnake", ConvScreamingCase}, {"스크리밍", ConvScreamingCase},
	{"대문자스네이크", ConvScreamingCase}, {"constantcase", ConvScreamingCase},
	{"uppercamel", ConvPascalCase}, {"pascal", ConvPascalCase}, {"파스칼", ConvPascalCase},
	{"studly", ConvPascalCase}, {"어퍼카멜", ConvPascalCase},
	{"snake", ConvSnakeCase}, {"스네이크", ConvSnakeCase}, {"underscore", ConvSnakeCase}, {"언더스코어", ConvSnakeCase},
	{"camel", ConvCamelCase}, {"카멜", ConvCamelCase},
	{"kebab", ConvKebabCase}, {"케밥", ConvKebabCase},
}

// googleGuides picks Google's guide for a language.
var googleGuides = map[Language]Convention{
	LangPython: ConvGooglePython, LangJava: ConvGoogleJava, LangCPP: ConvGoogleCPP,
	LangJavaScript: ConvGoogleJavaScript, LangTypeScript: ConvGoogleTypeScript,
	LangGo: ConvGoogleGo, LangCSharp: ConvGoogleCSharp,
}

type convIndex struct {
	byAlias map[string]*convInfo
	byConv  map[Convention]*convInfo
}

var convs = buildConvIndex()

func buildConvIndex() convIndex {
	ix := convIndex{byAlias: map[string]*convInfo{}, byConv: map[Convention]*convInfo{}}
	for _, c := range conventionTable {
		ix.byConv[c.conv] = c
		ix.byAlias[normConv(string(c.conv))] = c
		for _, a := range strings.Fields(c.aliases) {
			ix.byAlias[a] = c
		}
	}
	return ix
}

// ResolveConvention recognises the room's naming convention from the free
// text the user typed, ignoring case, spaces and punctuation and words like
// "style", "guide", "convention", "case", "스타일", "케이스": "PEP 8", "pep8",
// "Google Java Style", "구글 스타일", "snake_case", "스네이크 케이스",
// "UPPER_SNAKE", "CONSTANT_CASE" ... "Google style" without a language picks
// Google's guide for the room's language. known is false for empty or
// unrecognised text, which then goes to the model as written while
// validation uses the language defaults.
func ResolveConvention(spec Spec) (Convention, bool) {
	c := lookupConv(spec)
	if c == nil {
		return "", false
	}
	return c.conv, true
}

func lookupConv(spec Spec) *convInfo {
	key := normConv(spec.Convention)
	if key == "" {
		return nil
	}
	if strings.Contains(key, "google") || strings.Contains(key, "구글") {
		return googleConv(key, spec)
	}
	if c, ok := convs.byAlias[key]; ok {
		return c
	}
	for _, cc := range convContains {
		if strings.Contains(key, cc.frag) {
			return convs.byConv[cc.conv]
		}
	}
	return nil
}

// googleConv resolves "Google ... style": the language named after "google"
// if any, else the room's language.
func googleConv(key string, spec Spec) *convInfo {
	rest := googleWord.Replace(key)
	info := langs.byAlias[rest]
	if info == nil {
		info = lookupLang(spec.Language)
	}
	if info != nil {
		if g, ok := googleGuides[info.lang]; ok {
			return convs.byConv[g]
		}
	}
	return convs.byConv[ConvGoogle]
}

// convNoise are words that decorate a convention's name without changing
// it. "case" is one of them, so "camelCase", "camel case" and "camel" are
// one key.
var convNoise = []string{
	"styleguide", "style", "guidelines", "guideline", "guides", "guide", "conventions",
	"convention", "coding", "naming", "rules", "rule", "official", "case", "the",
	"스타일가이드", "스타일", "가이드라인", "가이드", "컨벤션", "규칙", "규약", "표기법", "표기",
	"명명법", "명명", "네이밍", "코딩", "케이스", "방식", "공식",
}

// convSpelling and googleWord are built once (normConv runs on every
// Validate, and a Replacer is costly to build).
var (
	convSpelling = strings.NewReplacer("c++", "cpp", "c#", "csharp", ".net", "dotnet")
	googleWord   = strings.NewReplacer("google", "", "구글", "")
)

// normConv reduces a convention's text to a lookup key: lower-case, "c++"
// and "c#" spelled out, letters and digits only, decoration removed.
func normConv(s string) string {
	if len(s) > 400 {
		s = s[:400]
	}
	s = strings.Join(strings.Fields(strings.ToLower(s)), "")
	s = convSpelling.Replace(s)
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	key := b.String()
	for _, n := range convNoise {
		key = strings.ReplaceAll(key, n, "")
	}
	return key
}

// plainRules computes the scope of a plain case name for a language (nil
// when the language is unknown); see the Convention constants for why.
func plainRules(c Case, info *langInfo) (rules [4]*caseRule, ignored bool) {
	isGo := info != nil && info.lang == LangGo
	switch c {
	case SnakeCase:
		rules[0], rules[1] = cr(SnakeCase), cr(SnakeCase)
	case CamelCase:
		if isGo {
			c = GoCamelCase
		}
		rules[0], rules[1] = cr(c), cr(c)
	case PascalCase:
		if isGo {
			c = GoPascalCase
		}
		rules[0], rules[1], rules[3] = cr(c), cr(c), cr(c)
	case ScreamingSnakeCase:
		rules[2] = cr(ScreamingSnakeCase)
	case KebabCase:
		if info != nil {
			return rules, true
		}
		rules[0], rules[1] = cr(KebabCase), cr(KebabCase)
	}
	return rules, false
}
