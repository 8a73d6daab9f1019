// Package naming knows how identifiers are spelled in the languages namebot
// supports, and checks and renders the names answered to a question such as
// "장바구니에 상품을 추가하는 함수".
//
// It covers four jobs (the offline suggester is package suggest):
//
//   - recognising a room's language and naming convention from the free text
//     the user typed (Resolve, ResolveConvention) and deriving the case each
//     kind of name takes (CaseFor, Format, Split);
//   - checking a name against the language's identifier rules, reserved words
//     and that case, and re-casing it when it is only in the wrong case
//     (Validate, Fix);
//   - talking to a model: the prompt (BuildPrompt, BuildPromptHint) and the
//     reading of whatever the model answered (ParseAnswer, ParseAnswerHint);
//   - the answer's shape (Answer, Suggestion, Room, RenderSuggestions), which
//     the offline suggester shares.
//
// Everything here is pure: no I/O, no clock, no randomness. Package state is
// built once while the package initialises and only read afterwards, so every
// function is safe for concurrent use and gives the same output for the same
// input.
package naming

import (
	"errors"
	"strings"
)

// Kind is what a suggested name is for.
type Kind string

// The kinds of names namebot suggests. "class" also stands for the nearest
// thing a language has (a Go or Rust type, a C struct).
const (
	KindFunction Kind = "function"
	KindVariable Kind = "variable"
	KindConstant Kind = "constant"
	KindClass    Kind = "class"
)

// kindOrder is the order kinds are listed in answers: functions and
// variables first because every answer carries them, constants and classes
// only when the question asked for them.
var kindOrder = [...]Kind{KindFunction, KindVariable, KindConstant, KindClass}

// kindIndex maps a kind to its slot in per-kind arrays, or -1. Not inlined
// (//go:noinline): its string switch at ~30 call sites was ~4 KB of
// chatsend.
//
//go:noinline
func kindIndex(k Kind) int {
	switch k {
	case KindFunction:
		return 0
	case KindVariable:
		return 1
	case KindConstant:
		return 2
	case KindClass:
		return 3
	}
	return -1
}

// Valid reports whether k is one of the four kinds.
func (k Kind) Valid() bool { return kindIndex(k) >= 0 }

// AllKinds lists the kinds in the order answers group them.
func AllKinds() []Kind { return append([]Kind(nil), kindOrder[:]...) }

// kindWords maps normalised spellings of a kind (as a model or a user may
// write them, in English or Korean) to the kind. Keys are lower-case letters
// only, see normKey.
var kindWords = kindsOf(map[Kind]string{
	KindFunction: `function functions func funcs fn method methods functionnames functionname methodnames methodname 함수 함수명 함수이름 메서드 메소드 메서드명 메소드명 함수들`,
	KindVariable: `variable variables var vars variablenames variablename varnames 변수 변수명 변수이름 변수들`,
	KindConstant: `constant constants const consts constantnames constantname 상수 상수명 상수들`,
	KindClass:    `class classes classnames classname struct structs types typenames 클래스 클래스명 구조체 클래스들`,
})

// ParseKind reads a kind as a model or a person may spell it: "function",
// "Functions", "function_names", "method", "var", "상수", "클래스" ...
func ParseKind(s string) (Kind, bool) {
	k, ok := kindWords[normKey(s)]
	return k, ok
}

// normKey lower-cases s and keeps only its letters, so that "Function_Names",
// "function names" and "functionNames" compare equal.
func normKey(s string) string {
	if len(s) > 64 {
		return ""
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isLetterRune(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Spec is a room's setting as the user typed it: the programming language
// ("Python", "파이썬", "Python 3.12") and an optional naming convention
// ("PEP 8", "Google Java Style", "스네이크 케이스", or empty).
type Spec struct {
	Language   string
	Convention string
	// Kind is the kind the person picked with a chip; empty = read from
	// the question. One of PickKinds: a Kind, or KindBoolean.
	Kind Kind
}

// Suggestion is one recommended name.
type Suggestion struct {
	Kind   Kind   `json:"kind"`
	Name   string `json:"name"`
	Reason string `json:"reason"`
}

// Answer is what the bot replies.
type Answer struct {
	// Suggestions are grouped by kind (functions, variables, constants,
	// classes) and ranked best first within each kind; every name passed
	// Validate for the room's spec.
	Suggestions []Suggestion
	// Text is a readable plain-text rendering, stored as the message
	// content: Korean when the question was Korean, else English.
	Text string
	// Offline is true when the answer came from Suggest rather than a model.
	Offline bool
}

// Turn is one earlier message of the room, given to the model as context.
type Turn struct {
	FromUser bool
	Content  string
}

// PromptMessage is one chat message for an OpenAI-compatible API.
type PromptMessage struct {
	Role    string // "system", "user" or "assistant"
	Content string
}

// Roles of PromptMessage.
const (
	RoleSystem    = "system"
	RoleUser      = "user"
	RoleAssistant = "assistant"
)

// ErrMalformed means the model answer is empty or unreadable: it holds no
// text at all that could be shown to the user. An answer with text but no
// usable name is not malformed; ParseAnswer returns it as text.
var ErrMalformed = errors.New("naming: model answer is empty or unreadable")

// kindsOf builds a word-to-kind map from each kind's words (one map at
// init instead of a literal of ~70 entries, which Go inserts one by one in
// init code).
func kindsOf(words map[Kind]string) map[string]Kind {
	m := map[string]Kind{}
	for k, list := range words {
		for _, w := range strings.Fields(list) {
			m[w] = k
		}
	}
	return m
}
