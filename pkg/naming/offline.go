package naming

import (
	"strings"
)

// offlinePerKind is how many names the offline suggester gives per kind:
// the prompt asks the model for 3 to 6, and the offline answer has the same
// shape.
const offlinePerKind = 6

// Suggest answers a question without a model, from the built-in glossary
// and the room's case rules. It recognises glossary terms in the question
// (Korean with its particles and endings, or English with plurals and verb
// forms), expands compound topics such as 사칙연산 / arithmetic into their
// usual names, and otherwise combines what it found: verb + object for
// functions (calculate_cart_total), noun phrases, lists, counts and is/has
// booleans for variables, and constants and classes when the question asks
// for them. Every name is formatted with CaseFor and passes Validate; reasons
// are in Korean when the question is. When nothing is recognised it still
// answers with general-purpose names and says, in Text, that the terms were
// not recognised. The output depends only on the input.
func Suggest(spec Spec, question string) Answer {
	rs := resolve(spec)
	a := analyze(question)
	b := &builder{rs: rs, korean: a.korean}
	wantConst, wantClass := a.kinds[kindIndex(KindConstant)], a.kinds[kindIndex(KindClass)]
	// A picked chip (spec.Kind) asks for its kind whatever the words say.
	// Kept minimal on purpose: re-applied on the rewritten suggester.
	wantConst = wantConst || pickedKind(spec) == KindConstant
	wantClass = wantClass || pickedKind(spec) == KindClass

	for _, tp := range a.topics {
		b.topic(tp, wantConst, wantClass)
	}
	recognised := len(a.topics) > 0 || len(a.nouns) > 0 || len(a.actions) > 0 ||
		len(a.qualities) > 0 || a.crud
	if recognised {
		b.combine(&a, wantConst, wantClass)
	}
	// General-purpose names fill an answer that came out short (every
	// name was reserved, say), so every answer has at least three of each.
	if !recognised || b.count(KindFunction) < 3 || b.count(KindVariable) < 3 {
		b.fallback(wantConst, wantClass)
	}
	// The picked kind's names come first (booleans: is/has/can first).
	sugs := FirstPicked(spec, b.suggestions())
	return Answer{
		Suggestions: sugs,
		Text:        offlineText(rs, &a, recognised, sugs),
		Offline:     true,
	}
}

// builder collects suggestions per kind: formatted, validated, deduplicated.
type builder struct {
	rs     *resolved
	korean bool
	lists  [4][]Suggestion
}

func (b *builder) count(k Kind) int { return len(b.lists[kindIndex(k)]) }

// add formats words for kind and keeps the name if it is valid and new.
func (b *builder) add(kind Kind, words []string, ko, en string) {
	i := kindIndex(kind)
	if len(b.lists[i]) >= offlinePerKind || len(words) == 0 {
		return
	}
	name := Format(words, b.rs.caseFor(kind))
	if b.rs.info != nil && b.rs.info.phpVars && kind == KindVariable {
		name = "$" + name
	}
	if b.rs.validate(kind, name) != nil {
		return
	}
	key := dedupeKey(name)
	for _, s := range b.lists[i] {
		if dedupeKey(s.Name) == key {
			return
		}
	}
	reason := en
	if b.korean {
		reason = ko
	}
	b.lists[i] = append(b.lists[i], Suggestion{Kind: kind, Name: name, Reason: reason})
}

func (b *builder) suggestions() []Suggestion {
	var out []Suggestion
	for _, l := range b.lists {
		out = append(out, l...)
	}
	return out
}

func (b *builder) topic(tp *topic, wantConst, wantClass bool) {
	items := func(kind Kind, list []topicItem) {
		for _, it := range list {
			b.add(kind, strings.Fields(it.words), it.ko, it.en)
		}
	}
	items(KindFunction, tp.functions)
	items(KindVariable, tp.variables)
	if wantConst {
		items(KindConstant, tp.constants)
	}
	if wantClass {
		items(KindClass, tp.classes)
	}
}

