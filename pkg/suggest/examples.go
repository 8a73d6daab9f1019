package suggest

import (
	"slices"
	"strings"
)

// This file takes out of a question what only illustrates it: quoted
// examples ('3분 전'처럼, "1.5 MB" 같은), member lists in parentheses
// ((카드, 계좌이체, 간편결제), (sender, text, timestamp)), slash lists of
// members (로딩/성공/에러 상태) and an English list after a colon
// (": pending, paid, shipped"). They are values or members of the thing
// to name, never its name.

const (
	reQuotedParticle = lazyRE(`(\p{Hangul}|[A-Za-z0-9])\s+(?:'[^'\n]{1,40}'|"[^"\n]{1,40}")\s*(을|를|이|가|은|는|으로|로|에서|에|의|과|와)(\s|$)`)
	reParenLike      = lazyRE(`([(（][^()（）]*,[^()（）]*?)\s*(?:같은\s*(?:거|것|것들)|등등?|이런\s*거|처럼|\.\.\.|…)\s*([)）])`)
	reParenPlus      = lazyRE(`([(（][^()（）]*,[^()（）]*?)\s\+\s`)
	reParenOneLike   = lazyRE(`\s*[(（][^()（）,]{1,30}?\s*(?:같은\s*(?:거|것|값)|같은거|처럼|이런\s*거|이런거|등)\s*[)）]`)
	reParenCode      = lazyRE(`[(（]\s*[0-9]{1,4}[A-F]\s*[)）]`)
	reParenUseKo     = lazyRE(`\s*[(（][^()（）]*(?:때|데)\s*(?:씀|써요|쓰임|쓸\s*거|쓸거|쓰려고|사용함|사용해요|사용)[^()（）]*[)）]`)
	reParenSum       = lazyRE(`\s*[(（][^()（）]*[0-9][^()（）]*[+×*/][^()（）]*=[^()（）]*[)）]`) // (3 mugs + 2 shirts = 5): a worked example
	reQuoted         = lazyRE(`(^|[\s(（:=~])('[^'\n]{1,40}'|"[^"\n]{1,40}"|“[^”\n]{1,40}”|‘[^’\n]{1,40}’|` + "`[^`\\n]{1,40}`" + `)`)
	reParen          = lazyRE(`[(（]([^()（）]*)[)）]`)
	reSlash          = lazyRE(`[^\s/(),]+(/[^\s/(),]+){2,}`)
	reCodeTok        = lazyRE(`\S*[=&]\S*`)
	reColonLst       = lazyRE(`:\s*[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}(\s*,\s*(?:and\s+|or\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})+\s*\.?\s*$`)
	reListSep        = lazyRE(`[,/·、]`)
	reParenEnd       = lazyRE(`\s*[(（]([^()（）]*)[)）]((?:\s*(?:상수|변수|함수|메서드|메소드|클래스|구조체|열거형|인터페이스|이름|enum|struct|class|constant|function|variable))*)[\s?.!]*$`)
	// "a hex color like #ff8800", "a string like 10MB or 512KB"
	reLikeEn = lazyRE(`(?i)\b(?:like|e\.g\.?|such\s+as)\s+#?[\w.]*\d[\w.%]*(?:\s*(?:,|or|and)\s*#?[\w.]*\d[\w.%]*)*`)
	// "3.2 km 같은 문자열", "10:30 형식의"
	reLikeKo    = lazyRE(`(?:^|\s)(?:#?\d[\d.,:/-]*\s*[A-Za-z%\p{Hangul}]{0,3}|[A-Za-z][A-Za-z]?\d[\w.]*|v\d[\w.]*)\s*(?:같은|처럼|식의|형태의|형식의|꼴의)`) // (A4 같은 음이름, v1.2.3 같은 버전)
	reLikeActKo = lazyRE(`(?:^|\s)(?:\p{Hangul}+\s+)?\p{Hangul}+기\s+(?:같은|등의)\s|(?:^|\s)(?:\p{Hangul}+,\s*)+\p{Hangul}+\s+(?:같은|등의)\s`)
	reCIntT     = lazyRE(`\b(u?int(?:8|16|32|64)|size|ssize|off|time)_t\b`)
	reCanKo     = lazyRE(`(\p{Hangul}{2,})\s*가능(?:한지|한가요|한가|\s*여부|여부)`)
	reLastN     = lazyRE(`(?:(?:지난|최근)\s*)?\d+\s*(?:일|주|개월|달|년|시간|분)\s*(?:간|동안)`)
)

