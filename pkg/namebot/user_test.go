package namebot

import "testing"

func TestTruncate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want string
		cut  bool
	}{
		{"abc", 3, "abc", false},
		{"abcd", 3, "abc", true},
		{"사칙연산", 2, "사칙", true},
		{"사칙", 2, "사칙", false},
		{"", 0, "", false},
		{"a", 0, "", true},
	} {
		if got, cut := Truncate(tc.in, tc.n); got != tc.want || cut != tc.cut {
			t.Errorf("Truncate(%q, %d) = %q, %v; want %q, %v", tc.in, tc.n, got, cut, tc.want, tc.cut)
		}
	}
}
