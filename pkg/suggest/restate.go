package suggest

import (
	"regexp"
	"strings"
	"unicode"

	"namebot/pkg/naming"
)

// This file restates a question before anything reads it: wordings that
// say one thing in the way of another are rewritten once, for the grammar,
// the phrasebook and the model's hint alike (re-sends is resends, 켜고 끄는
// toggles, 사용된건지 asks 사용됐는지, JS에서 is the room's language, 상품
// 페이지 수백개를 is 상품 페이지들을). Each rewrite says what it reads; a
// new one goes here, with a table question of its own.

// restate applies the rewrites in order; what someone is building
// (…만드는 중인데,) is context and goes last.
func restate(question string) string {
	question = reRedo.ReplaceAllString(question, "re$1")
	question = reToggleKo.Replace(question)
	question = reRetryOnFail.ReplaceAllString(question, "$1")      // "sends a webhook and retries on failure": sends a webhook
	question = reRoleRight.ReplaceAllString(question, "${1}권한이 있") // 관리자 권한 있는지: has the admin permission
	question = dropLanguage(question)
	question = colloquialPurpose(question)
	question = reNotDone.ReplaceAllStringFunc(question, func(m string) string {
		// 답변 안 한 문의, 결제 안 했는지: 답변하지 않은, 결제하지 않았는지
		// (한 and 했는지 alone after 안 read as nothing)
		s := reNotDone.FindStringSubmatch(m)
		return s[1] + "하지 않" + map[string]string{"한": "은", "했는지": "았는지", "하는지": "는지", "했나": "았나"}[s[2]] + s[3]
	})
	question = reManyOf.ReplaceAllStringFunc(question, func(m string) string {
		// 상품 페이지 수백개를: 상품 페이지들을
		s := reManyOf.FindStringSubmatch(m)
		return s[1] + "들" + map[string]string{"를": "을", "을": "을", "가": "이", "이": "이", "의": "의"}[s[2]]
	})
	question = rePackageNote.ReplaceAllString(question, "")           // 다른 패키지에서도 불러야 됨, (패키지 내부용): where it is used
	question = reWorthDoing.ReplaceAllString(question, "${1}할 수 있는지") // 재시도 해볼만한 건지: whether it can be retried
	question = reIsItThat.ReplaceAllStringFunc(question, func(m string) string {
		// 사용된건지, 결제한 건지: 사용됐는지, 결제했는지
		s := reIsItThat.FindStringSubmatch(m)
		switch s[2] {
		case "된":
			return s[1] + "됐는지"
		case "한":
			return s[1] + "했는지"
		}
		return s[1] + s[2] + "지"
	})
	question = reColumnName.ReplaceAllString(question, "필드 이름")     // 만료 시각 컬럼명: a column is a field
	question = reLocallyDone.ReplaceAllString(question, "local $1") // "locally saved drafts": local drafts
	if naming.QuestionIsKorean(question) {
		// 작업 갯수 (atomic.Int64) 필드, 수면 시간 TimeInterval 변수: the
		// value's machine type is its declaration, not its name
		question = reMachineType.ReplaceAllString(question, "$1$2")
	}
	// 유저 수 보여줘야 되는데 그거 구하는 메서드: 그거 is the thing before
	// the clause, which stays; the clause's verb goes
	question = reThatOne.ReplaceAllString(question, " ")
	question = reHowManyKo.ReplaceAllStringFunc(question, func(m string) string {
		// 바이트 몇 개 있는지, 몇 명인지: how many, a count
		if strings.Contains(m, "남") {
			return "남은 개수"
		}
		return "개수"
	})
	return reMakingNow.ReplaceAllString(question, "")
}

// dropLanguage drops the room's language named in passing (JS에서, C++에서,
// Rust HashMap으로): it is no part of the name. A style named after it
// (Google C++ Style, 자바 컨벤션) stays: it says how to case the name.
func dropLanguage(q string) string {
	var b strings.Builder
	last := 0
	for _, m := range reLangIn.FindAllStringSubmatchIndex(q, -1) {
		if hasAnyPrefix(strings.ToLower(q[m[1]:]), "style", "스타일", "컨벤션", "convention", "코딩") {
			continue
		}
		b.WriteString(q[last:m[0]])
		b.WriteString(q[m[2]:m[3]])
		last = m[1]
	}
	b.WriteString(q[last:])
	return b.String()
}

