package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// Handler, async and type phrases that the clause passes leave in a shape
// the frame misreads. refine runs these in the order of passGroups
// (refine.go), each in this order (each says what it reads).
var handlerPasses = []func([]item) []item{eventAfterNoun, inheritedBy, baseClassKind, verbAfterDeterminer, detectedEvent, queuedJob, handlerMeans, handlerType, heldByDTO}

// inheritedBy: 모든 컴포넌트가 상속하는 기본 클래스 is the base of
// components (BaseComponent): the subject of 상속하는 before a base kind
// is what the class is the base of, and the verb says nothing more.
func inheritedBy(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it, n, s := items[i], items[i+1], &items[i-1]
		if it.eng || it.t == nil || it.t.en() != "inherit" || it.mood != moodMod ||
			!(n.g == gDefault || n.t != nil && n.t.en() == "base class") || s.eng || s.part != partSubj && s.part != partObj {
			continue
		}
		if s.g == gClass {
			en := kindNouns.get(s.surface)
			if s.surface == "컴포넌트" {
				en = "component"
			}
			if en == "" {
				continue
			}
			t := termOr(en, 'n')
			s.setTerm(t)
		}
		if !s.isNoun() {
			continue
		}
		s.part = partNone
		return append(items[:i], items[i+1:]...)
	}
	return items
}

// verbAfterDeterminer: "when the search input changes", "the save button
// click": a verb's bare form between a determiner and a noun names the
// noun (a search input), it does not act. Only in handler questions.
func verbAfterDeterminer(items []item) []item {
	if !slices.ContainsFunc(items, func(x item) bool { return x.g == gHandler || x.g == gWhen }) {
		return items
	}
	for i := 1; i+1 < len(items); i++ {
		it := &items[i]
		if it.eng && it.g == gNone && it.isVerb() && !it.pp && !it.plural && determiners.has(strings.ToLower(items[i-1].surface)) &&
			items[i+1].isNoun() && strings.EqualFold(it.surface, it.t.en()) {
			t := termOr(it.t.en(), 'n')
			it.t, it.words = t, t.Words
		}
	}
	return items
}

// detectedEvent: 파일 변경 감지되면 is 파일 변경되면: detecting an event
// is the event happening (onFileChanged, not onUpdateDetected).
func detectedEvent(items []item) []item {
	for i := 1; i < len(items); i++ {
		it, p := items[i], &items[i-1]
		if it.eng || it.t == nil || it.t.en() != "detect" || it.form == formNoun || p.eng || p.t == nil || p.t.Class != 'v' || p.form != formNoun || p.part != partNone {
			continue
		}
		p.form, p.mood, p.rest = it.form, it.mood, it.rest
		return append(items[:i], items[i+1:]...)
	}
	return items
}

// queuedJob: 큐 작업, 백그라운드 잡 at the head of a Korean question are a
// job (엑셀 내보내는 큐 작업 클래스 -> ExportExcelJob, not ExcelQueueTask);
// a job or worker after the clause that says its work is the class asked
// for (큐로 알림 보내는 잡 -> SendNotificationJob), and a Celery task a
// function.
func queuedJob(items []item) []item {
	celery, kind := false, false
	for _, x := range items {
		celery = celery || x.t != nil && x.t.en() == "celery"
		kind = kind || x.g == gClass || x.g == gFunction || x.g == gEnum
	}
	for i := 1; i < len(items); i++ {
		it, p := items[i], items[i-1]
		if it.eng || it.g != gNone || it.t == nil || !jobWords.has(it.t.en()) || it.part != partNone {
			continue
		}
		if p.g == gNone && p.t != nil && (p.t.en() == "queue" || p.t.en() == "background") && p.part == partNone && !p.eng && i > 1 && items[i-2].isVerb() {
			items = append(items[:i-1], items[i:]...)
			i--
			p = items[i-1]
			if it.t.en() == "task" {
				t := termOr("job", 'n')
				items[i].t, items[i].words = t, t.Words
			}
		}
		if p.t != nil && p.t.en() == "celery" && p.part == partNone && i > 1 && items[i-2].isVerb() && items[i-2].mood == moodMod {
			// 이미지 리사이즈하는 셀러리 태스크: the task's work, then how it runs
			// (resize_image; was resized_image_celery_task)
			items = append(items[:i-1], items[i:]...)
			i--
			p = items[i-1]
		}
		if kind || !headEnd(items, i) || !p.isVerb() || p.mood != moodMod {
			continue
		}
		k := item{g: gClass, surface: "클래스", known: true}
		if celery || it.t.en() == "loop" { // (버퍼 비우는 루프: a loop is a function)
			k = item{g: gFunction, surface: "함수", known: true}
		}
		return append(items[:i+1], append([]item{k}, items[i+1:]...)...)
	}
	return items
}

