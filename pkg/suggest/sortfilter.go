package suggest

import (
	"slices"
	"strings"
)

// Sorting, filtering, grouping and collection phrases that refine's clause
// passes leave in a shape the frame misreads. refine runs these right
// after clausePasses, in this order (each says what it reads).
var collectionPasses = []func([]item) []item{
	checkedState, heldInPlace, stateBeforeHead, wherePut, thingsToDo, recentlyDone, keyedMap, groupedByKey, topByMeasure, matchingCondition, madeInPeriod, verbResults, englishRecentDays, englishOrderBy,
}

// groupingVerbs bucket things by a key: 카테고리별로 묶은 상품, 국가별로
// 그룹핑된 사용자, 부서별로 나눈 직원.
const groupingVerbs lazySet = `group classify divide split collect`

// isByKey: 카테고리별, 카테고리마다 (a key with 별) or the key before a
// separate 별로 / 기준으로 word (sep: the word follows the key).
func isByKey(items []item, i int) (ok bool, sep bool) {
	k := items[i]
	if k.eng || !k.isNoun() {
		return false, false
	}
	if k.part == partBy {
		return true, false
	}
	if k.part == partNone && i+1 < len(items) && items[i+1].g == gBy && !items[i+1].eng {
		return true, true
	}
	return false, false
}

// groupedByKey: 카테고리별로 묶은 상품, 상품들 카테고리별로 그룹화한 맵:
// things bucketed by a key are those things by the key
// (productsByCategory); the bucketing verb names nothing more, and the
// answer is a collection even when no list word is written.
func groupedByKey(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		ok, sep := isByKey(items, i)
		if !ok {
			continue
		}
		v := i + 1
		if sep {
			v++
		}
		vb := items[v] // v ≤ i+2 < len(items)
		// 묶은, 묶인, 모아둔 (one grammar word: kept by the key)
		kept := (vb.g == gKeep || vb.g == gHolder) && vb.mood == moodMod
		if !kept && (vb.eng || !vb.isVerb() || vb.mood != moodMod && vb.mood != moodConn && vb.rest != "인" || vb.neg || !groupingVerbs.has(vb.t.en())) {
			continue
		}
		key := items[i]
		key.part, key.rest = partBy, "별"
		// What is bucketed: the noun after the verb, or (상품들 카테고리별로
		// 그룹화한 맵) the noun written before the key.
		var head []item
		rest := items[v+1:]
		start := i
		if v+1 < len(items) && items[v+1].isNoun() && !items[v+1].eng && items[v+1].part == partNone && vb.mood != moodConn {
			head = []item{items[v+1]}
			rest = items[v+2:]
		} else if i > 0 && items[i-1].isNoun() && !items[i-1].eng && (items[i-1].part == partNone || items[i-1].part == partObj) &&
			(v+1 < len(items) && (items[v+1].g == gList || items[v+1].g == gMapWord) || items[i-1].part == partObj && heldAfter(items, v)) {
			// 사진을 월별로 묶어서 보여주는 변수: what a variable holds
			if vb.mood == moodConn && items[v+1].isVerb() {
				rest = items[v+2:]
			}
			h := items[i-1]
			h.part = partNone
			head = []item{h}
			start = i - 1
		} else {
			continue
		}
		out := append([]item{}, items[:start]...)
		if key.t != nil && key.t.en() == "page" {
			// 페이지별로 나눈 결과: split into pages is paged (pagedResults)
			t := termOr("paged", 'a')
			key = item{t: t, words: t.Words, known: true, surface: key.surface, mood: moodMod, form: formAdn}
		}
		out = append(out, key)
		out = append(out, head...)
		return withList(out, rest)
	}
	return items
}

