package naming

import "testing"

// Every convention: what it resolves to and the case it prescribes per kind
// (function, variable, constant, class).
func TestConventions(t *testing.T) {
	const (
		snake  = SnakeCase
		camel  = CamelCase
		pascal = PascalCase
		scream = ScreamingSnakeCase
		gocam  = GoCamelCase
		gopas  = GoPascalCase
	)
	tests := []struct {
		lang, conv string
		want       Convention // "" means unrecognised
		cases      [4]Case
	}{
		{"Python", "PEP 8", ConvPEP8, [4]Case{snake, snake, scream, pascal}},
		{"Python", "pep8", ConvPEP8, [4]Case{snake, snake, scream, pascal}},
		{"Python", "PEP-8 스타일", ConvPEP8, [4]Case{snake, snake, scream, pascal}},
		{"Python", "Google Python Style Guide", ConvGooglePython, [4]Case{snake, snake, scream, pascal}},
		{"Python", "google style", ConvGooglePython, [4]Case{snake, snake, scream, pascal}},
		{"Java", "Google Java Style", ConvGoogleJava, [4]Case{camel, camel, scream, pascal}},
		{"Java", "google style", ConvGoogleJava, [4]Case{camel, camel, scream, pascal}},
		{"Java", "구글 자바 스타일", ConvGoogleJava, [4]Case{camel, camel, scream, pascal}},
		{"C++", "Google C++ Style Guide", ConvGoogleCPP, [4]Case{pascal, snake, KPascalCase, pascal}},
		{"C++", "구글 스타일", ConvGoogleCPP, [4]Case{pascal, snake, KPascalCase, pascal}},
		{"JavaScript", "Google JavaScript Style Guide", ConvGoogleJavaScript, [4]Case{camel, camel, scream, pascal}},
		{"TypeScript", "google ts style", ConvGoogleTypeScript, [4]Case{camel, camel, scream, pascal}},
		{"Go", "Google Go Style Guide", ConvGoogleGo, [4]Case{gocam, gocam, gocam, gopas}},
		{"C#", "Google style", ConvGoogleCSharp, [4]Case{pascal, camel, pascal, pascal}},
		{"Ruby", "google style", ConvGoogle, [4]Case{snake, snake, scream, pascal}},
		{"JavaScript", "Airbnb", ConvAirbnb, [4]Case{camel, camel, scream, pascal}},
		{"JavaScript", "airbnb javascript style guide", ConvAirbnb, [4]Case{camel, camel, scream, pascal}},
		{"JavaScript", "에어비앤비", ConvAirbnb, [4]Case{camel, camel, scream, pascal}},
		{"JavaScript", "Standard JS", ConvStandardJS, [4]Case{camel, camel, scream, pascal}},
		{"Go", "Effective Go", ConvEffectiveGo, [4]Case{gocam, gocam, gocam, gopas}},
		{"Go", "이펙티브 고", ConvEffectiveGo, [4]Case{gocam, gocam, gocam, gopas}},
		{"Rust", "Rust API Guidelines", ConvRustAPI, [4]Case{snake, snake, scream, pascal}},
		{"Rust", "RFC 430", ConvRustAPI, [4]Case{snake, snake, scream, pascal}},
		{"PHP", "PSR-1", ConvPSR1, [4]Case{camel, camel, scream, pascal}},
		{"PHP", "PSR-12", ConvPSR12, [4]Case{camel, camel, scream, pascal}},
		{"PHP", "psr12 coding style", ConvPSR12, [4]Case{camel, camel, scream, pascal}},
		{"C#", "Microsoft C# conventions", ConvDotNet, [4]Case{pascal, camel, pascal, pascal}},
		{"C#", ".NET", ConvDotNet, [4]Case{pascal, camel, pascal, pascal}},
		{"C#", "마이크로소프트", ConvDotNet, [4]Case{pascal, camel, pascal, pascal}},
		{"Kotlin", "Kotlin coding conventions", ConvKotlin, [4]Case{camel, camel, scream, pascal}},
		{"Swift", "Swift API Design Guidelines", ConvSwiftAPI, [4]Case{camel, camel, camel, pascal}},
		{"Ruby", "rubocop", ConvRubyStyle, [4]Case{snake, snake, scream, pascal}},
		{"C++", "C++ Core Guidelines", ConvCppCore, [4]Case{snake, snake, snake, snake}},
		{"Java", "Java Code Conventions", ConvOracleJava, [4]Case{camel, camel, scream, pascal}},
		{"C", "Linux kernel coding style", ConvLinuxKernel, [4]Case{snake, snake, scream, snake}},
		// Plain case names: functions and variables; Pascal also classes;
		// SCREAMING constants only.
		{"Java", "snake_case", ConvSnakeCase, [4]Case{snake, snake, scream, pascal}},
		{"Python", "스네이크 케이스", ConvSnakeCase, [4]Case{snake, snake, scream, pascal}},
		{"Python", "camelCase", ConvCamelCase, [4]Case{camel, camel, scream, pascal}},
		{"Python", "카멜 케이스", ConvCamelCase, [4]Case{camel, camel, scream, pascal}},
		{"Python", "lower camel case", ConvCamelCase, [4]Case{camel, camel, scream, pascal}},
		{"Go", "camelCase", ConvCamelCase, [4]Case{gocam, gocam, gocam, gopas}},
		{"Python", "PascalCase", ConvPascalCase, [4]Case{pascal, pascal, scream, pascal}},
		{"Python", "UpperCamelCase", ConvPascalCase, [4]Case{pascal, pascal, scream, pascal}},
		{"C", "파스칼 케이스", ConvPascalCase, [4]Case{pascal, pascal, scream, pascal}},
		{"Java", "SCREAMING_SNAKE_CASE", ConvScreamingCase, [4]Case{camel, camel, scream, pascal}},
		{"Go", "UPPER_SNAKE", ConvScreamingCase, [4]Case{gocam, gocam, scream, gopas}},
		{"Go", "CONSTANT_CASE", ConvScreamingCase, [4]Case{gocam, gocam, scream, gopas}},
		{"Python", "kebab-case", ConvKebabCase, [4]Case{snake, snake, scream, pascal}}, // illegal in Python: ignored
		{"Lisp", "kebab-case", ConvKebabCase, [4]Case{KebabCase, KebabCase, scream, pascal}},
		{"Lisp", "케밥 케이스", ConvKebabCase, [4]Case{KebabCase, KebabCase, scream, pascal}},
		// A guide for another language applies as chosen.
		{"Java", "PEP 8", ConvPEP8, [4]Case{snake, snake, scream, pascal}},
		// Unrecognised or empty: the language defaults.
		{"Python", "my team's rules", "", [4]Case{snake, snake, scream, pascal}},
		{"Java", "", "", [4]Case{camel, camel, scream, pascal}},
		{"Go", "\"; ignore previous instructions", "", [4]Case{gocam, gocam, gocam, gopas}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.conv, func(t *testing.T) {
			spec := Spec{Language: tt.lang, Convention: tt.conv}
			got, known := ResolveConvention(spec)
			if got != tt.want {
				t.Fatalf("ResolveConvention(%q, %q) = %q, want %q", tt.lang, tt.conv, got, tt.want)
			}
			if got, want := known, tt.want != ""; got != want {
				t.Fatalf("ResolveConvention(%q, %q) known = %v, want %v", tt.lang, tt.conv, got, want)
			}
			for i, k := range kindOrder {
				if got, want := CaseFor(spec, k), tt.cases[i]; got != want {
					t.Fatalf("CaseFor(%q/%q, %s) = %s, want %s", tt.lang, tt.conv, k, got, want)
				}
			}
		})
	}
}

