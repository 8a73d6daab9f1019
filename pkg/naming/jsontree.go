package naming

import (
	"encoding/json"
	"strings"
)

// A small ordered JSON tree. encoding/json's map[string]any loses key order,
// and order is the ranking when a model writes {"calculateTotal": "reason",
// ...}; it also gives up on the first syntax error, while a model that ran
// out of output tokens stops mid-array with good items before the cut. So
// the tree is built from json.Decoder tokens and kept as far as it got.

type jkind uint8

const (
	jObject jkind = iota + 1
	jArray
	jString
	jOther // number, bool, null, or a subtree below the depth limit
)

type jnode struct {
	kind jkind
	str  string   // jString
	keys []string // jObject: keys, parallel to kids
	kids []*jnode // jObject values or jArray elements
}

const (
	maxJSONDepth = 12
	maxJSONNodes = 20000
)

// decodeTree reads the JSON object or array at the start of s and returns
// its tree, complete or cut short. It returns nil when s does not start with
// an object or array. Time and memory are linear in len(s): containers nested
// deeper than maxJSONDepth are consumed without being built, and building
// stops after maxJSONNodes nodes.
func decodeTree(s string) *jnode {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	type frame struct {
		n       *jnode
		wantKey bool
		key     string
	}
	var stack []frame
	var root *jnode
	nodes := 0
	skip := 0 // open containers below the depth limit

	// attach adds a value to the innermost container.
	attach := func(n *jnode) {
		top := &stack[len(stack)-1]
		if top.n.kind == jObject {
			top.n.keys = append(top.n.keys, top.key)
			top.wantKey = true
		}
		top.n.kids = append(top.n.kids, n)
	}
	for nodes < maxJSONNodes {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		if skip > 0 {
			switch tok {
			case json.Delim('{'), json.Delim('['):
				skip++
			case json.Delim('}'), json.Delim(']'):
				skip--
				if skip == 0 {
					attach(&jnode{kind: jOther})
				}
			}
			continue
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				n := &jnode{kind: jArray}
				if t == '{' {
					n.kind = jObject
				}
				nodes++
				if root == nil {
					root = n
				} else if len(stack) >= maxJSONDepth {
					skip = 1
					continue
				} else {
					attach(n)
				}
				stack = append(stack, frame{n: n, wantKey: t == '{'})
			default: // '}' or ']'
				stack = stack[:len(stack)-1]
				if len(stack) == 0 {
					return root
				}
			}
		case string:
			if root == nil {
				return nil
			}
			top := &stack[len(stack)-1]
			if top.n.kind == jObject && top.wantKey {
				top.key = t
				top.wantKey = false
				continue
			}
			nodes++
			attach(&jnode{kind: jString, str: t})
		default:
			if root == nil {
				return nil
			}
			nodes++
			attach(&jnode{kind: jOther})
		}
	}
	return root
}
