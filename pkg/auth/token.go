package auth

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

// Issuer and audience of access tokens.
const (
	Issuer   = "namebot"
	Audience = "namebot-api"
)

// MinKeyLen is the shortest HMAC key accepted (HS256 wants >= 256 bits).
const MinKeyLen = 32

// Tokens issues and verifies access tokens (HS256 JWTs, one pinned
// algorithm) with a key from configuration.
type Tokens struct {
	key []byte
	ttl time.Duration
	now func() time.Time
}

// Claims are the access token's claims. Sid is the refresh family the token
// was issued from, so that a password change can keep the caller's own.
type Claims struct {
	Sid string `json:"sid,omitempty"`
	jwt.RegisteredClaims
}

// ErrExpired is returned for an access token past its exp.
var ErrExpired = errors.New("auth: token expired")

// ErrInvalid is returned for any other bad token.
var ErrInvalid = errors.New("auth: token invalid")

// NewTokens returns a token service. now is the clock (time.Now in production).
func NewTokens(key []byte, ttl time.Duration, now func() time.Time) (*Tokens, error) {
	if len(key) < MinKeyLen {
		return nil, fmt.Errorf("auth: signing key is %d bytes, need at least %d", len(key), MinKeyLen)
	}
	if now == nil {
		now = time.Now
	}
	return &Tokens{key: key, ttl: ttl, now: now}, nil
}

// TTL is the lifetime of an access token.
func (t *Tokens) TTL() time.Duration { return t.ttl }

// Issue signs an access token for userID.
func (t *Tokens) Issue(userID, sid string) (string, error) {
	now := t.now()
	jti := make([]byte, 16)
	if _, err := rand.Read(jti); err != nil {
		return "", fmt.Errorf("issue: jti: %w", err)
	}
	c := Claims{
		Sid: sid,
		RegisteredClaims: jwt.RegisteredClaims{
			Issuer:    Issuer,
			Audience:  jwt.ClaimStrings{Audience},
			Subject:   userID,
			IssuedAt:  jwt.NewNumericDate(now),
			NotBefore: jwt.NewNumericDate(now),
			ExpiresAt: jwt.NewNumericDate(now.Add(t.ttl)),
			ID:        base64.RawURLEncoding.EncodeToString(jti),
		},
	}
	s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, c).SignedString(t.key)
	if err != nil {
		return "", fmt.Errorf("issue: sign: %w", err)
	}
	return s, nil
}

// Verify checks signature, algorithm, iss, aud, exp, iat, nbf, sub and jti.
func (t *Tokens) Verify(token string) (*Claims, error) {
	if len(token) > 4096 {
		return nil, ErrInvalid
	}
	var c Claims
	p := jwt.NewParser(
		jwt.WithValidMethods([]string{jwt.SigningMethodHS256.Alg()}),
		jwt.WithIssuer(Issuer),
		jwt.WithAudience(Audience),
		jwt.WithExpirationRequired(),
		jwt.WithIssuedAt(),
		jwt.WithTimeFunc(t.now),
		jwt.WithStrictDecoding(),
	)
	_, err := p.ParseWithClaims(token, &c, func(*jwt.Token) (any, error) { return t.key, nil })
	switch {
	case errors.Is(err, jwt.ErrTokenExpired):
		return nil, ErrExpired
	case err != nil:
		return nil, ErrInvalid
	case c.Subject == "" || c.ID == "" || c.IssuedAt == nil:
		return nil, ErrInvalid
	}
	return &c, nil
}

// NewRefreshToken returns an opaque refresh token for family id and the
// hash to store. The token is "<family id>.<32 random bytes, base64url>".
func NewRefreshToken(familyID string) (token, hash string, err error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", "", fmt.Errorf("refresh token: %w", err)
	}
	token = familyID + "." + base64.RawURLEncoding.EncodeToString(b)
	return token, HashRefreshToken(token), nil
}

// HashRefreshToken is the stored form of a refresh token. The token carries
// 256 random bits, so a fast hash is enough: nothing can be brute-forced.
func HashRefreshToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// ParseRefreshToken splits a refresh token and returns its family id.
func ParseRefreshToken(token string) (familyID string, ok bool) {
	if len(token) > 200 {
		return "", false
	}
	id, secret, found := strings.Cut(token, ".")
	if !found || id == "" || len(secret) != 43 {
		return "", false
	}
	if _, err := base64.RawURLEncoding.DecodeString(secret); err != nil {
		return "", false
	}
	for _, r := range id {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r == '-') {
			return "", false
		}
	}
	return id, true
}