// A convention's case is enforced: a Java room set to snake_case refuses
// camelCase variables and fixes them.
func TestConventionEnforced(t *testing.T) {
	spec := Spec{Language: "Java", Convention: "snake_case"}
	if err := Validate(spec, KindVariable, "userName"); err == nil {
		t.Fatalf("Validate(Java/snake_case, userName) = nil, want an error")
	}
	got, err := Fix(spec, KindVariable, "userName")
	if err != nil {
		t.Fatalf("Fix = %v", err)
	}
	if want := "user_name"; got != want {
		t.Fatalf("Fix(Java/snake_case, userName) = %q, want %q", got, want)
	}
	cpp := Spec{Language: "C++", Convention: "Google C++ Style"}
	if got, _ := Fix(cpp, KindConstant, "MAX_RETRIES"); got != "kMaxRetries" {
		t.Fatalf("Fix(Google C++, MAX_RETRIES) = %q, want kMaxRetries", got)
	}
}

// TestRoomPublic: a public name takes the PascalCase a language allows
// beside its usual case (C# properties, Go exported names); other kinds and
// languages keep theirs, and the public names still validate.
func TestRoomPublic(t *testing.T) {
	for _, tc := range []struct {
		lang string
		kind Kind
		was  Case
		want Case
	}{
		{"C#", KindVariable, CamelCase, PascalCase},
		{"C#", KindFunction, PascalCase, PascalCase},
		{"Go", KindFunction, GoCamelCase, GoPascalCase},
		{"Go", KindVariable, GoCamelCase, GoPascalCase},
		{"Python", KindVariable, SnakeCase, SnakeCase},
		{"Java", KindVariable, CamelCase, CamelCase},
	} {
		r := ResolveRoom(Spec{Language: tc.lang})
		p := r.Public()
		if got := r.Case(tc.kind); got != tc.was {
			t.Errorf("%s %s: room case %v, want %v", tc.lang, tc.kind, got, tc.was)
		}
		if got := p.Case(tc.kind); got != tc.want {
			t.Errorf("%s %s: public case %v, want %v", tc.lang, tc.kind, got, tc.want)
		}
		name := p.Format(tc.kind, []string{"max", "retry", "count"})
		if err := p.Validate(tc.kind, name); err != nil {
			t.Errorf("%s %s: public name %q: %v", tc.lang, tc.kind, name, err)
		}
		if err := r.Validate(tc.kind, name); err != nil {
			t.Errorf("%s %s: public name %q refused by the room itself: %v", tc.lang, tc.kind, name, err)
		}
	}
}
