package naming

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// names lists "kind:name" of an answer's suggestions, for compact asserts.
func names(a Answer) string {
	var parts []string
	for _, s := range a.Suggestions {
		parts = append(parts, string(s.Kind)+":"+s.Name)
	}
	return strings.Join(parts, " ")
}

func TestParseAnswer(t *testing.T) {
	py := Spec{Language: "Python", Convention: "PEP 8"}
	java := Spec{Language: "Java", Convention: ""}
	tests := []struct {
		name     string
		spec     Spec
		question string
		raw      string
		want     string // names(answer)
	}{
		{
			name: "well-formed json", spec: py, question: "합계 함수",
			raw: `{"functions":[{"name":"calculate_total","reason":"합계를 계산합니다"},{"name":"sum_prices","reason":"가격을 더합니다"}],
			       "variables":[{"name":"total_price","reason":"총 가격"}],"note":"참고"}`,
			want: "function:calculate_total function:sum_prices variable:total_price",
		},
		{
			name: "wrong case re-cased", spec: py, question: "q",
			raw:  `{"functions":[{"name":"calculateTotal","reason":"sums"}],"variables":[{"name":"TotalPrice","reason":"x"}],"constants":[{"name":"maxRetries"}],"classes":[{"name":"cart_service"}]}`,
			want: "function:calculate_total variable:total_price constant:MAX_RETRIES class:CartService",
		},
		{
			name: "fenced json with prose", spec: java, question: "q",
			raw:  "Sure! Here are some names:\n```json\n{\"functions\": [{\"name\": \"getUserList\", \"reason\": \"gets\"}], \"variables\": [{\"name\": \"userList\", \"reason\": \"list\"}]}\n```\nHope this helps {really}.",
			want: "function:getUserList variable:userList",
		},
		{
			name: "prose around bare json", spec: java, question: "q",
			raw:  "I think {these} work: {\"functions\":[{\"name\":\"fetchOrders\"}],\"variables\":[{\"name\":\"orderCount\"}]} -- end",
			want: "function:fetchOrders variable:orderCount",
		},
		{
			name: "partial json cut by the token limit", spec: java, question: "q",
			raw:  `{"functions":[{"name":"getUser","reason":"a"},{"name":"saveUser","reason":"b"},{"name":"delete`,
			want: "function:getUser function:saveUser",
		},
		{
			name: "trailing comma", spec: java, question: "q",
			raw:  `{"variables":[{"name":"userName","reason":"a"},]}`,
			want: "variable:userName",
		},
		{
			name: "alternative keys", spec: py, question: "q",
			raw: `{"function_names":[{"identifier":"load_config","description":"loads"}],
			       "vars":[{"variableName":"config_path","explanation":"path"}],
			       "Methods":["parse_args - parses the arguments"],
			       "extra":{"ignored":true}}`,
			want: "function:load_config function:parse_args variable:config_path",
		},
		{
			name: "flat list with kinds", spec: py, question: "q",
			raw:  `[{"kind":"function","name":"add","reason":"adds"},{"kind":"constant","name":"max retries"},{"type":"class","name":"calculator"},{"kind":"variable","name":"result"}]`,
			want: "function:add variable:result constant:MAX_RETRIES class:Calculator",
		},
		{
			name: "flat list without kinds", spec: java, question: "q",
			raw:  `{"suggestions":[{"name":"calculateTotal"},{"name":"cartTotal"},{"name":"MAX_ITEMS"},{"name":"CartService"},{"name":"isEmpty"}]}`,
			want: "function:calculateTotal variable:cartTotal variable:isEmpty constant:MAX_ITEMS class:CartService",
		},
		{
			name: "name to reason map keeps order", spec: java, question: "q",
			raw:  `{"functions":{"zeta":"z","alpha":"a","mid":"m"}}`,
			want: "function:zeta function:alpha function:mid",
		},
		{
			name: "wrapped in a result object", spec: java, question: "q",
			raw:  `{"result":{"data":{"functions":[{"name":"sendEmail"}]}}}`,
			want: "function:sendEmail",
		},
		{
			name: "numbered korean text with headings", spec: py, question: "합계",
			raw:  "### 함수\n1. `calculateTotal` - 합계를 계산하는 함수\n2. **sumPrices**: 가격 합\n\n### 변수\n1. `total_amount` — 총액\n2. cartTotal: 장바구니 합계\n\n### 상수\n- MAX_ITEMS: 최대 개수\n\n이 이름들을 참고하세요.",
			want: "function:calculate_total function:sum_prices variable:total_amount variable:cart_total constant:MAX_ITEMS",
		},
		{
			name: "english bullets with headings", spec: java, question: "names",
			raw:  "Function names:\n- get_user_list: returns the users\n- fetchUsers() - fetches them\n\nVariables:\n* userList — the list\n* Use descriptive names\n- Tip: prefer verbs\n",
			want: "function:getUserList function:fetchUsers variable:userList",
		},
		{
			name: "list without headings infers kinds", spec: java, question: "q",
			raw:  "1. `calculateTotal` - 합계를 계산하는 함수\n2. `totalPrice` - 총 가격\n3. `MAX_PRICE` - 최대 가격\n4. `PriceCalculator` - 계산기",
			want: "function:calculateTotal variable:totalPrice constant:MAX_PRICE class:PriceCalculator",
		},
		{
			name: "label before a code span", spec: java, question: "q",
			raw:  "- Function: `parse` — parses\n- Variable: `parsedValue` — the value",
			want: "function:parse variable:parsedValue",
		},
		{
			name: "duplicates and reserved words dropped", spec: py, question: "q",
			raw:  `{"variables":[{"name":"user_name"},{"name":"userName"},{"name":"UserName"},{"name":"class"},{"name":"list"},{"name":"user_id"}]}`,
			want: "variable:user_name variable:user_id",
		},
		{
			name: "php variables get their $", spec: Spec{Language: "PHP", Convention: ""}, question: "q",
			raw:  `{"functions":[{"name":"getUser"}],"variables":[{"name":"userName"},{"name":"$user_id"}]}`,
			want: "function:getUser variable:$userName variable:$user_id",
		},
		{
			name: "go initialisms", spec: Spec{Language: "Go", Convention: ""}, question: "q",
			raw:  `{"functions":[{"name":"parse_url"},{"name":"GetUserId"}],"variables":[{"name":"user_id"},{"name":"len"}]}`,
			want: "function:parseURL function:getUserID variable:userID",
		},
		{
			name: "markup and injection names dropped", spec: java, question: "q",
			raw: `{"functions":[{"name":"<script>alert(1)</script>","reason":"x"},{"name":"\"; DROP TABLE users; --"},
			       {"name":"<img src=x onerror=alert(1)>"},{"name":"javascript:alert(1)"},{"name":"사용자조회"},
			       {"name":"get\u200bUser"},{"name":"🙂smile"},{"name":"getUser","reason":"<b>bold</b> reason"}]}`,
			want: "function:getUser",
		},
		{
			name: "backticks and parentheses are markdown", spec: java, question: "q",
			raw:  "{\"functions\":[{\"name\":\"`getUser`\"},{\"name\":\"saveUser()\"}]}",
			want: "function:getUser function:saveUser",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswer(tt.spec, tt.question, tt.raw)
			if err != nil {
				t.Fatalf("ParseAnswer error = %v", err)
			}
			if got, want := names(a), tt.want; got != want {
				t.Fatalf("names = %q, want %q\ntext:\n%s", got, want, a.Text)
			}
			if got, want := a.Offline, false; got != want {
				t.Fatalf("Offline = %v, want %v", got, want)
			}
			for _, s := range a.Suggestions {
				if err := Validate(tt.spec, s.Kind, s.Name); err != nil {
					t.Fatalf("suggestion %q does not validate: %v", s.Name, err)
				}
			}
		})
	}
}

