package suggest

import (
	"slices"
	"strings"
	"sync"
)

// This file refines the items of a question before the frame is built:
// phrase patterns that span several items and that the item-by-item frame
// reading cannot see on its own.
//
//   - Korean negation: 안/못 before a verb (안 읽은 알림), -지 않은/-지 못한
//     after it (저장되지 않은 변경): the participle takes un- (unread).
//   - Sort order: 점수 높은 순으로, 가격 낮은 순, 좋아요 많은 순, 최신순,
//     내림차순, "newest first": the criterion and its direction.
//   - Maps: 맵, 해시맵, 딕셔너리, "map from A to B": a collection keyed by
//     something (scoresByPlayer).
//   - Framework and library names (라라벨에서, OkHttp, JPA): context, not part
//     of the name.

// Grammar of this file; numbered apart from grammar.go's list.
const (
	gNeg        gram = 230 + iota // 안, 못: the next verb is negated
	gNegAfter                     // 않다, 못하다 after -지: the verb before is negated
	gOrder                        // 순, 순으로: the phrase before is the sort criterion
	gDesc                         // 내림차순, descending, newest first
	gAsc                          // 오름차순, ascending, oldest first
	gMany                         // 많다: a criterion counted, sorted high first
	gFew                          // 적다
	gMapWord                      // 맵, map, dictionary: a keyed collection
	gContext                      // React, 라라벨: where the code lives, not what it is
	gAlpha                        // 가나다순, alphabetically: by name, ascending
	gBecome                       // 되다 written apart: 결제 (안) 된 주문
	gPluralNext                   // 여러, multiple: the next noun is plural
	gChunk                        // n개씩: pieces of a fixed size
	gCounter                      // 개, 장, 명: a counted noun is plural
	gKeep                         // 두다, 놓다 after -아/어: the state an action left
)

// extra is what refine found that the frame keeps beside its own fields.
type extra struct {
	dir       string   // "desc" or "asc": the sort direction asked for
	first     []string // the state a sort puts first (안 읽은 거 먼저, overdue ones first): unread
	newest    bool     // the direction is by age (최신순, newest first) with no criterion
	dirPhrase []string
	mapping   bool     // a map keyed by something
	need      bool     // 렌더링해야 하는지: needs/should
	all       bool     // 모든, all, every: the whole of a container
	only      bool     // 만, only: a selection, which is a filter
	has       []string // "whether the form has unsaved changes": what is had
	async     bool     // std::future 돌려주는: asynchronous
	stream    bool     // a Flow that emits X: named after X
	container []string // the stream's own word (flow, receiver)
	end       string   // "front" or "back": where an insert goes (맨 앞에, at the end)
	chunk     bool     // n개씩 나누기: chunks
	times     bool     // number of times X was used
	timesPP   string   // ... the participle (used)
	howMany   bool     // "how many": a count, even of a state
	steps     []step   // 주문을 취소하고 재고를 되돌리는: two actions in one
	job       string   // job, worker, task: the head a background job class is named with
	jobClass  bool     // a queued job: a class
	bys       []np     // every criterion, in order (set by assign)
	pred      np       // 관리자인지: the noun that is the predicate (set by assign)
}

func init() {
	add := func(g gram, words string) { addGrammar(koGrammar, words, gramWord{g: g}, false) }
	add(gNeg, "안 못")
	add(gOrder, "순 순으로 순서로 순서대로")
	add(gDesc, "내림차순 내림차순으로 역순 역순으로 높은순 많은순 큰순")
	add(gAsc, "오름차순 오름차순으로 낮은순 적은순 작은순")
	add(gAlpha, "가나다순 가나다순으로 알파벳순 알파벳순으로 사전순 사전순으로 이름순 이름순으로")
	add(gStop, "매일 매주 매달 매월 매시간 매분 매일밤 매일 밤 새벽마다 밤마다 주기적으로 정기적으로")
	add(gConstant, "매크로 매크로상수 define")
	add(gAsync, "백그라운드 백그라운드로 백그라운드에서 백그라운드스레드에서 백그라운드스레드 동시에 병렬로 한꺼번에")
	add(gPluralNext, "여러 여러개 여러개의 다수의 복수의 몇")
	add(gCounter, "개 장 명 권 건 마리 곳 편 대")
	add(gStop, "전부 모두 전체")
	add(gChunk, "개씩 개단위로 씩 장씩 명씩 건씩")
	add(gMapWord, "맵 해시맵 딕셔너리 해시테이블 사전형")
	add(gContext, "고루틴 라라벨 리덕스 리액트 장고 스프링 스프링부트 안드로이드 플러터 유니티 언리얼 코틀린 스위프트 파이썬 자바스크립트 타입스크립트 뷰 넥스트 익스프레스 레일즈 루비온레일즈 넷티 앵귤러 리코일 주스탄드 코루틴으로 장고에서 판다스 넘파이 파이토치 텐서플로 자바 루비 러스트 워드프레스 닷넷 파이큐티 티킨터 큐티 컴포즈 젯팩컴포즈 스윗유아이 스위프트유아이 넥스트제이에스 노드제이에스 엑스프레스 네스트 네스트제이에스 장고레스트")
	koGrammarVerbs["않다"] = gNegAfter
	koGrammarVerbs["못하다"] = gNegAfter
	koGrammarVerbs["되다"] = gBecome
	koGrammarVerbs["두다"] = gKeep
	koGrammarVerbs["놓다"] = gKeep
	koGrammarVerbs["많다"] = gMany
	koGrammarVerbs["적다"] = gFew

	en := func(g gram, words string) { addGrammar(enGrammar, words, gramWord{g: g}, true) }
	en(gDesc, "descending desc newest_first latest_first most_recent_first highest_first largest_first biggest_first longest_first heaviest_first most_expensive_first in_descending_order most_first from_highest_to_lowest highest_to_lowest from_largest_to_smallest largest_to_smallest from_newest_to_oldest newest_to_oldest from_most_to_least")
	en(gAsc, "ascending asc oldest_first earliest_first soonest_first lowest_first smallest_first cheapest_first shortest_first lightest_first nearest_first closest_first in_ascending_order from_lowest_to_highest lowest_to_highest from_smallest_to_largest smallest_to_largest from_oldest_to_newest oldest_to_newest from_least_to_most")
	en(gAlpha, "alphabetically alphabetical_order in_alphabetical_order")
	en(gConstant, "macro macros define")
	en(gAsync, "in_the_background concurrently in_parallel simultaneously")
	en(gPluralNext, "multiple several")
	en(gMapWord, "hashmap hash_map dictionary dict hash_table lookup_table")
	en(gContext, `react redux laravel django flask fast_api spring spring_boot jpa hibernate ok_http retrofit alamofire
		rails rake std goroutine active_record sidekiq celery asyncio tokio wpf win_forms swift_ui ui_kit jetpack_compose
		user_defaults android ios unity unreal vue angular svelte next_js nuxt nest_js graph_ql apollo
		pandas numpy py_torch pytorch tensor_flow tensorflow azure gcp kotlin typescript javascript python golang
		php java ruby csharp cpp node_js nodejs wordpress flutter dart dotnet asp_net ktor actix axum eloquent
		pyqt py_qt qt tkinter express express_js java_fx javafx swiftui embassy aiohttp ef_core efcore entity_framework`)
}

// descWords and ascWords are the criteria adjectives that say which end of
// the order comes first: 점수 높은 순 (high scores first) is descending.
const descWords lazySet = `high large long new latest recent popular expensive late slow`
const ascWords lazySet = `low small short old cheap early fast quick`

