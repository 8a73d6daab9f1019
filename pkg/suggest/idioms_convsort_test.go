package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestConvSortIdioms: questions written for the lines of
// idioms/conversions-sorting.tsv (none of them is in the evaluation set);
// want must be among the first three names of the kind. The last group asks
// near those lines and must keep the names grammar or other lines give.
func TestConvSortIdioms(t *testing.T) {
	tests := []topThree{
		// Sizes, money, encodings.
		{"Python", "'10MB' 같은 문자열을 바이트 수로 파싱하는 함수", naming.KindFunction, "parse_size"},
		{"Go", "\"512KB\" 같은 용량 문자열을 바이트로 바꾸는 함수", naming.KindFunction, "parseSize"},
		{"Rust", "function that parses a human readable size like 10MB", naming.KindFunction, "parse_size"},
		{"Go", "퍼센트 인코딩 하는 함수", naming.KindFunction, "percentEncode"},
		{"TypeScript", "통화 문자열을 숫자로 파싱하는 함수", naming.KindFunction, "parseCurrency"},
		// Conversion methods by language.
		{"C#", "문자열을 숫자로 변환하는데 실패해도 예외 안 나는 메서드", naming.KindFunction, "TryParse"},
		{"Java", "열거형을 문자열로 바꾸는 메서드", naming.KindFunction, "toString"},
		{"Rust", "열거형을 문자열 슬라이스로 돌려주는 메서드", naming.KindFunction, "as_str"},
		{"Rust", "문자열을 소유한 String으로 바꾸는 함수", naming.KindFunction, "to_owned"},
		{"C#", "객체를 문자열로 표현하는 메서드 재정의", naming.KindFunction, "ToString"},
		// Dicts, JSON, objects, protobuf.
		{"Python", "딕셔너리를 객체로 바꾸는 클래스 메서드", naming.KindFunction, "from_dict"},
		{"Python", "dict에서 인스턴스를 만드는 함수", naming.KindFunction, "from_dict"},
		{"JavaScript", "JSON을 예쁘게 출력하는 함수", naming.KindFunction, "prettyJson"},
		{"Python", "JSON 문자열을 객체로 역직렬화하는 함수", naming.KindFunction, "from_json"},
		{"Python", "판다스 데이터프레임을 딕셔너리 리스트로 바꾸는 함수", naming.KindFunction, "to_records"},
		{"Python", "CSV 행을 딕셔너리 리스트로 변환하는 함수", naming.KindFunction, "parse_csv"},
		{"JavaScript", "FormData를 객체로 변환하는 함수", naming.KindFunction, "formDataToObject"},
		{"TypeScript", "객체를 FormData로 변환하는 함수", naming.KindFunction, "toFormData"},
		{"Go", "구조체를 맵으로 변환하는 함수", naming.KindFunction, "structToMap"},
		{"Go", "프로토버프 메시지를 도메인 구조체로 변환하는 함수", naming.KindFunction, "fromProto"},
		{"Go", "도메인 모델을 프로토버프 메시지로 변환하는 함수", naming.KindFunction, "toProto"},
		// Bytes and numbers.
		{"C", "버퍼에서 리틀엔디안 32비트 정수 읽는 함수", naming.KindFunction, "read_le32"},
		{"Rust", "바이트 배열에서 빅 엔디안 u32 읽는 함수", naming.KindFunction, "read_be32"},
		{"C", "리틀 엔디안 16비트 값 읽는 함수", naming.KindFunction, "read_le16"},
		{"C", "빅엔디안으로 32비트 정수를 버퍼에 쓰는 함수", naming.KindFunction, "write_be32"},
		// Comparators.
		{"Java", "우선순위로 비교하는 Comparator", naming.KindFunction, "byPriority"},
		{"Kotlin", "가격으로 비교하는 비교자 함수", naming.KindFunction, "byPrice"},
		{"C", "qsort에 넘기는 정수 비교 함수", naming.KindFunction, "compare_ints"},
		{"C", "qsort용 문자열 비교 함수", naming.KindFunction, "compare_strings"},
		{"Go", "sort.Slice에 넘기는 less 함수", naming.KindFunction, "less"},
		// Partition, reject, dedupe.
		{"Python", "Ready인 것과 아닌 것으로 나누는 함수", naming.KindFunction, "partition"},
		{"TypeScript", "성공한 것과 실패한 것으로 나누는 함수", naming.KindFunction, "partitionResults"},
		{"JavaScript", "function that splits users into active and inactive", naming.KindFunction, "partitionByActive"},
		{"Ruby", "조건에 맞는 것 빼고 나머지 반환하는 메서드", naming.KindFunction, "reject"},
		{"Kotlin", "function that removes duplicates by email", naming.KindFunction, "distinctBy"},
		// Min, max, bottom n, pages.
		{"Python", "function that returns the k smallest items", naming.KindFunction, "n_smallest"},
		{"Python", "가장 작은 k개 고르는 함수", naming.KindFunction, "n_smallest"},
		{"Python", "비용이 가장 낮은 경로", naming.KindVariable, "cheapest_path"},
		{"Java", "function that finds the lowest cost path", naming.KindFunction, "cheapestPath"},
		{"Kotlin", "리스트에서 나이가 가장 많은 사람 찾는 함수", naming.KindFunction, "oldest"},
		{"Swift", "나이가 제일 어린 학생 고르기 함수", naming.KindFunction, "youngest"},
		{"Python", "배열을 페이지 단위로 자르는 함수", naming.KindFunction, "paginate"},
		// Scopes.
		{"Ruby", "정산 안 된 주문 스코프", naming.KindFunction, "unsettled"},
		{"Ruby", "좋아요 순으로 정렬하는 스코프", naming.KindFunction, "by_likes"},
		{"Ruby", "인기 있는 글 스코프", naming.KindFunction, "popular"},
		{"Ruby", "scope for unpaid invoices", naming.KindFunction, "unpaid"},
		{"Ruby", "보관된 프로젝트만 가져오는 스코프", naming.KindFunction, "archived"},
		{"Python", "Django 쿼리셋에서 활성 사용자만 거르는 매니저 메서드", naming.KindFunction, "active"},
		{"Ruby", "가격이 낮은 순으로 정렬하는 스코프", naming.KindFunction, "by_price"},
		{"Swift", "16진수 색상 문자열로 UIColor 만드는 함수", naming.KindFunction, "colorFromHex"},
		{"JavaScript", "hex 색상 코드를 RGB로 바꾸는 함수", naming.KindFunction, "hexToRgb"},
		// Near the lines: grammar or other lines keep their names.
		{"Kotlin", "문자열을 열거형으로 바꾸는 함수", naming.KindFunction, "fromString"},
		{"Python", "객체를 딕셔너리로 변환하는 메서드", naming.KindFunction, "to_dict"},
		{"JavaScript", "배열을 객체로 변환하는 함수", naming.KindFunction, "keyBy"},
		{"JavaScript", "바이트 수를 1.2 MB처럼 읽기 좋게 바꾸는 함수", naming.KindFunction, "formatBytes"},
		{"Python", "문자열의 바이트 크기 구하는 함수", naming.KindFunction, "byte_length"},
		{"Kotlin", "리스트에서 가장 큰 값 찾기 함수", naming.KindFunction, "max"},
		{"PHP", "최근 글만 가져오는 라라벨 스코프", naming.KindFunction, "scopeRecent"},
		{"JavaScript", "URL 인코딩하는 함수", naming.KindFunction, "urlEncode"},
	}
	checkTopThree(t, tests)
}
