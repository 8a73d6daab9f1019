package suggest

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"namebot/pkg/naming"
)

func TestScratch(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	qs := []struct{ lang, q string }{
		{"JavaScript", "검색어 자동완성 결과를 담는 변수"},
		{"Go", "function that retries an HTTP request with exponential backoff"},
		{"PHP", "장바구니에 상품을 추가하는 함수"},
		{"Python", "비동기 작업 큐에 작업을 넣는 함수"},
		{"TypeScript", "a flag that says whether the sidebar is collapsed"},
		{"Python", "function to convert celsius to fahrenheit"},
		{"Java", "사용자가 관리자인지 확인하는 함수"},
		{"Ruby", "사용자가 관리자인지 확인하는 메서드"},
		{"Kotlin", "게시글을 수정할 수 있는지 여부"},
		{"Java", "최대 재시도 횟수 상수"},
		{"Go", "요청 타임아웃 밀리초 상수"},
		{"C#", "사용자 정보를 비동기로 가져오는 함수"},
		{"JavaScript", "상품 목록을 가격순으로 정렬하는 함수"},
		{"Python", "상품을 카테고리별로 묶는 함수"},
		{"Swift", "파일을 업로드 중인지 나타내는 변수"},
		{"Java", "이메일 인증을 했는지 여부"},
		{"Rust", "장바구니가 비어 있는지"},
		{"C++", "주문 상태를 나타내는 enum"},
		{"Python", "데이터베이스 연결 풀 클래스"},
		{"JavaScript", "submit button click handler"},
		{"Go", "number of active users"},
		{"Python", "활성 사용자만 걸러내는 함수"},
		{"Java", "결제가 완료되었는지"},
		{"C", "버퍼 최대 크기 상수 (바이트)"},
	}
	for _, q := range qs {
		a := Suggest(naming.Spec{Language: q.lang}, q.q)
		var names []string
		for _, s := range a.Suggestions {
			names = append(names, string(s.Kind[:1])+":"+s.Name)
		}
		fmt.Printf("%-10s %s\n   %s\n", q.lang, q.q, strings.Join(names, " "))
	}
}