var (
	reKoFix = replacerOf("async/await로|비동기로|async/await|비동기|처리 대기|대기")
)

const (
	reWonUnit      = lazyRE(`[(（]\s*원(?:화)?\s*(?:단위)?\s*[)）]|(^|\s)원(?:화)?\s*단위`) // 원 단위 숫자, (원 단위), (원) (not 회원 단위): a unit, no word (was …_CIRCLE_UNIT)
	reLikeEx       = lazyRE(`([\d'"’”%)])\s*같이(\s)`)                              // '12,000원' 같이: 같은, an example (친구와 같이 stays)
	reHelpersOf    = lazyRE(`(\S+(?:\s\S+)?)\s*관련\s*(?:공통\s*)?(?:메서드|메소드|함수|기능|헬퍼|유틸)(?:들)?(?:을|를)?\s*(?:묶어\s*둔|모아\s*둔|모아\s*놓은|묶어\s*놓은|모은|묶은)\s*(모듈|클래스|concern|트레이트|믹스인|mixin)`)
	reMadeWith     = lazyRE(`\b[a-z_]+_[a-z_]+(?:으로|로)\s*(?:만든|생성한|정의한|선언한|구현한)\s*|\b(?:Option|Optional|Result|Future|Promise|Observable|Flow|Mono|Flux|CompletableFuture|Task|Deferred)(?:으로|로)\s*(?:만든|생성한|정의한|선언한|구현한|감싼|감싸서)?\s*`)
	reDateFmt      = lazyRE(`\b(?:[Yy]{2,4}|[Mm]{2}|[Dd]{2}|[Hh]{2})(?:[-/.: ](?:[Yy]{2,4}|[Mm]{2,3}|[Dd]{2}|[Hh]{2}|mm|[Ss]{2}))+\b`)
	reDaysNote     = lazyRE(`[(（]\s*(?:일|일 단위|일수|날 수)\s*[)）]`)
	reTopN         = lazyRE(`상위\s*(?:\d+|몇|[NnKk])?\s*(?:개|명|건|위)?\s*`)
	reLetterCount  = lazyRE(`(\p{Hangul})\s+[NnKkMm]\s*(?:개|명|건|곳|장|마리)(?:의)?(\s|$|을|를|만)`)
	reLeadCount    = lazyRE(`(최근|최신|처음|마지막|첫|앞|뒤|랜덤|임의|하위)\s*(?:[2-9]|\d\d+|[NnKk])\s*(?:개|명|건|곳|장)(?:의)?\s+(\p{Hangul}{2,}?)(\s|$|을|를|이|가|만)`)
	reTopNOf       = lazyRE(`상위\s*(?:[2-9]|\d\d+|몇|[NnKk])\s*(?:개|명|건|곳)(?:의)?\s+(\p{Hangul}{2,}?)(\s|$|을|를|이|가|만)`)
	reEndpoint     = lazyRE(`(?i)\s*(?:요청\s*(?:을|를)?\s*(?:받는|처리하는)\s*)?(?:api\s*)?(?:엔드포인트|endpoint|뷰|view)\s*(함수|메서드|메소드)`)
	reKindAs       = lazyRE(`(?i)(enum|열거형|sealed class|data class|클래스|구조체|인터페이스|트레이트|프로토콜)(?:으로|로)\s+(\S.*?)\s*(?:를|을)?\s*(?:만들려는데|만들\s*건데|만들려고\s*하는데|만들려고|정의하려는데|정의할\s*건데|만들|정의)\S*`)
	reKindAs2      = lazyRE(`(?i)(\S.*?)(?:를|을)?\s+(enum|열거형|sealed class|data class|클래스|구조체|인터페이스|트레이트|프로토콜)(?:으로|로)\s*(?:만들|정의|선언)\S*(?:\s*(?:건데|거야|건데요))?`)
	reHandlersHeld = lazyRE(`(핸들러|콜백|리스너)\s*(?:함수)?(?:들)?\s*(?:을|를)?\s*(?:매핑하는|매핑한|매핑해\s*둔|담는|담은|담아\s*둔|저장하는|모아\s*둔|들어\s*있는|넣어\s*둔)\s+(맵|map|Map|딕셔너리|dict|해시맵|HashMap|객체)`)
	reArrowMap     = lazyRE(`([\p{Hangul}A-Za-z]+(?:\s[\p{Hangul}A-Za-z]+)?)\s*(?:→|->|=>)\s*(\p{Hangul}+|[A-Za-z]+)`)
	reMapWith      = lazyRE(`(?i)\b(?:hash\s*map|hashmap|map|dict|dictionary)(?:으로|로)\s+`)
	reKeyedKo      = lazyRE(`(\S+?)(?:를|을)\s*(?:key|키|KEY|Key)로`)
	reKeyIsKo      = lazyRE(`(?:key|키|KEY|Key)(?:는|가|값은|값이)\s*([^,，]+?)\s*(?:,|，|이고|고)\s*(?:값|value|밸류)(?:은|는|이)\s*`)
	reBarePct      = lazyRE(`(^|[\s(（])%([\s)）]|$)`)
	reParenPrt     = lazyRE(`([(（][^()（）]*[)）])(\p{Hangul}+)`)
)

