// Package auth implements password hashing, access tokens and refresh
// tokens. It knows nothing of storage or HTTP.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"runtime"
	"strings"

	"golang.org/x/crypto/argon2"
)

// Argon2Params are the argon2id parameters. The defaults are OWASP's first
// recommendation (m=19 MiB, t=2, p=1): ~17 ms per hash on a 2-core machine.
type Argon2Params struct {
	Memory  uint32 // KiB
	Time    uint32
	Threads uint8
}

// DefaultArgon2 is OWASP's recommended minimum for argon2id.
var DefaultArgon2 = Argon2Params{Memory: 19 * 1024, Time: 2, Threads: 1}

// Hasher hashes and verifies passwords with argon2id. At most one hash per
// CPU runs at once: each takes Memory KiB, and unbounded parallel logins
// would otherwise let a burst of requests exhaust memory.
type Hasher struct {
	params Argon2Params
	slots  chan struct{}
	dummy  string
}

// NewHasher returns a Hasher with params.
func NewHasher(params Argon2Params) *Hasher {
	h := &Hasher{params: params, slots: make(chan struct{}, runtime.GOMAXPROCS(0))}
	// A well-formed hash to verify against when the email is unknown, so
	// that an unknown email and a wrong password do the same work. Its key
	// is no password's hash (zeros), so nothing ever matches it, and it
	// costs nothing to make: computing a real one took ~17 ms of every
	// function's cold start.
	h.dummy = h.encode(make([]byte, 16), make([]byte, 32))
	return h
}

// ErrMismatch is returned by Verify when the password is wrong.
var ErrMismatch = errors.New("auth: password mismatch")

// Hash returns an encoded argon2id hash of pw with a random salt.
func (h *Hasher) Hash(ctx context.Context, pw string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", fmt.Errorf("hash: salt: %w", err)
	}
	if err := h.acquire(ctx); err != nil {
		return "", err
	}
	defer h.release()
	return h.encode(salt, h.key([]byte(pw), salt)), nil
}

// Verify checks pw against encoded. An empty encoded hash is checked
// against a dummy so that timing does not tell whether an account exists.
func (h *Hasher) Verify(ctx context.Context, encoded, pw string) error {
	if encoded == "" {
		encoded = h.dummy
		pw += "\x00never"
	}
	p, salt, want, err := decode(encoded)
	if err != nil {
		return fmt.Errorf("verify: %w", err)
	}
	if err := h.acquire(ctx); err != nil {
		return err
	}
	got := argon2.IDKey([]byte(pw), salt, p.Time, p.Memory, p.Threads, uint32(len(want)))
	h.release()
	if subtle.ConstantTimeCompare(got, want) != 1 {
		return ErrMismatch
	}
	return nil
}

func (h *Hasher) acquire(ctx context.Context) error {
	select {
	case h.slots <- struct{}{}:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("hash: waiting for a slot: %w", ctx.Err())
	}
}

func (h *Hasher) release() { <-h.slots }

func (h *Hasher) key(pw, salt []byte) []byte {
	return argon2.IDKey(pw, salt, h.params.Time, h.params.Memory, h.params.Threads, 32)
}

func (h *Hasher) encode(salt, key []byte) string {
	b64 := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version,
		h.params.Memory, h.params.Time, h.params.Threads, b64.EncodeToString(salt), b64.EncodeToString(key))
}

func decode(s string) (Argon2Params, []byte, []byte, error) {
	var p Argon2Params
	parts := strings.Split(s, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return p, nil, nil, errors.New("not an argon2id hash")
	}
	var v int
	if _, err := fmt.Sscanf(parts[2], "v=%d", &v); err != nil || v != argon2.Version {
		return p, nil, nil, errors.New("unsupported argon2 version")
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.Memory, &p.Time, &p.Threads); err != nil {
		return p, nil, nil, fmt.Errorf("argon2 params: %w", err)
	}
	if p.Memory == 0 || p.Memory > 256*1024 || p.Time == 0 || p.Time > 16 || p.Threads == 0 {
		return p, nil, nil, errors.New("argon2 params out of range")
	}
	salt, err := base64.RawStdEncoding.DecodeString(parts[4])
	if err != nil {
		return p, nil, nil, fmt.Errorf("argon2 salt: %w", err)
	}
	key, err := base64.RawStdEncoding.DecodeString(parts[5])
	if err != nil || len(key) < 16 {
		return p, nil, nil, errors.New("argon2 key malformed")
	}
	return p, salt, key, nil
}
