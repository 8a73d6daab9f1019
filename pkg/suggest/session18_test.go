package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the eighteenth session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestCountShortForm: a count of a compound thing offers the count without
// its first word among the first three (subscriberCount for a channel's
// subscribers), not only the same words as num…, …s and …Total.
func TestCountShortForm(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "유튜브 채널 구독자 수 변수", naming.KindVariable, "subscriber_count"},
		{"PHP", "채널 구독자 수 담는 변수", naming.KindVariable, "$subscriberCount"},
		{"Python", "유튜브 채널 구독자 수 변수", naming.KindVariable, "channel_subscriber_count"}, // control: the full form stays first
	})
}
