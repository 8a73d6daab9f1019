package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// Questions carry their explanation: a second sentence (…함수요. 배송 시작
// 전이면 취소 가능), a clause after a comma (…메서드, 실패하면 false 반환).
// The sentence that asks for the name says what it is; the others say how
// it behaves, and their words (만료일, 0원, 재시도) leak into the name when
// they are read as part of it.

// requestSentence keeps the sentence that asks for the name when it says
// what the name is for: the first sentence with a kind word or a request
// (함수, 변수, 이름 추천…) that also has words of its own and points at no
// other sentence (이거, 그거). Otherwise the question stays whole: a request
// alone (변수 이름 추천해줘. 로그인 여부) needs the sentence it asks about.
func requestSentence(q string) string {
	parts := splitSentences(q)
	if len(parts) < 2 {
		return q
	}
	for i, p := range parts {
		if !reAsksName.MatchString(p) {
			continue
		}
		if reDeictic.MatchString(p) || !hasOwnWords(p) {
			return q
		}
		rest := strings.Join(parts[i+1:], " ")
		if r := strings.TrimRight(rest, " .?!~"); slices.ContainsFunc([]string{"는 거", "는 것", "는 거요", "는 거예요", "는 녀석", "는 놈"}, func(x string) bool { return strings.HasSuffix(r, x) }) {
			return q // 리스너 클래스. 주문 취소되면 재고 원복하는 거: the thing is described after (was no name)
		}
		kept := strings.Join(parts[:i+1], " ") // an earlier sentence sets the scene (쇼핑몰 만들고 있어요.)
		if i > 0 && !slices.ContainsFunc(parts[:i], func(p string) bool { return !sceneNoun(p) }) {
			kept = parts[i] // 라즈베리파이 센서 허브. 연결된 센서 개수: the scene goes (was connectedSensorHubSensorCount)
		}
		if rest != "" && !hasOwnWords(rest) && reAsksName.MatchString(rest) {
			// "… into an Rgb struct. fn name?": the closing request says
			// the kind; the struct was the first sentence's word
			return kept + " " + rest
		}
		return kept + measureNote(kept, rest) + contractNote(rest)
	}
	return q
}

// sceneNoun: a sentence that only names the scene, a few Korean nouns
// and nothing else (라즈베리파이 센서 허브, 합창단 관리앱): no verb or
// copula ending (시스템임, 펌웨어 씀), no framework or code word (Qt
// 프로그램 says how slots are named).
func sceneNoun(s string) bool {
	s = strings.TrimRight(s, ".!?… ")
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 || strings.ContainsFunc(s, func(r rune) bool { return r < 0x80 && r != ' ' && r != '-' && r != '/' }) {
		return false
	}
	last := []rune(ws[len(ws)-1])
	return !slices.Contains([]rune("임음함씀요다데고서며는은을를이가에로"), last[len(last)-1])
}

// contractNote: what the function gives back when it fails (실패하면 false
// 반환, 없으면 null 리턴) shapes its name (TryParse, findOrNull); it is
// kept as a note, which the phrasebook reads and the grammar leaves.
func contractNote(rest string) string {
	if m := reContract.FindString(rest); m != "" {
		return " (" + m + ")"
	}
	if m := reContractEn.FindString(rest); m != "" {
		return " (" + m + ")"
	}
	return ""
}

// measureNote: a value's measure said in the explanation (상수요. 5초로 할
// 거예요) or its unit said as such (초 단위) is its unit, kept as a note
// (5초) for a constant or variable whose own sentence gives none.
func measureNote(kept, rest string) string {
	if !reValueKind.MatchString(kept) || reMeasure.MatchString(kept) {
		return ""
	}
	if m := reMeasure.FindString(rest); m != "" {
		return " (" + m + ")"
	}
	if m := reUnitStated.FindString(rest); m != "" {
		return " (" + m + ")" // 상수로 두려고 함. 초 단위: the unit (was no _SECONDS)
	}
	return ""
}

// splitSentences splits a question where a sentence ends: a full stop,
// question or exclamation mark before a space, a line break, a kind word
// closed by a polite ending (함수요, 메서드입니다) or a comma after a kind
// word that a condition follows (메서드, 실패하면 false 반환) or before an
// English clause that says what it returns or does besides (", returns
// null when not found") or why (", nullable since it might not be paid
// yet", ", below it we force an update", ", it's a Duration").
func splitSentences(q string) []string {
	var out []string
	last := 0
	if !strings.ContainsAny(q, ".!?。？！\n,~") && !hasAny(q, "요 ", "다 ", "임 ", "요\t", "다\t", "임\t") {
		// nothing that could end a sentence: skip the scan (it was the
		// costliest pattern of an answer, ~80 µs on a 2-core machine)
		if s := strings.TrimSpace(q); s != "" {
			out = append(out, s)
		}
		return out
	}
	for _, m := range reSentenceEnd.FindAllStringSubmatchIndex(q, -1) {
		end := m[1]
		if m[2] >= 0 {
			if !reCondNext.MatchString(q[m[1]:]) {
				continue // 비교 함수, 정수 오름차순: a qualifier, no clause
			}
			end = m[3] // keep the kind word, drop the comma
		} else if m[4] >= 0 {
			if !reEnTail.MatchString(q[m[1]:]) {
				continue // a comma inside the sentence
			}
			end = m[4]
		}
		if s := strings.TrimSpace(q[last:end]); s != "" {
			if abbrevEnd(s) {
				continue
			}
			out = append(out, s)
		}
		last = m[1]
	}
	if s := strings.TrimSpace(q[last:]); s != "" {
		out = append(out, s)
	}
	return out
}

