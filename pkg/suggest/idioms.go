package suggest

import (
	"bufio"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"namebot/pkg/naming"
)

// The phrasebook (idioms/*.tsv) holds what grammar cannot derive: the
// names developers settled on for common tasks and things. "타임스탬프를
// '3분 전'처럼 보여주는 함수" is timeAgo, not formatTimestamp; "두 날짜가
// 같은 날인지" is isSameDay; "재시도 횟수" is retryCount. Each line says when
// it applies (words and phrases the question must contain) and the names,
// most idiomatic first. When lines apply, the best-matching ones put their
// names first; the names built from the question follow them.
//
// A line is five tab-separated columns:
//
//	when   alternatives separated by " | "; each is tokens joined by " + ",
//	       all of which must hold:
//	         lower-case English (access token): a glossary term the
//	           question uses, in Korean or English;
//	         Hangul (같은날): that text in the question, spaces ignored;
//	         "quoted" (time ago): an English phrase starting at a word of
//	           the question (its end may run on: "retri" matches retried);
//	         ? a yes/no question; #count #list #async #handler: what the
//	           question asks for, as the analysis read it; #ruby #php
//	           #rust #csharp #swift ... (idiomLangs): the room's language,
//	           which counts as a word when it holds (a line keyed to the
//	           language is more specific than one that is not);
//	         !token: the token must not hold;
//	         [a, b]: any one of a and b; ![a, b]: neither;
//	       " ; " then tokens every alternative also needs (the line's
//	       exclusions, written once)
//	kinds  the kinds the names are for: f function, v variable,
//	       c constant, t type (class, struct, enum, interface)
//	names  comma-separated, words separated by spaces, lower case
//	ko     the reason, in Korean (may be empty)
//	en     the reason, in English (may be empty)

// objSlot in a name stands for the question's object, plural when it is
// (exclude {obj} → excludeRefundedOrders); a name with it is left out when
// the question names no object. {objs} is always plural (exclude {objs}:
// what is left out of a list is many).
const objSlot, objsSlot = "{obj}", "{objs}"

// thingsSlot is the object's nouns alone, plural: for a line whose own
// words already say the state ({things} to delete → attachmentIdsToDelete,
// not scheduledForDeletionAttachmentIdsToDelete). {thing} is the object
// singular, as a type's name says it ({thing} store: CartStore).
const thingsSlot, thingSlot = "{things}", "{thing}"

// idiomMax is the most names one answer takes from the phrasebook per
// kind, so the names built from the question's own words stay visible.
const idiomMax = 3

type idiomTok struct {
	kind  byte // 't' term, 'k' Korean text, 'e' English phrase, 'f' flag
	s     string
	neg   bool
	start bool // Korean: only at the start of a word (^가능 is not in 불가능)
	raw   bool // Korean: names a kind word (상수), so matched unmasked
	word  bool // English: the phrase ends in a whole word, which runs on only by inflection (log: logs, logged; not login)
	lang  bool // flag: the room's language (#ruby), a word for the score
	id    int  // index of the token (without its !) in idiomToks, for the memo
}

// An alternative is items that must all hold; an item is one token, or a
// group of tokens any one of which holds ([재시도, 다시시도]). Groups stay
// groups in memory: expanded, the phrasebook was 100,000 alternatives.
type idiom struct {
	alts  [][][]idiomTok
	kinds string
	names [][]string
	ko    string
	en    string
	where string // file:line, for tests
	// positive: every name is a plain yes/no state (is paid), set when
	// the phrasebook loads; asked in the negative it gives way.
	positive bool
}

var (
	idiomOnce sync.Once
	idiomData []*idiom
	idiomBad  []string
	idiomToks int // distinct tokens, the size of a question's memo
	idiomIdx  *idiomIndex
)

// idiomRef is one alternative of one line.
type idiomRef struct{ line, alt int32 }

// idiomIndex finds the alternatives a question may satisfy by each
// alternative's first word or phrase (its key), so a question looks up its
// own substrings instead of testing every line.
type idiomIndex struct {
	ko    map[string][]idiomRef // Korean text key
	en    map[string][]idiomRef // English phrase key
	term  map[string][]idiomRef // glossary term key
	other []idiomRef            // keys looked up directly (^word start, kind words)
	koMax int                   // longest Korean key, in bytes
	enMax int                   // longest English key, in bytes
}

func loadIdioms() []*idiom {
	idiomOnce.Do(func() {
		idiomData, idiomBad = parseIdioms(glossaryFS)
		markWholeWords(idiomData)
		idiomToks = internIdiomTokens(idiomData)
		idiomIdx = indexIdioms(idiomData)
	})
	return idiomData
}

func parseIdioms(fsys fs.FS) ([]*idiom, []string) {
	var out []*idiom
	var bad []string
	files, err := fs.Glob(fsys, "idioms/*.tsv")
	if err != nil {
		return nil, []string{fmt.Sprintf("idioms: list files: %v", err)}
	}
	sort.Strings(files)
	cache := map[string]idiomTok{}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			bad = append(bad, fmt.Sprintf("idioms: read %s: %v", f, err))
			continue
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
		line := 0
		for sc.Scan() {
			line++
			s := strings.TrimRight(sc.Text(), "\r")
			if strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "#") {
				continue
			}
			id, err := parseIdiom(s, cache)
			if err != nil {
				bad = append(bad, fmt.Sprintf("%s:%d: %v", f, line, err))
				continue
			}
			id.where = fmt.Sprintf("%s:%d", f, line)
			out = append(out, id)
		}
		if err := sc.Err(); err != nil {
			// A line past the limit would silently drop every line after
			// it: say so (TestIdiomsRead fails on it).
			bad = append(bad, fmt.Sprintf("%s:%d: %v", f, line+1, err))
		}
	}
	return out, bad
}

