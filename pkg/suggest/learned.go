package suggest

import (
	"slices"
	"strings"

	"namebot/pkg/naming"
)

// The learned order (twenty-third session). The rules build each kind's
// names from the question; reviewers then often accept a shorter name than
// the rules' first ones, without a word the context says (start_
// fermentation_timer for start_bread_dough_fermentation_timer). Which word
// may go is a long tail no rule list covers, so the choice is learned:
// the rules' names and every well-formed shortening of the first three
// (wellFormed: one to three words left out, between the words every
// shortening keeps and the head) are scored by two linear models over the
// name's length and kind, its rank, where each word it kept or left out
// came from in the question (its place in a noun chain, its role, its word
// class) and what kind of cut it is. firstWeights choose the first name
// among the rules' first and the names that may replace it (rfFirstOK: a
// cut of its first modifiers, or another rules' name, that keeps the
// first's end (keepsTail) and its sense (lostSense)); the rules' first
// follows when it is not chosen; learnedWeights order the rest (of a
// rules' name they see only its length, kind and rank), the best up to
// three names, then the rules' other names, then the other shortenings,
// up to perKind.
//
// The first model (thirtieth session) replaced a rule that put the best
// shortening first when learnedWeights ranked it above the rules' other
// names: two-fold cross-validation over the read sets (by file) gives
// hit@1 42.0 for it against 40.4 for the rules' first (the read sets'
// hit@1 41.2 -> 42.6 end to end, the repository's unchanged).
//
// The cuts (thirtieth session; at first only the first modifiers went):
// the first modifiers (start_fermentation_timer); words after a state
// inside the name (rejected_claim_count, filter_overdue_loans); a counted
// noun after a state (seated_count); a participle (client_count of
// connected_client_count); a weak head (transfer_limit of
// transfer_limit_amount, poll_sensor of poll_sensor_value); a dimension
// before its unit (admission_days of admission_duration_days). Of the read
// sets' misses at 24232a5, 343 of 1264 had an accepted name that is one of
// the first three names with words left out; the first modifiers alone
// reached about half of them.
//
// The weights (learned_weights.go) are trained by `go test -run
// TestLearnedOrderTrain ./pkg/suggest -args -train` on the reviewer-written read
// sets (eval/read) and the repository's set; eval/README.md says what they
// did to the unseen sets.

// Feature indices of learnedWeights. A name's features are a list of
// indices (one may repeat); its score is the sum of their weights.
const (
	rfOrig      = 0  // + the rules' rank (1..4)
	rfSrc       = 5  // + rank (0..2) of the name a shortening comes from
	rfDropped   = 8  // + words left out - 1 (0..2)
	rfKindLen   = 11 // + kind slot*5 + min(words, 5) - 1
	rfLead      = 31 // per word left out
	rfRelAlone  = 32 // a kept relation word with nothing kept before it
	rfClass     = 33 // + class of a word left out: weak, verb, noun, other
	rfNotInQ    = 37 // a word left out that the question does not have
	rfKNotInQ   = 38 // a kept word that the question does not have
	rfChain     = 39 // + min(nouns after it in its chain, 3), left out
	rfKChain    = 43 // the same, kept
	rfRole      = 47 // + role of a word left out (16)
	rfInner     = 63 // the words left out follow a kept modifier (rejected_claim_count)
	rfState     = 64 // a word left out is a participle (connected of connected_client_count)
	rfHeadDrop  = 65 // the head goes: a weak one (transfer_limit of transfer_limit_amount)
	rfDimUnit   = 66 // the head goes before its unit (remaining_seconds of remaining_time_seconds)
	rfWeakEnd   = 67 // the name's head says little (poll_value, last_result)
	rfNoNoun    = 68 // the name has no noun (isEnabled)
	rfLostSense = 69 // it lacks a word of the first's sense (lostSense)
	rfFirstOK   = 70 // it may go first: the rules' first, or a name that keeps its end and sense (keepsTail)
	rfN         = 71
)

