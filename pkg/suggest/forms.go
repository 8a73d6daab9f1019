package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// This file builds names from a frame: the forms each kind takes for what
// was asked, in the order a reviewer would rank them.

type cand struct {
	words  []string
	ko, en string
}

type builder struct {
	room     naming.Room
	lang     naming.Language
	korean   bool
	iface    bool // C# interface: class names take the I prefix
	lists    [4][]naming.Suggestion
	seen     map[string]bool
	mustKeep map[string]bool // words a short form must not drop (forms_extra.go)
	asked    map[string]bool // the identifier words of the question's own terms
	scope    bool            // the functions are query scopes: no getter rewordings (kindhead.go)
	shorten  bool            // an answer to a question: shorter readings of its names join it (concise.go), not rewordings of a quoted name (similar.go)
	async    bool            // asked for async work: data comes by fetch (fetchFirst)
	bg       bool            // in the background: sendEmailLater (Ruby), sendEmailInBackground (laterForm)
}

func (b *builder) suggestions() []naming.Suggestion {
	b.fetchFirst()
	b.eventStates()    // forms_extra.go
	b.qualifyBare()    // forms_extra.go
	b.rerank()         // forms_extra.go
	b.addAbbreviated() // abbr.go
	b.diversify()      // forms_extra.go
	if b.shorten {
		b.concise() // concise.go
		b.valueGetter()
		b.filteredThings()
		b.fill()
		b.shortKey()
	}
	b.laterForm()
	b.eventParticiples() // forms_extra.go
	b.goDurations()      // abbr.go
	b.shortBeforeLong()  // concise.go
	if b.shorten {
		b.shortInWeakPlace() // concise.go
	}
	var out []naming.Suggestion
	for _, l := range b.lists {
		out = append(out, l...)
	}
	return out
}

// add formats words for kind and keeps the name if it is valid and new.
func (b *builder) add(k naming.Kind, c cand) {
	i := kindSlot(k)
	if len(b.lists[i]) >= perKind || len(c.words) == 0 {
		return
	}
	words := c.words
	if last := words[len(words)-1]; len(last) > 1 && strings.HasSuffix(last, "!") {
		// A phrasebook name's bang (save!): Ruby's method that raises
		// where its plain form returns false; elsewhere the plain name.
		words = append(words[:len(words)-1:len(words)-1], strings.TrimSuffix(last, "!"))
		if k == naming.KindFunction && b.lang == naming.LangRuby {
			b.keep(k, naming.Format(words, b.room.Case(k))+"!", c)
			return
		}
	}
	for j := 1; j < len(words); j++ {
		if words[j] == words[j-1] || words[j] == "signal" && len(words[j-1]) > 4 && strings.HasPrefix(words[j-1], "sig") {
			// SIGINT 시그널: sigint, the signal said once
			// is_file_file, pickPostPostByAuthor: a word two readings
			// both gave is said once
			words = slices.Delete(slices.Clone(words), j, j+1)
			j--
		} else if j > 1 && j+1 < len(words) && words[j] == words[j-2] && (words[j+1] == words[j-1] || words[j+1] == plural(words[j-1])) {
			// IsBloodDonationBloodDonationAvailable: two words said twice
			words = slices.Delete(slices.Clone(words), j, j+2)
			j--
		}
	}
	words = scopeLast(words)
	if j := slices.IndexFunc(words, func(w string) bool { return w == "page" || w == "screen" }); j > 0 && j+1 < len(words) &&
		(screenRoles.has(words[j+1]) || j+2 < len(words) && screenRoles.has(words[j+1]+words[j+2])) {
		// 상세 화면 뷰모델: DetailViewModel (the role says it is a screen's)
		words = slices.Delete(slices.Clone(words), j, j+1)
	}
	if j := slices.IndexFunc(words, func(w string) bool { return w == "by" || w == "from" }); j > 0 && j+2 < len(words) && (slices.Contains(words[:j], words[j+1]) || slices.Contains(words[:j], plural(words[j+1]))) {
		// getUserByUserId, employeesByEmployeeId, configFromConfigToml:
		// the owner said once (getUserById, employeesById, configFromToml)
		words = slices.Delete(slices.Clone(words), j+1, j+2)
	}
	for j := 1; j < len(words); j++ {
		if words[j-1] == "at" && (words[j] == "time" || words[j] == "times" || words[j] == "date") {
			return // last_synced_at_times: a moment said twice
		}
		if words[j] == "total" && slices.Contains(words[:j], "total") {
			return // boardTotalPostTotal
		}
	}
	if k == naming.KindClass && b.iface && b.lang == naming.LangCSharp && words[0] != "i" {
		words = cat(splitWords("i"), words)
	}
	if k == naming.KindClass && len(words) > 1 && words[len(words)-1] == "exception" && errorSuffixLangs[b.lang] {
		// PEP 8, Ruby, JavaScript, Rust, Swift, Go: exception types end in Error
		words = append(append([]string(nil), words[:len(words)-1]...), "error")
	}
	if k == naming.KindClass && b.lang == naming.LangGo && len(words) > 1 && words[len(words)-1] == "error" && words[0] != "err" && !b.asked["type"] && !b.asked["struct"] {
		// Go: an error a function returns is a sentinel value, ErrQueueFull
		// (io.ErrShortBuffer, sql.ErrNoRows), beside its type
		b.keep(k, b.room.Format(k, cat(splitWords("err"), words[:len(words)-1])), c)
	}
	if k == naming.KindClass && len(words) > 2 && (words[len(words)-1] == "exception" || words[len(words)-1] == "error") {
		// TextureLoadException, not FailedTextureLoadException: an
		// exception is a failure already
		var kept []string
		for _, w := range words[:len(words)-1] {
			if w != "failed" && w != "failure" && w != "fail" {
				kept = append(kept, w)
			}
		}
		if len(kept) > 0 && len(kept) < len(words)-1 {
			// the short form first, the one that says failed after it
			// (ParseError, ParseFailedError)
			b.keep(k, b.room.Format(k, append(kept, words[len(words)-1])), c)
		}
	}
	if (len(words) == 2 && typeRoles.has(words[0]+" "+words[1]) || len(words) == 1 && oneOf(words[0], "activity|fragment|dao|controller|service|repository")) && len(b.lists[i]) > 0 {
		return // ViewModel, ViewController alone: a role, not a name
	}
	if len(words) == 1 && weakAlone.has(words[0]) && len(b.lists[i]) > 0 {
		// timeout, LIMIT after databaseConnectionTimeout: a short form
		// that names nothing the question was about.
		return
	}
	if len(words) > 1 && len(b.lists[i]) > 0 && allVague(words) && !b.allAsked(words) {
		// handleDelete, getValue after a name about the question: words
		// that fit any question, some not even the question's own, say
		// nothing about this one (fetchData for 데이터 가져오는 stays).
		return
	}
	if len(words) == 1 && genericWords.has(words[0]) {
		// A lone generic word (result, data, info) says nothing about the
		// question even when the question used it.
		return
	}
	if k == naming.KindFunction && b.lang == naming.LangRuby && len(words) > 1 && (words[0] == "is") {
		// Ruby predicate methods: admin?, not is_admin.
		name := naming.Format(words[1:], b.room.Case(k)) + "?"
		b.keep(k, name, c)
		return
	}
	if k == naming.KindFunction && b.lang == naming.LangRuby && len(words) > 1 && (words[0] == "can" || words[0] == "has") {
		// and can_refund?, has_children?
		b.keep(k, naming.Format(words, b.room.Case(k))+"?", c)
		return
	}
	if k == naming.KindFunction && b.lang == naming.LangRuby && len(words) > 2 && words[0] == "get" {
		// Ruby readers carry no get_: current_user before get_current_user
		b.keep(k, b.room.Format(k, words[1:]), c)
	}
	name := b.room.Format(k, words)
	if k == naming.KindFunction && b.lang == naming.LangRuby && b.seen[string(k)+"/"+naming.DedupeKey(name+"?")] {
		return // email_verified after email_verified?: the predicate says it
	}
	b.keep(k, name, c)
}

// take empties kind k's list and forgets its names, for a pass that
// rebuilds the list from them (the phrasebook first, a Laravel scope, a
// Redux selector, a controller).
func (b *builder) take(k naming.Kind) []naming.Suggestion {
	i := kindSlot(k)
	old := b.lists[i]
	b.lists[i] = nil
	for _, s := range old {
		delete(b.seen, string(k)+"/"+naming.DedupeKey(s.Name))
	}
	return old
}

func (b *builder) keep(k naming.Kind, name string, c cand) {
	i := kindSlot(k)
	if b.room.Validate(k, name) != nil || k != naming.KindFunction && withAlone(name) {
		return
	}
	if b.seen == nil {
		b.seen = map[string]bool{}
	}
	key := string(k) + "/" + naming.DedupeKey(name)
	if b.seen[key] {
		return
	}
	b.seen[key] = true
	reason := c.en
	if b.korean {
		reason = strings.TrimSpace(c.ko) // a particle with no noun before it is dropped (josa)
	}
	b.lists[i] = append(b.lists[i], naming.Suggestion{Kind: k, Name: name, Reason: reason})
}

// withAlone: with_photos, withoutTags name what a thing has, not the thing
// (a function may wrap: withLock, withRetry).
func withAlone(name string) bool {
	ws := lowerWords(name)
	return len(ws) > 1 && (ws[0] == "with" || ws[0] == "without")
}

// noGetPrefix is why a language's getters carry no get: Go's (Effective
// Go) and Ruby's (its style guide: attribute readers are the noun).
func noGetPrefix(l naming.Language) (ko, en string) {
	switch l {
	case naming.LangGo:
		return "Go는 getter에 Get을 붙이지 않습니다(Effective Go).", "Go getters carry no Get prefix (Effective Go)."
	case naming.LangRuby:
		return "Ruby는 값을 돌려주는 메서드에 get_을 붙이지 않습니다(Ruby 스타일 가이드).", "Ruby readers carry no get_ prefix (the Ruby style guide)."
	}
	return "", ""
}

// askedGetter: the question calls the function a getter (Device 구조체에서
// 시리얼번호 반환하는 getter): what it is read from is its receiver, and
// Go's getter is the noun (SerialNumber, was GetSerialNumber).
func askedGetter(items []item) bool {
	for _, it := range items {
		if strings.EqualFold(it.surface, "getter") || it.surface == "게터" {
			return true
		}
	}
	return false
}

