package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// Names for the phrase patterns refine.go reads: sort orders and maps.

// orderedNames are the names of a sort with a criterion and a direction:
// sortByScoreDesc, sortByScore, sortPostsByScore.
func (b *builder) orderedNames(f *frame, suffix func([]string) []string) {
	v := f.verb
	if v == nil || v.t == nil || f.by.empty() && !f.x.newest && f.x.dir == "" && len(f.x.first) == 0 {
		return
	}
	switch v.t.en() {
	case "sort", "order", "rank":
	default:
		return
	}
	k := naming.KindFunction
	vw := v.t.Words
	if len(f.x.first) > 0 {
		// 안 읽은 거 먼저: sortUnreadFirst
		b.add(k, cand{suffix(cat(vw, f.x.first, splitWords("first"))), "먼저 올 것을 앞세운 정렬 이름입니다.", "Sorts the " + strings.Join(f.x.first, " ") + " ones first."})
	}
	if f.by.empty() && !f.x.newest {
		// 점수를 내림차순으로 정렬: the values sorted in that direction
		// (sortScoresDesc, was sortScores)
		o := f.thing()
		if ow := o.nounWords(!massy(o) && len(o.nouns) > 0); len(ow) > 0 {
			b.add(k, cand{suffix(cat(vw, ow, splitWords(f.x.dir))), "정렬 방향을 붙인 이름입니다.", "With the direction."})
			if h := o.headWords(false); sortMeasures.has(lastWord(h)) {
				b.add(k, cand{suffix(cat(vw, splitWords("by"), h, splitWords(f.x.dir))), "값 기준 정렬 방향을 붙인 이름입니다.", "By the value, with the direction."})
			}
		}
		return
	}
	if f.by.empty() {
		// 최신순, newest first: the age is the criterion.
		age := ""
		switch f.x.dir {
		case "desc":
			age = "newest"
		case "asc":
			age = "oldest"
		}
		o := f.thing()
		ow := o.nounWords(!massy(o) && len(o.nouns) > 0)
		b.add(k, cand{suffix(cat(vw, splitWords("by"), splitWords(age))), "최신(오래된) 순으로 정렬하는 함수입니다.", "Sorts " + age + " first."})
		b.add(k, cand{suffix(cat(vw, splitWords(age), splitWords("first"))), "정렬 방향을 그대로 쓴 이름입니다.", "Names the order as asked."})
		if len(ow) > 0 {
			b.add(k, cand{suffix(cat(vw, ow, splitWords("by"), splitWords(age))), "정렬 대상을 드러낸 이름입니다.", "Names what is sorted."})
		}
		return
	}
	by := f.by.nounWords(f.by.plural())
	if len(by) == 0 {
		return
	}
	o := f.thing()
	ow := o.nounWords(!massy(o) && len(o.nouns) > 0)
	dirKo := ""
	switch f.x.dir {
	case "desc":
		dirKo = "내림차순"
	case "asc":
		dirKo = "오름차순"
	}
	if len(f.x.bys) >= 2 {
		// by last name, then first name: sortByLastNameThenFirst.
		first := f.x.bys[0].nounWords(false)
		second := f.x.bys[len(f.x.bys)-1].nounWords(false)
		if len(second) > len(first) && slices.Equal(second[len(second)-len(first):], first) {
			// "alphabetically by last name": the name read twice, the
			// second time more precisely (sortByLastName, was
			// sortByNameThenLast)
			first, second = second, nil
		} else if len(second) > 1 && len(first) > 0 && second[len(second)-1] == first[len(first)-1] {
			second = second[:len(second)-1]
		}
		if slices.Equal(first, second) {
			// the tie read as broken by the same key (평점 높은 순, 평점
			// 같으면 최신순 read its key as 평점 again): no ThenRating; "then
			// by rating newest first" is broken by age (sortByRatingThenDate)
			second = nil
			if f.x.newest {
				second = splitWords("date")
			}
		}
		if len(first) > 0 && len(second) > 0 {
			b.add(k, cand{suffix(cat(vw, splitWords("by"), first, splitWords("then"), second)), f.x.bys[0].ko() + " 기준으로, 같으면 " + f.x.bys[len(f.x.bys)-1].ko() + " 기준으로 정렬합니다.", "Sorts by " + strings.Join(first, " ") + ", then " + strings.Join(second, " ") + "."})
			by = first
		}
	}
	if f.x.dir != "" {
		b.add(k, cand{suffix(cat(vw, splitWords("by"), by, splitWords(f.x.dir))), f.by.ko() + " 기준 " + dirKo + "으로 정렬하는 함수입니다.", "Sorts by " + strings.Join(by, " ") + ", " + f.x.dir + "ending."})
	}
	b.add(k, cand{suffix(cat(vw, splitWords("by"), by)), f.by.ko() + " 기준으로 정렬하는 함수입니다.", "Sorts by " + strings.Join(by, " ") + "."})
	if len(ow) > 0 {
		b.add(k, cand{suffix(cat(vw, ow, splitWords("by"), by)), "정렬 대상을 드러낸 이름입니다.", "Names what is sorted."})
	}
	if len(f.x.dirPhrase) > 0 {
		b.add(k, cand{suffix(cat(vw, f.x.dirPhrase)), "정렬 방향을 그대로 쓴 이름입니다.", "Names the order as asked."})
	}
}

// mapNames are the names of a map keyed by something: pricesBySku,
// skuPrices; a map of counts: wordCounts, countsByWord.
func (b *builder) mapNames(f *frame, k naming.Kind) {
	if !f.x.mapping {
		return
	}
	var key, val *np
	switch {
	case !f.by.empty():
		key, val = &f.by, f.thing()
	case !f.source.empty() && !f.target.empty():
		key, val = &f.source, &f.target
	default:
		return
	}
	kw := key.nounWords(false)
	if len(kw) == 0 {
		return
	}
	var vals, head []string
	if f.count {
		vals, head = splitWords("counts"), splitWords("counts")
		if len(val.nouns) > 0 {
			vals = cat(val.nounWords(false), splitWords("counts"))
		}
	} else {
		if len(val.nouns) == 0 {
			idKeyedMap(b, k, kw) // kindhead.go
			return
		}
		pl := !massy(val) && lastWord(val.nounWords(false)) != "at" // createdAtBySessionId
		vals = val.nounWords(pl)
		head = val.headWords(pl)
		if dateNouns.has(strings.TrimSuffix(lastWord(vals), "s")) {
			// user id to last login time: the moment is the login's; a
			// time alone says nothing (lastLoginTimesByUserId first, was
			// timesByUserId)
			head = vals
		}
	}
	// The key without a trailing id: player id -> playerScores.
	owner := kw
	if len(owner) > 1 && owner[len(owner)-1] == "id" {
		owner = owner[:len(owner)-1]
		if strings.Join(owner, " ") == strings.Join(val.nounWords(false), " ") {
			// order id to order: ordersById, not orderOrders
			kw, owner = kw[len(kw)-1:], nil
		}
	}
	reason := cand{ko: key.ko() + "별 " + josa(val.ko(), "을", "를") + " 담는 맵입니다.", en: "The " + strings.Join(vals, " ") + ", keyed by " + strings.Join(kw, " ") + "."}
	if f.count && occurrenceOnly(val) {
		// 단어별 등장 횟수: the key itself is counted (wordCounts).
		b.add(k, cand{cat(owner, splitWords("counts")), reason.ko, reason.en})
		b.add(k, cand{cat(splitWords("counts by"), kw), "키를 드러낸 형태입니다.", "Names the key."})
	}
	b.add(k, cand{cat(vals, splitWords("by"), kw), reason.ko, reason.en})
	if n := len(kw); n > 1 && keySuffixes.has(kw[n-1]) && len(owner) == n && kw[n-2] != lastWord(vals) && plural(kw[n-2]) != lastWord(vals) {
		// (계좌번호로 계좌: no accounts_by_account)
		// 태그 이름 → 게시글, currency code to rate: the key's own name
		// may go (postsByTag, exchangeRatesByCurrency)
		b.add(k, cand{cat(vals, splitWords("by"), kw[:n-1]), "키를 줄인 형태입니다.", "The key without its " + kw[n-1] + "."})
	}
	if len(head) < len(vals) {
		b.add(k, cand{cat(head, splitWords("by"), kw), "짧은 형태입니다.", "Short form."})
	}
	if len(owner) > 0 {
		b.add(k, cand{cat(owner, head), "키를 앞에 둔 형태입니다.", "Key-first form."})
	}
	if f.count && !occurrenceOnly(val) {
		b.add(k, cand{cat(owner, vals), "키를 앞에 둔 형태입니다.", "Key-first form."})
	}
}

