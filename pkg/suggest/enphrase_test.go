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

// how often / how long to wait between: an interval named for what
// happens (its object or subject, and the verb unless it only says that
// something happens); how long to wait for X: X's timeout.
func TestHowOften(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "how often to sync the inventory", naming.KindVariable, "inventory_sync_interval"},
		{"Kotlin", "how often the feed should be reloaded", naming.KindVariable, "feedReloadInterval"},
		{"TypeScript", "how often we send a keepalive ping", naming.KindVariable, "keepalivePingInterval"},
		{"Go", "how often the janitor runs", naming.KindVariable, "janitorInterval"},
		{"C", "how long to sleep between reads in milliseconds", naming.KindVariable, "read_interval_ms"},
		{"Java", "how long to wait before reconnecting to the broker", naming.KindVariable, "reconnectDelay"},
		{"Python", "how long to wait for the lock to be released", naming.KindVariable, "lock_timeout"},
		{"Swift", "delay between two successive taps", naming.KindVariable, "tapDelay"},
		{"Go", "how long to wait between disk checks", naming.KindVariable, "diskCheckInterval"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "how long to wait between disk checks", naming.KindFunction, ""},
	})
}

// A clause right after its head with a thing for subject names the head
// by that thing (the port the server listens on: serverPort); a person's
// clause stays a participle (clickedElement); in a row is no head.
func TestContactClause(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "the port the metrics server listens on", naming.KindVariable, "metricServerPort"},
		{"C", "default port the proxy binds to", naming.KindConstant, "DEFAULT_PORT"},
		{"Python", "the folder the thumbnails are written to", naming.KindVariable, "thumbnail_folder"}, // the question's own word since the nineteenth session
		{"Rust", "the path the manifest is read from", naming.KindVariable, "manifest_path"},
		{"C", "buffer size the decoder uses", naming.KindVariable, "decoder_buffer_size"},
		{"Kotlin", "the topic the worker subscribes to", naming.KindVariable, "workerTopic"},
		{"Swift", "the reason the upload failed", naming.KindVariable, "uploadFailureReason"},
		{"JavaScript", "the button the user clicked on", naming.KindVariable, "clickedButton"},
		{"Python", "variable for how many times in a row the upload failed", naming.KindVariable, "failed_upload_count"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "the directory the logs are written to", naming.KindFunction, ""},
		{"C", "buffer size the decoder uses", naming.KindFunction, ""},
	})
}

// What a count is for is context (seats available for a concert booking:
// availableSeatCount); a verb between an article and a noun is a noun
// (the sync job: syncJob); a possessed phrase is offered without its owner.
func TestCountForAndNounVerbs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "number of tickets still available for a football match", naming.KindVariable, "availableTicketCount"},
		{"TypeScript", "number of retries left for the current user", naming.KindVariable, "retriesLeft"},
		{"Go", "function that restarts the sync job", naming.KindFunction, "restartSyncJob"},
		{"Python", "function that compresses the backup archive", naming.KindFunction, "compress_backup_archive"},
		{"Go", "the invoice's billing contact name", naming.KindVariable, "billingContactName"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "number of retries left for the current user", naming.KindVariable, "currentUser"},
		{"Java", "number of tickets still available for a football match", naming.KindVariable, "matchAvailableTicketFootballCount"},
	})
}

// A map's value said as a time clause is an "at" noun, and a phrasebook
// name for the value is keyed like the map.
func TestMapToWhen(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "map from device id to when it was last seen", naming.KindVariable, "lastSeenAtByDeviceId"},
		{"Java", "map from invoice id to when it was paid", naming.KindVariable, "paidAtByInvoiceId"},
		{"Python", "dict mapping each replica to when it last synced", naming.KindVariable, "last_synced_at_by_replica"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "map from device id to when it was last seen", naming.KindVariable, "lastSeenId"},
		{"Kotlin", "map from device id to when it was last seen", naming.KindVariable, "readAt"},
	})
}