// abbrevEnd: "e.g." or "vs." is no sentence end.
func abbrevEnd(s string) bool {
	l := strings.ToLower(s)
	return strings.HasSuffix(l, "e.g.") || strings.HasSuffix(l, "i.e.") || strings.HasSuffix(l, "vs.") || strings.HasSuffix(l, "etc.")
}

// hasOwnWords: the sentence says something besides asking (a word that is
// no kind word, request or politeness).
func hasOwnWords(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,?!~:()")
		if w != "" && !reAsksName.MatchString(w) && !requestFill.has(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// requestFill: the words of asking itself.
const requestFill lazySet = `좀 뭐로 뭘로 뭐가 뭐 뭐라고 좋을까요 좋을까 좋아요 좋은 하면 하는게 해줘 해주세요 해줄래 부탁 부탁해요 부탁드려요
		알려줘 알려주세요 어떻게 짓는게 지을까요 할까요 있을까요 어떤게 괜찮은 적당한 해야 하죠 짓죠 요 네 please what should i would
		good for a an the give me suggest some is be could you can`

const kindWordsKo = `함수|메서드|메소드|변수|상수|클래스|구조체|열거형|인터페이스|프로퍼티|속성|필드|타입|이넘|enum|핸들러|플래그|훅|스코프|셀렉터|미들웨어|컨트롤러|확장함수`

const (
	reSentenceEnd = lazyRE(`[.!?。？！]+\s+|\n+|(` + kindWordsKo + `|(?i:function|method|variable|constant|class|struct|enum|type|property|flag))\s*,\s+|(?:` + kindWordsKo + `)(?:이에요|예요|에요|이요|요|입니다|임)[.!~]*\s+|(,)\s+`)
	reAsksName    = lazyRE(`(?i)(?:` + kindWordsKo + `|이름|네이밍|작명|추천|지어|뭐로|뭐라고|\b(?:function|method|fn|func|variable|constant|class|struct|enum|property|flag|name|names|naming|call it)\b)`)
	reEnTail      = lazyRE(`(?i)^(?:and\s+)?(?:returns?|throws?|raises?|falls?\s+back|called|uses?|using|which|it\s|it'?s|since|because|as\s+(?:it|we|they|the)|so\s+(?:we|i|it|that)|but|otherwise|below|above|nullable|optional|in\s+case|e\.g\.|for\s+example|we|i|where|used|shown|displayed|stored)\b`)
	reCondNext    = lazyRE(`^\S*(?:\s+\S+)?(?:면|으면|이면|때|\bif|\bwhen|\bunless)(?:\s|,|$)`)
	reValueKind   = lazyRE(`(?i)상수|변수|값|필드|속성|프로퍼티|constant|variable|field|property|value`)
	reMeasure     = lazyRE(`\d+(?:\.\d+)?\s*(?:밀리초|초|분|시간|바이트|(?i:ms|kb|mb|gb|bytes?|seconds?|minutes?|hours?|px)\b|픽셀|%|퍼센트)`)
	reValueNext   = lazyRE(`^\s*(?:\S+\s+){0,2}?(?:간격|횟수|딜레이|지연|대기\s*시간|대기시간|타임아웃|제한|한도|최대|최소)(?:\s|$|[?.!(])`)
	reContract    = lazyRE(`(?i)(?:실패하면|실패시|실패 시|없으면|못\s*찾으면|안\s*되면|에러\s*나면|잘못되면|파싱\s*안\s*되면)\s*(?:그냥\s*)?(?:false|null|nil|none|기본값|-1|빈\s*\S+|에러\s*코드|에러코드|예외)\S*(?:\s*(?:반환|리턴|돌려|던지|throw|내)\S*)?`)
	reFailureCond = lazyRE(`(?:에러|오류|예외|익셉션|타임아웃|exception|error)(?:가|이)?\s*(?:나면|발생하면|발생되면|생기면|뜨면|터지면|발생\s*시|시)\s+`)
	reNullCond    = lazyRE(`(?i)(\s)(?:null|nil|none|undefined|빈\s*값)\s*(?:이면|면|일\s*때|이라면)\s+`)
	reTypeAfter   = lazyRE(`(\p{Hangul}+)\s+(?:Long|Int|Integer|String|Double|Float|Boolean|Bool|BigDecimal|i32|i64|u32|u64|usize|f64|int64|int32|uint64|long|int|double|str|&str)\s*(을|를|이|가|은|는)(\s)`)
	reKindFirst   = lazyRE(`^(.{0,40}?)(훅|컨트롤러|스코프|미들웨어|핸들러|서비스|셀렉터|컴포넌트|리듀서|리포지토리|레포지토리|DAO|dao|함수|메서드|메소드|클래스|구조체)\s*(?:인데요?|이에요|예요|중에서?)[,.]?\s+(.+?)\s*(?:거|것)(?:요|예요|이요)?\s*[?.!]*$`)
	reKindWord    = lazyRE(kindWordsKo)
	reInCharge    = lazyRE(`(?:담당하는|맡는|책임지는)`)
	reWaitAll     = lazyRE(`(\p{Hangul})고\s+(?:(?:전부|다|모두|모든\s*\S+(?:이|가)?)\s*)?(?:끝날|완료될|끝나길|완료되길|끝날\s*때까지|완료될\s*때까지)\s*(?:때까지\s*)?(?:기다리는|대기하는|await하는)\s*`)
	reRelatedWork = lazyRE(`(\S+)\s*관련(?:된)?\s*(?:비즈니스\s*로직|로직|기능|업무|작업|일|처리)(을|를|이|가)?`)
	reReadHeld    = lazyRE(`(\p{Hangul}+)\s*(?:파일|문서)?\s*(?:[(（][^()（）]{1,20}[)）])?\s*(?:을|를)?\s*(?:읽어서|읽어와서|읽어\s*와서|로드해서|파싱해서)\s*(?:담아\s*두는|담는|저장해\s*두는|들고\s*있는|보관하는|가지고\s*있는)`)
	rePassedAlong = lazyRE(`(?:\S+\s+)?\S+(?:ㄹ|할|길|낼|줄|을)\s*때\s*(?:같이|함께)\s*(?:넘기는|넘겨주는|전달하는|보내는|주는)\s*|(?:같이|함께)\s*(?:넘기는|넘겨주는|전달하는)\s+`)
	reMustSpaced  = lazyRE(`(\p{Hangul})\s+해야\s*(?:되는지|하는지|돼는지)`)
	reCountTally  = lazyRE(`((?:\s|^)(?:수|개수|갯수|건수)\s*(?:를|을)?\s*)집계하`)
	reFuncNote    = lazyRE(`\s*[(（]([^()（）]{2,60})[)）]((?:\s*(?:이름|추천|좀|요|해줘|해\s*주세요))*[\s?.!]*)$`)
	reFuncKind    = lazyRE(`(?:함수|메서드|메소드|핸들러|콜백|훅|미들웨어|데코레이터|확장함수|extension|(?i:function|method|handler|callback))\s*$`)
	reKeepNote    = lazyRE(`(?i)async|await|비동기|코루틴|suspend|export|public|공개|static|정적`)
	reGeneric     = lazyRE(`([A-Z][A-Za-z]*)<([^<>]+)>(\s*)(을|를|이|가|은|는|으로|로|과|와)?`)
	reListType    = lazyRE(`^(?:List|Vec|ArrayList|MutableList|Array|Sequence|Iterable|IEnumerable|ICollection|Collection|Slice|Deque|Queue|LinkedList|IList|ReadOnlyList|IReadOnlyList)$`)
	reMapType     = lazyRE(`^(?:Map|HashMap|MutableMap|TreeMap|LinkedHashMap|Dictionary|IDictionary|Dict|BTreeMap|Record)$`)
	reWrapType    = lazyRE(`^(?:Option|Optional|Result|Promise|Future|Task|ValueTask|Mono|Flux|Deferred|Observable|LiveData|StateFlow|Flow|Box|Rc|Arc|Nullable|Lazy)$`)
	reAnnotation  = lazyRE(`(^|\s)@[A-Za-z]\w*(?:\([^()]*\))?\s*(?:(?:으로|로)\s+|(?:(?:를|을|이|가)\s*)?(?:붙은|붙여서|붙인|달린|단|써서|사용한|쓰는)\s+)`)
	reSuspendFun  = lazyRE(`(?i)\bsuspend\s+(fun\b|function|함수|메서드)`)
	reTypeWord    = lazyRE(`(^|\s)(?:Long|Int|Integer|String|UUID|Uuid|long|int|i64|u64|usize)\s*(?:타입|형)(?:의|인)?\s+`)
	reScheduleAt  = lazyRE(`(^|\s)(?:매일|매주|매월|매달|평일|주말마다|매일\s*밤)?\s*(?:자정|새벽\s*\d+시|오전\s*\d+시|오후\s*\d+시|밤\s*\d+시|\d+시)\s*(?:에|마다)\s+`)
	reFuncKindAny = lazyRE(`함수|메서드|메소드|(?i:function|method)`)
	reRunOnly     = lazyRE(`(?:실행|호출|돌아가|도는|돌리|트리거)\S*\s*(?:되는|하는|될)?\s*(?:스케줄|크론|배치)?\s*(?:함수|메서드|메소드)`)
	reTimeAsked   = lazyRE(`상수|변수|시각|시간을|시간\s*(?:계산|구하)|남은|까지`)
	reAskTail     = lazyRE(`\s*(?:이름(?:을|은)?\s*)?(?:뭐로|뭘로|어떻게|뭐라고)\s*(?:하는\s*게|하는게|하면|지으면|짓는\s*게|짓는게|할까요|지을까요|해야|부르는\s*게|부르면)\s*(?:좋아요|좋을까요|좋을지|좋죠|좋나요|나아요|될까요|할까요|괜찮을까요)?\s*[?？]*`)
	reHandlerNext = lazyRE(`^\S*\s*(?:호출|실행|불리|처리|핸들|콜백|리스너|보여|띄우|표시|알림|알려|로그|기록|남기)`)
	reContractEn  = lazyRE(`(?i)\b(?:returns?|gives?)\s+(?:null|nil|none|false|-1|an?\s+empty\s+\w+|the\s+default)\b(?:\s+(?:when|if|on)\s+[\w ]{1,30})?|\b(?:throws?|raises?)\s+(?:if|when)\s+[\w ]{1,30}`)
	reDeictic     = lazyRE(`(?:^|\s)(?:이거|그거|이걸|그걸|이것|그것|이런|그런|저런|위|위의|해당|이\s+(?:값|함수|변수))(?:\s|$|를|을|가|이|의|에)|(?i)\b(?:this|these|those|above)\b`)
)

// restateContext rewrites what a question says in passing, before it is
// read: a note after a function (functionNote), an annotation, suspend, a
// machine type word, a schedule time, generic type arguments
// (genericTypes), the kind said first (kindFirst), waiting until all is
// done after the action (업로드하고 전부 끝날 때까지 기다리는: uploads), N
// 관련 비즈니스 로직 (N's), what a type holds read from a file (설정 파일
// 읽어서 담아두는 구조체: the settings), a parameter passed along (배열
// 넘길 때 같이 넘기는), N 수 집계 (counting), the request's own words, an
// error that happens (failureCond), null이면 (없으면: a missing value, not
// a yes/no question) and a machine type after its noun (typeAfterNoun).
func restateContext(q string) string {
	q = functionNote(q)
	q = reAnnotation.ReplaceAllString(q, "$1") // @Scheduled로, @Transactional 붙은: how it is declared
	q = reSuspendFun.ReplaceAllString(q, "$1") // suspend 함수, suspend function: a kind
	q = reTypeWord.ReplaceAllString(q, "$1")   // Long 타입 ID: the ID
	if reFuncKindAny.MatchString(q) && !reTimeAsked.MatchString(q) && !reRunOnly.MatchString(q) {
		q = reScheduleAt.ReplaceAllString(q, "$1") // 매일 자정에 만료된 세션 지우는 메서드: when it runs
	}
	q = genericTypes(q)
	q = kindFirst(q)
	q = reWaitAll.ReplaceAllString(q, "${1}는 ")       // 업로드하고 전부 끝날 때까지 기다리는: 업로드하는
	q = reRelatedWork.ReplaceAllString(q, "${1}${2}") // 주문 관련 비즈니스 로직을: 주문을
	q = reReadHeld.ReplaceAllString(q, "${1} 담는")     // 설정 파일(yaml) 읽어서 담아두는 구조체: what it holds is the settings
	q = rePassedAlong.ReplaceAllString(q, "")         // 배열 넘길 때 같이 넘기는 원소 개수: the count
	q = reMustSpaced.ReplaceAllString(q, "${1}해야 하는지")
	q = reCountTally.ReplaceAllString(q, "${1}세") // 요청 수 집계하는: counting
	q = reAskTail.ReplaceAllString(q, " 이름")      // 이름 뭐로 하는게 좋아요?: a request (좋아요 is no like)
	q = failureCond(q)
	q = reNullCond.ReplaceAllString(q, "${1}없으면 ")
	return typeAfterNoun(q)
}

// functionNote: 토스트 띄우는 함수 (3초 뒤 자동으로 사라짐), DB 연결 닫는
// 함수 (defer로 호출할 거): a note after a function says how it works or
// where it is called, never what it is; it goes. A failure contract
// (실패하면 null), async work or a public name it asks for stays.
func functionNote(q string) string {
	m := reFuncNote.FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	note := q[m[2]:m[3]]
	if !reFuncKind.MatchString(q[:m[0]]) || reContract.MatchString(note) || reKeepNote.MatchString(note) {
		return q
	}
	return q[:m[0]] + q[m[4]:m[5]]
}

// genericTypes: List<User>를, Option<String> 받아서, Map<String, Any>를:
// a generic type says what it holds: a list is a list of its element
// (User 목록을), a wrapper is what it wraps (String), a map is a 맵; the
// type arguments are no words of the name.
func genericTypes(q string) string {
	for i := 0; i < 3 && strings.Contains(q, "<"); i++ {
		q = reGeneric.ReplaceAllStringFunc(q, func(m string) string {
			g := reGeneric.FindStringSubmatch(m)
			args := strings.Split(g[2], ",")
			word := g[1]
			switch {
			case reListType.MatchString(g[1]):
				word = strings.TrimSpace(args[0]) + " 목록"
			case reWrapType.MatchString(g[1]):
				word = strings.TrimSpace(args[0])
			case reMapType.MatchString(g[1]):
				word = "맵"
			}
			if g[4] == "" {
				return word + g[3]
			}
			return particleFor(word, g[4])
		})
	}
	return q
}

// particleFor writes a particle after word as its last syllable wants
// (목록을, not 목록를); after a Latin word it leaves the particle as typed.
func particleFor(word, p string) string {
	pair, ok := particlePairs[p]
	if b, known := hasBatchim(word); ok && known {
		if b {
			return word + pair[0]
		}
		return word + pair[1]
	}
	return word + p
}

// particlePairs: a particle's forms after a final consonant and after a
// vowel.
var particlePairs = listsText("을: 을 를; 를: 을 를; 이: 이 가; 가: 이 가; 은: 은 는; 는: 은 는; 으로: 으로 로; 로: 으로 로; 과: 과 와; 와: 과 와")

// kindFirst: 리액트 커스텀 훅인데 로그인한 유저 가져오는 거, Spring 컨트롤러
// 중에 상품 API 담당하는 거: the kind said first, then what it does with
// 거 for it; the clause goes before the kind (로그인한 유저 가져오는 리액트
// 커스텀 훅), as it is usually asked. 담당하는 (in charge of) is 처리하는.
func kindFirst(q string) string {
	m := reKindFirst.FindStringSubmatch(q)
	if m == nil || reKindWord.MatchString(m[3]) || !hasOwnWords(m[3]) {
		return q
	}
	return reInCharge.ReplaceAllString(m[3], "처리하는") + " " + m[1] + m[2]
}

// failureCond: 에러 나면 재시도하는, 예외 발생하면 롤백하는: an error that
// happens is a failure, the condition of the action, not its object
// (retry, not retryError). The parser knows 실패하면; a handler of the
// error (에러 나면 호출되는 함수) keeps its error.
func failureCond(q string) string {
	return reFailureCond.ReplaceAllStringFunc(q, func(m string) string {
		i := strings.Index(q, m) + len(m)
		if reHandlerNext.MatchString(q[i:]) {
			return m
		}
		if reValueNext.MatchString(q[i:]) {
			return "" // 에러 발생 시 재시도 간격: the interval, no failure in its name
		}
		return "실패하면 "
	})
}

// typeAfterNoun: 밀리초 타임스탬프 Long을, 가격 BigDecimal을: the machine
// type written after the noun it stores is its declaration, not part of
// the name: the noun takes the particle (타임스탬프를).
func typeAfterNoun(q string) string {
	return reTypeAfter.ReplaceAllStringFunc(q, func(m string) string {
		s := reTypeAfter.FindStringSubmatch(m)
		return particleFor(s[1], s[2]) + s[3]
	})
}

// ctx3Passes read the context a clause gives (refine.go's passGroups).
var ctx3Passes = []func([]item) []item{receivedParam, techMeans, techBeforeKind, nameWithParticle, scopeKind, roleAfterClause, paramKind, disabledControl, dataOfThings}

// dataOfThings: 주문 데이터 동기화하는, 상품 데이터 내보내는: the data of a
// countable thing that is synced or moved in bulk is those things
// (syncOrders); one user's data fetched or saved stays data.
func dataOfThings(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x, d, v := items[i], items[i+1], items[i+2]
		if x.eng || !x.isNoun() || x.t == nil || x.t.Mass || x.part != partNone || d.eng || d.t == nil || d.t.en() != "data" || d.part != partNone && d.part != partObj ||
			!(v.isVerb() || v.isVerbalNoun()) || v.t == nil || !dataVerbs.has(v.t.en()) {
			continue
		}
		items[i].plural, items[i].part = true, d.part
		return append(items[:i+1], items[i+2:]...)
	}
	return items
}

const dataVerbs lazySet = `sync import export migrate backup`

// disabledControl: 결제 버튼 비활성화, 입력창 활성화: a control on screen is
// disabled or enabled (isPayButtonDisabled), not deactivated.
func disabledControl(items []item) []item {
	control := false
	for _, it := range items {
		control = control || it.t != nil && uiControls.has(it.t.en())
	}
	if !control {
		return items
	}
	for i := range items {
		it := &items[i]
		if it.t == nil {
			continue
		}
		if w := controlStates.get(it.t.en()); w != "" {
			for _, t := range loadGlossary().en[w] {
				if t.Class == it.t.Class {
					it.t, it.words = t, t.Words
					break
				}
			}
		}
	}
	return items
}

const controlStates lazyPairs = "deactivate=disable, inactive=disabled, activate=enable, active=enabled"

const uiControls lazySet = "button, input, text field, checkbox, select box, dropdown, submit button, link, menu item, toggle, switch, slider, text box, input field"

// paramKind: 원소 개수 파라미터, 타임아웃 인자: a parameter that ends the
// question names the variable asked for (count, timeout), not a word of
// it; a query or path parameter (쿼리 파라미터) is a thing of its own.
func paramKind(items []item) []item {
	for i := 1; i < len(items); i++ {
		it, p := items[i], items[i-1]
		if it.eng || it.t == nil || it.t.en() != "parameter" && it.t.en() != "argument" || it.part != partNone || !headEnd(items, i) || p.eng {
			continue
		}
		if p.g == gCount || p.g == gMax || p.g == gMin || p.g == gList || p.isNoun() && p.t != nil && !paramOwners.has(p.t.en()) {
			items[i] = item{g: gVariable, surface: it.surface, known: true}
		}
	}
	return items
}

const paramOwners lazySet = "query, url, path, request, route, command line, function, method, template, type, generic, http, search"

// roleAfterClause: 상품 처리하는 컨트롤러, 주문 관리하는 서비스, 로그인한 유저
// 가져오는 리액트 커스텀 훅: a framework's role word after the clause that
// says its work is the type asked for (ProductController), as 클래스 after
// it would say; the framework and 커스텀 before a hook say nothing (useX).
func roleAfterClause(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := &items[i]
		if it.eng || it.t == nil || it.t.en() != "hook" && it.t.en() != "custom hook" {
			continue
		}
		t := termOr("hook", 'n')
		it.t, it.words = t, t.Words
		if p := items[i-1]; p.g == gContext || p.t != nil && p.t.en() == "custom" {
			items = append(items[:i-1], items[i:]...)
			i-- // the hook is at i-1 now
		}
	}
	for i := 1; i < len(items); i++ {
		it := items[i]
		if it.eng || it.g != gNone || it.t == nil || it.part != partNone || !classRoles.has(it.t.en()) && !agentRoles.has(it.t.en()) || !headEnd(items, i) {
			continue
		}
		j := i - 1
		for j > 0 && (items[j].eng || items[j].g == gContext) { // Spring REST 컨트롤러
			j--
		}
		if p := items[j]; !p.isVerb() || p.mood != moodMod || p.eng {
			continue
		}
		for _, x := range items {
			if kindGram(x.g) {
				return items
			}
		}
		k := j + 1
		if (roleVerbs.has(items[j].t.en()) || agentRoles.has(it.t.en())) && j > 0 && items[j-1].isNoun() {
			k = j // 알림 설정 관리하는 리포지토리: the role says the managing
		}
		if it.t.en() == "decorator" { // a decorator is a function named for what it does
			return append(items[:k], append([]item{{g: gFunction, surface: "함수", known: true}}, items[i+1:]...)...)
		}
		return append(items[:k], append([]item{it, {g: gClass, surface: "클래스", known: true}}, items[i+1:]...)...)
	}
	return items
}

