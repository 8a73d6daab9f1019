package suggest

import (
	"strings"
	"testing"
	"testing/fstest"

	"namebot/pkg/naming"
)

// TestIdiomsRead: every phrasebook line reads, and every term it names is a
// glossary term (a term the glossary lacks would never match a question).
func TestIdiomsRead(t *testing.T) {
	ids := loadIdioms()
	for _, b := range idiomBad {
		t.Error(b)
	}
	if len(ids) == 0 {
		t.Fatal("no phrasebook lines")
	}
	terms := map[string]bool{}
	for _, tm := range loadGlossary().terms {
		terms[tm.en()] = true
	}
	for _, id := range ids {
		for _, alt := range id.alts {
			for _, item := range alt {
				for _, tok := range item {
					if tok.kind == 't' && !terms[tok.s] {
						t.Errorf("%s: %q is not a glossary term (quote it for an English phrase, or add it to the glossary)", id.where, tok.s)
					}
				}
			}
		}
	}
}

// TestIdiomsReadTooLong: a line over the reader's limit is reported, not
// the silent end of its file.
func TestIdiomsReadTooLong(t *testing.T) {
	long := "같은날 + ?" + strings.Repeat(" | 같은날", 200000) + "\tf\tis same day\n"
	fsys := fstest.MapFS{"idioms/a.tsv": {Data: []byte(long + "다른날 + ?\tf\tis other day\n")}}
	ids, bad := parseIdioms(fsys)
	if len(bad) == 0 {
		t.Fatalf("a %d-byte line was read without a word (%d lines)", len(long), len(ids))
	}
}

// TestParseIdiomRejects: a malformed line is refused with a reason.
func TestParseIdiomRejects(t *testing.T) {
	for _, line := range []string{
		"same day",                     // too few columns
		"same day\tx\tis same day",     // bad kind letter
		"?\tf\tis same day",            // only a flag
		"!같은날\tf\tis same day",         // only a negation
		"\"same day\tf\tis same day",   // unclosed quote
		"#weird + 같은날\tf\tis same day", // unknown flag
		"Same Day\tf\tis same day",     // upper-case term
		"같은날\tf\tisSameDay",            // names are spaced lower-case words
		"\" at\"\tf\tis at",
		"같은날\tf\tis same day, ",               // empty name
		"[같은날, 같은 날\tf\tis same day",          // unclosed group
		"[같은날, !다른날]\tf\tis same day",         // a member negated alone
		"![같은날, 다른날]\tf\tis same day",         // only negations
		"같은날 ; ![다른날] | 같은 날\tf\tis same day", // an alternative after the guard
	} {
		if _, err := parseIdiom(line, nil); err == nil {
			t.Errorf("parseIdiom(%q) accepted a malformed line", line)
		}
	}
}

// TestIdiomTokens: what each kind of token matches.
func TestIdiomTokens(t *testing.T) {
	f := &frame{boolean: true, items: []item{{t: &Term{Words: []string{"access", "token"}, Class: 'n'}}}}
	iq := newIdiomQuestion("Is the Access-Token RETRIED 같은 날인지", f)
	for _, c := range []struct {
		tok  idiomTok
		want bool
	}{
		{idiomTok{kind: 't', s: "access token"}, true},
		{idiomTok{kind: 't', s: "token"}, false},
		{idiomTok{kind: 'k', s: "같은날"}, true},
		{idiomTok{kind: 'k', s: "다른날"}, false},
		{idiomTok{kind: 'e', s: "retri"}, true},
		{idiomTok{kind: 'e', s: "etried"}, false}, // starts at a word
		{idiomTok{kind: 'e', s: "access token"}, true},
		{idiomTok{kind: 'f', s: "?"}, true},
		{idiomTok{kind: 'f', s: "#count"}, false},
		{idiomTok{kind: 'k', s: "같은날", neg: true}, false},
	} {
		if got := iq.holds(c.tok); got != c.want {
			t.Errorf("holds(%+v) = %v, want %v", c.tok, got, c.want)
		}
	}
}

