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
		{Spec{Language: "Python", Convention: ""}, KindVariable, "user_name", "user_name", nil},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "userName", "user_name", nil},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "user name", "user_name", nil},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "User-Name", "user_name", nil},
		{Spec{Language: "Python", Convention: ""}, KindFunction, "calculateTotal()", "calculate_total", nil},
		{Spec{Language: "Python", Convention: ""}, KindConstant, "maxRetries", "MAX_RETRIES", nil},
		{Spec{Language: "Python", Convention: ""}, KindClass, "http_client", "HttpClient", nil},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "  total  ", "total", nil},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "Class", "", ErrReserved}, // re-cased to class: reserved, dropped
		{Spec{Language: "Python", Convention: ""}, KindVariable, "class", "", ErrReserved},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "List", "", ErrReserved},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "2fast", "", ErrIllegal},
		{Spec{Language: "Python", Convention: ""}, KindVariable, "user  name", "", ErrIllegal},
		{Spec{Language: "Python", Convention: ""}, KindVariable, strings.Repeat("a", 65), "", ErrTooLong},
		{Spec{Language: "Java", Convention: ""}, KindVariable, "user_name", "userName", nil},
		{Spec{Language: "Java", Convention: ""}, KindVariable, "userID", "userID", nil},
		{Spec{Language: "Java", Convention: ""}, KindConstant, "maxRetries", "MAX_RETRIES", nil},
		{Spec{Language: "Go", Convention: ""}, KindVariable, "user_id", "userID", nil},
		{Spec{Language: "Go", Convention: ""}, KindVariable, "userId", "userID", nil},
		{Spec{Language: "Go", Convention: ""}, KindFunction, "ParseUrl", "parseURL", nil},
		{Spec{Language: "Go", Convention: ""}, KindFunction, "ParseURL", "ParseURL", nil},
		{Spec{Language: "Go", Convention: ""}, KindConstant, "MAX_RETRIES", "maxRetries", nil},
		{Spec{Language: "Go", Convention: ""}, KindVariable, "LEN", "", ErrReserved}, // re-cased to len: predeclared
		{Spec{Language: "Go", Convention: ""}, KindVariable, "Len", "Len", nil},      // exported: does not shadow len
		{Spec{Language: "C#", Convention: ""}, KindFunction, "get_user", "GetUser", nil},
		{Spec{Language: "C", Convention: ""}, KindClass, "UserAccount", "UserAccount", nil},
		{Spec{Language: "PHP", Convention: ""}, KindVariable, "userName", "$userName", nil},
		{Spec{Language: "PHP", Convention: ""}, KindVariable, "$user_name", "$user_name", nil},
		{Spec{Language: "PHP", Convention: ""}, KindVariable, "$UserName", "$userName", nil},
		{Spec{Language: "PHP", Convention: ""}, KindVariable, "this", "", ErrReserved},
		{Spec{Language: "Ruby", Convention: ""}, KindFunction, "isValid", "is_valid", nil},
		{Spec{Language: "Ruby", Convention: ""}, KindFunction, "valid?", "valid?", nil},
		{Spec{Language: "Lisp", Convention: "kebab-case"}, KindVariable, "userName", "user-name", nil},
		{Spec{Language: "Lisp", Convention: ""}, KindVariable, "user name", "user_name", nil},
		{Spec{Language: "JavaScript", Convention: ""}, KindVariable, "$el", "$el", nil},
		{Spec{Language: "JavaScript", Convention: ""}, KindVariable, "$El", "", ErrIllegal},
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

// TestControlEventHandlers: a C# method may be a designer's event handler,
// control_Event (WinForms and WPF generate saveButton_Click); other
// underscores (Process_Order: no designer event), other kinds and other
// languages are still refused.
func TestControlEventHandlers(t *testing.T) {
	cs, java := Spec{Language: "C#"}, Spec{Language: "Java"}
	for _, tc := range []struct {
		spec Spec
		kind Kind
		name string
		ok   bool
	}{
		{cs, KindFunction, "saveButton_Click", true},
		{cs, KindFunction, "QuantityTextBox_LostFocus", true},
		{cs, KindFunction, "SaveButtonClick", true},
		{cs, KindFunction, "save_button_click", false},
		{cs, KindFunction, "saveButton_click", false},
		{cs, KindFunction, "Save_Button_Click", false},
		{cs, KindFunction, "_Click", false},
		{cs, KindFunction, "comboBox1_SelectedIndexChanged", true},
		{cs, KindFunction, "Process_Order", false}, // no designer event: an underscore in a method name
		{cs, KindFunction, "Get_User", false},
		{cs, KindVariable, "saveButton_Click", false},
		{java, KindFunction, "saveButton_Click", false},
	} {
		err := Validate(tc.spec, tc.kind, tc.name)
		if (err == nil) != tc.ok {
			t.Errorf("%s %s %q: error %v, want ok=%v", tc.spec.Language, tc.kind, tc.name, err, tc.ok)
		}
		if !tc.ok && err != nil && !errors.Is(err, ErrWrongCase) && !errors.Is(err, ErrIllegal) {
			t.Errorf("%q: %v, want a case or legality error", tc.name, err)
		}
	}
}