// vagueWords fit any question: a name made of them alone is filler.
const vagueWords lazySet = `handle on process do run get set update delete remove add create fetch load save data
	value values result results item items info num count total number amount list temp new`

// allAsked: every word is one of the question's own.
func (b *builder) allAsked(words []string) bool {
	for _, w := range words {
		if !b.asked[w] {
			return false
		}
	}
	return true
}

func allVague(words []string) bool {
	for _, w := range words {
		if !vagueWords.has(w) {
			return false
		}
	}
	return true
}

// errorSuffixLangs name their exception types …Error, not …Exception.
var errorSuffixLangs = map[naming.Language]bool{naming.LangPython: true, naming.LangRuby: true, naming.LangJavaScript: true,
	naming.LangTypeScript: true, naming.LangRust: true, naming.LangSwift: true, naming.LangGo: true}

// genericWords never make a name on their own.
const genericWords lazySet = `result results data value values info item items get set process handle temp tmp obj
	object list thing stuff input output save update run do manager helper util utils flag num
	total number amount exception error`

// cat concatenates word lists. Not inlined (//go:noinline): ~300 call
// sites, and inlined it made chatsend ~65 KB larger (see splitWords).
//
//go:noinline
func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// build fills the lists for the kinds the frame asks for.
func (b *builder) build(f *frame) {
	b.mustKeep = essentialWords(f)
	b.async = f.async
	b.bg = f.async && f.x.job != "worker" && saysAny(f.items, "백그라운드", "background") // (a worker is named for its loop)
	b.asked = map[string]bool{}
	for _, it := range f.items {
		for _, w := range it.words {
			b.asked[w] = true
		}
		if it.g == gClass && !strings.Contains(it.surface, "에러") && !strings.Contains(strings.ToLower(it.surface), "error") {
			b.asked["type"] = true // 타입, 구조체, type: an error type, not a sentinel
		}
	}
	fn, vr, cn, cl := f.kinds[0], f.kinds[1], f.kinds[2], f.kinds[3]
	if !fn && !vr && !cn && !cl {
		// No kind named: an action reads as a function, anything else as
		// a variable; both when it could be either.
		switch {
		case b.lang == naming.LangPHP && f.handler && !f.boolean && saysAny(f.items, "listener", "리스너"):
			// a Laravel listener is a class (SendShipmentNotification)
			cl = true
		case typeHead(f.items) && !f.boolean:
			// 유저 정보 DTO, 주문 서비스, 설정 뷰컨트롤러: a type's role word
			// last names a type (and the variable holding one)
			cl, vr = true, true
		case f.handler && f.callback && !f.boolean:
			// 콜백, 핸들러, 리스너: a function unless a variable is asked.
			fn = true
		case f.boolean:
			vr = true
			// -인지 alone may be a method or a flag: both are offered; 여부
			// names a flag.
			fn = f.verb != nil || f.check || !namesFlag(f.items)
		case f.moment != nil:
			vr = true
		case (f.count || f.list) && f.verb != nil && f.verb.mood == moodMod && !f.verb.eng:
			// 재시도한 횟수, 실패한 작업 목록: the verb only qualifies the
			// counted or listed thing.
			vr = true
		case f.verb != nil && !f.holder:
			fn, vr = true, true
		default:
			vr = true
			fn = f.verb != nil
		}
		if f.x.stream {
			fn, vr = true, true // a Flow, a Publisher: a property, or a function returning it
		}
		cn = impliesConstant(f) && f.until == nil // days until a birthday is computed, not set
		vr = vr || cn
		if f.until != nil && vr && b.lang == naming.LangRuby {
			fn = true // Ruby computes a value in a method of its name (def days_until_birthday)
		}
		fn = fn && !(cn && f.valued) // (8080) is a value, not an action
	}
	if f.holder && !fn && f.verb != nil && f.verb.t != nil && f.verb.g == gNone {
		// "정렬된 목록을 담는 변수" keeps its participle.
	}
	if fn {
		b.unitFormatNames(f)
		b.functions(f)
		if f.full != nil {
			b.functions(f.full)
		}
	}
	if vr && f.exception != "" && b.errorValueNames(f) { // kindhead.go
		vr = false
	}
	if vr {
		b.perNames(f, naming.KindVariable)
		b.variables(f, naming.KindVariable)
		if f.full != nil {
			b.variables(f.full, naming.KindVariable)
		}
	}
	if cn {
		b.perNames(f, naming.KindConstant)
		b.variables(f, naming.KindConstant)
		if f.boolean && len(b.lists[kindSlot(naming.KindConstant)]) == 0 {
			// 점검 중인지 여부를 상수로: a yes/no constant, named as the
			// flag is (IS_UNDER_MAINTENANCE; was no name)
			b.booleans(f, naming.KindConstant)
		}
	}
	if cl {
		b.jobNames(f) // forms_extra.go: background job classes first
	}
	if cl && f.exception != "" && b.exceptionNames(f) {
		cl = false
	}
	if cl && b.lang == naming.LangPHP && b.listenerNames(f) { // forms_extra.go
		cl = false
	}
	if cl && f.handler && f.callback && b.eventClassNames(f) {
		cl = false
	}
	if ev := f.event; cl && !f.handler && ev != nil {
		// 퀘스트 완료 이벤트: what happened, then Event (QuestCompletedEvent)
		k := naming.KindClass
		b.add(k, cand{cat(ev.nouns, ev.pp, splitWords("event")), "이벤트 타입은 일어난 일(명사 + 과거분사)에 Event를 붙여 짓습니다.", "An event type: what happened, then Event."})
		b.add(k, cand{cat(ev.nouns, ev.pp), "Event 접미사를 뺀 형태입니다(도메인 이벤트에 흔합니다).", "Without the Event suffix, as domain events often are."})
		cl = false
	}
	if cl && !(b.korean && b.typeNamesKo(f, f.items)) && !(!b.korean && b.typeNamesEn(f, f.items)) {
		b.classes(f)
	}
	if cl && f.enum && len(f.obj.mods) == 1 && len(f.obj.nouns) > 0 && f.obj.mods[0].t != nil && oneOf(f.obj.mods[0].t.en(), "supported|support|available|allowed|enabled") {
		// enum of the supported languages: SupportedLanguage too (was
		// Language alone)
		b.add(naming.KindClass, cand{cat(modWords(f.obj.mods[0]), f.obj.headWords(false)), "지원하는 것만 모은 열거형입니다.", "An enum of the supported ones."})
	}
}

// resultVerbs make a new value of their object, which a variable holding
// the result names by the participle (sortedItems, formattedPrice).
const resultVerbs lazySet = `sort filter format group merge normalize trim encode decode compress encrypt decrypt hash
	resize reverse shuffle dedupe deduplicate sanitize escape truncate round scale crop paginate aggregate flatten`

// afterOwner: 회원이 쿠폰 있는지, 환자가 페니실린 알레르기 있는지: the
// one who has is said by the subject particle and is no word of what is
// had (hasCoupons, hasPenicillinAllergy; were hasMemberCoupons,
// has_patient_penicillin_allergies).
func afterOwner(t *np) *np {
	i := -1
	for j, n := range t.nouns[:max(len(t.nouns)-1, 0)] {
		if n.part == partSubj && !n.eng {
			i = j
		}
	}
	if i < 0 {
		return t
	}
	return &np{nouns: t.nouns[i+1:], role: t.role}
}

// joinedStates are states of being joined to something, which a yes/no
// question names with it (isConnectedToWifi, isSubscribedToNewsletter).
const joinedStates lazySet = `connected subscribed attached assigned bound linked paired registered enrolled`

// subject is the thing a yes/no question is about.
func (f *frame) subject() *np {
	switch {
	case !f.subj.empty():
		return &f.subj
	case !f.obj.empty():
		return &f.obj
	case !f.topic.empty():
		return &f.topic
	}
	return &np{}
}

// thing is the phrase the names are about. Not inlined (//go:noinline):
// it saves chatsend ~8 KB (see splitWords).
//
//go:noinline
func (f *frame) thing() *np {
	switch {
	case !f.obj.empty():
		return &f.obj
	case !f.topic.empty():
		return &f.topic
	case !f.subj.empty():
		return &f.subj
	}
	return &np{}
}

// shortHead is a bound's head for its short form; a time word before a
// unit of time says nothing the unit does not, so the noun before it names
// the bound (무료 주차 시간 30분: FREE_PARKING_MINUTES, was TIME_MINUTES).
func shortHead(t *np, plural bool, unit string) []string {
	h := t.head()
	if n := t.nouns[h]; h > 0 && n.t != nil && (n.t.en() == "time" || n.t.en() == "duration" || n.t.en() == "period") && durationUnits.has(unit) {
		return t.nouns[h-1].words
	}
	return t.headWords(plural)
}

func verbWords(v *item) []string {
	if v == nil || v.t == nil {
		return nil
	}
	return v.t.Words
}

