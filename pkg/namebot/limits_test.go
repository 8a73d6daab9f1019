package namebot_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"namebot/pkg/namebot"
)

// appLimits is the browser app's copy of the limits: every constant here is
// in that file under its name in upper snake case, with the same value.
const appLimits = "../../frontend/src/limits.ts"

// mirrored lists the limits the app checks before sending, by Go name.
var mirrored = map[string]int{
	"MaxEmailLen":       namebot.MaxEmailLen,
	"MinPasswordLen":    namebot.MinPasswordLen,
	"MaxPasswordLen":    namebot.MaxPasswordLen,
	"MinNicknameLen":    namebot.MinNicknameLen,
	"MaxNicknameLen":    namebot.MaxNicknameLen,
	"MaxLanguageLen":    namebot.MaxLanguageLen,
	"MaxConventionLen":  namebot.MaxConventionLen,
	"MaxTitleLen":       namebot.MaxTitleLen,
	"MaxContentLen":     namebot.MaxContentLen,
	"MaxPostTitleLen":   namebot.MaxPostTitleLen,
	"MaxPostContentLen": namebot.MaxPostContentLen,
	"MaxImageSize":      namebot.MaxImageSize,
}

// serverOnly are the Max*/Min* constants of the package that no form of the
// app checks: the app never types them (client ids are generated, page sizes
// are the app's own choice below the cap, next is checked by safeNext).
var serverOnly = map[string]bool{
	"MaxClientIDLen": true,
	"MaxPage":        true,
	"MaxNextLen":     true,
	"MaxLoginDelay":  true,
}

var (
	numberLine = regexp.MustCompile(`^export const ([A-Z][A-Z0-9_]*) = ([0-9_]+(?:\s*\*\s*[0-9_]+)*);$`)
	listLine   = regexp.MustCompile(`^export const ([A-Z][A-Z0-9_]*): readonly string\[\] = \[((?:'[^']*'(?:, )?)*)\];$`)
	quoted     = regexp.MustCompile(`'([^']*)'`)
)

// readAppLimits parses limits.ts; a line starting with export that is not
// one of the two shapes the file promises fails the test.
func readAppLimits(t *testing.T) (numbers map[string]int, lists map[string][]string) {
	t.Helper()
	src, err := os.ReadFile(appLimits)
	if err != nil {
		t.Fatalf("read the app's limits: %v", err)
	}
	numbers, lists = map[string]int{}, map[string][]string{}
	for i, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "export") {
			continue
		}
		if m := numberLine.FindStringSubmatch(line); m != nil {
			v := 1
			for _, f := range strings.Split(m[2], "*") {
				n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(f), "_", ""))
				if err != nil {
					t.Fatalf("%s:%d: %q: %v", appLimits, i+1, line, err)
				}
				v *= n
			}
			numbers[m[1]] = v
		} else if m := listLine.FindStringSubmatch(line); m != nil {
			var items []string
			for _, q := range quoted.FindAllStringSubmatch(m[2], -1) {
				items = append(items, q[1])
			}
			lists[m[1]] = items
		} else {
			t.Fatalf("%s:%d: %q is neither `export const NAME = 123;` nor `export const NAME: readonly string[] = ['a', 'b'];`", appLimits, i+1, line)
		}
	}
	return numbers, lists
}

// upperSnake is the app's name for a Go constant: MaxEmailLen is MAX_EMAIL_LEN.
func upperSnake(name string) string {
	var b strings.Builder
	for i, r := range name {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte('_')
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// TestAppLimits fails when the browser app's limits.ts differs from the
// domain's constants, and when a new limit is neither mirrored nor declared
// server-only.
func TestAppLimits(t *testing.T) {
	numbers, lists := readAppLimits(t)

	t.Run("Numbers", func(t *testing.T) {
		want := map[string]int{}
		for name, v := range mirrored {
			want[upperSnake(name)] = v
		}
		for _, name := range slices.Sorted(maps.Keys(want)) {
			got, ok := numbers[name]
			if !ok {
				t.Errorf("%s has no %s (want %d, as the server)", appLimits, name, want[name])
			} else if got != want[name] {
				t.Errorf("%s: %s = %d, the server's is %d", appLimits, name, got, want[name])
			}
		}
		for _, name := range slices.Sorted(maps.Keys(numbers)) {
			if _, ok := want[name]; !ok {
				t.Errorf("%s: %s is no constant of pkg/namebot (add it to mirrored, or drop it from the app)", appLimits, name)
			}
		}
	})

	t.Run("ImageTypes", func(t *testing.T) {
		want := slices.Sorted(maps.Keys(namebot.ImageTypes))
		got := slices.Sorted(slices.Values(lists["IMAGE_TYPES"]))
		if !slices.Equal(got, want) {
			t.Errorf("%s: IMAGE_TYPES = %q, the server accepts %q", appLimits, got, want)
		}
		for name := range lists {
			if name != "IMAGE_TYPES" {
				t.Errorf("%s: %s is no list this test knows", appLimits, name)
			}
		}
	})

	// A limit added to the domain must be a decision: mirrored, or server-only.
	t.Run("EveryLimitDecided", func(t *testing.T) {
		entries, err := os.ReadDir(".")
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		for _, e := range entries {
			name := e.Name()
			if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				for _, s := range gd.Specs {
					for _, id := range s.(*ast.ValueSpec).Names {
						n := id.Name
						if !strings.HasPrefix(n, "Max") && !strings.HasPrefix(n, "Min") {
							continue
						}
						if _, ok := mirrored[n]; !ok && !serverOnly[n] {
							t.Errorf("namebot.%s is neither in mirrored (the app checks it: add it to %s) nor in serverOnly", n, appLimits)
						}
					}
				}
			}
		}
	})
}
