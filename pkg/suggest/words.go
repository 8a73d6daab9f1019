package suggest

import (
	"strings"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// Small English and Korean grammar for names and reasons.

// (at=at: a time named "… at" stays whole in a plural, submittedAtByStudent
// not submittedAtsByStudent; the glossary's nouns ending in at are all such)
const irregularPlurals lazyPairs = "person=people, people=people, child=children, species=species, series=series, atlas=atlases, canvas=canvases, alias=aliases, bias=biases, data=data, info=info, information=information, metadata=metadata, money=money, news=news, feedback=feedback, stock=stock, inventory=inventory, music=music, hp=hp, index=indices, matrix=matrices, vertex=vertices, criterion=criteria, analysis=analyses, thesis=theses, hypothesis=hypotheses, diagnosis=diagnoses, crisis=crises, basis=bases, statistics=statistics, settings=settings, equipment=equipment, progress=progress, history=history, status=statuses, media=media, cache=caches, life=lives, half=halves, shelf=shelves, knife=knives, leaf=leaves, loaf=loaves, wolf=wolves, wife=wives, calf=calves, thief=thieves, scarf=scarves, elf=elves, at=at"

// pluralOf is the plural of a term's last word, honouring pl= and mass.
func pluralOf(t *Term, w string) string {
	if t != nil && w == t.Words[len(t.Words)-1] {
		if t.Mass {
			return w
		}
		if t.Plural != "" {
			return t.Plural
		}
	}
	return plural(w)
}

// plural is the plural of an English noun.
func plural(w string) string {
	if p, ok := irregularPlurals.lookup(w); ok {
		return p
	}
	n := len(w)
	switch {
	case n == 0:
		return w
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case w[n-1] == 's' && n > 2 && w[n-2] != 's' && w[n-2] != 'u' && len(loadGlossary().en[w[strings.LastIndexByte(w, ' ')+1:n-1]]) > 0:
		return w // opening hours, settings: plural already (was openingHourses)
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

const irregularParticiples lazyPairs = "send=sent, get=got, find=found, meet=met, build=built, read=read, write=written, set=set, reset=reset, run=run, make=made, split=split, pay=paid, sell=sold, buy=bought, put=put, cut=cut, hide=hidden, begin=begun, choose=chosen, draw=drawn, show=shown, spread=spread, hold=held, keep=kept, load=loaded, display=displayed, play=played, login=logged in, logout=logged out, sign in=signed in, log in=logged in, shut down=shut down, lose=lost, upload=uploaded, download=downloaded, do=done, give=given, take=taken, bind=bound, feed=fed, lead=led, seek=sought, sync=synced, backup=backed up, setup=set up, signup=signed up, checkout=checked out, cleanup=cleaned up, logon=logged on, hit=hit, shut=shut, quit=quit, let=let, spin=spun, stick=stuck, catch=caught, teach=taught, bring=brought, freeze=frozen, steal=stolen, break=broken, speak=spoken, drive=driven, ride=ridden, eat=eaten, forget=forgotten, grow=grown, know=known, throw=thrown, fly=flown, wear=worn, tear=torn, lend=lent, say=said, tell=told, sleep=slept, deal=dealt, sit=sat, stand=stood, understand=understood, withdraw=withdrawn, undo=undone, redo=redone, rewrite=rewritten, override=overridden, rebuild=rebuilt, resend=resent, overwrite=overwritten, bet=bet, hurt=hurt, cast=cast, broadcast=broadcast, forecast=forecast, upset=upset, win=won, dig=dug, shed=shed, rid=rid, bid=bid, rerun=rerun"

// doubling verbs double their last consonant before -ed, -ing and -er.
const doubling lazySet = `stop drop map swap submit scan ship zip unzip log tag plan skip trim crop wrap pin run plot chat shop begin commit get set put cut pop snap tap drag flag ban unpin step plug unplug grab strip clip emit omit permit occur format flip fit bid control patrol refer prefer transfer defer infer recur incur admit regret forget upset reset rerun debug embed equip compel propel expel excel win spin hit sit split dig jog nod rob rub sum dim wed knit quit stir blur slip trip chop mop rip sip tip top whip rid shed hop bet jam pad pat pet sub slot spot skim swim spam blog trap scrap slam span grip drip chip prop stab star`

// participle is "it was ___": sorted, saved, copied, sent.
func participle(t *Term, v string) string {
	if t != nil && t.PP != "" && v == t.en() {
		return t.PP
	}
	if p, ok := irregularParticiples.lookup(v); ok {
		return p
	}
	if i := strings.IndexByte(v, ' '); i > 0 {
		return participle(nil, v[:i]) + v[i:]
	}
	n := len(v)
	switch {
	case n == 0:
		return v
	case doubling.has(v):
		return v + v[n-1:] + "ed"
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

// gerund is "it is ___": loading, running, saving.
func gerund(t *Term, v string) string {
	if t != nil && t.Ing != "" && v == t.en() {
		return t.Ing
	}
	if i := strings.IndexByte(v, ' '); i > 0 {
		return gerund(nil, v[:i]) + v[i:]
	}
	n := len(v)
	switch {
	case n == 0:
		return v
	case doubling.has(v):
		return v + v[n-1:] + "ing"
	case strings.HasSuffix(v, "ie"):
		return v[:n-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && n > 2:
		return v[:n-1] + "ing"
	}
	return v + "ing"
}

const irregularAgents lazyPairs = "get=provider, login=login handler, logout=logout handler, log in=login handler, log out=logout handler, sign in=sign in handler, sign up=sign up handler, signup=signup handler, log=logger, map=mapper, format=formatter, search=searcher, save=store, store=store, sort=sorter, print=printer, render=renderer, process=processor, handle=handler, convert=converter, export=exporter, import=importer, compress=compressor, encrypt=encryptor, decrypt=decryptor, count=counter, check=checker, track=tracker, schedule=scheduler, crawl=crawler, detect=detector, predict=predictor, collect=collector, play=player, build=builder, fetch=fetcher, send=sender, parse=parser, validate=validator, calculate=calculator, generate=generator, load=loader, read=reader, write=writer, filter=filter, match=matcher, retry=retrier, throttle=throttler, limit=limiter, notify=notifier, upload=uploader, download=downloader, serialize=serializer, manage=manager, translate=translator, preprocess=preprocessor, postprocess=postprocessor, cleanup=cleaner, clean up=cleaner, monitor=monitor"

// agent is the noun for what does an action: calculator, validator, parser.
func agent(v string) string {
	if a, ok := irregularAgents.lookup(v); ok {
		return a
	}
	if i := strings.LastIndexByte(v, ' '); i > 0 {
		if verbParticle.has(v[i+1:]) {
			return "handler" // come in, log out: no one says ComeIner
		}
		return v[:i+1] + agent(v[i+1:])
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ate"):
		return v[:n-1] + "or"
	case strings.HasSuffix(v, "e"):
		return v + "r"
	case doubling.has(v):
		return v + v[n-1:] + "er"
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ier"
	}
	return v + "er"
}

// able is the -able adjective of a verb (edit -> editable, delete ->
// deletable), or "" when there is no usual one.
func able(v string) string {
	if strings.Contains(v, " ") {
		return ""
	}
	switch v {
	case "get", "set", "run", "go", "do", "be", "have", "check", "make", "put", "add", "login", "logout", "retry":
		return ""
	case "sell":
		return "sellable"
	case "access", "convert", "collapse", "compress":
		// the -ible words (was isPageAccessable)
		return strings.TrimSuffix(v, "e") + "ible"
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ce") || strings.HasSuffix(v, "ge") || strings.HasSuffix(v, "che"):
		// agreeable, changeable, cacheable: a soft c/g keeps its e
		return v + "able"
	case strings.HasSuffix(v, "e"):
		return v[:n-1] + "able"
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "iable"
	case doubling.has(v):
		return v + v[n-1:] + "able"
	}
	return v + "able"
}

// lemma is one reading of an English word.
type lemma struct {
	word            string
	plural, pp, ing bool
}

var irregularLemmas = map[string]lemma{}

func init() {
	for v, p := range irregularParticiples.all() {
		if !strings.Contains(p, " ") && p != v {
			irregularLemmas[p] = lemma{word: v, pp: true}
		}
	}
	for s, p := range irregularPlurals.all() {
		if p != s {
			irregularLemmas[p] = lemma{word: s, plural: true}
		}
	}
	for _, w := range []string{"atlas", "canvas", "alias", "bias"} {
		irregularLemmas[w] = lemma{word: w} // singular, though they end in s
	}
	irregularLemmas["goes"], irregularLemmas["does"] = lemma{word: "go"}, lemma{word: "do"} // not goe (onAppGoed)
}

// lemmas are the readings of an English word, the word itself first.
func lemmas(w string) []lemma {
	out := []lemma{{word: w}}
	if l, ok := irregularLemmas[w]; ok {
		// lives is life, never live
		return append(out, l)
	}
	n := len(w)
	if n > 4 && strings.HasSuffix(w, "ies") {
		out = append(out, lemma{word: w[:n-3] + "y", plural: true})
	}
	if n > 3 && strings.HasSuffix(w, "es") && esPlural(w[:n-2]) {
		out = append(out, lemma{word: w[:n-2], plural: true})
	}
	if n > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		// ids, ads: a short stem is still a word
		out = append(out, lemma{word: w[:n-1], plural: true})
	}
	if n > 5 && strings.HasSuffix(w, "ing") {
		b := w[:n-3]
		out = append(out, lemma{word: b, ing: true}, lemma{word: b + "e", ing: true})
		if dbl(b) {
			out = append(out, lemma{word: b[:len(b)-1], ing: true})
		}
	}
	if n > 4 && strings.HasSuffix(w, "ied") {
		out = append(out, lemma{word: w[:n-3] + "y", pp: true})
	}
	if n > 3 && strings.HasSuffix(w, "ed") {
		b := w[:n-2]
		out = append(out, lemma{word: b, pp: true}, lemma{word: w[:n-1], pp: true})
		if dbl(b) {
			out = append(out, lemma{word: b[:len(b)-1], pp: true})
		}
	}
	return out
}

func dbl(b string) bool {
	n := len(b)
	return n > 2 && b[n-1] == b[n-2] && !strings.ContainsRune("aeiouls", rune(b[n-1]))
}

// guessLemma reads an English word the glossary does not know.
func guessLemma(w string) lemma {
	if l, ok := irregularLemmas[w]; ok {
		return l
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return lemma{word: w[:n-3] + "y", plural: true}
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") ||
		strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return lemma{word: w[:n-2], plural: true}
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return lemma{word: w[:n-1], plural: true}
	}
	return lemma{word: w}
}

// thirdPerson is "he ___s": calculates, fetches, copies.
func thirdPerson(v string) string {
	if i := strings.IndexByte(v, ' '); i > 0 {
		return thirdPerson(v[:i]) + v[i:]
	}
	n := len(v)
	switch {
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ies"
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

// hasBatchim reports whether a Korean word ends in a final consonant, which
// picks the particle (을/를, 이/가). ok is false when the last letter is not
// Hangul, where both forms are shown.
func hasBatchim(word string) (batchim, ok bool) {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(word))
	if r < 0xAC00 || r > 0xD7A3 {
		return false, false
	}
	return (r-0xAC00)%28 != 0, true
}

// josa attaches the right particle: josa("합계", "을", "를") is "합계를".
// A word in Latin letters or digits takes the particle its Korean reading
// does (URL을, API를, 3초를 → latinBatchim); no word, no particle.
func josa(word, withBatchim, without string) string {
	if strings.TrimSpace(word) == "" {
		return ""
	}
	b, ok := hasBatchim(word)
	if !ok {
		b, ok = latinBatchim(word)
	}
	if b && withBatchim == "으로" && endsInL(word) {
		return word + without // 파일로, URL로: ㄹ takes 로
	}
	switch {
	case !ok:
		return word + withBatchim + "(" + without + ")"
	case b:
		return word + withBatchim
	}
	return word + without
}

// endsInL: the word ends in ㄹ, read in Korean as latinBatchim reads it
// (파일, URL 엘, QR 알, 1 일, 7 칠, 8 팔, file).
func endsInL(word string) bool {
	w := strings.TrimRight(strings.TrimSpace(word), ".)")
	r, _ := utf8.DecodeLastRuneInString(w)
	if r >= 0xAC00 && r <= 0xD7A3 {
		return (r-0xAC00)%28 == 8
	}
	if w == "" {
		return false
	}
	switch last := w[len(w)-1]; {
	case last >= '0' && last <= '9':
		return last == '1' || last == '7' || last == '8'
	case last >= 'A' && last <= 'Z' && (len(w) < 2 || w[len(w)-2] < 'a' || w[len(w)-2] > 'z'):
		return last == 'L' || last == 'R' // an acronym, letter by letter
	}
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "l") || strings.HasSuffix(l, "le")
}

// latinBatchim: whether a word in Latin letters or digits ends, read in
// Korean, in a final consonant. An acronym is read letter by letter (URL:
// 엘, API: 아이), a digit as its number (3: 삼), a word as Korean
// loanwords spell it (token: 토큰, item: 아이템, map: 맵; user: 유저, list:
// 리스트, cache: 캐시). ok is false for anything else.
func latinBatchim(word string) (batchim, ok bool) {
	w := strings.TrimRight(strings.TrimSpace(word), ".)")
	if w == "" {
		return false, false
	}
	last := w[len(w)-1]
	switch {
	case last >= '0' && last <= '9':
		return strings.IndexByte("013678", last) >= 0, true // 영 일 삼 육 칠 팔
	case last >= 'A' && last <= 'Z' && (len(w) < 2 || w[len(w)-2] < 'a' || w[len(w)-2] > 'z'):
		return last == 'L' || last == 'M' || last == 'N' || last == 'R', true // 엘 엠 엔 알
	}
	l := strings.ToLower(w)
	if l[len(l)-1] < 'a' || l[len(l)-1] > 'z' {
		return false, false
	}
	switch {
	case strings.HasSuffix(l, "ng"), strings.HasSuffix(l, "m"), strings.HasSuffix(l, "n"), strings.HasSuffix(l, "l"),
		strings.HasSuffix(l, "le"), strings.HasSuffix(l, "me"), strings.HasSuffix(l, "ne"), strings.HasSuffix(l, "ck"):
		return true, true
	case len(l) >= 2 && strings.IndexByte("pbk", l[len(l)-1]) >= 0 && strings.IndexByte("aeiou", l[len(l)-2]) >= 0:
		return true, true // map 맵, job 잡, book 북
	}
	return false, true
}

// esPlural: stems whose plural takes -es (boxes, matches, heroes), so
// that "states" is not read as "stat" + es.
func esPlural(stem string) bool {
	for _, suf := range []string{"s", "x", "z", "ch", "sh", "o"} {
		if strings.HasSuffix(stem, suf) {
			return true
		}
	}
	return false
}

// setOf is a set of words. The sets in this package are built by a call
// rather than written as map literals: a literal compiles to one insert
// per entry (~50 bytes of code each, ~1,400 entries), a call to one loop
// (~60 KB less code in chatsend, December 2026). A package-level set of
// single words is wordSet(`a b c`) (enclause.go): setOf's argument list
// was built word by word in init code, ~15 bytes each (~15 KB, December
// 2026); setOf stays for entries with spaces and sets built in functions.
func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// phraseSet is a set of words and phrases written as one comma-separated
// string: one argument, where setOf("a", "b", …) built its argument list
// phrase by phrase in init code (~12 bytes each).
func phraseSet(s string) map[string]bool {
	ps := strings.Split(s, ",")
	for i, p := range ps {
		ps[i] = strings.TrimSpace(p)
	}
	return setOf(ps...)
}

// pairsText is a string map written as one string, "key=value, key=value":
// one argument, where pairsOf built its argument list entry by entry in
// init code.
func pairsText(s string) map[string]string {
	var kv []string
	for _, p := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(p, "=")
		kv = append(kv, strings.TrimSpace(k), strings.TrimSpace(v))
	}
	return pairsOf(kv...)
}

// pairOf looks key up in pairs written as pairsText writes them ("key=value,
// key=value") without building a map: for a short table read in one place.
func pairOf(pairs, key string) (string, bool) {
	for pairs != "" {
		var p string
		p, pairs, _ = strings.Cut(pairs, ",")
		if k, v, ok := strings.Cut(p, "="); ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// pairGet is pairOf's value alone ("" when key has none).
func pairGet(pairs, key string) string {
	v, _ := pairOf(pairs, key)
	return v
}

// listsText is a map of word lists written as one string, "key: a b; key:
// c; key:": one argument, where a map literal of slices inserted entry by
// entry in init code (~90 bytes each). A key with no words has an empty,
// non-nil list.
func listsText(s string) map[string][]string {
	m := map[string][]string{}
	for _, p := range strings.Split(s, ";") {
		k, v, _ := strings.Cut(p, ":")
		if k = strings.TrimSpace(k); k != "" {
			m[k] = append([]string{}, strings.Fields(v)...)
		}
	}
	return m
}

// pairsOf is a string map written as pairsOf(key, value, key, value, …),
// for the reason setOf is (a static list and one loop, not an insert per
// entry).
func pairsOf(kv ...string) map[string]string {
	m := make(map[string]string, len(kv)/2)
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i]] = kv[i+1]
	}
	return m
}

// lazySet is a word set built on first use: its words stay one string in
// the binary until a question needs them. A package-level map built by
// wordSet costs ~40 bytes of init code each (132 of them were 8.8 KB of
// chatsend's code, which is at its 9 MiB size budget), and every process
// paid for building them at start. A set is a constant (const x lazySet =
// `…`), as a pattern is (lazyRE): as variables (a struct of the words and
// an atomic pointer to the map) the ~300 sets and lazyPairs were 24 bytes
// of chatsend's writable data each, ~7.8 KB of a segment at the edge of
// its 64 KiB step (see data.go; December 2026). The maps live in the table
// the patterns' compiled forms live in (lazyre.go's built);
// words with a comma are phrases ("state flow, live data"). Two goroutines
// may both build a set the first time; they build the same map and one of
// them is kept.
type lazySet string

// has reports whether w is one of the set's words.
func (s lazySet) has(w string) bool {
	return buildOnce(string(s), kindSet).(map[string]bool)[w]
}

// insertSuggestion and insertItem insert at i: not slices.Insert, whose
// instances for these structs (with the rotations they call) were ~1.3 KB
// of chatsend each.
func insertSuggestion(l []naming.Suggestion, i int, s naming.Suggestion) []naming.Suggestion {
	l = append(l, naming.Suggestion{})
	copy(l[i+1:], l[i:])
	l[i] = s
	return l
}

func insertItem(l []item, i int, it item) []item {
	l = append(l, item{})
	copy(l[i+1:], l[i:])
	l[i] = it
	return l
}

// lazyPairs is pairsText built on first use, as lazySet is wordSet: the
// pairs stay one string until a question needs them (each map built at
// init was ~50 bytes of chatsend's code, which is at its 9 MiB budget);
// irregularPlurals, irregularParticiples and relUnless are still read at
// init, by the lemma index below and idioms.go's unlessWords. Constants,
// as lazySet's sets are.
type lazyPairs string

// all is the pairs as a map (for range).
func (p lazyPairs) all() map[string]string {
	return buildOnce(string(p), kindPairs).(map[string]string)
}

// get is the value of key k, or "".
func (p lazyPairs) get(k string) string { return p.all()[k] }

// lookup is the value of key k and whether there is one.
func (p lazyPairs) lookup(k string) (string, bool) {
	v, ok := p.all()[k]
	return v, ok
}
