package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the twenty-first session (December 2026); each question
// was written for the test, none is from an evaluation set.

// TestKindWordAsMeans: 코루틴 함수로 (as a coroutine function) says how the
// function is written; the question goes on to what it does, so its words
// are kept (fetchNearbyStores; was getCoroutines, the rest dropped as an
// afterthought); a kind word with 로 that ends the request still ends it.
func TestKindWordAsMeans(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "코루틴 함수로 서버에서 근처 매장 목록 가져오는 함수", naming.KindFunction, "getNearbyStores"},
		{"Kotlin", "suspend 함수로 근처 매장 목록 불러오는 함수", naming.KindFunction, "loadNearbyStores"},
		{"Python", "최대 재시도 횟수를 상수로 두려는데 이름은?", naming.KindConstant, "MAX_RETRIES"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "코루틴 함수로 서버에서 근처 매장 목록 가져오는 함수", naming.KindFunction, "getCoroutines"},
	})
}

// TestAsyncAfterScope: C#'s Async ends the name after a time scope moved
// to the end (CountSignupsThisMonthAsync; was CountSignupsAsyncThisMonth),
// and the short async form does not take the scope for the object (was
// CountMonthAsync).
func TestAsyncAfterScope(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountSignupsThisMonthAsync"},
		{"C#", "이번 주 주문 목록 가져오는 비동기 메서드", naming.KindFunction, "GetOrdersThisWeekAsync"},
	})
	checkNotOffered(t, []notOffered{
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountSignupsAsyncThisMonth"},
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountMonthAsync"},
		{"C#", "이번 달 가입자 수 구하는 비동기 메서드", naming.KindFunction, "CountMonth"},
		{"C#", "이번 달 매출 합계 구하는 비동기 메서드", naming.KindFunction, "CalculateTotalRevenueAsyncThisMonth"},
	})
}

// TestStartsAndCallsBack: a function that starts a read and calls back
// when it is done starts the read (start_socket_read; was on_socket_read, a
// handler); 파일을 읽기 시작하는 keeps what is read (start_file_read; was
// start_file); 논블로킹으로 is async; a start form says no Async.
func TestStartsAndCallsBack(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "논블로킹으로 파이프 읽기 시작하고 다 읽으면 콜백 불러주는 함수", naming.KindFunction, "start_pipe_read"},
		{"C", "장치를 비동기로 읽기 시작하고 끝나면 콜백 받는 함수", naming.KindFunction, "start_device_read"},
		{"C", "nonblocking function that starts a read of the pipe and calls back when done", naming.KindFunction, "start_read_pipe"},
		{"C", "파일을 읽기 시작하는 함수", naming.KindFunction, "start_file_read"},
		{"C", "논블로킹으로 파이프 읽는 함수", naming.KindFunction, "read_pipe_async"},
		{"C", "epoll로 논블로킹 소켓 읽기 가능해졌을 때 부르는 콜백 함수 이름", naming.KindFunction, "handle_socket_read"}, // control
	})
	checkNotOffered(t, []notOffered{
		{"C", "논블로킹으로 파이프 읽기 시작하고 다 읽으면 콜백 불러주는 함수", naming.KindFunction, "on_pipe_read"},
		{"C", "논블로킹으로 파이프 읽기 시작하고 다 읽으면 콜백 불러주는 함수", naming.KindFunction, "start_pipe_read_async"},
	})
}

// TestFindsByKeyMap: a map things are found in by a key is named by the
// key when the finding is said 찾아 쓰는 (sessionsByUserId; was sessions),
// with 객체 after the thing (was the class BankAccount), or with the
// container in English before 이름 (was foundSessionHashMap).
func TestFindsByKeyMap(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "회원 id로 장바구니 찾아 쓰는 Map 변수", naming.KindVariable, "cartsByMemberId"},
		{"Java", "회원 id로 장바구니 찾는 HashMap 이름", naming.KindVariable, "cartsByMemberId"},
		{"C++", "주문번호로 주문 객체 찾는 맵", naming.KindVariable, "orders_by_id"},
		{"C++", "게임 map 이름", naming.KindVariable, "game_map"}, // control: a game's map
	})
}

