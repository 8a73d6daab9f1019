package namebot

import (
	"bytes"
	"compress/flate"
	_ "embed" // nfc.flate
	"encoding/binary"
	"errors"
	"io"
	"sync"
	"unicode/utf8"
)

// NFC (Unicode Standard Annex #15) for Normalize, from tables generated
// out of golang.org/x/text/unicode/norm (internal/nfcdata, go generate
// ./pkg/namebot). x/text's own tables cost the Lambda binaries about
// 100 KB; these are 7 KB compressed, read once, on the first text that
// may not be NFC. TestNFCMatchesXText compares the two on every code
// point and on sequences of marks; TestNFCDataInSync fails when the
// tables lag x/text's Unicode version.

//go:generate go run gen_nfc.go

//go:embed nfc.flate
var nfcFlate []byte

// Hangul syllables compose and decompose by arithmetic (UAX #15, 3.12 of
// the Unicode Standard).
const (
	hSBase, hLBase, hVBase, hTBase = 0xAC00, 0x1100, 0x1161, 0x11A7
	hLCount, hVCount, hTCount      = 19, 21, 28
	hNCount                        = hVCount * hTCount
	hSCount                        = hLCount * hNCount
)

type nfcTables struct {
	ccc    map[rune]uint8
	decomp map[rune][]rune  // the canonical pair, or the whole decomposition
	comp   map[[2]rune]rune // primary composites by pair
	no     map[rune]bool    // never in NFC (a singleton, an exclusion)
	maybe  map[rune]bool    // may compose with what precedes it
	err    error
}

var (
	nfcOnce sync.Once
	nfcT    nfcTables
)

func loadNFC() *nfcTables {
	nfcOnce.Do(func() {
		raw, err := io.ReadAll(flate.NewReader(bytes.NewReader(nfcFlate)))
		if err == nil {
			nfcT, err = parseNFC(raw)
		}
		nfcT.err = err
	})
	return &nfcT
}

// parseNFC reads the table data nfcdata.Raw writes.
func parseNFC(raw []byte) (nfcTables, error) {
	t := nfcTables{ccc: map[rune]uint8{}, decomp: map[rune][]rune{}, comp: map[[2]rune]rune{}, no: map[rune]bool{}, maybe: map[rune]bool{}}
	if !bytes.HasPrefix(raw, []byte("nfc1")) {
		return t, errNFCData
	}
	p := raw[4:]
	uv := func() uint64 {
		v, n := binary.Uvarint(p)
		if n <= 0 {
			p = nil
			return 0
		}
		p = p[n:]
		return v
	}
	next := func() byte {
		if len(p) == 0 {
			return 0
		}
		b := p[0]
		p = p[1:]
		return b
	}
	r := rune(0)
	for n := uv(); n > 0 && p != nil; n-- {
		r += rune(uv())
		t.ccc[r] = next()
	}
	r = 0
	for n := uv(); n > 0 && p != nil; n-- {
		r += rune(uv())
		flags, k := next(), int(next())
		parts := make([]rune, 0, k)
		for ; k > 0; k-- {
			v, m := binary.Varint(p)
			if m <= 0 {
				return t, errNFCData
			}
			p = p[m:]
			parts = append(parts, r+rune(v))
		}
		t.decomp[r] = parts
		if flags&1 != 0 && len(parts) == 2 {
			t.comp[[2]rune{parts[0], parts[1]}] = r
			t.maybe[parts[1]] = true
		} else {
			t.no[r] = true
		}
	}
	if p == nil || len(p) != 0 {
		return t, errNFCData
	}
	return t, nil
}

var errNFCData = errors.New("namebot: the NFC tables are corrupt")

// nfc returns s (valid UTF-8) in NFC. It returns s itself when a quick
// check finds nothing that could change: no mark, nothing NFC replaces,
// nothing that composes with the rune before it.
func nfc(s string) string {
	t := loadNFC()
	if t.err != nil {
		return s // (unreachable: the embedded tables are tested)
	}
	if t.quick(s) {
		return s
	}
	buf := make([]rune, 0, utf8.RuneCountInString(s)+4)
	for _, r := range s {
		buf = t.decompose(buf, r)
	}
	// Canonical order: each run of marks sorted by class, stably.
	for i := 1; i < len(buf); i++ {
		c := t.ccc[buf[i]]
		for j := i; c != 0 && j > 0 && t.ccc[buf[j-1]] > c; j-- {
			buf[j-1], buf[j] = buf[j], buf[j-1]
		}
	}
	return string(t.compose(buf))
}

// quick: s is NFC as it is (the NFC_Quick_Check property, with a mark of
// any class taken as a maybe).
func (t *nfcTables) quick(s string) bool {
	for _, r := range s {
		if r < 0x300 || r >= hSBase && r < hSBase+hSCount {
			continue // below the combining marks, Hangul syllables: nothing to do alone
		}
		if t.ccc[r] != 0 || t.no[r] || t.maybe[r] || r >= hVBase && r < hVBase+hVCount || r > hTBase && r < hTBase+hTCount {
			return false
		}
	}
	return true
}

// decompose appends the full canonical decomposition of r.
func (t *nfcTables) decompose(buf []rune, r rune) []rune {
	if s := r - hSBase; s >= 0 && s < hSCount {
		buf = append(buf, hLBase+s/hNCount, hVBase+(s%hNCount)/hTCount)
		if s%hTCount != 0 {
			buf = append(buf, hTBase+s%hTCount)
		}
		return buf
	}
	d, ok := t.decomp[r]
	if !ok {
		return append(buf, r)
	}
	for _, p := range d {
		buf = t.decompose(buf, p)
	}
	return buf
}

// compose is the canonical composition of a decomposed, ordered buf: each
// rune joins the last starter unless a rune between blocks it.
func (t *nfcTables) compose(buf []rune) []rune {
	if len(buf) == 0 {
		return buf
	}
	starter, last := 0, int(t.ccc[buf[0]])
	if last != 0 {
		last = 256 // a mark first: nothing before it to compose with
	}
	out := 1
	for i := 1; i < len(buf); i++ {
		r := buf[i]
		c := int(t.ccc[r])
		if p, ok := t.pair(buf[starter], r); ok && (last < c || last == 0) {
			buf[starter] = p
			continue
		}
		if c == 0 {
			starter = out
		}
		last = c
		buf[out] = r
		out++
	}
	return buf[:out]
}

// pair is the primary composite of a and b, if there is one.
func (t *nfcTables) pair(a, b rune) (rune, bool) {
	if l := a - hLBase; l >= 0 && l < hLCount {
		if v := b - hVBase; v >= 0 && v < hVCount {
			return hSBase + (l*hVCount+v)*hTCount, true
		}
	}
	if s := a - hSBase; s >= 0 && s < hSCount && s%hTCount == 0 {
		if tt := b - hTBase; tt > 0 && tt < hTCount {
			return a + tt, true
		}
	}
	p, ok := t.comp[[2]rune{a, b}]
	return p, ok
}
