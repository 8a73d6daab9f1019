package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestGivenValues: a value written with its unit is a value, not a name
// word, and a noun question that gives one asks for a setting.
func TestGivenValues(t *testing.T) {
	checkTopThree(t, []topThree{
		// the clause before the noun does not make it a function
		{"Java", "재시도 사이에 기다리는 기본 대기시간 (2초)", naming.KindConstant, "DEFAULT_WAITING_TIME_SECONDS"},
		{"Java", "배터리 부족 경고 띄우는 기준 퍼센트 (15%)", naming.KindConstant, "LOW_BATTERY_WARNING_PERCENT"},
		{"Rust", "소켓에서 읽을때 버퍼 크기 (4KB)", naming.KindConstant, "BUFFER_SIZE_KB"},
		// a dropped 을/를 after a list before a place
		{"JavaScript", "게시글 댓글 목록 서버에서 불러오는 함수", naming.KindFunction, "loadPostComments"},
		{"Python", "주문 목록 DB에서 조회하는 함수", naming.KindFunction, "get_orders"},
		{"Kotlin", "주문 리스트 상태별로 묶은 맵", naming.KindVariable, "ordersByStatus"},
		// Korean words before an English place or tool are the object
		{"Python", "주식 시세 aiohttp로 가져오는 함수", naming.KindFunction, "get_stock_price"},
	})
	for _, q := range []string{"목표 프레임레이트 60fps 상수", "업로드 최대 크기 10MB 상수", "폴링 간격 300ms 상수"} {
		for _, s := range Suggest(naming.Spec{Language: "C"}, q).Suggestions {
			if strings.ContainsAny(s.Name, "0123456789") {
				t.Errorf("%q: %s carries the value", q, s.Name)
			}
		}
	}
}

// TestBareYesNoKinds: "-인지" alone may be a method or a flag, so both are
// offered; 여부 names a flag.
func TestBareYesNoKinds(t *testing.T) {
	a := Suggest(naming.Spec{Language: "PHP"}, "상품 할인중인지")
	if len(names(a, naming.KindFunction)) == 0 || len(names(a, naming.KindVariable)) == 0 {
		t.Errorf("상품 할인중인지: %v, want function and variable names", a.Suggestions)
	}
	if fn := names(Suggest(naming.Spec{Language: "PHP"}, "상품 할인 여부"), naming.KindFunction); len(fn) != 0 {
		t.Errorf("상품 할인 여부: functions %v, want a flag only", fn)
	}
}

// TestSpacedEndingsAndCounts: a 하다/되다 ending written apart from its
// noun, a state noun asked with 됐는지, a cause before the counted action,
// and a count of an action alone.
func TestSpacedEndingsAndCounts(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "결제 완료 됐는지 확인하는 함수", naming.KindFunction, "is_paid"},
		{"Python", "결제완료됐는지확인하는함수", naming.KindFunction, "is_paid"},
		{"Kotlin", "주문 취소 됐는지 여부", naming.KindVariable, "isOrderCancelled"},
		{"Java", "네트워크 끊겨서 다시 연결한 횟수", naming.KindVariable, "reconnectCount"},
		{"Go", "재시도한 횟수", naming.KindVariable, "retryCount"},
		{"TypeScript", "시험일까지 남은 일수", naming.KindVariable, "daysUntilExam"},
		// 때 written against the verb (받았을때) is still a when-clause
		{"Java", "주문 생성 이벤트 받았을때 처리하는 리스너", naming.KindFunction, "onOrderCreated"},
		{"Go", "세션 타임아웃 지나서 만료된 토큰들 목록", naming.KindVariable, "expiredTokens"},
		{"Rust", "업로드하다가 용량 넘어서 거절된 파일 수", naming.KindVariable, "rejected_file_count"},
		{"Kotlin", "로그인하기 버튼 비활성화 여부", naming.KindVariable, "isLoginButtonDisabled"},
	})
}

// TestGoDurations: Go names a span of time without its unit first (a
// time.Duration carries it); a unit is no plural to list.
func TestGoDurations(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "HTTP 클라이언트 기본 타임아웃 30초 상수", naming.KindConstant, "defaultClientTimeout"},
		{"Go", "세션 만료 시간 (분)", naming.KindVariable, "sessionTimeout"},
	})
	for _, n := range names(Suggest(naming.Spec{Language: "Go"}, "세션 만료 시간 (분)"), naming.KindVariable) {
		if strings.HasSuffix(n, "List") {
			t.Errorf("a unit listed: %s", n)
		}
	}
}

// TestCountPlural: a count's third name is the plural alone (retries,
// skippedLines), which reviewers accept far more often than xTotal.
func TestCountPlural(t *testing.T) {
	got := names(Suggest(naming.Spec{Language: "Java"}, "결제 실패한 주문 수"), naming.KindVariable)
	for i, n := range got {
		if strings.HasSuffix(n, "Total") && i < 3 {
			t.Errorf("names %v: a Total form among the first three", got)
		}
	}
}

// TestConversionTypes: a primitive type beside a noun is the signature's,
// not the name's; between two types it is all there is.
func TestConversionTypes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "func that converts a float64 dollar amount to int64 cents", naming.KindFunction, "toCents"},
		{"Go", "convert an int64 timestamp to time", naming.KindFunction, "timestampToTime"},
		{"Go", "int를 string으로 바꾸는 함수", naming.KindFunction, "intToString"},
	})
}

// TestUnixShort: conversions name a Unix timestamp unix.
func TestUnixShort(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "Unix 타임스탬프(초)를 time.Time으로 바꾸는 함수", naming.KindFunction, "unixToTime"},
		{"Python", "convert a unix timestamp to a datetime", naming.KindFunction, "unix_to_datetime"},
	})
}
