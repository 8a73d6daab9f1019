package suggest

import "strings"

// Conversions, dates and constants (convdt): passes refine runs right after
// collectionPasses, in this order (each says what it reads).
var convPasses = []func([]item) []item{unitSaidAgain, shownOnScreen}

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

// shownOnScreen: 화면 표시용, 화면에 표시할 문자열: the screen is where
// the text is shown, not what is converted.
func shownOnScreen(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		s, v := items[i], items[i+1]
		if !s.eng && s.isNoun() && s.t != nil && s.t.en() == "screen" && (s.part == partNone || s.part == partLoc) && v.t != nil && v.t.Class == 'v' && !v.eng &&
			(v.t.en() == "display" || v.t.en() == "show") && (v.rest == "용" || v.mood == moodMod) && i+2 < len(items) {
			items = append(items[:i], items[i+1:]...)
		}
	}
	return items
}