// passiveChange spells the lexical passive 바뀌다 (changed) as 변경되다,
// which the glossary conjugates: 값이 바뀌었을 때, 바뀐 값.
var passiveChange = replacerOf("바뀌었|변경되었|바뀌었|변경되었|바뀐|변경된|바뀔|변경될|바뀌면|변경되면|바뀌는|변경되는|바뀌|변경되")

// contextNote: a note in parentheses at the end of a question that says
// where the name lives (건강 앱, IoT 온도 센서, C언어 과제, 리액트, DI로
// 주입할 거), not what it names. A note with a number, a unit (밀리초, KB
// 단위, UTC) or a list of members says what the name holds, and stays.
func contextNote(in string) bool {
	in = strings.TrimSpace(strings.ToLower(in))
	if noteCurrency.has(strings.TrimSpace(strings.TrimSuffix(in, "단위"))) {
		// (원), (원 단위): amounts carry no currency in their name
		return true
	}
	if in == "" || strings.ContainsAny(in, "0123456789%,/·、→") || strings.Contains(in, "->") || strings.Contains(in, "단위") {
		return false
	}
	ws := strings.Fields(in)
	if len(ws) <= 2 {
		for _, w := range ws {
			if noteUnit(w) {
				return false
			}
		}
	}
	return true
}

// unitSides: in a conversion, a side said with its unit in parentheses is
// the unit (체온(섭씨)으로 바꾸는: to Celsius, adc_to_celsius; 거리(마일)를
// 킬로미터로: milesToKm; were celsius_to_body_temperature, toMilesKm). A
// timestamp keeps its word (타임스탬프(초)를 날짜로: fromUnixTimestamp), and
// so does a value formatted as text (러닝타임(분)을 문자열로: format_duration).
func unitSides(q string) string {
	return reUnitSide.ReplaceAllStringFunc(q, func(m string) string {
		g := reUnitSide.FindStringSubmatch(m)
		u := strings.TrimSpace(g[2])
		if (g[3] == "을" || g[3] == "를") && containsOf(q, "문자열|형식|포맷|텍스트|string|String") {
			return m // 러닝타임(분)을 '2시간 30분' 같은 문자열로: a value formatted (format_duration)
		}
		if noteUnit(strings.ToLower(u)) && !noteKinds.has(u) && !containsOf(strings.ToLower(g[1]), "타임스탬프|timestamp|epoch|유닉스") {
			return u + g[3]
		}
		return m
	})
}

const reUnitSide = lazyRE(`(\S+)[(（]([^()（）]+)[)）](으로|로|을|를)`)