// booleans are the names of a yes/no question.
func (b *builder) booleans(f *frame, k naming.Kind) {
	b.booleansFirst(f, k)
	if pw := f.x.pred.words(false); len(pw) > 1 && pw[0] == "same" && len(b.lists[kindSlot(k)]) > 0 {
		// 두 사용자가 같은 팀인지: the subjects are compared, not named
		return
	}
	s := f.subject()
	sw := s.words(s.plural())
	sko := s.ko()
	v := f.verb
	var canBe *Term // the post can be edited: the verb of the participle
	if f.ability && f.state != nil && f.state.t != nil && f.state.t.Class == 'a' && !f.korean {
		canBe = verbTerm(joinSpace(baseOf(f.state.t.en())))
	}
	switch {
	case canBe != nil:
		ow := s.words(false)
		b.add(k, cand{cat(splitWords("can"), canBe.Words, ow), "", "Whether the " + strings.Join(ow, " ") + " can be " + f.state.t.en() + "."})
		if ab := able(canBe.en()); ab != "" {
			b.add(k, cand{cat(splitWords("is"), ow, splitWords(ab)), "", "The same, as an -able adjective."})
			b.add(k, cand{cat(splitWords("is"), splitWords(ab)), "", "Short -able form."})
		}
		b.add(k, cand{cat(splitWords("can"), canBe.Words), "", "Short form."})
	case f.state != nil:
		st := f.state.words
		if f.state.neg && f.state.t != nil && f.state.t.Class == 'a' {
			st = modWords(*f.state) // 결제되지 않았는지: unpaid, not paid
		}
		if f.state.t != nil && f.state.t.Class == 'v' {
			st = splitWords(participle(f.state.t, f.state.t.en()))
			if f.state.neg {
				st = negParticiple(f.state.t) // 결제하지 않았는지: unpaid
			}
			if f.state.ing || f.progress {
				st = splitWords(gerund(f.state.t, f.state.t.en()))
			}
		}
		if pp := hasDone(f); pp != nil { // enclause3.go
			b.add(k, cand{cat(splitWords("has"), pp), "이미 " + pastKo(f.state.stateKo()) + "는지 나타내는 불리언입니다.", "Whether they have " + strings.Join(pp, " ") + "."})
		}
		if tw := f.target.words(false); len(tw) > 0 && f.state.t != nil && joinedStates.has(f.state.t.en()) && !f.state.neg {
			// the device is connected to Wi-Fi: isConnectedToWifi,
			// isWifiConnected (was isDeviceConnected)
			b.add(k, cand{cat(splitWords("is"), st, splitWords("to"), tw), josa(f.target.ko(), "에", "에") + " " + stateQ(f.state.stateKo()) + "인지 나타내는 불리언입니다.", "Whether it is " + strings.Join(st, " ") + " to the " + strings.Join(tw, " ") + "."})
			b.add(k, cand{cat(splitWords("is"), tw, st), "대상을 앞에 둔 형태입니다.", "The target first."})
		}
		// The subject's own modifiers stay (is_sidebar_collapsed).
		b.add(k, cand{cat(splitWords("is"), sw, st), josa(sko, "이", "가") + " " + stateQ(f.state.stateKo()) + "인지 나타내는 불리언입니다.", "Whether the " + strings.Join(sw, " ") + " is " + strings.Join(st, " ") + "."})
		if len(s.nouns) > 1 {
			b.add(k, cand{cat(splitWords("is"), s.headWords(false), st), "주어를 줄인 짧은 이름입니다.", "A shorter form with the head noun only."})
		}
		b.add(k, cand{cat(splitWords("is"), st), "대상이 분명할 때 쓰는 짧은 이름입니다.", "Short form, when the subject is clear from context."})
		if f.state.t != nil && f.state.t.Opp != "" {
			b.add(k, cand{cat(splitWords("is"), sw, splitWords(f.state.t.Opp)), "반대 상태로 물을 때의 이름입니다.", "The same flag asked the other way round."})
		}
	case f.ability && v != nil && !f.korean && f.obj.empty() && f.topic.empty() && !f.subj.empty() && !f.passive:
		// the player can jump: the subject is who can; the verb says it
		vw := verbWords(v)
		b.add(k, cand{cat(splitWords("can"), vw), futureKo(v.stemKo()) + " 수 있는지 나타냅니다.", "Whether it can " + v.t.en() + "."})
		b.add(k, cand{cat(splitWords("can"), f.subj.words(false), vw), "주어를 드러낸 형태입니다.", "With the subject."})
		if ab := able(v.t.en()); ab != "" {
			b.add(k, cand{cat(splitWords("is"), splitWords(gerund(v.t, v.t.en())), splitWords("allowed")), "허용 여부로 묻는 형태입니다.", "Asked as permission."})
		}
	case f.ability && v != nil:
		vw := verbWords(v)
		o := f.thing()
		ow := o.words(false)
		b.add(k, cand{cat(splitWords("can"), vw, ow), josa(o.ko(), "을", "를") + " " + futureKo(v.stemKo()) + " 수 있는지 나타냅니다.", "Whether the " + strings.Join(ow, " ") + " can be " + participle(v.t, v.t.en()) + "."})
		if ab := able(v.t.en()); ab != "" && len(ow) > 0 {
			b.add(k, cand{cat(splitWords("is"), ow, splitWords(ab)), "-able 형용사로 쓴 불리언입니다.", "The same, as an -able adjective."})
		}
		b.add(k, cand{cat(splitWords("can"), vw), "대상이 분명할 때 쓰는 짧은 이름입니다.", "Short form, when the object is clear from context."})
		if ab := able(v.t.en()); ab != "" {
			b.add(k, cand{cat(splitWords("is"), splitWords(ab)), "짧은 -able 형용사 이름입니다.", "Short -able form."})
		}
	case f.progress && v != nil:
		vw := splitWords(gerund(v.t, v.t.en()))
		o := f.thing()
		ow := o.words(false)
		if len(ow) > 0 && f.obj.empty() && !f.subj.empty() {
			// 플레이어가 점프 중인지: the one doing it first (isPlayerJumping)
			b.add(k, cand{cat(splitWords("is"), ow, vw), "하는 쪽을 앞에 둔 형태입니다.", "Who does it, first."})
		}
		b.add(k, cand{cat(splitWords("is"), vw, ow), v.surfaceKo() + " 중인지 나타내는 불리언입니다.", "Whether it is " + strings.Join(vw, " ") + " now."})
		b.add(k, cand{cat(splitWords("is"), vw), "대상이 분명할 때 쓰는 짧은 이름입니다.", "Short form."})
		if len(ow) > 0 {
			b.add(k, cand{cat(splitWords("is"), ow, vw), "주어를 앞에 둔 형태입니다.", "Subject-first form."})
		}
	case v != nil && v.t != nil && (v.t.en() == "contain" || v.t.en() == "include") && !f.ability:
		// slices.Contains: the method is named for the relation
		o := f.thing()
		ow := o.headWords(false)
		rel := thirdPerson(v.t.en())
		if k == naming.KindVariable && len(ow) > 0 {
			// 코스가 왁스 포함인지 여부, a flag: what it includes is the
			// name (includesWax, hasWax; was includes alone, a method's name)
			b.add(k, cand{cat(splitWords(rel), ow), "", "Whether it " + rel + " the " + strings.Join(ow, " ") + "."})
			b.add(k, cand{cat(splitWords("has"), ow), "", "Asked as possession."})
			b.add(k, cand{cat(splitWords("is"), ow, splitWords("included")), "", "Asked as a state of what is included."})
			break
		}
		b.add(k, cand{splitWords(rel), "", "Whether it " + rel + " the " + strings.Join(ow, " ") + ": x." + rel + "(" + strings.Join(ow, " ") + ")."})
		b.add(k, cand{cat(splitWords(rel), ow), "", "With what is looked for."})
		b.add(k, cand{cat(splitWords("has"), ow), "", "Asked as possession."})
	case v.en() == "satisfy" && !f.ability && (!f.obj.empty() || !f.by.empty()):
		// 비밀번호가 보안 정책을 만족하는지: the subject meets the object
		// (meetsSecurityPolicy), not a state of the object
		ow := f.obj.words(false)
		if h := lastWord(ow); h == "requirement" || h == "condition" || h == "rule" {
			ow = f.obj.words(true) // meetsRequirements: all of them
		}
		if len(ow) == 0 {
			ow = cat(f.by.words(false), splitWords("criteria")) // 장학금 기준을 충족하는지
		}
		for _, ve := range append(v.t.Alt, "satisfy") {
			rel := thirdPerson(ve)
			b.add(k, cand{cat(splitWords(rel), ow), "", "Whether it " + rel + " the " + strings.Join(ow, " ") + "."})
		}
		b.add(k, cand{cat(splitWords("is"), ow, splitWords("met")), "", "Asked as a state of what is to be met."})
	case v != nil && v.t != nil && !f.isNounQ && reciprocal.has(v.t.en()) && !f.ability:
		// 두 범위가 겹치는지, whether two boxes collide: a relation of
		// the two, asked of one (a.overlaps(b)) or of both (rangesOverlap)
		o := f.thing()
		if !f.subj.empty() {
			o = &f.subj
		}
		ve := v.t.en()
		state := cand{cat(splitWords("is"), splitWords(gerund(v.t, ve))), "상태로 묻는 형태입니다.", "Asked as a state."}
		if k == naming.KindVariable {
			b.add(k, state)
		}
		b.add(k, cand{splitWords(thirdPerson(ve)), "두 대상의 관계를 한쪽에 묻는 메서드 이름입니다(a." + thirdPerson(ve) + "(b)).", "The relation asked of one side: a." + thirdPerson(ve) + "(b)."})
		b.add(k, state)
		if ow := o.words(!massy(o)); len(ow) > 0 {
			b.add(k, cand{cat(ow, v.t.Words), "둘을 함께 받는 함수 이름입니다.", "A function of both."})
		}
		for _, a := range v.t.Alt {
			b.add(k, cand{splitWords(thirdPerson(a)), "다른 동사로 쓴 형태입니다.", "With another verb."})
		}
	case relationVerb(f):
		// named by booleansFirst (enphrase.go): supportsWebWorkers
	case v != nil && v.t != nil && !f.isNounQ:
		pp := splitWords(participle(v.t, v.t.en()))
		if v.neg {
			pp = negParticiple(v.t) // 메일 안 읽었는지: unread
		}
		vw := verbWords(v)
		o := f.thing()
		if !f.subj.empty() && (f.passive || f.obj.empty()) {
			o = &f.subj
		}
		ow := o.words(false)
		oko := o.ko()
		if f.past || f.passive || len(ow) == 0 {
			if o == &f.subj && !f.passive && !v.neg && agentVerbs.has(v.t.en()) && personNoun(o) {
				// 유권자가 이미 투표했는지, 참가자가 응답했는지: a person
				// who has done it (hasVoted; was IsVoterVoted)
				b.add(k, cand{cat(splitWords("has"), pp), "이미 " + pastKo(v.stemKo()) + "는지 나타내는 불리언입니다.", "Whether they have " + strings.Join(pp, " ") + "."})
			}
			b.add(k, cand{cat(splitWords("is"), ow, pp), josa(oko, "이", "가") + " " + v.passiveKo() + " 상태인지 나타내는 불리언입니다.", "Whether the " + strings.Join(ow, " ") + " has been " + strings.Join(pp, " ") + "."})
			if len(ow) > 0 && (o != &f.subj || f.passive) {
				// a subject that did it has not done itself (isLoggedIn)
				b.add(k, cand{cat(splitWords("has"), pp, ow), "이미 " + pastKo(v.stemKo()) + "는지 나타내는 불리언입니다.", "Whether it has " + strings.Join(pp, " ") + " the " + strings.Join(ow, " ") + "."})
			}
			b.add(k, cand{cat(splitWords("is"), pp), "대상이 분명할 때 쓰는 짧은 이름입니다.", "Short form."})
		} else {
			should := cand{cat(splitWords("should"), vw, ow), josa(oko, "을", "를") + " " + futureKo(v.stemKo()) + "지 정하는 불리언입니다.", "Whether to " + v.t.en() + " the " + strings.Join(ow, " ") + "."}
			// 다크모드 지원하는지: whether it does (supportsDarkMode), then
			// the state; should, 지원할지's, after them
			// "whether the download finishes": a thing that does it is
			// in that state, not a thing to do it to (isDownloadCompleted;
			// was shouldCompleteDownload); "whether the device supports
			// NFC": it does (supportsNfc)
			said := v.eng && v.third && len(ow) > 0 && stateVerbs.has(v.t.en())
			does := !v.eng && v.form == formStem && strings.HasPrefix(v.rest, "는지") && len(ow) > 0 ||
				said || v.eng && v.third && len(ow) > 0 && !f.past && !f.passive
			state := cand{cat(splitWords("is"), ow, pp), josa(oko, "이", "가") + " " + v.passiveKo() + " 상태인지 나타냅니다.", "Whether the " + strings.Join(ow, " ") + " is " + strings.Join(pp, " ") + "."}
			switch {
			case said:
				b.add(k, state)
			case does:
				b.add(k, cand{cat(splitWords(thirdPerson(v.t.en())), ow), josa(oko, "을", "를") + " " + v.stemKo() + "는지 나타내는 불리언입니다.", "Whether it " + thirdPerson(v.t.en()) + " the " + strings.Join(ow, " ") + "."})
			default:
				b.add(k, should)
			}
			b.add(k, state)
			if does {
				b.add(k, should)
			}
			b.add(k, cand{cat(splitWords("has"), pp, ow), "이미 " + pastKo(v.stemKo()) + "는지 나타냅니다.", "Whether it has " + strings.Join(pp, " ") + " it."})
		}
	case f.exist || f.absent:
		t := afterOwner(f.thing())
		pl := t.words(!massy(t))
		if f.absent {
			b.add(k, cand{cat(splitWords("has no"), pl), josa(t.ko(), "이", "가") + " 없는지 나타내는 불리언입니다.", "Whether there are no " + strings.Join(pl, " ") + "."})
			b.add(k, cand{cat(splitWords("is"), t.words(false), splitWords("empty")), "비어 있는지로 묻는 형태입니다.", "Asked as emptiness."})
		}
		b.add(k, cand{cat(splitWords("has"), pl), josa(t.ko(), "이", "가") + " 있는지 나타내는 불리언입니다.", "Whether there are any " + strings.Join(pl, " ") + "."})
		b.add(k, cand{cat(splitWords("has"), t.words(false)), "단수형으로 쓴 이름입니다.", "Singular form."})
	default:
		// 관리자인지, 관리자 여부, "is admin": the noun is the predicate.
		t := f.thing()
		if !f.subj.empty() {
			t = &f.subj
		}
		words := t.words(false)
		if len(words) == 0 {
			return
		}
		b.add(k, cand{cat(splitWords("is"), words), josa(t.ko(), "인지", "인지") + " 나타내는 불리언입니다.", "Whether it is a " + strings.Join(words, " ") + "."})
		if len(t.nouns) > 1 {
			b.add(k, cand{cat(splitWords("is"), t.headWords(false)), "짧은 형태입니다.", "Short form."})
		}
		if c := f.copula; c != nil {
			// isCurrentUserAdmin after isAdmin; a palindrome is not had
			if cw := c.words(false); !onlyGeneric(cw, nil) {
				b.add(k, cand{cat(splitWords("is"), cw, words), "대상을 드러낸 형태입니다.", "With what is checked."})
			}
			return
		}
		if n := len(t.nouns); n == 0 || t.nouns[n-1].part != partCopulaQ {
			// 쿠폰 여부 may be had; 관리자인지 is being one (no hasAdmin)
			b.add(k, cand{cat(splitWords("has"), words), "가지고 있는지로 묻는 형태입니다.", "Asked as possession."})
		}
	}
}

