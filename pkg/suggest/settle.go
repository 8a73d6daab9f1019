package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// Frame rules applied after the sentence is read: the general fixes that
// keep a name short and in the sense a developer means.
//
//   - A handler asked with a when-clause ("handler for when the login form
//     is submitted") names the handler even though the clause is a yes/no
//     phrase.
//   - Padding nouns (정보, 데이터, 내용, 기능, 처리; info, data, details)
//     after another noun add nothing: get_user before get_user_info.
//   - 빼다 on something that is not a number is remove, not subtract
//     (목록에서 중복 빼기 -> removeDuplicates).
//   - A verbal noun right before another Korean verb is that verb's
//     object (푸시 보낼 수 있는지 -> canSendPush).

// paddingWords are head nouns that only say "some information about".
const paddingWords lazySet = `info information data content contents feature processing details function`

// settle applies the frame rules above.
func (f *frame) settle() {
	f.splitTarget()
	f.agentFunction()
	if n, m := len(f.obj.nouns), len(f.source.nouns); f.korean && n > 0 && m > 0 && f.source.nouns[m-1].plural && !f.obj.nouns[n-1].plural && f.obj.nouns[n-1].t != nil && !f.obj.nouns[n-1].t.Mass {
		// 여러 API에서 상품 가져오는: what comes from several places is
		// several things (fetch_products; was fetch_product)
		f.obj.nouns[n-1].plural = true
	}
	if n := len(f.obj.nouns); n > 0 && len(f.source.nouns) > 0 {
		// 할 일 목록에서 완료된 항목만 걸러내는: the items are the list's
		// todos (filterCompletedTodos; was filterDoneItems); 완료된 항목
		// 개수: a count of them (completedTodoCount; was completedItemCounts)
		ws := f.obj.nouns[n-1].words
		counted := slices.Equal(ws, []string{"item", "count"})
		src := f.source.nouns[len(f.source.nouns)-1]
		if (counted || placeholderNouns.has(lastWord(ws))) && src.t != nil && !collectionNoun.has(lastWord(src.words)) {
			c := src
			c.part, c.plural = f.obj.nouns[n-1].part, !counted
			if counted {
				c.words = cat(src.words, []string{"count"})
				c.t = &Term{Words: c.words, Class: 'n'}
				f.source, f.list = np{}, false
			}
			f.obj.nouns = append(append([]item(nil), f.obj.nouns[:n-1]...), c)
		}
	}
	if f.handler && f.callback && f.boolean && f.kinds == [4]bool{} && f.event != nil && !f.ability {
		f.boolean = false
	}
	if f.boolean && f.state == nil && f.verb == nil && f.subject().empty() {
		// "is loading", "is visible": a state with no subject.
		for i := 1; i < len(f.items); i++ {
			it := f.items[i]
			if it.eng && f.items[i-1].g == gIs && (it.isAdj() || it.isVerb() && (it.pp || it.ing)) {
				c := it
				f.state = &c
				f.progress = f.progress || it.ing
			}
		}
	}
	if v := f.verb; v.en() == "aggregate" && f.korean && len(f.obj.nouns) > 0 && !f.boolean {
		h := f.obj.nouns[len(f.obj.nouns)-1]
		if (f.count || lastWord(h.words) == "count") && strings.HasPrefix(v.surface, "집계") {
			// 장애 발생 횟수 집계하는: counting names the counted
			// (countIncidents; was aggregateIncidentCount)
			f.swapVerb(termOr("count", 'v'))
		} else if strings.HasPrefix(v.surface, "합산") && lastWord(h.words) != "total" && f.by.empty() {
			// 매출 합계 구하는: the total of it (calculateTotalRevenue; was
			// aggregateRevenue)
			f.swapVerb(termOr("calculate", 'v'))
			h.words = append([]string{"total"}, h.words...)
			h.t = &Term{Words: h.words, Class: 'n'}
			f.obj.nouns = append(append([]item(nil), f.obj.nouns[:len(f.obj.nouns)-1]...), h)
		}
	}
	if v := f.verb; v.en() == "count" && !f.boolean && !f.kinds[1] && !f.kinds[2] {
		// 좋아요 수 세는 메서드: counting names the counted (countLikes),
		// not a count of counts
		f.count = false
		if n := len(f.obj.nouns); n > 0 {
			h := f.obj.nouns[n-1]
			if ws := h.words; len(ws) > 1 && ws[len(ws)-1] == "count" {
				c := h
				c.t, c.words, c.plural = nil, append([]string(nil), ws[:len(ws)-1]...), true
				f.obj.nouns = append(append([]item(nil), f.obj.nouns[:n-1]...), c)
			}
		}
	}
	if st := f.state; st != nil && st.t != nil && (st.t.en() == "enabled" || st.t.en() == "disabled") {
		// LED가 켜져 있는지: a light or a device is on, a feature enabled
		if s := f.subject(); len(s.nouns) > 0 && switchedThings.has(lastWord(s.nouns[len(s.nouns)-1].words)) {
			w := "on"
			if st.t.en() == "disabled" {
				w = "off"
			}
			f.swapState(&Term{Words: splitWords(w), Class: 'a', Opp: map[string]string{"on": "off", "off": "on"}[w]})
		}
	}
	if st := f.state; st != nil && st.t != nil && st.t.en() == "empty" && !st.eng {
		// 좌석이 비어있는지, 시간대가 비어있는지: a seat or a slot that is
		// empty is free to take (isSeatAvailable; was isSeatEmpty); a
		// container stays empty
		if s := f.subject(); len(s.nouns) > 0 && oneOf(lastWord(s.nouns[len(s.nouns)-1].words), takenPlaces) {
			f.swapState(termOr("available", 'a'))
		}
	}
	if f.kinds[2] && !f.kinds[1] {
		// 토큰 만료 시간 상수: a constant holds how long until expiry (a
		// TTL), never the moment itself (expiresAt)
		for _, p := range []*np{&f.obj, &f.subj, &f.topic} {
			for i, n := range p.nouns {
				if n.t != nil && (n.t.en() == "expires at" || n.t.en() == "expiry time" || n.t.en() == "expiration time") {
					t := ttlTerm()
					p.nouns = append([]item(nil), p.nouns...)
					p.nouns[i].t, p.nouns[i].words = t, t.Words
				}
			}
		}
	}
	for _, p := range []*np{&f.obj, &f.subj, &f.topic} {
		// 접속 중인 클라이언트: clients and sockets are connected; people
		// are online
		if n := len(p.nouns); n > 0 && connectedThings.has(lastWord(p.nouns[n-1].words)) {
			for i, m := range p.mods {
				if m.t != nil && m.t.en() == "online" {
					c := termOr("connected", 'a')
					p.mods = append([]item(nil), p.mods...)
					p.mods[i].t, p.mods[i].words = c, c.Words
				}
			}
		}
	}
	full := *f
	dropped := false
	if v := f.verb; oneOf(v.en(), "call|invoke") && !f.boolean && apiOf(&f.obj) {
		// 날씨 API 호출하는 함수: what a call to an API is for is the thing
		// it fetches (fetchWeather); callWeatherApi follows.
		fe := termOr("fetch", 'v')
		f.swapVerb(fe)
		f.obj.nouns = append([]item{}, f.obj.nouns[:len(f.obj.nouns)-1]...)
		dropped = true
	}
	if n, m := len(f.topic.nouns), len(f.obj.nouns); n > 1 && m == 1 && f.verb != nil && lastWord(f.topic.nouns[n-1].words) == "api" &&
		genericResults.has(lastWord(f.obj.nouns[0].words)) && f.obj.mods == nil {
		// 영화 검색 api 호출해서 결과 받아오는: the results are the API's
		// (fetchMovieSearchResults; was fetchResults)
		f.obj.nouns = append(append([]item(nil), f.topic.nouns[:n-1]...), f.obj.nouns[0])
		for i := range f.obj.nouns[:n-1] {
			f.obj.nouns[i].part, f.obj.nouns[i].plural = partNone, false
		}
		f.topic = np{}
	}
	for _, p := range []*np{&f.obj, &f.topic, &f.subj, &f.target, &f.source} {
		// 치료 기록 HashMap, 출하 기록을 작물별로: the records are the
		// treatments, the shipments; a record type, one added (물 준 기록
		// 추가하는) or a list they come from (재생 기록에서) keeps it
		records := !f.kinds[3] && p != &f.source && !(p == &f.obj && oneOf(f.verb.en(), "add|append|save|create|insert|write|store|record|log|delete|remove"))
		dropped = dropPaddingNoun(p, records) || dropped
	}
	if dropped {
		// The names with the padding noun still come, after the core ones.
		f.full = &full
	}
	if v := f.verb; v.en() == "increment" && strings.HasPrefix(v.surface, "올") && (!f.target.empty() || !numericThing(f.thing())) {
		// 서버에 로그 올리기, 사진 올리기: 올리다 to a place or of a thing
		// is upload; of a number (가격 올리기) it stays increment.
		u := termOr("upload", 'v')
		if hw := f.thing().headWords(false); len(hw) > 0 && rankNouns.has(hw[len(hw)-1]) {
			// 회원 등급 올려주는: a tier or level goes up (upgrade)
			u = termOr("upgrade", 'v')
		} else if len(hw) > 0 && postedNouns.has(hw[len(hw)-1]) {
			// 채널에 공지 올리는: a notice or a comment is posted
			u = termOr("post", 'v')
		} else if len(hw) > 0 && raisedThings.has(hw[len(hw)-1]) {
			// 차단기 올리는: a gate or a blind goes up (raise_barrier_gate;
			// was upload_barrier_gate)
			u = termOr("raise", 'v')
		}
		f.swapVerb(u)
	}
	if v := f.verb; v.en() == "convert" && f.korean && strings.HasPrefix(v.surface, "바꾸") && f.target.empty() && f.with.empty() && !f.thing().empty() && !turnsInto(f.items) {
		// 프로필 사진 바꾸는: a thing changed, into nothing named, is
		// changed or updated, not converted
		ch := termOr("change", 'v')
		f.swapVerb(ch)
	}
	if v := f.verb; v.en() == "show" && runsThing(f.thing()) {
		// 고루틴 띄우는, 워커 띄우는: a goroutine or a server is started, not shown
		st := termOr("start", 'v')
		f.swapVerb(st)
	}
	if v := f.verb; v.en() == "support" && !f.target.empty() && f.korean {
		// 공고에 지원하는: one applies to a posting; 지원하는 포맷 are supported
		ap := termOr("apply", 'v')
		f.swapVerb(ap)
	}
	if v := f.verb; v.en() == "update" && strings.HasPrefix(v.surface, "수정") && userContent(f.thing()) {
		// 게시글을 수정할 수 있는지: a person edits what they wrote
		// (canEditPost); data is updated
		e := termOr("edit", 'v')
		f.swapVerb(e)
	}
	if v := f.verb; v.en() == "pop" && !f.source.empty() && !poppable(&f.source) {
		// 로컬스토리지에서 토큰 꺼내오는: out of a store one gets; one pops
		// only a stack or a queue
		g := termOr("get", 'v')
		f.swapVerb(g)
	}
	if v := f.verb; oneOf(v.en(), "disable|enable") && f.korean && (strings.HasPrefix(v.surface, "끄") || strings.HasPrefix(v.surface, "켜")) &&
		switchedThings.has(lastWord(f.thing().headWords(false))) {
		// 전구 끄는 함수: a light or a device is turned off (turnOffLightBulb;
		// was disableLightBulb); a feature stays disabled
		w := "turn off"
		if v.t.en() == "enable" {
			w = "turn on"
		}
		f.swapVerb(&Term{Words: splitWords(w), Class: 'v'})
	}
	if v := f.verb; v.en() == "lock" && f.korean && oneOf(lastWord(f.thing().headWords(false)), "valve|tap|faucet|gas") {
		// 밸브 잠그는: a valve is closed (closeValve; was lockValve)
		f.swapVerb(termOr("close", 'v'))
	}
	if v := f.verb; v.en() == "subtract" && !numericThing(f.thing()) {
		// 품절된 상품 빼기: taking things out of a collection is removing
		// them; subtracting is for numbers (once, here: applyExtra did it too)
		r := termOr("remove", 'v')
		f.swapVerb(r)
	}
}