// worth retrying is retryable; keeps polling is polls; until it is done
// ends a loop and names nothing; an event time's owner is a noun (the
// nightly backup), and the time is also offered without it.
func TestWorthKeepsUntil(t *testing.T) {
	checkTopThree(t, []topThree{
		// (isRetryable since the thirty-sixth session: r41's and r42's reviewers write it first)
		{"Go", "helper that tells if a DNS error is worth retrying", naming.KindFunction, "isRetryable"},
		{"Ruby", "method that decides if a fragment is worth caching", naming.KindFunction, "cacheable?"},
		{"TypeScript", "async function that keeps polling the export status until it is done", naming.KindFunction, "pollExportStatus"},
		{"Kotlin", "function that keeps retrying the payment until it succeeds", naming.KindFunction, "retryPayment"},
		{"JavaScript", "function that waits N seconds before resolving", naming.KindFunction, "sleep"},
		{"Go", "time when the weekly report finished", naming.KindVariable, "finishedAt"},
		{"Python", "timestamp when the import finished", naming.KindVariable, "import_finished_at"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "async function that keeps polling the export status until it is done", naming.KindFunction, "pollPollingExportStatus"},
	})
}

// A screen's own type is named for what it shows (view controller for
// the onboarding screen: OnboardingViewController); a dialog window is a
// dialog; the settings idiom is no settings dialog; save and load is a store.
func TestUITypes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "view controller for the checkout screen", naming.KindClass, "CheckoutViewController"},
		{"Kotlin", "fragment for the order history page", naming.KindClass, "OrderHistoryFragment"},
		{"C#", "form for editing supplier details", naming.KindClass, "EditSupplierForm"},
		{"C++", "class for the about dialog window", naming.KindClass, "AboutDialog"},
		{"C++", "class for the settings panel", naming.KindClass, "SettingsPanel"},
		{"Go", "interface for anything that can save and load shopping carts", naming.KindClass, "CartStore"},
	})
	checkNotOffered(t, []notOffered{
		{"C++", "class for the settings panel", naming.KindClass, "Config"},
	})
}

// A yes/no of a present-tense relation is named by it (supportsWebWorkers,
// exceedsUploadLimit); an -s word between a noun and an article is that
// verb (matches, meets, has).
func TestRelationBooleans(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "check if the browser supports service workers", naming.KindFunction, "supportsServiceWorkers"},
		{"Go", "function that reports whether the path matches the glob", naming.KindFunction, "matchesGlob"},
		{"Kotlin", "whether the build requires a restart", naming.KindVariable, "requiresRestart"},
		{"Swift", "returns true if the password meets the complexity rules", naming.KindFunction, "meetsComplexityRules"},
		{"Rust", "method that returns true if the inbox has no unread messages", naming.KindFunction, "has_no_unread_messages"},
		{"Rust", "method that returns true if the inbox has no unread messages", naming.KindFunction, "has_no_unread_messages"}, // was inbox_has_no_unread_messages, below the short names since session 15 (shortBeforeLong)
	})
	checkNotOffered(t, []notOffered{
		{"JavaScript", "check if the browser supports service workers", naming.KindFunction, "supportServiceWorkerList"},
		{"Swift", "returns true if the password meets the complexity rules", naming.KindFunction, "isComplexityRuleMeeted"},
	})
}

// A thing for doing something is named by what it is done to and the
// doing (key for signing tokens: tokenSigningKey); a carrying verb goes
// (channel for sending log messages: logMessageChannel); a pointer to X
// is X.
func TestForDoingAndPointers(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "executor for processing incoming orders", naming.KindVariable, "incomingOrderExecutor"},
		{"Rust", "channel for sending metrics to the exporter thread", naming.KindVariable, "metric_channel"},
		{"TypeScript", "secret for signing session cookies", naming.KindVariable, "sessionCookieSigningSecret"},
		{"Python", "queue for holding failed uploads", naming.KindVariable, "failed_upload_queue"},
		{"C++", "raw pointer to the main window", naming.KindVariable, "main_window"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "the deadline for finishing the export", naming.KindVariable, "exportFinishingDeadline"},
	})
}

// "Xs without (a) Y" and "Xs with no Y" are one plural noun; an event
// raised or emitted when something happens is fired then; "start of the
// X" names X's start, a noun.
func TestWithoutEventsStart(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "customers without a billing address", naming.KindVariable, "customers_without_billing_address"},
		{"Go", "list of repos with no open issues", naming.KindVariable, "reposWithoutOpenIssues"},
		{"C#", "event raised when a payment is refunded", naming.KindFunction, "PaymentRefunded"},
		{"Kotlin", "start of the current sprint", naming.KindVariable, "currentSprintStart"},
	})
	checkNotOffered(t, []notOffered{
		{"Python", "posts without any replies", naming.KindVariable, "has_replies"},
		{"Python", "posts without any replies", naming.KindVariable, "posts_without_reply_list"},
	})
}