// refine rewrites the items of a question; see the top of the file.
func refine(items []item) ([]item, extra) {
	var x extra
	out := make([]item, 0, len(items))
	valueQ, fnQ, classQ := false, false, false
	for _, it := range items {
		switch it.g {
		case gClass, gEnum:
			classQ = true
		case gVariable, gConstant, gList, gCount, gBoolean, gMapWord:
			valueQ = true
		case gFunction:
			fnQ = true
		}
	}
	for i := range items {
		it := &items[i]
		// 바이트 수, how many bytes (were written): a unit counted is the
		// thing counted
		counted := i+1 < len(items) && items[i+1].g == gCount
		if it.eng {
			for j := max(0, i-2); j < i; j++ {
				counted = counted || items[j].g == gCount
			}
			j := i - 1 // the number of upload buffer bytes (number of bytes in the upload buffer)
			for j > 0 && items[j].isNoun() {
				j--
			}
			counted = counted || j >= 0 && j < i-1 && items[j].g == gCount && oneOf(strings.TrimSuffix(strings.ToLower(it.surface), "s"), "byte|bit|char|character|pixel|frame|token")
		}
		if it.g == gUnit && counted {
			w := strings.ToLower(it.surface)
			if !it.eng {
				w = pairGet("바이트=byte, 비트=bit, 글자=char, 픽셀=pixel, 프레임=frame, 토큰=token", it.surface)
			} else if l := guessLemma(w); l.plural {
				w = l.word
			}
			if w != "" {
				t := &Term{Words: []string{w}, Class: 'n'}
				it.g, it.t, it.words, it.known, it.plural = gNone, t, t.Words, true, it.eng
			}
		}
	}
	for i := 1; i < len(items); i++ {
		// 실패하면 재시도해주는 래퍼 함수: a wrapper that does something is
		// a function named for what it does (retryWithBackoff, withRetry),
		// not a wrapper that was done to
		if w, v := items[i], items[i-1]; !w.eng && w.t != nil && w.t.en() == "wrapper" && w.part == partNone && i+1 < len(items) && items[i+1].g == gFunction &&
			!v.eng && v.isVerb() && v.mood == moodMod && !v.form.passive() {
			items = append(items[:i:i], items[i+1:]...)
		}
	}
	for i := range items {
		it := &items[i]
		switch {
		case !it.eng:
		case it.isNoun() && it.t != nil && it.t.en() == "total" && i+1 < len(items) && items[i+1].g == gCount:
			// "total number of processed files": total qualifies the count
			// and goes first (total_processed_file_count, was
			// processed_total_…)
			it.t = &Term{Words: it.t.Words, Class: 'a'}
		case it.isAdj() && len(it.t.Words) == 1 && strings.EqualFold(it.surface, it.t.Words[0]+"s"):
			// "have normals": no English adjective takes -s; the word is a
			// plural noun (has_normals, was has_normal)
			it.t = &Term{Words: it.t.Words, Class: 'n'}
			it.plural = true
		}
	}
	if n := len(items); n > 2 && items[n-1].eng && items[n-1].g == gClass && strings.HasPrefix(strings.ToLower(items[n-1].surface), "class") &&
		slices.ContainsFunc(items, func(x item) bool { return x.g == gList || x.g == gCount }) {
		// "array of students enrolled in the beginner salsa class": a class
		// of a school, last, after the, with a list or count asked before
		// it, is a noun, no class asked ($enrolledStudents, was Enrollment)
		j := n - 2
		for j > 0 && items[j].isNoun() && n-1-j < 4 {
			j--
		}
		if items[j].g == gStop && oneOf(strings.ToLower(items[j].surface), "the|a|each|this|that|every") {
			t := termOr("class", 'n')
			items[n-1].g, items[n-1].t, items[n-1].words, items[n-1].known = gNone, t, t.Words, true
		}
	}
	for i := 1; i+1 < len(items); i++ {
		// 사용자 이메일 문자열 배열, 점수 정수 리스트: the element's type
		// between the thing held and its list says nothing the list does
		// not (userEmails, was strings first)
		if w := items[i]; !w.eng && w.part == partNone && w.rest == "" && w.t != nil && elementTypes.has(w.t.en()) && items[i-1].isNoun() && items[i-1].part == partNone && items[i+1].g == gList {
			items = append(items[:i:i], items[i+1:]...)
		}
	}
	for i := range items {
		// 버퍼에 쓰인 바이트 수: written to a place, not "used for" (용도로 쓰인)
		if it := &items[i]; i > 0 && !it.eng && it.g == gStop && (strings.HasPrefix(it.surface, "쓰인") || strings.HasPrefix(it.surface, "쓰여")) && items[i-1].part == partLoc {
			t := verbTerm("write")
			it.g, it.t, it.words, it.known, it.form = gNone, t, t.Words, true, formPassAdn
		}
		// 마커를 지도에 표시하는 함수: a function shows what a variable
		// only indicates (로딩 상태를 표시하는 변수)
		if it := &items[i]; it.g == gHolder && !it.eng && fnQ && !slices.ContainsFunc(items, valueKindWord) && strings.HasPrefix(it.surface, "표시") {
			t := termOr("show", 'v')
			it.setTerm(t)
		}
	}
	for i := 0; i < len(items); i++ {
		it := &items[i]
		if !it.eng && it.isVerb() && it.form == formNoun && it.part == partLoc && i+1 < len(items) && items[i+1].g == gAbsent {
			it.neg = true // 캐시에 없는지: not cached (was isCached, the opposite)
		}
		// 레코드 수, 모델 목록: a kind word counted or listed is a noun
		if !it.eng && it.surface == "모델" && i+1 < len(items) && items[i+1].g == gNone && items[i+1].t != nil && items[i+1].part == partSubj {
			it.g = gStop // 모델 학습이 끝났는지: the training's, no class asked
		}
		if !it.eng && it.g == gClass && i+1 < len(items) && (items[i+1].g == gCount || items[i+1].g == gList ||
			it.surface == "모델" && items[i+1].g == gNone && items[i+1].t != nil) {
			// (추천 모델 정확도, 모델 로딩됐는지: the model's, no class asked)
			if en := kindNouns.get(it.surface); en != "" {
				t := termOr(en, 'n')
				it.setTerm(t)
			}
		}
		// 등록된 리스너 목록, 콜백 개수: listeners held, not a handler asked for
		// (핸들러 배열 stays a kind: 시그널 번호별 핸들러 함수 포인터 배열)
		if !it.eng && it.g == gHandler && i+1 < len(items) && (items[i+1].g == gCount || items[i+1].g == gList) {
			if en := handlerRole(it.surface); en == "listener" || en == "callback" {
				t := termOr(en, 'n')
				it.setTerm(t)
			}
		}
		// 처리 완료된 레코드: a verbal noun then done is that verb's
		// participle (processed records), as 결제 완료 is paid
		if !it.eng && it.t != nil && it.g == gNone && it.form == formNoun && it.part == partNone && i+2 < len(items) {
			d, n := items[i+1], items[i+2]
			vt := it.t
			if vt.Class == 'n' {
				vt = verbTerm(vt.en()) // 업로드, 다운로드: nouns of verbs
			}
			if vt != nil && vt.Class == 'v' && !d.eng && d.t != nil && d.mood == moodMod && (d.t.en() == "done" || d.t.en() == "completed" || d.t.en() == "finished") &&
				(n.isNoun() || n.g == gClass && kindNouns.get(n.surface) != "") {
				it.t, it.words, it.form, it.mood, it.rest = vt, vt.Words, formPast, moodMod, d.rest
				items = append(items[:i+1], items[i+2:]...)
			}
		}
		// 적 캐릭터, 적 오브젝트: 적 before a noun, after no verb (본 적
		// 있는), is the enemy
		if !it.eng && it.surface == "적" && it.g == gStop && i+1 < len(items) && items[i+1].isNoun() && (i == 0 || !items[i-1].isVerb() && !items[i-1].isAdj()) {
			t := termOr("enemy", 'n')
			it.g, it.t, it.words, it.known, it.form, it.mood = gNone, t, t.Words, true, formNoun, moodNone
		}
		// 큐에 들어있는 요소 수: what sits in a place is of the place (the
		// queue's elements), not a contained thing
		if !it.eng && it.part == partLoc && it.isNoun() && i+3 < len(items) && (items[i+1].surface == "지금" || items[i+1].surface == "현재") {
			items = append(items[:i+1], items[i+2:]...) // 버퍼에 지금 들어있는
			it = &items[i]
		}
		if !it.eng && it.part == partLoc && it.isNoun() && i+2 < len(items) && items[i+1].mood == moodMod && !items[i+1].eng &&
			(items[i+1].g == gExist || items[i+1].t != nil && items[i+1].t.en() == "contain") && items[i+2].isNoun() {
			it.part = partNone
			items = append(items[:i+1], items[i+2:]...)
		}
		// 이번 달에 남은: a time with 에 is when, not where to
		if !it.eng && it.part == partLoc && it.t != nil && timeScope.has(it.t.en()) {
			it.part = partIgnore
		}
	}
	for i := 0; i+2 < len(items); i++ {
		// 큐에 대기중인 잡, 서버에 현재 붙어있는 클라이언트: where a state
		// holds is context for the thing in that state, not where the
		// function puts it
		k := i + 1
		for k+2 < len(items) && (items[k].surface == "현재" || items[k].surface == "지금") {
			k++
		}
		if a, b := &items[i], items[k]; !a.eng && a.part == partLoc && a.isNoun() && !b.eng && b.isAdj() && (b.part == partCopula || b.mood == moodMod) && (items[k+1].isNoun() || items[k+1].isVerbalNoun()) {
			a.part = partIgnore
		}
	}
	splitOrDivide(items)
	for _, group := range passGroups {
		for _, pass := range group {
			items = pass(items)
		}
	}
	items = comparedTo(items)
	for i := range items {
		// 작성자별로 묶은 해시: a hash that ends the question is Ruby's
		// keyed collection (비밀번호 해시 stays a hash).
		if it := items[i]; !it.eng && it.g == gNone && it.t != nil && it.t.en() == "hash" && it.part == partNone && headEnd(items, i) && i > 0 && !items[i-1].isNoun() {
			items[i].g = gMapWord
		}
	}
	// 로그인 최대 시도 횟수: a limit written inside a Korean noun phrase
	// applies to the whole phrase (MAX_LOGIN_ATTEMPTS); move it to the
	// front so the phrase reads as one.
	for i := 1; i+1 < len(items); i++ {
		switch items[i].g {
		case gMax, gMin, gDefault:
			p, n := items[i-1], items[i+1]
			var inPhrase func(it item) bool // the words before the limit that it moves in front of
			switch {
			case !p.eng && !n.eng && p.isVerb() && p.mood == moodMod && p.part == partNone && n.isNoun() && n.part == partNone &&
				i >= 2 && items[i-2].isNoun() && !items[i-2].eng && items[i-2].part == partNone: // (위치를 요청하는 기본 주기: clauseCompound)
				// 빵 굽는 기본 오븐 온도: the clause says which oven; the
				// default is the temperature's, as 기본 빵 굽는 오븐 온도
				inPhrase = func(it item) bool { return it.isNoun() && !it.eng && it.mood == moodNone && it.part == partNone }
			case !p.eng && !n.eng && p.g == gNone && p.part == partNone && p.mood == moodNone && p.form == formNoun && p.t != nil &&
				(n.isNoun() || n.g == gNone && n.t != nil && n.t.Class == 'v' && n.form == formNoun):
				inPhrase = func(it item) bool {
					return it.g == gNone && it.part == partNone && it.form == formNoun && !it.eng && it.mood == moodNone
				}
			default:
				continue
			}
			j := i - 1
			for j > 0 && inPhrase(items[j-1]) {
				j--
			}
			lim := items[i]
			copy(items[j+1:i+1], items[j:i])
			items[j] = lim
		}
	}
	for i, it := range items {
		if !it.eng && it.g == gNone && it.t != nil && it.t.en() == "class name" && (i+1 == len(items) || items[i+1].g == gRequest) {
			// 잡 클래스 이름 추천: the kind asked for, not a CSS class name.
			items[i] = item{g: gClass, surface: it.surface, known: true}
		}
	}
	items = dropAfterthought(items)
	x.steps = readSteps(items)
	var purpose []item // a purpose clause dropped (its nouns may qualify a bare attribute)
	for i := 0; i < len(items); i++ {
		it := items[i]
		if rest := strings.TrimLeft(it.rest, "아어여"); it.isVerb() && it.form != formNoun && prefixOf(rest, "둔|둘|둬|뒀|두|놓|놔|놨") {
			// 저장해둔, 받아놓은 written as one word: the verb and 두다.
			r := []rune(rest)
			aux := item{g: gKeep, mood: readEnding(formStem, string(r[1:]))}
			if r[0] == '놓' && len(r) > 1 && (r[1] == '은' || r[1] == '인') || r[0] == '둔' {
				aux.mood = moodMod
			}
			it.mood = moodConn
			out = append(out, it)
			keptState(out, aux, i+1 < len(items) && nounish(items[i+1]))
			continue
		}
		if n := len(out); n > 0 && it.g == gNone && it.form == formNoun && it.alt != nil && it.alt.Class == 'n' && it.t != nil && it.t.Class == 'v' &&
			(out[n-1].isVerb() || out[n-1].isAdj()) && (out[n-1].mood == moodMod || out[n-1].mood == moodFutMod || out[n-1].mood == moodConn && (strings.HasSuffix(out[n-1].rest, "야할") || strings.HasSuffix(out[n-1].rest, "야하는"))) {
			// 열어 둔 탭: after a modifier, 탭 is the tab, not a tap (and
			// 검토할 계약, 갱신해야 할 계약: the contract, not sign_contract).
			it.t, it.words, it.alt = it.alt, it.alt.Words, nil
		}
		if it.g == gNone && it.eng && it.t != nil && it.t.Class == 'v' && i+1 < len(items) && !items[i+1].eng && items[i+1].t != nil && items[i+1].t.Class == 'a' &&
			oneOf(items[i+1].t.en(), "failed|succeeded|completed|finished|done|timed out") {
			// fetch 실패하면 던질 에러: the fetch that failed, a noun before
			// a Korean state (FetchError; was ErrorFetcher)
			it.t = &Term{Words: it.t.Words, Class: 'n'}
			it.words = it.t.Words
		}
		if it.g == gNone && it.form == formNoun && it.alt != nil && it.alt.Class == 'n' && it.t != nil && it.t.Class == 'v' && !it.eng && it.part == partNone && it.rest == "" &&
			i+1 < len(items) && items[i+1].g == gList {
			// 요청 목록: a list of requests, not a function that requests
			// (the verb came first only by the glossary's file order)
			it.t, it.words, it.alt = it.alt, it.alt.Words, nil
		}
		if it.g == gNone && verbOf(&it) != nil && it.form == formNoun && it.part == partNone && !it.eng && i+1 < len(items) &&
			(strings.HasPrefix(it.rest, "중인") || it.rest == "" && items[i+1].g == gProgress && items[i+1].part == partCopula) {
			// 다운로드 중인 파일: an action in progress before a noun is
			// its -ing form (downloading files).
			j := i + 1
			if it.rest == "" {
				j++
			}
			if j < len(items) && nounish(items[j]) {
				it.t = verbOf(&it)
				it.words, it.form, it.mood, it.ing, it.alt = it.t.Words, formAdn, moodMod, true, nil
				out = append(out, it)
				i = j - 1
				continue
			}
		}
		if n := len(out); n > 0 && it.isVerb() && it.t.en() == "process" && it.form.passive() && it.mood == moodMod && !it.eng && !out[n-1].eng && out[n-1].part == partNone &&
			(out[n-1].isAdj() && out[n-1].form == formNoun || out[n-1].g == gNone && out[n-1].form == formNoun && verbOf(&out[n-1]) != nil) {
			// 숨김 처리된 댓글, 삭제 처리한: 처리 only makes the word before
			// a verb; that word is the state.
			p := &out[n-1]
			if !p.isAdj() {
				p.t = verbOf(p)
				p.words, p.alt, p.form = p.t.Words, nil, it.form
			}
			p.mood, p.neg, p.rest = it.mood, it.neg, it.rest
			continue
		}
		if skip := purposeEnd(items, i); skip > 0 {
			// 통계 내려고, 캐시 무효화하기 위해, 정렬하려면: why the value
			// exists is no part of its name.
			out, purpose = dropPurpose(out), append(out, it)
			i += skip - 1
			if i+1 < len(items) && items[i+1].isVerb() && items[i+1].t.en() == "write" && items[i+1].mood == moodMod {
				i++ // 유지하려고 쓰는 키: 쓰다 here is use, which says nothing
			}
			continue
		}
		if it.isVerb() && !it.eng && !it.neg && it.mood == moodMod && it.form == formStem && i+1 < len(items) && items[i+1].isNoun() && items[i+1].t != nil &&
			(attrHeads.has(items[i+1].t.en()) || items[i+1].t.en() == "time" || items[i+1].t.en() == "period") {
			// 폴링하는 간격, 재시도하는 지연 시간: the interval of an action
			// is named with the action (pollInterval), not a participle.
			it.t = &Term{Words: it.t.Words, Class: 'n', Korean: it.t.Korean}
			it.words, it.form, it.mood = it.t.Words, formNoun, moodNone
		}
		if it.isVerb() && !it.eng && it.mood == moodMod && i+1 < len(items) && nounish(items[i+1]) && cognate(it.surface, items[i+1].surface) {
			// 걸은 걸음, 춘 춤: the verb only says the noun again.
			continue
		}
		if it.g == gNone && !it.eng && it.t != nil && i+1 < len(items) && (items[i+1].isAdj() || items[i+1].isVerb() && items[i+1].form != formNoun) {
			switch e := it.t.en(); {
			case e == "current" && it.isAdj():
				// 지금 로그인해 있는, 현재 접속 중인: now is what a state
				// already says.
				continue
			case scopeNouns.has(e) && it.part == partNone && i+2 < len(items) && nounish(items[i+2]):
				// 오늘 걸은 걸음, 이번 주 가입한 회원: the time is the scope of
				// the whole phrase, said first (todayStepCount).
				it.t = &Term{Words: it.t.Words, Class: 'a', Korean: it.t.Korean}
				it.mood = moodMod
			}
		}
		switch it.g {
		case gKeep:
			// 저장해 둔 검색어, 받아 놓은 이미지: a kept state.
			if keptState(out, it, i+1 < len(items) && nounish(items[i+1])) {
				continue
			}
			it.g = gStop
		case gContext:
			// A framework named with a particle (라라벨에서) still ends the
			// phrase before it, like any noun would.
			it.g = gStop
		case gBecome:
			// 결제 된, 결제 안 된, 승인 안 됐는지: the verbal noun before, as a
			// passive verb, negated when 안 stood between.
			neg := false
			n := len(out)
			if n > 0 && out[n-1].g == gNeg {
				neg = true
				n--
			}
			if n > 0 {
				if v := verbOf(&out[n-1]); v != nil {
					c := out[n-1]
					c.t, c.words, c.alt = v, v.Words, nil
					c.form, c.mood, c.neg, c.part = passiveOf(it.form), it.mood, neg, partNone
					c.surface = out[n-1].surface + " " + it.surface
					out = append(out[:n-1], c)
					continue
				}
			}
			it.g = gStop
		case gExist:
			// 연결돼 있는지, 열려 있는, 정렬돼 있는지: the -아/어 form before 있다
			// is the state the action left (connected, open, sorted).
			if n := len(out); n > 0 && (out[n-1].isVerb() || out[n-1].isAdj()) && out[n-1].mood == moodConn &&
				(out[n-1].form == formInf || out[n-1].form == formPassInf || (out[n-1].form == formStem || out[n-1].form == formPassive) && prefixOf(out[n-1].rest, "어|아|여")) && (it.mood == moodQ || it.mood == moodPastQ || it.mood == moodMod) {
				// (정렬되어 있는지: the 어 written out after the stem)
				p := &out[n-1]
				switch {
				case it.mood == moodMod:
					p.mood, p.form = moodMod, formPassAdn
				case p.isAdj():
					p.mood = moodQ
				default:
					p.mood, p.form = moodPastQ, formPassInf
				}
				continue
			}
		case gNeg:
			// 안/못 right before a verb negates it; anything else (장바구니
			// 안의 상품: inside) says nothing for the name.
			if i+1 < len(items) && items[i+1].g == gBecome {
				break
			}
			if i+1 < len(items) && items[i+1].isVerb() && it.part == partNone {
				items[i+1].neg = true
				continue
			}
			it.g = gStop
		case gNegAfter:
			// 읽지 않은, 저장되지 않은: the verb before takes the mood of 않.
			if n := len(out); n > 0 && (out[n-1].isVerb() || out[n-1].isAdj()) {
				out[n-1].neg = true
				out[n-1].mood = it.mood
				continue
			}
			it.g = gStop
		case gMany, gFew, gNone:
			// 점수 높은 순으로, 좋아요 많은 순: criterion, adjective, 순.
			if i+1 < len(items) && items[i+1].g == gOrder && (it.g != gNone || it.isAdj()) {
				if n := len(out); n > 0 && out[n-1].isNoun() && out[n-1].part == partNone {
					dir := ""
					switch {
					case it.g == gMany:
						dir = "desc"
						out[n-1].plural = !(out[n-1].t != nil && out[n-1].t.Mass)
					case it.g == gFew:
						dir = "asc"
						out[n-1].plural = !(out[n-1].t != nil && out[n-1].t.Mass)
					case it.t != nil && descWords.has(it.t.en()):
						dir = "desc"
					case it.t != nil && ascWords.has(it.t.en()):
						dir = "asc"
					}
					if it.t != nil && dir != "" {
						// 별점 같으면 최신순: the tie is broken by age
						x.newest = x.newest || it.t.en() == "latest" || it.t.en() == "new" || it.t.en() == "recent" || it.t.en() == "old"
					}
					if dir != "" {
						out[n-1].part = partBy
						x.dir = dir
						i++ // 순
						continue
					}
				} else if it.isAdj() && it.t != nil && (descWords.has(it.t.en()) || ascWords.has(it.t.en())) {
					// 오래된 순으로, 최근 순: age alone is the order.
					x.dir = map[bool]string{true: "desc", false: "asc"}[descWords.has(it.t.en())]
					x.newest = it.t.en() == "latest" || it.t.en() == "new" || it.t.en() == "recent" || it.t.en() == "old"
					i++
					continue
				}
			}
			if it.g == gMany || it.g == gFew {
				it.g = gStop
			}
			// 최신순으로: a state with the 순 particle is the direction.
			if it.isAdj() && it.part == partBy && it.t != nil {
				if descWords.has(it.t.en()) {
					x.dir, x.newest = "desc", it.t.en() == "latest" || it.t.en() == "new" || it.t.en() == "recent"
					continue
				}
				if ascWords.has(it.t.en()) {
					x.dir, x.newest = "asc", it.t.en() == "old"
					continue
				}
			}
		case gStop:
			if (it.surface == "every" || it.surface == "each") && i+1 < len(items) && (items[i+1].g == gUnit || len(items[i+1].words) == 1 && scheduleNouns.has(items[i+1].words[0])) {
				// "every night", "each hour": when it runs, not what it does.
				i++
				continue
			}
			switch it.surface {
			case "only", "just":
				x.only = true
			case "then":
				// "by last name, then first name": a second criterion.
				if it.eng && hasGram(out, gBy) {
					out = append(out, item{g: gBy, eng: true, surface: it.surface, known: true})
					continue
				}
			case "거", "것":
				// 장바구니 상품 중에 품절된 거: "the sold-out ones among the cart
				// items" are the sold-out cart items.
				if r, ok := amongOnes(out); ok {
					out = r
					continue
				}
			case "all", "every", "everything", "모든", "전부", "전체", "싹", "모두":
				x.all = true
				if !it.eng {
					out = allOf(out, items, i)
					continue
				}
			case "for":
				// "attempts for a user", "size in bytes for the upload
				// endpoint": for after a noun says whom or where, not what.
				if n := len(out); n > 0 && it.eng && out[n-1].isNoun() && len(out[n-1].words) > 0 && attrHeads.has(out[n-1].words[len(out[n-1].words)-1]) {
					// "timeout for the payment API": the API's timeout.
					it.g = gOf
				} else if n > 0 && it.eng && (out[n-1].isNoun() || out[n-1].g == gUnit) {
					it.g = gIn
				}
			}
			// 렌더링해야 하는지, 바꿔야 할지: the verb before is needed.
			if n := len(out); n > 0 && out[n-1].isVerb() && strings.HasPrefix(out[n-1].rest, "야") && strings.HasPrefix(it.surface, "하") {
				out[n-1].mood = moodQ
				x.need = true
				continue
			}
		case gBy:
			// 무료 배송 기준 금액: 기준 before a value is the threshold.
			if !it.eng && it.surface == "기준" && it.rest == "" && i+1 < len(items) && items[i+1].isNoun() && valueNoun(items[i+1]) {
				th := thresholdTerm()
				n := items[i+1]
				n.t, n.words, n.surface = th, th.Words, it.surface+" "+n.surface
				out = append(out, n)
				i++
				continue
			}
		case gPluralNext:
			if i+1 < len(items) && (items[i+1].isNoun() || items[i+1].eng && items[i+1].t == nil) {
				// 여러 팟캐스트 에피소드를: the head of the noun run is plural
				j := i + 1
				for j+1 < len(items) && items[j].part == partNone && !items[j].eng && items[j+1].isNoun() && !items[j+1].eng {
					j++
				}
				items[j].plural = true
			} else {
				countedBefore(out, it.part) // 파일 여러 개, 사진 여러장
			}
			continue
		case gCounter:
			// 사진 세 장, 파일 3개를, 사용자 몇 명: the counter and its
			// number say the noun is plural; 세 개의 파일: the next one.
			if n := len(out); n > 0 && nativeNumber(out[n-1].surface) {
				out = out[:n-1]
			}
			if it.part == partGen {
				if i+1 < len(items) && items[i+1].isNoun() {
					items[i+1].plural = !(items[i+1].t != nil && items[i+1].t.Mass)
				}
			} else {
				countedBefore(out, it.part)
			}
			continue
		case gChunk:
			x.chunk = true
			continue
		case gCount:
			if it.eng && it.surface == "how many" {
				x.howMany = true
			}
			if it.eng && i+1 < len(items) && items[i+1].eng && (items[i+1].surface == "times" || items[i+1].surface == "time") {
				// "number of times a coupon has been used": timesUsed.
				x.times = true
				for j := i + 2; j < len(items); j++ {
					if items[j].eng && strings.HasSuffix(items[j].surface, "ed") && !strings.Contains(items[j].surface, " ") {
						x.timesPP = items[j].surface
						break
					}
				}
				out = append(out, it)
				i++
				continue
			}
		case gOrder:
			// 가격 순으로 written apart: the phrase before is the criterion.
			if n := len(out); n > 0 && out[n-1].isNoun() && out[n-1].part == partNone {
				out[n-1].part = partBy
			}
			continue
		case gDesc, gAsc:
			if it.g == gDesc {
				x.dir = "desc"
			} else {
				x.dir = "asc"
			}
			if it.eng && strings.HasSuffix(it.surface, " first") {
				x.dirPhrase = strings.Fields(it.surface)
				x.newest = x.newest || prefixOf(it.surface, "newest|latest|most recent|oldest|earliest")
			}
			// 가격 낮은 순으로, 좋아요 많은 순: the noun before is the criterion
			// (counted, so plural, when it is 많은/적은).
			if n := len(out); n > 0 && !it.eng && out[n-1].isNoun() && out[n-1].part == partNone {
				out[n-1].part = partBy
				if strings.HasPrefix(it.surface, "많") || strings.HasPrefix(it.surface, "적") {
					out[n-1].plural = !(out[n-1].t != nil && out[n-1].t.Mass)
				}
			}
			continue
		case gAlpha:
			// 이름순, alphabetically: by name.
			name := getNameTerm()
			if it.eng {
				out = append(out, item{g: gBy, eng: true})
			}
			out = append(out, item{t: name, words: name.Words, part: partBy, surface: it.surface, known: true, eng: it.eng})
			continue
		case gMapWord:
			if !it.eng && it.part == partDir {
				// JSON 문자열을 딕셔너리로 바꾸는: what it turns into, a dict
				w := "map"
				if strings.Contains(it.surface, "딕셔너리") || strings.Contains(it.surface, "사전") {
					w = "dict"
				}
				t := termOr(w, 'n')
				it.setTerm(t)
				break
			}
			if !it.eng && it.surface == "맵" && (strings.HasPrefix(it.rest, "의") || i+1 < len(items) && items[i+1].isNoun()) {
				// 게임 맵의 타일, 맵 크기: a map that owns something is a
				// place (a game or web map), not a keyed collection.
				t := termOr("map", 'n')
				it.setTerm(t)
				break
			}
			if it.eng && !mapPosition(items, i) {
				// "every entry in a hash table": the container, a noun.
				t := termOr(it.surface, 'n')
				it = item{t: t, words: t.Words, surface: it.surface, known: true, eng: true}
				break
			}
			x.mapping = true
			it.g = gList
		}
		if n := len(out); it.eng && it.g == gBy && strings.EqualFold(it.surface, "per") && n > 2 && out[n-1].isNoun() && out[n-2].g == gTo && i+2 == len(items) && items[i+1].g == gNone && items[i+1].t != nil && items[i+1].t.Class == 'u' &&
			slices.ContainsFunc(out, func(o item) bool { return o.g == gList }) {
			break // "map from material to price per kg": the value's unit goes (prices_by_material, was no name)
		}
		if n := len(out); it.eng && it.g == gClass && n > 1 && out[n-1].isNoun() && i+1 < len(items) && items[i+1].g == gTo && slices.ContainsFunc(out, func(o item) bool { return o.g == gList }) {
			continue // "HashMap from material type to price": the key's kind word goes (prices_by_material, was the class Price)
		}
		if j := len(out) - 1; it.eng && (it.g == gClass || it.g == gHandler) && slices.ContainsFunc(out, func(o item) bool { return o.g == gList }) {
			for j > 0 && j > len(out)-4 && (out[j].isNoun() || out[j].g == gStop) {
				j--
			}
			if j > 0 && out[j].g == gTo {
				// "map from route path to component", "to its Transform
				// component": the map's value, a noun, no class asked
				// (componentsByRoutePath, was no name)
				t := termOr(strings.ToLower(it.surface), 'n')
				it.g, it.t, it.words, it.known = gNone, t, t.Words, true
			}
		}
		if it.eng && it.g == gNone && it.t != nil && it.t.Class != 'v' && len(out) > 0 && (out[len(out)-1].g == gThat || out[len(out)-1].g == gFunction) {
			// "function that frees ...": a word that can be a verb, right
			// after "that", is the verb.
			if vt := englishVerb(it.surface); vt != nil {
				it.t, it.words, it.plural, it.third = vt, vt.Words, false, true
			} else if n := len(out); it.t.Class == 'n' && it.plural && n > 1 && out[n-1].g == gThat && out[n-2].g == gFunction && i+1 < len(items) && (items[i+1].g == gStop || items[i+1].isNoun()) {
				// "fn that seats a guest": a noun used as a verb (seatGuest,
				// was getSeatGuest)
				it.t = &Term{Words: it.t.Words, Class: 'v'}
				it.plural, it.third = false, true
			}
		}
		if !it.eng && it.g == gNone && it.t != nil && it.t.Class == 'v' && it.form == formNoun && it.part == partNone && it.mood == moodNone &&
			(strings.HasPrefix(it.rest, "들") || i+1 < len(items) && (items[i+1].g == gCount || items[i+1].g == gList && i > 0 && (items[i-1].isAdj() || items[i-1].isNoun()) ||
				items[i+1].g == gHolder && i+2 < len(items) && items[i+2].g == gList)) {
			// 웹소켓 연결 수, 로그인 횟수: the verbal noun before a count is
			// the thing counted; 활성 연결 목록: before a list, the thing
			// listed; 요청(들) 담아두는 배열: what a list holds; 요청들: a
			// plural is things, not doing.
			it.asNoun()
			it.plural = it.plural || strings.HasPrefix(it.rest, "들")
		}
		if n := len(out); it.eng && it.g == gNone && it.t != nil && it.t.Class == 'v' && strings.HasSuffix(it.surface, "s") && n > 1 && out[n-1].isAdj() && (out[n-2].g == gCount || out[n-2].g == gList) {
			// "the number of unique visits": after a count and an
			// adjective, a verb's -s form is its things (was the verb visit)
			it.asNoun()
			it.plural, it.third = true, false
		}
		if it.eng && it.g == gNone && keywordContext.has(it.surface) && i+1 < len(items) && (items[i+1].g == gFunction || items[i+1].g == gVariable || items[i+1].g == gClass) {
			// "suspend 함수", "static method": the language keyword is no
			// part of the name.
			continue
		}
		if !it.eng && (it.isVerb() || it.isAdj()) && !fnQ && it.mood == moodFutMod && (valueQ || classQ || typeHead(items)) && i+1 < len(items) &&
			(items[i+1].isNoun() || items[i+1].isAdj() && items[i+1].mood == moodNone || items[i+1].g == gBoolean || items[i+1].g == gVariable || items[i+1].g == gConstant || items[i+1].g == gList) {
			// 바인딩할 연락처 컬렉션, 보여줄 회원 수: what the value is for is
			// context; the value is the noun.
			continue
		}
		if !it.eng && it.isVerb() && it.mood == moodMod && !it.neg && obtainVerbs.has(it.t.en()) && !it.form.passive() && i+1 < len(items) && items[i+1].isNoun() && len(out) > 0 &&
			(out[len(out)-1].part == partFrom || out[len(out)-1].part == partSubj) {
			// 린터가 찾은 경고, $_FILES에서 꺼낸 파일: where a value came from is
			// context, not a quality of it (메시지가 수신된 시각 is when the
			// message was received).
			continue
		}
		if !it.eng && (it.isNoun() || it.g == gNone && it.form == formNoun && it.t != nil) && strings.HasPrefix(it.rest, "만") && !strings.HasPrefix(it.rest, "만큼") {
			// IP 요청만: 만 marks what is kept, the object of a selection.
			x.only = true
			it.part = partObj
		}
		if !it.eng && it.isAdj() && it.t != nil && it.t.en() == "equal" && it.mood == moodWhen {
			// 점수 내림차순, 같으면 이름순: the tie-breaker follows.
			continue
		}
		if it.g == gNone && it.t != nil && jobWords.has(it.t.en()) && (nextKindish(items, i) || !it.eng && onlyGrams(items[i+1:], gAsync, gStop) || it.eng && i+1 < len(items) && items[i+1].surface == "for") && len(out) > 0 &&
			(out[len(out)-1].isVerb() || out[len(out)-1].g == gContext || out[len(out)-1].g == gStop || out[len(out)-1].isAdj() || out[len(out)-1].g == gNone && it.eng) {
			// 엑셀 내보내기 하는 잡 클래스, Sidekiq worker that syncs ...: the
			// job word is the kind of class, named after its work.
			x.job = it.t.en()
			if n := len(out); out[n-1].eng && (out[n-1].surface == "queued" || out[n-1].surface == "queueable") ||
				oneOf(strings.ToLower(out[n-1].surface), "sidekiq|resque|activejob|laravel|hangfire|rails|사이드킥|라라벨|레일즈") {
				// (sidekiq job that charges the subscription: a class, was
				// a charge_subscription function)
				x.jobClass = true // a queued job (Laravel, Rails) is a class
				if out[n-1].g != gContext {
					out = out[:n-1]
				}
			}
			for n := len(out); n > 0 && out[n-1].isAdj() && out[n-1].mood != moodMod; n-- {
				out = out[:n-1] // scheduled job, ActiveJob: about the job
			}
			continue
		}
		if (it.isAdj() || it.isVerb() && (it.form.passive() || it.form == formNoun && it.part == partNone)) && !it.eng && i+1 < len(items) && items[i+1].isNoun() && items[i+1].part == partCopulaQ &&
			items[i+1].t != nil && stateHeads.has(items[i+1].t.en()) {
			// 공개 상태인지, 재시도 가능한 종류인지: the state is the predicate;
			// 상태/종류 add nothing.
			it.part, it.mood = partCopulaQ, moodQ
			if it.isVerb() {
				// 취소 상태인지: cancelled.
				it.part, it.mood, it.form = partNone, moodPastQ, formPassPast
			}
			out = append(out, it)
			i++
			continue
		}
		if it.eng && it.g == gRequest && it.surface == "names" && len(out) > 0 && out[len(out)-1].eng && out[len(out)-1].isVerb() {
			// "function that formats names", "sorts names": the object, not
			// the ask (were no name, sort)
			t := termOr("name", 'n')
			it = item{t: t, words: t.Words, eng: true, surface: it.surface, known: true, plural: true}
		}
		if it.isNoun() && it.t != nil && it.t.en() == "unit" && len(out) > 0 && out[len(out)-1].g == gUnit {
			// KB 단위, 초 단위: the unit said again.
			continue
		}
		if it.eng && it.g == gNone && (it.surface == "until" || it.surface == "unless") && len(out) > 0 && hasVerbItem(out) {
			// "retries ... until the context is cancelled": when it stops is
			// no part of the name.
			break
		}
		if it.eng && it.g == gNot && i+1 < len(items) && items[i+1].eng && (items[i+1].ing || items[i+1].surface == "including") {
			// ", not counting the NUL terminator": a remark to the end.
			break
		}
		if it.eng && it.g == gNone && it.t == nil && i+1 < len(items) && !items[i+1].eng && (items[i+1].isNoun() || items[i+1].g == gNone && items[i+1].form == formNoun && items[i+1].t != nil) {
			// UART 수신 버퍼: an English word before a Korean noun is a noun.
			it.t = &Term{Words: it.words, Class: 'n'}
		}
		if it.eng && it.g == gProgress && (it.surface == "still" || it.surface == "currently") && i+1 < len(items) && items[i+1].isAdj() {
			// "still active": the state, not an activity in progress.
			continue
		}
		if it.eng && it.g == gNone && it.t == nil && (it.surface == "has" || it.surface == "have") && asksWhether(out) && perfectAfter(items, i+1) {
			// "whether the rider has already picked up the order": the
			// perfect reads as the past (isOrderPickedUp, hasPickedUpOrder),
			// not possession (was hasPickedUpOrders).
			continue
		}
		if it.eng && it.g == gNone && it.t == nil && (it.surface == "has" || it.surface == "have" || it.surface == "contains") && asksWhether(out) {
			// "whether the form has unsaved changes": possession.
			it = item{g: gExist, mood: moodQ, eng: true, surface: it.surface, known: true}
			for j := i + 1; j < len(items) && items[j].eng && (items[j].isAdj() || items[j].isNoun() || items[j].g == gStop || items[j].isVerb() && items[j].third); j++ {
				switch {
				case items[j].isVerb():
					// "pending edits": a plural read as a verb.
					ws := append([]string{}, items[j].words...)
					ws[len(ws)-1] = plural(ws[len(ws)-1])
					x.has = append(x.has, ws...)
				case items[j].isAdj():
					x.has = append(x.has, items[j].words...)
				case items[j].isNoun():
					ws := append([]string{}, items[j].words...)
					if items[j].plural && len(ws) > 0 {
						ws[len(ws)-1] = pluralOf(items[j].t, ws[len(ws)-1])
					}
					x.has = append(x.has, ws...)
				}
			}
		}
		if it.g == gNone && it.eng && len(it.words) > 0 && (it.words[len(it.words)-1] == "future" || it.words[len(it.words)-1] == "promise") &&
			i+1 < len(items) && items[i+1].g == gReturn && !items[i+1].eng {
			// std::future 돌려주는: the result comes later; the function is
			// asynchronous, the future no part of its name.
			x.async = true
			continue
		}
		if x.stream && it.eng && it.g == gWhen {
			// "a Flow that emits search results after the user stops
			// typing": when it emits is not what it holds.
			break
		}
		if it.eng && it.g == gNone && it.t != nil && it.t.Class == 'n' && strings.HasSuffix(it.surface, "ing") && !strings.Contains(it.surface, " ") &&
			it.surface != it.t.en() && !strings.HasSuffix(it.t.en(), "ing") {
			// "incoming" is not "income": an -ing word read as an unrelated
			// noun stays the word it is, a modifier.
			it.t = &Term{Words: []string{it.surface}, Class: 'a'}
			it.words = it.t.Words
		}
		if it.eng && it.g == gNone && len(it.words) > 0 && streamWords.has(lastField(it.surface)) && i+1 < len(items) && (items[i+1].g == gThat &&
			i+2 < len(items) && items[i+2].g == gNone && len(items[i+2].words) == 1 && emitVerbs.has(items[i+2].words[0]) || streamOf(items, i)) {
			// "a Flow that emits X", "the channel receiver that yields X":
			// the variable is named after X.
			x.stream = true
			x.container = []string{lastField(it.surface)}
			for n := len(out); n > 0 && (out[n-1].isNoun() || out[n-1].isAdj()) && out[n-1].eng; n-- {
				out = out[:n-1] // channel receiver, StateFlow: the type's own words
			}
			if items[i+1].g == gThat {
				items[i+2] = item{g: gHolder, eng: true, surface: items[i+2].surface, known: true}
			}
			continue
		}
		if koreanStream(items, i) { // kindhead.go
			x.stream = true
			x.container = []string{lastField(it.surface)}
			for n := len(out); n > 0 && (out[n-1].isNoun() && out[n-1].eng || out[n-1].isVerb() && !out[n-1].eng && emitKo.has(out[n-1].t.en())); n-- {
				out = out[:n-1] // StateFlow's state; 내보내는, 관찰하는: what every stream does
			}
			continue
		}
		if it.isNoun() && it.t != nil && (it.part == partLoc || it.eng && len(out) > 0 && (out[len(out)-1].g == gStop || out[len(out)-1].g == gTo || out[len(out)-1].g == gIn)) {
			// 맨 앞에 넣기, add at the end: the end of a sequence, not a place.
			end := pairGet("front=front, beginning=front, head=front, start=front, back=back, end=back, tail=back", it.t.en())
			if end != "" {
				x.end = end
				if n := len(out); n > 0 && out[n-1].isNoun() && out[n-1].part == partNone && !it.eng {
					out[n-1].part = partLoc // 연결 리스트 맨 앞에: into the list
				}
				continue
			}
		}
		if !it.eng && it.isNoun() && it.t != nil && (it.t.en() == "action" || it.t.en() == "logic") && len(out) > 0 && out[len(out)-1].isVerb() &&
			out[len(out)-1].mood == moodMod && (i+1 == len(items) || items[i+1].g == gRequest) {
			// 상품 추가하는 액션 이름: the action is what is named.
			it = item{g: gFunction, surface: it.surface, known: true}
		}
		if it.eng && it.g == gNone && len(out) > 0 && (out[len(out)-1].g == gVariable || out[len(out)-1].g == gThat) {
			switch it.surface {
			case "tracking", "tracks", "counting", "counts", "storing", "stores", "recording", "records":
				// "variable tracking how many ...": what it holds follows;
				// a function that counts lines counts them (countLines, was
				// getLines).
				counting := it.surface == "counts" || it.surface == "counting"
				switch {
				case slices.ContainsFunc(out, func(p item) bool { return p.g == gFunction }):
					// the verb stays (a method that records the payment:
					// recordPayment, was getPayment)
				case counting && i+1 < len(items) && items[i+1].t != nil && !(items[i+1].t.Class == 'v' && items[i+1].third):
					// "variable that counts failed logins": the number of them
					out = append(out, item{g: gHolder, eng: true, surface: it.surface, known: true})
					it = item{g: gCount, eng: true, surface: "number of", known: true}
				default:
					it = item{g: gHolder, eng: true, surface: it.surface, known: true}
				}
			}
		}
		if (it.g == gCheck || it.g == gNone && it.t != nil && (it.t.en() == "check" || it.t.en() == "verify" || it.t.en() == "validate")) &&
			!it.eng && it.form == formNoun && it.mood == moodNone && len(out) > 0 &&
			(out[len(out)-1].mood == moodQ || out[len(out)-1].mood == moodPastQ || out[len(out)-1].part == partCopulaQ) {
			// 댓글이 있는지 확인: the check is the question itself.
			it.g = gStop
		}
		if it.isNoun() && it.t != nil && (it.t.en() == "pointer" || it.t.en() == "reference") && len(out) > 0 && out[len(out)-1].isNoun() && out[len(out)-1].part == partNone {
			// 스프라이트 포인터들: how they are held, not what they are.
			out[len(out)-1].plural = out[len(out)-1].plural || it.plural
			out[len(out)-1].part = it.part
			continue
		}
		if !it.eng && it.isNoun() && len(it.words) > 0 && it.words[len(it.words)-1] == "result" && !hasGram(items, gCount) {
			// 자동완성 결과를 담는 변수: results.
			it.plural = true
		}
		if !it.eng && it.isAdj() && it.t != nil && it.t.en() == "available" && it.mood == moodMod && len(out) > 0 &&
			out[len(out)-1].g == gNone && out[len(out)-1].t != nil && out[len(out)-1].form == formNoun && out[len(out)-1].part == partNone {
			// 업로드 가능한 최대 크기: what can be uploaded; the action names it.
			if i+1 < len(items) && (items[i+1].isNoun() && !items[i+1].eng && items[i+1].t != nil && !sizeNouns.has(lastWord(items[i+1].words)) && !isPerson(lastWord(items[i+1].words)) || items[i+1].surface == "것") {
				// 대출 가능한 책: the books one can borrow are the available
				// books (was loanBooks); 목록에서 대여 가능한 것만 too
				out[len(out)-1] = it
			}
			continue
		}
		if !it.eng && it.isVerb() && it.mood == moodMod && i+1 < len(items) && items[i+1].isNoun() && it.t != nil &&
			strings.Contains(" "+strings.Join(items[i+1].words, " ")+" ", " "+it.t.en()+" ") {
			// 그려진 드로우 콜: the participle says again what the noun says.
			continue
		}
		if it.eng && it.isVerb() && it.third && len(out) > 0 && (out[len(out)-1].g == gCount || out[len(out)-1].g == gMax || out[len(out)-1].g == gMin || out[len(out)-1].g == gList || out[len(out)-1].g == gOf) {
			// "max number of retries": a plural after a count word is a
			// noun; so after of ("hash of bids keyed by lot": bids_by_lot,
			// was the function bid_by_lot_number).
			it.t = &Term{Words: it.t.Words, Class: 'n'}
			it.words, it.plural, it.third = it.t.Words, true, false
		}
		if it.g == gIn && it.eng && x.all && (it.surface == "in" || it.surface == "inside") {
			// "frees every node in a linked list": the container.
			it.g = gFrom
		}
		if it.g == gNone && !it.eng && it.isAdj() && it.t != nil && it.t.en() == "current" && i+1 < len(items) &&
			(items[i+1].mood == moodMod && (items[i+1].isVerb() || items[i+1].isAdj())) {
			// 현재 활성화된 연결: "current" adds nothing to a state.
			continue
		}
		if it.g == gNone && it.eng && it.t != nil && it.t.Class == 'n' && (it.t.en() == "map" || it.t.en() == "hash map" || it.t.en() == "dictionary") && mapPosition(items, i) {
			x.mapping = true
			it = item{g: gList, surface: it.surface, known: true, eng: true}
		}
		out = append(out, it)
	}
	return nounsInPlace(eventCount(concurrentMany(purposeOwner(out, purpose)))), x
}