// wordInfo is where a question's word stands.
type wordInfo struct {
	chain uint8 // nouns after it in its noun chain (빵 반죽 발효 타이머: 빵 3)
	role  uint8 // 1 obj, 2 subj, 3 target, 4 source, 5 with, 6 by, 7 topic; +8 a modifier
}

// questionWords maps the identifier words of the question's items to
// where they stand.
func questionWords(f *frame) map[string]wordInfo {
	its := f.items
	m := make(map[string]wordInfo, 2*len(its))
	roles := map[*Term]uint8{}
	for r, p := range []*np{&f.obj, &f.subj, &f.target, &f.source, &f.with, &f.by, &f.topic} {
		for _, it := range p.nouns {
			roles[it.t] = uint8(r + 1)
		}
		for _, it := range p.mods {
			roles[it.t] = uint8(r + 9)
		}
	}
	chain := uint8(0)
	for j := len(its) - 1; j >= 0; j-- {
		it := &its[j]
		chain++
		if it.part != partNone || j+1 == len(its) || !its[j+1].isNoun() || !it.isNoun() {
			chain = 0
		}
		role := uint8(0)
		if it.t != nil {
			role = roles[it.t]
		}
		for _, w := range it.words {
			for _, x := range strings.Fields(w) { // (row with missing values)
				m[x] = wordInfo{chain, role}
			}
		}
	}
	return m
}

// learnedOrder reorders each kind's names after the first (see above).
func (b *builder) learnedOrder(f *frame, sugs []naming.Suggestion) []naming.Suggestion {
	var qw map[string]wordInfo
	var out []naming.Suggestion
	for i, j := 0, 0; i < len(sugs); i = j { // each kind's run, in the order they come
		for j = i; j < len(sugs) && sugs[j].Kind == sugs[i].Kind; j++ {
		}
		l := sugs[i:j]
		if j-i > 1 || len(lowerWords(l[0].Name)) > 2 {
			if qw == nil {
				qw = questionWords(f)
			}
			l = b.orderKind(l[0].Kind, l, qw)
		}
		out = append(out, l...)
	}
	return out
}

// scored is a name the learned order places.
type scored struct {
	s       naming.Suggestion
	score   float32 // under learnedWeights: its place after the first
	first   float32 // under firstWeights: whether it goes first
	short   bool    // a shortening, not one of the rules' names
	firstOK bool    // it may go first (rfFirstOK)
}

