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
	reEnPeriod   = regexp.MustCompile(`(?i)\b(start|beginning|first day|end|last day)\s+of\s+(the\s+)?(this|current|next|last|previous|the)?\s*(day|week|month|year|quarter)\b`)
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