// agentRoles are roles named for their work (이벤트 발행하는 퍼블리셔:
// EventPublisher, was emitEvent; 통화 바꾸는 컨버터: CurrencyConverter, was
// convertedCurrencyConverter): the work is said once, by the role.
const agentRoles lazySet = `publisher formatter converter parser loader watcher dispatcher scheduler builder generator
	crawler scraper exporter importer renderer encoder decoder tokenizer logger tracker notifier uploader downloader resolver
	reader writer sender poller producer consumer`

// roleVerbs are the work a role word already says (a repository stores,
// a controller handles).
const roleVerbs lazySet = `manage process handle store save control`

// classRoles are the role words of types (a middleware or a view may be a
// function).
const classRoles lazySet = "controller, service, repository, provider, adapter, mapper, serializer, presenter, view model, factory, manager, client, gateway, validator, decorator"

// scopeKind: 결제 완료된 주문만 가져오는 스코프, 로그인 유저 꺼내는 셀렉터: a
// scope or selector that ends the question after what it selects is the
// function asked for (a Laravel or Rails scope, a Redux selector), not a
// noun; an OAuth scope (토큰 스코프) stays.
func scopeKind(items []item) []item {
	framework := false // 라라벨에서 … 게시글 스코프: the framework says it is a method
	for _, it := range items {
		framework = framework || it.g == gContext
	}
	for i := 1; i < len(items); i++ {
		it, j := items[i], i-1
		for j > 0 && items[j].g == gContext { // 거르는 라라벨 스코프
			j--
		}
		p := items[j]
		if it.eng || it.t == nil || it.t.en() != "scope" && it.t.en() != "selector" || it.part != partNone || !headEnd(items, i) || p.isNoun() && p.t != nil && authWords.has(p.t.en()) {
			continue
		}
		if p.isVerb() && p.mood == moodMod || p.isAdj() || p.isVerbalNoun() || p.part == partBy || p.g == gSort || p.isNoun() && (p.rest == "만" || framework) {
			items[i] = item{g: gFunction, surface: it.surface, known: true}
		}
	}
	return items
}

