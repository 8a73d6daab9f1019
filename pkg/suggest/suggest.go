// Package suggest is namebot's offline suggester: it answers a naming
// question without a model. It reads the question (Korean particles, verb
// and adjective conjugations, yes/no and ability endings, units, compound
// terms; English phrases and word forms) against a glossary kept as data
// (glossary/*.tsv), works out what is asked (an action, a yes/no flag, a
// count, a list, a limit, a conversion, a handler, a type) and builds the
// names a reviewer expects for that kind in the room's language. Every
// name comes from the question; when the question is not understood the
// answer says so instead of offering filler.
//
// Everything here is pure and deterministic; the glossary is parsed once,
// on first use.
package suggest

import (
	"slices"
	"strings"
	"sync"

	"namebot/pkg/naming"
)

// perKind is the most names an answer gives per kind.
const perKind = 5

// Suggest answers a question without a model, in the shape the model's
// answers have: suggestions grouped by kind, best first, each valid for the
// room; Text readable (Korean for a Korean question); Offline set.
func Suggest(spec naming.Spec, question string) naming.Answer {
	if ans, ok := similar(spec, question); ok {
		return ans
	}
	room := naming.ResolveRoom(spec)
	a := Analyze(question)
	pick(a.f, spec.Kind)
	if f := a.f; f.kinds == [4]bool{} && f.korean && headException(f) {
		// 텍스처 로드 실패 예외: an exception asked for is a type
		f.kinds[3] = true
		if f.event = typeEvent(f.items); f.event != nil && room.Language() == naming.LangCSharp {
			// 퀘스트 완료 이벤트 in C#: the event member (QuestCompleted)
			f.kinds = [4]bool{true, false, false, false}
			f.handler, f.callback, f.eventName = true, true, true
		}
	} else if f.kinds[3] && f.korean && !f.handler && f.event == nil {
		f.event = typeEvent(f.items)
	}
	if room.Language() == naming.LangCSharp && (remoteIO(a.f) || netIO(a.f, question)) {
		// C#: a method that downloads from an API or writes to a server is
		// async by the platform's convention (DownloadInvoicePdfAsync)
		a.f.async = true
	}
	if asksPublic(room.Language(), question) {
		room = room.Public()
	}
	b := &builder{room: room, korean: a.f.korean, lang: room.Language(), iface: a.f.iface, shorten: true}
	b.build(a.f)
	b.doerName(a.f)
	b.envVarNames(a.f)
	idiom := b.idioms(a.f, a.q) // idioms.go
	b.prepState(a.q, a.f)       // enstate.go
	b.navigation(a.f, idiom)    // enstate.go
	b.topUp()
	b.scopeNames(question, a.f) // context3.go: a Laravel or Rails scope
	b.selectorNames(question)   // context3.go: a Redux selector
	b.controllerNames()         // context3.go: OrdersController
	sugs := naming.FirstPicked(spec, designerHandlers(room, a.f.korean, question, typedefNames(b.lang, question, b.suggestions())))
	if a.f.unknownVerb && !idiom {
		// 버너 점화하는 함수: the action is unknown; a function named for
		// its object alone (get_boiler) would be a guess
		sugs = slices.DeleteFunc(sugs, func(s naming.Suggestion) bool { return s.Kind == naming.KindFunction })
	}
	sugs = workClasses(room, a.f, question, sugs)
	sugs = flagsByKey(room, a.f, question, sugs)
	if len(a.f.unknownKo) > 0 && !idiom {
		sugs = keepFirstPerKind(sugs)
	} else {
		sugs = b.learnedOrder(a.f, sugs) // learned.go
	}
	sugs = answerForms(room, question, a.f.korean, sugs) // concise.go
	return naming.Answer{Suggestions: sugs, Text: answerText(room, a.f, sugs), Offline: true}
}

