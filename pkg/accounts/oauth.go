package accounts

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"time"

	"namebot/pkg/auth"
	"namebot/pkg/namebot"
)

// OAuth is the provider sign-in part of the service (docs/oauth.md).
type OAuth struct {
	Store     namebot.OAuthStore
	Providers map[string]namebot.OAuthProvider // configured providers only
	// AppOrigin is the app's public origin (APP_ORIGIN): the callback URL
	// is built from it, never from the request's Host header.
	AppOrigin string
}

// ProviderNames lists the configured providers, sorted.
// identifyTimeout bounds the whole exchange with a provider.
const identifyTimeout = 6 * time.Second

func (s *Service) ProviderNames() []string {
	names := make([]string, 0, len(s.OAuth.Providers))
	for n := range s.OAuth.Providers {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func (s *Service) provider(name string) (namebot.OAuthProvider, error) {
	if p, ok := s.OAuth.Providers[name]; ok {
		return p, nil
	}
	return nil, namebot.Errorf(namebot.ENOTFOUND, "oauth_provider_unknown")
}

// RedirectURI is the callback URL registered with the provider.
func (s *Service) RedirectURI(provider string) string {
	return s.OAuth.AppOrigin + "/api/accounts/oauth/" + provider + "/callback"
}

// OAuthStart is where to send the browser and the value of the cookie that
// binds the pending sign-in to that browser.
type OAuthStart struct {
	URL     string
	Binding string
}

func random() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b) // never fails since Go 1.24
	return base64.RawURLEncoding.EncodeToString(b)
}

func hashBinding(v string) string {
	sum := sha256.Sum256([]byte("namebot-oauth-binding:" + v))
	return hex.EncodeToString(sum[:])
}

// StartOAuth creates a single-use state with a PKCE verifier and returns
// the provider's authorize URL. next is kept only when it is an app path.
func (s *Service) StartOAuth(ctx context.Context, provider, next string) (*OAuthStart, error) {
	return s.startOAuth(ctx, provider, namebot.CleanNext(next), "")
}

// StartOAuthLink is StartOAuth for a signed-in user adding a provider to
// their account. An account with a password must confirm it first: the
// link is what lets the provider sign in as this account from then on.
func (s *Service) StartOAuthLink(ctx context.Context, userID, provider, password string) (*OAuthStart, error) {
	if _, err := s.provider(provider); err != nil {
		return nil, err
	}
	u, err := s.signedIn(ctx, userID)
	if err != nil {
		return nil, err
	}
	if u.PasswordHash != "" {
		if err := s.checkPassword(ctx, u, password, "password", "password_wrong"); err != nil {
			return nil, err
		}
	}
	return s.startOAuth(ctx, provider, "/profile", userID)
}

func (s *Service) startOAuth(ctx context.Context, provider, next, linkUserID string) (*OAuthStart, error) {
	p, err := s.provider(provider)
	if err != nil {
		return nil, err
	}
	verifier := random()
	challenge := sha256.Sum256([]byte(verifier))
	st := &namebot.OAuthState{
		ID: random(), Provider: provider, Verifier: verifier, Next: next, LinkUserID: linkUserID,
		ExpiresAt: s.Now().Add(namebot.OAuthStateTTL),
	}
	binding := random()
	st.BindingHash = hashBinding(binding)
	if err := s.OAuth.Store.CreateOAuthState(ctx, st); err != nil {
		return nil, err
	}
	url := p.AuthorizeURL(s.RedirectURI(provider), st.ID, base64.RawURLEncoding.EncodeToString(challenge[:]))
	return &OAuthStart{URL: url, Binding: binding}, nil
}

// OAuthCallback is what the provider sent back to the callback URL, and
// the browser's binding cookie.
type OAuthCallback struct {
	State, Code, Error, Binding string
}

// OAuthResult is a finished provider sign-in: a new session (Login), or
// a link added to the signed-in account (Login nil).
type OAuthResult struct {
	Login *Login
	Next  string
}

func oauthFailed(key string) error { return namebot.Errorf(namebot.EFORBIDDEN, key) }

// FinishOAuth checks and consumes the state, exchanges the code and signs
// the provider's user in (or adds the link the state asks for). Every
// refusal is a coded error whose key names the reason (oauth_*).
func (s *Service) FinishOAuth(ctx context.Context, provider string, in OAuthCallback) (*OAuthResult, error) {
	p, err := s.provider(provider)
	if err != nil {
		return nil, err
	}
	if in.State == "" || len(in.State) > 100 {
		return nil, oauthFailed("oauth_state")
	}
	st, err := s.OAuth.Store.TakeOAuthState(ctx, in.State, s.Now())
	if err != nil {
		if namebot.ErrorCode(err) == namebot.ENOTFOUND {
			return nil, oauthFailed("oauth_state")
		}
		return nil, err
	}
	// The state was made for this provider and this browser: a state
	// carried to another browser (login CSRF) fails here, and it is gone.
	if st.Provider != provider || in.Binding == "" ||
		subtle.ConstantTimeCompare([]byte(hashBinding(in.Binding)), []byte(st.BindingHash)) != 1 {
		return nil, oauthFailed("oauth_state")
	}
	switch {
	case in.Error == "access_denied":
		return nil, oauthFailed("oauth_cancelled")
	case in.Error != "":
		return nil, oauthFailed("oauth_provider")
	case in.Code == "" || len(in.Code) > 512:
		return nil, oauthFailed("oauth_code")
	}
	// The provider calls (token, user, emails) share one deadline well
	// inside the accounts function's 10 s, so a slow provider ends on the
	// app's error page rather than a gateway timeout.
	ictx, cancel := context.WithTimeout(ctx, identifyTimeout)
	id, err := p.Identify(ictx, in.Code, s.RedirectURI(provider), st.Verifier)
	cancel()
	if err != nil {
		return nil, err
	}
	if st.LinkUserID != "" {
		if err := s.linkIdentity(ctx, st.LinkUserID, id); err != nil {
			return nil, err
		}
		return &OAuthResult{Next: st.Next}, nil
	}
	u, err := s.oauthUser(ctx, id)
	if err != nil {
		return nil, err
	}
	l, err := s.startSession(ctx, u)
	if err != nil {
		return nil, err
	}
	return &OAuthResult{Login: l, Next: st.Next}, nil
}

