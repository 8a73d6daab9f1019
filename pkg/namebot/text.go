package namebot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text normalisation: the one pass every text field a person sends goes
// through (titles, questions, post bodies, room languages and conventions,
// nicknames, emails), so that what is stored, compared and shown is what a
// reader sees.
//
//  1. Format characters (Unicode category Cf: zero-width space, joiners,
//     bidi marks, embeddings, overrides and isolates, the BOM, soft
//     hyphens, tag characters) are removed. They change how text looks or
//     is ordered, not what it says. One exception keeps emoji whole: a zero
//     width joiner between two pictographs (👩‍💻, 🏳️‍🌈) stays.
//  2. The rest is composed to NFC, so that the same letters typed on
//     different keyboards are the same string (Hangul jamo become
//     syllables; é is one character).
//  3. Spaces and characters that draw nothing on their own (the Hangul
//     fillers, the Braille blank) are trimmed from both ends.
//
// After that a field is blank when nothing visible is left (Blank).

// Normalize applies the text normalisation to s (valid UTF-8).
func Normalize(s string) string {
	if isASCII(s) {
		// No format characters, already NFC: only the trim applies.
		return strings.TrimSpace(s)
	}
	s = stripFormat(s)
	s = nfc(s) // nfc.go
	return strings.TrimFunc(s, isPadding)
}

// Blank reports whether s shows nothing: it is empty or made only of
// spaces, fillers and default-ignorable characters.
func Blank(s string) bool {
	for _, r := range s {
		if !isPadding(r) && !isIgnorable(r) {
			return false
		}
	}
	return true
}

// HasBidiControl reports whether s holds a bidi embedding, override or
// isolate (U+202A–U+202E, U+2066–U+2069): characters that reorder what
// follows them, so that "\u202Enimda" reads "admin".
func HasBidiControl(s string) bool {
	for _, r := range s {
		if isBidiControl(r) {
			return true
		}
	}
	return false
}

func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// isPadding: spaces, and letters and symbols that draw nothing on their
// own (the Hangul fillers, the Braille pattern blank).
func isPadding(r rune) bool {
	switch r {
	case 0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800:
		return true
	}
	return unicode.IsSpace(r)
}

// isIgnorable: Unicode's default-ignorable code points (format characters,
// variation selectors, the combining grapheme joiner, the Hangul fillers
// and the rest of Other_Default_Ignorable_Code_Point).
func isIgnorable(r rune) bool {
	return unicode.In(r, unicode.Cf, unicode.Variation_Selector, unicode.Other_Default_Ignorable_Code_Point)
}

// stripFormat removes format characters (Cf), keeping a zero width joiner
// that joins two pictographs into one emoji.
func stripFormat(s string) string {
	if !strings.ContainsFunc(s, isFormat) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prev := rune(-1)
	for i, r := range s {
		if isFormat(r) {
			if r == 0x200D && joinsEmoji(prev, s[i+utf8.RuneLen(r):]) {
				b.WriteRune(r)
			}
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func isFormat(r rune) bool { return unicode.Is(unicode.Cf, r) }

// joinsEmoji: the joiner comes after a pictograph (or its emoji
// presentation selector or skin tone) and before another pictograph.
func joinsEmoji(prev rune, rest string) bool {
	next, _ := utf8.DecodeRuneInString(rest)
	pictograph := func(r rune) bool { return r >= 0x2000 && unicode.Is(unicode.So, r) }
	return (pictograph(prev) || prev == 0xFE0F || (prev >= 0x1F3FB && prev <= 0x1F3FF)) && pictograph(next)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
