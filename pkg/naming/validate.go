package naming

import (
	"errors"
	"fmt"
	"strings"
)

// MaxNameLen is the longest name namebot accepts, in bytes (names are
// ASCII, so also in characters). Longer names are dropped, not truncated:
// a cut name means something else.
const MaxNameLen = 64

// Reasons Validate and Fix refuse a name; the returned errors wrap one of
// these, with details.
var (
	ErrEmpty       = errors.New("naming: empty name")
	ErrTooLong     = errors.New("naming: name too long")
	ErrIllegal     = errors.New("naming: not a legal identifier")
	ErrReserved    = errors.New("naming: reserved word")
	ErrWrongCase   = errors.New("naming: wrong case")
	ErrUnknownKind = errors.New("naming: unknown kind")
)

// resolved is a Spec worked out once: the language and convention found in
// its text and the case rule for each kind.
type resolved struct {
	spec  Spec
	info  *langInfo // nil: unknown language
	sets  *wordSets // nil: unknown language
	conv  *convInfo // nil: no or unrecognised convention
	rules [4]caseRule
	// kebabIgnored: the convention asked for kebab-case in a language
	// where it is illegal.
	kebabIgnored bool
}

func resolve(spec Spec) *resolved {
	rs := &resolved{spec: spec, info: lookupLang(spec.Language), conv: lookupConv(spec)}
	if rs.info != nil {
		rs.sets = langs.sets[rs.info.lang]
		rs.rules = rs.info.defaults
	} else {
		rs.rules = unknownDefaults
	}
	if rs.conv != nil {
		over := rs.conv.rules
		if rs.conv.plain != "" {
			over, rs.kebabIgnored = plainRules(rs.conv.plain, rs.info)
		}
		for i, o := range over {
			if o != nil {
				rs.rules[i] = *o
			}
		}
	}
	return rs
}

// CaseFor is the case namebot formats names of kind in, for the room's
// language and convention: the convention's rule for that kind if it has
// one, else the language default, else (unknown language) snake_case for
// functions and variables, SCREAMING_SNAKE_CASE for constants and PascalCase
// for classes. An invalid kind is treated as a variable.
func CaseFor(spec Spec, kind Kind) Case {
	return resolve(spec).caseFor(kind)
}

func (rs *resolved) caseFor(kind Kind) Case {
	i := kindIndex(kind)
	if i < 0 {
		i = kindIndex(KindVariable)
	}
	return rs.rules[i].primary
}

// Validate returns nil when name is usable as a name of kind in the room's
// language and convention:
//
//   - it is 1 to MaxNameLen bytes of ASCII identifier characters, starting
//     with a letter or underscore (also `$` in JavaScript, TypeScript and
//     Java; a trailing ? or ! on Ruby methods). ASCII only by decision:
//     Java, Python or Go would accept Hangul identifiers, but the product
//     recommends English names and a mixed script is never a good one.
//   - PHP variables carry their `$` ("$userName"); Validate requires it and
//     Fix adds it. Other PHP kinds have none.
//   - it is not a keyword, not a name reserved in that position (Java's
//     var/record as a class name, PHP's int/string as a class name, C's
//     __x and _X) and does not shadow a predeclared or built-in name (Go's
//     len/max/error, Python's list/id/sum, JavaScript's undefined). The
//     latter are legal, but namebot never recommends them.
//   - it is in a case the convention (or the language default) allows for
//     the kind. For an unknown language without a recognised convention any
//     case passes.
//
// Errors wrap ErrEmpty, ErrTooLong, ErrIllegal, ErrReserved, ErrWrongCase or
// ErrUnknownKind.
func Validate(spec Spec, kind Kind, name string) error {
	return resolve(spec).validate(kind, name)
}

func (rs *resolved) validate(kind Kind, name string) error {
	i := kindIndex(kind)
	if i < 0 {
		return fmt.Errorf("%w: %.20q", ErrUnknownKind, string(kind))
	}
	if name == "" {
		return ErrEmpty
	}
	if len(name) > MaxNameLen {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrTooLong, len(name), MaxNameLen)
	}
	body, err := rs.legal(kind, name)
	if err != nil {
		return err
	}
	if err := rs.reserved(kind, body); err != nil {
		return err
	}
	shape := body
	if rs.info != nil && rs.info.dollar {
		shape = strings.TrimPrefix(shape, "$")
	}
	if rs.info != nil && rs.info.rubyMethods && kind == KindFunction {
		shape = strings.TrimRight(shape, "?!")
	}
	if !rs.rules[i].accepts(shape) && !(kind == KindFunction && rs.info != nil && rs.info.controlEvents && controlEvent(shape)) {
		return fmt.Errorf("%w: %q is not %s", ErrWrongCase, name, rs.rules[i].primary.short())
	}
	return nil
}

// controlEvent: a designer's event handler, control_Event: a camelCase or
// PascalCase control name, one underscore, an event the designers generate
// (saveButton_Click, QuantityTextBox_LostFocus, comboBox1_SelectedIndexChanged).
// Any other Xxx_Yyy (Process_Order, Get_User) is still the wrong case.
func controlEvent(s string) bool {
	control, event, ok := strings.Cut(s, "_")
	if !ok || control == "" || event == "" || strings.Contains(event, "_") ||
		!(CamelCase.Matches(control) || PascalCase.Matches(control)) || !PascalCase.Matches(event) {
		return false
	}
	for _, e := range strings.Fields(designerEvents) {
		if strings.HasSuffix(event, e) {
			return true
		}
	}
	return false
}