// apiOf: a phrase that names an API by what it serves (날씨 API, the
// exchange rate API): a noun before a last "api".
func apiOf(p *np) bool {
	n := len(p.nouns)
	if n < 2 || len(p.nouns[n-1].words) != 1 || p.nouns[n-1].words[0] != "api" || p.nouns[n-2].t == nil || p.nouns[n-2].t.Class == 'u' {
		return false
	}
	// 결제 API, 로그인 API: an API that does something is called to do it
	// (requestPayment), not to fetch it.
	q := np{nouns: p.nouns[n-2 : n-1]}
	return nounVerb(&q) == nil && !nounLikeVerbs.has(strings.Join(p.nouns[n-2].words, " ")) && !actionNouns.has(lastWord(p.nouns[n-2].words))
}

// genericResults are what an API hands back, named by the API.
const genericResults lazySet = `result data info information response`

// actionNouns are nouns of an act an API performs, not data it serves.
const actionNouns lazySet = `payment auth authentication notification push email sms translation`

// dropPaddingNoun removes a padding head noun that follows another noun;
// with records, also 기록 (history), whose things are named instead.
func dropPaddingNoun(p *np, records bool) bool {
	n := len(p.nouns)
	if n < 2 {
		return false
	}
	h := p.nouns[n-1]
	kept := records && len(h.words) == 1 && h.words[0] == "history" && !h.eng && strings.HasPrefix(h.surface, "기록")
	if len(h.words) != 1 || !paddingWords.has(h.words[0]) && !kept {
		return false
	}
	p.nouns = append([]item{}, p.nouns[:n-1]...)
	if h.plural || kept && !(p.nouns[n-2].t != nil && p.nouns[n-2].t.Mass) {
		// 치료 기록, 출하 기록: what was kept is the treatments, the
		// shipments (were treatment_history, shipment_history)
		p.nouns[n-2].plural = true
	}
	return true
}

// switchedThings are on or off, not enabled.
const switchedThings lazySet = `led light lighting lamp flashlight torch screen display power fan heater motor bulb backlight
	speaker microphone camera`

// connectedThings are connected, not online, when they are on.
const connectedThings lazySet = `client clients connection socket peer device session node`

// userContent: what people write and edit (a post, a comment, a profile).
func userContent(p *np) bool {
	if len(p.nouns) == 0 {
		return false
	}
	return userContentWords.has(lastWord(p.nouns[len(p.nouns)-1].words))
}

const userContentWords lazySet = `post posts comment comments article profile message review note draft reply answer question document memo nickname bio title content`

// poppable: a stack, queue or heap, which one pops from.
func poppable(p *np) bool {
	if len(p.nouns) == 0 {
		return true
	}
	return poppedFrom.has(lastWord(p.nouns[len(p.nouns)-1].words))
}

const poppedFrom lazySet = `stack queue deque heap list array buffer pool vector slice`

// placeholderNouns stand for whatever a list holds (완료된 항목만, the ones
// that …).
const placeholderNouns lazySet = `item element entry one thing`

// runsThing: a phrase naming something that runs (a goroutine, a worker,
// a server).
func runsThing(p *np) bool {
	if len(p.nouns) == 0 {
		return false
	}
	return runners.has(lastWord(p.nouns[len(p.nouns)-1].words))
}

const runners lazySet = `goroutine thread worker server process job coroutine daemon container instance task`

// numericThing: a phrase that names a number (금액, 가격, 점수, 시간 ...):
// 빼다 then subtracts and 올리다 increments; else they remove and upload.
func numericThing(p *np) bool {
	if len(p.nouns) == 0 {
		return true
	}
	if oneOf(lastWord(p.nouns[len(p.nouns)-1].words), numericThings) {
		return true
	}
	return p.nouns[len(p.nouns)-1].t != nil && p.nouns[len(p.nouns)-1].t.Class == 'u'
}

