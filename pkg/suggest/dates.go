package suggest

import (
	"strings"
	"sync"

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

const (
	koPeriodRel  = `(이번|이|금|다음|담|지난|저번|전|올)?\s*`
	koPeriodUnit = `(오늘|하루|날|일|주|달|월|해|년|연도|분기)`
)

const (
	reKoPeriod = lazyRE(koPeriodRel + koPeriodUnit + `\s*(의\s*)?(1일|첫\s*날|첫\s*번째\s*날|첫째\s*날|시작일|시작\s*날짜|시작|처음|월요일|0시|자정|마지막\s*날|말일|끝|종료일|마지막|일요일)`)
	reEnPeriod = lazyRE(`(?i)\b(start|beginning|first day|end|last day)\s+of\s+(the\s+)?(this|current|next|last|previous|the)?\s*(day|week|month|year|quarter|today|tomorrow|yesterday)\b`)
)

func readPeriod(q string) *period {
	var m []string
	if loc := reKoPeriod.FindStringSubmatchIndex(q); loc != nil && !(loc[4] > 0 && q[loc[4]-1] >= '0' && q[loc[4]-1] <= '9') {
		// (14일 끝나는 is fourteen days, not the end of a day)
		m = make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = q[loc[2*i]:loc[2*i+1]]
			}
		}
	}
	if m != nil {
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
	of := cat(splitWords("of"), splitWords(p.rel), splitWords(p.unit))
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
		add(cat(splitWords(begin), of))
	}
	add(cat(splitWords(edge), of))
	if p.unit != "day" {
		add(cat(splitWords(first), of))
	}
	if b.lang != naming.LangRuby || !p.start {
		add(cat(splitWords(begin), of))
	}
	return true
}

// until is "how many days are left until X" (X까지 남은 일수).
type until struct {
	unit  string     // days, hours ...
	x     [][]string // ways to say X, fullest first
	since bool       // time passed since X (가입하고 며칠 지났는지): daysSinceSignup
	asks  bool       // 며칠 남았는지: how many, not whether
	over  bool       // time past a due date (반납 기한을 며칠 넘겼는지): daysOverdue
}

const (
	reHowLong = lazyRE(`(?i)\bhow\s+(?:long|much\s+time)\s+(?:is\s+(?:it\s+|left\s+)?|remains\s+)?(until|till|before)\s+(.+)$`)
	reEnUntil = lazyRE(`(?i)\b(days|hours|minutes|seconds|weeks|months)\s+(are\s+|is\s+)?(left\s+|remaining\s+)?(until|till|before)\s+(.+)$`)
	reKoSince = lazyRE(`(고|\s지|로부터|부터|이후|\s후|\s뒤)\s*(며칠|얼마나|몇\s*(일|시간|분|초|주|달|개월)|지난\s*(일수|일\s*수|시간)|(?:경과한|경과된|경과|흐른)\s*(일수|일\s*수|시간))`)
	reEnSince = lazyRE(`(?i)\b(days|hours|minutes|seconds|weeks|months|time)\s+(have\s+|has\s+)?(passed\s+|elapsed\s+)?since\s+(.+)$`)
	reKoOver  = lazyRE(`(?:기한|마감|마감일|만기|만기일|예정일|납기|기일|데드라인|due)\S*\s*(며칠|몇\s*(?:일|시간|분|주|달|개월))\s*(?:이나\s*)?(?:넘겼|넘었|넘긴|초과했|초과됐|초과한|지났|지난|늦었|늦은|연체됐|연체된|밀렸)|(연체)\s*(일수|일\s*수|시간|기간)`)
	reEnOver  = lazyRE(`(?i)\b(days|hours|minutes|weeks)\s+(?:overdue|past\s+(?:the\s+)?(?:due|deadline))|\bhow\s+(?:many\s+(days|hours|weeks)|long)\s+(?:an?\s+|the\s+)?[a-z ]*\s(?:is|are|was|were)\s+overdue`)
	reKoUntil = lazyRE(`까지\s*(남은|남았는지|남은\s*시간|몇)?\s*(일수|일\s*수|며칠|날짜\s*수|시간|분|초|주|개월|일)`)
)