// mapPosition: an English "map" names the container ("a map from ids to
// users", "the map that caches ...") when it opens the phrase and what
// follows says what it holds.
func mapPosition(items []item, i int) bool {
	for j := i - 1; j >= 0 && items[j].eng; j-- {
		if items[j].g == gStop {
			continue
		}
		switch items[j].g {
		case gFrom, gIn, gTo, gWith, gOf:
			// "in a hash table", "from the map": a place, not the thing named.
			return false
		}
		break
	}
	if i+1 >= len(items) || foundIn(items, i) {
		return true
	}
	switch items[i+1].g {
	case gFrom, gOf, gThat, gBy, gFunction, gVariable, gConstant:
		return true
	}
	return false
}

// foundIn: 세션 찾는 HashMap 이름: an English container after a Korean
// clause of finding, the request after it, is what things are found in by
// their key.
func foundIn(items []item, i int) bool {
	if i == 0 {
		return false
	}
	v := items[i-1]
	return !items[i+1].eng && headEnd(items, i) && !v.eng && v.isVerb() && v.mood == moodMod && oneOf(v.t.en(), "find|look up|search")
}

func getNameTerm() *Term {
	g := loadGlossary()
	for _, t := range g.en["name"] {
		if t.Class == 'n' {
			return t
		}
	}
	return &Term{Words: []string{"name"}, Class: 'n'}
}

// unWords are the verbs whose negated participle is one un- word.
const unVerbs lazySet = `read save use pay verify answer send process confirm assign publish sync resolve check
	select see sign approve load submit handle commit schedule track claim authorize
	authenticate register subscribe finish complete open review label tag watch view play ship
	deliver fulfill settle lock initialize install`

// negParticiple is the participle of a negated verb: unread, unsaved, or
// "not deleted" when English has no un- word for it.
func negParticiple(t *Term) []string {
	pp := participle(t, t.en())
	if a, ok := relUnless.lookup(t.en()); ok && strings.HasPrefix(a, "un") && !strings.Contains(a, " ") {
		return []string{a} // 안 들은 에피소드: unplayed (relative.go's table, as "episodes not listened to")
	}
	if unVerbs.has(t.en()) && !strings.Contains(pp, " ") {
		return []string{"un" + pp}
	}
	return append([]string{"not"}, splitWords(pp)...)
}

// englishPlural reads a Korean word that is only 들 and a particle, written
// after an English noun (id들을, item들).
func englishPlural(w string) (bool, particle) {
	if !strings.HasPrefix(w, "들") {
		return false, partNone
	}
	rest := strings.TrimPrefix(w, "들")
	p := readParticle(rest)
	if rest != "" && p == partNone {
		return false, partNone
	}
	return true, p
}

// verbOf is the verb an item stands for: itself, or the verb spelled like
// its noun (결제: payment, pay).
func verbOf(it *item) *Term {
	if it.t != nil && it.t.Class == 'v' {
		return it.t
	}
	if it.alt != nil && it.alt.Class == 'v' {
		return it.alt
	}
	return nil
}

// applyExtra keeps what refine found in the frame.
func (f *frame) applyExtra(x extra) {
	pred, bys := f.x.pred, f.x.bys
	f.x = x
	f.x.pred, f.x.bys = pred, bys
	if v := f.verb; v != nil && v.t != nil {
		switch {
		case x.only && v.t.en() == "extract" && !f.source.empty() && !sourceIsList(&f.source):
			// 로그 파일에서 IP 주소만 뽑아내는, HTML에서 링크만: what is taken
			// out of a text is extracted, not filtered (extract_ip_addresses),
			// and what is taken out are many
			if n := len(f.obj.nouns); n > 0 && !massy(&f.obj) {
				f.obj.nouns = slices.Clone(f.obj.nouns)
				f.obj.nouns[n-1].plural = true
			}
		case x.only && selectVerbs.has(v.t.en()):
			// 활성 사용자만 골라내기, returns only the active users: a filter.
			c := *v
			c.t = termOr("filter", 'v')
			f.verb = &c
		}
	}
	if x.need {
		f.boolean = true
	}
	if x.async {
		f.async = true
	}
	if (x.howMany || x.times) && f.boolean {
		// "how many clients are connected": a count, not a yes/no.
		f.boolean = false
	}
	if (x.job == "worker" || x.job == "consumer" || x.jobClass) && f.kinds == [4]bool{} {
		// "Sidekiq worker that ...": the worker is a class.
		f.kinds[3] = true
	}

	if v := f.verb; v != nil && v.t != nil && f.by.empty() && !f.with.empty() && (lookupVerbs.has(v.t.en()) || getVerbs.has(v.t.en()) && keyNoun(&f.with)) {
		// 이메일로 회원 찾기, find by email: the means of a lookup is its key.
		f.by, f.with = f.with, np{}
	}
	if v := f.verb; v != nil && v.t != nil && f.target.empty() && !f.with.empty() && !f.obj.empty() && movedTo.has(v.t.en()) {
		// 파일을 백업 폴더로 옮기는, 게시글을 휴지통으로: where a thing is
		// moved is its destination (moveFileToBackupFolder), not a means.
		f.target, f.with = f.with, np{}
	}
	if durationUnits.has(f.unit) {
		// 토큰 만료 시간 (초): a duration until expiry is a TTL.
		for _, p := range []*np{&f.obj, &f.topic, &f.subj} {
			if n := len(p.nouns); n > 0 && p.nouns[n-1].t != nil && p.nouns[n-1].t.en() == "expires at" {
				ttl := ttlTerm()
				p.nouns[n-1].t, p.nouns[n-1].words = ttl, ttl.Words
			}
		}
	}
}

const lookupVerbs lazySet = "find, search, filter, query, look up, select, lookup, sort, group"

// getVerbs look something up by a key (ID로 사용자 조회) but also fetch
// with a means (백오프로 가져오기); only a key makes the phrase a criterion.
const getVerbs lazySet = `get fetch load read delete remove update`

func keyNoun(p *np) bool {
	h := p.headWords(false)
	if len(h) == 0 {
		return false
	}
	return keyHeads.has(h[len(h)-1])
}

const keyHeads lazySet = `id ids email name key code slug username phone category tag status date type title uuid token number barcode sku isbn`

// durationUnits are the units of time a value and its name end in
// (SESSION_TTL_MINUTES, elapsed_ns).
const durationUnits lazySet = `ns us ms seconds minutes hours days`

// movedTo are verbs whose (으)로 phrase is where the thing goes.
const movedTo lazySet = `move copy transfer redirect relocate migrate forward`

// valueKindWord: 변수, 상수, 플래그: the question asks for a value by name.
func valueKindWord(it item) bool { return it.g == gVariable || it.g == gConstant || it.g == gBoolean }

func termOr(en string, class byte) *Term {
	for _, t := range loadGlossary().en[en] {
		if t.Class == class && t.en() == en {
			return t
		}
	}
	return &Term{Words: splitWords(en), Class: class}
}

func ttlTerm() *Term       { return termOr("ttl", 'n') }
func thresholdTerm() *Term { return termOr("threshold", 'n') }

// valueNoun: a noun that names a value (금액, 값, 점수, 온도 ...), which 기준
// before it makes a threshold.
func valueNoun(it item) bool {
	if it.t == nil {
		return false
	}
	return valueHeads.has(it.t.en())
}

const valueHeads lazySet = `amount value score price temperature count level point rate ratio percentage speed size time distance`

// englishVerb is the glossary verb an English word is a form of (frees:
// free), or nil.
func englishVerb(word string) *Term {
	g := loadGlossary()
	for _, l := range lemmas(word) {
		for _, t := range g.en[l.word] {
			if t.Class == 'v' {
				return t
			}
		}
	}
	return nil
}

// verbNoun is the glossary noun of a verb's action (connect: connection,
// register: registration, rent: rental), or nil.
func verbNoun(v *Term) *Term {
	if len(v.Words) != 1 {
		return nil
	}
	e := v.Words[0]
	g := loadGlossary()
	for _, c := range []string{e + "ion", e + "ation", strings.TrimSuffix(e, "e") + "ion", strings.TrimSuffix(e, "e") + "ation", e + "ment", eventNounsOf.get(e)} {
		for _, t := range g.en[c] {
			if t.Class == 'n' && t.en() == c {
				return t
			}
		}
	}
	return nil
}

// keywordContext are language keywords a question names its function by
// (suspend 함수, static method).
const keywordContext lazySet = `suspend static private public protected inline virtual override abstract extension pure
	internal local global instance member exported unexported`

// obtainVerbs say where a value came from (found, fetched, popped).
const obtainVerbs lazySet = `find get fetch pop take receive load read extract retrieve pull collect`

// asksWhether: a yes/no question so far ("whether", "check whether").
func asksWhether(items []item) bool { return hasGram(items, gYesNo) || hasGram(items, gCheck) }

func hasGram(items []item, g gram) bool {
	for _, it := range items {
		if it.g == g {
			return true
		}
	}
	return false
}

// amongOnes rewrites "A 중(에서) B한" at the end of items (before 거/것)
// as "B한 A": the modifiers move before the nouns of A, which become the
// object. ok is false when items do not end so.
func amongOnes(items []item) ([]item, bool) {
	n := len(items)
	m := n
	for m > 0 && (items[m-1].isVerb() || items[m-1].isAdj()) && items[m-1].mood == moodMod {
		m--
	}
	if m == n || m == 0 || items[m-1].g != gProgress || !strings.HasPrefix(items[m-1].surface, "중") {
		return nil, false
	}
	j := m - 1
	for j > 0 && items[j-1].isNoun() && !items[j-1].eng {
		j--
	}
	if j == m-1 {
		return nil, false
	}
	out := append([]item{}, items[:j]...)
	out = append(out, items[m:]...)
	nouns := append([]item{}, items[j:m-1]...)
	for i := range nouns {
		nouns[i].part = partNone
	}
	nouns[len(nouns)-1].part = partObj
	nouns[len(nouns)-1].plural = !(nouns[len(nouns)-1].t != nil && nouns[len(nouns)-1].t.Mass)
	return append(out, nouns...), true
}

const selectVerbs lazySet = "select, choose, pick, get, return, keep, extract, leave, fetch, find, pick out"

const jobWords lazySet = `job worker task consumer loop thread`

const scopeNouns lazySet = "today, yesterday, tomorrow, this week, this month, this year"

const scheduleNouns lazySet = `night day week month morning evening minute hour second year time midnight`

// stateHeads are nouns that only say "a state of": 공개 상태, 재시도 가능한
// 종류.
const stateHeads lazySet = `status state type kind category`

// dropAfterthought drops what a Korean question adds after the kind word
// that ends its noun phrase ("... 상수 (KB 단위, 라라벨 validation에 넘길
// 값)", "... 함수 (IoT 온도 센서)"): units, kinds and grammar stay, the
// nouns and verbs of the remark go. Types keep everything (an enum's
// members are listed after it).
func dropAfterthought(items []item) []item {
	end := -1
	for i, it := range items {
		switch it.g {
		case gFunction, gVariable, gConstant, gBoolean:
			if it.part == partDir && !it.eng && slices.ContainsFunc(items[i+1:], func(o item) bool { return o.g == it.g && !o.eng && o.part == partNone }) {
				// 코루틴 함수로 서버에서 병원 목록 가져오는 함수: how it is
				// written, not the end of the question
				continue
			}
			if it.g == gFunction && it.part == partNone && !it.eng && i+1 < len(items) && (i == 0 || items[i-1].mood != moodMod) && items[i+1].isVerb() && items[i+1].form == formNoun && items[i+1].part == partNone &&
				slices.ContainsFunc(items[i+2:], func(o item) bool { return o.g >= gFunction && o.g <= gConstant || o.g == gBoolean }) {
				// 함수 실행 경과시간 나노초로 담는 변수, 함수 호출 횟수 세는
				// 변수: a function's run or call, what the kind word after it
				// names; the word is no kind asked
				items[i].g = gStop
				continue
			}
			if i > 0 && !it.eng && (items[i-1].isNoun() || items[i-1].g == gList || items[i-1].g == gCount || items[i-1].isVerb() || items[i-1].isAdj() || unitOf(items[i-1]) != "") {
				end = i
			}
		case gClass, gEnum:
			return items
		}
		if end >= 0 {
			break
		}
	}
	if end < 0 {
		return items
	}
	if u := unitOf(items[end-1]); u != "" && !items[end-1].known && end >= 2 && items[end-2].isNoun() && items[end].g != gFunction {
		// 최대 무게 kg 상수, 무게(kg) 변수: the unit of the value
		items[end-1] = item{g: gUnit, unit: u, surface: items[end-1].surface, known: true}
	}
	out := items[: end+1 : end+1]
	for _, it := range items[end+1:] {
		if u := unitOf(it); u != "" && it.part == partNone {
			it = item{g: gUnit, unit: u, surface: it.surface, known: true} // 상수 (kg), 상수 (킬로그램)
		}
		if it.g != gNone || it.eng && it.t == nil && len(it.words) == 0 {
			out = append(out, it)
		}
	}
	return out
}

