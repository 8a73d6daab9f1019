package suggest

import (
	"strings"

	"namebot/pkg/naming"
)

// This file names event handlers and callbacks from the event they answer:
// the clause before 때/경우/when ("스크롤이 끝났을 때", "when a file
// changes") is the event, and a handler is named on + what happened
// (onFileChanged, onItemClick) or handle + the event as a noun phrase
// (handleFileChange). An arrival (a webhook, packet or message that comes
// in, 받다, 들어오다, arrive) is named after what arrives: handleWebhook,
// onPacket, onPacketReceived.

// event is what a handler answers.
type event struct {
	nouns   []string // what the event is about (file, mouse button)
	verb    []string // the base verb (change, press); empty for an arrival
	pp      []string // its participle (changed, pressed)
	target  []string // where it goes, for reach-like verbs (bottom)
	arrival bool
	during  bool // 파싱할 때: while the action runs, not after it
}

// arrivalVerbs say that something came in: the event is the thing itself.
const arrivalVerbs lazySet = "receive, arrive, come, come in, get, occur, happen, fire, trigger"

// genericEventNouns are dropped from an event: the event itself, and the
// user (who does every UI event).
const genericEventNouns lazySet = `event events callback handler`

// spanEvents last a while and end (dragend, scrollend, touchend,
// animationend): their handler says End, not Completed.
const spanEvents lazySet = `drag scroll touch swipe animation transition gesture pinch resize`

// readEvent finds the event clause of a handler question.
func readEvent(items []item, korean bool) *event {
	if korean {
		return readEventKo(items)
	}
	return readEventEn(items)
}

func readEventKo(items []item) *event {
	when := -1
	for i, it := range items {
		if it.g == gWhen && it.form == formNoun {
			when = i
			break
		}
	}
	if when < 0 {
		// "~할 때" is missing: "SIGINT 들어오면 호출되는", or a verb right
		// before 호출되는 / 실행되는.
		for i, it := range items {
			if it.g == gWhen {
				when = i
				break
			}
		}
	}
	if when < 0 {
		// 클릭하면 실행할 함수: a conditional verb is the event
		for i, it := range items {
			if it.mood == moodWhen && it.t != nil {
				when = i + 1
				break
			}
		}
	}
	if when < 0 {
		// 저장 버튼 클릭 이벤트 핸들러: no clause, but the handler word
		// follows an event written as a noun (클릭 이벤트, 제출 이벤트).
		items, when = nounEvent(items)
	}
	if when <= 0 {
		return nil
	}
	ev := &event{}
	j := when - 1
	v := items[j]
	var stateNoun [][]string
	if n, sv := splitState(v); v.g == gNone && v.t != nil && v.t.Class == 'a' && !v.eng && sv != nil {
		// 결제 완료 이벤트: the payment, completed
		v, stateNoun = *sv, [][]string{n}
	}
	if v.g == gNone && v.t != nil && (v.t.Class == 'v' || v.t.Class == 'a') {
		ev.setVerb(&v)
		ev.during = v.t.Class == 'v' && v.form == formFut
		j--
	} else if v.g == gNone && v.t != nil && v.t.Class == 'v' {
		ev.setVerb(&v)
		j--
	}
	nouns := stateNoun
	inLoc := false
	for ; j >= 0; j-- {
		it := items[j]
		if it.g != gNone {
			if it.g == gStop {
				continue
			}
			break
		}
		if it.eng {
			// /start 명령어: an English word in a Korean question is a
			// literal name, not a verb.
			nouns = append([][]string{it.words}, nouns...)
			continue
		}
		if it.t != nil && it.t.Class == 'u' {
			continue
		}
		if it.t != nil && it.t.Class == 'v' && it.form != formNoun && it.mood == moodConn && len(nouns) == 0 && len(ev.verb) > 0 {
			// 파일 드래그해서 떨어뜨렸을 때: the step before the event;
			// its object is what the event is about (onFileDrop).
			continue
		}
		if it.t != nil && it.t.Class == 'v' && it.form != formNoun {
			break
		}
		if it.t != nil && it.t.Class == 'a' && it.form != formNoun {
			break
		}
		switch it.part {
		case partFrom, partIgnore:
			// 카프카에서, 위젯에서: where, not what.
			if j < when-1 {
				goto done
			}
			continue
		case partLoc, partDir:
			if len(ev.target) == 0 {
				ev.target = it.words
			}
			inLoc = true
			continue
		case partNone, partGen:
			if inLoc {
				// 페이지 맨 아래에: the nouns before a place belong to it.
				continue
			}
		}
		inLoc = false
		if it.t != nil && it.t.Class == 'a' && (len(ev.verb) == 0 || ev.arrival) {
			// 결제 완료 (이벤트): a compound state reads as its noun and
			// what happened to it (payment completed).
			if n, v := splitState(it); v != nil {
				ev.setVerb(v)
				nouns = append([][]string{n}, nouns...)
				continue
			}
		}
		if it.t != nil && it.t.Class == 'a' && it.part == partNone && (it.surface == "새" || it.surface == "신규") && len(nouns) > 0 {
			// 새 메시지가 왔을 때: new is a quality of the message, not
			// what happened (onNewMessage).
			nouns = append([][]string{it.words}, nouns...)
			continue
		}
		if ev.arrival && it.t != nil && (it.t.Class == 'a' || it.t.Class == 'v' && it.form == formNoun) {
			// 결제 완료 이벤트를 받았을 때: what the received event says
			// happened.
			ev.verb, ev.pp = nil, nil
		}
		if it.t != nil && it.t.Class == 'v' && it.form == formNoun && len(ev.verb) == 0 && len(ev.pp) == 0 {
			// 결제 완료 이벤트: the verbal noun is what happened.
			ev.setVerb(&it)
			continue
		}
		if it.t != nil && it.t.Class == 'a' && len(ev.verb) == 0 && len(ev.pp) == 0 {
			// (해외 카드 결제가 실패했을 때: overseas qualifies the card,
			// failed is what happened)
			ev.setVerb(&it)
			continue
		}
		if it.t != nil && it.t.Class == 'v' && it.form == formNoun && it.part == partSubj {
			// 레이어 선택이 바뀔 때: the selection changed (was select)
			nouns = append([][]string{eventNoun(it.t)}, nouns...)
			continue
		}
		nouns = append([][]string{it.words}, nouns...)
	}
done:
	for _, n := range nouns {
		ev.addNoun(n)
	}
	return ev.finish()
}