// nominals are the nouns of event verbs: until the subscription renews
// is until its renewal.
const nominals lazyPairs = "renew=renewal, arrive=arrival, expire=expiry, deliver=delivery, approve=approval, remove=removal, ship=shipment, pay=payment, begin=beginning, open=opening, close=closing, depart=departure, refresh=refresh, start=start, end=end, launch=launch, finish=finish, complete=completion, submit=submission, publish=publication, release=release, create=creation, delete=deletion, cancel=cancellation, withdraw=withdrawal, register=registration, sign up=signup, subscribe=subscription, log in=login, login=login, verify=verification, fail=failure, succeed=success, die=death"

func readUntil(q string, items []item) *until {
	if m := reKoOver.FindStringSubmatch(q); m != nil {
		// 반납 기한을 며칠 넘겼는지, 연체 일수: the time past the due date
		return &until{over: true, asks: true, unit: overUnit(m[1] + m[3])}
	}
	if m := reEnOver.FindStringSubmatch(q); m != nil {
		return &until{over: true, asks: true, unit: overUnit(strings.ToLower(m[1] + m[2]))}
	}
	if u := readSince(q, items); u != nil {
		return u
	}
	m := reEnUntil.FindStringSubmatch(q)
	if h := reHowLong.FindStringSubmatch(q); m == nil && h != nil {
		// how long until the next cron run: the time until it
		m = []string{h[0], "time", "", "", h[1], strings.TrimRight(h[2], " ,.?!")}
		if i := strings.IndexAny(m[5], ",?"); i > 0 {
			m[5] = m[5][:i] // ", function name"
		}
	}
	if m != nil {
		u := &until{unit: strings.ToLower(m[1])}
		var nouns []string
		var verb string
		for _, f := range strings.Fields(strings.ToLower(m[5])) {
			f = strings.Trim(f, ".,?!")
			if oneOf(f, "a|an|the|my|its|their|his|her|user's") {
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
			nv := nominals.get(verb)
			if nv == "" {
				nv = verb
			}
			u.x = append(u.x, cat(nouns, splitWords(nv)), splitWords(nv))
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
		// 남은 시간: time left, in no particular unit (몇 시간: hours)
		unit = "time"
		if loc[2] >= 0 && q[loc[2]:loc[3]] == "몇" {
			unit = "hours"
		}
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
		if it.t != nil && it.t.Class == 'a' && strings.HasSuffix(strings.TrimSpace(before), it.surface) {
			// 구독 만료까지: the state written as a noun is the event (expiry)
			if b := baseOf(it.t.en()); len(b) > 0 {
				if nv := nominals.get(strings.Join(b, " ")); nv != "" {
					x = append(x, splitWords(nv)...)
					continue
				}
			}
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
			if nv := nominals.get(it.t.en()); nv != "" {
				ws = splitWords(nv)
			} else if it.t.en() == "exit" {
				ws = splitWords("end") // 이벤트 종료까지: until its end
			}
		}
		x = append(x, ws...)
	}
	if len(x) == 0 {
		return nil
	}
	if n := len(x); n > 1 && (x[n-1] == "date" || x[n-1] == "day" || x[n-1] == "time") {
		// 만료일까지 남은 일수: days until expiry; the date is implied
		// (출발 시각까지 남은 시간: time until departure).
		x = x[:n-1]
	}
	w := q[loc[0]:loc[1]]
	u := &until{unit: unit, x: [][]string{x}, asks: strings.Contains(w, "며칠") || strings.Contains(w, "몇")}
	if len(x) > 1 {
		u.x = append(u.x, x[len(x)-1:])
	}
	return u
}

// sinceUnits are the units a since-question counts in.
const sinceUnits lazyPairs = "며칠=days, 얼마나=time, 일=days, 일수=days, 일 수=days, 시간=hours, 분=minutes, 초=seconds, 주=weeks, 달=months, 개월=months"

// readSince reads "가입하고 며칠 지났는지", "days since the last login":
// the time passed since an event.
func readSince(q string, items []item) *until {
	u := &until{since: true}
	var x []string
	elapsedKo := false
	if m := reEnSince.FindStringSubmatch(q); m != nil {
		u.unit = strings.ToLower(m[1])
		for _, w := range strings.Fields(strings.ToLower(m[4])) {
			w = strings.Trim(w, ".,?!")
			if w != "the" && w != "a" && w != "an" && w != "their" && w != "its" {
				x = append(x, w)
			}
		}
	} else if loc := reKoSince.FindStringSubmatchIndex(q); loc != nil {
		unit := q[loc[4]:loc[5]]
		for _, i := range []int{6, 8, 10} {
			if loc[i] >= 0 {
				unit = q[loc[i]:loc[i+1]]
			}
		}
		u.unit = sinceUnits.get(unit)
		elapsedKo = loc[10] >= 0
		if (elapsedKo || loc[8] >= 0) && unit == "시간" {
			u.unit = "time" // 경과 시간, 지난 시간: the time elapsed, not hours
		}
		before := q[:loc[3]]
		for _, it := range items {
			f := strings.Fields(it.surface)
			if len(f) == 0 || !strings.Contains(before, f[0]) || it.g != gNone || it.t == nil {
				continue
			}
			switch {
			case it.t.Class == 'a' && (it.t.en() == "last" || it.t.en() == "first"):
				x = append(x, it.words...) // 마지막 하트비트 이후: since the last heartbeat
			case it.t.Class == 'v':
				x = append(x, eventNoun(it.t)...)
			case it.isNoun():
				ws := it.words
				if n := len(ws); n > 1 && (ws[n-1] == "date" || ws[n-1] == "time" || ws[n-1] == "at") {
					// 주문일로부터: since the order
					ws = ws[:n-1]
				}
				x = append(x, ws...)
			}
		}
	}
	if len(x) == 0 || u.unit == "" || elapsedKo && x[len(x)-1] == "start" && u.unit == "time" {
		// (프로그램 시작 후 경과 시간: since the start is elapsed; 구독
		// 시작일로부터 경과한 일수 counts days since it: daysSinceSubscriptionStart)
		return nil
	}
	u.x = [][]string{x}
	return u
}

// overUnit: the unit an overdue question counts in (days unless it says).
func overUnit(w string) string {
	switch {
	case hasAny(w, "시간", "hours"):
		return "hours"
	case hasAny(w, "분", "minutes"):
		return "minutes"
	case hasAny(w, "주", "weeks"):
		return "weeks"
	case hasAny(w, "달", "개월"):
		return "months"
	}
	return "days"
}

// untilNames: daysUntilRenewal, daysLeftUntilRenewal.
func (b *builder) untilNames(f *frame, k naming.Kind, suffix func([]string) []string) bool {
	u := f.until
	if u == nil || f.boolean {
		return false
	}
	if u.unit == "time" && durationUnits.has(f.unit) {
		// 마감까지 남은 시간을 초 단위로: secondsUntilDeadline
		v := *u
		v.unit = f.unit
		u = &v
	}
	c := cand{ko: "남은 기간을 단위와 기준 시점으로 드러낸 이름입니다.", en: "The time left, with its unit and the moment it counts to."}
	add := func(ws []string) {
		c.words = suffix(ws)
		b.add(k, c)
	}
	if u.over {
		// daysOverdue, overdueDays
		add(cat(splitWords(u.unit), splitWords("overdue")))
		add(cat(splitWords("overdue"), splitWords(u.unit)))
		add(cat(splitWords(u.unit), splitWords("past due")))
		return true
	}
	if u.since {
		// daysSinceSignup, hoursSinceLastLogin
		x := u.x[0]
		add(cat(splitWords(u.unit), splitWords("since"), x))
		add(cat(splitWords(u.unit), splitWords("elapsed")))
		add(cat(splitWords("elapsed"), splitWords(u.unit)))
		return true
	}
	last := u.x[len(u.x)-1]
	for _, x := range u.x {
		if x = momentAsEvent(x); len(x) > 0 {
			add(cat(splitWords(u.unit), splitWords("until"), x))
			last = x
		}
	}
	add(cat(splitWords(u.unit), splitWords("left until"), last))
	add(cat(splitWords("remaining"), splitWords(u.unit)))
	return true
}

// timeQuantities are the nouns a unit measures (elapsed time in ms).
const timeQuantities lazySet = `time duration elapsed uptime latency delay timeout interval age`

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
	if !timeQuantities.has(lastWord(ws)) {
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
		add(cat(splitWords("get"), short, unit))
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
	if !timeQuantities.has(lastWord(o.nounWords(false))) && !strings.HasSuffix(strings.Join(pl, " "), "days") && !strings.HasSuffix(strings.Join(pl, " "), "hours") && !strings.HasSuffix(strings.Join(pl, " "), "minutes") && !strings.HasSuffix(strings.Join(pl, " "), "weeks") && !strings.HasSuffix(strings.Join(pl, " "), "months") {
		return false
	}
	k := naming.KindFunction
	c := cand{ko: "두 시점 사이를 세는 함수의 관용적 이름입니다.", en: "Counts what lies between two moments."}
	for _, ws := range [][]string{cat(pl, splitWords("between")), cat(splitWords("count"), pl), cat(o.nounWords(false), splitWords("count")), cat(splitWords("num"), pl)} {
		c.words = suffix(ws)
		b.add(k, c)
	}
	return true
}

// moment is a value whose head is a point in time or a calendar date:
// "마지막으로 백업한 시각" (lastBackupAt), "쿠폰 만료되는 날짜"
// (couponExpiryDate), "date the invoice is due" (invoiceDueDate). The
// event goes before At (a moment) or Date (a day).
type moment struct {
	mod    string   // last, next, first
	front  bool     // English: the head opens the question (time the job was last run)
	owner  []string // what the event happens to (coupon, order)
	verb   *Term    // the event's verb, if any
	noun   []string // the event as a noun (backup, expiry)
	future bool     // the event is still to come (끝나는, 보낼, 예정, next)
	date   bool     // the head is a day (날짜, 일자, -일, date), not a moment
	utc    bool
}

// momentMods are the words that place an event among its repeats.
const momentMods lazySet = `last next first latest previous recent`

// durationVerbs make 시간 a length of time, not a moment (걸린 시간, 남은 시간).
const durationVerbs lazySet = `take apply remain last keep stay wait pass past elapse spend show display open visible`

// isMomentHead: a noun that names a point in time or a day. 시간 is one
// only after a past event (백업한 시간), never after a lasting state
// (떠 있는 시간) or a time taken (걸린 시간).
func isMomentHead(items []item, i int) bool {
	it := items[i]
	if it.g != gNone || it.t == nil || it.part == partBy {
		return false
	}
	switch {
	case it.t.Class == 'n' && (it.t.en() == "date" || it.t.en() == "timestamp"):
		return true
	case it.t.Class == 'u' && it.surface == "날":
		return true
	case it.t.Class != 'n' || it.t.en() != "time":
		return false
	case it.eng || it.surface != "시간":
		return true
	}
	if i == 0 {
		return false
	}
	m := items[i-1]
	if m.t == nil || m.eng {
		return momentMods.has(lastWord(m.words))
	}
	if durationVerbs.has(m.t.en()) {
		return false
	}
	return m.t.Class == 'v' && (m.form == formAdn || m.form == formPassAdn || m.form == formFut) || m.form == formNoun && m.t.Class == 'v' ||
		m.t.Class == 'n' && momentMods.has(m.words[0])
}

// momentAs are what a moment is shown as or spans: a date string is a string.
const momentAs lazySet = `string text format range label picker`

// readMoment reads a moment value from the question, or nil.
func readMoment(q string, items []item, korean bool) *moment {
	m := &moment{utc: strings.Contains(strings.ToLower(q), "utc")}
	h := -1
	for i := range items {
		it := items[i]
		if korean && !it.eng && it.rest == "일" && it.t != nil && it.part == partNone && (it.t.Class == 'v' || it.t.Class == 'a' || it.t.Class == 'n') {
			// 가입일, 결제일, 예정일: a day named for its event
			h, m.date = i, true
			m.event(it)
			break
		}
		if isMomentHead(items, i) {
			h, m.date = i, it.t.en() == "date" || it.t.Class == 'u'
			break
		}
	}
	if h < 0 || korean && h+1 < len(items) && items[h].part == partNone && items[h].rest == "" && items[h+1].t != nil && !items[h+1].eng && items[h+1].isNoun() && momentAs.has(items[h+1].t.en()) {
		// 오늘 날짜 문자열, 날짜 범위: the noun after the moment is the thing
		return nil
	}
	if korean {
		for j := h - 1; j >= 0 && m.take(items[j], true); j-- {
		}
	} else {
		m.front = true
		for _, it := range items[:h] {
			if it.g != gStop && it.g != gHolder && it.g != gVariable && it.g != gConstant && lastWord(it.words) != "utc" {
				m.front = false
			}
		}
		for j := h + 1; j < len(items) && m.take(items[j], false); j++ {
		}
		if m.verb == nil && len(m.noun) == 0 && len(m.owner) > 0 && h > 0 && items[h-1].isNoun() && items[h-1].t != nil {
			// the settlement date of a trade: the noun before the date is
			// the event (tradeSettlementDate, was tradeDate)
			m.noun = items[h-1].words
		}
	}
	if m.verb == nil && len(m.noun) == 0 {
		if len(m.owner) == 0 {
			return nil
		}
		// 다음 알람 시각, 비밀번호 변경 일시: the last noun is the event
		m.noun, m.owner = m.owner[len(m.owner)-1:], m.owner[:len(m.owner)-1]
		m.verb = eventVerb(m.noun[0])
		for _, t := range loadGlossary().en[m.noun[0]] {
			if t.Class == 'v' {
				// 변경: change, a form of update, is changedAt
				m.verb = &Term{Words: m.noun, Class: 'v'}
				if t.en() == m.noun[0] {
					m.verb = t
				}
			}
		}
	}
	if m.verb != nil && len(m.owner) == 1 && actorNouns.has(m.owner[0]) {
		// 사용자가 마지막으로 로그인한 시각: the actor owns the record
		m.owner = nil
	}
	if m.mod == "next" {
		m.future = true
	}
	return m
}

// event sets the event from a verb, a state or a noun item.
func (m *moment) event(it item) {
	t := it.t
	if v := verbTermOf(it.surface); it.eng && t.Class != 'v' && v != nil {
		// logged in, synced: the verb of the English word itself
		t = v
	}
	if t.Class == 'a' {
		if t.en() == "scheduled" {
			m.future = true
			return
		}
		if t.en() == "completed" {
			return // 인증 완료 일시: the verification's time (verifiedAt)
		}
		if b := baseOf(t.en()); len(b) > 0 {
			t = verbTerm(joinSpace(b))
		} else if it.eng {
			t = nil
		}
	}
	if t != nil && t.Class == 'v' {
		if t.en() == "convert" {
			// 바꾼 날짜: a change, not a conversion
			t = termOr("change", 'v')
		}
		m.verb = t
		m.future = m.future || it.eng && !it.pp && strings.HasSuffix(it.surface, "s") || it.form == formFut || it.form == formPassFut || it.form == formStem && strings.HasPrefix(it.rest, "는") || it.form == formPassive && strings.HasPrefix(it.rest, "는")
		return
	}
	m.noun = it.words
}

// take reads one item of the phrase around the head; false ends it.
func (m *moment) take(it item, korean bool) bool {
	switch {
	case it.g == gStop || it.g == gBy || it.g == gIs || it.g == gThat || it.g == gWhen || it.g == gOf:
		return true
	case it.g != gNone || len(it.words) == 0:
		return false
	case lastWord(it.words) == "utc":
		return true
	case it.t != nil && it.t.Class == 'a' && momentMods.has(it.t.en()) && m.mod == "":
		m.mod = it.t.en()
		return true
	case len(it.words) > 1 && momentMods.has(it.words[0]) && m.mod == "" && m.verb == nil && len(m.noun) == 0:
		// 마지막 로그인: last, then the event
		m.mod, m.noun = it.words[0], it.words[1:]
		return true
	case it.t != nil && (it.t.Class == 'v' || it.t.Class == 'a' && (it.form != formNoun && korean || eventState(it))) && m.verb == nil && len(m.noun) == 0:
		if korean && it.t.Class == 'v' && it.form == formNoun && it.part != partNone {
			return false
		}
		m.event(it)
		return true
	case it.t != nil && it.t.Class == 'a':
		// successful, 성공한: a qualifier the name can do without
		return true
	case korean && it.part != partNone && it.part != partGen && it.part != partSubj && it.part != partObj:
		return false
	case it.isNoun() || it.t == nil && it.eng:
		if !korean && (m.verb != nil || len(m.noun) > 0) {
			return false
		}
		if korean {
			m.owner = append(append([]string{}, it.words...), m.owner...)
		} else if it.t == nil && len(m.owner) > 0 {
			// the invoice is due: an unknown word after the owner is the event
			m.noun = it.words
		} else {
			m.owner = append(m.owner, it.words...)
		}
		return true
	}
	return false
}

// intransitive events happen to their owner (the trial ends), which goes
// before the verb: trialEndsAt.
const intransitive lazySet = `end expire start begin finish close open arrive depart renew launch occur happen run`

// actorNouns are the people an event's record belongs to (user.lastLoginAt).
const actorNouns lazySet = `user member customer player visitor admin`

// eventState: a state that is an event's result (결제 완료: paid; logged
// in), not a qualifier (successful).
func eventState(it item) bool {
	if it.t.en() == "scheduled" || len(baseOf(it.t.en())) > 0 {
		return true
	}
	return it.eng && verbTermOf(it.surface) != nil
}

// verbTermOf is the verb an English word is a form of (logged in: log in).
func verbTermOf(surface string) *Term {
	ws := strings.Fields(surface)
	if len(ws) == 0 {
		return nil
	}
	for _, l := range lemmas(ws[0]) {
		if v := verbTerm(joinSpace(cat([]string{l.word}, ws[1:]))); v != nil {
			return v
		}
	}
	return nil
}

var (
	eventVerbOnce sync.Once
	eventVerbs    map[string]*Term
)

// eventVerb is the verb of an event noun (verification: verify).
func eventVerb(n string) *Term {
	eventVerbOnce.Do(func() {
		eventVerbs = map[string]*Term{}
		for _, t := range loadGlossary().terms {
			if t.Class == 'v' && len(t.Words) == 1 {
				if ws := eventNoun(t); len(ws) == 1 && ws[0] != t.en() {
					eventVerbs[ws[0]] = t
				}
			}
		}
	})
	return eventVerbs[n]
}

var (
	eventNominalsOnce sync.Once
	eventNominals     map[string]string // cancellation: cancel
)

// eventVerbOf is the verb whose event noun w is (cancellation: cancel,
// approval: approve, failure: fail), from nominals alone; "" for other
// words. Unlike eventVerb it does not read the glossary's verb nouns,
// which also name things (assignment, authentication): is_assignment is
// no event that happened (forms_extra.go eventStates, eventParticiples).
func eventVerbOf(w string) string {
	eventNominalsOnce.Do(func() {
		eventNominals = map[string]string{}
		for v, n := range nominals.all() {
			if n != v && !strings.Contains(v, " ") {
				eventNominals[n] = v
			}
		}
	})
	return eventNominals[w]
}

// eventNoun is the noun of an event verb: creation, expiry, login.
func eventNoun(t *Term) []string {
	e := t.en()
	if n := nominals.get(e); n != "" {
		return splitWords(n)
	}
	if n := verbNoun(t); n != nil {
		return n.Words
	}
	return t.Words
}

// momentNames: lastBackupAt, couponExpiryDate, trial_ends_on (Ruby).
func (b *builder) momentNames(f *frame, k naming.Kind) bool {
	m := f.moment
	if m == nil || f.boolean || f.count || f.list || k != naming.KindVariable || f.limit != "" && durationUnits.has(f.unit) {
		return false
	}
	mod := splitWords(m.mod)
	noun := m.noun
	var verb []string
	bare := false // the event has no noun of its own (receive, get)
	if m.verb != nil {
		if len(noun) == 0 {
			noun = eventNoun(m.verb)
		}
		bare = m.verb.Class == 'v' && strings.Join(noun, " ") == m.verb.en() && verbNoun(m.verb) == nil && nominals.get(m.verb.en()) == ""
		if m.future {
			verb = splitWords(thirdPerson(m.verb.en()))
		} else {
			verb = splitWords(participle(m.verb, m.verb.en()))
		}
	}
	at, day := splitWords("at"), splitWords("date")
	if b.lang == naming.LangRuby && m.verb != nil {
		// expired_on; 오늘 날짜 is no event's day (today_date, not today_on)
		day = splitWords("on")
	}
	utc := m.utc && b.lang == naming.LangCSharp
	c := cand{ko: "사건이 일어난(일어날) 시점을 사건 + At/Date로 나타낸 관용적 이름입니다.", en: "The event, then At for a moment or Date for a day."}
	add := func(ws ...[]string) {
		c.words = cat(ws...)
		if n := len(c.words); n > 2 && c.words[n-2] == "time" && (c.words[n-1] == "at" || c.words[n-1] == "time") {
			c.words = append(c.words[:n-2:n-2], c.words[n-1]) // a noun that is a time (sale start time) takes no second one (saleStartTimeAt)
		}
		if utc && lastWord(c.words) != "date" {
			c.words = cat(c.words, splitWords("utc"))
		}
		b.add(k, c)
	}
	ownerVerb := cat(m.owner, mod, verb)
	if len(mod) > 0 && len(m.owner) > 0 && m.future {
		ownerVerb = cat(mod, m.owner, verb)
	}
	switch {
	case m.date && b.lang == naming.LangRuby && len(verb) > 0:
		add(ownerVerb, day)
		add(mod, m.owner, noun, splitWords("date"))
		add(verb, day)
	case m.date:
		add(mod, m.owner, noun, day)
		if len(m.owner) > 0 && len(mod) == 0 {
			add(mod, noun, day)
		}
		if len(verb) > 0 {
			add(ownerVerb, at)
		}
	case len(verb) > 0 && len(mod) == 0:
		add(m.owner, verb, at)
		if len(m.owner) > 0 {
			add(verb, at)
		}
		add(m.owner, noun, splitWords("time"))
	case m.future && len(m.owner) > 0 && m.verb != nil && !intransitive.has(m.verb.en()):
		// 다음 알림 보낼 시각: the next notification, not its sending
		add(mod, m.owner, at)
		add(mod, m.owner, splitWords("time"))
		add(mod, m.owner, noun, splitWords("time"))
	default:
		if bare && len(m.owner) > 0 && len(mod) > 0 && !arrivalVerbs.has(m.verb.en()) {
			// 스프레드시트를 마지막으로 저장한 시각: when it was last saved
			// (lastSavedAt; was lastSpreadsheetAt, the saving lost)
			add(mod, verb, at)
			add(mod, m.owner, verb, at)
			add(mod, verb, splitWords("time"))
			break
		}
		if bare && len(m.owner) > 0 {
			// 마지막으로 하트비트 받은 시각: the heartbeat's moment
			// (lastHeartbeatAt), then the participle (…ReceivedAt); a verb
			// with no noun of its own is no event noun (…ReceiveAt)
			add(mod, m.owner, at)
			add(mod, m.owner, verb, at)
			add(mod, m.owner, splitWords("time"))
			break
		}
		add(mod, m.owner, noun, at)
		if len(verb) > 0 && m.mod != "next" {
			add(ownerVerb, at)
		}
		if m.utc && !utc {
			add(mod, m.owner, noun, splitWords("utc"))
		}
		add(mod, m.owner, noun, splitWords("time"))
	}
	return len(b.lists[kindSlot(k)]) > 0
}

// momentAsEvent: a moment said as "X expires at" counts down to its event
// (토큰 만료 시각까지 남은 시간: timeUntilTokenExpiry, was time_until_at).
func momentAsEvent(x []string) []string {
	n := len(x)
	if n == 1 && x[0] == "at" {
		return nil // (time_until_at)
	}
	if n < 2 || x[n-1] != "at" {
		return x
	}
	v := strings.TrimSuffix(x[n-2], "s")
	if e := nominals.get(v); e != "" {
		v = e
	} else if e := nominals.get(strings.TrimSuffix(v, "e")); e != "" {
		v = e
	}
	return cat(x[:n-2], splitWords(v))
}
