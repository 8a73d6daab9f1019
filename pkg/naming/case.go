package naming

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case is a way of joining words into one identifier.
type Case string

// The cases namebot formats and checks.
//
// Acronyms: in CamelCase and PascalCase an acronym is an ordinary word, so
// only its first letter is upper-case (userId, parseUrl, HttpServer), which is
// what Google's Java, JavaScript and C# guides ask for and what a formatter
// can do without a dictionary. Validation of those cases is looser and also
// accepts userID or HTTPServer, because Java and JavaScript code bases differ
// here and neither spelling is wrong.
//
// GoCamelCase and GoPascalCase are Go's variants: well-known initialisms
// (ID, URL, HTTP, JSON ... the list golint and staticcheck use) keep one case
// throughout (userID, parseURL, HTTPServer, userIDs), as Go's code review
// comments require. There validation is strict: userId is in the wrong case
// and Fix turns it into userID.
const (
	SnakeCase          Case = "snake_case"
	CamelCase          Case = "camelCase"
	PascalCase         Case = "PascalCase"
	ScreamingSnakeCase Case = "SCREAMING_SNAKE_CASE"
	KebabCase          Case = "kebab-case"
	GoCamelCase        Case = "camelCase (Go initialisms)"
	GoPascalCase       Case = "PascalCase (Go initialisms)"
	// KPascalCase is a leading k followed by PascalCase (kMaxRetries), the
	// constant style of Google's C++ guide.
	KPascalCase Case = "kPascalCase"
)

// goInitialisms are the initialisms Go keeps in one case, from golint's list
// (which staticcheck's ST1003 also uses), lower-cased.
var goInitialisms = setOf(`acl api ascii cpu css dns eof guid html http https id ip json lhs qps ram rhs rpc sla smtp sql ssh tcp tls ttl udp ui uid uuid uri url utf8 vm xml xmpp xsrf xss jwt sms os io`)

// isInitialism reports whether the lower-case word w is a Go initialism.
func isInitialism(w string) bool { return goInitialisms[w] }

// pluralInitialism reports whether w is the plural of an initialism ("ids",
// "urls"), which Go writes as IDs and URLs.
func pluralInitialism(w string) bool {
	return len(w) > 2 && w[len(w)-1] == 's' && !goInitialisms[w] && goInitialisms[w[:len(w)-1]]
}

// Split breaks a name or phrase into lower-case words. It understands every
// case namebot produces and the usual mixes: "userID", "user_id", "user-id",
// "user id", "HTTPServer", "XMLHttpRequest", "userIDs", "utf8Decoder".
//
// Rules: any rune that is not a letter or digit separates words; an upper-case
// letter starts a new word after a lower-case letter or a digit; in a run of
// capitals the last one starts a new word when a lower-case letter follows
// (HTTPServer -> http, server), except for a plural initialism (IDs); digits
// stay with the letters before them (utf8, md5, base64).
func Split(name string) []string {
	rs := []rune(name)
	var words []string
	cur := make([]rune, 0, 16)
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i, r := range rs {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 && unicode.IsUpper(r) {
			prev := rs[i-1]
			switch {
			case unicode.IsLower(prev) || unicode.IsDigit(prev):
				flush()
			case unicode.IsUpper(prev) && i+1 < len(rs) && unicode.IsLower(rs[i+1]):
				plural := rs[i+1] == 's' && (i+2 == len(rs) || !unicode.IsLower(rs[i+2])) &&
					isInitialism(strings.ToLower(string(cur)+string(r)))
				if !plural {
					flush()
				}
			}
		}
		cur = append(cur, r)
	}
	flush()
	for i := 0; i+1 < len(words); i++ {
		if _, ok := brandTitles[words[i]+words[i+1]]; ok {
			// GitHub, WebSocket, OAuth: one word (brandTitles)
			words[i] += words[i+1]
			words = append(words[:i+1], words[i+2:]...)
		}
	}
	return words
}

// Format joins words in the case c. Each element of words is split again,
// so existing names can be re-cased: Format([]string{"userID"}, SnakeCase)
// is "user_id". An unknown case formats as snake_case.
//
//	[]string{"user", "id"}: userId, UserId, user_id, USER_ID, user-id,
//	userID (GoCamelCase), UserID (GoPascalCase), kUserId (KPascalCase)
func Format(words []string, c Case) string {
	var ws []string
	for _, w := range words {
		ws = append(ws, Split(w)...)
	}
	if len(ws) == 0 {
		return ""
	}
	var b strings.Builder
	switch c {
	case ScreamingSnakeCase:
		for i, w := range ws {
			if i > 0 {
				b.WriteByte('_')
			}
			b.WriteString(strings.ToUpper(w))
		}
	case KebabCase:
		return strings.Join(ws, "-")
	case CamelCase:
		b.WriteString(ws[0])
		for _, w := range ws[1:] {
			b.WriteString(title(w))
		}
	case PascalCase:
		for _, w := range ws {
			b.WriteString(title(w))
		}
	case GoCamelCase:
		b.WriteString(ws[0])
		for _, w := range ws[1:] {
			b.WriteString(goWord(w))
		}
	case GoPascalCase:
		for _, w := range ws {
			b.WriteString(goWord(w))
		}
	case KPascalCase:
		// A name that already carries the k (kMaxRetries) keeps one k.
		if len(ws) > 1 && ws[0] == "k" {
			ws = ws[1:]
		}
		b.WriteByte('k')
		for _, w := range ws {
			b.WriteString(title(w))
		}
	default:
		return strings.Join(ws, "_")
	}
	return b.String()
}