// itemUnit: the unit an item says, a number's (500ms) or a word's (unitOf).
func itemUnit(it item) string {
	if it.g == gUnit {
		return it.unit
	}
	return unitOf(it)
}

// unitOf: the suffix of a glossary unit (킬로그램, kg, 센티미터: kg, cm) the
// item is, written in Hangul or as its symbol; "" for anything else.
func unitOf(it item) string {
	if it.g == gNone && it.t != nil && it.t.Class == 'u' {
		return it.t.Suffix
	}
	if it.known || it.t != nil || !isASCII(it.surface) {
		return ""
	}
	return unitForms()[strings.ToLower(it.surface)]
}

var (
	unitFormsOnce sync.Once
	unitFormsMap  map[string]string
	unitSuffixes  map[string]bool // every glossary unit's suffix (vocab.go unitSuffix)
)

// unitForms maps the Korean forms and suffixes of the glossary's units
// (킬로그램, kg, km) to their suffix; a form another term also has (dp,
// dynamic programming) is left out.
func unitForms() map[string]string {
	loadUnits()
	return unitFormsMap
}

// loadUnits builds unitFormsMap and unitSuffixes once.
func loadUnits() {
	unitFormsOnce.Do(func() {
		g := loadGlossary()
		unitFormsMap, unitSuffixes = map[string]string{}, map[string]bool{}
		for _, t := range g.terms {
			if t.Class != 'u' || t.Suffix == "" {
				continue
			}
			unitSuffixes[t.Suffix] = true
			for _, w := range append([]string{t.Suffix}, t.Korean...) {
				if (len(g.en[w]) == 0 || len(g.en[w]) == 1 && g.en[w][0] == t) && len(w) > 1 {
					unitFormsMap[w] = t.Suffix
				}
			}
		}
	})
}

const streamWords lazySet = "flow, stream, observable, publisher, channel, receiver, subject, signal, state flow, live data"

const emitVerbs lazySet = `emit yield produce publish deliver stream receive`

// nextKindish: what follows item i (past context words such as 고루틴) is
// the kind asked for, a relative clause or the request.
// kindNouns are kind words that are also nouns of what is counted.
const kindNouns lazyPairs = "레코드=record, 모델=model, 객체=object, 엔티티=entity, 클래스=class, 타입=type"

// timeScope are times a phrase happens in (이번 달에, 오늘), not places.
const timeScope lazySet = "this month, today, this week, this year, last month, yesterday, tomorrow, last week, next month, next week, weekend, night, morning"

// headEnd: nothing but kind and request words follows item i.
func headEnd(items []item, i int) bool {
	return onlyGrams(items[i+1:], kindTail...)
}

// kindTail are the words that may end a question after what it names: the
// kind, the request, context.
var kindTail = []gram{gVariable, gConstant, gRequest, gStop, gContext}

// onlyGrams: every item is one of the grammar words gs.
func onlyGrams(items []item, gs ...gram) bool {
	for _, x := range items {
		if !slices.Contains(gs, x.g) {
			return false
		}
	}
	return true
}

func nextKindish(items []item, i int) bool {
	for j := i + 1; j < len(items); j++ {
		switch items[j].g {
		case gContext:
			continue
		case gClass, gThat, gFunction:
			return true
		case gRequest:
			return !items[j].eng
		}
		return false
	}
	return false
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func hasVerbItem(items []item) bool {
	for _, it := range items {
		if it.isVerb() {
			return true
		}
	}
	return false
}

// step is one action of a question that names two ("A를 V1하고 B를 V2하는").
type step struct {
	verb *Term
	obj  []string
}

// readSteps finds "O1 V1-고 (O2) V2" in a Korean question: two actions
// done in order, each with its own object.
func readSteps(items []item) []step {
	for i, it := range items {
		if it.eng || !it.isVerb() || it.mood != moodConn || !strings.HasPrefix(it.rest, "고") {
			continue
		}
		if i+1 < len(items) && (items[i+1].g == gExist || items[i+1].g == gAbsent) {
			return nil // 하고 있는지: progress, not two steps
		}
		var o1 []string
		for j := i - 1; j >= 0 && items[j].isNoun() && !items[j].eng; j-- {
			o1 = append(append([]string{}, items[j].words...), o1...)
			if items[j].part != partObj && items[j].part != partNone {
				break
			}
		}
		if len(o1) == 0 {
			return nil
		}
		var o2 []string
		for j := i + 1; j < len(items); j++ {
			n := items[j]
			if n.isVerb() && n.g == gNone && !n.eng {
				if opposite(it.t.en(), n.t.en()) {
					return nil // 열고 닫는: a toggle, not two steps
				}
				return []step{{verb: it.t, obj: o1}, {verb: n.t, obj: o2}}
			}
			if n.isNoun() && (n.part == partObj || n.part == partNone) {
				o2 = append(o2, n.words...)
			}
		}
		return nil
	}
	return nil
}

var oppositeVerbs = [][2]string{{"open", "close"}, {"show", "hide"}, {"enable", "disable"}, {"expand", "collapse"},
	{"start", "stop"}, {"play", "pause"}, {"lock", "unlock"}, {"mute", "unmute"}, {"connect", "disconnect"},
	{"follow", "unfollow"}, {"subscribe", "unsubscribe"}, {"turn on", "turn off"}, {"activate", "deactivate"}}

// opposite: two verbs that undo each other (a toggle between them).
func opposite(a, b string) bool {
	for _, p := range oppositeVerbs {
		if a == p[0] && b == p[1] || a == p[1] && b == p[0] {
			return true
		}
	}
	return false
}

// nativeNumber: a number word before a counter (두 장, 세 개, 몇 명).
func nativeNumber(s string) bool {
	return strings.Contains(" 한 두 세 네 다섯 여섯 일곱 여덟 아홉 열 스무 수십 수백 ", " "+s+" ")
}

// countedBefore makes the noun before a counter plural; the counter's
// particle (사진 여러 장을) is the noun's.
func countedBefore(out []item, p particle) {
	if n := len(out); n > 0 && out[n-1].isNoun() {
		out[n-1].plural = !(out[n-1].t != nil && out[n-1].t.Mass)
		if p != partNone {
			out[n-1].part = p
		}
	}
}

// allOf reads 모든 X, X 전부/모두 (items[i] is the word): X is plural and,
// when an action is done to it, takes "all" (closeAllTabs); a count of all
// X is just the count.
func allOf(out, items []item, i int) []item {
	acts := false
	for j := i + 1; j < len(items); j++ {
		if items[j].g == gCount {
			acts = false
			break
		}
		if items[j].isVerb() && !(j+1 < len(items) && items[j+1].isNoun()) {
			acts = true
		}
	}
	all := item{t: &Term{Words: []string{"all"}, Class: 'a'}, words: []string{"all"}, surface: items[i].surface, known: true, mood: moodMod}
	if items[i].surface == "모든" {
		for j := i + 1; j < len(items); j++ {
			if nounish(items[j]) {
				// 모든 탭: 탭 is tap and tab; the noun is counted.
				items[j].plural = !(items[j].t != nil && items[j].t.Mass)
				break
			}
			if !(items[j].isVerb() || items[j].isAdj()) {
				break
			}
		}
		if acts {
			out = append(out, all)
		}
		return out
	}
	// X 전부: after the phrase it counts.
	n := len(out)
	if n == 0 || !out[n-1].isNoun() {
		return out
	}
	countedBefore(out, items[i].part)
	j := n - 1
	for j > 0 && out[j-1].part == partNone && !out[j-1].eng && (out[j-1].isNoun() || (out[j-1].isVerb() || out[j-1].isAdj()) && out[j-1].mood == moodMod) {
		j--
	}
	if !acts {
		return out
	}
	return append(out[:j], append([]item{all}, out[j:]...)...)
}

// keptState reads -아/어 두다/놓다 (aux) after the verb that ends out: the
// verb is the state it left, a participle before a noun (저장해 둔 검색어:
// saved search queries) or the state a yes/no question asks about
// (저장해 뒀는지: is saved). false when no such verb comes before.
func keptState(out []item, aux item, nounNext bool) bool {
	n := len(out)
	if n == 0 || !out[n-1].isVerb() || out[n-1].form == formNoun ||
		!(out[n-1].mood == moodConn || out[n-1].rest == "" || prefixOf(out[n-1].rest, "아|어|여")) {
		return false
	}
	p := &out[n-1]
	switch {
	case aux.mood == moodQ || aux.mood == moodPastQ:
		p.mood, p.form = moodPastQ, formPassInf
	case (aux.mood == moodMod || aux.mood == moodFutMod) && nounNext:
		p.mood, p.form = moodMod, formPassAdn
	default:
		p.mood = aux.mood
	}
	return true
}

// nounish: a noun, or a verbal noun spelled like one (탭: tap, tab).
func nounish(it item) bool {
	return it.isNoun() || it.g == gNone && it.form == formNoun && it.alt != nil && it.alt.Class == 'n'
}

// purposeEnd: how many items end a purpose clause at items[i] (the verb
// with -려고/-려면, or -기 and 위해), or 0.
func purposeEnd(items []item, i int) int {
	it := items[i]
	if it.eng || it.g != gNone {
		return 0
	}
	if r := []rune(it.surface); prefixOf(it.rest, "려고|으려고|려면|으려면") ||
		len(r) > 1 && r[len(r)-1] == '려' && hasAnyPrefix(it.rest, "고", "면") {
		return 1
	}
	if i+1 < len(items) && (it.mood == moodNominal || it.part == partObj || it.part == partNone && it.form == formNoun) && hasAnyPrefix(items[i+1].surface, "위해", "위하여") {
		return 2
	}
	return 0
}

// dropPurpose drops the purpose clause that ends out: back to the end of
// an earlier clause, or to the start.
func dropPurpose(out []item) []item {
	j := len(out)
	for j > 0 && !(out[j-1].isVerb() && (out[j-1].mood == moodConn || out[j-1].mood == moodEnd) || out[j-1].g != gNone && out[j-1].g != gStop) {
		j--
	}
	return out[:j:j]
}

// ownerless heads say nothing of whose they are (and genericHeads): a
// value named only so takes the object of the purpose it serves (캐시
// 무효화하기 위해 버전 저장하는 변수: cacheVersion).
const ownerless lazySet = `version key id token hash timestamp`

func purposeOwner(out, purpose []item) []item {
	nouns, at := 0, -1
	for i, it := range out {
		if it.isNoun() {
			nouns, at = nouns+1, i
		} else if it.isAdj() || it.isVerb() && it.mood == moodMod && i+1 < len(out) && out[i+1].isNoun() {
			nouns = 2 // a qualified noun is no bare attribute
		}
	}
	if nouns != 1 || at < 0 || len(out[at].words) != 1 || !(ownerless.has(out[at].words[0]) || genericHeads.has(out[at].words[0])) {
		return out
	}
	var own, acts []item
	g := loadGlossary()
	for _, p := range purpose {
		if p.eng {
			continue
		}
		p.part = partNone
		if f := strings.Fields(p.surface); p.isNoun() && len(f) == 2 && len(g.ko[f[1]]) > 0 && g.ko[f[1]][0].t.Class == 'v' {
			// 캐시 무효화: the object, not the action done to it.
			for _, m := range g.ko[f[0]] {
				if m.t.Class == 'n' {
					p.t, p.words, p.surface = m.t, m.t.Words, f[0]
					break
				}
			}
		}
		if p.isNoun() {
			own = append(own, p)
		} else if p.form == formNoun && p.alt != nil && p.alt.Class == 'n' {
			// 로그인을 위해: the action's own noun (loginToken).
			p.t, p.words, p.alt = p.alt, p.alt.Words, nil
			acts = append(acts, p)
		}
	}
	if len(own) == 0 && len(acts) == 1 {
		own = acts
	}
	if len(own) == 0 {
		return out
	}
	return append(out[:at:at], append(own, out[at:]...)...)
}

// cognate: a verb stem and a noun made of it (걸 + 음, 웃 + 음, 자 and 잠).
func cognate(stem, noun string) bool {
	if f := strings.Fields(noun); len(f) > 0 {
		noun = f[0] // 걸음 수
	}
	v, n := []rune(stem), []rune(noun)
	if len(v) == 0 || len(n) != len(v) && len(n) != len(v)+1 {
		return false
	}
	if len(n) == len(v)+1 {
		return string(n) == stem+"음"
	}
	a, b := decompose(v[len(v)-1]), decompose(n[len(n)-1])
	return string(v[:len(v)-1]) == string(n[:len(n)-1]) && a.ok && b.ok && b.fin == 16 && a.ini == b.ini && a.med == b.med && a.fin != 16
}

// causeClause drops a clause of cause or circumstance (-아서/-어서,
// -다가) before the action that qualifies the thing named: "api 호출
// 실패해서 재시도한 횟수" counts retries (retryCount), "TTL 지나서 만료된
// 키들" are expired keys, "파싱하다가 형식 안 맞아서 건너뛴 줄 수" counts
// skipped lines. Only when a noun, a count or a list is named: before a
// function's own action (해시해서 저장하는 함수) both actions stay.
func causeClause(items []item) []item {
	last := -1
	for i, it := range items {
		if (it.isVerb() || it.isAdj() && it.form != formNoun) && !it.eng {
			last = i
		}
	}
	if last < 0 || items[last].mood != moodMod {
		return items
	}
	named := false
	for _, x := range items[last+1:] {
		if x.isVerb() {
			return items
		}
		named = named || x.isNoun() || x.g == gCount || x.g == gList
	}
	if !named {
		return items
	}
	for c := last - 1; c >= 0; c-- {
		if x := items[c]; (x.isVerb() || x.isAdj()) && x.mood == moodConn && (strings.HasSuffix(x.rest, "서") || x.rest == "다가") {
			return append([]item(nil), items[c+1:]...)
		}
	}
	return items
}

// condClause drops a condition (-면) before a function's own action on its
// own object: "비밀번호 5번 틀리면 계정 잠그는 함수" locks the account
// (lockAccount), "로그인 실패하면 에러 보여주는" shows an error. When the
// action only runs or handles something (실행, 호출, 처리), the condition
// is what the name is about (handlePaymentFailure) and stays.
func condClause(items []item) []item {
	if out := condBeforeYesNo(items); len(out) < len(items) {
		return out
	}
	last := -1
	for i, it := range items {
		if it.isVerb() && !it.eng && it.form != formNoun {
			last = i
		}
	}
	if last < 0 || items[last].mood != moodMod || items[last].t == nil || runVerbs.has(items[last].t.en()) {
		return items
	}
	for c := last - 1; c >= 0; c-- {
		x := items[c]
		// 로그아웃할 때 (a verb then 때) is a condition as 로그아웃하면 is
		when := x.g == gWhen && !x.eng && c > 0 && (items[c-1].isVerb() || items[c-1].isAdj()) && items[c-1].mood == moodFutMod
		if !when && (!(x.isVerb() || x.isAdj()) || x.mood != moodWhen && !(x.isAdj() && strings.HasSuffix(x.rest, "되면")) || !strings.HasSuffix(x.rest, "면")) { // (결제 완료되면)
			continue
		}
		obj := false
		for _, y := range items[c+1 : last] {
			obj = obj || y.isNoun() && !y.eng || y.eng && y.t != nil && y.t.Class == 'n'
		}
		if !obj {
			return items
		}
		return append([]item(nil), items[c+1:]...)
	}
	return items
}

// condBeforeYesNo drops a condition written before a yes/no noun or
// state with no verb of its own (주문 금액이 5만원 이상이면 무료배송인지,
// 재고가 0이면 품절인지): the question asks the state, and the condition
// is how the function decides it.
func condBeforeYesNo(items []item) []item {
	q := -1
	for i, it := range items {
		switch {
		case it.eng:
		case it.isVerb() && it.form != formNoun:
			return items
		case it.part == partCopulaQ || (it.isAdj() || it.isVerbalNoun()) && (it.mood == moodQ || it.mood == moodPastQ):
			q = i
		}
	}
	for c := q - 1; c >= 0; c-- {
		if x := items[c]; !x.eng && x.mood == moodWhen && strings.HasSuffix(x.rest, "면") {
			return append([]item(nil), items[c+1:]...)
		}
	}
	return items
}

// shownAs reads "V해서 보여주는": a conversion shown is a format, so the
// conversion is the action named (UTC 시각을 사용자 시간대로 바꿔서
// 보여주는 → the conversion's names); show after any other action stays.
func shownAs(items []item) []item {
	for i := 1; i < len(items); i++ {
		v, p := items[i], items[i-1]
		if v.t == nil || p.t == nil || v.eng || v.mood != moodMod || (v.t.en() != "show" && v.t.en() != "display") {
			continue
		}
		if p.mood == moodConn && strings.HasSuffix(p.rest, "서") && (p.t.en() == "convert" || p.t.en() == "change" || p.t.en() == "format" || p.t.en() == "transform") {
			out := append([]item(nil), items[:i]...)
			out[i-1].mood, out[i-1].rest = moodMod, "는"
			return append(out, items[i+1:]...)
		}
	}
	return items
}

// firstNoun: 첫 구매, 첫 로그인: the verbal noun after 첫 is the thing that
// is first (isFirstPurchase; was isFirst, the purchase read as the verb).
func firstNoun(items []item) []item {
	for i := 1; i < len(items); i++ {
		a, v := items[i-1], items[i]
		if a.eng || a.t == nil || a.t.en() != "first" || v.eng || !v.isVerb() || v.form != formNoun || v.part != partNone && v.part != partSubj && v.part != partCopulaQ {
			continue
		}
		ws := v.t.Words
		if nv := nominals.get(v.t.en()); nv != "" {
			ws = splitWords(nv)
		}
		out := append([]item(nil), items...)
		out[i].t, out[i].words = &Term{Words: ws, Class: 'n'}, ws
		return out
	}
	return items
}

// placeSide folds 상단/하단 into the place before it: 채널 상단에 고정 pins to
// the channel (pinMessageToChannel), 화면 상단에 띄우는 shows on the screen.
func placeSide(items []item) []item {
	for i := 1; i < len(items); i++ {
		s, p := items[i], items[i-1]
		if s.eng || s.t == nil || s.t.en() != "top area" && s.t.en() != "bottom area" || p.eng || !p.isNoun() || p.part != partNone {
			continue
		}
		out := append([]item(nil), items[:i]...)
		out[i-1].part, out[i-1].rest = s.part, s.rest
		return append(out, items[i+1:]...)
	}
	return items
}

// pointsAtIs reads 가리키는지/나타내는지 after an object as the copula
// question: 경로가 숨김 파일을 가리키는지 asks whether the path is a hidden
// file (isHiddenFile), as 숨김 파일인지 does (was get_hidden_file).
func pointsAtIs(items []item) []item {
	for i := 1; i < len(items); i++ {
		h, o := items[i], items[i-1]
		if h.g != gHolder || h.eng || h.mood != moodQ || o.eng || !o.isNoun() && !o.isAdj() || o.part != partObj || !strings.HasPrefix(h.surface, "가리키") && !strings.HasPrefix(h.surface, "나타내") && !strings.HasPrefix(h.surface, "의미") {
			continue
		}
		out := append([]item(nil), items[:i]...)
		out[i-1].part = partCopulaQ
		return append(out, items[i+1:]...)
	}
	return items
}

// sourceIsList: the phrase a filter takes from is a list (회원 목록, the
// members), not a text or a file things are extracted from.
func sourceIsList(p *np) bool {
	if len(p.nouns) == 0 {
		return false
	}
	last := p.nouns[len(p.nouns)-1]
	if last.g == gList || last.plural {
		return true
	}
	w := lastWord(last.words)
	return !oneOf(w, "file|log|text|string|html|page|document|message|url|response|body|json|xml|csv|pdf|image|email|sentence|line|address|paragraph|input|output|code|header|payload|receipt|report")
}

// keepOnly reads 남기다 after a "만" (품절 아닌 것만 남기는, 에러만 남기고):
// what is left is what a filter keeps, not a log written.
func keepOnly(items []item) []item {
	only := false
	for i, it := range items {
		if !it.eng && strings.HasSuffix(it.rest, "만") {
			only = true
		}
		if only && !it.eng && it.t != nil && it.t.en() == "log" && strings.HasPrefix(it.surface, "남") {
			f := termOr("filter", 'v')
			out := append([]item(nil), items...)
			out[i].t, out[i].words = f, f.Words
			return out
		}
	}
	return items
}

// listOnes reads 것만 taken from a list as the list's things, before any
// other reading can take 것 for a function or drop it: 주문 목록에서 결제
// 완료된 것만 골라내는 are the paid orders (filter_paid_orders among the
// first three, was filter_completed, get_completed, pick), 습도 기록에서 85%
// 넘는 것만 the records over it (filter_exceeded_history, was no name).
func listOnes(items []item) []item {
	for i, it := range items {
		if it.eng || it.surface != "것" && it.surface != "거" || !strings.HasPrefix(it.rest, "만") && !strings.HasPrefix(it.rest, "들만") {
			continue
		}
		src, state := -1, false
	scan: // back to the list it is taken from, over the state
		for j := i - 1; j >= max(0, i-5) && src < 0; j-- {
			p := items[j]
			switch {
			case p.eng && !p.isAdj():
				break scan
			case p.part == partFrom && p.isNoun():
				src = j
			case p.part == partFrom && p.g == gList && j > 0 && items[j-1].isNoun() && !items[j-1].eng:
				src = j - 1
			case p.isAdj() || p.isVerb():
				state = true
			}
		}
		if src < 0 || !state {
			continue
		}
		n := items[src]
		n.part, n.rest, n.surface, n.plural = it.part, it.rest, items[src].surface+"들", true
		out := slices.Clone(items)
		out[i] = n
		return out
	}
	return items
}

// thatOnes reads a bare 것 after a state as the thing of the list it is
// taken from: 상품 리스트에서 품절된 것만 is the out-of-stock products.
func thatOnes(items []item) []item {
	src, list := -1, false
	for i, it := range items {
		if it.eng {
			continue
		}
		if it.part == partFrom {
			list = it.g == gList
			for j := i; j >= 0; j-- {
				if items[j].isNoun() && !items[j].eng {
					src = j
					break
				}
			}
			continue
		}
		// (악기 목록에서 대여 가능한 것만, 리뷰 목록에서 별점 4점 이상인 것만:
		// taken from a list, the state may have lost its ending by now)
		if it.surface == "것" && src >= 0 && i > 0 && (items[i-1].isAdj() || items[i-1].isVerb()) && (items[i-1].mood == moodMod || list) {
			out := append([]item(nil), items...)
			n := items[src]
			n.part, n.rest, n.surface = it.part, it.rest, it.surface
			n.plural = true
			out[i] = n
			return out
		}
	}
	return items
}

// filteredOnly reads "활성 상태 사용자만 걸러낸 결과 (리스트)": what a
// filter kept is named by what it kept (activeUsers), not filteredResults.
func filteredOnly(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		v, n, next := items[i], items[i-1], items[i+1]
		if v.eng || v.t == nil || v.mood != moodMod || !filterVerbs.has(v.t.en()) || n.eng || !n.isNoun() || !strings.HasSuffix(n.rest, "만") {
			continue
		}
		var rest []item
		switch {
		case next.isNoun() && next.t != nil && (next.t.en() == "result" || next.t.en() == "results"):
			rest = items[i+2:]
		case next.g == gList:
			rest = items[i+1:]
		default:
			continue // 사용자만 걸러내는 함수: the filter is the action
		}
		out := append([]item(nil), items[:i]...)
		out[i-1].part, out[i-1].rest, out[i-1].plural = partNone, "", true
		return append(out, rest...)
	}
	return items
}

