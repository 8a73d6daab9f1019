package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"sort"
	"strconv"
	"time"

	"namebot/pkg/accounts"
	"namebot/pkg/namebot"
)

// RefreshCookie is the name of the refresh-token cookie. It is scoped to
// /api/accounts so that no other route ever receives it.
const RefreshCookie = "namebot_refresh"

// SessionCookie tells the app that a refresh cookie may be there, which
// the app cannot see (HttpOnly). Its value is no secret ("1"): it is set
// and cleared with the refresh cookie, with the same lifetime, readable by
// the app on every page (Path=/), so a visitor who never signed in makes
// no refresh call (each one a Lambda invocation and an API Gateway
// request). Forging it only costs its holder a refresh answered 401.
const SessionCookie = "namebot_session"

// Pinger answers whether a store is reachable (health checks).
type Pinger interface {
	Ping(ctx context.Context) error
}

// AccountsOptions are what the accounts routes take from configuration.
type AccountsOptions struct {
	// AppOrigin is the app's origin (APP_ORIGIN): writes from any other
	// origin are refused, so that a page elsewhere cannot sign a visitor
	// in or out (login CSRF).
	AppOrigin string
	// EdgeSecret is CloudFront's X-Namebot-Edge value (ClientAddress).
	EdgeSecret string
}

// Accounts returns the routes of the accounts function.
func Accounts(svc *accounts.Service, opt AccountsOptions, health ...Pinger) []Route {
	appOrigin := opt.AppOrigin
	h := accountsHandler{svc: svc, health: health, edgeSecret: opt.EdgeSecret}
	routes := []Route{
		{Key: "POST /api/accounts/signup", Fn: h.signup},
		{Key: "POST /api/accounts/login", Fn: h.login},
		{Key: "POST /api/accounts/token/refresh", Fn: h.refresh},
		{Key: "POST /api/accounts/logout", Access: SignedIn, Fn: h.logout},
		{Key: "GET /api/accounts/profile", Access: SignedIn, Fn: h.profile},
		{Key: "PATCH /api/accounts/profile", Access: SignedIn, Fn: h.updateProfile},
		{Key: "DELETE /api/accounts/profile", Access: SignedIn, Fn: h.deleteAccount},
		{Key: "GET /api/health", Fn: h.healthCheck},
		{Key: "GET /api/accounts/oauth/providers", Fn: h.oauthProviders},
		{Key: "GET /api/accounts/oauth/{provider}/start", Fn: h.oauthStart},
		{Key: "GET /api/accounts/oauth/{provider}/callback", Fn: h.oauthCallback},
		{Key: "POST /api/accounts/oauth/{provider}/link", Access: SignedIn, Fn: h.oauthLink},
	}
	for i := range routes {
		routes[i].AppOrigin = appOrigin
	}
	return routes
}

type accountsHandler struct {
	svc        *accounts.Service
	health     []Pinger
	edgeSecret string
}

type userJSON struct {
	ID       string `json:"id"`
	Email    string `json:"email"`
	Nickname string `json:"nickname"`
}

type profileJSON struct {
	ID        string    `json:"id"`
	Email     string    `json:"email"`
	Nickname  string    `json:"nickname"`
	IsManager bool      `json:"is_manager"`
	CreatedAt string    `json:"created_at"`
	Quota     QuotaJSON `json:"quota"`
	// EmailLogin (email and password sign-in) is false for an account
	// made by a provider sign-in until it sets a password; LinkedProviders
	// name the providers that sign in as this account.
	EmailLogin      bool     `json:"email_login"`
	LinkedProviders []string `json:"linked_providers"`
}

func profileView(p *accounts.Profile) profileJSON {
	linked := make([]string, 0, len(p.User.Links))
	for name := range p.User.Links {
		linked = append(linked, name)
	}
	sort.Strings(linked)
	return profileJSON{
		ID: p.User.ID, Email: p.User.Email, Nickname: p.User.Nickname, IsManager: p.User.IsManager,
		CreatedAt: Time(p.User.CreatedAt), Quota: QuotaView(p.Quota),
		EmailLogin: p.User.PasswordHash != "", LinkedProviders: linked,
	}
}

type tokensJSON struct {
	AccessToken  string `json:"access_token"`
	RefreshToken string `json:"refresh_token"`
	TokenType    string `json:"token_type"`
	ExpiresIn    int    `json:"expires_in"`
}

func (h accountsHandler) signup(ctx context.Context, r *Request) (Response, error) {
	var in accounts.SignupInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	u, err := h.svc.Signup(ctx, in, ClientAddress(r.Event, h.edgeSecret))
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusCreated, userJSON{ID: u.ID, Email: u.Email, Nickname: u.Nickname}), nil
}

