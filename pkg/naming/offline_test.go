package naming

import (
	"reflect"
	"strings"
	"testing"
)

// byKind returns the names of one kind, in order.
func byKind(a Answer, k Kind) []string {
	var out []string
	for _, s := range a.Suggestions {
		if s.Kind == k {
			out = append(out, s.Name)
		}
	}
	return out
}

func hasAll(have, want []string) (string, bool) {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
			}
		}
		if !found {
			return w, false
		}
	}
	return "", true
}

func hasSubstrings(have, subs []string) (string, bool) {
	for _, sub := range subs {
		found := false
		for _, h := range have {
			if strings.Contains(strings.ToLower(h), sub) {
				found = true
			}
		}
		if !found {
			return sub, false
		}
	}
	return "", true
}

func TestSuggest(t *testing.T) {
	tests := []struct {
		name         string
		spec         Spec
		q            string
		funcs, vars  []string // must all be present
		funcSub      []string // each must appear in some function name (lower-cased)
		varSub       []string // each must appear in some variable name (lower-cased)
		consts       []string
		classes      []string
		absent       []string // names that must not appear in any kind
		firstFunc    string   // the best-ranked function, when it matters
		unrecognised bool
	}{
		{name: "arithmetic python pep8", spec: Spec{Language: "Python", Convention: "PEP 8"}, q: "사칙연산을 위한 변수명 추천해줘",
			funcs: []string{"add", "subtract", "multiply", "divide"}, varSub: []string{"operand", "result"},
			vars: []string{"left_operand", "right_operand", "result"}, firstFunc: "add"},
		{name: "arithmetic java", spec: Spec{Language: "Java", Convention: ""}, q: "사칙연산을 위한 변수명 추천해줘",
			funcs: []string{"add", "subtract", "multiply", "divide"}, vars: []string{"leftOperand", "rightOperand", "result"}},
		{name: "arithmetic english go", spec: Spec{Language: "Go", Convention: ""}, q: "variable names for the four basic operations",
			funcs: []string{"add", "subtract", "multiply", "divide"}, vars: []string{"leftOperand", "result"}},
		{name: "arithmetic c++ drops the operator keyword", spec: Spec{Language: "C++", Convention: ""}, q: "사칙연산 변수",
			vars: []string{"left_operand", "result"}, absent: []string{"operator"}},
		{name: "arithmetic rust with constants and classes", spec: Spec{Language: "Rust", Convention: ""}, q: "사칙연산 함수와 상수, 클래스도",
			funcs: []string{"add", "divide"}, consts: []string{"SUPPORTED_OPERATORS", "DECIMAL_PLACES"}, classes: []string{"Calculator"}},
		{name: "retry counter go", spec: Spec{Language: "Go", Convention: ""}, q: "names for a retry counter",
			vars: []string{"retryCount", "maxRetries"}, funcs: []string{"retry", "shouldRetry"}},
		{name: "retry ruby keyword dropped", spec: Spec{Language: "Ruby", Convention: ""}, q: "names for retry logic",
			funcs: []string{"should_retry"}, vars: []string{"retry_count"}, absent: []string{"retry"}},
		{name: "max retry constant java", spec: Spec{Language: "Java", Convention: ""}, q: "최대 재시도 횟수 상수",
			consts: []string{"MAX_RETRIES", "MAX_RETRY_COUNT"}},
		{name: "cart total python", spec: Spec{Language: "Python", Convention: ""}, q: "장바구니 합계 계산 함수",
			firstFunc: "calculate_cart_total", vars: []string{"cart_total"}},
		{name: "cart total english kotlin", spec: Spec{Language: "Kotlin", Convention: ""}, q: "names for a shopping cart total",
			funcs: []string{"calculateCartTotal"}, vars: []string{"cartTotal"}},
		{name: "user list javascript", spec: Spec{Language: "JavaScript", Convention: "Airbnb"}, q: "사용자 목록을 가져오는 함수",
			firstFunc: "getUserList", funcs: []string{"fetchUserList"}, vars: []string{"userList"}},
		{name: "active users kotlin", spec: Spec{Language: "Kotlin", Convention: ""}, q: "활성 사용자 수를 세는 변수",
			funcs: []string{"countActiveUsers", "isUserActive"}, vars: []string{"activeUserCount", "isActive"}},
		{name: "count of active users english", spec: Spec{Language: "TypeScript", Convention: ""}, q: "count of active users",
			vars: []string{"activeUserCount"}},
		{name: "order status php", spec: Spec{Language: "PHP", Convention: "PSR-12"}, q: "주문 상태를 업데이트하는 함수",
			firstFunc: "updateOrderStatus", vars: []string{"$orderStatus"}},
		{name: "payment c# pascal methods", spec: Spec{Language: "C#", Convention: ""}, q: "결제 처리 메서드",
			firstFunc: "ProcessPayment", vars: []string{"payment", "payments"}},
		{name: "login swift", spec: Spec{Language: "Swift", Convention: ""}, q: "로그인 관련 변수명",
			funcs: []string{"login", "logout"}, vars: []string{"isLoggedIn", "loginAttempts"}},
		{name: "signup form typescript", spec: Spec{Language: "TypeScript", Convention: ""}, q: "회원가입 폼 검증 함수",
			funcs: []string{"signUp", "validateSignupForm"}, vars: []string{"passwordConfirm"}},
		{name: "pagination go", spec: Spec{Language: "Go", Convention: ""}, q: "페이지네이션 변수",
			vars: []string{"currentPage", "pageSize", "totalPages"}, funcs: []string{"paginate"}},
		{name: "cache expiry python", spec: Spec{Language: "Python", Convention: ""}, q: "캐시 만료 확인 함수",
			funcs: []string{"is_cache_expired"}, vars: []string{"cache_key"}},
		{name: "upload constants java", spec: Spec{Language: "Java", Convention: ""}, q: "파일 업로드 기능에 쓸 상수도 추천해줘",
			consts: []string{"MAX_UPLOAD_SIZE", "ALLOWED_EXTENSIONS"}, funcs: []string{"uploadFile"}},
		{name: "average score english python", spec: Spec{Language: "Python", Convention: ""}, q: "function to calculate the average score",
			firstFunc: "calculate_average_score", vars: []string{"average_score"}},
		{name: "sort users by name java", spec: Spec{Language: "Java", Convention: ""}, q: "sort users by name",
			firstFunc: "sortUsersByName", vars: []string{"sortedUsers"}},
		{name: "sort by name korean python", spec: Spec{Language: "Python", Convention: ""}, q: "이름순으로 사용자 정렬하는 함수",
			firstFunc: "sort_users_by_name"},
		{name: "get user by id go", spec: Spec{Language: "Go", Convention: ""}, q: "get user by id",
			firstFunc: "getUserByID", vars: []string{"user", "users"}},
		{name: "expired tokens javascript", spec: Spec{Language: "JavaScript", Convention: ""}, q: "delete expired tokens",
			firstFunc: "deleteExpiredTokens", funcs: []string{"isTokenExpired"}, vars: []string{"expiredTokens"}},
		{name: "timer python", spec: Spec{Language: "Python", Convention: ""}, q: "타이머 시작 함수",
			funcs: []string{"start_timer", "stop_timer"}, vars: []string{"elapsed_time"}},
		{name: "email validation java", spec: Spec{Language: "Java", Convention: ""}, q: "이메일 유효성 검사 함수",
			firstFunc: "validateEmail", vars: []string{"email"}},
		{name: "password encryption go", spec: Spec{Language: "Go", Convention: ""}, q: "비밀번호 암호화",
			firstFunc: "encryptPassword", funcs: []string{"hashPassword"}, vars: []string{"password"}},
		{name: "comment count python", spec: Spec{Language: "Python", Convention: ""}, q: "게시글 댓글 개수",
			vars: []string{"post_comment_count"}, funcs: []string{"get_post_comment_count"}},
		{name: "date format python", spec: Spec{Language: "Python", Convention: ""}, q: "날짜 형식 변환 함수",
			funcs: []string{"format_date", "convert_date", "parse_date"}},
		{name: "number list sort python", spec: Spec{Language: "Python", Convention: ""}, q: "숫자 리스트 정렬",
			firstFunc: "sort_number_list", vars: []string{"number_list"}},
		{name: "linked list node c", spec: Spec{Language: "C", Convention: ""}, q: "연결리스트 노드 생성 함수",
			firstFunc: "create_linked_list_node", vars: []string{"linked_list_node"}},
		{name: "existing camel name python", spec: Spec{Language: "Python", Convention: ""}, q: "userId 대신 쓸 변수명",
			vars: []string{"user_id"}},
		{name: "product price total c#", spec: Spec{Language: "C#", Convention: ""}, q: "상품 가격 합계",
			firstFunc: "CalculateProductPriceTotal", vars: []string{"productPriceTotal"}},
		{name: "user class java", spec: Spec{Language: "Java", Convention: ""}, q: "사용자 클래스 이름",
			classes: []string{"User", "UserService", "UserRepository"}},
		{name: "orders per user python", spec: Spec{Language: "Python", Convention: ""}, q: "사용자별 주문 개수",
			firstFunc: "get_order_count_by_user", vars: []string{"order_count"}},
		{name: "crud php", spec: Spec{Language: "PHP", Convention: ""}, q: "게시글 CRUD 함수",
			funcs: []string{"createPost", "getPost", "updatePost", "deletePost"}, vars: []string{"$post", "$posts"}},
		{name: "kebab lisp", spec: Spec{Language: "Lisp", Convention: "kebab-case"}, q: "사용자 이름 가져오기",
			firstFunc: "get-user-name", vars: []string{"user-name"}},
		{name: "google c++ constants", spec: Spec{Language: "C++", Convention: "Google C++ Style"}, q: "재시도 상수",
			consts: []string{"kMaxRetries"}, funcs: []string{"Retry", "ShouldRetry"}},
		{name: "unknown english words used", spec: Spec{Language: "Rust", Convention: ""}, q: "names for a frobnicator",
			vars: []string{"frobnicator"}, funcs: []string{"get_frobnicator"}, unrecognised: true},
		{name: "nothing recognised korean", spec: Spec{Language: "Python", Convention: ""}, q: "뭐라고 지어야 할지 모르겠어", unrecognised: true},
		{name: "nothing recognised english", spec: Spec{Language: "Java", Convention: ""}, q: "???", unrecognised: true},
		{name: "empty question", spec: Spec{Language: "Go", Convention: ""}, q: "", unrecognised: true},
	}
	if len(tests) < 30 {
		t.Fatalf("only %d questions", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Suggest(tt.spec, tt.q)
			if got, want := a.Offline, true; got != want {
				t.Fatalf("Offline = %v, want %v", got, want)
			}
			fns, vars := byKind(a, KindFunction), byKind(a, KindVariable)
			if w, ok := hasAll(fns, tt.funcs); !ok {
				t.Fatalf("functions %v lack %q\n%s", fns, w, a.Text)
			}
			if w, ok := hasAll(vars, tt.vars); !ok {
				t.Fatalf("variables %v lack %q\n%s", vars, w, a.Text)
			}
			if w, ok := hasSubstrings(fns, tt.funcSub); !ok {
				t.Fatalf("no function with %q in %v", w, fns)
			}
			if w, ok := hasSubstrings(vars, tt.varSub); !ok {
				t.Fatalf("no variable with %q in %v", w, vars)
			}
			if w, ok := hasAll(byKind(a, KindConstant), tt.consts); !ok {
				t.Fatalf("constants %v lack %q\n%s", byKind(a, KindConstant), w, a.Text)
			}
			if w, ok := hasAll(byKind(a, KindClass), tt.classes); !ok {
				t.Fatalf("classes %v lack %q\n%s", byKind(a, KindClass), w, a.Text)
			}
			for _, s := range a.Suggestions {
				for _, bad := range tt.absent {
					if s.Name == bad {
						t.Fatalf("%s %q should not be suggested", s.Kind, bad)
					}
				}
			}
			if tt.firstFunc != "" {
				if got, want := fns[0], tt.firstFunc; got != want {
					t.Fatalf("best function = %q, want %q (all: %v)", got, want, fns)
				}
			}
			label := "[Offline suggestions]"
			if QuestionIsKorean(tt.q) {
				label = "[오프라인 추천]"
			}
			if got, want := strings.HasPrefix(a.Text, label), true; got != want {
				t.Fatalf("Text does not start with %q:\n%s", label, a.Text)
			}
			notFound := strings.Contains(a.Text, "찾지 못해") || strings.Contains(a.Text, "did not recognise")
			if got, want := notFound, tt.unrecognised; got != want {
				t.Fatalf("Text says unrecognised = %v, want %v:\n%s", got, want, a.Text)
			}
			checkOfflineAnswer(t, tt.spec, tt.q, a)
		})
	}
}

