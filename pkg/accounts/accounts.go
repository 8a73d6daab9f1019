// Package accounts is the account service: sign-up, login, token refresh and
// rotation, logout, profile and account deletion. It talks to stores through
// the domain's interfaces and never sees HTTP.
package accounts

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"namebot/pkg/auth"
	"namebot/pkg/namebot"
)

// Service implements the accounts use cases.
type Service struct {
	Users    namebot.UserStore
	Throttle namebot.ThrottleStore
	Sessions namebot.SessionStore
	Quotas   namebot.QuotaStore
	Policy   namebot.QuotaPolicy
	Hasher   *auth.Hasher
	Tokens   *auth.Tokens
	Now      func() time.Time
	Log      *slog.Logger
	// Cascades delete what a user owns (rooms, messages, posts, images)
	// before the user itself; each must be idempotent so that a deletion
	// that failed halfway can simply be retried.
	Cascades []func(ctx context.Context, userID string) error
	// OAuth is sign-in with GitHub and Kakao (oauth.go).
	OAuth OAuth
	// Signups and SignupLimit throttle sign-ups per client address and
	// UTC day (0: no limit).
	Signups     namebot.SignupCounter
	SignupLimit int
}

// SignupInput is the body of POST /api/accounts/signup.
type SignupInput struct {
	Email     string `json:"email"`
	Password  string `json:"password"`
	Password2 string `json:"password2"`
	Nickname  string `json:"nickname"`
}

// Login is the result of a login or a refresh.
type Login struct {
	User         *namebot.User
	AccessToken  string
	RefreshToken string
	ExpiresIn    time.Duration
	// RefreshExpires is when the refresh token stops working if unused.
	RefreshExpires time.Time
}

// Signup creates an account. addr is the client's address as the HTTP
// layer established it; each address has SignupLimit sign-ups a UTC day,
// counted once the input is valid, whether or not the email was free (so
// the 409 of a taken email is throttled as well).
func (s *Service) Signup(ctx context.Context, in SignupInput, addr string) (*namebot.User, error) {
	f := namebot.FieldErrors{}
	email := namebot.NormalizeEmail(in.Email)
	namebot.ValidateEmail(f, "email", email)
	namebot.ValidatePassword(f, "password", in.Password, email)
	if in.Password2 == "" {
		f.Add("password2", "required")
	} else if in.Password2 != in.Password {
		f.Add("password2", "password_mismatch")
	}
	nick := namebot.CleanNickname(f, "nickname", in.Nickname)
	if err := f.Err(); err != nil {
		return nil, err
	}
	if s.SignupLimit > 0 {
		now := s.Now().UTC()
		ok, err := s.Signups.CountSignup(ctx, addr, now.Format("2006-01-02"), s.SignupLimit)
		if err != nil {
			return nil, err
		}
		if !ok {
			midnight := now.Truncate(24 * time.Hour).Add(24 * time.Hour)
			return nil, throttled("signup_throttled", midnight.Sub(now))
		}
	}
	hash, err := s.Hasher.Hash(ctx, in.Password)
	if err != nil {
		return nil, fmt.Errorf("signup: %w", err)
	}
	now := s.Now().UTC()
	u := &namebot.User{
		ID:           namebot.NewID(),
		Email:        email,
		Nickname:     nick,
		PasswordHash: hash,
		CreatedAt:    now,
		UpdatedAt:    now,
	}
	if err := s.Users.CreateUser(ctx, u); err != nil {
		return nil, err
	}
	return u, nil
}

// Login checks credentials and starts a refresh-token family. An unknown
// email and a wrong password get the same answer after the same work.
func (s *Service) Login(ctx context.Context, email, password string) (*Login, error) {
	email = namebot.NormalizeEmail(email)
	f := namebot.FieldErrors{}
	if email == "" {
		f.Add("email", "required")
	}
	if password == "" {
		f.Add("password", "required")
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	if len(email) > namebot.MaxEmailLen || len(password) > 4*namebot.MaxPasswordLen {
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "bad_credentials")
	}
	now := s.Now()
	// The failure record and the user are independent reads: at once.
	type throttleResult struct {
		th  namebot.LoginThrottle
		err error
	}
	tc := make(chan throttleResult, 1)
	go func() {
		th, err := s.Throttle.FindLoginThrottle(ctx, email)
		tc <- throttleResult{th, err}
	}()
	u, err := s.Users.FindUserByEmail(ctx, email)
	tr := <-tc
	if tr.err != nil {
		return nil, tr.err
	}
	th := tr.th
	if wait := th.Wait(now); wait > 0 {
		return nil, throttled("login_throttled", wait)
	}
	hash := ""
	switch {
	case err == nil:
		hash = u.PasswordHash
	case namebot.ErrorCode(err) != namebot.ENOTFOUND:
		return nil, err
	}
	if verr := s.Hasher.Verify(ctx, hash, password); verr != nil || u == nil {
		if verr != nil && !errors.Is(verr, auth.ErrMismatch) {
			return nil, fmt.Errorf("login: %w", verr)
		}
		if err := s.Throttle.RecordLoginFailure(ctx, email, now); err != nil {
			return nil, err
		}
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "bad_credentials")
	}
	if th.Failures > 0 {
		if err := s.Throttle.ClearLoginFailures(ctx, email); err != nil {
			s.Log.WarnContext(ctx, "clear login failures", "err", err)
		}
	}
	return s.startSession(ctx, u)
}

