package suggest

import (
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"namebot/pkg/naming"
)

func TestGlossaryLoads(t *testing.T) {
	g := loadGlossary()
	if len(g.bad) > 0 {
		t.Fatalf("unreadable glossary lines: %v", g.bad[:min(5, len(g.bad))])
	}
	if got, want := len(g.terms), 500; got < want {
		t.Fatalf("glossary has %d terms, want at least %d", got, want)
	}
}

func TestParseTermLine(t *testing.T) {
	tm, ok, err := parseTermLine("child\tn\t아이, 자식\tchild, kid\tpl=children; abbr=kid")
	if err != nil || !ok {
		t.Fatalf("parseTermLine: ok=%v err=%v", ok, err)
	}
	if got, want := tm.Plural, "children"; got != want {
		t.Fatalf("Plural = %q, want %q", got, want)
	}
	if got, want := strings.Join(tm.Korean, "|"), "아이|자식"; got != want {
		t.Fatalf("Korean = %q, want %q", got, want)
	}
	for _, bad := range []string{"Child\tx\t", "\tn\t아이"} {
		if _, _, err := parseTermLine(bad); err == nil {
			t.Fatalf("parseTermLine(%q): want an error", bad)
		}
	}
	if _, ok, _ := parseTermLine("# comment"); ok {
		t.Fatal("a comment line is not a term")
	}
}

// TestConjugate: each conjugated form leads back to its dictionary form.
func TestConjugate(t *testing.T) {
	tests := []struct {
		dict, surface string
		form          vform
	}{
		{"가져오다", "가져오", formStem}, {"가져오다", "가져온", formAdn}, {"가져오다", "가져올", formFut},
		{"가져오다", "가져와", formInf}, {"가져오다", "가져왔", formPast},
		{"넣다", "넣", formStem}, {"빼다", "빼", formInf}, {"빼다", "뺀", formAdn},
		{"바꾸다", "바꿔주", formStem}, {"바꾸다", "바꿔", formInf}, {"바꾸다", "바꿨", formPast},
		{"지우다", "지워지", formPassive}, {"지우다", "지워진", formPassAdn},
		{"고르다", "골라", formInf}, {"합치다", "합친", formAdn}, {"합치다", "합쳐", formInf},
		{"늘리다", "늘려주", formStem}, {"늘리다", "늘려", formInf},
		{"추가하다", "추가하", formStem}, {"추가하다", "추가할", formFut}, {"추가하다", "추가해주", formStem},
		{"추가하다", "추가된", formPassAdn}, {"추가하다", "추가되", formPassive}, {"추가하다", "추가", formNoun},
		{"만들다", "만든", formAdn}, {"만들다", "만드는", formStem}, {"쓰다", "써", formInf},
	}
	for _, tt := range tests {
		found := false
		for _, c := range conjugate(tt.dict) {
			if c.surface == tt.surface && c.form == tt.form {
				found = true
			}
		}
		if !found {
			t.Errorf("conjugate(%q) lacks %q (form %d)", tt.dict, tt.surface, tt.form)
		}
	}
}

// TestReadEnding: what the ending after a form says.
func TestReadEnding(t *testing.T) {
	tests := []struct {
		form vform
		rest string
		want mood
	}{
		{formStem, "는", moodMod}, {formStem, "는지", moodQ}, {formStem, "었는지", moodPastQ},
		{formPassive, "었는지", moodPastQ}, {formPast, "는지", moodPastQ}, {formAdn, "", moodMod},
		{formAdn, "지", moodQ}, {formFut, "", moodFutMod}, {formInf, "서", moodConn},
		{formStem, "기", moodNominal}, {formInf, "줘", moodRequest},
	}
	for _, tt := range tests {
		if got := readEnding(tt.form, tt.rest); got != tt.want {
			t.Errorf("readEnding(%d, %q) = %d, want %d", tt.form, tt.rest, got, tt.want)
		}
	}
}

