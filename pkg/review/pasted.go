package review

import (
	"regexp"
	"strings"
	"unicode"

	"namebot/pkg/naming"
)

// Pasted recognises a chat message that is a name pasted alone, perhaps
// with a short "is it ok?" ("getUserList 괜찮아?", "is `usr_cnt` ok?",
// "getUserList 어때?"), and returns the name. Such a message is answered by
// the review instead of the model, and spends no question.
//
// The rule, in full:
//
//   - the message is at most 80 characters;
//   - one whitespace-separated token, stripped of quotes or backticks
//     around it, starts with an identifier: an optional $, an ASCII letter
//     or _, then letters, digits and _, and (Ruby) an optional ? or !;
//     whatever follows it in the token must be a Korean particle (는, 은,
//     이, 가, 라는, 이라는 ...) or punctuation;
//   - everything else in the message, with punctuation removed, is empty or
//     one of the "is it ok?" phrases below (어때, 괜찮아, 괜찮을까요, 이 이름
//     어때, is it ok, is this a good name, how about, review ...);
//   - a token that looks like a name by itself (an _, a capital after the
//     first letter, a digit, a $, or quotes around it) may stand alone; a
//     plain lower-case word ("counter") needs the phrase, because alone it
//     is more likely a topic to ask names for than a name to check, and it
//     must not be one of the phrase's own words ("is it ok?" checks no "it").
//
// Anything longer or different ("getUserList를 더 짧게 바꿔줘", "names for a
// retry counter") is a question for the model, as before.
func Pasted(message string) (string, bool) {
	msg := strings.TrimSpace(message)
	if msg == "" || len([]rune(msg)) > 80 || strings.ContainsAny(msg, "\n\r") {
		return "", false
	}
	tokens := strings.Fields(msg)
	if len(tokens) > 8 {
		return "", false
	}
	for i, tok := range tokens {
		name, quoted, tail, ok := identifierIn(tok)
		if !ok {
			continue
		}
		rest := make([]string, 0, len(tokens))
		rest = append(rest, tokens[:i]...)
		if p := stripParticle(tail); p != "" {
			rest = append(rest, p)
		}
		rest = append(rest, tokens[i+1:]...)
		phrase := normPhrase(strings.Join(rest, " "))
		switch {
		case phrase == "":
			if quoted || looksLikeName(name) {
				return name, true
			}
		case okPhrases[phrase]:
			if quoted || looksLikeName(name) || !phraseWords[strings.ToLower(name)] {
				return name, true
			}
		}
	}
	return "", false
}

var identStart = regexp.MustCompile(`^\$?[A-Za-z_][A-Za-z0-9_]*[?!]?`)

// identifierIn finds the identifier a token starts with, inside optional
// quotes, and what follows it (a particle, punctuation).
func identifierIn(tok string) (name string, quoted bool, tail string, ok bool) {
	for _, q := range []string{"`", `"`, "'", "“", "‘"} {
		if strings.HasPrefix(tok, q) {
			tok = strings.TrimPrefix(tok, q)
			quoted = true
			break
		}
	}
	m := identStart.FindString(tok)
	if m == "" || len(m) > naming.MaxNameLen {
		return "", false, "", false
	}
	tail = tok[len(m):]
	if quoted {
		tail = strings.TrimLeft(tail, "`\"'”’")
	}
	// A name followed by "?" is a question mark unless it is all there is
	// and the name is a Ruby predicate; the review reads either way.
	if strings.HasSuffix(m, "?") || strings.HasSuffix(m, "!") {
		if tail == "" && len(m) > 1 {
			// keep "admin?" as the name only when quoted; a bare
			// "getUserList?" is the question mark of the sentence
			if !quoted {
				tail, m = m[len(m)-1:], m[:len(m)-1]
			}
		} else {
			tail, m = m[len(m)-1:]+tail, m[:len(m)-1]
		}
	}
	if strings.HasPrefix(tail, "(") {
		tail = strings.TrimPrefix(tail, "()")
	}
	for _, r := range tail {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_') {
			return "", false, "", false // the token goes on as ASCII: not one name
		}
	}
	return m, quoted, tail, true
}

// particles may follow a pasted name in Korean: "getUserList는 괜찮아?".
var particles = []string{"이라는", "라는", "이란", "란", "은", "는", "이", "가", "을", "를", "이면", "면", "으로", "로", "도"}

func stripParticle(tail string) string {
	for _, p := range particles {
		if rest, ok := strings.CutPrefix(tail, p); ok {
			return rest
		}
	}
	return tail
}