// keySuffixes say which one of a thing a key names it by.
const keySuffixes lazySet = `code name number key no`

// occurrenceOnly: what is counted is only occurrences (등장 횟수,
// frequency), so the map counts its keys.
func occurrenceOnly(p *np) bool {
	for _, w := range p.nounWords(false) {
		if !oneOf(w, "appear|appearance|occurrence|occur|frequency|count|number") {
			return false
		}
	}
	return true
}

// booleansFirst puts first the yes/no names some question shapes call for
// before the general forms of booleans: the predicate noun alone
// (사용자가 관리자인지 -> isAdmin), completion (학습이 끝났는지 ->
// isTrainingComplete), need (다시 렌더링해야 하는지 -> needsRender) and an
// activity in progress (결제 진행 중인지 -> isPaymentInProgress).
func (b *builder) booleansFirst(f *frame, k naming.Kind) {
	b.relationBooleans(f, k) // enphrase.go
	v := f.verb
	if len(f.x.has) > 0 {
		b.add(k, cand{cat(splitWords("has"), f.x.has), josa(strings.Join(f.x.has, " "), "이", "가") + " 있는지 나타내는 불리언입니다.", "Whether it has " + strings.Join(f.x.has, " ") + "."})
	}
	switch {
	case f.x.need && v != nil && v.t != nil:
		o := f.thing()
		ow := o.words(false)
		b.add(k, cand{cat(splitWords("should"), v.t.Words, ow), josa(o.ko(), "을", "를") + " " + mustKo(v.stemKo()) + " 하는지 나타냅니다.", "Whether to " + v.t.en() + " " + strings.Join(ow, " ") + "."})
		b.add(k, cand{cat(splitWords("needs"), v.t.Words), "해야 할 일이 남았는지 needs로 묻는 형태입니다.", "Whether it needs " + v.t.en() + "."})
		if len(ow) > 0 {
			b.add(k, cand{cat(splitWords("needs"), v.t.Words, ow), "대상을 드러낸 형태입니다.", "With the object."})
		}
	case !f.x.pred.empty() && len(f.subj.nouns) > len(f.x.pred.nouns) && f.verb == nil:
		// The subject is the receiver or argument; the predicate is the name.
		pw := f.x.pred.words(false)
		b.add(k, cand{cat(splitWords("is"), pw), josa(f.x.pred.ko(), "인지", "인지") + " 나타내는 불리언입니다. 주어는 메서드를 받는 쪽이라 이름에서 뺍니다.", "Whether it is a " + strings.Join(pw, " ") + "; the subject is the receiver."})
	case f.progress && !f.boolean || f.progress && (v == nil || v.t != nil && (v.t.en() == "proceed" || v.t.en() == "progress")):
		s := f.subject()
		sw := s.words(false)
		if len(sw) == 0 {
			return
		}
		b.add(k, cand{cat(splitWords("is"), sw, splitWords("in progress")), josa(s.ko(), "이", "가") + " 진행 중인지 나타내는 불리언입니다.", "Whether the " + strings.Join(sw, " ") + " is in progress."})
		if vt := nounVerb(s); vt != nil {
			b.add(k, cand{cat(splitWords("is"), splitWords(gerund(vt, vt.en()))), "진행 중인 동작을 -ing로 쓴 형태입니다.", "The action, as -ing."})
		}
	}
	b.completion(f, k)
	b.idiomBooleans(f, k)
}

const permissionRoles lazySet = `admin owner moderator manager editor staff superuser member seller host guest author
	operator`

// idiomBooleans: yes/no questions English names with a fixed idiom.
//   - 관리자 권한이 있는지: isAdmin, hasAdminRole (a role's permission is the role).
//   - 이메일 형식이 맞는지: isValidEmail (a format that is right is valid).
//   - 재고가 있는지/남아있는지: isInStock.
//   - 햄버거 메뉴가 열려 있는지: isMenuOpen beside isHamburgerMenuOpen.
func (b *builder) idiomBooleans(f *frame, k naming.Kind) {
	t := f.subject()
	if f.exist || f.holder {
		t = f.thing()
	}
	ws := t.nounWords(false)
	n := len(ws)
	switch {
	case n >= 2 && permissionRoles.has(ws[n-2]) && (ws[n-1] == "permission" || ws[n-1] == "permissions" || ws[n-1] == "role" || ws[n-1] == "rights" || ws[n-1] == "authority"):
		b.add(k, cand{cat(splitWords("is"), ws[n-2:n-1]), josa(t.ko(), "이", "가") + " 있는지는 곧 그 역할인지입니다.", "Having the role's permission is being the role."})
		b.add(k, cand{cat(splitWords("has"), ws[n-2:n-1], splitWords("role")), "역할을 가졌는지로 묻는 형태입니다.", "Asked as a role."})
	case f.state != nil && f.state.t != nil && (f.state.t.en() == "correct" || f.state.t.en() == "valid") && n >= 2 && ws[n-1] == "format":
		b.add(k, cand{cat(splitWords("is valid"), ws[:n-1]), "형식이 맞는지는 유효한지로 씁니다.", "A right format is a valid one."})
		b.add(k, cand{cat(splitWords("is"), ws[:n-1], splitWords("valid")), "주어를 앞에 둔 형태입니다.", "Subject first."})
	case f.state != nil && len(t.nouns) == 1 && len(t.mods) == 0 && len(ws) >= 2:
		// One compound term as the subject: its head word alone too, after
		// the full and the short forms (hamburger menu: isMenuOpen).
		st := f.state.words
		if f.state.t != nil && f.state.t.Class == 'v' {
			st = splitWords(participle(f.state.t, f.state.t.en()))
		}
		b.add(k, cand{cat(splitWords("is"), ws, st), josa(t.ko(), "이", "가") + " " + stateQ(f.state.stateKo()) + "인지 나타내는 불리언입니다.", "Whether the " + strings.Join(ws, " ") + " is " + strings.Join(st, " ") + "."})
		b.add(k, cand{cat(splitWords("is"), st), "대상이 분명할 때 쓰는 짧은 이름입니다.", "Short form, when the subject is clear from context."})
		b.add(k, cand{cat(splitWords("is"), ws[n-1:], st), "복합어의 머리 명사만 쓴 짧은 이름입니다.", "Shorter, with the compound's head word."})
	case n >= 1 && f.state != nil && f.state.t != nil && f.state.t.en() == "remaining" && f.verb == nil && thingsLeft(f, t, ws):
		// 용지 남아있는지, 작업이 남았는지: whether there is still some
		// (hasPaper, hasRemainingTasks; isPaperRemaining says it oddly)
		last := t.nouns[len(t.nouns)-1].t
		pl := ws
		if !leftoverMass.has(ws[n-1]) && !strings.HasSuffix(ws[n-1], "s") {
			pl = cat(ws[:n-1], []string{pluralOf(last, ws[n-1])})
		}
		b.add(k, cand{cat(splitWords("has"), pl), josa(t.ko(), "이", "가") + " 남아 있는지는 아직 있는지입니다.", "Whether there is still some " + strings.Join(pl, " ") + "."})
		b.add(k, cand{cat(splitWords("has remaining"), pl), "남은 것을 드러낸 형태입니다.", "Saying it remains."})
		b.add(k, cand{cat(splitWords("has"), pl, splitWords("left")), "남았는지를 left로 쓴 형태입니다.", "With left."})
	case n >= 1 && (ws[n-1] == "stock" || ws[n-1] == "inventory") && (f.exist || f.state != nil && f.state.t != nil && (f.state.t.en() == "remaining" || f.state.t.en() == "available")):
		b.add(k, cand{splitWords("is in stock"), "재고가 있는지 나타내는 관용 이름입니다.", "The usual name: in stock."})
		b.add(k, cand{cat(splitWords("is"), ws, splitWords("available")), "재고가 남았는지로 묻는 형태입니다.", "Asked as availability."})
	}
}

