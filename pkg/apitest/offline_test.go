package apitest

import (
	"regexp"
	"strings"
	"testing"
)

// TestChat_Offline asks the offline suggester (no OPENAI_API_KEY) the
// issue's question in a Python/PEP 8 room and in a Java room.
func TestChat_Offline(t *testing.T) {
	c := env.NewClient(t)
	c.SignUp(email("offline"), "abc12345", "offline")
	cases := []struct {
		lang, conv string
		fn         *regexp.Regexp
		want       []string
	}{
		{"Python", "PEP 8", regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`), []string{"add", "subtract", "multiply", "divide"}},
		{"Java", "", regexp.MustCompile(`^[a-z][a-zA-Z0-9]*$`), []string{"add", "subtract", "multiply", "divide"}},
	}
	for _, tc := range cases {
		t.Run(tc.lang, func(t *testing.T) {
			room := newRoom(t, c, tc.lang, tc.conv)
			r := c.Do("POST", "/api/chat/"+room, map[string]string{"content": "사칙연산을 위한 변수명 추천해줘"}).Want(t, 201)
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
			joined := strings.ToLower(strings.Join(vars, " "))
			if !strings.Contains(joined, "operand") || !strings.Contains(joined, "result") {
				t.Errorf("variables %v lack operand/result", vars)
			}
		})
	}
}
