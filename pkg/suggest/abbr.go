package suggest

import (
	"slices"
	"strings"
	"sync"

	"namebot/pkg/naming"
)

// Languages whose style uses short forms (Go's conn, ctx, buf; C's len,
// idx; Rust's cfg, msg) get the abbreviated form of a name as a later
// suggestion: the full words stay the default, except C's len, which C's
// reviewers write first (addAbbreviated).

// abbrLangs use short forms in identifiers.
var abbrLangs = map[naming.Language]bool{naming.LangGo: true, naming.LangC: true, naming.LangRust: true, naming.LangCPP: true}

// abbrFixed are the short forms reviewers expect whatever the glossary
// says; temporary is not one (tmp names nothing).
const abbrFixed lazyPairs = "connection=conn, buffer=buf, context=ctx, config=cfg, configuration=cfg, message=msg, request=req, response=res, index=idx, length=len, number=num, channel=chan"

// abbrSkip are glossary short forms that are not offered as alternatives.
const abbrSkip lazySet = `temporary automatic integer string power logarithm`

var (
	abbrOnce sync.Once
	abbrMap  map[string]string
)

// abbreviations: one identifier word → its short form (glossary abbr= of
// one-word terms, and abbrFixed).
func abbreviations() map[string]string {
	abbrOnce.Do(func() {
		abbrMap = map[string]string{}
		for _, t := range loadGlossary().terms {
			if t.Abbr != "" && len(t.Words) == 1 && !strings.Contains(t.Abbr, " ") && !abbrSkip.has(t.Words[0]) && t.Abbr != t.Words[0] {
				abbrMap[t.Words[0]] = t.Abbr
			}
		}
		for w, a := range abbrFixed.all() {
			abbrMap[w] = a
		}
	})
	return abbrMap
}

// addAbbreviated puts the short form of each kind's first name second
// (first in C when it says len).
func (b *builder) addAbbreviated() {
	if !abbrLangs[b.lang] {
		return
	}
	ab := abbreviations()
	for i, l := range b.lists {
		if len(l) == 0 {
			continue
		}
		first := l[0]
		words := naming.Split(strings.TrimSuffix(first.Name, "?"))
		changed := false
		short := make([]string, len(words))
		for j, w := range words {
			lw := strings.ToLower(w)
			short[j] = lw
			if a, ok := ab[lw]; ok {
				short[j], changed = a, true
			} else if one, pl := singular(lw); pl {
				if a, ok := ab[one]; ok && !strings.Contains(a, " ") {
					short[j], changed = a+"s", true // conns, chs, msgs
				}
			}
		}
		if !changed {
			continue
		}
		name := b.room.Format(first.Kind, short)
		key := string(first.Kind) + "/" + naming.DedupeKey(name)
		if b.room.Validate(first.Kind, name) != nil || b.seen[key] {
			continue
		}
		b.seen[key] = true
		reason := "Same name with the usual short forms."
		if b.korean {
			reason = "흔히 쓰는 약어로 줄인 같은 이름입니다."
		}
		s := naming.Suggestion{Kind: first.Kind, Name: name, Reason: reason}
		nl := append([]naming.Suggestion{first, s}, l[1:]...)
		if b.lang == naming.LangC && slices.Contains(short, "len") && !slices.Contains(words, "len") {
			// C writes len (MAX_USERNAME_LEN): the read sets' C reviewers
			// wrote len 47 times, length 10
			nl[0], nl[1] = s, first
		}
		if len(nl) > perKind {
			nl = nl[:perKind]
		}
		b.lists[i] = nl
	}
}

// goDurations: Go holds a span of time in a time.Duration, which carries
// its unit (30 * time.Second), so its names carry none: every name of a
// span loses its unit (defaultTimeout before defaultTimeoutSeconds), and
// the fullest name with the unit the question gave stays third
// (tokenTTLHours). It runs last, over the names every pass has added.
func (b *builder) goDurations() {
	if b.lang != naming.LangGo {
		return
	}
	for i, l := range b.lists {
		b.lists[i] = b.unitless(l)
		u := -1
		for j, x := range l {
			if ws := lowerWords(x.Name); timeUnitWords.has(lastWord(ws)) && (u < 0 || len(ws) > len(lowerWords(l[u].Name))) {
				u = j
			}
		}
		if u >= 0 {
			b.putThird(l[u].Kind, lowerWords(l[u].Name), l[u].Reason, l[u].Reason)
		}
	}
}

const timeUnitWords lazySet = `seconds secs sec ms millis milliseconds minutes mins hours days`

// unitless: Go names of spans of time without their unit (a
// time.Duration carries it), duplicates left out.
func (b *builder) unitless(l []naming.Suggestion) []naming.Suggestion {
	var out []naming.Suggestion
	seen := map[string]bool{}
	for _, x := range l {
		if ws := lowerWords(x.Name); len(ws) > 1 && (x.Kind == naming.KindVariable || x.Kind == naming.KindConstant) && timeUnitWords.has(ws[len(ws)-1]) {
			if name := b.room.Format(x.Kind, ws[:len(ws)-1]); b.room.Validate(x.Kind, name) == nil {
				x.Name = name
			}
		}
		if k := naming.DedupeKey(x.Name); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}
