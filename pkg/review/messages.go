package review

import (
	"fmt"
	"strings"
)

// The problem codes. They are stable: clients and tests key on them, and
// the messages may change.
const (
	CodeInvalid      = "invalid_identifier"
	CodeReserved     = "reserved_word"
	CodeWrongCase    = "wrong_case"
	CodeHungarian    = "hungarian"
	CodeAbbreviation = "abbreviation"
	CodeRomanized    = "romanized_korean"
	CodeGeneric      = "generic_name"
	CodeNumbered     = "numbered_name"
	CodeNegated      = "negated_boolean"
	CodeNotPredicate = "not_predicate"
	CodeTooLong      = "too_long"
)

// Codes lists every problem code, in the order problems are reported.
func Codes() []string {
	return []string{CodeInvalid, CodeReserved, CodeWrongCase, CodeHungarian, CodeAbbreviation, CodeRomanized,
		CodeGeneric, CodeNumbered, CodeNegated, CodeNotPredicate, CodeTooLong}
}

// texts are the one-line explanations, Korean then English, written for a
// junior developer: what is wrong and what to do instead.
var texts = map[string][2]string{
	CodeInvalid:              {"%s은(는) %s에서 이름으로 쓸 수 없습니다. 영문자, 숫자, _만 쓰고 숫자로 시작하지 마세요.", "%s is not a valid name in %s: use ASCII letters, digits and _, and do not start with a digit."},
	CodeInvalid + ".php":     {"PHP 변수는 $로 시작합니다: %s", "PHP variables start with $: %s"},
	CodeReserved:             {"%s은(는) %s의 예약어나 내장 이름이라 쓸 수 없거나, 쓰면 원래의 것을 가립니다. 무엇을 담는지 더 구체적으로 쓰세요.", "%s is a reserved word or built-in name in %s: say more specifically what it holds."},
	CodeWrongCase:            {"%s의 %s 이름은 %s로 씁니다: %s", "In %s, %s names are written in %s: %s"},
	CodeHungarian:            {"앞의 %s은(는) %s 표시로, 헝가리안 표기법입니다. 그런 정보는 컴파일러와 편집기가 알려 주니 빼세요.", "The %s prefix spells the %s into the name (Hungarian notation): the compiler and the editor already know it, so drop it."},
	CodeAbbreviation:         {"줄임말은 읽는 사람이 뜻을 짐작해야 합니다. 풀어 쓰세요: %s", "Abbreviations make the reader guess: spell them out (%s)."},
	CodeRomanized:            {"한국어를 로마자로 적으면 한국어를 모르는 사람은 읽지 못합니다. 영어 단어를 쓰세요: %s", "Korean written in Latin letters can only be read by Korean speakers: use the English word (%s)."},
	CodeGeneric:              {"%s은(는) 무엇에나 붙일 수 있는 말이라 아무것도 알려 주지 않습니다. 무엇을 담는지 쓰세요(예: 사용자 목록이면 users).", "%s could name anything, so it tells the reader nothing: say what it holds (a list of users: users)."},
	CodeNumbered:             {"끝의 숫자 %s은(는) 다른 것과 무엇이 다른지 말해 주지 않습니다. 차이를 이름에 쓰세요(예: previousUser, adminUser).", "The number %s at the end does not say how it differs from the others: name the difference (previousUser, adminUser)."},
	CodeNegated:              {"부정형 불리언은 %s처럼 쓰면 이중 부정이 되어 헷갈립니다. 긍정형으로 쓰세요.", "A negated boolean turns into a double negative in %s: name the positive case."},
	CodeNotPredicate:         {"불리언은 is, has, can으로 시작해야 참/거짓 질문으로 읽힙니다.", "A boolean reads as a yes/no question when it starts with is, has or can."},
	CodeNotPredicate + ".rb": {"Ruby에서 참/거짓을 돌려주는 메서드는 ?로 끝납니다(예: admin?).", "In Ruby a method that answers yes or no ends in ? (admin?)."},
	CodeTooLong:              {"%d단어 %d자로 깁니다(%s 이름은 %d단어, %d자 이하를 권장). 클래스나 모듈 이름이 이미 말해 주는 단어를 빼세요.", "%d words and %d characters is long (%s names: at most %d words and %d characters): drop the words its class or module already says."},
}

// kindLabels name a kind in a message.
var kindLabels = map[Kind][2]string{
	Function: {"함수", "function"}, Variable: {"변수", "variable"}, Boolean: {"불리언", "boolean"},
	Constant: {"상수", "constant"}, Class: {"클래스", "class"},
}

func pick(t [2]string, korean bool) string {
	if korean {
		return t[0]
	}
	return t[1]
}

// message renders a problem's text (texts is the review's own catalogue,
// keyed by problem code and variant, not namebot's). Names are quoted with
// backticks so that they stand out from the sentence in plain text.
func message(code string, korean bool, args ...any) string {
	return fmt.Sprintf(pick(texts[code], korean), args...)
}

func quote(s string) string { return "`" + s + "`" }

// joinList joins names for a message: "a, b" in both languages.
func joinList(items []string) string { return strings.Join(items, ", ") }
