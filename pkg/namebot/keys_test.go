package namebot_test

import (
	"go/ast"
	"go/constant"
	"go/types"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"namebot/pkg/namebot"
)

// TestMessageKeysProduced type-checks the whole module and collects every
// message key the code produces: a constant string passed as a parameter
// named key (namebot.Errorf, FieldErrors.Add, Text, and every helper that
// forwards one, such as dynamo's notFound) and every Key field of a
// namebot.Error literal. Each must be in the catalogue: an unknown key
// renders as the generic internal error, which would turn a 400 into
// "something went wrong" without any other test noticing. And each
// catalogue key must be produced somewhere, so dead keys do not pile up.
func TestMessageKeysProduced(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module")
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes | packages.NeedTypesInfo,
		Dir:  "../..",
	}
	pkgs, err := packages.Load(cfg, "./pkg/...", "./functions/...", "./infra/...")
	if err != nil {
		t.Fatalf("load packages: %v", err)
	}
	produced := map[string][]string{} // key -> where
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatalf("package %s: %v", p.PkgPath, e)
		}
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					for _, i := range keyParams(p.TypesInfo, n) {
						if i < len(n.Args) {
							if k, ok := constString(p.TypesInfo, n.Args[i]); ok {
								produced[k] = append(produced[k], p.Fset.Position(n.Pos()).String())
							}
						}
					}
				case *ast.CompositeLit:
					if !isNamebotError(p.TypesInfo.TypeOf(n)) {
						return true
					}
					for _, el := range n.Elts {
						kv, ok := el.(*ast.KeyValueExpr)
						if id, isID := kv.Key.(*ast.Ident); ok && isID && id.Name == "Key" {
							if k, ok := constString(p.TypesInfo, kv.Value); ok {
								produced[k] = append(produced[k], p.Fset.Position(kv.Pos()).String())
							}
						}
					}
				}
				return true
			})
		}
	}
	if len(produced) < 50 {
		t.Fatalf("found only %d produced keys: the scan is broken", len(produced))
	}
	catalogue := namebot.Keys()
	for k, where := range produced {
		if !catalogue[k] {
			t.Errorf("key %q is produced at %s but is not in the catalogue", k, where[0])
		}
	}
	var dead []string
	for k := range catalogue {
		if len(produced[k]) == 0 && !producedElsewhere[k] {
			dead = append(dead, k)
		}
	}
	sort.Strings(dead)
	if len(dead) > 0 {
		t.Errorf("catalogue keys nothing produces (remove them, or list them in producedElsewhere with the reason): %v", dead)
	}
}

// producedElsewhere are catalogue keys no constant names at a call site.
var producedElsewhere = map[string]bool{
	"internal": true, // Text's fallback and the HTTP layer's answer to uncoded errors
}

// isKeyParam: a parameter named key, or ending in Key (wrongKey). Keys of
// another kind need another parameter name (lastViewer, not lastKey).
func isKeyParam(name string) bool { return name == "key" || strings.HasSuffix(name, "Key") }

// keyParams lists the argument positions of a call to a function of this
// module whose parameter there is a message key: `key string`, `wrongKey
// string`.
func keyParams(info *types.Info, call *ast.CallExpr) []int {
	var obj types.Object
	switch fn := call.Fun.(type) {
	case *ast.Ident:
		obj = info.Uses[fn]
	case *ast.SelectorExpr:
		obj = info.Uses[fn.Sel]
	}
	f, ok := obj.(*types.Func)
	if !ok || f.Pkg() == nil || !strings.HasPrefix(f.Pkg().Path(), "namebot/") {
		return nil
	}
	// Image (S3) and route keys are keys of another kind.
	if p := f.Pkg().Path(); strings.HasSuffix(p, "/images") || strings.HasSuffix(p, "/local") {
		return nil
	}
	sig := f.Type().(*types.Signature)
	var out []int
	for i := 0; i < sig.Params().Len(); i++ {
		v := sig.Params().At(i)
		if isKeyParam(v.Name()) && types.Identical(v.Type(), types.Typ[types.String]) {
			out = append(out, i)
		}
	}
	return out
}

func constString(info *types.Info, e ast.Expr) (string, bool) {
	tv, ok := info.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

func isNamebotError(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.Obj().Name() == "Error" && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "namebot/pkg/namebot"
}

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestCatalogueBothLanguages checks every key has Korean and English text
// taking the same arguments in the same order.
func TestCatalogueBothLanguages(t *testing.T) {
	for k := range namebot.Keys() {
		ko, en := namebot.Text(namebot.Korean, k), namebot.Text(namebot.English, k)
		if strings.TrimSpace(ko) == "" || strings.TrimSpace(en) == "" {
			t.Errorf("%s: empty text (ko %q, en %q)", k, ko, en)
		}
		rk, re := namebot.RawText(k)
		if a, b := strings.Join(verb.FindAllString(rk, -1), ""), strings.Join(verb.FindAllString(re, -1), ""); a != b {
			t.Errorf("%s: Korean takes %q, English %q", k, a, b)
		}
	}
}