// noteUnits are the units and types a note may name on its own: (초),
// (밀리초), (바이트), (UTC), (time.Duration 타입).
const noteUnits lazySet = `초 분 시간 일 밀리초 마이크로초 나노초 바이트 비트 도 포인트 퍼센트 픽셀 utc kst ms kb mb gb px 일수 duration time.duration
	타입 seconds milliseconds bytes minutes hours days 시각 날짜`

// asideNote: a note in parentheses inside a question that glosses a word
// (접수(체크인)), says what the thing is not ((종류 수 말고 수량 합계)),
// describes it ((검증된 문자열)) or gives its value ((매일 오후 3시)): the
// words around it name the thing. A unit or a value ((초), (2초), (UTC)),
// a type ((time.Duration 타입), (JSON)) or a kind or shape ((배열),
// (비동기)) stays.
func asideNote(in string) bool {
	in = strings.TrimSpace(strings.ToLower(in))
	if in == "" || strings.Contains(in, "단위") || noteUnit(in) || noteKinds.has(in) || strings.ContainsAny(in, "0123456789.") ||
		strings.Contains(in, "타입") || strings.Contains(in, "type") {
		return false
	}
	for _, r := range in {
		if r >= 0xAC00 && r <= 0xD7A3 || r == ' ' {
			return true
		}
	}
	return false // (JSON), (UTC): a format or a zone
}

// noteUnit: w is a unit a note may name: one of noteUnits, or a glossary
// unit by its Korean name or symbol ((kg), (킬로미터), (톤), (일수)).
func noteUnit(w string) bool {
	return noteUnits.has(w) || unitForms()[w] != ""
}

const noteKinds lazySet = `배열 리스트 목록 맵 비동기 async bool boolean 불리언 enum 열거형 상수 함수 변수 클래스 set map list array`

const noteCurrency lazySet = `원 달러 엔 센트 krw usd`

// mapWords: the question names a map (dict, 맵, 해시, 연관 배열 …); a
// lowered substring test, which a case-insensitive pattern did at ~35 µs a
// question.
func mapWords(q string) bool {
	l := strings.ToLower(q)
	return containsOf(l, "dict|map|맵|딕셔너리|해시|hash|객체|object|테이블|table|lookup|매핑") ||
		strings.Contains(strings.Join(strings.Fields(l), ""), "연관배열")
}

