package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// TestContextPasses: questions typed the way people do in a chat, with the
// setting first, a library in passing or the layer before the kind word
// (context2.go); none is in the evaluation set.
func TestContextPasses(t *testing.T) {
	checkTopThree(t, []topThree{
		// A -는데 clause that says what is being built or used.
		{"Swift", "메모 앱 만드는데 메모 삭제하는 함수", naming.KindFunction, "deleteNote"},
		{"JavaScript", "vue로 투두리스트 만드는데 할 일 추가하는 메서드", naming.KindFunction, "addTodo"},
		{"Java", "MyBatis 쓰는데 회원 목록 조회하는 메서드", naming.KindFunction, "getMemberList"},
		{"TypeScript", "블로그 프로젝트인데 게시글 저장하는 함수", naming.KindFunction, "savePost"},
		{"Go", "gin으로 api 서버 만드는데 jwt 토큰 검증하는 미들웨어 함수", naming.KindFunction, "verifyToken"},
		// A state before -는데 stays.
		{"Kotlin", "값이 비어있는데 기본값 넣는 함수", naming.KindFunction, "applyDefaults"},
		// A library that opens the question with 에서, (으)로.
		{"TypeScript", "nestjs에서 주문 생성하는 서비스 메서드", naming.KindFunction, "createOrder"},
		{"Go", "gorm으로 사용자 저장하는 함수", naming.KindFunction, "saveUser"},
		{"Rust", "serde로 설정 구조체 역직렬화하는 함수", naming.KindFunction, "deserialize_config"},
		{"Python", "셀레니움으로 로그인 버튼 클릭하는 함수", naming.KindFunction, "click_login_button"},
		// The layer's role word before the kind word.
		{"Kotlin", "Room DB에서 즐겨찾기한 상품 목록 가져오는 DAO 함수", naming.KindFunction, "getBookmarkedProducts"},
		{"Java", "게시글 저장하는 repository 메서드", naming.KindFunction, "savePost"},
	})
	// No name carries the setting.
	for _, tt := range []struct{ lang, q, not string }{
		{"Go", "sqlx로 주문 조회하는 함수", "sqlx"},
		{"JavaScript", "prisma에서 사용자 삭제하는 함수", "prisma"},
		{"JavaScript", "axios로 게시글 삭제 요청 보내는 함수", "axios"},
		{"Swift", "코어데이터에서 메모 삭제하는 함수", "data"},
		{"Java", "쇼핑몰 작업 하는데 상품 빼는 함수", "mall"},
		{"JavaScript", "express 쓰는데 로그인 체크하는 미들웨어 함수", "express"},
	} {
		for _, n := range names(Suggest(naming.Spec{Language: tt.lang}, tt.q), naming.KindFunction) {
			if strings.Contains(strings.ToLower(n), tt.not) {
				t.Errorf("%s %q: %s carries the context %q", tt.lang, tt.q, n, tt.not)
			}
		}
	}
}
