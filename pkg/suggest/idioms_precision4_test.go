package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIdiomPrecision4: questions that share words with a phrasebook line but
// ask for something else (a count, an attribute, the opposite direction, a
// list filtered by the thing). The line used to put its names first; now the
// right name is among the first three.
func TestIdiomPrecision4(t *testing.T) {
	tests := []topThree{
		// a count of follows, not the follow list (was followedUsers, followers)
		{"TypeScript", "number of people the user follows", naming.KindVariable, "followingCount"},
		{"JavaScript", "count of people following me", naming.KindVariable, "followerCount"},
		// the card's expiry, not its number (was validateCardNumber)
		{"Ruby", "validate credit card expiry date", naming.KindFunction, "validate_expiry_date"},
		// a query string into a hash is parsing (was to_query, the opposite)
		{"Ruby", "convert query string to hash", naming.KindFunction, "parse_query_string"},
		// an attribute of the session user (was currentUser, or nothing)
		{"Kotlin", "name of the logged-in user", naming.KindVariable, "currentUserName"},
		{"Kotlin", "the logged-in user's email", naming.KindVariable, "currentUserEmail"},
		{"Kotlin", "logged in user avatar url", naming.KindVariable, "authenticatedUserAvatarUrl"},
		// a count of clicks, not the click handler (was handleLikeClick)
		// a count of spam comments (was spamComments)
		{"C#", "number of comments flagged as spam", naming.KindVariable, "reportedCommentSpamCount"},
		// the search box's placeholder (was searchQuery)
		{"JavaScript", "search bar placeholder text", naming.KindVariable, "searchBarPlaceholderText"},
		// a count and a page size of search results (was searchResults)
		{"TypeScript", "search results count", naming.KindVariable, "searchResultCount"},
		{"Go", "search results page size", naming.KindVariable, "pageSize"},
		// a part of the health display (was health)
		// the shuffle mode, not the action (was shufflePlaylist)
		{"Swift", "playlist shuffle mode", naming.KindVariable, "shuffleMode"},
		// when a message was read, not how long reading takes (was estimateReadingTime)
		{"Swift", "mark the message read time", naming.KindFunction, "markReadMessageTime"},
		// a token and a password change, not a password check (was verifyPassword)
		{"Go", "check if the user's password was reset", naming.KindFunction, "isPasswordReset"},
		// a forced logout is not the force flag (was force)
		{"Python", "force logout if the session is revoked", naming.KindFunction, "is_session_revoked"},
		// large images under the image's own noun (was largeImageLargers, largeToos)
		{"Go", "images larger than 5MB", naming.KindVariable, "largeImages"},
		{"Go", "resize images that are too large", naming.KindVariable, "largeImages"},
		// users filtered by an average or an ip (was averageRating, lastKnownIP)
		{"Swift", "products with average rating above 4", naming.KindVariable, "products"},
		{"Go", "users with the same last known ip", naming.KindVariable, "users"},
		// a count of blocked users (was blockedUsers)
		{"Kotlin", "number of blocked users", naming.KindVariable, "blockedUserCount"},
		// resetting is the action (was resetAt, when the window refills)
		{"Go", "reset rate limit", naming.KindFunction, "resetRateLimit"},
		// a count of low-stock products (was lowStockProducts)
		{"Kotlin", "number of low stock products", naming.KindVariable, "lowStockProductCount"},
		// a password's length, not generating one (was generateTemporaryPassword)
		{"Java", "random password length", naming.KindVariable, "randomPasswordLength"},
		// duplicates inside a list, not a taken address (was isEmailTaken)
		{"Python", "has duplicate emails", naming.KindFunction, "has_duplicate_emails"},
		{"Python", "does the list have duplicates", naming.KindFunction, "has_duplicates"},
		// members who left long ago, not leaving (was deleteAccount)
		{"Java", "탈퇴일로부터 30일 지난 회원 삭제", naming.KindFunction, "deleteMember"},
		// 댓글 holds 글 but is not a post (was hidePost)
		{"Java", "댓글 숨김", naming.KindFunction, "hideComment"},
		// checking a date format is not formatting a date (was format_date)
		{"Ruby", "날짜 형식 검증", naming.KindFunction, "validate_date_format"},
		// an order mail's subject, not confirming an address (was verifyEmail)
		{"Ruby", "order confirmation email subject", naming.KindFunction, "order_confirmation_email_subject"},
		// the key a preference is stored under (was themePreference)
		{"Swift", "theme preference key", naming.KindVariable, "themePreferenceKey"},
		// steps per minute is a rate, not a total (was totalSteps)
		{"Kotlin", "number of steps per minute", naming.KindVariable, "stepsPerMinute"},
		// a list of muted chats, not muting (was muteConversation)
		{"TypeScript", "list of muted conversations", naming.KindVariable, "mutedConversations"}, // the question's own word since the nineteenth session
		// purging soft-deleted rows is a hard delete (was softDelete)
		{"Java", "purge soft deleted records", naming.KindFunction, "hardDelete"},
		// a count of favorited places (was isWishlisted)
		{"Kotlin", "favorited places count", naming.KindVariable, "favoritedPlaceCount"},
	}
	checkTopThree(t, tests)
}
