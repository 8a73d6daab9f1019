package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEnglishClauses3: English phrasings enclause3.go reads (none from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind. The second half are variants the rules were not tuned on.
func TestEnglishClauses3(t *testing.T) {
	tests := []topThree{
		// a holder and the clause that says what it is for: one noun
		{"Go", "the timer that refreshes the token", naming.KindVariable, "tokenRefreshTimer"},
		{"Java", "the mutex that protects the cache map", naming.KindVariable, "cacheMutex"},
		{"C++", "the lock that guards the connection pool", naming.KindVariable, "connection_pool_lock"},
		{"Swift", "the timer that updates the countdown label", naming.KindVariable, "countdownLabelUpdateTimer"},
		{"Rust", "the thread that flushes the log buffer", naming.KindVariable, "log_buffer_flush_thread"},
		{"Go", "the channel we send finished jobs on", naming.KindVariable, "finishedJobs"},
		{"Python", "the queue we push incoming messages into", naming.KindVariable, "incoming_message_queue"},
		{"Go", "the deadline for finishing the upload", naming.KindVariable, "uploadDeadline"},
		{"Go", "the deadline for completing the payment", naming.KindVariable, "paymentDeadline"},
		// people who did something: the participle before them
		{"Python", "students who passed the exam", naming.KindVariable, "passed_students"},
		// things put somewhere: named for the place
		{"JavaScript", "the products the user added to the wishlist", naming.KindVariable, "wishlistProducts"},
		{"C#", "the songs the user added to the playlist", naming.KindVariable, "playlistSongs"},
		{"Kotlin", "the items the customer put in the cart", naming.KindVariable, "cartItems"},
		// a form is part of a type's name
		{"TypeScript", "type for the login form", naming.KindClass, "LoginForm"},
		{"Kotlin", "data class for the checkout form", naming.KindClass, "CheckoutForm"},
		// any event: the handler is for events
		{"JavaScript", "callback when an event is emitted", naming.KindFunction, "onEvent"},
		// yes/no questions asked inverted
		{"Python", "does the user have admin permission", naming.KindVariable, "has_admin_permission"},
		{"Ruby", "has the user voted", naming.KindVariable, "has_voted"},
		{"Kotlin", "flag for dark mode enabled", naming.KindVariable, "isDarkModeEnabled"},
		// a count of the ones in a place that are in a state
		{"Java", "number of items in the cart that are on sale", naming.KindVariable, "onSaleItemCount"},
		// the user's time zone is an argument
		{"Python", "start of today in the user's timezone", naming.KindFunction, "start_of_today"},
		{"Python", "midnight in the user's timezone", naming.KindFunction, "start_of_today"},
	}
	checkTopThree(t, tests)
}
