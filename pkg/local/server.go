package local

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/aws/aws-lambda-go/events"

	"namebot/pkg/httpapi"
)

// MaxRequestBody is API Gateway's payload limit; handlers cap lower.
const MaxRequestBody = 10 << 20

// AppCSP is the Content-Security-Policy of the browser app: no inline
// script, nothing from other origins. infra/hosting.yaml sends the same.
const AppCSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
	"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// Handler is a function's Lambda handler.
type Handler func(ctx context.Context, ev events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error)

type mounted struct {
	id     string // the function's logical id
	method string
	segs   []string
	key    string
	fn     Handler
}

// Server is API Gateway v2 on a laptop: it matches a request against the
// routes template.yaml declares, turns it into the same event API Gateway
// would send, calls the function's handler in-process and writes back its
// response. Everything else is the browser app from a static directory.
type Server struct {
	routes []mounted
	static http.Handler
	extra  map[string]http.Handler // path prefix -> handler (local images)
	reqID  atomic.Uint64
	// Calls, when set, records the AWS calls of each function (iam.go).
	Calls *CallRecorder
}

// NewServer mounts handlers (by function logical id) on the template's
// routes. A function declared in the template without a handler, or a
// handler the template does not declare, is an error: the two cannot drift.
func NewServer(t *Template, handlers map[string]Handler, staticDir string) (*Server, error) {
	s := &Server{static: spa(staticDir), extra: map[string]http.Handler{}}
	for id, f := range t.Functions {
		h, ok := handlers[id]
		if !ok {
			return nil, fmt.Errorf("local: template function %s has no handler", id)
		}
		for _, r := range f.Routes {
			s.routes = append(s.routes, mounted{id: id, method: r.Method, segs: strings.Split(strings.Trim(r.Path, "/"), "/"), key: r.Key(), fn: h})
		}
	}
	for id := range handlers {
		if _, ok := t.Functions[id]; !ok {
			return nil, fmt.Errorf("local: handler %s is not a function in the template", id)
		}
	}
	// Static segments before parameters, as API Gateway prefers the most
	// specific route.
	sort.Slice(s.routes, func(i, j int) bool { return strings.Count(s.routes[i].key, "{") < strings.Count(s.routes[j].key, "{") })
	return s, nil
}

// Mount serves prefix with h (outside /api; e.g. local images).
func (s *Server) Mount(prefix string, h http.Handler) { s.extra[prefix] = h }

func (s *Server) match(method, p string) (*mounted, map[string]string) {
	segs := strings.Split(strings.Trim(p, "/"), "/")
	for i := range s.routes {
		m := &s.routes[i]
		if m.method != method || len(m.segs) != len(segs) {
			continue
		}
		params := map[string]string{}
		ok := true
		for j, seg := range m.segs {
			if strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}") {
				if segs[j] == "" {
					ok = false
					break
				}
				params[seg[1:len(seg)-1]] = segs[j]
			} else if seg != segs[j] {
				ok = false
				break
			}
		}
		if ok {
			return m, params
		}
	}
	return nil, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for prefix, h := range s.extra {
		if strings.HasPrefix(r.URL.Path, prefix) {
			h.ServeHTTP(w, r)
			return
		}
	}
	if r.URL.Path != "/api" && !strings.HasPrefix(r.URL.Path, "/api/") {
		s.static.ServeHTTP(w, r)
		return
	}
	m, params := s.match(r.Method, r.URL.Path)
	if m == nil {
		writeJSONError(w, http.StatusNotFound, "not_found", "Not Found")
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxRequestBody+1))
	if err != nil {
		writeJSONError(w, http.StatusBadRequest, "invalid", "unreadable body")
		return
	}
	if len(body) > MaxRequestBody {
		writeJSONError(w, http.StatusRequestEntityTooLarge, "too_large", "Request Entity Too Large")
		return
	}
	ev := s.event(r, m.key, params, body)
	resp, err := m.fn(WithFunction(r.Context(), m.id), ev)
	if err == nil && s.Calls != nil {
		s.Calls.handedOut(m.id, resp.Body)
	}
	if err != nil {
		// API Gateway answers 500 when the function itself fails.
		writeJSONError(w, http.StatusInternalServerError, "internal", "Internal Server Error")
		return
	}
	writeResponse(w, resp)
}

