package naming

import (
	"strings"
	"unicode"
)

// QuestionIsKorean reports whether the question is written in Korean: it
// contains Hangul. A mixed question ("userId 대신 뭐가 좋아?") is Korean,
// because whoever wrote it reads Korean.
func QuestionIsKorean(q string) bool {
	for _, r := range q {
		if unicode.Is(unicode.Hangul, r) {
			return true
		}
	}
	return false
}

// AskedKinds lists the kinds an answer to the question should carry:
// functions and variables always, constants and classes only when the
// question asks for them ("상수", "constants", "클래스", "class", "struct",
// "enum").
func AskedKinds(question string) []Kind {
	var constant, class bool
	for _, w := range questionWords(question) {
		switch {
		case strings.HasPrefix(w, "상수"), w == "constant", w == "constants", w == "const", w == "consts":
			constant = true
		case strings.HasPrefix(w, "클래스"), strings.HasPrefix(w, "구조체"), strings.HasPrefix(w, "열거"),
			w == "class", w == "classes", w == "struct", w == "structs", w == "enum", w == "enums", strings.HasPrefix(w, "enum"):
			class = true
		}
	}
	out := []Kind{KindFunction, KindVariable}
	if constant {
		out = append(out, KindConstant)
	}
	if class {
		out = append(out, KindClass)
	}
	return out
}

// questionWords lower-cases a question and splits it at anything that is
// not a letter, and between Hangul and other letters ("Enum으로" is "enum",
// "으로"), reading at most the first 1000 runes.
func questionWords(q string) []string {
	var out []string
	var cur []rune
	hangul := false
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	n := 0
	for _, r := range q {
		if n++; n > 1000 {
			break
		}
		if !unicode.IsLetter(r) {
			flush()
			continue
		}
		h := unicode.Is(unicode.Hangul, r)
		if len(cur) > 0 && h != hangul {
			flush()
		}
		hangul = h
		cur = append(cur, r)
	}
	flush()
	return out
}

// plural is the plural of a kind's name in the prompt's JSON keys.
func plural(w string) string {
	if strings.HasSuffix(w, "s") {
		return w + "es"
	}
	return w + "s"
}

// leadingVerbs are words that make a bare name read as a function when they
// come first (getUser, is_valid, onClick), used to infer the kind of a
// name a model wrote without one.
var leadingVerbs = setOf(`get set fetch load save store delete remove update modify create make add
append insert subtract multiply divide validate check verify convert transform calculate compute sort
search find filter parse send receive read write reset initialize init download upload connect
disconnect open close start stop pause resume run execute handle process render draw print display
show hide format encode decode encrypt decrypt hash compress decompress merge combine split copy clone
move compare increment decrement toggle select choose apply cancel approve reject notify subscribe
unsubscribe publish export import generate build log track measure refresh renew sync backup restore
wait reverse shuffle swap round truncate trim normalize map group fill clear push pop enqueue dequeue
replace escape sanitize authenticate authorize play translate resize crop rotate share follow block
report invite pay purchase sell refund register login logout call invoke submit confirm complete
assign scan crawl collect deploy install detect predict match serialize deserialize mask highlight
count schedule retry throttle debounce emit dispatch listen watch observe subscribe resolve reject
list paginate invalidate sign to on handle try ensure`)

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(list) {
		m[f] = true
	}
	return m
}

func isASCIIString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
