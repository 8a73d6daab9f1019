package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// This file reads which kind a question asks for, and names the kinds
// that are easy to miss. In a run of kind words the last is the head and
// the ones before it say what it holds or where it lives (콜백 함수 포인터
// 구조체 멤버 is a struct member holding a callback: a variable; 핸들러 함수
// 포인터 배열 is an array of handlers); a kind word that says where the
// name lives (구조체의, "in the config struct") is no kind asked; a role a
// value plays (멤버로, 인자로, 파라미터 이름, "argument name") asks for a
// variable; a container of handlers, a scope that picks records, a stream
// (Flow, Publisher), a trait for an ability, a key or a header name, an
// error asked as a variable each get the names of their kind.

// kindHead runs before refine (Analyze).
func kindHead(items []item) []item {
	return kindRun(containerOf(heldInObject(kindRole(kindPlace(traitAbility(savedIn(nounBeforeKind(coroutineHead(storeKeyHead(timesDone(countedKindWord(items))))))))))))
}

// laterKind: a kind word is among items.
func laterKind(items []item) bool {
	return slices.ContainsFunc(items, func(x item) bool { return kindGram(x.g) })
}

const countedRunners lazyPairs = "고루틴=goroutine, 스레드=thread, 쓰레드=thread, 코루틴=coroutine, 워커=worker"

// countedKindWord: 빈 필드 몇 개인지 세는 변수, 컬럼 개수: a kind word with
// a state before it or a count after it, and the kind asked later, is a
// thing counted (empty_field_count; no name was given).
func countedKindWord(items []item) []item {
	for i, it := range items {
		if it.eng || i+1 >= len(items) {
			continue
		}
		var en string
		switch it.g {
		case gVariable:
			if en = fieldNouns.get(it.surface); !(i > 0 && items[i-1].isAdj() || items[i+1].g == gCount) || !laterKind(items[i+1:]) {
				continue
			}
		case gFunction:
			// 인라인된 함수 개수, 모듈에 정의된 함수 목록: functions counted
			// or listed (was no name, or compile_count)
			if items[i+1].g == gCount || items[i+1].g == gList {
				en = "function"
			}
		case gContext:
			// 돌고 있는 고루틴 개수: the goroutines are counted (no name
			// was given: 고루틴 is otherwise how the work runs)
			if en = countedRunners.get(it.surface); items[i+1].g != gCount {
				continue
			}
		}
		if en == "" {
			continue
		}
		t := nounTerm(en)
		if t == nil {
			t = &Term{Words: []string{en}, Class: 'n'} // (function)
		}
		items = slices.Clone(items)
		items[i] = item{t: t, words: t.Words, surface: it.surface, rest: it.rest, part: it.part, known: true}
	}
	return items
}

// heldInObject: 핸들러들을 이벤트 이름별로 담는 객체: an object that holds
// things by a key is a map, a variable (유저 정보를 담는 객체 stays a type).
func heldInObject(items []item) []item {
	for i := 1; i < len(items); i++ {
		if it := items[i]; it.g == gClass && (it.surface == "객체" || it.surface == "오브젝트") && it.part == partNone && headEnd(items, i) &&
			items[i-1].g == gHolder && items[i-1].mood == moodMod && slices.ContainsFunc(items[:i], func(p item) bool { return p.g == gBy }) {
			items[i] = item{g: gMapWord, surface: it.surface, known: true}
			return append(items[:i+1], append([]item{{g: gVariable, known: true}}, items[i+1:]...)...)
		}
	}
	return items
}

// containerOf: "array of handlers", "map of callbacks", "list of function
// pointers": an English container is the head, a variable holding
// handlers.
func containerOf(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		if it := items[i]; it.eng && it.g == gList && strings.EqualFold(it.surface, "list") && items[i-1].g == gStop && items[i+1].isNoun() && items[i+1].t != nil {
			// "of the list API": a noun's modifier, not a list asked for
			items[i] = item{words: []string{"list"}, surface: it.surface, eng: true}
		}
	}
	for i := 0; i+1 < len(items); i++ {
		if it := items[i]; !it.eng || kindish(it) != kContainer {
			continue
		}
		j := i + 1
		of := strings.HasSuffix(items[i].surface, " of")
		for j < len(items) && (items[j].g == gOf || items[j].g == gStop || items[j].g == gFrom) {
			of = of || items[j].g != gStop
			j++
		}
		for j < len(items) && (items[j].isNoun() || items[j].g == gStop || items[j].g == gTo || items[j].g == gRequest || items[j].g == gClass && items[j].eng) {
			j++ // "array of interrupt handlers", "map from event names to handlers"
		}
		if j == len(items) || !of {
			continue
		}
		switch kindish(items[j]) {
		case kPointer:
			items[j].g, items[j].t, items[j].words = gHandler, nil, nil
		case kHandler:
		default:
			continue
		}
		for x := i + 1; x < j; x++ {
			if items[x].g == gClass { // "map of message types to handlers": a noun of the key
				items[x] = item{words: []string{guessLemma(strings.ToLower(items[x].surface)).word}, surface: items[x].surface, eng: true}
			}
		}
		return append(items[:i+1], append([]item{{g: gVariable, known: true, eng: true}}, items[i+1:]...)...)
	}
	return items
}