// verbSense reads a chat verb by its object just before it: 푸시를 쏘다
// sends a push (was shootNotice), 코인을 먹다 collects the coin (was
// OnPlayerCoinEaten), 영수증을 뽑다 prints it; a bullet is still shot and a
// meal eaten, lotto numbers picked. (Money written is used: usedSense.)
func verbSense(items []item) []item {
	for i := 1; i < len(items); i++ {
		v := &items[i]
		if !v.eng && v.t != nil && v.t.Class == 'a' && v.t.en() == "completed" && strings.HasPrefix(v.surface, "끝") && items[i-1].t != nil && expiringThings.has(lastWord(items[i-1].words)) {
			// 회원권 끝나는: a membership expires, it is not completed
			// (expiring_members; was completed_membership_people)
			t := termOr("expired", 'a')
			if strings.HasPrefix(v.rest, "는") || strings.HasPrefix(v.rest, "ㄹ") || strings.HasSuffix(v.surface, "날") {
				t = termOr("expiring", 'a') // 끝나는, 끝날: still to come
			}
			v.t, v.words = t, t.Words
			continue
		}
		if !v.eng && v.t != nil && (v.t.en() == "reverse" || v.t.en() == "reversed") && strings.HasPrefix(v.surface, "뒤집") && items[i-1].t != nil && flippedThings.has(lastWord(items[i-1].words)) {
			// 카드 뒤집는, 카드 뒤집히는: a card is flipped, a list reversed
			// (was reversedCardAnimationDuration)
			t := termOr("flip", 'v')
			if v.t.Class == 'a' {
				t = termOr("flipped", 'a')
			}
			v.t, v.words = t, t.Words
			continue
		}
		if v.eng || !v.isVerb() || !oneOf(v.t.en(), "shoot|eat|pick|run|rotate|click|revoke|disconnect|borrow|write|use") {
			continue // only these change sense; skip the lookup for the rest
		}
		if (v.t.en() == "run" || v.t.en() == "rotate") && turned(items[:i]) {
			t := termOr("rotate", 'v') // 시계방향으로 90도 돌리는: turned, not run
			v.t, v.words = t, t.Words
			continue
		}
		o := thingBefore(items, i)
		if o == nil {
			continue
		}
		head, to := lastWord(strings.Fields(o.t.en())), ""
		switch v.t.en() {
		case "shoot":
			if head == "api" || head == "endpoint" {
				to = "call" // api 쏘는: callApi
			} else if sentThings.has(head) {
				to = "send"
			}
		case "eat":
			if pickedThings.has(head) {
				to = "collect"
			}
		case "run":
			if !v.eng && rotatedThings.has(head) {
				to = "rotate" // 사진을 시계방향으로 돌리는: rotate (was run_clockwise_degree)
			}
		case "click":
			if !v.eng && (head == "key" || head == "keyboard" || head == "shortcut") {
				to = "press" // 키 눌렀을 때: a key is pressed, not clicked (was handle_key_click)
			}
			if head == "keyboard" && len(o.words) == 1 {
				k := termOr("key", 'n') // 키보드 눌렀을 때: a key is pressed (onKeyPress; was onKeyboardPress)
				o.t, o.words = k, k.Words
			}
		case "revoke":
			if !strings.Contains(v.surface, "철회") && !strings.Contains(v.surface, "회수") && !revokedThings.has(head) {
				to = "discard" // 안 팔린 빵 폐기: discarded (a token or a key is revoked)
			}
		case "borrow":
			if rentedThings.has(head) {
				to = "rent" // 자전거 빌릴 수 있는지: a bike is rented (canRentBike; was canBorrowBike)
			}
		case "disconnect":
			if soundThings.has(head) {
				to = "stop" // 보이스 소리 끊는: stopped (was disconnect_all_audio)
			}
		case "write", "use":
			if wornThings.has(head) {
				to = "wear" // 안전모 썼는지: worn, not written (was is_helmet_written)
			} else if v.t.en() == "write" && !v.eng && prefixOf(v.surface, "쓰|썼|쓸|쓴|써") && !slices.ContainsFunc(items[:i], func(x item) bool { return x.part == partLoc || x.part == partDir }) && !writtenThings.has(head) {
				// 전기 쓸 수 있는 자리, 다크모드 쓰는지, 수강권 다 썼는지: used,
				// not written (were writable_seats, writesDarkMode); what is
				// written is text or data, or written to a place (파일에 쓰는)
				to = "use"
			}
		case "pick":
			if printedThings.has(head) {
				to = "print" // 주방 프린터로 주문서 뽑는: printCheckout (was pickCheckout)
			}
		}
		if to != "" {
			t := termOr(to, v.t.Class)
			v.t, v.words = t, t.Words
		}
	}
	return items
}

const (
	revokedThings  lazySet = `token tokens key keys certificate certificates cert session sessions permission permissions consent license access grant invitation invite api_key credential credentials`
	expiringThings lazySet = `membership subscription contract lease trial pass warranty license coupon plan term insurance certificate visa loan rental`
	rentedThings   lazySet = `bike bicycle ebike scooter car vehicle umbrella locker kayak boat canoe hanbok costume tent equipment gear ski skis board surfboard room studio`
	soundThings    lazySet = `sound sounds audio voice voices music note notes playback tone alarm siren`
	wornThings     lazySet = `helmet hat cap mask glasses goggles sunglasses hood crown wig`
	flippedThings  lazySet = `card cards coin coins tile tiles image images photo photos page pages piece pieces board screen video`
	writtenThings  lazySet = `text file files log logs review reviews comment comments diary letter letters post posts message messages note notes memo memos code data record records byte bytes buffer disk stream report reports article articles title content answer answers email emails journal entry entries value values line lines sentence description reply replies feedback blog essay document documents page script query test tests config string header cell register block chunk frame packet row rows column csv json xml sheet`
)

// itemsOf: 치료 항목들, 알레르기 항목: the items of a kind of thing are
// the things (treatments; was selectedTreatmentItems); the items of a
// container stay (메뉴 항목: menu items, 장바구니 항목: cart items).
func itemsOf(items []item) []item {
	for i := 1; i < len(items); i++ {
		it, p := items[i], items[i-1]
		if it.eng || it.g != gNone || it.t == nil || it.t.en() != "item" || !strings.HasPrefix(it.surface, "항목") || p.eng || !p.isNoun() || p.part != partNone || p.t == nil || itemHolders.has(lastWord(p.words)) {
			continue
		}
		items[i-1].plural = items[i-1].plural || it.plural || strings.HasPrefix(it.rest, "들")
		items[i-1].part, items[i-1].rest = it.part, it.rest
		items = slices.Delete(items, i, i+1)
	}
	return items
}

const itemHolders lazySet = `queue stack buffer config configuration setting settings table log history schedule agenda feed timeline menu cart list checklist order invoice receipt todo basket wishlist playlist inventory catalog form survey questionnaire bill statement dropdown select combo navigation nav sidebar toolbar context`

// turned: a direction of turning or an angle is before a run or a rotate
// (시계방향으로 90도 돌리는); the angle (90도) is by how much, no object,
// and goes. Degrees of a temperature (온도가 30도 넘으면 팬 돌리는) are no
// angle: the fan is run.
func turned(before []item) bool {
	found := false
	for j := range before {
		e := before[j].en()
		if strings.Contains(e, "temperature") || oneOf(e, "celsius|fahrenheit|heat|fever") {
			return false
		}
		found = found || oneOf(e, "clockwise|counterclockwise|degree")
	}
	for j := range before {
		if x := &before[j]; found && x.en() == "degree" && x.part == partNone {
			x.g, x.t, x.words = gStop, nil, nil
		}
	}
	return found
}

// raisedThings go up when 올리다 is done to them: no upload, no increment
// (settle).
const raisedThings lazySet = `gate barrier blind curtain shutter flag hand arm boom bridge lift elevator window`

// rotatedThings are turned round when 돌리다 is done to them, not run.
const rotatedThings lazySet = `photo image picture screen video canvas map wheel knob dial view page camera sprite shape rectangle matrix text`