const authWords lazySet = "token, access token, oauth, permission, api key, variable"

// nameWithParticle: 목록에서 이름만 뽑는, 이름을 바꾸는: 이름 with a case
// particle before a verb is a name the function works on, not the request
// for one.
func nameWithParticle(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := &items[i]; it.g == gRequest && it.surface == "이름" && (it.part == partObj || it.part == partSubj) && items[i+1].isVerb() && !items[i+1].eng {
			t := getNameTerm()
			it.setTerm(t)
		}
	}
	return items
}

// techMeans: Entity Framework로 활성 사용자만 조회하는, std::thread로 작업
// 시작하는, 정규식으로 이메일 검사하는: a library or technique that opens
// the question with (으)로 is how the code works, not a part of the name.
// Where the action puts or turns something (JSON으로 변환하는, S3로
// 업로드하는) the word is its target and stays, unless a second (으)로
// says the target (serde로 … 설정 구조체로 파싱하는).
func techMeans(items []item) []item {
	i := 0
	for i < len(items) && (items[i].eng && (items[i].g == gNone || items[i].g == gStop || items[i].g == gContext) && items[i].part == partNone) {
		i++
	}
	if i >= len(items)-2 || items[i].part != partDir {
		return items
	}
	lead := items[i]
	tech := lead.g == gContext || lead.g == gStop || lead.t != nil && techNouns.has(lead.t.en()) ||
		lead.eng && lead.g == gNone && lead.t == nil && !strings.Contains(lead.surface, "_") // RAII로, serde로; not user_id로
	if !tech {
		return items
	}
	if i > 0 && !lead.eng {
		return items
	}
	target := false
	for _, it := range items[i+1:] {
		target = target || it.part == partDir
	}
	for _, it := range items[i+1:] {
		if it.isVerb() && it.t != nil && placingVerbs.has(it.t.en()) && !target {
			return items
		}
	}
	for k := 0; k <= i; k++ {
		items[k].g, items[k].part = gContext, partNone
	}
	return items
}