// Kind roles of kindish.
const (
	kNone = iota
	kFunc
	kHandler
	kVar
	kConst
	kClass
	kContainer // 배열, 맵, HashMap: a variable holding many
	kPointer   // 함수 포인터: a variable, or what a container holds
	kRole      // 멤버, 인자, 파라미터: the variable's role
)

// kindish is the kind role of an item, kNone for a word that is not one.
func kindish(it item) int {
	switch it.g {
	case gFunction:
		return kFunc
	case gHandler:
		return kHandler
	case gVariable:
		return kVar
	case gConstant:
		return kConst
	case gClass, gEnum:
		return kClass
	case gList, gMapWord:
		return kContainer
	case gNone:
		if it.t == nil || it.t.Class != 'n' {
			return kNone
		}
		if it.eng && containerNouns.has(it.t.en()) {
			return kContainer
		}
		switch it.t.en() {
		case "function pointer", "pointer":
			return kPointer
		case "callback":
			return kHandler
		case "argument", "parameter", "column":
			return kRole
		case "member":
			if it.surface == "멤버" || strings.EqualFold(it.surface, "member") {
				return kRole
			}
		}
	}
	return kNone
}

// varHead: a head that asks for a variable.
func varHead(k int) bool { return k == kVar || k == kContainer || k == kPointer || k == kRole }

// kindRun: in a run of kind words written together, the last is the kind
// asked. Before a variable's head (멤버, 필드, 배열, 포인터) a function,
// class or enum word says what it holds or whose it is (콜백 함수 포인터
// 구조체 멤버: on_progress), and a function pointer after a handler is the
// handler's C type.
func kindRun(items []item) []item {
	for i := 0; i < len(items); i++ {
		k := kindish(items[i])
		if k == kNone || k == kPointer && items[i].t.en() == "pointer" {
			continue // 노드 포인터: a pointer, unless to a callback
		}
		j := i
		for j+1 < len(items) && items[j].part == partNone && kindish(items[j+1]) != kNone {
			j++
		}
		if j == i {
			continue
		}
		if p := items[j].part; (p == partObj || p == partSubj) && kindish(items[j]) == kFunc {
			// 핸들러 함수들을 담는: the functions are what it holds
			items[j].g = gStop
			i = j
			continue
		}
		head := kindish(items[j])
		if head == kClass && items[j].g == gClass && !slices.ContainsFunc(items, func(x item) bool { return x.g == gWhen || x.mood == moodWhen }) {
			for x := i; x < j; x++ {
				if items[x].g == gHandler && handlerRole(items[x].surface) == "callback" {
					// 콜백 인터페이스: the type of a handler (with an
					// event, 취소됐을 때 실행되는 핸들러 클래스 stays one)
					items[x] = item{words: []string{handlerRole(items[x].surface)}, surface: items[x].surface, known: true, eng: items[x].eng}
				}
			}
		}
		// the kind asked ends the question, or starts an English one; a run
		// with a particle (콜백 함수 포인터를 받는) is what the name takes
		asked := items[j].part == partNone && (headEnd(items, j) || items[j].eng && onlyGrams(items[:i], gStop, gRequest))
		if !asked || !varHead(head) || head == kContainer && slices.ContainsFunc(items[i:j], func(it item) bool { return it.g == gConstant }) {
			i = j // 상수 배열, "constant array": a constant
			continue
		}
		var out []item
		held := false // a handler is what the run holds
		for x := i; x < j; x++ {
			it := items[x]
			switch kindish(it) {
			case kFunc, kClass, kConst:
				if it.g == gEnum {
					out = append(out, it)
				}
				continue // 콜백 함수, 구조체 (멤버): the head says the kind
			case kHandler:
				held = true
				if it.g == gNone { // 콜백 함수 (a glossary noun) 포인터 멤버
					it.g, it.t, it.words = gHandler, nil, nil
				}
			case kPointer:
				if held {
					continue // 핸들러 함수 포인터: the handler, in C
				}
				it.g, it.t, it.words = gHandler, nil, nil // 함수 포인터 배열: handlers
				held = true
			case kRole:
				continue
			}
			out = append(out, it)
		}
		h := items[j]
		switch head {
		case kPointer, kRole:
			h = item{g: gVariable, surface: h.surface, known: true, part: h.part, eng: h.eng}
		case kContainer:
			// an array or a map of them: a variable
			out = append(out, h)
			h = item{g: gVariable, known: true, part: h.part, eng: h.eng}
		}
		out = append(out, h)
		n := len(out)
		items = append(items[:i], append(out, items[j+1:]...)...)
		i += n - 1
	}
	return items
}