func (b *builder) orderKind(k naming.Kind, l []naming.Suggestion, qw map[string]wordInfo) []naming.Suggestion {
	slot := kindSlot(k)
	seen := map[string]bool{}
	var pool []scored
	var fa [64]uint8 // a name's features: a cut's are fewer than 40; a rules' name's left-out words stop short of the end
	nf := 0
	put := func(f uint8) { fa[nf] = f; nf++ }
	wl := make([][]string, len(l)) // each name's words, once
	for r, s := range l {
		seen[naming.DedupeKey(s.Name)] = true
		wl[r] = lowerWords(s.Name)
		nf = 0
		put(kindLen(slot, len(wl[r])))
		put(uint8(rfOrig + min(r, 4)))
		keptFeatures(put, wl[r], qw)
		for _, w := range wl[0] {
			if r > 0 && !hasForm(wl[r], w) && nf < len(fa)-6 {
				droppedFeatures(put, w, qw) // what it lacks of the first
			}
		}
		lost := lostSense(wl[0], wl[r])
		if lost {
			put(rfLostSense)
		}
		ok := r == 0 || !lost && keepsTail(k, wl[0], wl[r])
		if ok {
			put(rfFirstOK)
		}
		pool = append(pool, scored{s, rankScore(s, fa[:nf], true), firstScore(fa[:nf]), false, ok})
	}
	for r := 0; r < min(3, len(l)); r++ {
		name, ws := l[r].Name, wl[r]
		if kPrefixed(k, name) {
			ws = ws[1:] // kMaxSize: Format adds the k again
		}
		n := len(ws)
		if n < 2 || n > 7 || strings.ContainsAny(name, "?!@") || keptWord(ws[0], "") || k == naming.KindClass && (happenedEvent(ws) || kindTails.has(ws[n-1])) {
			// (a handler keeps every word of its event; PlayerDiedEvent; a
			// job says its work: SendReceiptEmailJob)
			continue
		}
		first, h := firstKept(k, ws), headAt(ws)
		for i := first; i <= h; i++ { // leave out ws[i:d]
			for d := i + 1; d <= min(h+1, i+3); d++ {
				if d > h && (i < h || h == first || !weakHead(ws, h)) {
					continue // the head goes only alone, and only a weak one
				}
				words := slices.Concat(ws[:i], ws[d:])
				if !b.wellFormed(k, ws, words, first, i, d, h) {
					continue
				}
				s := naming.Suggestion{Kind: k, Name: b.room.Format(k, words)}
				key := naming.DedupeKey(s.Name)
				if seen[key] || b.room.Validate(k, s.Name) != nil {
					continue
				}
				seen[key] = true
				nf = 0
				b.shorteningFeatures(put, ws, qw, first, i, d, h)
				s.Reason = b.contextReason(strings.Join(ws[i:d], ", "))
				put(kindLen(slot, len(words)))
				put(uint8(rfSrc + r))
				put(uint8(rfDropped + d - i - 1))
				// a cut may go first when it leaves out first modifiers only
				// (no rfInner, rfState, rfHeadDrop, rfDimUnit) and keeps the
				// rules' first's end and sense
				ok := false
				if lostSense(wl[0], words) {
					put(rfLostSense)
				} else if ok = i == first && d <= h && !slices.ContainsFunc(ws[i:d], droppedState) && keepsTail(k, wl[0], words); ok {
					put(rfFirstOK)
				}
				pool = append(pool, scored{s, rankScore(s, fa[:nf], false), firstScore(fa[:nf]), true, ok})
			}
		}
	}
	// first the name firstWeights rank best (the rules' first on a tie),
	// then the rules' first if it is not that one; then the best of the
	// others by learnedWeights up to three names, then the rules' names in
	// their order, then the rest
	top := 0
	for i, p := range pool {
		if p.first > pool[top].first && p.firstOK {
			top = i
		}
	}
	out := []naming.Suggestion{pool[top].s}
	if top != 0 {
		out = append(out, l[0])
	}
	rest := append(append(make([]scored, 0, len(pool)), pool[:top]...), pool[top+1:]...)
	// best score first, ties in pool order: an insertion sort, as the pool
	// is a few dozen names (slices.SortStableFunc's merge sort for this
	// one type was ~3.5 KB of chatsend's code)
	for i := 1; i < len(rest); i++ {
		for j := i; j > 0 && rest[j].score > rest[j-1].score; j-- {
			rest[j], rest[j-1] = rest[j-1], rest[j]
		}
	}
	for pass := 0; pass < 3; pass++ {
		for _, p := range rest {
			if len(out) < perKind && !(pass == 0 && len(out) >= 3 || pass == 1 && p.short) && !slices.Contains(out, p.s) {
				out = append(out, p.s)
			}
		}
	}
	return out
}