// throttled is the 429 of a password check that must wait, with
// Retry-After in whole seconds.
func throttled(key string, wait time.Duration) error {
	secs := int((wait + time.Second - 1) / time.Second)
	e := namebot.Errorf(namebot.ERATELIMITED, key, secs)
	e.RetryAfterSeconds = secs
	return e
}

func (s *Service) startSession(ctx context.Context, u *namebot.User) (*Login, error) {
	now := s.Now().UTC()
	sess := &namebot.Session{
		ID:     namebot.NewID(),
		UserID: u.ID,
		// The version of the credentials just checked, read in the same
		// item as the hash: a password change after that read outdates it.
		CredVersion: u.CredVersion,
		CreatedAt:   now,
		ExpiresAt:   now.Add(namebot.RefreshTTL),
	}
	token, hash, err := auth.NewRefreshToken(sess.ID)
	if err != nil {
		return nil, fmt.Errorf("start session: %w", err)
	}
	sess.TokenHash = hash
	if err := s.Sessions.CreateSession(ctx, sess); err != nil {
		return nil, err
	}
	return s.issue(u, sess.ID, token, sess.ExpiresAt)
}

func (s *Service) issue(u *namebot.User, sid, refresh string, refreshExpires time.Time) (*Login, error) {
	access, err := s.Tokens.Issue(u.ID, sid)
	if err != nil {
		return nil, fmt.Errorf("issue access token: %w", err)
	}
	return &Login{User: u, AccessToken: access, RefreshToken: refresh, ExpiresIn: s.Tokens.TTL(), RefreshExpires: refreshExpires}, nil
}

// Refresh rotates a refresh token: the old one stops working and a new one
// and a new access token are returned. Presenting an already rotated token
// revokes the whole family (someone else may hold a copy).
func (s *Service) Refresh(ctx context.Context, token string) (*Login, error) {
	if token == "" {
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "refresh_missing")
	}
	id, ok := auth.ParseRefreshToken(token)
	if !ok {
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "refresh_invalid")
	}
	newToken, newHash, err := auth.NewRefreshToken(id)
	if err != nil {
		return nil, fmt.Errorf("refresh: %w", err)
	}
	now := s.Now().UTC()
	expires := now.Add(namebot.RefreshTTL)
	res, sess, err := s.Sessions.RotateSession(ctx, id, auth.HashRefreshToken(token), newHash, now, expires)
	if err != nil {
		return nil, err
	}
	switch res {
	case namebot.Reused:
		s.Log.WarnContext(ctx, "refresh token reuse: family revoked", "family", id)
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "refresh_reused")
	case namebot.Invalid:
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "refresh_invalid")
	}
	u, err := s.Users.FindUserByID(ctx, sess.UserID)
	if namebot.ErrorCode(err) == namebot.ENOTFOUND || err == nil && u.Gone() {
		_ = s.Sessions.RevokeSession(ctx, id, sess.UserID)
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "refresh_invalid")
	}
	if err != nil {
		return nil, err
	}
	if u.SessionOutdated(sess) {
		// Started before a password change made elsewhere: whoever signed
		// in with the old password is out, even if the change's
		// revocation did not see this family (a login racing the change).
		if err := s.Sessions.RevokeSession(ctx, id, sess.UserID); err != nil {
			return nil, err
		}
		return nil, namebot.Errorf(namebot.EUNAUTHORIZED, "refresh_invalid")
	}
	if sess.ExpiresAt.Before(expires) {
		expires = sess.ExpiresAt
	}
	return s.issue(u, id, newToken, expires)
}

// Logout revokes the family of token when it belongs to userID. A missing
// or malformed token is not an error: the caller is signed out either way.
func (s *Service) Logout(ctx context.Context, userID, token string) error {
	id, ok := auth.ParseRefreshToken(token)
	if !ok {
		return nil
	}
	return s.Sessions.RevokeSession(ctx, id, userID)
}

// Profile is a user with today's quota.
type Profile struct {
	User  *namebot.User
	Quota namebot.Quota
}

// Profile returns the user and today's quota.
func (s *Service) Profile(ctx context.Context, userID string) (*Profile, error) {
	return s.profile(ctx, userID, nil)
}

func (s *Service) profile(ctx context.Context, userID string, u *namebot.User) (*Profile, error) {
	now := s.Now()
	var n int
	var err error
	if u == nil {
		// The user and today's counter in one BatchGetItem.
		u, n, err = s.Users.FindUserAndUsage(ctx, userID, s.Policy.Day(now))
	} else {
		n, err = s.Quotas.Used(ctx, userID, s.Policy.Day(now))
	}
	if err == nil && u.Gone() {
		err = namebot.UserGone()
	}
	if err != nil {
		return nil, gone(err)
	}
	return &Profile{User: u, Quota: s.Policy.Quota(n, now)}, nil
}

