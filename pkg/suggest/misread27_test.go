package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMisreadings27: readings found on eval/read/r13.yaml and on probe
// questions written for this test (27th session); each row failed before
// the rule its comment names.
func TestMisreadings27(t *testing.T) {
	checkNotSaid(t, []notSaid{
		// a scene sentence that ends in 프로그램, 과제, 플러그인 is no word of
		// the name (restate.go reSceneLead)
		{"Python", "동호회 관리 프로그램. 이번 정모 참석하는 회원들 리스트 변수", "program"},
		{"Java", "자료구조 과제. 스택이 꽉 찼는지 확인하는 메서드", "assignment"},
		{"PHP", "워드프레스 플러그인 - 쿠폰 만료됐는지 체크하는 함수", "plugin"},
		{"PHP", "캠핑장 예약 사이트... 다음 예약 가능한 날짜 담는 변수", "website"},
		// 주차 is parking; N주차 and 주차별 are weeks (glossary; restate.go
		// koRewrites)
		{"C#", "주차타워 빈 자리 몇 개인지 세는 메서드", "week"},
		{"Swift", "주차 기록 모델 구조체", "week"},
		{"Python", "강의 주차별 과제 목록 딕셔너리", "parking"},
		{"Python", "3주차 과제 목록 변수", "parking"},
		// 디데이 is a word of its own, not 디 and 데이 at the start of two
		// (idioms: 디자이너 … 데이터 was days_until)
		{"Python", "네일샵 예약 데이터 디자이너별로 묶는 함수", "days"},
		// 참 is true only as a word (참가자 was random_bool)
		{"Ruby", "체육대회 참가자들 랜덤으로 조 배정하는 메서드", "bool"},
	})
	checkTopThree(t, []topThree{
		// a span's name loses time before its unit (concise.go timeBeforeUnit)
		{"JavaScript", "놀이공원 주차장 무료 주차 시간 30분 상수", naming.KindConstant, "FREE_PARKING_MINUTES"},
		{"TypeScript", "무료 체험 시간(분) 상수", naming.KindConstant, "TRIAL_MINUTES"},
	})
}