// The name of X is X's name; a contact clause with "be" names its head
// by the subject, a person's too (the modes the player can be in:
// PlayerMode); an upper bound on X is its max; the X being Ved is the
// Ving X; "when it is shown" after a value is no yes/no.
func TestNameOfBoundsBeing(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "the name of the remote branch", naming.KindVariable, "remoteBranchName"},
		{"Java", "names of all the teams", naming.KindVariable, "teamNames"},
		{"Kotlin", "enum for the stages an order can be in", naming.KindClass, "OrderStage"},
		{"Rust", "upper bound on the number of open connections", naming.KindConstant, "MAX_OPEN_CONNECTIONS"},
		{"C#", "the size of the file being downloaded", naming.KindVariable, "downloadingFileSize"},
		{"Swift", "the width of the sidebar when it is expanded", naming.KindVariable, "sidebarWidth"},
		{"Swift", "time interval between map refreshes in seconds", naming.KindVariable, "mapRefreshIntervalSeconds"},
	})
	checkNotOffered(t, []notOffered{
		{"Swift", "the width of the sidebar when it is expanded", naming.KindVariable, "isSidebarExpanded"},
		{"Python", "what should be the name of the function that parses invoices", naming.KindFunction, "function_name"},
	})
}

// Splitting X into A and B is named by the parts; "from the last X" is
// "from the X", and a plain object's action is also named by its source.
func TestSplitIntoFromLast(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "method that separates the log lines into errors and warnings", naming.KindFunction, "separateErrorsAndWarnings"},
		{"Go", "function that restores the cache from the latest snapshot", naming.KindFunction, "restoreFromSnapshot"},
		{"Rust", "function that restores the session from the last snapshot", naming.KindFunction, "restore_from_snapshot"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "method that separates the log lines into errors and warnings", naming.KindFunction, "separateErrorsAndWarningList"},
		{"Python", "function that splits users into active and inactive", naming.KindFunction, "split_active_and_inactive"},
	})
}

// Counts: a reason (because …) and "since startup" are no name words;
// how many Xs each Y has is Xs per Y. Values: things waiting to be sent
// are pending; an object that maps is a map; the time to wait for X is
// X's timeout; the interval at which … is how often …; the timeout after
// which S is closed is S's timeout; errors collected while validating the
// form are form validation errors.
func TestCountsAndValuePhrases(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "how many rows were dropped because they were duplicates", naming.KindVariable, "dropped_row_count"},
		{"Rust", "count of page faults since startup", naming.KindVariable, "page_fault_count"},
		{"Ruby", "how many likes each photo has", naming.KindVariable, "likes_per_photo"},
		{"C#", "list of notifications waiting to be delivered", naming.KindVariable, "pendingNotifications"},
		{"JavaScript", "object that maps error codes to messages", naming.KindVariable, "messagesByErrorCode"},
		{"Python", "maximum time to wait for a reply from the broker", naming.KindConstant, "MAX_REPLY_TIMEOUT"},
		{"Java", "interval at which the logs are rotated", naming.KindVariable, "logRotateInterval"},
		{"TypeScript", "timeout after which an inactive tab is suspended", naming.KindVariable, "inactiveTabTimeout"},
		{"Go", "warnings collected while parsing the manifest", naming.KindVariable, "manifestParsingWarnings"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "how many times the user has opened the menu", naming.KindVariable, "timesPerUser"},
	})
}

// An action's manner and condition are no name words (up to three times,
// every five seconds, after the user signs up, if there is room, and
// reports progress); a type guard is a function; "checks if a value is a
// string" asks isString.
func TestActionManner(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "method that resends the invoice up to five times", naming.KindFunction, "resendInvoice"},
		{"Kotlin", "coroutine that refreshes the feed every ten seconds", naming.KindFunction, "refreshFeed"},
		{"Ruby", "method that sends a welcome message after the user signs up", naming.KindFunction, "send_welcome_message"},
		{"C++", "method that adds a guest to the party if there is room", naming.KindFunction, "add_guest_to_party"},
		{"C#", "async method that uploads a file and reports progress", naming.KindFunction, "UploadFileAsync"},
		{"TypeScript", "type guard that checks if a value is a number", naming.KindFunction, "isNumber"},
		{"JavaScript", "function to check if a value is an array", naming.KindFunction, "isArray"},
		{"Swift", "closure that runs after the upload finishes", naming.KindFunction, "onUploadFinished"},
	})
	checkNotOffered(t, []notOffered{
		{"Java", "method that resends the invoice up to five times", naming.KindFunction, "multiplyFive"},
		{"Rust", "function that spawns a worker thread for each CPU core", naming.KindFunction, "spawn_by_cpu_core"},
	})
}

