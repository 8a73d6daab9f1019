package httpapi

import (
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"namebot/pkg/namebot"
)

// TestDecodeExactKeys: what encoding/json accepts and Decode must not
// (encoding/json matches keys case-insensitively and keeps the last of
// duplicate keys, even with DisallowUnknownFields).
func TestDecodeExactKeys(t *testing.T) {
	type inner struct {
		X int `json:"x"`
	}
	type body struct {
		Name  string            `json:"name"`
		Size  int               `json:"size"`
		Inner *inner            `json:"inner"`
		List  []inner           `json:"list"`
		Tags  map[string]string `json:"tags"`
		Any   any               `json:"any"`
	}
	decode := func(b string) error {
		var v body
		r := &Request{Event: &events.APIGatewayV2HTTPRequest{Body: b}, limit: 4096}
		return r.Decode(&v, false)
	}
	t.Run("OK", func(t *testing.T) {
		for _, b := range []string{
			`{"name":"a","size":1,"inner":{"x":1},"list":[{"x":1},{"x":2}],"tags":{"a":"1","A":"2"},"any":{"k":[{"k":1}],"K":2}}`,
			`{"\u006eame":"escaped but exact"}`,
			`{"name":"a \"quoted\" \\ string with \"size\":1 inside","size":2}`,
			`{ "name" : "spaced" , "inner" : null , "list" : [ ] }`,
		} {
			if err := decode(b); err != nil {
				t.Errorf("%s: %v", b, err)
			}
		}
	})
	for _, tc := range []struct{ body, field, key string }{
		{`{"Name":"a"}`, "Name", "unknown_field"},
		{`{"NAME":"a"}`, "NAME", "unknown_field"},
		{`{"ſize":1}`, "ſize", "unknown_field"}, // U+017F folds to s
		{`{"name":"a","name":"b"}`, "name", "duplicate_field"},
		{`{"name":"a","\u006eame":"b"}`, "name", "duplicate_field"},
		{`{"inner":{"X":1}}`, "inner.X", "unknown_field"},
		{`{"inner":{"x":1,"x":2}}`, "inner.x", "duplicate_field"},
		{`{"list":[{"x":1},{"x":1,"x":2}]}`, "list.x", "duplicate_field"},
		{`{"tags":{"a":"1","a":"2"}}`, "tags.a", "duplicate_field"},
		{`{"any":{"k":{"z":1,"z":2}}}`, "any.k.z", "duplicate_field"},
		{`{"inner":{"x":1},"inner":{"x":2}}`, "inner", "duplicate_field"},
		{`{"a0":1,"a1":1,"a2":1,"a3":1,"a4":1,"a5":1,"a6":1,"a7":1,"a8":1,"a9":1,"b0":1,"b1":1,"b2":1,"b3":1,"b4":1,"b5":1,"b6":1,"b7":1,"a3":2}`, "any.a3", "duplicate_field"},
	} {
		body := tc.body
		if tc.field == "any.a3" {
			body = `{"any":` + body + `}`
		}
		err := decode(body)
		e, ok := namebot.AsError(err)
		if !ok || e.Code != namebot.EINVALID {
			t.Errorf("%s: %v, want a 400", body, err)
			continue
		}
		if got := e.Fields[tc.field].Key; got != tc.key {
			t.Errorf("%s: fields %v, want %s: %s", body, e.Fields, tc.field, tc.key)
		}
	}
}

// TestDecodeShapesConcurrently: a recursive type, decoded from many
// goroutines at once while its shape is first built (run with -race).
func TestDecodeShapesConcurrently(t *testing.T) {
	type node struct {
		Name string  `json:"name"`
		Kids []*node `json:"kids"`
	}
	errs := make(chan error, 16)
	for range 16 {
		go func() {
			var v node
			r := &Request{Event: &events.APIGatewayV2HTTPRequest{Body: `{"name":"a","kids":[{"name":"b","kids":[{"name":"c","Name":"d"}]}]}`}, limit: 4096}
			errs <- r.Decode(&v, false)
		}()
	}
	for range 16 {
		e, ok := namebot.AsError(<-errs)
		if !ok || e.Fields["kids.kids.Name"].Key != "unknown_field" {
			t.Fatalf("got %v", e)
		}
	}
}