// thingsLeft: what a yes/no question asks is left (ws, the head words of
// t) is things, not stock (isInStock) and not time (여권 만료일이 6개월도 안
// 남았는지 asks about the time left, not passports).
func thingsLeft(f *frame, t *np, ws []string) bool {
	last := ws[len(ws)-1]
	return !t.empty() && last != "stock" && last != "inventory" && f.until == nil && f.unit == "" &&
		!unitSuffix(last) && !timeUnitWords.has(last) && !slices.ContainsFunc(ws, dateNouns.has) &&
		!slices.Contains(ws, "expiry") && !slices.Contains(t.words(false), "expired")
}

// walkedNoun: a loop walks one of these (폴더 순회하는 루프: traverseDirectory).
const walkedNoun lazySet = `directory folder tree graph dir grid board map`

// leftoverMass: what is left of it is an amount, not items (hasBalance).
const leftoverMass lazySet = `balance time space quota capacity battery memory storage credit fuel ink water budget disk stamina energy mana health ammo data`

const completeStates lazySet = `done complete completed finished over`

// completion: 학습이 끝났는지, 이메일 인증이 완료됐는지 (the subject is an
// activity that ended), 온보딩을 끝냈는지 (the activity was completed).
func (b *builder) completion(f *frame, k naming.Kind) {
	v := f.verb
	switch {
	case f.state != nil && f.state.t != nil && completeStates.has(f.state.t.en()):
		s := f.subject()
		sw := s.words(false)
		if len(sw) == 0 && v != nil && v.t != nil && v.form == formNoun {
			// 학습이 끝났는지: the verbal noun is the activity.
			sw = cat(f.obj.words(false), activityWords(v.t))
		}
		if len(sw) == 0 {
			return
		}
		if vt := nounVerb(s); vt != nil && len(sw) > 1 {
			// 이메일 인증 완료: the email is verified.
			rest := sw[:len(sw)-1]
			pp := splitWords(participle(vt, vt.en()))
			b.add(k, cand{cat(splitWords("is"), rest, pp), josa(s.ko(), "이", "가") + " 끝난 상태인지 나타내는 불리언입니다.", "Whether the " + strings.Join(rest, " ") + " is " + strings.Join(pp, " ") + "."})
			b.add(k, cand{cat(splitWords("has"), pp, rest), "이미 끝났는지 has로 묻는 형태입니다.", "Asked with has."})
		}
		b.add(k, cand{cat(splitWords("is"), sw, splitWords("complete")), josa(s.ko(), "이", "가") + " 끝났는지 나타내는 불리언입니다.", "Whether the " + strings.Join(sw, " ") + " is complete."})
		b.add(k, cand{cat(splitWords("is"), sw, splitWords("finished")), "finished로 쓴 형태입니다.", "With finished."})
	case v != nil && v.t != nil && (v.t.en() == "complete" || v.t.en() == "finish") && (f.past || v.mood == moodPastQ):
		o := f.thing()
		ow := o.words(false)
		if len(ow) == 0 {
			return
		}
		b.add(k, cand{cat(splitWords("has completed"), ow), josa(o.ko(), "을", "를") + " 마쳤는지 나타내는 불리언입니다.", "Whether the " + strings.Join(ow, " ") + " has been completed."})
		b.add(k, cand{cat(splitWords("is"), ow, splitWords("completed")), "대상을 앞에 둔 형태입니다.", "Subject-first form."})
		b.add(k, cand{cat(splitWords("has finished"), ow), "finish로 쓴 형태입니다.", "With finish."})
	}
}

// nounVerb is the verb a phrase's head noun names an action of
// (verification: verify, training: train, payment: pay), from its English
// form or the Korean verb spelled like it.
func nounVerb(p *np) *Term {
	if len(p.nouns) == 0 {
		return nil
	}
	h := p.nouns[len(p.nouns)-1]
	g := loadGlossary()
	if len(h.words) > 0 {
		n := h.words[len(h.words)-1]
		var cands []string
		for _, r := range [][2]string{{"ification", "ify"}, {"ation", "ate"}, {"ation", "e"}, {"ation", ""}, {"ment", ""}, {"ing", ""}, {"ing", "e"}, {"al", "e"}, {"ion", "e"}, {"ion", ""}} {
			if strings.HasSuffix(n, r[0]) && len(n) > len(r[0])+2 {
				cands = append(cands, strings.TrimSuffix(n, r[0])+r[1])
			}
		}
		for _, c := range cands {
			for _, t := range g.en[c] {
				if t.Class == 'v' && t.en() == c {
					return t
				}
			}
		}
	}
	if len(h.words) > 1 {
		return nil
	}
	if h.alt != nil && h.alt.Class == 'v' {
		return h.alt
	}
	if h.t != nil && h.t.Class == 'v' {
		return h.t
	}
	return nil
}

// nounLikeVerbs are verbs English uses as the noun of their activity too
// (the sync, the upload), so 동기화가 끝났는지 is isSyncComplete.
const nounLikeVerbs lazySet = "sync, upload, download, import, export, backup, install, update, checkout, sign up, login, logout, search, transfer, review, build, deploy, refund, reset, restore, scan, test, render"

// activityWords name the activity of a verb: the sync, the training.
func activityWords(t *Term) []string {
	if nounLikeVerbs.has(t.en()) {
		return t.Words
	}
	return splitWords(gerund(t, t.en()))
}

// wholeContainer: "clear all items from the cart", "장바구니의 모든 상품을
// 삭제", "free every node in a list": an action on everything in a
// container is an action on the container (clearCart, freeList).
func (b *builder) wholeContainer(f *frame, suffix func([]string) []string) {
	v := f.verb
	if !f.x.all || v == nil || v.t == nil {
		return
	}
	var c []string
	switch {
	case !f.source.empty():
		c = f.source.nounWords(false)
	case !f.target.empty():
		c = f.target.nounWords(false)
	case len(f.obj.nouns) > 1:
		c = (&np{nouns: f.obj.nouns[:len(f.obj.nouns)-1]}).words(false)
	}
	if len(c) == 0 {
		return
	}
	k := naming.KindFunction
	last := c[len(c)-1:]
	switch v.t.en() {
	case "clear", "delete", "remove", "empty", "reset":
		b.add(k, cand{suffix(cat(splitWords("clear"), c)), josa(joinSpace(c), "을", "를") + " 통째로 비우는 함수입니다.", "Empties the " + strings.Join(c, " ") + "."})
		if len(c) > 1 {
			b.add(k, cand{suffix(cat(splitWords("clear"), last)), "짧은 형태입니다.", "Short form."})
		}
		b.add(k, cand{suffix(cat(splitWords("empty"), c)), "empty를 쓴 형태입니다.", "With empty."})
	case "free", "destroy", "release", "dispose":
		b.add(k, cand{suffix(cat(v.t.Words, c)), josa(joinSpace(c), "을", "를") + " 통째로 해제하는 함수입니다.", "Frees the whole " + strings.Join(c, " ") + "."})
		if len(c) > 1 {
			b.add(k, cand{suffix(cat(v.t.Words, last)), "짧은 형태입니다.", "Short form."})
		}
		b.add(k, cand{suffix(cat(last, v.t.Words)), "자료구조 이름을 앞에 둔 C 스타일입니다.", "C style: the structure first."})
	}
}

