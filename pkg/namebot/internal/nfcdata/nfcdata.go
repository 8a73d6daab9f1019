// Package nfcdata builds the Unicode tables namebot's own NFC (pkg/namebot
// nfc.go) reads, from golang.org/x/text/unicode/norm: the canonical
// combining classes, and each code point's canonical decomposition (its
// composing pair, or the whole decomposition of a code point NFC never
// composes back). Only the generator (pkg/namebot/gen_nfc.go) and the tests
// import it, so x/text stays out of the Lambda binaries: its tables are
// about 100 KB there, ours about 10.
package nfcdata

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Hangul syllables decompose and compose by arithmetic (nfc.go), not by
// table.
const (
	hangulFirst = 0xAC00
	hangulLast  = 0xD7A3
)

// Flags of a decomposition entry.
const (
	// Pair: the entry is the code point's canonical pair (a, b), which
	// NFC composes back into it (a primary composite).
	Pair = 1
)

// Raw is the table data: "nfc1", the combining classes (count, then per
// code point its delta from the previous one and its class), then the
// decompositions (count, then per code point its delta, flags, the number
// of runes and each rune's signed delta from the code point).
func Raw() ([]byte, error) {
	out := []byte("nfc1")
	type class struct {
		r   rune
		ccc uint8
	}
	var cccs []class
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if c := norm.NFD.PropertiesString(string(r)).CCC(); c != 0 {
			cccs = append(cccs, class{r, c})
		}
	}
	out = binary.AppendUvarint(out, uint64(len(cccs)))
	prev := rune(0)
	for _, c := range cccs {
		out = binary.AppendUvarint(out, uint64(c.r-prev))
		out = append(out, c.ccc)
		prev = c.r
	}
	type entry struct {
		r     rune
		flags byte
		parts []rune
	}
	var es []entry
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) || r >= hangulFirst && r <= hangulLast {
			continue
		}
		s := string(r)
		d := []rune(norm.NFD.String(s))
		if len(d) == 1 && d[0] == r {
			continue
		}
		if norm.NFC.String(s) != s || len(d) < 2 {
			// never composed back (a singleton, an exclusion, a
			// non-starter decomposition): the whole decomposition
			es = append(es, entry{r, 0, d})
			continue
		}
		a, b, err := pairOf(r, d)
		if err != nil {
			return nil, err
		}
		es = append(es, entry{r, Pair, []rune{a, b}})
	}
	out = binary.AppendUvarint(out, uint64(len(es)))
	prev = 0
	for _, e := range es {
		out = binary.AppendUvarint(out, uint64(e.r-prev))
		out = append(out, e.flags, byte(len(e.parts)))
		for _, p := range e.parts {
			out = binary.AppendVarint(out, int64(p-e.r))
		}
		prev = e.r
	}
	return out, nil
}

// pairOf finds the canonical pair of the primary composite r (NFD d): the
// last rune of d with what composes from the rest, tried from the end (the
// pair's second rune is the mark added last, which canonical order puts
// last).
func pairOf(r rune, d []rune) (rune, rune, error) {
	for j := len(d) - 1; j >= 1; j-- {
		rest := append(append([]rune{}, d[:j]...), d[j+1:]...)
		a := []rune(norm.NFC.String(string(rest)))
		if len(a) == 1 && norm.NFC.String(string(a[0])+string(d[j])) == string(r) {
			return a[0], d[j], nil
		}
	}
	return 0, 0, fmt.Errorf("nfcdata: no pair composes %U", r)
}
