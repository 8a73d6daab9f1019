package httpapi

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"sync"

	"namebot/pkg/namebot"
)

// checkKeys is the second half of Decode: one pass over a body that
// encoding/json has just accepted, refusing what it lets through. Every
// object key must be exactly the name of a field of the struct it fills
// (encoding/json matches names case-insensitively, and folds "ſ" to "s"
// and "K" to "k"), and no object, at any level, may name a key twice
// (encoding/json keeps the last). Objects that fill a map, an interface or
// a type with its own UnmarshalJSON may have any keys, but still each once.
// It allocates only for keys written with escapes and for large objects.
func checkKeys(body []byte, v any) error {
	s := keysScanner{b: body}
	s.value(shapeOf(reflect.TypeOf(v)), "")
	if s.bad {
		// Cannot happen after encoding/json accepted the body; refuse
		// rather than let an unchecked body through.
		return namebot.Errorf(namebot.EINVALID, "invalid_json")
	}
	return s.f.Err()
}

// shape is what checkKeys knows of the Go value a JSON value fills.
type shape struct {
	fields map[string]*shape // a struct: its fields by exact JSON name
	elem   *shape            // a slice, array or map: its elements
}

// free is any value whose object keys are not field names.
var free = &shape{}

var (
	shapes      sync.Map   // reflect.Type -> *shape, complete ones only
	shapesMu    sync.Mutex // one builder at a time
	unmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

func shapeOf(t reflect.Type) *shape {
	if t == nil {
		return free
	}
	if s, ok := shapes.Load(t); ok {
		return s.(*shape)
	}
	shapesMu.Lock()
	defer shapesMu.Unlock()
	building := map[reflect.Type]*shape{}
	s := shapeFor(t, building)
	for bt, bs := range building {
		shapes.Store(bt, bs) // published once complete
	}
	return s
}

func shapeFor(t reflect.Type, building map[reflect.Type]*shape) *shape {
	if s, ok := shapes.Load(t); ok {
		return s.(*shape)
	}
	if s, ok := building[t]; ok {
		return s // a recursive type finds itself
	}
	s := &shape{}
	building[t] = s
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Implements(unmarshaler) || reflect.PointerTo(t).Implements(unmarshaler) {
		return s // its own rules
	}
	switch t.Kind() {
	case reflect.Struct:
		s.fields = map[string]*shape{}
		addFields(s.fields, t, building)
	case reflect.Slice, reflect.Array, reflect.Map:
		s.elem = shapeFor(t.Elem(), building)
	}
	return s
}

// addFields adds t's fields under the names encoding/json gives them,
// with the fields of untagged embedded structs promoted.
func addFields(into map[string]*shape, t reflect.Type, building map[reflect.Type]*shape) {
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		ft := sf.Type
		if sf.Anonymous && name == "" {
			for ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				addFields(into, ft, building)
				continue
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if _, ok := into[name]; !ok {
			into[name] = shapeFor(sf.Type, building)
		}
	}
}

// keysScanner walks valid JSON. bad is set if the input is not.
type keysScanner struct {
	b   []byte
	i   int
	f   namebot.FieldErrors // made at the first problem
	bad bool
}

func (s *keysScanner) add(field, key string) {
	if s.f == nil {
		s.f = namebot.FieldErrors{}
	}
	s.f.Add(field, key)
}

func (s *keysScanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *keysScanner) value(sh *shape, path string) {
	s.ws()
	if s.i >= len(s.b) {
		s.bad = true
		return
	}
	switch s.b[s.i] {
	case '{':
		s.object(sh, path)
	case '[':
		s.i++
		elem := free
		if sh.elem != nil {
			elem = sh.elem
		}
		for n := 0; !s.bad; n++ {
			s.ws()
			if s.i < len(s.b) && s.b[s.i] == ']' {
				s.i++
				return
			}
			if n > 0 && !s.expect(',') {
				return
			}
			s.value(elem, path)
		}
	case '"':
		s.str()
	default: // a number, true, false or null
		for s.i < len(s.b) && !strings.ContainsRune(",]} \t\n\r", rune(s.b[s.i])) {
			s.i++
		}
	}
}

// smallObject is how many keys are compared pairwise before a map is used.
const smallObject = 16

func (s *keysScanner) object(sh *shape, path string) {
	s.i++ // {
	var small [smallObject][]byte
	seen := small[:0]
	var many map[string]bool
	for n := 0; !s.bad; n++ {
		s.ws()
		if s.i < len(s.b) && s.b[s.i] == '}' {
			s.i++
			return
		}
		if n > 0 && !s.expect(',') {
			return
		}
		s.ws()
		key := s.key()
		if s.bad || !s.expect(':') {
			return
		}
		// Duplicates.
		dup := false
		if many != nil {
			dup = many[string(key)]
			many[string(key)] = true
		} else {
			for _, k := range seen {
				if bytes.Equal(k, key) {
					dup = true
					break
				}
			}
			if seen = append(seen, key); len(seen) > smallObject {
				many = make(map[string]bool, 2*len(seen))
				for _, k := range seen {
					many[string(k)] = true
				}
			}
		}
		if dup {
			s.add(join(path, key), "duplicate_field")
		}
		// Exact names.
		next := free
		if sh.fields != nil {
			if fs, ok := sh.fields[string(key)]; ok {
				next = fs
			} else {
				s.add(join(path, key), "unknown_field")
			}
		} else if sh.elem != nil {
			next = sh.elem // a map's values
		}
		s.ws()
		if s.i < len(s.b) && (s.b[s.i] == '{' || s.b[s.i] == '[') {
			s.value(next, join(path, key))
		} else {
			s.value(next, "") // a scalar: no path needed
		}
	}
}

// join names a nested field the way encoding/json's errors do: a.b.
func join(path string, key []byte) string {
	if path == "" {
		return string(key)
	}
	return path + "." + string(key)
}

func (s *keysScanner) expect(c byte) bool {
	s.ws()
	if s.i >= len(s.b) || s.b[s.i] != c {
		s.bad = true
		return false
	}
	s.i++
	return true
}

// str skips a string and returns its raw contents (between the quotes)
// and whether it has escapes.
func (s *keysScanner) str() (raw []byte, escaped bool) {
	if s.i >= len(s.b) || s.b[s.i] != '"' {
		s.bad = true
		return nil, false
	}
	start := s.i + 1
	for j := start; j < len(s.b); j++ {
		switch s.b[j] {
		case '\\':
			escaped = true
			j++
		case '"':
			s.i = j + 1
			return s.b[start:j], escaped
		}
	}
	s.bad = true
	return nil, false
}

// key returns an object key as encoding/json reads it: the body's own
// bytes unless it is written with escapes.
func (s *keysScanner) key() []byte {
	start := s.i
	raw, escaped := s.str()
	if s.bad || !escaped {
		return raw
	}
	var k string
	if json.Unmarshal(s.b[start:s.i], &k) != nil {
		s.bad = true
	}
	return []byte(k)
}