// TestIdiomTextTokens: kind words are masked, ^ anchors at a word start,
// and ? holds for a question written as yes/no.
func TestIdiomTextTokens(t *testing.T) {
	iq := newIdiomQuestion("환불 불가능한 상품 개수 변수", &frame{})
	for _, c := range []struct {
		tok  string
		want bool
	}{
		{"수", true},    // 개수
		{"상품개수", true}, // spaces ignored
		{"^가능", false}, // only inside 불가능
		{"^불가능", true},
		{"수변", false},  // 수 + 변수: the kind word is masked
		{"개수변수", true}, // a token naming a kind word is matched unmasked
	} {
		id, err := parseIdiom(c.tok+"\tv\tx", nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := iq.holds(id.alts[0][0][0]); got != c.want {
			t.Errorf("%q holds = %v, want %v", c.tok, got, c.want)
		}
	}
	for q, want := range map[string]bool{"결제 완료됐는지": true, "업데이트 필요한지": true, "토큰 유효한지 검사": true, "알림 수신 여부": true, "is the cart empty": true, "flag for dark mode": true, "cart item count": false} {
		if got := newIdiomQuestion(q, &frame{}).holds(idiomTok{kind: 'f', s: "?"}); got != want {
			t.Errorf("? for %q = %v, want %v", q, got, want)
		}
	}
}

// TestIdiomGroups: [a, b] is any one of its tokens, ![a, b] none of them,
// and the tokens after ; join every alternative.
func TestIdiomGroups(t *testing.T) {
	id, err := parseIdiom("[재시도, 다시시도] + [횟수, 몇번] | \"retry count\" ; ![결제, \"payment\"] + ?\tv\tretry count", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(id.alts) != 2 || len(id.alts[0]) != 5 || len(id.alts[0][0]) != 2 {
		t.Fatalf("alternatives %+v, want 2: two groups of two and the guard's three items; a phrase and the guard", id.alts)
	}
	for _, alt := range id.alts {
		n := len(alt)
		if n < 4 || !alt[n-3][0].neg || !alt[n-2][0].neg || alt[n-1][0].s != "?" {
			t.Errorf("alternative %+v lacks the guard", alt)
		}
	}
	for q, want := range map[string]bool{
		"다시시도한 몇번인지": true, "재시도 횟수 넘었는지": true, "is the retry count over": true,
		"결제 재시도 횟수 넘었는지": false, // the guard's negation
		"재시도 횟수":         false, // the guard's flag: not a yes/no question
		"재시도 간격인지":       false, // one group unmatched
	} {
		iq := newIdiomQuestion(q, &frame{})
		iq.memo = make([]int8, 0)
		got := false
		for _, alt := range id.alts {
			got = got || iq.scoreAlt(alt) == 2 || iq.scoreAlt(alt) == 1 && strings.HasPrefix(q, "is")
		}
		if got != want {
			t.Errorf("%q: holds = %v, want %v", q, got, want)
		}
	}
}

// TestIdiomsFirst: a phrasebook name leads the answer, in the room's case,
// and the names built from the question still follow it.
func TestIdiomsFirst(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "두 날짜가 같은 날인지 비교하는 함수", naming.KindFunction, "isSameDay"},
		{"Python", "whether two timestamps fall on the same day", naming.KindVariable, "is_same_day"},
	})
	got := names(Suggest(naming.Spec{Language: "Python"}, "두 날짜가 같은 날인지 나타내는 변수"), naming.KindVariable)
	if len(got) == 0 || got[0] != "is_same_day" {
		t.Fatalf("variables %v, want is_same_day first", got)
	}
	if len(got) < 3 {
		t.Errorf("variables %v: the built names should follow the idiom", got)
	}
	for _, n := range got {
		if strings.ToLower(n) != n {
			t.Errorf("%q is not snake_case", n)
		}
	}
}

// score is a line's best alternative checked without the index: the
// reference TestIdiomIndexExact holds matchIdioms to.
func (iq *idiomQuestion) score(id *idiom) int {
	best := 0
	for _, alt := range id.alts {
		best = max(best, iq.scoreAlt(alt))
	}
	return best
}

// TestIdiomIndexExact: the index finds exactly the lines a check of every
// line finds, on the evaluation set's questions.
func TestIdiomIndexExact(t *testing.T) {
	ids := loadIdioms()
	for _, q := range evalQuestions(t) {
		a := Analyze(q.Question)
		iq := newIdiomQuestion(q.Question, a.f)
		best := 0
		var want []*idiom
		for _, id := range ids {
			switch s := iq.score(id); {
			case s == 0 || s < best:
			case s > best:
				best, want = s, []*idiom{id}
			default:
				want = append(want, id)
			}
		}
		got := matchIdioms(q.Question, a.f, "")
		if len(got) != len(want) {
			t.Errorf("%q: index found %d lines, a full check %d", q.Question, len(got), len(want))
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%q: index found %s, a full check %s", q.Question, got[i].where, want[i].where)
			}
		}
	}
}

