package namebot

import (
	"context"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// OAuthStateTTL is how long a sign-in with a provider may take from the
// redirect to the provider until its callback.
const OAuthStateTTL = 10 * time.Minute

// MaxNextLen caps the app path a provider sign-in returns to.
const MaxNextLen = 200

// OAuthIdentity is a person as a provider knows them. Provider and Subject
// (the provider's own user id) identify them; the email counts only when
// the provider says it is verified.
type OAuthIdentity struct {
	Provider      string
	Subject       string
	Email         string // normalised; empty when the provider gave none
	EmailVerified bool
	Nickname      string // as the provider has it; cleaned by OAuthNickname
}

// OAuthProvider is one identity provider (GitHub, Kakao): the redirect to
// its consent page, and the server-side exchange of the code it returns
// for the identity of the person who consented.
type OAuthProvider interface {
	// Name is the provider's path segment: "github", "kakao".
	Name() string
	// AuthorizeURL is where the browser goes to consent.
	AuthorizeURL(redirectURI, state, codeChallenge string) string
	// Identify exchanges code (with the PKCE verifier and the client
	// secret) and reads the user. A refused or unknown code is ECONFLICT
	// "oauth_code"; a provider that fails is EUNAVAILABLE.
	Identify(ctx context.Context, code, redirectURI, verifier string) (*OAuthIdentity, error)
}

// OAuthState is one pending provider sign-in: created by the start route,
// taken (deleted) exactly once by the callback.
type OAuthState struct {
	ID          string // the state parameter: 256 random bits, base64url
	Provider    string
	Verifier    string // the PKCE code verifier; never leaves the server
	BindingHash string // SHA-256 of the browser-binding cookie
	Next        string // app path to return to; "" for the default
	LinkUserID  string // set when a signed-in user links the provider
	ExpiresAt   time.Time
}

// OAuthStore keeps pending states and the links from a provider identity
// to a user. A link is one item per (provider, subject); the user item
// names its links too (User.Links) so that deleting a user finds them.
type OAuthStore interface {
	CreateOAuthState(ctx context.Context, st *OAuthState) error
	// TakeOAuthState deletes the state with one conditional delete and
	// returns it; ENOTFOUND when it is unknown, already taken or expired.
	TakeOAuthState(ctx context.Context, id string, now time.Time) (*OAuthState, error)
	// FindOAuthLink returns the user id linked to (provider, subject);
	// ENOTFOUND when there is none.
	FindOAuthLink(ctx context.Context, provider, subject string) (string, error)
	// ClaimOAuthLink writes the link item of a user that already names it;
	// ECONFLICT "oauth_linked_elsewhere" when the identity is linked.
	ClaimOAuthLink(ctx context.Context, userID, provider, subject string) error
	// LinkOAuth adds (provider, subject) to an existing user: first on the
	// user (ECONFLICT "oauth_already_linked" when the user has another
	// identity of that provider), then the link item (undone on conflict).
	LinkOAuth(ctx context.Context, userID, provider, subject string, now time.Time) error
	// UnclaimOAuthLink deletes a link item if it still names userID (a
	// link left by a user that no longer exists).
	UnclaimOAuthLink(ctx context.Context, userID, provider, subject string) error
}

// OAuthNickname makes a nickname that obeys the nickname rules from what
// a provider calls the person: control characters dropped, normalised
// (Normalize, which also removes bidi controls), cut to MaxNicknameLen
// characters; fallback when too little, or nothing visible, is left.
func OAuthNickname(name, fallback string) string {
	clean := func(s string) string {
		s = strings.Map(func(r rune) rune {
			if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
				return -1
			}
			return r
		}, s)
		s = Normalize(s)
		if cut, ok := Truncate(s, MaxNicknameLen); ok {
			s = Normalize(cut)
		}
		if Blank(s) {
			return ""
		}
		return s
	}
	if s := clean(name); utf8.RuneCountInString(s) >= MinNicknameLen {
		return s
	}
	return clean(fallback)
}

// CleanNext returns next when it is a path inside the app that is safe to
// send someone to after signing in, else "".
func CleanNext(next string) string {
	if next == "" || len(next) > MaxNextLen || !strings.HasPrefix(next, "/") ||
		strings.HasPrefix(next, "//") || strings.HasPrefix(next, "/\\") || strings.HasPrefix(next, "/api/") {
		return ""
	}
	for _, r := range next {
		if r <= ' ' || r == 0x7f || r == '\\' {
			return ""
		}
	}
	return next
}
