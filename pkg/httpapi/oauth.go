package httpapi

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"namebot/pkg/accounts"
	"namebot/pkg/namebot"
)

// OAuthCookie binds a pending provider sign-in to the browser that started
// it. SameSite=Lax, not Strict: the provider sends the browser back with a
// cross-site top-level GET, which must carry it. Only the oauth routes
// ever receive it.
const OAuthCookie = "namebot_oauth"

func oauthCookie(value string, maxAge int) string {
	return fmt.Sprintf("%s=%s; Path=/api/accounts/oauth; Max-Age=%d; HttpOnly; Secure; SameSite=Lax",
		OAuthCookie, value, max(maxAge, 0))
}

func redirect(to string) Response {
	return Response{StatusCode: http.StatusFound, Headers: map[string]string{"Location": to}}
}

func (h accountsHandler) oauthProviders(_ context.Context, _ *Request) (Response, error) {
	return JSON(http.StatusOK, map[string][]string{"providers": h.svc.ProviderNames()}), nil
}

// oauthStart sends the browser to the provider's consent page.
func (h accountsHandler) oauthStart(ctx context.Context, r *Request) (Response, error) {
	st, err := h.svc.StartOAuth(ctx, r.PathParam("provider"), r.Query("next"))
	if err != nil {
		return Response{}, err
	}
	resp := redirect(st.URL)
	resp.Cookies = []string{oauthCookie(st.Binding, int(namebot.OAuthStateTTL.Seconds()))}
	return resp, nil
}

type linkInput struct {
	Password string `json:"password"`
}

// oauthLink starts the same flow for the signed-in user; the app sends the
// browser to the returned URL (a fetch cannot follow a redirect across
// origins into a consent page).
func (h accountsHandler) oauthLink(ctx context.Context, r *Request) (Response, error) {
	var in linkInput
	if err := r.Decode(&in, true); err != nil {
		return Response{}, err
	}
	st, err := h.svc.StartOAuthLink(ctx, r.UserID, r.PathParam("provider"), in.Password)
	if err != nil {
		return Response{}, err
	}
	resp := JSON(http.StatusOK, map[string]string{"url": st.URL})
	resp.Cookies = []string{oauthCookie(st.Binding, int(namebot.OAuthStateTTL.Seconds()))}
	return resp, nil
}

// oauthCallback finishes the flow and always answers with a redirect into
// the app: /oauth/done on success (the app then trades the fresh refresh
// cookie for its access token), /oauth/error?reason=<code> otherwise. No
// text from the provider is ever put into the answer.
func (h accountsHandler) oauthCallback(ctx context.Context, r *Request) (Response, error) {
	provider := r.PathParam("provider")
	if _, ok := h.svc.OAuth.Providers[provider]; !ok {
		return Response{}, namebot.Errorf(namebot.ENOTFOUND, "oauth_provider_unknown")
	}
	res, err := h.svc.FinishOAuth(ctx, provider, accountsOAuthCallback(r))
	clear := oauthCookie("", 0)
	if err != nil {
		reason := "server"
		if e, ok := namebot.AsError(err); ok {
			switch {
			case strings.HasPrefix(e.Key, "oauth_"):
				reason = strings.TrimPrefix(e.Key, "oauth_")
			case e.Code == namebot.EUNAVAILABLE:
				reason = "unavailable"
			}
		}
		if e, ok := namebot.AsError(err); !ok || e.Err != nil || e.Code == namebot.EUNAVAILABLE {
			h.svc.Log.ErrorContext(ctx, "oauth callback failed", "provider", provider, "err", err.Error())
		} else {
			h.svc.Log.InfoContext(ctx, "oauth callback refused", "provider", provider, "reason", reason)
		}
		resp := redirect("/oauth/error?reason=" + url.QueryEscape(reason))
		resp.Cookies = []string{clear}
		return resp, nil
	}
	to := "/oauth/done"
	if res.Next != "" {
		to += "?next=" + url.QueryEscape(res.Next)
	}
	resp := redirect(to)
	resp.Cookies = []string{clear}
	if res.Login != nil {
		resp.Cookies = append(resp.Cookies, tokensResponse(res.Login).Cookies...)
	}
	return resp, nil
}

func accountsOAuthCallback(r *Request) accounts.OAuthCallback {
	return accounts.OAuthCallback{
		State: r.Query("state"), Code: r.Query("code"), Error: r.Query("error"), Binding: r.Cookie(OAuthCookie),
	}
}
