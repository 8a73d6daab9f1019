package apitest

import (
	"regexp"
	"strings"
	"testing"
)

// TestChat_Offline asks the offline suggester (no OPENAI_API_KEY) one of
// issue 12's questions in a Python/PEP 8 room and in a Java room.
func TestChat_Offline(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(Email("offline"), "abc12345", "offline")
	cases := []struct {
		lang, conv string
		fn         *regexp.Regexp
		want       []string
	}{
		{"Python", "PEP 8", regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`), []string{"add_to_cart", "add_product_to_cart"}},
		{"Java", "", regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`), []string{"addToCart", "addProductToCart"}},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			room := NewRoom(t, c, tc.lang, tc.conv)
			r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "장바구니에 상품을 추가하는 함수"}).Want(t, 201)
			bm := r.JSON["bot_message"].(map[string]any)
			if bm["offline"] != true || !strings.Contains(bm["content"].(string), "오프라인") {
				t.Fatalf("not labelled offline: %s", r.Raw)
			}
			fns, vars := map[string]bool{}, []string{}
			for _, s := range bm["suggestions"].([]any) {
				m := s.(map[string]any)
				name := m["name"].(string)
				if m["reason"] == "" {
					t.Errorf("%s has no reason", name)
				}
				switch m["kind"] {
				case "function":
					fns[name] = true
					if !tc.fn.MatchString(name) {
						t.Errorf("function %q is not in the convention", name)
					}
				case "variable":
					vars = append(vars, name)
					if !tc.fn.MatchString(name) {
						t.Errorf("variable %q is not in the convention", name)
					}
				}
			}
			for _, w := range tc.want {
				if !fns[w] {
					t.Errorf("functions %v lack %s", fns, w)
				}
			}
			if len(vars) != 0 {
				t.Errorf("a function question got variables %v", vars)
			}
		})
	}
}