// eventNouns name occurrences; their plural alone is a count
// (failedLoginAttempts, retries).
const eventNouns lazySet = `attempt retry try failure error visit view click hit miss login download request crash`

// countFirst: counts of what remains (남은 목숨 수 -> remainingLives,
// livesLeft) and of occurrences (failedLoginAttempts).
func (b *builder) countFirst(f *frame, k naming.Kind) {
	if !f.count || f.limit != "" || f.boolean {
		return
	}
	t := f.thing()
	if f.holder && !f.topic.empty() {
		t = &f.topic
	}
	if v := f.verb; len(t.nouns) == 0 && v != nil && v.t != nil && !v.eng && v.mood == moodMod {
		// 재시도한 횟수: the action is what is counted (retryCount).
		pp := splitWords(participle(v.t, v.t.en()))
		b.add(k, cand{cat(v.t.Words, splitWords("count")), v.surfaceKo() + " 횟수입니다.", "How many times it happened."})
		b.add(k, cand{cat(splitWords("times"), pp), "몇 번 " + v.surfaceKo() + "는지 세는 수입니다.", "How many times it was " + strings.Join(pp, " ") + "."})
	}
	if len(t.nouns) == 0 {
		return
	}
	remaining := false
	var mods []item
	for _, m := range t.mods {
		if m.t != nil && m.t.en() == "remaining" {
			remaining = true
			continue
		}
		mods = append(mods, m)
	}
	if n := len(t.nouns); n > 0 && t.nouns[n-1].folded && t.nouns[n-1].t != nil && t.nouns[n-1].t.Class == 'n' && len(t.mods) == 0 {
		// how many times the app was opened (enclause.go): appOpenCount,
		// openCount; a coupon's own count of uses first: useCount
		b.add(k, cand{cat(t.words(false), splitWords("count")), t.ko() + "의 횟수입니다.", "How many " + strings.Join(t.words(true), " ") + "."})
		if o := t.nouns[n-1].t.Alt; len(o) > 0 {
			b.add(k, cand{cat(o, t.words(false), splitWords("count")), "대상을 붙인 형태입니다.", "With what it counts on."})
		}
		b.add(k, cand{cat(t.headWords(false), splitWords("count")), "짧은 형태입니다.", "Short form."})
		if pp := t.nouns[n-1].t.PP; pp != "" {
			b.add(k, cand{cat(splitWords("times"), splitWords(pp)), "몇 번 " + pp + " 됐는지 세는 수입니다.", "How many times it was " + pp + "."})
		}
	}
	if len(t.mods) == 1 && t.mods[0].folded && strings.HasSuffix(t.mods[0].surface, "ing") {
		// how many workers are running: runningWorkerCount, workerCount
		b.add(k, cand{cat(t.words(false), splitWords("count")), t.ko() + "의 개수입니다.", "How many " + strings.Join(t.words(true), " ") + "."})
		b.add(k, cand{cat(t.nounWords(false), splitWords("count")), "짧은 형태입니다.", "Short form."})
	}
	if f.x.timesPP != "" {
		pp := f.x.timesPP
		base := pp[:len(pp)-2]
		if n := len(pp); n > 3 && strings.ContainsRune("svzc", rune(pp[n-3])) {
			base = pp[:n-1] // used -> use, saved -> save
		}
		for _, l := range lemmas(pp) {
			if l.pp && verbTerm(l.word) != nil {
				base = l.word // retried -> retry
				break
			}
		}
		b.add(k, cand{cat(splitWords("times"), splitWords(pp)), "몇 번 " + pp + " 됐는지 세는 수입니다.", "How many times it was " + pp + "."})
		b.add(k, cand{cat(splitWords(base), splitWords("count")), "동작의 횟수입니다.", "The count of the action."})
	} else if v := f.verb; f.x.times && (v == nil || v.t == nil) && f.state != nil && f.state.t != nil && f.state.t.Class == 'v' {
		v = f.state
		pp := splitWords(participle(v.t, v.t.en()))
		b.add(k, cand{cat(splitWords("times"), pp), "몇 번 " + v.surfaceKo() + "됐는지 세는 수입니다.", "How many times it was " + strings.Join(pp, " ") + "."})
		b.add(k, cand{cat(v.t.Words, splitWords("count")), "동작의 횟수입니다.", "The count of the action."})
	} else if f.x.times && v != nil && v.t != nil {
		// number of times a coupon has been used: timesUsed, useCount.
		pp := splitWords(participle(v.t, v.t.en()))
		b.add(k, cand{cat(splitWords("times"), pp), "몇 번 " + v.surfaceKo() + "됐는지 세는 수입니다.", "How many times it was " + strings.Join(pp, " ") + "."})
		b.add(k, cand{cat(v.t.Words, splitWords("count")), "동작의 횟수입니다.", "The count of the action."})
	}
	if remaining {
		q := np{mods: mods, nouns: t.nouns}
		pl := q.words(!massy(t))
		b.add(k, cand{cat(splitWords("remaining"), pl), "남은 " + strings.TrimPrefix(t.ko(), "남은 ") + "의 수입니다.", "How many " + strings.Join(pl, " ") + " remain."})
		b.add(k, cand{cat(pl, splitWords("left")), "left를 뒤에 둔 형태입니다.", "With left."})
		b.add(k, cand{cat(splitWords("remaining"), q.words(false), splitWords("count")), "count를 붙인 형태입니다.", "With count."})
		return
	}
	if h := t.headWords(false); len(h) > 0 && eventNouns.has(h[len(h)-1]) {
		b.add(k, cand{cat(t.words(false), splitWords("count")), t.ko() + "의 횟수입니다.", "How many " + strings.Join(t.words(true), " ") + "."})
		b.add(k, cand{t.words(true), "일어난 일의 복수형은 그 자체로 횟수를 뜻합니다.", "The plural of an occurrence is its count."})
	}
}

