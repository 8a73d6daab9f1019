package suggest

import (
	"strings"

	"namebot/pkg/naming"
)

// This file names conversions by their direction and types, the way
// reviewers expect:
//
//   - to a string or a display format is formatting: formatDate,
//     formatPhoneNumber (날짜를 문자열로, 전화번호를 하이픈 형식으로);
//   - to "X string" names X: bytesToHex, toHex, settingsToJson;
//   - from a string is parsing: parseHex, hexToInt, parseQueryString;
//   - decoding into a model: decodeUser, parseUser, userFromData;
//   - building a value from another: userFromRow, fromRow;
//   - a static factory on the target: fromEntity, from, of;
//   - an extension function or method is named for its result: toPx;
//   - otherwise source to target: celsiusToFahrenheit, toFahrenheit;
//   - showing a time or date is formatting it: formatRelativeTime.

// convertVerbs turn one thing into another when a target is named.
const convertVerbs lazySet = `convert transform translate change cast map format stringify parse decode encode serialize
	deserialize create make build turn update`

// stringWords are the text representations: to one is formatting.
const stringWords lazySet = `string str text format`

// genericTargets say nothing about the result (into an object).
const genericTargets lazySet = `object map dict dictionary hash struct`

// encodings are text encodings of binary data: to them is encoding,
// from them decoding.
const encodings lazySet = `hex base64 base32 base58`

// serialFormats are wire formats: to them is serializing.
const serialFormats lazySet = `json xml yaml csv toml protobuf`

// timeNouns are what a display of time formats.
const timeNouns lazySet = `time date timestamp duration datetime elapsed`

// convShort are the short words conversions name types and encodings by.
const convShort lazyPairs = "hexadecimal=hex, integer=int, byte array=bytes, boolean=bool, hex color=hex, unix timestamp=unix, unix time=unix, epoch time=epoch"

type operand struct {
	words  []string // the operand's name words
	str    bool     // a string (문자열, "X string")
	bare   bool     // nothing but "string"
	strOf  []string // X of "X string"
	unit   bool
	format bool // 형식, format
}

// listTarget: a Korean conversion's result is a list of a noun (노트
// 배열로, dict 리스트로).
func listTarget(items []item) bool {
	for i := 1; i < len(items); i++ {
		if it := items[i]; !it.eng && it.g == gList && it.part == partDir && items[i-1].isNoun() && items[i-1].part == partNone {
			return true
		}
	}
	return false
}

// readTarget is a conversion's result: its qualifiers stay (a local
// date time is not a date time).
func readTarget(p *np) operand {
	var mods []string
	for _, m := range p.mods {
		if m.t != nil && m.t.Class == 'a' {
			mods = append(mods, m.words...)
		}
	}
	o := readOperand(p)
	if len(mods) > 0 && len(o.words) > 0 && !o.str {
		o.words = cat(mods, o.words)
	}
	return o
}

// primitiveTypes are a language's number and boolean types.
const primitiveTypes lazySet = `int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 float float32 float64 double
	long short i8 i16 i32 i64 u8 u16 u32 u64 f32 f64 usize isize bool`

func readOperand(p *np) operand {
	var o operand
	for _, n := range p.nouns {
		ws := n.words
		if n.t != nil && n.t.Class == 'u' && n.t.Suffix != "" {
			ws = splitWords(n.t.Suffix)
			o.unit = true
		}
		if n.t == nil && n.eng && len(p.nouns) > 1 && !isLast(p, n) && adjectival(n.surface) {
			// associative (array of) settings: unknown qualifiers go
			continue
		}
		if n.t != nil && n.t.Class == 'n' && storePadding.has(n.t.en()) && !isLast(p, n) {
			// a database row -> row
			continue
		}
		if n.t != nil && convShort.get(n.t.en()) != "" {
			// hexToInt, hexToBytes: conversions name types short
			ws = splitWords(convShort.get(n.t.en()))
		} else if n.t != nil && isASCII(n.surface) && len(n.surface) <= 4 && len(n.surface) >= 2 && strings.Join(ws, "") != strings.ToLower(n.surface) && n.t.Abbr == "" {
			// dp, px: the abbreviation the user wrote
			ws = []string{strings.ToLower(n.surface)}
		}
		o.words = append(o.words, ws...)
	}
	var out []string
	prim := 0
	for _, x := range o.words {
		if primitiveTypes.has(x) {
			prim++
		}
	}
	for i, x := range o.words {
		if typePadding.has(x) && len(o.words) > 1 || i > 0 && out != nil && out[len(out)-1] == x {
			continue
		}
		if primitiveTypes.has(x) && prim < len(o.words) {
			// a float64 dollar amount to int64 cents: dollarsToCents; the
			// types are the signature's (int to string keeps them)
			continue
		}
		if x == "format" {
			o.format = true
		}
		out = append(out, x)
	}
	o.words = out
	if len(o.words) == 2 && currencyCode.has(o.words[0]) && (o.words[1] == "amount" || o.words[1] == "price") {
		o.words = o.words[:1] // 원화 금액을 달러로: krwToUsd (was krwAmountToUsd)
	}
	for i, x := range o.words {
		if (x == "string" || x == "str") && i > 0 && i < len(o.words)-1 {
			// a JSON string for storage: the string ends the operand
			o.words = o.words[:i+1]
			break
		}
	}
	if n := len(o.words); n > 0 && stringWords.has(o.words[n-1]) {
		o.str = true
		o.strOf = o.words[:n-1]
		o.bare = n == 1 && !o.format
	}
	return o
}

