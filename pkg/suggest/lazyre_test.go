package suggest_test

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestLazyRegexpsCompile: every pattern compiled on first use compiles (a
// typo would otherwise panic on the first question that reaches it). The
// patterns are the &lazyRE{src: ...} literals of the package's non-test
// files, their src evaluated as the compiler does (some concatenate
// constants).
func TestLazyRegexpsCompile(t *testing.T) {
	fset := token.NewFileSet()
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
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("namebot/pkg/suggest", fset, files, info); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		ast.Inspect(f, func(nd ast.Node) bool {
			lit, ok := nd.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if id, ok := lit.Type.(*ast.Ident); !ok || id.Name != "lazyRE" {
				return true
			}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok || kv.Key.(*ast.Ident).Name != "src" {
					continue
				}
				tv := info.Types[kv.Value]
				if tv.Value == nil {
					t.Errorf("%s: pattern is not a constant", fset.Position(kv.Pos()))
					continue
				}
				n++
				if _, err := regexp.Compile(constant.StringVal(tv.Value)); err != nil {
					t.Errorf("%s: %v", fset.Position(kv.Pos()), err)
				}
			}
			return true
		})
	}
	if n < 200 {
		t.Fatalf("only %d lazy patterns found", n)
	}
	t.Logf("%d patterns compiled", n)
}
