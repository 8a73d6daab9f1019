package naming

import (
	"strings"
	"unicode/utf8"
)

// Limits of ParseAnswer. They bound time and memory on hostile output: all
// the work below is linear in the input, and the input is cut first.
const (
	maxParseBytes  = 256 << 10 // input beyond this is ignored
	maxPerKind     = 8         // names kept per kind
	maxReasonRunes = 200
	maxNoteRunes   = 300
	maxTextRunes   = 2000 // Answer.Text when the answer has no usable name
	maxRawItems    = 400  // candidate names examined
	maxTextLines   = 4000
	maxLineBytes   = 2000
)

// rawItem is a candidate name as the model wrote it.
type rawItem struct {
	kind   Kind // "" when the answer did not say; inferred from the name
	name   string
	reason string
}

// collected is what one reading of the answer found.
type collected struct {
	items      []rawItem
	note       string
	structured bool // JSON with keys namebot recognises
}

func (c *collected) add(kind Kind, name, reason string) {
	if len(c.items) < maxRawItems {
		c.items = append(c.items, rawItem{kind: kind, name: name, reason: reason})
	}
}

// ParseAnswer turns a model's raw answer into checked suggestions.
//
// It reads, in this order of preference:
//
//   - JSON of the shape the prompt asks for ({"functions":[{"name","reason"}],
//     "variables":[...],"constants":[...],"classes":[...],"note":"..."}), also
//     inside ```json fences or prose, cut short, with missing or extra keys,
//     with other key names ("function_names", "vars", "methods", "description",
//     "explanation"...), as a flat list of {"kind","name","reason"}, as
//     {"name": "reason"} maps or as plain strings;
//   - otherwise numbered or bulleted text ("1. `calculateTotal` - 합계를 계산",
//     "- get_user_list: returns ..."), taking the kind from the nearest
//     heading (함수/Functions, 변수/Variables, 상수/Constants, 클래스/Classes).
//
// Where the answer does not say the kind, it is inferred from the name:
// SCREAMING_SNAKE is a constant, PascalCase a class, a leading verb a
// function, anything else a variable. Every name then goes through Fix: valid
// names are kept, names in the wrong case that consist of word characters are
// re-cased (the reason kept), anything else is dropped. Surrounding backticks
// and a trailing "()" are markdown, not part of the name, and are removed
// first. Duplicates are dropped, at most 8 names are kept per kind, reasons
// are cleaned of control characters and cut to 200 runes.
//
// ErrMalformed is returned only when raw has no text at all (empty, white
// space, or no letter or digit). An answer with text but no usable name
// returns Answer{Text: its text (the JSON note if it had one), cut to 2000
// runes} and a nil error. Otherwise Text renders the suggestions as
// sections per kind of "1. name — reason" lines, with any note after them,
// in Korean when the question is Korean.
func ParseAnswer(spec Spec, question, raw string) (Answer, error) {
	return ParseAnswerHint(spec, question, raw, Hint{})
}

// ParseAnswerHint is ParseAnswer holding the names to what the analysis of
// the question found (see HoldToHint) before the text is rendered.
func ParseAnswerHint(spec Spec, question, raw string, h Hint) (Answer, error) {
	if len(raw) > maxParseBytes {
		raw = raw[:maxParseBytes]
	}
	if strings.TrimSpace(raw) == "" || !hasText(raw) {
		return Answer{}, ErrMalformed
	}
	korean := QuestionIsKorean(question)
	rs := resolve(spec)

	c := collectJSON(raw)
	if c == nil || len(c.items) == 0 {
		t := collectText(raw)
		if c == nil || len(t.items) > 0 {
			note := ""
			if c != nil {
				note = c.note
			}
			c = t
			c.note = note
		}
	}
	asked := explicitKind(question)
	if k := pickedKind(spec); k != "" {
		asked = k // a picked chip says which kind an unlabelled name is
	}
	sugs := FirstPicked(spec, finalize(rs, c.items, asked))
	if len(sugs) == 0 {
		text := cleanText(c.note, maxTextRunes)
		if text == "" {
			text = cleanText(raw, maxTextRunes)
		}
		if text == "" {
			return Answer{}, ErrMalformed
		}
		return Answer{Text: text}, nil
	}
	sugs = HoldToHint(sugs, h)
	var b strings.Builder
	renderSuggestions(&b, sugs, korean)
	if c.note != "" {
		b.WriteString("\n")
		b.WriteString(c.note)
	}
	return Answer{Suggestions: sugs, Text: strings.TrimRight(b.String(), "\n")}, nil
}

