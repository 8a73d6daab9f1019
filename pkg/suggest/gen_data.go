//go:build ignore

// gen_data writes data.bz2 from the *.tsv files here: go generate
// ./pkg/suggest (see data.go). It compresses with the bzip2 command (Go's
// library reads bzip2 but cannot write it); bzip2 -9 is deterministic, so
// the same files give the same bytes.
//
// go run gen_data.go -order 15m searches that long for an order of the
// files that compresses smaller (random swaps and moves, each kept when the
// stream shrinks) and writes it to internal/datapack/order.txt; run it when
// files were added or split, then go generate.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math/rand/v2"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing/fstest"
	"time"

	"namebot/pkg/suggest/internal/datapack"
)

// tailSize is how much of the stream data-tail.bz2 holds.
const tailSize = 187 << 9 // 93.5 KB

func main() {
	search := flag.Duration("order", 0, "search this long for a smaller file order, write it to internal/datapack/order.txt")
	flag.Parse()
	if *search > 0 {
		if err := searchOrder(*search); err != nil {
			log.Fatal(err)
		}
		return
	}
	raw, err := datapack.Raw(os.DirFS("."))
	if err != nil {
		log.Fatal(err)
	}
	b, err := compress(raw)
	if err != nil {
		log.Fatal(err)
	}
	// One stream in two pieces (see data.go): the head with the writable
	// data, the last tailSize bytes with the read-only data.
	cut := max(0, len(b)-tailSize)
	if err := os.WriteFile("data.bz2", b[:cut], 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data-tail.bz2", b[cut:], 0o644); err != nil {
		log.Fatal(err)
	}
}

func compress(raw []byte) ([]byte, error) {
	cmd := exec.Command("bzip2", "-9", "-c")
	cmd.Stdin = bytes.NewReader(raw)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("bzip2 (install it: apt-get install bzip2, brew install bzip2): %w", err)
	}
	return out.Bytes(), nil
}

// searchOrder improves the stream's file order for d: a file swapped with
// another or moved elsewhere, kept when the compressed stream is smaller.
func searchOrder(d time.Duration) error {
	order, err := datapack.Files(os.DirFS("."))
	if err != nil {
		return err
	}
	fsys := fstest.MapFS{} // read once; each try packs from memory
	for _, n := range order {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		fsys[n] = &fstest.MapFile{Data: b}
	}
	size := func(names []string) (int, error) {
		raw, err := datapack.Pack(fsys, names)
		if err != nil {
			return 0, err
		}
		b, err := compress(raw)
		return len(b), err
	}
	best, err := size(order)
	if err != nil {
		return err
	}
	start := best
	for end := time.Now().Add(d); time.Now().Before(end); {
		try := slices.Clone(order)
		i, j := rand.IntN(len(try)), rand.IntN(len(try))
		if rand.IntN(2) == 0 {
			try[i], try[j] = try[j], try[i]
		} else {
			f := try[i]
			try = slices.Insert(slices.Delete(try, i, i+1), j, f)
		}
		n, err := size(try)
		if err != nil {
			return err
		}
		if n < best {
			order, best = try, n
			log.Printf("%d bytes (%+d)", best, best-start)
		}
	}
	text := "# The order of the data files in data.bz2's stream (see datapack.go),\n" +
		"# written by go run gen_data.go -order in pkg/suggest.\n" + strings.Join(order, "\n") + "\n"
	return os.WriteFile("internal/datapack/order.txt", []byte(text), 0o644)
}
