package suggest

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"

	"namebot/pkg/naming"
)

// This file names types (classes, enums, structs, interfaces, traits,
// protocols) from a Korean question, read around the kind word:
//
//   - the noun phrase right before the kind word is the type's head
//     (이미지 캐러셀 컴포넌트 -> ImageCarousel; 회원 상태 enum -> MemberStatus);
//   - a clause that modifies a role noun (레포지토리, 서비스, 델리게이트)
//     gives the entity it serves (회원 정보 DB 접근하는 레포지토리 ->
//     MemberRepository);
//   - a holder clause (~를 담는, 나타내는) names what the type models,
//     without padding (성적 정보를 담는 -> Grade, not GradeInfo);
//   - a clause that says what the type does, with no head noun, names its
//     agent (알림을 보내는 클래스 -> NotificationSender);
//   - a verbal noun in the head is the type's job (이메일 발송 서비스 ->
//     EmailSender, EmailService);
//   - C# interfaces take the I prefix.

// typePadding are nouns that say nothing in a type name (정보, 데이터):
// StudentGrade, not StudentGradeInfo.
const typePadding lazySet = `info information data object logic template detail details structure shape`

// typeFiller are English words that only count or qualify what a type
// holds: a struct holding one reading is a Reading.
const typeFiller lazySet = `one single common generic whole`

// valueNouns name a kind of value already: an enum of them is the noun
// itself (PaymentMethod, MembershipTier, LogLevel), with no Type after it.
const valueNouns lazySet = `method level grade tier role permission category mode priority difficulty direction color
	currency language unit format gender plan channel provider platform weekday season genre
	rank theme region size scope strategy visibility suit shape`

// storePadding are dropped before a data-access role: MemberRepository,
// not MemberDatabaseRepository.
const storePadding lazySet = `database db table`

// roleNouns are heads that say what part a type plays; the entity a
// clause names goes before them.
const roleNouns lazySet = "repository, service, listener, middleware, controller, delegate, exception, error, props, state, status, config, cache, wrapper, handler, factory, adapter, provider, client, builder, view model, component, manager, store, storage, dao, dto, entity, model, request, response, event, job, worker, validator, serializer, mailer, mapper, policy, strategy, callback, observer"

// itemWords are a noun item's identifier words; a verbal noun inside a
// phrase reads as its noun when it has one (응답 -> response).
func itemWords(it item) []string {
	if it.t != nil && it.t.Class == 'v' && it.alt != nil && it.alt.Class == 'n' {
		return it.alt.Words
	}
	return it.words
}

func isKindItem(it item) bool { return it.g == gClass || it.g == gEnum }