// placedIn: things added to a list are named for the list (즐겨찾기에
// 추가한 도시: favoriteCities, was addedCities; 블랙리스트에 등록된 IP:
// blacklistIps).
func placedIn(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x, v, n := &items[i], &items[i+1], &items[i+2]
		if x.eng || !x.isNoun() || x.part != partLoc || !v.isVerb() || v.form != formAdn && v.form != formPassAdn || !n.isNoun() || n.part != partNone || !oneOf(v.t.en(), "add|put|save|register|store|insert|pin") || !oneOf(lastWord(x.words), keptLists) {
			continue
		}
		x.part, x.rest = partNone, ""
		items = slices.Delete(items, i+1, i+2)
	}
	return items
}

// excludedOnes: things said with 제외한/제외하고/빼고 are the others (비활성
// 유저 제외한 목록: activeUsers, was inactiveUsers, the opposite; 탈퇴한
// 회원 제외하고: non-withdrawn members; 테스트 파일 빼고 파일 목록:
// nonTestFiles, was subtractTestFileAndGetFile; 관리자 제외한 회원 수:
// nonAdminMemberCount); a state or an English word too (휴면 제외한 회원:
// non-dormant; active 아닌, restated as 제외한: inactive).
func excludedOnes(items []item) []item {
	for i := 1; i < len(items); i++ {
		v := &items[i]
		if v.eng || !v.isVerb() || v.t.en() != "exclude" && v.t.en() != "subtract" || v.form != formAdn && !strings.HasPrefix(v.rest, "고") {
			continue
		}
		j := i
		for j > 0 && items[j-1].part == partNone && (items[j-1].isNoun() || items[j-1].isAdj() || items[j-1].isVerb() && (items[j-1].form == formAdn || items[j-1].form == formPassAdn)) {
			j--
		}
		if j == i || !items[i-1].isNoun() && !items[i-1].isAdj() {
			continue // (a state excluded is the others: 휴면 제외한 회원, non-dormant)
		}
		again := i+1 < len(items) && items[i+1].isNoun() && lastWord(items[i+1].words) == lastWord(items[i-1].words)
		end := i + 1 // the exclude verb goes, and the head said again after it (품절 상품 제외한 상품)
		k := i       // the end of what is excluded (before the head said again)
		if again && i-j == 1 && strings.Contains(items[j].en(), " ") {
			// 빈 줄 뺀 줄 개수: the excluded is one term whose head is said
			// again (blank line … line): the lines that are not blank
			t := &Term{Words: []string{"non " + items[j].en()}, Class: 'n'}
			items[j] = item{t: t, words: t.Words, surface: items[j].surface, known: true}
			items = slices.Delete(items, j+1, end+1)
			i = j
			continue
		}
		if again {
			k--
		}
		if m := slices.IndexFunc(items[j:k], func(x item) bool { return !x.isNoun() }); m >= 0 {
			items[j+m].neg = true
			items = slices.Delete(items, k, end)
			i = k - 1
			continue
		}
		if again && k-j >= 1 || !again && k+1 < len(items) && (items[k+1].isVerb() || items[k+1].isNoun()) {
			// 테스트 파일 빼고 파일 목록: nonTestFiles; 빈 줄 빼고 읽기: the
			// lines that are not blank
			var ws []string
			for _, x := range items[j:k] {
				ws = append(ws, x.words...)
			}
			t := &Term{Words: []string{"non " + strings.Join(ws, " ")}, Class: 'a'}
			if !again && items[end].isVerb() {
				t.Class = 'n' // 빈 줄 빼고 읽기: the lines that are not blank
			}
			items[j] = item{t: t, words: t.Words, surface: items[j].surface, known: true}
			items = slices.Delete(items, j+1, end)
			i = j
		}
		// (otherwise i stays: the loop moves on; 빈 줄 뺀 줄 개수 looped
		// here for good when i went back and neither branch applied)
	}
	return items
}

// thingBefore is what the verb at i is said of: the noun right before it,
// else the object (or the subject) up to three words back (푸시를 여러
// 기기에 쏘는, 쿠폰 코드가 지금 쓸 수 있는지); nil when there is none.
func thingBefore(items []item, i int) *item {
	o := &items[i-1]
	if !o.isNoun() {
		for j := i - 2; j >= 0 && j >= i-4 && o.part != partObj; j-- {
			if x := &items[j]; x.t != nil && (x.part == partObj || x.part == partSubj) {
				o = x
			}
		}
	}
	if o.t == nil || len(o.words) == 0 || !o.isNoun() && o.part != partObj {
		return nil
	}
	return o
}

const (
	sentThings    lazySet = `push notification notifications message messages request requests event events email emails alarm alert alerts webhook sms query notice`
	printedThings lazySet = `receipt receipts ticket tickets checkout invoice invoices label labels report statement boarding pass certificate`
	pickedThings  lazySet = `coin coins item items star stars gem gems potion potions point points power key keys heart hearts`
)

// handledObject: a verbal noun that, with 처리하다, is the thing handled
// (요청 처리: handle the request), not the action (탈퇴 처리: withdraw).
const handledObject lazySet = `request order input inquiry payment message event response command return exchange claim complaint application`

// verbalObjects: a Korean verbal noun with nothing after it, right before
// another verb, is that verb's object (푸시 보내다, 로그인 시도하다).
func verbalObjects(items []item) []item {
	handler := false
	for _, it := range items {
		handler = handler || it.g == gHandler
	}
	for i := 0; i+1 < len(items); i++ {
		it, nx := items[i], items[i+1]
		if !it.eng && it.t != nil && it.g == gNone && nx.t != nil && (nx.t.en() == "process" || nx.t.en() == "handle") && handledObject.has(it.t.en()) {
			// 요청 처리하는, 주문 처리하는: the request is handled, not
			// requested (handle_request, was request)
			if it.t.Class == 'v' {
				n := it.alt
				if n == nil || n.Class != 'n' {
					n = &Term{Words: it.t.Words, Class: 'n'}
				}
				items[i].t, items[i].alt, items[i].words, items[i].form = n, nil, n.Words, formNoun
			}
			continue
		}
		if it.t != nil && it.t.Class == 'n' && it.alt != nil && it.alt.Class == 'v' && nx.t != nil && (nx.t.en() == "process" || nx.t.en() == "handle") {
			it.t, it.alt = it.alt, it.t
		}
		if it.eng || it.g != gNone || it.t == nil || it.t.Class != 'v' || it.form != formNoun || it.part != partNone || it.mood != moodNone || it.rest != "" {
			continue
		}
		if nx.eng || nx.g != gNone || nx.t == nil || nx.t.Class != 'v' {
			continue
		}
		if handler {
			// 디바운스 적용한 핸들러: the handler's own reading (events.go)
			continue
		}
		if nx.form == formNoun && i+2 < len(items) && items[i+2].isNoun() {
			continue // 요청 처리 시간: a compound noun, not an action
		}
		if e := nx.t.en(); (e == "process" || e == "handle") && handler {
			// 요청 처리하는 핸들러: handle is the handler's own verb.
			continue
		} else if e == "process" || e == "handle" {
			// 탈퇴 처리하는: 처리 is padding; the verbal noun is the action.
			it.form, it.mood, it.rest, it.surface = nx.form, nx.mood, nx.rest, it.surface+" "+nx.surface
			items = append(items[:i], append([]item{it}, items[i+2:]...)...)
			continue
		}
		if nx.form == formNoun {
			continue
		}
		it.asNoun()
		items[i] = it
	}
	return items
}