// dropExamples removes illustrations from a question.
func dropExamples(q string) string {
	if strings.Contains(q, "바뀌") || strings.Contains(q, "바뀐") || strings.Contains(q, "바뀔") {
		q = passiveChange.Replace(q)
	}
	// (A, B, O, AB + Rh): a member written with spaces is one member of the
	// list, which goes as (A, B, O, AB) does (was BloodTypeBOAbRh)
	q = reParenPlus.ReplaceAllString(q, "$1+")
	q = reParenLike.ReplaceAllString(q, "$1$2")        // (좌회전, 직진 같은 거): the members, as (좌회전, 직진) (was LeftTurn)
	q = reQuotedParticle.ReplaceAllString(q, "$1$2$3") // 쿼리스트링 'a=1&b=2' 를: the particle is the noun's (was toQuery)
	q = reQuoted.ReplaceAllString(q, "$1 ")
	q = reParenSum.ReplaceAllString(q, "")
	q = reParenUseKo.ReplaceAllString(q, "")       // (6개월 남았는지 계산할 때 씀): what it is for, no word of its name (was is_month_remaining)
	q = reParenCode.ReplaceAllString(q, "")        // 좌석번호 문자열(12A)을: an example value (was to_12a_row_column_index)
	q = reParenOneLike.ReplaceAllString(q, "")     // 좌석번호 문자열 (3A 같은거): one example value (was parseSameTrainSeatNumberString3a)
	q = reCanKo.ReplaceAllString(q, "${1}할 수 있는지") // 비밀번호 변경 가능한지: can change the password
	q = reLastN.ReplaceAllStringFunc(q, func(m string) string {
		// 지난 30일간, 최근 7일 동안: a window of the recent past, not daily
		if strings.HasPrefix(m, "지난") || strings.HasPrefix(m, "최근") {
			return "최근 "
		}
		return " "
	})
	q = reKoFix.Replace(q)
	q = reWonUnit.ReplaceAllString(q, "$1")
	q = reLikeEx.ReplaceAllString(q, "$1 같은$2")
	q = fixPredicates(q)                                // predicates2.go
	q = reDaysNote.ReplaceAllString(q, " 일단위 ")         // 만료 기간(일): in days
	q = reHelpersOf.ReplaceAllString(q, "${1} 헬퍼 ${2}") // 결제 관련 공통 메서드 묶어둔 모듈: payment helpers
	q = reMadeWith.ReplaceAllString(q, "")              // attr_accessor로 만든, Option으로: how, not what
	q = reTopNOf.ReplaceAllString(q, " top ${1}들${2}")  // 상위 10개 상품, 상위 N명 유저: the top products, plural
	q = reTopN.ReplaceAllString(q, " top ")             // 상위 상품: the top products
	if strings.ContainsAny(q, "0123456789NnKk") {
		q = reLeadCount.ReplaceAllString(q, "${1} ${2}들${3}") // 최근 10개 로그, 처음 N개 항목: the recent logs
	}
	q = reLetterCount.ReplaceAllString(q, "${1}들${2}") // 가게 k개 찾는, 유저 N명: the stores, the users
	q = reEndpoint.ReplaceAllString(q, " ${1}")        // 파일 업로드 요청 받는 엔드포인트 함수: the upload function
	q = reKindAs.replaceWith(q, "${2} ${1} ", "로 ")    // enum으로 회원 등급 만들려는데: a 회원 등급 enum
	q = reKindAs2.ReplaceAllString(q, "${1} ${2} ")    // 상태를 sealed class로 만들 건데: a 상태 sealed class
	if mapWords(q) {
		q = reMapWith.ReplaceAllString(q, "")            // HashMap으로 세션 저장하는: the kind, said as a means
		q = reArrowMap.ReplaceAllString(q, "${1}별 ${2}") // 태그 이름 → 게시글 리스트 dict: posts by tag name
		q = reHandlersHeld.ReplaceAllString(q, "$1 $2")  // 핸들러 함수 매핑하는 맵: a map of handlers, no handler asked (was no name)
	}
	q = reKeyedKo.ReplaceAllString(q, "${1}별") // 유저 id를 key로 … Map: by user id
	if containsOf(q, "키|key|Key|KEY") && reKeyIsKo.MatchString(q) {
		// 키는 파일 경로, 값은 해시인 맵: hashes by file path (the value's
		// 해시 is a hash value, not the verb or Ruby's Hash)
		q = strings.Replace(reKeyIsKo.ReplaceAllString(q, "${1}별 "), "별 해시인", "별 해시값인", 1)
	}
	q = reDateFmt.ReplaceAllStringFunc(q, func(m string) string {
		if strings.ContainsAny(m, "Hh") && strings.ContainsAny(m, "Dd") {
			return " timestamp " // YYYY-MM-DD HH:MM:SS: a date and a time (was format_duration)
		}
		return " date "
	}) // YYYY-MM-DD 문자열: a date string
	q = reLikeEn.ReplaceAllString(q, " ")
	q = reBarePct.ReplaceAllString(q, "${1}percent${2}") // 진행률 % (0~100): the unit
	q = reCIntT.ReplaceAllString(q, "${1}")              // uint32_t: uint32
	q = reLikeKo.ReplaceAllString(q, " ")
	q = reLikeActKo.ReplaceAllString(q, " ") // 기장 줄이기 같은 수선 요청, 환불, 교환 같은 요청: the request, not its examples (was RegisterSameRequest)
	if m := reParenEnd.FindStringSubmatchIndex(q); m != nil && m[0] > 0 && contextNote(q[m[2]:m[3]]) {
		if kindOnly(q[:m[0]] + q[m[4]:m[5]]) {
			// 에러 변수 (사용자를 찾지 못했을 때): the note is what is named
			q = q[m[2]:m[3]] + " " + q[:m[0]] + " " + q[m[4]:m[5]]
		} else {
			q = q[:m[0]] + " " + q[m[4]:m[5]]
		}
	}
	if containsOf(q, "바꾸|바꿔|바꾼|변환|환산") {
		q = unitSides(q)
	}
	// 타임스탬프(초)를: the particle belongs to the noun before the note.
	q = reParenPrt.ReplaceAllString(q, "$2 $1 ")
	q = reParen.ReplaceAllStringFunc(q, func(p string) string {
		in := reParen.FindStringSubmatch(p)[1]
		if strings.Contains(in, "→") || strings.Contains(in, "->") {
			return " "
		}
		if !reListSep.MatchString(in) {
			if asideNote(in) && !strings.HasPrefix(strings.TrimSpace(q), p) {
				return " "
			}
			return p
		}
		for _, part := range reListSep.Split(in, -1) {
			if len(strings.Fields(part)) > 2 {
				return p
			}
		}
		return " "
	})
	q = reSlash.ReplaceAllString(q, " ")
	q = reColonLst.ReplaceAllString(q, " ")
	// ?page=2&sort=asc: code, not words
	q = reCodeTok.ReplaceAllString(q, " ")
	return q
}