// TestSoldBorrowedDefault: 팔렸는지 is sold (isSeatSold; was isSeat, the
// verb lost), 빌려 간 is borrowed (borrowedBooks; was books), and 기본 after
// a clause is the default of the noun after it (DEFAULT_OVEN_TEMP_C, as
// concise.go reworded writes it; was DEFAULT_BREAD_CELSIUS, the oven
// temperature lost).
func TestSoldBorrowedDefault(t *testing.T) {
	checkTopThree(t, []topThree{
		{"JavaScript", "콘서트 티켓이 이미 팔렸는지 여부", naming.KindVariable, "isTicketSold"},
		{"JavaScript", "회원이 빌려 간 장비 목록", naming.KindVariable, "borrowedEquipment"},
		{"TypeScript", "피자 굽는 기본 오븐 온도 상수 (섭씨)", naming.KindConstant, "DEFAULT_OVEN_TEMP_C"},
		{"Python", "안 팔린 상품 목록", naming.KindVariable, "unsold_products"}, // control
	})
}

// TestTradeWordsAndPhrasalVerbs: 찾아가다 is pick up, and the short form
// keeps it whole (canPickUp; was canUp); 착석, 컨베이어, 엔진오일 교체 and 출차
// are words of their own (were dropped unread).
func TestTradeWordsAndPhrasalVerbs(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "수선 맡긴 신발 지금 찾아갈 수 있는지", naming.KindFunction, "canPickUp"},
		{"C", "카페에 착석해 있는 손님 수", naming.KindVariable, "seated_customer_count"},
		{"C++", "센서 이상하면 컨베이어 멈추는 함수", naming.KindFunction, "stop_conveyor"},
		{"Go", "엔진오일 교체 주기 상수 (킬로미터)", naming.KindConstant, "oilChangeIntervalKm"},
		{"Rust", "출차 처리하는 함수", naming.KindFunction, "process_vehicle_exit"},
	})
	checkNotOffered(t, []notOffered{
		{"Go", "수선 맡긴 신발 지금 찾아갈 수 있는지", naming.KindFunction, "canUp"},
		{"Python", "택배 픽업할 수 있는지", naming.KindFunction, "can_up_parcel"},
		{"Python", "택배 픽업할 수 있는지", naming.KindFunction, "can_pick_parcel"},
	})
}

// TestTimeBetween: the duration or time between things is their interval
// (heartbeat_interval; was duration); the delay between them stays a delay.
func TestTimeBetween(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Rust", "the Duration between pings in our agent", naming.KindVariable, "ping_interval"},
		{"Go", "time between retries", naming.KindVariable, "retryInterval"},
		{"Python", "delay between polls", naming.KindVariable, "poll_delay"}, // control
	})
}

// TestTurnedIn: turning or handing something in is submitting it
// (hasSubmittedHomework; was isTurn).
func TestTurnedIn(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "Bool for whether a student has turned in the lab report", naming.KindVariable, "hasSubmittedLabReport"},
		{"Python", "function that hands in the assignment", naming.KindFunction, "submit_assignment"},
	})
}

// TestFillHeadFirst: a first name whose every word after the first is a
// tail (a unit, Async) has its head at 0; the short forms skip it (a
// review change read first[-1] there and panicked).
func TestFillHeadFirst(t *testing.T) {
	for _, name := range []string{"timeout_seconds_ms", "fetch_concurrently_async"} {
		b := &builder{room: naming.ResolveRoom(naming.Spec{Language: "Python"}), lang: naming.LangPython, shorten: true}
		b.keep(naming.KindVariable, name, cand{ko: "-", en: "-"})
		b.keep(naming.KindFunction, name, cand{ko: "-", en: "-"})
		b.fill() // must not panic
		if l := b.lists[kindSlot(naming.KindVariable)]; len(l) == 0 || l[0].Name != name {
			t.Errorf("%s: variable list %v, want it first", name, l)
		}
	}
}