// keepsTail: name keeps the end of the first name (first) from some word
// on, its head with it: what it leaves out of first, after first's verb or
// is/max, is its first modifiers (FreeParkingMinutes of
// ParkingLotFreeParkingMinutes; no registerToServer for registerFcmToken).
func keepsTail(k naming.Kind, first, name []string) bool {
	if len(name) == 1 && (k == naming.KindClass || !strings.HasSuffix(name[0], "s")) {
		return false // one word is a list (no history)
	}
	lead, i := firstKept(k, first), len(first) // first[i:]: the longest end of first that name has
	for i > 0 && hasForm(name, first[i-1]) {
		i--
	}
	i = max(i, lead)
	// the end starts at the head or before; the words before it go whole,
	// and not inside a glossary term (no LevelWidget of BatteryLevelWidget,
	// no upload_practice_recordings of upload_practice_room_recordings); of
	// two words after the lead, both stay (no handleCommand of
	// handleLunchCommand)
	return i <= headAt(first) && (i == 0 || !compound(first[i-1], first[i])) && saysWhich(first[i:]) && !(len(first)-lead == 2 && len(first)-i == 1) &&
		!slices.ContainsFunc(first[lead:i], func(w string) bool { return slices.Contains(name, w) && !slices.Contains(first[i:], w) })
}

// hasForm: name has w, its singular or its plural.
func hasForm(name []string, w string) bool {
	return slices.Contains(name, w) || slices.Contains(name, singularNoun(w)) || slices.Contains(name, plural(w))
}

// saysWhich: a name's kept end says which thing it is about: a noun that
// is neither thin nor a time (no maxTime of maxIdleConnectionKeepTime, no
// can_this_year), or a glossary term of two words (due date).
func saysWhich(tail []string) bool {
	for j, w := range tail {
		if nounOrPlural(w) && !thinHeads.has(w) && !timeWords.has(w) ||
			j > 0 && compound(tail[j-1], w) {
			return true
		}
	}
	return false
}

const timeWords lazySet = `this last next year years month months week weeks day days today tonight yesterday tomorrow hour hours minute minutes second seconds morning evening night`

// senseState: w is a state that changes what a name means when it goes
// (remaining, failed, connected), not a noun in -ing (parking) nor a word
// that only says where the things came from (uploaded).
func senseState(w string) bool {
	noun := strings.HasSuffix(w, "ing") && nounTerm(w) != nil && verbTerm(w) == nil // (parking)
	return keptWord("", w) && !provenanceWords.has(w) && !noun
}

// lostSense: name lacks a word that says what the first name (first)
// asked for beyond its topic: what follows its head (a unit, desc, Async),
// a relation and what follows it (by_screen, to_deliver), a tie-break
// (then), the role a type ends in (Job, Event), a state (remaining), or
// every noun. Such a name never goes first
// (sortByLikes before sortByLikesDesc, isEnabled before isDarkModeEnabled).
func lostSense(first, name []string) bool {
	rel, h := false, headAt(first)
	for i, w := range first {
		rel = rel || i > 0 && relationWords.has(w)
		if (i > h || rel || w == "then" || i == len(first)-1 && kindTails.has(w) || senseState(w)) && !slices.Contains(name, w) {
			return true
		}
	}
	return slices.ContainsFunc(first, nounOrPlural) && !slices.ContainsFunc(name, nounOrPlural)
}

func kindLen(slot, n int) uint8 { return uint8(rfKindLen + slot*5 + min(n, 5) - 1) }

// wordClass is the feature of a left-out word's class.
func wordClass(w string) uint8 {
	switch {
	case learnedWeak.has(w):
		return rfClass
	case verbTerm(w) != nil && nounTerm(w) == nil:
		return rfClass + 1
	case nounTerm(w) != nil:
		return rfClass + 2
	}
	return rfClass + 3
}

const learnedWeak lazySet = `current today now this month daily all total new existing remaining available number value data info list item items result results time`

// firstKept is 1 when a name's first word is its verb, is/has/can or
// max/min/default, which every shortening keeps; else 0.
func firstKept(k naming.Kind, ws []string) int {
	if len(ws) > 0 && (k == naming.KindFunction && verbTerm(ws[0]) != nil || keptFirst.has(ws[0])) {
		return 1
	}
	return 0
}

const keptFirst lazySet = `is has can needs max min default num total`