// markWholeWords marks the English phrases that end in a whole word: one
// the glossary or a name of the phrasebook uses, or that a phrase has
// before its end. "log" then holds for logs and logged but not for login,
// "current" not for currently or currency, "to" not for token; a stem
// ("retri", "calculat") still runs on freely.
func markWholeWords(ids []*idiom) {
	vocab := map[string]bool{}
	for p := range loadGlossary().en {
		for _, w := range strings.Fields(p) {
			vocab[w] = true
		}
	}
	for _, id := range ids {
		for _, n := range id.names {
			for _, w := range n {
				vocab[w] = true
			}
		}
	}
	phrases := map[string]bool{} // each distinct phrase once
	for _, id := range ids {
		for _, alt := range id.alts {
			for _, item := range alt {
				for _, t := range item {
					if t.kind == 'e' {
						phrases[t.s] = false
					}
				}
			}
		}
	}
	for p := range phrases {
		if ws := strings.Fields(p); len(ws) > 1 {
			for _, w := range ws[:len(ws)-1] {
				vocab[w] = true
			}
		}
	}
	for p := range phrases {
		ws := strings.Fields(p)
		phrases[p] = !strings.HasSuffix(p, " ") && len(ws) > 0 && vocab[ws[len(ws)-1]]
	}
	for _, id := range ids {
		for _, alt := range id.alts {
			for _, item := range alt {
				for i, t := range item {
					if t.kind == 'e' {
						item[i].word = phrases[t.s]
					}
				}
			}
		}
	}
}

