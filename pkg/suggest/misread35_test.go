package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings35: readings of the thirty-fifth session, on probe
// questions written for this test (common shapes of English and Korean
// questions, each tried with other nouns than the question that showed
// it) and on questions of the read set r26; each row fails at 6aceb75
// (the session's start).
func TestMisreadings35(t *testing.T) {
	checkTopThree(t, []topThree{
		// "X that's true when Y" is a flag for whether Y (restate.go
		// reTrueWhen; was BUILD), and on CI is the CI flag
		// (idioms/backend.tsv; was should_run_test)
		{"TypeScript", "const that's true when the build runs on CI", naming.KindVariable, "isCi"},
		{"Python", "whether the test runs on CI", naming.KindVariable, "is_ci"},
		// the whole X is the X (reWholeOf; was search_wholes)
		{"Python", "rebuild the whole search index from scratch — fn name", naming.KindFunction, "rebuild_search_index"},
		// "max X allowed" is max X (reBoundAllowed; were
		// MAX_ALLOWED_VISITORS, maxUploadsMb)
		{"Python", "max number of visitors allowed inside the museum at once, constant", naming.KindConstant, "MAX_VISITORS"},
		{"TypeScript", "max file size allowed for uploads in MB", naming.KindConstant, "MAX_FILE_SIZE_MB"},
		{"Python", "max number of players allowed, constant", naming.KindConstant, "MAX_PLAYERS"},
		// a getter for X returns X (reGetterFor; was getter)
		{"Java", "getter for the user's full name", naming.KindFunction, "getFullName"},
		{"Kotlin", "getter for the cart total", naming.KindFunction, "getCartTotal"},
		// the path to X is X's path (rePathTo; was path)
		{"Python", "the path to the config file", naming.KindVariable, "config_file_path"},
		// a measure of an operation is one noun (glossary/general-extra.tsv
		// load time …; were loadPage, processingBatchTime,
		// loading_data_time), and the time it took to V X or spent V-ing X
		// is X's V-ing time (reTimeToDo; were duration, took_at,
		// spentRenderedAt)
		{"Go", "page load time in ms", naming.KindVariable, "pageLoadTime"},
		{"Go", "batch processing time", naming.KindVariable, "batchProcessingTime"},
		{"Python", "data loading time", naming.KindVariable, "data_load_time"},
		{"Go", "how long it took to process the batch", naming.KindVariable, "batchProcessingTime"},
		{"C++", "time it took to process a frame in ms", naming.KindVariable, "frame_processing_time"},
		{"Java", "time spent rendering the page", naming.KindVariable, "pageRenderTime"},
		// Korean: 쓰이고 있는지 is in use, 연체 중 overdue, 콜백 방식으로 how
		// it is written (koRewrites; were exists, isLibraryMemberInProgress,
		// handle_http_send)
		{"Go", "포트가 이미 쓰이고 있는지 확인하는 함수", naming.KindFunction, "isPortInUse"},
		{"Java", "도서관 회원이 지금 연체 중인지 확인하는 메서드 이름 알려주세요", naming.KindFunction, "isMemberOverdue"},
		{"C", "콜백 방식으로 HTTP GET 요청 비동기로 보내는 함수", naming.KindFunction, "send_http_request_async"},
	})
	// first names: the entire X is the X (reWholeOf; was
	// reloadEntireConfig first); "whether the download finishes": a thing
	// that does it is in that state (forms.go; were should_complete_download
	// and shouldExpireToken first)
	checkFirst(t, []topThree{
		{"Java", "method that reloads the entire config", naming.KindFunction, "reloadConfig"},
		{"Python", "flag for whether the download finishes", naming.KindVariable, "is_download_completed"},
		{"Java", "check whether the token expires", naming.KindFunction, "isTokenExpired"},
	})
}
