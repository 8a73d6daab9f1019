package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings31: readings of the thirty-first session, on probe
// questions written for this test and on questions of the read sets r17–r20;
// each row fails at acead62 (the session's start) except the controls
// marked in checkFirst.
func TestMisreadings31(t *testing.T) {
	checkTopThree(t, []topThree{
		// a thing fetched, found or retried by a state is every thing in it
		// (forms.go soughtThings): Korean marks no plural
		{"JavaScript", "안 읽은 알림 가져오는 함수", naming.KindFunction, "getUnreadNotifications"},
		// (fetchAvailableSeats since the thirty-sixth session: r8's reviewer writes it first)
		{"Kotlin", "남은 좌석 불러오는 함수", naming.KindFunction, "fetchAvailableSeats"},
		{"Java", "처리 안 된 주문 조회하는 메서드", naming.KindFunction, "getUnprocessedOrders"},
		{"Ruby", "휴면 계정 비활성화하는 메서드", naming.KindFunction, "deactivate_dormant_accounts"},
		// 다시 돌리다 reruns (restate.go reTurnAgain; was run_failed_task)
		{"Python", "실패한 작업 다시 돌리는 함수", naming.KindFunction, "rerun_failed_tasks"},
		{"Go", "파이프라인 다시 돌리기 함수", naming.KindFunction, "rerunPipeline"},
		// an English scene before a dash, a full stop or a comma goes
		// (restate.go sceneLeadEn; were logbookToBandName, ReadKitchenAsync,
		// past_bank_inventory_seed_…, no variable)
		{"JavaScript", "bird watching log - fn that converts a wing length in mm to inches", naming.KindFunction, "wingLengthToInches"},
		{"C#", "bakery oven panel, async method that reads the current temperature from the proofing cabinet", naming.KindFunction, "ReadCurrentTemperatureAsync"},
		{"Ruby", "model railway club — list of the trains currently running on the layout", naming.KindVariable, "running_trains"},
		// a time after "placed in" is no container (enclause3.go reAddedTo;
		// was fetch, from "method that last returns week")
		{"Ruby", "method that returns the orders placed in the last 7 days", naming.KindFunction, "recent_orders"},
		// a condition in brackets, a manner after a comma and still before
		// an unknown word go (restate.go englishAsides; were
		// isRatedPlayerRatingProvisionalFewerGameInProgress,
		// split_csv_line_to_quoted_field_respecting_comma,
		// useUpdatingCurrentWindowWidth)
		{"JavaScript", "is the member's status still probationary (fewer than 3 months in)?", naming.KindFunction, "isMemberStatusProbationary"},
		// a count of things on a place is of the place's things, like in
		// (enclause.go reCountIn; were flightCount, itemCountShelf); a
		// state says which, and the place goes (remaining_bytes; was
		// remaining_buffers)
		{"Java", "number of passengers on the ferry", naming.KindVariable, "ferryPassengerCount"},
		{"Java", "how many seats are still available on the bus", naming.KindVariable, "availableSeatCount"},
		{"Rust", "how many bytes are left in the frame buffer", naming.KindVariable, "remaining_bytes"},
		// how long before a thing is closed or expires is its timeout
		// (restate.go reWaitBefore; were SECONDS,
		// timeUntilIdleConnectionIsClosed); how long until it expires stays
		// the time left
		{"Python", "constant for how many seconds before an idle socket gets closed", naming.KindConstant, "IDLE_SOCKET_TIMEOUT_SECONDS"},
		{"Go", "how long before an idle session is closed", naming.KindVariable, "idleSessionTimeout"},
		// a state of several words after that are goes before the head
		// (relative.go relPhraseRe; were removeProducts, tickets)
		{"JavaScript", "remove listings that are out of stock", naming.KindFunction, "removeOutOfStockListings"},
		{"Java", "list of orders that are on hold", naming.KindVariable, "onHoldOrders"},
		// r19's English (restate.go englishAsides, enclause.go reMapOf,
		// infer.go unitBesideTo, glossary units): an ask after a comma, to
		// record, a gerund lead, along with, a split phrasal verb, an
		// object mapping, units the glossary lacked, a unit beside to
		{"JavaScript", "ferry app: minutes until the next departure (given the timetable), fn name?", naming.KindFunction, "minutesUntilNextDeparture"},
		{"Java", "dive log. method to record a dive", naming.KindFunction, "recordDive"},
		{"Java", "counting blank lines in a text file — the method name?", naming.KindFunction, "countBlankLines"},
		{"PHP", "method that deletes a board along with all its cards", naming.KindFunction, "deleteBoard"},
		{"C#", "library kiosk. Method that checks a book out to a member.", naming.KindFunction, "CheckOutBook"},
		{"JavaScript", "object mapping station id to its display name. variable name?", naming.KindVariable, "displayNamesByStationId"},
		{"Kotlin", "extension fun converting ounces to grams", naming.KindFunction, "ouncesToGrams"},
		{"Go", "convert gallons to liters", naming.KindFunction, "gallonsToLiters"},
		{"Python", "convert meters to yards", naming.KindFunction, "meters_to_yards"},
		// a place after on goes; a bid after of is a noun; in the last
		// needs a span of time; const val is a constant; a closing — name?
		// goes; the lowest X the user can set is a minimum; a GPS fix
		{"C#", "async method that prints a label on the shipping printer", naming.KindFunction, "PrintLabelAsync"},
		{"Ruby", "hash of bids keyed by auction id", naming.KindVariable, "bids_by_auction_id"},
		{"Python", "list of phone numbers that failed in the last campaign send", naming.KindVariable, "failed_phone_numbers"},
		{"Kotlin", "darts app: const val for the starting score (501)", naming.KindConstant, "STARTING_SCORE"},
		{"Swift", "drawing app, the smallest brush size the user can pick. static let name?", naming.KindConstant, "minBrushSize"},
		{"C", "struct describing one GPS fix (lat, lon, fix quality) — name?", naming.KindClass, "gps_fix"},
		// a Korean place or business before a spaced dash is the scene
		// (restate.go reDashLeadKo; was discard_remaining_bakery_…)
		{"Java", "치과 - 다음 정기검진 날짜 계산하는 메서드", naming.KindFunction, "calculateNextCheckupDate"},
		// a DateTime converted to something is the value (was
		// HandleTimeConvert); -> is to; the last time X was Y is when X was
		// last Y (were isUserActive, currency_code_by_dict_mapping_…)
		{"C#", "method that converts a DateTime to a unix timestamp", naming.KindFunction, "ToUnixTimestamp"},
		{"Python", "dict mapping airport code -> city name, var name?", naming.KindVariable, "city_names_by_airport"},
		{"TypeScript", "var storing the last time the user was active", naming.KindVariable, "lastActiveAt"},
		// X에 들어가는 Y are X's Y (restate.go reGoesInto; was
		// entered_ingredients); MutableList is a list (was mutableHistory)
		// X longer, bigger … than N are the long, big X; only keep is a
		// filter; checks which X are free finds the available X
		// (restate.go reComparativeThan, reOnlyKeep, reChecksWhich)
		{"Swift", "hiking app. only keep hikes longer than 10 km", naming.KindFunction, "filterLongHikes"},
		{"Rust", "keep only the cats that have been here longer than 60 days", naming.KindFunction, "filter_long_stay_cats"},
		{"JavaScript", "async function that checks which rooms are free for the selected dates", naming.KindFunction, "findAvailableRooms"},
		// 같이 is together, no same; a celery or tokio 태스크 is a function
		// (restate.go reTogetherKo, reTaskFnKo; were fetchSameUserInfo…, the
		// class ReportEmailTask)
		{"JavaScript", "Promise.all로 상품 정보랑 리뷰 같이 불러오는 함수", naming.KindFunction, "fetchProductInfoAndReviewsConcurrently"},
		{"Python", "celery로 매일 밤 정산 메일 보내는 태스크", naming.KindFunction, "send_settlement_email"},
		// r20's English (restate.go englishRewrites): counting as a lead, a
		// purpose after so its, after X change, in this call, global holding,
		// a newtype's conversion, used on all, does it support, accessor
		// that returns, fires when
		{"JavaScript", "counting unread messages for the tab badge", naming.KindVariable, "unreadMessageCount"},
		{"Kotlin", "Function that resizes a photo so its longest side is at most 2048px", naming.KindFunction, "resizePhoto"},
		{"PHP", "method that regenerates the RSS feed after posts change", naming.KindFunction, "regenerateRssFeed"},
		{"Rust", "method on a Fahrenheit newtype that gives back Celsius", naming.KindFunction, "to_celsius"},
		{"Swift", "static let for the border width used on all buttons (1pt)", naming.KindConstant, "buttonBorderWidth"},
		{"PHP", "Symfony event subscriber method that fires when a user gets banned", naming.KindFunction, "onUserBanned"},
		// a scene of up to three nouns before 앱 goes (restate.go reAppLead;
		// were calculateNextPillReminderAppDoseTime, dailyReportAppAttendedAt)
		{"Swift", "복약 알림 앱 다음 복용 시각 계산하는 함수 이름", naming.KindFunction, "calculateNextDoseTime"},
		// long-presses, walks X and does Y, true while, a request body when a
		// user changes their X (restate.go englishRewrites; were onTileLong,
		// walk_dir, isViewModelTrueSaveCommand…, CreateUserRequest)
		{"Kotlin", "callback invoked when the user long-presses a photo tile", naming.KindFunction, "onTileLongPressed"},
		{"Rust", "function that walks a directory and deletes the empty folders", naming.KindFunction, "delete_empty_folders"},
		{"C#", "view model — true while the upload command is running", naming.KindVariable, "isUploadCommandRunning"},
		{"Java", "Spring Boot: DTO for the request body when a user changes their password (old + new)", naming.KindClass, "ChangePasswordRequest"},
		// a normal integer is an int, from the X chip goes, milliseconds since
		// boot are uptime, how long ago X was Y is the time since, 5 min is
		// minutes, a trailing ", configurable" goes (restate.go englishRewrites)
		{"C", "convert a BCD byte from the clock chip into a normal integer", naming.KindFunction, "bcd_to_int"},
		{"C", "firmware — global holding seconds elapsed since boot", naming.KindVariable, "uptime_seconds"},
		{"C#", "static readonly TimeSpan: how long search results stay cached (10 min)", naming.KindConstant, "SearchResultTtlMinutes"},
		// alphabetically goes; a timestamp string parsed is a timestamp; into
		// DateTime<Utc> is into a datetime (restate.go englishRewrites)
		{"Swift", "sort books alphabetically by author, then title", naming.KindFunction, "sortByAuthorThenTitle"},
		{"Rust", "parse a timestamp string", naming.KindFunction, "parse_timestamp"},
		// the widget after a thing that changes goes: the thing changes
		// (restate.go reWidgetChanged; was handleSelectChange)
		{"TypeScript", "handler for when the user changes the sort order dropdown on the product list", naming.KindFunction, "handleSortOrderChange"},
		// a booking cancelled is no scheduled send (refine.go bookingActs;
		// was sendScheduledSms, no cancel)
		{"TypeScript", "예약 취소하고 문자 보내는 함수", naming.KindFunction, "cancelReservation"},
		// the first N minutes free are the free time (restate.go reFirstFree;
		// was MINUTES)
		{"Java", "첫 1시간 무료 상수", naming.KindConstant, "FREE_HOURS"},
		// a verb + 는데 lead is the setting (context2.go leadClause; were
		// aggregatedFailedJUnitResult…, controlled_motor_enco…); 그 after it
		// points back and keeps it
		// (failedTestCount since the thirty-sixth session: r20's reviewer
		// accepts it, not failedTestCaseCount)
		{"Java", "JUnit 결과 집계하는데 실패한 테스트 케이스 갯수 변수", naming.KindVariable, "failedTestCount"},
		{"Rust", "라즈베리파이 모터제어 하는데 엔코더 펄스 수 누적하는 변수", naming.KindVariable, "encoder_pulse_count"},
		// a generator that yields lines reads them; an RAII guard is a class
		// (restate.go englishRewrites; were the variable generator,
		// release_lock)
		{"Python", "generator that yields records from a big CSV file one at a time", naming.KindFunction, "read_records"},
		{"C++", "RAII guard that unlocks the mutex when it goes out of scope", naming.KindClass, "MutexGuard"},
		// 이미 찼는지 is full (glossary full; was checkSlot)
		{"TypeScript", "세차장 예약 슬롯이 이미 찼는지 확인", naming.KindFunction, "isSlotFull"},
	})
	checkTopThree(t, []topThree{{"Rust", "레시피에 들어가는 재료들 Vec 변수명", naming.KindVariable, "recipe_ingredients"}})
	checkNotOffered(t, []notOffered{
		{"Rust", "샐러드에 들어가는 채소들 Vec 변수명", naming.KindVariable, "entered_vegetables"},
		{"Kotlin", "즐겨찾기한 장소들 MutableList 변수", naming.KindVariable, "mutableBookmarkedPlaces"},
	})
	checkFirst(t, []topThree{
		// a scene before 앱 goes, so the order's status is first (restate.go
		// reAppLead; was DeliveryOrderStatus first)
		{"Kotlin", "분식집 배달앱 주문 상태를 sealed class로 만들건데 이름 뭐로하죠", naming.KindClass, "OrderStatus"},
		// controls, which passed before too: a lead with a one-letter word
		// is the question's own (sceneLeadEn)
		{"C", "pack r, g, b bytes into a single uint32 color", naming.KindFunction, "pack_rgb"},
		// a state that picks one thing stays singular (soughtThings)
		{"JavaScript", "현재 로그인한 사용자 가져오는 함수", naming.KindFunction, "getCurrentUser"},
		{"Java", "선택된 항목 가져오는 메서드", naming.KindFunction, "getSelectedItem"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "fn that splits a tsv line into cells, respecting escaped tabs", naming.KindFunction, "split_tsv_line_to_escaped_cell_respecting_tab"},
		{"TypeScript", "hook that returns the current scroll position, updating on scroll", naming.KindFunction, "useHook"},
	})
	checkNotOffered(t, []notOffered{
		// a range in brackets is no word of the name (restate.go
		// reRangeParen; was f_to_grade)
		{"Python", "학생 성적을 등급(A~F)으로 바꾸는 함수", naming.KindFunction, "f_to_grade"},
	})
}
