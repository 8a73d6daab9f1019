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
		{"Python", "주문 객체를 dict로 바꾸는 메서드", naming.KindFunction, "to_dict"},
		// ", what do i call it", "@Scheduled method", "sends out", "came
		// from", "room to push" (restate.go reAskTailEn, reAnnotationLeadEn,
		// reSendOutEn, reCameFromEn, reRoomToEn)
		{"Python", "signal receiver that sends the invoice email when an order is paid, what do i call it", naming.KindFunction, "send_invoice_email"},
		{"Java", "@Scheduled method that archives old audit logs every week", naming.KindFunction, "archiveOldAuditLogs"},
		{"Ruby", "mailer job class that sends out the monthly statement", naming.KindClass, "SendMonthlyStatementJob"},
		{"PHP", "method that checks if the request came from a partner", naming.KindFunction, "isPartnerRequest"},
		{"C", "method that says whether there's room to push another byte", naming.KindFunction, "can_push"},
		// "older than N days but always keeps", "currently on screen",
		// "waiting for a free", "the X the parser produced", "for when the
		// plane leaves", "Room DAO query that returns a Flow of"
		// (reLetterNEn, reButAlwaysEn, reCurrentlyOnEn, reWaitingForEn,
		// reTheMakerMadeEn, reForWhenLeavesEn, reLibQueryEn, reReturnsFlowOfEn)
		{"Go", "array of enemies currently on screen", naming.KindVariable, "activeEnemies"},
		{"Python", "list of the trains currently running on the line", naming.KindVariable, "running_trains"},
		{"Rust", "fn that removes log files older than N days but always keeps the newest 5", naming.KindFunction, "remove_old_log_files"},
		{"Go", "slice of pending orders waiting for a free courier", naming.KindVariable, "pendingOrders"},
		{"Python", "what do i call the list of nodes the parser produced", naming.KindVariable, "nodes"},
		{"Go", "field on the Flight struct for when the plane leaves", naming.KindVariable, "departureTime"},
		{"Kotlin", "Room DAO query that returns a Flow of the saved articles", naming.KindFunction, "observeSavedArticles"},
		// X 비슷한 Y끼리 묶는 groups Ys by X (reSimilarTogetherKo); 만드는중 and
		// 다운받는데 set the scene (reMakingNow); 유효시간 지났는지, 기간
		// 끝났는지 are expired (asidesKo); glossary 야간권, 리프트권
		{"Python", "나이 비슷한 학생끼리 반으로 묶는 함수", naming.KindFunction, "group_students_by_age"},
		{"Go", "블로그 엔진 만드는중 글 목록 캐시 키 상수", naming.KindConstant, "postCacheKeys"},
		{"JavaScript", "영상 파일 다운받는데 지금까지 받은 바이트 수 변수", naming.KindVariable, "bytesReceived"},
		{"Kotlin", "쿠폰 유효시간 지났는지 체크하는 함수", naming.KindFunction, "isCouponExpired"},
		{"Ruby", "멤버십 기간 끝났는지 확인하는 메서드", naming.KindFunction, "membership_expired?"},
		{"Rust", "스키장 리프트권이 야간권인지 확인하는 함수", naming.KindFunction, "is_night_pass"},
		// X 벡터를 Y별로 묶는 groups the Xs (reContainerByKo); 동네별 is by
		// region (asidesKo); glossary 연식, 앞자리, 슈트, 도착지
		{"Rust", "주문 벡터를 날짜별로 묶는 함수", naming.KindFunction, "group_orders_by_date"},
		{"Kotlin", "가게들 동네별로 묶는 함수", naming.KindFunction, "groupStoresByRegion"},
		{"Python", "중고차 매물을 연식별로 정렬하는 함수", naming.KindFunction, "sort_by_model_year"},
	})
	checkNotOffered(t, []notOffered{
		{"Rust", "서버 전체에서 쓰는 설정 구조체 이름", naming.KindClass, "WriteConfig"},
		{"C", "사내 프로토콜 응답 헤더 구조체 이름 typedef 포함해서요", naming.KindClass, "response_header_includer_t"}, // reIncludingTailKo
		{"Java", "여러 화면에서 쓰는 공통 유틸 클래스", naming.KindClass, "WrittenUtil"},
		{"Swift", "마이크 권한 받았는지 여부 저장하는 변수", naming.KindVariable, "isPermissionReceived"}, // asidesKo: 권한 받았는지 is having it
	})
}