// reciprocal verbs relate two things of a kind (A and B overlap).
const reciprocal lazySet = `overlap intersect collide conflict`

func massy(p *np) bool {
	if len(p.nouns) == 0 {
		return true
	}
	h := p.nouns[len(p.nouns)-1]
	return h.t != nil && h.t.Mass
}

// functions are the names of an action.
func (b *builder) functions(f *frame) {
	k := naming.KindFunction
	if f.boolean {
		b.booleans(f, k)
		return
	}
	v := f.verb
	o := f.thing()
	async := f.async && b.lang == naming.LangCSharp
	suffix := func(ws []string) []string {
		if async {
			return cat(ws, splitWords("async"))
		}
		return ws
	}
	if isScope(f.items) && b.lang != naming.LangPHP && b.conditionScopeNames(f) || f.x.stream && b.streamFunctions(f) { // kindhead.go
		return
	}
	if f.cmp {
		b.comparatorNames(f, k)
		return
	}
	if m := f.markAs; len(m) == 2 && !f.boolean {
		// "marks a book as returned": markBookAsReturned, markAsReturned
		b.add(k, cand{suffix(cat(splitWords("mark"), splitWords(m[0]), splitWords("as"), splitWords(m[1]))), josa(m[0], "을", "를") + " " + m[1] + " 상태로 표시하는 함수입니다.", "Marks the " + m[0] + " as " + m[1] + "."})
		b.add(k, cand{suffix(cat(splitWords("mark as"), splitWords(m[1]))), "대상이 분명할 때의 짧은 형태입니다.", "Short form."})
		return // (the parse read marks as the object: ship_marks)
	}
	if b.periodNames(f, suffix) {
		return
	}
	if b.untilNames(f, k, suffix) {
		return
	}
	if b.unitNames(f, suffix) {
		return
	}
	if b.betweenNames(f, suffix) {
		return
	}
	if f.handler && f.callback && !realAction(f) && b.handlerNames(f, k) {
		if v == nil || v.t == nil || handlerVerb(v.t.en()) || f.event != nil && f.event.has(v.t.en()) || f.eventName || wrapped(f) {
			return
		}
	} else if f.handler && !realAction(f) {
		ev := dropHTTP(o.words(false))
		if v != nil && v.t != nil && v.t.en() != "handle" && v.t.en() != "process" {
			ev = cat(ev, v.t.Words)
		}
		if len(ev) > 0 {
			b.add(k, cand{cat(splitWords("handle"), ev), strings.TrimSpace(o.ko()) + " 이벤트를 처리하는 핸들러입니다.", "Handles the " + strings.Join(ev, " ") + " event."})
			b.add(k, cand{cat(splitWords("on"), ev), "이벤트 핸들러에 흔히 쓰는 on 접두사 형태입니다.", "The on- prefix event handlers usually take."})
			if len(o.nouns) > 1 || len(ev) > 1 {
				short := ev[len(ev)-1:]
				if len(ev) > 2 {
					// handleSaveClick: what is clicked stays, whole
					// (handleOrderCancellationClick, not handleOrderClick)
					what := ev[:1]
					if c := slices.IndexFunc(ev, controlNouns.has); c > 0 {
						what = ev[:c]
					} else if compound(ev[0], ev[1]) {
						what = ev[:2]
					}
					short = cat(what, short)
				}
				b.add(k, cand{cat(splitWords("handle"), short), "짧은 형태입니다.", "Short form."})
			}
		}
	}
	if (v == nil || v.t == nil) && b.conversionNames(f, suffix) {
		return
	}
	if v == nil || v.t == nil {
		// No action: a getter for the thing, as the language spells it
		// (a handler named already is no getter).
		if f.handler && f.callback && len(b.lists[kindSlot(k)]) > 0 {
			return
		}
		ow := o.words(f.list || o.plural())
		if f.count {
			ow = cat(o.words(false), splitWords("count"))
		}
		if len(ow) == 0 {
			return
		}
		if ko, en := noGetPrefix(b.lang); ko != "" {
			b.add(k, cand{ow, ko, en})
		}
		b.add(k, cand{suffix(cat(splitWords("get"), ow)), josa(o.ko(), "을", "를") + " 돌려주는 함수입니다.", "Returns the " + strings.Join(ow, " ") + "."})
		return
	}
	b.orderedNames(f, suffix)
	vw := v.t.Words
	ve := v.t.en()
	if tw := f.target.nounWords(false); len(tw) > 0 && len(o.words(false)) == 0 && slices.ContainsFunc(f.items, func(it item) bool { return it.surface == "값" }) &&
		(ve == "put" || ve == "add" || ve == "insert" || ve == "enter") && !collectionNoun.has(lastWord(tw)) {
		// 셀에 값을 넣는: sets the cell's value (setCellValue, was addToCell)
		b.add(k, cand{suffix(cat(splitWords("set"), tw, splitWords("value"))), f.target.ko() + "의 값을 정하는 함수입니다.", "Sets the " + strings.Join(tw, " ") + "'s value."})
		b.add(k, cand{suffix(cat(splitWords("set"), tw)), "짧은 형태입니다.", "Short form."})
	}
	if (ve == "remove" || ve == "delete") && len(o.nouns) > 0 && genericElements.has(lastWord(o.nounWords(false))) &&
		slices.ContainsFunc(o.mods, func(m item) bool { return m.t != nil && m.t.en() == "duplicate" }) {
		// remove duplicate entries: removeDuplicates, dedupe (the entries
		// are whatever the collection holds)
		b.add(k, cand{suffix(cat(vw, splitWords("duplicates"))), "중복을 없애는 함수의 흔한 이름입니다.", "The usual name: remove duplicates."})
		b.add(k, cand{suffix(splitWords("dedupe")), "짧은 관용 이름입니다.", "The short usual name."})
	}
	if (ve == "find" || ve == "detect" || ve == "search" || ve == "get") && len(o.nouns) > 0 && len(o.nounWords(false)) > 0 &&
		slices.ContainsFunc(o.mods, func(m item) bool { return m.t != nil && m.t.en() == "duplicate" }) {
		// 중복 파일 찾는: duplicates are many (find_duplicate_files, was
		// find_duplicate)
		b.add(k, cand{suffix(cat(vw, splitWords("duplicate"), o.nounWords(true))), "중복은 여럿이라 복수로 씁니다.", "Duplicates come in numbers: plural."})
		b.add(k, cand{suffix(cat(vw, splitWords("duplicates"))), "짧은 형태입니다.", "Short form."})
	}
	if ow := o.words(false); ve == "enqueue" || queueVerb(ve, f) == "enqueue" {
		if w := workless(ow); len(w) < len(ow) {
			// 주간 리포트 생성 작업을 큐로 넘기는: enqueue_weekly_report, the
			// queue says it is work
			b.add(k, cand{suffix(cat(splitWords("enqueue"), w)), "큐에 넣는 것이 작업임은 큐가 말해 줍니다.", "The queue says it is work to do."})
		}
	}
	b.wholeContainer(f, suffix)
	b.actionFirst(f, suffix)
	b.asyncFirst(f, suffix)
	// a superlative picks one from a list, or from what a verb seeks (the
	// nearest driver from a list, 가장 가까운 빈 택시), unless there is one
	// per something (the latest submission per student: many)
	one := slices.ContainsFunc(o.mods, superlative) && f.by.empty()
	plural := !one && (f.list || collectionVerb.has(ve) && !massy(o) && len(o.nouns) > 0 && !collectionNoun.has(lastWord(o.nounWords(false))) || b.korean && !f.count && !f.boolean && soughtThings(ve, o)) ||
		o.plural() || sweptThings(ve, o) || b.korean && !f.count && !f.boolean && ((oneOf(ve, "load|fetch") || ve == "get" && f.source.empty()) && len(o.mods) == 0 && feedNouns.has(lastWord(o.nounWords(false))) && f.by.empty())
	// (댓글 불러오기: loadComments, was loadComment; a feed's things come
	// many at a time)
	ow := o.words(plural)
	if f.count && ve != "count" {
		ow = cat(o.words(false), splitWords("count"))
	}
	oko := o.ko()
	vdo := v.doingKo()
	var by []string
	if !f.by.empty() {
		by = cat(splitWords("by"), f.by.words(false))
	}
	if b.conversionNames(f, suffix) {
		return
	}
	// Conversions: celsius_to_fahrenheit, to_fahrenheit.
	if isConvert(v.t) && !f.target.empty() {
		src := o.words(false)
		if len(src) == 0 {
			src = f.source.words(false)
		}
		tgt := f.target.words(false)
		if len(src) > 0 {
			b.add(k, cand{suffix(cat(src, splitWords("to"), tgt)), josa(oko, "을", "를") + " " + josa(f.target.ko(), "으로", "로") + " 바꾸는 변환 함수의 관용적 이름입니다.", "The usual name of a conversion: source to target."})
		}
		b.add(k, cand{suffix(cat(splitWords("to"), tgt)), "변환 결과를 앞세운 짧은 이름입니다.", "Short form naming the result."})
		b.add(k, cand{suffix(cat(vw, src, splitWords("to"), tgt)), "동사를 드러낸 형태입니다.", "With the verb spelled out."})
		return
	}
	// Queues: add to a queue is enqueue, take from one is dequeue.
	if q := queueVerb(ve, f); q != "" {
		b.add(k, cand{suffix(cat(splitWords(q), ow)), "큐에 넣고 빼는 동작의 관용적 이름입니다.", "The usual verb for a queue."})
		if q == "enqueue" {
			b.add(k, cand{suffix(cat(splitWords("push"), ow)), "push를 쓴 형태입니다.", "With push."})
		} else {
			b.add(k, cand{suffix(cat(splitWords("pop"), ow)), "pop을 쓴 형태입니다.", "With pop."})
		}
	}
	if ve == "wait" && len(o.mods) > 0 && len(o.nouns) > 0 {
		// 페이지 로드될 때까지 기다리는, "waits until the websocket is
		// connected": wait for the event (waitForPageLoad,
		// waitUntilLoaded), not for a loaded page
		if m := o.mods[len(o.mods)-1]; m.t != nil && (m.t.Class == 'v' || m.t.Class == 'a') && !m.neg {
			x := o.nounWords(false)
			if m.t.Class == 'v' {
				ev := eventNoun(m.t)
				b.add(k, cand{suffix(cat(splitWords("wait for"), x, ev)), josa(oko, "이", "가") + " 될 때까지 기다리는 함수입니다.", "Waits for the " + strings.Join(cat(x, ev), " ") + "."})
			}
			b.add(k, cand{suffix(cat(splitWords("wait until"), modWords(m))), "기다리는 상태를 드러낸 형태입니다.", "Names the state waited for."})
			b.add(k, cand{suffix(cat(splitWords("wait for"), x)), "기다리는 대상만 드러낸 짧은 형태입니다.", "Short form."})
			b.add(k, cand{suffix(cat(splitWords("wait until"), x, modWords(m))), josa(oko, "이", "가") + " 될 때까지 기다리는 함수입니다.", "Waits until the " + strings.Join(x, " ") + " is " + strings.Join(modWords(m), " ") + "."})
		}
	}
	if (ve == "create" || ve == "make") && len(o.nouns) > 0 && generatedThings.has(lastWord(o.nounWords(false))) {
		// 토큰 생성, 리포트 만드는: what a program computes is generated
		// (generateToken, generateMonthlyReport)
		b.add(k, cand{suffix(cat(splitWords("generate"), ow, by)), josa(oko, "을", "를") + " 만들어 내는 함수입니다. 계산해서 만드는 값은 generate가 흔합니다.", "Generates the " + strings.Join(ow, " ") + "; a computed value is usually generated."})
	}
	if (ve == "delete" || ve == "remove") && len(o.nouns) > 0 && f.target.empty() && f.source.empty() {
		// 캐시 지우는, 검색 기록 삭제: a store is emptied, not deleted
		// (clearImageCache, clearSearchHistory)
		if slices.ContainsFunc(o.nouns, func(n item) bool { return len(n.words) > 0 && clearedStores.has(n.words[len(n.words)-1]) }) {
			b.add(k, cand{suffix(cat(splitWords("clear"), ow, by)), josa(oko, "을", "를") + " 비우는 함수입니다. 저장소를 비우는 동작은 clear가 흔합니다.", "Empties the " + strings.Join(ow, " ") + "; emptying a store is usually clear."})
		}
	}
	if ko, en := noGetPrefix(b.lang); ve == "get" && ko != "" && len(ow) > 0 && (f.source.empty() || ow[len(ow)-1] == "count" || askedGetter(f.items)) { // a count is read off its owner (ClientCount on a hub)
		b.add(k, cand{cat(ow, by), ko, en})
	}
	if (ve == "calculate" || ve == "compute") && b.lang == naming.LangRuby && len(o.nouns) > 0 && !f.boolean {
		// Ruby names a computed value by the value (def total_quantity)
		b.add(k, cand{cat(o.words(false), by), "Ruby는 계산한 값을 돌려주는 메서드를 값의 이름으로 짓습니다.", "Ruby names a method that computes a value by the value."})
	}
	var tgt []string
	if !f.target.empty() {
		tgt = cat(splitWords("to"), f.target.words(false))
		switch ve {
		case "remove", "delete":
			tgt = cat(splitWords("from"), f.target.words(false))
		case "show", "display", "render", "draw", "highlight":
			tgt = cat(splitWords("on"), f.target.words(false)) // showMarkerOnMap
		}
	}
	var src []string
	if !f.source.empty() && !uiPlaces.has(lastWord(f.source.nounWords(false))) {
		// (코드 에디터에서 현재 줄을 복제: where the user is, not where
		// the line comes from: no …FromCodeEditor)
		src = cat(splitWords("from"), f.source.words(false))
	}
	main := cat(vw, ow, by)
	reason := cand{ko: josa(oko, "을", "를") + " " + vdo + " 함수입니다.", en: sentence(thirdPerson(ve)) + " the " + strings.Join(ow, " ") + "."}
	if oko == "" {
		reason.ko = vdo + " 함수입니다."
	}
	if len(ow) == 0 {
		reason.en = sentence(thirdPerson(ve)) + "."
	}
	if len(src) > 0 && len(ow) == 0 && len(tgt) == 0 && (ve == "read" || ve == "load" || ve == "get" || ve == "fetch" || ve == "parse") {
		// 설정 파일에서 읽는 함수: what it reads from names it
		// (readFromConfigFile, readConfigFile)
		b.add(k, cand{suffix(cat(vw, src)), f.source.ko() + "에서 " + vdo + " 함수입니다.", sentence(thirdPerson(ve)) + " " + strings.Join(src, " ") + "."})
		b.add(k, cand{suffix(cat(vw, f.source.words(false))), "읽는 곳을 이름에 붙인 형태입니다.", "Names the source."})
	}
	if p, ok := targetIsObject.lookup(ve); ok && len(tgt) > 0 && len(ow) == 0 {
		// 게시글에 좋아요 누르기, 사진에 태그 달기: the English verb takes
		// the place as its object (likePost, tagPhoto, voteOnPost, not
		// likeToPost)
		tw := cat(splitWords(p), f.target.words(false))
		b.add(k, cand{suffix(cat(vw, tw)), f.target.ko() + "에 " + vdo + " 함수입니다.", sentence(thirdPerson(ve)) + " " + strings.Join(tw, " ") + "."})
	} else if len(tgt) > 0 && len(ow) == 0 {
		b.add(k, cand{suffix(cat(vw, tgt)), f.target.ko() + "에 " + vdo + " 함수입니다.", sentence(thirdPerson(ve)) + " " + strings.Join(tgt, " ") + "."})
	}
	if len(tgt) > 0 && len(ow) > 0 && !intoContainer(ve, f) && !f.handler {
		// 서버에 로그 올리기: the thing first (uploadLog), the place after
		// (uploadLogToServer, before uploadToServer).
		b.add(k, cand{suffix(main), reason.ko, reason.en})
		b.add(k, cand{suffix(cat(main, tgt)), reason.ko, reason.en})
	}
	if len(tgt) > 0 && len(ow) > 0 {
		b.add(k, cand{suffix(cat(vw, tgt)), "대상을 드러낸 짧은 이름입니다.", "Names the destination."})
		b.add(k, cand{suffix(cat(main, tgt)), reason.ko, reason.en})
	}
	if len(src) > 0 && len(ow) > 0 && ve != "get" {
		b.add(k, cand{suffix(cat(main, src)), reason.ko, reason.en})
	}
	b.add(k, cand{suffix(main), reason.ko, reason.en})
	if b.lang == naming.LangC && len(o.nouns) > 0 && len(o.nouns) <= 2 && len(by) == 0 && !f.count && !f.boolean && !f.handler && len(ow) <= 3 {
		// C names a function module first (led_on, uart_send, buffer_init)
		cv := vw
		switch ve {
		case "turn on", "enable":
			cv = splitWords("on")
		case "turn off", "disable":
			cv = splitWords("off")
		case "initialize":
			cv = splitWords("init")
		}
		if len(cv) == 1 {
			b.add(k, cand{cat(o.nounWords(false), cv), "C에서 흔한, 모듈을 앞세운 형태입니다(led_on, uart_send).", "C's module-first form (led_on, uart_send)."})
		}
	}
	if f.count && ve == "get" && !f.async && len(ow) > 1 && len(by) == 0 && b.lang != naming.LangJava && b.lang != naming.LangPHP && b.lang != naming.LangC {
		// 곡 수를 반환하는 함수: a count read like a property (songCount)
		b.add(k, cand{ow, "값처럼 읽는 개수의 이름입니다.", "The count itself, read like a property."})
	}
	if len(src) > 0 && len(ow) == 1 && !plural && ve != "get" && !b.korean {
		// restore from backup, restart from checkpoint: where from says
		// it when the object is one plain noun
		b.add(k, cand{suffix(cat(vw, src)), "출처만 드러낸 짧은 이름입니다.", "Short form with the source."})
	}
	// how it is done (retryWithBackoff) before the thing shortened, unless
	// the how is several inputs (시작일이랑 구독 기간으로 만료일 계산:
	// calculateExpiryDate before calculateWithDuration)
	inputs := slices.Contains(f.with.words(false), "and")
	if !inputs {
		b.withNames(f, k, vw, vdo, suffix)
	}
	if len(by) > 0 && len(ow) > 0 && !keyVerbs.has(ve) {
		// 주문 금액 기준 할인율 계산: the work names it, the criterion is an
		// input (calculateDiscountRate; was calculateByOrderAmount first)
		b.add(k, cand{suffix(cat(vw, ow)), "기준은 인자로 받는, 하는 일의 이름입니다.", "The work, the criterion an argument."})
	} else if len(by) > 0 && !(f.count && (len(vw) == 0 || ve == "get")) {
		// (a count per zookeeper: no by_zookeeper, which counts nothing)
		b.add(k, cand{suffix(cat(vw, by)), "기준만 드러낸 짧은 이름입니다.", "Short form with the criterion."})
		if sk := shortKey(&f.by); len(sk) > 0 {
			// sort by test score: sortByScore; by boarding group number:
			// sortByBoardingGroup
			b.add(k, cand{suffix(cat(vw, splitWords("by"), sk)), "기준을 줄인 짧은 이름입니다.", "Short form of the criterion."})
		}
	}
	if len(o.nouns) > 1 || len(o.mods) > 0 {
		hw := o.headWords(plural)
		if f.count && ve != "count" {
			hw = cat(o.headWords(false), splitWords("count")) // getClientCount, not getClient, for a count
		}
		b.add(k, cand{suffix(cat(vw, hw, by)), "대상을 줄인 짧은 이름입니다.", "Shorter, with the head noun only."})
	}
	if inputs {
		b.withNames(f, k, vw, vdo, suffix)
	}
	if len(src) > 0 && ve == "get" {
		b.add(k, cand{suffix(cat(splitWords("fetch"), ow, src)), "외부에서 가져온다는 뜻의 fetch를 쓴 형태입니다.", "fetch: from somewhere else."})
	}
	for _, alt := range v.t.Alt {
		b.add(k, cand{suffix(cat(splitWords(alt), ow, by)), alt + " 동사를 쓴 같은 뜻의 이름입니다.", "Same action with the verb " + alt + "."})
	}
	if len(ow) == 0 && len(tgt) == 0 && len(by) == 0 && !f.topic.empty() {
		tw := f.topic.words(false)
		b.add(k, cand{suffix(cat(vw, tw)), reason.ko, reason.en})
	}
}