// object is the noun phrase the question is about, with its glosses.
type object struct {
	words  []string // identifier words: qualities, then nouns
	quals  []string // the qualities' words
	ko, en string
	head   *nounRef  // the last noun, if any
	ents   []nounRef // the nouns that are entities, not measures
	plural bool      // the head is an entity the question wrote in the plural
}

func (o object) empty() bool { return len(o.words) == 0 }

// objectOf is the object a verb takes: the phrase, except that a verb that
// repeats the measure ("세는" + "수", count + count) takes the things
// counted instead: count_active_users, not count_active_user_count.
func (o object) objectOf(v *term) []string {
	if o.head != nil && o.head.measure && o.head.word == v.word && len(o.ents) > 0 {
		ws := append([]string{}, o.quals...)
		var ents []string
		for _, e := range o.ents {
			ents = append(ents, e.word)
		}
		return append(ws, pluralPhrase(ents)...)
	}
	if o.head != nil && !o.head.measure && (o.plural || collectionVerbs[v.word]) {
		return pluralPhrase(o.words)
	}
	return o.words
}

// collectionVerbs act on many things at once: sort_users, not sort_user.
var collectionVerbs = setOf("sort filter group shuffle reverse merge count collect")

func makeObject(a *analysis) object {
	var o object
	var ko, en []string
	for _, q := range a.qualities {
		o.words = append(o.words, q.word)
		o.quals = append(o.quals, q.word)
		ko = append(ko, q.koGloss())
		en = append(en, q.word)
	}
	// A topic's noun ("retry") only matters beside other terms: "retry
	// counter" is a retry_counter, "재시도" alone is the topic's own names.
	nouns := a.nouns
	onlyTopics := len(a.actions) == 0 && len(a.qualities) == 0
	for _, n := range nouns {
		if !n.topic {
			onlyTopics = false
		}
	}
	if onlyTopics {
		nouns = nil
	}
	// Compounds put the head last in Korean and English alike, so the last
	// three nouns are the ones to keep.
	if len(nouns) > 3 {
		nouns = nouns[len(nouns)-3:]
	}
	for i := range nouns {
		n := nouns[i]
		o.words = append(o.words, n.word)
		ko = append(ko, n.ko)
		en = append(en, n.word)
		if !n.measure {
			o.ents = append(o.ents, n)
		}
	}
	if len(nouns) > 0 {
		o.head = &nouns[len(nouns)-1]
		o.plural = o.head.plural && !o.head.measure
	}
	o.ko, o.en = strings.Join(ko, " "), strings.Join(en, " ")
	return o
}

func cat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func w(s string) []string { return strings.Fields(s) }

