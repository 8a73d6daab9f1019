package suggest

import (
	"errors"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"namebot/pkg/suggest/internal/datapack"
)

// TestDataInSync holds data.bz2, which the binary embeds, to the *.tsv
// files on disk, the source of truth (data.go).
func TestDataInSync(t *testing.T) {
	raw, err := datapack.Raw(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	want, err := parseRaw(raw)
	if err != nil {
		t.Fatalf("reading what datapack packs: %v", err)
	}
	got, err := unpackData(dataPacked, dataTail)
	if err != nil {
		t.Fatalf("%v: run go generate ./pkg/suggest", err)
	}
	for _, name := range slices.Sorted(maps.Keys(want)) {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s is not in data.bz2: run go generate ./pkg/suggest", name)
		case g != want[name]:
			t.Errorf("%s differs from its copy in data.bz2: run go generate ./pkg/suggest", name)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[name]; !ok {
			t.Errorf("data.bz2 holds %s, which is no longer a data file: run go generate ./pkg/suggest", name)
		}
	}
	if len(want) == 0 {
		t.Error("no data files found")
	}
}

// TestDataNotEmbeddedRaw: a data file is read through glossaryFS (data.bz2),
// not embedded a second time, uncompressed, with its own go:embed.
func TestDataNotEmbeddedRaw(t *testing.T) {
	names, err := datapack.Files(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	srcs, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range srcs {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			rest, ok := strings.CutPrefix(strings.TrimSpace(line), "//go:embed ")
			if !ok {
				continue
			}
			for _, pat := range strings.Fields(rest) {
				pat = strings.TrimPrefix(strings.Trim(pat, "\"`"), "all:")
				for _, n := range names {
					if m, _ := path.Match(pat, n); m || strings.HasPrefix(n, pat+"/") {
						t.Errorf("%s embeds %s (%s) raw: read it through glossaryFS, which unpacks data.bz2 (data.go)", src, n, pat)
					}
				}
			}
		}
	}
}

// TestPackedFS: glossaryFS answers fs.Glob, fs.ReadFile and Open as the
// files on disk do, their comment lines blank.
func TestPackedFS(t *testing.T) {
	disk := os.DirFS(".")
	for _, pat := range []string{"glossary/*.tsv", "idioms/*.tsv", "*/casual.tsv", "nothing/*.tsv"} {
		want, err := fs.Glob(disk, pat)
		if err != nil {
			t.Fatal(err)
		}
		got, err := fs.Glob(glossaryFS, pat)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("Glob(%q) = %v, want %v", pat, got, want)
		}
		for _, name := range want {
			w, err := fs.ReadFile(disk, name)
			if err != nil {
				t.Fatal(err)
			}
			w = datapack.BlankComments(w) // the binary keeps no comments
			g, err := fs.ReadFile(glossaryFS, name)
			if err != nil || string(g) != string(w) {
				t.Errorf("ReadFile(%q): %d bytes, %v; want the %d bytes on disk", name, len(g), err, len(w))
			}
			f, err := glossaryFS.Open(name)
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.Stat()
			if err != nil || st.Size() != int64(len(w)) || st.Name() != path.Base(name) || st.IsDir() {
				t.Errorf("Stat(%q) = %v, %v", name, st, err)
			}
			if b, err := io.ReadAll(f); err != nil || string(b) != string(w) {
				t.Errorf("reading %q: %d bytes, %v", name, len(b), err)
			}
			if err := f.Close(); err != nil {
				t.Error(err)
			}
		}
	}
	if _, err := fs.Glob(glossaryFS, "["); !errors.Is(err, path.ErrBadPattern) {
		t.Errorf(`Glob("[") error = %v, want ErrBadPattern`, err)
	}
	for _, name := range []string{"glossary/none.tsv", "glossary", "/glossary/core.tsv", "../x"} {
		if _, err := glossaryFS.Open(name); err == nil {
			t.Errorf("Open(%q) succeeded", name)
		}
		if _, err := fs.ReadFile(glossaryFS, name); err == nil {
			t.Errorf("ReadFile(%q) succeeded", name)
		}
	}
	if _, err := glossaryFS.Open("glossary/none.tsv"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Open of a missing file: %v, want ErrNotExist", err)
	}
}

func TestUnpackDataRejectsDamage(t *testing.T) {
	packed := dataPacked
	if _, err := unpackData(packed[:len(packed)/2], ""); err == nil {
		t.Error("a truncated data.bz2 unpacked without error")
	}
	if _, err := unpackData([]byte("not bzip2"), ""); err == nil {
		t.Error("a data.bz2 that is not bzip2 unpacked without error")
	}
	bad := &packedFS{packed: []byte("not bzip2")}
	if _, err := fs.ReadFile(bad, "glossary/core.tsv"); err == nil {
		t.Error("ReadFile of a damaged data.bz2 succeeded")
	}
	if _, err := fs.Glob(bad, "glossary/*.tsv"); err == nil {
		t.Error("Glob of a damaged data.bz2 succeeded")
	}
}