// unitFormatNames: formatting an amount in a unit for people ("format a
// byte count as a human-readable string", "초를 읽기 쉬운 문자열로") is
// named for the quantity: formatBytes, formatDuration.
func (b *builder) unitFormatNames(f *frame) {
	v := f.verb
	if v == nil || v.t == nil || f.unit == "" || f.boolean {
		return
	}
	switch v.t.en() {
	case "format", "display", "show", "stringify", "humanize", "print":
	case "convert", "change", "transform":
		// only to text: 읽기 쉬운 문자열로, "as a human-readable string"
		// (the string is where it goes: 16진수 문자열을 바이트 벡터로 is
		// hex decoding, not formatBytes)
		text := slices.Contains(f.obj.words(false), "readable")
		for _, x := range cat(f.target.words(false), f.with.words(false)) {
			text = text || stringWords.has(x) || x == "readable"
		}
		if !text {
			return
		}
	default:
		return
	}
	k := naming.KindFunction
	var q, alt string
	switch f.unit {
	case "bytes", "kb", "mb", "gb":
		q, alt = "bytes", "file size"
	case "ms", "seconds", "minutes", "hours", "days":
		q, alt = "duration", "elapsed time"
	default:
		return
	}
	b.add(k, cand{cat(splitWords("format"), splitWords(q)), "사람이 읽기 쉬운 문자열로 바꾸는 함수의 관용적 이름입니다.", "The usual name for showing the amount to people."})
	b.add(k, cand{cat(splitWords("format"), splitWords(alt)), "무엇의 양인지 드러낸 형태입니다.", "Names what is measured."})
	b.add(k, cand{cat(splitWords("humanize"), splitWords(q)), "humanize를 쓴 형태입니다.", "With humanize."})
}

// perUnitWords are the singular nouns of the time units a rate is per.
const perUnitWords lazyPairs = "ms=millisecond, seconds=second, minutes=minute, hours=hour, days=day"

// perMeasureUnits are the other units a price or a rate is per (kg당 가격:
// price per kg), as written after per.
const perMeasureUnits lazyPairs = "weeks=week, months=month, kg=kg, grams=gram, mg=mg, liters=liter, ml=ml, km=km, meters=meter, cm=cm, pyeong=pyeong, tons=ton, lbs=lb"

// perWord is the word a rate is per for a unit, "" for none.
func perWord(unit string) string {
	if w := perUnitWords.get(unit); w != "" {
		return w
	}
	return perMeasureUnits.get(unit)
}

// koreanPer: 페이지당, 분당, 유저당 is "per page/minute/user": the noun
// (or unit) before 당 is the criterion a count is per.
func koreanPer(items []item) []item {
	for i, it := range items {
		if it.rest != "당" {
			continue
		}
		unit := itemUnit(it) // 하루당, kg당
		if it.surface == "시간" {
			unit = "hours" // 시간당 요금: per hour, not per time
		}
		switch {
		case (it.g == gUnit || it.g == gNone) && perWord(unit) != "":
			t := &Term{Words: []string{perWord(unit)}, Class: 'n', Korean: []string{it.surface}}
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true, part: partBy, rest: "당", eng: it.eng}
			// 연체료 하루당 금액: the nouns before a unit are the thing's,
			// not the unit's (late fee per day; was per library late fee day)
			j := i
			for j > 0 && items[j-1].isNoun() && items[j-1].rest == "" && items[j-1].part == partNone {
				j--
			}
			if j < i {
				per := items[i]
				copy(items[j+1:i+1], items[j:i])
				items[j] = per
			}
		case it.isNoun():
			items[i].part = partBy
		}
	}
	return items
}

// perRate: a count per something (페이지당 게시글 수, requests per minute).
func (f *frame) perRate() bool {
	if f.by.empty() || !(f.count || f.limit != "" || perMeasure(lastWord(f.thing().nounWords(false)))) {
		return false
	}
	if n := f.by.nouns[len(f.by.nouns)-1]; n.rest == "당" || n.rest == "마다" && (f.limit != "" || f.kinds[2]) {
		// 사용자마다 최대 세션 수, 스레드마다 버퍼 크기 상수: a limit per
		// user (a bare 카테고리마다 상품 수 is a count by category)
		return true
	}
	for _, it := range f.items {
		if it.eng && it.surface == "per" {
			return true
		}
	}
	return false
}

// perMeasure: a noun a rate is a measure of (버퍼 크기, 발급 횟수 제한,
// kg당 가격, 하루당 연체료).
func perMeasure(w string) bool {
	switch w {
	case "count", "size", "limit", "capacity", "price", "fee", "cost", "amount", "fare", "fine", "charge", "rate":
		return true
	}
	return false
}

// perNames: postsPerPage, requestsPerMinute, MAX_REQUESTS_PER_MINUTE.
func (b *builder) perNames(f *frame, k naming.Kind) {
	if !f.perRate() {
		return
	}
	t := f.thing()
	tw := t.nounWords(!massy(t) && !perMeasure(lastWord(t.nounWords(false))))
	if n := len(tw); n > 1 && (tw[n-1] == "count" || tw[n-1] == "counts") {
		// 요청 수 (request count) per minute: requests per minute.
		tw = append(append([]string{}, tw[:n-2]...), plural(tw[n-2]))
	}
	if n := len(tw); n > 1 && tw[n-1] == "amount" && perMeasure(tw[n-2]) {
		tw = tw[:n-1] // 연체료 하루당 금액: the fee per day, not its amount
	}
	if len(tw) == 0 {
		return
	}
	per := cat(splitWords("per"), f.by.nounWords(false))
	if f.limit != "" {
		b.add(k, cand{cat(splitWords(f.limit), tw, per), limitKo(f.limit) + " " + f.by.ko() + "당 " + t.ko() + " 수입니다.", "The " + f.limit + " number of " + strings.Join(tw, " ") + " " + strings.Join(per, " ") + "."})
	}
	b.add(k, cand{cat(tw, per), f.by.ko() + "당 " + t.ko() + " 수입니다.", "How many " + strings.Join(tw, " ") + " " + strings.Join(per, " ") + "."})
}

// englishPer: "requests per minute", "posts per page": the unit or noun
// after per is what a count is per (the glossary's "per page" included).
func englishPer(items []item) []item {
	var out []item
	for i := 0; i < len(items); i++ {
		it := items[i]
		switch {
		case it.eng && it.g == gBy && it.surface == "per" && i+1 < len(items) && items[i+1].g == gUnit && perUnitWords.get(items[i+1].unit) != "":
			u := items[i+1]
			t := &Term{Words: []string{perUnitWords.get(u.unit)}, Class: 'n'}
			out = append(out, it, item{t: t, words: t.Words, surface: u.surface, known: true, eng: true})
			i++
			continue
		case it.eng && it.surface == "per page" && i > 0 && items[i-1].isNoun():
			t := termOr("page", 'n')
			out = append(out, item{g: gBy, surface: "per", known: true, eng: true}, item{t: t, words: t.Words, surface: "page", known: true, eng: true})
			continue
		}
		out = append(out, it)
	}
	return out
}

// intoContainer: an action whose destination is the point of the name
// (addToCart, moveToTrash, saveToFavorites): a container or a collection
// the object goes into. Elsewhere (uploadLog to a server, sendPush to a
// user) the object comes first and the destination is context.
func intoContainer(verb string, f *frame) bool {
	h := lastWord(f.target.nounWords(false))
	switch {
	case shownOn.has(verb):
		return false // 지도에 마커 표시: shown on a map, not put into one; a coupon applied to the cart: applyCoupon, not applyToCart
	case putInto.has(verb):
		// 메시지에 반응 추가: a message holds no reactions the way a cart
		// holds items (addReaction, addReactionToMessage)
		return !plainTargets.has(h)
	}
	return containerTargets.has(h)
}

const (
	shownOn lazySet = `show display render draw highlight apply redeem use`
	putInto lazySet = `add insert push append prepend move copy save store enqueue attach assign bind pin subscribe`
	// containerTargets hold what is put in them (addToCart)
	containerTargets lazySet = `cart list queue stack favorites wishlist trash basket array set map cache clipboard history playlist bookmarks folder group`
)

// plainTargets are things a verb acts on, not containers it puts into.
const plainTargets lazySet = `message post comment user review issue photo image product order document task`

// targetIsObject: verbs whose Korean place (게시글에) is their English
// object (likePost), or takes it with on (voteOnPost).
const targetIsObject lazyPairs = "like=, unlike=, contact=, call=, email=, tag=, label=, rate=, bookmark=, star=, favorite=, upvote=, downvote=, follow=, unfollow=, annotate=, vote=on, comment=on"

