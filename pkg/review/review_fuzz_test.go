package review

import (
	"testing"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// FuzzReview: whatever the name, language, convention and kind, the
// review answers without panicking, every better name is valid for the
// language, a good verdict has no problems and no better names, and
// Pasted returns a name that is part of the message.
func FuzzReview(f *testing.F) {
	for _, s := range []string{"getUserList", "usr_cnt", "isNotValid", "$cartItems", "admin?", "m_name", "data2", "사용자", "user name", "__init__", "_", "$", "?", "b_", "k"} {
		f.Add("Python", "", "", s)
		f.Add("PHP", "PSR-12", "boolean", s)
		f.Add("Ruby", "", "boolean", s+" 괜찮아?")
		f.Add("C++", "Unreal Engine", "", "is `"+s+"` ok?")
	}
	f.Fuzz(func(t *testing.T, lang, conv, kind, name string) {
		if !utf8.ValidString(name) || len(name) > 400 {
			return
		}
		spec := naming.Spec{Language: lang, Convention: conv}
		k, _ := ParseKind(kind)
		r := CheckName(spec, k, name, len(name)%2 == 0)
		if r.OK != (len(r.Problems) == 0) || r.OK && len(r.Better) > 0 || len(r.Better) > MaxBetter {
			t.Fatalf("%q: inconsistent result %+v", name, r)
		}
		for _, b := range r.Better {
			valid := false
			for _, nk := range naming.AllKinds() {
				valid = valid || naming.Validate(spec, nk, b) == nil
			}
			if !valid {
				t.Fatalf("%s %q: better %q is not valid", lang, name, b)
			}
		}
		if p, ok := Pasted(name); ok && (p == "" || len(p) > len(name)) {
			t.Fatalf("Pasted(%q) = %q", name, p)
		}
	})
}
