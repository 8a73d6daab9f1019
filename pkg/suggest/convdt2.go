package suggest

import (
	"strings"

	"namebot/pkg/naming"
)

// Conversions, dates and constants (convdt): passes refine runs in the
// order of passGroups (refine.go), each in this order (each says what it
// reads).
var convPasses = []func([]item) []item{unitSaidAgain, shownOnScreen, qualifiedType, ranAtTime, endedAt}

// unitSaidAgain: mV 단위로, 섭씨 단위로: 단위 after a unit names the unit
// again; the unit takes its particle (to millivolts, not to an mv unit).
func unitSaidAgain(items []item) []item {
	for i := 1; i < len(items); i++ {
		u, it := items[i-1], items[i]
		if u.g == gNone && u.t != nil && u.t.Class == 'u' && u.part == partNone && it.isNoun() && it.t != nil && it.t.en() == "unit" {
			items[i-1].part, items[i-1].rest = it.part, it.rest
			items = append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// mixedUnit: mV, kHz, MiB: a short word in mixed case that is a unit's
// form is that unit, not two camelCase words (m, v).
func mixedUnit(g *glossary, w string) bool {
	l := strings.ToLower(w)
	if len(w) > 4 || len(w) < 2 || w == l || w == strings.ToUpper(w) {
		return false
	}
	for _, t := range g.en[l] {
		if t.Class == 'u' {
			return true
		}
	}
	for _, m := range g.ko[l] {
		if m.t.Class == 'u' {
			return true
		}
	}
	return false
}

// shownOnScreen: 화면 표시용, 화면에 표시할 문자열, 화면에 보여주는, 화면에
// 출력하는: the screen is where the text is shown, not what is converted
// or shown; showing is on the screen already.
func shownOnScreen(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		s, v := items[i], items[i+1]
		if s.eng || !s.isNoun() || s.t == nil || s.t.en() != "screen" || v.eng || v.t == nil || v.t.Class != 'v' {
			continue
		}
		switch e := v.t.en(); {
		case (s.part == partNone || s.part == partLoc) && (e == "display" || e == "show") && (v.rest == "용" || v.mood == moodMod) && i+2 < len(items),
			(s.part == partLoc || s.part == partDir) && v.isVerb() && (e == "show" || e == "display" || e == "print"):
			items = append(items[:i], items[i+1:]...)
		}
	}
	return items
}

// convertsTo: "map the order entity to a dto": the type after "to" is
// what a conversion the question starts with makes, not the thing named.
func convertsTo(items []item, head int) bool {
	to := false
	for i := head - 1; i >= 0; i-- {
		it := items[i]
		switch {
		case it.g == gTo && it.eng:
			to = true
		case it.g == gNone && it.eng && it.t != nil && it.t.Class == 'v' && isConvert(it.t):
			return to && (i == 0 || items[i-1].g == gRequest || items[i-1].g == gStop)
		}
	}
	return false
}

// qualifiedType: time.Time, context.Context: a Go type written with its
// package reads as the word twice; it is one type.
func qualifiedType(items []item) []item {
	for i := 1; i < len(items); i++ {
		if a, b := items[i-1], items[i]; a.eng && b.eng && a.isNoun() && b.isNoun() && a.part == partNone && a.surface == b.surface {
			items = append(items[:i-1], items[i:]...)
		}
	}
	return items
}

// spanAfterNumber: 1시간, 14일 after a number are a span in hours or days
// (TOKEN_TTL_HOURS), not the noun time or a day of the month.
func spanAfterNumber(w string) string {
	for _, c := range []string{"시간", "일"} {
		if rest, ok := strings.CutPrefix(w, c); ok && (rest == "" || rest == "로" || rest == "으로" || rest == "이고" || rest == "간") {
			return c + "단위"
		}
	}
	return w
}

// ttlInSeconds: TOKEN_TTL 1시간: a TTL constant given in hours or days is
// as often kept in seconds, the unit expiry claims and caches take.
func ttlInSeconds(k naming.Kind, words []string, unit string) bool {
	return k == naming.KindConstant && (unit == "hours" || unit == "days") && (lastWord(words) == "ttl" || lastWord(words) == "lifetime")
}

// bareUnitSetting: LIFETIME_SECONDS, SIZE_MB: a setting and its unit
// alone leave out whose setting it is (ACCESS_TOKEN_LIFETIME_SECONDS).
func bareUnitSetting(ws []string) bool {
	if len(ws) != 2 {
		return false
	}
	return oneOf(ws[1], "seconds|ms|minutes|hours|days|bytes|kb|mb|gb")
}

// ranAtTime: 마지막으로 실행된 시각, 호출된 시간: a run verb before a
// time is when it ran (lastRunAt), not a callback's 실행되는 함수.
func ranAtTime(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it, n := items[i], items[i+1]
		if it.g == gWhen && it.t != nil && !it.eng && it.mood == moodMod && n.isNoun() && n.t != nil && timeNouns.has(n.t.en()) {
			items[i].g = gNone
		}
	}
	return items
}

// endedAt: 배포가 끝난 시각, 결제가 끝난 시간: when an action ended is
// when it was done (deployedAt, paidAt), as 결제 완료 시각 is.
func endedAt(items []item) []item {
	for i := 0; i+2 < len(items); i++ {
		a, e, h := items[i], items[i+1], items[i+2]
		if !a.eng && (a.isVerbalNoun() || a.isVerb() && a.form == formNoun || a.isNoun() && a.t != nil && (eventVerb(a.t.en()) != nil || a.alt != nil && a.alt.Class == 'v')) && (a.part == partSubj || a.part == partNone) &&
			e.isNoun() && e.t != nil && e.t.en() == "end" && strings.HasPrefix(e.surface, "끝") && h.isNoun() && h.t != nil && timeNouns.has(h.t.en()) {
			items[i].part = partNone
			items = append(items[:i+1], items[i+2:]...)
		}
	}
	return items
}