func readEventEn(items []item) *event {
	when := -1
	for i, it := range items {
		if it.g == gWhen {
			when = i
			break
		}
	}
	if when < 0 {
		return nil
	}
	ev := &event{}
	var subj, obj [][]string
	seenVerb := false
	for j := when + 1; j < len(items); j++ {
		it := items[j]
		switch it.g {
		case gStop, gIs:
			continue
		case gNone:
		default:
			j = len(items)
			continue
		}
		switch {
		case !seenVerb && it.t != nil && (it.t.Class == 'v' || it.t.Class == 'a' && !(j+1 < len(items) && items[j+1].isNoun())):
			// (an adjective before a noun modifies it: "a new message arrives")
			c := it
			ev.setVerbEn(&c)
			seenVerb = true
		case !seenVerb && it.t == nil && (it.plural || it.pp) && len(subj) > 0:
			// an unknown verb: "a packet arrives"
			c := it
			c.t = &Term{Words: it.words, Class: 'v'}
			ev.setVerbEn(&c)
			seenVerb = true
		case !seenVerb && it.t != nil && it.t.Class == 'n' && it.plural && len(subj) > 0:
			// "the user swipes": a noun-verb in verb position
			c := it
			ev.setVerbEn(&c)
			seenVerb = true
		case it.t != nil && it.t.Class == 'a':
			// "swipes an item away": a particle, not a noun
		case !seenVerb:
			subj = append(subj, it.words)
		default:
			obj = append(obj, it.words)
		}
	}
	if len(obj) > 0 {
		for _, n := range obj {
			ev.addNoun(n)
		}
	} else {
		for _, n := range subj {
			ev.addNoun(n)
		}
	}
	return ev.finish()
}

func (ev *event) addNoun(ws []string) {
	for _, w := range ws {
		if genericEventNouns.has(w) {
			continue
		}
		ev.nouns = append(ev.nouns, w)
	}
}

// setVerb reads a Korean verb or state as the event's action.
func (ev *event) setVerb(it *item) {
	t := it.t
	en := t.en()
	if t.Class == 'a' {
		// A state that is a participle (pressed, disconnected) is what
		// happened; its verb is the participle's lemma. Events that end
		// something say completed (DownloadCompleted, onPaymentCompleted).
		ev.pp = t.Words
		ev.verb = baseOf(en)
		if en == "done" || en == "finished" || en == "complete" || en == "completed" {
			ev.pp, ev.verb = splitWords("completed"), splitWords("complete")
		}
		if vt := verbTerm(en); vt != nil && !it.eng && !strings.HasSuffix(en, "ed") && pastKoSurface(it.surface) {
			// 문이 열렸을 때, 장바구니가 비었을 때: a state that came about
			// is its verb's participle (DoorOpened; was OnDoorOpen)
			ev.pp, ev.verb = splitWords(participle(vt, en)), splitWords(en)
		}
		if en == "dead" {
			ev.pp, ev.verb = splitWords("died"), splitWords("die") // 플레이어 사망: PlayerDied
		}
		if (en == "modified" || en == "updated") && strings.ContainsAny(it.surface, "바변") {
			// 값이 바뀌었을 때: events are changes (onChange)
			ev.pp, ev.verb = splitWords("changed"), splitWords("change")
		}
	} else {
		if (en == "update" || en == "modify") && strings.ContainsAny(it.surface, "바변") {
			// 바뀌다, 변경되다: events are changes (onChange).
			en = "change"
		}
		ev.verb = splitWords(en)
		ev.pp = splitWords(participle(t, en))
		if en != t.en() {
			ev.pp = splitWords(participle(nil, en))
		}
	}
	ev.arrival = arrivalVerbs.has(strings.Join(ev.verb, " "))
	if it.neg && !it.eng && len(ev.pp) > 0 {
		// 사용자를 찾지 못했을 때: not found (UserNotFoundError)
		ev.pp = cat(splitWords("not"), ev.pp)
	}
}