// jobNames name a background job class after its work: SendWelcomeEmailJob,
// WelcomeEmailJob, InventorySyncWorker.
func (b *builder) jobNames(f *frame) {
	v := f.verb
	if f.x.job == "" || v == nil || v.t == nil {
		return
	}
	k := naming.KindClass
	j := splitWords(f.x.job)
	o := f.thing()
	ow := o.words(false)
	vw := v.t.Words
	if n := len(ow); n >= 3 && queueingVerbs.has(v.t.en()) && (ow[n-1] == "task" || ow[n-1] == "job") && workNouns.get(ow[n-2]) != "" {
		// 영수증 PDF 생성 작업 넣는 Job: the job generates the receipt PDF
		// (GenerateReceiptPdfJob; was AddReceiptPdfCreationTaskJob)
		vw, ow = splitWords(workNouns.get(ow[n-2])), ow[:n-2]
		if vw[0] == "create" && generatedThings.has(lastWord(ow)) {
			vw = splitWords("generate")
		}
	}
	if len(vw) == 1 && vw[0] == "get" {
		vw = []string{"fetch"} // a job fetches (FetchStockPriceJob, not GetStockPriceJob)
	}
	reason := cand{ko: josa(o.ko(), "을", "를") + " " + v.doingKo() + " " + f.x.job + " 클래스입니다.", en: "The " + f.x.job + " that " + thirdPerson(v.t.en()) + " " + strings.Join(ow, " ") + "."}
	if f.x.job == "thread" && len(ow) > 0 {
		// 로그 수집하는 스레드 클래스: a thread is named for its doer
		// (LogCollectorThread, LogCollector; was CollectLogThread)
		a := splitWords(agent(strings.Join(vw, " ")))
		b.add(k, cand{cat(ow, a, j), reason.ko, reason.en})
		b.add(k, cand{cat(ow, a), "하는 일을 하는 것의 이름입니다.", "Named for its doer."})
	}
	b.add(k, cand{cat(vw, ow, j), reason.ko, reason.en})
	if b.lang == naming.LangPHP && len(ow) > 0 {
		// Laravel also names a job by its work alone (php artisan make:job
		// ProcessPodcast): ResizeProductImage
		b.add(k, cand{cat(vw, ow), "라라벨은 잡 클래스를 하는 일로만 짓기도 합니다(ProcessPodcast).", "Laravel also names a job by its work alone (ProcessPodcast)."})
	}
	if len(ow) > 0 {
		b.add(k, cand{cat(ow, j), "하는 일이 분명할 때의 짧은 형태입니다.", "Short form."})
		b.add(k, cand{cat(ow, vw, j), "대상을 앞세운 형태입니다.", "Object first."})
	}
}

// queueingVerbs hand work to a queue; workNouns name the work a queued
// task does (its verb).
const (
	queueingVerbs lazySet   = `add enqueue push put dispatch submit schedule`
	workNouns     lazyPairs = "creation=create, generation=generate, export=export, import=import, sync=sync, deletion=delete, update=update, processing=process, resize=resize, upload=upload, download=download, backup=back up, cleanup=clean up, send=send, delivery=deliver, conversion=convert, encoding=encode, indexing=index"
)

// listenerNames: a Laravel listener is named by what it does
// (SendShipmentNotification): 회원가입 완료되면 웰컴메일 보내는 리스너 →
// SendWelcomeEmail, SendWelcomeEmailListener (was WelcomeEmailSender).
func (b *builder) listenerNames(f *frame) bool {
	if !saysAny(f.items, "listener", "리스너") {
		return false
	}
	v := f.verb
	ow := f.obj.words(false)
	if !b.korean {
		// "listener that sends a welcome email when a user registers": the
		// verb after that and its object, before the when-clause
		v, ow = nil, nil
		for i, it := range f.items {
			if it.g == gWhen {
				break
			}
			if v == nil && it.isVerb() && i > 0 && f.items[i-1].g == gThat {
				c := it
				v = &c
			} else if v != nil && it.isNoun() {
				ow = append(ow, it.words...)
			}
		}
	}
	if v == nil || v.t == nil || handlerVerb(v.t.en()) || f.event != nil && f.event.has(v.t.en()) {
		return false
	}
	if len(ow) == 0 {
		return false
	}
	k := naming.KindClass
	b.add(k, cand{cat(v.t.Words, ow), "라라벨 리스너는 하는 일로 이름 짓습니다(SendShipmentNotification).", "A Laravel listener is named by what it does (SendShipmentNotification)."})
	b.add(k, cand{cat(v.t.Words, ow, splitWords("listener")), "리스너임을 드러낸 형태입니다.", "Says it is a listener."})
	return true
}

// paddingHeads are head nouns that add nothing once the content is named:
// 설정 파일 -> config, 사용자 정보 -> user.
const paddingHeads lazySet = `file info information data feature logic function`

// genericWorkNouns are the work of any worker (a task worker says nothing).
const genericWorkNouns lazySet = `task job work message item request event`

// batchVerbs act on every thing that matches a description (delete expired
// sessions): their described object is plural.
const batchVerbs lazySet = `delete remove clean purge archive prune clear expire deactivate notify exclude`

// actionFirst: the shorter object first when its head is padding (parse the
// config, not the config file), a described object of a batch action
// plural (delete old logs), and file contents put into a database are an
// import.
func (b *builder) actionFirst(f *frame, suffix func([]string) []string) {
	if st := f.x.steps; len(st) == 2 && !f.boolean && !f.handler && f.x.job != "worker" {
		// 주문을 취소하고 재고를 되돌리는: both steps, then the first.
		k := naming.KindFunction
		b.add(k, cand{suffix(cat(st[0].verb.Words, st[0].obj, splitWords("and"), st[1].verb.Words, st[1].obj)), "두 동작을 차례로 하는 함수입니다.", "Does both steps, in order."})
		b.add(k, cand{suffix(cat(st[0].verb.Words, st[0].obj)), "첫 동작을 이름으로 삼은 짧은 형태입니다.", "Named for the first step."})
	}
	v := f.verb
	if v == nil || v.t == nil || f.handler {
		return
	}
	k := naming.KindFunction
	o := f.thing()
	ws := o.words(false)
	if len(ws) == 0 {
		return
	}
	ve := v.t.en()
	batch := batchVerbs.has(ve) && len(o.mods) > 0
	content := ws
	padded := len(ws) > 1 && paddingHeads.has(ws[len(ws)-1]) && len(o.nouns) > 0
	if padded {
		content = ws[:len(ws)-1]
	}
	if tgt := f.target.headWords(false); len(tgt) > 0 && (tgt[len(tgt)-1] == "database" || tgt[len(tgt)-1] == "db") && padded {
		nw := o.nounWords(false)
		nw = nw[:len(nw)-1]
		if oneOf(ve, "add|insert|put|save|store|load|write") {
			b.add(k, cand{suffix(cat(splitWords("import"), nw)), "파일 내용을 DB에 넣는 일은 import라고 부릅니다.", "Loading a file into a database is an import."})
			b.add(k, cand{suffix(cat(splitWords("import"), nw, splitWords("to"), f.target.words(false))), "대상을 드러낸 형태입니다.", "With the destination."})
		}
	}
	if !padded && !batch {
		return
	}
	if batch && len(content) > 0 {
		content = append(append([]string{}, content[:len(content)-1]...), plural(content[len(content)-1]))
	}
	b.add(k, cand{suffix(cat(v.t.Words, content)), josa(o.ko(), "을", "를") + " " + v.doingKo() + " 함수입니다.", sentence(thirdPerson(ve)) + " the " + strings.Join(content, " ") + "."})
}

// attrHeads are the attributes a limit or setting is of (the pool size,
// the token TTL).
const attrHeads lazySet = `size length count ttl timeout height width interval delay limit capacity threshold
	duration rate`

// valueFirst: a setting of a long owner also by the owner's head (JDBC
// connection pool max size -> MAX_POOL_SIZE; table view cell height ->
// cellHeight; email verification token TTL -> TOKEN_TTL_HOURS), right
// after the full name.
func (b *builder) valueFirst(f *frame, k naming.Kind) {
	if f.boolean || f.count || f.x.mapping || f.unit == "" && f.limit == "" && k != naming.KindConstant {
		return
	}
	t := f.thing()
	if f.holder && !f.topic.empty() {
		t = &f.topic
	}
	ws := t.nounWords(false)
	if len(ws) < 3 || !attrHeads.has(ws[len(ws)-1]) || len(t.nouns) < 2 {
		return
	}
	// The owner's head is its last noun, whole (cache line, connection pool).
	head := t.nouns[len(t.nouns)-1].words
	owner := t.nouns[len(t.nouns)-2].words
	if len(head) != 1 || len(owner)+1 >= len(ws) {
		return
	}
	var lim, unit []string
	if f.limit != "" {
		lim = splitWords(f.limit)
	}
	if f.unit != "" {
		unit = splitWords(f.unit)
	}
	b.add(k, cand{cat(lim, t.words(false), unit), josa(t.ko(), "을", "를") + " 담는 " + kindKo(k) + "입니다.", "The " + strings.Join(ws, " ") + "."})
	b.add(k, cand{cat(lim, owner, head, unit), "소유자를 머리 명사로 줄인 형태입니다.", "Short form: the owner's head noun and the attribute."})
}

