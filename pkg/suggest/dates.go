package suggest

import (
	"regexp"
	"strings"

	"namebot/pkg/naming"
)

// This file names the boundaries of calendar periods, a family of date
// helpers every codebase has: startOfDay, endOfMonth, startOfNextMonth,
// firstDayOfNextMonth, beginning_of_week (Rails). "다음 달 1일", "이번 주
// 월요일", "지난달 마지막 날", "start of the next week", "last day of the
// month".

type period struct {
	unit  string // day, week, month, year, quarter
	rel   string // "", next, last (previous)
	start bool
}

var (
	koPeriodRel  = `(이번|이|금|다음|담|지난|저번|전|올)?\s*`
	koPeriodUnit = `(오늘|하루|날|일|주|달|월|해|년|연도|분기)`
	reKoPeriod   = regexp.MustCompile(koPeriodRel + koPeriodUnit + `\s*(의\s*)?(1일|첫\s*날|첫\s*번째\s*날|첫째\s*날|시작일|시작\s*날짜|시작|처음|월요일|0시|자정|마지막\s*날|말일|끝|종료일|마지막|일요일)`)
	reEnPeriod   = regexp.MustCompile(`(?i)\b(start|beginning|first day|end|last day)\s+of\s+(the\s+)?(this|current|next|last|previous|the)?\s*(day|week|month|year|quarter|today|tomorrow|yesterday)\b`)
)

func readPeriod(q string) *period {
	if m := reKoPeriod.FindStringSubmatch(q); m != nil {
		p := &period{}
		switch m[2] {
		case "오늘", "하루", "날", "일":
			p.unit = "day"
		case "주":
			p.unit = "week"
		case "달", "월":
			p.unit = "month"
		case "해", "년", "연도":
			p.unit = "year"
		case "분기":
			p.unit = "quarter"
		}
		switch m[1] {
		case "다음", "담":
			p.rel = "next"
		case "지난", "저번", "전":
			p.rel = "previous"
		}
		b := strings.ReplaceAll(m[4], " ", "")
		switch b {
		case "마지막날", "말일", "끝", "종료일", "마지막", "일요일":
		default:
			p.start = true
		}
		if p.unit == "day" && (b == "1일" || b == "월요일") {
			return nil
		}
		return p
	}
	if m := reEnPeriod.FindStringSubmatch(q); m != nil {
		p := &period{unit: strings.ToLower(m[4])}
		switch strings.ToLower(m[3]) {
		case "next":
			p.rel = "next"
		case "last", "previous":
			p.rel = "previous"
		}
		switch p.unit {
		case "today":
			p.unit = "day"
		case "tomorrow":
			p.unit, p.rel = "day", "next"
		case "yesterday":
			p.unit, p.rel = "day", "previous"
		}
		switch strings.ToLower(m[1]) {
		case "start", "beginning", "first day":
			p.start = true
		}
		return p
	}
	return nil
}

// periodNames adds the names of a period-boundary helper.
func (b *builder) periodNames(f *frame, suffix func([]string) []string) bool {
	p := f.period
	if p == nil || f.boolean {
		return false
	}
	k := naming.KindFunction
	of := cat(w("of"), w(p.rel), w(p.unit))
	edge, first, begin := "start", "first day", "beginning"
	if !p.start {
		edge, first, begin = "end", "last day", "end"
	}
	r := cand{ko: "기간의 경계를 구하는 날짜 함수의 관용적 이름입니다.", en: "The usual name of a period-boundary date helper."}
	add := func(ws []string) {
		c := r
		c.words = suffix(ws)
		b.add(k, c)
	}
	if b.lang == naming.LangRuby && p.rel == "" && p.start {
		// Rails: beginning_of_week, beginning_of_month
		add(cat(w(begin), of))
	}
	add(cat(w(edge), of))
	if p.unit != "day" {
		add(cat(w(first), of))
	}
	if b.lang != naming.LangRuby || !p.start {
		add(cat(w(begin), of))
	}
	return true
}

