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
		{"Java", "MyBatis 쓰는데 회원 목록 조회하는 메서드", naming.KindFunction, "getMembers"},
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
		// A value kept in a React state; a request sent for an action; what
		// is returned after the action; what comes in.
		{"TypeScript", "다크모드인지 저장하는 state", naming.KindVariable, "isDarkMode"},
		{"JavaScript", "댓글 삭제 요청 보내는 함수", naming.KindFunction, "deleteComment"},
		{"Java", "이미지 업로드하고 경로 반환하는 메서드", naming.KindFunction, "uploadImage"},
		{"Rust", "tokio 서버에서 들어오는 연결 받아서 처리하는 함수", naming.KindFunction, "process_incoming_connection"},
		// actions3.tsv
		{"Python", "뉴스 기사 크롤링해서 본문만 추출하는 함수", naming.KindFunction, "extract_article_text"},
		{"JavaScript", "웹소켓 연결 끊긴 유저 채팅방에서 내보내는 함수", naming.KindFunction, "removeFromRoom"},
		{"Kotlin", "체크리스트 항목 완료로 표시하는 함수", naming.KindFunction, "markAsDone"},
		{"Python", "오래된 로그 압축해서 보관 폴더로 이동하는 함수", naming.KindFunction, "archive_old_logs"},
		{"Swift", "프로필 이미지 다운로드해서 캐시에 저장하는 함수", naming.KindFunction, "downloadAndCacheProfileImage"},
		{"Java", "페이징해서 댓글 목록 조회하는 메서드", naming.KindFunction, "getPaginatedComments"},
		{"C#", "적한테 맞으면 체력 깎는 함수", naming.KindFunction, "TakeDamage"},
		{"C", "라즈베리파이에서 엘이디 끄는 함수", naming.KindFunction, "turn_off_led"},
		{"Python", "캐시에 저장된 사용자 가져오는 함수", naming.KindFunction, "get_user"},
		{"Rust", "login failure count", naming.KindVariable, "failed_login_attempts"},
		// English: the setting before the request or the kind word; read
		// then act; a bare noun then verb; failure as a noun.
		{"JavaScript", "I'm making a todo app, what should I name the function that deletes a todo", naming.KindFunction, "deleteTodo"},
		{"C", "on esp32, function that reads the temperature sensor", naming.KindFunction, "read_temperature_sensor"},
		{"Kotlin", "in my android app, function that shows a toast", naming.KindFunction, "showToast"},
		{"Go", "function that loads the config file and validates it", naming.KindFunction, "validateConfig"},
		{"Java", "user delete", naming.KindFunction, "deleteUser"},
		{"TypeScript", "payment failure reason", naming.KindVariable, "paymentFailureReason"},
		{"Go", "quick one: in my cli tool, func that parses flags", naming.KindFunction, "parseFlags"},
		// The place after a framework; a noun that repeats the verb; a hook.
		{"Rust", "actix 웹서버에서 헬스체크 응답하는 핸들러", naming.KindFunction, "health_check"},
		{"Python", "주문 취소하고 로그 남기는 함수", naming.KindFunction, "cancel_order_and_log"},
		{"TypeScript", "리액트 쿼리로 댓글 목록 불러오는 훅", naming.KindFunction, "useComments"},
		{"TypeScript", "현재 유저 정보 가져오는 훅", naming.KindFunction, "useCurrentUser"},
		{"Go", "상품 존재하는지 체크 하는 함수 뭐가좋을까", naming.KindFunction, "productExists"},
		{"Java", "에러 메시지 화면에 띄우는 함수", naming.KindFunction, "showErrorMessage"},
		{"Python", "점수 화면에 출력하는 함수", naming.KindFunction, "print_score"},
		{"C#", "플레이어가 총알 발사하는 함수", naming.KindFunction, "Fire"},
		{"C++", "언리얼에서 총 쏘는 함수", naming.KindFunction, "fire"},
	})
	// No name carries the setting.
	for _, tt := range []struct{ lang, q, not string }{
		{"Go", "sqlx로 주문 조회하는 함수", "sqlx"},
		{"JavaScript", "prisma에서 사용자 삭제하는 함수", "prisma"},
		{"JavaScript", "axios로 게시글 삭제 요청 보내는 함수", "axios"},
		{"Swift", "코어데이터에서 메모 삭제하는 함수", "data"},
		{"Java", "쇼핑몰 작업 하는데 상품 빼는 함수", "mall"},
		{"JavaScript", "express 쓰는데 로그인 체크하는 미들웨어 함수", "express"},
		{"C", "라즈베리파이에서 엘이디 끄는 함수", "pi"},
		{"Ruby", "레일즈 컨트롤러에서 게시글 목록 보여주는 액션", "controller"},
	} {
		for _, n := range names(Suggest(naming.Spec{Language: tt.lang}, tt.q), naming.KindFunction) {
			if strings.Contains(strings.ToLower(n), tt.not) {
				t.Errorf("%s %q: %s carries the context %q", tt.lang, tt.q, n, tt.not)
			}
		}
	}
}

// TestHooksS22: a React hook of any action is use plus what it deals with
// (useWindowWidth), also after 커스텀 or 리액트.
func TestHooksS22(t *testing.T) {
	checkTopThree(t, []topThree{
		{"TypeScript", "스크롤 위치 추적하는 커스텀 훅", naming.KindFunction, "useScrollPosition"},
		{"JavaScript", "온라인 상태 감지하는 리액트 훅", naming.KindFunction, "useOnlineStatus"},
		{"TypeScript", "게시글 목록 불러오는 훅", naming.KindFunction, "usePosts"},
	})
}