// typeNamesKo adds the names of a type asked in Korean; false when the
// question does not read that way (the frame's names are used instead).
func (b *builder) typeNamesKo(f *frame, items []item) bool {
	kw := slices.IndexFunc(items, isKindItem)
	if kw < 0 {
		return false
	}
	b.memberNames(f)
	b.ableTrait(items, kw) // kindhead.go
	// The head: nouns right before the kind word (and before any further
	// kind words: 서비스 객체 클래스).
	j := kw - 1
	var head []item
	base := false
	for ; j >= 0; j-- {
		it := items[j]
		if it.g == gStop || isKindItem(it) {
			continue
		}
		if it.g == gDefault {
			// 기본 클래스, 베이스 클래스: a base type.
			base = true
			continue
		}
		if it.t != nil && it.t.Class == 'a' && it.t.en() == "custom" && it.part == partNone && len(head) > 0 &&
			j > 0 && items[j-1].isVerb() && items[j-1].form != formNoun {
			// 커스텀 밸리데이터: every class one writes is custom; the
			// clause before it names the type (EmailValidator)
			continue
		}
		if it.g == gList && len(head) > 0 {
			// 상품 목록 화면: a list inside the head is a noun.
			it = item{words: []string{"list"}, surface: it.surface, known: true}
		} else if (it.g == gList || it.g == gMapWord) && len(head) == 0 {
			// 읽기 전용 컬렉션 클래스, 정렬된 맵 구조체: the container is
			// the type's noun
			it = item{words: []string{containerNoun(it.surface)}, surface: it.surface, known: true}
		}
		if it.g == gNone && it.t != nil && it.t.Class == 'a' && len(head) > 0 && it.part == partNone &&
			(it.mood == moodMod || it.form == formNoun) && !it.neg && !likeWords.has(it.t.en()) &&
			!(j > 0 && items[j-1].isNoun() && items[j-1].part == partNone) { // (유효성 검사 실패 에러: the noun's state)
			// 스레드 안전한 큐, 불변 사용자: the state qualifies the type
			// (ThreadSafeQueue, ImmutableUser)
			head = append([]item{it}, head...)
			j--
			break
		}
		if it.g != gNone || !(it.isNoun() || it.t != nil && it.t.Class == 'v' && it.form == formNoun) {
			break
		}
		if len(head) > 0 && it.part != partNone && it.part != partGen {
			break
		}
		if it.part != partNone && it.part != partGen && len(head) == 0 {
			break
		}
		head = append([]item{it}, head...)
	}
	// A clause before the head (or the kind word): its verb and the nouns
	// it takes.
	var verb *item
	var clause []item
	if j >= 0 {
		it := items[j]
		if (it.g == gNone || it.g == gHolder || it.g == gReturn) && it.t != nil && it.t.Class == 'v' && it.form != formNoun ||
			it.g == gHolder {
			c := it
			verb = &c
			inPlace := false
			for k := j - 1; k >= 0; k-- {
				n := items[k]
				if n.g == gStop || n.isVerb() && n.form != formNoun && n.mood == moodConn {
					// 로직을 빼서 옮길: the object is shared.
					continue
				}
				if n.g == gList && len(clause) > 0 {
					n = item{words: []string{"list"}, surface: n.surface, known: true}
				}
				if n.g != gNone || !(n.isNoun() || n.t != nil && (n.t.Class == 'v' || n.t.Class == 'a') && n.form == formNoun) {
					break
				}
				if n.part == partFrom || n.part == partLoc || n.part == partDir {
					if len(clause) > 0 {
						break
					}
					inPlace = true
					continue
				}
				if inPlace && n.part == partNone {
					// 화면 상태로: the nouns before a place belong to it
					continue
				}
				inPlace = false
				clause = append([]item{n}, clause...)
			}
		}
	}
	if len(head) == 0 && verb == nil {
		return false
	}
	k := naming.KindClass
	add := func(words []string, ko, en string) {
		if len(words) == 0 || len(words) == 1 && roleNouns.has(words[0]) {
			// a lone role (Service, Delegate) says nothing
			return
		}
		b.add(k, cand{words: words, ko: ko, en: en})
	}
	headWords, headJob := typePhrase(head, false)
	clauseWords, clauseJob := typePhrase(clause, len(head) > 0 && isStoreRole(headWords))
	holder := verb != nil && (verb.g == gHolder || verb.g == gReturn || verb.t != nil && modelVerbs.has(verb.t.en()))
	if base {
		b.baseNames(headWords, clauseWords) // handlers2.go
	}
	switch {
	case len(head) == 0 && holder:
		// 성적 정보를 담는 데이터클래스 -> StudentGrade
		b.modelNames(f, add, clauseWords, clauseJob, shortType(clause))
	case len(head) == 0:
		// 알림을 보내는 클래스 -> NotificationSender
		if verb.t == nil {
			return false
		}
		ag := splitWords(agent(verb.t.en()))
		add(cat(nounPart(clauseWords), ag), "하는 일을 이름으로 삼은 타입입니다.", "Named for what it does.")
		add(ag, "짧은 형태입니다.", "Short form.")
	case verb != nil && !holder && len(clauseWords) == 0 && isRole(headWords) && verb.t != nil && verb.t.Class == 'v':
		// 결제 처리하는 서비스 -> PaymentService: the action's own noun is
		// the entity the role serves
		ent := eventNoun(verb.t)
		add(cat(ent, headWords), "역할 이름 앞에 다루는 대상을 붙인 관용적 형태입니다.", "The entity it serves, then its role.")
		if strings.Contains(verb.surface, "처리") {
			add(cat(ent, splitWords("processor")), "처리하는 쪽을 이름으로 삼은 형태입니다.", "Named for what it processes.")
		}
	case verb != nil && !holder && len(clauseWords) > 0 && isRole(headWords):
		// 회원 정보 DB 접근하는 레포지토리 -> MemberRepository
		ent := clauseWords
		if len(clauseJob) > 1 {
			// 결제 처리 로직 -> the entity is payment, the job processor
			ent = clauseJob[:len(clauseJob)-1]
		}
		add(cat(ent, headWords), "역할 이름 앞에 다루는 대상을 붙인 관용적 형태입니다.", "The entity it serves, then its role.")
		if verb != nil && verb.t != nil && verb.t.en() == "process" && strings.Contains(verb.surface, "처리") {
			// 결제 처리하는 서비스: the payment is processed (PaymentProcessor)
			add(cat(ent, splitWords("processor")), "처리하는 쪽을 이름으로 삼은 형태입니다.", "Named for what it processes.")
		}
		if len(clause) > 1 {
			if first := itemWords(clause[0]); len(first) < len(clauseWords) {
				add(cat(first, headWords), "대상을 줄인 짧은 형태입니다.", "Shorter, with the first noun.")
			}
		}
		if len(clauseJob) > 0 {
			add(clauseJob, "하는 일을 이름으로 삼은 형태입니다.", "Named for what it does.")
		}
		add(headWords, "짧은 형태입니다.", "Short form.")
	default:
		if len(clause) > 0 && ownedRole(headWords) {
			// 로그인 결과 알려주는 델리게이트 -> LoginDelegate: the first thing
			// the clause names owns it
			add(cat(itemWords(clause[0]), headWords), "델리게이트·리스너는 가진 쪽의 이름을 앞에 붙입니다.", "A delegate or listener is named for its owner.")
		}
		b.modelNames(f, add, headWords, headJob, shortType(head))
		if len(clauseWords) == 0 && ownedRole(headWords) {
			// 상품 셀에서 ... 알려주는 델리게이트: the owner is the thing the
			// question starts with (ProductCellDelegate).
			if o := firstPhrase(items[:kw]); len(o) > 0 && !slices.Equal(o, headWords) {
				add(cat(o, headWords), "델리게이트·리스너는 가진 쪽의 이름을 앞에 붙입니다.", "A delegate or listener is named for its owner.")
			}
		}
		if len(head) > 0 && verb != nil && !holder && len(clauseWords) > 0 && len(headWords) == 1 {
			add(cat(clauseWords, headWords), "꾸미는 말을 붙인 형태입니다.", "With its qualifier.")
		}
	}
	if len(b.lists[kindSlot(k)]) == 0 && len(headWords) == 1 && len(clauseWords) == 0 {
		// 캐시 인터페이스: the role is all the question names
		b.add(k, cand{words: headWords, ko: "이 타입이 나타내는 대상입니다.", en: "Models this."})
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// likeWords compare (보스 같은 적: an example, not a state of the type).
const likeWords lazySet = `equal same similar different other`

// containerNoun names a container word written as a type's noun.
func containerNoun(surface string) string {
	s := strings.ToLower(surface)
	switch {
	case strings.Contains(s, "컬렉션") || strings.Contains(s, "collection"):
		return "collection"
	case strings.Contains(s, "맵") || strings.Contains(s, "map"):
		return "map"
	case strings.Contains(s, "배열") || strings.Contains(s, "array"):
		return "array"
	case strings.Contains(s, "딕셔너리") || strings.Contains(s, "dict"):
		return "dictionary"
	case strings.Contains(s, "셋") || strings.Contains(s, "set"):
		return "set"
	}
	return "list"
}

// modelNames are the names of a type that models a thing: the phrase
// without padding, then shorter and enum forms.
func (b *builder) modelNames(f *frame, add func([]string, string, string), words, job, short []string) {
	if len(words) == 0 {
		return
	}
	n := len(words)
	last := words[n-1]
	ko, en := "이 타입이 나타내는 대상입니다.", "Models this."
	if len(job) > 1 {
		// 이메일 발송 서비스 -> EmailSender, EmailService (a listener or
		// observer only hears of the job: StockObserver, not StockUpdater)
		if !ownedRole(words[n-1:]) && last != "handler" {
			add(job, "하는 일을 이름으로 삼은 형태입니다.", "Named for what it does.")
		}
		if isRole(words) && len(job) > 1 {
			add(cat(job[:len(job)-1], words[len(words)-1:]), "역할 이름 앞에 대상을 붙인 형태입니다.", "The entity, then its role.")
		}
	}
	if f.enum && (last == "type" || last == "kind") && n > 1 && (words[n-2] == "error" || words[n-2] == "exception") {
		// 에러 종류 enum: the enum of error kinds is the error type itself.
		add(words[:n-1], "에러 종류를 나타내는 열거형은 보통 에러 이름 그대로 씁니다.", "An enum of error kinds is named as the error.")
	}
	if (last == "type" || last == "kind") && n > 1 && valueNouns.has(words[n-2]) {
		// 결제 수단 종류 enum: a method is already a kind (PaymentMethod)
		add(words[:n-1], "그 자체로 종류를 뜻하는 명사라 Type 없이 씁니다.", "The noun already names a kind; no Type needed.")
	}
	add(words, ko, en)
	switch last {
	case "status":
		add(cat(words[:n-1], splitWords("state")), "상태를 State로 쓴 형태입니다.", "With State.")
	case "state":
		add(cat(words[:n-1], splitWords("status")), "상태를 Status로 쓴 형태입니다.", "With Status.")
	}
	if sh := strings.Join(short, " "); len(short) < n && !roleNouns.has(sh) && sh != "type" && sh != "kind" {
		add(short, "짧은 형태입니다.", "Short form.")
	}
	if f.enum && !roleNouns.has(last) && last != "type" && last != "kind" && !valueNouns.has(last) {
		add(cat(words, splitWords("type")), "종류를 나타내는 열거형에 흔한 Type 접미사 형태입니다.", "The Type suffix enums of kinds often take.")
	}
}

// typePhrase reads items as a type phrase: its words without padding and
// the job of a verbal noun in it, with the nouns before it (이메일 발송 ->
// email sender), if any.
func typePhrase(items []item, store bool) (words, job []string) {
	for i, it := range items {
		ws := itemWords(it)
		if it.t != nil && it.t.Class == 'v' && it.form == formNoun && (it.alt == nil || it.alt.Class != 'n') && job == nil &&
			!slices.ContainsFunc(items[i+1:], func(x item) bool {
				w := lastWord(itemWords(x))
				return w != "" && !typePadding.has(w) && !roleNouns.has(w)
			}) {
			// (게시글 작성 폼: a form, no PostWriter)
			job = cat(dropPadding(words, store), splitWords(agent(it.t.en())))
		}
		words = append(words, ws...)
	}
	return dropPadding(words, store), job
}

// shortType is the last item's words: the head of a type phrase.
func shortType(items []item) []string {
	for i := len(items) - 1; i >= 0; i-- {
		if ws := itemWords(items[i]); len(ws) > 0 && !typePadding.has(ws[len(ws)-1]) {
			return ws
		}
	}
	return nil
}

// screenNouns are screens a padding word names (detail page, info screen).
const screenNouns lazySet = `screen page view fragment activity dialog modal tab`

func dropPadding(words []string, store bool) []string {
	var out []string
	for i, x := range words {
		if len(words) > 1 && typePadding.has(x) && !(x == "data" && i+1 < len(words) && words[i+1] == "source") &&
			!(i+1 < len(words) && screenNouns.has(words[i+1])) { // ProductDetailScreen: the detail screen is a screen
			continue
		}
		if store && storePadding.has(x) {
			continue
		}
		if n := len(out); n > 0 && out[n-1] == x {
			// LRU(cache) 캐시: one cache
			continue
		}
		if (x == "component" || x == "layer" || x == "module" || x == "subsystem" || x == "package") && i < len(words)-1 && roleNouns.has(words[len(words)-1]) {
			// modal dialog component props -> modal dialog props; cache
			// layer error -> cache error
			continue
		}
		out = append(out, x)
	}
	if len(out) == 0 {
		out = words
	}
	return out
}

// nounPart drops the words a verbal noun contributed (email send -> email).
func nounPart(words []string) []string {
	g := loadGlossary()
	var out []string
	for _, x := range words {
		verb := false
		for _, t := range g.en[x] {
			if t.Class == 'v' {
				verb = true
			}
		}
		if !verb || len(g.en[x]) > 1 {
			out = append(out, x)
		}
	}
	return out
}

func isRole(words []string) bool {
	return len(words) > 0 && roleNouns.has(words[len(words)-1])
}

func isStoreRole(words []string) bool {
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "repository", "store", "storage", "dao":
		return true
	}
	return false
}

// ownedRole: roles named for their owner (ProductCellDelegate).
func ownedRole(words []string) bool {
	if len(words) != 1 {
		return false
	}
	switch words[0] {
	case "delegate", "listener", "observer", "data source", "callback":
		return true
	}
	return false
}

// firstPhrase is the first noun phrase of a question.
func firstPhrase(items []item) []string {
	var out []string
	for _, it := range items {
		if it.g == gStop || it.g == gRequest {
			if len(out) > 0 {
				break
			}
			continue
		}
		if it.g != gNone || !it.isNoun() && !(it.t != nil && it.t.Class == 'v' && it.form == formNoun && it.part == partNone) {
			// (a verbal noun is a noun here: 로그인 결과 -> LoginResult)
			if len(out) > 0 {
				break
			}
			continue
		}
		out = append(out, itemWords(it)...)
		if it.part != partNone && it.part != partGen {
			break
		}
	}
	return out
}

// typeNamesEn adds the names of a type asked in English: "enum for the
// states of an order" (OrderState), "error enum for everything that can
// go wrong while parsing a config file" (ConfigError, ParseError), "class
// that sends emails" (EmailSender).
func (b *builder) typeNamesEn(f *frame, items []item) bool {
	kw := slices.IndexFunc(items, isKindItem)
	if kw < 0 {
		return false
	}
	b.memberNames(f)
	var pre []item
	for j := kw - 1; j >= 0; j-- {
		it := items[j]
		if it.g == gStop || isKindItem(it) {
			continue
		}
		if it.g != gNone || !it.isNoun() {
			break
		}
		pre = append([]item{it}, pre...)
	}
	// After the kind word: "for X of Y", or "that VERB X".
	var np1, np2, obj []item
	var verb *item
	of, kindOf := false, false
	for j := kw + 1; j < len(items); j++ {
		it := items[j]
		switch {
		case isKindItem(it) && strings.HasPrefix(it.surface, "type") && j+1 < len(items) && items[j+1].g == gOf:
			// enum for the types of notifications: NotificationType
			kindOf = true
			continue
		case it.g == gStop || it.g == gIn && verb == nil && len(np1) == 0 || it.g == gThat || it.g == gCan || it.g == gIs || isKindItem(it),
			it.t == nil && typeFiller.has(it.surface):
			continue
		case it.g == gOf && verb == nil && len(np1) > 0 && !of:
			of = true
			continue
		case it.g == gNone && it.isNoun() && verb == nil:
			if of {
				np2 = append(np2, it)
			} else {
				np1 = append(np1, it)
			}
			continue
		case it.g == gNone && it.isVerb() && verb == nil && it.eng && strings.HasSuffix(it.surface, "ed") && j+1 < len(items) && items[j+1].isNoun():
			// "struct that holds parsed arguments": what is held, not a parser
			continue
		case it.g == gNone && it.isVerb() && verb == nil:
			c := it
			verb = &c
			continue
		case it.g == gHolder && verb == nil:
			c := it
			c.t = nil
			verb = &c
			continue
		case it.g == gNone && it.isNoun() && verb != nil:
			obj = append(obj, it)
			continue
		case it.g == gNone && it.isVerb() && verb != nil && len(obj) == 0:
			// "go wrong while parsing": the later verb is the action
			c := it
			verb = &c
			continue
		}
		if verb != nil && len(obj) > 0 || of && len(np2) > 0 {
			break
		}
		if verb == nil && len(np1) > 0 && !of {
			break
		}
	}
	k := naming.KindClass
	if ab := canBeAble(items[kw:]); ab != "" {
		// "protocol for objects that can be cached" -> Cacheable
		b.add(k, cand{words: splitWords(ab), ko: "할 수 있는 성질을 나타내는 -able 형용사 이름입니다.", en: "An -able trait."})
	}
	add := func(words []string) {
		if len(words) == 0 || len(words) == 1 && (roleNouns.has(words[0]) || typePadding.has(words[0]) || words[0] == "type" || words[0] == "kind") {
			return
		}
		b.add(k, cand{words: words, ko: "이 타입이 나타내는 대상입니다.", en: "Models this."})
	}
	preWords, _ := typePhrase(pre, false)
	role := isRole(preWords)
	if kw > 0 && items[kw-1].g == gDefault && verb == nil {
		w, _ := typePhrase(append(np2, np1...), false)
		b.baseNames(w, preWords) // handlers2.go
	}
	ui := ""
	if w := lastWord(preWords); uiParts.has(w) {
		ui = w
	} else if w, _ := typePhrase(np1, false); len(np2) == 0 && uiParts.has(lastWord(w)) {
		ui = lastWord(w)
	}
	switch {
	case ui != "" && verb != nil && verb.t != nil && oneOf(verb.t.en(), "show|display|render|present|visualize|preview|draw|plot") && len(obj) > 0:
		// "widget that shows the battery level", "class for a panel that
		// displays …": what it shows, then the part (BatteryLevelWidget;
		// was BatteryLevelShower)
		ws, _ := typePhrase(obj, false)
		add(cat(ws, []string{ui}))
		if len(ws) > 1 {
			add(cat(ws[len(ws)-1:], []string{ui}))
		}
		add(ws)
	case len(np1) > 0 && verb == nil:
		// enum for the states of an order -> OrderState
		ws, _ := typePhrase(append(append([]item{}, np2...), np1...), false)
		if role {
			ws = dropPadding(cat(ws, preWords), false)
		}
		var short []string
		if len(np2) == 0 && !role {
			short = shortType(np1)
		}
		if kindOf && !valueNouns.has(lastWord(ws)) {
			add(cat(ws, splitWords("type")))
		}
		b.modelNames(f, func(x []string, _, _ string) { add(x) }, ws, nil, short)
		if len(np2) > 0 {
			w1, _ := typePhrase(np1, false)
			add(w1)
		}
	case verb != nil && verb.t == nil:
		// holds / represents X
		ws, _ := typePhrase(obj, false)
		b.modelNames(f, func(x []string, _, _ string) { add(x) }, ws, nil, shortType(obj))
	case verb != nil && role:
		ws, _ := typePhrase(obj, false)
		if len(ws) > 0 && !isRole(ws) {
			first := itemWords(obj[0])
			if typePadding.has(lastWord(first)) || len(first) > len(ws) {
				first = ws
			}
			if r := lastWord(preWords); r == "error" || r == "exception" {
				// error types are named by their domain: ConfigError
				first = ws[:1]
			}
			add(cat(first, preWords))
			if len(ws) > 1 {
				add(cat(ws, preWords))
			}
		}
		add(cat(verb.t.Words, preWords))
		if len(ws) > 0 {
			add(cat(nounPart(ws), splitWords(agent(verb.t.en()))))
		}
	case verb != nil:
		ws, _ := typePhrase(obj, false)
		if ab := ableNames(items[kw:]); ab != nil {
			add(ab)
			break
		}
		if !oneOf(verb.t.en(), "have|own|be|belong|exist|support|use|need|accept|allow|want|expect|know|see") {
			// (the roles a user can have: no WorkspaceHaver)
			add(cat(nounPart(ws), splitWords(agent(verb.t.en()))))
		}
		if len(preWords) > 0 {
			add(cat(ws, preWords))
		}
		add(ws)
	case len(pre) > 0:
		b.modelNames(f, func(x []string, _, _ string) { add(x) }, preWords, nil, shortType(pre))
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// uiParts are the screen parts a type that shows something is named
// for (BatteryLevelWidget, WeatherView).
const uiParts lazySet = `widget view panel screen dialog modal card page fragment activity component composable popup sheet banner bar toolbar cell tile badge chart gauge indicator label overlay window pane`

// modelVerbs say a type stands for its object (저장소 백엔드를 추상화하는
// 트레이트 -> StorageBackend).
const modelVerbs lazySet = `abstract wrap model define describe represent`

// ableNames: "module that adds soft-delete behaviour" is SoftDeletable:
// the behaviour a mixin adds, as an -able adjective of its verb.
func ableNames(items []item) []string {
	for i, it := range items {
		if !it.isVerb() || it.t.en() != "add" {
			continue
		}
		var ws []string
		verbLast := false
		for _, x := range items[i+1:] {
			if x.g == gStop {
				continue
			}
			last := lastWord(x.words)
			switch last {
			case "behaviour", "behavior", "support", "ability", "feature", "capability":
				if !verbLast || len(ws) == 0 {
					return nil
				}
				a := able(ws[len(ws)-1])
				if a == "" {
					return nil
				}
				return cat(ws[:len(ws)-1], splitWords(a))
			}
			if x.g != gNone || len(x.words) == 0 {
				return nil
			}
			ws = append(ws, x.words...)
			verbLast = x.isVerb() || x.t != nil && x.t.Class == 'v'
		}
		return nil
	}
	return nil
}

// canBeAble: "that can be cached/rendered": the -able adjective.
func canBeAble(items []item) string {
	for i, it := range items {
		if it.g != gCan {
			continue
		}
		for j, x := range items[i+1:] {
			if x.g == gIs || x.g == gStop {
				continue
			}
			if j+i+2 < len(items) && x.eng && x.g == gNone && x.t == nil && len(x.words) == 1 {
				// soft-deleted: soft deletable (SoftDeletable, was Soft)
				if a := canBeAble(append([]item{it}, items[i+j+2:]...)); a != "" {
					return x.words[0] + " " + a
				}
			}
			if x.isVerb() && (x.pp || x.t != nil) {
				return able(x.t.en())
			}
			if x.isAdj() {
				// cached, rendered: the state of a participle
				if v := baseOf(x.t.en()); len(v) == 1 {
					return able(v[0])
				}
			}
			if x.eng && x.t == nil && x.pp {
				return able(x.words[0])
			}
			return ""
		}
	}
	return ""
}

// agentNames: "the formatter that shows dates" is dateFormatter: a value
// that is an agent (formatter, parser, scheduler) is named for what it
// works on.
func (b *builder) agentNames(f *frame, k naming.Kind) bool {
	if f.verb == nil || f.obj.empty() || len(f.topic.nouns) != 1 {
		return false
	}
	head := f.topic.nouns[0]
	hw := lastWord(head.words)
	if len(head.words) != 1 || !isAgentNoun(hw) {
		return false
	}
	ow := f.obj.nounWords(false)
	c := cand{ko: "다루는 대상 + 역할로 지은 이름입니다.", en: "What it works on, then what it is."}
	c.words = cat(ow, head.words)
	b.add(k, c)
	if len(f.obj.nouns) > 1 {
		c.words = cat(f.obj.headWords(false), head.words)
		b.add(k, c)
	}
	return true
}

var (
	agentOnce  sync.Once
	agentNouns map[string]*Term // the doer's noun: its verb (nil when the glossary lacks it)
)

// isAgentNoun: the noun of a glossary verb's doer (formatter, parser,
// scheduler), not any word in -er (user, order).
func isAgentNoun(w string) bool {
	_, ok := loadAgents()[w]
	return ok
}

// agentVerb is the glossary verb whose doer w names (parser: parse), or nil.
func agentVerb(w string) *Term { return loadAgents()[w] }

func loadAgents() map[string]*Term {
	agentOnce.Do(func() {
		agentNouns = map[string]*Term{}
		irr := irregularAgents.all()
		for _, v := range slices.Sorted(maps.Keys(irr)) {
			if _, ok := agentNouns[irr[v]]; !ok {
				agentNouns[irr[v]] = verbTerm(v) // (parse: parser; get: provider)
			}
		}
		for _, t := range loadGlossary().terms {
			if t.Class == 'v' && len(t.Words) == 1 {
				if _, ok := agentNouns[agent(t.Words[0])]; !ok {
					agentNouns[agent(t.Words[0])] = t
				}
			}
		}
	})
	return agentNouns
}

// memberSets: the members a type is said to hold tell what it is (x, y:
// Point; 위도, 경도: LatLng; host, port: a connection's Config). Each
// member lists the ways a question writes it; "+" names take the
// question's first other noun before them (DatabaseConfig).
var memberSets = []struct {
	members [][]string
	names   []string
}{
	{[][]string{{"x"}, {"y"}, {"width", "w", "가로", "너비"}, {"height", "h", "세로", "높이"}}, []string{"rect", "bounds"}},
	{[][]string{{"lat", "latitude", "위도"}, {"lng", "lon", "long", "longitude", "경도"}}, []string{"lat lng", "coordinate", "geo point"}},
	{[][]string{{"x"}, {"y"}}, []string{"point", "coordinate", "position"}},
	{[][]string{{"width", "가로", "너비"}, {"height", "세로", "높이"}}, []string{"size", "dimensions"}},
	{[][]string{{"r", "red", "빨강"}, {"g", "green", "초록"}, {"b", "blue", "파랑"}}, []string{"color", "rgb"}},
	{[][]string{{"host", "호스트"}, {"port", "포트"}}, []string{"+ config", "+ options", "connection config"}},
	{[][]string{{"username", "아이디", "사용자명"}, {"password", "비밀번호", "패스워드"}}, []string{"credentials", "login credentials"}},
	{[][]string{{"min", "최소", "최솟값", "최소값"}, {"max", "최대", "최댓값", "최대값"}}, []string{"range", "bounds"}},
	{[][]string{{"key", "키"}, {"value", "값"}}, []string{"entry", "key value pair"}},
}

// readMembers: the names of what a type holds, read from the members the
// question lists (also inside parentheses), or nil.
func readMembers(q string, items []item) [][]string {
	var toks []string
	var cur []rune
	hangul := false
	for _, r := range strings.ToLower(q) + " " {
		h := unicode.Is(unicode.Hangul, r)
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) || len(cur) > 0 && h != hangul {
			if len(cur) > 0 {
				toks = append(toks, string(cur))
			}
			cur = cur[:0]
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			cur, hangul = append(cur, r), h
		}
	}
	has := func(alts []string) bool {
		for _, t := range toks {
			for _, a := range alts {
				if t == a || a[0] >= 0x80 && strings.HasPrefix(t, a) {
					return true
				}
			}
		}
		return false
	}
	for _, s := range memberSets {
		all := true
		for _, m := range s.members {
			all = all && has(m)
		}
		if !all {
			continue
		}
		var owner []string
		for _, it := range items {
			member := false
			for _, m := range s.members {
				for _, a := range m {
					member = member || it.t != nil && it.t.en() == a || a == it.surface
				}
			}
			if it.isNoun() && !member && !typePadding.has(it.words[0]) {
				owner = it.words[:1]
				break
			}
		}
		var out [][]string
		for _, n := range s.names {
			if strings.HasPrefix(n, "+ ") {
				if len(owner) == 0 {
					continue
				}
				out = append(out, cat(owner, splitWords(n[2:])))
				continue
			}
			out = append(out, splitWords(n))
		}
		return out
	}
	return nil
}

// memberNames adds the names readMembers found.
func (b *builder) memberNames(f *frame) {
	for _, ws := range f.members {
		b.add(naming.KindClass, cand{words: ws, ko: "담는 멤버들이 이 타입이 무엇인지 말해 줍니다.", en: "Its members say what it is."})
	}
}
