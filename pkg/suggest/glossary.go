package suggest

import (
	"bufio"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
)

// The glossary is data: glossary/*.tsv, one term a line (UTF-8, '#' starts
// a comment line), five tab-separated columns:
//
//	english        identifier words, lower-case, space-separated ("bank account")
//	class          n noun, v verb, a adjective or state, u unit
//	korean         comma-separated; verbs and adjectives in dictionary form
//	               (추가하다, 가져오다, 비어 있다), nouns with or without spaces
//	english_forms  comma-separated lemmas or phrases a question may use
//	notes          semicolon-separated: pl=children, mass, pp=sent, ing=running,
//	               alt=append, abbr=id, suffix=ms, opp=inactive, ko_adn=추가하는
//
// It is parsed once, on first use (Lambda functions that never answer
// offline never pay for it). The binary holds the files bzip2-compressed, in data.bz2
// (glossaryFS, data.go): after editing one, run go generate ./pkg/suggest.

// Term is one glossary line.
type Term struct {
	Words  []string // identifier words
	Class  byte     // 'n', 'v', 'a' or 'u'
	Korean []string
	Forms  []string
	Plural string // irregular or fixed plural (pl=)
	Mass   bool   // no plural (data, information)
	PP     string // past participle (pp=)
	Ing    string // -ing form (ing=)
	Alt    []string
	Abbr   string
	Suffix string // units: the identifier suffix (ms, seconds)
	Opp    string
	KoAdn  string // Korean adnominal for reasons (추가하는)
}

// ko is how a reason names the term in Korean.
func (t *Term) ko() string {
	if len(t.Korean) == 0 {
		return strings.Join(t.Words, " ")
	}
	k := t.Korean[0]
	if t.Class == 'v' || t.Class == 'a' {
		k = strings.TrimSuffix(k, "다")
	}
	return capAcronyms(k)
}

// capAcronyms writes the acronyms of a Korean reason in capitals (api 호출,
// 사용자 id: API 호출, 사용자 ID).
func capAcronyms(k string) string {
	if !strings.ContainsFunc(k, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
		return k
	}
	ws := strings.Fields(k)
	for i, w := range ws {
		if oneOf(w, koAcronyms) {
			ws[i] = strings.ToUpper(w)
		}
	}
	return strings.Join(ws, " ")
}

// koAcronyms are acronyms a Korean reason writes in capitals: the
// glossary's Korean forms and questions write some in lower case.
const koAcronyms = "id|url|uri|api|http|https|ui|ux|ssl|sql|qr|ip|iam|fps|dns|csv|csrf|cpu|gpu|bps|db|pdf|jwt|os|s3|aws|sms|otp|json|yaml|toml|xml|html|dto|ajax|uuid|gps"

// en is the term's English words, space-separated. Not inlined
// (//go:noinline): ~160 call sites, ~8 KB of chatsend (see splitWords).
//
//go:noinline
func (t *Term) en() string { return strings.Join(t.Words, " ") }

// koMatch is what a Korean surface form stands for.
type koMatch struct {
	t    *Term
	form vform // for verbs and adjectives: which conjugated form
	ben  bool  // a benefactive form (conj.ben): after the verbs listed with that form
}

type glossary struct {
	terms    []*Term
	ko       map[string][]koMatch // compact (no spaces) surface -> matches
	koMax    int                  // longest key, in runes
	en       map[string][]*Term   // lower-case phrase -> terms
	enMax    int                  // longest phrase, in words
	digitLed []string             // digit-led Korean forms' starts (16진수, 2단계)
	dups     []string             // english words defined twice with the same class
	bad      []string             // lines that could not be read
}

var (
	glossOnce sync.Once
	glossData *glossary
)

// loadGlossary parses the embedded glossary once.
func loadGlossary() *glossary {
	glossOnce.Do(func() {
		g, err := parseGlossary(glossaryFS)
		if err != nil {
			// The files are embedded and tested; an unreadable glossary
			// leaves the grammar alone, which still answers plainly.
			g = &glossary{ko: map[string][]koMatch{}, en: map[string][]*Term{}, bad: []string{err.Error()}}
		}
		glossData = g
	})
	return glossData
}

func parseGlossary(fsys fs.FS) (*glossary, error) {
	files, err := fs.Glob(fsys, "glossary/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("glossary: list files: %w", err)
	}
	sort.Strings(files)
	files = casualLast(files)
	g := &glossary{ko: map[string][]koMatch{}, en: map[string][]*Term{}}
	seen := map[string]bool{}
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("glossary: read %s: %w", f, err)
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
		line := 0
		for sc.Scan() {
			line++
			t, ok, err := parseTermLine(sc.Text())
			if err != nil {
				g.bad = append(g.bad, fmt.Sprintf("%s:%d: %v", f, line, err))
				continue
			}
			if !ok {
				continue
			}
			key := t.en() + "/" + string(t.Class)
			if seen[key] {
				g.dups = append(g.dups, key)
				// Later lines add forms to the first definition.
				for _, x := range g.terms {
					if x.en()+"/"+string(x.Class) == key {
						x.Korean = appendNew(x.Korean, t.Korean...)
						x.Forms = appendNew(x.Forms, t.Forms...)
						break
					}
				}
				continue
			}
			seen[key] = true
			g.terms = append(g.terms, t)
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("glossary: scan %s: %w", f, err)
		}
	}
	for _, t := range g.terms {
		g.index(t)
	}
	return g, nil
}