// shorteningFeatures puts the features of ws without ws[i:d]: where each
// word left out or kept came from in the question, and what kind of cut it is.
func (b *builder) shorteningFeatures(put func(uint8), ws []string, qw map[string]wordInfo, first, i, d, h int) {
	for _, w := range ws[i:d] {
		droppedFeatures(put, w, qw)
	}
	keptFeatures(put, slices.Concat(ws[:i], ws[d:]), qw)
	if d < len(ws) && relationWords.has(ws[d]) {
		put(rfRelAlone)
	}
	if i > first {
		put(rfInner)
	}
	if slices.ContainsFunc(ws[i:d], droppedState) {
		put(rfState)
	}
	if d > h {
		if d < len(ws) && unitSuffix(ws[d]) && dimensionWords.has(ws[h]) {
			put(rfDimUnit)
		} else {
			put(rfHeadDrop)
		}
	}
}

// droppedFeatures puts the features of a word left out: where it came
// from in the question and its word class.
func droppedFeatures(put func(uint8), w string, qw map[string]wordInfo) {
	info, inQ := qw[w]
	if inQ {
		put(uint8(rfChain + min(info.chain, 3)))
		put(rfRole + info.role)
	}
	put(rfLead)
	put(wordClass(w))
	if !inQ {
		put(rfNotInQ)
	}
}

// keptFeatures puts the features of a name's words: where each came from
// in the question, and whether the name ends in a word that says little.
func keptFeatures(put func(uint8), words []string, qw map[string]wordInfo) {
	for _, w := range words {
		if info, inQ := qw[w]; inQ {
			put(uint8(rfKChain + min(info.chain, 3)))
		} else {
			put(rfKNotInQ)
		}
	}
	if h := headAt(words); weakHeads.has(words[h]) {
		put(rfWeakEnd)
	}
	if !slices.ContainsFunc(words, nounOrPlural) {
		put(rfNoNoun)
	}
}

// isState: w says what state the things are in (seated, overdue), not
// what went wrong with them (failed, invalid: failed_count says nothing)
// nor where they go or how many are left (incoming, remaining).
func isState(w string) bool {
	return (keptWord("", w) && !provenanceWords.has(w) || stateAdjectives.has(w)) && !oneOf(w, "failed|failure|error|errors|invalid|incoming|outgoing|upcoming|existing|remaining")
}

// droppedState: a cut that leaves out w leaves out a state (connected,
// remaining): a senseState no rule keeps (failed and active are keptWords,
// which wellFormed never leaves out).
func droppedState(w string) bool { return senseState(w) && !keptWords.has(w) }

// weakHead: ws[h], the head, may go: a word that adds nothing to the noun
// before it (transfer_limit_amount, poll_sensor_value, judgment_result) or a
// dimension before its unit (remaining_time_seconds: remaining_seconds).
func weakHead(ws []string, h int) bool {
	if !nounOrPlural(ws[h-1]) {
		return false
	}
	return weakHeads.has(ws[h]) || h+1 < len(ws) && unitSuffix(ws[h+1]) && dimensionWords.has(ws[h])
}

const (
	stateAdjectives lazySet = `overdue old new open closed unpaid unread unsent empty alive dead free due late busy idle online offline live`
	thinHeads       lazySet = `date time id ids duration length size width height limit timeout interval delay header sender receiver name names key code status state type value values data info list items item`
	weakHeads       lazySet = `amount value values result results entity info data format text record records line item items object`
	dimensionWords  lazySet = `length duration period distance weight interval span` // (time: answerForms; size: MAX_FILE_SIZE_BYTES is as common as MAX_FILE_BYTES)
)

