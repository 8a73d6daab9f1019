package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the seventh session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestWhereFromGoes: where a value came from (fetched, loaded, 가져온,
// 불러온) is no part of its name, nor what it is for (saved for offline
// playback).
func TestWhereFromGoes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "name for a slice of the invoices we loaded for a customer", naming.KindVariable, "invoices"},
		{"Python", "variable for the orders we fetched from the API", naming.KindVariable, "orders"},
		{"Swift", "name for an array of songs saved for offline playback", naming.KindVariable, "savedSongs"},
		{"Java", "list of photos selected for upload", naming.KindVariable, "selectedPhotos"},
		{"Java", "DB에서 불러온 활성 회원 목록", naming.KindVariable, "activeMembers"},
	})
	checkNotOffered(t, []notOffered{
		{"PHP", "Eloquent로 가져온 미납 청구서 목록 변수", naming.KindVariable, "$gotUnpaidInvoices"},
		{"C", "이중 연결리스트 길이 반환하는 함수", naming.KindFunction, "release_connection"},
	})
}

// TestEnglishAsideAfterComma: an English clause after a comma that says
// why or what else (", nullable since ...", ", below it we ...", ", it's a
// Duration") is no part of the name.
func TestEnglishAsideAfterComma(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "property name for when an order was shipped, nullable since it might not ship yet", naming.KindVariable, "ShippedAt"},
		{"Kotlin", "constant for the minimum supported app version code, below it we force an update", naming.KindConstant, "MIN_SUPPORTED_APP_VERSION_CODE"},
		{"Java", "constant for the minimum supported iOS version, below it we show an upgrade screen", naming.KindConstant, "MIN_SUPPORTED_VERSION"},
	})
}

// TestPrepositionalState: "whether X is on/in/under/out of Y" names the
// state after is (isOnMeteredNetwork), not the subject alone (isDevice).
func TestPrepositionalState(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "boolean for whether the device is currently on a metered network", naming.KindVariable, "isOnMeteredNetwork"},
		{"Java", "boolean for whether the user is currently in a call", naming.KindVariable, "isInCall"},
		{"Python", "whether the printer is out of paper", naming.KindFunction, "is_out_of_paper"},
		{"Ruby", "whether the user is in a call", naming.KindFunction, "in_call?"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "boolean for whether the device is currently on a metered network", naming.KindFunction, ""},
	})
}