// normPhrase lower-cases, removes punctuation and collapses spaces.
func normPhrase(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteRune(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// looksLikeName: the token could not be an ordinary word.
func looksLikeName(s string) bool {
	if strings.ContainsAny(s, "_$0123456789?!") {
		return true
	}
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// okPhrases are the "is it ok?" phrases, normalised by normPhrase (the
// name itself removed).
var okPhrases = phraseSet(`
어때|어때요|어떄|어떰|어떤가요|어떤가|어떨까|어떨까요|어떻나요|어떻습니까|괜찮아|괜찮아요|괜찮나|괜찮나요|괜찮니|괜찮을까|괜찮을까요|괜찮은가요|괜찮습니까|괜춘|
좋아|좋아요|좋은가요|좋을까요|좋니|좋나요|맞아|맞나요|적절해|적절한가요|적당해|적당한가요|
이름 어때|이름 어때요|이름 괜찮아|이름 괜찮아요|이름 괜찮을까요|이 이름 어때|이 이름 괜찮아|이 이름 괜찮아요|이 이름 어때요|
이거 어때|이거 괜찮아|이거 어때요|이거 괜찮아요|변수명 어때|변수명 괜찮아|변수명 어때요|변수명 괜찮아요|변수 이름 어때|변수 이름 괜찮아|
함수명 어때|함수명 괜찮아|함수명 어때요|함수명 괜찮아요|함수 이름 어때|함수 이름 괜찮아|이름으로 괜찮아|이름으로 어때|
괜찮은 이름이야|괜찮은 이름인가요|좋은 이름이야|좋은 이름인가요|좋은 이름일까요|검사|검사해줘|검사해 줘|검사해 주세요|검사해주세요|
리뷰|리뷰해줘|리뷰해 줘|리뷰해 주세요|리뷰해주세요|봐줘|봐 줘|봐 주세요|봐주세요|체크|체크해줘|체크해 줘|체크해주세요|평가해줘|평가해 줘|
ok|okay|ok or not|is ok|is okay|is it ok|is it okay|is this ok|is this okay|is that ok|is that okay|is fine|is it fine|
is this fine|is it good|is this good|is this a good name|is it a good name|is that a good name|a good name|good name|good|
any good|fine|how about|what about|how is|hows|how s|what do you think|what do you think of|thoughts|thoughts on|
review|check|please review|please check|review please|check please|rate|rate this|rate it|name check|good or bad`)

// phraseWords are the words of the phrases: a plain word that is one of
// them is part of the sentence, not the name.
var phraseWords = func() map[string]bool {
	m := map[string]bool{"it": true, "this": true, "that": true, "a": true, "name": true}
	for p := range okPhrases {
		for _, w := range strings.Fields(p) {
			m[w] = true
		}
	}
	return m
}()

func phraseSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(strings.ReplaceAll(list, "\n", ""), "|") {
		if p = normPhrase(p); p != "" {
			m[p] = true
		}
	}
	return m
}

// Render writes a review as the plain text of a chat answer: the verdict,
// one line per problem, and the better names.
func Render(r Result, korean bool) string {
	var b strings.Builder
	if r.OK {
		if korean {
			b.WriteString(quote(r.Name) + ": 좋은 이름입니다. 고칠 점을 찾지 못했습니다.")
		} else {
			b.WriteString(quote(r.Name) + ": a good name. Nothing to fix.")
		}
	} else {
		if korean {
			b.WriteString(quote(r.Name) + " 이름 검사 결과:")
		} else {
			b.WriteString("Review of " + quote(r.Name) + ":")
		}
		for _, p := range r.Problems {
			b.WriteString("\n- " + p.Message)
		}
		if len(r.Better) > 0 {
			if korean {
				b.WriteString("\n더 나은 이름: ")
			} else {
				b.WriteString("\nBetter: ")
			}
			b.WriteString(strings.Join(r.Better, ", "))
		}
	}
	if korean {
		b.WriteString("\n(이름 검사는 질문 횟수를 쓰지 않습니다.)")
	} else {
		b.WriteString("\n(A name check does not use a question.)")
	}
	return b.String()
}

// NamingKind is the kind of name a suggestion made from a review of name
// carries: the kind the review read the name as (a boolean is a variable).
func NamingKind(spec naming.Spec, name string) naming.Kind {
	r := &reviewer{spec: spec}
	r.lang, _ = naming.Resolve(spec)
	s := r.parse(strings.TrimSpace(name))
	if len(s.words) == 0 {
		return naming.KindVariable
	}
	return r.namingKind(r.guessKind(name, s), s)
}
