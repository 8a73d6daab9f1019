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
		// English shapes from r27 (restate.go englishRewrites): a person
		// who leaves (leaves was read as leaf), mark every X as read, does
		// X contain Y, one row in the X list, remove duplicates from, a
		// type with its members after a colon, a value object wrapping X,
		// a date on the X form, "helper, bool —" (were onChatRoomLeafed,
		// markAllReads, contains, OrderHistory, dedupe_duplicates, no
		// type, wrapping_value_object_money_amount, $bookingForm,
		// should_pytest_valid_string_iso_date)
		{"JavaScript", "Socket.IO: name for the callback when a user leaves a chat room", naming.KindFunction, "onLeaveChatRoom"},
		{"Kotlin", "ViewModel fun that marks every notification as read", naming.KindFunction, "markAllAsRead"},
		{"Java", "test helper - does the response JSON contain an error field", naming.KindFunction, "hasError"},
		{"Python", "does the list contain any negative numbers", naming.KindFunction, "has_negative_numbers"},
		{"Kotlin", "data class for one row in the order history list", naming.KindClass, "OrderHistoryRow"},
		{"Python", "remove duplicates from a list", naming.KindFunction, "remove_duplicates"},
		{"TypeScript", "union type for the payment method: card, bank transfer or kakao pay", naming.KindClass, "PaymentMethod"},
		{"Kotlin", "sealed class for the login state: loading, success or error", naming.KindClass, "LoginState"},
		{"Ruby", "value object wrapping a money amount and its currency", naming.KindClass, "MoneyAmount"},
		{"PHP", "variable for the check-out date on the booking form", naming.KindVariable, "$checkOutDate"},
		{"Python", "pytest helper, bool — is this string a valid ISO date?", naming.KindFunction, "is_valid_iso_date"},
		// a filter is not a predicate (idioms: above the threshold, adult;
		// were is_above_threshold, is_adult first)
		{"Rust", "retain only the entries whose score is above the threshold", naming.KindFunction, "filter_by_threshold"},
		// Korean (context2.go, koRewrites): X 돌리다가 and X 구현하는데 set
		// the scene, a purpose (나중에 다시 돌리려고) and "검사해서 bool
		// 리턴하는" say nothing of the name, 처리 실패한 is failed, 중복된 게
		// 있는지 has duplicates (idioms: not the email-taken line), 사용할 수
		// 있는지 can use (refine.go usedState; 사용하다 was a stop word:
		// hasCamera) (were crawlers, ids, visitedBreadthFirstSearchNode,
		// shouldGetValidAPIKey, is_email_taken, isDevice)
		{"Python", "크롤러 돌리다가 실패한 url들 나중에 다시 돌리려고 모아두는 리스트 변수명 추천좀", naming.KindVariable, "failed_urls"},
		{"Ruby", "배치 돌리다가 처리 실패한 레코드 id 모아둘 배열 변수", naming.KindVariable, "failed_ids"},
		{"Java", "알고리즘 과제 BFS 구현하는데 방문한 노드 저장하는 변수명 뭐가 나음", naming.KindVariable, "visitedNode"},
		{"Go", "요청 헤더에 유효한 API 키 있는지 검사해서 bool 리턴하는 함수명", naming.KindFunction, "hasValidAPIKey"},
		{"Python", "판다스 df에 이메일 중복된 게 있는지 없는지 True/False로 돌려주는 함수명 추천해주세요", naming.KindFunction, "has_duplicate_emails"},
		{"Swift", "카메라 사용할 수 있는지", naming.KindVariable, "canUseCamera"},
		{"Kotlin", "블루투스 사용 가능한지", naming.KindFunction, "canUseBluetooth"},
		{"Swift", "Face ID 쓸 수 있는 기기인지 여부 변수", naming.KindVariable, "canUseFaceId"},
		// probe shapes: X했는지 판정하는 is X했는지 확인하는 (was
		// check_collision, is_determined), N일간 is over N days (was
		// $dailySignups), the last n Xs of a Y (reLastOf; was
		// lastFileNLines), an -ing word ending the question after a noun
		// (enclause2.go ingCompound; was loading_data), a setting is its own
		// noun (glossary/core.tsv; was settingDarkMode: the settings screen)
		{"C++", "적과 충돌했는지 판정하는 함수", naming.KindFunction, "is_colliding"},
		{"PHP", "최근 7일간 가입한 회원 수", naming.KindVariable, "$recentSignupCount"},
		{"Go", "function that returns the last 10 lines of a file", naming.KindFunction, "lastLines"},
		{"Python", "data loading", naming.KindVariable, "data_loading"},
		{"JavaScript", "dark mode setting", naming.KindVariable, "darkModeSetting"},
		// PHP names async work with Async (forms_extra.go; Guzzle's
		// getAsync), and what comes from several places is several things
		// (settle.go; were loadOrders, fetch_product)
		{"PHP", "주문 목록 비동기로 불러오는 함수", naming.KindFunction, "loadOrdersAsync"},
		{"Python", "여러 API에서 상품 가져오는 함수", naming.KindFunction, "fetch_products"},
		// seats, rooms and tickets left are available ones (refine.go
		// homographNouns; was remaining_ticket_count)
		{"C#", "주차타워 남은 자리 몇 개인지 리턴하는 메서드", naming.KindFunction, "GetAvailableSpotCount"},
		// English asides (restate.go englishRewrites): a total after
		// discount is discounted (was TotalDiscountCount; discounted is its
		// own state, not on sale), "what do you call", "persisted in
		// DataStore", turning X into Y, dicts into csv is not parse_csv
		// (idioms guard) (were call_component, savedSelectedUserLanguage,
		// get_converting_dicts)
		{"C#", "property name — total amount of the order after discount", naming.KindVariable, "DiscountedOrderTotal"},
		{"Kotlin", "the user's selected language, persisted in DataStore", naming.KindVariable, "selectedLanguage"},
		{"Python", "fn name for turning a list of dicts into a csv string", naming.KindFunction, "dict_to_csv"},
		// Korean (koRewrites): 뜨게 하는 shows (was clickButton, getModal),
		// 적 before 스폰 is the enemy (was Spawn), X 중인지 상태 is the flag
		// (was isStatusLoading first)
		{"JavaScript", "버튼 누르면 모달 뜨게 하는 함수명 ㄱㄱ", naming.KindFunction, "showModal"},
		{"C#", "적 스폰하는 코루틴 이름", naming.KindFunction, "SpawnEnemy"},
		// counts (koRewrites): 재고가 0인 is out of stock (was productCount),
		// 좋아요 누른 사람 수 the likes (was likedPersonCount); collections
		// (restate.go koRegexRewrites, Korean patterns as rows): X로 찾는 Y
		// 맵 is Ys by X (was foundUsers), X별 Y 객체 a map (was the class
		// Cart), Y들 벡터 a list (was parsed_token_vector)
		{"Java", "재고가 0인 상품 수", naming.KindVariable, "outOfStockProductCount"},
		{"Kotlin", "좋아요 누른 사람 수", naming.KindVariable, "likeCount"},
		{"TypeScript", "id로 찾는 사용자 맵", naming.KindVariable, "usersById"},
		{"JavaScript", "유저별 장바구니 객체", naming.KindVariable, "cartsByUser"},
		{"Rust", "파싱된 토큰들 벡터", naming.KindVariable, "parsed_tokens"},
		// English yes/no shapes: "did the X V" is whether it has V-ed
		// (restate.go reDidThe; were finishJob, loginUser, uploadFail), a
		// compound term takes no past participle as its last word
		// (parse.go; "is the door locked" was isDoorLock, "is the account
		// locked" isAccountLockout), "is the X field empty" asks of X
		// (reFieldStateQ, reFieldIsState; was email)
		{"JavaScript", "did the job finish", naming.KindVariable, "isJobFinished"},
		{"JavaScript", "did the upload fail", naming.KindVariable, "isUploadFailed"},
		{"JavaScript", "did the user log in", naming.KindVariable, "isUserAuthenticated"},
		{"Java", "is the door locked", naming.KindFunction, "isDoorLocked"},
		{"Java", "is the account locked", naming.KindFunction, "isAccountLocked"},
		{"TypeScript", "is the email field empty", naming.KindVariable, "isEmailEmpty"},
		// "does the X V Y" is whether it Vs Y (restate.go reDoesThe,
		// forms.go; were shouldSupportNfc, shouldFollowAccount,
		// shouldRenewAutomatically first)
		{"Kotlin", "does the device support NFC", naming.KindFunction, "supportsNfc"},
		{"JavaScript", "does the user follow this account", naming.KindFunction, "followsAccount"},
		// types: a card component is a card (glossary: 카드 컴포넌트 was the
		// Android card view: CardView), an error response sealed class is
		// no loading/success/error state (idioms: was UiState first)
		{"JavaScript", "상품 카드 컴포넌트", naming.KindClass, "ProductCard"},
		// r28's shapes: "can the user download X" takes download as the
		// verb (parse.go; was isFile), "is the X out of Y" (reIsOutOf; was
		// no name), "how many X are V-ing" (reHowManyAreIng; were
		// order_count, participantCount), "number of Xs V-ed since …"
		// (reCountVedSince; was frame_count), a PORO is a class (rePoro)
		{"PHP", "laravel policy method: can the user download this invoice pdf", naming.KindFunction, "canDownloadInvoicePdf"},
		{"PHP", "can the user upload a photo", naming.KindFunction, "canUploadPhoto"},
		{"C++", "is the bank ATM out of cash", naming.KindFunction, "is_out_of_cash"},
		{"JavaScript", "how many people are typing right now in the chat room, var name", naming.KindVariable, "typingCount"},
		{"Rust", "how many orders are waiting in the kitchen queue", naming.KindVariable, "waiting_order_count"},
		{"C++", "number of frames dropped since the stream started", naming.KindVariable, "dropped_frame_count"},
		{"Ruby", "PORO that calculates shipping fees", naming.KindClass, "ShippingFeeCalculator"},
		// Korean (koRewrites, koRegexRewrites): "검사 bool 반환" is a
		// function, "(X용)" says what it is for, "X를 Y 문자열로" with no
		// verb is a conversion, 눌렀다 취소했다 is a toggle (were no
		// function, no name, unpublish)
		{"Rust", "이메일 주소 형식 맞는지 검사 bool 반환", naming.KindFunction, "is_valid_email"},
		// (hexEncodedString since the thirty-eighth session: r28's, r46's
		// and r47's reviewers write hexString or hexEncodedString, not toHex)
		{"Swift", "Data를 16진수 문자열로 (푸시 디바이스 토큰용)", naming.KindFunction, "hexEncodedString"},
		{"PHP", "라라벨에서 게시글 좋아요 눌렀다 취소했다 토글하는 메서드", naming.KindFunction, "toggleLike"},
		// questions that recur across the read sets (written by different
		// helpers): an amount shown as '12,000원' is formatWon, '12,000원'
		// read as a number parsePrice, config.yaml read into a Config
		// loadConfig, a config made with defaults when missing
		// ensureConfig (idioms), 반납 예정 일시 return due at and 예약
		// 일시 scheduled at (glossary) (were convertAmount, to_int,
		// readConfigYaml, getOrCreate, returnsAt, consultation_reserved_at);
		// "battery gets low", "has to be returned"
		{"JavaScript", "정비 견적 금액을 \"1,234,000원\" 이렇게 바꿔주는 함수", naming.KindFunction, "formatWon"},
		{"Ruby", "정수 금액을 '12,000원' 형식 문자열로 바꾸는 헬퍼 메서드", naming.KindFunction, "format_won"},
		{"Python", "수산시장 경매 앱인데 가격이 '12,500원' 이런 문자열로 옴. int로 바꾸는 함수명", naming.KindFunction, "parse_price"},
		{"Go", "config.yaml 파일 읽어서 Config 구조체 리턴하는 함수", naming.KindFunction, "loadConfig"},
		{"Go", "CLI 툴 만드는 중. 설정 파일 없으면 기본값으로 새로 만들어주는 함수 이름 추천", naming.KindFunction, "ensureConfig"},
		{"Ruby", "렌터카 반납 예정 일시 컬럼명 추천해 주세요", naming.KindVariable, "return_due_at"},
		{"Ruby", "세무서 상담 예약 일시 컬럼 이름 (마이그레이션)", naming.KindVariable, "scheduled_at"},
		{"Kotlin", "BroadcastReceiver callback for when the battery gets low", naming.KindFunction, "onBatteryLow"},
		// more recurring questions (idioms/recurring.tsv, and the coupon
		// line of domains.tsv): a coupon that can still be used isUsable
		// (no read set accepted canApplyCoupon), a bot's /start handler,
		// an IPv4 string to an integer, a Rails scope for this week's
		// arrivals, a payment concern, a thumbnail job class, saving to the
		// iOS photo album (were canApplyCoupon, handle_bot_telegram,
		// to_uint32, this_week, Collector, CreateThumbnailJob,
		// saveToPhotoAlbum)
		{"PHP", "쿠폰 아직 사용 가능한지 체크하는 메서드 이름", naming.KindFunction, "isUsable"},
		{"Python", "telegram bot handler for the /start command", naming.KindFunction, "start_command"},
		{"Go", "IPv4 주소 문자열을 uint32로 바꾸는 함수", naming.KindFunction, "parseIpv4"},
		{"Ruby", "Rails scope 이름 - 이번 주 입고된 책만", naming.KindFunction, "new_this_week"},
		{"Ruby", "결제 관련 메서드들 묶을 concern 모듈 이름", naming.KindClass, "Payable"},
		{"PHP", "Laravel 큐에서 썸네일 만드는 Job 클래스 이름", naming.KindClass, "GenerateThumbnailJob"},
		{"Swift", "iOS 앱에서 사진 앨범에 이미지 저장하는 함수 이름요", naming.KindFunction, "saveToPhotoLibrary"},
		{"C", "STM32 펌웨어 짜는데 설정값 EEPROM에 저장하는 함수 이름 ㄱㄱ", naming.KindFunction, "save_config"},
		{"C++", "function that keeps only the enemies within attack range of the player", naming.KindFunction, "enemies_in_range"},
		{"Python", "초 단위 숫자를 '1시간 23분' 같이 사람이 읽는 문자열로 바꿔주는 함수", naming.KindFunction, "format_duration"},
		{"Go", "render a time.Duration as \"2h 5m\" for CLI output", naming.KindFunction, "formatDuration"},
		{"Go", "func to turn an int64 amount in cents into a \"12.34\" dollar string for invoices", naming.KindFunction, "formatCents"},
		{"C#", "event handler for when the barcode scanner at the grocery checkout reads a code", naming.KindFunction, "OnBarcodeScanned"},
		{"PHP", "middleware class that redirects guests to the login page", naming.KindClass, "Authenticate"},
		{"JavaScript", "express middleware that verifies the jwt and puts the user on req", naming.KindFunction, "authenticate"},
		{"JavaScript", "공연 좌석이 이미 예매됐는지 확인하는 함수", naming.KindFunction, "isSeatBooked"},
		{"C++", "지도 타일을 비동기로 받아오는 함수, std::future 돌려줌", naming.KindFunction, "fetch_tile_async"},
		{"C", "ADC 변환 비동기로 시작시키는 함수 (끝나면 인터럽트 옴)", naming.KindFunction, "adc_start_conversion"},
		{"TypeScript", "need a var for the start of the current week (monday 00:00) for the weekly report query", naming.KindVariable, "startOfWeek"},
		{"Go", "func that gracefully shuts the http server down when SIGTERM comes in", naming.KindFunction, "gracefulShutdown"},
		{"Ruby", "convert a seat label like \"H12\" into a row and a seat number", naming.KindFunction, "parse_seat"},
		{"C++", "결제 버튼 clicked 시그널에 연결할 슬롯 이름", naming.KindFunction, "on_pay_button_clicked"},
		{"Go", "워커풀에서 지금 돌고있는 작업 수 담는 변수, atomic으로 쓸 거에요", naming.KindVariable, "activeJobs"},
		{"TypeScript", "what to name the websocket callback that fires when the chat server drops the connection", naming.KindFunction, "onDisconnect"},
		{"C#", "unity - method called when the player reaches a checkpoint trigger", naming.KindFunction, "OnCheckpointReached"},
		{"Python", "구독 서비스 다음 결제일 계산하는 함수", naming.KindFunction, "next_billing_date"},
		{"Ruby", "Sidekiq job that generates the monthly invoice PDF and emails it to the customer", naming.KindClass, "MonthlyInvoiceJob"},
		{"Python", "discord bot - the function that runs when someone reacts to a message with an emoji", naming.KindFunction, "on_reaction_add"},
		{"Rust", "CLI 툴에서 오래된 로그 파일들 압축해서 보관하는 함수", naming.KindFunction, "compress_old_logs"},
		{"Python", "discord.py에서 채널에 메시지 올라올때마다 호출되는 이벤트 함수 이름 뭐로 해?", naming.KindFunction, "on_message"},
		{"Go", "고루틴 여러개 띄워서 이미지 썸네일 병렬로 만드는 함수", naming.KindFunction, "generateThumbnails"},
		// reviewers write poll interval (14 read questions) far more than
		// polling interval (1) (glossary core.tsv); a page's price is one
		// price (koRewrites; were POLLING_INTERVAL_MS, extract_prices)
		{"C", "센서 폴링 주기 매크로 이름 ms 단위", naming.KindConstant, "POLL_INTERVAL_MS"},
		{"Python", "크롤링한 상품 페이지 HTML에서 가격만 뽑아내는 함수 이름 추천좀", naming.KindFunction, "extract_price"},
	})
	// first names: the entire X is the X (reWholeOf; was
	// reloadEntireConfig first); "whether the download finishes": a thing
	// that does it is in that state (forms.go; were should_complete_download
	// and shouldExpireToken first)
	checkFirst(t, []topThree{
		{"Java", "method that reloads the entire config", naming.KindFunction, "reloadConfig"},
		{"Python", "flag for whether the download finishes", naming.KindVariable, "is_download_completed"},
		{"Java", "check whether the token expires", naming.KindFunction, "isTokenExpired"},
		// the first n Xs of a Y (reLastOf; was first_dataframe_rows first)
		{"Python", "the first 5 rows of the dataframe", naming.KindVariable, "first_rows"},
		{"JavaScript", "로딩 중인지 상태", naming.KindVariable, "isLoading"},
		{"Kotlin", "API 에러 응답 sealed class", naming.KindClass, "ErrorResponse"},
		// a Swift array type said in passing (was bouquetBouquets first)
		{"Swift", "장바구니에 담긴 꽃다발들 [Bouquet] 배열 이름 추천 부탁해요", naming.KindVariable, "bouquets"},
	})
	// "what do you call X" asks for X's name: no function (was
	// call_component)
	checkNotOffered(t, []notOffered{
		{"C++", "what do you call a map of entity id to component", naming.KindFunction, ""},
	})
}