// asyncFirst: the names of asynchronous work.
//   - 스레드 풀에 작업 넣기: a task put into a pool or executor is submitted.
//   - 잡을 처리하는 워커 함수: processJobs, runWorker, worker.
//   - read a file in the background (C++, Java, C, Go): readFileAsync
//     beside readFile.
func (b *builder) asyncFirst(f *frame, suffix func([]string) []string) {
	v := f.verb
	if v == nil || v.t == nil {
		return
	}
	k := naming.KindFunction
	o := f.thing()
	ow := o.words(false)
	ve := v.t.en()
	if tgt := f.target.nounWords(false); len(tgt) > 0 && (ve == "add" || ve == "put" || ve == "insert" || ve == "push" || ve == "append") {
		if h := tgt[len(tgt)-1]; h == "pool" || h == "executor" {
			b.add(k, cand{suffix(cat(splitWords("submit"), ow)), "풀이나 실행기에 작업을 넣는 일은 submit이라고 부릅니다.", "Work handed to a pool or executor is submitted."})
			b.add(k, cand{suffix(cat(tgt, splitWords("submit"))), "자료구조 이름을 앞에 둔 형태입니다.", "The pool first."})
			b.add(k, cand{suffix(cat(splitWords("submit to"), tgt)), "대상을 드러낸 형태입니다.", "Names the pool."})
		}
	}
	if f.x.job == "worker" || f.x.job == "loop" {
		vw, on := v.t.Words, o.nounWords(false)
		if st := f.x.steps; len(st) == 2 && len(st[0].obj) > 0 {
			// 작업을 받아 처리하고 결과를 채널로 보내는 워커: the work is the
			// first step's (processTasks, not sendResults)
			vw, on = st[0].verb.Words, st[0].obj
		}
		pl := on
		if n := len(on); n > 0 && !massy(o) && !collectionNoun.has(on[n-1]) && !(f.x.job == "loop" && walkedNoun.has(on[n-1])) {
			pl = cat(on[:n-1], []string{plural(on[n-1])})
		}
		b.add(k, cand{suffix(cat(vw, pl)), josa(o.ko(), "을", "를") + " 처리하는 워커 함수입니다.", "The worker loop: " + thirdPerson(ve) + " " + strings.Join(ow, " ") + "."})
		if f.x.job == "loop" {
			// 메시지 계속 받아서 처리하는 루프 함수: messageLoop,
			// runMessageLoop, receiveLoop
			if l := lastWord(on); l != "" && l != "task" && l != "job" && l != "work" && l != "item" {
				b.add(k, cand{cat(on[len(on)-1:], splitWords("loop")), "루프가 다루는 대상으로 부르는 이름입니다.", "The loop named for what it handles."})
				b.add(k, cand{cat(splitWords("run"), on[len(on)-1:], splitWords("loop")), "루프를 돌리는 함수입니다.", "Runs that loop."})
			}
			b.add(k, cand{cat(vw, splitWords("loop")), "루프가 하는 일로 부르는 이름입니다.", "The loop named for its work."})
		} else {
			if len(on) > 0 && !genericWorkNouns.has(lastWord(on)) {
				// 썸네일 생성 워커: thumbnailWorker, runThumbnailWorker
				b.add(k, cand{cat(on, splitWords("worker")), "하는 일의 대상으로 부르는 워커입니다.", "The worker named for what it works on."})
				b.add(k, cand{cat(splitWords("run"), on, splitWords("worker")), "워커를 돌리는 함수입니다.", "Runs that worker."})
			}
			b.add(k, cand{splitWords("run worker"), "워커를 돌리는 함수의 관용 이름입니다.", "The usual name of a worker loop."})
			b.add(k, cand{splitWords("worker"), "워커 자체를 이름으로 삼은 형태입니다.", "Named for the worker."})
		}
	}
	if f.x.end != "" && (ve == "add" || ve == "insert" || ve == "put" || ve == "push" || ve == "append" || ve == "prepend") {
		// 맨 앞에 넣기: push_front, prepend; 맨 뒤에: push_back, append.
		push, alt := "push front", "prepend"
		if f.x.end == "back" {
			push, alt = "push back", "append"
		}
		c := f.target.nounWords(false)
		if len(c) > 0 {
			c = c[len(c)-1:]
		}
		b.add(k, cand{splitWords(push), "시퀀스 " + map[string]string{"front": "맨 앞", "back": "맨 뒤"}[f.x.end] + "에 넣는 일의 관용 이름입니다.", "The usual name: " + push + "."})
		if len(c) > 0 {
			b.add(k, cand{cat(c, splitWords(push)), "자료구조 이름을 앞에 둔 C 스타일입니다.", "C style: the structure first."})
		}
		b.add(k, cand{splitWords(alt), alt + "를 쓴 형태입니다.", "With " + alt + "."})
		if len(c) > 0 {
			b.add(k, cand{cat(c, splitWords(alt)), "자료구조 이름을 앞에 둔 형태입니다.", "The structure first."})
		}
	}
	if f.x.chunk && (ve == "divide" || ve == "split" || ve == "group" || ve == "cut" || ve == "separate" || ve == "batch") {
		b.add(k, cand{splitWords("chunk"), "일정한 크기로 나누는 일의 관용 이름입니다.", "The usual name: chunk."})
		b.add(k, cand{splitWords("chunked"), "나눈 결과를 돌려주는 함수의 형태입니다.", "Returning the pieces."})
		b.add(k, cand{splitWords("split into chunks"), "동작을 풀어 쓴 형태입니다.", "Spelled out."})
	}
	if len(ow) == 0 {
		// "reads from the sensor asynchronously": what it reads from
		o = &f.source
		ow = o.nounWords(false)
	}
	if f.async && len(ow) > 0 && !handOffVerbs.has(ve) { // start_socket_read says it returns at once
		switch b.lang {
		case naming.LangCPP, naming.LangJava, naming.LangC, naming.LangPHP:
			// (not Go: a goroutine is started with go, the function's name
			// says no Async; PHP's promise libraries do: Guzzle's getAsync)
			vw := v.t.Words
			if ve == "get" {
				vw = splitWords("fetch") // async data comes by fetch (fetchFirst)
			}
			aw := ow
			if o.plural() || f.list {
				aw = o.words(true) // 이미지 여러 장: resize_images_async
			}
			b.add(k, cand{cat(vw, aw, splitWords("async")), "비동기로 도는 함수임을 이름에 밝힌 형태입니다.", "Says it runs asynchronously."})
			if b.lang == naming.LangC {
				// C names by module first: sensor_read_async
				if n := len(o.nouns); n > 0 && ve != "start" && ve != "begin" && ve != "run" {
					b.add(k, cand{cat(o.nouns[n-1].words, vw, splitWords("async")), "C처럼 대상을 앞에 둔 형태입니다.", "C style: the module first."})
				}
			}
			if ve == "get" || ve == "fetch" || ve == "read" || ve == "load" {
				b.add(k, cand{cat(splitWords("load"), ow, splitWords("async")), "load를 쓴 형태입니다.", "With load."})
			}
		}
	}
}

