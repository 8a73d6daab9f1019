package suggest

import (
	"strings"
)

// Yes/no predicates and counts that the clause passes leave misread.
// refine runs these in the order of passGroups (refine.go).
var predicatePasses = []func([]item) []item{fieldAsked, bookable, howManyDone, containsAsked}

// fieldAsked: 수정 가능한 필드인지, 읽기 전용 속성인지: a field after a
// modifier, asked about, is the thing asked about, not the kind of name;
// after a state it is the field's own state (isEditable).
func fieldAsked(items []item) []item {
	for i := 1; i < len(items); i++ {
		n, m := &items[i], items[i-1]
		if w := fieldNouns.get(n.surface); w != "" && n.g == gVariable && n.part == partCopulaQ &&
			!m.eng && m.mood == moodMod {
			if m.isAdj() { // the field's own state: isEditable
				items[i-1].mood = moodQ
				return append(items[:i], items[i+1:]...)
			}
			t := termOr(w, 'n')
			n.setTerm(t)
		}
	}
	return items
}

// predFix (dropExamples) mends what people type in a yes/no question: the
// common misspelling 됬 (됐), 안읽은 written together, and the doubled
// question (했는지 안 했는지, 인지 아닌지), which asks one thing.
var predFix = replacerOf("됬|됐|안읽|안 읽|는지 안 했는지|는지|는지 안했는지|는지|는지 안 됐는지|는지|는지 안됐는지|는지|인지 아닌지|인지|는지 아닌지|는지")

// reAnyOf: 옵션 중 하나라도 체크됐는지 asks whether there is a checked
// option; 하나라도 alone (선택된 항목이 하나라도 있는지) adds nothing.
const reAnyOf = lazyRE(`(\p{Hangul}+)\s*중(?:에서?)?\s*하나라도\s+(\p{Hangul}+?)\s*(?:됐|되었)는지|하나라도\s*`)

// reCanThing: 환불 가능한 주문인지 asks 환불할 수 있는 주문인지 (can
// refund the order, isRefundable).
const reCanThing = lazyRE(`(\p{Hangul}{2,})\s*가능한\s+(\p{Hangul}+?)인지`)

func fixPredicates(q string) string {
	q = predFix.Replace(q)
	q = reCanThing.ReplaceAllStringFunc(q, func(m string) string {
		s := reCanThing.FindStringSubmatch(m)
		if strings.Contains(" 종류 유형 타입 상태 경우 형태 범위 시간 기간 시간대 날짜 ", " "+s[2]+" ") {
			return m // 재시도 가능한 종류인지: of a retryable kind
		}
		return s[1] + "할 수 있는 " + s[2] + "인지"
	})
	if strings.Contains(q, "하나라도") {
		q = reAnyOf.ReplaceAllStringFunc(q, func(m string) string {
			s := reAnyOf.FindStringSubmatch(m)
			if s[1] == "" {
				return ""
			}
			return s[2] + "된 " + s[1] + " 있는지"
		})
	}
	return q
}

// bookable: 예약 가능한 좌석 수: what one can book is available
// (availableSeatCount), not a reservation's seats.
func bookable(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		a, b := items[i], items[i+1]
		if v := verbOf(&a); v != nil && !a.eng && a.form == formNoun && a.part == partNone && (v.en() == "reserve" || v.en() == "book") &&
			b.isAdj() && b.t.en() == "available" && b.mood == moodMod && items[i+2].isNoun() {
			items = append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// howManyDone: 아이템 몇 개 선택했는지, 사용자가 몇 명 가입했는지: how
// many things a verb was done to is the count of those things in that
// state (selectedItemCount), not whether it was done.
func howManyDone(items []item) []item {
	for i := 1; i+2 < len(items); i++ {
		n, c, v := items[i-1], items[i+1], items[i+2]
		if items[i].surface != "몇" || c.g != gCounter || n.eng || !n.isNoun() || v.eng || !v.isVerb() || v.neg ||
			v.mood != moodPastQ && v.mood != moodQ {
			continue
		}
		f := formAdn
		if v.form.passive() {
			f = formPassAdn
		}
		v.mood, v.rest, v.form = moodMod, "", f
		n.part, n.rest = partNone, ""
		items = append(items[:i-1], append([]item{v, n, {g: gCount, surface: "개수", known: true}}, items[i+3:]...)...)
		break
	}
	for i := 0; i+1 < len(items); i++ {
		// 경고가 몇 개 나왔는지, 빌드에서 나온 경고 개수, 업로드할 때 발생하는
		// 예외: what came up is the thing (warning_count; was
		// appeared_warning_count)
		if v := items[i]; !v.eng && v.isVerb() && v.mood == moodMod && !v.neg && occurVerbs.has(v.t.en()) && items[i+1].isNoun() {
			items = append(items[:i], items[i+1:]...)
			break
		}
	}
	return items
}

// occurVerbs say that a thing came up, which its count already says.
const occurVerbs lazySet = `appear occur`

// containsAsked: 문자열이 단어를 포함하는지, 목록에 태그가 포함됐는지:
// asked, 포함 is the relation most libraries name contains
// (strings.Contains, List.contains), not include.
func containsAsked(items []item) []item {
	for i := range items {
		it := &items[i]
		if !it.eng && it.isVerb() && it.t.en() == "include" && (it.mood == moodQ || it.mood == moodPastQ || i+1 < len(items) && items[i+1].g == gExist && items[i+1].mood == moodQ) {
			t := verbTerm("contain")
			it.t, it.words = t, t.Words
		}
	}
	return items
}

// duringAside: 컴파일 중에 인라인된 함수 개수, 업로드 도중에 끊긴 파일: an
// action with 중에 before a clause says when the clause happened; it is no
// verb of the name (inline_function_count; was compile_inline first).
func duringAside(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		v, d := items[i], items[i+1]
		if v.eng || !v.isVerb() || v.form != formNoun || v.part != partNone || d.g != gProgress || !strings.HasPrefix(d.rest, "에") {
			continue
		}
		for j := i + 2; j < len(items); j++ {
			if items[j].isVerb() || items[j].isAdj() {
				return append(items[:i:i], items[i+2:]...)
			}
		}
	}
	return items
}

// listedFrom: 센서 값에서 비정상인 목록, 주차장에서 비어있는 목록: a list
// of the ones in a state, taken from a source, lists the source's things
// in that state (abnormal sensor values; was no name).
func listedFrom(items []item) []item {
	n := len(items)
	if n < 3 || items[n-1].g != gList {
		return items
	}
	src, st := &items[n-3], items[n-2]
	if src.eng || !src.isNoun() || src.part != partFrom || st.eng || !st.isAdj() || st.mood != moodMod && !(st.part == partCopula && st.rest == "인") {
		return items
	}
	src.part, src.rest = partNone, ""
	st.part, st.rest, st.mood = partNone, "", moodMod
	items[n-3], items[n-2] = st, *src
	return items
}