// handlerMeans: 완료 핸들러로 사용자 목록 돌려주는 함수 hands its result to
// a callback: the function is asynchronous work, not a handler
// (fetchUsers, not handleUser).
func handlerMeans(items []item) []item {
	for i, it := range items {
		if it.g != gHandler || it.eng || it.part != partDir || i+1 == len(items) {
			continue
		}
		items[i] = item{g: gAsync, surface: it.surface, known: true}
		if i > 0 && items[i-1].t != nil && items[i-1].t.Class == 'a' && items[i-1].part == partNone {
			items = append(items[:i-1], items[i:]...) // 완료 핸들러
		}
		return items
	}
	return items
}

// handlerWords are the handler words a type may be named after.
const handlerWords lazyPairs = "핸들러=handler, 리스너=listener, 콜백=callback, 옵저버=observer, handler=handler, listener=listener, callback=callback, observer=observer"

// handlerType: HTTP 핸들러 구조체, 클릭 콜백 타입: a handler word right
// before the kind word heads the type's name (HTTPHandler,
// ButtonClickCallback); it asks for no handler function.
func handlerType(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		if items[i].g != gHandler {
			continue
		}
		ws := strings.Fields(strings.ToLower(items[i].surface))
		en := handlerWords.get(lastField(strings.ToLower(items[i].surface)))
		if en == "" || items[i+1].g != gClass || items[i].part != partNone || !items[i-1].isNoun() && !items[i].eng {
			continue
		}
		if len(ws) > 1 {
			en = "event " + en // 이벤트 리스너
		}
		t := termOr(en, 'n')
		items[i] = item{t: t, words: t.Words, surface: items[i].surface, known: true, eng: items[i].eng}
	}
	return items
}

// heldByDTO: 회원가입 요청 담는 DTO: a DTO after the clause that says what
// it holds is the kind asked for, named for what it holds (SignUpRequest),
// not a variable called dto.
func heldByDTO(items []item) []item {
	n := len(items) - 1
	for n > 0 && (items[n].g == gRequest || items[n].g == gStop) {
		n--
	}
	if n < 1 || items[n].t == nil || items[n].t.en() != "dto" || items[n-1].g != gHolder || items[n-1].eng || slices.ContainsFunc(items, isKindItem) {
		return items
	}
	items[n] = item{g: gClass, surface: items[n].surface, known: true}
	return items
}

