//go:build ignore

// gen_data writes data.gz from the *.tsv files here: go generate ./pkg/suggest
// (see data.go).
package main

import (
	"log"
	"os"

	"namebot/pkg/suggest/internal/datapack"
)

func main() {
	b, err := datapack.Pack(os.DirFS("."))
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("data.gz", b, 0o644); err != nil {
		log.Fatal(err)
	}
}
