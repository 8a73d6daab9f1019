package naming

import (
	"errors"
	"strings"
	"testing"
)

// hostileNames must never validate, and never be turned into an identifier.
var hostileNames = []string{
	`<script>alert(1)</script>`,
	`"; DROP TABLE users; --`,
	`'; DROP TABLE`,
	`🚀launch`,
	`user🙂name`,
	`사용자`,
	`사용자Name`,
	``,
	`   `,
	strings.Repeat("a", 1000),
	strings.Repeat("ab_", 400),
	"user\u200bname", // zero-width space
	"user\u202ename", // right-to-left override
	"\ufeffname",     // byte order mark
	"null\x00byte",   // NUL
	"user\nname",     // newline
	"user\tname",     // tab
	`../etc/passwd`,
	`user.name`,
	`a+b`,
	`${jndi:ldap://x}`,
	`{{7*7}}`,
	`"userName"`,
	`'userName'`,
	`user,name`,
	`<b>bold</b>`,
	`&lt;script&gt;`,
	`javascript:alert(1)`,
	"\xff\xfe",
	`name;`,
	`@user`,
}

func TestHostileNamesRefused(t *testing.T) {
	for _, spec := range testSpecs {
		for _, kind := range kindOrder {
			for _, name := range hostileNames {
				t.Run(spec.Language+"/"+string(kind)+"/"+truncate(name), func(t *testing.T) {
					if err := Validate(spec, kind, name); err == nil {
						t.Fatalf("Validate(%v, %s, %q) = nil, want an error", spec, kind, name)
					}
					got, err := Fix(spec, kind, name)
					if err == nil {
						t.Fatalf("Fix(%v, %s, %q) = %q, want an error", spec, kind, name, got)
					}
					if got != "" {
						t.Fatalf("Fix(%v, %s, %q) returned %q with error %v", spec, kind, name, got, err)
					}
				})
			}
		}
	}
}

func truncate(s string) string {
	if len(s) > 20 {
		return s[:20]
	}
	return s
}