// heldAfter: after the bucketing verb at v (묶은, 묶어서 보여주는) only
// the value asked for follows (변수, 맵, 결과), no function.
func heldAfter(items []item, v int) bool {
	r := items[v+1:]
	if items[v].mood == moodConn && len(r) > 0 && r[0].isVerb() && r[0].mood == moodMod {
		r = r[1:]
	} else if items[v].mood != moodMod || items[v].rest == "는" {
		return false
	}
	return len(r) > 0 && (onlyFrame(r) || r[0].g == gMapWord || r[0].t != nil && r[0].t.en() == "result" && len(r) == 1)
}

// withList appends rest to out with a list word (목록) before it, unless
// rest says more than the kind of name asked (a list or map word, a verb,
// another noun): the things bucketed, ranked or matched are many.
func withList(out, rest []item) []item {
	if onlyGrams(rest, kindTail...) {
		out = append(out, item{g: gList, surface: "목록", known: true})
	}
	return append(out, rest...)
}

// topByMeasure: 조회수 상위 10개 게시글, 판매량 상위 5개 상품: the measure
// before 상위 ranks the things (top posts by view count); it is no part of
// the things' name, and the top N are a collection.
func topByMeasure(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		m, top, n := items[i], items[i+1], items[i+2]
		if m.eng || n.eng || !m.isNoun() || m.part != partNone || top.t == nil || top.t.en() != "top" || !n.isNoun() || n.part != partNone {
			continue
		}
		if i > 0 && items[i-1].isNoun() && items[i-1].part == partNone {
			continue // a longer noun phrase: leave it
		}
		m.part, m.rest = partBy, "기준"
		out := append([]item{}, items[:i]...)
		out = append(out, top, n)
		rest := items[i+3:]
		out = withList(out, rest)
		// the measure goes last, as 기준 (topPostsByViewCount)
		return append(out, m)
	}
	return items
}

// conditionNouns are what a thing is matched against: 검색어에 맞는,
// 필터 조건에 맞는, 조건에 일치하는.
const conditionNouns lazySet = "filter, filter option, condition, criteria, criterion, search query, query, keyword, search keyword, pattern, rule, search term, search criteria, search condition, search filter, requirement, eligibility requirement"

// matchingCondition: 필터 조건에 맞는 상품들, 검색어에 맞는 게시글: things
// that meet a condition are the matching things (matchingProducts); the
// condition itself is no part of their name.
func matchingCondition(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		c, v, n := items[i], items[i+1], items[i+2]
		if c.eng || v.eng || c.t == nil || !conditionNouns.has(c.t.en()) || (c.part != partLoc && c.part != partAnd && c.part != partIgnore && c.part != partObj) || v.mood != moodMod || v.neg || v.t == nil || !nounish(n) {
			continue
		}
		if e := v.t.en(); e != "correct" && e != "match" && e != "satisfy" && e != "meet" && e != "fit" && e != "matching" {
			continue
		}
		t := termOr("matching", 'a')
		v.t, v.words = t, t.Words
		items[i+1] = v
		if !n.plural {
			// the ones that match are many: matchingPosts
			items = withList(append([]item{}, items[:i+3]...), items[i+3:])
		}
		return append(items[:i], items[i+1:]...)
	}
	return items
}

// emptyMaking are verbs that only say a thing came to be: written,
// created, posted, come in.
const emptyMaking lazySet = "write, create, post, come in, generate"

// madeInPeriod: 오늘 작성된 댓글들, 이번 주에 생성된 주문: things made in a
// period are that period's things (todayComments); being written or made
// says nothing more.
func madeInPeriod(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		p, v, n := items[i], items[i+1], items[i+2]
		if p.eng || v.eng || p.t == nil || !timeScope.has(p.t.en()) || (p.part != partNone && p.part != partIgnore && p.part != partLoc) ||
			!v.isVerb() || v.mood != moodMod || v.neg || !emptyMaking.has(v.t.en()) || !n.isNoun() || n.eng {
			continue
		}
		items[i].part = partNone
		return append(items[:i+1], items[i+2:]...)
	}
	return items
}

