// Package local is the local stack: it reads template.yaml, starts dynalite
// and an in-process S3, creates the tables the template declares, and
// serves every function's handler behind an API Gateway v2 event adapter,
// with the routes the template declares. `make run` and the tests use it.
package local

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Template is what the local stack and the tests need of template.yaml.
type Template struct {
	Functions map[string]*Function // by logical id
	Tables    map[string]*Table    // by logical id
	Buckets   []string             // logical ids of AWS::S3::Bucket
	Globals   map[string]any       // Globals.Function, plain values
	Resources map[string]map[string]any
	// Parameters and Conditions as declared (for the IAM check, iam.go).
	Parameters map[string]map[string]any
	Conditions map[string]any
}

// Function is an AWS::Serverless::Function.
type Function struct {
	LogicalID   string
	Routes      []RouteDecl
	BuildMethod string
	Properties  map[string]any // with intrinsics as {"Ref": x}, {"Fn::GetAtt": x}, {"Fn::Sub": x}
}

// RouteDecl is one HttpApi event: "METHOD /path".
type RouteDecl struct {
	Method, Path string
}

// Key is the API Gateway route key.
func (r RouteDecl) Key() string { return r.Method + " " + r.Path }

// Table is an AWS::DynamoDB::Table's key design.
type Table struct {
	LogicalID  string
	Attributes map[string]string // name -> S | N | B
	HashKey    string
	RangeKey   string
	Indexes    []Index
	TTL        string
	Properties map[string]any
}

// Index is a global secondary index.
type Index struct {
	Name, HashKey, RangeKey, Projection string
}

// LoadTemplate parses the SAM template at path.
func LoadTemplate(path string) (*Template, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("template: %w", err)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	doc, ok := plain(&root).(map[string]any)
	if !ok {
		return nil, fmt.Errorf("template %s: not a mapping", path)
	}
	t := &Template{Functions: map[string]*Function{}, Tables: map[string]*Table{}, Resources: map[string]map[string]any{}}
	if g, ok := doc["Globals"].(map[string]any); ok {
		t.Globals, _ = g["Function"].(map[string]any)
	}
	t.Conditions, _ = doc["Conditions"].(map[string]any)
	t.Parameters = map[string]map[string]any{}
	if ps, ok := doc["Parameters"].(map[string]any); ok {
		for id, p := range ps {
			t.Parameters[id], _ = p.(map[string]any)
		}
	}
	res, _ := doc["Resources"].(map[string]any)
	for id, v := range res {
		r, _ := v.(map[string]any)
		t.Resources[id] = r
		props, _ := r["Properties"].(map[string]any)
		switch r["Type"] {
		case "AWS::Serverless::Function":
			f := &Function{LogicalID: id, Properties: props}
			if md, ok := r["Metadata"].(map[string]any); ok {
				f.BuildMethod, _ = md["BuildMethod"].(string)
			}
			evs, _ := props["Events"].(map[string]any)
			for _, ev := range evs {
				e, _ := ev.(map[string]any)
				if e["Type"] != "HttpApi" {
					continue
				}
				p, _ := e["Properties"].(map[string]any)
				m, _ := p["Method"].(string)
				path, _ := p["Path"].(string)
				f.Routes = append(f.Routes, RouteDecl{Method: strings.ToUpper(m), Path: path})
			}
			sort.Slice(f.Routes, func(i, j int) bool { return f.Routes[i].Key() < f.Routes[j].Key() })
			t.Functions[id] = f
		case "AWS::DynamoDB::Table":
			t.Tables[id] = parseTable(id, props)
		case "AWS::S3::Bucket":
			t.Buckets = append(t.Buckets, id)
		}
	}
	return t, nil
}

func parseTable(id string, props map[string]any) *Table {
	tb := &Table{LogicalID: id, Attributes: map[string]string{}, Properties: props}
	for _, a := range list(props["AttributeDefinitions"]) {
		m, _ := a.(map[string]any)
		tb.Attributes[fmt.Sprint(m["AttributeName"])] = fmt.Sprint(m["AttributeType"])
	}
	tb.HashKey, tb.RangeKey = keys(props["KeySchema"])
	for _, g := range list(props["GlobalSecondaryIndexes"]) {
		m, _ := g.(map[string]any)
		ix := Index{Name: fmt.Sprint(m["IndexName"])}
		ix.HashKey, ix.RangeKey = keys(m["KeySchema"])
		if p, ok := m["Projection"].(map[string]any); ok {
			ix.Projection = fmt.Sprint(p["ProjectionType"])
		}
		tb.Indexes = append(tb.Indexes, ix)
	}
	if ttl, ok := props["TimeToLiveSpecification"].(map[string]any); ok && ttl["Enabled"] == true {
		tb.TTL = fmt.Sprint(ttl["AttributeName"])
	}
	return tb
}

func keys(v any) (hash, rng string) {
	for _, k := range list(v) {
		m, _ := k.(map[string]any)
		switch m["KeyType"] {
		case "HASH":
			hash = fmt.Sprint(m["AttributeName"])
		case "RANGE":
			rng = fmt.Sprint(m["AttributeName"])
		}
	}
	return hash, rng
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

// plain turns a YAML node into maps, lists and scalars, rewriting the
// CloudFormation short forms (!Ref X, !GetAtt A.B, !Sub s, ...) into their
// long forms ({"Ref": X}, {"Fn::GetAtt": "A.B"}, ...).
func plain(n *yaml.Node) any {
	var v any
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return plain(n.Content[0])
	case yaml.AliasNode:
		return plain(n.Alias)
	case yaml.MappingNode:
		m := make(map[string]any, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plain(n.Content[i+1])
		}
		v = m
	case yaml.SequenceNode:
		l := make([]any, 0, len(n.Content))
		for _, c := range n.Content {
			l = append(l, plain(c))
		}
		v = l
	case yaml.ScalarNode:
		var s any
		if isIntrinsic(n.Tag) {
			s = n.Value
		} else if err := n.Decode(&s); err != nil {
			s = n.Value
		}
		v = s
	}
	if isIntrinsic(n.Tag) {
		name := strings.TrimPrefix(n.Tag, "!")
		if name != "Ref" && name != "Condition" {
			name = "Fn::" + name
		}
		return map[string]any{name: v}
	}
	return v
}

// isIntrinsic reports a CloudFormation short-form tag (!Ref), as opposed
// to YAML's own (!!str, !!bool).
func isIntrinsic(tag string) bool {
	return strings.HasPrefix(tag, "!") && !strings.HasPrefix(tag, "!!")
}
