// Package httpapi turns API Gateway v2 HTTP events into calls of the
// services and their results into responses: routing on RouteKey, JSON in
// and out, authentication, errors, security headers and access logs.
package httpapi

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/aws/aws-lambda-go/events"

	"namebot/pkg/auth"
	"namebot/pkg/namebot"
)

// Request is one API call as the handlers see it.
type Request struct {
	Event  *events.APIGatewayV2HTTPRequest
	Lang   namebot.Lang
	UserID string       // from the access token; empty on public routes
	Claims *auth.Claims // nil on public routes
	limit  int          // body cap of the route
}

// Response is what a handler returns.
type Response = events.APIGatewayV2HTTPResponse

// HandlerFunc serves one route.
type HandlerFunc func(ctx context.Context, r *Request) (Response, error)

// Access says who may call a route.
type Access int

// Route access levels.
const (
	Public   Access = iota // anyone
	Optional               // anyone; the user is known when a valid token is sent
	SignedIn               // a valid access token is required
)

// Route is one endpoint: its API Gateway route key ("POST /api/chat/{chatId}").
type Route struct {
	Key     string
	Access  Access
	MaxBody int // bytes; DefaultMaxBody when zero
	// AppOrigin, when set, refuses a write (any method but GET and HEAD)
	// that a browser sends from another origin: Sec-Fetch-Site other than
	// same-origin or none, or an Origin that is not this one. Requests
	// without either header (curl, servers) pass. The accounts routes set
	// it: a page elsewhere must not sign anyone in or out.
	AppOrigin string
	Fn        HandlerFunc
}

// DefaultMaxBody caps request bodies of routes that say nothing else.
const DefaultMaxBody = 16 << 10

// API is the handler of one Lambda function (one endpoint group).
type API struct {
	name   string
	routes map[string]Route
	tokens *auth.Tokens
	log    *slog.Logger
	cold   atomic.Bool
}

// New returns the API of the function name serving routes.
func New(name string, tokens *auth.Tokens, log *slog.Logger, routes ...Route) *API {
	a := &API{name: name, routes: map[string]Route{}, tokens: tokens, log: log}
	a.cold.Store(true)
	for _, r := range routes {
		a.routes[r.Key] = r
	}
	return a
}

