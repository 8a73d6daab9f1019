package suggest

import (
	"strings"

	"namebot/pkg/naming"
)

// similarMarkers say that a question asks for variations of a name it
// quotes ("`getUsers`와 비슷한 이름 더 보기", "More names like `getUsers`",
// "alternatives to `usr_cnt`"), which the app's "more like this" button
// sends.
var similarMarkers = []string{"비슷한", "유사한", "대신", "다른 이름", "similar", "names like", "more like", "alternative", "other names for"}

const quotedName = lazyRE("`([A-Za-z_$@][A-Za-z0-9_$@?!]{0,99})`")

// similar answers a request for variations of a quoted name: the name's own
// words reworded (a verb's synonyms, a plural or a list, count or num, a
// flag with or without its is, max or limit), re-cased for the room. ok is
// false when the question is not such a request.
func similar(spec naming.Spec, question string) (naming.Answer, bool) {
	m := quotedName.FindStringSubmatch(question)
	if m == nil {
		return naming.Answer{}, false
	}
	l := strings.ToLower(question)
	asked := false
	for _, mk := range similarMarkers {
		if strings.Contains(l, mk) {
			asked = true
			break
		}
	}
	if !asked {
		return naming.Answer{}, false
	}
	name := m[1]
	korean := naming.QuestionIsKorean(question)
	room := naming.ResolveRoom(spec)
	kind := spec.Kind
	switch {
	case kind == naming.KindBoolean:
		kind = naming.KindVariable
	case !kind.Valid():
		kind = shapeKind(name)
	}
	words := naming.Split(strings.TrimRight(strings.TrimLeft(name, "$@"), "?!"))
	b := &builder{room: room, korean: korean, lang: room.Language()}
	seen := map[string]bool{strings.Join(words, " "): true}
	reason := cand{ko: "`" + name + "`의 다른 표현입니다.", en: "Another way to say `" + name + "`."}
	var queue [][]string
	queue = append(queue, variants(kind, words)...)
	// A second round rewords the rewordings (fetchUsers → fetchUserList).
	for _, v := range variants(kind, words) {
		queue = append(queue, variants(kind, v)...)
	}
	for _, v := range queue {
		key := strings.Join(v, " ")
		if seen[key] {
			continue
		}
		seen[key] = true
		c := reason
		c.words = v
		b.add(kind, c)
	}
	sugs := b.suggestions()
	var text strings.Builder
	switch {
	case korean && len(sugs) > 0:
		text.WriteString("[오프라인 추천] `" + name + "`의 단어를 바꿔 쓴 이름입니다.\n")
	case korean:
		text.WriteString("[오프라인 추천] `" + name + "`를 바꿔 쓸 다른 단어를 찾지 못했습니다. 이 이름이 하는 일을 문장으로 물어봐 주세요.")
	case len(sugs) > 0:
		text.WriteString("[offline] Other wordings of `" + name + "`.\n")
	default:
		text.WriteString("[offline] No other wording of `" + name + "` is known; ask in a sentence what it does.")
	}
	if len(sugs) > 0 {
		text.WriteString(naming.RenderSuggestions(sugs, korean))
	}
	return naming.Answer{Suggestions: sugs, Text: strings.TrimRight(text.String(), "\n"), Offline: true}, true
}

// shapeKind reads a name's kind from its shape: UPPER_SNAKE a constant,
// PascalCase a class, a leading verb a function, anything else a variable.
func shapeKind(name string) naming.Kind {
	bare := strings.TrimLeft(name, "$@")
	words := naming.Split(bare)
	switch {
	case len(words) == 0:
		return naming.KindVariable
	case strings.ToUpper(bare) == bare && strings.ContainsAny(bare, "_") || strings.ToUpper(bare) == bare && len(words) == 1 && len(bare) > 3:
		return naming.KindConstant
	case bare[0] >= 'A' && bare[0] <= 'Z':
		return naming.KindClass
	case strings.HasSuffix(name, "?"):
		return naming.KindFunction
	}
	for _, t := range loadGlossary().en[words[0]] {
		if t.Class == 'v' {
			return naming.KindFunction
		}
	}
	return naming.KindVariable
}
