// Package datapack packs pkg/suggest's data files for data.bz2: the
// generator (pkg/suggest/gen_data.go, run by `go generate`) compresses what
// Raw returns, and pkg/suggest's TestDataInSync checks data.bz2 against the
// files. The format is the one pkg/suggest unpacks: for each file in the
// order Files gives, a line "<path>\t<size>\n" and then the file's bytes (bzip2
// compressed in data.bz2).
package datapack

import (
	"bytes"
	_ "embed" // order.txt
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Files are the data files of fsys (pkg/suggest): every *.tsv file outside
// testdata, internal and hidden directories, in the stream's order.
func Files(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			b := path.Base(p)
			if p != "." && (b == "testdata" || b == "internal" || strings.HasPrefix(b, ".") || strings.HasPrefix(b, "_")) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(p, ".tsv") {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("datapack: %w", err)
	}
	sort.Strings(names)
	// The stream's order: bzip2 compresses alike lines that share a block
	// best, so the files go in the order order.txt gives (found by a
	// search, see gen_data.go's -order), files it does not name last, in
	// path order. The reader finds files by path (fs.Glob sorts), so
	// order means nothing else.
	rank := map[string]int{}
	for i, n := range Order() {
		rank[n] = i + 1
	}
	sort.SliceStable(names, func(i, j int) bool {
		ri, rj := rank[names[i]], rank[names[j]]
		return ri != 0 && (rj == 0 || ri < rj)
	})
	return names, nil
}

// Raw is the uncompressed stream of the data files of fsys.
func Raw(fsys fs.FS) ([]byte, error) {
	names, err := Files(fsys)
	if err != nil {
		return nil, err
	}
	return Pack(fsys, names)
}

// Pack is the uncompressed stream of the named files of fsys, in that
// order.
func Pack(fsys fs.FS, names []string) ([]byte, error) {
	var raw bytes.Buffer
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("datapack: %w", err)
		}
		b = BlankComments(b)
		fmt.Fprintf(&raw, "%s\t%d\n", n, len(b))
		raw.Write(b)
	}
	return raw.Bytes(), nil
}

// BlankComments empties the comment lines (# ...) of a data file: the
// readers skip them, and a blank line keeps every other line's number for
// the messages that cite file:line. The comments are for the reader of the
// repository; the binary has no use for them (6.5 KB of data.bz2, December
// 2026).
func BlankComments(b []byte) []byte {
	lines := bytes.Split(b, []byte("\n"))
	for i, l := range lines {
		if bytes.HasPrefix(bytes.TrimLeft(l, " \t"), []byte("#")) {
			lines[i] = nil
		}
	}
	return bytes.Join(lines, []byte("\n"))
}

//go:embed order.txt
var orderText string

// Order is the order of the data files in the stream, as order.txt lists
// them (a path per line; # comments).
func Order() []string {
	var names []string
	for _, l := range strings.Split(orderText, "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			names = append(names, l)
		}
	}
	return names
}
