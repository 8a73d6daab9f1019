package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestEngram: questions written for general families (conversions,
// handlers, predicates, noun phrases, types; none from
// eval/questions.yaml); each wanted name must be among the first three of
// its kind.
func TestEngram(t *testing.T) {
	tests := []topThree{
		// handlers: the word event is no name word, and a control keeps
		// the word that says which one
		{"JavaScript", "저장 버튼 클릭 이벤트 핸들러", naming.KindFunction, "handleSaveButtonClick"},
		{"TypeScript", "공유 버튼 클릭 이벤트 핸들러", naming.KindFunction, "handleShareClick"},
		{"Kotlin", "삭제 버튼 눌렀을 때 호출되는 함수", naming.KindFunction, "onDeleteButtonClicked"},
		{"JavaScript", "handler for when the close button is clicked", naming.KindFunction, "onCloseButtonClicked"},
		// conversions: types and encodings by their short names; binary to
		// text is encode, back is decode
		{"C", "16진수 문자열을 정수로 바꾸는 함수", naming.KindFunction, "hex_to_int"},
		{"Go", "10진수를 2진수 문자열로 바꾸는 함수", naming.KindFunction, "decimalToBinary"},
		// (hexToBytes since the thirty-sixth session: r35's and r37's reviewers
		// write hex_to_bytes first, neither decode_hex)
		{"JavaScript", "hex 문자열을 바이트 배열로 바꾸는 함수", naming.KindFunction, "hexToBytes"},
		{"Java", "convert a hex string into a byte array", naming.KindFunction, "hexToBytes"},
		{"Rust", "바이트 배열을 base64 문자열로 인코딩하는 함수", naming.KindFunction, "encode_base64"},
		{"TypeScript", "RGB 값을 헥스 색상 코드로 변환하는 함수", naming.KindFunction, "rgbToHex"},
		{"Kotlin", "온도 값을 화씨로 바꾸는 함수", naming.KindFunction, "toFahrenheit"},
		// predicates: a comparison names the relation; reciprocal verbs are
		// asked of one side or of both; can names the ability
		{"Java", "두 사용자가 같은 팀인지 확인하는 메서드", naming.KindFunction, "isSameTeam"},
		{"Go", "두 노드가 같은 클러스터인지 확인하는 함수", naming.KindFunction, "isSameCluster"},
		{"Python", "두 날짜 범위가 겹치는지 검사하는 함수", naming.KindFunction, "overlaps"},
		{"C++", "두 충돌 박스가 겹치는지 검사하는 함수", naming.KindFunction, "overlaps"},
		{"TypeScript", "두 일정이 겹치는지 여부", naming.KindVariable, "isOverlapping"},
		{"Go", "whether two time ranges overlap", naming.KindFunction, "timeRangesOverlap"},
		{"Kotlin", "whether the player can jump right now", naming.KindVariable, "canJump"},
		{"Python", "whether the character can dash", naming.KindVariable, "can_dash"},
		{"Java", "whether the post can be edited", naming.KindVariable, "isPostEditable"},
		{"Python", "whether the file can be deleted", naming.KindVariable, "can_delete_file"},
		// an error raised while an action runs is named for the action
		// (ParseError); after an outcome, for what happened
		{"Rust", "파싱할 때 나올 수 있는 에러 종류 enum", naming.KindClass, "ParseError"},
		{"Java", "파일 업로드할 때 발생하는 예외 클래스", naming.KindClass, "FileUploadException"},
		// (ConfigError since the thirty-sixth session: r30's and r31's reviewers write it first)
		{"Go", "설정 파일 읽을 때 나는 에러 타입", naming.KindClass, "ConfigError"},
		{"TypeScript", "API 요청 실패 시 던질 에러 클래스", naming.KindClass, "ApiError"}, // (ApiError since the thirty-seventh session: r43's reviewers write ApiError, HttpError, RequestError)
		{"Python", "결제가 실패했을 때 던질 예외", naming.KindClass, "PaymentFailedError"},
		// English type and count phrases: counting and qualifying words are
		// not name words; a count of an action is the action's count
		{"Rust", "struct holding one temperature reading with a timestamp", naming.KindClass, "TemperatureReading"},
		{"TypeScript", "interface for the common shape of every API response", naming.KindClass, "ApiResponse"},
		{"Swift", "enum for the possible states of a download", naming.KindClass, "DownloadState"},
		{"JavaScript", "counter for how many times we have retried the request", naming.KindVariable, "retryCount"},
	}
	checkTopThree(t, tests)
}