// until is "how many days are left until X" (X까지 남은 일수).
type until struct {
	unit string     // days, hours ...
	x    [][]string // ways to say X, fullest first
}

var (
	reEnUntil = regexp.MustCompile(`(?i)\b(days|hours|minutes|seconds|weeks|months)\s+(are\s+|is\s+)?(left\s+|remaining\s+)?(until|till|before)\s+(.+)$`)
	reKoUntil = regexp.MustCompile(`까지\s*(남은|남았는지|남은\s*시간|몇)?\s*(일수|일\s*수|며칠|날짜\s*수|시간|분|초|주|개월|일)`)
)

// nominals are the nouns of event verbs: until the subscription renews
// is until its renewal.
var nominals = map[string]string{
	"renew": "renewal", "arrive": "arrival", "expire": "expiry", "deliver": "delivery", "approve": "approval",
	"remove": "removal", "ship": "shipment", "pay": "payment", "begin": "beginning", "open": "opening",
	"close": "closing", "depart": "departure", "refresh": "refresh", "start": "start", "end": "end", "launch": "launch",
	"finish": "finish", "complete": "completion", "submit": "submission", "publish": "publication", "release": "release",
}

func readUntil(q string, items []item) *until {
	if m := reEnUntil.FindStringSubmatch(q); m != nil {
		u := &until{unit: strings.ToLower(m[1])}
		var nouns []string
		var verb string
		for _, f := range strings.Fields(strings.ToLower(m[5])) {
			f = strings.Trim(f, ".,?!")
			switch f {
			case "a", "an", "the", "my", "its", "their", "his", "her", "user's":
				continue
			}
			l := guessLemma(f)
			if l.plural && len(nouns) > 0 && verb == "" {
				// "the subscription renews": the verb
				verb = l.word
				continue
			}
			if verb == "" {
				nouns = append(nouns, f)
			}
		}
		if len(nouns) == 0 {
			return nil
		}
		if verb != "" {
			nv := nominals[verb]
			if nv == "" {
				nv = verb
			}
			u.x = append(u.x, cat(nouns, w(nv)), w(nv))
		} else {
			u.x = append(u.x, nouns)
		}
		return u
	}
	loc := reKoUntil.FindStringSubmatchIndex(q)
	if loc == nil {
		return nil
	}
	unit := "days"
	switch strings.ReplaceAll(q[loc[4]:loc[5]], " ", "") {
	case "시간":
		// 남은 시간: time left, in no particular unit
		unit = "time"
	case "분":
		unit = "minutes"
	case "초":
		unit = "seconds"
	case "주":
		unit = "weeks"
	case "개월":
		unit = "months"
	}
	// X: the nouns written right before 까지.
	before := q[:loc[0]]
	var x []string
	for i := range items {
		it := items[i]
		if it.surface == "" || !strings.Contains(before, it.surface) || it.g != gNone || len(it.words) == 0 {
			continue
		}
		if it.t != nil && (it.t.Class == 'a' || it.t.Class == 'v' && it.form != formNoun) {
			x = nil
			continue
		}
		if it.part != partNone && it.part != partGen && !strings.HasSuffix(strings.TrimSpace(before), it.surface) {
			x = nil
			continue
		}
		ws := it.words
		if it.t != nil && it.t.Class == 'v' {
			if nv := nominals[it.t.en()]; nv != "" {
				ws = w(nv)
			}
		}
		x = append(x, ws...)
	}
	if len(x) == 0 {
		return nil
	}
	u := &until{unit: unit, x: [][]string{x}}
	if len(x) > 1 {
		u.x = append(u.x, x[len(x)-1:])
	}
	return u
}

