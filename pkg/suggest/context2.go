package suggest

import (
	"slices"
	"strings"
)

// How developers really type in a naming chat: what they are building
// first (쇼핑몰 만드는데, JPA 쓰는데, 리액트 프로젝트인데), the library in
// passing (gorm으로, nestjs에서), the layer the method lives in (DAO 함수,
// 서비스 메서드). All of it is context, never part of the name. refine runs
// these passes in the order of passGroups (refine.go).
var contextPasses = []func([]item) []item{leadClause, toolInPassing, heldInState, requestSent, resultReturned, incoming,
	englishLead, readThenAct, nounThenVerb, failureNoun, sameWordObject, settingPlace, flagsObject}

func init() {
	addGrammar(koGrammar, "셀레니움 아두이노 라즈베리파이 코어데이터 레트로핏 플라스크 스벨트 리액트쿼리 리액트네이티브", gramWord{g: gContext}, false)
	addGrammar(enGrammar, "react_query react_native nestjs nextjs swiftui room_db core_data arduino raspberry_pi stm32 esp32 fastapi vuejs reactjs", gramWord{g: gContext}, true)
}

// buildVerbs are what a developer says they are doing with the project
// (만드는데, 짜는데, 쓰는데, 개발하는데) before the actual question.
const buildVerbs lazySet = `create make write develop build use implement work code study practice program`

// projectNouns: 쇼핑몰 프로젝트인데, 과제인데: what is being built.
const projectNouns lazySet = "project, app, assignment, homework, game, website, site, service, server, web server, tool, command line, plugin, library, script, bot, program, mall, blog, toy project"

// leadClause: 할일 앱 만드는데 할일 완료 표시하는 함수, JPA 쓰는데 회원 탈퇴
// 하는 메서드, 리액트 프로젝트인데 ...: a clause ending in -는데 that says
// what is being built or used is the setting; the question starts after
// it. A state (값이 비어있는데) or a purpose (모달 띄우려고 하는데) stays.
func leadClause(items []item) []item {
	for i := len(items) - 2; i >= 0; i-- {
		it := items[i]
		if it.eng || !strings.HasSuffix(it.rest, "데") && it.rest != "다가" {
			continue
		}
		if i+1 < len(items) && hasAnyPrefix(items[i+1].surface, costWords...) {
			continue // 만드는데 걸리는 시간: the time the making takes
		}
		// any verb + 는데 in the question's first half sets the scene too
		// (JUnit 결과 집계하는데 실패한 테스트 케이스 갯수: failedTestCaseCount,
		// was aggregatedFailedJUnitResultTestCaseCount), unless 그 points
		// back at it (사라지는데 그 사라지는 시각)
		pointsBack := i+1 < len(items) && items[i+1].surface == "그"
		ok := it.isVerb() && (buildVerbs.has(it.t.en()) || (it.rest == "는데" || it.rest == "다가") && 2*i < len(items) && !pointsBack)
		if it.g == gStop && i > 0 && items[i-1].isNoun() { // 작업 하는데
			ok = true
		}
		if (it.part == partCopula || strings.HasSuffix(it.rest, "인데")) && (it.g == gContext || it.isNoun() && it.t != nil && projectNouns.has(it.t.en())) {
			ok = true
		}
		if (strings.HasSuffix(it.rest, "인데") || strings.HasSuffix(it.rest, "인데요")) && (it.isNoun() || it.g == gContext) && !hasPart(items[:i], partSubj) && 2*i < len(items) {
			ok = true // 호텔 예약 관리 화면인데, 스마트팜 관수 스케줄러인데: where the code lives
		}
		if it.g == gProgress && strings.HasSuffix(it.rest, "데") && i > 0 && items[i-1].isVerb() && buildVerbs.has(items[i-1].t.en()) {
			ok = true // 게임 엔진 툴 만드는 중인데
		}
		if !ok {
			continue
		}
		for _, r := range items[i+1:] {
			if r.t != nil {
				return items[i+1:]
			}
		}
		return items
	}
	return items
}

// hasPart: an item of items has particle p.
func hasPart(items []item, p particle) bool {
	for _, it := range items {
		if it.part == p {
			return true
		}
	}
	return false
}

// toolInPassing: nestjs에서 주문 생성하는, gin으로 핸들러 만드는: an
// unknown lower-case English word (or axios, which names the client
// elsewhere: axios 인스턴스) that opens the question with 에서 or (으)로 is
// the library the code uses, not something it handles.
func toolInPassing(items []item) []item {
	if len(items) > 2 {
		if it := &items[0]; it.eng && (it.t == nil || it.t.en() == "axios") && it.g == gNone && (it.part == partLoc || it.part == partDir || it.part == partFrom) &&
			strings.ToLower(it.surface) == it.surface {
			it.g = gContext
		}
	}
	return items
}

