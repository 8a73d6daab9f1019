package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twenty-second session (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestCountStillState: "how many seats are still free in a workshop" counts
// the free ones, whatever place or time follows the state
// (available_seat_count; was seat_count, the state lost), and free seats
// are available ones (a free seat is no price).
func TestCountStillState(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "method returning how many seats are still free in a workshop", naming.KindFunction, "available_seat_count"},
		{"TypeScript", "variable for how many seats are still open on a flight", naming.KindVariable, "openSeatCount"},
		{"Go", "how many users are online", naming.KindVariable, "onlineUserCount"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Ruby", "method returning how many seats are still free in a workshop", naming.KindFunction, "seat_count"},
		{"TypeScript", "variable for how many seats are still open on a flight", naming.KindVariable, "seatCount"},
	})
}