// techBeforeKind: 필터링하는 LINQ 확장 메서드, 상품 목록 gin 핸들러: a word
// the glossary does not know between the Korean words and the kind word
// is the technology the function is written with.
func techBeforeKind(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		if p := items[i-1]; p.eng || p.g == gContext {
			continue
		}
		j, unknown := i, false
		for j < len(items) && items[j].eng && items[j].g == gNone && items[j].part == partNone {
			unknown = unknown || items[j].t == nil
			j++
		}
		k := j
		for k < len(items) && items[k].g == gStop {
			k++
		}
		if unknown && k < len(items) && kindGram(items[k].g) {
			for ; i < j; i++ {
				items[i].g = gContext // QueryDSL: query, dsl
			}
		}
	}
	return items
}

// techNouns are techniques a Korean question names as the means (정규식으로,
// 재귀로, 스트림으로).
const techNouns lazySet = "regex, regular expression, recursion, stream, thread, coroutine, goroutine, channel, lambda, reflection, generics, promise, future, mutex, lock, semaphore, closure, framework, library, binary search, dynamic programming"

// placingVerbs put or turn something into what (으)로 says: the word is
// their target.
const placingVerbs lazySet = `convert transform translate change cast map format parse serialize deserialize encode
	decode make create build generate send upload download move redirect navigate export
	import save write store publish push post forward share notify set switch sort group split
	round truncate replace`