// baseClassKind: 부모 클래스, 기반 클래스, 추상 클래스, "abstract base
// class" are glossary terms that swallow the kind word. As the head of
// the question they are the kind asked for: a base class is a class with
// the Base mark (모든 엔티티의 공통 부모 클래스 -> BaseEntity), an
// abstract class is the class itself (결제 수단 추상 클래스 ->
// PaymentMethod).
func baseClassKind(items []item) []item {
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.g == gNone && it.t == nil && strings.EqualFold(it.surface, "typedef") {
			// 설정 담는 구조체 typedef: a C declaration word (typedefNames)
			items[i].g = gStop
			if !slices.ContainsFunc(items, isKindItem) {
				items[i].g = gClass
			}
			continue
		}
		if it.g != gNone || it.t == nil {
			continue
		}
		en := it.t.en()
		if en != "base class" && en != "abstract class" {
			continue
		}
		if it.eng {
			// "abstract base class for shapes": the head comes first
			for _, x := range items[:i] {
				if x.isVerb() {
					return items
				}
			}
		} else if !headEnd(items, i) {
			return items
		}
		kind := item{g: gClass, surface: it.surface, known: true, eng: it.eng}
		if en == "abstract class" {
			items[i] = kind
			continue
		}
		mark := item{g: gDefault, surface: "base", known: true, eng: it.eng}
		items = append(items[:i], append([]item{mark, kind}, items[i+1:]...)...)
		i++
	}
	return items
}

// typedefNames: a C struct asked for as a typedef takes the _t suffix
// (센서 값 담는 typedef struct -> sensor_reading_t); the plain struct tag
// follows.
func typedefNames(lang naming.Language, question string, sugs []naming.Suggestion) []naming.Suggestion {
	if lang != naming.LangC || !strings.Contains(strings.ToLower(question), "typedef") {
		return sugs
	}
	out := make([]naming.Suggestion, 0, len(sugs)+1)
	tag := strings.Contains(question, "struct") || strings.Contains(question, "구조체")
	seen := map[string]bool{}
	keep := func(s naming.Suggestion) {
		if s.Kind != naming.KindClass {
			out = append(out, s)
		} else if !seen[s.Name] && len(seen) < perKind {
			seen[s.Name] = true
			out = append(out, s)
		}
	}
	for _, s := range sugs {
		if s.Kind != naming.KindClass || strings.HasSuffix(s.Name, "_t") || strings.HasSuffix(s.Name, "_fn") || strings.HasSuffix(s.Name, "_cb") {
			keep(s)
			continue
		}
		t := s
		t.Name += "_t"
		keep(t)
		if tag {
			keep(s) // the struct tag
			tag = false
		}
	}
	return out
}

// baseNames: a base class is Base + what its subclasses are (모든
// 엔티티의 공통 부모 클래스 -> BaseEntity, Entity, EntityBase), in the singular.
func (b *builder) baseNames(ws ...[]string) {
	for _, w := range ws {
		if len(w) == 0 {
			continue
		}
		w = append([]string(nil), w...)
		w[len(w)-1], _ = singular(w[len(w)-1])
		b.add(naming.KindClass, cand{words: cat(splitWords("base"), w), ko: "상속받을 기본 타입에 흔한 Base 접두사 형태입니다.", en: "The Base prefix of a base class."})
		b.add(naming.KindClass, cand{words: w, ko: "하위 타입들이 공유하는 이름 그대로의 형태입니다.", en: "The name its subclasses share."})
		b.add(naming.KindClass, cand{words: cat(w, splitWords("base")), ko: "Base 접미사 형태입니다.", en: "Base as a suffix."})
		return
	}
}

// eventAfterNoun: 결제 실패 이벤트를 처리하는 콜백 handles the payment failure
// (handlePaymentFailure; was handle_payment_failure_event): 이벤트 after
// what happened says nothing more in a handler's name.
func eventAfterNoun(items []item) []item {
	if !saysSome(items, "콜백|핸들러|리스너|처리하|처리할") {
		return items
	}
	for i := 1; i < len(items); i++ {
		e, x := items[i], items[i-1]
		if e.eng || x.eng || e.t == nil || e.t.en() != "event" || !strings.HasPrefix(e.surface, "이벤트") || !x.isNoun() || x.t == nil || x.part != partNone || len(x.t.Words) < 2 {
			continue
		}
		x.part, x.rest = e.part, e.rest
		items[i-1] = x
		return append(items[:i:i], items[i+1:]...)
	}
	return items
}