// checkOfflineAnswer holds for every offline answer: 3 to 6 functions and
// variables, constants and classes only when asked, every name valid in the
// room's case, reasons in the question's language, every name in Text.
func checkOfflineAnswer(t *testing.T, spec Spec, q string, a Answer) {
	t.Helper()
	korean := QuestionIsKorean(q)
	asked := map[Kind]bool{}
	for _, k := range AskedKinds(q) {
		asked[k] = true
	}
	for _, k := range kindOrder {
		n := len(byKind(a, k))
		switch {
		case k == KindFunction || k == KindVariable:
			if n < 3 || n > 6 {
				t.Fatalf("%d %s names, want 3 to 6:\n%s", n, k, a.Text)
			}
		case !asked[k] && n > 0:
			t.Fatalf("%d %s names, but the question did not ask for them", n, k)
		case n > 6:
			t.Fatalf("%d %s names, want at most 6", n, k)
		}
	}
	for _, s := range a.Suggestions {
		if err := Validate(spec, s.Kind, s.Name); err != nil {
			t.Fatalf("%s %q: %v", s.Kind, s.Name, err)
		}
		body := strings.TrimPrefix(s.Name, "$")
		if c := CaseFor(spec, s.Kind); !c.Matches(body) {
			t.Fatalf("%s %q is not %s", s.Kind, s.Name, c)
		}
		if s.Reason == "" {
			t.Fatalf("%s %q has no reason", s.Kind, s.Name)
		}
		if got, want := isHangulText(s.Reason), korean; got != want {
			t.Fatalf("reason %q Korean = %v, want %v", s.Reason, got, want)
		}
		if !strings.Contains(a.Text, s.Name+" — "+s.Reason) {
			t.Fatalf("Text lacks %q:\n%s", s.Name, a.Text)
		}
	}
}