// verbResults: 키워드로 검색한 결과, 계산한 결과: what a verb gave is its
// results (searchResults), not results that were searched.
func verbResults(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		v, r := items[i], items[i+1]
		if v.eng || r.eng || !v.isVerb() || v.mood != moodMod || v.neg || v.form == formFut || v.form == formPassFut || r.t == nil || r.t.en() != "result" || r.part != partNone {
			continue
		}
		if v.t.en() != "search" && v.t.en() != "query" && v.t.en() != "calculate" && v.t.en() != "compute" && v.t.en() != "analyze" {
			continue
		}
		items[i].form, items[i].mood, items[i].rest = formNoun, moodNone, ""
		if i > 0 && items[i-1].part == partDir && items[i-1].isNoun() {
			// 키워드로 검색한: the means is context, not a part of the name
			items = append(items[:i-1], items[i:]...)
		}
		return items
	}
	return items
}

// englishRecentDays: "orders from the last 7 days", "signups in the past
// week": things of a recent period are the recent things (recentOrders).
func englishRecentDays(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		p := items[i]
		if !p.eng || p.g != gFrom && p.g != gIn && !(p.g == gStop && p.surface == "within") || !items[i-1].isNoun() || !items[i-1].eng {
			continue
		}
		j := i + 1
		for j < len(items) && items[j].g == gStop && (items[j].surface == "the" || items[j].surface == "a") {
			j++
		}
		if j+1 >= len(items) || items[j].t == nil || items[j].t.en() != "last" && items[j].t.en() != "past" || items[j+1].g != gUnit && items[j+1].t == nil {
			continue
		}
		u := items[j+1]
		if !(u.g == gUnit || u.t != nil && (u.t.en() == "day" || u.t.en() == "week" || u.t.en() == "month" || u.t.en() == "hour")) {
			continue
		}
		if j+2 < len(items) && items[j+2].isNoun() {
			continue
		}
		k := i - 1
		for k > 0 && items[k-1].eng && items[k-1].isNoun() && items[k-1].part == partNone {
			k--
		}
		if !onlyFrame(items[:k]) || !onlyFrame(items[j+2:]) {
			continue // "requests in the last minute" counted or limited: a window, not recent things
		}
		t := termOr("recent", 'a')
		rec := item{t: t, words: t.Words, eng: true, known: true, surface: "recent", mood: moodMod, form: formAdn}
		out := append([]item{}, items[:k]...)
		out = append(out, rec)
		out = append(out, items[k:i]...)
		return append(out, items[j+2:]...)
	}
	return items
}

// onlyFrame: the items say only what kind of name is asked (a list of,
// the variable for).
func onlyFrame(items []item) bool {
	return onlyGrams(items, frameGrams...)
}

var frameGrams = slices.Concat(kindTail, []gram{gList, gOf})

// englishOrderBy: "order by created desc", "sort by updated": a
// participle after by names the timestamp field (created at), and SQL's
// order by is a sort.
func englishOrderBy(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		v, by, f := items[i], items[i+1], items[i+2]
		if !v.eng || v.t == nil || (v.t.en() != "order" && v.t.en() != "sort") || by.g != gBy || !f.eng || f.t == nil || f.t.Class != 'v' {
			continue
		}
		var field string
		switch f.t.en() {
		case "create":
			field = "created at"
		case "update":
			field = "updated at"
		case "delete":
			field = "deleted at"
		default:
			continue
		}
		t := termOr(field, 'n')
		items[i+2] = item{t: t, words: t.Words, eng: true, known: true, surface: f.surface}
		if v.t.en() == "order" {
			st := termOr("sort", 'v')
			items[i].t, items[i].words = st, st.Words
		}
		return items
	}
	return items
}

// byKey: 월별로, 층별: 별 after a one-syllable noun makes it a key.
func byKey(rest string) bool {
	return rest == "별" || rest == "별로" || rest == "별의"
}