// wellFormed: ws without ws[i:d] (words) still reads as a name. The block
// lies between the words every shortening keeps (ws[:first]: the name's
// verb, is/has/can or max/min/default) and the head with what follows it
// (a unit, Async), or is the head alone when weakHead allows it. It leaves
// out no negation, no word droppable keeps but a participle, and no part
// of a three-word glossary term; it starts with no relation word (by_grade,
// as_done), keeps the object of a verb other than group, sort… (no
// calculateByWeight), keeps a counted noun before a count (no
// tonight_count) and says something (no kMax, State, getValue, Job,
// ENV_VAR; one word names only a list or a type, not a lone verb or text).
func (b *builder) wellFormed(k naming.Kind, ws, words []string, first, i, d, h int) bool {
	if !slices.ContainsFunc(words[first:], func(w string) bool { return !unitSuffix(w) }) {
		return false // calculateKm: a unit alone says nothing
	}
	next := ""
	if d < len(ws) {
		next = ws[d]
	}
	if relationWords.has(words[0]) || words[0] == "as" || relationWords.has(next) && !oneOf(ws[0], "group|sort|filter|order|count|compare|rank|split|partition|index") || !hasContent(words) || allVague(words) ||
		i > 0 && compound(ws[i-1], ws[i]) || d < len(ws) && compound(ws[d-1], ws[d]) ||
		d == h && !nounOrPlural(ws[h]) || d == h && keptWord("", ws[h]) ||
		len(words) <= 2 && kindTails.has(words[0]) || len(words) == 1 && (k == naming.KindFunction || k != naming.KindClass && !strings.HasSuffix(words[0], "s") ||
		genericWords.has(words[0]) || weakAlone.has(words[0]) || genericAgents.has(words[0])) {
		return false
	}
	for j := i; j < d && j < h; j++ {
		// droppable's rules but a compound inside the block, which goes
		// whole (movie theater), and a participle, which the weights judge
		w := ws[j]
		if negWords.has(w) || keptWords.has(w) || breaksPhrase(ws, j) ||
			relationWords.has(w) || b.mustKeep[w] || boundaryWords.has(w) {
			return false
		}
	}
	c := len(words) - (len(ws) - h)
	if i > first && !isState(ws[i-1]) {
		return false // a cut inside follows a state only (overdue_loans, rejected_claim_count; no LibraryStatus)
	}
	if d > h && k == naming.KindClass {
		return false // a type keeps its head (NetworkCallResult has no NetworkCall)
	}
	if d == h && thinHeads.has(ws[h]) && !slices.ContainsFunc(words[first:c], func(w string) bool { return nounTerm(w) != nil }) {
		return false // a thin head keeps a noun before it (no next_date, ISender)
	}
	switch {
	case d > h || !oneOf(ws[h], "count|total|number"):
		return true
	case c == 0:
		return false
	case d == h:
		return isState(words[c-1]) // the counted noun goes after a state only (seated_count; no cafe_count)
	}
	return nounOrPlural(words[c-1])
}

const (
	negWords        lazySet = `not non no without un`
	kindTails       lazySet = `job jobs worker env var event events handler exception error` // (no Job, ENV_VAR, EventHandler)
	provenanceWords lazySet = `uploaded crawled scraped parsed collected harvested downloaded imported fetched loaded entered typed gathered included`
)

// rankSeen, when set, receives every name the learned order scores with
// its features (training, learned_test.go).
var rankSeen func(s naming.Suggestion, fs []uint8)

// notRuleOrderFeature: f is no feature learnedWeights see of a rules'
// name: they order those by length, kind and rank alone (with the words of
// a rules' name, as firstWeights see them, the order preferred names of
// question words alone, such as signed_on over signup_date).
func notRuleOrderFeature(f uint8) bool {
	return !(f < rfSrc || f >= rfKindLen && f < rfLead || f == rfWeakEnd)
}

// firstScore is the score of features fs under firstWeights.
func firstScore(fs []uint8) float32 {
	var sum float32
	for _, f := range fs {
		sum += firstWeights[f]
	}
	return sum
}

func rankScore(s naming.Suggestion, fs []uint8, rule bool) float32 {
	if rankSeen != nil {
		rankSeen(s, fs)
	}
	var sum float32
	for _, f := range fs {
		if !rule || !notRuleOrderFeature(f) {
			sum += learnedWeights[f]
		}
	}
	return sum
}