// relativeAbility: 업로드할 수 있는 최대 파일 크기 is not a yes/no
// question but a noun phrase, "the max size of a file one can upload":
// the verb names the noun after it (max upload file size).
func relativeAbility(items []item) []item {
	for i := 0; i+3 < len(items); i++ {
		v, su, ex, nx := items[i], items[i+1], items[i+2], items[i+3]
		if v.eng || !v.isVerb() || v.mood != moodFutMod || su.g != gCount || ex.g != gExist || ex.mood != moodMod {
			continue
		}
		if !(nx.isNoun() || nx.g == gMax || nx.g == gMin || nx.g == gDefault) {
			continue
		}
		if !measuredAfter(items[i+3:]) && (i == 0 || items[i-1].part != partDir) {
			continue // 수정할 수 있는 필드: editable fields (ableNoun)
		}
		t := verbNoun(v.t)
		if t == nil {
			t = &Term{Words: v.t.Words, Class: 'n', Korean: v.t.Korean}
		}
		n := item{t: t, words: t.Words, surface: v.surface, known: true, form: formNoun}
		out := append(append([]item{}, items[:i]...), n)
		return append(out, items[i+3:]...)
	}
	return items
}

// measuredAfter: the noun phrase that starts items ends in a measure of
// its things (최대 파일 크기, 파일 개수, 파일 수): what one can V is then
// the measure's qualifier, not a V-able thing.
func measuredAfter(items []item) bool {
	for _, it := range items {
		switch {
		case it.g == gMax || it.g == gMin || it.g == gDefault || it.g == gCount || it.g == gUnit:
			return true
		case it.t != nil && (attrHeads.has(it.t.en()) || it.t.en() == "time" || it.t.en() == "period" || it.t.en() == "number"):
			return true
		case !it.isNoun():
			return false
		}
	}
	return false
}

// clauseDuration: 토스트가 떠 있는 시간, 팝업이 보이는 시간, 세션이 유지되는
// 시간: the time a clause lasts is its subject's duration (toastDuration,
// TOAST_DURATION_MS with a unit).
func clauseDuration(items []item) []item {
	for i := 1; i < len(items); i++ {
		m, n := items[i-1], items[i]
		if n.eng || n.t == nil || n.t.en() != "time" || n.part == partBy {
			continue
		}
		if m.eng || !(m.isVerb() || m.isAdj()) || m.mood != moodMod || isMomentHead(items, i) {
			continue
		}
		d := termOr("duration", 'n')
		n.t, n.words = d, d.Words
		out := append([]item{}, items[:i-1]...)
		if len(out) > 0 && out[len(out)-1].isNoun() && out[len(out)-1].part == partSubj {
			// the clause's subject owns the duration
			out[len(out)-1].part = partNone
		}
		out = append(out, n)
		return append(out, items[i+1:]...)
	}
	return items
}

// unitSpec: a unit with 로 closing a question that converts nothing
// (떠 있는 시간, 밀리초로; 타임아웃 초로) says the unit of the value, not a
// conversion target.
func unitSpec(items []item) []item {
	last := -1
	for i, it := range items {
		if it.isVerb() && (it.form != formNoun || isConvert(it.t)) {
			return items
		}
		if it.g != gRequest && it.g != gStop && it.g != gFunction && it.g != gVariable && it.g != gConstant {
			last = i
		}
	}
	if last < 1 {
		return items
	}
	it := items[last]
	u := lastWord(it.words)
	if it.eng || it.g != gNone || it.t != nil || it.part != partDir || len(it.words) != 1 || !durationUnits.has(u) && !sizeUnits.has(u) {
		return items
	}
	items[last] = item{g: gUnit, unit: u, surface: it.surface, known: true, rest: it.rest}
	return items
}

const sizeUnits lazySet = `bytes kb mb gb px percent`

// genericHeads are head nouns that say nothing once their qualifier is
// gone (dark mode -> mode, payment type -> type).
const genericHeads lazySet = `mode type status state value data info option options setting settings flag kind level
	result results`

// onlyGenericLeft: the shorter name keeps, of the words it drops from the
// longer one's middle, only a generic head (is_mode_enabled for
// is_dark_mode_enabled), so it is no short form of it.
func onlyGenericLeft(short, long []string) bool {
	if len(short) < 2 || len(long) < 3 {
		return false
	}
	for _, x := range long[1:] {
		if subsequence([]string{x}, short) {
			continue
		}
		if x == "not" || x == "no" || x == "non" {
			return true // dropping a negation flips the meaning (do not disturb)
		}
		if x != long[len(long)-1] && isStateWord(x) {
			return true // filterOutExpiredCoupons: the state is the point
		}
	}
	mid := short[1:]
	if len(short) > 2 {
		mid = short[1 : len(short)-1]
	}
	generic := len(mid) > 0
	for _, x := range mid {
		generic = generic && genericHeads.has(x)
	}
	if generic {
		// the long name qualified that head with something the short one lost
		return true
	}
	// INTERVAL_SECONDS for AUTO_ADVANCE_INTERVAL_SECONDS: nothing but a
	// setting word and a unit is left.
	content := 0
	for _, x := range short {
		switch {
		case x == "is" || x == "has" || x == "can" || x == "should" || x == "max" || x == "min" || x == "default" || durationUnits.has(x) || sizeUnits.has(x):
		case weakAlone.has(x) || genericHeads.has(x):
		default:
			content++
		}
	}
	return content == 0
}

// isStateWord: an adjective or state of the glossary (expired, inactive,
// unread), which a shorter name must not drop.
func isStateWord(x string) bool {
	switch x {
	case "available", "possible", "current", "total", "new":
		return false // 업로드 가능한 최대 파일 크기: padding, MAX_FILE_SIZE
	}
	for _, t := range loadGlossary().en[x] {
		if t.Class == 'a' {
			return true
		}
	}
	return false
}

// weakAlone are setting words that, alone, only repeat the kind of value
// (timeout, limit, size): kept when nothing better was found; a bare
// generic verb after names that say what it acts on (두 날짜 사이 일수 계산:
// days_between, not calculate); a type's role alone (Service, Repository)
// after the type named for its domain; a type or role alone after
// today_date_string, ProfileView. One string, not setOf's list: ~700
// bytes of init code less.
const weakAlone lazySet = `limit timeout size interval delay count max min threshold status state type mode amount total number header key
	calculate compute execute perform fetch load find pick select choose check make
	service repository entity dto controller provider factory mapper schema serializer presenter middleware parser client validator
	string view screen`

// thingAfterClause: 알림 안 읽은 거 개수, 장바구니에 담긴 거 목록: a clause
// ending in 거/것 after a noun describes that noun (unread notifications).
func thingAfterClause(items []item) []item {
	for i := 2; i < len(items); i++ {
		n, v, g := items[i-2], items[i-1], items[i]
		if g.g != gStop || g.surface != "거" && g.surface != "것" {
			continue
		}
		if n.eng || !n.isNoun() || n.part != partNone || v.eng || !(v.isVerb() || v.isAdj()) || v.mood != moodMod {
			continue
		}
		out := append([]item{}, items[:i-2]...)
		out = append(out, v, n)
		return append(out, items[i+1:]...)
	}
	return items
}

// rankNouns go up a step when raised (upgrade, not upload).
const rankNouns lazySet = `tier grade level rank version role plan`

// turnsInto: something in the question is what a thing turns into
// (딕셔너리로, "into a dict").
func turnsInto(items []item) bool {
	for _, it := range items {
		if it.eng && it.surface == "into" || !it.eng && (it.part == partDir || strings.HasSuffix(it.rest, "로")) {
			return true
		}
	}
	return false
}

// postedNouns are put up for others to read: 공지 올리기 is posting.
const postedNouns lazySet = `notice announcement post comment message review article reply story status`