func TestSuggestDeterministic(t *testing.T) {
	for _, q := range []string{"사칙연산을 위한 변수명 추천해줘", "names for a retry counter", "활성 사용자 수를 세는 변수", "asdf qwer zxcv"} {
		for _, spec := range testSpecs {
			a, b := Suggest(spec, q), Suggest(spec, q)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("Suggest(%v, %q) differs between calls", spec, q)
			}
		}
	}
}

// Every test spec gets a complete answer to assorted questions, including
// hostile ones.
func TestSuggestEverySpec(t *testing.T) {
	questions := []string{
		"사칙연산을 위한 변수명 추천해줘", "names for a retry counter", "장바구니 합계 계산 함수",
		"사용자 클래스와 상수도", "<script>alert(1)</script> 함수", "\"; DROP TABLE users; --",
		strings.Repeat("사용자 ", 2000), "🙂🙂🙂", "user\u202ename list",
	}
	for _, spec := range testSpecs {
		for _, q := range questions {
			t.Run(spec.Language+"/"+spec.Convention+"/"+truncate(q), func(t *testing.T) {
				a := Suggest(spec, q)
				checkOfflineAnswer(t, spec, q, a)
				for _, s := range a.Suggestions {
					if !identRegexp(spec, s.Kind).MatchString(s.Name) {
						t.Fatalf("%q is not an identifier", s.Name)
					}
				}
			})
		}
	}
}