const filterVerbs lazySet = `filter select extract pick choose`

// usedWhen reads "장바구니 총액 계산할 때 쓰는 할인 적용 함수": a when
// clause then 쓰는/사용하는/필요한 says where the thing is used; the thing
// after it is named (applyDiscount), not a handler of the when.
func usedWhen(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		if items[i-1].g != gWhen || items[i].eng || items[i].mood != moodMod {
			continue
		}
		s := items[i].surface
		if strings.HasPrefix(s, "쓰") || strings.HasPrefix(s, "쓸") || strings.HasPrefix(s, "사용") || strings.HasPrefix(s, "필요") || strings.HasPrefix(s, "이용") {
			rest := append([]item(nil), items[i+1:]...)
			if v := items[0]; i == 2 && v.t != nil && v.t.Class == 'v' && nounLikeVerbs.has(v.t.en()) && len(rest) > 0 && rest[0].isNoun() {
				// 로그인할 때 쓰는 토큰: the login token
				n := v
				n.t = &Term{Words: v.t.Words, Class: 'n'}
				n.words, n.form, n.mood, n.rest, n.part = v.t.Words, formNoun, moodNone, "", partNone
				rest = append([]item{n}, rest...)
			}
			return rest
		}
		if thingAfterWhen(items[i:]) {
			// 주문 취소할 때 환불된 금액, 서버 재시작할 때 남아있는 작업 수:
			// the when clause says when the value is taken; the thing
			// after it is named (refunded_amount, was order)
			return slices.Clone(items[i:])
		}
	}
	return items
}

// valueAtWhen reads "결제 API 호출할 때 타임아웃 30초 상수": a value named
// right after a when clause, with nothing but its kind after it, is the
// value the clause's action uses; the action's nouns say whose it is
// (paymentApiTimeout, was paymentApi: the timeout was dropped).
func valueAtWhen(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		v := &items[i-1]
		if items[i].g != gWhen || items[i].t != nil || v.eng || !v.isVerb() || !items[i+1].isNoun() {
			continue // (꽂히면 호출되는 콜백: 호출되 is a when of its own)
		}
		for k := range items {
			it := &items[k]
			switch {
			case k == i-1 || k == i:
			case k < i-1 && !it.isNoun():
				return items
			case it.isNoun() && it.t != nil && handlerNouns.has(it.t.en()):
				return items
			case !it.isNoun() && it.g != gUnit && it.g != gMax && it.g != gMin && it.g != gDefault && it.g != gCount && !slices.Contains(kindTail, it.g):
				return items
			}
		}
		out := slices.Clone(items[:i])
		for k := range out {
			out[k].part, out[k].rest = partNone, ""
		}
		if n := &out[i-1]; nounLikeVerbs.has(n.t.en()) {
			// 로그인할 때 타임아웃: the login timeout
			n.words = n.t.Words
			n.t = &Term{Words: n.words, Class: 'n'}
			n.form, n.mood = formNoun, moodNone
		} else {
			out = out[:i-1]
		}
		return append(out, items[i+1:]...)
	}
	return items
}

// handlerNouns are run at a moment, not used then.
const handlerNouns lazySet = `callback handler listener hook`

// thingAfterWhen: rest (a modifier after a when clause) describes a thing
// that ends the question with no verb of its own after it, no handler and
// no second when (실행될 때 호출되는 핸들러 is an event's).
func thingAfterWhen(rest []item) bool {
	v := rest[0]
	if v.t == nil || !(v.isVerb() || v.isAdj()) || runVerbs.has(v.t.en()) {
		return false
	}
	noun := false
	for _, it := range rest[1:] {
		switch {
		case it.isNoun():
			noun = true
		case it.g == gHandler || it.g == gWhen || it.g == gNone || it.g == gCheck || it.g == gReturn || it.g == gHolder:
			return false
		}
	}
	return noun
}

// runVerbs only run or handle what a condition names.
const runVerbs lazySet = `run execute call invoke handle process trigger fire notify`

// nominalBeforeNoun reads a -기 nominal written right before a noun as the
// noun it names: 결제하기 버튼 is the payment button, 글쓰기 화면 the write
// screen.
func nominalBeforeNoun(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := &items[i]
		if it.eng || !it.isVerb() || it.mood != moodNominal || it.rest != "기" || it.part != partNone || !items[i+1].isNoun() || items[i+1].eng {
			continue
		}
		t := it.alt
		if t == nil || t.Class != 'n' {
			t = &Term{Words: it.t.Words, Class: 'n', Korean: it.t.Korean}
		}
		it.t, it.words, it.form, it.mood, it.alt = t, t.Words, formNoun, moodNone, nil
	}
	for i := 0; i+1 < len(items); i++ {
		// ADC 변환 시작하는: a verbal noun before a verb that starts or
		// stops work is the work (start_adc_conversion; was start_adc_convert)
		it, next := &items[i], items[i+1]
		if it.eng || !it.isVerbalNoun() || it.part != partNone || it.mood != moodNone || !next.isVerb() || next.form == formNoun || next.t == nil ||
			!oneOf(next.t.en(), "start|stop|cancel|pause|resume|retry|abort|finish|complete|begin|trigger|schedule|request|resolve|solve|detect|prevent") {
			continue
		}
		if n := nounOfVerb(it.t); n != nil {
			it.t, it.words, it.alt = n, n.Words, nil
		}
	}
	for i := 0; i+1 < len(items); i++ {
		// 검증 loss, 등록 날짜: a verbal noun before a noun is an -ion noun
		// when English has one (validation loss, registration date)
		it, next := &items[i], items[i+1]
		if it.eng || !it.isVerbalNoun() || it.part != partNone || it.mood != moodNone || !next.isNoun() || next.isVerbalNoun() ||
			next.t != nil && (next.t.en() == "event" || next.t.en() == "message") {
			// (주문 생성 이벤트: what happened, read by the handler)
			continue
		}
		if n := nounOfVerb(it.t); n != nil {
			it.t, it.words, it.alt = n, n.Words, nil
		}
	}
	return items
}

// nounOfVerb is the noun of a verb's action: the glossary's (verbNoun), or
// validate → validation, verify → verification; nil when there is none.
func nounOfVerb(v *Term) *Term {
	if n := verbNoun(v); n != nil {
		return n
	}
	if w := v.Words; len(w) == 1 && (strings.HasSuffix(w[0], "ate") && !notAte.has(w[0]) || strings.HasSuffix(w[0], "ify")) {
		n := strings.TrimSuffix(w[0], "e") + "ion"
		if strings.HasSuffix(w[0], "ify") {
			n = strings.TrimSuffix(w[0], "y") + "ication"
		}
		return &Term{Words: []string{n}, Class: 'n', Korean: v.Korean}
	}
	return nil
}

// numberNouns are values 나누다 divides; anything else it splits.
const numberNouns lazySet = "number, count, total, amount, sum, price, value, score, integer, quotient, balance, cost, fee, total amount"

// splitOrDivide reads 나누다 by what it acts on: numbers are divided (두 수를
// 나누는, 총액을 인원수로 나누는), anything else is split (문자열을 쉼표로
// 나누는, 로그 파일을 날짜별로 나누는).
func splitOrDivide(items []item) {
	for i := range items {
		it := &items[i]
		if it.eng || !it.isVerb() || it.t.en() != "divide" {
			continue
		}
		numeric := false
		for j := 0; j < i; j++ {
			p := items[j]
			if p.g == gCount || p.t != nil && numberNouns.has(p.t.en()) || p.t == nil && isDigits(p.surface) {
				numeric = true
			}
		}
		if !numeric {
			t := termOr("split", 'v')
			it.t, it.words = t, t.Words
		}
	}
}

// comparedTo reads 이상/이하/미만/초과 after a noun as a comparison with it
// (점수가 평균 이상인지: above average), not as 이상 (abnormal): the noun
// and the comparison become one state, above average.
func comparedTo(items []item) []item {
	for i := 1; i < len(items); i++ {
		// 비밀번호가 8자 이상인지, 재고가 10개 이하인지: the number is gone;
		// the subject is compared with a bound (long enough, low)
		si := i - 1
		for si > 0 && (items[si].g == gCount || items[si].g == gUnit || items[si].g == gCounter || items[si].t != nil && (items[si].t.Class == 'u' || items[si].t.en() == "character" || items[si].t.en() == "letter") || items[si].t == nil && isDigits(items[si].surface)) {
			si-- // 10개, 2글자: the bound's number and unit
		}
		if it, subj := items[i], items[si]; !it.eng && !subj.eng && subj.isNoun() && subj.part == partSubj && it.t != nil && it.mood != moodNone &&
			(it.t.en() == "abnormal" && strings.HasPrefix(it.surface, "이상") && !strings.HasPrefix(it.rest, "하") && !strings.HasPrefix(it.rest, "한") || it.t.en() == "below") {
			up := it.t.en() == "abnormal"
			var ws []string
			switch {
			case textNouns.has(subj.t.en()) && up:
				ws = []string{"long", "enough"}
			case textNouns.has(subj.t.en()):
				ws = []string{"too", "short"}
			case up:
				ws = []string{"enough"}
			default:
				ws = []string{"low"}
			}
			t := &Term{Words: ws, Class: 'a'}
			items[i].t, items[i].words = t, ws
			items = append(items[:si+1], items[i:]...)
			i = si + 1
			continue
		}
		it, ref := items[i], items[i-1]
		if it.eng || ref.eng && !ref.isNoun() || !ref.isNoun() || ref.part != partNone {
			continue
		}
		var word string
		switch {
		case strings.HasPrefix(it.surface, "이상") && it.t != nil && it.t.en() == "abnormal" && !strings.HasPrefix(it.rest, "하") && !strings.HasPrefix(it.rest, "한"):
			word = "above"
		case it.t != nil && it.t.en() == "below":
			word = "below"
		case it.surface == "초과" && it.form == formNoun:
			word = "above"
		default:
			continue
		}
		ws := append([]string{word}, ref.words...)
		if i >= 2 && items[i-2].eng && items[i-2].isNoun() && items[i-2].part == partNone {
			// error 레벨 이상: above the error level
			ws = append([]string{word}, append(append([]string{}, items[i-2].words...), ref.words...)...)
			items = append(items[:i-2], items[i-1:]...)
			i--
		}
		for j := i - 2; j >= 0 && items[j].g == gMin && j == i-2; j-- {
			// 최소 결제 금액 이상: above the minimum payment amount
			ws = append([]string{word, "min"}, ref.words...)
			items = append(items[:j], items[j+1:]...)
			i--
		}
		if len(ws) == 2 && ref.t != nil && levelAttrs.has(ref.t.en()) && ref.t.en() != "score" {
			// 배터리 20% 미만인 디바이스: low-battery devices (levelNoun)
			ws = levelWords(ref.t, levelOf.get(word))
		}
		t := &Term{Words: ws, Class: 'a'}
		it.t, it.words, it.g = t, ws, gNone
		items[i] = it
		items = append(items[:i-1], items[i:]...)
		i--
	}
	return items
}

// layoutGap: the question measures a gap on screen (사이, pt, px, dp).
func layoutGap(items []item) bool {
	for _, it := range items {
		if it.surface == "사이" || it.t != nil && it.t.Class == 'u' && (it.t.en() == "point" || it.t.en() == "pixel" || it.t.en() == "dp") ||
			it.g == gUnit && it.unit == "px" {
			return true
		}
	}
	return false
}

// dateNouns name a moment.
const dateNouns lazySet = `date time day timestamp moment datetime`

// actionNounLast reads a function asked for by its action written as a
// noun, last (주문 취소 함수, 파일 업로드 함수), as that verb: cancelOrder,
// uploadFile, not getCancellation.
func actionNounLast(items []item) []item {
	k := -1
	for i, it := range items {
		switch {
		case it.g == gFunction:
			if k < 0 {
				k = i
			}
		case it.isVerb() && it.form != formNoun, it.eng && it.isVerb(), it.g == gCheck, it.g == gReturn, it.g == gHolder, it.g == gHandler, it.g == gWhen:
			return items // a verb of its own
		}
	}
	if k < 1 {
		return items
	}
	n := &items[k-1]
	if n.eng || !n.isNoun() || n.t == nil || n.part != partNone {
		return items
	}
	ws := strings.Fields(n.t.en())
	if len(ws) > 1 {
		// 주문 취소 (order cancellation): the order, cancelled
		if v := verbOfNoun(ws[len(ws)-1]); v != nil {
			obj := &Term{Words: []string{strings.Join(ws[:len(ws)-1], " ")}, Class: 'n'}
			o := item{t: obj, words: obj.Words, known: true, surface: n.surface}
			n.t, n.words, n.form = v, v.Words, formNoun
			items = append(items[:k-1], append([]item{o}, items[k-1:]...)...)
		}
		return items
	}
	if v := verbOfNoun(n.t.en()); v != nil {
		if sw := strings.Fields(n.surface); len(sw) == 2 {
			// 주문 취소 (one glossary noun, cancellation): the order, cancelled
			for _, m := range loadGlossary().ko[sw[0]] {
				if m.t.Class == 'n' {
					o := item{t: m.t, words: m.t.Words, known: true, surface: sw[0]}
					n.t, n.words, n.form, n.surface = v, v.Words, formNoun, sw[1]
					return append(items[:k-1], append([]item{o}, items[k-1:]...)...)
				}
			}
		}
		n.t, n.words, n.form = v, v.Words, formNoun
	}
	return items
}

// verbOfNoun is the glossary verb an action noun names (upload, cancellation → cancel).
func verbOfNoun(en string) *Term {
	cands := []string{en}
	for _, suf := range []string{"lation", "ation", "ion", "ment", "al"} {
		if b, ok := strings.CutSuffix(en, suf); ok && len(b) > 2 {
			cands = append(cands, b, b+"e", b+"l")
			if suf == "lation" {
				cands = append(cands, b+"l")
			}
		}
	}
	for _, c := range cands {
		if t := verbTerm(c); t != nil {
			return t
		}
	}
	return nil
}

// notAte end in -ate without being -ate verbs (update is no updation).
const notAte lazySet = `update date rate state plate gate template skate`

// textNouns are measured in characters (비밀번호가 8자 이상: long enough).
const textNouns lazySet = `password name nickname title text message content comment username description input query
	keyword`

// placeWord names a place the grammar reads as something else (백그라운드에:
// in the background).
func placeWord(it item) string {
	switch {
	case strings.HasPrefix(it.surface, "백그라운드"):
		return "background"
	case strings.HasPrefix(it.surface, "포그라운드"):
		return "foreground"
	}
	return ""
}

// passGroups are the clause passes refine runs, in order: this file's, then
// those of sortfilter.go, predicates2.go, context3.go, context2.go,
// handlers2.go, convdt2.go, langs3.go and vocab.go (a new family of passes
// gets its own file and slice here).
var passGroups = [][]func([]item) []item{clausePasses, collectionPasses, predicatePasses, ctx3Passes, contextPasses, handlerPasses, convPasses, langPasses, vocabPasses}

// clausePasses rewrite clause patterns before refine reads the items, in
// this order (each says what it reads).
var clausePasses = []func([]item) []item{
	eventsCounted, verbNounPlace, isInPlace, usedState, placeAsContext, countFound, layerBeforeKind, purposeIsJob, actionTimed, allowedBefore, againPrefix, heldAsType, homographNouns, scheduledSense, usedSense, formatIs, objectsHeld, fieldsListed, earliestMoment, retriesCounted, gerundObject, lightVerb, signupsCounted, madeThing, fetchedNoun, onesFrom, valueBeforeNoun, withOrWithout, whoDid, boundedNoun, levelNoun, ableNoun, nameAfterNoun, railsScope, actionNounLast, typeSaysPurpose, doneAsProcessing, storageKey, nounInProgress, joinedNouns, endStartDate, sendThenWait, layoutSpacing, eventProcessing, englishSetLast, actionValue, withApplied, literalPredicate, returnAfterAction, checkAtEnd, kindAsObject, valueAsKey, transferAtEnd, superlativeOf,
}

// eventsCounted: 오늘 환불한 건수, 이번 달 취소한 횟수: a count right after
// a verb with no noun between counts the verb's events (refunds,
// cancellations; were today_count, thisMonthCount).
func eventsCounted(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		v, c := items[i], items[i+1]
		if v.eng || c.eng || !v.isVerb() || v.mood != moodMod || v.neg || v.t == nil || c.g != gCount || !prefixOf(c.surface, "건수|횟수|건|번") {
			continue
		}
		if i > 0 {
			if p := items[i-1]; p.isNoun() && p.part != partSubj && !(p.t != nil && (scopeNouns.has(p.t.en()) || timeScope.has(p.t.en()))) {
				continue // (주문을 취소한 건수, 드라이클리닝 맡긴 건수: the object counts)
			}
		}
		if nominals.get(v.t.en()) == "" && verbNoun(v.t) == nil && nounTerm(v.t.en()) == nil {
			continue // no noun of the event (맡긴 건수)
		}
		ws := eventNoun(v.t)
		out := slices.Clone(items)
		out[i] = item{t: &Term{Words: ws, Class: 'n'}, words: ws, surface: v.surface, known: true, plural: true}
		return out
	}
	return items
}

// kindAsObject: 객체를 맵으로 변환, enum을 문자열로, 객체 깊은 복사: a kind
// word with an object particle, or first, before a verb is the thing
// acted on (objectToMap, enumToString), not the kind of name asked.
func kindAsObject(items []item) []item {
	for i := range items {
		it := &items[i]
		if it.eng && it.surface != "enum" || it.g != gEnum && it.g != gClass ||
			it.part != partObj && (it.part != partNone || i > 0 || !verbNext(items[i+1:]) || it.surface != "객체" && it.surface != "구조체") ||
			!slices.ContainsFunc(items[i+1:], func(x item) bool { return x.isVerb() || x.part == partDir }) {
			continue
		}
		w := pairGet("열거형=enum, 이넘=enum, 구조체=struct, 객체=object, 클래스=class, 모델=model, 타입=type", it.surface)
		if it.eng {
			w = it.surface
		}
		if w == "" {
			continue
		}
		t := termOr(w, 'n')
		it.g, it.t, it.words = gNone, t, t.Words
	}
	return items
}

// superlativeOf: 점수가 가장 높은 학생, 평점이 가장 높은 리뷰: the thing
// with the highest value of the noun before (studentWithHighestScore), not
// a highest student.
func superlativeOf(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		a, v, h := items[i-1], items[i], items[i+1]
		if a.eng || v.eng || h.eng || !a.isNoun() || a.part != partSubj || !v.isAdj() || !hasAnyPrefix(v.surface, "가장", "제일") || !h.isNoun() || a.t == nil || h.t == nil ||
			!strings.Contains(" highest lowest most fewest least largest smallest longest shortest ", " "+v.t.en()+" ") {
			continue
		}
		t := &Term{Words: []string{h.t.en() + " with " + v.t.en() + " " + a.t.en()}, Class: 'n'}
		h.t, h.words, h.surface = t, t.Words, a.surface+" "+v.surface+" "+h.surface
		return append(append(slices.Clone(items[:i-1]), h), items[i+2:]...)
	}
	return items
}

// transferAtEnd: 이미지 다운로드, 로그 파일 백업: a transfer word that is
// both a noun and a 하다 verb, ending the question after its object, is
// the action (downloadImage), not an imageDownload variable.
func transferAtEnd(items []item) []item {
	n := len(items) - 1
	for n >= 0 && (items[n].g == gRequest || items[n].g == gStop && items[n].t == nil) {
		n--
	}
	if n < 1 || !items[n-1].isNoun() || items[n-1].eng {
		return items
	}
	it := &items[n]
	if it.eng || !it.isNoun() || it.t == nil || it.part != partNone || it.rest != "" {
		return items
	}
	for _, m := range loadGlossary().ko[strings.ReplaceAll(it.surface, " ", "")] {
		if m.t.Class == 'v' && m.form == formNoun && strings.Contains(" download upload install uninstall export import backup restore sync migrate deploy ", " "+m.t.en()+" ") {
			it.t, it.words, it.form = m.t, m.t.Words, formNoun
			break
		}
	}
	return items
}

// valueAsKey: 맵을 값 기준으로 정렬, 값으로 정렬: 값 as the sort key is the
// value (sortByValue), not the padding word 값 (이 값이).
func valueAsKey(items []item) []item {
	for i := range items {
		it := &items[i]
		if it.eng || it.g != gStop || it.surface != "값" {
			continue
		}
		if i+1 < len(items) && (items[i+1].g == gBy || (it.part == partDir || it.part == partBy) && items[i+1].isVerb() && prefixOf(items[i+1].surface, "정렬|그룹|묶")) {
			t := termOr("value", 'n')
			it.g, it.t, it.words = gNone, t, t.Words
		}
	}
	return items
}