// finalize checks and re-cases the candidates, drops duplicates and caps
// each kind, keeping the model's order.
//
// An item whose answer named no kind takes the one kind the question asked
// for by name ("변수명 추천해줘"), and only when the question named none or
// several is the kind read from the name's shape.
func finalize(rs *resolved, items []rawItem, asked Kind) []Suggestion {
	var lists [4][]Suggestion
	var seen [4]map[string]bool
	for _, it := range items {
		name := strings.TrimSpace(it.name)
		if len(name) > 2*MaxNameLen+4 {
			continue
		}
		if len(name) > 2 && name[0] == '`' && name[len(name)-1] == '`' {
			name = strings.TrimSpace(name[1 : len(name)-1])
		}
		name = strings.TrimSuffix(name, "()")
		if name == "" {
			continue
		}
		kind := it.kind
		if !kind.Valid() {
			kind = asked
		}
		if !kind.Valid() {
			kind = inferKind(name)
		}
		i := kindIndex(kind)
		if len(lists[i]) >= maxPerKind {
			continue
		}
		fixed, err := rs.fix(kind, name)
		if err != nil {
			continue
		}
		key := dedupeKey(fixed)
		if seen[i] == nil {
			seen[i] = map[string]bool{}
		}
		if seen[i][key] {
			continue
		}
		seen[i][key] = true
		lists[i] = append(lists[i], Suggestion{Kind: kind, Name: fixed, Reason: cleanLine(plainReason(it.reason), maxReasonRunes)})
	}
	var out []Suggestion
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// markup is what models wrap words in; a reason is shown as plain text.
var markup = strings.NewReplacer("**", "", "__", "", "`", "", " | ", " ", "|", " ")

// plainReason removes markdown emphasis, code marks and table bars from a
// reason, and the separators left at its ends.
func plainReason(s string) string {
	return trimSep(markup.Replace(s))
}

// explicitKind is the one kind a question asks for by name ("함수 이름",
// "variable names"), or "" when it names none or more than one.
func explicitKind(question string) Kind {
	var found Kind
	l := strings.ToLower(question)
	for _, h := range headingKinds {
		if !strings.Contains(l, h.word) {
			continue
		}
		if found != "" && found != h.kind {
			return ""
		}
		found = h.kind
	}
	return found
}

// inferKind guesses what a bare name is for from its shape.
func inferKind(name string) Kind {
	if strings.HasPrefix(name, "$") {
		return KindVariable
	}
	words := Split(name)
	if len(words) == 0 {
		return KindVariable
	}
	if ScreamingSnakeCase.Matches(name) && (strings.Contains(name, "_") || len(name) > 1 && !isInitialism(strings.ToLower(name))) {
		return KindConstant
	}
	if isUpperASCII(name[0]) {
		return KindClass
	}
	if leadingVerbs[words[0]] {
		return KindFunction
	}
	return KindVariable
}

// collectJSON finds the JSON in an answer: in fenced blocks, from the first
// '{' (and the next one, in case the first belongs to prose) and from the
// first '['. It returns the reading with the most names, else the first with
// recognised keys, else nil. At most six readings, each linear.
func collectJSON(raw string) *collected {
	var cands []string
	rest := raw
	for range 3 {
		j := strings.Index(rest, "```")
		if j < 0 {
			break
		}
		after := rest[j+3:]
		nl := strings.IndexByte(after, '\n')
		if nl < 0 {
			break
		}
		body := after[nl+1:]
		end := strings.Index(body, "```")
		if end < 0 {
			cands = append(cands, body)
			break
		}
		cands = append(cands, body[:end])
		rest = body[end+3:]
	}
	if i := strings.IndexByte(raw, '{'); i >= 0 {
		cands = append(cands, raw[i:])
		if k := strings.IndexByte(raw[i+1:], '{'); k >= 0 {
			cands = append(cands, raw[i+1+k:])
		}
	}
	if i := strings.IndexByte(raw, '['); i >= 0 {
		cands = append(cands, raw[i:])
	}
	var best, fallback *collected
	for _, s := range cands {
		k := strings.IndexAny(s, "{[")
		if k < 0 {
			continue
		}
		tree := decodeTree(s[k:])
		if tree == nil {
			continue
		}
		c := &collected{}
		budget := maxJSONNodes
		c.walk(tree, "", 0, &budget)
		if len(c.items) > 0 && (best == nil || len(c.items) > len(best.items)) {
			best = c
		}
		if c.structured && fallback == nil {
			fallback = c
		}
	}
	if best != nil {
		return best
	}
	return fallback
}

// nameKeys are keys holding a name; some also say the kind.
var nameKeys = kindsOf(map[Kind]string{
	"":           `name identifier suggestion suggestedname candidate 이름`,
	KindFunction: `functionname methodname funcname 함수명`,
	KindVariable: `variablename varname 변수명`,
	KindConstant: `constantname constname 상수명`,
	KindClass:    `classname typename 클래스명`,
})

var reasonKeys = setOf(`reason reasons description desc explanation why rationale comment note detail details meaning purpose usage 이유 설명 근거`)

var kindKeys = setOf(`kind type category 종류 분류`)

var noteKeys = setOf(`note notes comment comments explanation summary message tip tips advice remark remarks 참고 설명 메모 비고`)

// walk collects items from a JSON tree. kind is the kind the enclosing key
// named, or "".
func (c *collected) walk(n *jnode, kind Kind, depth int, budget *int) {
	if n == nil || depth > maxJSONDepth || *budget <= 0 || len(c.items) >= maxRawItems {
		return
	}
	*budget--
	switch n.kind {
	case jObject:
		if c.item(n, kind) {
			return
		}
		for i, key := range n.keys {
			v := n.kids[i]
			nk := normKey(key)
			if k, ok := kindWords[nk]; ok && (v.kind == jArray || v.kind == jObject) {
				c.structured = true
				c.walk(v, k, depth+1, budget)
				continue
			}
			if noteKeys[nk] && v.kind != jObject {
				c.structured = true
				if c.note == "" {
					c.note = noteText(v)
				}
				continue
			}
			switch v.kind {
			case jArray, jObject:
				c.walk(v, kind, depth+1, budget)
			case jString:
				// {"calculateTotal": "reason"} inside a kind's object.
				if kind != "" && !reasonKeys[nk] && !kindKeys[nk] {
					c.add(kind, key, v.str)
				}
			}
		}
	case jArray:
		for _, e := range n.kids {
			if e.kind == jString {
				name, reason, _, ok := extractItem(strings.TrimSpace(e.str), true)
				if !ok {
					name, reason = e.str, ""
				}
				c.add(kind, name, reason)
				continue
			}
			c.walk(e, kind, depth+1, budget)
		}
	}
}

// item reads an object that is one suggestion: it has a name key with a
// string value.
func (c *collected) item(n *jnode, kind Kind) bool {
	name, reason := "", ""
	found := false
	for i, key := range n.keys {
		v := n.kids[i]
		if v.kind != jString {
			continue
		}
		nk := normKey(key)
		if k, ok := nameKeys[nk]; ok && !found {
			name, found = v.str, true
			if k != "" {
				kind = k
			}
			continue
		}
		if reasonKeys[nk] && reason == "" {
			reason = v.str
			continue
		}
		if kindKeys[nk] {
			if k, ok := ParseKind(v.str); ok {
				kind = k
			}
		}
	}
	if !found {
		return false
	}
	c.add(kind, name, reason)
	return true
}

// noteText reads a note that is a string or a list of strings.
func noteText(v *jnode) string {
	switch v.kind {
	case jString:
		return cleanLine(v.str, maxNoteRunes)
	case jArray:
		var parts []string
		for _, e := range v.kids {
			if e.kind == jString {
				parts = append(parts, e.str)
			}
			if len(parts) == 5 {
				break
			}
		}
		return cleanLine(strings.Join(parts, " "), maxNoteRunes)
	}
	return ""
}

// collectText reads the shapes models write without a schema, line by
// line: numbered or bulleted lists ("1. `calculateTotal` - 합계를 계산",
// "- **get_user_list**: returns ..."), a label and a comma list per kind
// ("함수명: calculateTotal, sumPrices" / "Variables: total, count"), and
// markdown tables with a name column and, optionally, a kind and a reason
// column. The kind of an item is the one its row or label names, else the
// nearest heading above it. A name that is only mentioned in prose ("pick
// `is_logged_in` if ...") is not a suggestion: outside a list, a table or a
// label, a line counts only when it starts with the name.
func collectText(raw string) *collected {
	c := &collected{}
	var cur Kind
	var table *tableCols
	for li, line := range strings.Split(raw, "\n") {
		if li >= maxTextLines || len(c.items) >= maxRawItems {
			break
		}
		if len(line) > maxLineBytes {
			line = line[:maxLineBytes]
		}
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "|") {
			cells := tableCells(line)
			switch {
			case table == nil:
				table = readHeader(cells)
			case isSeparatorRow(cells):
			default:
				table.row(c, cells, cur)
			}
			continue
		}
		table = nil
		if line == "" || strings.HasPrefix(line, "```") {
			continue
		}
		content, marked := stripMarker(line)
		if kind, names, ok := labelList(content); ok {
			if kind == "" {
				kind = cur
			}
			for _, n := range names {
				c.add(kind, n, "")
			}
			continue
		}
		// A line that is only an identifier ("createUser"): models asked for
		// one name often answer just that.
		if !marked && isIdentifierToken(content) && looksLikeIdentifier(content) {
			c.add(cur, content, "")
			continue
		}
		if name, reason, label, ok := extractItem(content, marked); ok && isASCIIString(name) && !isLabelWord(name) {
			if label == "" {
				label = cur
			}
			c.add(label, name, reason)
			continue
		}
		if k, ok := headingKind(content); ok {
			cur = k
		}
	}
	return c
}