// receivedParam: userId 받아서 주문 목록 반환하는, CancellationToken 받아서
// 동기화하는: what the function receives is its parameter, not its object;
// the clause goes. When the next verb has no object of its own (요청
// 받아서 처리하는), what is received is that object.
func receivedParam(items []item) []item {
	for i := 1; i+2 < len(items); i++ {
		r := items[i]
		if r.eng || !r.isVerb() || r.t.en() != "receive" || r.mood != moodConn {
			continue
		}
		j := i
		for j > 0 && paramWord(items[j-1]) {
			j--
		}
		if j == i {
			continue
		}
		if n := items[i+1]; n.isVerb() || n.isVerbalNoun() {
			return append(items[:i:i], items[i+1:]...)
		}
		rest := items[i+1:]
		if !hasVerbAhead(rest) {
			continue
		}
		out := items[:j:j]
		for _, p := range items[j:i] {
			if p.t != nil && p.t.en() == "cancellation token" {
				// C#'s CancellationToken parameter: the method is async
				out = append(out, item{g: gAsync, surface: p.surface, known: true})
			}
		}
		return append(out, rest...)
	}
	return items
}

// paramWord: a word of what a clause receives (주문 ID, Option<String>를,
// 문자열을 인자로).
func paramWord(it item) bool {
	if it.part != partNone && it.part != partObj && !(it.part == partDir && it.t != nil && (it.t.en() == "argument" || it.t.en() == "parameter")) {
		return false
	}
	return it.isNoun() || it.eng && it.g == gNone
}

