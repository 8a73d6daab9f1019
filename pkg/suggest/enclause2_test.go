package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEnglishClauses2: English phrasings enclause2.go reads (none from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind.
func TestEnglishClauses2(t *testing.T) {
	tests := []topThree{
		// a period after a noun phrase scopes it, said first
		{"Go", "invoices paid last month", naming.KindVariable, "lastMonthPaidInvoices"},
		{"Go", "number of files we uploaded today", naming.KindVariable, "todayUploadedFileCount"},
		{"Python", "how many orders were placed this week", naming.KindVariable, "this_week_order_count"},
		{"C#", "the orders the customer placed last month", naming.KindVariable, "lastMonthOrders"},
		{"PHP", "the total revenue for the current month", naming.KindVariable, "$revenueThisMonth"},
		// a handler for doing something to a thing: the event it answers
		{"JavaScript", "handler for clicking the submit button", naming.KindFunction, "onSubmitButtonClicked"},
		{"Kotlin", "callback for pressing the back button", naming.KindFunction, "onBackPressed"},
		{"C#", "name for the method that handles the user selecting an item in the list", naming.KindFunction, "OnItemSelected"},
		{"Java", "event listener for the window being resized", naming.KindFunction, "onWindowResized"},
		{"Python", "function for sending the email", naming.KindFunction, "send_email"},
		// doubled consonants: tapped, dragged
		{"Swift", "closure for tapping the login button", naming.KindFunction, "onLoginButtonTapped"},
		{"Swift", "what should I call the closure that runs when the user taps the login button", naming.KindFunction, "onLoginButtonTapped"},
		// currently before a describing word says nothing; logged-in is
		// logged in; the owner of an id is no request for the owner
		{"PHP", "the id of the currently logged-in user", naming.KindVariable, "$currentUserId"},
		{"PHP", "the id of the current user", naming.KindVariable, "$currentUserId"},
		{"C++", "the index of the currently highlighted menu item", naming.KindVariable, "highlighted_menu_item_index"},
		{"Go", "list of signed-in users", naming.KindVariable, "authenticatedUsers"},
		// the record something is said of is a row, not a Java record
		{"Python", "timestamp of when the record was last updated", naming.KindVariable, "last_updated_at"},
		{"Go", "the id of the record", naming.KindVariable, "recordID"},
		{"Java", "the record that holds a point's coordinates", naming.KindClass, "PointCoordinate"},
		// things currently online are a list, not a yes/no
		{"Kotlin", "the users that are currently online", naming.KindVariable, "onlineUsers"},
		{"Kotlin", "whether the user is currently online", naming.KindVariable, "isOnline"},
		// things that failed to, or could not be, done
		{"Python", "the list of files that failed to upload", naming.KindVariable, "failed_files"},
		{"Python", "jobs that failed to run", naming.KindVariable, "failed_jobs"},
		{"Go", "emails that couldn't be delivered", naming.KindVariable, "undeliveredEmails"},
		{"Go", "messages that could not be parsed", naming.KindVariable, "unparsedMessages"},
		// who did it recently: recent things
		{"Ruby", "method that returns the users who signed up in the last 30 days", naming.KindFunction, "recent_users"},
		{"Ruby", "users who signed up in the last 30 days", naming.KindVariable, "recent_users"},
		// an amount says its verb after it
		{"Ruby", "the total amount the customer has spent", naming.KindVariable, "total_amount_spent"},
		{"Go", "the amount we paid", naming.KindVariable, "paidAmount"},
		// the user's subscription: the subscription's date
		{"Python", "the date the user's subscription ends", naming.KindVariable, "subscription_end_date"},
		{"Go", "how many times the user's session was refreshed", naming.KindVariable, "sessionRefreshCount"},
		// a type describing (the shape of) a thing is named for the thing
		{"TypeScript", "interface describing the shape of a user profile", naming.KindClass, "UserProfile"},
		{"TypeScript", "type describing a shipping address", naming.KindClass, "ShippingAddress"},
		{"Go", "struct representing the structure of a bank account", naming.KindClass, "BankAccount"},
		// pointers to things hold the things
		{"C++", "a vector of pointers to active enemies", naming.KindVariable, "active_enemies"},
		{"Rust", "a list of references to the open files", naming.KindVariable, "open_files"},
		// a network call is no phone call
		{"Kotlin", "a sealed class for the result of a network call", naming.KindClass, "NetworkCallResult"},
		{"Kotlin", "how many network calls are in flight", naming.KindVariable, "inFlightCount"},
		// "after signup" says when an action runs, not what it does
		{"Ruby", "method that sends a welcome email after signup", naming.KindFunction, "send_welcome_email"},
		{"Python", "function that clears the cart after checkout", naming.KindFunction, "clear_cart"},
		{"Python", "function that redirects the user after login", naming.KindFunction, "redirect_after_login"},
	}
	checkTopThree(t, tests)
}

// TestEnglishClauses2Not: kinds a reading must not offer.
func TestEnglishClauses2Not(t *testing.T) {
	checkNotOffered(t, []notOffered{
		// orders placed are no request to place one
		{"JavaScript", "orders placed this week", naming.KindFunction, ""},
		{"C#", "the orders the customer placed last month", naming.KindFunction, ""},
		{"PHP", "the id of the currently logged-in user", naming.KindFunction, ""},
		{"Python", "the time the record was last updated", naming.KindClass, ""},
		{"Kotlin", "the users that are currently online", naming.KindFunction, ""},
	})
}
