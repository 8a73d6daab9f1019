package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings34: readings of the thirty-fourth session, on probe
// questions written for this test and on questions of the read sets r22
// and r23; each row fails at dcdc63c (the session's start).
func TestMisreadings34(t *testing.T) {
	checkTopThree(t, []topThree{
		// "function to check whether X has Y" is whether X has Y
		// (restate.go reCheckWhether takes a function before it;
		// refine.go reads has as possession after check whether; were
		// no name and pickup_order)
		{"Python", "helper to check whether an uploaded photo has GPS data in its EXIF", naming.KindFunction, "has_gps_data"},
		{"Python", "function to check whether the rider picked up the order", naming.KindFunction, "is_order_picked_up"},
		// English readings (restate.go englishRewrites): a type guard
		// label, a scene after "in my", "enough for the X to V", a range
		// of numbers left out, a 24h clock and an AM/PM example (were
		// getEventKeyEvent, farm_schedulers, isHighEnoughBoat,
		// drop_reading_outsides and range, no name)
		{"TypeScript", "type guard - is this event a KeyboardEvent", naming.KindFunction, "isKeyEvent"},
		{"TypeScript", "type guard for KeyboardEvent", naming.KindFunction, "isKeyEvent"},
		{"Rust", "Vec of the pending jobs in my render farm scheduler", naming.KindVariable, "pending_jobs"},
		{"Go", "is the tide high enough for the boat to launch?", naming.KindFunction, "isTideHigh"},
		{"C", "C function that drops readings outside 0-100 from an array in place", naming.KindFunction, "drop_out_of_range_readings"},
		{"C", "function that drops out of range readings from an array", naming.KindFunction, "drop_out_of_range_readings"},
		{"JavaScript", "turn a 24h time string like 14:30 into 2:30 PM, whats a good fn name", naming.KindFunction, "to12Hour"},
		{"JavaScript", "turn a 24h time string into 12h format", naming.KindFunction, "to12Hour"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "function that drops out of range readings from an array", naming.KindFunction, "range"},
	})
}
