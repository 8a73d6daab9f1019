//go:build ignore

// gen_nfc writes nfc.flate, the tables of nfc.go, from
// golang.org/x/text/unicode/norm (internal/nfcdata): go generate
// ./pkg/namebot after moving x/text to a new Unicode version.
// TestNFCDataInSync compares the tables, not the compressed bytes.
package main

import (
	"bytes"
	"compress/flate"
	"log"
	"os"

	"namebot/pkg/namebot/internal/nfcdata"
)

func main() {
	raw, err := nfcdata.Raw()
	if err != nil {
		log.Fatal(err)
	}
	var out bytes.Buffer
	w, err := flate.NewWriter(&out, flate.BestCompression)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := w.Write(raw); err != nil {
		log.Fatal(err)
	}
	if err := w.Close(); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("nfc.flate", out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