func TestParseAnswerText(t *testing.T) {
	raw := `{"functions":[{"name":"calculateTotal","reason":"합계를 계산합니다"}],"variables":[{"name":"total","reason":"합계"}],"note":"짧게 쓰세요"}`
	a, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "합계 함수 추천", raw)
	if err != nil {
		t.Fatal(err)
	}
	want := "함수\n1. calculate_total — 합계를 계산합니다\n\n변수\n1. total — 합계\n\n짧게 쓰세요"
	if got := a.Text; got != want {
		t.Fatalf("Text =\n%s\nwant\n%s", got, want)
	}
	a, err = ParseAnswer(Spec{Language: "Python", Convention: ""}, "names for a total", raw)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.HasPrefix(a.Text, "Functions\n1. calculate_total — "), true; got != want {
		t.Fatalf("English Text = %q", a.Text)
	}
}

func TestParseAnswerNoNames(t *testing.T) {
	tests := []struct {
		name, raw, want string
	}{
		{"refusal", "I can only help with naming code.", "I can only help with naming code."},
		{"json note only", `{"functions":[],"variables":[],"note":"질문이 이름과 관계없습니다."}`, "질문이 이름과 관계없습니다."},
		{"only bad names", `{"functions":[{"name":"<script>"}]}`, `{"functions":[{"name":"<script>"}]}`},
		{"control characters removed", "hello\x00\x07 world\u202e!", "hello world!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "q", tt.raw)
			if err != nil {
				t.Fatalf("ParseAnswer error = %v, want nil", err)
			}
			if got, want := len(a.Suggestions), 0; got != want {
				t.Fatalf("%d suggestions, want %d: %v", got, want, a.Suggestions)
			}
			if got, want := a.Text, tt.want; got != want {
				t.Fatalf("Text = %q, want %q", got, want)
			}
		})
	}
	long := strings.Repeat("가나다 ", 2000)
	a, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "q", long)
	if err != nil {
		t.Fatal(err)
	}
	if got := utf8.RuneCountInString(a.Text); got > 2000 {
		t.Fatalf("Text has %d runes, want at most 2000", got)
	}
}

