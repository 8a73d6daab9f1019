package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// Mixed letters and digits are one word (IPv4, OAuth2, UTF-8, iOS).
func TestTechWords(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "function that checks if an address is IPv6", naming.KindFunction, "isIpv6"},
		{"Kotlin", "function that converts a UTF-16 string to UTF-8", naming.KindFunction, "utf16ToUtf8"},
		{"Python", "function that parses an IPv4 address", naming.KindFunction, "parse_ipv4_address"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "function that checks whether a string is a valid IPv4 address", naming.KindFunction, "is_valid_pv4_address"},
		{"TypeScript", "function that refreshes the OAuth2 access token", naming.KindFunction, "refreshOAuth2AccessToken"},
	})
}

// Go: unexported is no exported; a visibility word names nothing.
func TestGoUnexported(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "unexported function that parses the manifest", naming.KindFunction, "parseManifest"},
		{"Go", "exported function that parses the manifest", naming.KindFunction, "ParseManifest"},
		{"Kotlin", "suspend fun that loads the cart items", naming.KindFunction, "loadCartItems"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "unexported function that parses the manifest", naming.KindFunction, "ParseManifest"},
		{"Go", "exported function that parses the manifest", naming.KindFunction, "ParseExportedManifest"},
		{"Kotlin", "suspend function that refreshes the user session", naming.KindFunction, "suspendUser"},
	})
}

// "for each X" is "per X": a collection keyed by X; a map holding X is
// no verb map.
func TestForEach(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "map holding the replicas for each deployment", naming.KindVariable, "replicasPerDeployment"},
		{"TypeScript", "total revenue for every region", naming.KindVariable, "totalRevenueByRegion"},
		{"Python", "dictionary holding the invoices for each customer", naming.KindVariable, "invoices_by_customer"},
	})
}

// A count of things with a participle after them: the participle goes
// before the head, and after it too (rowsAffected); the agent or place
// after the participle is context; a one-off scope (in the last run) goes.
func TestCountedParticiple(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "number of records deleted by the cleanup job", naming.KindVariable, "deletedRecordCount"},
		{"Java", "number of records deleted by the cleanup job", naming.KindVariable, "recordsDeleted"},
		{"Go", "how many bytes have been sent over the wire", naming.KindVariable, "bytesSent"},
		{"Python", "how many files were copied to the backup folder", naming.KindVariable, "files_copied"},
		{"Swift", "number of songs played today", naming.KindVariable, "songsPlayedToday"},
		{"TypeScript", "how many checks failed in the previous build", naming.KindVariable, "failedCheckCount"},
		{"Kotlin", "count of invoices issued in the last month", naming.KindVariable, "recentInvoiceCount"},
		{"Rust", "number of failed tests", naming.KindVariable, "failed_test_count"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "how many checks failed in the previous build", naming.KindVariable, "lastBuildAt"},
		{"Python", "how many files were copied to the backup folder", naming.KindVariable, "copied_backup_folder_file_count"},
	})
}
