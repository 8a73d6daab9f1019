package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEnglishClauses: English noun phrases with a clause inside (none from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind.
func TestEnglishClauses(t *testing.T) {
	tests := []topThree{
		// a clause with its own subject after the head: the participle
		// names the things, the subject and the place are context
		{"JavaScript", "files the user dropped onto the page", naming.KindVariable, "droppedFiles"},
		{"Go", "messages we've already shown", naming.KindVariable, "shownMessages"},
		{"Go", "set of ids we've seen", naming.KindVariable, "seenIDs"},
		{"TypeScript", "posts that the user liked", naming.KindVariable, "likedPosts"},
		{"Python", "products the customer has viewed recently", naming.KindVariable, "viewed_products"},
		{"Go", "emails the user hasn't opened yet", naming.KindVariable, "unopenedEmails"},
		{"Rust", "the words we couldn't parse", naming.KindVariable, "unparsed_words"},
		{"Go", "function to notify users the admin banned", naming.KindFunction, "notifyBannedUsers"},
		{"Java", "number of messages we've sent today", naming.KindVariable, "sentMessageCount"},
		{"Kotlin", "how many failed payments the customer has made", naming.KindVariable, "failedPaymentCount"},
		{"Go", "the ids of rows the user selected", naming.KindVariable, "selectedRowIDs"},
		// contractions and possessives never become name words
		{"Go", "whether it's loading", naming.KindVariable, "isLoading"},
		{"Swift", "the player's lives", naming.KindVariable, "playerLives"},
		// a counter for something is its count
		// (failedLoginAttempts since the thirty-sixth session: four read sets' reviewers accept it, none failedLoginAttemptCount)
		{"Go", "counter for failed login attempts", naming.KindVariable, "failedLoginAttempts"},
	}
	checkTopThree(t, tests)
}

// TestEnglishEvents: how many times something happened is the count of
// its action; the time of an event is named for the event (shippedAt).
func TestEnglishEvents(t *testing.T) {
	tests := []topThree{
		{"Go", "how many times the user has opened the app", naming.KindVariable, "appOpenCount"},
		{"Go", "number of times the job was retried", naming.KindVariable, "retryCount"},
		{"Kotlin", "number of times the user logged in", naming.KindVariable, "loginCount"},
		{"Java", "field for how many times a voucher has been redeemed", naming.KindVariable, "timesRedeemed"},
		{"Go", "timestamp when the order was shipped", naming.KindVariable, "shippedAt"},
		{"Ruby", "timestamp when the order was shipped", naming.KindVariable, "shipped_at"},
		{"Python", "the time the user last logged in", naming.KindVariable, "last_login_at"},
		{"TypeScript", "date the subscription ends", naming.KindVariable, "subscriptionEndDate"},
		{"Go", "time the cache entry expires", naming.KindVariable, "expiresAt"},
		{"Swift", "date the account was created", naming.KindVariable, "creationDate"},
		{"Go", "variable for when the order was delivered", naming.KindVariable, "deliveredAt"},
		{"Go", "the last time the file was modified", naming.KindVariable, "lastModifiedAt"},
		{"JavaScript", "time at which the job started", naming.KindVariable, "startedAt"},
		{"Kotlin", "the time the token will expire", naming.KindVariable, "tokenExpiryTime"},
	}
	checkTopThree(t, tests)
}

// TestEnglishCounts: a count is of what is there now (currently is no
// yes/no), of the things in a container named with the (not a scope, a
// conversation), in a state the question gives.
func TestEnglishCounts(t *testing.T) {
	tests := []topThree{
		{"Go", "number of items currently in the queue", naming.KindVariable, "queueItemCount"},
		{"TypeScript", "how many products are in the basket right now", naming.KindVariable, "basketProductCount"}, // the question's own word since the nineteenth session
		{"Python", "how many users are currently online", naming.KindVariable, "online_user_count"},
		{"Kotlin", "how many players are still alive", naming.KindVariable, "alivePlayerCount"},
		{"Swift", "number of unread emails in a thread", naming.KindVariable, "unreadEmailCount"},
		{"JavaScript", "how many notifications there are, shown on the bell icon", naming.KindVariable, "notificationCount"},
	}
	checkTopThree(t, tests)
}

// TestEnglishOnes: "the X ones" kept or left out of a collection names it
// by that state or its opposite.
func TestEnglishOnes(t *testing.T) {
	tests := []topThree{
		{"Go", "list of invoices with the paid ones filtered out", naming.KindVariable, "unpaidInvoices"},
		{"TypeScript", "users except the banned ones", naming.KindVariable, "nonBannedUsers"},
		{"Python", "the tasks, minus the completed ones", naming.KindVariable, "incomplete_tasks"},
		{"Kotlin", "all products excluding the out of stock ones", naming.KindVariable, "inStockProducts"},
		{"Java", "files except the hidden ones", naming.KindVariable, "visibleFiles"},
		{"C#", "local variable for the orders narrowed down to the shipped ones", naming.KindVariable, "shippedOrders"},
		{"Swift", "notifications, but only the unread ones", naming.KindVariable, "unreadNotifications"},
		{"Go", "function that filters shops down to the ones open right now", naming.KindFunction, "filterOpenShops"}, // the question's own word since the nineteenth session
	}
	checkTopThree(t, tests)
}

// TestEnglishNounPhrases: maps written as a dictionary mapping or a map of
// A to B, most recent, unknown participles before their noun.
func TestEnglishNounPhrases(t *testing.T) {
	tests := []topThree{
		{"Python", "dictionary mapping product ids to prices", naming.KindVariable, "prices_by_product_id"},
		{"Go", "map of order id to order", naming.KindVariable, "ordersByID"},
		{"TypeScript", "lookup table that maps each country code to a currency", naming.KindVariable, "currenciesByCountryCode"},
		{"Python", "the most recent error message", naming.KindVariable, "latest_error_message"},
		{"Go", "set of visited urls", naming.KindVariable, "visitedURLs"},
		{"Kotlin", "hashed passwords", naming.KindVariable, "hashedPasswords"},
	}
	checkTopThree(t, tests)
}

// TestEnglishHowLong: how long something stays valid is its ttl, how long
// to wait before an action that action's delay; a size in bytes may drop
// the word size.
func TestEnglishHowLong(t *testing.T) {
	tests := []topThree{
		{"Go", "how long the session cookie is valid", naming.KindVariable, "sessionCookieTTL"},
		{"Python", "constant for how long cached pages are kept, in seconds", naming.KindConstant, "CACHED_PAGE_TTL_SECONDS"},
		{"Go", "how long to wait before retrying", naming.KindVariable, "retryDelay"},
		{"Python", "how long we should wait before reconnecting, in seconds", naming.KindConstant, "RECONNECT_DELAY_SECONDS"},
		{"Go", "how long the upload took", naming.KindVariable, "uploadDuration"},
		{"Rust", "constant for the maximum message size in bytes", naming.KindConstant, "MAX_MESSAGE_BYTES"},
	}
	checkTopThree(t, tests)
}

// TestEnglishClauseEdges: a clause before the main verb, a time phrase
// after it, tries to do something, present-tense occurrences, has as an
// auxiliary.
func TestEnglishClauseEdges(t *testing.T) {
	tests := []topThree{
		{"Go", "function that checks if the user the admin invited has accepted", naming.KindFunction, "isInvitedUserAccepted"},
		{"Go", "function that returns the products the user bought last month", naming.KindFunction, "getPurchasedProducts"}, // (bought is purchased since the 28th session),
		{"Go", "how many times we've tried to reconnect", naming.KindVariable, "reconnectAttemptCount"},
		{"Python", "how many times a word appears in a sentence", naming.KindVariable, "word_occurrence_count"},
		{"Go", "check if the file has changed", naming.KindFunction, "isFileChanged"}, // (was isFileModified while changed read as modified; the nineteenth session split the two),
		{"Go", "whether the user has verified their email", naming.KindVariable, "hasVerifiedEmail"},
	}
	checkTopThree(t, tests)
}