// colloquialPurpose writes the spoken purpose ending as it is spelled:
// 낼라고, 할라고 and 할려고 are 내려고, 하려고 (a syllable ending in ㄹ, then
// 라고; 려고 only after 할, as 열려고 and 만들려고 are spelled right).
func colloquialPurpose(q string) string {
	rs := []rune(q)
	for i := 0; i+2 < len(rs); i++ {
		r := rs[i]
		if r < 0xAC00 || r > 0xD7A3 || (r-0xAC00)%28 != 8 || rs[i+1] != '라' && !(rs[i+1] == '려' && r == '할') || rs[i+2] != '고' && rs[i+2] != '구' {
			continue
		}
		if i+3 < len(rs) && unicode.Is(unicode.Hangul, rs[i+3]) {
			continue // part of a longer word
		}
		rs[i] = r - 8 // drop the final ㄹ
		rs[i+1], rs[i+2] = '려', '고'
	}
	return string(rs)
}

// The rewrites' patterns (reProperty and reGoExported are read by
// asksPublic, on the question as typed).
var (
	reRedo        = regexp.MustCompile(`(?i)\bre-([a-z]{3,})`)
	reToggleKo    = strings.NewReplacer("켜고 끄는", "토글하는", "껐다 켜는", "토글하는", "켰다 끄는", "토글하는", "켜고 끄기", "토글")
	reMakingNow   = regexp.MustCompile(`^.{2,60}?(?:중인데|하고 있는데|짜고 있는데|만들고 있는데)[,，.]?\s+`)
	reRetryOnFail = regexp.MustCompile(`(?i)([a-z])\s*,?\s+and\s+retries(?:\s+(?:it|them))?\s+(?:on|upon|after)\s+(?:failure|errors?)\b`)
	reLocallyDone = regexp.MustCompile(`(?i)\blocally\s+(?:saved|stored|cached|kept)\s+([a-z]+)`)
	reRoleRight   = regexp.MustCompile(`(\p{Hangul}\s+)권한\s*있`)
	reLangIn      = regexp.MustCompile(`(^|\s)(?:C\+\+|C#|C|JS|TS|Rust|Go|Golang|Kotlin|Swift|Java|Python|Ruby|PHP|Node\.?js|자바스크립트|타입스크립트|파이썬|자바|코틀린|스위프트|러스트|루비)(?:에서는|에서|으로|로)?\s+`)
	reManyOf      = regexp.MustCompile(`(\p{Hangul})\s+(?:수십|수백|수천|수만|수많은|여러)\s*(?:개|건|장|명|곳)(을|를|이|가|의)?`)
	rePackageNote = regexp.MustCompile(`[,(]?\s*(?:(?:다른|외부)\s*패키지(?:에서)?도?\s*(?:불러야|써야|쓸|쓰는|사용할|사용하는|호출할|호출하는|부를)\s*\S*(?:\s*(?:됨|함|해|돼|거야|거임|예정))?|패키지\s*(?:내부용|내부에서만\s*\S+|내부|외부용))\s*\)?`)
	reProperty    = regexp.MustCompile(`(?i)프로퍼티|propert(?:y|ies)`)
	reGoExported  = regexp.MustCompile(`(?i)(다른|외부)\s*패키지(에서|에서도|가|도)|패키지\s*밖|\bexported|export해|익스포트|공개\s*(함수|메서드|타입|상수|변수|API)|other packages?`)
	reWorthDoing  = regexp.MustCompile(`(\p{Hangul}+)\s*(?:해\s*볼|할)\s*만한\s*(?:건지|것인지|지|거인지)`)
	reIsItThat    = regexp.MustCompile(`(\p{Hangul})(된|한|인|던|는|은)\s?(?:건지|것인지|거인지)`)
	reColumnName  = regexp.MustCompile(`(?:컬럼|칼럼)\s*(?:명|이름)`)
	reMachineType = regexp.MustCompile(`(\p{Hangul})\s*[(（]?\s*(?:atomic\.|std::atomic<)?(?:TimeInterval|U?Int(?:8|16|32|64)?|u?int(?:8|16|32|64)_t|Long|long|Double|double|Float(?:32|64)?|float(?:32|64)?|CGFloat|NSInteger|usize|isize|[iu](?:8|16|32|64|128)|f32|f64|AtomicInteger|AtomicLong|BigDecimal)>?(?:\s*타입)?\s*[)）]?(\s*(?:변수|필드|프로퍼티|속성|멤버|상수|$))`)
	reThatOne     = regexp.MustCompile(`(?:\S+(?:야|려고|려)\s+)?\S+(?:는데|은데|인데|던데)(?:요)?[,.]?\s+(?:그거|그걸|그것을|그것|이거를|이걸|이거)\s+`)
	reNotDone     = regexp.MustCompile(`(\p{Hangul}{2,})\s+안\s*(했는지|하는지|했나|한)(\s|$)`)
	reHowManyKo   = regexp.MustCompile(`몇\s*(?:개|명|건|장|마리|곳|줄)\s*(?:나\s*)?(?:있는지|인지|있나|남았는지|남아\s*있는지|남아있는지|되는지|들어\s*있는지|들어있는지)`)
)