// heldInState: 로딩중인지 저장하는 state, 모달 열렸는지 담는 state: the
// React state that keeps a value is a variable named for the value
// (isLoading), not a saved state.
func heldInState(items []item) []item {
	for i := 1; i < len(items); i++ {
		if s, v := items[i], items[i-1]; s.eng && s.t != nil && s.t.en() == "state" && v.isVerb() && v.mood == moodMod && (v.t.en() == "save" || v.t.en() == "store" || v.t.en() == "keep") {
			items[i-1] = item{g: gVariable, surface: s.surface, known: true}
			return append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// requestSent: 게시글 삭제 요청 보내는 함수: sending the request for an
// action on a thing is that action (deletePost), as an API client names it.
func requestSent(items []item) []item {
	for i := 1; i+2 < len(items); i++ {
		a, r, s := items[i], items[i+1], items[i+2]
		if o := items[i-1]; o.isNoun() && (o.part == partNone || o.part == partObj) && a.isVerbalNoun() && a.part == partNone && r.t != nil && r.t.en() == "request" && r.form == formNoun && s.isVerb() && s.t.en() == "send" && !s.neg {
			a.form, a.mood, a.rest = s.form, s.mood, s.rest
			items[i] = a
			return append(items[:i+1], items[i+3:]...)
		}
	}
	return items
}

// resultReturned: 파일 업로드하고 url 반환하는 메서드: what the function
// returns after its action is its result, not a second action; the action
// names it (uploadFile).
func resultReturned(items []item) []item {
	for i := 1; i+2 < len(items); i++ {
		if v, n, r := items[i], items[i+1], items[i+2]; v.isVerb() && v.mood == moodConn && n.isNoun() && n.part == partNone && r.g == gReturn && r.mood == moodMod {
			v.mood, v.rest = moodMod, r.rest
			items[i] = v
			return append(items[:i+1], items[i+3:]...)
		}
	}
	return items
}

// incoming: 들어오는 연결, 들어온 요청: what comes in is incoming.
func incoming(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := &items[i]; it.isVerb() && it.t.en() == "come in" && it.mood == moodMod && (items[i+1].isNoun() || items[i+1].isVerbalNoun()) {
			t := termOr("incoming", 'a')
			it.t, it.words, it.form = t, t.Words, formAdn
		}
	}
	return items
}

// kindGram: the kind words a question asks for.
func kindGram(g gram) bool {
	return g == gFunction || g == gVariable || g == gConstant || g == gClass || g == gEnum || g == gHandler
}

// englishLead: "I'm building an online store, what should I call the
// function that …", "on stm32, function that toggles the led": what comes
// before the request, or a place (in, on, using) made of context words
// before the kind word, is the setting.
func englishLead(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		if items[i].g != gRequest || !items[i].eng {
			continue
		}
		for k := i + 1; k < len(items) && k <= i+2; k++ {
			if kindGram(items[k].g) {
				if k+1 == len(items) && slices.ContainsFunc(items[:i], func(it item) bool {
					return it.isVerb() || it.g >= gCount && it.g <= gYesNo || it.g >= gBy && it.g <= gReturn || it.g >= gOf && it.g <= gFrom
				}) {
					// "sorts orders by date, name for the method?": nothing
					// follows the request; what came before, an action or
					// a relation, describes it ("an online store, what
					// should I call the function?" says neither: the setting)
					return append(slices.Clip(items[i:]), items[:i]...)
				}
				return items[i:]
			}
		}
	}
	for p := 0; p+2 < len(items); p++ {
		if !items[p].eng || items[p].g != gIn && items[p].g != gWith {
			continue
		}
		for k := p + 1; k < len(items); k++ {
			it := items[k]
			if kindGram(it.g) && k > p+1 {
				return items[k:]
			}
			if !settingWord(it) {
				break
			}
		}
	}
	return items
}

// readThenAct: "reads a file and parses it": reading is how the second
// action gets its object; the second action names the function
// (parseFile), as 파일 읽어서 파싱하는 does.
func readThenAct(items []item) []item {
	for i := 0; i+4 < len(items); i++ {
		j := i + 1
		if items[j].g == gStop {
			j++ // an article
		}
		if j+3 >= len(items) {
			break
		}
		v, o, a, w, it := items[i], items[j], items[j+1], items[j+2], items[j+3]
		if v.eng && v.t != nil && (v.t.en() == "read" || v.t.en() == "load" || v.t.en() == "open") && o.isNoun() && a.g == gAnd && w.isVerb() && w.eng && (it.surface == "it" || it.surface == "them") {
			items[i], items[i+1] = w, o
			return append(items[:i+2], items[j+4:]...)
		}
	}
	return items
}

// nounThenVerb: "order cancel", "cache clear": a bare English noun then a
// bare verb, nothing else, is the action on the thing (cancelOrder).
func nounThenVerb(items []item) []item {
	if len(items) == 2 && items[0].eng && items[0].isNoun() && items[1].eng && items[1].isVerb() && items[1].surface == items[1].t.en() {
		items[0], items[1] = items[1], items[0]
	}
	return items
}

// failureNoun: "login failure count", "payment failure reason": failure
// before a noun is the noun failure (loginFailureCount), not failed.
func failureNoun(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := &items[i]; it.eng && it.surface == "failure" && it.isAdj() && items[i+1].isNoun() {
			t := termOr("failure", 'n')
			it.t, it.words = t, t.Words
		}
	}
	return items
}