// event builds the API Gateway v2 (payload format 2.0) event of r.
func (s *Server) event(r *http.Request, key string, params map[string]string, body []byte) events.APIGatewayV2HTTPRequest {
	headers := map[string]string{}
	for k, v := range r.Header {
		if strings.EqualFold(k, "Cookie") {
			continue
		}
		headers[strings.ToLower(k)] = strings.Join(v, ",")
	}
	var cookies []string
	for _, c := range r.Header.Values("Cookie") {
		for _, part := range strings.Split(c, ";") {
			if p := strings.TrimSpace(part); p != "" {
				cookies = append(cookies, p)
			}
		}
	}
	query := map[string]string{}
	for k, v := range r.URL.Query() {
		query[k] = strings.Join(v, ",")
	}
	if len(query) == 0 {
		query = nil
	}
	if len(params) == 0 {
		params = nil
	}
	now := time.Now()
	ev := events.APIGatewayV2HTTPRequest{
		Version:               "2.0",
		RouteKey:              key,
		RawPath:               r.URL.EscapedPath(),
		RawQueryString:        r.URL.RawQuery,
		Cookies:               cookies,
		Headers:               headers,
		QueryStringParameters: query,
		PathParameters:        params,
		RequestContext: events.APIGatewayV2HTTPRequestContext{
			RouteKey:  key,
			Stage:     "$default",
			RequestID: fmt.Sprintf("local-%d-%d", now.UnixNano(), s.reqID.Add(1)),
			Time:      now.Format("02/Jan/2006:15:04:05 -0700"),
			TimeEpoch: now.UnixMilli(),
			HTTP: events.APIGatewayV2HTTPRequestContextHTTPDescription{
				Method: r.Method, Path: r.URL.Path, Protocol: r.Proto, SourceIP: hostOnly(r.RemoteAddr), UserAgent: r.UserAgent(),
			},
		},
	}
	if len(body) > 0 {
		if utf8.Valid(body) && isText(headers["content-type"]) {
			ev.Body = string(body)
		} else {
			ev.Body = base64.StdEncoding.EncodeToString(body)
			ev.IsBase64Encoded = true
		}
	}
	return ev
}

func isText(ct string) bool {
	ct = strings.ToLower(ct)
	return ct == "" || strings.HasPrefix(ct, "text/") || strings.Contains(ct, "json") || strings.Contains(ct, "x-www-form-urlencoded")
}

func hostOnly(addr string) string {
	if i := strings.LastIndexByte(addr, ':'); i > 0 {
		return strings.Trim(addr[:i], "[]")
	}
	return addr
}

func writeResponse(w http.ResponseWriter, resp events.APIGatewayV2HTTPResponse) {
	for k, v := range resp.Headers {
		w.Header().Set(k, v)
	}
	for k, vs := range resp.MultiValueHeaders {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	for _, c := range resp.Cookies {
		w.Header().Add("Set-Cookie", c)
	}
	body := []byte(resp.Body)
	if resp.IsBase64Encoded {
		b, err := base64.StdEncoding.DecodeString(resp.Body)
		if err != nil {
			writeJSONError(w, http.StatusBadGateway, "internal", "Bad Gateway")
			return
		}
		body = b
	}
	status := resp.StatusCode
	if status == 0 {
		status = http.StatusOK
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	b, _ := json.Marshal(httpapi.ErrorBody{Error: httpapi.ErrorDetail{Code: code, Message: msg}})
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(b)
}

// spa serves the built browser app: files as they are, hashed assets
// cached for a year, and index.html for every other path (client routing).
func spa(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", AppCSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		p := path.Clean("/" + r.URL.Path)
		file := filepath.Join(dir, filepath.FromSlash(p))
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			if strings.HasPrefix(p, "/assets/") {
				h.Set("Cache-Control", "public, max-age=31536000, immutable")
			} else {
				h.Set("Cache-Control", "no-cache")
			}
			http.ServeFile(w, r, file)
			return
		}
		if path.Ext(p) != "" {
			http.NotFound(w, r)
			return
		}
		index := filepath.Join(dir, "index.html")
		if _, err := os.Stat(index); err != nil {
			h.Set("Content-Type", "text/html; charset=utf-8")
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprint(w, "<!doctype html><title>namebot</title><p>The browser app is not built yet: run <code>make frontend</code>.</p>")
			return
		}
		h.Set("Cache-Control", "no-cache")
		http.ServeFile(w, r, index)
	})
}