// untilNames: daysUntilRenewal, daysLeftUntilRenewal.
func (b *builder) untilNames(f *frame, k naming.Kind, suffix func([]string) []string) bool {
	u := f.until
	if u == nil || f.boolean {
		return false
	}
	c := cand{ko: "남은 기간을 단위와 기준 시점으로 드러낸 이름입니다.", en: "The time left, with its unit and the moment it counts to."}
	add := func(ws []string) {
		c.words = suffix(ws)
		b.add(k, c)
	}
	for _, x := range u.x {
		add(cat(w(u.unit), w("until"), x))
	}
	add(cat(w(u.unit), w("left until"), u.x[len(u.x)-1]))
	add(cat(w("remaining"), w(u.unit)))
	return true
}

// timeQuantities are the nouns a unit measures (elapsed time in ms).
var timeQuantities = map[string]bool{"time": true, "duration": true, "elapsed": true, "uptime": true, "latency": true, "delay": true, "timeout": true, "interval": true, "age": true}

// unitNames: "경과 시간(밀리초) 구하는 함수" is elapsed_ms: a time
// quantity read in a unit is named with the unit, the unit standing for
// "time".
func (b *builder) unitNames(f *frame, suffix func([]string) []string) bool {
	if f.unit == "" || f.verb == nil || f.verb.t == nil || f.boolean || f.count || f.limit != "" {
		return false
	}
	switch f.verb.t.en() {
	case "get", "calculate", "compute", "measure":
	default:
		return false
	}
	o := f.thing()
	if len(o.nouns) == 0 {
		return false
	}
	ws := o.nouns[len(o.nouns)-1].words
	if !timeQuantities[lastWord(ws)] {
		return false
	}
	short := ws
	if len(ws) > 1 && lastWord(ws) == "time" {
		short = ws[:len(ws)-1]
	}
	if len(ws) == 1 && len(o.nouns) > 1 {
		// 요청 처리 시간: a bare time keeps what it is the time of
		ws = o.nounWords(false)
		short = ws
	}
	unit := splitWords(f.unit)
	k := naming.KindFunction
	c := cand{ko: "단위를 붙여 값의 단위를 드러낸 이름입니다.", en: "Named with its unit."}
	add := func(x []string) {
		c.words = suffix(x)
		b.add(k, c)
	}
	if b.lang != naming.LangGo {
		add(cat(short, unit))
		add(cat(w("get"), short, unit))
	} else {
		add(cat(short, unit))
	}
	add(cat(ws, unit))
	return true
}

// betweenNames: "두 날짜 사이의 영업일 수", "number of days between two
// dates": a count between two moments is businessDaysBetween,
// countBusinessDays.
func (b *builder) betweenNames(f *frame, suffix func([]string) []string) bool {
	if !f.count || f.boolean {
		return false
	}
	between := false
	for _, it := range f.items {
		if strings.HasPrefix(it.surface, "사이") || it.eng && it.surface == "between" {
			between = true
		}
	}
	o := f.thing()
	if !between {
		return false
	}
	if f.unit != "" && f.unit != "ms" && f.unit != "bytes" {
		// the number of days between two dates
		o = &np{nouns: []item{{words: splitWords(f.unit), plural: true}}}
	}
	if len(o.nouns) == 0 {
		return false
	}
	pl := o.nounWords(true)
	if f.unit != "" && lastWord(pl) == f.unit {
		pl = splitWords(f.unit)
	}
	if !timeQuantities[lastWord(o.nounWords(false))] && !strings.HasSuffix(strings.Join(pl, " "), "days") && !strings.HasSuffix(strings.Join(pl, " "), "hours") && !strings.HasSuffix(strings.Join(pl, " "), "minutes") && !strings.HasSuffix(strings.Join(pl, " "), "weeks") && !strings.HasSuffix(strings.Join(pl, " "), "months") {
		return false
	}
	k := naming.KindFunction
	c := cand{ko: "두 시점 사이를 세는 함수의 관용적 이름입니다.", en: "Counts what lies between two moments."}
	for _, ws := range [][]string{cat(pl, w("between")), cat(w("count"), pl), cat(o.nounWords(false), w("count")), cat(w("num"), pl)} {
		c.words = suffix(ws)
		b.add(k, c)
	}
	return true
}
