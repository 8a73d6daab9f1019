package naming

import (
	"strings"
	"unicode/utf8"
)

// Small English and Korean grammar for the offline suggester's names and
// reasons. It only has to be right for the glossary's words and plausible
// for unknown ones.

var irregularPlurals = map[string]string{
	"person": "people", "child": "children", "data": "data", "info": "info",
	"metadata": "metadata", "money": "money", "news": "news", "feedback": "feedback",
	"stock": "stock", "inventory": "inventory", "music": "music", "config": "configs",
	"hp": "hp", "index": "indices", "matrix": "matrices", "vertex": "vertices",
	"criterion": "criteria", "analysis": "analyses", "statistics": "statistics",
}

// plural is the plural of an English noun.
func plural(w string) string {
	if p, ok := irregularPlurals[w]; ok {
		return p
	}
	n := len(w)
	switch {
	case n == 0:
		return w
	case n > 1 && w[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1] + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") ||
		strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// pluralPhrase pluralises the last word of a phrase.
func pluralPhrase(words []string) []string {
	if len(words) == 0 {
		return nil
	}
	out := append([]string{}, words...)
	last := strings.Fields(out[len(out)-1])
	last[len(last)-1] = plural(last[len(last)-1])
	out[len(out)-1] = strings.Join(last, " ")
	return out
}

// thirdPerson is "he ___s": calculates, fetches, copies.
func thirdPerson(v string) string {
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

var irregularParticiples = map[string]string{
	"send": "sent", "get": "got", "find": "found", "build": "built", "read": "read",
	"write": "written", "set": "set", "reset": "reset", "run": "run", "make": "made",
	"split": "split", "pay": "paid", "sell": "sold", "buy": "bought", "put": "put",
	"cut": "cut", "hide": "hidden", "begin": "begun", "choose": "chosen", "draw": "drawn",
	"show": "shown", "spread": "spread", "hold": "held", "keep": "kept", "load": "loaded",
	"display": "displayed", "play": "played",
}

// doubling verbs double their last consonant before -ed and -er.
var doubling = map[string]bool{
	"stop": true, "drop": true, "map": true, "swap": true, "submit": true, "scan": true,
	"ship": true, "zip": true, "unzip": true, "log": true, "tag": true, "plan": true,
	"skip": true, "trim": true, "crop": true, "wrap": true, "pin": true, "run": true,
	"plot": true, "chat": true, "shop": true, "format": true,
}

// participle is "it was ___": sorted, saved, copied, sent.
func participle(v string) string {
	if p, ok := irregularParticiples[v]; ok {
		return p
	}
	n := len(v)
	switch {
	case doubling[v]:
		return v + v[n-1:] + "ed"
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2])):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

var irregularAgents = map[string]string{
	"get": "provider", "filter": "filter", "log": "logger", "map": "mapper",
	"format": "formatter", "search": "searcher", "save": "repository", "store": "store",
	"sort": "sorter", "print": "printer", "render": "renderer", "process": "processor",
	"handle": "handler", "convert": "converter", "export": "exporter", "import": "importer",
	"compress": "compressor", "encrypt": "encryptor", "decrypt": "decryptor",
	"count": "counter", "check": "checker", "track": "tracker", "schedule": "scheduler",
	"crawl": "crawler", "detect": "detector", "predict": "predictor", "collect": "collector",
	"display": "display", "play": "player", "create": "factory", "build": "builder",
	"update": "updater", "delete": "deleter", "remove": "remover", "fetch": "fetcher",
}

// agent is the noun for what does an action: calculator, validator, parser.
func agent(v string) string {
	if a, ok := irregularAgents[v]; ok {
		return a
	}
	n := len(v)
	switch {
	case strings.HasSuffix(v, "ate"):
		return v[:n-1] + "or"
	case strings.HasSuffix(v, "e"):
		return v + "r"
	case doubling[v]:
		return v + v[n-1:] + "er"
	}
	return v + "er"
}

// hasBatchim reports whether a Korean word ends in a final consonant, which
// picks the particle (을/를, 이/가, 은/는). ok is false when the last letter
// is not Hangul (an English word), where both forms are shown.
func hasBatchim(word string) (batchim, ok bool) {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(word))
	if r < 0xAC00 || r > 0xD7A3 {
		return false, false
	}
	return (r-0xAC00)%28 != 0, true
}

// josa attaches the right particle: josa("합계", "을", "를") is "합계를".
func josa(word, withBatchim, without string) string {
	b, ok := hasBatchim(word)
	switch {
	case !ok:
		return word + withBatchim + "(" + without + ")"
	case b:
		return word + withBatchim
	}
	return word + without
}