// combine builds names from the recognised terms.
func (b *builder) combine(a *analysis, wantConst, wantClass bool) {
	o := makeObject(a)
	var crit []string
	critKo, critEn := "", ""
	if len(a.criteria) > 0 {
		c := a.criteria[0]
		crit = cat(w("by"), w(c.word))
		critKo = c.ko + " 기준으로 "
		critEn = " by " + c.en
	}

	// Functions: verb + object.
	verbs := a.actions
	if len(verbs) > 3 {
		verbs = verbs[:3]
	}
	defaulted := false
	if len(verbs) == 0 && !o.empty() {
		hint := entityHint
		if o.head != nil {
			hint = o.head.hint
		}
		if a.crud {
			hint = "create get update delete"
		}
		for _, v := range w(hint) {
			if t := gloss.actions[v]; t != nil {
				verbs = append(verbs, t)
			}
		}
		defaulted = true
	}
	for _, v := range verbs {
		if o.empty() {
			b.add(KindFunction, cat(w(v.word), crit), critKo+v.adn+" 함수입니다.", sentence(thirdPerson(v.word)+critEn+"."))
			continue
		}
		obj := o.objectOf(v)
		b.add(KindFunction, cat(w(v.word), obj, crit),
			josa(o.ko, "을", "를")+" "+critKo+v.adn+" 함수입니다.",
			sentence(thirdPerson(v.word)+" the "+strings.Join(obj, " ")+critEn+"."))
	}
	if !defaulted && len(verbs) > 0 && verbs[0].alt != "" {
		v := verbs[0]
		obj := o.words
		if o.empty() {
			obj = nil
		}
		if !o.empty() {
			obj = o.objectOf(v)
		}
		b.add(KindFunction, cat(w(v.alt), obj, crit),
			v.word+" 대신 "+v.alt+" 동사를 쓴 같은 뜻의 이름입니다.",
			"Same action as "+v.word+", with the verb "+v.alt+".")
	}
	if len(a.qualities) > 0 && len(o.ents) > 0 {
		head := o.ents[len(o.ents)-1]
		for _, q := range a.qualities {
			b.add(KindFunction, cat(w("is"), w(head.word), w(q.word)),
				josa(head.ko, "이", "가")+" "+q.koGloss()+" 상태인지 확인하는 함수입니다.",
				"Reports whether the "+head.en+" is "+q.word+".")
		}
	}
	if o.empty() {
		for _, v := range verbs {
			b.add(KindFunction, cat(w(v.word), w("items")), "항목들을 "+v.adn+" 함수입니다.",
				sentence(thirdPerson(v.word)+" a list of items."))
		}
	} else if o.head != nil {
		for _, vw := range w(o.head.hint) {
			if b.count(KindFunction) >= 4 {
				break
			}
			if v := gloss.actions[vw]; v != nil {
				b.add(KindFunction, cat(w(v.word), o.words), josa(o.ko, "을", "를")+" "+v.adn+" 함수입니다.",
					sentence(thirdPerson(v.word)+" the "+o.en+"."))
			}
		}
	}

	// Variables: the noun phrase, a list, a count, booleans.
	if !o.empty() {
		if o.plural {
			b.add(KindVariable, pluralPhrase(o.words), o.ko+" 여러 개를 담는 목록입니다.",
				"All the "+strings.Join(pluralPhrase(w(o.en)), " ")+".")
		}
		b.add(KindVariable, o.words, josa(o.ko, "을", "를")+" 담는 변수입니다.", "Holds the "+o.en+".")
		if o.head != nil && !o.head.measure {
			b.add(KindVariable, pluralPhrase(o.words), o.ko+" 여러 개를 담는 목록입니다.",
				"All the "+strings.Join(pluralPhrase(w(o.en)), " ")+".")
			b.add(KindVariable, cat(o.words, w("count")), o.ko+"의 개수입니다.",
				"Number of "+strings.Join(pluralPhrase(w(o.en)), " ")+".")
			if len(a.qualities) == 0 {
				b.add(KindVariable, cat(w("has"), pluralPhrase(o.words)), josa(o.ko, "이", "가")+" 하나 이상 있는지 나타냅니다.",
					"Whether there is at least one "+o.en+".")
			}
		} else if o.head != nil && numericMeasures[o.head.word] {
			b.add(KindVariable, cat(w("max"), o.words), o.ko+"의 최댓값입니다.", "Upper bound for the "+o.en+".")
		}
		if !defaulted && len(verbs) > 0 && o.head != nil {
			v := verbs[0]
			done := participle(v.word)
			switch v.word {
			case "get", "fetch", "load", "read", "download", "import":
				done = "loaded"
			case "count", "check", "search", "find", "print", "display", "call", "wait", "like":
				done = ""
			}
			switch {
			case done == "" || o.head.word == v.word:
			case !o.head.measure:
				b.add(KindVariable, cat(w(done), pluralPhrase(o.words)),
					josa(o.ko, "을", "를")+" "+v.adn+" 작업을 거친 결과입니다.",
					"The "+strings.Join(pluralPhrase(w(o.en)), " ")+" once "+done+".")
			default:
				b.add(KindVariable, cat(w("is"), w(o.head.word), w(done)),
					josa(o.head.ko, "을", "를")+" "+v.adn+" 작업을 마쳤는지 나타내는 불리언입니다.",
					"Whether the "+o.head.en+" has been "+done+".")
			}
		}
		for _, q := range a.qualities {
			b.add(KindVariable, cat(w("is"), w(q.word)), q.koGloss()+" 상태인지 나타냅니다.", "Whether it is "+q.word+".")
		}
		if b.count(KindVariable) < 4 {
			b.add(KindVariable, cat(w("current"), o.words), "현재 "+o.ko+" 값입니다.", "The current "+o.en+".")
		}
		if b.count(KindVariable) < 4 {
			b.add(KindVariable, cat(w("new"), o.words), "새로 만든 "+o.ko+" 값입니다.", "The newly made "+o.en+".")
		}
	} else if len(verbs) > 0 {
		v := verbs[0]
		b.add(KindVariable, w("result"), v.adn+" 작업의 결과를 담습니다.", "Holds what "+v.word+" returns.")
		b.add(KindVariable, cat(w(participle(v.word)), w("items")), v.adn+" 작업을 거친 항목들입니다.",
			"The items once "+participle(v.word)+".")
		b.add(KindVariable, w("items"), josa(v.adn+" 대상 항목", "을", "를")+" 담습니다.", "The items to "+v.word+".")
	}

	if wantConst {
		b.combineConstants(o)
	}
	if wantClass {
		b.combineClasses(o, verbs, defaulted)
	}
}

