// Package oauthtest is a fake GitHub and Kakao for tests: one httptest
// server with both providers' authorize, token and user endpoints. The
// authorize endpoint approves at once (or denies, when told); the token
// endpoint checks the client secret, the redirect URI and the PKCE
// verifier against the challenge, and takes each code once.
package oauthtest

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
)

// User is who consents at the fake provider.
type User struct {
	ID       int64
	Login    string // GitHub login
	Name     string // display name / Kakao nickname
	Email    string
	Verified bool
}

// Client is the registration the fake expects.
type Client struct {
	ID, Secret string
}

type grant struct {
	provider, clientID, redirect, challenge string
	user                                    User
	used                                    bool
}

// Server is the fake provider.
type Server struct {
	*httptest.Server
	GitHub, Kakao Client

	mu        sync.Mutex
	user      User
	deny      bool
	tokenFail bool
	codes     map[string]*grant
	tokens    map[string]User
	// Exchanges counts token requests (including refused ones).
	Exchanges int
}

// New starts a fake with the given registrations on a free local port.
func New(github, kakao Client) *Server {
	s := newServer(github, kakao)
	s.Start()
	return s
}

// Listen starts a fake on addr (infra/fakeoauth, for trying `make run` by hand).
func Listen(addr string, github, kakao Client) (*Server, error) {
	s := newServer(github, kakao)
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s.Listener.Close()
	s.Listener = l
	s.Start()
	return s, nil
}

func newServer(github, kakao Client) *Server {
	s := &Server{GitHub: github, Kakao: kakao, codes: map[string]*grant{}, tokens: map[string]User{}}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /login/oauth/authorize", func(w http.ResponseWriter, r *http.Request) { s.authorize(w, r, "github") })
	mux.HandleFunc("GET /oauth/authorize", func(w http.ResponseWriter, r *http.Request) { s.authorize(w, r, "kakao") })
	mux.HandleFunc("POST /login/oauth/access_token", func(w http.ResponseWriter, r *http.Request) { s.token(w, r, "github") })
	mux.HandleFunc("POST /oauth/token", func(w http.ResponseWriter, r *http.Request) { s.token(w, r, "kakao") })
	mux.HandleFunc("GET /user", s.githubUser)
	mux.HandleFunc("GET /user/emails", s.githubEmails)
	mux.HandleFunc("GET /v2/user/me", s.kakaoMe)
	s.Server = httptest.NewUnstartedServer(mux)
	return s
}

// SetUser sets who consents next; Deny makes the next consents a refusal;
// FailTokens makes the token endpoint fail with a 500.
func (s *Server) SetUser(u User) { s.mu.Lock(); s.user = u; s.mu.Unlock() }

// Deny makes the authorize endpoint refuse (error=access_denied) or not.
func (s *Server) Deny(v bool) { s.mu.Lock(); s.deny = v; s.mu.Unlock() }

// FailTokens makes the token endpoint answer 500 or not.
func (s *Server) FailTokens(v bool) { s.mu.Lock(); s.tokenFail = v; s.mu.Unlock() }

func random() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (s *Server) client(provider string) Client {
	if provider == "github" {
		return s.GitHub
	}
	return s.Kakao
}

func (s *Server) authorize(w http.ResponseWriter, r *http.Request, provider string) {
	q := r.URL.Query()
	redirect, err := url.Parse(q.Get("redirect_uri"))
	if err != nil || redirect.Host == "" || q.Get("client_id") != s.client(provider).ID ||
		q.Get("code_challenge_method") != "S256" || q.Get("code_challenge") == "" || q.Get("state") == "" ||
		(provider == "kakao" && q.Get("response_type") != "code") {
		http.Error(w, "bad authorize request", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	back := redirect.Query()
	back.Set("state", q.Get("state"))
	if s.deny {
		back.Set("error", "access_denied")
		back.Set("error_description", "<script>alert('the user denied')</script>")
	} else {
		code := random()
		s.codes[code] = &grant{provider: provider, clientID: q.Get("client_id"), redirect: q.Get("redirect_uri"), challenge: q.Get("code_challenge"), user: s.user}
		back.Set("code", code)
	}
	redirect.RawQuery = back.Encode()
	http.Redirect(w, r, redirect.String(), http.StatusFound)
}

func (s *Server) token(w http.ResponseWriter, r *http.Request, provider string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Exchanges++
	refuse := func() {
		w.Header().Set("Content-Type", "application/json")
		if provider == "github" {
			// GitHub answers refusals with 200 and an error field.
			_, _ = w.Write([]byte(`{"error":"bad_verification_code","error_description":"The code passed is incorrect or expired."}`))
			return
		}
		w.WriteHeader(http.StatusBadRequest)
		_, _ = w.Write([]byte(`{"error":"invalid_grant","error_description":"authorization code not found"}`))
	}
	if s.tokenFail {
		http.Error(w, "upstream trouble", http.StatusInternalServerError)
		return
	}
	if err := r.ParseForm(); err != nil {
		refuse()
		return
	}
	f := r.PostForm
	c := s.client(provider)
	g := s.codes[f.Get("code")]
	if g == nil || g.used || g.provider != provider {
		refuse()
		return
	}
	g.used = true // a code works once, even when this exchange is refused
	sum := sha256.Sum256([]byte(f.Get("code_verifier")))
	if f.Get("client_id") != c.ID || (c.Secret != "" && f.Get("client_secret") != c.Secret) ||
		f.Get("redirect_uri") != g.redirect || base64.RawURLEncoding.EncodeToString(sum[:]) != g.challenge ||
		(provider == "kakao" && f.Get("grant_type") != "authorization_code") {
		refuse()
		return
	}
	tok := random()
	s.tokens[tok] = g.user
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"access_token": tok, "token_type": "bearer"})
}

func (s *Server) bearer(w http.ResponseWriter, r *http.Request) (User, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	u, ok := s.tokens[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")]
	if !ok {
		http.Error(w, `{"message":"Bad credentials"}`, http.StatusUnauthorized)
	}
	return u, ok
}

func (s *Server) githubUser(w http.ResponseWriter, r *http.Request) {
	if u, ok := s.bearer(w, r); ok {
		_ = json.NewEncoder(w).Encode(map[string]any{"id": u.ID, "login": u.Login, "name": u.Name})
	}
}

func (s *Server) githubEmails(w http.ResponseWriter, r *http.Request) {
	if u, ok := s.bearer(w, r); ok {
		_ = json.NewEncoder(w).Encode([]map[string]any{
			{"email": "other-" + u.Email, "primary": false, "verified": true},
			{"email": u.Email, "primary": true, "verified": u.Verified},
		})
	}
}

func (s *Server) kakaoMe(w http.ResponseWriter, r *http.Request) {
	if u, ok := s.bearer(w, r); ok {
		_ = json.NewEncoder(w).Encode(map[string]any{
			"id":         u.ID,
			"properties": map[string]any{"nickname": u.Name},
			"kakao_account": map[string]any{
				"profile": map[string]any{"nickname": u.Name}, "has_email": true,
				"email": u.Email, "is_email_valid": true, "is_email_verified": u.Verified,
			},
		})
	}
}
