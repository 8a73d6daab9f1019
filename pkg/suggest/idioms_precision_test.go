package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIdiomPrecision2: questions that share words with a phrasebook line of
// the conversions, types/handlers, domains, systems, async, constants/dates
// and sort/collections files but ask for something else. The line used to
// put its names first; now the names built from the question's own words
// come back.
func TestIdiomPrecision2(t *testing.T) {
	tests := []topThree{
		// conversions-sorting: a comparator, the oldest, a scope, a partition, n smallest, a manager.
		{"JavaScript", "가격 비교 사이트 목록", naming.KindVariable, "priceCompareWebsites"},
		{"Java", "우선순위 비교 결과 목록", naming.KindVariable, "priorityCompareResults"},
		{"Kotlin", "나이 많은 순으로 정렬", naming.KindFunction, "sortByAge"},
		{"Ruby", "스코프 대기 시간 구하는 메서드", naming.KindFunction, "scope_waiting_time"}, // (a Ruby reader: named by the value),
		{"Java", "성공 실패 구분 색상 반환하는 함수", naming.KindFunction, "getColor"},
		{"Java", "하위 카테고리 5개 가져오기", naming.KindFunction, "getCategories"},
		{"Python", "활성 매니저 계정 만들기", naming.KindFunction, "create_active_manager_account"},
		// types-handlers: broker listeners, route handlers, play button, builder, adapter.
		{"Kotlin", "결제 완료 알림 메시지 받으면 화면 갱신", naming.KindFunction, "reloadScreen"},
		{"JavaScript", "결제 완료 이벤트 수신 횟수 세는 함수", naming.KindFunction, "countReceives"},
		{"Python", "주문 들어온 메시지 수신 시각 기록하는 함수", naming.KindFunction, "log_time"},
		{"Go", "사용자 전체 목록 조회 라우트 캐시", naming.KindFunction, "cacheRoutes"},
		{"Swift", "재생 버튼 클릭 횟수 세는 함수", naming.KindFunction, "countClicks"},
		{"Swift", "이미지 재생성 버튼 눌렀을 때", naming.KindFunction, "imageRegenerationButtonTapped"},
		{"Java", "화면 규격에 맞춰서 이미지 리사이즈하는 클래스", naming.KindClass, "Resizer"},
		{"Java", "차례로 객체를 생성하는 클래스", naming.KindClass, "Creator"},
		// domains3: 툴팁 is no tip, 통화/체크인/근무표/휴가/주말, undo send, scheduled send.
		{"Go", "툴팁 옵션 상수", naming.KindConstant, "option"},
		{"Python", "호텔 예약 체크인 날짜 가져오는 함수", naming.KindFunction, "get_check_in_date"},
		{"Python", "숙소 예약 체크인 처리", naming.KindFunction, "check_in_reservation"},
		{"Python", "남은 휴가 신청 목록", naming.KindVariable, "remaining_leave_requests"},
		{"Python", "주말 최대 근무 시간", naming.KindConstant, "MAX_WORKING_HOURS"},
		{"Python", "매장 테이블에 남은 주문 목록", naming.KindVariable, "remaining_orders"},
		{"Python", "메뉴 품절 표시 여부", naming.KindFunction, "is_displayed"},
		{"Python", "다음 화면 자동 재생", naming.KindFunction, "autoplay"},
		{"Python", "내 신청 기록 갱신됐는지", naming.KindFunction, "is_refreshed"},
		{"Python", "디바이스 매핑 마지막 수정 시간", naming.KindVariable, "updated_at"},
		{"Python", "파일 경로 다시 찾기", naming.KindFunction, "search_file_path"},
		{"Python", "루트 노드 다시 계산", naming.KindFunction, "recalculate_node"},
		{"Python", "부서별 예산 분배 함수", naming.KindFunction, "distribute_by_department"},
		{"Python", "예약 확인 메일 발송", naming.KindFunction, "send_reservation_confirmation_email"},
		// systems2: 생존 in a game, 블로그 is no log.
		{"Go", "생존 여부 확인", naming.KindFunction, "isAlive"},
		{"Go", "블로그 글 모아서 보내기", naming.KindFunction, "sendBlogPost"},
		// async3: 수정 is no count, 폴더 is no polling, a game spawn, a dialog flag.
		{"Go", "동시 작업 수정 막기", naming.KindFunction, "blockConcurrentTaskUpdate"},
		{"Go", "폴더 순회하는 루프", naming.KindFunction, "traverseDirectory"},
		{"Kotlin", "작업 취소 확인 팝업 표시 여부", naming.KindVariable, "isDisplayed"},
		// constants-dates: 평일 수정/개수, 500ms, 월말 결제, 시간대, 운영.
		{"Kotlin", "평일 수정", naming.KindVariable, "businessDay"},
		{"Kotlin", "평일 알람 개수", naming.KindVariable, "businessDayAlarmCount"},
		{"Go", "http 요청 타임아웃 500ms", naming.KindConstant, "httpRequestTimeoutMs"},
		{"Kotlin", "월말 결제 금액 구하는 함수", naming.KindFunction, "calculatePaymentAmount"}, // (computePaymentAmount while 월말 was unknown)
		{"Kotlin", "기본 배송 시간대", naming.KindConstant, "DELIVERY_SLOT"},
		{"Kotlin", "서비스 운영 시작 시각", naming.KindVariable, "serviceStartTime"},
		// sort-collections2: a popup that shows up is not trending; finding typos is no fuzzy search.
		{"Kotlin", "팝업이 뜨는 상품 목록", naming.KindVariable, "products"},
		{"Kotlin", "오타 찾기 함수", naming.KindFunction, "find"},
		// shapes (older): writing into a buffer is no flush.
		{"C", "버퍼에 32비트 정수 쓰기", naming.KindFunction, "write_to_buffer"},
	}
	checkTopThree(t, tests)
}
