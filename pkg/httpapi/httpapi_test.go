package httpapi

import (
	"testing"

	"github.com/aws/aws-lambda-go/events"

	"namebot/pkg/namebot"
)

func TestPreferredLang(t *testing.T) {
	for h, want := range map[string]namebot.Lang{
		"":                        namebot.Korean,
		"en":                      namebot.English,
		"en-US,en;q=0.9":          namebot.English,
		"ko-KR,ko;q=0.9,en;q=0.8": namebot.Korean,
		"en;q=0.5,ko;q=0.9":       namebot.Korean,
		"fr-FR,en;q=0.3":          namebot.English,
		"fr":                      namebot.Korean,
		"en;q=bogus":              namebot.Korean,
		"*":                       namebot.Korean,
	} {
		if got := PreferredLang(h); got != want {
			t.Errorf("PreferredLang(%q) = %s, want %s", h, got, want)
		}
	}
}

func TestDecode(t *testing.T) {
	type body struct {
		Name string `json:"name"`
		N    int    `json:"n"`
	}
	req := func(b string) *Request {
		return &Request{Event: &events.APIGatewayV2HTTPRequest{Body: b}, limit: 64}
	}
	var v body
	if err := req(`{"name":"a","n":1}`).Decode(&v, false); err != nil || v.Name != "a" || v.N != 1 {
		t.Fatalf("good: %v %+v", err, v)
	}
	cases := map[string]string{
		`{"name":1}`:          "name",
		`{"nope":1}`:          "nope",
		`{"n":"1"}`:           "n",
		`{"n":1.5}`:           "n",
		`{`:                   "",
		`{}{}`:                "",
		"{\"name\":\"\xff\"}": "",
	}
	for b, field := range cases {
		err := req(b).Decode(&v, false)
		e, ok := namebot.AsError(err)
		if !ok || e.Code != namebot.EINVALID {
			t.Errorf("%q: %v", b, err)
			continue
		}
		if field != "" {
			if _, ok := e.Fields[field]; !ok {
				t.Errorf("%q: no field error for %s: %v", b, field, e.Fields)
			}
		}
	}
	if err := req(`{"name":"`+string(make([]byte, 100))+`"}`).Decode(&v, false); namebot.ErrorCode(err) != namebot.ETOOLARGE {
		t.Errorf("large: %v", err)
	}
	if err := req("").Decode(&v, true); err != nil {
		t.Errorf("empty allowed: %v", err)
	}
	if err := req("").Decode(&v, false); namebot.ErrorCode(err) != namebot.EINVALID {
		t.Errorf("empty refused: %v", err)
	}
}

// TestErrorCodes: every coded error maps to an error status, and an unknown
// message key renders as the generic internal text (pkg/namebot's
// TestMessageKeysProduced keeps unknown keys out of the code).
func TestErrorCodes(t *testing.T) {
	for code := range statusOf {
		if StatusOf(code) < 400 {
			t.Errorf("%s maps to %d", code, StatusOf(code))
		}
	}
	if got := namebot.Text(namebot.English, "no-such-key"); got != namebot.Text(namebot.English, "internal") {
		t.Errorf("unknown key renders %q", got)
	}
}