// clauseCompound: 파일을 저장하는 경로, 위치를 요청하는 기본 주기: a 하다-verb
// clause with its object before the noun that ends the question names that
// noun as the compound would (파일 저장 경로: fileSavePath, was file alone).
// People are left out: 결제를 요청하는 사용자 is who requests.
func clauseCompound(items []item) []item {
	for i := 1; i < len(items); i++ {
		n, v := items[i-1], items[i]
		if !n.eng && n.t != nil && n.part == partObj && v.t != nil && v.isNoun() && v.part == partNone && uiHeads.has(lastWord(v.t.Words)) &&
			!slices.ContainsFunc(items[i+1:], func(it item) bool { return it.g != gClass && it.g != gVariable && it.g != gRequest }) {
			// 주문 내역을 표시하는 화면 (표시하는 read as holding): the
			// screen of the order history (was Screen)
			items = slices.Clone(items)
			items[i-1].part, items[i-1].rest = partNone, ""
			return items
		}
		if i+1 == len(items) || n.eng || n.t == nil || n.part != partObj || v.eng || v.t == nil || v.t.Class != 'v' || v.mood != moodMod && v.mood != moodFutMod {
			continue
		}
		if i+1 < len(items) && items[i+1].surface == "뷰" && items[i+1].t == nil {
			// 말풍선을 그리는 뷰: a view, not Vue
			if t := nounTerm("view"); t != nil {
				items = slices.Clone(items)
				items[i+1] = item{t: t, words: t.Words, surface: "뷰", known: true}
			}
		}
		ui := i+1 < len(items) && items[i+1].t != nil && items[i+1].isNoun() && uiHeads.has(lastWord(items[i+1].t.Words))
		if !ui && !strings.HasSuffix(v.surface, "하") {
			continue
		}
		j := i + 1
		for j < len(items) && (items[j].g == gMax || items[j].g == gMin || items[j].g == gDefault) {
			j++
		}
		k := j
		for k < len(items) && items[k].t != nil && items[k].isNoun() && items[k].part == partNone {
			k++
		}
		if k == j || isPerson(items[k-1].t.en()) {
			return items
		}
		for _, it := range items[k:] {
			if it.g != gVariable && it.g != gConstant && it.g != gRequest && !(ui && it.g == gClass) {
				return items
			}
		}
		n.part, n.rest = partNone, ""
		if ui {
			// 말풍선을 그리는 뷰: the view of what it shows, a type
			// (SpeechBubbleView, was drawSpeechBubble)
			out := append(append(slices.Clone(items[:i-1]), n), items[i+1:]...)
			if !slices.ContainsFunc(items[k:], func(it item) bool { return it.g == gClass }) {
				out = append(out, item{g: gClass, surface: "클래스", known: true})
			}
			return out
		}
		v.form, v.mood, v.rest, v.surface = formNoun, moodNone, "", strings.TrimSuffix(v.surface, "하")
		// the bound goes first, as in 기본 위치 요청 주기
		out := append(slices.Clone(items[:i-1]), items[i+1:j]...)
		out = append(append(out, n, v), items[j:]...)
		return out
	}
	return items
}

// heldInContainer: 인쇄 작업을 담는 큐, 작업을 담는 스택: what a container
// holds names it, in the plural (pendingPrintJobs), as 담는 리스트 does
// (was pendingPrintJob, the queue lost).
func heldInContainer(items []item) []item {
	n := len(items)
	for n > 0 && (items[n-1].g == gVariable || items[n-1].g == gRequest || items[n-1].g == gList && n > 3 && items[n-2].isNoun()) {
		n-- // (버퍼 배열: the buffer)
	}
	if n < 3 {
		return items
	}
	o, v, c := items[n-3], items[n-2], items[n-1]
	if o.eng || !o.isNoun() || o.part != partObj && o.part != partNone || v.eng || v.t == nil || !putInVerbs.has(v.t.en()) || v.mood != moodMod || v.form == formPast ||
		c.eng || !c.isNoun() || c.part != partNone || !holderContainers.has(c.t.en()) {
		return items
	}
	out := slices.Clone(items)
	out[n-1] = item{g: gList, surface: c.surface, known: true}
	return out
}

// putInVerbs put things in a container (센서 측정값 저장하는 버퍼, 요청 로그 쌓는
// 벡터: the values, the logs; were saved_sensor_value_buffers,
// accumulated_request_log_vector).
const putInVerbs lazySet = `contain store save accumulate stack collect keep hold`

// holderContainers hold many of what 담는 names.
const holderContainers lazySet = `queue stack deque heap array buffer vector`

// whoDid: 알림을 켠 사용자, 이메일을 인증한 회원, 주문을 취소한 고객: people
// named by what they did to a thing are the people with that thing in its
// new state (usersWithNotificationsEnabled, usersWithVerifiedEmails; was
// notifications, emails: the object named, the people lost).
func whoDid(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x, v, p, n, s := items[i], items[i+1], items[i+2], 3, i
		if (v.mood == moodConn || v.mood == moodEnd) && p.g == gKeep && p.mood == moodMod && i+3 < len(items) {
			p, n = items[i+3], 4 // 켜 둔, 켜 놓은
			v.mood = moodMod
		}
		if x.isVerb() && x.form == formNoun && x.part == partObj && i > 0 && items[i-1].isNoun() && items[i-1].part == partNone && !items[i-1].eng {
			// 알림 수신을 켠: the notifications
			x, s = items[i-1], i-1
			x.part = partObj
		}
		if x.eng || v.eng || p.eng || !x.isNoun() || x.t == nil || x.part != partObj || !v.isVerb() || v.t == nil || v.neg ||
			v.mood != moodMod || !p.isNoun() || p.t == nil || p.part == partObj || len(p.t.Words) != 1 || !isPerson(p.t.Words[0]) {
			continue
		}
		xs := phraseHead(x.t, "").Plural
		var after string
		switch e := v.t.en(); e {
		case "enable", "turn on", "activate":
			after = " with " + xs + " enabled"
		case "disable", "turn off", "deactivate":
			after = " with " + xs + " disabled"
		case "authenticate":
			after = " with verified " + xs // 이메일을 인증한: verified emails
		default:
			if !doneToThings.has(e) {
				continue
			}
			after = " with " + participle(v.t, e) + " " + xs
		}
		p.t = phraseHead(p.t, after)
		p.words = p.t.Words
		return append(items[:s], append([]item{p}, items[i+n:]...)...)
	}
	return items
}

const doneToThings lazySet = `verify cancel complete confirm approve reject block link connect delete archive pin hide mute report`

// uiHeads are the parts of a screen a clause before them describes.
const uiHeads lazySet = `view screen page component widget cell dialog modal panel card fragment activity sheet`

// actionBeforeFunction: a Korean question that names no action and ends
// its noun phrase with a noun that is also a 하다 verb's noun (설정:
// config, 설정하다: set) right before 함수 or 메서드 asks for that action
// (펌프 속도 설정 함수: set_pump_speed, was get_speed_config).
func actionBeforeFunction(items []item) []item {
	for i, it := range items {
		if it.isVerb() || it.g == gReturn || it.g == gCheck || it.g == gHandler || it.g == gYesNo || it.g == gCount || it.g == gList {
			return items
		}
		if it.g == gFunction && i > 0 {
			n := items[i-1]
			if n.eng || !n.isNoun() || n.part != partNone || n.rest != "" {
				return items
			}
			for _, m := range loadGlossary().ko[compact(n.surface)] {
				if m.t.Class == 'v' && m.form == formNoun {
					items[i-1].t, items[i-1].words, items[i-1].form = m.t, m.t.Words, formNoun
					return items
				}
			}
			return items
		}
	}
	return items
}

// sameVerbTwice: a verbal noun right before the participle of its own
// verb says it once (핀 고정된 위젯: pinned widgets, was pinnedPinWidgetIds).
func sameVerbTwice(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		a, b := items[i], items[i+1]
		if a.isVerbalNoun() && a.part == partNone && a.rest == "" && (b.isAdj() || b.isVerb() && b.form != formNoun) &&
			strings.Join(b.words, " ") == participle(a.t, a.t.en()) {
			return append(items[:i:i], items[i+1:]...)
		}
	}
	return items
}