// verbNext: a verb comes first, or after one adjective (깊은 복사).
func verbNext(items []item) bool {
	if len(items) > 1 && items[0].isAdj() {
		items = items[1:]
	}
	return len(items) > 0 && items[0].isVerb()
}

// checkAtEnd: 권한 확인, 서버 상태 확인: a compound noun ending in a check
// word (permission check, health check) that ends the question asks to
// check its noun (checkPermission, checkServerStatus), not for a
// permissionCheck variable.
func checkAtEnd(items []item) []item {
	n := len(items) - 1
	for n >= 0 && (items[n].g == gRequest || items[n].g == gStop && items[n].t == nil) {
		n--
	}
	if n < 0 {
		return items
	}
	it := items[n]
	if it.eng || !it.isNoun() || it.part != partNone || it.rest != "" || it.t == nil {
		return items
	}
	c := strings.ReplaceAll(it.surface, " ", "")
	for _, w := range []string{"확인", "검사", "검증", "체크"} {
		head := strings.TrimSuffix(c, w)
		if head == c || len([]rune(head)) < 2 {
			continue
		}
		if ms := loadGlossary().ko[head]; len(ms) == 0 || ms[0].t.Class != 'n' {
			return items
		}
		g, gi := loadGlossary(), loadGrammar()
		split := append(parseKorean(g, gi, []string{head}), parseKorean(g, gi, []string{w})...)
		if len(split) != 2 {
			return items
		}
		return append(append(slices.Clone(items[:n]), split...), items[n+1:]...)
	}
	return items
}

// returnAfterAction: 파일을 읽어서 문자열로 반환: 반환 written as a bare
// noun after an action is how the result comes back, as 반환하는 is
// (readFile, not returnFile); the form before it (문자열로) is no input.
func returnAfterAction(items []item) []item {
	conn := false
	for i := range items {
		it := &items[i]
		switch {
		case !it.eng && it.isVerb() && it.mood == moodConn:
			conn = true
		case conn && !it.eng && it.g == gNone && it.t != nil && it.t.Class == 'v' && it.t.en() == "return" && it.form == formNoun:
			it.g = gReturn
		}
		if it.g == gReturn && !it.eng && i > 0 && hasAnyPrefix(items[i-1].rest, "인지", "는지", "은지", "한지", "된지", "했는지", "됐는지") {
			// 정전 중인지 반환하는: returns whether, as 확인하는 asks (was
			// isGettingPowerOutage)
			it.g = gCheck
		}
		if conn && it.g == gReturn && i > 0 && items[i-1].isNoun() && items[i-1].part == partDir && !items[i-1].eng {
			// 문자열로 반환: the form it comes back in (not readWithString)
			items[i-1].part = partIgnore
		}
	}
	return items
}

// literalPredicate: 값이 null인지, None인지, 숫자인지, 배열인지: a literal
// or a type word before 인지 is what the value is asked to be (isNull,
// isNone, isNumeric, isArray), not a noun or a count.
func literalPredicate(items []item) []item {
	for i := range items {
		it := &items[i]
		if it.part != partCopulaQ {
			continue
		}
		var t *Term
		switch {
		case it.eng && len(it.words) == 1 && (it.t == nil || it.t.Class != 'v') && strings.Contains(" null nil none undefined nan ", " "+it.words[0]+" "):
			t = termOr(it.words[0], 'a')
		case it.eng && it.g == gNone && len(it.words) > 0 && (it.t == nil || it.t.Class == 'n'):
			// 요청이 POST인지, 확장자가 jpg인지: the English word is the
			// noun predicate, as 관리자인지 is
			it.eng = false
			continue
		case it.g == gCount && strings.HasPrefix(it.surface, "숫자"):
			t = termOr("numeric", 'a')
		case it.g == gList && hasAnyPrefix(it.surface, "배열", "리스트"):
			t = termOr(map[bool]string{true: "array", false: "list"}[strings.HasPrefix(it.surface, "배열")], 'n')
			it.g, it.t, it.words = gNone, t, t.Words
			continue
		default:
			continue
		}
		it.g, it.t, it.words, it.eng = gNone, t, t.Words, false
		it.form, it.mood, it.part = formAdn, moodQ, partNone
	}
	return items
}

// withApplied: 쿠폰 적용된 최종 가격, 배송비 포함된 총 금액: a value with
// something applied or included is the value with it (finalPriceWithCoupon,
// totalWithShippingFee), not an applied final coupon price.
func withApplied(items []item) []item {
	for v := 1; v+1 < len(items); v++ {
		it := items[v]
		if it.eng || !it.isVerb() || it.form == formNoun || it.mood != moodMod || !prefixOf(it.surface, "적용|포함|반영") || it.neg {
			continue
		}
		n := v
		for n > 0 && items[n-1].isNoun() && !items[n-1].eng && (items[n-1].part == partNone || n == v && (items[n-1].part == partSubj || items[n-1].part == partObj)) {
			n--
		}
		m := v + 1
		for m < len(items) && (items[m].isNoun() || items[m].isAdj() && items[m].form == formNoun && m+1 < len(items) && items[m+1].isNoun()) && !items[m].eng && (m == v+1 || items[m-1].part == partNone) {
			m++
		}
		if n == v || m == v+1 || v-n > 2 {
			continue
		}
		out := slices.Clone(items[:n])
		out = append(out, items[v+1:m]...)
		out[len(out)-1].part = partNone
		out = append(out, item{words: []string{"with"}, surface: "적용", known: true})
		for _, x := range items[n:v] {
			x.part = partNone
			out = append(out, x)
		}
		out[len(out)-1].part = items[m-1].part
		out[len(out)-1].rest = items[m-1].rest
		return append(out, items[m:]...)
	}
	return items
}

// isInPlace: 앱이 백그라운드에 있는지, 상품이 장바구니에 있는지: whether it is
// in the place (isInBackground, isInCart)
func isInPlace(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		x, loc, ex := items[i-1], items[i], items[i+1]
		if x.eng || loc.eng || ex.eng || !x.isNoun() || x.part != partSubj || loc.part != partLoc || ex.g != gExist ||
			(ex.mood != moodQ && ex.mood != moodPastQ) || len(loc.surface) == 0 {
			continue
		}
		ws := loc.words
		if len(ws) == 0 {
			ws = []string{strings.ToLower(placeWord(loc))}
		}
		if len(ws) == 0 || ws[0] == "" {
			continue
		}
		t := &Term{Words: append([]string{"in"}, ws...), Class: 'a'}
		items[i] = item{t: t, words: t.Words, mood: ex.mood, part: partCopulaQ, surface: loc.surface + " 있", known: true}
		items = append(items[:i+1], items[i+2:]...)
		break
	}
	return items
}

// usedState: 쿠폰이 사용됐는지, 이미 사용했는지, 캐시를 이용하는지: 사용하다
// asked of a thing is its state, used (isUsed), though 사용하다 alone says
// nothing (쓰는 변수); 결제 정보가 필요한지 asks whether it is required.
func usedState(items []item) []item {
	for i := range items {
		if it := &items[i]; !it.eng && it.g != gNone && prefixOf(it.surface, "사용|이용|필요") && (it.mood == moodQ || it.mood == moodPastQ) && i > 0 && (items[i-1].isNoun() || items[i-1].isVerbalNoun() && items[i-1].part != partNone) {
			t := termOr("used", 'a')
			if strings.HasPrefix(it.surface, "필요") {
				t = termOr("required", 'a')
			}
			it.g, it.t, it.words, it.form = gNone, t, t.Words, formNoun
		} else if !it.eng && it.g == gStop && it.mood == moodFutMod && prefixOf(it.surface, "사용|이용") && i+2 < len(items) && items[i+1].g == gCount && items[i+2].g == gExist {
			// 카메라 사용할 수 있는지: the ability to use it (canUseCamera;
			// was hasCamera, the verb a stop word)
			it.g = gNone
		}
	}
	return items
}

// purposeIsJob: 로그인 체크하려고 만든 함수, 캐시 지우려고 쓰는 함수: a
// function made or used for a purpose does that purpose (checkLogin); 만든
// and 쓰는 name nothing.
func purposeIsJob(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		p := items[i]
		if p.eng || !(p.isVerb() || p.g == gCheck && p.t != nil) || !hasAnyPrefix(p.rest, "려고", "으려고") {
			continue
		}
		m, k := items[i+1], items[i+2]
		if m.eng || !m.isVerb() || m.mood != moodMod || k.g != gFunction && k.g != gVariable && k.g != gClass {
			continue
		}
		switch m.t.en() {
		case "create", "make", "use", "write", "build":
		default:
			continue
		}
		v := items[i]
		v.mood, v.rest = moodMod, "는"
		if v.form != formStem && v.form != formNoun {
			v.form = formStem
		}
		return append(append(append([]item(nil), items[:i]...), v), items[i+2:]...)
	}
	return items
}

// placeAsContext: 관리자 대시보드에 … 구하는, 화면에 … 계산하는: the place
// of a verb that puts nothing anywhere (count, calculate, get, check) is
// where the code runs, not a destination (countToAdminDashboard).
func placeAsContext(items []item) []item {
	main := -1
	for j, v := range items {
		if v.isVerb() && v.form != formNoun && !v.eng {
			main = j
		}
	}
	if main < 0 || items[main].mood != moodMod && items[main].mood != moodEnd && items[main].mood != moodNominal {
		return items
	}
	if !oneOf(items[main].t.en(), "count|calculate|compute|get|find|sort|filter|validate|format") {
		return items
	}
	for i := 0; i < main; i++ {
		if it := &items[i]; !it.eng && it.part == partLoc && it.isNoun() {
			it.part = partIgnore
		}
	}
	return items
}

// countFound: 유저 수 구하는, 상품 개수 구하는: finding a count is counting
// (countUsers, getUserCount), not a calculation.
func countFound(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := &items[i]
		if it.eng || !it.isVerb() || it.t.en() != "calculate" || !prefixOf(it.surface, "구하|구해|구한") {
			continue
		}
		t := termOr("count", 'v')
		if p := items[i-1]; p.g != gCount {
			if !p.isNoun() || p.t == nil || !strings.HasSuffix(p.t.en(), " count") {
				continue
			}
			t = termOr("get", 'v') // 회원 수 구하는: getMemberCount
		}
		it.t, it.words = t, t.Words
	}
	return items
}

// layerBeforeKind: 서비스 메서드, 유틸 함수, 헬퍼 함수, and after a clause
// 상품 가져오는 DAO 함수, 글 저장하는 repository 메서드: where the function
// lives is no part of its name.
func layerBeforeKind(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it := items[i]
		if items[i+1].g != gFunction || it.part != partNone {
			continue
		}
		if !it.eng && koLayers.has(it.surface) ||
			it.isNoun() && it.t != nil && layerRoles.has(it.t.en()) && (items[i-1].isVerb() && items[i-1].mood == moodMod || items[i-1].g == gList) {
			return append(items[:i:i], items[i+1:]...)
		}
	}
	return items
}

// koLayers and layerRoles are the layers a function lives in.
const (
	koLayers   lazySet = `서비스 유틸 유틸리티 헬퍼 공통 컨트롤러 리포지토리 레포지토리 뷰모델`
	layerRoles lazySet = `dao service repository middleware controller`
)

// actionTimed: 디바운스 300ms, 폴링 3초, 연결 5초: an action then a time is
// how long the action waits or how often it runs (debounce delay, poll
// interval, connect timeout), the value a constant holds.
func actionTimed(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it, u := items[i], items[i+1]
		if it.eng || it.t == nil || it.t.Class != 'v' || it.form != formNoun || it.part != partNone || it.g != gNone || u.g != gUnit || !durationUnits.has(u.unit) {
			continue
		}
		if i > 0 && items[i-1].isNoun() && items[i-1].t != nil && attrHeads.has(items[i-1].t.en()) {
			continue
		}
		if i+2 < len(items) && items[i+2].t != nil && (attrHeads.has(items[i+2].t.en()) || items[i+2].t.en() == "time" || items[i+2].t.en() == "period") {
			// 연결 5초 타임아웃: the value is named already, and the time
			// is its value
			items[i+1], items[i+2] = items[i+2], items[i+1]
			continue
		}
		head := timedHeads()[it.t.en()]
		if head == "" {
			continue
		}
		t := &Term{Words: append(append([]string{}, it.t.Words...), head), Class: 'n', Korean: it.t.Korean}
		items[i].t, items[i].words, items[i].alt = t, t.Words, nil
	}
	return items
}

// timedHeads: what an action's time in a unit is (debounce 300ms: a
// delay; poll: an interval; connect: a timeout; animate: a duration);
// _ joins a phrasal verb's words. Built on first use, not at init (the
// switch it replaced cost a cold start nothing).
var timedHeads = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for head, ws := range listsText(`delay: debounce throttle wait delay sleep pause back_off backoff;
		interval: poll retry refresh sync heartbeat ping check flush back_up backup autosave rotate reconnect update clean_up cleanup;
		timeout: connect request read write respond load fetch download upload call query execute run process shut_down shutdown;
		duration: animate show display fade fade_in fade_out slide scroll vibrate blink play`) {
		for _, w := range ws {
			m[strings.ReplaceAll(w, "_", " ")] = head
		}
	}
	return m
})

// allowedBefore: "allowed image file extensions": allowed before a noun is
// the state of the things allowed, not "can".
func allowedBefore(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := &items[i]; it.eng && it.g == gCan && (it.surface == "allowed" || it.surface == "permitted") && items[i+1].eng && items[i+1].isNoun() {
			t := termOr("allowed", 'a')
			it.g, it.t, it.words, it.mood, it.form = gNone, t, t.Words, moodMod, formAdn
		}
	}
	return items
}

// heldAsType: 만료 시각 datetime으로 들고 있는 변수: the type a value is
// held as is no part of its name.
func heldAsType(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := items[i]; it.eng && it.part == partDir && items[i+1].g == gHolder && i > 0 && items[i-1].isNoun() {
			items = append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// homographNouns: words read in the sense the rest of the question gives
// them: a person who comes into a place joins it, 기사 among rides is a
// driver, 문자 that is sent is a text message, 표 beside a show a ticket and
// 자리 in a parking lot a spot; and one-syllable words read as
// a noun where one stands: 적 before a noun is the enemy, not the 적 of 한 적
// 있는 (적 유닛: spawn_enemy_unit, was spawn_unit); 풀 before a kind word is
// a pool, not 풀다 (was Solver).
func homographNouns(items []item) []item {
	for i, it := range items {
		if it.eng || it.t == nil {
			continue
		}
		// 새 멤버가 서버에 들어왔을 때, 사용자가 채팅방에 입장했을 때: a
		// person coming into a place joins it (onMemberJoined)
		if it.t.en() == "come in" && it.isVerb() && slices.ContainsFunc(items[:i], func(p item) bool {
			return p.isNoun() && p.part == partLoc && oneOf(lastWord(p.words), "area|zone|region|trigger|checkpoint|range|field|building")
		}) {
			// 체크포인트 영역에 플레이어 들어오면: entering an area
			// (OnPlayerEnter…; was ComeInPlayer)
			t := verbTerm("enter")
			items[i].t, items[i].words = t, t.Words
			continue
		}
		if it.t.en() == "come in" && it.isVerb() && i > 0 && items[i-1].isNoun() && items[i-1].t != nil && oneOf(lastWord(items[i-1].words), "order|request|message|payment|inquiry|reservation|booking|report|application|call|email|complaint|review") {
			// 주문 들어오면: an order received (was come_in_order)
			t := verbTerm("receive")
			items[i].t, items[i].words = t, t.Words
			continue
		}
		if (it.t.en() == "come in" || it.t.en() == "enter") && it.isVerb() && slices.ContainsFunc(items[:i], func(p item) bool {
			return p.part == partSubj && p.isNoun() && (personWords.has(lastWord(p.words)) || lastWord(p.words) == "participant" || lastWord(p.words) == "guest")
		}) {
			t := verbTerm("join")
			items[i].t, items[i].words = t, t.Words
			continue
		}
		// 유저 풀네임 반환: returns it, a getter (was return_full_name);
		// 도서 반환하는: a book taken back (was getBook)
		if it.t.en() == "return" && prefixOf(it.surface, "반환|리턴") && (it.g == gReturn || it.form == formNoun && it.g == gNone) {
			if i > 0 && prefixOf(items[i-1].surface, "도서|책|장비|대여|렌탈|우산|자전거|차량|물품|킥보드|열쇠|보증금") {
				items[i].g = gNone
			} else if i > 0 && items[i-1].isNoun() && i == len(items)-1 {
				items[i].g = gReturn
			}
			continue
		}
		// 택시 호출 기록을 기사별로: a driver where rides are (an article
		// elsewhere); 주문 확인 문자를 발송: a text message where one is sent
		// (a character elsewhere: 특수 문자)
		var t *Term
		switch {
		case it.t.en() == "article" && strings.HasPrefix(it.surface, "기사") && saysSome(items, "택시|배차|승객|운행|차량|배달|운전|호출|라이더"):
			t = termOr("driver", 'n')
		case it.t.en() == "character" && strings.HasPrefix(it.surface, "문자") && (i == 0 || !strings.HasPrefix(items[i-1].surface, "특수")) &&
			slices.ContainsFunc(items, func(v item) bool {
				return v.isVerb() && v.t != nil && (v.t.en() == "send" || v.t.en() == "dispatch" || v.t.en() == "resend")
			}):
			t = termOr("sms", 'n')
		case it.t.en() == "tap" && it.surface == "탭" && (it.part != partNone || i+1 < len(items) && items[i+1].isAdj()) && saysSome(items, "에디터|편집기|브라우저|닫|열린|열려|전환|문서|변경|선택|활성"):
			// 에디터 탭이 닫힐 때, 탭 바뀌었을 때: a tab (a touch
			// elsewhere: 버튼을 탭했을 때)
			t = termOr("tab", 'n')
		case it.t.en() == "time zone" && it.surface == "시간대" && !saysSome(items, "변환|바꾸|utc|현지|지역|국가|기준|설정|표시") &&
			saysSome(items, "예약|진료|상담|수업|배송|가능|비어|빈|남은|회의"):
			// 예약 가능한 진료 시간대: a time slot (a time zone where times
			// are converted or shown)
			t = termOr("time slot", 'n')
		case it.t.en() == "status" && strings.HasPrefix(it.surface, "상태") && slices.ContainsFunc(items, func(x item) bool {
			return prefixOf(strings.ToLower(x.surface), "ui|뷰|화면|폼|컴포넌트|리덕스|redux|게임|플레이어|캐릭터|모달|위젯|스크린|view|screen|form|component|몬스터")
		}):
			// 폼 상태, 리덕스 장바구니 상태, 플레이어 상태: a UI's or a game
			// object's state (formState, PlayerState; an order has a status)
			t = termOr("state", 'n')
		case it.surface == "표" && saysSome(items, "공연|콘서트|영화|상영|기차|열차|항공|버스|뮤지컬|회차|좌석|예매|매진|경기|전시"):
			// 공연 회차별 남은 표 수: tickets (a table elsewhere: 표 형식으로)
			t = termOr("ticket", 'n')
		case it.t.en() == "authenticate" && it.isVerb() && i > 0 && prefixOf(items[i-1].surface, "본인|실명|휴대폰|핸드폰|전화|신원|이메일|메일|계좌|사업자|성인"):
			// 본인 인증 됐는지: verified (authenticated elsewhere: 로그인 인증)
			t = verbTerm("verify")
		case (it.t.en() == "busy" || it.t.en() == "in use") && strings.HasPrefix(it.surface, "사용") && slices.ContainsFunc(items[i+1:], func(x item) bool {
			return x.isNoun() && x.t != nil && oneOf(lastWord(x.words), takenPlaces)
		}):
			// 사용중인 좌석: an occupied seat (busy elsewhere: 사용 중인 포트)
			t = termOr("occupied", 'a')
		case it.t.en() == "remaining" && !it.eng && i+1 < len(items) && items[i+1].isNoun() && items[i+1].t != nil && oneOf(lastWord(items[i+1].words), takenPlaces+"|ticket|site"):
			// 남은 좌석, 잔여 객실: seats and rooms left are available ones
			// (availableSeatCount; remaining elsewhere: 남은 시간)
			t = termOr("available", 'a')
		case it.t.en() == "household" && strings.HasPrefix(it.surface, "가구") && saysSome(items, "이사|이삿짐|인테리어|배치|조립|가구점|원목|소파|침대|책상"):
			// 이삿짐 견적 가구 목록: furniture (a household elsewhere: 미납 가구)
			t = termOr("furniture", 'n')
		case it.t.en() == "waiting time" && saysSome(items, "shutdown|셧다운|종료|요청|응답|연결|접속|락|lock|timeout|타임아웃"):
			// graceful shutdown 대기시간: a timeout (a wait elsewhere: 병원 대기 시간)
			t = termOr("timeout", 'n')
		case it.t.en() == "stage" && saysSome(items, "파이프라인|배포|빌드|릴리스|릴리즈|ci|cd|pipeline|deploy"), it.t.en() == "step" && saysSome(items, "파이프라인|배포|릴리스|릴리즈|pipeline|deploy"):
			// 배포 파이프라인 단계: a stage (a step elsewhere: 가입 단계)
			t = termOr("stage", 'n')
		case it.t.en() == "capacity" && strings.HasPrefix(it.surface, "용량") && (i > 0 && items[i-1].surface == "약" || saysSome(items, "투약|복용|시럽|알약|처방|mg|밀리그램|약국|의약")):
			// 약 용량 mg을: a dose (a capacity elsewhere: 파일 용량, 탱크 용량)
			t = termOr("dose", 'n')
		case it.t.en() == "driving distance" && (saysSome(items, "중고차|매물|누적|정렬") || hasGram(items, gSort)):
			// 중고차 매물 주행거리 적은 순: a car's mileage (a trip's or a
			// charge's distance elsewhere: 1회 충전 시 최대 주행 거리)
			t = termOr("mileage", 'n')
		case it.surface == "키" && it.t.en() == "key" && (slices.ContainsFunc(items, func(x item) bool { return oneOf(itemUnit(x), "cm|mm|meters|inches|feet") }) || saysSome(items, "몸무게|체중|탑승|놀이기구|신체|성장|아이|아동|학생|선수|환자|센티|미터")):
			// 놀이기구 탑승 최소 키 cm, 학생 키 평균: a height (a key
			// elsewhere: API 키, 캐시 키)
			t = termOr("height", 'n')
		case strings.HasSuffix(it.surface, "자리") && it.t.en() != "digit" && saysSome(items, "주차|차량"):
			// 주차장 빈 자리: a spot (a seat elsewhere: 영화관 빈 자리)
			ws := slices.Clone(it.words)
			ws[len(ws)-1] = "spot"
			t = &Term{Words: ws, Class: 'n'}
		}
		if t != nil {
			items[i].t, items[i].words = t, t.Words
		}
	}
	for i := 0; i+1 < len(items); i++ {
		if it := items[i+1]; it.surface == "상태" && it.rest == "" && it.part == partNone && it.t != nil && (items[i].g == gList || items[i].isNoun() && oneOf(lastWord(items[i].words), heldValues)) &&
			(i+2 == len(items) || items[i+2].g == gVariable || items[i+2].g == gRequest) {
			// 검색어 입력값 상태, 장바구니 상품 목록 상태: a UI state that holds
			// the value is the value (searchQueryInput, cartItems; was
			// searchQueryInputStatus, cartItemStatuses)
			items[i+1].g = gStop
		}
		if it := items[i]; it.g == gBy && !it.eng && strings.HasPrefix(it.surface, "기준") {
			// 오늘 날짜 기준으로 만료된 쿠폰: now is when it is judged, not
			// what the coupons are grouped by (was getExpiredCouponsByTodayDate)
			j, now := i, false
			for j > 0 && (items[j-1].isNoun() && items[j-1].part == partNone && oneOf(lastWord(items[j-1].words), anchorTimes) || items[j-1].surface == "현재" || items[j-1].surface == "지금") {
				j--
				now = now || items[j].surface == "현재" || items[j].surface == "지금" || items[j].words[0] == "today" || items[j].words[0] == "now" || items[j].words[0] == "current"
			}
			if now {
				for k := j; k <= i; k++ {
					items[k].g = gStop
				}
			}
		}
		if it := items[i]; !it.eng && it.t == nil && it.surface == "적" && it.rest == "" && (items[i+1].isNoun() || items[i+1].g == gClass) &&
			(i == 0 || !items[i-1].isVerb()) {
			t := termOr("enemy", 'n')
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true}
		}
		if it := items[i]; !it.eng && it.surface == "풀" && it.rest == "" && it.t != nil && it.t.en() == "solve" &&
			(items[i+1].g == gClass || items[i+1].t != nil && items[i+1].t.en() == "class name") {
			// 작업을 돌리는 풀 클래스: a pool, not 풀다 (solve)
			t := &Term{Words: []string{"pool"}, Class: 'n'}
			items[i] = item{t: t, words: t.Words, surface: it.surface, known: true}
		}
	}
	return items
}

// heldValues: values a UI state (상태) holds.
const heldValues = "input|index|value|query|text|keyword|items|count|page|number|position|offset|selection|filter|filters"

// anchorTimes: the words of a moment a 기준 may name (오늘 날짜, 현재
// 시간), which judges and groups nothing.
const anchorTimes = "today|now|date|time"

// scheduledSense: 이메일 발송을 백그라운드 잡으로 예약하는, 푸시 알림을 보낼 예약
// 시각: work or a message set for later is scheduled, not reserved (a
// table, a room, a seat is reserved): scheduleEmail, scheduledAt (was
// reserve_email, reservedAt).
func scheduledSense(items []item) []item {
	if !slices.ContainsFunc(items, func(it item) bool { return it.t != nil && scheduledThings.has(lastWord(it.t.Words)) }) {
		return items
	}
	for i, it := range items {
		if it.eng || it.t == nil {
			continue
		}
		var t *Term
		switch it.t.en() {
		case "reserve":
			t = termOr("schedule", 'v')
		case "reserved":
			t = termOr("scheduled", 'a')
		case "reservation":
			// 예약 시각, 예약 발송 (a 예약 확인 메일 confirms a booking)
			if i+1 < len(items) && items[i+1].t != nil && (items[i+1].isVerb() && !bookingActs.has(items[i+1].t.en()) || timeHeads.has(items[i+1].t.en())) {
				// (예약 취소하고 문자 보내는: a booking cancelled, then a
				// message; was sendScheduledSms)
				t = termOr("scheduled", 'a')
			}
		}
		if t != nil {
			items[i].t, items[i].words, items[i].alt = t, t.Words, nil
		}
	}
	return items
}

// bookingActs are done to a booking (취소, 확정, 변경 …), not to work set
// for later.
const bookingActs lazySet = `cancel confirm change update modify approve reject delete check complete accept decline move transfer`

// usedSense: 쿠폰을 이미 썼는지, 포인트를 다 썼는지, 쿠폰 코드가 지금 쓸 수
// 있는지: money and vouchers are used, not written (hasUsedCoupon,
// isCouponCodeUsable; was isCouponWritten, isCouponCodeWritable).
func usedSense(items []item) []item {
	if !slices.ContainsFunc(items, func(it item) bool {
		return it.t != nil && slices.ContainsFunc(strings.Fields(it.t.en()), spentThings.has)
	}) {
		return items
	}
	for i, it := range items {
		var t *Term
		switch {
		case it.eng || it.t == nil:
		case it.t.en() == "write" && prefixOf(it.surface, "썼|쓴|쓰"):
			t = termOr("use", 'v')
		case it.t.en() == "writable":
			t = termOr("usable", 'a')
		}
		if t != nil {
			items[i].t, items[i].words, items[i].alt = t, t.Words, nil
		}
	}
	return items
}

// spentThings are spent or redeemed, not written.
const spentThings lazySet = `coupon voucher point points credit balance money budget ticket token quota allowance gift card mileage`

// scheduledThings are work and messages: what is set for later is
// scheduled.
const scheduledThings lazySet = `job task email mail notification message post batch cron report reminder alarm send publish
	delivery newsletter sms backup`

// retriesCounted: 업로드 재시도 최대 횟수, HTTP 요청 재시도 횟수: a retry counted
// or capped is a noun, the thing counted (maxUploadRetries; was maxUploads,
// and a function retryUploadCount).
func retriesCounted(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it, nx := items[i], items[i+1]
		if it.eng || !it.isVerb() || it.form != formNoun || it.part != partNone || nx.g != gMax && nx.g != gMin && nx.g != gCount {
			continue
		}
		w := ""
		switch it.t.en() {
		case "retry", "reattempt", "resend", "redeliver", "retransmit":
			w = "retry"
		case "attempt", "try":
			w = "attempt"
		default:
			continue
		}
		t := termOr(w, 'n')
		items[i].t, items[i].words, items[i].alt = t, t.Words, nil
	}
	return items
}