// readKinds reads a glossary noun that is the kind word with its request
// (클래스 이름 지어줘: the class, not a CSS class name); a kind word with a
// particle inside the sentence (Date 객체를, User 모델로) is padding that
// hands its particle to the noun before it; 확장 함수 is a function, not
// extending; "turn X into Y" is a conversion.
func readKinds(items []item) []item {
	for i := range items {
		it := items[i]
		if it.g == gUnit && !it.eng && it.unit != "" && (it.part == partObj || it.part == partSubj) {
			// 바이트를, 초를: a unit with a case particle is the thing itself
			items[i].g, items[i].words = gNone, splitWords(it.unit)
			continue
		}
		if it.eng && it.t != nil && it.t.en() == "object" && i > 0 && items[i-1].g == gNone && items[i-1].t != nil && roleNouns.has(items[i-1].t.en()) &&
			(i+1 == len(items) || items[i+1].g == gThat || items[i+1].g == gIn || items[i+1].g == gStop) {
			// a service object (Ruby): the kind, with its role
			items[i] = item{g: gClass, surface: it.surface, known: true, eng: true}
			continue
		}
		if it.eng && it.g == gFunction && it.surface == "method" && i > 0 && items[i-1].isNoun() && (hasGram(items, gEnum) || hasGram(items, gClass)) {
			// "enum for the delivery method": a way of delivering, a
			// noun of the type's name (was Delivery, getDelivery)
			t := termOr("method", 'n')
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, eng: true}
			continue
		}
		if it.eng && it.g == gClass && strings.EqualFold(it.surface, "classes") && i > 0 {
			// "array of upcoming classes at the pottery studio": lessons,
			// not the kind asked (was only class names)
			items[i] = item{t: &Term{Words: []string{"class"}, Class: 'n'}, words: []string{"class"}, surface: it.surface, known: true, eng: true, plural: true}
			continue
		}
		if it.eng && it.g == gClass && oneOf(strings.ToLower(it.surface), "type|types") && i > 1 && items[i-1].isNoun() && items[i-1].eng &&
			(items[i-2].g == gBy || slices.ContainsFunc(items[:i], func(x item) bool { return x.g == gList || x.g == gMapWord })) {
			// "map of prices by fuel type": the fuel type is a key, no type
			// asked (was the class Fuel)
			t := termOr("type", 'n')
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, eng: true}
			continue
		}
		if it.g == gStop && strings.HasPrefix(it.surface, "사이") {
			// 두 시각 사이, 두 날짜 사이의: what it is between is context
			for j := i - 1; j >= 0 && items[j].g == gNone && items[j].part == partNone && items[j].isNoun(); j-- {
				items[j].g = gStop
			}
			continue
		}
		if it.g == gClass && !it.eng && it.part == partNone && hasAnyPrefix(it.surface, "구조체", "클래스") && i > 0 && i+1 < len(items) && items[i+1].g == gList && items[i-1].isNoun() {
			// 학생 구조체 배열을 점수 내림차순 정렬할 비교함수: what the array
			// holds, not the kind asked (was the class Comparator)
			items[i].g = gStop
			continue
		}
		if (it.g == gClass || it.g == gEnum) && i > 0 && i < len(items)-1 && it.part != partNone {
			if items[i-1].g == gNone && items[i-1].part == partNone && items[i-1].isNoun() {
				items[i-1].part = it.part
				items[i].g, items[i].part = gStop, partNone
			} else if en := kindNoun.get(it.surface); en != "" {
				// 문자열을 enum으로: the kind is a noun here.
				items[i].g, items[i].words = gNone, []string{en}
			} else if it.part == partFrom || it.part == partLoc {
				// 리액트 컴포넌트에서 … 핸들러: where the name lives, not
				// the kind asked for.
				items[i].g, items[i].part = gStop, partNone
			}
			continue
		}
		if it.eng && (it.plural || it.t == nil) && i > 0 && items[i-1].g == gThat && (it.t == nil || it.t.Class == 'n') {
			// "that builds a User", "that turns X into Y": a verb after that.
			lem := guessLemma(it.surface).word
			for _, t := range loadGlossary().en[lem] {
				if t.Class == 'v' {
					items[i].t, items[i].words, items[i].plural, items[i].third = t, t.Words, false, true
					break
				}
			}
		}
		if it.t != nil && !it.eng && strings.HasPrefix(it.surface, "확장") && it.t.en() == "extend" && i+1 < len(items) && items[i+1].g == gFunction {
			items[i] = item{g: gStop, surface: it.surface, known: true}
			continue
		}
		if it.eng && (it.t == nil || it.t.Class == 'n') && (it.surface == "turn" || it.surface == "turns" || it.surface == "turning") && turnsInto(items[i+1:]) {
			if ts := loadGlossary().en["convert"]; len(ts) > 0 {
				items[i].t, items[i].words, items[i].plural = ts[0], ts[0].Words, false
			}
			continue
		}
		if it.t == nil || it.t.Class != 'n' || it.t.en() != "class name" || it.eng {
			continue
		}
		next := gNone
		for j := i + 1; j < len(items); j++ {
			if items[j].g != gStop {
				next = items[j].g
				break
			}
		}
		if next == gRequest || i == len(items)-1 {
			items[i] = item{g: gClass, surface: it.surface, known: true, part: it.part}
		}
	}
	return items
}