// kindPlace: a class or struct word that says where the name lives
// (구조체의 생성 시각 필드, "field in the config struct for the log
// level") is no kind asked when another kind word is.
func kindPlace(items []item) []item {
	other := func(skip int) bool {
		for x, it := range items {
			if x != skip && (it.g == gVariable || it.g == gFunction || it.g == gHandler || it.g == gConstant) {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.g != gClass {
			continue
		}
		if !it.eng && (it.part == partGen || it.part == partLoc) && i+1 < len(items) && other(i) {
			items[i].g = gStop
			continue
		}
		for j := i - 1; it.eng && j > 0; j-- {
			p := items[j]
			if p.g == gIn || p.g == gOf {
				if other(i) {
					// "in the config struct": the whole place goes
					items = append(items[:j], items[i+1:]...)
					i = j - 1
				}
				break
			}
			if p.g != gStop && !p.isNoun() {
				break
			}
		}
	}
	return items
}

// kindRole: a role a value plays, with 로 (클래스 멤버로 현재 프레임 번호,
// 함수 인자로 넘기는 최대 결과 수, 메서드 파라미터로 받는 검색 키워드), or
// last (페이지 번호 인자 이름, 정렬 기준 파라미터), asks for a variable
// named for the value; the kind word it belongs to is where it lives.
func kindRole(items []item) []item {
	for i := 0; i < len(items); i++ {
		it := items[i]
		if kindish(it) != kRole || it.eng {
			continue
		}
		switch {
		case it.part == partDir && i+1 < len(items) && items[i+1].isVerb() && items[i+1].t.en() == "receive" && items[i+1].mood == moodConn:
			continue // 파일 경로를 인자로 받아서 세는 메서드: the method's parameter (context3.go)
		case it.part == partDir && i+1 < len(items) && (items[i+1].isVerb() || items[i+1].isNoun() || items[i+1].isAdj()):
		case it.part == partNone && i > 0 && items[i-1].isNoun() && items[i-1].t != nil && !roleCompound.has(items[i-1].t.en()) && headEnd(items, i):
		default:
			continue
		}
		j := i
		for j > 0 && items[j-1].part == partNone && (kindish(items[j-1]) == kFunc || kindish(items[j-1]) == kClass) {
			j--
		}
		items = append(items[:j], append([]item{{g: gVariable, surface: it.surface, known: true}}, items[i+1:]...)...)
		i = j
	}
	return items
}

// roleCompound are nouns an argument or a parameter is part of (쿼리
// 파라미터, 명령줄 인자): the phrase is the thing, not a role.
const roleCompound lazySet = "query, url, path, route, command line, type, template, request"

// callbackHolder names a variable that holds a callback for a thing with
// no event said (업로드 진행률 콜백 멤버: onUploadProgress,
// uploadProgressCallback, onProgress); a list of them is handlers
// (인터럽트 번호별 핸들러 배열: interruptHandlers).
func (b *builder) callbackHolder(f *frame) bool {
	k := naming.KindVariable
	t := f.thing()
	ow := dropHTTP(t.words(false))
	// a table of function pointers holds handlers; one holds a callback
	role := map[bool]string{true: "handler", false: "callback"}[f.list]
	for _, it := range f.items {
		if r := handlerRole(it.surface); it.g == gHandler && r != "" {
			role = r
		}
	}
	if f.list {
		by := f.by
		if by.empty() {
			by = f.source // "a map from event names to handlers"
		}
		if len(ow) == 0 && !by.empty() {
			// 인터럽트 번호별 핸들러: the interrupts' handlers
			ow = by.words(false)
			if n := len(ow); n > 1 && keyWords.has(ow[n-1]) {
				ow = ow[:n-1]
			}
		}
		if len(ow) > 0 {
			b.add(k, cand{cat(ow, splitWords(plural(role))), t.ko() + "의 " + role + "들을 담습니다.", "Holds the " + role + "s for " + strings.Join(ow, " ") + "."})
		}
		if !by.empty() {
			b.add(k, cand{cat(splitWords(plural(role)), splitWords("by"), by.words(false)), by.ko() + "별로 둔 " + role + "들입니다.", "The " + role + "s by " + by.en() + "."})
		}
		if len(ow) > 0 {
			b.add(k, cand{cat(ow, splitWords(role), splitWords("table")), "함수 포인터 배열을 흔히 table이라 부릅니다.", "An array of function pointers is often called a table."})
		}
		return len(b.lists[kindSlot(k)]) > 0
	}
	if len(ow) == 0 {
		return false
	}
	on := cat(splitWords("on"), ow)
	b.add(k, cand{on, "콜백을 담는 변수는 불리는 때를 on으로 드러냅니다.", "A variable holding a callback says when it runs, with on."})
	b.add(k, cand{cat(ow, splitWords(role)), role + "임을 드러낸 형태입니다.", "Says it is a " + role + "."})
	if h := t.headWords(false); len(h) < len(ow) {
		b.add(k, cand{cat(splitWords("on"), h), "짧은 형태입니다.", "Short form."})
		b.add(k, cand{cat(h, splitWords(role)), "짧은 형태입니다.", "Short form."})
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// containerNouns hold many of a thing (a map of handlers).
const containerNouns lazySet = "map, hash map, dictionary, table, lookup table, vector"

// keyWords say which one of a thing: 인터럽트 번호, 이벤트 이름, 사용자 ID.
const keyWords lazySet = `number id index code name key type num`

// readKindNouns rewrites English nouns that say the kind or the owner of a
// name: a hyphenated term (joinHyphens), a setting named by what uses it
// (reSettingFor: "port the server listens on" is the server port), a
// column, which is a field ("column name for the signup date"), a
// sequence holding things, which is their list ("the vector holding
// spawned enemies": spawned_enemies) and a store holding them, which is
// theirs ("the queue holding pending jobs": pendingJobQueue), an
// argument or a parameter, which asks for a variable named for its value
// ("request timeout argument name", "parameter name for the page size"), and a
// key named for what it keys ("key name for the auth token": the auth
// token key); a header's name is a constant named for what it carries
// ("HTTP header name for the request id": REQUEST_ID_HEADER).
func readKindNouns(q string) string {
	q = joinHyphens(q)
	q = reSettingFor.ReplaceAllString(q, "$1$3 $2 $5")
	q = reColumnFor.ReplaceAllString(q, "field $1")
	q = reSeqHolding.ReplaceAllString(q, "${1}list $2") // "the vector holding spawned enemies"
	q = reStoreHolding.ReplaceAllString(q, "${1}$3 $2") // "the queue holding pending jobs": the pending job queue
	q = reMemberFor.ReplaceAllString(q, "variable $1")  // "the member holding the buffer length"
	q = reParamFor.ReplaceAllString(q, "variable $1")
	if m := reParamEnd.FindStringSubmatchIndex(q); m != nil && !roleCompound.has(strings.ToLower(q[m[2]:m[3]])) {
		// "request timeout argument name": a variable named for the value
		q = q[:m[3]] + " variable" + q[m[1]:]
	}
	q = reHeaderFor.ReplaceAllString(q, "$1 header constant$2")
	return reKeyFor.ReplaceAllString(q, "$1 key$2")
}

const (
	reParamFor     = lazyRE(`(?i)^(?:the\s+|an?\s+)?(?:argument|parameter|param|arg|prop)s?(?:\s+name)?\s+(for|of)\b`)
	reParamEnd     = lazyRE(`(?i)([a-z]+)\s+(?:argument|parameter|param|arg|prop)(?:\s+name)?(\s*[?.!]?\s*)$`)
	reHeaderFor    = lazyRE(`(?i)^(?:the\s+)?(?:https?\s+)?(?:request\s+|response\s+)?header\s+name\s+(?:for|of)\s+(?:the\s+|an?\s+)?((?:[a-z'’]+\s+){0,2}[a-z]+)(\s*[,.?(]|\s*$)`)
	reMemberFor    = lazyRE(`(?i)^(?:the\s+|an?\s+)?(?:(?:struct|class)\s+)?members?(?:\s+(?:variable|field))?\s+(holding|for|that|which|storing|keeping|to)\b`)
	reStoreHolding = lazyRE(`(?i)^(the\s+|an?\s+)?(queue|stack|buffer|pool|cache|registry)\s+(?:holding|that\s+holds|storing|that\s+stores|containing|that\s+contains|keeping|that\s+keeps)\s+([a-z][a-z ]*?)\s*([?.!]\s*)?$`)
	reSeqHolding   = lazyRE(`(?i)^(the\s+|an?\s+)?(?:vector|vec|slice|sequence)\s+(holding|that\s+holds|storing|that\s+stores|containing|that\s+contains|keeping|that\s+keeps|of)\b`)
	reColumnFor    = lazyRE(`(?i)\b(?:(?:db|database|table|sql)\s+)?columns?(?:\s+name)?\s+(for|of)\b`)
	reKeyFor       = lazyRE(`(?i)^(?:the\s+)?(?:(?:array|dict|dictionary|hash|map|json|config|cache)\s+)?keys?(?:\s+name)?\s+(?:for|of)\s+(?:the\s+|an?\s+)?((?:[a-z'’]+\s+){0,2}[a-z]+)(\s+(?:in|on|at|inside)\b|\s*[,.?(]|\s*$)`)
)

// reHyphen is a hyphenated English compound (check-in, sign-up) and the
// word after it.
const reHyphen = lazyRE(`\b([A-Za-z]+)-([A-Za-z]+)\b(\s+[A-Za-z]+)?`)

// joinHyphens writes a hyphenated compound apart where the glossary knows
// it with the word after it as a noun (check-in date: the term check in
// date); the hyphen would cut the phrase in two.
func joinHyphens(q string) string {
	if !strings.Contains(q, "-") {
		return q
	}
	g := loadGlossary()
	noun := func(p string) bool {
		for _, t := range g.en[p] {
			if t.Class == 'n' {
				return true
			}
		}
		return false
	}
	return reHyphen.ReplaceAllStringFunc(q, func(m string) string {
		s := reHyphen.FindStringSubmatch(strings.ToLower(m))
		for _, n := range lemmas(strings.TrimSpace(s[3])) {
			if s[3] != "" && noun(s[1]+" "+s[2]+" "+n.word) {
				return strings.Replace(m, "-", " ", 1)
			}
		}
		return m
	})
}

// recordScope: 최근 7일 안에 가입한 유저 scope, "scope for users who
// signed up this week": a scope that says which records, with no other
// kind word and nothing of access rights (an OAuth scope is a string), is
// a Rails or Laravel query method.
func recordScope(items []item, i int) bool {
	if !(headEnd(items, i) || i+1 < len(items) && items[i+1].g == gRequest || items[i].eng && onlyGrams(items[:i], gStop, gRequest, gContext)) {
		return false
	}
	records := false
	for x, it := range items {
		if x == i {
			continue
		}
		if kindish(it) != kNone && it.g != gList || it.t != nil && notRecords.has(it.t.en()) {
			return false
		}
		records = records || it.isNoun() || it.isVerb() || it.isAdj()
	}
	return records
}

// notRecords have scopes that pick no records: access rights (an OAuth
// scope is a string) and coroutines (a CoroutineScope).
const notRecords lazySet = "oauth, token, access token, permission, api, jwt, grant, authorization, read, write, coroutine, lifecycle"

// isScope: the function asked is a query scope (railsScope).
func isScope(items []item) bool {
	for _, it := range items {
		if it.g == gFunction && (strings.EqualFold(it.surface, "scope") || it.surface == "스코프") {
			return true
		}
	}
	return false
}

// conditionScopeNames: a query scope is named for what picks its records, not for
// the records, which the model names (User.recently_signed_up,
// Order.paid, Post.published); with nothing but the records, for them
// (admins). Laravel defines it with a scope prefix (scopePaid).
func (b *builder) conditionScopeNames(f *frame) bool {
	var q, nouns []string
	for _, it := range f.items {
		switch {
		case it.isAdj():
			q = append(q, it.words...)
		case it.isVerb() && pickVerbs.has(it.t.en()):
			// 고르는, 가져오는, "that returns": what every scope does
		case it.isVerb() && it.neg && it.mood == moodMod:
			q = append(q, negParticiple(it.t)...) // 인증 안 한 회원만: unauthenticated (was authenticated)
		case it.isVerb() && it.mood == moodMod || it.isVerb() && it.eng && (it.pp || it.form == formPast):
			q = append(q, splitWords(participle(it.t, it.t.en()))...)
		case it.isNoun() && it.t != nil && scopeNouns.has(it.t.en()):
			q = append(q, it.words...) // 이번주 주문만: this_week (was thises)
		case it.isNoun() && it.t != nil:
			nouns = append(nouns, it.words...)
		}
	}
	if len(q) > 1 && q[0] == "recent" {
		q[0] = "recently" // 최근 가입한: recently_signed_up
	}
	var names [][]string
	switch {
	case len(q) > 0:
		names = append(names, q)
		if len(q) > 1 && q[0] == "recently" {
			names = append(names, splitWords("recent"))
		}
		if len(nouns) > 0 {
			names = append(names, cat(q, splitWords(plural(nouns[len(nouns)-1]))))
		}
	case len(nouns) > 1:
		names = append(names, splitWords(plural(nouns[0])), cat(nouns[:len(nouns)-1], splitWords(plural(nouns[len(nouns)-1]))))
	default:
		return false
	}
	k := naming.KindFunction
	b.scope = true
	for _, n := range names {
		b.add(k, cand{n, "스코프는 모델이 이미 말하는 레코드가 아니라 고르는 조건으로 이름 짓습니다.", "A scope is named for the condition it selects by; the model already names the records."})
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// pickVerbs say what every scope does: pick records.
const pickVerbs lazySet = `select get fetch find return filter pick load query search`

// koreanStream: 현재 위치를 내보내는 Flow, 배터리 잔량 StateFlow, 장바구니
// 총액 Observable: a stream word ending a Korean question is the stream
// of what comes before it (streamNames), as "a Flow that emits X" is.
func koreanStream(items []item, i int) bool {
	it := items[i]
	if !it.eng || it.g != gNone || len(it.words) == 0 || !streamWords.has(lastField(it.surface)) ||
		!headEnd(items, i) && !(i+1 < len(items) && items[i+1].g == gReturn && !items[i+1].eng && onlyGrams(items[i+2:], gFunction, gRequest, gStop)) {
		return false // (다운로드 진행률 Flow 반환하는 함수: its function)
	}
	for _, p := range items[:i] {
		if !p.eng && p.surface != "" {
			return true
		}
	}
	return false
}

// emitKo are the verbs a Korean question says a stream's emitting with.
const emitKo lazySet = `export send emit observe publish stream notify`

// streamFunctions: a stream is as often a function that returns it
// (observeBatteryLevel, batteryLevelFlow) as a property.
func (b *builder) streamFunctions(f *frame) bool {
	t := f.thing()
	if len(t.nouns) == 0 {
		return false
	}
	k := naming.KindFunction
	w := t.words((f.list || t.plural()) && !massy(t))
	if len(w) > 1 && w[0] == "current" {
		w = w[1:] // observeBatteryLevel: a stream gives the current value
	}
	b.add(k, cand{cat(splitWords("observe"), w), "스트림을 돌려주는 함수는 observe로 흔히 부릅니다.", "A function returning a stream is usually observe + what it emits."})
	b.add(k, cand{cat(w, f.x.container), "스트림 종류를 붙인 형태입니다.", "With the stream's kind."})
	b.add(k, cand{cat(splitWords("watch"), w), "watch를 쓴 형태입니다.", "With watch."})
	return true
}

// streamOf: "a Flow of unread message counts", "Observable of the
// selected theme": the stream of what follows.
func streamOf(items []item, i int) bool {
	switch lastField(items[i].surface) {
	case "flow", "observable", "publisher", "state flow", "live data", "stream":
		return i+2 < len(items) && items[i+1].g == gOf && items[i].eng && onlyGrams(items[:i], gStop, gRequest)
	}
	return false
}

// oneValue: a stream of one value that changes (battery level, current
// location, selected theme), not of things one after another.
func oneValue(t *np) bool {
	for _, m := range t.mods {
		if oneValueMods.has(lastWord(m.words)) {
			return true
		}
	}
	n := len(t.nouns)
	return n > 0 && oneValueHeads.has(lastWord(t.nouns[n-1].words))
}

const (
	oneValueMods  lazySet = `current selected latest active in authenticated`
	oneValueHeads lazySet = `level status state location position progress total count theme mode balance temperature speed volume`
)

// reValueGiven: a bare number given as the value, in parentheses or
// ending the question: (8080), 기본 페이지 크기 20.
const reValueGiven = lazyRE(`[(（]\s*[0-9][0-9_,.]*\s*[)）]|\s[0-9][0-9_,.]*\s*[?.!]?\s*$`)

// reSettingFor: "(default) port the server listens on", "the directory
// the app writes to": a setting named by what uses it, in a clause with
// no that, is the user's setting (the server port).
const reSettingFor = lazyRE(`(?i)\b((?:the\s+)?(?:default|max|maximum|min|minimum)\s+|the\s+)?(port|host|address|directory|folder|path|url|endpoint|timeout|interval|size|limit)\s+(?:the|a|an|our|this|my|its)\s+((?:[a-z]+\s+)?[a-z]+)\s+(?:listens|runs|binds|serves|connects|waits|writes|reads|uploads|saves|stores|sends|polls|retries|accepts|talks|points)(?:\s+(?:on|at|to|for|from|in|into|with))?\b(\s*[(,.?]|\s*$)`)

// idKeyedMap: a map keyed by a thing's id that says nothing of its values
// (사용자 ID를 키로 하는 Map) holds those things: usersById, userMap.
func idKeyedMap(b *builder, k naming.Kind, kw []string) {
	n := len(kw)
	if n < 2 || kw[n-1] != "id" {
		return
	}
	owner := kw[:n-1]
	b.add(k, cand{cat(owner[:n-2], splitWords(plural(owner[n-2])), splitWords("by id")), "ID로 찾는 맵은 값을 복수로, 키를 by로 씁니다.", "A map keyed by id: the values, by id."})
	b.add(k, cand{cat(owner, splitWords("map")), "맵임을 드러낸 형태입니다.", "Says it is a map."})
	b.add(k, cand{cat(owner, splitWords("by id")), "짧은 형태입니다.", "Short form."})
}

// traitWords are the kind words of a trait: a type things are able to be.
const traitWords lazySet = `트레잇 트레이트 프로토콜 인터페이스 trait protocol interface`

// traitAbility: 직렬화할 수 있는 타입을 위한 트레잇, 새로고침 가능한 화면
// 프로토콜: a trait for what one can do to a type is the -able adjective
// (Serializable, Refreshable), as "a protocol for objects that can be
// cached" is Cacheable; the clause becomes that adjective (ableTrait).
func traitAbility(items []item) []item {
	k := slices.IndexFunc(items, func(it item) bool { return it.g == gClass && traitWords.has(strings.ToLower(it.surface)) })
	if k < 0 || !headEnd(items, k) {
		return items
	}
	for i := 0; i+1 < k; i++ {
		v := items[i]
		if v.eng || !v.isVerb() || v.neg {
			continue
		}
		n := 0
		switch {
		case v.mood == moodFutMod && i+2 < k && items[i+1].surface == "수" && strings.HasPrefix(items[i+2].surface, "있"):
			n = 3 // 직렬화할 수 있는
		case v.form == formNoun && items[i+1].t != nil && items[i+1].t.en() == "available":
			n = 2 // 새로고침 가능한
		default:
			continue
		}
		ab := able(v.t.en())
		if ab == "" {
			return items
		}
		t := &Term{Words: []string{ab}, Class: 'a'}
		a := item{t: t, words: t.Words, surface: v.surface, known: true, mood: moodMod}
		return append(items[:i], append([]item{a}, items[i+n:]...)...)
	}
	return items
}

// ableTrait names a trait for its -able adjective (traitAbility).
func (b *builder) ableTrait(items []item, kw int) {
	if !slices.ContainsFunc(items[kw:], func(it item) bool { return it.g == gClass && traitWords.has(strings.ToLower(it.surface)) }) {
		return
	}
	for _, it := range items[:kw] {
		if it.isAdj() && len(it.words) == 1 && strings.HasSuffix(it.words[0], "able") {
			b.add(naming.KindClass, cand{words: it.words, ko: "할 수 있는 성질을 나타내는 -able 형용사 이름입니다.", en: "An -able trait."})
		}
	}
}

// timesDone: 단어별로 몇 번 나왔는지 저장하는 HashMap, 몇 번 로그인했는지
// 세는 필드: how many times something was done is a count of times (the
// 횟수 of it), not whether it was done; the times are the action's, not
// its actor's.
func timesDone(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		m, v := items[i], items[i+1]
		if m.surface != "몇" || m.g != gPluralNext || v.eng || !v.isVerb() || v.neg || v.mood != moodPastQ && v.mood != moodQ {
			continue
		}
		f := formAdn
		if v.form.passive() {
			f = formPassAdn
		}
		v.mood, v.rest, v.form = moodMod, "", f
		items = append(items[:i], append([]item{v, {g: gCount, surface: "횟수", known: true}}, items[i+2:]...)...)
		break
	}
	for i := 1; i+1 < len(items); i++ {
		// 사용자가 로그인한 횟수: the times of the action (loginCount); who
		// does it is no part of the count (not loggedInUserCount)
		a, v, c := items[i-1], items[i], items[i+1]
		if c.g == gCount && c.surface == "횟수" && !v.eng && v.isVerb() && v.mood == moodMod && a.isNoun() && a.part == partSubj && a.t != nil && actorNouns.has(a.t.en()) {
			items[i-1] = item{g: gStop, surface: a.surface, known: true}
			break
		}
	}
	return items
}

// savedIn: 로그인 횟수를 저장하는 필드, 단어별 빈도를 저장하는 HashMap: a
// value kind word after 저장하는 holds what is saved (as 담는 does); 저장하는
// 함수 still saves.
func savedIn(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		v := items[i]
		if v.eng || !v.isVerb() || v.mood != moodMod || v.form == formNoun || !savedVerbs.has(v.t.en()) {
			continue
		}
		if k := kindish(items[i+1]); (k == kVar || k == kContainer) && items[i+1].part == partNone {
			items[i] = item{g: gHolder, t: v.t, surface: v.surface, known: true, mood: moodMod, form: v.form}
		}
	}
	return items
}

// savedVerbs keep a value (savedIn).
const savedVerbs lazySet = `save store record log keep remember`

// errorValueNames: an error asked as a variable (사용자를 찾지 못했을 때
// 반환하는 에러 변수) is a sentinel error value, named like the exception
// type: Go's ErrUserNotFound, elsewhere userNotFoundError.
func (b *builder) errorValueNames(f *frame) bool {
	old := b.lists[3]
	if !b.exceptionNames(f) {
		return false
	}
	types := b.lists[3][len(old):]
	b.lists[3] = old
	k := naming.KindVariable
	for _, s := range types {
		ws := naming.Split(s.Name)
		for i := range ws {
			ws[i] = strings.ToLower(ws[i])
		}
		if b.lang == naming.LangGo && len(ws) > 1 && (ws[len(ws)-1] == "error" || ws[len(ws)-1] == "exception") {
			ws = cat(splitWords("err"), ws[:len(ws)-1])
		}
		b.add(k, cand{words: ws, ko: "Go는 미리 만든 에러 값을 Err + 상황으로 부릅니다.", en: "A sentinel error value: Err + the condition."})
	}
	if ev := f.event; b.lang == naming.LangGo && len(ev.nouns) > 0 && len(ev.pp) > 0 {
		b.add(k, cand{words: cat(splitWords("err"), ev.pp), ko: "대상을 뺀 짧은 형태입니다(errors.Is로 비교).", en: "Short form, without the thing (compared with errors.Is)."})
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// kindOnly: the words say little more than a kind (에러 변수, namespace
// 이름, Eloquent 관계 메서드): at most one word besides kind and request
// words, so a note after them says what is named (dropExamples).
func kindOnly(s string) bool {
	other := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.TrimRight(w, "?.!,")
		if ko, ok := koGrammar[w]; ok && (ko.g == gRequest || kindGram(ko.g)) {
			continue
		}
		if en, ok := enGrammar[w]; ok && (en.g == gRequest || en.g == gStop || kindGram(en.g)) {
			continue
		}
		other++
	}
	return other <= 1
}

// codeKinds rewrites the code a question names its kind with: a C++ or
// Rust container is the container (unordered_map: map, Vec: vector), an
// attribute or a hook says how the value is declared, not what it is
// (@Published 검색어 프로퍼티, useState로 관리하는 검색어 상태), and where a
// constant lives is no part of it (companion object 안의 기본 타임아웃
// 상수).
func codeKinds(q string) string {
	q = reCodeContainer.ReplaceAllStringFunc(q, func(m string) string {
		switch strings.ToLower(m) {
		case "vec", "vecdeque":
			if naming.QuestionIsKorean(q) {
				return "목록" // 수거함 위치 Vec: a list (bin_locations; was bin_location_vector)
			}
			return "vector"
		case "unordered_set", "hashset", "btreeset":
			return "set"
		}
		return "map"
	})
	q = reDeclAttr.ReplaceAllString(q, " ")
	if m := reHookState.FindStringSubmatchIndex(q); m != nil {
		// useState로 관리하는 검색어 상태: the state is the value
		q = q[:m[0]] + " " + q[m[2]:m[3]] + q[m[1]:]
	}
	return reInsideKind.ReplaceAllString(q, " ")
}

const (
	reCodeContainer = lazyRE(`\b(?:unordered_map|unordered_set|std::map|std::unordered_map|HashSet|BTreeSet|BTreeMap|VecDeque|Vec)\b`)
	reDeclAttr      = lazyRE(`(?:^|\s)@(?:Published|State|Binding|ObservedObject|StateObject|Environment|AppStorage|objc|IBOutlet|IBAction|Column|Field|JsonProperty|property)\b`)
	reHookState     = lazyRE(`use(?:State|Ref|Signal)\s*(?:으?로|를\s*써서|를\s*이용해)\s*(?:관리하는|관리할|들고\s*있는|저장하는)?\s*(\S+)\s*상태`)
	reInsideKind    = lazyRE(`(?i)(?:companion\s+object|object|클래스|구조체|모듈|네임스페이스|namespace|class|struct)\s*(?:안의|안에|안에서|내부의|내부에|속의)\s+`)
)

// nounBeforeKind: 텍스처 캐시 맵, 소켓 연결 변수: a word that is a verbal
// noun and a noun, after a noun and right before a value kind word that
// ends the question, is the noun (the texture cache), not an action.
func nounBeforeKind(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it := items[i]
		if it.eng || !it.isVerbalNoun() || it.part != partNone || !items[i-1].isNoun() || items[i-1].part != partNone {
			continue
		}
		n := it.alt
		if n == nil || n.Class != 'n' {
			n = verbNoun(it.t) // 연결: connection
		}
		next := items[i+1]
		if k := kindish(next); n != nil && (k == kVar || k == kContainer) && headEnd(items, i+1) {
			items[i].t, items[i].words = n, n.Words
		}
	}
	return items
}

// ownerNames: "the due date for a library loan", "start date for a
// subscription": a value named with no verb is also named with whose it is
// (loanDueDate, subscriptionStartDate), as a Korean compound is.
func (b *builder) ownerNames(f *frame, k naming.Kind, words []string) {
	if f.owner.empty() || f.verb != nil || f.handler || f.boolean || len(words) == 0 {
		return
	}
	ow := f.owner.nounWords(false)
	if len(ow) == 0 || len(ow) > 2 || ow[len(ow)-1] == words[0] || !afterFor(f.items, f.owner.nouns[0].surface) {
		return
	}
	if len(ow) == 2 {
		b.add(k, cand{cat(ow[1:], words), "누구의 값인지 앞에 붙인 형태입니다.", "With whose it is."})
	}
	b.add(k, cand{cat(ow, words), "누구의 값인지 앞에 붙인 형태입니다.", "With whose it is."})
}

// afterFor: the phrase that starts with surface follows for ("for a
// loan"), not in or at ("in the config file": where, not whose).
func afterFor(items []item, surface string) bool {
	for i, it := range items {
		if it.surface != surface {
			continue
		}
		j := i - 1
		for j >= 0 && items[j].g == gStop && !strings.EqualFold(items[j].surface, "for") {
			j--
		}
		return j >= 0 && strings.EqualFold(items[j].surface, "for")
	}
	return false
}

// coroutineHead: 이미지 다운로드하는 코루틴: a coroutine that does
// something is a function named for it (download_image, a suspend fun
// loadUser), as "coroutine" is in English; 코루틴 스코프 stays a noun.
func coroutineHead(items []item) []item {
	for i := 1; i < len(items); i++ {
		if it := items[i]; !it.eng && it.t != nil && it.t.en() == "coroutine" && it.part == partNone && headEnd(items, i) && items[i-1].isVerb() && items[i-1].mood == moodMod {
			items[i] = item{g: gFunction, surface: it.surface, known: true}
			break
		}
	}
	return items
}

// storeKeyHead: 로그인 여부 SharedPreferences 키, 다크모드 여부 로컬스토리지
// 키: the key a setting is stored under is named for the setting
// (darkModeKey); the store is where, and 여부 is the stored value's, not
// the key's.
func storeKeyHead(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := items[i]
		if it.eng || it.t == nil || it.t.en() != "key" || it.part != partNone || !headEnd(items, i) {
			continue
		}
		j := i - 1
		for ; j >= 0 && items[j].part == partNone && (items[j].eng && storeWords.has(strings.ToLower(items[j].surface)) || items[j].t != nil && (keyStores.has(items[j].t.en()) || storeWords.has(items[j].t.en()))); j-- {
		}
		items = append(items[:j+1], items[i:]...)
		if i = j + 1; j >= 0 && items[j].g == gYesNo {
			items[j].g = gStop
		}
	}
	return items
}

// storeWords are the English words of a key-value store's name.
const storeWords lazySet = "shared, preferences, prefs, localstorage, local, storage, sessionstorage, session, userdefaults, user, defaults, datastore, cookie, cookies, data, store, data store, keychain, shared preferences"

// handlerRole is the English word of a handler word: callback, handler,
// listener ("" for another).
func handlerRole(surface string) string {
	s := strings.ToLower(surface)
	switch {
	case hasAnyPrefix(s, "핸들러", "handler"):
		return "handler"
	case hasAnyPrefix(s, "리스너", "listener"):
		return "listener"
	case hasAnyPrefix(s, "콜백", "callback"):
		return "callback"
	}
	return ""
}