// gerundObject: 엑셀 내보내기를 큐에 넘기는, 주문 취소를 요청하는: an action
// named with -기 or as a noun, then handed to another verb, is a thing (the
// Excel export: enqueueExcelExport; was enqueueExcel).
func gerundObject(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it := items[i]
		if it.eng || !it.isVerb() || it.rest != "기를" && it.rest != "기" ||
			!items[i-1].isNoun() || items[i-1].part != partNone ||
			!slices.ContainsFunc(items[i+1:], func(x item) bool { return x.isVerb() }) {
			continue
		}
		n := verbNoun(it.t)
		if n == nil {
			n = &Term{Words: it.t.Words, Class: 'n'}
		}
		items[i].t, items[i].words, items[i].alt, items[i].form, items[i].mood, items[i].part = n, n.Words, nil, formNoun, moodNone, partObj
	}
	return items
}

// lightVerb: 썸네일 생성을 비동기로 돌리는, 인덱스 재구축을 실행하는: an action
// named as a noun and then run or performed is the action itself
// (generate_thumbnail_async; was run_image_thumbnail_async).
func lightVerb(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := items[i]
		if it.eng || !it.isVerb() || it.form != formNoun || it.part != partObj {
			continue
		}
		j := i + 1
		for j < len(items) && (items[j].g == gAsync || items[j].t == nil && items[j].g == gStop) {
			j++ // 비동기로, 백그라운드에서
		}
		if j >= len(items) || !items[j].isVerb() || items[j].eng {
			continue
		}
		switch items[j].t.en() {
		case "run", "execute", "perform":
		default:
			continue
		}
		v := items[j]
		it.part, it.form, it.mood, it.rest = partNone, v.form, v.mood, v.rest
		items[i] = it
		items = append(items[:j], items[j+1:]...)
	}
	return items
}

// formatIs: 파일이 이미지 형식인지, 값이 숫자 타입인지: the format or type asked
// about is the predicate noun (isImage; was is_image_format).
func formatIs(items []item) []item {
	for i := 1; i < len(items); i++ {
		it, x := items[i], items[i-1]
		if it.eng || x.eng || it.t == nil || it.part != partCopulaQ || !x.isNoun() || x.part != partNone {
			continue
		}
		switch it.t.en() {
		case "format", "type", "kind", "file format", "file type":
		default:
			continue
		}
		items[i-1].part, items[i-1].mood, items[i-1].rest = it.part, it.mood, it.rest
		items = append(items[:i], items[i+1:]...)
	}
	return items
}

// signupsCounted: 오늘 가입한 회원 수: the members who signed up, counted, are
// the signups (todaySignupCount; was getTodaySignedUpMemberCount).
func signupsCounted(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		v, n := items[i], items[i+1]
		if v.eng || !v.isVerb() || v.t.en() != "sign up" || v.mood != moodMod || n.t == nil {
			continue
		}
		switch n.t.en() {
		case "member count", "user count", "customer count":
		default:
			continue
		}
		t := &Term{Words: []string{"signup count"}, Class: 'n'}
		n.t, n.words = t, []string{"signup", "count"}
		items = append(items[:i], append([]item{n}, items[i+2:]...)...)
	}
	return items
}

// earliestMoment: 가장 빠른 before a date or a time is the earliest (예약
// 가능한 가장 빠른 시간: earliestAvailableTime; was fastest).
func earliestMoment(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if items[i].eng || items[i].t == nil || items[i].t.en() != "fastest" {
			continue
		}
		for _, n := range items[i+1 : min(i+3, len(items))] {
			if n.t == nil || !n.isNoun() {
				break
			}
			if w := lastWord(n.t.Words); dateNouns.has(w) || momentNouns.has(w) {
				t := termOr("earliest", 'a')
				items = slices.Clone(items)
				items[i].t, items[i].words = t, t.Words
				break
			}
		}
	}
	return items
}

// momentNouns name a moment besides dateNouns (the earliest slot, the
// earliest departure).
const momentNouns lazySet = `slot at schedule appointment departure arrival`

// fieldsListed: 비어있는 필수 필드 목록, 필드 이름들 배열: fields listed
// are form fields, the thing of the list, not the kind asked (was no
// name at all).
func fieldsListed(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := items[i]
		if it.eng || it.g != gVariable || !strings.HasPrefix(it.surface, "필드") {
			continue
		}
		next := items[i+1]
		named := strings.HasPrefix(next.surface, "이름") && (strings.HasPrefix(next.rest, "들") || i+2 < len(items) && items[i+2].g == gList)
		if next.g != gList && !named && !strings.HasPrefix(it.rest, "들") {
			continue
		}
		t := nounTerm("field")
		if t == nil {
			return items
		}
		items = slices.Clone(items)
		items[i].g, items[i].t, items[i].words, items[i].known, items[i].plural = gNone, t, t.Words, true, true
	}
	return items
}

// objectsHeld: 총알 객체들을 담는 벡터, 주문 객체 리스트: objects held in a
// collection are its elements, no type asked (was the class Bullet).
func objectsHeld(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := items[i]
		if it.eng || it.g != gClass || it.surface != "객체" && it.surface != "오브젝트" && it.surface != "인스턴스" || !items[i-1].isNoun() ||
			!slices.ContainsFunc(items[i+1:], func(x item) bool { return x.g == gList || x.isNoun() && x.t != nil && seqNouns.has(x.t.en()) }) {
			continue
		}
		items[i-1].plural, items[i-1].part = true, it.part
		items = append(items[:i], items[i+1:]...)
	}
	return items
}

// seqNouns hold elements in order or as a set.
const seqNouns lazySet = `vector list array set slice collection queue stack deque`

// madeThing: 카테고리별로 묶어서 dict로 만든 거: what the value was made
// from says what it is; 만들다 itself names nothing.
func madeThing(items []item) []item {
	for i := 1; i < len(items); i++ {
		it := items[i]
		if it.eng || !it.isVerb() || it.t.en() != "create" || it.mood != moodMod || !(it.rest == "거" || it.rest == "것" || i+1 < len(items) && items[i+1].g == gVariable) {
			continue
		}
		if p := items[i-1]; p.mood == moodConn && (p.isVerb() || p.isAdj()) || p.part == partDir {
			items = append(items[:i], items[i+1:]...)
			i--
		}
	}
	return items
}

// fetchedNoun: 헬스킷에서 가져온 걸음 수, 서버에서 받아온 목록, DB에서
// 불러온 미납 청구서, 입력된 혈압: where a value came from is no part of its
// name (got steps, typed blood pressure say nothing). A hook
// that gets a thing does it (게시글 목록 가져오는 훅: usePosts).
func fetchedNoun(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := items[i]
		if !it.eng && it.isVerb() && (it.t.en() == "get" || it.t.en() == "fetch" || it.t.en() == "load" || it.t.en() == "type" && strings.HasPrefix(it.surface, "입력")) && it.mood == moodMod && it.form != formFut && !it.neg &&
			(nounish(items[i+1]) || items[i+1].isAdj() && i+2 < len(items) && nounish(items[i+2])) &&
			!(items[i+1].t != nil && (items[i+1].t.en() == "hook" || items[i+1].t.en() == "custom hook" || jobWords.has(items[i+1].t.en()))) {
			// (시세 가져오는 잡 클래스: the job does it, FetchStockPriceJob)
			items = append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// onesFrom: 세션 목록에서 만료된 것들만 골라내는: the ones are the things
// of the list (expired sessions), picked.
func onesFrom(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		src := items[i]
		if src.eng || src.part != partFrom {
			continue
		}
		n, k := src, i
		if src.g == gList && i > 0 && items[i-1].isNoun() && items[i-1].part == partNone {
			n, k = items[i-1], i-1
		} else if !src.isNoun() {
			continue
		}
		if p := items[i+2]; !p.eng && i+3 < len(items) && (p.surface == "거" || p.surface == "것" || p.surface == "것들" || p.surface == "거들") {
			if m := items[i+1]; m.isAdj() && m.mood == moodNone && m.rest == "" && strings.HasSuffix(p.rest, "만") {
				items[i+1].rest = "만" // 최근 것만: the recent ones, the 만 the 것 carried
			}
			items = append(items[:i+2:i+2], items[i+3:]...) // 완료된 거만: the ones
		}
		m, v := items[i+1], items[i+2]
		if !m.eng && m.isAdj() && m.mood == moodNone && strings.HasSuffix(m.rest, "만") {
			// 항공권 리스트에서 직항만 필터링하는: the nonstop ones (was filter)
			m.part, m.rest, m.mood = partNone, "", moodMod
		}
		if m.eng || v.eng || !(m.isAdj() || m.isVerb()) || m.mood != moodMod || !v.isVerb() || v.form == formNoun {
			continue
		}
		n.part, n.rest, n.plural = partObj, "을", true
		out := append([]item(nil), items[:k]...)
		if e := v.t.en(); v.mood == moodMod && (e == "filter" || e == "pick" || e == "select" || e == "extract") && (i+3 >= len(items) || items[i+3].g != gFunction) {
			// (취소된 것만 걸러내는 함수: the filter is the action, below)
			// 완료된 거만 필터링한 (목록): the ones themselves, completed todos
			n.part, n.rest = partNone, ""
			return append(append(out, m, n), items[i+3:]...)
		}
		if e := v.t.en(); e == "pick" || e == "select" || e == "extract" {
			// 탈퇴한 것만 골라내는 함수: picking some out of a list is filtering
			items[i+2].setTerm(termOr("filter", 'v'))
		}
		out = append(out, m, n)
		return append(out, items[i+2:]...)
	}
	return items
}

// againPrefix: 재구매한, 재방문한: 재 before a verbal noun is re- (repurchased,
// revisited), not 재다 (measure).
func againPrefix(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it, v := items[i], items[i+1]
		if it.eng || it.surface != "재" || it.rest != "" || v.eng || v.t == nil || v.t.Class != 'v' || len(v.t.Words) != 1 || strings.Contains(v.t.Words[0], " ") {
			continue
		}
		w := v.t.Words[0]
		if strings.HasPrefix(w, "re") || w == "search" || w == "view" || w == "sign" {
			continue
		}
		t := &Term{Words: []string{"re" + w}, Class: 'v', Korean: v.t.Korean}
		v.t, v.words, v.alt = t, t.Words, nil
		items = append(items[:i], append([]item{v}, items[i+2:]...)...)
	}
	return items
}

// valueBeforeNoun: 확장자가 jpg인 파일, 상태가 PENDING인 주문: a value
// written in Latin letters, then 인 and a noun, names those things (jpg
// files, pending orders); the attribute it is a value of goes.
func valueBeforeNoun(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x, v, y := items[i], items[i+1], items[i+2]
		if x.eng || !x.isNoun() || x.part != partSubj || !v.eng || v.part != partCopula || len(v.words) == 0 || y.eng || !y.isNoun() || y.t == nil {
			continue
		}
		t := &Term{Words: []string{strings.ToLower(strings.Join(v.words, " "))}, Class: 'a'}
		m := item{t: t, words: t.Words, surface: v.surface, known: true, eng: true, mood: moodMod, form: formAdn}
		items = append(items[:i], append([]item{m}, items[i+2:]...)...)
	}
	return items
}

// ableNoun: 수정할 수 있는 필드, 조회할 수 있는 게시글, 삭제할 수 있는
// 댓글인지: what one can V is V-able (editable fields, visible posts); a
// field or property listed is the noun, not the kind asked for.
func ableNoun(items []item) []item {
	for i := 0; i+3 < len(items); i++ {
		v, su, ex := items[i], items[i+1], items[i+2]
		if v.eng || !v.isVerb() || v.mood != moodFutMod || su.g != gCount || su.surface != "수" || ex.g != gExist || ex.mood != moodMod || ex.neg ||
			i > 0 && items[i-1].part == partDir {
			continue // JSON으로 바꿀 수 있는 타입: a conversion's target (JsonConvertible)
		}
		n := &items[i+3]
		if !n.eng && n.g == gVariable && (n.surface == "필드" || n.surface == "속성" || n.surface == "프로퍼티") && i+4 < len(items) && items[i+4].g == gList {
			t := termOr(fieldNouns.get(n.surface), 'n')
			n.setTerm(t)
		}
		if n.eng || !n.isNoun() || n.t == nil {
			continue
		}
		if n.part == partCopulaQ {
			// 삭제할 수 있는 댓글인지 asks 댓글을 삭제할 수 있는지
			o, e := *n, ex
			o.part, o.rest = partObj, "을"
			e.mood, e.rest = moodQ, "는지"
			items = append(items[:i], append([]item{o, v, su, e}, items[i+4:]...)...)
			i += 3
			continue
		}
		a := ableAdjective(v.t.en())
		if a == "" {
			continue
		}
		t := &Term{Words: []string{a}, Class: 'a', Korean: v.t.Korean}
		adj := item{t: t, words: t.Words, surface: v.surface, known: true, form: formAdn, mood: moodMod}
		items = append(items[:i], append([]item{adj}, items[i+3:]...)...)
	}
	return items
}

// fieldNouns are the kind words that are also things a question may be
// about (수정할 수 있는 필드 목록, 삭제된 필드인지).
const fieldNouns lazyPairs = "필드=field, 속성=attribute, 프로퍼티=property"

// ableAdjective is the adjective of what one can V: able's -able, or the
// word English uses instead (see, view: visible).
func ableAdjective(v string) string {
	switch v {
	case "see", "view", "show", "display", "get", "read":
		return "visible"
	case "update", "modify":
		return "editable"
	case "access":
		return "accessible"
	case "select", "choose", "pick":
		return "selectable"
	case "use":
		return "available"
	}
	return able(v)
}

// boundedNoun: 나이가 20살 이상인 사용자, 가격이 만원 이하인 상품: the things
// whose attribute passes a bound (users above the age threshold); the
// number is a value and names nothing.
func boundedNoun(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x := items[i]
		if x.eng || !x.isNoun() || x.t == nil || x.part != partSubj && x.part != partNone {
			continue
		}
		c := i + 1
		for c < len(items) && (items[c].g == gCounter || items[c].t == nil && isDigits(items[c].surface)) {
			c++ // 10개: the bound's count
		}
		if c+1 >= len(items) || c == i+1 && !strings.HasPrefix(x.rest, "이") && !strings.HasPrefix(x.rest, "가") {
			// without 이/가 a number must follow (별점 4점 이상인: compared;
			// 평균 이상 says nothing)
			continue
		}
		cmp, y := items[c], items[c+1]
		if cmp.eng || y.eng || !y.isNoun() || y.t == nil || len(y.t.Words) != 1 || cmp.part != partCopula && cmp.mood != moodMod {
			continue
		}
		dir := ""
		switch {
		case strings.HasPrefix(cmp.surface, "이상") || cmp.surface == "초과":
			dir = "above"
		case strings.HasPrefix(cmp.surface, "이하") || strings.HasPrefix(cmp.surface, "미만"):
			dir = "below"
		default:
			continue
		}
		if levelAttrs.has(x.t.en()) && x.t.en() != "score" {
			// 재고가 10개 미만인 상품: low-stock products (levelNoun)
			items = append(items[:i], append([]item{levelState(cmp, x.t, levelOf.get(dir))}, items[c+1:]...)...)
			continue
		}
		bound := strings.Join(x.t.Words, " ") + " threshold"
		t := &Term{Words: []string{y.t.Words[0] + " " + dir + " " + bound}, Class: 'n', Plural: pluralOf(y.t, y.t.Words[0]) + " " + dir + " " + bound, Korean: y.t.Korean}
		y.t, y.words = t, t.Words
		items = append(items[:i], append([]item{y}, items[c+2:]...)...)
	}
	return items
}

// levelAttrs are the attributes a thing is low or high on (low-stock
// products, low-battery devices, high-rated reviews); an age or a price
// past a bound stays a threshold (users above the age threshold), and so
// does a score past a number (60점 이상: passing, not high scoring).
const levelAttrs lazySet = `stock inventory battery score rating balance priority confidence fuel signal memory grade level
	quality stamina health mana`

// levelOf is the level a bound's direction says.
const levelOf lazyPairs = "above=high, below=low"