// phraseAt: the phrase starts at a word of en (" a b "); a whole-word
// phrase may run on only by an inflection.
func phraseAt(en, s string, word bool) bool {
	key := " " + s
	for from := 0; ; {
		i := strings.Index(en[from:], key)
		if i < 0 {
			return false
		}
		at := from + i + len(key)
		if !word {
			return true
		}
		end := strings.IndexFunc(en[at:], func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
		if end < 0 {
			end = len(en) - at
		}
		if inflection(s, en[at:at+end]) {
			return true
		}
		from += i + 1
	}
}

// inflection: run is what follows word inside one word of the question
// (its Latin letters and digits: id들 is id): nothing, s, es, ed, d, ing,
// er, ers, the nouns of a verb (connection, payment), or an ending after a
// doubled last letter (running, stopped).
func inflection(word, run string) bool {
	if run == "" || inflections.has(run) {
		return true
	}
	if len(run) > 1 && len(word) > 0 && run[0] == word[len(word)-1] {
		switch run[1:] {
		case "ing", "ed", "er", "ers":
			return true
		}
	}
	return false
}

const inflections lazySet = `s es ed d ing er ers ion ions ation ations ment ments`

// internIdiomTokens numbers the distinct tokens, so a question checks
// each once however many lines share it, and puts each alternative's words
// and phrases before its flags and negations (the cheap refusals first).
func internIdiomTokens(ids []*idiom) int {
	seen := map[idiomTok]int{}
	for _, id := range ids {
		for _, alt := range id.alts {
			for _, item := range alt {
				for i := range item {
					k := item[i]
					k.neg, k.id = false, 0
					n, ok := seen[k]
					if !ok {
						n = len(seen)
						seen[k] = n
					}
					item[i].id = n
				}
			}
			sort.SliceStable(alt, func(a, b int) bool { return itemRank(alt[a]) < itemRank(alt[b]) })
		}
	}
	return len(seen)
}

func indexIdioms(ids []*idiom) *idiomIndex {
	x := &idiomIndex{ko: map[string][]idiomRef{}, en: map[string][]idiomRef{}, term: map[string][]idiomRef{}}
	for li, id := range ids {
		for ai, alt := range id.alts {
			r := idiomRef{int32(li), int32(ai)}
			// the first item is a word or phrase (the parser requires one,
			// and it sorts first); each of its tokens is a key
			other := false
			for _, k := range alt[0] {
				switch {
				case k.kind == 'k' && !k.start && !k.raw:
					x.ko[k.s] = append(x.ko[k.s], r)
					x.koMax = max(x.koMax, len(k.s))
				case k.kind == 'e':
					x.en[k.s] = append(x.en[k.s], r)
					x.enMax = max(x.enMax, len(k.s))
				case k.kind == 't':
					x.term[k.s] = append(x.term[k.s], r)
				default:
					other = true
				}
			}
			if other {
				x.other = append(x.other, r)
			}
		}
	}
	return x
}

// candidates are the alternatives whose key the question holds.
func (x *idiomIndex) candidates(iq *idiomQuestion) []idiomRef {
	out := append([]idiomRef(nil), x.other...)
	ko := iq.ko
	for i := 0; i < len(ko); {
		_, size := utf8.DecodeRuneInString(ko[i:])
		for j := i + size; j <= len(ko) && j-i <= x.koMax; {
			out = append(out, x.ko[ko[i:j]]...)
			if j == len(ko) {
				break
			}
			_, n := utf8.DecodeRuneInString(ko[j:])
			j += n
		}
		i += size
	}
	en := iq.en
	for i := 1; i < len(en); i++ {
		if en[i-1] != ' ' || en[i] == ' ' {
			continue
		}
		for j := i + 1; j <= len(en) && j-i <= x.enMax; j++ {
			out = append(out, x.en[en[i:j]]...)
		}
	}
	for t := range iq.terms {
		out = append(out, x.term[t]...)
	}
	return out
}

// itemRank is the rank of an item's best token: a group with a word sorts
// with the words.
func itemRank(item []idiomTok) int {
	r := 2
	for _, t := range item {
		r = min(r, tokRank(t))
	}
	return r
}

func tokRank(t idiomTok) int {
	switch {
	case t.neg:
		return 2
	case t.kind == 'f':
		return 1
	}
	return 0
}

// parseIdiom reads one line; cache (may be nil) keeps the tokens already
// read, which repeat across lines and alternatives (!?, !는지, 로그인).
func parseIdiom(s string, cache map[string]idiomTok) (*idiom, error) {
	cols := strings.Split(s, "\t")
	if len(cols) < 3 || len(cols) > 5 {
		return nil, fmt.Errorf("want 3 to 5 tab-separated columns, have %d", len(cols))
	}
	for len(cols) < 5 {
		cols = append(cols, "")
	}
	id := &idiom{kinds: strings.TrimSpace(cols[1]), ko: strings.TrimSpace(cols[3]), en: strings.TrimSpace(cols[4])}
	if id.kinds == "" || strings.Trim(id.kinds, "fvct") != "" {
		return nil, fmt.Errorf("kinds %q: use the letters f, v, c and t", id.kinds)
	}
	when, guard, _ := strings.Cut(cols[0], ";")
	if strings.Contains(guard, "|") {
		// "; ![a, b] | c" would read "b] | c" as a token: the guard ends the column
		return nil, fmt.Errorf("guard %q: alternatives (|) go before the ;, the guard ends the column", guard)
	}
	var guards [][]idiomTok
	if strings.TrimSpace(guard) != "" {
		var err error
		if guards, err = parseIdiomItems(guard, cache); err != nil {
			return nil, err
		}
	}
	for _, alt := range strings.Split(when, "|") {
		items, err := parseIdiomItems(alt, cache)
		if err != nil {
			return nil, err
		}
		items = append(items, guards...)
		positive := false
		for _, item := range items {
			positive = positive || wordItem(item)
		}
		if !positive {
			return nil, fmt.Errorf("alternative %q has no word or phrase to match", alt)
		}
		id.alts = append(id.alts, items)
	}
	for _, n := range strings.Split(cols[2], ",") {
		ws := strings.Fields(n)
		if len(ws) == 0 {
			return nil, fmt.Errorf("empty name in %q", cols[2])
		}
		for i, w := range ws {
			if w == objSlot || w == objsSlot || w == thingsSlot || w == thingSlot {
				continue
			}
			if i == len(ws)-1 && len(w) > 1 && strings.HasSuffix(w, "!") {
				w = w[:len(w)-1] // Ruby's bang: save!, authenticate user!
			}
			if !isIdentWord(w) || w != strings.ToLower(w) {
				return nil, fmt.Errorf("name %q: lower-case words of letters and digits (the last may end in !), or {obj}", n)
			}
		}
		id.names = append(id.names, ws)
	}
	id.positive = positiveYesNo(id)
	return id, nil
}

// maxGroup bounds the tokens of one group.
const maxGroup = 64

// parseIdiomItems reads one alternative (tokens joined by +) into its
// items: a token, or a group [a, b] (any one of its tokens holds; it
// counts as one word of the score); a negated group ![a, b] is none of
// them, an item !a and an item !b.
func parseIdiomItems(alt string, cache map[string]idiomTok) ([][]idiomTok, error) {
	var out [][]idiomTok
	for _, raw := range strings.Split(alt, "+") {
		item := strings.TrimSpace(raw)
		neg := strings.HasPrefix(item, "![")
		if !neg && !strings.HasPrefix(item, "[") {
			tok, err := cachedIdiomTok(item, cache)
			if err != nil {
				return nil, fmt.Errorf("%w in %q", err, alt)
			}
			out = append(out, []idiomTok{tok})
			continue
		}
		inner, ok := strings.CutSuffix(strings.TrimPrefix(item, "!"), "]")
		if !ok {
			return nil, fmt.Errorf("unclosed group %q in %q", item, alt)
		}
		members := strings.Split(inner[1:], ",")
		if len(members) > maxGroup {
			return nil, fmt.Errorf("group %q: %d tokens, at most %d", item, len(members), maxGroup)
		}
		var group []idiomTok
		for _, m := range members {
			if neg {
				m = "!" + strings.TrimSpace(m)
			}
			tok, err := cachedIdiomTok(m, cache)
			if err != nil {
				return nil, fmt.Errorf("%w in group %q", err, item)
			}
			if tok.neg != neg {
				return nil, fmt.Errorf("group %q: negate the whole group (![a, b]), not a member", item)
			}
			if neg {
				out = append(out, []idiomTok{tok})
			} else {
				group = append(group, tok)
			}
		}
		if !neg {
			out = append(out, group)
		}
	}
	return out, nil
}

// wordItem: an item with a word or phrase to match (not only flags, not a
// negation).
func wordItem(item []idiomTok) bool {
	for _, t := range item {
		if !t.neg && t.kind != 'f' {
			return true
		}
	}
	return false
}

func cachedIdiomTok(raw string, cache map[string]idiomTok) (idiomTok, error) {
	raw = strings.TrimSpace(raw)
	if tok, ok := cache[raw]; ok {
		return tok, nil
	}
	tok, err := parseIdiomTok(raw)
	if err == nil && cache != nil {
		cache[raw] = tok
	}
	return tok, err
}

// parseIdiomTok reads one token of a when column.
func parseIdiomTok(t string) (idiomTok, error) {
	tok := idiomTok{}
	if strings.HasPrefix(t, "!") {
		tok.neg = true
		t = strings.TrimSpace(t[1:])
	}
	switch {
	case t == "":
		return tok, fmt.Errorf("empty token")
	case t == "?" || strings.HasPrefix(t, "#"):
		switch t {
		case "?", "#count", "#list", "#async", "#handler", "#bare":
		default:
			if _, ok := idiomLangs[t]; ok {
				tok.lang = true
				break
			}
			return tok, fmt.Errorf("unknown flag %q", t)
		}
		tok.kind, tok.s = 'f', t
	case strings.HasPrefix(t, `"`):
		if len(t) < 3 || !strings.HasSuffix(t, `"`) {
			return tok, fmt.Errorf("unclosed quote %q", t)
		}
		if t[1] == ' ' {
			return tok, fmt.Errorf("phrase %q: a phrase already starts at a word; a leading space never matches", t)
		}
		tok.kind, tok.s = 'e', strings.ToLower(t[1:len(t)-1])
	case naming.QuestionIsKorean(t): // has Hangul
		if strings.HasPrefix(t, "^") {
			tok.start = true
			t = strings.TrimSpace(t[1:])
		}
		tok.kind, tok.s = 'k', compact(strings.ToLower(t))
		tok.raw = kindWords.Replace(tok.s) != tok.s
	default:
		if t != strings.ToLower(t) {
			return tok, fmt.Errorf("term %q: write glossary terms in lower case", t)
		}
		tok.kind, tok.s = 't', strings.Join(strings.Fields(t), " ")
	}
	return tok, nil
}

// idiomQuestion is what the phrasebook matches against.
type idiomQuestion struct {
	ko     string          // lower case, no spaces, kind words masked
	kow    string          // lower case, each word led by | (|불가능|여부)
	starts []int           // where each word of the question starts in ko
	raw    string          // lower case, no spaces, kind words kept
	en     string          // lower case, words separated by single spaces, padded
	yesNo  bool            // written as a yes/no question
	memo   []int8          // by token id: 0 not checked, 1 holds, 2 does not
	terms  map[string]bool // glossary terms read, by their English words
	f      *frame
	lang   naming.Language // the room's language; empty when unknown (the model hint)
}

// idiomLangs are the language flags of a when column: the room's
// language, for names only its convention has (Ruby's save!, Laravel's
// scopeActive, Rust's from_str, C#'s TryParse, Swift's didSelect).
var idiomLangs = map[string]naming.Language{
	"#python": naming.LangPython, "#javascript": naming.LangJavaScript, "#typescript": naming.LangTypeScript,
	"#java": naming.LangJava, "#kotlin": naming.LangKotlin, "#go": naming.LangGo, "#c": naming.LangC,
	"#cpp": naming.LangCPP, "#csharp": naming.LangCSharp, "#rust": naming.LangRust, "#swift": naming.LangSwift,
	"#ruby": naming.LangRuby, "#php": naming.LangPHP,
}

func newIdiomQuestion(q string, f *frame) *idiomQuestion {
	lr := reAskKo.ReplaceAllString(strings.ToLower(leadContext(q)), "|")
	l := kindWords.Replace(lr)
	iq := &idiomQuestion{raw: compact(lr), ko: compact(l), kow: "|" + strings.Join(strings.Fields(l), "|"), terms: map[string]bool{}, f: f}
	n := 0
	for _, w := range strings.Fields(l) {
		iq.starts = append(iq.starts, n)
		n += len(w)
	}
	iq.en = " " + strings.Join(strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
	iq.yesNo = f.boolean || strings.Contains(iq.ko, "는지") || strings.Contains(iq.ko, "인지") || nJi(iq.ko) ||
		strings.Contains(iq.ko, "여부") || strings.Contains(iq.ko, "유무") || strings.Contains(iq.ko, "할지") || reYesNoEn.MatchString(iq.en)
	for _, fr := range []*frame{f, f.full} {
		if fr == nil {
			continue
		}
		for _, it := range fr.items {
			if it.t != nil {
				iq.terms[it.t.en()] = true
			}
			if len(it.words) > 0 {
				iq.terms[strings.Join(it.words, " ")] = true
			}
		}
	}
	return iq
}

func (iq *idiomQuestion) holds(t idiomTok) bool {
	var ok bool
	switch t.kind {
	case 't':
		ok = iq.terms[t.s]
	case 'k':
		switch {
		case t.raw:
			ok = strings.Contains(iq.raw, t.s)
		case t.start:
			ok = strings.Contains(iq.kow, "|"+t.s)
		case syllableTraps[t.s] != nil:
			ok = syllableAt(iq.ko, t.s)
		default:
			ok = strings.Contains(iq.ko, t.s) && iq.notStraddling(t.s)
		}
	case 'e':
		ok = phraseAt(iq.en, t.s, t.word)
	case 'f':
		switch t.s {
		case "?":
			ok = iq.yesNo
		case "#count":
			ok = iq.f.count
		case "#list":
			ok = iq.f.list
		case "#async":
			ok = iq.f.async
		case "#handler":
			ok = iq.f.handler
		case "#bare":
			ok = bareNoun(iq.f)
		default:
			ok = t.lang && iq.lang != "" && idiomLangs[t.s] == iq.lang
		}
	}
	return ok != t.neg
}

// bareNoun: the question names one thing and nothing qualifies it (에러
// 타입 enum, not 파싱 에러 타입): one noun or verbal noun is read.
func bareNoun(f *frame) bool {
	n := 0
	for _, it := range f.items {
		if it.g == gNone && it.t != nil && (it.t.Class == 'n' || it.form == formNoun && it.t.Class != 'u') {
			n++
		}
	}
	return n == 1
}

// holdsMemo is holds, each token checked once per question.
func (iq *idiomQuestion) holdsMemo(t idiomTok) bool {
	if t.id >= len(iq.memo) {
		return iq.holds(t)
	}
	m := iq.memo[t.id]
	if m == 0 {
		pos := t
		pos.neg = false
		m = 2
		if iq.holds(pos) {
			m = 1
		}
		iq.memo[t.id] = m
	}
	return (m == 1) != t.neg
}

// scoreAlt is the words and phrases of one alternative (a group counts
// once), 0 unless every item holds.
func (iq *idiomQuestion) scoreAlt(alt [][]idiomTok) int {
	n := 0
	for _, item := range alt {
		held, word := false, false
		for _, t := range item {
			if iq.holdsMemo(t) {
				held = true
				if word = !t.neg && (t.kind != 'f' || t.lang); word {
					break // a word (or the language) counts; a flag holding ([#count, 개수]) only lets it through
				}
			}
		}
		if !held {
			return 0
		}
		if word {
			n++
		}
	}
	return n
}

// matchIdioms returns the lines that apply best to a question.
// lang is the room's language (empty for the model hint).
func matchIdioms(q string, f *frame, lang naming.Language) []*idiom {
	ids := loadIdioms()
	if len(ids) == 0 {
		return nil
	}
	iq := newIdiomQuestion(q, f)
	iq.lang = lang
	iq.memo = make([]int8, idiomToks)
	scores := map[int32]int{}
	best := 0
	for _, r := range idiomIdx.candidates(iq) {
		if n := iq.scoreAlt(ids[r.line].alts[r.alt]); n > scores[r.line] {
			scores[r.line] = n
			best = max(best, n)
		}
	}
	if best == 0 {
		return nil
	}
	negated := iq.yesNo && (reNegatedQ.MatchString(iq.raw) || reNegatedEn.MatchString(iq.en))
	var lines []int
	for l, n := range scores {
		if n == best && !(negated && ids[l].positive) {
			lines = append(lines, int(l))
		}
	}
	sort.Ints(lines) // ties keep file order
	out := make([]*idiom, len(lines))
	for i, l := range lines {
		out[i] = ids[l]
	}
	return out
}

// reNegatedQ, reNegatedEn: a yes/no question asked in the negative (결제 안
// 했는지, 인증하지 않았는지, "hasn't the user paid"), on the compact
// Korean text and on the English words.
const (
	reNegatedQ  = lazyRE(`안했|안됐|안되었|안돼|하지않|되지않|지않았|지않는|못했|안한지|안된지`)
	reNegatedEn = lazyRE(` (not|never|hasn|hasnt|haven|havent|isn|isnt|didn|didnt|doesn|doesnt|wasn|wasnt) `)
)

// positiveYesNo: the names of the line are plain yes/no states (is paid,
// has verified email) with no negative word among them (is unread, has no
// items, is inactive); asked in the negative, such a line says the
// opposite of the question, so it gives way to the grammar (isUnpaid).
func positiveYesNo(id *idiom) bool {
	yesNo := false
	for _, n := range id.names {
		if len(n) > 1 && (n[0] == "is" || n[0] == "has" || n[0] == "can" || n[0] == "should") {
			yesNo = true
		}
		for _, w := range n {
			if negativeWord(w) {
				return false
			}
		}
	}
	return yesNo
}

// negativeWord: a word that says no (not, without, unread, unpaid,
// inactive, invalid); inside, internal and under are no negation.
func negativeWord(w string) bool {
	if negatives.has(w) {
		return true
	}
	if rest, ok := strings.CutPrefix(w, "un"); ok && unState(rest) {
		return true
	}
	return unlessWords[w]
}

const negatives lazySet = `not no non never without invalid disabled incomplete`

// unlessWords are relUnless' negative states (inactive, unused, unread).
var unlessWords = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range relUnless.all() {
		for _, w := range strings.Fields(v) {
			m[w] = true
		}
	}
	return m
}()

// kindWords are masked before Korean text is matched, so 수 is never
// found in 함수 or 상수. They are the unambiguous kind words of grammar.go's
// list: 모델, 타입, 객체, 필드 there also name things a line may match on
// (뷰모델, 데이터 타입), so they are not masked. A kind word's 이름 or 명
// (변수 이름, 필드명) and the request's 이름 (이름 추천, 이름 뭐) ask for the
// name, so a line on names (이름 비교) does not match them.
var kindWords = maskWords("변수 이름,변수이름,함수 이름,함수이름,메서드 이름,메소드 이름,클래스 이름,상수 이름,필드 이름,프로퍼티 이름,변수명,함수명,메서드명,메소드명,클래스명,상수명,필드명,이름 추천,이름추천,이름 뭐,이름뭐,이름 좀,이름좀,이름 지어,이름 짓,함수,메서드,메소드,변수,상수,클래스,구조체,열거형,인터페이스,프로퍼티", "|")

// reAskKo: the request itself (추천해주세요, 추천 부탁드립니다, 추천 좀): it
// asks for the name and is no word of it, so 재고 수량 컬럼명 추천해주세요
// is no question about recommended products. 추천해 주는 (recommends) stays.
const reAskKo = lazyRE(`추천\s*(?:해\s*(?:주세요|주실|주시|줘|줄래|주라|주십|주면|봐|달)|부탁|좀|바랍|바래|받고|받을|해요|할래|[.?!~]*$)`)

// reYesNoEn: an English question asked as yes or no.
const reYesNoEn = lazyRE(`^ (is|are|was|were|does|do|did|has|have|can|should|will) |\b(whether|flag|checks? if|tells? if|true if|true when)\b`)

// asksYesNoEn: an English question that asks whether (is…, does…, whether,
// check if …).
func asksYesNoEn(q string) bool { return reYesNoEn.MatchString(" " + strings.ToLower(q)) }

var idiomKinds = [4]naming.Kind{naming.KindFunction, naming.KindVariable, naming.KindConstant, naming.KindClass}

// idioms puts the phrasebook's names first for the kinds the answer has
// (or was asked for); for a question nothing else understood, for the
// line's first kind. It reports whether any name was added.
func (b *builder) idioms(f *frame, question string) bool {
	for _, it := range f.items {
		if it.t != nil && it.t.Suffix == labelSuffix {
			return false // click handler for the add to cart button: no addHandler
		}
	}
	ids := matchIdioms(question, f, b.lang)
	if len(ids) == 0 {
		return false
	}
	asked := false
	for i := range f.kinds {
		asked = asked || f.kinds[i]
	}
	// 탈퇴한 회원 제외한 목록, 미성년자 제외하고 회원 필터링: a line's state or
	// yes/no names what is left out (deleted_users, isMinor), the opposite
	// of what is asked (lines that mean the rest stay: businessDays, others)
	excluding := f.korean && !f.boolean && containsOf(question, "제외|빼고|말고")
	added := false
	tap := swiftTap(b.lang, f) // UIKit names its button actions didTap… (events.go)
	keyedMap := f.korean && !f.by.empty() && !f.count && mapWords(question)
	whenDoes := !f.boolean && !f.handler && f.verb != nil && !f.obj.empty() && f.kinds[0] && (f.korean && strings.Contains(question, "때") &&
		!containsOf(question, "인지|는지|은지|여부|지 확인|지 체크|지 검사") ||
		!f.korean && f.verb.eng && !checkLeads.has(f.verb.en()) && !asksYesNoEn(question))
	// (a function that cleans up expired cache entries: no isExpired)
	for i, k := range idiomKinds {
		letter := "fvct"[i]
		var cands []cand
		for _, id := range ids {
			if !strings.ContainsRune(id.kinds, rune(letter)) {
				continue
			}
			if f.event != nil && slices.ContainsFunc(f.event.nouns, saysWhat) && !slices.ContainsFunc(id.names, func(n []string) bool { return slices.ContainsFunc(n, saysWhat) }) {
				// 업로드가 실패했을 때 호출되는 콜백: what failed names the
				// handler (onUploadFailed), not the bare onError
				continue
			}
			// Nothing asked: the kinds built, and the line's own first kind
			// (the analysis may have read a function as a variable).
			want := f.kinds[i] || (!asked && (len(b.lists[i]) > 0 || id.kinds[0] == letter))
			if !want || f.cmp && letter != 'c' && letter != 't' {
				// a comparator's names know its criterion and direction
				// (sortfilter2.go); the lines' sortByPriority is the sort
				continue
			}
			ko, en := id.ko, id.en
			if ko == "" {
				ko = "이런 일에 개발자들이 흔히 쓰는 이름입니다."
			}
			if en == "" {
				en = "The name developers usually give this."
			}
			for _, n := range id.names {
				if letter == 'f' && tap || excluding && (yesNoWords.has(n[0]) || letter == 'v' && len(n) > 1 && strings.HasSuffix(n[0], "ed")) {
					continue
				}
				if (f.until != nil && f.until.asks || f.list && !f.boolean && (letter == 'v' || !f.kinds[0])) && yesNoWords.has(n[0]) {
					// 며칠 넘겼는지 asks how long, not whether (isOverdue); "slice
					// of claims awaiting review" asks for the claims (isPendingReview)
					continue
				}
				if f.boolean && !f.count && letter == 'f' && !yesNoWords.has(n[0]) && !checkLeads.has(n[0]) && verbTerm(n[0]) != nil && !strings.HasSuffix(n[0], "s") && !strings.HasSuffix(n[0], "ed") &&
					!slices.ContainsFunc(n, yesNoWords.has) {
					// "check if a coupon code has already been redeemed" asks
					// whether (was redeemCoupon, markCouponUsed first)
					continue
				}
				if f.list && !f.count && !f.boolean && letter == 'v' && len(n) == 1 && !countish(n[0]) && !collectionNoun.has(n[0]) && !manyWords.has(n[0]) && !strings.HasSuffix(n[0], "list") {
					// 소켓 디스크립터들을 담는 배열 asks for many (was socket)
					continue
				}
				if letter == 'v' && keyedMap && !slices.Contains(n, "by") {
					// 홀별 수용 인원 맵: a map by hall, no lone capacity
					continue
				}
				if letter == 'f' && whenDoes && yesNoWords.has(n[0]) {
					// 위치 권한 거부됐을 때 알림 띄우는 함수: the function shows
					// an alert; when is no yes/no asked (was isPermissionDenied)
					continue
				}
				if f.count && !f.boolean && letter == 'v' && !slices.ContainsFunc(n, countish) {
					// 열려 있는 탭 수 asks how many, not which (activeTab)
					continue
				}
				if letter == 'f' && !f.boolean && len(n) > 1 && (f.handler || f.count || f.verb.en() == "count") && (yesNoWords.has(n[0]) ||
					f.handler && strings.HasSuffix(n[0], "s") && verbTerm(strings.TrimSuffix(n[0], "s")) != nil && id.positive) {
					// 권한 거부됐을 때 호출되는 콜백, 임계치 넘으면 불리는
					// 콜백: a handler, no yes/no question (isPermissionDenied,
					// and exceedsThreshold beside isAboveThreshold); 유효기간
					// 지난 약 개수 세는 함수 asks how many (was is_expired first)
					continue
				}
				if letter == 'v' && (n[0] == "by" || len(n) > 1 && n[0] == "index" && n[1] == "by") && !f.thing().empty() {
					// 날짜별 걸음 수 딕셔너리: a map of named things says
					// them (stepCountsByDate, not byDate first)
					if n[0] != "by" {
						continue
					}
					n = cat([]string{objsSlot}, n)
				}
				if w := fillObj(n, f); len(w) > 0 {
					w = keyedIdiom(w, f, letter) // enphrase.go
					if letter == 'f' || letter == 't' && oneOf(w[len(w)-1], "job|worker|task") {
						w = pluralObject(w, f)
					}
					if n := len(w); (letter == 'c' || letter == 'v') && durationUnits.has(f.unit) {
						if spanWords.has(w[n-1]) && b.lang != naming.LangGo {
							// 세션 유지 시간(분): the unit asked stays (SESSION_TTL_MINUTES)
							w = cat(w, splitWords(f.unit))
						} else if n > 1 && durationUnits.has(w[n-1]) {
							// 경과시간 나노초로: the unit asked, not the line's (elapsed_ns; was elapsed_ms)
							w = cat(w[:n-1], splitWords(f.unit))
						}
					}
					if letter == 'f' && f.async && asyncSuffixed(b.lang, w) && !f.boolean && w[len(w)-1] != "async" {
						w = cat(w, []string{"async"}) // C#: SendPasswordResetEmailAsync
					}
					cands = append(cands, cand{words: w, ko: ko, en: en})
				}
			}
		}
		if len(cands) == 0 {
			continue
		}
		cands = qualifiedIdiom(letter, cands, f)
		old := b.take(k)
		for _, c := range cands {
			if len(b.lists[i]) >= idiomMax {
				break
			}
			b.add(k, c)
		}
		added = added || len(b.lists[i]) > 0
		b.putBack(k, old)
	}
	return added
}

// putBack appends names taken from kind k's list (b.take) after the ones
// put first, as many as fit.
func (b *builder) putBack(k naming.Kind, old []naming.Suggestion) {
	i := kindSlot(k)
	for _, s := range old {
		key := string(k) + "/" + naming.DedupeKey(s.Name)
		if len(b.lists[i]) >= perKind || b.seen[key] {
			continue
		}
		b.seen[key] = true
		b.lists[i] = append(b.lists[i], s)
	}
}

// spanWords name a span of time (its unit: durationUnits, refine.go).
const spanWords lazySet = `ttl timeout age lifetime interval delay duration window expiry period elapsed`

// pluralObject gives a line's own object the plural the question gives
// it (썸네일들 병렬로 만드는 함수: generateThumbnails, not the line's
// generateThumbnail; a job that syncs orders: SyncOrdersJob).
func pluralObject(w []string, f *frame) []string {
	t := f.thing()
	if !t.plural() || massy(t) || oneOf(w[0], "handle|on|did|will|should") {
		return w // (handle scroll for "when the user scrolls": an event, no plural)
	}
	h := t.nouns[t.head()]
	hw := h.words
	if len(hw) == 0 || !h.eng && !strings.HasPrefix(h.rest, "들") {
		return w // said plural, not read as one (사용자 이름 전체: the full name)
	}
	one := hw[len(hw)-1]
	many := pluralOf(h.t, one)
	if many == one || slices.Contains(w, many) {
		return w
	}
	for i := len(w) - 1; i > 0; i-- {
		if w[i] == one {
			return slices.Concat(w[:i], []string{many}, w[i+1:])
		}
	}
	return w
}

// fillObj puts the question's object, plural, in a name's {obj}; nil when
// the name has one and the question names no object.
func fillObj(n []string, f *frame) []string {
	var out []string
	for i, w := range n {
		if w != objSlot && w != objsSlot && w != thingsSlot && w != thingSlot {
			out = append(out, w)
			continue
		}
		t := f.thing()
		ow := t.words((w == objsSlot || t.plural() && w != thingSlot) && !massy(t))
		if w == thingsSlot {
			ow = t.nounWords(!massy(t))
		}
		for len(ow) > 0 && len(out) > 0 && ow[0] == out[len(out)-1] {
			ow = ow[1:] // reset {obj} with "reset form" read as the object: resetForm
		}
		for len(ow) > 1 && len(out) > 0 && (ow[0] == out[0]+"ed" || ow[0] == out[0]+"d") {
			ow = ow[1:] // sort {obj} with "sorted posts": sortPosts
		}
		ow = strings.Fields(strings.Join(ow, " ")) // a phrase read as one noun (items to delete: phraseHead)
		if slices.Contains(n, "isr") || slices.Contains(n, "interrupt") {
			// 습도센서 인터럽트 걸렸을 때 호출되는 콜백: the sensor's isr,
			// not interrupt_callback_isr; 버튼 눌렸을 때: button_isr, not
			// pressed_button_isr
			ow = slices.DeleteFunc(t.nounWords(false), func(w string) bool { return oneOf(w, "interrupt|callback|handler|irq|isr|routine") })
		}
		if len(ow) > 0 && ow[len(ow)-1] == "counts" {
			return nil // a count is no list of things (최근 가입한 회원 수: not new_signup_counts)
		}
		if len(out) > 0 && out[0] == "enqueue" {
			ow = workless(ow) // enqueue {obj}: the queue says it is work (enqueueWeeklyReport)
		}
		if rest := n[i+1:]; len(rest) > 0 && len(ow) > len(rest) && slices.Equal(ow[len(ow)-len(rest):], rest) {
			ow = ow[:len(ow)-len(rest)] // {things} to delete with "items to delete" read: the items
		}
		if len(ow) == 0 || slices.ContainsFunc(n[i+1:], func(x string) bool { return slices.Contains(ow, x) }) {
			// handle {obj} submit with the form submit button read as the
			// object: the line's own word again (HandleFormSubmitButtonSubmit)
			return nil
		}
		out = append(out, ow...)
	}
	return out
}

// syllableTraps are common words a one-syllable loanword token sits
// inside without meaning it: 뷰 in 리뷰, 폼 in 플랫폼, 락 in 연락처, 키 in
// 쿠키. The token holds only where none of them contains it.
var syllableTraps = listsText(`뷰: 리뷰 인터뷰 프리뷰;
	폼: 플랫폼;
	파티: 파티클 파티션;
	셀: 셀러 셀프 엑셀 캔슬 마르셀;
	락: 연락 하락 쾌락 부락 오락 락앤;
	키: 쿠키 키보드 키워드 스키 키우 키즈 위키 스티키 몽키 터키 키트 키오스크;
	핀: 스핀 핀셋 핀테크;
	큐: 바베큐 큐브 큐레이 아이큐 시큐 레스큐;
	맵: 맵다;
	앱: 스앱 랩앱;
	탭: 스탭 탭댄스;
	훅:;
	레이어: 플레이어 멀티플레이어;
	내: 꺼내 보내 내보내 안내 이내 내용 내부 내역 실내 국내 내일 내려 내리 내림 내장 내년 내기 시내 사내;
	만: 칼만 만들 만드 만료 만약 만원 만족 만점 만기 미만 만큼 만나 만화;
	일별: 메일별 타일별 요일별 파일별 모바일별;
	간: 시간 기간 공간 구간 순간 중간 주간 야간 간단 간편 연간 월간 일간 간식`)

// notStraddling: s occurs in the question somewhere other than from the
// last syllable of one word into the next (소문자 is not in 주소 문자열: it
// starts with 주소's last syllable and ends in 문자열).
func (iq *idiomQuestion) notStraddling(s string) bool {
	starts := iq.starts
	for from := 0; ; {
		i := strings.Index(iq.ko[from:], s)
		if i < 0 {
			return false
		}
		a, b := from+i, from+i+len(s)
		wordStart, lastSyllable := false, false
		for j, p := range starts {
			wordStart = wordStart || p == a
			// the last syllable of a Hangul word of two or more (주소)
			// before the next word; a verb's ending runs on (인증하지
			// 않은), and so does a unit after a number (3분 전)
			lastSyllable = lastSyllable || p > a && p < b && j > 0 && p-a == 3 && a-starts[j-1] >= 3 && allHangul(iq.ko[starts[j-1]:p]) &&
				!strings.Contains(endingSyllables, iq.ko[a:p])
		}
		if wordStart || !lastSyllable {
			return true
		}
		from = a + 1
	}
}

// endingSyllables end a word as a particle or an ending does, which a
// token may run on from (는작업: 압축하는 작업).
const endingSyllables = "는은을를한된인할될의에가이로와과도만던운린진낸든지고서게기면야요"

// syllableAt: s occurs in ko outside every trap word of syllableTraps.
func syllableAt(ko, s string) bool {
	for from := 0; ; {
		i := strings.Index(ko[from:], s)
		if i < 0 {
			return false
		}
		at := from + i
		trapped := false
		for _, w := range syllableTraps[s] {
			for j := strings.Index(w, s); j >= 0 && !trapped; {
				if at-j >= 0 && strings.HasPrefix(ko[at-j:], w) {
					trapped = true
				}
				k := strings.Index(w[j+1:], s)
				if k < 0 {
					break
				}
				j += 1 + k
			}
		}
		if !trapped {
			return true
		}
		from = at + len(s)
	}
}

// nJi: a syllable closed by ㄴ before 지 (필요한지, 유효한지, 된지), the
// -ㄴ지 ending of a yes/no question.
func nJi(s string) bool {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		prev := rs[i-1]
		if rs[i] != '지' || prev < hangulBase || prev > hangulLast || (prev-hangulBase)%28 != 4 || strings.ContainsRune("던편먼반만", prev) { // 던지는 throws; 편지, 먼지, 반지, 만지는: words
			continue
		}
		if i+1 < len(rs) && (rs[i+1] == '우' || rs[i+1] == '워' || rs[i+1] == '웠') {
			continue // 세션 지우는: erasing
		}
		if rest := string(rs[i+1:]); i+1 < len(rs) && (rs[i+1] >= '0' && rs[i+1] <= '9' || prefixOf(rest, "며칠|얼마|오래|한참|일주일|한달|한 달|몇|하루|일년|1년|N일")) {
			continue // 탈퇴한 지 30일 지난: time since, no question
		}
		return true
	}
	return false
}