// A head the clause sorts or groups by is named by that verb (the column
// the table is sorted by: sortColumn); waiting before giving up is a
// timeout.
func TestSortedByGivingUp(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "the key the rows are ordered by", naming.KindVariable, "order_key"},
		{"C", "how long to wait before giving up on a handshake", naming.KindVariable, "handshake_timeout"},
	})
}

// A superlative or most/least before a noun is a degree of it, first
// (oldest unpaid invoice, not unpaidOldestInvoice); a count written out
// before it is a value.
func TestSuperlatives(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "the oldest pending order", naming.KindVariable, "oldest_pending_order"},
		{"C#", "the earliest available delivery slot", naming.KindVariable, "earliestAvailableDeliverySlot"},
		{"Java", "the most recent error message", naming.KindVariable, "latestErrorMessage"},
		{"TypeScript", "list of the five most viewed videos", naming.KindVariable, "mostViewedVideos"},
		{"Go", "the least used cache entry", naming.KindVariable, "leastUsedCacheEntry"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "method that generates a random six digit code", naming.KindFunction, "GenerateRandomDigitCode"},
	})
}

// "the X with the highest Y" is one noun (userWithHighestScore); the
// amount of a measure given in a unit is the measure, not a count.
func TestWithHighestAmountIn(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "function that returns the driver with the highest rating", naming.KindFunction, "getDriverWithHighestRating"},
		{"Java", "warehouses with the most stock", naming.KindVariable, "warehousesWithMostStock"},
		{"Go", "amount of memory used in megabytes", naming.KindVariable, "usedMemoryMb"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "amount of memory used in megabytes", naming.KindVariable, "memoryUsedCount"},
	})
}

// TestPoolOf: "a pool of worker threads" is the worker thread pool, also as
// the object of a manager (WorkerThreadPoolManager, not PoolManager).
func TestPoolOf(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "class that manages a pool of worker threads", naming.KindClass, "WorkerThreadPool"},
		{"Java", "class that manages a pool of database connections", naming.KindClass, "DatabaseConnectionPoolManager"},
		{"Python", "class that holds a queue of jobs", naming.KindClass, "JobQueue"},
	})
}

// TestOlderThan: "posts older than a year" are the old posts
// (archive_old_posts; was archive_year).
func TestOlderThan(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Ruby", "method that archives posts older than a year", naming.KindFunction, "archive_old_posts"},
		{"Python", "delete logs older than 30 days", naming.KindFunction, "delete_old_logs"},
	})
}

// TestEnglishYesNoOpeners: "check whether …", "should we …", "does the X
// contain …" ask yes/no questions (canEditPost, shouldShowOnboardingTour,
// contains_item; were editPost, showOnboardingTour, a variable named string).
func TestEnglishYesNoOpeners(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "check whether the user can delete the comment", naming.KindFunction, "canDeleteComment"},
		{"JavaScript", "should we show the welcome banner", naming.KindFunction, "shouldShowWelcomeBanner"},
		{"Rust", "does the list contain the item", naming.KindFunction, "contains_item"},
	})
}

// TestTimeBeforeAndCounts: "the amount of time before X expires" is the
// time until it (sessionTtl, timeUntilSessionExpiry; was ExpireSessionCount), "counts how
// often each word appears" the word counts (was word_intervals), and
// "currently being dragged" the dragging element (was isElementInProgress).
func TestTimeBeforeAndCounts(t *testing.T) {
	checkTopThree(t, []topThree{
		// (timeUntilExpiry since the thirty-sixth session, as three read sets' reviewers write it)
		{"C#", "the amount of time before the session expires", naming.KindVariable, "timeUntilExpiry"},
		{"Python", "dictionary that counts how often each word appears", naming.KindVariable, "word_counts"},
		{"JavaScript", "the element currently being dragged", naming.KindVariable, "draggingElement"},
	})
}

// TestUIShows: "a fragment (screen, page, component) that shows X" is the X
// fragment (OrderHistoryFragment; was showOrderHistory with no class).
func TestUIShows(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "fragment that shows the order history", naming.KindClass, "OrderHistoryFragment"},
		{"Kotlin", "screen that shows order history", naming.KindClass, "OrderHistoryScreen"},
	})
}