// asksInterface: the kind word is an interface.
func asksInterface(items []item) bool {
	for _, it := range items {
		if it.g == gClass {
			switch it.surface {
			case "인터페이스", "interface", "interfaces":
				return true
			}
		}
	}
	return false
}

func init() {
	// Words that qualify a kind word (sealed class, abstract class, static
	// method) say nothing about the name.
	for _, w := range strings.Fields("sealed abstract static partial final inner nested generic union extension single everything anything something nothing whatever go_wrong goes_wrong went_wrong") {
		if _, ok := enGrammar[strings.ReplaceAll(w, "_", " ")]; !ok {
			enGrammar[strings.ReplaceAll(w, "_", " ")] = gramWord{g: gStop}
		}
	}
	for _, w := range []string{"data class", "case class", "value class", "record class", "data type", "struct type"} {
		enGrammar[w] = gramWord{g: gClass}
	}
	enGrammar["enum class"] = gramWord{g: gEnum}
	for _, w := range []string{"사이", "사이의", "사이에"} {
		koGrammar[w] = gramWord{g: gStop}
	}
	// 로그인 성공 시: when; 클로저, 이벤트 리스너: handlers
	koGrammar["시"] = gramWord{g: gWhen}
	for _, w := range []string{"클로저", "이벤트리스너", "이벤트 리스너"} {
		koGrammar[strings.ReplaceAll(w, " ", "")] = gramWord{g: gHandler}
	}
	for _, w := range []string{"closure", "closures", "event listener", "event handler"} {
		enGrammar[w] = gramWord{g: gHandler}
	}
}

// kindNoun is a kind word read as a noun (enum으로 -> enum).
const kindNoun lazyPairs = "모델=model, 객체=object, 타입=type, 구조체=struct, 열거형=enum, enum=enum, 이넘=enum"
