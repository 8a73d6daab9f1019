package oauth

import (
	"context"
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	"namebot/pkg/namebot"
)

// GitHub is the GitHub OAuth app provider. Scope read:user user:email:
// the profile and the list of emails with their verified flags.
type GitHub struct{ Config }

var (
	_ namebot.OAuthProvider = GitHub{}
	_ namebot.OAuthProvider = Kakao{}
)

// Name implements namebot.OAuthProvider.
func (GitHub) Name() string { return "github" }

// AuthorizeURL implements namebot.OAuthProvider.
func (g GitHub) AuthorizeURL(redirectURI, state, challenge string) string {
	return authorizeURL(strings.TrimSuffix(g.AuthURL, "/")+"/login/oauth/authorize", url.Values{
		"client_id":             {g.ClientID},
		"redirect_uri":          {redirectURI},
		"scope":                 {"read:user user:email"},
		"state":                 {state},
		"code_challenge":        {challenge},
		"code_challenge_method": {"S256"},
		"allow_signup":          {"true"},
	})
}

// Identify implements namebot.OAuthProvider: the token, then /user and
// /user/emails (the primary email, and whether GitHub verified it).
func (g GitHub) Identify(ctx context.Context, code, redirectURI, verifier string) (*namebot.OAuthIdentity, error) {
	token, err := g.exchange(ctx, strings.TrimSuffix(g.AuthURL, "/")+"/login/oauth/access_token", url.Values{
		"client_id":     {g.ClientID},
		"client_secret": {g.ClientSecret},
		"code":          {code},
		"redirect_uri":  {redirectURI},
		"code_verifier": {verifier},
	})
	if err != nil {
		return nil, err
	}
	api := strings.TrimSuffix(g.APIURL, "/")
	var user struct {
		ID    json.Number `json:"id"`
		Login string      `json:"login"`
		Name  string      `json:"name"`
	}
	if err := g.get(ctx, api+"/user", token, &user); err != nil {
		return nil, providerFailed("github user", err)
	}
	if _, err := strconv.ParseInt(string(user.ID), 10, 64); err != nil {
		return nil, providerFailed("github user", err)
	}
	var emails []struct {
		Email    string `json:"email"`
		Primary  bool   `json:"primary"`
		Verified bool   `json:"verified"`
	}
	if err := g.get(ctx, api+"/user/emails", token, &emails); err != nil {
		return nil, providerFailed("github emails", err)
	}
	id := &namebot.OAuthIdentity{Provider: "github", Subject: string(user.ID), Nickname: namebot.OAuthNickname(user.Name, user.Login)}
	for _, e := range emails {
		if e.Primary {
			id.Email, id.EmailVerified = namebot.NormalizeEmail(e.Email), e.Verified
		}
	}
	if id.Nickname == "" {
		id.Nickname = namebot.OAuthNickname("github-"+id.Subject, "github")
	}
	return id, nil
}

// Kakao is Kakao Login. Scope profile_nickname account_email: the email
// consent item must be enabled for the app (see docs/oauth.md).
type Kakao struct{ Config }

// Name implements namebot.OAuthProvider.
func (Kakao) Name() string { return "kakao" }

// AuthorizeURL implements namebot.OAuthProvider.
func (k Kakao) AuthorizeURL(redirectURI, state, challenge string) string {
	return authorizeURL(strings.TrimSuffix(k.AuthURL, "/")+"/oauth/authorize", url.Values{
		"client_id":             {k.ClientID},
		"redirect_uri":          {redirectURI},
		"response_type":         {"code"},
		"scope":                 {"profile_nickname account_email"},
		"state":                 {state},
		"code_challenge":        {challenge},
		"code_challenge_method": {"S256"},
	})
}

// Identify implements namebot.OAuthProvider: the token, then /v2/user/me.
func (k Kakao) Identify(ctx context.Context, code, redirectURI, verifier string) (*namebot.OAuthIdentity, error) {
	form := url.Values{
		"grant_type":    {"authorization_code"},
		"client_id":     {k.ClientID},
		"redirect_uri":  {redirectURI},
		"code":          {code},
		"code_verifier": {verifier},
	}
	if k.ClientSecret != "" {
		form.Set("client_secret", k.ClientSecret)
	}
	token, err := k.exchange(ctx, strings.TrimSuffix(k.AuthURL, "/")+"/oauth/token", form)
	if err != nil {
		return nil, err
	}
	var me struct {
		ID         json.Number `json:"id"`
		Properties struct {
			Nickname string `json:"nickname"`
		} `json:"properties"`
		Account struct {
			Profile struct {
				Nickname string `json:"nickname"`
			} `json:"profile"`
			Email           string `json:"email"`
			IsEmailValid    bool   `json:"is_email_valid"`
			IsEmailVerified bool   `json:"is_email_verified"`
		} `json:"kakao_account"`
	}
	if err := k.get(ctx, strings.TrimSuffix(k.APIURL, "/")+"/v2/user/me", token, &me); err != nil {
		return nil, providerFailed("kakao user", err)
	}
	if _, err := strconv.ParseInt(string(me.ID), 10, 64); err != nil {
		return nil, providerFailed("kakao user", err)
	}
	id := &namebot.OAuthIdentity{
		Provider: "kakao", Subject: string(me.ID),
		Email:         namebot.NormalizeEmail(me.Account.Email),
		EmailVerified: me.Account.IsEmailValid && me.Account.IsEmailVerified,
		Nickname:      namebot.OAuthNickname(me.Account.Profile.Nickname, me.Properties.Nickname),
	}
	if id.Nickname == "" {
		id.Nickname = namebot.OAuthNickname("kakao-"+id.Subject, "kakao")
	}
	return id, nil
}