// ProfileUpdate is the body of PATCH /api/accounts/profile. Only these
// fields exist; anything else in the body is refused by the decoder.
type ProfileUpdate struct {
	Nickname        *string `json:"nickname"`
	CurrentPassword *string `json:"current_password"`
	NewPassword     *string `json:"new_password"`
	NewPassword2    *string `json:"new_password2"`
}

// UpdateProfile changes the nickname and/or the password. A new password
// needs the right current password (400 when missing, 403 when wrong) and
// then revokes every other session of the user; nothing changes on error.
func (s *Service) UpdateProfile(ctx context.Context, userID, sid string, in ProfileUpdate) (*Profile, error) {
	u, err := s.signedIn(ctx, userID)
	if err != nil {
		return nil, err
	}
	f := namebot.FieldErrors{}
	var upd namebot.UserUpdate
	if in.Nickname != nil {
		nick := namebot.CleanNickname(f, "nickname", *in.Nickname)
		upd.Nickname = &nick
	}
	changePassword := in.NewPassword != nil || in.NewPassword2 != nil
	if changePassword {
		pw := namebot.Deref(in.NewPassword)
		namebot.ValidatePassword(f, "new_password", pw, u.Email)
		if namebot.Deref(in.NewPassword2) != pw {
			f.Add("new_password2", "password_mismatch")
		}
		// An account made by a provider sign-in has no password to
		// confirm: its first one is set with new_password alone.
		if namebot.Deref(in.CurrentPassword) == "" && u.PasswordHash != "" {
			f.Add("current_password", "current_password_required")
		}
	}
	if in.Nickname == nil && !changePassword {
		return nil, namebot.Errorf(namebot.EINVALID, "nothing_to_update")
	}
	if err := f.Err(); err != nil {
		return nil, err
	}
	if changePassword && u.PasswordHash != "" {
		if err := s.checkPassword(ctx, u, *in.CurrentPassword, "current_password", "current_password_wrong"); err != nil {
			return nil, err
		}
	}
	if changePassword {
		hash, err := s.Hasher.Hash(ctx, *in.NewPassword)
		if err != nil {
			return nil, fmt.Errorf("update profile: %w", err)
		}
		upd.PasswordHash = &hash
		upd.KeepSID = sid
	}
	u, err = s.Users.UpdateUser(ctx, userID, upd, s.Now().UTC())
	if err != nil {
		return nil, err
	}
	if changePassword {
		// Other sessions may belong to whoever knew the old password. The
		// credentials version already keeps them from refreshing (even
		// one this query cannot see yet); revoking ends them at once.
		if err := s.Sessions.RevokeUserSessions(ctx, userID, sid); err != nil {
			return nil, err
		}
	}
	return s.profile(ctx, userID, u)
}

// DeleteAccount removes the user and everything it owns after checking the
// password, or, for an account without one (made by a provider sign-in),
// the account's email typed as confirm. The user is first marked deleting
// (the tombstone): from then on every route refuses the user (401), and a
// writer that made something of the user checks the user after its write
// and takes the write back if it finds the mark, so that the sweeps below
// (which start after the mark) and the writers between them leave nothing.
// Owned data goes next and the user last; a failure halfway leaves a
// marked account whose deletion can be repeated (with the same access
// token, or after signing in again). The user's provider links go with
// the user.
func (s *Service) DeleteAccount(ctx context.Context, userID, password, confirm string) error {
	// Not signedIn: a user already marked may repeat its deletion.
	u, err := s.Users.FindUserByID(ctx, userID)
	if err != nil {
		return gone(err)
	}
	if u.PasswordHash == "" {
		f := namebot.FieldErrors{}
		switch {
		case confirm == "":
			f.Add("confirm", "confirm_email_required")
		case namebot.NormalizeEmail(confirm) != u.Email:
			e := namebot.Errorf(namebot.EFORBIDDEN, "confirm_email_wrong")
			e.Fields = namebot.FieldErrors{"confirm": {Key: "confirm_email_wrong"}}
			return e
		}
		if err := f.Err(); err != nil {
			return err
		}
	} else if err := s.checkPassword(ctx, u, password, "password", "password_wrong"); err != nil {
		return err
	}
	if err := s.Users.MarkUserDeleting(ctx, userID, s.Now().UTC()); err != nil {
		return gone(err)
	}
	if err := s.Sessions.RevokeUserSessions(ctx, userID, ""); err != nil {
		return err
	}
	for _, c := range s.Cascades {
		if err := c(ctx, userID); err != nil {
			return err
		}
	}
	if err := s.Quotas.DeleteQuotas(ctx, userID); err != nil {
		return err
	}
	return s.Users.DeleteUser(ctx, u)
}

// signedIn returns the caller's user; a user deleted (or being deleted)
// since their token was issued is 401.
func (s *Service) signedIn(ctx context.Context, userID string) (*namebot.User, error) {
	return namebot.LiveUser(s.Users.FindUserByID(ctx, userID))
}

// gone turns "no such user" into 401 user_gone; other errors pass.
func gone(err error) error {
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return namebot.UserGone()
	}
	return err
}