func TestFix(t *testing.T) {
	tests := []struct {
		spec Spec
		kind Kind
		in   string
		want string
		err  error // when want is ""
	}{
		{Spec{"Python", ""}, KindVariable, "user_name", "user_name", nil},
		{Spec{"Python", ""}, KindVariable, "userName", "user_name", nil},
		{Spec{"Python", ""}, KindVariable, "user name", "user_name", nil},
		{Spec{"Python", ""}, KindVariable, "User-Name", "user_name", nil},
		{Spec{"Python", ""}, KindFunction, "calculateTotal()", "calculate_total", nil},
		{Spec{"Python", ""}, KindConstant, "maxRetries", "MAX_RETRIES", nil},
		{Spec{"Python", ""}, KindClass, "http_client", "HttpClient", nil},
		{Spec{"Python", ""}, KindVariable, "  total  ", "total", nil},
		{Spec{"Python", ""}, KindVariable, "Class", "", ErrReserved}, // re-cased to class: reserved, dropped
		{Spec{"Python", ""}, KindVariable, "class", "", ErrReserved},
		{Spec{"Python", ""}, KindVariable, "List", "", ErrReserved},
		{Spec{"Python", ""}, KindVariable, "2fast", "", ErrIllegal},
		{Spec{"Python", ""}, KindVariable, "user  name", "", ErrIllegal},
		{Spec{"Python", ""}, KindVariable, strings.Repeat("a", 65), "", ErrTooLong},
		{Spec{"Java", ""}, KindVariable, "user_name", "userName", nil},
		{Spec{"Java", ""}, KindVariable, "userID", "userID", nil},
		{Spec{"Java", ""}, KindConstant, "maxRetries", "MAX_RETRIES", nil},
		{Spec{"Go", ""}, KindVariable, "user_id", "userID", nil},
		{Spec{"Go", ""}, KindVariable, "userId", "userID", nil},
		{Spec{"Go", ""}, KindFunction, "ParseUrl", "parseURL", nil},
		{Spec{"Go", ""}, KindFunction, "ParseURL", "ParseURL", nil},
		{Spec{"Go", ""}, KindConstant, "MAX_RETRIES", "maxRetries", nil},
		{Spec{"Go", ""}, KindVariable, "LEN", "", ErrReserved}, // re-cased to len: predeclared
		{Spec{"Go", ""}, KindVariable, "Len", "Len", nil},      // exported: does not shadow len
		{Spec{"C#", ""}, KindFunction, "get_user", "GetUser", nil},
		{Spec{"C", ""}, KindClass, "UserAccount", "UserAccount", nil},
		{Spec{"PHP", ""}, KindVariable, "userName", "$userName", nil},
		{Spec{"PHP", ""}, KindVariable, "$user_name", "$user_name", nil},
		{Spec{"PHP", ""}, KindVariable, "$UserName", "$userName", nil},
		{Spec{"PHP", ""}, KindVariable, "this", "", ErrReserved},
		{Spec{"Ruby", ""}, KindFunction, "isValid", "is_valid", nil},
		{Spec{"Ruby", ""}, KindFunction, "valid?", "valid?", nil},
		{Spec{"Lisp", "kebab-case"}, KindVariable, "userName", "user-name", nil},
		{Spec{"Lisp", ""}, KindVariable, "user name", "user_name", nil},
		{Spec{"JavaScript", ""}, KindVariable, "$el", "$el", nil},
		{Spec{"JavaScript", ""}, KindVariable, "$El", "", ErrIllegal},
	}
	for _, tt := range tests {
		t.Run(tt.spec.Language+"/"+tt.in, func(t *testing.T) {
			got, err := Fix(tt.spec, tt.kind, tt.in)
			if got != tt.want {
				t.Fatalf("Fix(%v, %s, %q) = %q, %v; want %q", tt.spec, tt.kind, tt.in, got, err, tt.want)
			}
			if tt.want == "" {
				if !errors.Is(err, tt.err) {
					t.Fatalf("Fix(%v, %s, %q) error = %v, want %v", tt.spec, tt.kind, tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Fix(%v, %s, %q) error = %v", tt.spec, tt.kind, tt.in, err)
			}
			if err := Validate(tt.spec, tt.kind, got); err != nil {
				t.Fatalf("Validate(Fix(%q) = %q) = %v", tt.in, got, err)
			}
		})
	}
}

func TestValidateLengthLimit(t *testing.T) {
	spec := Spec{Language: "Python"}
	if err := Validate(spec, KindVariable, strings.Repeat("a", MaxNameLen)); err != nil {
		t.Fatalf("Validate(64 letters) = %v, want nil", err)
	}
	if err := Validate(spec, KindVariable, strings.Repeat("a", MaxNameLen+1)); !errors.Is(err, ErrTooLong) {
		t.Fatalf("Validate(65 letters) = %v, want ErrTooLong", err)
	}
	if err := Validate(spec, KindVariable, ""); !errors.Is(err, ErrEmpty) {
		t.Fatalf("Validate(\"\") = %v, want ErrEmpty", err)
	}
}

func FuzzValidate(f *testing.F) {
	for i, n := range append(append([]string{}, hostileNames...),
		"userName", "user_name", "MAX_RETRIES", "HttpClient", "$userName", "valid?", "user-name",
		"userID", "kMaxRetries", "class", "user name", "Calculate Total()", "_x", "x1") {
		f.Add(uint8(i), uint8(i%4), n)
	}
	f.Fuzz(func(t *testing.T, specIdx, kindIdx uint8, name string) {
		spec := testSpecs[int(specIdx)%len(testSpecs)]
		kind := kindOrder[int(kindIdx)%len(kindOrder)]
		re := identRegexp(spec, kind)
		if err := Validate(spec, kind, name); err == nil && !re.MatchString(name) {
			t.Fatalf("Validate(%v, %s, %q) = nil but the name is not an identifier", spec, kind, name)
		}
		got, err := Fix(spec, kind, name)
		if err != nil {
			if got != "" {
				t.Fatalf("Fix(%v, %s, %q) = %q with error %v", spec, kind, name, got, err)
			}
			return
		}
		if !re.MatchString(got) {
			t.Fatalf("Fix(%v, %s, %q) = %q, not an identifier", spec, kind, name, got)
		}
		if err := Validate(spec, kind, got); err != nil {
			t.Fatalf("Validate(Fix(%q) = %q) = %v", name, got, err)
		}
	})
}