// generatedThings are what a program computes rather than creates (the
// last word of the thing made, singular).
const generatedThings lazySet = `token report key hash uuid id password otp code signature pdf summary preview sitemap slug
	nonce salt thumbnail barcode number invoice statement`

// clearedStores are the things an app empties rather than deletes.
// (the last word of a noun: image cache, search history, receive buffer).
const clearedStores lazySet = `cache session history storage buffer clipboard selection`

// withNames name how an action is done: retryWithBackoff, and the whole
// method after it.
func (b *builder) withNames(f *frame, k naming.Kind, vw []string, vdo string, suffix func([]string) []string) {
	if f.with.empty() || f.verb != nil && f.verb.t != nil && oneOf(f.verb.t.en(), "move|navigate|go|redirect|jump|scroll|transition|switch") {
		return // 수정 화면으로 이동하는: where to, not how (was moveWithScreen)
	}
	b.add(k, cand{suffix(cat(vw, splitWords("with"), f.with.headWords(false))), josa(f.with.ko(), "으로", "로") + " " + vdo + " 방법을 드러낸 이름입니다.", "Names how: with " + strings.Join(f.with.headWords(false), " ") + "."})
	b.add(k, cand{suffix(cat(vw, splitWords("with"), f.with.words(false))), "방법을 모두 드러낸 이름입니다.", "Names the whole method."})
}