// labelList reads "함수명: calculateTotal, sumPrices, getCartTotal",
// "**Variables**: `total`, `count`" or "Constants - MAX_SIZE / MAX_COUNT":
// a kind label, a separator, and at least one identifier, each item only an
// identifier (anything else is prose, and the line is not a list).
func labelList(s string) (Kind, []string, bool) {
	i := strings.IndexAny(s, ":：-–—")
	if i <= 0 {
		return "", nil, false
	}
	label := strings.Trim(s[:i], "*_` \t")
	if label == "" || utf8.RuneCountInString(label) > 30 {
		return "", nil, false
	}
	kind, ok := headingKind(label)
	if !ok && !nameLabels[strings.ToLower(label)] {
		return "", nil, false
	}
	rest := strings.TrimLeft(s[i:], ":：-–— \t")
	if rest == "" {
		return "", nil, false
	}
	var names []string
	for _, part := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '/' || r == '、' || r == ';' }) {
		n := strings.Trim(part, "*_` \t")
		n = strings.TrimSuffix(n, "()")
		if n == "" {
			continue
		}
		if !isIdentifierToken(n) {
			return "", nil, false
		}
		names = append(names, n)
	}
	return kind, names, len(names) > 0
}

// nameLabels introduce names without saying their kind ("Suggested Name:
// fetchUser"): the kind is then the heading's or the question's.
var nameLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split("name,names,suggestion,suggestions,suggested name,suggested names,"+
		"primary suggestion,recommended name,recommended names,recommendation,recommendations,"+
		"alternative,alternatives,alternative names,alternative suggestions,best name,"+
		"이름,추천,추천 이름,추천 이름들,대안,다른 후보", ",") {
		m[l] = true
	}
	return m
}()

