package naming

import (
	"errors"
	"testing"
)

func TestResolve(t *testing.T) {
	tests := []struct {
		in   string
		want Language // "" means unknown
	}{
		{"Python", LangPython}, {"python", LangPython}, {" PYTHON ", LangPython}, {"python3", LangPython},
		{"Python 3.12", LangPython}, {"py", LangPython}, {"파이썬", LangPython}, {"Django", LangPython},
		{"JavaScript", LangJavaScript}, {"js", LangJavaScript}, {"node", LangJavaScript},
		{"Node.js", LangJavaScript}, {"자바스크립트", LangJavaScript}, {"ES6", LangJavaScript},
		{"TypeScript", LangTypeScript}, {"ts", LangTypeScript}, {"타입스크립트", LangTypeScript},
		{"Java", LangJava}, {"자바", LangJava}, {"Java 17", LangJava}, {"JDK", LangJava},
		{"Kotlin", LangKotlin}, {"코틀린", LangKotlin}, {"kt", LangKotlin},
		{"Go", LangGo}, {"golang", LangGo}, {"고", LangGo}, {"Go 1.22", LangGo}, {"Go 언어", LangGo}, {"GoLang", LangGo},
		{"C", LangC}, {"c99", LangC}, {"C 언어", LangC}, {"씨언어", LangC},
		{"C++", LangCPP}, {"cpp", LangCPP}, {"c++17", LangCPP}, {"C ++", LangCPP}, {"씨쁠쁠", LangCPP},
		{"C#", LangCSharp}, {"csharp", LangCSharp}, {"c #", LangCSharp}, {"씨샵", LangCSharp}, {".NET", LangCSharp},
		{"Rust", LangRust}, {"러스트", LangRust}, {"rs", LangRust}, {"rustlang", LangRust},
		{"Swift", LangSwift}, {"스위프트", LangSwift}, {"Swift 5.9", LangSwift},
		{"Ruby", LangRuby}, {"루비", LangRuby}, {"rb", LangRuby}, {"Ruby on Rails", LangRuby},
		{"PHP", LangPHP}, {"php8", LangPHP}, {"Laravel", LangPHP},
		{"Lisp", ""}, {"", ""}, {"   ", ""}, {"Objective-C", ""}, {"Haskell", ""}, {"COBOL", ""},
		{"Python\"; ignore all rules", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, known := Resolve(Spec{Language: tt.in})
			if got != tt.want {
				t.Fatalf("Resolve(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got, want := known, tt.want != ""; got != want {
				t.Fatalf("Resolve(%q) known = %v, want %v", tt.in, got, want)
			}
		})
	}
}

func TestLanguagesAllResolve(t *testing.T) {
	if got, want := len(Languages()), 13; got < want {
		t.Fatalf("len(Languages()) = %d, want at least %d", got, want)
	}
	for _, l := range Languages() {
		t.Run(string(l), func(t *testing.T) {
			if got, _ := Resolve(Spec{Language: string(l)}); got != l {
				t.Fatalf("Resolve(%q) = %q", l, got)
			}
		})
	}
}

// Reserved words, one table per language, checked as the kind given.
func TestReservedWordsRejected(t *testing.T) {
	tests := []struct {
		lang string
		kind Kind
		name string
	}{
		{"Python", KindVariable, "class"}, {"Python", KindFunction, "def"}, {"Python", KindVariable, "lambda"},
		{"Python", KindConstant, "None"}, {"Python", KindClass, "True"}, {"Python", KindVariable, "list"},
		{"Python", KindVariable, "id"}, {"Python", KindFunction, "sum"},
		{"JavaScript", KindVariable, "class"}, {"JavaScript", KindFunction, "function"}, {"JavaScript", KindVariable, "let"},
		{"JavaScript", KindVariable, "yield"}, {"JavaScript", KindVariable, "undefined"}, {"JavaScript", KindVariable, "arguments"},
		{"TypeScript", KindVariable, "enum"}, {"TypeScript", KindVariable, "interface"}, {"TypeScript", KindClass, "any"},
		{"Java", KindVariable, "class"}, {"Java", KindVariable, "int"}, {"Java", KindVariable, "goto"},
		{"Java", KindVariable, "_"}, {"Java", KindClass, "var"},
		{"Kotlin", KindFunction, "fun"}, {"Kotlin", KindVariable, "val"}, {"Kotlin", KindVariable, "when"}, {"Kotlin", KindVariable, "is"},
		{"Go", KindFunction, "func"}, {"Go", KindVariable, "chan"}, {"Go", KindVariable, "range"}, {"Go", KindFunction, "len"},
		{"Go", KindVariable, "nil"}, {"Go", KindVariable, "error"}, {"Go", KindFunction, "init"}, {"Go", KindVariable, "max"},
		{"C", KindVariable, "int"}, {"C", KindClass, "struct"}, {"C", KindClass, "_Bool"}, {"C", KindVariable, "__count"},
		{"C", KindVariable, "_Count"}, {"C", KindFunction, "main"},
		{"C++", KindVariable, "operator"}, {"C++", KindFunction, "template"}, {"C++", KindVariable, "nullptr"}, {"C++", KindVariable, "__x"},
		{"C#", KindVariable, "namespace"}, {"C#", KindVariable, "operator"}, {"C#", KindVariable, "params"}, {"C#", KindVariable, "object"},
		{"Rust", KindFunction, "fn"}, {"Rust", KindVariable, "impl"}, {"Rust", KindVariable, "match"}, {"Rust", KindVariable, "self"},
		{"Rust", KindVariable, "async"},
		{"Swift", KindFunction, "func"}, {"Swift", KindVariable, "guard"}, {"Swift", KindVariable, "let"}, {"Swift", KindVariable, "protocol"},
		{"Ruby", KindFunction, "def"}, {"Ruby", KindVariable, "end"}, {"Ruby", KindFunction, "retry"}, {"Ruby", KindVariable, "elsif"},
		{"PHP", KindFunction, "function"}, {"PHP", KindFunction, "echo"}, {"PHP", KindClass, "List"}, {"PHP", KindVariable, "$this"},
		{"PHP", KindClass, "Int"}, {"PHP", KindFunction, "isset"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.name, func(t *testing.T) {
			err := Validate(Spec{Language: tt.lang}, tt.kind, tt.name)
			if got, want := errors.Is(err, ErrReserved), true; got != want {
				t.Fatalf("Validate(%s, %s, %q) = %v, want ErrReserved", tt.lang, tt.kind, tt.name, err)
			}
			if got, err := Fix(Spec{Language: tt.lang}, tt.kind, tt.name); err == nil {
				t.Fatalf("Fix(%s, %s, %q) = %q, want an error", tt.lang, tt.kind, tt.name, got)
			}
		})
	}
}

