package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestLangIdioms2: questions written for idioms/lang-idioms2.tsv, asked in
// the room of the language whose convention answers them (the question
// need not name the language); want must be among the first three names
// of the kind.
func TestLangIdioms2(t *testing.T) {
	checkTopThree(t, []topThree{
		// Ruby and Rails: bang methods, conversions, before_action, jobs.
		{"Ruby", "저장 실패하면 예외 던지는 저장 메서드", naming.KindFunction, "save!"},
		{"Ruby", "레코드 생성하다 실패하면 예외 발생시키는 메서드", naming.KindFunction, "create!"},
		{"Ruby", "업데이트 실패하면 예외 던지는 메서드", naming.KindFunction, "update!"},
		{"Ruby", "삭제 안되면 예외 던지는 메서드", naming.KindFunction, "destroy!"},
		{"Ruby", "없으면 예외 던지는 이메일로 사용자 찾기", naming.KindFunction, "find_by!"},
		{"Ruby", "설정 객체를 해시로 바꾸는 메서드", naming.KindFunction, "to_h"},
		{"Ruby", "convert the settings object to a hash", naming.KindFunction, "to_h"},
		{"Ruby", "주문 객체를 문자열로 표현하는 메서드", naming.KindFunction, "to_s"},
		{"Ruby", "로그인 안 한 사용자 막는 before_action", naming.KindFunction, "authenticate_user!"},
		{"Ruby", "회원가입 후 환영 메일 보내는 잡 클래스", naming.KindClass, "SendWelcomeEmailJob"},
		// Laravel: scopes, accessors, mutators, form requests, relations.
		{"PHP", "이메일 인증된 사용자만 가져오는 스코프", naming.KindFunction, "scopeVerified"},
		{"PHP", "사용자 이름 전체를 돌려주는 액세서", naming.KindFunction, "getFullNameAttribute"},
		{"PHP", "비밀번호 저장할 때 해시하는 뮤테이터", naming.KindFunction, "setPasswordAttribute"},
		{"PHP", "주문 생성 요청 검증하는 폼 리퀘스트 클래스", naming.KindClass, "StoreOrderRequest"},
		{"PHP", "회원가입 폼 리퀘스트 (사용자 등록)", naming.KindClass, "StoreUserRequest"},
		{"PHP", "상품 등록 폼 리퀘스트 클래스", naming.KindClass, "StoreProductRequest"},
		{"PHP", "댓글 작성 폼 리퀘스트", naming.KindClass, "StoreCommentRequest"},
		{"PHP", "주문 수정 폼 리퀘스트 클래스", naming.KindClass, "UpdateOrderRequest"},
		{"PHP", "회원 정보 수정 요청 검증 폼 리퀘스트", naming.KindClass, "UpdateUserRequest"},
		{"PHP", "상품 수정 폼 리퀘스트", naming.KindClass, "UpdateProductRequest"},
		{"PHP", "댓글 수정 폼 요청 클래스", naming.KindClass, "UpdateCommentRequest"},
		{"PHP", "유저가 가진 게시글들 관계 메서드", naming.KindFunction, "posts"},
		// Rust: constructors, conversions, Display, len, Option.
		{"Rust", "새 인스턴스 만드는 생성자 함수", naming.KindFunction, "new"},
		{"Rust", "문자열에서 설정 파싱하는 연관 함수", naming.KindFunction, "from_str"},
		{"Rust", "사람이 읽을 수 있게 출력하는 트레이트 구현 메서드", naming.KindFunction, "fmt"},
		{"Rust", "슬라이스를 소유한 벡터로 복사하는 메서드", naming.KindFunction, "to_vec"},
		{"Rust", "self를 소비해서 바이트 벡터로 바꾸는 메서드", naming.KindFunction, "into_bytes"},
		{"Rust", "버퍼 길이 반환 메서드", naming.KindFunction, "len"},
		{"Rust", "값이 있는지 확인하는 메서드", naming.KindFunction, "is_some"},
		// C#: the Try pattern, IDisposable, XChanged events and their OnXChanged raisers.
		{"C#", "캐시에서 값 꺼내기 시도하는 메서드", naming.KindFunction, "TryGetValue"},
		{"C#", "아이디로 사용자 찾기 시도하는 메서드", naming.KindFunction, "TryGetUser"},
		{"C#", "리소스 해제 인터페이스", naming.KindClass, "IDisposable"},
		{"C#", "선택 항목 바뀌었을 때 이벤트", naming.KindFunction, "SelectionChanged"},
		{"C#", "event raised when the value changed", naming.KindFunction, "ValueChanged"},
		{"C#", "텍스트 바뀔 때 발생하는 이벤트 이름", naming.KindFunction, "TextChanged"},
		{"C#", "상태 변경 이벤트", naming.KindFunction, "StatusChanged"},
		{"C#", "속성 값이 바뀌었을 때 이벤트", naming.KindFunction, "PropertyChanged"},
		{"C#", "선택 바뀌면 이벤트 발생시키는 protected virtual 메서드", naming.KindFunction, "OnSelectionChanged"},
		{"C#", "값 바뀌면 ValueChanged 이벤트 일으키는 메서드", naming.KindFunction, "OnValueChanged"},
		{"C#", "텍스트 변경 이벤트 발생시키는 메서드", naming.KindFunction, "OnTextChanged"},
		{"C#", "상태 바뀌었을 때 이벤트 트리거하는 메서드", naming.KindFunction, "OnStatusChanged"},
		{"C#", "method that raises the event when a property changed", naming.KindFunction, "OnPropertyChanged"},
		// A custom validator or a mailer is named for the clause before it.
		{"Ruby", "레일즈에서 이메일 형식 검증하는 커스텀 밸리데이터 클래스", naming.KindClass, "EmailValidator"},
		{"Ruby", "비밀번호 재설정 메일 보내는 메일러 클래스", naming.KindClass, "PasswordResetMailer"},
		// Swift: view lifecycle, completion closures, isEnabled.
		{"Swift", "화면 나타나기 직전 호출되는 메서드", naming.KindFunction, "viewWillAppear"},
		{"Swift", "화면이 나타난 후 호출되는 메서드", naming.KindFunction, "viewDidAppear"},
		{"Swift", "다운로드 완료 후 호출되는 클로저", naming.KindVariable, "completion"},
		{"Swift", "버튼 활성화 여부 프로퍼티", naming.KindVariable, "isEnabled"},
	})
}

// TestLangFlag: a language flag holds only in its own room, and the bang
// of a phrasebook name is Ruby's alone.
func TestLangFlag(t *testing.T) {
	checkTopThree(t, []topThree{
		{"PHP", "활성 사용자만 가져오는 스코프", naming.KindFunction, "scopeActive"},
		{"Ruby", "활성 사용자만 가져오는 스코프", naming.KindFunction, "active"},
	})
	for _, tt := range []struct{ lang, q string }{
		{"Ruby", "활성 사용자만 가져오는 스코프"},
		{"Python", "저장 실패하면 예외 던지는 저장 메서드"},
		{"Go", "길이 반환 메서드"},
	} {
		got := names(Suggest(naming.Spec{Language: tt.lang}, tt.q), naming.KindFunction)
		for _, n := range got {
			if n == "scopeActive" || n == "save!" || n == "save" || n == "len" {
				t.Errorf("%s %q: %v has %q, another language's idiom", tt.lang, tt.q, got, n)
			}
		}
	}
}
