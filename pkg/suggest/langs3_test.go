package suggest

import (
	"strings"
	"testing"

	"namebot/pkg/naming"
)

// checkLangs3 is checkTopThree, and a want written "!name" must not be
// offered at all (checkNotOffered).
func checkLangs3(t *testing.T, tests []topThree) {
	t.Helper()
	var top []topThree
	var not []notOffered
	for _, tt := range tests {
		if n, ok := strings.CutPrefix(tt.want, "!"); ok {
			not = append(not, notOffered{tt.lang, tt.q, tt.kind, n})
			continue
		}
		top = append(top, tt)
	}
	checkTopThree(t, top)
	checkNotOffered(t, not)
}

// TestLangs3: everyday questions asked in PHP, Ruby, Rust, Swift and C rooms.
func TestLangs3(t *testing.T) {
	checkLangs3(t, []topThree{
		// 이름 after a noun, before the action, is the noun's name
		{"Ruby", "게시글 작성자 이름 가져오는 메서드", naming.KindFunction, "post_author_name"},
		{"Swift", "상품 이름 가져오는 함수", naming.KindFunction, "getProductName"},
		// V한 N인지: whether the noun did it
		{"Ruby", "로그인한 유저인지 확인하는 메서드", naming.KindFunction, "logged_in?"},
		{"PHP", "로그인한 유저인지", naming.KindFunction, "isLoggedIn"},
		{"Swift", "로그인한 사용자인지", naming.KindVariable, "isLoggedIn"},
		{"Rust", "가입한 회원인지", naming.KindFunction, "is_signed_up"},
		{"Rust", "로그인한 유저인지", naming.KindFunction, "!has_logged_in_user"},
		{"Ruby", "유저가 로그인했는지", naming.KindFunction, "logged_in?"},
		// a date shown as a string is a string; today is no event's day
		{"Ruby", "오늘 날짜", naming.KindVariable, "!today_on"},
		{"Ruby", "오늘 날짜 문자열", naming.KindVariable, "today_date_string"},
		{"PHP", "오늘 날짜 문자열 변수", naming.KindVariable, "$todayDateString"},
		{"Swift", "가입 날짜 문자열", naming.KindVariable, "signupDateString"},
		{"Ruby", "만료 날짜", naming.KindVariable, "expired_on"},
		// a Ruby predicate's plain twin is not offered again
		{"Ruby", "유저 이메일 인증됐는지 확인", naming.KindFunction, "!email_verified"},
		{"Ruby", "이메일 인증 완료됐는지", naming.KindFunction, "email_verified?"},
		// a yes/no question is no guard
		{"PHP", "관리자 권한 있는지", naming.KindFunction, "!requireAdmin"},
		{"Swift", "관리자 권한이 있는지 확인하는 함수", naming.KindFunction, "isAdmin"},
		// 뷰 after a noun is a view, not Vue
		{"Swift", "프로필 화면 뷰", naming.KindClass, "ProfileView"},
		{"Swift", "주문 내역 뷰", naming.KindClass, "OrderHistoryView"},
		{"Kotlin", "상품 상세 뷰", naming.KindVariable, "productDetailView"},
		// after to, read is the verb
		{"C", "function to read config file", naming.KindFunction, "read_config_file"},
		{"Rust", "function to read the settings file", naming.KindFunction, "read_settings_file"},
		// is the user an admin: the user is asked, admin is the name
		{"Ruby", "is the user an admin", naming.KindFunction, "admin?"},
		{"Swift", "is the current user a guest", naming.KindVariable, "isGuest"},
		{"Ruby", "is the user an admin", naming.KindFunction, "!user_admin?"},
		// 관리자인지 is being one, not having one
		{"Ruby", "레일즈에서 관리자인지 확인하는 메서드", naming.KindFunction, "!has_admin?"},
		{"PHP", "게스트인지", naming.KindVariable, "!$hasGuest"},
		{"Go", "첨부파일 여부", naming.KindVariable, "hasAttachment"},
		// C library names are not redefined
		{"C", "메모리 해제하는 함수", naming.KindFunction, "free_memory"},
		{"C", "문자열 길이 구하는 함수", naming.KindFunction, "!strlen"},
		{"C", "배열 크기 매크로", naming.KindConstant, "ARRAY_SIZE"},
		{"C", "두 정수 중 큰 값 구하는 함수", naming.KindFunction, "max"},
		{"C", "두 수 중 작은 값 반환하는 함수", naming.KindFunction, "min"},
		// resource controllers: Laravel store, Rails create, both destroy and index
		{"PHP", "라라벨에서 게시글 저장하는 컨트롤러 메서드", naming.KindFunction, "store"},
		{"PHP", "컨트롤러에서 상품 등록하는 메서드", naming.KindFunction, "store"},
		{"Ruby", "레일즈 컨트롤러에서 새 주문 만드는 액션", naming.KindFunction, "create"},
		{"Ruby", "컨트롤러에서 댓글 삭제하는 메서드", naming.KindFunction, "destroy"},
		{"PHP", "라라벨 컨트롤러에서 주문 목록 보여주는 메서드", naming.KindFunction, "index"},
		{"Go", "컨트롤러에서 주문 저장하는 메서드", naming.KindFunction, "!store"},
		// a Laravel form request is named for the request
		{"PHP", "라라벨에서 회원가입 요청 검증하는 클래스", naming.KindClass, "SignupRequest"},
		{"PHP", "라라벨에서 게시글 작성 요청 검증하는 클래스", naming.KindClass, "CreatePostRequest"},
		// the action before a state is the thing in it
		{"Rust", "연결 끊겼는지", naming.KindFunction, "is_connection_disconnected"},
		{"Swift", "업로드 실패했는지", naming.KindVariable, "isUploadFailed"},
		{"Rust", "연결 끊겼는지", naming.KindFunction, "!is_connect_disconnected"},
		// Ruby readers carry no get_
		{"Ruby", "레일즈 컨트롤러에서 현재 로그인한 유저 가져오는 메서드", naming.KindFunction, "current_user"},
		{"Ruby", "주문 배송지 주소 가져오는 메서드", naming.KindFunction, "shipping_address"},
	})
}