// pastKoSurface: a Korean form in the past (열렸, 비었, 찼, 됐).
func pastKoSurface(s string) bool {
	return containsOf(s, "았|었|였|렸|웠|갔|왔|됐|했|찼|졌|셨")
}

// setVerbEn keeps the user's own English verb (changes -> change, not the
// glossary's update): events read as the question says them.
func (ev *event) setVerbEn(it *item) {
	lem := it.surface
	if it.plural || it.third {
		// "the payment fails": fail
		lem = guessLemma(it.surface).word
	}
	for _, l := range lemmas(it.surface) {
		if g := loadGlossary(); l.word != it.surface && len(g.en[l.word]) > 0 {
			lem = l.word
			break
		}
	}
	if it.t != nil && it.t.Class == 'a' {
		ev.setVerb(it)
		return
	}
	if it.t == nil || lem == "" || strings.Contains(lem, " ") {
		ev.setVerb(it)
		return
	}
	for _, l := range lemmas(it.surface) {
		if l.pp && l.word != it.surface && irregularParticiples.get(l.word) == it.surface {
			// "is lost": the participle as written
			ev.verb, ev.pp = []string{l.word}, []string{it.surface}
			ev.arrival = arrivalVerbs.has(l.word)
			return
		}
	}
	ev.verb = []string{lem}
	if it.t != nil && lem == it.t.en() {
		ev.pp = splitWords(participle(it.t, lem))
	} else {
		ev.pp = splitWords(participle(nil, lem))
	}
	ev.arrival = arrivalVerbs.has(lem)
}

// baseOf is the verb of a participle state (pressed -> press,
// disconnected -> disconnect, paid -> pay).
func baseOf(pp string) []string {
	ws := splitWords(pp)
	if len(ws) == 0 {
		return nil
	}
	last := ws[len(ws)-1]
	g := loadGlossary()
	ls := lemmas(last)
	if n := len(last); n > 4 && strings.HasSuffix(last, "ed") && last[n-3] == last[n-4] {
		// cancelled -> cancel
		ls = append(ls, lemma{word: last[:n-3], pp: true})
	}
	for _, l := range ls {
		if !l.pp {
			continue
		}
		for _, t := range g.en[l.word] {
			if t.Class == 'v' {
				return append(ws[:len(ws)-1:len(ws)-1], l.word)
			}
		}
	}
	return nil
}

func (ev *event) finish() *event {
	if len(ev.verb) == 0 && len(ev.pp) == 0 && len(ev.nouns) == 0 {
		return nil
	}
	if strings.Join(ev.verb, " ") == "complete" && len(ev.nouns) > 0 && spanEvents.has(ev.nouns[len(ev.nouns)-1]) {
		// 드래그 끝났을 때: a gesture or animation ends (onDragEnd)
		ev.verb, ev.pp = []string{"end"}, []string{"end"}
	}
	if v := strings.Join(ev.verb, " "); (v == "detect" || v == "recognize") && len(ev.nouns) > 0 {
		// 파일 생성 감지되면, 흔들기 감지됐을 때: what is detected is the
		// event (onFileCreated, onShake; were create_file, onDetected)
		n := len(ev.nouns)
		if t := verbTerm(ev.nouns[n-1]); t != nil {
			ev.verb, ev.pp, ev.nouns = t.Words, splitWords(participle(t, t.en())), ev.nouns[:n-1]
		}
	}
	if n := len(ev.nouns); n > 1 && ev.nouns[n-1] == "event" {
		// 키보드 입력 이벤트: the input is the event (handleKeyboardInput)
		ev.nouns = ev.nouns[:n-1]
	}
	if len(ev.nouns) > 1 && (ev.nouns[0] == "user" || isPerson(ev.nouns[0]) && controlNouns.has(lastWord(ev.nouns))) {
		// the user does every UI event: onItemSwiped, not onUserItemSwiped;
		// so does whoever presses a button (배달 기사가 픽업 완료 버튼
		// 누르면: onPickupCompletedButtonClicked, not onRider…)
		ev.nouns = ev.nouns[1:]
	}
	if len(ev.nouns) == 1 && ev.nouns[0] == "user" && uiEvents.has(strings.Join(ev.verb, " ")) {
		// "when the user clicks": the user does every UI event (onClick;
		// was onUserClicked)
		ev.nouns = nil
	}
	// A verb that already says its noun (연결이 끊기다 -> disconnect):
	// drop the noun it contains.
	if len(ev.verb) > 0 && len(ev.nouns) > 0 {
		v := ev.verb[len(ev.verb)-1]
		n := ev.nouns[len(ev.nouns)-1]
		if len(n) >= 4 && strings.Contains(v, n[:4]) && v != n {
			ev.nouns = ev.nouns[:len(ev.nouns)-1]
		}
	}
	return ev
}