// pluralBeforeBy: a plural noun with no particle before a noun phrase that
// 별로 or 기준으로 closes is what is grouped or sorted (리뷰들 별점별로 묶은
// 해시: reviews by rating; the two were read as one key, and no name was
// given).
func pluralBeforeBy(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		it := items[i]
		if it.eng || !it.isNoun() || it.part != partNone || it.rest != "들" || !items[i+1].isNoun() {
			continue
		}
		j := i + 1
		for j < len(items) && items[j].isNoun() && items[j].part == partNone {
			j++
		}
		for j < len(items) && items[j].g == gRequest && items[j].surface == "이름" {
			j++ // 노드 이름별로: by node (reviewers leave the name out)
		}
		if j < len(items) && items[j].g == gBy {
			items[i].part, items[i].plural = partObj, true
		}
		return items
	}
	return items
}

// nowBeforePlace: 지금 or 현재 right before a place or a target (지금
// 와이파이에 붙어있는지) says when the verb holds, not which place it is
// (isConnectedToWifi, was isConnectedToCurrentWifi).
func nowBeforePlace(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := items[i]
		if it.eng || it.surface != "지금" && it.surface != "현재" || it.part != partNone || it.rest != "" {
			continue
		}
		j := i + 1
		for j+1 < len(items) && items[j].isNoun() && items[j].part == partNone {
			j++ // 지금 블루투스 기기에
		}
		if n := items[j]; n.isNoun() && (n.part == partLoc || n.part == partDir || n.part == partFrom) {
			return append(items[:i:i], items[i+1:]...)
		}
	}
	return items
}

// settingAsVerb: 펌프 회전 속도 설정 함수, 언어 설정 메서드: a function
// asked with no verb of its own, whose last noun is a setting (설정), sets
// the thing before it (set_rotation_speed, setLocale; was
// get_rotation_speed_config, getLocaleSetting).
func settingAsVerb(items []item) []item {
	last, fn := -1, false
	for i, it := range items {
		switch {
		case it.g == gFunction:
			fn = true
		case it.eng || it.isVerb() && it.form != formNoun:
			return items
		case it.g == gNone:
			last = i
		}
	}
	if !fn || last < 0 || items[last].surface == "설정" && last < 1 || !strings.HasSuffix(items[last].surface, "설정") || items[last].t == nil {
		return items
	}
	ws := strings.Fields(strings.Join(items[last].t.Words, " "))
	if w := ws[len(ws)-1]; w != "config" && w != "setting" && w != "settings" || len(items[last].rest) > 0 {
		return items
	}
	set := verbTerm("set")
	if set == nil {
		return items
	}
	out := slices.Clone(items[:last])
	if items[last].surface != "설정" && len(ws) > 1 {
		n := items[last]
		n.t = &Term{Words: []string{strings.Join(ws[:len(ws)-1], " ")}, Class: 'n'}
		n.words, n.surface = n.t.Words, strings.TrimSpace(strings.TrimSuffix(n.surface, "설정"))
		out = append(out, n)
	}
	v := items[last]
	v.t, v.words, v.form, v.surface = set, set.Words, formNoun, "설정"
	out = append(out, v)
	return append(out, items[last+1:]...)
}

// keptLists are lists a thing is added to and named for (favoriteCities).
const keptLists = "favorite|favorites|wishlist|blacklist|whitelist|blocklist|allowlist|denylist|playlist|watchlist|bookmark|bookmarks"

// numericThings are the heads of phrases that name a number (numericThing).
const numericThings = "amount|price|score|point|points|count|number|total|value|time|fee|level|volume|speed|counter|size|limit|rate|version|brightness|stock|discount|balance|cost|tax|quantity|days|hours|minutes|seconds|offset|date|hp|health"

// storingVerbs put a thing somewhere; storePlaces are where (splitTarget).
const storingVerbs lazySet = `register save store upload send add insert write post push sync cache publish submit enqueue append attach upsert`
const storePlaces lazySet = `server db database s3 storage bucket cache disk queue table backend api cloud drive redis firestore firebase slack channel calendar`

// splitTarget: 유닉스 타임스탬프 날짜 문자열로 변환, hex 문자열 UIColor로: a
// Korean conversion whose source has no 를 reads every noun as the target;
// the target is the last noun (the last two before a type word: 날짜
// 문자열), the source the nouns before it (unixTimestampToDateString; was
// toUnixTimestamp, the direction lost).
func (f *frame) splitTarget() {
	v, n := f.verb, len(f.target.nouns)
	if !f.korean || v == nil || v.t == nil || !f.obj.empty() || !f.source.empty() || n < 2 || len(f.target.mods) > 0 {
		return
	}
	if !conversionVerbs.has(v.t.en()) {
		// FCM 토큰 서버에 등록하는: the token is registered on the server
		// (registerFcmToken; was registerToFcmTokenServer)
		if !storingVerbs.has(v.t.en()) || !storePlaces.has(lastWord(f.target.nouns[n-1].words)) {
			return
		}
		f.obj = np{nouns: slices.Clone(f.target.nouns[:n-1]), role: f.obj.role}
		f.target.nouns = slices.Clone(f.target.nouns[n-1:])
		return
	}
	k := n - 1
	if n >= 3 && f.target.nouns[n-1].t != nil && typeWords.has(f.target.nouns[n-1].t.en()) {
		k = n - 2
	}
	f.obj = np{nouns: slices.Clone(f.target.nouns[:k]), role: f.obj.role}
	f.target.nouns = slices.Clone(f.target.nouns[k:])
}

const (
	conversionVerbs lazySet = `convert transform parse format serialize deserialize encode decode cast map`
	typeWords       lazySet = `string integer number float object array list map dictionary bytes byte array json`
)

// agentFunction: 토큰 파서 함수, 에러 래퍼 함수: a function asked for by the
// doer it is does the doer's work to the nouns before it (parseToken,
// wrapError; were getTokenParser, get_error_wrapper: a getter of the
// doer). The doer's own name stays among the names (tokenParser).
func (f *frame) agentFunction() {
	t := f.thing()
	n := len(t.nouns)
	if f.verb != nil || !f.kinds[0] || f.kinds[3] || f.boolean || f.handler || n < 2 || len(t.mods) > 0 {
		return
	}
	h := t.nouns[n-1]
	if h.t == nil || len(h.t.Words) != 1 {
		return
	}
	v := agentVerb(h.t.Words[0])
	if v == nil || oneOf(v.en(), "handle|manage|serve|get|save|store") {
		return // (결제 처리 핸들러 함수, 결제 프로바이더: roles, no work of their own)
	}
	obj := np{nouns: slices.Clone(t.nouns[:n-1]), role: t.role}
	*t = np{}
	f.verb = &item{t: v, words: v.Words, mood: moodMod, known: true, eng: h.eng}
	f.obj = obj
	f.doer = h.t.Words
}

// doerName offers the doer's own name after the work's (tokenParser after
// parseToken: agentFunction).
func (b *builder) doerName(f *frame) {
	if f.doer != nil {
		b.add(naming.KindFunction, cand{cat(f.obj.words(false), f.doer), "하는 일을 맡은 것의 이름으로 쓴 형태입니다.", "Named for the doer itself."})
	}
}

// swapVerb and swapState give the frame's verb or state another term, on
// a copy (the items the frame was read from keep theirs). Not inlined:
// they replaced thirteen copies of the same three lines.
//
//go:noinline
func (f *frame) swapVerb(t *Term) {
	c := *f.verb
	c.t, c.words = t, t.Words
	f.verb = &c
}

//go:noinline
func (f *frame) swapState(t *Term) {
	c := *f.state
	c.t, c.words = t, t.Words
	f.state = &c
}

// takenPlaces are taken or free, not full or empty (seats, slots, rooms,
// a washing machine or a charger in use): 세탁기가 비어있는지 is available,
// 사용중인 좌석 occupied (refine.go homographNouns).
const takenPlaces = "seat|slot|room|table|spot|space|bed|desk|locker|court|stall|booth|lane|bay|cabin|dock|charger|machine|washer|dryer|pc|computer"