// streamNames: a stream variable is named after what it emits
// (searchResults), then with its own word (searchResultsFlow, jobReceiver).
func (b *builder) streamNames(f *frame, k naming.Kind) {
	if !f.x.stream {
		return
	}
	t := f.thing()
	if len(t.nouns) == 0 {
		return
	}
	// plural for the things it emits (searchResults), not for one value
	// that changes (battery level, current location)
	many := !massy(t) && (t.plural() || !oneValue(t))
	pl := t.words(many)
	b.add(k, cand{pl, josa(t.ko(), "을", "를") + " 내보내는 스트림입니다.", "The stream of " + strings.Join(pl, " ") + "."})
	b.add(k, cand{cat(pl, f.x.container), "스트림 종류를 붙인 형태입니다.", "With the stream's kind."})
	b.add(k, cand{cat(t.nounWords(false), f.x.container), "단수형에 스트림 종류를 붙인 형태입니다.", "Singular, with the stream's kind."})
	if len(t.mods) > 0 {
		b.add(k, cand{t.nounWords(many), "수식어를 뺀 짧은 형태입니다.", "Without the modifier."})
	}
}

// longName is how many words make a first name long enough that a shorter
// form of it, offered among the first three, reads better first.
const longName = 4

// rerank puts first a shorter form of a long first name when one is among
// the first three: MAX_POOL_SIZE before MAX_JDBC_CONNECTION_POOL_SIZE,
// filterByCategory before filterProductSearchResultsByCategory. The shorter
// form keeps the first name's opening word (is, has, max, the verb) and its
// other words in order; it drops only qualifiers the context implies.
func (b *builder) rerank() {
	for i, l := range b.lists {
		if len(l) < 2 {
			continue
		}
		first := predWords(l[0].Name)
		if len(first) < longName || i == kindSlot(naming.KindClass) && (lastWord(first) == "job" || lastWord(first) == "worker") {
			continue // a job class says its work first (SendWelcomeEmailJob)
		}
		for j := 1; j < len(l) && j < 3; j++ {
			cand := predWords(l[j].Name)
			if onlyGenericLeft(cand, first) {
				break // is_mode_enabled is no short form of is_dark_mode_enabled
			}
			if yesNoWords.has(first[0]) && len(cand) < 3 && !onlyGeneric(first, cand) {
				// isPaymentMethodRegistered keeps a word of its subject
				// (isConnectionOpen may drop "database"); is_vector_sorted may
				// drop a generic container.
				continue
			}
			if b.dropsEssential(first, cand) || i == kindSlot(naming.KindConstant) && bareUnitSetting(cand) {
				continue
			}
			if i != 0 && cand[0] == "to" {
				continue // attachmentIdsToDelete before a bare toDelete
			}
			suffix := (i != 0 || cand[0] == "to") && len(cand) >= 2 && len(cand) < len(first) && subsequence(cand, first[len(first)-len(cand):]) && hasContent(cand[:len(cand)-1]) &&
				first[0] != "max" && first[0] != "min" // (MAX_ITEMS_PER_ORDER says the bound ITEMS_PER_ORDER leaves out)
			if suffix || len(cand) >= 2 && len(cand) < len(first) && cand[0] == first[0] && subsequence(cand, first) && hasContent(cand[1:]) &&
				(cand[len(cand)-1] == first[len(first)-1] || droppedPlace(cand, first)) {
				c := l[j]
				copy(l[1:j+1], l[0:j])
				l[0] = c
				b.lists[i] = l
				break
			}
		}
	}
}

// qualifyBare: a short first name that names only the kind of thing
// (a phrasebook's handleWebhook, handleChange, gradesById) goes after the
// same name qualified by a subject the question names (handlePaymentWebhook,
// handleEmailInputChange, gradesByStudentId) when the list has it. Not for
// a state, a format or a setting word (loadYamlConfig stays loadConfig's).
func (b *builder) qualifyBare() {
	for _, l := range b.lists {
		// Again after a move: handleChange, handleInputChange, handleEmailInputChange.
		for len(l) > 1 && b.qualifyFirst(l) {
		}
	}
}

// qualifyFirst moves the first qualified form of l's first name to the
// front; false when there is none.
func (b *builder) qualifyFirst(l []naming.Suggestion) bool {
	first := predWords(l[0].Name)
	if len(first) < 2 || len(first) > 3 || !handlerVerbs.has(first[0]) && (len(first) != 3 || first[1] != "by") {
		// a yes/no state reads on its subject (isExpired, admin?); other
		// names may leave a place or a part out (ReserveStock)
		return false
	}
	for j := 1; j < len(l); j++ {
		cand := predWords(l[j].Name)
		if len(cand) <= len(first) || len(cand) > len(first)+2 || cand[0] != first[0] || lastWord(cand) != lastWord(first) || !subsequence(first, cand) {
			continue
		}
		if b.subjectsOnly(first, cand) {
			c := l[j]
			copy(l[1:j+1], l[0:j])
			l[0] = c
			return true
		}
	}
	return false
}

// subjectsOnly: the words long adds to short are nouns of the question
// that name a thing (payment, email, student), not a state, a format or a
// setting word.
func (b *builder) subjectsOnly(short, long []string) bool {
	k := 0
	for _, w := range long {
		if k < len(short) && short[k] == w {
			k++
			continue
		}
		if !b.asked[w] || isStateWord(w) || genericHeads.has(w) || weakAlone.has(w) || formatWords.has(w) || !glossaryNoun(w) {
			return false
		}
	}
	return true
}

const handlerVerbs lazySet = `handle on process`

// formatWords qualify how a thing is stored or sent, which a name leaves out.
const formatWords lazySet = `yaml yml json csv xml toml html pdf local remote http https api`

func glossaryNoun(w string) bool {
	for _, t := range loadGlossary().en[w] {
		if t.Class == 'n' {
			return true
		}
	}
	return false
}

func lowerWords(name string) []string {
	ws := naming.Split(strings.TrimRight(strings.TrimLeft(name, "$@"), "?"))
	for i := range ws {
		ws[i] = strings.ToLower(ws[i])
	}
	return ws
}

// predWords: a Ruby predicate's words with the is it dropped (logged_in?:
// is logged in), so it ranks as the others do.
func predWords(name string) []string {
	ws := lowerWords(name)
	if strings.HasSuffix(name, "?") && len(ws) > 0 && !yesNoWords.has(ws[0]) {
		ws = cat(splitWords("is"), ws)
	}
	return ws
}

// subsequence reports whether a's words appear in b in order.
func subsequence(a, b []string) bool {
	j := 0
	for _, w := range b {
		if j < len(a) && a[j] == w {
			j++
		}
	}
	return j == len(a)
}

// droppedPlace: short is long without a trailing "from/to/in X" phrase.
func droppedPlace(short, long []string) bool {
	if len(short) >= len(long) {
		return false
	}
	for i, w := range short {
		if long[i] != w {
			return false
		}
	}
	tail := long[len(short):]
	if len(tail) == 2 && tail[0] == "in" && tail[1] == "progress" {
		return false
	}
	switch tail[0] {
	case "from", "in", "on", "with":
		return true
	}
	return false
}

// hasContent: a word that says what the name is about, not only its shape
// (max, size, bytes): MAX_SIZE_BYTES is no short form of a packet's limit.
func hasContent(ws []string) bool {
	for _, w := range ws {
		if !oneOf(w, shapeWords) {
			return true
		}
	}
	return false
}

const shapeWords = "max|min|default|k|by|size|count|counts|length|ms|seconds|minutes|hours|days|bytes|kb|mb|gb|px|percent|total|num|limit|timeout|ttl"

const yesNoWords lazySet = `is has can should needs`

// genericSubjects are subjects a yes/no name may leave implied.
const genericSubjects lazySet = `vector list array value data item string input slice collection object number current user`