func (b *builder) combineConstants(o object) {
	if o.empty() || o.head == nil {
		return
	}
	h := o.head.word
	if first := o.words[0]; first == "max" || first == "min" || first == "default" {
		// "최대 재시도 횟수 상수": the phrase already is the constant.
		b.add(KindConstant, o.words, o.ko+" 값을 나타내는 상수입니다.", "The "+o.en+" as a constant.")
		return
	}
	switch {
	case !o.head.measure:
		b.add(KindConstant, cat(w("max"), pluralPhrase(o.words)), "허용하는 "+o.ko+"의 최대 개수입니다.",
			"The most "+strings.Join(pluralPhrase(w(o.en)), " ")+" allowed.")
		b.add(KindConstant, cat(w("default"), o.words), "기본 "+o.ko+"입니다.", "The default "+o.en+".")
	case h == "list":
		b.add(KindConstant, cat(w("max"), o.words, w("size")), o.ko+"에 담을 수 있는 최대 개수입니다.",
			"The most entries the "+o.en+" holds.")
		b.add(KindConstant, cat(w("default"), o.words, w("size")), o.ko+"의 기본 크기입니다.",
			"The default size of the "+o.en+".")
	case textMeasures[h]:
		b.add(KindConstant, cat(w("max"), o.words, w("length")), o.ko+"의 최대 길이입니다.",
			"The longest "+o.en+" allowed.")
		b.add(KindConstant, cat(w("min"), o.words, w("length")), o.ko+"의 최소 길이입니다.",
			"The shortest "+o.en+" allowed.")
		b.add(KindConstant, cat(w("default"), o.words), "기본 "+o.ko+"입니다.", "The default "+o.en+".")
	case numericMeasures[h]:
		b.add(KindConstant, cat(w("max"), o.words), o.ko+"의 최댓값입니다.", "Upper bound for the "+o.en+".")
		b.add(KindConstant, cat(w("min"), o.words), o.ko+"의 최솟값입니다.", "Lower bound for the "+o.en+".")
		b.add(KindConstant, cat(w("default"), o.words), o.ko+"의 기본값입니다.", "The default "+o.en+".")
	default:
		b.add(KindConstant, cat(w("default"), o.words), "기본 "+o.ko+"입니다.", "The default "+o.en+".")
	}
}

