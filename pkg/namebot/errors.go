// Package namebot holds the domain: users, sessions, chats, messages, posts and
// the daily quota; their validation; who may do what; the interfaces of the
// stores and the model the domain needs; and coded errors that the HTTP layer
// maps to statuses. It depends on nothing but the standard library, naming
// and github.com/google/uuid (the time-ordered ids of NewID); the NFC of
// Normalize reads tables generated from golang.org/x/text/unicode/norm
// (nfc.go), which only the generator and the tests import.
package namebot

import (
	"errors"
	"fmt"
)

// Error codes. The HTTP layer has the one map from code to status.
const (
	EINVALID      = "invalid"
	EUNAUTHORIZED = "unauthorized"
	EFORBIDDEN    = "forbidden"
	ENOTFOUND     = "not_found"
	ECONFLICT     = "conflict"
	ETOOLARGE     = "too_large"
	ERATELIMITED  = "rate_limited"
	EMODELFAILED  = "model_failed"
	EMODELTIMEOUT = "model_timeout"
	EUNAVAILABLE  = "unavailable"
	EINTERNAL     = "internal"
)

// Problem is a translatable message: a catalogue key and its arguments.
type Problem struct {
	Key  string
	Args []any
}

// Error is an error a client may see. Its text is produced from Key in the
// client's language; Err, if any, is the internal cause and is only logged.
type Error struct {
	Code   string
	Key    string
	Args   []any
	Fields map[string]Problem
	// RetryAfterSeconds is set on rate-limit errors.
	RetryAfterSeconds int
	Err               error
}

func (e *Error) Error() string {
	s := e.Code + ": " + e.Key
	if len(e.Fields) > 0 {
		s += fmt.Sprintf(" %v", e.Fields)
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns a coded error with a catalogue key.
func Errorf(code, key string, args ...any) *Error {
	return &Error{Code: code, Key: key, Args: args}
}

// UserGone is the 401 of a valid access token whose user no longer exists
// or is being deleted.
func UserGone() *Error { return Errorf(EUNAUTHORIZED, "user_gone") }

// LiveUser takes a user store's answer for the caller and turns a missing
// user, or one whose deletion has begun, into UserGone; other errors and
// live users pass through. Every service asks it the same way.
func LiveUser(u *User, err error) (*User, error) {
	if ErrorCode(err) == ENOTFOUND || err == nil && u.Gone() {
		return nil, UserGone()
	}
	return u, err
}

// Unavailable wraps a store or dependency failure: the client sees 503 and a
// generic message, the cause is logged.
func Unavailable(op string, err error) *Error {
	return &Error{Code: EUNAVAILABLE, Key: "unavailable", Err: fmt.Errorf("%s: %w", op, err)}
}

// FieldErrors collects per-field problems for one request.
type FieldErrors map[string]Problem

// Add records a problem for a field unless one is already there.
func (f FieldErrors) Add(field, key string, args ...any) {
	if _, ok := f[field]; !ok {
		f[field] = Problem{Key: key, Args: args}
	}
}

// Err returns nil when there are no problems, else an EINVALID error.
func (f FieldErrors) Err() error {
	if len(f) == 0 {
		return nil
	}
	return &Error{Code: EINVALID, Key: "invalid_fields", Fields: f}
}

// ErrorCode returns the code of err, EINTERNAL for errors without one.
func ErrorCode(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// AsError returns err as *Error when it carries a code.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
