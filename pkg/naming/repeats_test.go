package naming

import (
	"strings"
	"testing"
)

func TestWithoutGiven(t *testing.T) {
	a := Answer{
		Suggestions: []Suggestion{
			{Kind: KindFunction, Name: "get_user_list", Reason: "a"},
			{Kind: KindFunction, Name: "fetch_users", Reason: "b"},
			{Kind: KindVariable, Name: "user_list", Reason: "c"},
		},
	}
	var b strings.Builder
	renderSuggestions(&b, a.Suggestions, true)
	a.Text = strings.TrimRight(b.String(), "\n") + "\n목록이면 복수형이 좋아요."

	t.Run("NothingGiven", func(t *testing.T) {
		if got := WithoutGiven(a, GivenNames{}, "사용자 목록"); got.Text != a.Text || len(got.Suggestions) != 3 {
			t.Fatalf("changed: %+v", got)
		}
	})
	t.Run("Removed", func(t *testing.T) {
		g := GivenNames{}
		g.Add([]Suggestion{{Name: "getUserList"}, {Name: "userList"}})
		got := WithoutGiven(a, g, "사용자 목록")
		if len(got.Suggestions) != 1 || got.Suggestions[0].Name != "fetch_users" {
			t.Fatalf("suggestions: %+v", got.Suggestions)
		}
		want := "함수\n1. fetch_users — b\n\n목록이면 복수형이 좋아요.\n\n이 방에서 이미 추천한 이름 2개는 뺐습니다. 새 이름이 3개보다 적어요 (함수 1, 변수 0개). 다른 말로 물어보면 더 찾아볼게요."
		if got.Text != want {
			t.Fatalf("text\n got %q\nwant %q", got.Text, want)
		}
	})
	t.Run("English", func(t *testing.T) {
		g := GivenNames{}
		g.Add([]Suggestion{{Name: "fetch_users"}})
		var b strings.Builder
		renderSuggestions(&b, a.Suggestions, false)
		en := Answer{Suggestions: a.Suggestions, Text: b.String()}
		got := WithoutGiven(en, g, "user list")
		if !strings.Contains(got.Text, "1. get_user_list — a\n") || strings.Contains(got.Text, "fetch_users") ||
			!strings.Contains(got.Text, "Left out 1 name(s)") || !strings.Contains(got.Text, "Functions 1, Variables 1") {
			t.Fatalf("text %q", got.Text)
		}
	})
}

func TestFirstPicked(t *testing.T) {
	sugs := []Suggestion{
		{Kind: KindFunction, Name: "check_user"},
		{Kind: KindVariable, Name: "user_count"},
		{Kind: KindVariable, Name: "is_active"},
		{Kind: KindConstant, Name: "MAX_USERS"},
	}
	names := func(s []Suggestion) string {
		var out []string
		for _, x := range s {
			out = append(out, x.Name)
		}
		return strings.Join(out, ",")
	}
	for _, tc := range []struct {
		kind Kind
		want string
	}{
		{"", "check_user,user_count,is_active,MAX_USERS"},
		{KindBoolean, "is_active,user_count,check_user,MAX_USERS"},
		{KindConstant, "MAX_USERS,check_user,user_count,is_active"},
		{KindVariable, "user_count,is_active,check_user,MAX_USERS"},
	} {
		if got := names(FirstPicked(Spec{Kind: tc.kind}, sugs)); got != tc.want {
			t.Errorf("%q: %s, want %s", tc.kind, got, tc.want)
		}
	}
}

func TestPickedKindInPrompt(t *testing.T) {
	for _, k := range PickKinds() {
		spec := Spec{Language: "Python", Kind: k}
		p := BuildPrompt(spec, nil, "사용자 목록")
		if !strings.Contains(p[0].Content, `picked the kind "`+string(k)+`"`) {
			t.Errorf("%s: prompt does not say the kind:\n%s", k, p[0].Content)
		}
	}
	if p := BuildPrompt(Spec{Language: "Python"}, nil, "사용자 목록"); strings.Contains(p[0].Content, "picked the kind") {
		t.Errorf("nothing picked, yet the prompt says so")
	}
}