// currencyCode: w names an amount by its currency (krw amount is krw); a
// switch, not a lazySet: chatsend's data segment had no 32 bytes to spare.
const currencyCode lazySet = `krw usd eur jpy cny gbp won dollar dollars yen euro euros yuan`

func isLast(p *np, n item) bool {
	return len(p.nouns) > 0 && p.nouns[len(p.nouns)-1].surface == n.surface
}

// conversionNames adds the names of a conversion; false when the question
// is not one.
func (b *builder) conversionNames(f *frame, suffix func([]string) []string) bool {
	v := f.verb
	if v == nil || v.t == nil {
		// 변환하는 정적 팩토리 메서드: the verb modifies the kind's noun.
		for i := range f.items {
			if it := f.items[i]; it.isVerb() && it.form != formNoun && convertVerbs.has(it.t.en()) && it.t.en() != "create" && it.t.en() != "make" {
				v = &f.items[i]
			}
		}
		if v == nil {
			for i := range f.items {
				if it := f.items[i]; it.t != nil && it.t.Class == 'v' && it.form != formNoun && (it.t.en() == "display" || it.t.en() == "show") {
					return b.displayNames(f, it.t.en(), suffix)
				} else if strings.HasPrefix(it.surface, "보여주") {
					// 보여주는 (not the state 보이다)
					return b.displayNames(f, "show", suffix)
				}
			}
			return false
		}
	}
	ve := v.t.en()
	if !convertVerbs.has(ve) {
		return b.displayNames(f, ve, suffix)
	}
	var src, tgt operand
	switch {
	case f.target.empty() && !f.with.empty() && f.verb == nil:
		src = readOperand(&f.obj)
		tgt = readTarget(&f.with)
	case ve == "stringify":
		src = readOperand(&f.obj)
		tgt = operand{words: splitWords("string"), str: true, bare: true}
		if x := stringifyTarget(f); len(x) > 0 {
			tgt = operand{words: cat(x, splitWords("string")), str: true, strOf: x, format: lastWord(x) == "format"}
			if strings.Join(src.words, " ") == strings.Join(x, " ") {
				// 설정 구조체를 YAML 문자열로: YAML is the target's
				src = readOperand(&f.topic)
			}
		}
	case f.target.empty() && !f.with.empty() && f.source.empty() && ve != "create" && ve != "make" && ve != "build":
		// 문자열을 LocalDate로 파싱하는
		src = readOperand(&f.obj)
		tgt = readTarget(&f.with)
	case f.target.empty() && !f.with.empty() && (ve == "create" || ve == "make" || ve == "build"):
		// JSON 디코딩해서 User 모델로 만드는
		src = readOperand(&f.obj)
		if len(src.words) == 0 || decodes(f) {
			src = readOperand(&f.topic)
		}
		tgt = readTarget(&f.with)
	case !f.target.empty():
		src = readOperand(&f.obj)
		if len(src.words) == 0 || !f.korean && !f.source.empty() && len(f.source.nouns) > 0 {
			// from celsius to fahrenheit: the from-phrase is the source
			src = readOperand(&f.source)
		}
		tgt = readTarget(&f.target)
	case f.unit != "" && ve != "create" && ve != "make" && ve != "build" && len(f.obj.nouns) > 0:
		// converts a duration into milliseconds -> durationToMs, toMs
		src = readOperand(&f.obj)
		tgt = operand{words: splitWords(f.unit), unit: true}
	case !f.source.empty() && (ve == "create" || ve == "make" || ve == "build"):
		// builds a User from a row
		src = readOperand(&f.source)
		tgt = readOperand(&f.obj)
	default:
		return false
	}
	src = unitSource(f, src)
	if u := symbolSource(f, tgt); u != nil {
		src = operand{words: u, unit: true} // 전력 사용량 kWh를 MJ로: kwh_to_mj
	}
	if n := len(tgt.words); n >= 2 && tgt.words[n-2] == "time" && tgt.words[n-1] == "slot" && len(src.words) > 0 && timeNouns.has(lastWord(src.words)) {
		// 시각을 사용자 시간대로: a time converts into a time zone, not a slot
		tgt.words = cat(tgt.words[:n-1], splitWords("zone"))
	}
	if len(tgt.words) == 0 {
		return false
	}
	if n := len(f.by.nouns); n > 0 && f.by.nouns[n-1].rest == "당" && !f.target.empty() && perMeasure(lastWord(tgt.words)) {
		// 낙찰가를 kg당 단가로: the target is a rate (toPricePerKg)
		tgt.words = cat(tgt.words, splitWords("per"), f.by.nounWords(false))
	}
	if listTarget(f.items) && !tgt.unit && !tgt.str {
		// MIDI 노트 배열로, dict 리스트로: many of the target (toMidiNotes)
		n := len(tgt.words)
		tgt.words = append(tgt.words[:n-1:n-1], plural(tgt.words[n-1]))
	}
	if (ve == "update" || ve == "change") && !tgt.str && !tgt.unit && !tgt.format {
		// 상태를 완료로 바꾸는: an update, not a conversion
		return false
	}
	k := naming.KindFunction
	r := func(ko, en string, ws ...[]string) {
		b.add(k, cand{words: suffix(cat(ws...)), ko: ko, en: en})
	}
	to := splitWords("to")
	decode := decodes(f) || (ve == "decode" || ve == "deserialize" || ve == "parse" && !src.str) && !tgt.str && !tgt.unit
	factory, ext := asksFactory(f.items), asksExtension(f.items)
	s, t := src.words, tgt.words
	if tgt.str && len(s) > 0 && strings.Join(s, " ") == strings.Join(tgt.strOf, " ") {
		tgt.bare, tgt.words = true, splitWords("string") // 날짜를 YYYY-MM-DD(날짜) 문자열로: formatting
		t = tgt.words
	}
	rConv := func() {
		r("원본과 결과를 드러낸 변환 함수의 관용적 이름입니다.", "Source to target: the usual conversion name.", s, to, t)
	}
	rTo := func() { r("결과를 앞세운 짧은 이름입니다.", "Short form naming the result.", to, t) }
	switch {
	case factory && len(s) > 0:
		r("대상 타입에 두는 정적 팩토리 메서드의 관용적 이름입니다.", "A static factory on the target type.", splitWords("from"), s)
		r("짧은 정적 팩토리 이름입니다.", "Short static factory name.", splitWords("from"))
		r("of 형태의 정적 팩토리입니다.", "The of- static factory.", splitWords("of"))
	case ext:
		if tgt.str && !tgt.bare {
			t = tgt.strOf
		}
		rTo()
		if len(s) > 0 {
			r("원본과 결과를 드러낸 형태입니다.", "Source to target.", s, to, t)
		}
		if src.str {
			r("문자열을 읽어 들이는 parse 형태입니다.", "Parsing a string.", splitWords("parse"), t)
		}
	case decode && len(t) > 0:
		if ve == "parse" {
			// 구조체로 파싱하는, "parses a line into a struct": the question's parse first
			r("parse를 쓴 형태입니다.", "With parse.", splitWords("parse"), t)
		}
		r("데이터를 디코딩해 모델로 만드는 함수의 관용적 이름입니다.", "Decodes the data into the model.", splitWords("decode"), t)
		r("parse를 쓴 형태입니다.", "With parse.", splitWords("parse"), t)
		if len(s) > 0 {
			r("원본을 드러낸 형태입니다.", "Names the source.", t, splitWords("from"), s)
		}
	case ve == "create" || ve == "make" || ve == "build":
		if f.target.empty() && f.with.empty() && len(s) > 0 {
			r("원본에서 만든다는 관용적 이름입니다.", "Built from the source.", t, splitWords("from"), s)
			r("짧은 형태입니다.", "Short form.", splitWords("from"), s)
			return true
		}
		if tgt.format || tgt.bare {
			r("표시 형식으로 만드는 것은 format입니다.", "Formatting for display.", splitWords("format"), s)
			if len(s) > 1 {
				r("짧은 형태입니다.", "Short form.", splitWords("format"), s[:1])
			}
			if tgt.bare {
				rTo()
			}
			return true
		}
		return false
	case tgt.bare || tgt.format:
		// 날짜를 문자열로, 전화번호를 하이픈 형식으로 -> format
		r("값을 문자열이나 표시 형식으로 바꾸는 것은 format입니다.", "Turning a value into text is formatting.", splitWords("format"), s)
		if tgt.bare && len(s) > 0 {
			r("원본과 결과를 드러낸 형태입니다.", "Source to string.", s, to, splitWords("string"))
		}
		if tgt.bare && len(s) > 0 && len(s) <= 2 {
			// Long.toPriceString(): the source said in the target, as an
			// extension reads (toString alone is every object's)
			r("무엇을 문자열로 바꾸는지 드러낸 to 형태입니다.", "The to- form that says what becomes text.", to, s, splitWords("string"))
		} else if tgt.bare {
			r("짧은 형태입니다.", "Short form.", to, splitWords("string"))
		}
	case tgt.str:
		// 바이트를 헥스 문자열로 -> bytesToHex, toHex; 설정을 JSON 문자열로
		t = tgt.strOf
		if len(s) > 0 {
			rConv()
		}
		rTo()
		switch {
		case len(t) == 1 && serialFormats.has(t[0]) && len(s) > 0:
			r("직렬화 형태입니다.", "Serializing.", splitWords("serialize"), s)
		case len(t) == 1 && encodings.has(t[0]):
			r("바이너리를 텍스트 인코딩으로 바꾸는 것은 encode입니다.", "Binary to a text encoding is encoding.", splitWords("encode"), t)
		case len(s) > 0:
			r("표시 형식으로 바꾸는 format 형태입니다.", "Formatting.", splitWords("format"), s)
		default:
			r("인코딩 형태입니다.", "Encoding.", splitWords("encode"), t)
		}
	case src.str && len(t) > 0:
		// 16진수 문자열을 정수로 -> hexToInt, parseHex; query string into an object -> parseQueryString
		if len(t) == 1 && genericTargets.has(t[0]) {
			r("문자열을 읽어 값으로 만드는 것은 parse입니다.", "Reading a string is parsing.", splitWords("parse"), s)
			r("원본과 결과를 드러낸 형태입니다.", "Source to target.", s, to, t)
			if !src.bare && len(src.strOf) > 0 {
				r("짧은 형태입니다.", "Short form.", splitWords("parse"), src.strOf)
			}
			return true
		}
		if !src.bare && len(src.strOf) > 0 {
			s = src.strOf
			rConv()
			if len(s) == 1 && encodings.has(s[0]) {
				r("텍스트 인코딩을 바이너리로 되돌리는 것은 decode입니다.", "A text encoding back to data is decoding.", splitWords("decode"), s)
			}
			r("문자열을 읽어 값으로 만드는 것은 parse입니다.", "Reading a string is parsing.", splitWords("parse"), s)
			rTo()
		} else {
			r("문자열을 읽어 값으로 만드는 것은 parse입니다.", "Reading a string is parsing.", splitWords("parse"), t)
			rTo()
			rConv()
		}
	default:
		if len(s) > 0 {
			rConv()
		}
		rTo()
		if len(s) == 2 && !genericWords.has(s[0]) {
			// rgb_to_hsv beside rgb_color_to_hsv; convert_rgb_color_to_hsv
			// was offered here and never once accepted in the evaluation
			// sets (December 2026)
			r("원본을 짧게 줄인 형태입니다.", "The source said short.", s[:1], to, t)
		}
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// displayNames: showing a time or date is formatting it (상대 시간을
// 표시하는 -> formatRelativeTime).
func (b *builder) displayNames(f *frame, ve string, suffix func([]string) []string) bool {
	if ve != "display" && ve != "show" && ve != "render" && ve != "print" {
		return false
	}
	p := f.thing()
	for _, q := range []*np{&f.target, &f.with} {
		if n := len(q.nouns); n > 0 && timeNouns.has(lastWord(q.nouns[n-1].words)) {
			// 상대 시간으로 보여주는: shown as a relative time
			p = q
		}
	}
	if len(p.nouns) == 0 {
		return false
	}
	o := readOperand(&np{nouns: p.nouns[len(p.nouns)-1:]})
	if len(o.words) == 0 || !timeNouns.has(o.words[len(o.words)-1]) {
		return false
	}
	k := naming.KindFunction
	b.add(k, cand{words: suffix(cat(splitWords("format"), o.words)), ko: "시간·날짜를 보여 주려면 형식화합니다(format).", en: "Showing a time means formatting it."})
	b.add(k, cand{words: suffix(cat(splitWords("to"), o.words)), ko: "결과를 앞세운 짧은 이름입니다.", en: "Short form naming the result."})
	return f.verb == nil
}

func asksFactory(items []item) bool {
	for _, it := range items {
		s := strings.ToLower(it.surface)
		if strings.Contains(s, "팩토리") || s == "factory" {
			return true
		}
	}
	return false
}

func asksExtension(items []item) bool {
	for _, it := range items {
		s := strings.ToLower(it.surface)
		if strings.HasPrefix(s, "확장") || s == "extension" {
			return true
		}
	}
	return false
}

func adjectival(w string) bool {
	for _, suf := range []string{"ive", "ous", "ful", "less"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// stringifyTarget: "헥스 문자열로 바꾸는": the noun right before a
// stringify verb says which string.
func stringifyTarget(f *frame) []string {
	for i, it := range f.items {
		if it.t != nil && it.t.en() == "stringify" && i > 0 {
			p := f.items[i-1]
			if p.g == gNone && p.isNoun() && p.part == partNone {
				return p.words
			}
		}
	}
	return nil
}

// unitSource: 바이트 수를, 바이트 슬라이스를: the unit is what is converted.
func unitSource(f *frame, src operand) operand {
	if f.unit == "" {
		return src
	}
	if len(src.words) == 0 || len(src.words) == 1 && containerWords.has(src.words[0]) {
		return operand{words: splitWords(f.unit), unit: true}
	}
	return src
}

// symbolSource: a Korean quantity given with its unit's symbol converted to
// another symbol (전력 사용량 kWh를 MJ로, 혈당 mg/dL을 mmol/L로) is named by
// the two symbols (kwh_to_mj, was power_consumption_kwh_to_mj); nil
// otherwise.
func symbolSource(f *frame, tgt operand) []string {
	// a unit's symbol: an English word the glossary does not know (kWh,
	// mg), or knows by another name (kcal: calorie)
	symbol := func(it item) bool {
		return it.eng && isASCII(it.surface) && (!it.known || it.t != nil && (it.t.Class == 'u' || strings.ToLower(it.surface) != it.t.en()))
	}
	if !f.korean {
		// "converts cups of flour into grams": the amount's unit is the
		// source (cups_to_grams, was flour_cup_to_grams)
		unit := func(it item) bool {
			return it.t != nil && it.t.Class == 'u' || !it.known && it.t == nil && len(it.words) > 0
		}
		for i := 0; i+4 < len(f.items); i++ {
			a, of, b, to, c := f.items[i], f.items[i+1], f.items[i+2], f.items[i+3], f.items[i+4]
			if a.eng && unit(a) && strings.HasSuffix(a.surface, "s") && of.g == gOf && b.isNoun() && to.g == gTo && unit(c) {
				return splitWords(strings.ToLower(a.surface))
			}
		}
		return nil
	}
	n := len(f.obj.nouns)
	if n < 2 || len(f.target.nouns) == 0 || len(tgt.words) == 0 {
		return nil
	}
	for _, t := range f.target.nouns {
		if !symbol(t) && (t.t == nil || t.t.Class != 'u') {
			return nil
		}
	}
	i := n
	for i > 0 && symbol(f.obj.nouns[i-1]) {
		i--
	}
	if i == n || i == 0 || f.obj.nouns[i-1].eng {
		return nil
	}
	var ws []string
	for _, s := range f.obj.nouns[i:] {
		ws = append(ws, splitWords(strings.ToLower(s.surface))...)
	}
	return ws
}

const containerWords lazySet = `slice array buffer list vector`

// decodes: an earlier verb decodes or parses (JSON 디코딩해서 ... 만드는).
func decodes(f *frame) bool {
	for _, x := range f.verbs {
		if x.t != nil && x != f.verb {
			switch x.t.en() {
			case "decode", "parse", "deserialize":
				return true
			}
		}
	}
	return false
}

func lastWord(ws []string) string {
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// formatTarget: what a document is exported or saved as is where it goes
// (문서를 PDF로 내보내는: exportToPdf, was exportWithPdf).
func formatTarget(f *frame) {
	if !f.korean || f.verb == nil || f.verb.t == nil || !f.target.empty() || len(f.with.nouns) != 1 || !fileFormats.has(lastWord(f.with.nouns[0].words)) {
		return
	}
	if oneOf(f.verb.t.en(), "export|save|download|print|render|write|dump|output|extract") {
		f.target, f.with = f.with, np{}
	}
}

const fileFormats lazySet = `pdf csv excel xlsx xls json xml yaml yml png jpg jpeg gif svg webp html markdown txt zip docx image text`
