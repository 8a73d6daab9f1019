package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings29: readings found on eval/read/r17.yaml and r18.yaml and
// on probe questions written for this test (29th session); each row failed
// before the rule its comment names.
func TestMisreadings29(t *testing.T) {
	checkTopThree(t, []topThree{
		// a language named before the kind is the room's (restate.go reLangLead)
		{"C", "c function to flush the log ring buffer to the sd card", naming.KindFunction, "flush_log_circular_buffer"},
		{"C#", "c# method that saves the player's settings to disk", naming.KindFunction, "SavePlayerSettings"},
		// attr is an attribute; got V-ed is was V-ed; a question after the
		// kind and a comma (restate.go reAttrEn, reGotDoneEn, reKindCommaAsk)
		{"Ruby", "attr for when the order got shipped", naming.KindVariable, "shipped_at"},
		{"Java", "boolean getter, is the ticket refunded", naming.KindFunction, "isTicketRefunded"},
		// "…, rust naming conventions": how to case it (reConventionTail);
		// a method on a type that gives back another converts to it
		{"Rust", "method on Meters that gives back Feet, rust naming conventions", naming.KindFunction, "to_feet"},
		// 에서 쓰는, Latin 쓰는: used (reUsedInKo, reUsesLatinKo)
		{"Go", "앱 전체에서 쓰는 로거 변수 이름", naming.KindVariable, "appLogger"},
		// 하는 쪽 인터페이스: its doer; 발생 횟수; 권한 받았는지; dict로;
		// (asidesKo)
		{"C#", "주문 검증하는 쪽 인터페이스", naming.KindClass, "IOrderValidator"},
		{"Python", "센서 오류 발생 횟수 변수", naming.KindVariable, "sensor_error_count"},
		{"Swift", "마이크 권한 받았는지 여부 저장하는 변수", naming.KindVariable, "hasMicrophonePermission"},
		{"Python", "주문 객체를 dict로 바꾸는 메서드", naming.KindFunction, "to_dict"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "서버 전체에서 쓰는 설정 구조체 이름", naming.KindClass, "WriteConfig"},
		{"C", "사내 프로토콜 응답 헤더 구조체 이름 typedef 포함해서요", naming.KindClass, "response_header_includer_t"}, // reIncludingTailKo
		{"Java", "여러 화면에서 쓰는 공통 유틸 클래스", naming.KindClass, "WrittenUtil"},
	})
}