func TestParseAnswerMalformed(t *testing.T) {
	for _, raw := range []string{"", "   ", "\n\t\r\n", "{}", "[]", "```\n```", "\x00\x01\x02", "\xff\xfe\xfd", "}}}{{{", strings.Repeat("[", 10000)} {
		t.Run(truncate(raw), func(t *testing.T) {
			if _, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "q", raw); !errors.Is(err, ErrMalformed) {
				t.Fatalf("ParseAnswer(%q) error = %v, want ErrMalformed", truncate(raw), err)
			}
		})
	}
}

func TestParseAnswerLimits(t *testing.T) {
	t.Run("eight per kind", func(t *testing.T) {
		var items []string
		for i := range 20 {
			items = append(items, `{"name":"name_`+strings.Repeat("a", i+1)+`"}`)
		}
		a, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "q", `{"variables":[`+strings.Join(items, ",")+`]}`)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(a.Suggestions), 8; got != want {
			t.Fatalf("%d suggestions, want %d", got, want)
		}
	})
	t.Run("reasons cut and cleaned", func(t *testing.T) {
		reason := strings.Repeat("이유", 300) + "\x00\u200b\n"
		a, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "q", `{"variables":[{"name":"x","reason":"`+reason+`"}]}`)
		if err != nil {
			t.Fatal(err)
		}
		r := a.Suggestions[0].Reason
		if got := utf8.RuneCountInString(r); got > 200 {
			t.Fatalf("reason has %d runes, want at most 200", got)
		}
		if !cleanString(r, false) {
			t.Fatalf("reason has control characters: %q", r)
		}
	})
	t.Run("long names dropped", func(t *testing.T) {
		a, err := ParseAnswer(Spec{Language: "Python", Convention: ""}, "q", `{"variables":[{"name":"`+strings.Repeat("a", 100)+`"},{"name":"ok"}]}`)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := names(a), "variable:ok"; got != want {
			t.Fatalf("names = %q, want %q", got, want)
		}
	})
}

