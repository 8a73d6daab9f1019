package naming

import (
	"strings"
	"testing"
)

// The shapes models write when no schema holds them. Each case lists the
// names it must yield with their kinds, in order; reasons are checked for
// markup separately.
func TestParseAnswerShapes(t *testing.T) {
	type want struct {
		kind Kind
		name string
	}
	tests := []struct {
		name     string
		spec     Spec
		question string
		raw      string
		want     []want
		reason   map[string]string // name -> exact reason
	}{
		{
			name:     "label and comma list, Korean labels (the replaced app's format)",
			spec:     Spec{Language: "JavaScript"},
			question: "장바구니 합계를 구하는 함수와 변수 이름",
			raw:      "함수명: calculateTotal, sumPrices, getCartTotal\n변수명: totalAmount, cartTotal",
			want: []want{{KindFunction, "calculateTotal"}, {KindFunction, "sumPrices"}, {KindFunction, "getCartTotal"},
				{KindVariable, "totalAmount"}, {KindVariable, "cartTotal"}},
		},
		{
			name:     "label and comma list, English labels with bold and backticks",
			spec:     Spec{Language: "Python"},
			question: "names for a cart total",
			raw:      "Sure! Here are some ideas.\n\n**Function names:** `calculate_total`, `sum_prices`\n**Variables:** `total_amount` / `cart_total`\n**Constants**: MAX_CART_ITEMS",
			want: []want{{KindFunction, "calculate_total"}, {KindFunction, "sum_prices"},
				{KindVariable, "total_amount"}, {KindVariable, "cart_total"}, {KindConstant, "MAX_CART_ITEMS"}},
		},
		{
			name:     "markdown table with a kind column",
			spec:     Spec{Language: "TypeScript"},
			question: "로그인 여부를 확인하는 이름",
			raw: "| Name | Kind | Reason |\n|------|------|--------|\n" +
				"| `isLoggedIn` | variable | returns whether the user is logged in |\n" +
				"| **checkLogin** | function | 로그인 상태를 **확인**합니다 |\n" +
				"| hasSession | Variable (boolean) | 세션이 있는지 |\n",
			want: []want{{KindFunction, "checkLogin"}, {KindVariable, "isLoggedIn"}, {KindVariable, "hasSession"}},
			reason: map[string]string{
				"isLoggedIn": "returns whether the user is logged in",
				"checkLogin": "로그인 상태를 확인합니다",
			},
		},
		{
			name:     "markdown table with Korean headers, kind from the name column's header",
			spec:     Spec{Language: "Java"},
			question: "주문 목록",
			raw:      "### 추천\n| 함수명 | 설명 |\n| :--- | :--- |\n| fetchOrders | 주문 목록을 가져옵니다 |\n| loadOrderList | 목록 로드 |",
			want:     []want{{KindFunction, "fetchOrders"}, {KindFunction, "loadOrderList"}},
			reason:   map[string]string{"fetchOrders": "주문 목록을 가져옵니다"},
		},
		{
			name:     "a table under a heading, without a kind column",
			spec:     Spec{Language: "Go"},
			question: "retry",
			raw:      "## Variables\n| Name | Why |\n|---|---|\n| retryCount | counts attempts |\n| maxRetries | the bound |",
			want:     []want{{KindVariable, "retryCount"}, {KindVariable, "maxRetries"}},
		},
		{
			name:     "bullets with prose after the name",
			spec:     Spec{Language: "Python"},
			question: "함수 이름",
			raw:      "### Functions\n- fetch_user_profile which loads the profile from the API\n- load_profile, shorter but less specific\n\n### Variables\n- user_profile — the loaded profile",
			want:     []want{{KindFunction, "fetch_user_profile"}, {KindFunction, "load_profile"}, {KindVariable, "user_profile"}},
			reason:   map[string]string{"user_profile": "the loaded profile"},
		},
		{
			name:     "numbered list with bold and backticked names",
			spec:     Spec{Language: "Kotlin"},
			question: "사용자 수",
			raw:      "**함수**\n1. **`countUsers()`** — 사용자 수를 셉니다\n2. **getUserCount**: 사용자 수 반환\n\n**변수**\n1. `userCount` - 사용자 수",
			want:     []want{{KindFunction, "countUsers"}, {KindFunction, "getUserCount"}, {KindVariable, "userCount"}},
			reason:   map[string]string{"countUsers": "사용자 수를 셉니다", "getUserCount": "사용자 수 반환"},
		},
		{
			name:     "names only mentioned in prose are not suggestions",
			spec:     Spec{Language: "Python"},
			question: "로그인 여부 변수",
			raw:      "1. `is_logged_in` - 로그인 여부\n2. `has_session` - 세션 보유 여부\n\nIf you prefer a shorter name, pick `logged_in`; avoid `flag` and `data`, which say nothing.",
			want:     []want{{KindVariable, "is_logged_in"}, {KindVariable, "has_session"}},
		},
		{
			name:     "a mix: heading list, label list and a table in one answer",
			spec:     Spec{Language: "Ruby"},
			question: "관리자인지 확인",
			raw: "## 함수\n- `admin?` — 관리자인지\n\n변수명: is_admin, admin_flag\n\n" +
				"| 이름 | 종류 | 이유 |\n|---|---|---|\n| ADMIN_ROLE | 상수 | 관리자 역할 이름 |",
			want: []want{{KindFunction, "admin?"}, {KindVariable, "is_admin"}, {KindVariable, "admin_flag"}, {KindConstant, "ADMIN_ROLE"}},
		},
		{
			name:     "a bare list takes the kind the question named, not the name's case",
			spec:     Spec{Language: "Python"},
			question: "상수 이름 추천해줘: 최대 업로드 크기",
			raw:      "- max_upload_size\n- upload_limit",
			want:     []want{{KindConstant, "MAX_UPLOAD_SIZE"}, {KindConstant, "UPLOAD_LIMIT"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswer(tt.spec, tt.question, tt.raw)
			if err != nil {
				t.Fatalf("ParseAnswer error = %v", err)
			}
			var got []want
			reasons := map[string]string{}
			for _, s := range a.Suggestions {
				got = append(got, want{s.Kind, s.Name})
				reasons[s.Name] = s.Reason
				if strings.ContainsAny(s.Reason, "|`") || strings.Contains(s.Reason, "**") {
					t.Errorf("reason of %s carries markup: %q", s.Name, s.Reason)
				}
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("suggestion %d = %v, want %v (all: %v)", i, got[i], tt.want[i], got)
				}
			}
			for n, r := range tt.reason {
				if reasons[n] != r {
					t.Errorf("reason of %s = %q, want %q", n, reasons[n], r)
				}
			}
		})
	}
}