// collectionVerb acts on a collection as a whole (sort, filter, group).
// feedNouns are the things an app loads as a list: a bare 댓글 불러오기
// loads comments.
const feedNouns lazySet = `comment post notice announcement notification message review reply photo image
	article feed follower following friend chat story video song track episode product item order transaction bookmark`

const collectionVerb lazySet = `sort filter group shuffle merge count collect list paginate search dedupe deduplicate`

func queueVerb(v string, f *frame) string {
	where := f.target.headWords(false)
	from := f.source.headWords(false)
	isQ := func(ws []string) bool { return len(ws) > 0 && ws[len(ws)-1] == "queue" }
	switch v {
	case "add", "push", "insert", "put", "append", "enqueue":
		if isQ(where) {
			return "enqueue"
		}
	case "send", "pass", "forward", "hand over", "transfer", "move":
		// 큐 작업으로 보내는, 백그라운드 잡으로 넘기는: handed to a queue
		if tw := f.target.nounWords(false); slices.Contains(tw, "queue") || slices.Contains(tw, "background") {
			return "enqueue"
		}
	case "remove", "pop", "take", "get", "dequeue":
		if (isQ(from) || isQ(where)) && !(v == "get" && (f.count || f.list)) {
			// (큐에 대기중인 잡 개수 돌려주는: a count of the queue, not a
			// dequeue)
			return "dequeue"
		}
	}
	return ""
}