// workClasses: a listener, job or command class asked for and only
// function names found (라라벨 이벤트 리스너 클래스: 회원가입하면 환영 쿠폰
// 발급해 주는 거) is named for its work, as Laravel's and Rails' are
// (IssueWelcomeCoupon; was no class name at all).
func workClasses(room naming.Room, f *frame, question string, sugs []naming.Suggestion) []naming.Suggestion {
	if slices.ContainsFunc(sugs, func(s naming.Suggestion) bool { return s.Kind == naming.KindClass }) || !slices.ContainsFunc(sugs, func(s naming.Suggestion) bool { return s.Kind == naming.KindFunction }) {
		return sugs
	}
	if q := strings.ToLower(question); !(f.kinds[3] || containsOf(q, "class|클래스")) || !containsOf(q, "listener|리스너|job|잡 |잡클래스|command|커맨드") {
		return sugs
	}
	var out []naming.Suggestion
	for _, s := range sugs {
		if s.Kind == naming.KindFunction && len(out) < 3 {
			c := naming.Suggestion{Kind: naming.KindClass, Name: room.Format(naming.KindClass, lowerWords(s.Name)), Reason: s.Reason}
			if room.Validate(naming.KindClass, c.Name) == nil {
				out = append(out, c)
			}
		}
	}
	return append(out, sugs...)
}

// remoteIO: the action goes over the network: an I/O verb with an API,
// server or store as its source, target or object.
func remoteIO(f *frame) bool {
	if f.verb == nil || f.verb.t == nil || f.boolean || !ioVerbs.has(f.verb.t.en()) {
		return false
	}
	for _, p := range []*np{&f.source, &f.target, &f.obj, &f.with} {
		for _, w := range p.words(false) {
			if remoteWords.has(w) {
				return true
			}
		}
	}
	return false
}

// netIO: a network verb in a question that names the client or the API
// it goes through (HttpClient로 기상청 API 호출해서 단기예보 가져오는 메서드).
func netIO(f *frame, question string) bool {
	return f.verb != nil && f.verb.t != nil && !f.boolean && netVerbs.has(f.verb.t.en()) && reNetMention.MatchString(question)
}

const reNetMention = lazyRE(`(?i)httpclient|\bapi\b|api(?:를|로|에서|에)|서버(?:에서|에|로)|\brest\b|엔드포인트`)

const (
	netVerbs    lazySet = `download upload fetch send post request call query get pull push sync`
	ioVerbs     lazySet = netVerbs + ` load save read write delete update`
	remoteWords lazySet = `api server backend endpoint cloud s3 remote http database db storage`
)

// asksPublic: the question asks for a public name in a language that
// cases it apart: a C# property (IsAdmin, not a camelCase local), a Go name
// used from other packages (LoadConfig, exported).
func asksPublic(l naming.Language, question string) bool {
	switch l {
	case naming.LangCSharp:
		return reProperty.MatchString(question)
	case naming.LangGo:
		return reGoExported.MatchString(question)
	}
	return false
}

// headException: the question ends in 예외 (an exception), naming it, or
// in 이벤트 after what happened (퀘스트 완료 이벤트, 결제 취소 이벤트: the
// event type, QuestCompletedEvent; was a completedQuestEvent variable).
func headException(f *frame) bool {
	i := lastSaid(f.items, false)
	if i < 0 {
		return false
	}
	switch it := f.items[i]; {
	case it.t != nil && it.t.en() == "exception" && strings.HasPrefix(it.surface, "예외"):
		return true
	case it.t != nil && it.t.en() == "event" && it.surface == "이벤트" && !it.plural && i > 0 && !f.handler:
		p := f.items[i-1]
		return p.part == partNone && p.t != nil && p.form == formNoun && (p.t.Class == 'a' || p.t.Class == 'v')
	}
	return false
}

// lastSaid is the index of the question's last item that says something:
// not a request or a filler word, nor a type's kind word when kinds
// (퀘스트 완료 이벤트 클래스 ends in 이벤트); -1 when there is none.
func lastSaid(items []item, kinds bool) int {
	for i := len(items) - 1; i >= 0; i-- {
		if g := items[i].g; g != gRequest && g != gStop && !(kinds && g == gClass) {
			return i
		}
	}
	return -1
}

