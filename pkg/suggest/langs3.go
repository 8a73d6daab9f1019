package suggest

import "strings"

// Everyday questions asked in PHP, Ruby, Rust, Swift and C rooms (langs3):
// passes refine runs after convPasses, in this order (each says what it
// reads).
var langPasses = []func([]item) []item{nameOfNoun, doneOneQ, viewAfterNoun, toVerb, actionAsSubject}

// nameOfNoun: 작성자 이름 가져오는, 유저 이름을 바꾸는: 이름 after a noun and
// before the action is that noun's name, not the request for one.
func nameOfNoun(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		it, p, n := &items[i], items[i-1], items[i+1]
		if it.g == gRequest && it.surface == "이름" && !p.eng && p.isNoun() && p.part == partNone && n.isVerb() && !n.eng {
			t := getNameTerm()
			it.setTerm(t)
		}
	}
	return items
}

// doneOneQ: 로그인한 유저인지, 취소한 주문인지: whether the noun did (or had
// done to it) the action: 유저가 로그인했는지 (isLoggedIn).
func doneOneQ(items []item) []item {
	for i := 1; i < len(items); i++ {
		v, n := items[i-1], items[i]
		if v.eng || n.eng || !v.isVerb() || v.form != formAdn || v.mood != moodMod || v.neg || !n.isNoun() || n.part != partCopulaQ {
			continue
		}
		for _, x := range items {
			if x.part == partSubj {
				return items
			}
		}
		v.form, v.mood, v.rest = formPast, moodPastQ, "는지"
		n.part, n.rest = partSubj, "가"
		items[i-1], items[i] = n, v
	}
	return items
}

// viewAfterNoun: 프로필 화면 뷰, 상품 상세 뷰: 뷰 after a noun is a view
// (ProfileView), not Vue; the screen it shows is said by the view.
func viewAfterNoun(items []item) []item {
	for i := 1; i < len(items); i++ {
		it, p := &items[i], items[i-1]
		if it.g != gContext || it.surface != "뷰" || p.eng || !p.isNoun() || p.part != partNone {
			continue
		}
		for _, t := range loadGlossary().en["view"] {
			if t.Class == 'n' {
				it.setTerm(t)
			}
		}
		if p.t != nil && p.t.en() == "screen" && i > 1 && items[i-2].isNoun() {
			items = append(items[:i-1], items[i:]...)
		}
		break
	}
	return items
}

// toVerb: "function to read config file": after to, read is the verb, not
// the state of read messages.
func toVerb(items []item) []item {
	for i := 1; i+1 < len(items); i++ {
		n := i + 1
		if items[n].g == gStop && n+1 < len(items) {
			n++ // to read the file
		}
		if it := &items[i]; it.eng && items[i-1].g == gTo && it.isAdj() && items[n].isNoun() {
			if v := verbTerm(strings.ToLower(it.surface)); v != nil {
				it.t, it.words = v, v.Words
			}
		}
	}
	return items
}

// actionAsSubject: 연결 끊겼는지, 업로드 실패했는지: the action before a
// state is the thing in that state (isConnectionDisconnected, not
// isConnectDisconnected).
func actionAsSubject(items []item) []item {
	for i := 0; i+1 < len(items); i++ {
		it, st := &items[i], items[i+1]
		if it.eng || !it.isVerbalNoun() || it.part != partNone && it.part != partSubj || !st.isAdj() || st.mood != moodQ && st.mood != moodPastQ {
			continue
		}
		t := it.alt
		if t == nil || t.Class != 'n' {
			t = verbNoun(it.t)
		}
		if t != nil {
			it.t, it.words, it.alt = t, t.Words, nil
		}
	}
	return items
}