// numericMeasures are measures that are numbers, so max/min/default apply.
var numericMeasures = setOf(`count total sum average max min size capacity length width height weight
distance speed area volume angle index score age level limit offset progress rate ratio percent
quantity amount price balance salary delay timeout interval threshold duration frequency
probability temperature celsius fahrenheit hp digits rank grade interest discount bmi day month
year hour minute second retry`)

// textMeasures are measures that are strings, whose bounds are lengths.
var textMeasures = setOf(`name nickname password email address title content description path url
label key code phone extension`)

func setOf(list string) map[string]bool {
	m := map[string]bool{}
	for _, f := range strings.Fields(list) {
		m[f] = true
	}
	return m
}

func (b *builder) combineClasses(o object, verbs []*term, defaulted bool) {
	if o.empty() {
		return
	}
	if !defaulted && len(verbs) > 0 {
		v := verbs[0]
		b.add(KindClass, cat(o.words, w(agent(v.word))), josa(o.ko, "을", "를")+" "+v.adn+" 일을 맡는 클래스입니다.",
			sentence(thirdPerson(v.word)+" the "+o.en+" as its one job."))
	}
	if len(o.ents) > 0 {
		var ew []string
		var eko, een []string
		for _, e := range o.ents {
			ew = append(ew, e.word)
			eko = append(eko, e.ko)
			een = append(een, e.en)
		}
		ko, en := strings.Join(eko, " "), strings.Join(een, " ")
		b.add(KindClass, ew, josa(ko, "을", "를")+" 나타내는 클래스입니다.", "Models a "+en+".")
		b.add(KindClass, cat(ew, w("service")), ko+" 관련 업무 로직을 담는 서비스입니다.", "Business logic for "+strings.Join(pluralPhrase(een), " ")+".")
		b.add(KindClass, cat(ew, w("repository")), ko+" 데이터를 저장하고 조회합니다.", "Stores and loads "+strings.Join(pluralPhrase(een), " ")+".")
	} else {
		b.add(KindClass, cat(o.words, w("tracker")), josa(o.ko, "을", "를")+" 추적하는 클래스입니다.", "Keeps track of the "+o.en+".")
		b.add(KindClass, cat(o.words, w("calculator")), josa(o.ko, "을", "를")+" 계산하는 클래스입니다.", "Computes the "+o.en+".")
	}
}

// fallback gives general-purpose names when the question meant nothing to
// the glossary; the Text says so.
func (b *builder) fallback(wantConst, wantClass bool) {
	b.add(KindFunction, w("process data"), "입력 데이터를 처리하는 일반적인 함수 이름입니다.", "A general name for a function that processes input.")
	b.add(KindFunction, w("get value"), "값을 돌려주는 함수의 기본형입니다.", "The plain form of a function returning a value.")
	b.add(KindFunction, w("update value"), "값을 바꾸는 함수의 기본형입니다.", "The plain form of a function changing a value.")
	b.add(KindFunction, w("validate input"), "입력이 올바른지 검사합니다.", "Checks that the input is acceptable.")
	b.add(KindVariable, w("result"), "계산이나 처리 결과를 담습니다.", "Holds the outcome of a computation.")
	b.add(KindVariable, w("input value"), "처리할 입력값입니다.", "The value to work on.")
	b.add(KindVariable, w("item count"), "항목 개수를 셉니다.", "How many items there are.")
	b.add(KindVariable, w("is valid"), "유효한지 나타내는 불리언입니다.", "Whether something is valid.")
	if wantConst {
		b.add(KindConstant, w("max size"), "허용하는 최대 크기입니다.", "The largest size allowed.")
		b.add(KindConstant, w("default timeout"), "기본 제한 시간입니다.", "The time limit used by default.")
	}
	if wantClass {
		b.add(KindClass, w("data processor"), "데이터 처리를 맡는 클래스입니다.", "Processes data.")
		b.add(KindClass, w("result"), "처리 결과를 담는 클래스입니다.", "Holds a processing result.")
	}
}