// hasVerbAhead: a verb follows (the clause's own action).
func hasVerbAhead(items []item) bool {
	for _, it := range items {
		if it.isVerb() || it.g == gReturn || it.isVerbalNoun() {
			return true
		}
	}
	return false
}

// scopeNames: a query scope asked in a PHP room is a Laravel local scope,
// whose method is scope + what it selects (scopeActive, scopeOrderByViews);
// in a Ruby room a Rails scope is named for what it selects (published,
// order_by_price). The names built for the action lose their get/filter
// verb and the model they select from (scopePaid, not scopePaidOrders);
// sorting reads order.
func (b *builder) scopeNames(question string, f *frame) {
	php := b.lang == naming.LangPHP
	if b.scope {
		return
	}
	if !php && b.lang != naming.LangRuby || !reScopeKind.MatchString(question) || reAuthScope.MatchString(question) {
		return
	}
	old := b.take(naming.KindFunction)
	known := false // the phrasebook's scope names (scopeActive, then active as it is called)
	for _, s := range old {
		known = known || php && strings.HasPrefix(s.Name, "scope")
	}
	head := f.thing().headWords(false) // the model the scope selects from: paid (orders)
	for _, s := range old {
		words := lowerWords(s.Name)
		if known {
			if !scopeVerbs.has(words[0]) && words[0] != "sort" {
				b.keep(naming.KindFunction, s.Name, cand{ko: s.Reason, en: s.Reason})
			}
			continue
		}
		kept := words[:0]
		for _, w := range words {
			if w != "scope" && w != "scopes" { // 스코프인데 read as an object
				kept = append(kept, w)
			}
		}
		words = kept
		if len(words) > 1 && scopeVerbs.has(words[0]) {
			words = words[1:]
		}
		if n := len(words); n > 0 && len(head) == 1 && (words[n-1] == head[0] || words[n-1] == pluralOf(nil, head[0])) && (n < 2 || words[n-2] != "by") {
			words = words[:n-1] // the model itself names nothing
		}
		if len(words) == 0 {
			continue
		}
		if len(words) > 1 && (words[0] == "sort" || words[0] == "sorted") {
			words[0] = "order"
		}
		if php {
			words = append([]string{"scope"}, words...)
		}
		name := b.room.Format(naming.KindFunction, words)
		if strings.HasSuffix(s.Name, "?") || strings.HasSuffix(s.Name, "!") {
			name = s.Name // a Ruby predicate or bang is no scope's name; kept as it was
		}
		b.keep(naming.KindFunction, name, cand{ko: s.Reason, en: s.Reason})
	}
}

// selectorNames: a Redux selector asked in a JavaScript or TypeScript room
// starts with select (selectCartTotal, not calculateCartTotal).
func (b *builder) selectorNames(question string) {
	if b.lang != naming.LangJavaScript && b.lang != naming.LangTypeScript || !reSelectorKind.MatchString(question) || reCSSSelector.MatchString(question) {
		return
	}
	old := b.take(naming.KindFunction)
	for _, s := range old {
		words := lowerWords(s.Name)
		if words[0] != "select" && len(words) > 1 && (scopeVerbs.has(words[0]) || selectorVerbs.has(words[0])) {
			words[0] = "select"
		} else if words[0] != "select" {
			words = append([]string{"select"}, words...)
		}
		b.keep(naming.KindFunction, b.room.Format(naming.KindFunction, words), cand{ko: s.Reason, en: s.Reason})
	}
}

// controllerNames: ASP.NET and Rails name a controller for the resources
// it serves, plural, without Api (OrdersController); the built name
// follows.
func (b *builder) controllerNames() {
	if b.lang != naming.LangCSharp && b.lang != naming.LangRuby {
		return
	}
	old := b.take(naming.KindClass)
	for _, s := range old {
		words := naming.Split(s.Name)
		n := len(words)
		if n < 2 || !strings.EqualFold(words[n-1], "controller") {
			continue
		}
		var kept []string
		for _, w := range words[:n-1] {
			if !strings.EqualFold(w, "api") {
				kept = append(kept, strings.ToLower(w))
			}
		}
		if len(kept) > 0 {
			kept[len(kept)-1] = pluralOf(nil, kept[len(kept)-1])
			b.keep(naming.KindClass, b.room.Format(naming.KindClass, append(kept, "controller")), cand{ko: s.Reason, en: s.Reason})
		}
	}
	for _, s := range old {
		b.keep(naming.KindClass, s.Name, cand{ko: s.Reason, en: s.Reason})
	}
	b.lists[3] = b.lists[3][:min(perKind, len(b.lists[3]))]
}

// selectorVerbs are what a selector does besides selecting: it computes.
const selectorVerbs lazySet = `calculate compute pop extract pick derive count sum`

// scopeVerbs are the verbs a scope's name leaves out: it selects.
const scopeVerbs lazySet = `get fetch load find filter select retrieve query list`