func appendNew(list []string, add ...string) []string {
	for _, a := range add {
		found := false
		for _, x := range list {
			if x == a {
				found = true
				break
			}
		}
		if !found {
			list = append(list, a)
		}
	}
	return list
}

// parseTermLine reads one line; ok is false for blank and comment lines.
func parseTermLine(s string) (*Term, bool, error) {
	s = strings.TrimRight(s, "\r")
	if strings.TrimSpace(s) == "" || strings.HasPrefix(strings.TrimSpace(s), "#") {
		return nil, false, nil
	}
	cols := strings.Split(s, "\t")
	if len(cols) < 2 {
		return nil, false, fmt.Errorf("want 5 tab-separated columns, got %d", len(cols))
	}
	for len(cols) < 5 {
		cols = append(cols, "")
	}
	t := &Term{Words: strings.Fields(strings.ToLower(cols[0]))}
	if len(t.Words) == 0 {
		return nil, false, fmt.Errorf("empty english column")
	}
	for _, w := range t.Words {
		if !isIdentWord(w) {
			return nil, false, fmt.Errorf("english %q: want lower-case ASCII words", cols[0])
		}
	}
	switch c := strings.TrimSpace(cols[1]); c {
	case "n", "v", "a", "u":
		t.Class = c[0]
	default:
		return nil, false, fmt.Errorf("class %q: want n, v, a or u", c)
	}
	t.Korean = splitList(cols[2], ",")
	for _, f := range splitList(cols[3], ",") {
		t.Forms = append(t.Forms, strings.Join(strings.Fields(strings.ToLower(f)), " "))
	}
	for _, n := range splitList(cols[4], ";") {
		k, v, _ := strings.Cut(n, "=")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		switch k {
		case "pl":
			t.Plural = v
		case "mass":
			t.Mass = true
		case "pp":
			t.PP = v
		case "ing":
			t.Ing = v
		case "alt":
			t.Alt = append(t.Alt, splitList(v, ",")...)
		case "abbr":
			t.Abbr = v
		case "suffix":
			t.Suffix = v
		case "opp":
			t.Opp = v
		case "ko_adn":
			t.KoAdn = v
		}
	}
	return t, true, nil
}

func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func isIdentWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return w != ""
}

// index adds a term's Korean and English forms to the lookup maps.
func (g *glossary) index(t *Term) {
	addKo := func(form string, m koMatch) {
		key := compact(form)
		if key == "" {
			return
		}
		for _, x := range g.ko[key] {
			if x.t == m.t && x.form == m.form {
				return
			}
		}
		if i := slices.IndexFunc(g.ko[key], func(x koMatch) bool { return x.ben }); i >= 0 && !m.ben {
			g.ko[key] = append(g.ko[key][:i:i], append([]koMatch{m}, g.ko[key][i:]...)...) // 나눠주다 (distribute) before 나누다's 나눠주다
		} else {
			g.ko[key] = append(g.ko[key], m)
		}
		if n := len([]rune(key)); n > g.koMax {
			g.koMax = n
		}
	}
	for _, k := range t.Korean {
		if (t.Class == 'v' || t.Class == 'a') && strings.HasSuffix(k, "다") && len([]rune(compact(k))) >= 2 {
			ben := ""
			if inf := infinitive(strings.TrimSuffix(compact(k), "다")); inf != "" {
				ben = inf + "주" // the benefactive: 바꿔주다 of 바꾸다
			}
			for _, c := range conjugate(compact(k)) {
				isBen := ben != "" && strings.HasPrefix(c.surface, ben)
				if isBen && t.Class == 'a' {
					continue // a state takes no benefactive: 보여주다 is show, not visible
				}
				addKo(c.surface, koMatch{t: t, form: c.form, ben: isBen})
			}
			continue
		}
		addKo(k, koMatch{t: t, form: formNoun})
		if k != "" && k[0] >= '0' && k[0] <= '9' {
			// 16진수, 2단계 인증: the digits and up to two syllables read
			// as one Hangul word (tokenize)
			p := strings.TrimLeft(k, "0123456789")
			h := []rune(strings.Fields(p + " ")[0])
			p = k[:len(k)-len(p)] + string(h[:min(2, len(h))])
			g.digitLed = appendNew(g.digitLed, p)
		}
	}
	addEn := func(p string) {
		p = strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(p, "_", " "))), " ")
		if p == "" {
			return
		}
		for _, x := range g.en[p] {
			if x == t {
				return
			}
		}
		g.en[p] = append(g.en[p], t)
		if n := len(strings.Fields(p)); n > g.enMax {
			g.enMax = n
		}
	}
	addEn(t.en())
	for _, f := range t.Forms {
		addEn(f)
	}
}

// compact drops the spaces of a Korean form: 이진 탐색 트리 and 이진탐색트리
// are one key.
func compact(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// casualLast moves glossary/casual.tsv to the end: its lines mostly add
// everyday forms (긁어오다, 넘기다) to terms defined in the other files, and
// a term keeps the notes and first Korean form of its main definition.
func casualLast(files []string) []string {
	out := make([]string, 0, len(files))
	var casual []string
	for _, f := range files {
		if strings.HasSuffix(f, "/casual.tsv") {
			casual = append(casual, f)
			continue
		}
		out = append(out, f)
	}
	return append(out, casual...)
}