// sentence upper-cases the first letter.
func sentence(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// offlineText renders the offline answer: a label, the room's setting, what
// was recognised, then the names.
func offlineText(rs *resolved, a *analysis, recognised bool, sugs []Suggestion) string {
	var b strings.Builder
	k := a.korean
	if k {
		b.WriteString("[오프라인 추천] AI 모델 없이 내장 용어집으로 만든 추천입니다.\n")
	} else {
		b.WriteString("[Offline suggestions] Made from the built-in glossary, without the AI model.\n")
	}
	b.WriteString(settingLine(rs, sugs, k))
	b.WriteString("\n")
	switch {
	case len(a.recognised) == 0 && len(a.unknown) > 0 && k:
		b.WriteString("질문의 용어를 용어집에서 찾지 못해 단어를 그대로 썼습니다: " + strings.Join(a.unknown, ", ") + ". 더 나은 이름을 원하면 \"장바구니 합계를 계산하는 함수\"처럼 흔히 쓰는 말로 다시 물어봐 주세요.\n")
	case len(a.recognised) == 0 && len(a.unknown) > 0:
		b.WriteString("The offline suggester did not recognise the terms of the question and used these words as written: " + strings.Join(a.unknown, ", ") + ". For better names, rephrase with common terms, e.g. \"function that calculates the cart total\".\n")
	case !recognised && k:
		b.WriteString("질문의 용어를 용어집에서 찾지 못해 일반적인 예시를 보여 드립니다. \"장바구니 합계를 계산하는 함수\"처럼 대상(명사)과 동작(동사)을 넣어 다시 물어봐 주세요.\n")
	case !recognised:
		b.WriteString("The offline suggester did not recognise the terms of the question, so these are general-purpose examples. Try rephrasing with the thing and the action, e.g. \"function that calculates the cart total\".\n")
	case k:
		b.WriteString("인식한 용어: " + strings.Join(a.recognised, ", ") + "\n")
	default:
		b.WriteString("Recognised terms: " + strings.Join(a.recognised, ", ") + "\n")
	}
	if len(a.recognised) > 0 && len(a.unknown) > 0 {
		if k {
			b.WriteString("용어집에 없는 단어는 그대로 썼습니다: " + strings.Join(a.unknown, ", ") + "\n")
		} else {
			b.WriteString("Words not in the glossary were used as written: " + strings.Join(a.unknown, ", ") + "\n")
		}
	}
	b.WriteString("\n")
	var body strings.Builder
	renderSuggestions(&body, sugs, k)
	b.WriteString(body.String())
	return strings.TrimRight(b.String(), "\n")
}

// settingLine says which language, convention and cases the names follow.
func settingLine(rs *resolved, sugs []Suggestion, korean bool) string {
	lang := cleanLine(rs.spec.Language, 40)
	if rs.info != nil {
		lang = string(rs.info.lang)
	}
	conv := cleanLine(rs.spec.Convention, 100)
	if rs.conv != nil {
		conv = string(rs.conv.conv)
	}
	var cases []string
	for _, kd := range kindOrder {
		for _, s := range sugs {
			if s.Kind == kd {
				cases = append(cases, kindHeading(kd, korean)+" "+rs.caseFor(kd).short())
				break
			}
		}
	}
	if korean {
		if lang == "" {
			lang = "지정 안 됨"
		}
		if conv == "" {
			conv = "언어 기본 규칙"
		} else if rs.conv == nil {
			conv += " (인식하지 못해 언어 기본 규칙 적용)"
		}
		return "언어: " + lang + " · 규칙: " + conv + " · 표기: " + strings.Join(cases, ", ")
	}
	if lang == "" {
		lang = "not set"
	}
	if conv == "" {
		conv = "language defaults"
	} else if rs.conv == nil {
		conv += " (not recognised; language defaults used)"
	}
	return "Language: " + lang + " · Convention: " + conv + " · Cases: " + strings.Join(cases, ", ")
}
