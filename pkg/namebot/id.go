package namebot

import (
	"regexp"

	"github.com/google/uuid"
)

// NewID returns a time-sortable id (UUIDv7, lower-case hex with dashes).
func NewID() string {
	// uuid.NewV7 can only fail when crypto/rand does, and since Go 1.24
	// crypto/rand.Read never returns an error (it aborts the program).
	id, _ := uuid.NewV7()
	return id.String()
}

var idPattern = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// ValidID reports whether s has the shape of an id made by NewID, so that a
// path parameter can be refused before it reaches a store.
func ValidID(s string) bool { return idPattern.MatchString(s) }
