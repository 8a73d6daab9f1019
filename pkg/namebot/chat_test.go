package namebot

import "testing"

// TestSendStateStored: the states are the strings every stored send
// request already holds (they were message statuses before they had a
// type); a new spelling would misread them all.
func TestSendStateStored(t *testing.T) {
	for _, tc := range []struct {
		got  SendState
		want string
	}{
		{SendPending, "pending"},
		{SendAnswered, "answered"},
		{SendFailed, "failed"},
	} {
		if got := string(tc.got); got != tc.want {
			t.Errorf("stored state %q, want %q", got, tc.want)
		}
	}
}