// onlyGeneric: the words long has and short lacks are all generic.
func onlyGeneric(long, short []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
			continue
		}
		if !genericSubjects.has(w) {
			return false
		}
	}
	return true
}

// essentialWords are the words of what qualifies the question's phrases (a
// state, a participle, a negation: out of stock, expired, unread) and its
// criterion: a short form that drops them changes the meaning.
func essentialWords(f *frame) map[string]bool {
	m := map[string]bool{}
	for _, p := range []*np{&f.obj, &f.subj, &f.topic} {
		for _, it := range p.mods {
			for _, w := range modWords(it) {
				m[w] = true
			}
		}
		if n := len(p.nouns); n > 0 && p.nouns[n-1].t != nil && f.boolean {
			// A yes/no subject's own qualifier: the dark of dark mode.
			ws := p.nouns[n-1].words
			for _, w := range ws[:len(ws)-1] {
				m[w] = true
			}
		}
	}
	for _, w := range f.by.words(false) {
		m[w] = true
	}
	if ev := f.event; ev != nil && len(ev.nouns) > 1 && controlNouns.has(lastWord(ev.nouns)) {
		// the save of a save button says which button
		for _, w := range ev.nouns[:len(ev.nouns)-1] {
			m[w] = true
		}
	}
	return m
}

// controlNouns are UI controls: which one is said by the word before.
const controlNouns lazySet = `button link icon menu tab checkbox toggle switch`

// dropsEssential: short lacks an essential word long has.
func (b *builder) dropsEssential(long, short []string) bool {
	have := map[string]bool{}
	for _, w := range short {
		have[w] = true
	}
	for _, w := range long {
		if (b.mustKeep[w] || boundaryWords.has(w)) && !have[w] {
			return true
		}
	}
	return false
}

// boundaryWords say which of several moments or items a name means
// (calculate_trial_end_date is not calculate_date).
const boundaryWords lazySet = `end start due expiry expiration next previous and total`

// diversify keeps the first three names of a kind different readings: a
// name that only swaps the verb for a synonym (fetchHrEmployee after
// getHrEmployee) or shortens a word (HttpRes after HttpResponse) moves
// below the first name after it that says something else, so the three a
// reader sees first are three choices, not one choice thrice.
func (b *builder) diversify() {
	for i, l := range b.lists {
		if len(l) < 4 {
			continue
		}
		words := make([][]string, len(l))
		for j := range l {
			words[j] = lowerWords(l[j].Name)
		}
		for k := 1; k < 3 && k < len(l); k++ {
			if !sameChoice(words[k], words[:k]) {
				continue
			}
			for m := k + 1; m < len(l); m++ {
				if !sameChoice(words[m], words[:k]) && !(slices.Contains(words[0], "async") && !slices.Contains(words[m], "async")) {
					s, w := l[m], words[m]
					copy(l[k+1:m+1], l[k:m])
					copy(words[k+1:m+1], words[k:m])
					l[k], words[k] = s, w
					break
				}
			}
		}
		b.lists[i] = l
	}
}

// sameChoice: a is one of before but for a synonym verb and one shortened
// word.
func sameChoice(a []string, before [][]string) bool {
	for _, p := range before {
		if len(p) != len(a) {
			continue
		}
		diff := -1
		for j := range a {
			if a[j] != p[j] && !(j == 0 && synonymVerbs(a[0], p[0])) {
				if diff >= 0 {
					diff = -2
					break
				}
				diff = j
			}
		}
		if diff == -1 {
			return true
		}
		if diff >= 0 && (shortened(a[diff], p[diff]) || shortened(p[diff], a[diff])) {
			return true
		}
	}
	return false
}

// synonymVerbs: a and b are verbs the suggester offers for each other or
// for a third (offeredSynonyms, topup.go: generate and make are both
// offered for create).
func synonymVerbs(a, b string) bool {
	if a == b {
		return false
	}
	sa, sb := offeredSynonyms(a), offeredSynonyms(b)
	if slices.Contains(sa, b) || slices.Contains(sb, a) {
		return true
	}
	for _, x := range sa {
		if slices.Contains(sb, x) {
			return true
		}
	}
	return false
}

// shortened: s is an abbreviation of w (res of response, cfg of config).
func shortened(s, w string) bool {
	if len(s) >= len(w) || len(s) > 4 || s == "" || s[0] != w[0] {
		return false
	}
	j := 0
	for i := 0; i < len(w) && j < len(s); i++ {
		if w[i] == s[j] {
			j++
		}
	}
	return j == len(s)
}

// sortMeasures are values sorted by themselves (sort scores descending:
// sortByScoreDesc).
const sortMeasures lazySet = `score price rating amount count size date time age distance salary rank priority level grade`

// eventStates: a yes/no name whose last word is an event noun says whether
// the event happened with the participle (주문 취소 여부: is_cancelled, was
// is_cancellation; 여객선 결항 여부: is_flight_cancelled, was
// is_flight_cancellation); its has-form says the same and goes.
func (b *builder) eventStates() {
	for _, i := range []int{0, 1} {
		var out []naming.Suggestion
		changed := false
		for _, s := range b.lists[i] {
			ws := lowerWords(strings.TrimSuffix(s.Name, "?"))
			if len(ws) >= 2 && (ws[0] == "is" || ws[0] == "has") {
				if v := eventVerbOf(ws[len(ws)-1]); v != "" {
					changed = true
					if ws[0] == "has" {
						continue
					}
					pp := splitWords(participle(verbTerm(v), v))
					if v == "succeed" {
						pp = splitWords("successful") // 로그인 성공했는지: isLoginSuccessful (isLoginSucceeded is no English)
					}
					s.Name = b.room.Format(idiomKinds[i], cat(ws[:len(ws)-1], pp))
					b.seen[string(idiomKinds[i])+"/"+naming.DedupeKey(s.Name)] = true // (fill adds no second isSuccessful)
					if v == "succeed" && len(ws) > 2 {
						out = append(out, s) // loginSucceeded, then isSuccessful
						s.Name = b.room.Format(idiomKinds[i], cat(ws[1:len(ws)-1], splitWords("succeeded")))
					}
					if len(ws) > 2 {
						// is_order_cancelled, then is_cancelled
						short := s
						short.Name = b.room.Format(idiomKinds[i], cat(ws[:1], pp))
						out = append(out, s)
						s = short
					}
				}
			}
			if slices.ContainsFunc(out, func(x naming.Suggestion) bool { return x.Name == s.Name }) {
				continue
			}
			out = append(out, s)
		}
		if changed {
			b.lists[i] = out[:min(len(out), perKind)]
		}
	}
}

// eventParticiples: a handler named on + an event noun (onPaymentSuccess,
// onOrderCancellation) is offered with the participle too, right after it
// (onPaymentSucceeded), as reviewers name what happened.
func (b *builder) eventParticiples() {
	i := kindSlot(naming.KindFunction)
	for _, s := range b.lists[i][:min(3, len(b.lists[i]))] {
		if w := lastWord(lowerWords(s.Name)); strings.HasSuffix(w, "ed") && eventVerbOf(w) == "" {
			return // onUploadCompleted is there already
		}
	}
	for j, s := range b.lists[i] {
		if j >= 3 {
			break
		}
		ws := lowerWords(s.Name)
		if len(ws) < 3 || ws[0] != "on" {
			continue
		}
		if v := eventVerbOf(ws[len(ws)-1]); v != "" {
			b.putAt(naming.KindFunction, cat(ws[:len(ws)-1], splitWords(participle(verbTerm(v), v))), j+1, "일어난 일을 과거분사로 쓴 핸들러 이름입니다.", "The handler named for what happened, in the participle.")
			return
		}
	}
}