// countish: a word that makes a name a count or a bound, or a plural
// (ordersToday, bytesWritten).
func countish(w string) bool { return countNameWords.has(w) || len(w) > 3 && strings.HasSuffix(w, "s") }

// countNameWords: words that make a name a count or a bound.
const countNameWords lazySet = `count num number total size length len capacity limit max min amount sum remaining left quota threshold tally
	quantity qty patience semaphore stock budget balance`

// saysWhat: a word that says what a handler handles, which a bare one
// (on error, handle webhook) lacks.
func saysWhat(w string) bool { return !bareHandlerWords.has(w) }

// bareHandlerWords make a handler name that says nothing of what it
// handles (on_error, handle_webhook, webhook_handler).
const bareHandlerWords lazySet = `on handle handler error failure fail failed webhook receive received process`

// manyWords name many things in one word (history, cache, data).
const manyWords lazySet = `history cache data metadata registry index map set table lookup pool batch backlog feed timeline catalog
	menu inbox outbox buffer log logs group team roster waitlist leaderboard ranking schedule calendar itinerary agenda
	selection favorites cart bag basket deque heap tree graph grid matrix vector dict dictionary hash config settings`

// checkLeads open a function that answers yes or no (verifyPassword,
// validateEmail).
const checkLeads lazySet = `verify validate check match contain exist equal ensure need support allow test compare count`

