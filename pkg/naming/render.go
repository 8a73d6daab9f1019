package naming

import (
	"strconv"
	"strings"
)

// kindHeading is a section title of Answer.Text.
func kindHeading(k Kind, korean bool) string {
	if korean {
		switch k {
		case KindFunction:
			return "함수"
		case KindVariable:
			return "변수"
		case KindConstant:
			return "상수"
		case KindClass:
			return "클래스"
		}
	}
	switch k {
	case KindFunction:
		return "Functions"
	case KindVariable:
		return "Variables"
	case KindConstant:
		return "Constants"
	}
	return "Classes"
}

// renderSuggestions writes one section per kind, in kindOrder, each a
// numbered list of "name — reason" lines. Suggestions must already be
// grouped by kind.
func renderSuggestions(b *strings.Builder, sugs []Suggestion, korean bool) {
	for _, k := range kindOrder {
		n := 0
		for _, s := range sugs {
			if s.Kind != k {
				continue
			}
			if n == 0 {
				if b.Len() > 0 {
					b.WriteString("\n")
				}
				b.WriteString(kindHeading(k, korean))
				b.WriteString("\n")
			}
			n++
			b.WriteString(strconv.Itoa(n))
			b.WriteString(". ")
			b.WriteString(s.Name)
			if s.Reason != "" {
				b.WriteString(" — ")
				b.WriteString(s.Reason)
			}
			b.WriteString("\n")
		}
	}
}