// handlerNames adds the names of a handler for kind k; false when the
// question names no event.
func (b *builder) handlerNames(f *frame, k naming.Kind) bool {
	if b.wrappedHandlerNames(f, k) {
		return true
	}
	ev := f.event
	if ev == nil {
		ev = arrivalEvent(f)
	}
	if ev == nil {
		return false
	}
	n := dropHTTP(ev.nouns)
	reason := func(ko, en string) cand { return cand{ko: ko, en: en} }
	on := func(ws ...[]string) []string { return cat(append([][]string{splitWords("on")}, ws...)...) }
	handle := func(ws ...[]string) []string { return cat(append([][]string{splitWords("handle")}, ws...)...) }
	r1 := reason("이벤트가 일어났을 때 불리는 핸들러의 관용적 이름입니다(on + 일어난 일).", "The usual handler name: on + what happened.")
	r2 := reason("이벤트를 처리한다는 뜻의 handle 형태입니다.", "The handle- form: handles the event.")
	r3 := reason("짧은 형태입니다.", "Short form.")
	add := func(words []string, c cand) {
		if len(words) > 1 {
			c.words = words
			b.add(k, c)
		}
	}
	if b.lang == naming.LangSwift && len(ev.verb) > 0 && !ev.arrival {
		// Swift delegate methods: productCellDidTapFavoriteButton,
		// didTapFavoriteButton.
		if d := delegateIndex(f.items); d >= 0 {
			if owner := firstPhrase(f.items[:d]); len(owner) > 0 {
				add(cat(owner, splitWords("did"), ev.verb, n), reason("Swift 델리게이트 메서드는 보낸 쪽 + did + 일어난 일로 짓습니다.", "Swift delegate methods: sender + did + what happened."))
			}
			add(cat(splitWords("did"), ev.verb, n), reason("보낸 쪽을 뺀 짧은 형태입니다.", "Short form without the sender."))
		}
	}
	if swiftTap(b.lang, f) {
		// UIKit: a button's action is didTapRetry or retryButtonTapped
		// (the tap, whatever the question calls it)
		q := n[:len(n)-1]
		add(cat(splitWords("did tap"), q), reason("Swift(UIKit)의 버튼 액션은 didTap + 대상으로 짓습니다.", "A UIKit button action: didTap + what."))
		add(cat(n, splitWords("tapped")), reason("버튼 + Tapped 형태입니다.", "The button + Tapped."))
		add(cat(splitWords("did tap"), n), r3)
	}
	if f.eventName && len(ev.pp) > 0 && len(n) > 0 {
		// an event member: what happened (DownloadCompleted)
		add(cat(n, ev.pp), reason("이벤트 멤버는 일어난 일 그대로(명사 + 과거분사) 이름 짓습니다.", "An event is named for what happened."))
		add(on(n, ev.pp), r1)
		if len(ev.pp) > 0 {
			c := r3
			c.words = ev.pp
			b.add(k, c)
		}
		return true
	}
	switch {
	case len(ev.verb) == 0 && len(ev.pp) > 0:
		// a state with no verb of its own (dead, empty)
		add(on(n, ev.pp), r1)
		add(handle(n, ev.pp), r2)
		if len(n) > 1 {
			add(on(n[len(n)-1:], ev.pp), r3) // 후원 결제가 실패했을 때: onPaymentFailed
		} else {
			add(on(ev.pp), r3)
		}
	case ev.arrival || len(ev.verb) == 0 && len(ev.pp) == 0:
		if len(n) == 0 {
			return false
		}
		if len(n) > 2 && bareHandlerWords.has(n[len(n)-1]) {
			// 영화 티켓 결제 웹훅: handlePaymentWebhook, what the webhook
			// is about kept
			add(handle(n[len(n)-2:]), r3)
		}
		if saysSome(f.items, "콜백|callback|호출되|불리|실행되|called|invoked|fires") && !saysSome(f.items, "핸들러|handler|리스너|listener") {
			add(on(n), r1) // MQTT 메시지 도착했을 때 불리는 콜백: on_message first, as callbacks are named
		}
		add(handle(n), r2)
		add(on(n), r1)
		if len(n) > 1 {
			add(handle(n[len(n)-1:]), r3)
		}
		add(on(n, splitWords("received")), r1)
		add(cat(n, splitWords("handler")), r3)
	case len(ev.target) > 0 && len(n) <= 1 && placeVerbs.has(strings.Join(ev.verb, " ")):
		// 스크롤이 맨 아래에 닿았을 때: on + reach + where.
		add(on(ev.verb, ev.target), r1)
		add(on(n, ev.pp), r1)
		add(handle(n, ev.verb), r2)
		add(on(ev.target, ev.pp), r3)
	case len(n) > 1 && controlNouns.has(lastWord(n)) && len(ev.verb) > 0:
		// 저장 버튼 클릭: the button's own word says which (handleSaveClick)
		q := n[:len(n)-1]
		add(on(n, ev.pp), r1)
		add(handle(n, ev.verb), r2)
		add(handle(q, ev.verb), r3)
		add(on(q, ev.verb), r3)
		add(on(n, ev.verb), r1)
	default:
		v := eventNounOf(ev.verb) // handleTaskFailure, onFailure, not handleTaskFail
		if len(n) == 0 && uiEvents.has(strings.Join(ev.verb, " ")) {
			// "when the user clicks": the UI event itself (onClick before onClicked)
			add(on(v), r1)
			add(handle(v), r2)
		}
		add(on(n, ev.pp), r1)
		add(handle(n, v), r2)
		if len(n) > 1 && !compound(n[len(n)-2], n[len(n)-1]) {
			// (셀렉트 박스 값이 바뀌었을 때: no onBoxChanged)
			add(on(n[len(n)-1:], ev.pp), r3)
		}
		if len(n) > 0 {
			add(on(v), r3)
			add(on(n, v), r1)
			add(handle(n, ev.pp), r2)
		} else {
			add(on(ev.pp), r1)
		}
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// eventNounOf: the noun a handler name uses for a verb that has one of its
// own (fail: failure, succeed: success); other verbs stay (onComplete).
func eventNounOf(verb []string) []string {
	if len(verb) == 1 && (verb[0] == "fail" || verb[0] == "succeed" || verb[0] == "die") {
		return []string{nominals.get(verb[0])}
	}
	return verb
}

// swiftTap: a Swift method handling a button's click, tap or press (a
// closure property stays onLoginButtonTapped).
func swiftTap(lang naming.Language, f *frame) bool {
	ev := f.event
	if lang != naming.LangSwift || ev == nil || len(ev.nouns) < 2 || !controlNouns.has(lastWord(ev.nouns)) || len(ev.verb) != 1 ||
		saysSome(f.items, "closure|callback|클로저|콜백") {
		return false
	}
	switch ev.verb[0] {
	case "click", "tap", "press", "touch":
		return true
	}
	return false
}

// arrivalEvent: "GitHub 웹훅 받는 핸들러" names no 때 clause; the thing
// received is the event.
func arrivalEvent(f *frame) *event {
	if f.verb == nil || f.verb.t == nil || !arrivalVerbs.has(f.verb.t.en()) {
		// 웹훅 받는 HTTP 핸들러: the receiving verb modifies a noun.
		for i, it := range f.items {
			if it.isVerb() && it.form != formNoun && it.mood == moodMod && arrivalVerbs.has(it.t.en()) {
				ev := &event{arrival: true}
				for j := i - 1; j >= 0; j-- {
					n := f.items[j]
					if n.g != gNone || !n.isNoun() || n.part != partNone && n.part != partObj {
						break
					}
					ev.nouns = append(append([]string{}, n.words...), ev.nouns...)
				}
				if len(ev.nouns) > 0 {
					return ev
				}
			}
		}
		return nil
	}
	ev := &event{arrival: true}
	ev.addNoun(f.thing().nounWords(false))
	if len(ev.nouns) == 0 {
		return nil
	}
	return ev
}

// handlerVerb: the verbs that only say "a handler runs" (처리하다, 호출되다).
func handlerVerb(v string) bool {
	return oneOf(v, "process|handle|call|run|execute|invoke|receive")
}

// has reports whether v is the event's own verb.
func (ev *event) has(v string) bool {
	return strings.Join(ev.verb, " ") == v || arrivalVerbs.has(v)
}

// splitState reads a compound state written as two words (결제 완료,
// 업로드 실패) as its noun and a verbal noun.
func splitState(it item) ([]string, *item) {
	parts := strings.Fields(it.surface)
	if len(parts) != 2 {
		return nil, nil
	}
	g, gi := loadGlossary(), loadGrammar()
	a := parseKorean(g, gi, parts[:1])
	b := parseKorean(g, gi, parts[1:])
	if len(a) != 1 || len(b) != 1 || a[0].t == nil || b[0].t == nil || b[0].t.Class != 'v' && b[0].t.Class != 'a' {
		return nil, nil
	}
	n := a[0].t
	if n.Class != 'n' && a[0].alt != nil && a[0].alt.Class == 'n' {
		n = a[0].alt
	}
	if n.Class != 'n' {
		return nil, nil
	}
	return n.Words, &b[0]
}

// sendsWebhook: the question sends a webhook (sends a webhook, 웹훅 보내는):
// an action, not the handler of one received.
func sendsWebhook(items []item) bool {
	for _, it := range items {
		if it.isVerb() && it.form != formNoun || it.isVerbalNoun() {
			if oneOf(it.t.en(), "send|post|deliver|dispatch|trigger|fire|emit|call|notify|retry|resend") {
				return true
			}
		}
	}
	return false
}

// isCallback: the question asks for a handler (핸들러, 콜백, listener),
// or for what is called when something happens (호출되는, "called when").
func isCallback(items []item) bool {
	for i, it := range items {
		switch {
		case it.g == gHandler:
			return true
		case it.g == gWhen && it.form != formNoun:
			return true
		case it.mood == moodWhen && it.t != nil && i+1 < len(items) && items[i+1].isVerb() && callVerb(items[i+1].t.en()):
			// 클릭하면 실행할 함수
			return true
		case it.t != nil && it.t.en() == "webhook" && !sendsWebhook(items) && !webhookThing(items[i+1:]):
			// a webhook is a callback by definition (unless it is sent, or
			// names a thing of its own: webhook deliveries, webhook URL)
			return true
		case it.g == gWhen && i+1 < len(items) && items[i+1].isVerb() && handlerVerb(items[i+1].t.en()) && items[i+1].t.en() != "receive":
			// ~할 때 처리하는 함수
			return true
		case it.g == gWhen && i > 0 && it.eng:
			if oneOf(items[i-1].surface, "called|invoked|fired|triggered|runs|run|executed") {
				return true
			}
		}
	}
	return false
}

// webhookThing: the noun after a webhook is a thing of its own (webhook
// deliveries, secret, URL, log), not the event it brings.
func webhookThing(rest []item) bool {
	for len(rest) > 1 && rest[0].isAdj() {
		rest = rest[1:] // webhook deliveries that failed: webhook, failed, deliveries
	}
	if len(rest) == 0 || !rest[0].isNoun() || rest[0].t == nil {
		return false
	}
	return !oneOf(rest[0].t.en(), "event|request|payload|call|notification|message")
}

// realAction: "캐시 무효화하는 콜백": the handler does a named action, and
// is named for it (invalidateCache), not for the event.
func realAction(f *frame) bool {
	v := f.verb
	if v == nil || v.t == nil || handlerVerb(v.t.en()) || arrivalVerbs.has(v.t.en()) || f.event != nil && f.event.has(v.t.en()) || v.g != gNone || wrapped(f) {
		return false
	}
	for i, it := range f.items {
		if it.t == v.t && it.mood == moodMod && it.form != formNoun {
			for _, n := range f.items[i+1:] {
				switch {
				case n.g == gHandler:
					return true
				case n.g == gStop || n.eng && n.t == nil:
					continue
				}
				return false
			}
		}
	}
	return false
}

// eventClassNames: a listener class named for its event (a user
// registers -> UserRegisteredListener, HandleUserRegistered).
func (b *builder) eventClassNames(f *frame) bool {
	ev := f.event
	if ev == nil || len(ev.pp) == 0 || len(ev.nouns) == 0 {
		return false
	}
	role := splitWords("listener")
	for _, it := range f.items {
		if it.g == gHandler && (strings.HasPrefix(it.surface, "handler") || strings.Contains(it.surface, "핸들러")) {
			role = splitWords("handler")
		}
	}
	k := naming.KindClass
	if v := f.verb; b.lang == naming.LangPHP && v != nil && v.t != nil && v.t.Class == 'v' && !f.obj.empty() &&
		strings.Join(v.t.Words, " ") != strings.Join(ev.verb, " ") {
		// Laravel listeners are named for what they do: SendReceiptEmail
		b.add(k, cand{words: cat(v.t.Words, f.obj.words(false)), ko: "라라벨 리스너는 하는 일로 이름 짓습니다(SendWelcomeEmail).", en: "Laravel listeners are named for what they do."})
	}
	b.add(k, cand{words: cat(ev.nouns, ev.pp, role), ko: "처리하는 이벤트 이름에 역할을 붙인 클래스 이름입니다.", en: "The event it handles, then its role."})
	b.add(k, cand{words: cat(splitWords("handle"), ev.nouns, ev.pp), ko: "이벤트를 처리한다는 뜻의 클래스 이름입니다.", en: "Handles the event."})
	b.add(k, cand{words: cat(splitWords("on"), ev.nouns, ev.pp), ko: "on 형태입니다.", en: "The on- form."})
	return true
}

// uiEvents are nouns that name what happened (a click, a tap).
const uiEvents lazySet = "click, tap, press, submit, change, scroll, hover, drag, drop, keypress, key press, input, focus, blur, resize, swipe, select, selection, double click, long press, pinch, zoom, shake, touch"

// readHandles: "the method that handles the click on the Save button":
// the event is the click, on the save button.
func readHandles(items []item) *event {
	for i, it := range items {
		if it.eng && (it.surface == "on" || it.surface == "upon") {
			// "function to run on button click"
			var ws []string
			for _, x := range items[i+1:] {
				if x.g == gStop && len(ws) == 0 {
					continue
				}
				if x.g != gNone || len(x.words) == 0 {
					break
				}
				ws = append(ws, x.words...)
			}
			if n := len(ws); n > 0 && uiEvents.has(ws[n-1]) {
				ev := &event{verb: ws[n-1:], pp: splitWords(participle(nil, ws[n-1]))}
				ev.nouns = ws[:n-1]
				if r := ev.finish(); r != nil {
					return r
				}
			}
		}
		if !it.eng || it.t == nil || it.t.Class != 'v' || it.t.en() != "handle" {
			continue
		}
		j := i + 1
		for j < len(items) && items[j].g == gStop && items[j].surface != "on the" {
			j++
		}
		if j >= len(items) || len(items[j].words) == 0 || !uiEvents.has(strings.Join(items[j].words, " ")) {
			return nil
		}
		evWord := lastWord(items[j].words)
		if items[j].t != nil {
			evWord = items[j].t.en()
		}
		ev := &event{verb: []string{evWord}, pp: splitWords(participle(nil, evWord))}
		k := j + 1
		if k < len(items) && (items[k].surface == "on the" || items[k].surface == "on" || items[k].g == gOf) {
			for k++; k < len(items); k++ {
				x := items[k]
				if x.g == gStop {
					continue
				}
				if x.g != gNone || len(x.words) == 0 {
					break
				}
				ev.nouns = append(ev.nouns, x.words...)
			}
		}
		return ev.finish()
	}
	return nil
}

// asksEventName: "name of the event ... raises when": the event member
// itself is named (DownloadCompleted).
func asksEventName(items []item) bool {
	for _, it := range items {
		switch {
		case it.g == gStop || it.g == gRequest || it.g == gOf:
			continue
		case it.t != nil && it.t.en() == "event":
			return true
		}
		return false
	}
	return false
}

// delegateIndex is where a question names a delegate, or -1.
func delegateIndex(items []item) int {
	for i, it := range items {
		if it.t != nil && it.t.en() == "delegate" {
			return i
		}
	}
	return -1
}

// dropHTTP: HTTP method and request words say how a handler is reached,
// not what it handles (회원가입 POST 요청 -> handle_signup).
func dropHTTP(ws []string) []string {
	var out []string
	for _, x := range ws {
		if !oneOf(x, "post|get|put|patch|http|https|request|requests|api|endpoint") {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}

// asksException: "exception thrown when ...", "~할 때 던지는 예외": the
// class is named for the condition (ProductOutOfStockException).
//
// An error the when-clause is about (에러 발생 시 호출할 콜백, "callback
// called when an error occurs") is the event, not the exception asked
// for: a Korean one comes after the clause, an English one before it.
func asksException(items []item) string {
	first, last := len(items), -1
	for i, it := range items {
		if it.g == gWhen || it.mood == moodWhen {
			first, last = min(first, i), i
		}
	}
	for i, it := range items {
		if (it.eng && i < first || !it.eng && i > last) && it.t != nil && it.t.Class == 'n' && (it.t.en() == "exception" || it.t.en() == "error") {
			if it.eng && i+1 < len(items) && (items[i+1].g == gHandler || strings.EqualFold(items[i+1].surface, "handler")) {
				continue // "exception handler method for when …": a handler (was ValidationException)
			}
			return it.t.en()
		}
	}
	return ""
}

// exceptionNames: the condition, then Exception (or Error where the
// language names its exceptions so).
func (b *builder) exceptionNames(f *frame) bool {
	ev := f.event
	if f.exception == "" || ev == nil || len(ev.pp) == 0 && len(ev.nouns) == 0 {
		return false
	}
	suf := f.exception
	switch b.lang {
	case naming.LangPython, naming.LangRuby, naming.LangJavaScript, naming.LangTypeScript, naming.LangRust, naming.LangGo, naming.LangSwift:
		suf = "error"
	}
	k := naming.KindClass
	c := cand{ko: "예외가 나타내는 상황을 이름으로 삼았습니다.", en: "Named for the condition it signals."}
	add := func(ws []string) {
		c.words = ws
		b.add(k, c)
	}
	if len(ev.verb) == 0 && len(ev.pp) > 0 && !strings.HasSuffix(lastWord(ev.pp), "ed") {
		// 재고가 부족할 때: an adjective goes before its noun
		add(cat(ev.pp, ev.nouns, splitWords(suf)))
	}
	what := ev.pp
	if ev.during && len(ev.verb) > 0 {
		// 파싱할 때 나는 에러: an error of the action (ParseError)
		what = ev.verb
	}
	add(cat(ev.nouns, what, splitWords(suf)))
	if len(ev.verb) == 0 && len(ev.pp) > 0 && !strings.HasSuffix(lastWord(ev.pp), "ed") {
		// a state that says it all (OutOfStockException), not a bare
		// participle (FailedError)
		add(cat(ev.pp, splitWords(suf)))
	}
	if suf != f.exception {
		add(cat(ev.nouns, what, splitWords(f.exception)))
	}
	return true
}

// wrappedHandlerNames: "리사이즈 이벤트에 스로틀 걸어둔 핸들러" is a handler
// wrapped in a throttle or debounce: throttledResizeHandler.
func (b *builder) wrappedHandlerNames(f *frame, k naming.Kind) bool {
	wrap := ""
	var evWords []string
	for i, it := range f.items {
		if it.t != nil && it.t.Class == 'v' && (it.t.en() == "throttle" || it.t.en() == "debounce") {
			wrap = participle(it.t, it.t.en())
			// the event: the phrase before, from its verbal noun on
			var ph []item
			for j := i - 1; j >= 0; j-- {
				x := f.items[j]
				if x.g != gNone || len(x.words) == 0 || x.t != nil && x.t.Class == 'v' && x.form != formNoun {
					break
				}
				ph = append([]item{x}, ph...)
				if x.part != partNone && x.part != partLoc && x.part != partObj && x.part != partGen && j < i-1 {
					break
				}
			}
			start := 0
			for j, x := range ph {
				if x.t != nil && x.t.Class == 'v' {
					start = j
					break
				}
			}
			for _, x := range ph[start:] {
				if x.t != nil && x.t.en() == "event" {
					continue
				}
				evWords = append(evWords, x.words...)
			}
			break
		}
	}
	if wrap == "" || len(evWords) == 0 {
		return false
	}
	c := cand{ko: "스로틀·디바운스를 건 핸들러임을 드러낸 이름입니다.", en: "A handler wrapped in a throttle or debounce."}
	for _, ws := range [][]string{cat(splitWords(wrap), evWords, splitWords("handler")), cat(splitWords(wrap), splitWords("handle"), evWords), cat(splitWords("handle"), evWords, splitWords(wrap)), cat(splitWords("on"), evWords, splitWords(wrap))} {
		c.words = ws
		b.add(k, c)
	}
	return true
}

// wrapped: the question wraps its handler in a throttle or debounce.
func wrapped(f *frame) bool {
	for _, it := range f.items {
		if it.t != nil && it.t.Class == 'v' && (it.t.en() == "throttle" || it.t.en() == "debounce") {
			return true
		}
	}
	return false
}

func callVerb(v string) bool {
	return oneOf(v, "run|call|execute|invoke|trigger|fire")
}

// placeVerbs reach a place: their event is named with it (onReachBottom).
const placeVerbs lazySet = `reach hit arrive enter move scroll come return`

// nounEvent reads "X 클릭 이벤트 핸들러": the word event (이벤트, or the
// tail of a term such as click event) is no name word, and the verbal noun
// before it is what happened. It returns the items with that verbal noun
// in place and the index the event clause ends at, or -1.
func nounEvent(items []item) ([]item, int) {
	h := -1
	for i, it := range items {
		if it.g == gHandler {
			h = i
			break
		}
	}
	if h < 1 {
		return items, -1
	}
	out := append([]item{}, items[:h]...)
	j := len(out) - 1
	sawEvent := false
	if ws := out[j].words; out[j].g == gNone && len(ws) > 0 && genericEventNouns.has(lastWord(splitWords(ws[len(ws)-1]))) {
		sawEvent = true
		ev := splitWords(strings.Join(ws, " "))
		if len(ev) == 1 {
			out = out[:j]
			j--
		} else if v := verbTerm(strings.Join(ev[:len(ev)-1], " ")); v != nil {
			// click event -> the verbal noun click
			out[j].t, out[j].words, out[j].form = v, v.Words, formNoun
		}
	}
	sawEvent = sawEvent || strings.HasPrefix(items[h].surface, "이벤트") // 이벤트 핸들러, one word
	if !sawEvent || j < 0 || !(out[j].isVerb() && out[j].form == formNoun || out[j].isAdj() && !out[j].eng) {
		// (결제 완료 이벤트: a state that happened is an event too)
		return items, -1
	}
	return append(out, items[h:]...), j + 1
}

// verbTerm is the glossary verb for English words.
func verbTerm(en string) *Term {
	for _, t := range loadGlossary().en[en] {
		if t.Class == 'v' {
			return t
		}
	}
	return nil
}