const (
	reSelectorKind = lazyRE(`(?i)셀렉터|selector`)
	reCSSSelector  = lazyRE(`(?i)css|dom|queryselector|엘리먼트|element|요소|태그`)
	reScopeKind    = lazyRE(`(?i)(?:스코프|scope)(?:\s*(?:메서드|메소드|함수|이름|를|을|는|인데|중에|좀|추천|만들|하나|\?|$)|$)`)
	reAuthScope    = lazyRE(`(?i)권한|oauth|토큰|token|범위|변수|스코프\s*(?:체인|밖|안)`)
)

// projectLead drops the project a question opens with when it is
// homework or a clone (운영체제 과제 - 스케줄러에서…, 채팅서버 과제 pthread로…,
// 숙소 예약 클론 - 체크인…): the scene, not what is named (was
// get_chat_server_assignment). An assignment that is the app's own data
// stays (과제 제출 여부, 수학 과제 제출 마감일).
func projectLead(q string) string {
	fields := strings.Fields(q)
	for i := 0; i < len(fields)-1 && i < 4; i++ {
		m := reProjectWord.FindStringSubmatch(fields[i])
		if m == nil {
			continue
		}
		next, marked := i+1, m[2] != ""
		if fields[next] == "-" || fields[next] == ":" {
			next, marked = next+1, true
		}
		if next >= len(fields) || !marked && (i == 0 && len([]rune(m[1])) <= 2 || homeworkData(fields[next])) {
			return q
		}
		return strings.Join(fields[next:], " ")
	}
	return q
}

const reProjectWord = lazyRE(`^(\p{Hangul}*(?:과제|숙제|클론))(에서|으로|로|인데|하는데|중인데)?$`)

// homeworkData: a word after 과제 that makes the assignment the app's data
// (과제 제출, 과제 목록).
func homeworkData(w string) bool {
	return prefixOf(w, "제출|목록|마감|점수|채점|상태|개수|수|번호|리스트|여부|id|ID|기한|파일|내용|제목|평가|진행")
}

// purposeClause reads two purpose clauses (…려고): a lookup before 만든 or
// 쓰는 and a noun says what the noun does, as a modifier would (바코드로
// 상품 찾으려고 만든 Dictionary: productsByBarcode, was created); a check
// before a clause of its own is why, no word of the name (오늘 출석했는지
// 보려고 마지막 출석 날짜 저장하는 변수: the last date). Other purposes are
// often the content (세션 유지하려고 쓰는 키, 마커들을 가게 id로 찾으려고
// Map에 넣어두는데) and stay, as does 하다 after one (상수로 빼려고 해요).
func purposeClause(q string) string {
	m := rePurpose.FindStringSubmatchIndex(q)
	if m == nil {
		return q
	}
	stem, next := q[m[2]:m[3]], q[m[1]:]
	switch {
	case prefixOf(next, "하|해|했|합|함"):
		return q
	case reMadeFor.MatchString(next) && prefixOf(stem, "찾|조회하|검색하"):
		return q[:m[2]] + stem + "는 " + reMadeFor.ReplaceAllString(next, "")
	case strings.Count(next, " ") >= 2 && prefixOf(stem, "보|확인하|체크하|알|판단하"):
		return next // (찾으려고 Map에 넣어두는데, 제한 걸려고 const 만드는데: the purpose is the content)
	}
	return q
}

const (
	rePurpose = lazyRE(`(\p{Hangul}+?)(?:으려고|려고|려구)\s+`)
	reMadeFor = lazyRE(`^(?:만든|만들어\s*둔|만들어\s*놓은|쓰는|쓸|사용하는|사용할|둔|둘)\s+`)
)

// designerHandlers: in a C# room, a WinForms or WPF event handler is named
// as the designer generates it, control_Event (PrintButton_Click beside
// OnPrintButtonClick), from the first handler name that says a control and
// its event.
func designerHandlers(room naming.Room, korean bool, question string, sugs []naming.Suggestion) []naming.Suggestion {
	if room.Language() != naming.LangCSharp || !reDesigner.MatchString(question) {
		return sugs
	}
	for i, s := range sugs {
		ws := lowerWords(s.Name)
		if s.Kind != naming.KindFunction || len(ws) < 3 || ws[0] != "on" && ws[0] != "handle" {
			continue
		}
		c := slices.IndexFunc(ws, controlWords.has)
		if c < 1 || c == len(ws)-1 {
			continue
		}
		ev := designerEvents.get(strings.Join(ws[c+1:], " "))
		if ev == "" {
			continue
		}
		name := naming.Format(ws[1:c+1], naming.PascalCase) + "_" + ev
		if room.Validate(naming.KindFunction, name) != nil || slices.ContainsFunc(sugs, func(x naming.Suggestion) bool { return x.Name == name }) {
			return sugs
		}
		reason := "The name the WinForms or WPF designer gives the handler: control_Event."
		if korean {
			reason = "WinForms·WPF 디자이너가 붙이는 이벤트 핸들러 이름(컨트롤_이벤트)입니다."
		}
		return insertSuggestion(sugs, i, naming.Suggestion{Kind: naming.KindFunction, Name: name, Reason: reason})
	}
	return sugs
}

const (
	reDesigner = lazyRE(`(?i)wpf|winforms|win\s*forms|windows\s*forms|윈폼|윈도우\s*폼|xaml|폼\s*디자이너`)
)

const (
	controlWords   lazySet   = `button box textbox checkbox combobox listbox slider toggle picker grid tab window form menu item`
	designerEvents lazyPairs = "click=Click, clicked=Click, blur=LostFocus, focus lost=LostFocus, lost focus=LostFocus, lose focus=LostFocus, changed=Changed, change=Changed, checked=Checked, toggled=Checked, loaded=Loaded, load=Loaded"
)
