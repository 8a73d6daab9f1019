package namebot

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"  Python ", "Python"},
		{"Py\u200Bthon", "Python"},                     // zero-width space
		{"\uFEFFtitle\u2060", "title"},                 // BOM, word joiner
		{"\u202Enimda", "nimda"},                       // bidi override: removed from free text
		{"\u2066x\u2069", "x"},                         // isolates
		{"\u1112\u1161\u11AB\u1100\u1173\u11AF", "한글"}, // NFD jamo compose to syllables
		{"\u1112\u200B\u1161\u11AB", "한"},              // a format character cannot split a syllable
		{"e\u0301", "é"},                               // NFC
		{"\u3164\u3164이름\u3000", "이름"},                 // Hangul filler, ideographic space
		{"\u2800a\u2800", "a"},                         // Braille blank
		{"줄\n\n바꿈", "줄\n\n바꿈"},                         // newlines inside survive
		{"👩\u200D💻 개발자", "👩\u200D💻 개발자"},               // ZWJ inside an emoji stays
		{"🏳\uFE0F\u200D🌈", "🏳\uFE0F\u200D🌈"},           // after the presentation selector too
		{"👍🏽\u200D👍", "👍🏽\u200D👍"},                     // after a skin tone
		{"a\u200Db", "ab"},                             // ZWJ between letters goes
		{"\u200D👩", "👩"},                               // and at the start
		{"❤\uFE0F", "❤\uFE0F"},                         // a trailing variation selector is kept
		{"a\u00ADb", "ab"},                             // soft hyphen
	} {
		if got := Normalize(tc.in); got != tc.want {
			t.Errorf("Normalize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestBlank(t *testing.T) {
	for _, s := range []string{
		"", " ", "\u200B", "\u3164", "\u115F\u1160", "\uFFA0", "\u2800", "\u3000", "\uFE0F", "\u034F",
		"\u200B\u3164\u2800 \u3000\uFFA0", "\u00A0", "\u2028",
	} {
		if !Blank(Normalize(s)) {
			t.Errorf("Blank(Normalize(%q)) = false", s)
		}
	}
	for _, s := range []string{"a", "가", "ㄱ", "👍", ".", "\u3164a", "a\u2800b"} {
		if Blank(Normalize(s)) {
			t.Errorf("Blank(Normalize(%q)) = true", s)
		}
	}
}

func TestCleanFields(t *testing.T) {
	invisible := []string{"\u200B\u200B", "\u3164\u3164", "\u2800\u2800", "\u115F\u1160", "\uFFA0\uFFA0", "\u3000\u3000", "\u200B \u3164\u2800"}
	for _, s := range invisible {
		f := FieldErrors{}
		CleanText(f, "title", s, true, 100, false)
		CleanNickname(f, "nickname", s)
		if f["title"].Key != "required" || f["nickname"].Key != "required" {
			t.Errorf("%q: %v, want required on both", s, f)
		}
		f = FieldErrors{}
		if got := CleanText(f, "title", s, false, 100, false); got != "" || len(f) > 0 {
			t.Errorf("optional %q = %q, %v; want blank", s, got, f)
		}
	}
	for _, s := range []string{"\u202Enimda", "a\u202Db", "\u2067ab\u2069"} {
		f := FieldErrors{}
		CleanNickname(f, "nickname", s)
		if f["nickname"].Key != "bidi_chars" {
			t.Errorf("nickname %q: %v, want bidi_chars", s, f)
		}
	}
	f := FieldErrors{}
	if got := CleanNickname(f, "nickname", "\u1112\u1161\u11AB\u1100\u1173\u11AF"); got != "한글" || len(f) > 0 {
		t.Errorf("NFD nickname = %q, %v", got, f)
	}
}

func TestNormalizeEmail(t *testing.T) {
	want := "josé@example.com"
	for _, in := range []string{"josé@example.com", "jose\u0301@example.com", " JOSÉ@Example.com ", "jo\u200Bsé@exa\u200Dmple.com", "\uFEFFjosé@example.com"} {
		if got := NormalizeEmail(in); got != want {
			t.Errorf("NormalizeEmail(%q) = %q, want %q", in, got, want)
		}
	}
	f := FieldErrors{}
	ValidateEmail(f, "email", NormalizeEmail("a\u3164b@example.com"))
	if f["email"].Key != "bad_email" {
		t.Errorf("a Hangul filler in an email: %v", f)
	}
}

func TestOAuthNicknameInvisible(t *testing.T) {
	if got := OAuthNickname("\u3164\u3164", "fallback"); got != "fallback" {
		t.Errorf("invisible provider name = %q", got)
	}
	if got := OAuthNickname("\u202Enimda", "fallback"); got != "nimda" {
		t.Errorf("provider name with RLO = %q", got)
	}
}

// FuzzNormalize: the result is a fixed point, NFC, trimmed, free of
// format characters but an emoji's joiner, and Blank exactly when it
// shows nothing.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", " a ", "\u200B", "\u202Enimda", "\u1112\u1161\u11AB", "👩\u200D💻", "e\u200B\u0301", "\u3164x\u2800", "a\u0130"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got := Normalize(s)
		if again := Normalize(got); again != got {
			t.Fatalf("Normalize(%q) = %q, again %q", s, got, again)
		}
		if !norm.NFC.IsNormalString(got) {
			t.Fatalf("Normalize(%q) = %q is not NFC", s, got)
		}
		if got != strings.TrimFunc(got, isPadding) {
			t.Fatalf("Normalize(%q) = %q is not trimmed", s, got)
		}
		for _, r := range got {
			if unicode.Is(unicode.Cf, r) && r != 0x200D {
				t.Fatalf("Normalize(%q) = %q keeps %U", s, got, r)
			}
		}
		if e := NormalizeEmail(s); NormalizeEmail(e) != e {
			t.Fatalf("NormalizeEmail(%q) = %q is not a fixed point", s, e)
		}
	})
}