// reTwoSteps: "resizes the image and saves it", "downloads the file and
// unzips it": two actions done in order, each with its object (it: the
// same one).
const reTwoSteps = lazyRE(`(?i)\b(?:that|to)\s+([a-z]+)\s+(?:the|an?|all)\s+([a-z]+(?:\s+[a-z]+)?)\s+and\s+(?:then\s+)?([a-z]+)\s+(?:(it|them)|(?:the|an?)\s+([a-z]+(?:\s+[a-z]+)?))\s*$`)

// readStepsEn is readSteps for an English question.
func readStepsEn(q string) []step {
	m := reTwoSteps.FindStringSubmatch(q)
	if m == nil {
		return nil
	}
	var st []step
	for _, p := range [][2]string{{m[1], m[2]}, {m[3], m[5]}} {
		v := verbTerm(verbBase(strings.ToLower(p[0]), false))
		if v == nil {
			return nil
		}
		var o []string
		for _, w := range strings.Fields(strings.ToLower(p[1])) {
			o = append(o, singularNoun(w))
		}
		st = append(st, step{verb: v, obj: o})
	}
	if opposite(st[0].verb.en(), st[1].verb.en()) {
		return nil
	}
	return st
}

// envVarNames: the name of an environment variable (API 키 환경변수 이름,
// DB 호스트 환경변수) is a constant of what it holds, first (API_KEY_ENV,
// API_KEY; were an environmentVariable variable).
func (b *builder) envVarNames(f *frame) {
	var ws []string
	env := false
	for _, w := range f.thing().words(false) {
		if w == "environment" || w == "variable" || w == "env" || w == "var" || w == "name" {
			env = env || w == "environment" || w == "env"
			continue
		}
		ws = append(ws, w)
	}
	if !env || len(ws) == 0 || f.boolean || f.verb != nil && f.verb.t != nil {
		return
	}
	k := naming.KindConstant
	old := b.take(k)
	b.add(k, cand{cat(ws, splitWords("env")), "환경변수 이름을 담는 상수는 값 이름에 ENV를 붙여 짓습니다.", "The constant naming an environment variable: what it holds, then ENV."})
	b.add(k, cand{ws, "환경변수 이름 그대로입니다.", "The variable's own name."})
	b.add(k, cand{cat(ws, splitWords("env var")), "ENV_VAR로 밝힌 형태입니다.", "Said as ENV_VAR."})
	for _, s := range old {
		b.keep(k, s.Name, cand{ko: s.Reason, en: s.Reason})
	}
}

// typeEvent: a type asked for that is an event said with what happened
// (퀘스트 완료 이벤트 (클래스), 결제 취소 이벤트): the event read as a
// handler's would be (QuestCompletedEvent), or nil.
func typeEvent(items []item) *event {
	i := lastSaid(items, true)
	if i <= 0 || items[i].t == nil || items[i].t.en() != "event" || items[i].surface != "이벤트" {
		return nil
	}
	ev := readEventKo(append(slices.Clip(items[:i+1]), item{g: gHandler, surface: "핸들러"}))
	if ev == nil || len(ev.pp) == 0 || len(ev.nouns) == 0 {
		return nil
	}
	return ev
}

// pick applies a kind the person picked with a chip (spec.Kind): it asks
// for that kind whatever the words say, and a boolean makes the question a
// yes/no one. The picked kind's names then come first (naming.FirstPicked).
func pick(f *frame, k naming.Kind) {
	switch k {
	case naming.KindFunction:
		f.kinds[0] = true
	case naming.KindVariable:
		f.kinds[1] = true
	case naming.KindConstant:
		f.kinds[2] = true
	case naming.KindClass:
		f.kinds[3] = true
	case naming.KindBoolean:
		f.boolean = true
	}
}

// Analysis is what the suggester understood of a question.
type Analysis struct {
	f *frame
	q string
}

// maxHintIdioms bounds the phrasebook names a hint carries.
const maxHintIdioms = 6