// qualifiedIdiom adds to a phrasebook line's names its first one said with
// what the question adds to it: the object of a bare verb (actionIdiom),
// whose a constant or a type is (ownedIdiom, ownedType), what a handler's
// event is about (eventIdiom).
func qualifiedIdiom(letter byte, cands []cand, f *frame) []cand {
	switch {
	case letter == 'f' && f.handler && f.event != nil:
		return eventIdiom(cands, f.event)
	case letter == 'f':
		return actionIdiom(cands, f)
	case letter == 'c' && !f.boolean:
		return ownedIdiom(cands, f)
	case letter == 't':
		return ownedType(cands, f)
	}
	return cands
}

// usualWith is words offered first beside the phrasebook's usual name, the
// reason saying what was added: whose it is, or what it is about.
func usualWith(words, usual []string, about bool) cand {
	u := strings.Join(usual, "_")
	if about {
		return cand{words: words, ko: "흔히 쓰는 이름(" + u + ")에 무엇의 일인지 붙인 형태입니다.", en: "The usual name (" + u + ") with what it is about."}
	}
	return cand{words: words, ko: "흔히 쓰는 이름(" + u + ")에 무엇의 것인지 붙인 형태입니다.", en: "The usual name (" + u + ") with whose it is."}
}

// actionIdiom: a line whose first name is the question's bare verb gets
// the verb with the question's object first (flushes buffered metrics:
// flushBufferedMetrics before the line's flush).
func actionIdiom(cands []cand, f *frame) []cand {
	v := f.verb
	if v == nil || v.t == nil || f.boolean || f.handler || len(cands[0].words) != 1 || cands[0].words[0] != v.t.en() {
		return cands
	}
	t := f.thing()
	ow := t.words(t.plural() && !massy(t))
	if len(ow) == 0 || slices.Contains(ow, v.t.en()) || allVague(ow) {
		return cands
	}
	return append([]cand{{words: cat(cands[0].words, ow), ko: "동작에 대상을 붙인 이름입니다.", en: "The action with what it acts on."}}, cands...)
}