// checkedState: 체크된 체크박스, 체크된 항목: the passive of 체크 before a
// noun is the state checked (checkedCheckboxes), not a check to run.
func checkedState(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := &items[i]; it.g == gCheck && !it.eng && it.form == formPassAdn && it.mood == moodMod && strings.HasPrefix(it.surface, "체크") && items[i+1].isNoun() {
			t := termOr("checked", 'a')
			it.g, it.t, it.words = gNone, t, t.Words
		}
	}
	return items
}

// recentlyDone: 최근에 로그인한 회원, 가장 최근 로그인한 사용자: who did
// something lately are the recently done ones (recentlyLoggedInUsers), not
// users of a recent or a last login.
func recentlyDone(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		r, v := items[i], items[i+1]
		var t *Term
		n := i + 2
		switch {
		case r.eng || r.t == nil:
			continue
		case r.t.en() == "last login" && (r.rest == "한" || r.rest == "했던") && strings.HasPrefix(r.surface, "최근"):
			t, n = termOr("login", 'v'), i+1
		case r.t.en() == "recent" && (r.part == partNone || r.rest == "에") && v.isVerb() && !v.eng && !v.neg && v.mood == moodMod && (v.form == formAdn || v.form == formPassAdn) && v.rest == "" && !emptyMaking.has(v.t.en()):
			t = v.t
		default:
			continue
		}
		if n >= len(items) || !items[n].isNoun() || items[n].eng {
			continue
		}
		a := &Term{Words: append([]string{"recently"}, splitWords(participle(t, t.en()))...), Class: 'a'}
		it := item{t: a, words: a.Words, known: true, surface: r.surface, mood: moodMod, form: formAdn}
		return append(append(items[:i:i], it), items[n:]...)
	}
	return items
}

// keyedMap: 사용자 아이디를 키로 하는 딕셔너리, 사용자 이메일을 키로 하는 맵:
// the noun before the key is what the map holds (usersById, usersByEmail).
func keyedMap(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		k := items[i]
		if k.eng || k.part != partBy || k.rest != "별" || !k.isNoun() || k.t == nil {
			continue
		}
		j := i + 1
		for j < len(items) && j < i+3 && items[j].g != gMapWord {
			j++
		}
		if j == len(items) || items[j].g != gMapWord || slices.ContainsFunc(items[i+1:j], func(x item) bool { return x.isNoun() }) {
			continue // 태그 이름 → 게시글 리스트 dict: the value is written after
		}
		var head item
		start := i
		if ws := k.t.Words; i > 0 && items[i-1].isNoun() && !items[i-1].eng && items[i-1].part == partNone {
			head, start = items[i-1], i-1
		} else if len(ws) == 2 && (ws[1] == "id" || ws[1] == "email" || ws[1] == "name" || ws[1] == "code") {
			h, key := termOr(ws[0], 'n'), termOr(ws[1], 'n')
			head = item{t: h, words: h.Words, known: true, surface: k.surface}
			k.t, k.words = key, key.Words
		} else {
			continue
		}
		head.plural = true
		return append(append(items[:start:start], k, head), items[i+1:]...)
	}
	return items
}