// Words that are reserved in some positions only are fine elsewhere.
func TestReservedOnlyWherePositional(t *testing.T) {
	tests := []struct {
		lang string
		kind Kind
		name string
	}{
		{"PHP", KindVariable, "$class"},  // keywords are fine as PHP variables
		{"PHP", KindVariable, "$list"},   // same
		{"Java", KindVariable, "record"}, // restricted only as a type name
		{"TypeScript", KindVariable, "type"},
		{"Python", KindVariable, "match"}, // soft keyword
		{"C#", KindVariable, "value"},     // contextual keyword
		{"Lisp", KindVariable, "class"},   // unknown language: no reserved words
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.name, func(t *testing.T) {
			if err := Validate(Spec{Language: tt.lang}, tt.kind, tt.name); err != nil {
				t.Fatalf("Validate(%s, %s, %q) = %v, want nil", tt.lang, tt.kind, tt.name, err)
			}
		})
	}
}

func TestIdentifierLegality(t *testing.T) {
	tests := []struct {
		lang string
		kind Kind
		name string
		want error // nil, or the sentinel the error wraps
	}{
		{"Python", KindVariable, "user_name", nil},
		{"Python", KindVariable, "_private", nil},
		{"Python", KindVariable, "user2", nil},
		{"Python", KindVariable, "2user", ErrIllegal},
		{"Python", KindVariable, "user-name", ErrIllegal},
		{"Python", KindVariable, "user name", ErrIllegal},
		{"Python", KindVariable, "사용자", ErrIllegal},
		{"Python", KindVariable, "héllo", ErrIllegal},
		{"Python", KindVariable, "$user", ErrIllegal},
		{"JavaScript", KindVariable, "$el", nil},
		{"JavaScript", KindVariable, "userName", nil},
		{"TypeScript", KindVariable, "$store", nil},
		{"Java", KindVariable, "userName", nil},
		{"Java", KindVariable, "user$name", ErrWrongCase},
		{"Kotlin", KindVariable, "$x", ErrIllegal},
		{"Go", KindVariable, "userID", nil},
		{"Go", KindFunction, "ParseURL", nil},
		{"Go", KindVariable, "$x", ErrIllegal},
		{"C", KindVariable, "user_count", nil},
		{"C++", KindVariable, "userCount", nil},
		{"C#", KindFunction, "GetUser", nil},
		{"C#", KindVariable, "_count", nil},
		{"Rust", KindVariable, "user_name", nil},
		{"Swift", KindVariable, "userName", nil},
		{"Ruby", KindFunction, "valid?", nil},
		{"Ruby", KindFunction, "save!", nil},
		{"Ruby", KindVariable, "valid?", ErrIllegal},
		{"Ruby", KindFunction, "va?lid", ErrIllegal},
		{"PHP", KindVariable, "$userName", nil},
		{"PHP", KindVariable, "userName", ErrIllegal},
		{"PHP", KindVariable, "$", ErrIllegal},
		{"PHP", KindVariable, "$2x", ErrIllegal},
		{"PHP", KindFunction, "$getUser", ErrIllegal},
		{"PHP", KindFunction, "getUser", nil},
		{"Lisp", KindVariable, "user_name", nil},
		{"Lisp", KindVariable, "user-name", ErrIllegal},
		{"Lisp", KindVariable, "UserName", nil}, // unknown language: any case
		{"", KindVariable, "x", nil},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+string(tt.kind)+"/"+tt.name, func(t *testing.T) {
			err := Validate(Spec{Language: tt.lang}, tt.kind, tt.name)
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate(%s, %s, %q) = %v, want nil", tt.lang, tt.kind, tt.name, err)
				}
				return
			}
			if got, want := errors.Is(err, tt.want), true; got != want {
				t.Fatalf("Validate(%s, %s, %q) = %v, want %v", tt.lang, tt.kind, tt.name, err, tt.want)
			}
		})
	}
}

