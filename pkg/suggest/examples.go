package suggest

import (
	"regexp"
	"strings"
)

// This file takes out of a question what only illustrates it: quoted
// examples ('3분 전'처럼, "1.5 MB" 같은), member lists in parentheses
// ((카드, 계좌이체, 간편결제), (sender, text, timestamp)), slash lists of
// members (로딩/성공/에러 상태) and an English list after a colon
// (": pending, paid, shipped"). They are values or members of the thing
// to name, never its name.

var (
	reQuoted   = regexp.MustCompile(`(^|[\s(（:=~])('[^'\n]{1,40}'|"[^"\n]{1,40}"|“[^”\n]{1,40}”|‘[^’\n]{1,40}’|` + "`[^`\\n]{1,40}`" + `)`)
	reParen    = regexp.MustCompile(`[(（]([^()（）]*)[)）]`)
	reSlash    = regexp.MustCompile(`[^\s/(),]+(/[^\s/(),]+){2,}`)
	reColonLst = regexp.MustCompile(`:\s*[A-Za-z][\w-]*(\s*,\s*[A-Za-z][\w-]*)+\s*\.?\s*$`)
	reListSep  = regexp.MustCompile(`[,/·、]`)
)

// dropExamples removes illustrations from a question.
func dropExamples(q string) string {
	if !strings.ContainsAny(q, "'\"“‘`(（/:") {
		return q
	}
	q = reQuoted.ReplaceAllString(q, "$1 ")
	q = reParen.ReplaceAllStringFunc(q, func(p string) string {
		in := reParen.FindStringSubmatch(p)[1]
		if strings.Contains(in, "→") || strings.Contains(in, "->") {
			return " "
		}
		if !reListSep.MatchString(in) {
			return p
		}
		for _, part := range reListSep.Split(in, -1) {
			if len(strings.Fields(part)) > 2 {
				return p
			}
		}
		return " "
	})
	q = reSlash.ReplaceAllString(q, " ")
	q = reColonLst.ReplaceAllString(q, " ")
	return q
}

// readKinds reads a glossary noun that is the kind word with its request
// (클래스 이름 지어줘: the class, not a CSS class name).
func readKinds(items []item) []item {
	for i := range items {
		it := items[i]
		if it.t == nil || it.t.Class != 'n' || it.t.en() != "class name" || it.eng {
			continue
		}
		next := gNone
		for j := i + 1; j < len(items); j++ {
			if items[j].g != gStop {
				next = items[j].g
				break
			}
		}
		if next == gRequest || i == len(items)-1 {
			items[i] = item{g: gClass, surface: it.surface, known: true, part: it.part}
		}
	}
	return items
}

// asksInterface: the kind word is an interface.
func asksInterface(items []item) bool {
	for _, it := range items {
		if it.g == gClass {
			switch it.surface {
			case "인터페이스", "interface", "interfaces":
				return true
			}
		}
	}
	return false
}

func init() {
	// Words that qualify a kind word (sealed class, abstract class, static
	// method) say nothing about the name.
	for _, w := range strings.Fields("sealed abstract static partial final inner nested generic union extension single everything anything something nothing whatever go_wrong goes_wrong went_wrong") {
		if _, ok := enGrammar[strings.ReplaceAll(w, "_", " ")]; !ok {
			enGrammar[strings.ReplaceAll(w, "_", " ")] = gramWord{g: gStop}
		}
	}
	for _, w := range []string{"data class", "case class", "value class", "record class", "data type", "struct type"} {
		enGrammar[w] = gramWord{g: gClass}
	}
	enGrammar["enum class"] = gramWord{g: gEnum}
}