// thingsToDo: 설치할 의존성 목록, 렌더링할 스프라이트 목록: the things to do it
// to (dependencies_to_install, spritesToRender; was dependencies, sprites).
func thingsToDo(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		v, n, l := items[i], items[i+1], item{g: gStop}
		if i+2 < len(items) {
			l = items[i+2]
		}
		if n.g == gNone && n.form == formNoun && n.alt != nil && n.alt.Class == 'n' && n.t != nil && n.t.Class == 'v' {
			n.t, n.alt = n.alt, nil // 검토할 계약: the contract (was sign_contract)
		}
		// (전송할 메시지, 처리할 작업들 변수: the message to send, the tasks
		// to process; were sentMessage and processedTasks, the opposite)
		if v.eng || n.eng || !v.isVerb() || v.mood != moodFutMod || v.neg || v.t == nil || len(v.t.Words) != 1 || shownVerbs.has(v.t.Words[0]) ||
			!n.isNoun() || n.t == nil || n.t.Mass || n.part != partNone || lastWord(n.t.Words) == "count" || timeHeads.has(lastWord(n.t.Words)) || wherePutNouns.has(lastWord(n.t.Words)) ||
			l.g != gList && !(l.g == gNone && l.t != nil && listHeads.has(l.t.en())) && l.g != gStop && l.g != gVariable && l.g != gRequest {
			continue
		}
		n.t = phraseHead(n.t, " to "+v.t.Words[0])
		n.words = n.t.Words
		return append(items[:i:i], append([]item{n}, items[i+2:]...)...)
	}
	// "feature columns to drop", "the urls to crawl next": English says
	// the same after the things (columnsToDrop; was drop_feature_columns,
	// or a Dropper class); not when the verb has an object of its own
	// (a button to submit the form), nor after of (ids of users to notify
	// would be userToNotifyIds), nor after a state ("messages failed to
	// publish" reads failed outbox messages … to publish).
	for i := 1; i+1 < len(items); i++ {
		n, to, v := items[i-1], items[i], items[i+1]
		vt := v.t
		if v.eng && v.isNoun() {
			vt = verbTerm(v.surface) // (orders to ship)
		}
		if !n.eng || !n.isNoun() || n.t == nil || n.t.Mass || !n.plural || i >= 2 && items[i-2].g == gOf || to.g != gTo || !v.eng || vt == nil || vt.Class != 'v' ||
			len(vt.Words) != 1 || v.surface != vt.Words[0] || i+2 < len(items) && (items[i+2].isNoun() || items[i+2].g == gStop) || stateBefore(items, i-1) {
			continue
		}
		n.t = phraseHead(n.t, " to "+vt.Words[0])
		n.words = n.t.Words
		return append(items[:i-1:i-1], append([]item{n}, items[i+2:]...)...)
	}
	return items
}

// shownVerbs say where things are shown or bound, not what is to be
// done to them (WPF 리스트에 바인딩할 연락처: contacts).
const shownVerbs lazySet = `bind show display list use have`

// listHeads are containers a list of things is held in (a vector of
// sprites to render).
const listHeads lazySet = `vector queue stack array list`

// stateBeforeHead: 온라인 상태인 팀원, 활성 상태인 계정: the state says
// which ones (onlineTeamMembers, activeAccounts; was onlineStatus).
func stateBeforeHead(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		a, st, n := items[i], items[i+1], items[i+2]
		if a.eng || st.eng || n.eng || a.t == nil || a.part != partNone || st.t == nil || (st.t.en() != "status" && st.t.en() != "state") ||
			st.part != partCopula || !strings.HasPrefix(st.rest, "인") || !n.isNoun() || n.t == nil {
			continue
		}
		return append(items[:i+1:i+1], items[i+2:]...)
	}
	return items
}

// heldInPlace: 매물에 들어온 문의, 식단에 포함된 칼로리: being in a place
// says nothing of what is counted or listed (inquiryCount; was
// incomingInquiryCount), as 게시글에 달린 댓글 already read.
func heldInPlace(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		p, v, n := items[i], items[i+1], items[i+2]
		if p.eng || v.eng || !p.isNoun() || p.part != partLoc || !v.isVerb() || v.mood != moodMod || v.neg || !heldVerbs.has(v.t.en()) && v.t.en() != "come in" || !n.isNoun() ||
			!slices.ContainsFunc(items[i+2:], func(c item) bool { return c.g == gCount || c.t != nil && c.t.en() == "total" }) {
			continue // (a list keeps its place: 장바구니에 포함된 상품, the cart's products)
		}
		return append(items[:i+1:i+1], items[i+2:]...)
	}
	return items
}

// heldVerbs say a thing is in a place.
const heldVerbs lazySet = `include contain enter accumulate attach`