// TestKoreanVerbs: conjugated verbs in questions reach the glossary verb.
func TestKoreanVerbs(t *testing.T) {
	g, gi := loadGlossary(), loadGrammar()
	tests := []struct{ q, verb string }{
		{"서버에서 설정을 가져와서", "가져오다"}, {"상품을 추가하는 함수", "추가하다"},
		{"값을 넣을 때", "넣다"}, {"이름을 바꿔주는 함수", "바꾸다"}, {"파일이 지워지는지", "지우다"},
		{"목록을 합친 결과", "합치다"}, {"크기를 늘려주는 함수", "늘리다"}, {"상품이 추가되었는지", "추가하다"},
	}
	for _, tt := range tests {
		var got []string
		for _, it := range parse(g, gi, tt.q) {
			if it.t != nil && it.t.Class == 'v' {
				got = append(got, it.t.Korean...)
			}
		}
		if !contains(got, tt.verb) {
			t.Errorf("parse(%q): verbs %v, want one listing %q", tt.q, got, tt.verb)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func names(a naming.Answer, k naming.Kind) []string {
	var out []string
	for _, s := range a.Suggestions {
		if s.Kind == k {
			out = append(out, s.Name)
		}
	}
	return out
}

// topThree is a question and a name that must be among the first three
// names of its kind: the shape of every table test of the suggester.
type topThree struct {
	lang, q string
	kind    naming.Kind
	want    string
}

// checkTopThree asks every question and reports each whose wanted name is
// not among the first three of its kind.
func checkTopThree(t *testing.T, tests []topThree) {
	t.Helper()
	for _, tt := range tests {
		got := names(Suggest(naming.Spec{Language: tt.lang}, tt.q), tt.kind)
		if !contains(got[:min(3, len(got))], tt.want) {
			t.Errorf("%s %q: %s names %v, want %q among the first three", tt.lang, tt.q, tt.kind, got, tt.want)
		}
	}
}

// checkFirst reports each question whose wanted name is not the first of
// its kind.
func checkFirst(t *testing.T, tests []topThree) {
	t.Helper()
	for _, tt := range tests {
		if got := names(Suggest(naming.Spec{Language: tt.lang}, tt.q), tt.kind); len(got) == 0 || got[0] != tt.want {
			t.Errorf("%s %q: %s names %v, want %q first", tt.lang, tt.q, tt.kind, got, tt.want)
		}
	}
}

// checkOffered reports each question whose wanted name is not among the
// names of its kind at all: for a long name whose point is how it is
// built, which may sit below the short names (shortBeforeLong).
func checkOffered(t *testing.T, tests []topThree) {
	t.Helper()
	for _, tt := range tests {
		got := names(Suggest(naming.Spec{Language: tt.lang}, tt.q), tt.kind)
		if !contains(got, tt.want) {
			t.Errorf("%s %q: %s names %v, want %q among them", tt.lang, tt.q, tt.kind, got, tt.want)
		}
	}
}

// notOffered is a question and a name its answer must not offer among the
// names of kind; an empty not means no name of that kind at all.
type notOffered struct {
	lang, q string
	kind    naming.Kind
	not     string
}

// checkNotOffered asks every question and reports each that offers what it
// must not.
func checkNotOffered(t *testing.T, tests []notOffered) {
	t.Helper()
	for _, tt := range tests {
		got := names(Suggest(naming.Spec{Language: tt.lang}, tt.q), tt.kind)
		if tt.not == "" && len(got) > 0 || tt.not != "" && contains(got, tt.not) {
			want := "none"
			if tt.not != "" {
				want = "no " + tt.not
			}
			t.Errorf("%s %q: %s names %v, want %s", tt.lang, tt.q, tt.kind, got, want)
		}
	}
}

// TestSuggestForms: the form each kind of question takes, per language.
func TestSuggestForms(t *testing.T) {
	tests := []topThree{
		{"TypeScript", "a flag that says whether the sidebar is collapsed", naming.KindVariable, "isSidebarCollapsed"},
		{"Python", "function to convert celsius to fahrenheit", naming.KindFunction, "celsius_to_fahrenheit"},
		{"JavaScript", "function to convert celsius to fahrenheit", naming.KindFunction, "toFahrenheit"},
		{"Go", "function that retries an HTTP request with exponential backoff", naming.KindFunction, "retryWithBackoff"},
		{"PHP", "장바구니에 상품을 추가하는 함수", naming.KindFunction, "addToCart"},
		{"Python", "비동기 작업 큐에 작업을 넣는 함수", naming.KindFunction, "enqueue_task"},
		{"Ruby", "사용자가 관리자인지 확인하는 메서드", naming.KindFunction, "admin?"},
		{"Java", "결제가 완료되었는지 나타내는 변수", naming.KindVariable, "isPaymentComplete"},
		{"Kotlin", "게시글을 수정할 수 있는지 여부", naming.KindVariable, "canEditPost"},
		{"JavaScript", "상품 목록을 가격순으로 정렬하는 함수", naming.KindFunction, "sortByPrice"},
		{"Python", "상품을 카테고리별로 묶는 함수", naming.KindFunction, "group_products_by_category"},
		{"C#", "사용자 정보를 비동기로 가져오는 함수", naming.KindFunction, "GetUserInfoAsync"},
		{"C", "버퍼 최대 크기 상수 (바이트)", naming.KindConstant, "MAX_BUFFER_SIZE_BYTES"},
		{"Go", "number of active users", naming.KindVariable, "activeUserCount"},
		{"Swift", "list of selected files", naming.KindVariable, "selectedFiles"},
		{"Rust", "장바구니가 비어 있는지 나타내는 변수", naming.KindVariable, "is_cart_empty"},
	}
	checkTopThree(t, tests)
}

var allLanguages = []string{"Python", "JavaScript", "TypeScript", "Java", "Kotlin", "Go", "C", "C++", "C#", "Rust", "Swift", "Ruby", "PHP"}

// filler are generic names that must never be offered unless the question
// names their words.
var filler = []string{"processData", "getValue", "updateValue", "validateInput", "result", "inputValue",
	"MAX_SIZE", "DEFAULT_TIMEOUT", "save", "items", "data", "value", "temp", "handleData", "itemCount", "isValid"}

var invariantQuestions = []string{
	"장바구니에 상품을 추가하는 함수", "사이드바가 접혔는지 나타내는 변수", "최대 재시도 횟수 상수",
	"주문 상태를 나타내는 enum 클래스", "상품 목록을 가격순으로 정렬하는 함수", "요청 타임아웃 밀리초 상수",
	"function to convert celsius to fahrenheit", "number of active users", "뭐라고 할까", "", "???",
	"class that sends email notifications", "이메일 인증을 했는지 여부",
}

func TestSuggestInvariants(t *testing.T) {
	for _, lang := range allLanguages {
		spec := naming.Spec{Language: lang}
		for _, q := range invariantQuestions {
			a := Suggest(spec, q)
			if !a.Offline || a.Text == "" {
				t.Fatalf("%s %q: Offline=%v Text=%q", lang, q, a.Offline, a.Text)
			}
			for _, s := range a.Suggestions {
				if err := naming.Validate(spec, s.Kind, s.Name); err != nil {
					t.Errorf("%s %q: %s %q invalid: %v", lang, q, s.Kind, s.Name, err)
				}
				for _, f := range filler {
					if naming.DedupeKey(s.Name) == naming.DedupeKey(f) {
						t.Errorf("%s %q: filler %q", lang, q, s.Name)
					}
				}
				if s.Reason == "" {
					t.Errorf("%s %q: %q has no reason", lang, q, s.Name)
				}
			}
			if naming.QuestionIsKorean(q) && len(a.Suggestions) > 0 && !naming.QuestionIsKorean(a.Suggestions[0].Reason) {
				t.Errorf("%s %q: reason %q is not Korean", lang, q, a.Suggestions[0].Reason)
			}
			if b := Suggest(spec, q); !reflect.DeepEqual(a, b) {
				t.Fatalf("%s %q: answers differ between calls", lang, q)
			}
		}
	}
}

// TestSuggestUnderstood: an understood question gets at least three names
// of the kind it asks for; one that is not understood says so and offers
// none.
func TestSuggestUnderstood(t *testing.T) {
	for _, lang := range allLanguages {
		spec := naming.Spec{Language: lang}
		for q, k := range map[string]naming.Kind{
			"장바구니에 상품을 추가하는 함수":      naming.KindFunction,
			"사이드바가 접혔는지 나타내는 변수":     naming.KindVariable,
			"number of active users": naming.KindVariable,
		} {
			if got := names(Suggest(spec, q), k); len(got) < 3 {
				t.Errorf("%s %q: %s names %v, want at least 3", lang, q, k, got)
			}
		}
		a := Suggest(spec, "뭐라고 할까")
		if len(a.Suggestions) != 0 || !strings.Contains(a.Text, "알아듣지 못해") {
			t.Errorf("%s: a question with nothing to name got %v, text %q", lang, a.Suggestions, a.Text)
		}
	}
}

func TestHint(t *testing.T) {
	h := Analyze("사이드바가 접혔는지 나타내는 변수").Hint()
	if !h.Boolean || len(h.Kinds) != 1 || h.Kinds[0] != naming.KindVariable {
		t.Fatalf("Hint = %+v, want a boolean variable", h)
	}
	if h := Analyze("두 날짜가 같은 날인지 확인하는 함수").Hint(); len(h.Idioms) == 0 || h.Idioms[0] != "is same day" {
		t.Fatalf("Hint.Idioms = %q, want the phrasebook's is same day first", h.Idioms)
	}
	if h := Analyze("요청 타임아웃 밀리초 상수").Hint(); h.Unit != "ms" {
		t.Fatalf("Hint.Unit = %q, want ms", h.Unit)
	}
	// The model's hint reads the question restated as the offline answer
	// does (re-sends: resends), not as typed.
	if h := Analyze("name for a function that re-sends the verification email").Hint(); len(h.Idioms) == 0 || h.Idioms[0] != "resend verification email" {
		t.Fatalf("Hint.Idioms = %q, want resend verification email first", h.Idioms)
	}
}

func FuzzSuggest(f *testing.F) {
	for _, q := range invariantQuestions {
		f.Add("Go", q)
	}
	f.Add("Ruby", "추가되었는지 할 수 있는지 중인지 여부 개수 목록 최대 초")
	f.Add("PHP", "\x00\xff 이진 탐색 트리 whether the the of to by")
	f.Fuzz(func(t *testing.T, lang, q string) {
		spec := naming.Spec{Language: lang}
		a := Suggest(spec, q)
		for _, s := range a.Suggestions {
			if err := naming.Validate(spec, s.Kind, s.Name); err != nil {
				t.Fatalf("%q: %s %q invalid: %v", q, s.Kind, s.Name, err)
			}
		}
	})
}

type evalQuestion struct {
	Language   string `yaml:"language"`
	Convention string `yaml:"convention"`
	Question   string `yaml:"question"`
}

func evalQuestions(tb testing.TB) []evalQuestion {
	data, err := os.ReadFile("../../eval/questions.yaml")
	if err != nil {
		tb.Skipf("eval set: %v", err)
	}
	var qs []evalQuestion
	if err := yaml.Unmarshal(data, &qs); err != nil {
		tb.Fatalf("eval set: %v", err)
	}
	return qs
}

// BenchmarkSuggest answers every question of the evaluation set.
func BenchmarkSuggest(b *testing.B) {
	qs := evalQuestions(b)
	loadGlossary()
	loadGrammar()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		Suggest(naming.Spec{Language: q.Language, Convention: q.Convention}, q.Question)
	}
}

// TestSuggestLatency: p50 under 2 ms over the evaluation set, in a warm
// process: the glossary loaded and one pass answered first, so that the
// regular expressions compiled on first use (lazyRE) are not counted as
// every answer's cost. The machine's noise is not the code's: the best p50
// of three passes counts (one pass ranged 1.5-2.0 ms on a loaded 2-core
// machine, December 2026, before lazyRE's prefilters; 0.7 ms after them).
func TestSuggestLatency(t *testing.T) {
	qs := evalQuestions(t)
	loadGlossary()
	for _, q := range qs {
		Suggest(naming.Spec{Language: q.Language, Convention: q.Convention}, q.Question)
	}
	best := time.Duration(1 << 62)
	for range 3 {
		var ds []time.Duration
		for _, q := range qs {
			start := time.Now()
			Suggest(naming.Spec{Language: q.Language, Convention: q.Convention}, q.Question)
			ds = append(ds, time.Since(start))
		}
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		best = min(best, ds[len(ds)/2])
	}
	t.Logf("p50 %v over %d questions (best of three passes)", best, len(qs))
	if best > 2*time.Millisecond {
		t.Fatalf("p50 = %v, want under 2ms", best)
	}
}

// A kind picked with a chip comes first, whatever the question's words.
func TestSuggestPickedKind(t *testing.T) {
	for _, k := range naming.PickKinds() {
		a := Suggest(naming.Spec{Language: "Python", Kind: k}, "활성 사용자 목록")
		if len(a.Suggestions) == 0 {
			t.Fatalf("%s: no names", k)
		}
		want := k
		if k == naming.KindBoolean {
			want = naming.KindVariable
		}
		if got := a.Suggestions[0]; got.Kind != want {
			t.Errorf("%s: first name %+v, want a %s", k, got, want)
		}
	}
}

// A kind with one or two names is topped up with rewordings of them, never
// with names from nowhere.
func TestTopUp(t *testing.T) {
	for _, tc := range []struct {
		lang, q string
		kind    naming.Kind
	}{
		{"Python", "사용자 목록을 가져오는 함수", naming.KindFunction},
		{"Go", "주문을 저장하는 함수", naming.KindFunction},
		{"Kotlin", "상품을 장바구니에 추가하는 함수", naming.KindFunction},
	} {
		a := Suggest(naming.Spec{Language: tc.lang}, tc.q)
		var names []string
		for _, s := range a.Suggestions {
			if s.Kind == tc.kind {
				names = append(names, s.Name)
			}
		}
		if len(names) < minPerKind {
			t.Errorf("%s %q: %d %s names %v, want at least %d", tc.lang, tc.q, len(names), tc.kind, names, minPerKind)
		}
	}
	if got := variants(naming.KindVariable, []string{"retry", "count"}); len(got) != 1 || strings.Join(got[0], " ") != "num retries" {
		t.Errorf("variants of retry count = %v, want num retries", got)
	}
	if got := variants(naming.KindVariable, []string{"status"}); len(got) != 0 {
		t.Errorf("variants of status = %v: status is not a plural", got)
	}
}

// Reasons conjugate the verb: 가져오는, not 가져오하는.
func TestReasonAdnominal(t *testing.T) {
	for stem, want := range map[string]string{"가져오": "가져오는", "추가하": "추가하는", "만들": "만드는", "넣": "넣는"} {
		if got := adnominal(stem); got != want {
			t.Errorf("adnominal(%q) = %q, want %q", stem, got, want)
		}
	}
	a := Suggest(naming.Spec{Language: "Python"}, "사용자 목록을 가져오는 함수")
	for _, s := range a.Suggestions {
		if strings.Contains(s.Reason, "하하는") || strings.Contains(s.Reason, "오하는") {
			t.Errorf("%s: reason %q", s.Name, s.Reason)
		}
	}
}

// "More like this" asks for rewordings of the quoted name, never of the
// request's own words (비슷한 is not 비 "empty", 더 보기 not "see more").
func TestSimilar(t *testing.T) {
	a := Suggest(naming.Spec{Language: "Python", Kind: naming.KindFunction}, "`get_users`와 비슷한 이름 더 보기")
	if len(a.Suggestions) < 3 {
		t.Fatalf("%d names: %v", len(a.Suggestions), a.Suggestions)
	}
	for _, s := range a.Suggestions {
		if s.Kind != naming.KindFunction || strings.Contains(s.Name, "empty") || strings.Contains(s.Name, "more") || s.Name == "get_users" {
			t.Errorf("%+v is not a rewording of get_users", s)
		}
	}
	if a := Suggest(naming.Spec{Language: "Go"}, "`UserRepository`와 비슷한 이름 더 보기"); len(a.Suggestions) != 0 || !strings.Contains(a.Text, "찾지 못했습니다") {
		t.Errorf("no known rewording: got %v, %q", a.Suggestions, a.Text)
	}
	if _, ok := similar(naming.Spec{Language: "Go"}, "`userID` 변수 쓰는 함수"); ok {
		t.Error("a quoted name without a request for variations was taken as one")
	}
}

func TestPastAdnominal(t *testing.T) {
	for stem, want := range map[string]string{"취소되": "취소된", "만들": "만든", "읽": "읽은", "하": "한"} {
		if got := pastAdnominal(stem); got != want {
			t.Errorf("pastAdnominal(%q) = %q, want %q", stem, got, want)
		}
	}
}