// Analyze reads a question.
func Analyze(question string) Analysis {
	g := loadGlossary()
	gi := loadGrammar()
	korean := naming.QuestionIsKorean(question)
	var markAs []string
	if !korean {
		if m := reMarkAs.FindStringSubmatch(reDayPossessive.ReplaceAllString(question, "$1")); m != nil && !strings.Contains(strings.ToLower(question), "button") { // (the mark all as read button: a label)
			markAs = []string{strings.ToLower(m[1]), strings.ToLower(m[2])}
		}
	}
	question = restate(question)
	q, folded, marks := dropExamples(question), map[string]bool(nil), map[string]*Term(nil)
	if !korean {
		q, folded, marks = readEnglish(q) // enclause.go
	}
	items, x := refine(excludedOnes(kindHead(asyncAside(relativeAbility(readConstKinds(readWh(readKinds(englishItems2pre(fixMarked(fixFolded(listOnes(parse(g, gi, q)), folded), marks))))))))))
	if !korean {
		items = englishItems2(settingOwner(englishPer(dropCondition(countedVerbs(verbObject(invertQuestion(imperative(leadingOn(canVerb(containsVerb(firstAction(settingModifier(items))))))))))))) // englishItems2: enclause2.go
	} else {
		items = settingAsVerb(thingAfterClause(clauseDuration(koreanPer(verbalObjects(koreanMacro(unitSpec(condClause(causeClause(shownAs(keepOnly(filteredOnly(thatOnes(valueAtWhen(usedWhen(pointsAtIs(placeSide(firstNoun(nominalBeforeNoun(clauseCompound(heldInContainer(actionBeforeFunction(sameVerbTwice(pluralBeforeBy(nowBeforePlace(verbSense(placedIn(duringAside(listedFrom(itemsOf(items))))))))))))))))))))))))))))))
	}
	if !korean {
		items = notState(items)
	}
	items = unitNouns(items)
	f := build(items, korean)
	f.applyExtra(x)
	f.items = items
	f.x.first = firstState(question, items)
	splitSortKey(f)
	formatTarget(f)
	if korean {
		f.unknownKo = unknownKoNouns(question, items)
		if f.verb == nil && f.kinds[0] {
			if v := unknownKoVerb(question, items); v != "" {
				f.unknownKo = appendNew(f.unknownKo, v)
				f.unknownVerb = true
			}
		}
	}
	if !korean && f.x.steps == nil {
		f.x.steps = readStepsEn(question)
	}
	f.iface = asksInterface(items)
	f.period = readPeriod(question)
	f.moment = readMoment(question, items, korean)
	if f.moment != nil && f.kinds[2] && !f.kinds[1] {
		// 토큰 만료 시간 상수: a constant holds how long, never a moment
		f.moment = nil
	}
	if f.kinds[3] {
		f.members = readMembers(question, items)
	}
	if f.moment != nil && f.moment.front && !f.kinds[0] {
		// "time the job was last run" names a time, asks nothing
		f.boolean = false
	}
	f.until = readUntil(question, items)
	if f.until != nil && (f.until.since || f.until.asks) {
		// 며칠 지났는지, 며칠 남았는지 ask how long, not whether
		f.boolean = false
	}
	f.literal = readLiteral(question, f)
	f.valued = reValueGiven.MatchString(question)
	if f.handler && korean && boundAfterWhen(items, f) {
		// 1회 충전 시 최대 주행 거리: the clause says when the bound holds;
		// the question names the bound, not a handler
		f.handler = false
	}
	onlyWhen := korean && f.kinds == [4]bool{} && trailingWhen(items) // 탭 바뀌었을때: a handler, as with 호출되는 함수
	if onlyWhen {
		f.handler = true
	}
	if !f.handler && isCallback(items) {
		// 클릭하면 실행할 함수: a conditional clause and a run verb
		f.handler = true
	}
	if f.handler {
		f.event = readEvent(items, korean)
		f.callback = isCallback(items) || onlyWhen && f.event != nil
		if f.callback && f.event != nil && f.boolean && !f.kinds[1] {
			// "called when the activity is destroyed": the yes/no reading
			// belongs to the event clause
			f.boolean = false
		}
		if x := asksException(items); x != "" && f.event != nil {
			f.exception, f.boolean = x, false
			f.kinds = [4]bool{false, f.kinds[1], false, !f.kinds[1]} // 에러 변수: Go's sentinel error value (kindhead.go)
		}
		if !korean && f.event != nil && asksEventName(items) {
			f.eventName, f.callback = true, true
			f.kinds = [4]bool{true, false, false, false}
		}
	} else if ev := readHandles(items); ev != nil {
		f.handler, f.callback, f.event = true, true, ev
	}
	if !korean && abilityQuestion(items) && f.kinds == [4]bool{} {
		f.boolean = true
	}
	if !korean && f.handler && !f.callback && f.event != nil && f.kinds == [4]bool{} && leadingWhen(items) {
		// "when the user scrolls to the bottom": the handler of that event
		f.callback, f.boolean = true, false
	}
	if !korean {
		copulaNoun(f)    // wh.go
		checkRelation(f) // enphrase.go
		if v := f.verb; v != nil && v.t != nil && (v.t.en() == "contain" || v.t.en() == "include") && f.check {
			f.boolean = true // whether the slice contains the value
		}
	}
	if !korean && f.event != nil && len(f.event.pp) > 0 && len(f.event.nouns) > 0 && reEventTypeEn.MatchString(question) &&
		!containsOf(strings.ToLower(question), "listener|handler|subscriber|consumer|callback") {
		// "event type emitted when a user changes their plan", "class for
		// the event raised when an order is refunded": the event itself
		// (SubscriptionPlanChangedEvent; was emit, or OrderRefundedListener),
		// read here so the model's hint asks for the type, not a handler
		f.kinds = [4]bool{false, false, false, true}
		f.handler, f.callback = false, false
	}
	f.settle()
	f.cmp = askedComparator(f, question)
	f.markAs = markAs
	return Analysis{f: f, q: question}
}

