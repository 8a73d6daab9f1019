package naming

import (
	"strings"
	"testing"
	"unicode"
)

func TestGlossarySize(t *testing.T) {
	if got, want := gloss.size, 300; got < want {
		t.Fatalf("glossary has %d terms, want at least %d", got, want)
	}
}

func TestGlossaryFormsUnique(t *testing.T) {
	if got, want := len(gloss.dups), 0; got != want {
		t.Fatalf("forms listed twice: %v", gloss.dups)
	}
}

func TestGlossaryTerms(t *testing.T) {
	for i := range glossaryTerms {
		tm := &glossaryTerms[i]
		t.Run(tm.word+tm.ko, func(t *testing.T) {
			for _, f := range strings.Fields(tm.ko) {
				for _, r := range f {
					if !unicode.Is(unicode.Hangul, r) {
						t.Fatalf("Korean form %q has %q", f, r)
					}
				}
			}
			for _, f := range strings.Fields(tm.en) {
				if f != strings.ToLower(f) {
					t.Fatalf("English form %q is not lower-case", f)
				}
			}
			switch tm.class {
			case clsEntity, clsMeasure, clsQuality:
				if tm.word == "" {
					t.Fatalf("term without a word")
				}
			case clsAction:
				if tm.word == "" || tm.adn == "" {
					t.Fatalf("action %q lacks its word or Korean phrase", tm.word)
				}
				if tm.alt != "" && strings.Contains(tm.alt, " ") {
					t.Fatalf("alternative verb %q is not one word", tm.alt)
				}
			}
			for _, v := range strings.Fields(tm.hint) {
				if gloss.actions[v] == nil {
					t.Fatalf("hint verb %q is not an action", v)
				}
			}
		})
	}
}

// Korean matching handles particles and endings.
func TestAnalyzeKorean(t *testing.T) {
	tests := []struct {
		q     string
		nouns string
		verbs string
	}{
		{"장바구니 합계 계산 함수", "cart total", "calculate"},
		{"장바구니합계를 계산하는 함수", "cart total", "calculate"},
		{"사용자의 목록을 가져와줘", "user list", "get"},
		{"사용자들을 삭제하기 위한 함수", "user", "delete"},
		{"게시글에서 댓글을 검색하는", "post comment", "search"},
		{"이메일로 메시지를 전송하고 저장", "email message", "send save"},
		{"파일을 읽고 쓰는 함수", "file", "read write"},
		{"수를 세는 변수", "count", "count"},
		{"함수명 추천해줘", "", ""},
		{"변수 이름 추천", "", ""},
		{"사용자 이름 변수", "user name", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := analyze(tt.q)
			var ns, vs []string
			for _, n := range a.nouns {
				ns = append(ns, n.word)
			}
			for _, v := range a.actions {
				vs = append(vs, v.word)
			}
			if got, want := strings.Join(ns, " "), tt.nouns; got != want {
				t.Fatalf("nouns = %q, want %q", got, want)
			}
			if got, want := strings.Join(vs, " "), tt.verbs; got != want {
				t.Fatalf("verbs = %q, want %q", got, want)
			}
		})
	}
}

// English matching handles plurals, -ing, -ed and phrases.
func TestAnalyzeEnglish(t *testing.T) {
	tests := []struct {
		q     string
		nouns string
		verbs string
	}{
		{"calculating the totals of carts", "cart total", "calculate"},
		{"sorting categories", "category", "sort"},
		{"sorted categories", "category", ""}, // sorted is a quality here
		{"names for a shopping cart", "cart", ""},
		{"saveUserProfile", "user profile", "save"},
		{"number of retries", "retry count", ""},
		{"suggest some good variable names please", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			a := analyze(tt.q)
			var ns, vs []string
			for _, n := range a.nouns {
				ns = append(ns, n.word)
			}
			for _, v := range a.actions {
				vs = append(vs, v.word)
			}
			if got, want := strings.Join(ns, " "), tt.nouns; got != want {
				t.Fatalf("nouns = %q, want %q", got, want)
			}
			if got, want := strings.Join(vs, " "), tt.verbs; got != want {
				t.Fatalf("verbs = %q, want %q", got, want)
			}
		})
	}
}

// Every topic answers with at least three functions and variables in every
// test spec, even where some of its names are reserved.
func TestTopicsComplete(t *testing.T) {
	for _, tp := range topicTable {
		trigger := strings.Fields(tp.ko)[0]
		for _, spec := range testSpecs {
			t.Run(tp.id+"/"+spec.Language+"/"+spec.Convention, func(t *testing.T) {
				a := Suggest(spec, trigger+" 상수 클래스")
				for _, k := range kindOrder {
					if got := len(byKind(a, k)); got < 2 || (k == KindFunction || k == KindVariable) && got < 3 {
						t.Fatalf("%d %s names for %s:\n%s", got, k, tp.id, a.Text)
					}
				}
			})
		}
	}
}
