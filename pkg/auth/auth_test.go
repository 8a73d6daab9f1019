package auth

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestHasher(t *testing.T) {
	h := NewHasher(DefaultArgon2)
	ctx := context.Background()
	enc, err := h.Hash(ctx, "correct horse 1")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(enc, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Fatalf("encoding %q", enc)
	}
	if err := h.Verify(ctx, enc, "correct horse 1"); err != nil {
		t.Fatalf("verify good: %v", err)
	}
	if err := h.Verify(ctx, enc, "correct horse 2"); err != ErrMismatch {
		t.Fatalf("verify bad: %v", err)
	}
	if err := h.Verify(ctx, "", "anything"); err != ErrMismatch {
		t.Fatalf("verify dummy: %v", err)
	}
	enc2, _ := h.Hash(ctx, "correct horse 1")
	if enc2 == enc {
		t.Fatal("same salt twice")
	}
	for _, bad := range []string{"$argon2id$v=19$m=999999999,t=2,p=1$AAAA$AAAAAAAAAAAAAAAAAAAAAA", "$bcrypt$x", "$argon2id$v=19$m=1,t=1,p=1$!!$!!"} {
		if err := h.Verify(ctx, bad, "x"); err == nil || err == ErrMismatch {
			t.Errorf("malformed hash %q: %v", bad, err)
		}
	}
}

func TestTokens(t *testing.T) {
	key := []byte(strings.Repeat("k", 32))
	now := time.Unix(1_800_000_000, 0)
	tk, err := NewTokens(key, 15*time.Minute, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	if _, err := NewTokens([]byte("short"), time.Minute, nil); err == nil {
		t.Fatal("short key accepted")
	}
	s, err := tk.Issue("user-1", "fam-1")
	if err != nil {
		t.Fatal(err)
	}
	c, err := tk.Verify(s)
	if err != nil || c.Subject != "user-1" || c.Sid != "fam-1" || c.ID == "" {
		t.Fatalf("verify: %+v %v", c, err)
	}
	later, _ := NewTokens(key, 15*time.Minute, func() time.Time { return now.Add(16 * time.Minute) })
	if _, err := later.Verify(s); err != ErrExpired {
		t.Fatalf("expired: %v", err)
	}
	other, _ := NewTokens([]byte(strings.Repeat("o", 32)), 15*time.Minute, func() time.Time { return now })
	if _, err := other.Verify(s); err != ErrInvalid {
		t.Fatalf("other key: %v", err)
	}
	if _, err := tk.Verify(s + "x"); err != ErrInvalid {
		t.Fatalf("tampered: %v", err)
	}
}

func TestRefreshTokens(t *testing.T) {
	tok, hash, err := NewRefreshToken("01a2185f-cccf-780b-b414-85713d7810ec")
	if err != nil {
		t.Fatal(err)
	}
	if HashRefreshToken(tok) != hash || strings.Contains(hash, tok) {
		t.Fatal("hash")
	}
	if id, ok := ParseRefreshToken(tok); !ok || id != "01a2185f-cccf-780b-b414-85713d7810ec" {
		t.Fatalf("parse: %q %v", id, ok)
	}
	for _, bad := range []string{"", "x", "abc.def", "ZZZ." + strings.Repeat("a", 43), strings.Repeat("a", 300), "01a2." + strings.Repeat("*", 43)} {
		if _, ok := ParseRefreshToken(bad); ok {
			t.Errorf("accepted %q", bad)
		}
	}
}