// firstState is the state a sort question puts first: a Korean modifier
// before 거/것/게 and 먼저 (안 읽은 거 먼저: unread; 완료 안 된 것 먼저:
// incomplete), or an English adjective before "(ones) (come) first"
// (overdue ones come first: overdue); nil for a direction (newest first).
func firstState(question string, items []item) []string {
	if strings.Contains(question, "먼저") {
		for i := 0; i+1 < len(items); i++ {
			it, n := items[i], items[i+1]
			if !it.eng && (it.isAdj() || it.isVerb() && it.form != formNoun) && n.g == gStop && (n.surface == "거" || n.surface == "것" || n.surface == "게" || n.surface == "걸") {
				return modWords(it)
			}
		}
		return nil
	}
	l := strings.ToLower(question)
	if !strings.Contains(l, " first") {
		return nil
	}
	for i, it := range items {
		if !it.eng || !(it.isAdj() || it.pp) || i+1 >= len(items) {
			continue
		}
		j := i + 1
		for j < len(items) && (items[j].surface == "ones" || items[j].surface == "one" || items[j].surface == "come" || items[j].surface == "comes" || items[j].surface == "go" || items[j].surface == "appear") {
			j++
		}
		if j < len(items) && j > i && strings.EqualFold(items[j].surface, "first") && !sortFirstDirections.has(strings.ToLower(it.surface)) {
			return modWords(it)
		}
	}
	return nil
}

// sortFirstDirections: "newest first", "longest first" name a direction,
// not a state (nor a value that goes first: "legendary first", restate.go).
const sortFirstDirections lazySet = `newest oldest latest earliest soonest recent longest shortest highest lowest largest smallest biggest cheapest priciest most least best worst closest nearest farthest youngest top`

// splitSortKey: a Korean sort with no object whose key is several nouns
// sorts the things the first nouns name by the last (플레이어 점수
// 내림차순 정렬: players by score, was sort_by_player_score_desc; 알바 공고
// 시급 높은 순: postings by hourly wage).
func splitSortKey(f *frame) {
	if !f.korean || f.verb == nil || f.verb.t == nil || !f.obj.empty() || !f.topic.empty() || len(f.by.nouns) < 2 || len(f.x.bys) > 1 {
		return
	}
	switch f.verb.t.en() {
	case "sort", "order", "rank":
	default:
		return
	}
	n := len(f.by.nouns)
	f.obj = np{mods: f.by.mods, nouns: slices.Clone(f.by.nouns[:n-1]), role: partObj}
	f.by = np{nouns: f.by.nouns[n-1:], role: f.by.role}
}

// stateBefore: a state stands before the nouns that end at items[j]
// (failed outbox messages).
func stateBefore(items []item, j int) bool {
	for j--; j >= 0 && items[j].isNoun(); j-- {
	}
	return j >= 0 && items[j].isAdj()
}

// wherePut: 로그 저장할 경로, 백업 파일 저장하는 버킷: where the things go is
// named for them (log_path; was saved_log_path, path_to_save); with 을 the
// clause compound stays (파일을 저장하는 경로: fileSavePath).
func wherePut(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		v, n, o := items[i], items[i+1], items[i-1]
		if !v.eng && v.isVerb() && (v.mood == moodFutMod || v.mood == moodMod && v.form != formPast) && !v.neg && v.t != nil &&
			(putInVerbs.has(v.t.en()) || v.t.en() == "upload" || v.t.en() == "write") && n.isNoun() && n.t != nil && wherePutNouns.has(lastWord(n.t.Words)) &&
			o.part == partNone && (o.isNoun() || o.mood == moodNone && o.rest == "" && o.form == formNoun) {
			return append(items[:i:i], items[i+1:]...)
		}
	}
	return items
}

// wherePutNouns are where a future verb puts things, not what it acts on
// (로그 저장할 경로: the log path, not a path to save; 파일 저장할 폴더).
const wherePutNouns lazySet = `path directory folder dir location destination bucket name url endpoint`
