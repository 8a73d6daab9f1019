package suggest

import (
	"bytes"
	"compress/bzip2"
	_ "embed" // data.bz2
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The suggester's data files (glossary/*.tsv, idioms/*.tsv: every *.tsv
// file under pkg/suggest) are plain text in the repository, the source a
// reviewer reads and diffs. The binary holds them compressed, as data.bz2,
// which go:embed cannot do by itself, and all of it is in chatsend's
// bootstrap, which must stay under 9 MiB. bzip2, not gzip: the phrasebook
// repeats its tokens far beyond gzip's 32 KB window, and 1.6 MB of text
// were 490 KB gzipped, 394 KB with bzip2 (December 2026); unpacking costs
// ~60 ms more, once, on a process's first offline answer. After changing
// a *.tsv file, run
//
//	go generate ./pkg/suggest
//
// (it needs the bzip2 command). TestDataInSync fails until data.bz2 holds
// exactly the files on disk, their comment lines left blank (the readers
// skip them; a blank keeps the line numbers messages cite).
//
// data.bz2 is a bzip2 stream of, for each file in the order
// internal/datapack/order.txt gives (see gen_data.go -order), a line
// "<path>\t<size>\n" and then the file's size bytes; paths are relative to
// pkg/suggest, slash-separated (internal/datapack writes it).
//
// The stream is stored in two pieces, one bzip2 stream cut in two: its
// head, data.bz2, embedded as a []byte, which the linker puts with the
// writable data, and its last tailSize bytes, data-tail.bz2, embedded as a
// string (read-only data). chatsend's size grows in 64 KiB steps of each
// segment (code, read-only data, writable data), and it is under 9 MiB
// only while the three together take no more steps than they do now; the
// cut is the one knob that moves bytes between two segments, set so that
// neither is at the edge of its step. It moved ten times between the
// eleventh and eighteenth sessions (between 15 and 24 KB), to 34.5 KB later, and
// to 73.5 KB in the twenty-ninth, when the patterns' ~19 KB of data went
// (lazyre.go) and moving 40 KB more let the data segment drop one step:
// chatsend 9,371,810 → 9,306,274 B, with code 30.1 KB, read-only data
// 19.0 KB and data 8.5 KB under their steps; to 97.5 KB in the
// thirty-fourth, when glossary/everyday-things.tsv took the data segment
// past its step (code 2.4 KB, read-only data 17.6 KB, data 19.0 KB under
// their steps after the move; 1.9, 7.2 and 6.3 KB at the session's end); to
// 95 KB in the thirty-fifth, when rewrite rows had left read-only data 1 KB
// under its step (code 2.5, read-only data 3.6, data 3.0 KB after the move),
// and to 96 KB later in it, when idiom lines had left data 0.2 KB under its
// step (code 2.4, read-only data 1.1, data 1.2 KB after the move). In the
// thirty-sixth, the ~330 word sets and pairs became constants (words.go's
// lazySet): data 0.35 → 10.5 KB under its step, code 2.5 → 0.5 KB (a call
// passes a string, not a pointer), read-only data 0.7 → 2.8 KB; at that
// session's end, after ~170 phrasebook lines and the cut moved to 97 KB
// (data had 0.2 KB left), code 0.4, read-only data 0.6 and data 0.3 KB;
// code 0.8 and read-only data 2.4 KB once the patterns and the sets
// shared one table (lazyre.go's built). In the thirty-seventh the files
// went in a searched order (internal/datapack/order.txt, 4.5 KB) and the
// reasons of lines no eval question reaches went to idioms/_cold (12.1
// KB); at its end code 0.3, read-only data 2.5 and data 12 KB under their
// steps: code is the scarce segment now. In the thirty-eighth the cut
// went back to 95 KB when new glossary words had left read-only data 0.7
// KB under its step (code 0.3, read-only data 2.7, data 9.3 KB after),
// and to 93 KB later in it, when rewrite rows and phrasebook lines had
// left read-only data 0.4 KB (code 0.3, read-only data 2.4, data 4.9 KB
// after); at its end 93.5 KB, code 0.3, read-only data 1.0 and data 1.0
// KB under their steps: the next lines need room found first (cold
// reasons, a longer order search, or fewer bytes per line).
// `make bench` prints the size;
// gen_data.go makes the cut.
//
//go:generate go run gen_data.go
//go:embed data.bz2
var dataPacked []byte

//go:embed data-tail.bz2
var dataTail string

// glossaryFS is the data files, read as files: fs.Glob and fs.ReadFile.
// data.bz2 is unpacked on first use (a function that never answers offline
// never pays for it) and kept.
var glossaryFS fs.FS = &packedFS{packed: dataPacked, tail: dataTail}

// packedFS is an fs.FS of the files packed in a data.bz2. It has files but
// no directories: Open of a directory fails, so fs.ReadDir and fs.WalkDir
// do not work on it; fs.Glob and fs.ReadFile do.
type packedFS struct {
	packed []byte
	tail   string // the stream's last bytes (data-tail.bz2)
	once   sync.Once
	files  map[string]string
	err    error
}

func (p *packedFS) unpacked() (map[string]string, error) {
	p.once.Do(func() { p.files, p.err = unpackData(p.packed, p.tail) })
	return p.files, p.err
}

// Open opens the named file.
func (p *packedFS) Open(name string) (fs.File, error) {
	s, err := p.file("open", name)
	if err != nil {
		return nil, err
	}
	return &packedFile{name: name, size: int64(len(s)), r: strings.NewReader(s)}, nil
}

// ReadFile implements fs.ReadFileFS.
func (p *packedFS) ReadFile(name string) ([]byte, error) {
	s, err := p.file("read", name)
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// Glob implements fs.GlobFS: the files that match pattern, in path order.
func (p *packedFS) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	files, err := p.unpacked()
	if err != nil {
		return nil, err
	}
	var out []string
	for name := range files {
		if ok, _ := path.Match(pattern, name); ok {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out, nil
}

func (p *packedFS) file(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	files, err := p.unpacked()
	if err != nil {
		return "", &fs.PathError{Op: op, Path: name, Err: err}
	}
	s, ok := files[name]
	if !ok {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
	}
	return s, nil
}

// packedFile is an open file of a packedFS.
type packedFile struct {
	name string
	size int64
	r    *strings.Reader
}

func (f *packedFile) Stat() (fs.FileInfo, error) { return packedInfo{f.name, f.size}, nil }
func (f *packedFile) Read(b []byte) (int, error) { return f.r.Read(b) }
func (f *packedFile) Close() error               { return nil }

type packedInfo struct {
	name string
	size int64
}

func (i packedInfo) Name() string       { return path.Base(i.name) }
func (i packedInfo) Size() int64        { return i.size }
func (i packedInfo) Mode() fs.FileMode  { return 0o444 }
func (i packedInfo) ModTime() time.Time { return time.Time{} }
func (i packedInfo) IsDir() bool        { return false }
func (i packedInfo) Sys() any           { return nil }

// unpackData reads the data.bz2 format (see dataPacked), the stream's head
// and tail: path -> contents.
func unpackData(packed []byte, tail string) (map[string]string, error) {
	raw, err := io.ReadAll(bzip2.NewReader(io.MultiReader(bytes.NewReader(packed), strings.NewReader(tail))))
	if err != nil {
		return nil, fmt.Errorf("data.bz2: %w", err)
	}
	return parseRaw(raw)
}

// parseRaw reads the unpacked stream: path -> contents.
func parseRaw(raw []byte) (map[string]string, error) {
	files := map[string]string{}
	for len(raw) > 0 {
		head, rest, ok := bytes.Cut(raw, []byte{'\n'})
		if !ok {
			return nil, errors.New("data.bz2: a header line has no end")
		}
		name, size, ok := strings.Cut(string(head), "\t")
		n, err := strconv.Atoi(size)
		if !ok || err != nil || n < 0 || n > len(rest) {
			return nil, fmt.Errorf("data.bz2: bad header %q", head)
		}
		files[name] = string(rest[:n])
		raw = rest[n:]
	}
	return files, nil
}