// ownedIdiom: a phrasebook constant that names none of the question's
// nouns (CAPACITY for 엘리베이터 최대 탑승 인원) is first said with whose it
// is, the question's first noun (ELEVATOR_CAPACITY).
func ownedIdiom(cands []cand, f *frame) []cand {
	t := f.thing()
	if len(t.nouns) < 2 || t.nouns[0].t == nil || t.nouns[0].t.Class != 'n' {
		return cands
	}
	if n := t.nouns[0]; !isASCII(n.surface) && !slices.Contains(n.t.Korean, strings.TrimSuffix(n.surface, n.rest)) {
		return cands // 선택할 수 있는 최대 이미지 개수: no selection's (the verb read as a noun)
	}
	c := cands[0]
	for _, n := range t.nouns {
		for _, w := range n.words {
			if slices.Contains(c.words, w) || slices.Contains(c.words, plural(w)) {
				return cands
			}
		}
	}
	o := t.nouns[0].words
	if vagueWords.has(lastWord(o)) || len(c.words) > 2 {
		return cands
	}
	w := c.words
	if w[0] == "max" || w[0] == "min" {
		w = w[1:]
	}
	return append([]cand{usualWith(cat(o, w), c.words, false)}, cands...)
}

// eventIdiom: a phrasebook handler that names none of the event's nouns
// (onComplete for 드론 살포 작업 끝나면, OnPickup for 코인 먹었을 때) is said,
// third, with what the event is about: the first of its nouns that is no
// person or word the line's event implies (form for submit): onDroneComplete,
// OnCoinPickup (later passes may move it up). Put first, it cost more hits
// of the read and unseen sets than it gained; third, the read sets gained
// two (r2, r4) and one unseen set lost one (u3), which the note reports.
func eventIdiom(cands []cand, e *event) []cand {
	c := cands[0]
	if len(cands) < 3 || len(c.words) != 2 || c.words[0] != "on" && c.words[0] != "handle" || len(e.nouns) == 0 {
		return cands
	}
	var noun string
	for _, n := range e.nouns {
		for _, w := range strings.Fields(n) {
			if slices.Contains(c.words, w) {
				return cands
			}
		}
		if noun == "" && nounTerm(n) != nil && verbTerm(n) == nil && !vagueWords.has(n) && !actorNouns.has(n) && !plainEventNouns.has(n) {
			noun = n
		}
	}
	if noun == "" {
		return cands
	}
	return append(append(cands[:2:2], usualWith([]string{c.words[0], noun, c.words[1]}, c.words, true)), cands[2:]...)
}

const plainEventNouns lazySet = `form button field input item task work job event focus page screen data value text key`

// ownedType: a phrasebook type that is only the question's head noun
// (Config for the rate limiter's configuration) is first said with the
// nouns before it (RateLimiterConfig), as the question says whose it is.
func ownedType(cands []cand, f *frame) []cand {
	t := f.thing()
	n := len(t.nouns)
	if n < 2 || len(cands[0].words) != 1 || t.nouns[n-1].t == nil || len(t.mods) > 0 {
		return cands
	}
	head := t.nouns[n-1]
	if w := cands[0].words[0]; w != lastWord(head.words) && w != lastWord(head.t.Words) && !slices.Contains(head.t.Alt, w) && w != head.t.Abbr {
		return cands
	}
	var ws []string
	for _, x := range t.nouns[:n-1] {
		if x.t == nil || vagueWords.has(lastWord(x.words)) {
			return cands
		}
		ws = append(ws, x.words...)
	}
	return append([]cand{usualWith(cat(ws, cands[0].words), cands[0].words, false)}, cands...)
}