// reMarkAs: "marks a book as returned", "mark all notifications as read".
const reMarkAs = lazyRE(`(?i)\b(?:marks?|records?|flags?)\s+(?:(?:a|an|the|this|that|its|their|all|every|each|all\s+the)\s+)?([a-z]+(?:\s+[a-z]+)?)\s+as\s+(?:being\s+)?([a-z]+)\b`)

// Hint is the analysis in the words the model prompt uses.
func (a Analysis) Hint() naming.Hint {
	f := a.f
	h := naming.Hint{Boolean: f.boolean, Unit: f.unit, Async: f.async}
	for i, k := range []naming.Kind{naming.KindFunction, naming.KindVariable, naming.KindConstant, naming.KindClass} {
		if f.kinds[i] {
			h.Kinds = append(h.Kinds, k)
		}
	}
	switch {
	case f.boolean:
		h.Form = "a yes/no question: boolean names (is/has/can/should ...)"
	case f.count:
		h.Form = "a count"
	case f.list:
		h.Form = "a collection: plural names"
	case f.limit != "":
		h.Form = "a " + f.limit + " value"
	case f.handler:
		h.Form = "an event handler"
	}
	add := func(w []string) {
		if s := strings.Join(w, " "); s != "" {
			for _, x := range h.Terms {
				if x == s {
					return
				}
			}
			if len(h.Terms) < 12 {
				h.Terms = append(h.Terms, s)
			}
		}
	}
	if f.verb != nil && f.verb.t != nil {
		add(f.verb.t.Words)
	}
	for _, p := range []*np{&f.subj, &f.obj, &f.topic, &f.target, &f.source, &f.with, &f.by} {
		add(p.words(false))
	}
	if f.state != nil && f.state.t != nil {
		add(f.state.t.Words)
	}
	// The phrasebook's names (idioms.go), as words: the model is told they
	// are what developers usually call this.
	for _, id := range matchIdioms(a.q, f, "") {
		for _, n := range id.names {
			if w := fillObj(n, f); len(w) > 0 && len(h.Idioms) < maxHintIdioms {
				h.Idioms = append(h.Idioms, strings.Join(w, " "))
			}
		}
	}
	return h
}

var (
	grammarOnce sync.Once
	grammarData *grammarIndex
)

