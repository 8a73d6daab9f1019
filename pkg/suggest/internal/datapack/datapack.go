// Package datapack packs pkg/suggest's data files for data.bz2: the
// generator (pkg/suggest/gen_data.go, run by `go generate`) compresses what
// Raw returns, and pkg/suggest's TestDataInSync checks data.bz2 against the
// files. The format is the one pkg/suggest unpacks: for each file in path
// order, a line "<path>\t<size>\n" and then the file's bytes (bzip2
// compressed in data.bz2).
package datapack

import (
	"bytes"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Files are the data files of fsys (pkg/suggest): every *.tsv file outside
// testdata, internal and hidden directories, in path order, idioms first.
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
	// The phrasebook before the glossary: bzip2 compresses the stream
	// 3.8 KB smaller that way (its blocks hold more alike lines). The
	// reader finds files by path (fs.Glob sorts), so order means nothing
	// else.
	sort.SliceStable(names, func(i, j int) bool {
		return strings.HasPrefix(names[i], "idioms/") && !strings.HasPrefix(names[j], "idioms/")
	})
	return names, nil
}

// Raw is the uncompressed stream of the data files of fsys.
func Raw(fsys fs.FS) ([]byte, error) {
	names, err := Files(fsys)
	if err != nil {
		return nil, err
	}
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
