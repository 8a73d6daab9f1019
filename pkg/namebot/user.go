package namebot

import (
	"context"
	"net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Limits on account fields. The API documents them; the app checks them too,
// from frontend/src/limits.ts (limits_test.go fails when that copy differs).
const (
	MaxEmailLen    = 254
	MinPasswordLen = 8
	MaxPasswordLen = 64
	MinNicknameLen = 2
	MaxNicknameLen = 20
)

// User is a person with an account. PasswordHash never leaves the server:
// responses are built from UserView.
type User struct {
	ID           string
	Email        string // normalised: trimmed, lower-case
	Nickname     string
	PasswordHash string // empty for an account made by a provider sign-in
	IsManager    bool
	// Links are the provider identities that sign in as this user:
	// provider name -> the provider's user id.
	Links map[string]string
	// Deleting is set when the account's deletion has begun: from then on
	// the user is gone for every route (401) but the deletion itself,
	// which can be repeated until it completes.
	Deleting bool
	// CredVersion counts password changes. A session remembers the
	// version it was started with, and refresh refuses a session older
	// than the user's, except CredSID: the session that made the change.
	// So a login that read the old password and raced the change can
	// never refresh, whatever the order of the writes.
	CredVersion int64
	CredSID     string
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// SessionOutdated reports whether s was started with credentials this
// user has changed since (a password change made from another session).
func (u *User) SessionOutdated(s *Session) bool {
	return s.CredVersion < u.CredVersion && s.ID != u.CredSID
}

// Gone reports whether u no longer acts: missing, or being deleted.
func (u *User) Gone() bool { return u == nil || u.Deleting }

// UserUpdate is what PATCH /api/accounts/profile may change. Nil means keep.
type UserUpdate struct {
	Nickname *string
	// PasswordHash, when set, also bumps CredVersion and records KeepSID
	// (the caller's session, which stays signed in) as CredSID.
	PasswordHash *string
	KeepSID      string
}

// UserStore keeps users. Emails are unique regardless of case.
type UserStore interface {
	// CreateUser stores u; ECONFLICT "email_taken" when the email is in use.
	CreateUser(ctx context.Context, u *User) error
	// FindUserByID returns ENOTFOUND when there is no such user.
	FindUserByID(ctx context.Context, id string) (*User, error)
	// FindUserAndUsage is FindUserByID plus the user's quota counter for
	// day, in one round trip.
	FindUserAndUsage(ctx context.Context, id, day string) (*User, int, error)
	// FindUserByEmail takes a normalised email; ENOTFOUND when unknown.
	FindUserByEmail(ctx context.Context, email string) (*User, error)
	// UpdateUser applies upd and returns the stored user.
	UpdateUser(ctx context.Context, id string, upd UserUpdate, now time.Time) (*User, error)
	// MarkUserDeleting records that the user's deletion has begun (the
	// tombstone every writer checks after writing); ENOTFOUND when there
	// is no such user.
	MarkUserDeleting(ctx context.Context, id string, now time.Time) error
	// DeleteUser removes the user's provider links, frees the email and
	// removes the user.
	DeleteUser(ctx context.Context, u *User) error
	// SetManager promotes or demotes a user (operators only, never the API).
	SetManager(ctx context.Context, email string, manager bool) (*User, error)
}

// LoginThrottle is the failure record of one email.
type LoginThrottle struct {
	Failures    int
	LastFailure time.Time
}

// FreeAttempts is how many failed logins in a row are answered at once;
// after that each attempt must wait twice as long as the one before.
const FreeAttempts = 5

// MaxLoginDelay caps the wait between attempts after repeated failures.
const MaxLoginDelay = 15 * time.Minute

// Wait returns how long from now the next attempt must wait (0 = go).
func (t LoginThrottle) Wait(now time.Time) time.Duration {
	if t.Failures < FreeAttempts {
		return 0
	}
	d := time.Second << min(t.Failures-FreeAttempts, 10)
	if d > MaxLoginDelay {
		d = MaxLoginDelay
	}
	if w := t.LastFailure.Add(d).Sub(now); w > 0 {
		return w
	}
	return 0
}

// ThrottleStore counts failed logins per email.
type ThrottleStore interface {
	FindLoginThrottle(ctx context.Context, email string) (LoginThrottle, error)
	RecordLoginFailure(ctx context.Context, email string, now time.Time) error
	ClearLoginFailures(ctx context.Context, email string) error
}

// SignupCounter counts sign-ups per client address and day.
type SignupCounter interface {
	// CountSignup takes one of limit sign-ups of addr on day in one
	// conditional write; false when they are all taken.
	CountSignup(ctx context.Context, addr, day string, limit int) (bool, error)
}

// NormalizeEmail puts an email in the one form that is stored and compared:
// the text normalisation (NFC, format characters such as zero-width spaces
// removed, trimmed), then lower-case. Addresses that differ only by case,
// composition or invisible characters are one account.
func NormalizeEmail(s string) string {
	s = strings.ToLower(Normalize(s))
	if !isASCII(s) {
		s = Normalize(s) // lower-casing can decompose (İ → i + U+0307)
	}
	return s
}

// ValidateEmail checks a normalised email.
func ValidateEmail(f FieldErrors, field, email string) {
	switch {
	case email == "":
		f.Add(field, "required")
	case utf8.RuneCountInString(email) > MaxEmailLen:
		f.Add(field, "too_long", MaxEmailLen)
	default:
		a, err := mail.ParseAddress(email)
		at := strings.LastIndexByte(email, '@')
		if err != nil || a.Address != email || at < 1 || !strings.Contains(email[at:], ".") || hasSpaceOrInvisible(email) {
			f.Add(field, "bad_email")
		}
	}
}

// ValidatePassword checks the password rules: 8-64 characters, at least one
// letter and one digit, not the email itself.
func ValidatePassword(f FieldErrors, field, pw, email string) {
	n := utf8.RuneCountInString(pw)
	switch {
	case pw == "":
		f.Add(field, "required")
	case !utf8.ValidString(pw):
		f.Add(field, "control_chars")
	case n < MinPasswordLen:
		f.Add(field, "too_short", MinPasswordLen)
	case n > MaxPasswordLen:
		f.Add(field, "too_long", MaxPasswordLen)
	case strings.EqualFold(pw, email):
		f.Add(field, "password_is_email")
	default:
		var letter, digit bool
		for _, r := range pw {
			letter = letter || unicode.IsLetter(r)
			digit = digit || unicode.IsDigit(r)
		}
		if !letter || !digit {
			f.Add(field, "weak_password")
		}
	}
}

// CleanNickname normalises a nickname (Normalize) and validates it. A
// nickname is someone's name on every post: bidi overrides and isolates,
// which make "\u202Enimda" read "admin", are refused rather than removed.
func CleanNickname(f FieldErrors, field, s string) string {
	if HasBidiControl(s) {
		f.Add(field, "bidi_chars")
		return s
	}
	if s = Normalize(s); Blank(s) {
		s = ""
	}
	n := utf8.RuneCountInString(s)
	switch {
	case s == "":
		f.Add(field, "required")
	case n < MinNicknameLen:
		f.Add(field, "too_short", MinNicknameLen)
	case n > MaxNicknameLen:
		f.Add(field, "too_long", MaxNicknameLen)
	case hasControl(s):
		f.Add(field, "control_chars")
	}
	return s
}

// CleanText normalises a free-text field (Normalize), checks its length in
// characters and refuses control characters other than newline and tab
// when multiline. Text that shows nothing is blank: "" for an optional
// field, "required" for a required one.
func CleanText(f FieldErrors, field, s string, required bool, maxLen int, multiline bool) string {
	if s = Normalize(s); Blank(s) {
		s = ""
	}
	switch {
	case s == "" && required:
		f.Add(field, "required")
	case utf8.RuneCountInString(s) > maxLen:
		f.Add(field, "too_long", maxLen)
	case multiline && hasControlExceptNewline(s), !multiline && hasControl(s):
		f.Add(field, "control_chars")
	}
	return s
}

// Truncate cuts s to at most n characters (runes), walking the string
// rather than converting it.
func Truncate(s string, n int) (string, bool) {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos], true
		}
		i++
	}
	return s, false
}

// Deref is the value of an optional string field of a request body ("" when
// absent).
func Deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return true
		}
	}
	return false
}

func hasControlExceptNewline(s string) bool {
	for _, r := range s {
		if r == '\n' || r == '\t' || r == '\r' {
			continue
		}
		if unicode.IsControl(r) {
			return true
		}
	}
	return false
}

func hasSpaceOrInvisible(s string) bool {
	for _, r := range s {
		if isPadding(r) || isIgnorable(r) || unicode.IsControl(r) {
			return true
		}
	}
	return false
}
