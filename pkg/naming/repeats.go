package naming

import (
	"regexp"
	"strconv"
	"strings"
)

// GivenNames is the set of names a room has already been given, compared
// as dedupeKey compares them (case and separators aside: user_id and
// userId are one name).
type GivenNames map[string]bool

// Add records the names of earlier suggestions.
func (g GivenNames) Add(sugs []Suggestion) {
	for _, s := range sugs {
		g[dedupeKey(s.Name)] = true
	}
}

// Has reports whether name was given before.
func (g GivenNames) Has(name string) bool { return g[dedupeKey(name)] }

// minFresh is how many names of a kind an answer should carry; fewer left
// after repeats are removed is said in the text.
const minFresh = 3

// itemLine is a numbered line of renderSuggestions: "1. name — reason".
var itemLine = regexp.MustCompile(`^\d+\. (\S+)( — .*)?$`)

// WithoutGiven removes from a the names given earlier in the room, and
// says so in its text: the numbered lines of the removed names go, the
// remaining lines of each section are renumbered, sections left empty lose
// their heading, and a closing line counts what was removed and names the
// kinds left with fewer than three new names. An answer with nothing
// given before is returned as it is.
func WithoutGiven(a Answer, given GivenNames, question string) Answer {
	if len(given) == 0 || len(a.Suggestions) == 0 {
		return a
	}
	var kept []Suggestion
	removed := map[string]bool{}
	var carried, left [4]int
	for _, s := range a.Suggestions {
		i := kindIndex(s.Kind)
		if i >= 0 {
			carried[i]++
		}
		if given.Has(s.Name) {
			removed[s.Name] = true
			continue
		}
		if i >= 0 {
			left[i]++
		}
		kept = append(kept, s)
	}
	if len(removed) == 0 {
		return a
	}
	korean := QuestionIsKorean(question)
	if kept == nil {
		kept = []Suggestion{}
	}
	a.Suggestions = kept
	var b strings.Builder
	b.WriteString(dropLines(a.Text, removed, korean))
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	n := strconv.Itoa(len(removed))
	if korean {
		b.WriteString("이 방에서 이미 추천한 이름 " + n + "개는 뺐습니다.")
	} else {
		b.WriteString("Left out " + n + " name(s) this room was already given.")
	}
	// Only the kinds the answer carried count: a question about functions
	// is not short of classes.
	var short []string
	for i, k := range kindOrder {
		if carried[i] > 0 && left[i] < minFresh {
			short = append(short, kindHeading(k, korean)+" "+strconv.Itoa(left[i]))
		}
	}
	if len(short) > 0 {
		if korean {
			b.WriteString(" 새 이름이 3개보다 적어요 (" + strings.Join(short, ", ") + "개). 다른 말로 물어보면 더 찾아볼게요.")
		} else {
			b.WriteString(" Fewer than 3 new names (" + strings.Join(short, ", ") + "). Ask in other words for more.")
		}
	}
	a.Text = b.String()
	return a
}

// dropLines removes the numbered lines of the removed names from a text
// written by renderSuggestions (with anything before or after it kept as
// written), renumbers each section, and drops a heading whose section was
// emptied.
func dropLines(text string, removed map[string]bool, korean bool) string {
	headings := map[string]bool{}
	for _, k := range kindOrder {
		headings[kindHeading(k, korean)] = true
	}
	lines := strings.Split(text, "\n")
	var out []string
	heading := -1 // index in out of the current section's heading
	n := 0        // items kept in the current section
	for _, line := range lines {
		if headings[line] {
			if heading >= 0 && n == 0 {
				out = out[:heading]
			}
			heading, n = len(out), 0
			out = append(out, line)
			continue
		}
		m := itemLine.FindStringSubmatch(line)
		if m == nil {
			if strings.TrimSpace(line) == "" {
				if heading >= 0 && n == 0 {
					continue // an emptied section's blank line
				}
			} else if heading >= 0 {
				// Prose after a section (the note) ends the section.
				if n == 0 {
					out = out[:heading]
				}
				heading = -1
			}
			out = append(out, line)
			continue
		}
		if removed[m[1]] {
			continue
		}
		n++
		out = append(out, strconv.Itoa(n)+". "+m[1]+m[2])
	}
	if heading >= 0 && n == 0 {
		out = out[:heading]
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}