// settingWord: a word of "in my cli tool", "on stm32", "using gorm".
func settingWord(it item) bool {
	return it.g == gStop || it.g == gContext || it.eng && it.g == gNone && (it.t == nil || projectNouns.has(it.t.en()))
}

// sameWordObject: 로그 남기는, 로그 로깅하는: a noun that only says the
// verb again (log log) is no object.
func sameWordObject(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if n, v := items[i], items[i+1]; n.isNoun() && n.t != nil && n.part == partNone && v.isVerb() && v.t.en() == n.t.en() {
			return append(items[:i:i], items[i+1:]...)
		}
	}
	return items
}

// settingPlace: actix 웹서버에서, 레일즈 컨트롤러에서: the place after a
// framework that opens the question is where the code runs, not where
// the function works; so is the screen something is shown on.
func settingPlace(items []item) []item {
	if len(items) > 2 && contextWord(items[0]) {
		if it := &items[1]; it.isNoun() && it.t != nil && (it.part == partLoc || it.part == partFrom) && (projectNouns.has(it.t.en()) || typeRoles.has(it.t.en())) {
			it.part = partIgnore
		}
	}
	return items
}

// contextWord: a framework word (refine has made it a stop word by now).
func contextWord(it item) bool {
	m := koGrammar
	if it.eng {
		m = enGrammar
	}
	return it.g == gContext || it.g == gStop && m[strings.ToLower(it.surface)].g == gContext
}

// flagsObject: "parses flags", "registers the flags": flags an action
// works on are command-line flags, a thing, not the boolean kind.
func flagsObject(items []item) []item {
	verb := false
	for i := range items {
		it := &items[i]
		if it.eng && it.g == gBoolean && it.surface == "flags" && verb {
			t := termOr("flag", 'n')
			it.g, it.t, it.words, it.plural = gNone, t, t.Words, true
		}
		verb = verb || it.isVerb()
	}
	// 게시글 목록 불러오는 훅: a hook is a function (usePosts).
	for i := 1; i < len(items); i++ {
		p := i - 1
		for p > 0 && (items[p].t != nil && items[p].t.en() == "custom" || items[p].g == gContext) {
			p-- // 커스텀 훅, 리액트 훅
		}
		if it := items[i]; !it.eng && it.isNoun() && it.t != nil && (it.t.en() == "hook" || it.t.en() == "custom hook") && it.part == partNone && !items[p].eng && (items[p].isVerb() || items[p].g == gCheck || items[p].isNoun()) &&
			(i+1 == len(items) || items[i+1].g == gRequest) {
			if p < i-1 {
				items = slices.Delete(items, p+1, i)
				i = p + 1
			}
			items[i] = item{g: gFunction, surface: it.surface, known: true}
		}
	}
	return items
}

// costWords after -는 데 say what the action costs (쓰는데 걸린 시간).
var costWords = []string{"걸리", "걸린", "걸렸", "드는", "든", "필요", "소요"}

const reLeadClause = lazyRE(`^.{2,60}?(?:만드|만들|짜|쓰|개발하|구현하|작업하|작업 하|사용하|공부하|연습하|(?:프로젝트|앱|과제|게임|사이트|서버|봇|프로그램)인)는?데[,.]?\s+`)

// leadContext is the question without its opening 만드는데 clause (see
// leadClause), for the phrasebook: a line must not fire on the setting
// (api 서버 만드는데 jwt 토큰 검증하는 is verifying, not creating).
func leadContext(q string) string {
	if m := reLeadClause.FindStringIndex(q); m != nil && !hasAnyPrefix(q[m[1]:], costWords...) {
		return q[m[1]:]
	}
	return q
}