// variables are the names of a value (k is variable or constant).
func (b *builder) variables(f *frame, k naming.Kind) {
	if f.boolean && k == naming.KindVariable {
		b.booleans(f, k)
		return
	}
	if f.handler && f.callback && k == naming.KindVariable && (b.handlerNames(f, k) || b.callbackHolder(f)) {
		return
	}
	if k == naming.KindVariable && b.untilNames(f, k, func(ws []string) []string { return ws }) {
		return
	}
	if v := f.verb; k == naming.KindVariable && v != nil && v.t != nil && convertVerbs.has(v.t.en()) && v.mood == moodMod && !f.target.empty() {
		// Data를 16진수 문자열로 바꾸는 프로퍼티: a computed value is what it
		// converts to (hexString, asHexString)
		tw := f.target.words(false)
		b.add(k, cand{words: tw, ko: "바꾼 결과를 돌려주는 값은 결과의 이름으로 부릅니다.", en: "A computed value is named for what it gives."})
		b.add(k, cand{words: cat(splitWords("as"), tw), ko: "as 형태입니다.", en: "The as- form."})
	}
	if b.momentNames(f, k) {
		return
	}
	if b.agentNames(f, k) {
		return
	}
	b.comparatorNames(f, k)
	b.mapNames(f, k)
	b.countFirst(f, k)
	b.valueFirst(f, k)
	b.streamNames(f, k)
	t := f.thing()
	if f.holder && !f.topic.empty() {
		t = &f.topic
	}
	var unit []string
	if f.unit != "" {
		unit = splitWords(f.unit)
	}
	// An action named in a variable question: its result (sorted_users).
	var mods []string
	v := f.verb
	// "computed property that sorts the items" too: the sorted items (was
	// no name; "that formats the price" was price)
	if v != nil && v.t != nil && (f.kinds[1] || f.kinds[2]) && !f.kinds[0] && v.t.en() != "get" &&
		(v.form == formAdn || v.form == formPassAdn || v.form == formPast || v.form == formPassPast || v.pp ||
			v.eng && v.third && f.kinds[1] && resultVerbs.has(v.t.en())) {
		mods = splitWords(participle(v.t, v.t.en()))
	}
	plural := f.list || t.plural()
	words := cat(mods, t.words(plural && !f.count))
	if len(words) == 0 && len(unit) == 0 {
		return
	}
	tko := t.ko()
	switch {
	case f.count && f.limit == "" && len(t.nouns) == 1 && spanUnits.has(t.nouns[0].en()):
		// "how many minutes a car has been parked": a span in that unit,
		// no count of minutes (minutesParked, parkedMinutes; was
		// parkedMinuteCount)
		const ko, en = "그 단위로 잰 기간입니다.", "A span, in its unit."
		if w := postParticiple(t); w != nil && len(mods) == 0 {
			b.add(k, cand{w, ko, en})
		}
		if len(mods) > 0 {
			b.add(k, cand{cat(t.words(true), mods), ko, en})
		}
		b.add(k, cand{cat(mods, t.words(true)), ko, en})
	case f.count:
		base := cat(mods, t.words(false))
		cnt := " 수입니다." // 메시지 수, 사용자 수
		if h := t.head(); h >= 0 && t.nouns[h].t != nil && t.nouns[h].t.Class == 'v' {
			cnt = " 횟수입니다." // 시도 횟수, 호출 횟수: how often it was done
		}
		if f.limit != "" {
			b.add(k, cand{cat(splitWords(f.limit), cat(mods, t.words(!massy(t)))), limitKo(f.limit) + " " + tko + cnt, "The " + f.limit + " number of " + strings.Join(t.words(true), " ") + "."})
			b.add(k, cand{cat(splitWords(f.limit), base, splitWords("count")), "count를 붙인 형태입니다.", "With count."})
			return
		}
		if keyedBy(f, k) {
			// 상태별 주문 수: the counts, by status, first (was orderCount)
			b.add(k, cand{cat(base, splitWords("count by"), f.by.words(false)), f.by.ko() + "별 " + tko + cnt, "How many " + strings.Join(t.words(true), " ") + ", by " + f.by.en() + "."})
		}
		b.add(k, cand{cat(base, splitWords("count")), tko + cnt, "How many " + strings.Join(t.words(true), " ") + "."})
		if len(base) > 1 && len(mods)+len(t.mods) == 0 && t.nouns[0].t != nil && t.nouns[0].t.Class == 'n' && t.head() == len(t.nouns)-1 {
			// (not when the last noun is a time: available rooms tonight
			// has no tonight count)
			// 채널 구독자 수: subscriberCount second, not numChannelSubscribers
			// (without the first noun; one noun of words, its first word)
			short := base[1:]
			if len(t.nouns) > 1 {
				rest := np{nouns: t.nouns[1:]}
				short = rest.words(false)
			}
			b.add(k, cand{cat(short, splitWords("count")), "짧은 형태입니다.", "Short form."})
		}
		if w := postParticiple(t); w != nil && len(mods) == 0 {
			b.add(k, cand{w, "명사 뒤에 과거분사를 둔 개수 이름입니다(rowsAffected).", "The participle after the noun, as counters often read (rowsAffected)."})
		}
		b.add(k, cand{cat(splitWords("num"), cat(mods, t.words(!massy(t)))), "num 접두사로 개수를 나타낸 형태입니다.", "Count with the num prefix."})
		if !massy(t) {
			// retries, skippedLines, activeWorkers: the plural says "how many"
			// as often as count does, and far more often than total
			b.add(k, cand{cat(mods, t.words(true)), "복수형만으로 개수를 나타낸 형태입니다.", "The plural alone, read as how many."})
		}
		b.add(k, cand{cat(base, splitWords("total")), "합계로 쓸 때의 형태입니다.", "As a total."})
	case f.limit != "":
		if f.limit == "max" && oneOf(lastWord(words), "capacity|limit|quota|cap|ceiling") {
			// 최대 수용 인원: a capacity is a maximum already
			// (MEETING_ROOM_CAPACITY before MAX_MEETING_ROOM_CAPACITY)
			b.add(k, cand{cat(words, unit), josa(tko, "은", "는") + " 그 자체로 최대값입니다.", "A " + lastWord(words) + " is a maximum already."})
		}
		b.add(k, cand{cat(splitWords(f.limit), words, unit), limitKo(f.limit) + " " + tko + "입니다.", "The " + f.limit + " " + strings.Join(words, " ") + "."})
		if w := sizeInBytes(words, f.unit); w != nil {
			b.add(k, cand{cat(splitWords(f.limit), w, unit), "바이트 단위가 크기를 말해 줍니다.", "The byte unit says it is a size."})
		}
		if len(unit) > 0 {
			b.add(k, cand{cat(splitWords(f.limit), words), "단위를 타입이나 주석으로 밝힐 때의 형태입니다.", "Without the unit, when the type carries it."})
		}
		if len(t.nouns) > 1 {
			b.add(k, cand{cat(splitWords(f.limit), shortHead(t, plural, f.unit), unit), "짧은 형태입니다.", "Short form."})
		}
	case len(unit) > 0:
		b.add(k, cand{cat(words, unit), josa(tko, "을", "를") + " " + f.unit + " 단위로 담습니다.", "The " + strings.Join(words, " ") + " in " + f.unit + "."})
		if b.korean && ttlInSeconds(k, words, f.unit) { // convdt2.go
			b.add(k, cand{cat(words, splitWords("seconds")), "TTL은 흔히 초 단위로 둡니다(3600).", "TTLs are usually kept in seconds (3600)."})
		}
		if w := sizeInBytes(words, f.unit); w != nil {
			b.add(k, cand{cat(w, unit), "바이트 단위가 크기를 말해 줍니다.", "The byte unit says it is a size."})
		}
		if len(t.nouns) > 1 {
			b.add(k, cand{cat(shortHead(t, false, f.unit), unit), "짧은 형태입니다.", "Short form."})
		}
		b.add(k, cand{words, "단위를 타입으로 나타낼 때의 형태입니다.", "When the type carries the unit."})
	default:
		if keyedBy(f, k) {
			// 폴더별 파일 목록, 카테고리별 상품: the files, by folder, first
			// (was product, productByCategory); an amount stays one
			// (지역별 매출 합계: revenueTotalByRegion)
			b.add(k, cand{cat(mods, t.words(!oneOf(lastWord(words), amountHeads) && !oneOf(words[0], amountHeads)), splitWords("by"), f.by.words(false)), f.by.ko() + "별로 나눈 값입니다.", "Grouped by " + f.by.en() + "."})
		}
		b.add(k, cand{words, josa(tko, "을", "를") + " 담는 " + kindKo(k) + "입니다.", "Holds the " + strings.Join(words, " ") + "."})
		if len(mods) > 0 {
			b.add(k, cand{t.words(plural), "동작을 뺀 짧은 이름입니다.", "Without the action."})
		}
		if len(t.nouns) > 2 && len(t.mods) == 0 && !b.korean {
			// the comment author name: authorName, the owner left to the
			// context
			rest := np{nouns: t.nouns[1:]}
			b.add(k, cand{rest.words(plural), "소유자를 뺀 짧은 형태입니다.", "Without its owner."})
		}
		if len(t.nouns) > 1 && len(t.mods) == 0 {
			b.add(k, cand{t.headWords(plural), "짧은 형태입니다.", "Short form."})
		}
		if !f.by.empty() && !keyedBy(f, k) {
			b.add(k, cand{cat(words, splitWords("by"), f.by.words(false)), f.by.ko() + "별로 나눈 값입니다.", "Grouped by " + f.by.en() + "."})
		}
		b.ownerNames(f, k, words) // kindhead.go
	}
}

// sizeInBytes: a size given in bytes names the thing and the unit alone
// (body size in bytes: bodyBytes), or nil.
func sizeInBytes(words []string, unit string) []string {
	if n := len(words); unit == "bytes" && n > 1 && words[n-1] == "size" {
		return words[:n-1] // not for MB: a file MB is no size
	}
	return nil
}

func limitKo(l string) string {
	switch l {
	case "max":
		return "최대"
	case "min":
		return "최소"
	}
	return "기본"
}

func kindKo(k naming.Kind) string {
	if k == naming.KindConstant {
		return "상수"
	}
	return "변수"
}

// classes are the names of a type: nouns, singular.
func (b *builder) classes(f *frame) {
	k := naming.KindClass
	t := f.thing()
	if f.holder && !f.topic.empty() {
		t = &f.topic
	}
	words := t.words(false)
	v := f.verb
	if v != nil && v.t != nil && !f.enum && v.t.en() != "get" {
		ag := splitWords(agent(v.t.en()))
		if len(words) > 0 {
			b.add(k, cand{cat(t.nounWords(false), ag), josa(t.ko(), "을", "를") + " " + v.doingKo() + " 일을 맡는 타입입니다.", sentence(thirdPerson(v.t.en())) + " " + strings.Join(words, " ") + "."})
		}
		if len(words) == 0 || !genericAgents.has(ag[len(ag)-1]) {
			// a bare Store or Handler says nothing once CacheStore is given
			b.add(k, cand{ag, "하는 일을 이름으로 삼은 짧은 형태입니다.", "Named for what it does."})
		}
	}
	if len(words) == 0 {
		return
	}
	b.add(k, cand{words, josa(t.ko(), "을", "를") + " 나타내는 타입입니다.", "Models a " + strings.Join(words, " ") + "."})
	if len(t.nouns) > 1 || len(t.mods) > 0 {
		b.add(k, cand{t.headWords(false), "짧은 형태입니다.", "Short form."})
	}
	if f.enum && !strings.HasSuffix(words[len(words)-1], "type") && !strings.HasSuffix(words[len(words)-1], "status") && !strings.HasSuffix(words[len(words)-1], "kind") {
		b.add(k, cand{cat(words, splitWords("type")), "종류를 나타내는 열거형에 흔한 Type 접미사 형태입니다.", "The Type suffix enums of kinds often take."})
	}
}

// genericAgents are agent nouns that name no particular job on their own.
const genericAgents lazySet = `store handler processor manager getter setter updater saver loader runner doer maker
	creator checker wrapper helper`

// sentence upper-cases the first letter.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// answerText renders the answer: a label, the room's setting, what was
// understood, then the names or what is missing.
func answerText(room naming.Room, f *frame, sugs []naming.Suggestion) string {
	var b strings.Builder
	k := f.korean
	if k {
		b.WriteString("[오프라인 추천] AI 모델 없이 내장 용어집과 문법 분석으로 만든 추천입니다.\n")
	} else {
		b.WriteString("[Offline suggestions] Made from the built-in glossary and grammar, without the AI model.\n")
	}
	if len(sugs) > 0 {
		b.WriteString(room.SettingLine(sugs, k))
		b.WriteString("\n")
	}
	if len(f.known) > 0 {
		if k {
			b.WriteString("이해한 말: " + strings.Join(f.known, ", ") + "\n")
		} else {
			b.WriteString("Understood: " + strings.Join(f.known, ", ") + "\n")
		}
	}
	if len(f.unknown) > 0 {
		u := f.unknown
		if len(u) > 8 {
			u = u[:8]
		}
		if k {
			b.WriteString("용어집에 없어 영어 그대로 쓴 말: " + strings.Join(u, ", ") + "\n")
		} else {
			b.WriteString("Not in the glossary, used as written: " + strings.Join(u, ", ") + "\n")
		}
	}
	if len(f.unknownKo) > 0 {
		u := strings.Join(f.unknownKo, ", ")
		if k {
			b.WriteString("용어집에 없어 이름에 넣지 못한 말: " + u + " (영어로 무엇인지 알려 주시면 이름에 넣을 수 있습니다)\n")
		} else {
			b.WriteString("Not in the glossary and left out of the names: " + u + " (say it in English to have it in the names)\n")
		}
	}
	if len(sugs) == 0 {
		if k {
			b.WriteString("\n질문에서 이름을 지을 대상을 알아듣지 못해 이름을 만들지 않았습니다. 무엇을 담거나 하는지 구체적으로 알려 주세요. 예: \"장바구니에 상품을 추가하는 함수\", \"사이드바가 접혔는지 나타내는 변수\".")
		} else {
			b.WriteString("\nI could not tell what needs a name, so I made none rather than guess. Say what the thing holds or does, e.g. \"function that adds an item to the cart\", \"flag that says whether the sidebar is collapsed\".")
		}
		return strings.TrimRight(b.String(), "\n")
	}
	b.WriteString("\n")
	b.WriteString(naming.RenderSuggestions(sugs, k))
	return strings.TrimRight(b.String(), "\n")
}