// The default case of every language for every kind.
func TestLanguageDefaults(t *testing.T) {
	tests := []struct {
		lang string
		want [4]Case // function, variable, constant, class
	}{
		{"Python", [4]Case{SnakeCase, SnakeCase, ScreamingSnakeCase, PascalCase}},
		{"JavaScript", [4]Case{CamelCase, CamelCase, ScreamingSnakeCase, PascalCase}},
		{"TypeScript", [4]Case{CamelCase, CamelCase, ScreamingSnakeCase, PascalCase}},
		{"Java", [4]Case{CamelCase, CamelCase, ScreamingSnakeCase, PascalCase}},
		{"Kotlin", [4]Case{CamelCase, CamelCase, ScreamingSnakeCase, PascalCase}},
		{"Go", [4]Case{GoCamelCase, GoCamelCase, GoCamelCase, GoPascalCase}},
		{"C", [4]Case{SnakeCase, SnakeCase, ScreamingSnakeCase, SnakeCase}},
		{"C++", [4]Case{SnakeCase, SnakeCase, ScreamingSnakeCase, PascalCase}},
		{"C#", [4]Case{PascalCase, CamelCase, PascalCase, PascalCase}},
		{"Rust", [4]Case{SnakeCase, SnakeCase, ScreamingSnakeCase, PascalCase}},
		{"Swift", [4]Case{CamelCase, CamelCase, CamelCase, PascalCase}},
		{"Ruby", [4]Case{SnakeCase, SnakeCase, ScreamingSnakeCase, PascalCase}},
		{"PHP", [4]Case{CamelCase, CamelCase, ScreamingSnakeCase, PascalCase}},
		{"Lisp", [4]Case{SnakeCase, SnakeCase, ScreamingSnakeCase, PascalCase}},
	}
	for _, tt := range tests {
		for i, k := range kindOrder {
			t.Run(tt.lang+"/"+string(k), func(t *testing.T) {
				if got, want := CaseFor(Spec{Language: tt.lang}, k), tt.want[i]; got != want {
					t.Fatalf("CaseFor(%s, %s) = %s, want %s", tt.lang, k, got, want)
				}
			})
		}
	}
}

// Wrong-case names are refused with ErrWrongCase, per language.
func TestWrongCase(t *testing.T) {
	tests := []struct {
		lang string
		kind Kind
		name string
	}{
		{"Python", KindVariable, "userName"},
		{"Python", KindClass, "user_account"},
		{"Python", KindConstant, "maxRetries"},
		{"Java", KindVariable, "user_name"},
		{"Java", KindClass, "userAccount"},
		{"Go", KindVariable, "user_id"},
		{"Go", KindVariable, "userId"}, // initialisms stay upper-case in Go
		{"Go", KindConstant, "MAX_RETRIES"},
		{"C#", KindFunction, "getUser"},
		{"Rust", KindFunction, "getUser"},
		{"Swift", KindVariable, "UserName"},
		{"Kotlin", KindConstant, "Max_Retries"},
		{"PHP", KindClass, "user_service"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.name, func(t *testing.T) {
			err := Validate(Spec{Language: tt.lang}, tt.kind, tt.name)
			if got, want := errors.Is(err, ErrWrongCase), true; got != want {
				t.Fatalf("Validate(%s, %s, %q) = %v, want ErrWrongCase", tt.lang, tt.kind, tt.name, err)
			}
		})
	}
}

func TestValidateUnknownKind(t *testing.T) {
	if err := Validate(Spec{Language: "Go"}, Kind("macro"), "x"); !errors.Is(err, ErrUnknownKind) {
		t.Fatalf("Validate(kind macro) = %v, want ErrUnknownKind", err)
	}
	if got, want := CaseFor(Spec{Language: "Python"}, Kind("macro")), SnakeCase; got != want {
		t.Fatalf("CaseFor(kind macro) = %s, want %s (the variable case)", got, want)
	}
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
	}{
		{"function", KindFunction}, {"Functions", KindFunction}, {"function_names", KindFunction},
		{"method", KindFunction}, {"함수", KindFunction}, {"var", KindVariable}, {"Variables", KindVariable},
		{"변수", KindVariable}, {"CONSTANTS", KindConstant}, {"상수", KindConstant}, {"class", KindClass},
		{"클래스", KindClass}, {"struct", KindClass}, {"banana", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, _ := ParseKind(tt.in)
			if got != tt.want {
				t.Fatalf("ParseKind(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