func TestParseAnswerHostileIsBounded(t *testing.T) {
	inputs := map[string]string{
		"1 MB of text":        strings.Repeat("lorem ipsum dolor sit amet ", 40000),
		"1 MB of markup":      strings.Repeat("<div><script>alert(1)</script></div>\n", 30000),
		"1 MB list":           strings.Repeat("- `<b>x</b>`: y\n", 70000),
		"nested json bomb":    strings.Repeat(`{"a":[`, 100000) + `"x"` + strings.Repeat(`]}`, 100000),
		"deep arrays":         strings.Repeat("[", 1<<20),
		"huge string value":   `{"functions":[{"name":"` + strings.Repeat("a", 1<<20) + `","reason":"r"}]}`,
		"many json items":     `{"functions":[` + strings.Repeat(`{"name":"getUser","reason":"r"},`, 50000) + `]}`,
		"many braces in text": strings.Repeat("{ not json ", 100000),
	}
	for name, raw := range inputs {
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			a, err := ParseAnswer(Spec{Language: "Java", Convention: ""}, "q", raw)
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("took %v", d)
			}
			if err != nil && !errors.Is(err, ErrMalformed) {
				t.Fatalf("error = %v", err)
			}
			for _, s := range a.Suggestions {
				if !reDollar.MatchString(s.Name) {
					t.Fatalf("name %q is not an identifier", s.Name)
				}
			}
			if len(a.Suggestions) == 0 && utf8.RuneCountInString(a.Text) > 2000 {
				t.Fatalf("Text has %d runes", utf8.RuneCountInString(a.Text))
			}
		})
	}
}

func FuzzParseAnswer(f *testing.F) {
	seeds := []string{
		`{"functions":[{"name":"calculateTotal","reason":"합계"}],"variables":[{"name":"total","reason":"r"}],"note":"n"}`,
		"```json\n{\"function_names\":[\"get_user\"],\"vars\":{\"userCount\":\"n\"}}\n```",
		`[{"kind":"constant","name":"max retries"},{"type":"class","name":"calculator"}]`,
		"### 함수\n1. `calculateTotal` - 합계를 계산하는 함수\n### 변수\n- total_amount: 총액",
		"Function names:\n- get_user_list: returns\n- <script>alert(1)</script>: x",
		`{"functions":[{"name":"a","reason":"b"},{"name":"c`,
		`{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"functions":["x"]}}}}}}}}}}}}}}`,
		"", "   ", "}}}", "\xff", "1. ``: x", "- **: y", "(1) $x: y",
	}
	for i, s := range seeds {
		f.Add(uint8(i), s)
	}
	f.Fuzz(func(t *testing.T, specIdx uint8, raw string) {
		spec := testSpecs[int(specIdx)%len(testSpecs)]
		a, err := ParseAnswer(spec, "질문", raw)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error = %v, want nil or ErrMalformed", err)
			}
			if len(a.Suggestions) != 0 || a.Text != "" {
				t.Fatalf("malformed answer has content: %+v", a)
			}
			return
		}
		if a.Text == "" {
			t.Fatalf("answer without error has no Text")
		}
		perKind := map[Kind]int{}
		for _, s := range a.Suggestions {
			perKind[s.Kind]++
			if !s.Kind.Valid() {
				t.Fatalf("invalid kind %q", s.Kind)
			}
			if !identRegexp(spec, s.Kind).MatchString(s.Name) {
				t.Fatalf("name %q is not a %s identifier", s.Name, spec.Language)
			}
			if err := Validate(spec, s.Kind, s.Name); err != nil {
				t.Fatalf("name %q does not validate: %v", s.Name, err)
			}
			if utf8.RuneCountInString(s.Reason) > 200 || !cleanString(s.Reason, false) {
				t.Fatalf("bad reason %q", s.Reason)
			}
		}
		for k, n := range perKind {
			if n > 8 {
				t.Fatalf("%d %s names, want at most 8", n, k)
			}
		}
		if !cleanString(a.Text, true) {
			t.Fatalf("Text has control characters: %q", a.Text)
		}
	})
}
