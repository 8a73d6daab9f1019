package namebot

import (
	"bytes"
	"compress/flate"
	"io"
	"math/rand/v2"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"namebot/pkg/namebot/internal/nfcdata"
)

// TestNFCDataInSync: nfc.flate holds the tables nfcdata builds from the
// x/text in go.mod (run go generate ./pkg/namebot when it moves).
func TestNFCDataInSync(t *testing.T) {
	want, err := nfcdata.Raw()
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(flate.NewReader(bytes.NewReader(nfcFlate)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("nfc.flate is stale (%d bytes, want %d): go generate ./pkg/namebot", len(got), len(want))
	}
	if err := loadNFC().err; err != nil {
		t.Fatal(err)
	}
}

// TestNFCMatchesXText: our NFC is x/text's on every code point, on every
// code point followed by each mark class's first mark, and on random
// sequences of letters, marks and jamo built to compose, reorder and block.
func TestNFCMatchesXText(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := nfc(s), norm.NFC.String(s); got != want {
			t.Fatalf("nfc(%+q) = %+q, x/text %+q", s, got, want)
		}
	}
	tb := loadNFC()
	var marks []rune // one mark per class, and every rune that composes as a second
	seen := map[uint8]bool{}
	for r, c := range tb.ccc {
		if !seen[c] {
			seen[c] = true
			marks = append(marks, r)
		}
	}
	for r := range tb.maybe {
		marks = append(marks, r)
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		check(string(r))
		if _, ok := tb.decomp[r]; ok || r < 0x250 || r >= 0x1100 && r < 0x1200 || r >= 0xAC00 && r < 0xAC00+30 {
			for _, m := range marks {
				check(string(r) + string(m))
			}
		}
	}
	// random sequences over the runes that take part in composition
	var pool []rune
	for r := range tb.decomp {
		pool = append(pool, r)
	}
	pool = append(pool, marks...)
	pool = append(pool, 'a', 'e', 'o', 'A', 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x3B1, 0x300, 0x301, 0x327, 0x345, 0x5B0)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 200000; i++ {
		n := 1 + rng.IntN(6)
		b := make([]rune, n)
		for j := range b {
			b[j] = pool[rng.IntN(len(pool))]
		}
		check(string(b))
	}
}

// FuzzNFC: our NFC is x/text's.
func FuzzNFC(f *testing.F) {
	for _, s := range []string{"e\u0301", "\u1112\u1161\u11AB", "\u212B", "a\u0328\u0301", "\u0344", "\u0F73\u0F71", "q\u0307\u0323"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := nfc(s), norm.NFC.String(s); got != want {
			t.Fatalf("nfc(%+q) = %+q, x/text %+q", s, got, want)
		}
	})
}

func BenchmarkNormalizeKorean(b *testing.B) {
	s := "검색어 자동완성 결과를 담는 변수 이름을 추천해 주세요, 최대 10개까지 보여줄 거예요"
	for b.Loop() {
		Normalize(s)
	}
}

func BenchmarkNormalizeKoreanXText(b *testing.B) {
	s := "검색어 자동완성 결과를 담는 변수 이름을 추천해 주세요, 최대 10개까지 보여줄 거예요"
	for b.Loop() {
		norm.NFC.String(stripFormat(s))
	}
}