type loginInput struct {
	Email    string `json:"email"`
	Password string `json:"password"`
}

func (h accountsHandler) login(ctx context.Context, r *Request) (Response, error) {
	var in loginInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	l, err := h.svc.Login(ctx, in.Email, in.Password)
	if err != nil {
		return Response{}, err
	}
	return tokensResponse(l), nil
}

func tokensResponse(l *accounts.Login) Response {
	resp := JSON(http.StatusOK, tokensJSON{
		AccessToken: l.AccessToken, RefreshToken: l.RefreshToken, TokenType: "Bearer",
		ExpiresIn: int(l.ExpiresIn / time.Second),
	})
	maxAge := int(time.Until(l.RefreshExpires) / time.Second)
	resp.Cookies = sessionCookies(l.RefreshToken, maxAge)
	return resp
}

// sessionCookies are the refresh cookie and its companion, set together
// (a token) or cleared together (value ""). Every response that writes the
// refresh cookie goes through here.
func sessionCookies(refresh string, maxAge int) []string {
	companion := "1"
	if refresh == "" {
		companion, maxAge = "", 0
	}
	age := strconv.Itoa(max(maxAge, 0))
	return []string{
		fmt.Sprintf("%s=%s; Path=/api/accounts; Max-Age=%s; HttpOnly; Secure; SameSite=Strict", RefreshCookie, refresh, age),
		fmt.Sprintf("%s=%s; Path=/; Max-Age=%s; Secure; SameSite=Strict", SessionCookie, companion, age),
	}
}

// clearedSession clears both session cookies.
func clearedSession() []string { return sessionCookies("", 0) }

type refreshInput struct {
	Refresh string `json:"refresh"`
}

// refreshToken reads the refresh token from the body or, failing that, the
// cookie. The body wins so that API clients without cookies work too.
func refreshToken(r *Request) (string, error) {
	var in refreshInput
	if err := r.Decode(&in, true); err != nil {
		return "", err
	}
	if in.Refresh != "" {
		return in.Refresh, nil
	}
	return r.Cookie(RefreshCookie), nil
}

func (h accountsHandler) refresh(ctx context.Context, r *Request) (Response, error) {
	tok, err := refreshToken(r)
	if err != nil {
		return Response{}, err
	}
	l, err := h.svc.Refresh(ctx, tok)
	if err != nil {
		if namebot.ErrorCode(err) == namebot.EUNAUTHORIZED {
			// A dead cookie is cleared so the browser stops sending it.
			resp := errorResponse(r.Lang, err)
			resp.Cookies = clearedSession()
			return resp, nil
		}
		return Response{}, err
	}
	return tokensResponse(l), nil
}

func (h accountsHandler) logout(ctx context.Context, r *Request) (Response, error) {
	tok, err := refreshToken(r)
	if err != nil {
		return Response{}, err
	}
	if err := h.svc.Logout(ctx, r.UserID, tok); err != nil {
		return Response{}, err
	}
	resp := NoContent()
	resp.Cookies = clearedSession()
	return resp, nil
}

func (h accountsHandler) profile(ctx context.Context, r *Request) (Response, error) {
	p, err := h.svc.Profile(ctx, r.UserID)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, profileView(p)), nil
}

func (h accountsHandler) updateProfile(ctx context.Context, r *Request) (Response, error) {
	var in accounts.ProfileUpdate
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	p, err := h.svc.UpdateProfile(ctx, r.UserID, r.Claims.Sid, in)
	if err != nil {
		return Response{}, err
	}
	return JSON(http.StatusOK, profileView(p)), nil
}

// deleteInput confirms a deletion: the password, or for an account
// without one, its email typed again.
type deleteInput struct {
	Password string `json:"password"`
	Confirm  string `json:"confirm"`
}

func (h accountsHandler) deleteAccount(ctx context.Context, r *Request) (Response, error) {
	var in deleteInput
	if err := r.Decode(&in, false); err != nil {
		return Response{}, err
	}
	if err := h.svc.DeleteAccount(ctx, r.UserID, in.Password, in.Confirm); err != nil {
		return Response{}, err
	}
	resp := NoContent()
	resp.Cookies = clearedSession()
	return resp, nil
}

func (h accountsHandler) healthCheck(ctx context.Context, r *Request) (Response, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	errs := make(chan error, len(h.health))
	for _, p := range h.health {
		go func() { errs <- p.Ping(ctx) }()
	}
	for range h.health {
		if err := <-errs; err != nil {
			return Response{}, err
		}
	}
	return JSON(http.StatusOK, map[string]string{"status": "ok"}), nil
}