// levelWords: low stock, high rated, low scoring.
func levelWords(attr *Term, lvl string) []string {
	switch attr.en() {
	case "rating":
		return []string{lvl, "rated"}
	case "score":
		return []string{lvl, "scoring"}
	}
	return cat([]string{lvl}, attr.Words)
}

// levelState is the comparison item c made the state of being lvl on attr
// (low stock), which modifies the noun after it.
func levelState(c item, attr *Term, lvl string) item {
	c.t = &Term{Words: levelWords(attr, lvl), Class: 'a'}
	c.words, c.g, c.mood = c.t.Words, gNone, moodMod
	return c
}

// levelNoun: 재고가 적은 상품, 배터리가 부족한 디바이스, 평점이 높은 리뷰,
// 점수가 기준 이하인 플레이어: the things low or high on an attribute
// (lowStockProducts, lowBatteryDevices, highRatedReviews; the attribute was
// lost: filterProducts, filterInsufficientDevices, filterHighReviews).
func levelNoun(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x := items[i]
		if x.eng || !x.isNoun() || x.t == nil || x.part != partSubj && x.part != partNone {
			continue
		}
		c := i + 1
		for c+2 < len(items) && (items[c].g == gBy || items[c].g == gCounter || items[c].t == nil && isDigits(items[c].surface) || items[c].unit != "") {
			c++ // 기준 이하, 20% 미만
		}
		cmp, y := items[c], items[c+1]
		if cmp.eng || y.eng || !y.isNoun() || y.t == nil || x.part != partSubj && c == i+1 || c+2 < len(items) && items[c+2].g == gOrder {
			continue // (댓글이 많은 게시글 순: the count is the criterion)
		}
		lvl := ""
		switch {
		case cmp.t != nil && cmp.isAdj():
			switch cmp.t.en() {
			case "low", "insufficient", "below", "few", "little":
				lvl = "low"
			case "high", "above", "many":
				lvl = "high"
			}
		case cmp.g == gFew && strings.HasPrefix(cmp.rest, "은") && levelAttrs.has(x.t.en()):
			lvl = "low" // 재고가 적은
		case cmp.g == gMany && strings.HasPrefix(cmp.rest, "은") && levelAttrs.has(x.t.en()):
			lvl = "high"
		}
		if lvl == "" || !levelAttrs.has(x.t.en()) && cmp.t != nil && (cmp.t.en() == "below" || cmp.t.en() == "above") {
			continue
		}
		// the attribute and the comparison become one state, as comparedTo
		// makes 배터리 20% 미만 (low battery)
		items = append(items[:i], append([]item{levelState(cmp, x.t, lvl)}, items[c+1:]...)...)
	}
	return items
}

// withOrWithout: 사진이 있는 게시글, 태그가 없는 게시글: posts with photos, posts
// without tags
func withOrWithout(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		x, e, y := items[i], items[i+1], items[i+2]
		if x.eng || e.eng || y.eng || !x.isNoun() || x.t == nil || (x.part != partSubj && x.part != partNone) || e.mood != moodMod ||
			(e.g != gExist && e.g != gAbsent) || !y.isNoun() || y.t == nil || len(y.t.Words) != 1 {
			continue
		}
		with := "with"
		if e.g == gAbsent {
			with = "without"
		}
		xs := phraseHead(x.t, "").Plural
		// 빈 셀이 있는 행, 할인 쿠폰이 있는 상품: the subject's modifiers go
		// with it (rows with empty cells, not empty rows with cells)
		s := i
		for s > 0 && subjectModifier(&items[s-1]) {
			s--
			xs = strings.Join(items[s].t.Words, " ") + " " + xs
		}
		y.t = phraseHead(y.t, " "+with+" "+xs)
		y.words = y.t.Words
		items = append(items[:s], append([]item{y}, items[i+3:]...)...)
		i = s
	}
	return items
}

// phraseHead: t's words and then after, as one noun, with its plural
// (rows with empty cells, files to upload).
func phraseHead(t *Term, after string) *Term {
	ws := slices.Clone(t.Words)
	one := strings.Join(ws, " ") + after
	ws[len(ws)-1] = pluralOf(t, ws[len(ws)-1])
	return &Term{Words: []string{one}, Class: 'n', Plural: strings.Join(ws, " ") + after, Korean: t.Korean}
}

// verbNounPlace: 발송 큐에서, 업로드 큐에 쌓인: a bare verbal noun before a
// place names the place (the send queue, the upload queue), not the
// action asked (was send_count for 발송 큐에서 대기 중인 이메일 개수).
func verbNounPlace(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		v, p := items[i], items[i+1]
		if v.eng || p.eng || !v.isVerb() || v.form != formNoun || v.rest != "" || v.part != partNone || v.neg ||
			!p.isNoun() || p.t == nil || p.part != partLoc && p.part != partFrom || len(p.t.Words) != 1 || !verbPlaces.has(p.t.Words[0]) {
			continue
		}
		if i > 0 && (items[i-1].part == partObj || items[i-1].isNoun() && items[i-1].part == partNone) {
			continue // 주문 데이터 업로드 큐: the thing the verb is about comes first
		}
		t := &Term{Words: cat(eventNoun(v.t), p.t.Words), Class: 'n', Korean: p.t.Korean}
		p.t, p.words = t, t.Words
		return append(append(items[:i:i], p), items[i+2:]...)
	}
	return items
}

// verbPlaces are places a verbal noun before them names (send queue,
// upload folder, login page).
const verbPlaces lazySet = `queue folder directory page screen server bucket channel topic list table log`

// subjectModifier: a word before a subject that qualifies it (빈 셀, 할인
// 쿠폰), not the subject's owner (사용자의) or a place.
func subjectModifier(it *item) bool {
	return !it.eng && it.t != nil && it.part == partNone && it.rest == "" && (it.isNoun() || it.isAdj() && it.mood == moodMod) &&
		!calendarWords.has(it.t.en())
}

// nameAfterNoun: "the comment's author name", "file name": name after a noun is the
// noun's name, not the request for one
func nameAfterNoun(items []item) []item {
	for i := 1; i < len(items); i++ {
		if it := &items[i]; it.eng && it.g == gRequest && (it.surface == "name" || it.surface == "names") && items[i-1].eng && items[i-1].isNoun() &&
			(i+1 == len(items) || items[i+1].g != gIn && items[i+1].g != gOf && items[i+1].surface != "for") {
			t := getNameTerm()
			it.g, it.t, it.words, it.known, it.plural = gNone, t, t.Words, true, it.surface == "names"
		}
	}
	return items
}

// railsScope: 정산 안 된 주문들 가져오는 스코프 (Rails): a scope is a method
func railsScope(items []item) []item {
	for i := range items {
		if it := &items[i]; it.t != nil && it.t.en() == "scope" && (i > 0 && (headEnd(items, i) || i+1 < len(items) && items[i+1].g == gRequest) &&
			(items[i-1].isVerb() || items[i-1].g == gSort || items[i-1].isAdj()) || recordScope(items, i)) {
			it.g, it.t, it.words = gFunction, nil, nil // (its surface says scope: scopeNames)
		}
	}
	return items
}

// typeSaysPurpose: JSON 응답용 UserResponse로: a type named in the question says
// itself what it is for
func typeSaysPurpose(items []item) []item {
	for i := 1; i < len(items); i++ {
		if it := items[i]; it.eng && it.t != nil && len(it.t.Words) == 1 && strings.Contains(it.t.Words[0], " ") && !items[i-1].eng && items[i-1].rest == "용" {
			j := i - 1
			for j > 0 && items[j-1].eng && items[j-1].part == partNone && items[j-1].isNoun() {
				j--
			}
			items = append(items[:j], items[i:]...)
			break
		}
	}
	return items
}

// doneAsProcessing: 댓글 숨김 처리하는, 삭제 처리: X 처리 is doing X (hide, delete)
func doneAsProcessing(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		st, v := items[i], &items[i+1]
		if st.eng || v.eng || !v.isVerb() || v.t.en() != "process" || st.part != partNone || st.t == nil || st.t.en() == "request" ||
			v.mood != moodMod || i+2 < len(items) && (items[i+2].isNoun() || items[i+2].g == gHandler) {
			continue // (요청 처리 핸들러, 처리 시간: processing itself)
		}
		var vt *Term
		switch {
		case st.isAdj():
			if b := baseOf(st.t.en()); len(b) > 0 {
				vt = verbTerm(strings.Join(b, " "))
			}
		case st.isVerbalNoun():
			vt = st.t
		}
		if vt == nil {
			continue
		}
		v.t, v.words = vt, vt.Words
		items = append(items[:i], items[i+1:]...)
		break
	}
	return items
}

// storageKey: 다크모드 여부 저장하는 키: the key something is stored under is
// named for it (darkModeKey), however the storing is said (저장할 때 쓰는
// 키, 저장하는 로컬스토리지 키) and wherever (로컬스토리지에: where, not what).
func storageKey(items []item) []item {
	isKey := func(it item) bool { return it.t != nil && it.t.en() == "key" && !it.eng }
	saves := func(it item) bool { return !it.eng && it.isVerb() && (it.t.en() == "save" || it.t.en() == "store") }
	for i := 1; i+1 < len(items); i++ {
		if v := items[i]; saves(v) && v.mood == moodFutMod && i+3 < len(items) && items[i+1].g == gWhen &&
			items[i+2].isVerb() && (items[i+2].t.en() == "write" || items[i+2].t.en() == "use") && isKey(items[i+3]) {
			items = append(items[:i+1], items[i+3:]...) // 저장할 때 쓰는 키
			items[i].mood = moodMod
		}
		if saves(items[i]) && items[i].mood == moodMod && i+2 < len(items) && items[i+1].t != nil && keyStores.has(items[i+1].t.en()) && isKey(items[i+2]) {
			items = append(items[:i+1], items[i+2:]...) // 저장하는 로컬스토리지 키
		}
		if saves(items[i]) && items[i].mood == moodMod && isKey(items[i+1]) {
			for j := 0; j < i; j++ {
				if items[j].part == partLoc && items[j].t != nil && keyStores.has(items[j].t.en()) {
					items[j].part = partIgnore
				}
			}
			items = append(items[:i], items[i+1:]...)
			if items[i-1].g == gYesNo {
				items = append(items[:i-1], items[i:]...)
			}
			if items[i-1].part == partObj {
				items[i-1].part = partNone
			}
			break
		}
	}
	return items
}

// keyStores keep values under keys.
const keyStores lazySet = "local storage, session storage, cookie, user defaults"

// nounInProgress: 점프 중인지, 공격 중인지, 배달 중인지: a noun in progress is
// its verb (jumping; delivering, the 하다 verb of 배달)
func nounInProgress(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		if it := &items[i]; !it.eng && it.isNoun() && it.t != nil && it.t.en() != "progress" && it.surface != "진행" && items[i+1].g == gProgress && items[i+1].surface == "중" && !items[i+1].eng &&
			(items[i+1].part == partCopulaQ || items[i+1].part == partCopula) {
			for _, t := range loadGlossary().en[it.t.en()] {
				if t.Class == 'v' && t.en() == it.t.en() {
					it.t, it.words, it.form = t, t.Words, formNoun
					break
				}
			}
			for _, m := range loadGlossary().ko[it.surface] {
				if it.t.Class == 'n' && m.t.Class == 'v' && m.form == formNoun {
					it.t, it.words, it.form = m.t, m.t.Words, formNoun
					break
				}
			}
		}
	}
	return items
}

// joinedNouns: 캐시랑 토큰, 이름과 이메일: what is joined with 와/랑 to a noun is a noun
func joinedNouns(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it := &items[i]
		if it.eng || it.part != partAnd || !items[i+1].isNoun() || items[i+1].eng {
			continue
		}
		switch {
		case it.isVerbalNoun() || it.isVerb() && it.form == formNoun:
			t := it.alt
			if t == nil || t.Class != 'n' {
				t = &Term{Words: it.t.Words, Class: 'n'}
			}
			it.t, it.words, it.alt = t, t.Words, nil
		case it.g == gRequest && it.surface == "이름":
			t := getNameTerm()
			it.setTerm(t)
		}
	}
	return items
}

// endStartDate: 체험 끝나는 날짜, 이벤트 시작하는 시각: the end (start) date
// 쿠폰 유효기간 끝나는 날짜: the expiry date already is the end
func endStartDate(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it, next := &items[i], items[i+1]
		if it.eng || it.t == nil || it.mood != moodMod || next.t == nil || !dateNouns.has(next.t.en()) {
			continue
		}
		var w string
		switch {
		case strings.HasPrefix(it.surface, "끝나") || strings.HasPrefix(it.surface, "끝난") || strings.HasPrefix(it.surface, "종료"):
			w = "end"
		case strings.HasPrefix(it.surface, "시작"):
			w = "start"
		default:
			continue
		}
		if p := i - 1; w == "end" && p >= 0 && items[p].t != nil && len(items[p].words) > 0 && strings.HasSuffix(items[p].words[len(items[p].words)-1], "date") {
			items = append(items[:i], items[i+2:]...)
			i--
			continue
		}
		t := &Term{Words: []string{w}, Class: 'n'}
		it.t, it.words, it.form, it.mood, it.g = t, t.Words, formNoun, moodNone, gNone
		if i > 0 && items[i-1].t != nil && items[i-1].t.Class == 'u' {
			// 무료 체험 14일 끝나는: the length given is a value
			items = append(items[:i-1], items[i:]...)
			i--
		}
	}
	return items
}

// sendThenWait: 요청 보내고 응답 기다리는, 결제 요청을 보내고 결과를 기다리는:
// waiting for the answer or the result is part of the request; the function
// is named for what it sends
func sendThenWait(items []item) []item {
	for i := 2; i < len(items); i++ {
		if w, r, v := items[i], items[i-1], items[i-2]; !w.eng && w.isVerb() && w.t.en() == "wait" && r.t != nil && (r.t.en() == "response" || r.t.en() == "result" || r.t.en() == "reply" || r.t.en() == "completion") &&
			(r.part == partNone || r.part == partObj) && v.isVerb() && v.mood == moodConn {
			items[i-2].mood = w.mood
			items = append(items[:i-1], items[i+1:]...)
			break
		}
	}
	return items
}

// layoutSpacing: 셀 사이 간격 (8pt): a gap in a layout is spacing, not a time interval
func layoutSpacing(items []item) []item {
	for i := range items {
		if it := &items[i]; !it.eng && it.t != nil && it.t.en() == "interval" && it.surface == "간격" && layoutGap(items) {
			t := termOr("spacing", 'n')
			it.t, it.words = t, t.Words
		}
	}
	return items
}

// eventProcessing: 파드 삭제 이벤트 처리하는 함수: handling an event is its handler
func eventProcessing(items []item) []item {
	for i := 1; i < len(items); i++ {
		if ev, v := items[i-1], items[i]; !v.eng && v.isVerb() && (v.t.en() == "process" || v.t.en() == "handle") && v.mood == moodMod &&
			ev.t != nil && lastWord(ev.t.Words) == "event" && (ev.part == partNone || ev.part == partObj) && i+1 < len(items) && items[i+1].g == gFunction {
			items[i-1].part = partNone
			items[i] = item{g: gHandler, surface: "핸들러", known: true}
		}
	}
	return items
}

// englishSetLast: 유저 id 담아두는 Set: in a Korean question an English Set said
// last, after what it holds, is the collection
func englishSetLast(items []item) []item {
	for i := 1; i < len(items); i++ {
		if it := &items[i]; it.eng && it.surface == "set" && it.t != nil && it.t.Class == 'n' && !items[i-1].eng &&
			(i+1 == len(items) || items[i+1].g == gVariable || items[i+1].g == gRequest) {
			it.g, it.t, it.words = gList, nil, nil
		}
	}
	return items
}

// actionValue: 집계값, 측정값: the value of an action is a noun (aggregates)
func actionValue(items []item) []item {
	for i := range items {
		if it := &items[i]; !it.eng && it.isVerb() && it.form == formNoun && it.rest == "값" {
			n := it.alt
			if n == nil || n.Class != 'n' {
				n = verbNoun(it.t)
			}
			if n == nil {
				n = &Term{Words: it.t.Words, Class: 'n'}
			}
			it.t, it.words, it.alt, it.rest = n, n.Words, nil, ""
		}
	}
	return items
}

// sizeNouns: what a limit measures (업로드 가능한 파일 크기 names the upload).
const sizeNouns lazySet = `size count number length limit capacity amount duration time period`

// perfectAfter says a participle follows has at i, adverbs between
// ("has already picked up").
func perfectAfter(items []item, i int) bool {
	for ; i < len(items) && items[i].eng; i++ {
		if x := &items[i]; x.isVerb() && x.pp {
			return true
		} else if x.g != gStop {
			return false
		}
	}
	return false
}

// concurrentMany: work done 동시에/병렬로/한꺼번에 on one noun is done on many
// of it (이미지 동시에 다운로드하는 함수: downloadImages; was downloadImage).
// A noun joined by 와/랑 is two things, not many; a mass noun stays.
func concurrentMany(items []item) []item {
	for i, it := range items {
		runners := it.rest == "들로" && countedRunners.get(it.surface) != "" // 스레드 여러 개로 (restated 스레드들로)
		if it.eng || !runners && (it.g != gAsync || !oneOf(it.surface, "동시에|병렬로|한꺼번에")) {
			continue
		}
		v := i + 1
		for v < len(items) && !items[v].isVerb() {
			v++
		}
		if v == len(items) || items[v].eng || items[v].mood != moodMod && items[v].form != formNoun {
			return items
		}
		n := -1
		for j := v - 1; j >= 0 && j >= i-1; j-- {
			if j != i && items[j].isNoun() {
				n = j
				break
			}
		}
		if n < 0 || items[n].eng || items[n].plural || items[n].t == nil || items[n].t.Mass || items[n].part != partNone && items[n].part != partObj {
			return items
		}
		for j := 0; j < n; j++ {
			if items[j].part == partAnd || items[j].g == gCount || items[j].g == gPluralNext || items[j].g == gCounter {
				return items
			}
		}
		items[n].plural = true
		return items
	}
	return items
}

const frequencies lazySet = `hourly daily weekly monthly yearly`

// stateEvents are the events whose count a state's 횟수 asks for (죽은 횟수:
// deaths, not dead things).
const stateEvents lazyPairs = "dead=death, open=open, opened=open, closed=close, disconnected=disconnect, connected=connection, failed=failure, crashed=crash, stopped=stop, paused=pause, locked=lock, unlocked=unlock"

// eventCount: a verb or a state right before 횟수 is the event counted, a
// noun (캐릭터가 죽은 횟수: characterDeathCount, deathCount; was
// characterCount, the verb lost); who it happened to is its owner.
func eventCount(items []item) []item { // (in place: refine's own slice)
	for i := 0; i+1 < len(items); i++ {
		it, c := items[i], items[i+1]
		if !it.eng && c.g == gCount && c.surface == "건수" && it.isAdj() && it.t != nil && (i == 0 || !items[i-1].isNoun()) {
			// 배송 완료 건수: how many are in that state (deliveredCount;
			// was no answer at all)
			items[i] = item{t: &Term{Words: it.t.Words, Class: 'n', Mass: true}, words: it.t.Words, surface: it.surface, known: true}
			return items
		}
		called := it.g == gWhen && it.t != nil && it.t.Class == 'v' // 앱이 실행된 횟수
		if it.eng || c.g != gCount || c.surface != "횟수" || it.t == nil || it.mood != moodMod && !called || it.neg || !(it.isVerb() || it.isAdj() || called) {
			continue
		}
		if i > 0 && !items[i-1].isNoun() && !(items[i-1].isAdj() && items[i-1].t != nil && frequencies.has(items[i-1].t.en())) {
			// (일일 출금한 횟수: how often, then the event: dailyWithdrawalCount)
			continue // 네트워크 끊겨서 다시 연결한 횟수: a clause, the verb's own count
		}
		var ws []string
		e := it.t.en()
		switch {
		case it.isAdj():
			ws = splitWords(stateEvents.get(e))
		case e == "open" || e == "close" || e == "start" || e == "launch":
			ws = splitWords(e)
		case (e == "run" || e == "execute") && i > 0 && oneOf(lastWord(items[i-1].words), "app|application|program"):
			ws = splitWords("launch") // 앱이 실행된 횟수: appLaunchCount
		default:
			ws = eventNoun(it.t)
		}
		if len(ws) == 0 {
			continue
		}
		items[i] = item{t: &Term{Words: ws, Class: 'n'}, words: ws, surface: it.surface, known: true}
		if i > 0 && items[i-1].isNoun() && items[i-1].part == partSubj {
			items[i-1].part = partNone
		}
		return items
	}
	return items
}

// asyncAside: 백그라운드 between a clause and the noun it describes (이메일
// 발송하는 백그라운드 워커 클래스) says how the thing runs, not what it is:
// it moves to the end, so the clause names the worker (SendEmailWorker;
// was Worker).
func asyncAside(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		if it := items[i]; it.g == gAsync && !it.eng && items[i-1].mood == moodMod && (items[i-1].isVerb() || items[i-1].isAdj()) && items[i+1].isNoun() {
			copy(items[i:], items[i+1:])
			items[len(items)-1] = it
			return items
		}
	}
	return items
}

// nounsInPlace reads three words as nouns where they stand: 이름 with 별 is
// the key, not a request for a name (이름별 사용자 맵: usersByName; was users;
// 이름순 is gAlpha's, and joinedNouns, nameAfterNoun, langs3.go and
// context3.go read 이름 in their places); 값 after a clause is the values it
// says (선택된 값 목록: selectedValues; was no answer); 필터 between a clause
// and 함수 is the function's kind.
func nounsInPlace(items []item) []item {
	for i, it := range items {
		if it.g == gRequest && it.surface == "이름" && it.part == partBy {
			items[i].setTerm(getNameTerm())
		}
		if it.g == gStop && it.surface == "값" && i > 0 && items[i-1].mood == moodMod && (items[i-1].isVerb() || items[i-1].isAdj()) {
			items[i].setTerm(termOr("value", 'n'))
		}
		if !it.eng && it.isNoun() && it.t != nil && it.t.en() == "filter" && i > 0 && items[i-1].isVerb() && items[i-1].mood == moodMod && i+1 < len(items) && items[i+1].g == gFunction {
			// 미성년자를 제외하는 필터 함수: the function does what the filter
			// does (excludeMinor; was getMinor)
			items[i].g = gStop
		}
	}
	return items
}

// elementTypes: the type of a list's elements, said between the thing held
// and the list (이메일 문자열 배열).
const elementTypes lazySet = `string integer int float double object struct instance`