// linkedUser follows the link of id to its user; nil when there is no
// link. A link whose user is gone (a deletion that stopped halfway) is
// removed and counts as none.
func (s *Service) linkedUser(ctx context.Context, id *namebot.OAuthIdentity) (*namebot.User, error) {
	uid, err := s.OAuth.Store.FindOAuthLink(ctx, id.Provider, id.Subject)
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	u, err := s.Users.FindUserByID(ctx, uid)
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return nil, s.OAuth.Store.UnclaimOAuthLink(ctx, uid, id.Provider, id.Subject)
	}
	return u, err
}

// oauthUser returns the user the identity signs in as, creating an
// account without a password on a first sign-in. A verified email that
// belongs to an account is never linked here: the owner must sign in with
// their password and link from the profile (oauth_link_required).
func (s *Service) oauthUser(ctx context.Context, id *namebot.OAuthIdentity) (*namebot.User, error) {
	for attempt := 0; ; attempt++ {
		u, err := s.linkedUser(ctx, id)
		if err != nil || u != nil {
			return u, err
		}
		f := namebot.FieldErrors{}
		if namebot.ValidateEmail(f, "email", id.Email); !id.EmailVerified || len(f) > 0 {
			return nil, oauthFailed("oauth_email_unverified")
		}
		if _, err := s.Users.FindUserByEmail(ctx, id.Email); err == nil {
			return nil, oauthFailed("oauth_link_required")
		} else if namebot.ErrorCode(err) != namebot.ENOTFOUND {
			return nil, err
		}
		now := s.Now().UTC()
		u = &namebot.User{
			ID: namebot.NewID(), Email: id.Email, Nickname: id.Nickname,
			Links: map[string]string{id.Provider: id.Subject}, CreatedAt: now, UpdatedAt: now,
		}
		if err := s.Users.CreateUser(ctx, u); err != nil {
			if namebot.ErrorCode(err) == namebot.ECONFLICT {
				return nil, oauthFailed("oauth_link_required")
			}
			return nil, err
		}
		err = s.OAuth.Store.ClaimOAuthLink(ctx, u.ID, id.Provider, id.Subject)
		if err == nil {
			return u, nil
		}
		// Another callback of the same person won the race: undo ours and
		// sign in as theirs.
		if derr := s.Users.DeleteUser(ctx, u); derr != nil {
			return nil, derr
		}
		if namebot.ErrorCode(err) != namebot.ECONFLICT || attempt == 1 {
			return nil, err
		}
	}
}

// linkIdentity adds id to the signed-in user of the state.
func (s *Service) linkIdentity(ctx context.Context, userID string, id *namebot.OAuthIdentity) error {
	u, err := s.linkedUser(ctx, id)
	if err != nil {
		return err
	}
	if u != nil {
		if u.ID == userID {
			return nil
		}
		return oauthFailed("oauth_linked_elsewhere")
	}
	err = s.OAuth.Store.LinkOAuth(ctx, userID, id.Provider, id.Subject, s.Now().UTC())
	if namebot.ErrorCode(err) == namebot.ENOTFOUND {
		return oauthFailed("oauth_account_gone")
	}
	if e, ok := namebot.AsError(err); ok && e.Code == namebot.ECONFLICT {
		return oauthFailed(e.Key)
	}
	return err
}

// checkPassword verifies password for u: 400 when empty, 403 with wrongKey
// on field when wrong. It is throttled exactly like a login, on the same
// per-email record: a wrong password here counts as a failed login, and
// after FreeAttempts failures it answers 429 without checking, so a stolen
// access token cannot be used to guess the password either.
func (s *Service) checkPassword(ctx context.Context, u *namebot.User, password, field, wrongKey string) error {
	if password == "" {
		f := namebot.FieldErrors{}
		f.Add(field, "required")
		return f.Err()
	}
	now := s.Now()
	th, err := s.Throttle.FindLoginThrottle(ctx, u.Email)
	if err != nil {
		return err
	}
	if wait := th.Wait(now); wait > 0 {
		return throttled("password_throttled", wait)
	}
	if err := s.Hasher.Verify(ctx, u.PasswordHash, password); err != nil {
		if !errors.Is(err, auth.ErrMismatch) {
			return fmt.Errorf("check password: %w", err)
		}
		if err := s.Throttle.RecordLoginFailure(ctx, u.Email, now); err != nil {
			return err
		}
		e := namebot.Errorf(namebot.EFORBIDDEN, wrongKey)
		e.Fields = namebot.FieldErrors{field: {Key: wrongKey}}
		return e
	}
	if th.Failures > 0 {
		if err := s.Throttle.ClearLoginFailures(ctx, u.Email); err != nil {
			s.Log.WarnContext(ctx, "clear login failures", "err", err)
		}
	}
	return nil
}
