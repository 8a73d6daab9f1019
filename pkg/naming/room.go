package naming

import "strings"

// Room is a spec resolved once: its language, convention and the case rule
// of each kind. Callers that format and check many names for one room (the
// offline suggester) resolve it once instead of on every call.
type Room struct{ rs *resolved }

// ResolveRoom resolves spec.
func ResolveRoom(spec Spec) Room { return Room{rs: resolve(spec)} }

// Public is the room for a public name: each kind whose rule also allows
// PascalCase (C#'s properties beside camelCase locals, Go's exported names
// beside unexported ones) takes it as its case; the other kinds, and
// rooms whose rules have no such choice, are unchanged. The room's setting
// line then says the case the names are in.
func (r Room) Public() Room {
	if r.rs == nil {
		return r
	}
	rs := *r.rs
	changed := false
	for i, rule := range rs.rules {
		for _, c := range rule.also {
			if c == PascalCase || c == GoPascalCase {
				rs.rules[i] = caseRule{primary: c, also: append([]Case{rule.primary}, without(rule.also, c)...), any: rule.any}
				changed = true
				break
			}
		}
	}
	if !changed {
		return r
	}
	return Room{rs: &rs}
}

func without(cs []Case, c Case) []Case {
	var out []Case
	for _, x := range cs {
		if x != c {
			out = append(out, x)
		}
	}
	return out
}

// Case is the case names of kind take in the room (see CaseFor).
func (r Room) Case(kind Kind) Case { return r.rs.caseFor(kind) }

// Validate checks name as a name of kind in the room (see Validate).
func (r Room) Validate(kind Kind, name string) error { return r.rs.validate(kind, name) }

// Language is the recognised language, or "" when the room names none
// namebot knows.
func (r Room) Language() Language {
	if r.rs.info == nil {
		return ""
	}
	return r.rs.info.lang
}

// Format formats words as a name of kind: the kind's case, and the `$` PHP
// variables carry.
func (r Room) Format(kind Kind, words []string) string {
	name := Format(words, r.rs.caseFor(kind))
	if r.rs.info != nil && r.rs.info.phpVars && kind == KindVariable {
		name = "$" + name
	}
	return name
}

// SettingLine says, in one line, which language, convention and cases the
// suggestions follow.
func (r Room) SettingLine(sugs []Suggestion, korean bool) string {
	return settingLine(r.rs, sugs, korean)
}

// RenderSuggestions is the readable list of an answer's names: one section
// per kind, each a numbered list of "name — reason" lines.
func RenderSuggestions(sugs []Suggestion, korean bool) string {
	var b strings.Builder
	renderSuggestions(&b, sugs, korean)
	return strings.TrimRight(b.String(), "\n")
}

// CleanLine makes s one printable line of at most max runes: control and
// format characters dropped, white space collapsed.
func CleanLine(s string, max int) string { return cleanLine(s, max) }

// DedupeKey folds names that differ only in case or separators (userName,
// user_name, $userName), so a list never shows one name twice.
func DedupeKey(name string) string { return dedupeKey(name) }

// settingLine says which language, convention and cases the names follow.
func settingLine(rs *resolved, sugs []Suggestion, korean bool) string {
	lang := cleanLine(rs.spec.Language, 40)
	if rs.info != nil {
		lang = string(rs.info.lang)
	}
	conv := cleanLine(rs.spec.Convention, 100)
	if rs.conv != nil {
		conv = string(rs.conv.conv)
	}
	var cases []string
	for _, kd := range kindOrder {
		for _, s := range sugs {
			if s.Kind == kd {
				cases = append(cases, kindHeading(kd, korean)+" "+rs.caseFor(kd).short())
				break
			}
		}
	}
	if korean {
		if lang == "" {
			lang = "지정 안 됨"
		}
		if conv == "" {
			conv = "언어 기본 규칙"
		} else if rs.conv == nil {
			conv += " (인식하지 못해 언어 기본 규칙 적용)"
		}
		return "언어: " + lang + " · 규칙: " + conv + " · 표기: " + strings.Join(cases, ", ")
	}
	if lang == "" {
		lang = "not set"
	}
	if conv == "" {
		conv = "language defaults"
	} else if rs.conv == nil {
		conv += " (not recognised; language defaults used)"
	}
	return "Language: " + lang + " · Convention: " + conv + " · Cases: " + strings.Join(cases, ", ")
}