// Every glossary term, asked about on its own in Korean and in English,
// gets a complete, valid answer.
func TestSuggestEveryTerm(t *testing.T) {
	specs := []Spec{{Language: "Python", Convention: ""}, {Language: "Go", Convention: ""}, {Language: "C#", Convention: ""}, {Language: "PHP", Convention: ""}, {Language: "Ruby", Convention: ""}, {Language: "C++", Convention: "Google C++ Style"}}
	for i := range glossaryTerms {
		tm := &glossaryTerms[i]
		var qs []string
		if f := strings.Fields(tm.ko); len(f) > 0 {
			qs = append(qs, f[0]+" 함수와 상수")
		}
		if f := strings.Fields(tm.en); len(f) > 0 {
			qs = append(qs, "names for "+strings.ReplaceAll(f[0], "_", " ")+" class")
		}
		for _, q := range qs {
			for _, spec := range specs {
				a := Suggest(spec, q)
				t.Run(spec.Language+"/"+q, func(t *testing.T) {
					checkOfflineAnswer(t, spec, q, a)
				})
			}
		}
	}
}

func TestQuestionIsKorean(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"사칙연산을 위한 변수명 추천해줘", true},
		{"userId 대신 뭐가 좋아?", true},
		{"names for a retry counter", false},
		{"", false},
		{"ㅋㅋ", true},
		{"日本語", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			if got, want := QuestionIsKorean(tt.q), tt.want; got != want {
				t.Fatalf("QuestionIsKorean(%q) = %v, want %v", tt.q, got, want)
			}
		})
	}
}