// RouteKeys lists the route keys this API serves, sorted.
func (a *API) RouteKeys() []string {
	keys := make([]string, 0, len(a.routes))
	for k := range a.routes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Handle is the Lambda handler. It never returns an error: every failure
// becomes a JSON error response, and a panic becomes a 500.
func (a *API) Handle(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (resp events.APIGatewayV2HTTPResponse, _ error) {
	start := time.Now()
	req := &Request{Event: &ev, Lang: PreferredLang(header(&ev, "accept-language"))}
	defer func() {
		if p := recover(); p != nil {
			a.log.ErrorContext(ctx, "panic", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			resp = errorResponse(req.Lang, namebot.Errorf(namebot.EINTERNAL, "internal"))
		}
		withSecurityHeaders(&resp)
		a.logRequest(ctx, req, resp.StatusCode, time.Since(start))
	}()
	route, ok := a.routes[ev.RouteKey]
	if !ok {
		return errorResponse(req.Lang, namebot.Errorf(namebot.ENOTFOUND, "route_not_found")), nil
	}
	req.limit = route.MaxBody
	if req.limit == 0 {
		req.limit = DefaultMaxBody
	}
	if err := checkWrite(req, route); err != nil {
		return errorResponse(req.Lang, err), nil
	}
	if route.Access != Public {
		if err := a.authenticate(req); err != nil && (route.Access == SignedIn || bearer(&ev) != "") {
			return errorResponse(req.Lang, err), nil
		}
	}
	resp, err := route.Fn(ctx, req)
	if err != nil {
		if e, ok := namebot.AsError(err); !ok || e.Code == namebot.EINTERNAL || e.Err != nil {
			a.log.ErrorContext(ctx, "request failed", "route", ev.RouteKey, "err", err.Error())
		}
		return errorResponse(req.Lang, err), nil
	}
	return resp, nil
}

// checkWrite refuses a state-changing request that a page on another site
// could make a browser send. A plain HTML form can post
// application/x-www-form-urlencoded, multipart/form-data or text/plain,
// and fetch without CORS can post a body with no Content-Type at all:
// a body must be declared application/json (parameters such as charset
// are fine), and a Content-Type other than that is refused even without
// a body. A write with neither a body nor a Content-Type (a bodyless
// DELETE from curl) passes; the app sends the header on every write.
// Then, on routes with an AppOrigin, cross-origin browser requests are
// refused (403).
func checkWrite(r *Request, route Route) error {
	method, _, _ := strings.Cut(route.Key, " ")
	if method == http.MethodGet || method == http.MethodHead {
		return nil
	}
	if mt := r.MediaType(); mt != "application/json" && (mt != "" || r.Event.Body != "") {
		return namebot.Errorf(namebot.EINVALID, "unsupported_media")
	}
	if route.AppOrigin != "" && crossOrigin(r.Event, route.AppOrigin) {
		return namebot.Errorf(namebot.EFORBIDDEN, "cross_origin")
	}
	return nil
}

// crossOrigin reports whether a browser sent ev from a page that is not
// the app. Sec-Fetch-Site and Origin are set by the browser and cannot be
// changed by a page's script; "same-site" (a sibling host, another port)
// is not the app either.
func crossOrigin(ev *events.APIGatewayV2HTTPRequest, appOrigin string) bool {
	switch strings.ToLower(header(ev, "sec-fetch-site")) {
	case "", "same-origin", "none":
	default:
		return true
	}
	o := header(ev, "origin")
	return o != "" && !strings.EqualFold(strings.TrimSuffix(o, "/"), appOrigin)
}

func (a *API) authenticate(r *Request) error {
	tok := bearer(r.Event)
	if tok == "" {
		return namebot.Errorf(namebot.EUNAUTHORIZED, "auth_required")
	}
	c, err := a.tokens.Verify(tok)
	switch {
	case err == auth.ErrExpired:
		return namebot.Errorf(namebot.EUNAUTHORIZED, "token_expired")
	case err != nil:
		return namebot.Errorf(namebot.EUNAUTHORIZED, "token_invalid")
	}
	r.UserID, r.Claims = c.Subject, c
	return nil
}

func (a *API) logRequest(ctx context.Context, r *Request, status int, d time.Duration) {
	attrs := []any{
		"fn", a.name,
		"request_id", r.Event.RequestContext.RequestID,
		"route", r.Event.RouteKey,
		"status", status,
		"latency_ms", float64(d.Microseconds()) / 1000,
		"cold", a.cold.Swap(false),
	}
	if r.UserID != "" {
		// A hash, so that logs can follow one user without naming them.
		sum := sha256.Sum256([]byte("namebot-user:" + r.UserID))
		attrs = append(attrs, "user", hex.EncodeToString(sum[:6]))
	}
	level := slog.LevelInfo
	if status >= 500 {
		level = slog.LevelError
	}
	a.log.Log(ctx, level, "request", attrs...)
}

func header(ev *events.APIGatewayV2HTTPRequest, name string) string {
	if v, ok := ev.Headers[name]; ok {
		return v
	}
	for k, v := range ev.Headers {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

func bearer(ev *events.APIGatewayV2HTTPRequest) string {
	h := header(ev, "authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// Cookie returns the value of the named request cookie.
func (r *Request) Cookie(name string) string {
	var all []string
	all = append(all, r.Event.Cookies...)
	if h := header(r.Event, "cookie"); h != "" && len(r.Event.Cookies) == 0 {
		all = append(all, strings.Split(h, ";")...)
	}
	for _, c := range all {
		k, v, ok := strings.Cut(strings.TrimSpace(c), "=")
		if ok && k == name {
			return v
		}
	}
	return ""
}

// PathParam returns a path parameter.
func (r *Request) PathParam(name string) string { return r.Event.PathParameters[name] }

// Query returns a query-string parameter.
func (r *Request) Query(name string) string { return r.Event.QueryStringParameters[name] }

// PreferredLang picks Korean or English from an Accept-Language header:
// English only when the header prefers it to Korean.
func PreferredLang(h string) namebot.Lang {
	best, bestQ := namebot.Korean, -1.0
	for i, part := range strings.Split(h, ",") {
		if i > 20 {
			break
		}
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if _, err := fmt.Sscanf(v, "%g", &q); err != nil {
				continue
			}
		}
		tag = strings.ToLower(tag)
		var l namebot.Lang
		switch {
		case tag == "ko" || strings.HasPrefix(tag, "ko-"):
			l = namebot.Korean
		case tag == "en" || strings.HasPrefix(tag, "en-"):
			l = namebot.English
		default:
			continue
		}
		if q > bestQ {
			best, bestQ = l, q
		}
	}
	return best
}

var statusOf = map[string]int{
	namebot.EINVALID:      http.StatusBadRequest,
	namebot.EUNAUTHORIZED: http.StatusUnauthorized,
	namebot.EFORBIDDEN:    http.StatusForbidden,
	namebot.ENOTFOUND:     http.StatusNotFound,
	namebot.ECONFLICT:     http.StatusConflict,
	namebot.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	namebot.ERATELIMITED:  http.StatusTooManyRequests,
	namebot.EMODELFAILED:  http.StatusBadGateway,
	namebot.EMODELTIMEOUT: http.StatusGatewayTimeout,
	namebot.EUNAVAILABLE:  http.StatusServiceUnavailable,
	namebot.EINTERNAL:     http.StatusInternalServerError,
}

// StatusOf maps an error code to its HTTP status (500 when unknown).
func StatusOf(code string) int {
	if s, ok := statusOf[code]; ok {
		return s
	}
	return http.StatusInternalServerError
}