func loadGrammar() *grammarIndex {
	grammarOnce.Do(func() { grammarData = buildGrammar() })
	return grammarData
}

// boundAfterWhen: a Korean question whose only handler word is a 시/때
// clause, followed by the bound, count or unit it names (요청할 때 가져올
// 최대 항목 수), and no function asked.
func boundAfterWhen(items []item, f *frame) bool {
	if f.kinds[0] || f.limit == "" && f.unit == "" && !f.count {
		return false
	}
	w := -1
	for i, it := range items {
		if it.g == gHandler || it.g == gWhen && it.t != nil {
			return false // 핸들러, 호출되는
		}
		if it.g == gWhen {
			w = i
		}
	}
	return w >= 0 && w+1 < len(items) && !items[len(items)-1].isVerb()
}

const reEventTypeEn = lazyRE(`(?i)\bevent\s+(?:type|class|struct|record|object|interface)\s+(?:that(?:'s|\s+is|\s+gets)?\s+)?(?:emitted|raised|published|fired|dispatched|triggered|sent|broadcast)\b|\b(?:type|class|struct|record)\s+for\s+(?:the|an?)\s+(?:domain\s+)?event\s+(?:that(?:'s|\s+is|\s+gets)?\s+)?(?:emitted|raised|published|fired|dispatched|triggered|sent|broadcast)?\s*(?:when|after)\b|\bevent\s+(?:type|class|struct|record)\s+for\s+when\b`)

// notState: "the token is not expired", "the user is not verified", "has
// not been paid": the state negated, as the Korean 안 된 reads (its
// opposite or un-form: is_token_valid, isUserUnverified, is_invoice_unpaid;
// were is_token_expired, isUserVerified, the opposite).
func notState(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		j := i + 1
		if j+1 < len(items) && items[j].eng && items[j].surface == "been" {
			j++ // has not been used
		}
		n, st := items[i], items[j]
		if n.g != gNot || !n.eng || n.surface != "not" || !st.eng || st.t == nil || st.g != gNone || !(st.isAdj() || st.isVerb() && st.pp) ||
			!(items[i-1].g == gIs || items[i-1].eng && oneOf(items[i-1].surface, "been|yet|has|have|had")) {
			continue
		}
		out := slices.Clone(items)
		out[j].neg = true
		return slices.Delete(out, i, i+1)
	}
	return items
}

// flagsByKey: 사용자별 온라인 여부 맵, 상품 id별 품절 여부 딕셔너리: a map of
// a yes/no by its key is named for the state and the key (onlineByUserId,
// outOfStockByProductId; were the booleans isOnline, is_out_of_stock).
func flagsByKey(room naming.Room, f *frame, question string, sugs []naming.Suggestion) []naming.Suggestion {
	if !f.korean || !f.boolean || f.by.empty() || !mapWords(question) {
		return sugs
	}
	i := slices.IndexFunc(sugs, func(s naming.Suggestion) bool { return s.Kind == naming.KindVariable })
	if i < 0 {
		return sugs
	}
	ws := lowerWords(sugs[i].Name)
	if len(ws) < 2 || !yesNoWords.has(ws[0]) {
		return sugs
	}
	key := f.by.words(false)
	var add []naming.Suggestion
	for _, n := range [][]string{cat(ws[1:], []string{"by"}, key), cat(ws[1:], []string{"status", "by"}, key), cat(ws, []string{"by"}, key)} {
		name := room.Format(naming.KindVariable, n)
		dk := naming.DedupeKey(name)
		if room.Validate(naming.KindVariable, name) == nil && !slices.ContainsFunc(sugs, func(s naming.Suggestion) bool {
			return s.Kind == naming.KindVariable && naming.DedupeKey(s.Name) == dk
		}) {
			add = append(add, naming.Suggestion{Kind: naming.KindVariable, Name: name, Reason: sugs[i].Reason})
		}
	}
	out := slices.Concat(sugs[:i], add, sugs[i:])
	n := 0
	return slices.DeleteFunc(out, func(s naming.Suggestion) bool {
		if s.Kind != naming.KindVariable {
			return false
		}
		n++
		return n > perKind
	})
}