// isIdentifierToken: one ASCII word of identifier characters, a PHP or Ruby
// sigil, or a Ruby predicate's '?'.
func isIdentifierToken(s string) bool {
	if s == "" || len(s) > 2*MaxNameLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case isLowerASCII(b) || isUpperASCII(b) || isDigitASCII(b) || b == '_':
		case (b == '$' || b == '@') && i == 0:
		case (b == '?' || b == '!') && i == len(s)-1:
		default:
			return false
		}
	}
	return true
}

// tableCols is what a markdown table's header says about its columns: -1
// where the table has no such column.
type tableCols struct {
	name, kind, reason int
	kind0              Kind // a kind the name column's header names ("함수명")
}

var (
	nameHeaders   = []string{"name", "이름", "identifier", "suggestion", "추천", "명칭", "함수명", "변수명", "상수명", "클래스명"}
	kindHeaders   = []string{"kind", "type", "종류", "분류", "유형", "category", "구분"}
	reasonHeaders = []string{"reason", "이유", "설명", "description", "why", "rationale", "의미", "purpose", "용도", "근거", "note", "비고"}
)

func tableCells(line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	line = strings.TrimSuffix(line, "|")
	cells := strings.Split(line, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

func isSeparatorRow(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(c, "-: ") != "" {
			return false
		}
	}
	return true
}

func headerIndex(cells []string, words []string) int {
	for i, c := range cells {
		l := strings.ToLower(strings.Trim(c, "*_` "))
		for _, w := range words {
			if strings.Contains(l, w) {
				return i
			}
		}
	}
	return -1
}

// readHeader reads a table's first row. A table without a name column is
// not a list of names: its rows are ignored.
func readHeader(cells []string) *tableCols {
	t := &tableCols{name: headerIndex(cells, nameHeaders), kind: headerIndex(cells, kindHeaders), reason: headerIndex(cells, reasonHeaders)}
	if t.kind == t.name {
		t.kind = -1
	}
	if t.reason == t.name || t.reason == t.kind {
		t.reason = -1
	}
	if t.name >= 0 {
		t.kind0, _ = headingKind(cells[t.name])
	}
	return t
}

// row adds one data row: the name cell (backticks and bold removed), its
// kind from the kind column, the name column's header, or the heading above
// the table, and its reason from the reason column.
func (t *tableCols) row(c *collected, cells []string, heading Kind) {
	if t.name < 0 || t.name >= len(cells) {
		return
	}
	name := strings.TrimSuffix(strings.Trim(cells[t.name], "*_` "), "()")
	if !isIdentifierToken(name) {
		return
	}
	kind := t.kind0
	if t.kind >= 0 && t.kind < len(cells) {
		if k, ok := headingKind(cells[t.kind]); ok {
			kind = k
		} else if k, ok := ParseKind(strings.Trim(cells[t.kind], "*_` ")); ok {
			kind = k
		}
	}
	if kind == "" {
		kind = heading
	}
	reason := ""
	if t.reason >= 0 && t.reason < len(cells) {
		reason = cells[t.reason]
	}
	c.add(kind, name, reason)
}

// stripMarker removes a list marker ("1.", "2)", "(3)", "-", "*", "•") or a
// markdown heading's #s. marked reports a list marker.
func stripMarker(line string) (string, bool) {
	if strings.HasPrefix(line, "#") {
		return strings.TrimSpace(strings.TrimLeft(line, "#")), false
	}
	for _, b := range []string{"- ", "* ", "+ ", "• ", "· ", "– ", "— ", "→ ", "▪ ", "◦ "} {
		if strings.HasPrefix(line, b) {
			return strings.TrimSpace(line[len(b):]), true
		}
	}
	i := 0
	open := false
	if strings.HasPrefix(line, "(") {
		open, i = true, 1
	}
	j := i
	for j < len(line) && j-i < 4 && isDigitASCII(line[j]) {
		j++
	}
	if j > i && j < len(line) {
		switch {
		case open && line[j] == ')',
			!open && (line[j] == '.' || line[j] == ')'):
			return strings.TrimSpace(line[j+1:]), true
		}
	}
	return line, false
}

// extractItem finds the name and reason in one list line: a `code` span
// anywhere, a **bold** name at the start, or (in a marked line) a leading
// token followed by a separator or shaped like an identifier. label is a
// kind named before a code span ("Function: `parse`").
func extractItem(s string, marked bool) (name, reason string, label Kind, ok bool) {
	if i := strings.IndexByte(s, '`'); i >= 0 {
		if j := strings.IndexByte(s[i+1:], '`'); j > 0 {
			name = s[i+1 : i+1+j]
			before, after := s[:i], s[i+2+j:]
			lead := trimSep(before)
			label, _ = ParseKind(lead)
			// The name must lead the line, after at most a kind or a
			// "Name:" label: `x` inside a sentence is only mentioned.
			if lead != "" && label == "" && !isLabelWord(lead) {
				return "", "", "", false
			}
			return name, trimSep(after), label, true
		}
	}
	if strings.HasPrefix(s, "**") {
		if j := strings.Index(s[2:], "**"); j > 0 {
			name = strings.TrimRight(strings.TrimSpace(s[2:2+j]), ":：")
			return name, trimSep(s[4+j:]), "", true
		}
	}
	if !marked {
		return "", "", "", false
	}
	tok, after := s, ""
	if end := strings.IndexAny(s, " \t:(,"); end >= 0 {
		tok, after = s[:end], s[end:]
	}
	if k := strings.Index(tok, "："); k >= 0 {
		tok, after = tok[:k], tok[k:]+after
	}
	if tok == "" {
		return "", "", "", false
	}
	after = strings.TrimSpace(after)
	if strings.HasPrefix(after, "(") {
		if k := strings.IndexByte(after, ')'); k >= 0 && k < 80 {
			inner, rest := after[1:k], strings.TrimSpace(after[k+1:])
			if rest == "" {
				return tok, trimSep(inner), "", true
			}
			after = rest
		}
	}
	switch {
	case after == "", startsWithSep(after), looksLikeIdentifier(tok):
		return tok, trimSep(after), "", true
	}
	return "", "", "", false
}

const sepChars = "-–—:：|=>→·•*_ \t"

func trimSep(s string) string {
	return strings.TrimRight(strings.TrimLeft(strings.TrimSpace(s), sepChars), " \t|*_")
}

func startsWithSep(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return strings.ContainsRune("-–—:：|=→", r)
}

// looksLikeIdentifier: snake_case, camelCase, a PHP variable.
func looksLikeIdentifier(tok string) bool {
	if strings.Contains(tok, "_") || strings.HasPrefix(tok, "$") {
		return true
	}
	for i := 1; i < len(tok); i++ {
		if isUpperASCII(tok[i]) && isLowerASCII(tok[i-1]) {
			return true
		}
	}
	return false
}

// labelWords start prose bullets ("- Tip: prefer verbs"); like kind words
// ("- Functions:"), they are labels, not names.
var labelWords = setOf(`names name suggestions suggestion recommendations recommendation examples
example note notes tip tips hint hints reason reasons why summary warning caution avoid prefer
also alternatively alternative option options recommended usage explanation answer result`)

// isLabelWord: "Functions", "Variable names", "Tip" are headings or labels,
// not names.
func isLabelWord(s string) bool {
	if _, ok := ParseKind(s); ok {
		return true
	}
	return labelWords[normKey(s)]
}

// headingKinds are the words that make a short line a section heading.
var headingKinds = []struct {
	word string
	kind Kind
}{
	{"function", KindFunction}, {"method", KindFunction}, {"함수", KindFunction},
	{"메서드", KindFunction}, {"메소드", KindFunction},
	{"variable", KindVariable}, {"변수", KindVariable},
	{"constant", KindConstant}, {"상수", KindConstant},
	{"class", KindClass}, {"클래스", KindClass}, {"struct", KindClass}, {"구조체", KindClass},
}

// headingKind reads a short line such as "### 함수", "**Variables:**" or
// "Function names" as the kind of the items below it; the earliest kind
// word wins.
func headingKind(s string) (Kind, bool) {
	s = strings.Trim(s, "#*_:： \t")
	if utf8.RuneCountInString(s) > 60 {
		return "", false
	}
	l := strings.ToLower(s)
	best, kind := -1, Kind("")
	for _, h := range headingKinds {
		if i := strings.Index(l, h.word); i >= 0 && (best < 0 || i < best) {
			best, kind = i, h.kind
		}
	}
	return kind, best >= 0
}