// namesFlag: the question calls the thing a flag (여부, 유무).
func namesFlag(items []item) bool {
	for _, it := range items {
		if it.g == gYesNo && (strings.HasPrefix(it.surface, "여부") || strings.HasPrefix(it.surface, "유무")) {
			return true
		}
	}
	return false
}

// typeRoles are the last words of type names (UserInfoDto, OrderService).
const typeRoles lazySet = "dto, entity, repository, service, controller, view controller, view model, viewmodel, middleware, adapter, factory, provider, schema, serializer, mapper, presenter, interactor, use case, data type, mixin, decorator, view, activity, fragment, dao"

// typeHead: the question ends in a type's role word (주문 서비스, 유저 DTO).
func typeHead(items []item) bool {
	for i := len(items) - 1; i >= 0; i-- {
		it := items[i]
		switch it.g {
		case gRequest, gStop, gContext:
			continue
		case gNone:
			if it.t == nil || it.part != partNone {
				return false
			}
			w := it.t.en()
			if convertsTo(items, i) {
				return false // convdt2.go
			}
			if typeRoles.has(w) {
				return true
			}
			if ws := strings.Fields(w); len(ws) > 1 && typeRoles.has(ws[len(ws)-1]) {
				return true
			}
			return false
		}
		return false
	}
	return false
}

// uiPlaces are where a user does something (에디터에서, 화면에서), no
// source a thing comes from.
const uiPlaces lazySet = `editor screen page app application view dashboard window tab modal dialog website site menu`

// fetchFirst: data got asynchronously is fetched (fetchPricesAsync before
// getPricesAsync): the function list's first get name gives way to its
// fetch twin when the list has one.
func (b *builder) fetchFirst() {
	l := b.lists[kindSlot(naming.KindFunction)]
	if !b.async || len(l) < 2 || b.lang == naming.LangCSharp {
		return // C# reads GetOrdersAsync (EF Core's FindAsync, HttpClient.GetAsync)
	}
	first := lowerWords(l[0].Name)
	if len(first) == 0 || first[0] != "get" {
		return
	}
	for j := 1; j < len(l); j++ {
		if w := lowerWords(l[j].Name); len(w) > 0 && w[0] == "fetch" && slices.Equal(trimAsync(w[1:]), trimAsync(first[1:])) {
			c := l[j]
			copy(l[1:j+1], l[0:j])
			l[0] = c
			return
		}
	}
}

func trimAsync(ws []string) []string {
	if n := len(ws); n > 0 && ws[n-1] == "async" {
		return ws[:n-1]
	}
	return ws
}

// laterForm: work sent to the background says so third, the way its
// language does (Ruby's ActiveJob: send_confirmation_email_later; elsewhere
// sendConfirmationEmailInBackground), unless an Async name already does.
func (b *builder) laterForm() {
	l := b.lists[kindSlot(naming.KindFunction)]
	if !b.bg || len(l) == 0 || b.lang == naming.LangCSharp {
		return
	}
	for j := 0; j < len(l) && j < 3; j++ {
		if w := lowerWords(l[j].Name); len(w) > 0 && (w[len(w)-1] == "async" || w[len(w)-1] == "later" || w[len(w)-1] == "background") {
			return
		}
	}
	w := lowerWords(l[0].Name)
	if len(w) < 2 || verbTerm(w[0]) == nil {
		return
	}
	tail := "in background"
	if b.lang == naming.LangRuby {
		tail = "later"
	}
	b.putThird(naming.KindFunction, cat(w, splitWords(tail)), "백그라운드에서 한다는 것을 드러낸 형태입니다.", "Says it runs in the background.")
}

// workless: a queued thing's words without the trailing words that say it
// is work (task, job, creation), which the queue says.
func workless(ws []string) []string {
	n := len(ws)
	for n > 1 && (ws[n-1] == "task" || ws[n-1] == "job" || ws[n-1] == "work" || ws[n-1] == "creation" || ws[n-1] == "generation") {
		n--
	}
	return ws[:n]
}

// shortKey: a criterion of several words said short, without its generic
// last word (boarding group number: boarding group) or else as its last
// noun (test score: score; arrival time keeps arrival); nil when it is
// short already.
func shortKey(by *np) []string {
	ws := by.words(false)
	n := len(ws)
	if n < 2 || len(by.mods) > 0 || len(by.nouns) < 2 {
		return nil
	}
	last := by.nouns[len(by.nouns)-1].words
	if len(last) > 1 {
		return nil // waiting number is one term
	}
	if keyPadding.has(ws[n-1]) {
		return ws[:n-1]
	}
	switch last[0] {
	case "time", "date", "count", "rate":
		if n > 2 {
			return ws[n-2:] // arrival time
		}
		return nil
	}
	return last
}

const keyPadding lazySet = `number num level value info information data email`

// sweptThings: 만료된 세션을 정리하는, 오래된 로그를 지우는: a cleanup of
// things in a state sweeps all of them (cleanupExpiredSessions, was
// cleanupExpiredSession).
func sweptThings(ve string, o *np) bool {
	if !oneOf(ve, "cleanup|purge|prune|delete|remove|archive|compress|rotate|clear|discard|backup|move|export") {
		return false
	}
	return !massy(o) && len(o.nouns) > 0 && slices.ContainsFunc(o.mods, func(m item) bool {
		return m.t != nil && sweptStates.has(m.t.en())
	})
}

// soughtThings: 안 읽은 알림 가져오는, 남은 좌석 불러오는, 실패한 작업 다시
// 돌리는: Korean marks no plural, and what is fetched, found or retried by
// a state is every thing in it (fetchUnreadNotifications,
// rerunFailedTasks; was fetchUnreadNotification). States that pick one
// thing (current, selected, latest) are not among soughtStates.
func soughtThings(ve string, o *np) bool {
	if !oneOf(ve, "get|fetch|load|find|search|retry|rerun|resend|reprocess|query|lookup|list|sync|deactivate|notify|approve|reject") {
		return false
	}
	if massy(o) || len(o.nouns) == 0 || collectionNoun.has(lastWord(o.nounWords(false))) || amountNouns.has(lastWord(o.nounWords(false))) {
		return false
	}
	if h := o.nouns[len(o.nouns)-1]; len(h.words) > 1 && soughtStates.has(h.words[0]) {
		return true // 남은 좌석 is one glossary term (available seat): its first word says it
	}
	// one state before one noun (성공 실패 구분 색상 is the colour of a kind, one)
	if len(o.nouns) != 1 || len(o.mods) != 1 || o.mods[0].t == nil {
		return false
	}
	m := o.mods[0]
	return !m.neg && soughtStates.has(m.t.en()) || m.neg && m.t.Class == 'v'
}

// superlative: a state that picks one thing (nearest, cheapest, best,
// first).
func superlative(it item) bool {
	if it.t == nil || it.t.Class != 'a' {
		return false
	}
	w := lastField(it.t.en()) // (non test: no superlative)
	return len(w) > 5 && strings.HasSuffix(w, "est") && !oneOf(w, "honest|modest|earnest|manifest|interest|request|contest|digest") ||
		oneOf(w, "best|worst|most|least|first|last|next|top")
}

// amountNouns are one value of a thing, not things (the remaining
// quantity, the due date).
const amountNouns lazySet = `date quantity amount total balance price rate size count number sum level percentage ratio`

// soughtStates are states that describe a set of things (unread
// notifications, remaining seats), not one.
const soughtStates lazySet = `unread remaining available unprocessed pending failed expired overdue unpaid outstanding
	upcoming nearby popular completed cancelled blocked inactive dormant stale unused missed unanswered unsent undelivered
	unsynced unconfirmed unapproved unverified unassigned expiring empty vacant free open new old recent`

// sweptStates are states a cleanup looks for.
const sweptStates lazySet = `expired old unused stale inactive orphaned abandoned outdated temporary dormant deleted cancelled failed`

// genericElements name what a collection holds without saying what.
const genericElements lazySet = `item element entry value record row line integer number string`

// spanUnits are the units of time a count of which is a span.
const spanUnits lazySet = `second minute hour day week month year`

// scopeLast moves a time scope from inside a name to its end
// (remainingThisMonthTransfers: remainingTransfersThisMonth): a scope
// qualifies the whole name, and inside it reads as part of the noun. At
// the start it stays (thisMonthRevenue), and so does today, which reads
// as a modifier (getTodaySignupCount).
func scopeLast(words []string) []string {
	n := len(words)
	if n > 0 && words[n-1] == "async" {
		n-- // C#'s Async stays last: CountSignupsThisMonthAsync
	}
	for i := 1; i+2 < n; i++ {
		if words[i] == "this" && scopeUnits.has(words[i+1]) && !relationWords.has(words[i-1]) {
			return slices.Concat(words[:i], words[i+2:n], words[i:i+2], words[n:])
		}
	}
	return words
}

const scopeUnits lazySet = `day week month year quarter season semester term`

// keyedBy: a variable of things said with X별 (폴더별 파일, 상태별 주문 수):
// a value for each X.
func keyedBy(f *frame, k naming.Kind) bool {
	return len(f.by.nouns) > 0 && k == naming.KindVariable && strings.HasPrefix(f.by.nouns[len(f.by.nouns)-1].rest, "별") // mods alone: no noun to read
}

// amountHeads are amounts, one for each key (revenue by region).
const amountHeads = "total|sum|average|amount|revenue|sales|rate|score|usage|balance|price|cost|stock|inventory|progress"

// keyVerbs order, group or pick things by a key, which names them
// (sortByScore, groupByAge); other work is named for what it makes.
const keyVerbs lazySet = `sort order group classify categorize filter rank split partition index find get search count sum aggregate fetch load list look up query select`

// asyncSuffixed: a phrasebook name for async work in a language that says
// so at its end: C#'s rule (SendEmailAsync), and C++'s habit (in the read
// sets' async questions 51 of 61 C++ first names end in async:
// hash_file_async), except for verbs that already say the work is handed
// off (submit_task, start_download).
func asyncSuffixed(l naming.Language, w []string) bool {
	return l == naming.LangCSharp || l == naming.LangCPP && len(w) > 0 && !handOffVerbs.has(w[0])
}

// handOffVerbs already say the work is handed off and returns at once
// (submit_task, start_dma_transfer): no Async/_async name, neither from the
// phrasebook (asyncSuffixed) nor built (forms_extra.go's async variants).
const handOffVerbs lazySet = `submit enqueue schedule start begin spawn launch queue post dispatch kick`