// TestIdiomObject: {obj} and {objs} carry the question's object into a
// phrasebook name; with no object the name is left out.
func TestIdiomObject(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "주문 목록에서 환불된 주문 빼는 함수", naming.KindFunction, "excludeRefundedOrders"},
		{"Python", "이메일 목록 중복 제거하는 함수", naming.KindFunction, "dedupe_emails"},
		{"Go", "인증 메일 다시 보내는 함수", naming.KindFunction, "resendAuthenticationEmail"},
		{"TypeScript", "페이지당 상품 개수 상수", naming.KindConstant, "PRODUCTS_PER_PAGE"},
		{"Python", "입력한 글자 수 세는 함수", naming.KindFunction, "count_characters"},
		{"Ruby", "비밀번호 최소 글자수 상수", naming.KindConstant, "MIN_PASSWORD_LENGTH"},
	})
	f := &frame{}
	if got := fillObj([]string{"exclude", objsSlot}, f); got != nil {
		t.Errorf("fillObj with no object = %v, want nil", got)
	}
	f.obj = np{nouns: []item{{words: []string{"reset"}}, {words: []string{"form"}}}}
	if got := strings.Join(fillObj([]string{"reset", objSlot}, f), " "); got != "reset form" {
		t.Errorf("fillObj(reset {obj}) with the object \"reset form\" = %q, want reset form", got)
	}
	if got := fillObj([]string{"resend"}, f); len(got) != 1 {
		t.Errorf("fillObj without a slot = %v", got)
	}
}

// TestPhraseWholeWord: a phrase ending in a whole word runs on only by an
// inflection or a verb's noun; a stem runs on freely; Hangul after a word
// (id들) ends it.
func TestPhraseWholeWord(t *testing.T) {
	for _, c := range []struct {
		en, s string
		word  bool
		want  bool
	}{
		{" the modal is currently open ", "is current", true, false},
		{" whether the cache is current ", "is current", true, true},
		{" show the login page ", "log", true, false},
		{" write logs ", "log", true, true},
		{" logged in ", "log", true, true},
		{" stop running ", "run", true, true},
		{" has an internet connection ", "connect", true, true},
		{" selected id들 ", "id", true, true},
		{" an idle timeout ", "id", true, false},
		{" how many times retried ", "retri", false, true},
	} {
		if got := phraseAt(c.en, c.s, c.word); got != c.want {
			t.Errorf("phraseAt(%q, %q, %v) = %v, want %v", c.en, c.s, c.word, got, c.want)
		}
	}
	checkTopThree(t, []topThree{{"JavaScript", "boolean for whether the modal is currently open", naming.KindVariable, "isModalOpen"}})
}

// TestSyllableTraps: a one-syllable loanword token does not hold inside a
// common word that merely contains it.
func TestSyllableTraps(t *testing.T) {
	for _, c := range []struct {
		ko, s string
		want  bool
	}{
		{"연락처배열을이름순으로정렬한|", "락", false},
		{"분산락획득", "락", true},
		{"쿠키만료시간", "키", false},
		{"캐시키만료", "키", true},
		{"상품리뷰목록", "뷰", false},
		{"리뷰뷰모델", "뷰", true},
		{"플랫폼이름", "폼", false},
	} {
		if got := syllableAt(c.ko, c.s); got != c.want {
			t.Errorf("syllableAt(%q, %q) = %v, want %v", c.ko, c.s, got, c.want)
		}
	}
}

// TestThingsSlot: {things} is the object's nouns alone, plural, and a
// bare "to" form does not go before it.
func TestThingsSlot(t *testing.T) {
	got := names(Suggest(naming.Spec{Language: "Ruby"}, "삭제 예정인 첨부파일 id 목록 변수"), naming.KindVariable)
	if len(got) == 0 || got[0] != "attachment_ids_to_delete" {
		t.Errorf("names %v, want attachment_ids_to_delete first", got)
	}
}

// TestBasics: everyday helpers get their standard names.
func TestBasics(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "function that returns the largest element of a slice", naming.KindFunction, "max"},
		{"Python", "배열에서 가장 큰 값 찾는 함수", naming.KindFunction, "find_max"},
		{"JavaScript", "function that checks if a string starts with a prefix", naming.KindFunction, "startsWith"},
		{"Rust", "문자열 소문자로 바꾸는 함수", naming.KindFunction, "to_lowercase"},
		{"C", "macro for the size of the receive buffer", naming.KindConstant, "RECEIVE_BUFFER_SIZE"},
	})
}