// designerEvents end the events WinForms and WPF name handlers after
// (SelectedIndexChanged ends in Changed, GotFocus in Focus).
const designerEvents = `Click Changed Focus Load Loaded Closing Closed Checked Unchecked Enter Leave KeyDown KeyUp KeyPress
MouseDown MouseUp MouseMove MouseEnter MouseLeave MouseWheel Tick Paint Resize Scroll Elapsed DragDrop DragEnter DragOver
Opening Opened Activated Deactivate Shown Validating Validated Selected Toggled`

// legal checks the characters and returns the name without a PHP `$`.
func (rs *resolved) legal(kind Kind, name string) (string, error) {
	body := name
	info := rs.info
	if info != nil && info.phpVars && kind == KindVariable {
		if !strings.HasPrefix(name, "$") {
			return "", fmt.Errorf("%w: PHP variables start with $", ErrIllegal)
		}
		body = name[1:]
	}
	if body == "" {
		return "", fmt.Errorf("%w: no name after $", ErrIllegal)
	}
	dollar := info != nil && info.dollar
	kebab := info == nil && rs.rules[kindIndex(kind)].primary == KebabCase
	end := len(body)
	if info != nil && info.rubyMethods && kind == KindFunction && (body[end-1] == '?' || body[end-1] == '!') {
		end--
	}
	for j := 0; j < len(body); j++ {
		c := body[j]
		switch {
		case isLetterASCII(c) || c == '_':
		case c == '$' && dollar:
		case isDigitASCII(c) && j > 0:
		case c == '-' && kebab && j > 0 && j < len(body)-1:
		case j >= end && j > 0:
		default:
			if c >= 0x80 {
				return "", fmt.Errorf("%w: only ASCII letters, digits and _ are used", ErrIllegal)
			}
			return "", fmt.Errorf("%w: character %q at %d", ErrIllegal, c, j)
		}
	}
	return body, nil
}

// reserved checks keywords, positional reservations and predeclared names.
func (rs *resolved) reserved(kind Kind, body string) error {
	if rs.info == nil {
		return nil
	}
	lang := rs.info.lang
	if rs.info.phpVars && kind == KindVariable {
		// Keywords are fine as PHP variable names ($class, $list); only
		// $this is taken.
		if strings.EqualFold(body, "this") {
			return fmt.Errorf("%w: $this is reserved in PHP", ErrReserved)
		}
		return nil
	}
	key := body
	if rs.info.foldReserved {
		key = strings.ToLower(key)
	}
	switch {
	case rs.sets.keywords[key]:
		return fmt.Errorf("%w: %q is a keyword in %s", ErrReserved, body, lang)
	case kind == KindClass && rs.sets.typeReserved[key]:
		return fmt.Errorf("%w: %q cannot name a type in %s", ErrReserved, body, lang)
	case rs.sets.predeclared[key]:
		return fmt.Errorf("%w: %q shadows a predeclared name in %s", ErrReserved, body, lang)
	case rs.info.implReserved && (strings.HasPrefix(body, "__") || len(body) > 1 && body[0] == '_' && isUpperASCII(body[1])):
		return fmt.Errorf("%w: %q is reserved for the implementation in %s", ErrReserved, body, lang)
	}
	return nil
}

// Fix returns name if it is valid, or name re-cased into the case the room
// prescribes for kind if that makes it valid. Re-casing happens only when
// the name is made of word characters: ASCII letters, digits, _ and - and
// single spaces between words ("user name", "UserName", "user-name"); a PHP
// variable may keep its leading $ and a trailing "()" is ignored. Anything
// else (markup such as <script>, quotes, punctuation, emoji, Hangul, zero-
// width characters) is refused, never turned into an identifier.
//
// A name that is, or after re-casing becomes, a reserved word is refused
// rather than suffixed: class_ or klass are idioms the model's reason would
// not explain, and an answer always has other names. So is a name starting
// with a digit, or one longer than MaxNameLen after re-casing.
func Fix(spec Spec, kind Kind, name string) (string, error) {
	return resolve(spec).fix(kind, name)
}

func (rs *resolved) fix(kind Kind, name string) (string, error) {
	if !kind.Valid() {
		return "", fmt.Errorf("%w: %.20q", ErrUnknownKind, string(kind))
	}
	name = strings.TrimSpace(name)
	if len(name) > 2*MaxNameLen {
		return "", fmt.Errorf("%w: %d bytes", ErrTooLong, len(name))
	}
	name = strings.TrimSuffix(name, "()")
	if name == "" {
		return "", ErrEmpty
	}
	switch err := rs.validate(kind, name); {
	case err == nil:
		return name, nil
	case errors.Is(err, ErrReserved), errors.Is(err, ErrTooLong):
		return "", err
	}
	php := rs.info != nil && rs.info.phpVars && kind == KindVariable
	body := name
	if php {
		body = strings.TrimPrefix(body, "$")
	}
	prevSpace := false
	for j := 0; j < len(body); j++ {
		c := body[j]
		switch {
		case isLetterASCII(c) || isDigitASCII(c) || c == '_' || c == '-':
			prevSpace = false
		case c == ' ' && !prevSpace:
			prevSpace = true
		default:
			return "", fmt.Errorf("%w: only word characters can be re-cased", ErrIllegal)
		}
	}
	words := Split(body)
	if len(words) == 0 {
		return "", fmt.Errorf("%w: no words", ErrIllegal)
	}
	if isDigitASCII(words[0][0]) {
		return "", fmt.Errorf("%w: starts with a digit", ErrIllegal)
	}
	out := Format(words, rs.caseFor(kind))
	if php {
		out = "$" + out
	}
	if err := rs.validate(kind, out); err != nil {
		return "", err
	}
	return out, nil
}