func TestAnswerSchemaMatchesPrompt(t *testing.T) {
	schema := string(AnswerSchema(AllKinds()))
	for _, q := range []string{"합계 함수", "상수와 클래스 이름도 알려줘"} {
		prompt := BuildPrompt(Spec{Language: "Go"}, nil, q)[0].Content
		for _, k := range AskedKinds(q) {
			key := `"` + plural(string(k)) + `"`
			if !strings.Contains(schema, key) || !strings.Contains(prompt, key) {
				t.Errorf("%q: %s missing from the schema or the prompt", q, key)
			}
		}
	}
	if !strings.Contains(schema, `"additionalProperties":false`) {
		t.Errorf("schema %s is not closed", schema)
	}
}

// Shapes taken from the output formats real naming tools ask models for
// (docs/model.md lists the sources).
func TestParseAnswerRealShapes(t *testing.T) {
	tests := []struct {
		name, question, raw string
		want                []string // function names, in order
	}{
		{
			// A JetBrains naming plugin's format: a primary suggestion, its
			// explanation, alternatives as bullets, comments.
			name:     "suggested name, explanation, alternatives",
			question: "function that loads the user's profile",
			raw: "Suggested Name: fetchUserProfile\nExplanation: It says what is fetched and from where.\n\n" +
				"Alternative Suggestions:\n- loadUserProfile: emphasises loading into memory\n- getUserProfile: the most common verb\n\n" +
				"Additional Comments: prefer fetch when it does I/O.",
			want: []string{"fetchUserProfile", "loadUserProfile", "getUserProfile"},
		},
		{
			// A migration-naming tool's few-shot format: the answer is the
			// name alone.
			name:     "a bare name",
			question: "function name: create a user",
			raw:      "createUser",
			want:     []string{"createUser"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseAnswer(Spec{Language: "TypeScript"}, tt.question, tt.raw)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range a.Suggestions {
				if s.Kind == KindFunction {
					got = append(got, s.Name)
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("functions = %v, want %v (all: %+v)", got, tt.want, a.Suggestions)
			}
		})
	}
}
