package naming

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text hygiene for whatever reaches Answer.Text, reasons and the prompt.
// Control characters and invisible format characters (zero-width spaces,
// bidirectional overrides) are removed: they have no business in a chat
// message and can make text display differently from what it is.

// dropRune reports whether r is removed from stored text. Newline and tab
// are kept by cleanText and turned into spaces by cleanLine.
func dropRune(r rune) bool {
	return r == utf8.RuneError || unicode.Is(unicode.Cf, r) ||
		(unicode.IsControl(r) && r != '\n' && r != '\t')
}

// cleanLine makes s one line: invalid UTF-8, control and format characters
// dropped, runs of white space (newlines included) collapsed to one space,
// trimmed, and cut to at most max runes (the last one an ellipsis when cut).
func cleanLine(s string, max int) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range s {
		if dropRune(r) {
			continue
		}
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			n++
			space = false
		}
		if n >= max {
			return cutRunes(b.String(), max)
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// cleanText keeps line breaks: invalid UTF-8, control and format characters
// dropped, CRLF made LF, lines right-trimmed, the whole trimmed and cut to
// max runes.
func cleanText(s string, max int) string {
	var b strings.Builder
	n := 0
	for _, r := range strings.ReplaceAll(s, "\r\n", "\n") {
		if r == '\r' {
			r = '\n'
		}
		if dropRune(r) {
			continue
		}
		if n >= max+1 {
			break
		}
		b.WriteRune(r)
		n++
	}
	lines := strings.Split(b.String(), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRightFunc(l, unicode.IsSpace)
	}
	out := strings.TrimSpace(strings.Join(lines, "\n"))
	if utf8.RuneCountInString(out) > max {
		out = cutRunes(out, max)
	}
	return out
}

// cutRunes shortens s to max runes, ending in an ellipsis.
func cutRunes(s string, max int) string {
	if max <= 0 {
		return ""
	}
	n := 0
	for i := range s {
		if n == max-1 {
			return strings.TrimRightFunc(s[:i], unicode.IsSpace) + "…"
		}
		n++
	}
	return s
}

// hasText reports whether s contains a letter or a digit: an answer without
// any is not readable text.
func hasText(s string) bool {
	for _, r := range s {
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return true
		}
	}
	return false
}

// dedupeKey folds names that differ only in case or separators, so an
// answer never lists userName and user_name, or userID and UserID, twice.
func dedupeKey(name string) string {
	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case c == '_' || c == '-' || c == '$':
		case isUpperASCII(c):
			b.WriteByte(c + 'a' - 'A')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