// title upper-cases the first rune of a lower-case word.
func title(w string) string {
	if b, ok := brandTitles[w]; ok {
		return b
	}
	r, n := utf8.DecodeRuneInString(w)
	if r == utf8.RuneError {
		return w
	}
	return string(unicode.ToUpper(r)) + w[n:]
}

// brandTitles are one-word names written with capitals inside, as their
// owners write them (handleGitHubWebhook, WebSocketManager, OAuthToken);
// Split reads them back as two words, which Format joins the same way.
var brandTitles = func() map[string]string {
	m := map[string]string{}
	for _, t := range strings.Fields(`GitHub GitLab YouTube PayPal LinkedIn GraphQL MySQL PostgreSQL MongoDB DynamoDB JavaScript TypeScript WebSocket OAuth OpenAI SQLite IoT iOS macOS iPhone iPad`) {
		m[strings.ToLower(t)] = t
	}
	return m
}()

// goWord spells a non-leading word the Go way: initialisms upper-case.
func goWord(w string) string {
	switch {
	case isInitialism(w):
		return strings.ToUpper(w)
	case pluralInitialism(w):
		return strings.ToUpper(w[:len(w)-1]) + "s"
	}
	return title(w)
}

// Matches reports whether name is written in case c. It checks shape, not
// legality: reserved words and language-specific characters are Validate's
// business.
func (c Case) Matches(name string) bool {
	switch c {
	case SnakeCase:
		return matchSeparated(strings.TrimPrefix(name, "_"), '_', isLowerASCII)
	case ScreamingSnakeCase:
		return matchSeparated(strings.TrimPrefix(name, "_"), '_', isUpperASCII)
	case KebabCase:
		return matchSeparated(name, '-', isLowerASCII)
	case CamelCase:
		s := strings.TrimPrefix(name, "_")
		return s != "" && isLowerASCII(s[0]) && isAlnumASCII(s)
	case PascalCase:
		return matchPascal(name)
	case GoCamelCase:
		return name != "" && isLowerASCII(name[0]) && isAlnumASCII(name) && Format([]string{name}, GoCamelCase) == name
	case GoPascalCase:
		return name != "" && isUpperASCII(name[0]) && isAlnumASCII(name) && Format([]string{name}, GoPascalCase) == name
	case KPascalCase:
		return len(name) >= 2 && name[0] == 'k' && isUpperASCII(name[1]) && isAlnumASCII(name)
	}
	return false
}

// matchSeparated checks words of letters in class (plus digits) joined by
// single separators, starting with a letter.
func matchSeparated(s string, sep byte, class func(byte) bool) bool {
	if s == "" || !class(s[0]) {
		return false
	}
	prevSep := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c == sep:
			if prevSep {
				return false
			}
			prevSep = true
		case class(c) || isDigitASCII(c):
			prevSep = false
		default:
			return false
		}
	}
	return !prevSep
}

// matchPascal accepts an upper-case letter then letters and digits, with at
// least one lower-case letter unless the whole name is one letter or an
// initialism (URL): "MAXRETRIES" is shouting, not PascalCase.
func matchPascal(s string) bool {
	if s == "" || !isUpperASCII(s[0]) || !isAlnumASCII(s) {
		return false
	}
	if len(s) == 1 {
		return true
	}
	for i := 1; i < len(s); i++ {
		if isLowerASCII(s[i]) {
			return true
		}
	}
	l := strings.ToLower(s)
	return isInitialism(l)
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }
func isDigitASCII(c byte) bool { return c >= '0' && c <= '9' }
func isLetterASCII(c byte) bool {
	return isLowerASCII(c) || isUpperASCII(c)
}

// isAlnumASCII reports whether s is made of ASCII letters and digits only.
func isAlnumASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isLetterASCII(c) && !isDigitASCII(c) {
			return false
		}
	}
	return true
}

// isLetterRune is unicode.IsLetter, named for symmetry with the ASCII helpers.
func isLetterRune(r rune) bool { return unicode.IsLetter(r) }

// describe is how the prompt and the texts name a case.
func (c Case) describe() string {
	switch c {
	case GoCamelCase:
		return "camelCase with initialisms in one case (ID, URL, HTTP)"
	case GoPascalCase:
		return "PascalCase with initialisms in one case (ID, URL, HTTP)"
	case KPascalCase:
		return "k followed by PascalCase"
	}
	return string(c)
}

// short is the bare case name, for one-line summaries.
func (c Case) short() string {
	switch c {
	case GoCamelCase:
		return "camelCase"
	case GoPascalCase:
		return "PascalCase"
	}
	return string(c)
}
