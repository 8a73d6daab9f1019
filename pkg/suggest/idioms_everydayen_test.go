package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEverydayEn: everyday English questions that idioms/everyday-en.tsv
// and glossary/everyday-en.tsv fixed (none of them is in the evaluation
// set); want must be among the first three names of the kind.
func TestEverydayEn(t *testing.T) {
	tests := []topThree{
		// Third-person phrasal verbs.
		{"Go", "function that looks up a user by email", naming.KindFunction, "findByEmail"},
		{"Java", "method that signs up a new user", naming.KindFunction, "signUpNewUser"},
		{"C#", "background job that cleans up expired sessions", naming.KindFunction, "CleanupExpiredSessions"},
		{"PHP", "function that backs up the database", naming.KindFunction, "backupDatabase"},
		{"Go", "function that logs in a user", naming.KindFunction, "loginUser"},
		{"Go", "function that turns on dark mode", naming.KindFunction, "enableDarkMode"},
		{"Kotlin", "whether notifications are turned on", naming.KindVariable, "isNotificationsEnabled"},
		{"Go", "function called when the server shuts down", naming.KindFunction, "onShutdown"},
		// Counters, systems, CLI.
		{"C", "bytes written so far", naming.KindVariable, "bytes_written"},
		{"C++", "number of bytes read", naming.KindVariable, "bytes_read"},
		{"C", "flag set when the user presses Ctrl-C", naming.KindVariable, "interrupted"},
		{"C", "file descriptor for the log file", naming.KindVariable, "log_fd"},
		{"C", "whether the end of the file was reached", naming.KindVariable, "is_eof"},
		{"C++", "struct for a 2D vector", naming.KindClass, "Vec2"},
		{"C++", "max number of particles", naming.KindConstant, "MAX_PARTICLES"},
		{"C++", "function that memory maps a file", naming.KindFunction, "mmap_file"},
		{"Go", "CLI flag for the config file path", naming.KindVariable, "configPath"},
		{"Go", "mutex that protects the cache", naming.KindVariable, "cacheMu"},
		{"Go", "function that walks a directory recursively", naming.KindFunction, "walkDir"},
		{"Go", "function that evicts the least recently used entry", naming.KindFunction, "evictLru"},
		{"Rust", "the number of lines read so far", naming.KindVariable, "lines_read"},
		{"Rust", "function that opens a file for appending", naming.KindFunction, "open_for_append"},
		{"C", "function that copies one file to another", naming.KindFunction, "copy_file"},
		// Social, chat.
		{"Java", "list of people the user follows", naming.KindVariable, "followedUsers"},
		{"PHP", "users who are following me", naming.KindVariable, "$followers"},
		{"Kotlin", "function that marks all notifications as read", naming.KindFunction, "markAllAsRead"},
		{"Go", "comments that were flagged as spam", naming.KindVariable, "spamComments"},
		{"Kotlin", "the last time the user was seen online", naming.KindVariable, "lastSeenAt"},
		{"Swift", "function that plays a sound when a message arrives", naming.KindFunction, "playMessageSound"},
		{"Swift", "the number of new messages since the user last checked", naming.KindVariable, "newMessageCount"},
		// Commerce.
		{"C#", "flag for whether the payment succeeded", naming.KindVariable, "isPaymentSuccessful"},
		{"JavaScript", "orders that were paid but not shipped", naming.KindVariable, "ordersToShip"},
		{"Rust", "the number of items left in stock", naming.KindVariable, "stock_quantity"},
		{"Java", "method that validates a credit card number", naming.KindFunction, "validateCardNumber"},
		{"C#", "if the user has premium", naming.KindVariable, "isPremium"},
		{"C#", "the order's grand total including tax and shipping", naming.KindVariable, "grandTotal"},
		{"Java", "the amount that was refunded", naming.KindVariable, "refundedAmount"},
		{"Kotlin", "the reason the order was cancelled", naming.KindVariable, "cancellationReason"},
		{"C#", "the date the package is expected to arrive", naming.KindVariable, "estimatedArrivalDate"},
		{"Ruby", "coupons that expire this month", naming.KindVariable, "coupons_expiring_this_month"},
		{"C#", "how many items the user added to the cart", naming.KindVariable, "cartItemCount"},
		// Dates and durations.
		{"JavaScript", "when the password was last changed", naming.KindVariable, "passwordChangedAt"},
		{"TypeScript", "how many days until the trial ends", naming.KindVariable, "trialDaysLeft"},
		{"PHP", "the number of days since the last login", naming.KindVariable, "$daysSinceLastLogin"},
		{"Go", "when the token was issued", naming.KindVariable, "issuedAt"},
		{"PHP", "the date the account was deleted", naming.KindVariable, "$deletedAt"},
		{"Java", "the time the next job is scheduled to run", naming.KindVariable, "nextRunAt"},
		{"Swift", "how long the video has been playing", naming.KindVariable, "elapsedTime"},
		// Search, uploads, paging, state.
		{"Swift", "the query the user typed in the search bar", naming.KindVariable, "searchQuery"},
		{"Rust", "search results for the current page", naming.KindVariable, "search_results"},
		{"PHP", "the name of the uploaded file", naming.KindVariable, "$uploadedFileName"},
		{"Go", "the path to the uploaded file", naming.KindVariable, "uploadedFilePath"},
		{"Kotlin", "the id of the last item on the page", naming.KindVariable, "lastItemId"},
		{"C#", "the page the user is currently on", naming.KindVariable, "currentPage"},
		{"TypeScript", "the maximum number of files the user can attach", naming.KindVariable, "maxAttachments"},
		{"Java", "function that deletes files older than 7 days", naming.KindFunction, "deleteOldFiles"},
		{"Java", "the logged-in user", naming.KindVariable, "currentUser"},
		{"Kotlin", "whether the app is running in the background", naming.KindVariable, "isInBackground"},
		{"C#", "the player's health points", naming.KindVariable, "health"},
		// Roles, types, handlers.
		{"Kotlin", "sealed class for the result of a network call", naming.KindClass, "NetworkResult"},
		{"Java", "repository for orders", naming.KindClass, "OrderRepository"},
		{"C#", "service that sends emails", naming.KindClass, "EmailService"},
		{"PHP", "trait for models that have a slug", naming.KindClass, "HasSlug"},
		{"Python", "decorator that requires the user to be logged in", naming.KindFunction, "login_required"},
		{"TypeScript", "function that handles a 401 response", naming.KindFunction, "handleUnauthorized"},
		{"JavaScript", "function that adds the auth header to requests", naming.KindFunction, "addAuthHeader"},
		{"JavaScript", "function that sets the auth cookie", naming.KindFunction, "setAuthCookie"},
		{"Swift", "function that decodes the JSON response", naming.KindFunction, "decodeResponse"},
		{"TypeScript", "event handler for clicking the like button", naming.KindFunction, "handleLikeClick"},
		{"Python", "function that removes duplicate emails", naming.KindFunction, "remove_duplicate_emails"},
		{"Kotlin", "whether the user wants email notifications", naming.KindVariable, "isEmailNotificationEnabled"},
		{"PHP", "function that saves the notification preferences", naming.KindFunction, "saveNotificationPreferences"},
		{"C#", "the admin who made the change", naming.KindVariable, "changedBy"},
	}
	checkTopThree(t, tests)
}
