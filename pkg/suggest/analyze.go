package suggest

import (
	"strings"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// This file turns items into a frame: what the question asks to name and
// the parts of its sentence (the action, its object, target, criterion ...)
// that the names are built from.

// np is a noun phrase: modifiers (states, participles) then nouns.
type np struct {
	mods  []item
	nouns []item
	role  particle
}

// empty is not inlined (//go:noinline): it is called from ~200 places, and
// inlined it made chatsend ~14 KB larger for no measurable speed.
//
//go:noinline
func (p *np) empty() bool { return len(p.nouns) == 0 && len(p.mods) == 0 }

// words are the phrase's identifier words; plural makes the head plural.
func (p *np) words(pluralHead bool) []string {
	var out []string
	for _, m := range p.mods {
		out = append(out, modWords(m)...)
	}
	head := p.head()
	for i, n := range p.nouns {
		ws := append([]string{}, n.words...)
		if i == head && pluralHead && len(ws) > 0 {
			ws[len(ws)-1] = pluralOf(n.t, ws[len(ws)-1])
		}
		out = append(out, ws...)
		if n.part == partAnd && !n.eng && i < len(p.nouns)-1 {
			out = append(out, "and") // 캐시랑 토큰: cache and token
		}
	}
	return out
}

// nounWords are the nouns alone, without modifiers. Not inlined
// (//go:noinline): ~3 KB of chatsend (see splitWords).
//
//go:noinline
func (p *np) nounWords(pluralHead bool) []string {
	q := np{nouns: p.nouns}
	return q.words(pluralHead)
}

func (p *np) headWords(pluralHead bool) []string {
	if len(p.nouns) == 0 {
		return nil
	}
	h := p.head()
	q := np{nouns: p.nouns[h : h+1]}
	return q.words(pluralHead)
}

// head is the index of the head noun: the last, or the one before a
// "with" (total with shipping fee: refine.go withApplied).
func (p *np) head() int {
	for i, n := range p.nouns {
		if i > 0 && n.t == nil && len(n.words) == 1 && n.words[0] == "with" {
			return i - 1
		}
	}
	if n := len(p.nouns); n > 1 && p.nouns[n-1].eng && len(p.nouns[n-1].words) == 1 && oneOf(p.nouns[n-1].words[0], "today|yesterday|tomorrow|tonight") {
		return n - 2 // "orders placed today": the orders
	}
	return len(p.nouns) - 1
}

func (p *np) plural() bool {
	return len(p.nouns) > 0 && p.nouns[p.head()].plural
}

func (p *np) ko() string {
	var s []string
	for _, m := range p.mods {
		switch k := m.surfaceKo(); {
		case m.t == nil || isASCII(k):
			s = append(s, k)
		case m.form == formNoun:
			s = append(s, strings.TrimSuffix(k, "하")) // 요청 처리 시간, not 처리하 시간
		case m.t.Class == 'v':
			s = append(s, m.passiveKo()) // 연결된 클라이언트, not 연결하 클라이언트
		case m.t.Class == 'a' && k != "" && !strings.HasSuffix(k, "한") && !strings.HasSuffix(k, "된") && len(m.t.Korean) > 0 && !strings.HasSuffix(m.t.Korean[0], "다"):
			// 만료된 세션, 활성화된 계정: a state whose Korean is a noun (만료,
			// 활성) reads as written (was 만룐 세션, 활성은 계정)
			if m.surface != "" && !isASCII(m.surface) {
				k = adnOf(m.surface)
			}
			s = append(s, k)
		case m.t.Class == 'a' && k != "" && !strings.HasSuffix(k, "한") && !strings.HasSuffix(k, "된"):
			s = append(s, pastAdnominal(k)) // 부족한 재고, 다른 유저 (was 부족하, 다르)
		default:
			s = append(s, k)
		}
	}
	for _, n := range p.nouns {
		k := n.surfaceKo()
		if n.t != nil && n.t.Class == 'v' {
			k = strings.TrimSuffix(k, "하") // 처리 시간, not 처리하 시간
		}
		s = append(s, k)
	}
	return joinSpace(s)
}

func (p *np) en() string { return joinSpace(p.words(false)) }

// modWords is how a modifier reads before a noun: a state as it is, a verb
// as its participle (sorted users, added items).
func modWords(m item) []string {
	if m.neg && m.t != nil && m.t.Class == 'v' {
		return negParticiple(m.t)
	}
	if m.neg && m.t != nil && m.t.Class == 'a' && m.t.Opp != "" {
		return splitWords(m.t.Opp)
	}
	if m.neg && m.t != nil && m.t.Class == 'a' && len(m.t.Words) == 1 {
		// 삭제되지 않은 댓글: non-deleted (no opposite in the glossary);
		// 승인되지 않은: unapproved
		if unState(m.t.Words[0]) {
			return []string{"un" + m.t.Words[0]}
		}
		return []string{"non", m.t.Words[0]}
	}
	if m.t != nil && m.t.Class == 'a' && m.t.en() == "equal" {
		// 같은 팀, the same team: isSameTeam
		return splitWords("same")
	}
	if m.t != nil && m.t.Class == 'v' && m.mood == moodFutMod && !m.eng {
		// 오늘 배송할 주문: orders still to ship, not shipped ones; the
		// modifier goes (loadTodayOrders; was loadTodayShippedOrder)
		return nil
	}
	if m.t != nil && m.t.Class == 'v' {
		if m.ing {
			return splitWords(gerund(m.t, m.t.en()))
		}
		if e := m.t.en(); e == "dedupe" || e == "deduplicate" {
			// a result a name says with an adjective: 중복 제거한 태그 →
			// uniqueTags, not deduplicatedTags (a map of these two cost
			// init code)
			return splitWords("unique")
		}
		return splitWords(participle(m.t, m.t.en()))
	}
	return m.words
}

// doingKo is the item as a present adnominal for reasons: a verb's stem
// takes 는 (가져오는, 추가하는; a final ㄹ drops: 만드는), a noun or an English
// word takes 하는 (추가하는 from 추가, upload하는).
func (it *item) doingKo() string {
	s := it.surfaceKo()
	if s != "" && it.t != nil && (it.t.Class == 'v' || it.t.Class == 'a') && (it.form != formNoun || it.surface == "" || isASCII(it.surface)) && !isASCII(s) {
		return adnominal(s) // 가져오는, also for a verb no Korean word said (was 가져오하는)
	}
	return s + "하는"
}

// stateKo is the item as a state for reasons: a verb's stem in its past
// adnominal form (취소된, 열려 있는; 켜진, 닫힌 for the verbs of stateOf), a noun
// as it is (활성).
func (it *item) stateKo() string {
	s := it.surfaceKo()
	if s != "" && it.t != nil && (it.t.Class == 'v' || it.t.Class == 'a') && it.form != formNoun && it.surface != "" &&
		!isASCII(it.surface) && len(it.t.Korean) > 0 && strings.HasSuffix(it.t.Korean[0], "다") {
		return stateAdn(s)
	}
	// A state noun that already says 상태 (활성 상태) is not said twice.
	return strings.TrimSpace(strings.TrimSuffix(s, "상태"))
}

// passiveKo is the item as "…된" for reasons: 취소하 / 취소되 / 취소 → 취소된.
func (it *item) passiveKo() string {
	s := it.surfaceKo()
	switch {
	case strings.HasSuffix(s, "하") || strings.HasSuffix(s, "되"):
		return strings.TrimSuffix(strings.TrimSuffix(s, "하"), "되") + "된"
	case s != "" && it.t != nil && it.t.Class == 'v' && it.form != formNoun && it.surface != "" && !isASCII(it.surface) &&
		len(it.t.Korean) > 0 && strings.HasSuffix(it.t.Korean[0], "다"):
		return stateAdn(s)
	}
	return s + "된"
}

// pastAdnominal is a verb stem's past adnominal form: 되 → 된, 만들 → 만든,
// 읽 → 읽은, 있 → 있는.
func pastAdnominal(stem string) string {
	r := []rune(stem)
	last := r[len(r)-1]
	if last < 0xAC00 || last > 0xD7A3 {
		return stem
	}
	if last == '있' || last == '없' {
		return stem + "는" // 열려 있는, 재고 없는: 있다/없다 take 는 (was 있은)
	}
	switch (last - 0xAC00) % 28 {
	case 0: // no final consonant: add ㄴ
		r[len(r)-1] = last + 4
		return string(r)
	case 8: // ㄹ drops, ㄴ comes
		r[len(r)-1] = last - 8 + 4
		return string(r)
	}
	return stem + "은"
}

// adnominal is a verb stem's present adnominal form.
func adnominal(stem string) string {
	r := []rune(stem)
	last := r[len(r)-1]
	if last >= 0xAC00 && last <= 0xD7A3 && (last-0xAC00)%28 == 8 { // a final ㄹ
		r[len(r)-1] = last - 8
		return string(r) + "는"
	}
	return stem + "는"
}

func (it *item) surfaceKo() string { return capAcronyms(it.surfaceKo0()) }

// stemKo is a verb as a stem the reason conjugates (futureKo, pastKo,
// mustKo): a verb written as its noun takes 하 (캐시 → 캐시하: 캐시할지, was
// 캐실지; 캐시했는지, was 캐셨는지).
func (it *item) stemKo() string {
	s := it.surfaceKo()
	if it.form == formNoun && s != "" && !strings.HasSuffix(s, "하") {
		return s + "하"
	}
	return s
}

func (it *item) surfaceKo0() string {
	if it.surface != "" && (oneOf(it.surface, koAcronyms) || spelledOut(it)) {
		// url, json written in a Korean question: URL, JSON (was 유알엘,
		// 제이슨); a word read as Korean spells it stays Korean (map: 맵)
		return strings.ToUpper(it.surface)
	}
	if it.surface != "" && !isASCII(it.surface) {
		if it.t != nil && (it.t.Class == 'v' || it.t.Class == 'a') && it.form != formNoun {
			return it.t.ko()
		}
		return it.surface
	}
	if it.t != nil {
		return it.t.ko()
	}
	return joinSpace(it.words)
}

// frame is what the question asks for.
type frame struct {
	korean      bool
	kinds       [4]bool // asked explicitly, by kindIndex
	enum        bool
	boolean     bool // a yes/no question or a flag
	verb        *item
	verbs       []*item // every action, in order (the main one last)
	obj         np
	subj        np
	target      np
	source      np
	with        np
	by          np
	topic       np    // the phrase a kind word or a holder verb names
	state       *item // the state a yes/no question asks about
	count       bool
	list        bool
	async       bool
	handler     bool
	event       *event  // the event a handler answers (events.go)
	callback    bool    // a handler word or "called when": name the event
	items       []item  // the question as read (types.go reads around the kind word)
	iface       bool    // an interface is asked for (C# names take the I prefix)
	period      *period // a calendar-period boundary (dates.go)
	eventName   bool    // the event member itself is named (events.go)
	until       *until  // time left until something (dates.go)
	exception   string  // an exception named for its condition (events.go)
	ability     bool
	progress    bool
	past        bool
	exist       bool
	absent      bool
	isNounQ     bool // 관리자인지, 관리자 여부: the noun is the predicate
	copula      *np  // "whether the user is an admin": the user (wh.go)
	limit       string
	unit        string
	holder      bool
	check       bool
	returns     bool
	passive     bool
	known       []string // recognised words, for the Text
	unknown     []string // words not understood
	unknownKo   []string // Korean objects and subjects not in the glossary (unknown_ko.go)
	unknownVerb bool     // the action is a Korean verb the glossary lacks (unknown_ko.go)
	x           extra    // phrase patterns (refine.go)
	full        *frame   // the frame before padding nouns were dropped (settle.go)
	literal     bool     // a value is given with its unit: (2초), 8KB, 15%
	valued      bool     // a bare number is given: (8080), 기본 포트 3000 (kindhead.go)
	owner       np       // English "for a Y" after a noun: whose it is (kindhead.go)
	cmp         bool     // a comparator is asked for, not the sort (sortfilter2.go)
	markAs      []string // "marks the order as shipped": the thing and the state (forms.go)
	doer        []string // 토큰 파서 함수: the doer the function was asked by (settle.go agentFunction)

	moment  *moment    // a point in time or a day (dates.go)
	members [][]string // what the members a type holds make it (types.go)
}

func kindSlot(k naming.Kind) int {
	switch k {
	case naming.KindFunction:
		return 0
	case naming.KindVariable:
		return 1
	case naming.KindConstant:
		return 2
	}
	return 3
}

// placeFollows: the words after items[i] are a noun phrase that ends in a
// criterion or target particle (가격 낮은순으로, JSON으로) or in a
// place particle (서버에서, DB에, 캐시로부터) before any verb.
func placeFollows(items []item, i int) bool {
	for j := i + 1; j < len(items); j++ {
		n := items[j]
		if n.g == gBy && j > i+1 {
			return true // 직원 리스트 부서별로: the criterion written apart
		}
		if n.g != gNone || !n.isNoun() {
			return false
		}
		if n.part != partNone {
			return n.part == partLoc || n.part == partFrom || n.part == partBy || n.part == partDir
		}
	}
	return false
}

// closePhrase ends the phrase cur: build's closeNP, a function of its own
// and not inlined because closeNP's ~30 inlined copies were ~12 KB of
// chatsend.
//
//go:noinline
func closePhrase(cur *np, pendingMods *[]item, phrases *[]np, role particle) {
	if len(*pendingMods) > 0 && len(cur.nouns) > 0 {
		cur.mods = append(*pendingMods, cur.mods...)
		*pendingMods = nil
	}
	if !cur.empty() && len(cur.nouns) > 0 {
		if role != partNone || cur.role == partNone || cur.role == partObj {
			cur.role = role
		}
		*phrases = append(*phrases, *cur)
	}
	*cur = np{}
}

// keyAttr are English attributes a Korean noun keeps (유저 id로 조회: by the
// user's id).
const keyAttr lazySet = `id ids uuid key email url code name barcode sku isbn`

// koreanOnly: a phrase of Korean nouns only, with no particle yet.
func koreanOnly(p np) bool {
	if p.empty() || len(p.nouns) == 0 || p.role != partNone {
		return false
	}
	for _, n := range p.nouns {
		if n.eng || n.part != partNone {
			return false
		}
	}
	return true
}

// build reads items into a frame.
func build(items []item, korean bool) *frame {
	f := &frame{korean: korean}
	var cur np
	var pendingMods []item
	var phrases []np
	closeNP := func(role particle) { closePhrase(&cur, &pendingMods, &phrases, role) }
	// stateAsked: 결제완료 여부, 업로드 완료 플래그: the state noun before
	// the yes/no word is the predicate (isPaid, isUploadComplete).
	stateAsked := func() bool {
		st := stateBeforeYesNo(&cur, &pendingMods)
		if st == nil {
			return false
		}
		f.state = st
		if !cur.empty() {
			closeNP(partSubj)
		}
		return true
	}
	enPrep := partNone // English: the role the next phrase takes
	enVerbNext := true // English: a verb may start here (after that / to / the start)
	nextIsNoun := func(i int) bool {
		for j := i + 1; j < len(items); j++ {
			n := items[j]
			if n.g == gStop || n.g == gRequest && n.eng {
				continue
			}
			return n.g == gNone && (n.isNoun() || n.isAdj() || n.t != nil && n.t.Class == 'v' && n.form == formNoun && n.mood == moodNone)
		}
		return false
	}
	nextGram := func(i int) gram {
		if i+1 < len(items) {
			return items[i+1].g
		}
		return gNone
	}
	setVerb := func(it *item) {
		c := *it
		f.verb = &c
		f.verbs = append(f.verbs, &c)
		// The phrase written right before a Korean verb, without a
		// particle, is its object (상품 추가).
		if !cur.empty() {
			closeNP(partObj)
		}
		for i := range phrases {
			if phrases[i].role == partNone {
				phrases[i].role = partObj
			}
		}
		for _, p := range phrases {
			f.assign(p, &c)
		}
		phrases = nil
	}
	for i := range items {
		it := items[i]
		if it.known && it.surface != "" {
			f.note(it)
		} else if it.surface != "" {
			f.unknown = appendNew(f.unknown, it.surface)
		}
		switch it.g {
		case gFunction, gVariable, gConstant, gClass, gEnum, gBoolean:
			if it.g == gClass && !it.eng && (it.part == partLoc || it.part == partFrom) && i+1 < len(items) {
				continue // 모듈에 정의된 함수 목록, 클래스에서 쓰는 상수: where, not the kind asked
			}
			switch it.g {
			case gFunction:
				f.kinds[0] = true
			case gVariable:
				f.kinds[1] = true
			case gConstant:
				f.kinds[2] = true
			case gClass:
				f.kinds[3] = true
			case gEnum:
				f.kinds[3], f.enum = true, true
			case gBoolean:
				f.kinds[1], f.boolean = true, true
				if stateAsked() {
					continue
				}
			}
			if !cur.empty() {
				closeNP(partNone)
			}
			enVerbNext = true
			continue
		case gCount:
			f.count = true
			if it.part != partNone {
				closeNP(it.part)
			}
			continue
		case gList:
			f.list = true
			if it.part != partNone {
				closeNP(it.part)
			} else if !cur.empty() && placeFollows(items, i) {
				// 댓글 목록 서버에서 불러오는: a dropped 을/를; the list is
				// the object, not part of the place.
				closeNP(partNone)
			}
			continue
		case gMax, gMin, gDefault:
			f.limit = map[gram]string{gMax: "max", gMin: "min", gDefault: "default"}[it.g]
			continue
		case gUnit:
			f.unit = it.unit
			continue
		case gYesNo:
			f.boolean = true
			if stateAsked() {
				continue
			}
			if !cur.empty() {
				closeNP(partSubj)
			}
			if f.verb == nil && len(phrases) > 0 {
				f.isNounQ = true
			}
			continue
		case gAsync:
			f.async = true
			continue
		case gWhen, gHandler:
			f.handler = true
			continue
		case gBy:
			if it.eng {
				closeNP(partNone)
				enPrep = partBy
			} else {
				closeNP(partBy)
			}
			continue
		case gOf:
			// "name of the user": the next phrase comes first.
			closeNP(partNone)
			enPrep = partGen
			continue
		case gTo:
			closeNP(partNone)
			if i+1 < len(items) && items[i+1].isVerb() && !items[i+1].plural {
				enVerbNext = true
				enPrep = partNone
			} else {
				enPrep = partLoc
			}
			continue
		case gFrom:
			closeNP(partNone)
			enPrep = partFrom
			continue
		case gWith:
			closeNP(partNone)
			enPrep = partDir
			continue
		case gIn:
			// "attempts for a user", "in the background": a phrase that
			// says where or for whom, not what.
			closeNP(partNone)
			if it.unit == "" {
				enPrep = partIgnore
			}
			continue
		case gThat:
			closeNP(partNone)
			enVerbNext = true
			continue
		case gYesNoEN:
		case gIs:
			closeNP(partSubj)
			continue
		case gCan:
			f.ability = true
			enVerbNext = true
			if it.eng && !cur.empty() {
				// the player can jump: the phrase before can is who can
				closeNP(partSubj)
			}
			continue
		case gProgress:
			if !it.eng && (it.part == partCopulaQ || it.part == partSubj) || it.eng {
				f.progress = true
				f.boolean = f.boolean || !it.eng || true
			}
			continue
		case gExist, gAbsent:
			if it.mood == moodQ || it.mood == moodPastQ || it.eng {
				f.boolean = true
				f.exist = it.g == gExist
				f.absent = it.g == gAbsent
				if f.verb != nil && f.verb.mood == moodConn {
					// 추가하고 있는지: progressive
					f.exist, f.progress = false, true
				}
				if !cur.empty() {
					closeNP(partSubj)
				}
			}
			continue
		case gHolder:
			f.holder = true
			closeNP(partObj)
			for _, p := range phrases {
				if p.role == partObj || p.role == partNone {
					f.topic = p
				}
			}
			continue
		case gCheck:
			f.check = true
			if it.t != nil && !f.boolean && (it.mood == moodMod || it.mood == moodEnd) && f.verb == nil && !hasQuestion(items[:i]) {
				setVerb(&it)
			}
			closeNP(partObj)
			continue
		case gReturn:
			f.returns = true
			closeNP(partObj)
			if f.verb == nil || f.verb.mood == moodConn || f.verb.mood == moodMod {
				get := getTerm()
				if get != nil && f.verb == nil {
					v := item{t: get, words: get.Words, mood: moodMod, known: true}
					setVerb(&v)
				}
			}
			for _, p := range phrases {
				f.assign(p, f.verb)
			}
			phrases = nil
			continue
		case gRequest, gStop, gAnd, gNot:
			if it.g == gNot {
				f.absent = true
			}
			if it.eng && it.g == gAnd {
				closeNP(partNone)
			}
			if it.g == gStop && !it.eng && it.part != partNone && !cur.empty() {
				// RGB 값을: the particle on a padding word ends the phrase
				closeNP(it.part)
			}
			continue
		}
		// Terms and unknown words.
		finite := finiteAfterSubject(items, i, &cur) // whether the user clicked the banner
		switch {
		case it.t != nil && it.t.Class == 'v' && it.form == formNoun && !it.eng:
			// A verbal noun: the action when it ends the phrase (상품 추가
			// 함수, 로그인 여부), a noun inside a compound (연결 풀 -> the
			// pool of connections; 검색 결과).
			if nextIsNoun(i) && it.part == partNone {
				n := it
				if it.alt != nil {
					n.t, n.words = it.alt, it.alt.Words
				}
				cur.nouns = append(cur.nouns, n)
				continue
			}
			if it.alt != nil && (it.part == partObj || it.part == partSubj) {
				n := it
				n.t, n.words = it.alt, it.alt.Words
				cur.nouns = append(cur.nouns, n)
				closeNP(it.part)
				continue
			}
			if nextGram(i) == gYesNo || it.mood == moodProgressQ {
				f.past = true
			}
			if it.mood == moodProgressQ {
				f.progress, f.boolean, f.past = true, true, false
			}
			setVerb(&it)
		case it.t != nil && it.t.Class == 'v' && it.eng && (it.pp || it.ing) && nextIsNoun(i) && !enVerbNext && !finite:
			pendingMods = append(pendingMods, it)
		case it.t != nil && it.t.Class == 'v' && it.eng && (it.pp || it.ing) && !finite:
			// "whether the sidebar is collapsed", "is loading"
			if f.boolean || len(phrases) > 0 && phrases[len(phrases)-1].role == partSubj || cur.empty() && pronounIs(items, i) {
				closeNP(partSubj)
				c := it
				f.state = &c
				if it.ing {
					f.progress = true
				}
				f.boolean = true
				for _, p := range phrases {
					f.assign(p, nil)
				}
				phrases = nil
				continue
			}
			pendingMods = append(pendingMods, it)
		case it.t != nil && it.t.Class == 'v' && it.eng && !it.pp && !it.ing && !it.third && i+1 < len(items) && items[i+1].isAdj() && items[i].surface != "" && afterArticle(items, i) && hasGram(items[:i], gYesNo):
			// "whether the backup failed": after an article, before its
			// state, the action is the thing (isBackupFailed, was isBackedUp)
			n := it
			n.t = &Term{Words: it.words, Class: 'n'}
			cur.nouns = append(cur.nouns, n)
		case it.t != nil && it.t.Class == 'v':
			if finite {
				f.past = true // whether the user clicked the banner: hasClickedBanner
				if !cur.empty() {
					closeNP(partIgnore) // the user: who did it, no object (was isOrderPickedUp's rider)
				}
			}
			if !it.eng && (it.mood == moodMod || it.mood == moodFutMod) && nextIsNoun(i) {
				// 추가된 상품: a participle before its noun.
				if it.mood == moodFutMod && i+1 < len(items) && items[i+1].g == gCount {
					// 추가할 수 있는지
				} else {
					pendingMods = append(pendingMods, it)
					continue
				}
			}
			if it.eng && !enVerbNext && !cur.empty() && it.plural {
				cur.nouns = append(cur.nouns, it)
				continue
			}
			if it.mood == moodFutMod && i+2 < len(items) && items[i+1].g == gCount && (items[i+2].g == gExist || items[i+2].g == gAbsent) {
				f.ability = true
				f.boolean = f.boolean || items[i+2].mood == moodQ || items[i+2].mood == moodPastQ || items[i+2].mood == moodMod
				setVerb(&it)
				// skip 수 있는지
				items[i+1].g, items[i+2].g = gStop, gStop
				continue
			}
			switch it.mood {
			case moodQ:
				f.boolean = true
				if it.form.passive() {
					f.past = true
				}
			case moodPastQ:
				f.boolean, f.past = true, true
			}
			if it.form.passive() {
				f.passive = true
			}
			setVerb(&it)
			enVerbNext = false
			if it.eng {
				enPrep = partObj
			}
		case it.t != nil && it.t.Class == 'a':
			if !it.eng && (it.mood == moodQ || it.mood == moodPastQ || it.mood == moodEnd && i == len(items)-1) ||
				it.eng && len(phrases) > 0 && phrases[len(phrases)-1].role == partSubj && cur.empty() ||
				it.eng && cur.empty() && pronounIs(items, i) ||
				it.eng && !cur.empty() && i == len(items)-1 && strings.HasSuffix(it.surface, "ed") && hasGram(items[:i], gYesNo) {
				// (whether it has been paid: isPaid; the pronoun is the receiver;
				// "whether the job failed", said last: isJobFailed, was isFailedJob)
				closeNP(partSubj)
				c := it
				f.state = &c
				f.boolean = true
				for _, p := range phrases {
					f.assign(p, nil)
				}
				phrases = nil
				continue
			}
			if !it.eng && it.part == partCopulaQ {
				c := it
				f.state, f.boolean = &c, true
				closeNP(partSubj)
				continue
			}
			pendingMods = append(pendingMods, it)
		default:
			// A noun, known or not.
			if it.eng && enVerbNext && f.verb == nil && it.t == nil && (it.plural || isVerbish(it.surface) && !modifiesAttribute(items, i)) && cur.empty() && len(pendingMods) == 0 && anyKind(f) && !afterArticle(items, i) &&
				(i == 0 || items[i-1].g != gFrom && items[i-1].g != gTo && items[i-1].g != gOf) { // (dict from orchard row to variety: a noun)
				// "function that debounces input": an unknown verb ("a list
				// of upcoming hearings": after an adjective, a noun)
				v := it
				v.plural = false
				v.t = &Term{Words: it.words, Class: 'v'}
				setVerb(&v)
				enVerbNext = false
				enPrep = partObj
				continue
			}
			if it.eng && enPrep != partNone && cur.empty() {
				cur.role = enPrep
			}
			enVerbNext = false
			if len(pendingMods) > 0 {
				cur.mods = append(cur.mods, pendingMods...)
				pendingMods = nil
			}
			if len(it.words) > 1 && f.limit == "" {
				// A glossary compound that starts with a limit (최대 크기 =
				// max size) is the limit and its noun: max_buffer_size.
				switch it.words[0] {
				case "max", "min", "default":
					f.limit = it.words[0]
					it.words = it.words[1:]
					it.t = nil
				}
			}
			if f.korean && (it.eng || it.t != nil && placeNouns.has(it.t.en()) && placeTakesObject(items[i+1:])) && (it.part == partLoc || it.part == partFrom || it.part == partDir) && koreanOnly(cur) && !keyAttr.has(strings.Join(it.words, " ")) && (it.t == nil || !typeRoles.has(it.t.en())) &&
				!(it.part == partFrom && i+1 < len(items) && items[i+1].mood == moodMod && (items[i+1].isAdj() || items[i+1].form.passive())) {
				// 파일 S3에 올리고, 주식 시세 aiohttp로: the Korean words
				// before an English place or tool are the object (을/를
				// dropped), not one compound with it. (파일 업로드 input 에서
				// 선택된 파일들: a place the next clause's noun is in.)
				closeNP(partNone)
			}
			cur.nouns = append(cur.nouns, it)
			if it.eng {
				if it.part != partNone {
					closeNP(it.part)
				}
				continue
			}
			switch it.part {
			case partGen, partNone, partAnd:
			case partCopulaQ:
				f.boolean, f.isNounQ = true, true
				closeNP(partCopulaQ)
			default:
				closeNP(it.part)
			}
		}
	}
	if len(pendingMods) > 0 && cur.empty() {
		// "the sidebar is collapsed" without a clause word
		cur.mods = pendingMods
	}
	if !cur.empty() {
		role := cur.role
		closeNP(role)
	}
	for _, p := range phrases {
		f.assign(p, f.verb)
	}
	return f
}

type gramAlias = gram

const gYesNoEN gramAlias = 250

func anyKind(f *frame) bool { return true }

func hasQuestion(items []item) bool {
	for _, it := range items {
		if it.mood == moodQ || it.mood == moodPastQ || it.part == partCopulaQ || it.g == gYesNo {
			return true
		}
	}
	return false
}

// isVerbish: an unknown English word in verb position ("debounces").
func isVerbish(w string) bool {
	return len(w) > 3
}

// assign gives a phrase its role in the frame.
func (f *frame) assign(p np, v *item) {
	conv := v != nil && v.t != nil && isConvert(v.t)
	switch p.role {
	case partObj, partNone:
		if f.obj.empty() {
			f.obj = p
		} else if p.role == partObj {
			// The later object is the verb's; the earlier one its owner
			// (사용자의 이름을 -> handled by 의), or a topic.
			if f.topic.empty() {
				f.topic = f.obj
			}
			f.obj = p
		} else if f.topic.empty() {
			f.topic = p
		}
	case partSubj, partCopulaQ, partCopula:
		if p.role == partCopulaQ || p.role == partCopula {
			f.x.pred = p
		}
		if f.subj.empty() {
			f.subj = p
		} else {
			f.subj.nouns = append(f.subj.nouns, p.nouns...)
		}
	case partLoc:
		f.target = p
	case partDir:
		if conv || sendsTo(v, p) {
			f.target = p
		} else if f.with.empty() {
			f.with = p
		}
	case partFrom:
		f.source = p
	case partIgnore:
		if f.owner.empty() && len(p.nouns) > 0 && p.nouns[0].eng {
			f.owner = p // "the due date for a library loan": whose (kindhead.go)
		}
	case partBy:
		f.by = p
		f.x.bys = append(f.x.bys, p)
	case partGen:
		// English "of": the phrase before is owned by this one.
		f.obj.nouns = append(append([]item{}, p.nouns...), f.obj.nouns...)
		f.obj.mods = append(append([]item{}, p.mods...), f.obj.mods...) // ids of selected rows
	default:
		if f.obj.empty() {
			f.obj = p
		}
	}
}

// sendsTo: 서버로 보내는, 슬랙으로 전송하는: a place a thing is sent to,
// not what it is sent with (sendErrorLogToSlack, not sendWithSlack).
func sendsTo(v *item, p np) bool {
	if v == nil || v.t == nil || len(p.nouns) == 0 {
		return false
	}
	switch v.t.en() {
	case "export", "save as":
		return true // 엑셀 파일로 내보내는: what it is made (was exportWithSpreadsheet)
	case "send", "upload", "post", "forward", "report", "publish":
		switch lastWord(p.nounWords(false)) {
		case "server", "slack", "channel":
			return true
		}
	}
	return false
}

func (f *frame) note(it item) {
	if len(f.known) >= 12 {
		return
	}
	s := it.surface
	if it.t != nil {
		shown := it.surface
		if (it.t.Class == 'v' || it.t.Class == 'a') && it.form != formNoun && !isASCII(shown) && len(it.t.Korean) > 0 {
			// A verb is shown in its dictionary form (추가하다, not the
			// stem 추가하 the question's 추가하는 was read as).
			shown = it.t.Korean[0]
			for _, k := range it.t.Korean {
				if k == it.surface+"다" {
					shown = k
				}
			}
		}
		s = shown + "(" + it.t.en() + ")"
		if isASCII(it.surface) && it.surface == it.t.en() {
			s = it.surface
		}
	} else if it.g != gNone {
		switch it.g {
		case gStop, gRequest, gAnd, gThat, gIs, gTo, gFrom, gWith, gIn, gOf:
			return
		}
	}
	f.known = appendNew(f.known, s)
}

func isConvert(t *Term) bool {
	return oneOf(t.en(), "convert|transform|translate|change|cast|map|format")
}

func getTerm() *Term {
	g := loadGlossary()
	for _, t := range g.en["get"] {
		if t.Class == 'v' {
			return t
		}
	}
	return &Term{Words: []string{"get"}, Class: 'v'}
}

func joinSpace(s []string) string {
	out := ""
	for i, x := range s {
		if x == "" {
			continue
		}
		if i > 0 && out != "" {
			out += " "
		}
		out += x
	}
	return out
}

// splitWords splits s at spaces. It is not inlined (//go:noinline): the
// forms call it from ~300 places, and each inlined copy of its loop made
// chatsend's bootstrap ~190 KB larger, for no measurable speed.
//
//go:noinline
func splitWords(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// afterArticle: "the watchdog": a word after an article is a noun.
func afterArticle(items []item, i int) bool {
	if i == 0 || !items[i-1].eng {
		return false
	}
	switch items[i-1].surface {
	case "a", "an", "the":
		return true
	}
	return items[i-1].g == gCount || items[i-1].g == gList // "the number of musicians", "list of trawlers": a noun
}

// unState: a participle that takes un- when negated (unapproved,
// unverified): one of unVerbs' (refine.go); others take non-.
func unState(w string) bool {
	b := baseOf(w)
	return len(b) == 1 && unVerbs.has(b[0])
}

// placeNouns are where things are put or taken from: 게시글 링크 클립보드에
// 복사하는 copies the link to the clipboard (its nouns are not one compound).
const placeNouns lazySet = "clipboard, cart, queue, cache, server, database, playlist, favorites, wishlist, bucket, storage, local storage, session storage, trash, inbox, folder, disk, memory, stack, environment variable, cookie, file, url, query string, header, slack, slack channel"

// placeTakesObject: the words before a place noun with 에 are the object
// (주문 큐에 넣기: the order) unless the question names its object later
// (결제 서버에 요청을 보내는: the payment server) or its verb takes the
// place alone (채팅 서버에 연결하는: the chat server).
func placeTakesObject(rest []item) bool {
	for _, it := range rest {
		if it.part == partObj {
			return false
		}
		if it.isVerb() && it.t != nil {
			return !placeOnlyVerbs.has(it.t.en())
		}
	}
	return true
}

// placeOnlyVerbs take a place and no object (connect to the chat server).
const placeOnlyVerbs lazySet = `connect disconnect reconnect subscribe unsubscribe join access ping enter`

// pronounIs: "it has been" (a pronoun, then is) before item i: the
// pronoun stands for the receiver or the thing asked about (whether it
// has been paid).
func pronounIs(items []item, i int) bool {
	return i >= 2 && items[i-1].g == gIs && pronounSubject.has(strings.ToLower(items[i-2].surface))
}

const pronounSubject lazySet = `it they this he she`

// finiteAfterSubject: "whether the user clicked the banner": a past form
// right after a noun phrase and before a determiner is the subject's verb,
// not a participle of the noun after it (was is_clicked_user_banner).
func finiteAfterSubject(items []item, i int, cur *np) bool {
	it := items[i]
	if !it.pp || it.ing || cur.empty() || i+1 >= len(items) {
		return false
	}
	if s := strings.ToLower(items[i+1].surface); determiners.has(s) || s == "that" {
		return true
	}
	// the user granted HealthKit access: a person does the verb
	return items[i+1].isNoun() && len(cur.nouns) > 0 && isPerson(lastWord(cur.nouns[len(cur.nouns)-1].words))
}

// spelledOut: a short word of few vowels that the glossary's Korean reads
// letter by letter (mqtt: 엠큐티티, led: 엘이디, pt: 피티), an acronym.
func spelledOut(it *item) bool {
	w := it.surface
	if len(w) > 5 || !isASCII(w) || it.t == nil || len(it.t.Korean) == 0 || isASCII(it.t.Korean[0]) ||
		strings.Count(w, "a")+strings.Count(w, "e")+strings.Count(w, "i")+strings.Count(w, "o")+strings.Count(w, "u") > 1 {
		return false
	}
	return utf8.RuneCountInString(compact(it.t.Korean[0])) >= len(w)
}

// adnOf ends a state as written in a question as a modifier: 완료됐 → 완료된,
// 끝났 → 끝난, 재고 없 → 재고 없는, 않 → 않은, 중복되 → 중복된 (was 완료됐
// 페이지 로드, 재고 없 상품).
func adnOf(k string) string {
	rs := []rune(k)
	last := rs[len(rs)-1]
	switch s := decompose(last); {
	case last == '없' || last == '있' || last == '않' || last == '되':
		return pastAdnominal(k) // 없는, 않은, 된
	case s.ok && s.fin == fSS:
		if s.med == vWae {
			s.med = vOe // 됐 → 된
		}
		s.fin = fN
		rs[len(rs)-1] = compose(s)
		return string(rs)
	}
	return k
}

// stateAdn is a stem's past adnominal for a state: the passive for verbs
// whose state it is (켜진, 꺼진, 열린; not 켠, 끈, 연), else pastAdnominal.
func stateAdn(s string) string {
	if p, ok := pairOf(stateOf, s); ok {
		return p
	}
	return pastAdnominal(s)
}

// stateOf: verbs whose state is their passive (켜다: 켜진, not 켠).
const stateOf = "켜=켜진, 끄=꺼진, 열=열린, 닫=닫힌, 잠그=잠긴, 숨기=숨겨진"

// stateQ is a state as the subject of 인지: 로딩 중인지, 켜진 상태인지.
func stateQ(s string) string {
	if strings.HasSuffix(s, "중") {
		return s
	}
	return s + " 상태"
}
