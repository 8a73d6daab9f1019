package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// The table tests of the fourteenth session's rules (December 2026); each
// question was written for the test, none is from an evaluation set.

// TestConciseCompound: before an attribute (length, size, time) a short
// form keeps the thing the attribute is of and may leave out the first
// word of its compound (chat message: MAX_MESSAGE_LENGTH, not
// MAX_CHAT_LENGTH).
func TestConciseCompound(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "constant for the max length of a chat message", naming.KindConstant, "MAX_MESSAGE_LENGTH"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "constant for the max length of a chat message", naming.KindConstant, "MAX_CHAT_LENGTH"},
		{"C", "max size in bytes of the SPI receive buffer, as a macro", naming.KindConstant, "MAX_SPI_BUFFER_SIZE_BYTES"}, // a verb's modifier stays (receive buffer)
	})
}

// TestPeriodAdjective: 하루, 1일, 월, 연 before a noun say how often
// (DAILY_TRANSFER_LIMIT, MONTHLY_…; was DAY_… or MONTH_…); 다음 달 1일 is
// the first day of a month.
func TestPeriodAdjective(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C#", "1일 출금 한도 상수", naming.KindConstant, "DailyWithdrawalLimit"},
		{"TypeScript", "하루 최대 업로드 개수 상수", naming.KindConstant, "MAX_DAILY_UPLOADS"},
		{"Kotlin", "월 구독료 상수", naming.KindConstant, "MONTHLY_SUBSCRIPTION_FEE"},
		{"C#", "다음 달 1일 날짜를 구하는 메서드", naming.KindFunction, "FirstDayOfNextMonth"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "하루 최대 업로드 개수 상수", naming.KindConstant, "MAX_DAY_UPLOADS"},
	})
}

// TestWonNote: (원 단위) and (원) in the middle of a question are the
// currency of an amount, which its name leaves out (was …_CIRCLE_UNIT).
func TestWonNote(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C", "ATM 1회 최대 출금액 (원 단위) 매크로 상수", naming.KindConstant, "MAX_WITHDRAWAL_AMOUNT"},
		{"Go", "최대 충전 금액 (원) 상수", naming.KindConstant, "maxChargeAmount"},
	})
	checkNotOffered(t, []notOffered{
		{"C", "ATM 1회 최대 출금액 (원 단위) 매크로 상수", naming.KindConstant, "MAX_ATM_WITHDRAWAL_CIRCLE_UNIT"},
	})
}

// TestBoundNoun: a noun with a bound noun of money written after it
// (구독료, 참가비, 충전액) is its fee or amount (was the noun alone).
func TestBoundNoun(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "구독료 변수", naming.KindVariable, "subscriptionFee"},
		{"Java", "충전액 변수", naming.KindVariable, "chargeAmount"},
		{"Python", "주차비 계산 함수", naming.KindFunction, "calculate_parking_fee"},
	})
}

// TestCountedClause: the things counted are the object of a clause with a
// subject (how many bytes the client has read, packets the router dropped):
// the participle names them (bytesRead, was byteCount; dropped_packet_count,
// was router_packet_count); an unknown plural after "number of" is the
// counted noun, not a verb (was no name at all).
func TestCountedClause(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Go", "how many bytes the client has read so far", naming.KindVariable, "bytesRead"},
		{"C", "number of packets the router dropped", naming.KindVariable, "dropped_packet_count"},
		{"Java", "the rows the query returned", naming.KindVariable, "returnedRows"},
		{"Python", "field for the number of oboists", naming.KindVariable, "oboist_count"},
	})
}

// TestBoundWithoutParticle: an attribute compared with a number keeps its
// reading without 이/가 (별점 4점 이상인 리뷰, 신뢰도 0.9 이상인 예측: high
// rated, high confidence; was no name), and 예측 before 만 is the
// predictions, not the verb.
func TestBoundWithoutParticle(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Python", "신뢰도 0.9 이상인 예측만 골라내는 함수", naming.KindFunction, "filter_high_confidence_predictions"},
		{"Go", "별점 3점 이상인 후기만 남기는 함수", naming.KindFunction, "filterHighRatedReviews"},
	})
}

// TestScopeLast: a time scope inside a name moves to its end
// (remainingFreeDownloadsThisMonth, was remainingFreeThisMonthDownloads).
// (What is left of a quota was also offered without its period,
// remainingFreeDownloads, until the twenty-third session removed that rule
// for the learned order's room in chatsend; see learned.go.)
func TestScopeLast(t *testing.T) {
	checkOffered(t, []topThree{
		{"TypeScript", "이번 달 남은 무료 다운로드 횟수 변수", naming.KindVariable, "remainingFreeDownloadsThisMonth"},
	})
	checkNotOffered(t, []notOffered{
		{"TypeScript", "이번 달 남은 무료 다운로드 횟수 변수", naming.KindVariable, "remainingFreeThisMonthDownloads"},
	})
}

// TestBorrowVerb: 대출하다 is borrowing (책을 대출할 수 있는지 was
// has_books?: 대출 read as the loan noun, 수 as a count).
func TestBorrowVerb(t *testing.T) {
	checkTopThree(t, []topThree{
		// (available? since the thirty-sixth session: r2's and r38's reviewers write it first)
		{"Ruby", "도서관 책을 대출할 수 있는지 확인하는 메서드", naming.KindFunction, "available?"},
		{"Java", "도서 대출하는 메서드", naming.KindFunction, "borrowBook"},
	})
}
