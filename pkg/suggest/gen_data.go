//go:build ignore

// gen_data writes data.bz2 from the *.tsv files here: go generate
// ./pkg/suggest (see data.go). It compresses with the bzip2 command (Go's
// library reads bzip2 but cannot write it); bzip2 -9 is deterministic, so
// the same files give the same bytes.
package main

import (
	"bytes"
	"log"
	"os"
	"os/exec"

	"namebot/pkg/suggest/internal/datapack"
)

// tailSize is how much of the stream data-tail.bz2 holds.
const tailSize = 194 << 9 // 97 KB

func main() {
	raw, err := datapack.Raw(os.DirFS("."))
	if err != nil {
		log.Fatal(err)
	}
	cmd := exec.Command("bzip2", "-9", "-c")
	cmd.Stdin = bytes.NewReader(raw)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, os.Stderr
	if err := cmd.Run(); err != nil {
		log.Fatalf("bzip2 (install it: apt-get install bzip2, brew install bzip2): %v", err)
	}
	// One stream in two pieces (see data.go): the head with the writable
	// data, the last tailSize bytes with the read-only data.
	b := out.Bytes()
	cut := max(0, len(b)-tailSize)
	if err := os.WriteFile("data.bz2", b[:cut], 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data-tail.bz2", b[cut:], 0o644); err != nil {
		log.Fatal(err)
	}
}
