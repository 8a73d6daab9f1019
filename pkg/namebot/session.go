package namebot

import (
	"context"
	"time"
)

// Refresh-token lifetimes. A family is the chain of tokens that one login
// starts; each refresh rotates the token within its family.
const (
	RefreshTTL       = 14 * 24 * time.Hour // idle limit: a token unused this long expires
	RefreshFamilyTTL = 60 * 24 * time.Hour // absolute limit from the login
	AccessTokenTTL   = 15 * time.Minute
	// RotationGrace is how long after a rotation the token just replaced
	// still rotates the family (again) instead of revoking it: its
	// presenter lost the answer (a page reloaded or left while its
	// refresh was on the way keeps the old cookie). The window is counted
	// from the first rotation and never extended.
	RotationGrace = 10 * time.Second
	// ReuseMemory is how many previous tokens of a family are remembered
	// (as hashes) at least: one of them presented again is reuse and
	// revokes the family; any other wrong token is only refused. The
	// store keeps between ReuseMemory and 2*ReuseMemory of them.
	ReuseMemory = 16
)

// Session is one refresh-token family. Only hashes of tokens are stored.
type Session struct {
	ID        string // family id; the public part of the refresh token
	UserID    string
	TokenHash string // hash of the current token
	Revoked   bool
	// CredVersion is the user's CredVersion when the session started.
	CredVersion int64
	CreatedAt   time.Time
	ExpiresAt   time.Time // idle expiry of the current token
}

// RotateResult says how a rotation attempt ended.
type RotateResult int

// The outcomes of SessionStore.RotateSession.
const (
	Rotated RotateResult = iota // the token was current; it is replaced
	Reused                      // the token was an old one of the family: the family is now revoked
	Invalid                     // unknown, revoked or expired
)

// SessionStore keeps refresh-token families.
type SessionStore interface {
	CreateSession(ctx context.Context, s *Session) error
	// RotateSession replaces oldHash by newHash in family id in one
	// conditional write. When the family exists and oldHash is one of its
	// previous tokens (an old token replayed: someone else may hold a
	// copy) it revokes the family and returns Reused, except for the token
	// replaced within RotationGrace, which rotates the family again (the
	// current token, never received, joins the old ones). A token never
	// issued in the family (anyone can read the family id: it is the
	// access token's sid) is Invalid and revokes nothing.
	RotateSession(ctx context.Context, id, oldHash, newHash string, now, expires time.Time) (RotateResult, *Session, error)
	// RevokeSession revokes family id if it belongs to userID.
	RevokeSession(ctx context.Context, id, userID string) error
	// RevokeUserSessions revokes every family of a user (password change,
	// account deletion); exceptID, if set, is kept (the caller's own).
	RevokeUserSessions(ctx context.Context, userID, exceptID string) error
}
