package suggest

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// TestLazyRegexpsCompile: every pattern compiled on first use compiles (a
// typo would otherwise panic on the first question that reaches it). The
// patterns are the lazyRE(...) conversions of the package's non-test
// files, evaluated as the compiler does (some concatenate constants); each
// must be a constant, and no variable may have the type (see lazyRE). The
// same holds for lazySet and lazyPairs (words.go): no variables, each
// pair written key=value (the value may be empty), and few enough texts for the built table.
func TestLazyRegexpsCompile(t *testing.T) {
	lazyPatterns(t)
}

// lazyPatterns compiles every lazyRE(...) conversion of the package and
// returns their sources.
func lazyPatterns(t *testing.T) []string {
	var srcs []string
	fset := gotoken.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") || n == "gen_data.go" {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("namebot/pkg/suggest", fset, files, info); err != nil {
		t.Fatal(err)
	}
	n, texts := 0, 0
	for _, f := range files {
		ast.Inspect(f, func(nd ast.Node) bool {
			switch nd := nd.(type) {
			case *ast.CallExpr: // lazyRE(src)
				if id, ok := nd.Fun.(*ast.Ident); !ok || id.Name != "lazyRE" || len(nd.Args) != 1 {
					return true
				}
				tv := info.Types[nd.Args[0]]
				if tv.Value == nil {
					t.Errorf("%s: pattern is not a constant", fset.Position(nd.Pos()))
					return true
				}
				n++
				if _, err := regexp.Compile(constant.StringVal(tv.Value)); err != nil {
					t.Errorf("%s: %v", fset.Position(nd.Pos()), err)
				} else {
					srcs = append(srcs, constant.StringVal(tv.Value))
				}
			case *ast.ValueSpec: // a variable of these types costs writable data
				for _, name := range nd.Names {
					switch o := info.Defs[name].(type) {
					case *types.Var:
						switch o.Type().String() {
						case "namebot/pkg/suggest.lazyRE", "namebot/pkg/suggest.lazySet", "namebot/pkg/suggest.lazyPairs":
							t.Errorf("%s: %s is a variable; declare it as a constant", fset.Position(name.Pos()), name.Name)
						}
					case *types.Const:
						switch o.Type().String() {
						case "namebot/pkg/suggest.lazySet":
							texts++
						case "namebot/pkg/suggest.lazyPairs":
							texts++
							for _, p := range strings.Split(constant.StringVal(o.Val()), ",") {
								if k, _, ok := strings.Cut(p, "="); !ok || strings.TrimSpace(k) == "" {
									t.Errorf("%s: %s: %q is not key=value", fset.Position(name.Pos()), name.Name, p)
								}
							}
						}
					}
				}
			}
			return true
		})
	}
	if n < 200 {
		t.Fatalf("only %d lazy patterns found", n)
	}
	if n+texts > builtSlots/3 {
		t.Errorf("%d patterns and %d sets and pairs: grow builtSlots (%d) so the table stays sparse", n, texts, builtSlots)
	}
	if texts < 200 {
		t.Errorf("only %d lazySet and lazyPairs constants found", texts)
	}
	t.Logf("%d patterns compiled, %d sets and pairs", n, texts)
	return srcs
}

// TestPrefilterSound: a question a pattern's prefilter turns away is one
// the pattern does not match, for every pattern of the package and every
// question of the repository's evaluation set and every fourth of the read
// sets, as asked, as restated and upper-cased.
func TestPrefilterSound(t *testing.T) {
	srcs := lazyPatterns(t)
	var corpus []string
	for _, f := range []string{"../../eval/questions.yaml", "../../eval/read/r1.yaml", "../../eval/read/r2.yaml", "../../eval/read/r3.yaml", "../../eval/read/r4.yaml", "../../eval/read/r6.yaml", "../../eval/read/r8.yaml", "../../eval/read/r9.yaml", "../../eval/read/r10.yaml"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var qs []evalQuestion
		if err := yaml.Unmarshal(data, &qs); err != nil {
			t.Fatal(err)
		}
		for i, q := range qs {
			if strings.Contains(f, "read") && i%4 != 0 {
				continue
			}
			corpus = append(corpus, q.Question, dropExamples(restate(q.Question)), strings.ToUpper(q.Question))
		}
	}
	filtered, checked := 0, 0
	for _, src := range srcs {
		l := lazyRE(src)
		c := l.get()
		if len(c.need) == 0 {
			continue
		}
		for _, s := range corpus {
			checked++
			if !c.may(s) {
				filtered++
				if c.Regexp.MatchString(s) {
					t.Errorf("pattern %q needs one of %q, but matches %q", src, c.need, s)
				}
			}
		}
	}
	if filtered < checked/2 {
		t.Errorf("prefilters turned away %d of %d checks; want most", filtered, checked)
	}
	t.Logf("%d of %d pattern-question pairs turned away", filtered, checked)
}

// TestRequired: the words a pattern's every match contains, a set per
// part ("|" between sets).
func TestRequired(t *testing.T) {
	for _, c := range []struct {
		src  string
		need string
	}{
		{`(?:기한|마감|마감일)\S*\s*(며칠|몇)`, "기한 마감 | 며칠 몇"},
		{`(?i)\b(callback|handler)\s+that`, "callback handler | that"},
		{`[(（]\s*원\s*[)）]`, "원 | ( （ | ) ）"},
		{`(^|\s)원(?:화)?\s*단위`, "단위 | 원"},
		{`\s*(?:x)?`, ""},
		{`a|b*`, ""},
		{`(?i)KB`, "kb"},
		{`(?i)straße`, ""},                 // ß folds beyond what lowering says
		{`[A-Z]+`, ""},                     // too large a class
		{`(?i)a\s+b\s+c\s+d`, "a | b | c"}, // at most three sets
	} {
		l := lazyRE(c.src)
		var sets []string
		for _, set := range l.get().need {
			sets = append(sets, strings.Join(set, " "))
		}
		if got := strings.Join(sets, " | "); got != c.need {
			t.Errorf("required(%q) = %q, want %q", c.src, got, c.need)
		}
	}
}
