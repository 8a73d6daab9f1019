package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestHandlers2: handler, async and type questions for handlers2.go and
// idioms/handlers-types2.tsv (none of them is in the evaluation set); want
// must be among the first three names of the kind.
func TestHandlers2(t *testing.T) {
	checkTopThree(t, []topThree{
		// Base and abstract classes: the glossary term is the kind word.
		{"Java", "모든 엔티티의 공통 부모 클래스", naming.KindClass, "BaseEntity"},
		{"C++", "모든 도형의 기반 클래스", naming.KindClass, "Shape"},
		{"PHP", "컨트롤러 공통 부모 클래스", naming.KindClass, "BaseController"},
		{"Java", "결제 수단 추상 클래스", naming.KindClass, "PaymentMethod"},
		{"Kotlin", "알림 채널 추상 클래스", naming.KindClass, "NotificationChannel"},
		{"PHP", "abstract base class for all controllers", naming.KindClass, "BaseController"},
		{"C++", "abstract base class for shapes", naming.KindClass, "Shape"},
		{"Python", "모든 컴포넌트가 상속하는 기본 클래스", naming.KindClass, "BaseComponent"},
		{"Kotlin", "액티비티들이 상속하는 베이스 클래스", naming.KindClass, "BaseActivity"},
		{"TypeScript", "모든 모델이 상속받는 부모 클래스", naming.KindClass, "BaseModel"},
		// C typedefs take _t.
		{"C", "센서 값 읽은 거 담는 typedef struct", naming.KindClass, "sensor_reading_t"},
		{"C", "설정 값 담는 구조체 typedef", naming.KindClass, "config_t"},
		{"C", "typedef struct for a sensor reading", naming.KindClass, "sensor_reading_t"},
		{"C", "패킷 헤더 typedef 구조체", naming.KindClass, "packet_header_t"},
		// English handlers: a verb after "the" names a thing; short forms
		// keep what was clicked; participles double their consonant.
		{"TypeScript", "handler for when the search input changes", naming.KindFunction, "onSearchInputChanged"},
		{"C#", "event handler for the save button click", naming.KindFunction, "HandleSaveClick"},
		{"TypeScript", "click handler for the delete icon", naming.KindFunction, "handleDeleteClick"},
		{"Swift", "delegate method called when the user taps a cell", naming.KindFunction, "onCellTapped"},
		{"JavaScript", "callback when the user drags a card", naming.KindFunction, "onCardDragged"},
		{"Java", "listener for when the user selects a tab", naming.KindFunction, "onTabSelected"},
		// Events: detecting a change is the change; spans end; a checked
		// state has its own handler.
		{"Python", "파일 변경 감지되면 호출되는 콜백", naming.KindFunction, "on_file_changed"},
		{"Go", "디렉터리 변경 감지되면 실행되는 핸들러", naming.KindFunction, "onDirectoryChanged"},
		{"TypeScript", "드래그 끝났을 때 핸들러", naming.KindFunction, "onDragEnd"},
		{"JavaScript", "스크롤 끝났을 때 실행할 함수", naming.KindFunction, "onScrollEnd"},
		{"TypeScript", "애니메이션 끝나면 호출되는 콜백", naming.KindFunction, "onAnimationEnd"},
		{"Kotlin", "다운로드 끝나면 호출되는 콜백", naming.KindFunction, "onDownloadComplete"},
		{"Java", "체크박스 체크 상태 변경 리스너", naming.KindFunction, "onCheckedChange"},
		{"Kotlin", "체크 상태 바뀔 때 호출되는 콜백", naming.KindFunction, "onCheckedChange"},
		{"Kotlin", "뒤로가기 버튼 눌렀을 때 처리하는 함수", naming.KindFunction, "onBackPressed"},
		// Jobs are named for their work; a queued job is a job; a Celery
		// task is a function.
		{"Java", "백그라운드에서 이미지 압축하는 작업 클래스", naming.KindClass, "CompressImageTask"},
		{"PHP", "엑셀 내보내기 큐 작업 클래스", naming.KindClass, "ExportExcelJob"},
		{"PHP", "엑셀 내보내는 큐 잡 클래스", naming.KindClass, "ExportExcelJob"},
		{"PHP", "라라벨 큐로 알림 보내는 잡", naming.KindClass, "SendNotificationJob"},
		{"Ruby", "매일 밤 오래된 세션 지우는 잡", naming.KindClass, "DeleteOldSessionJob"},
		{"Python", "셀러리로 리포트 생성하는 태스크", naming.KindFunction, "create_report"},
		{"Ruby", "가입 환영 메일 보내는 잡 클래스", naming.KindClass, "SendWelcomeEmailJob"},
		// Handler words as type heads; a callback as the means is async work.
		{"Go", "HTTP 핸들러 구조체", naming.KindClass, "HTTPHandler"},
		{"Java", "주문 이벤트 리스너 클래스", naming.KindClass, "OrderEventListener"},
		{"TypeScript", "웹소켓 메시지 핸들러 클래스", naming.KindClass, "WebSocketMessageHandler"},
		{"Java", "재고 변경 옵저버 인터페이스", naming.KindClass, "StockObserver"},
		{"Swift", "완료 핸들러로 사용자 목록 돌려주는 함수", naming.KindFunction, "fetchUsers"},
		{"Swift", "completion 핸들러로 상품 목록 가져오는 함수", naming.KindFunction, "fetchProducts"},
		// Delegates, data sources, DTOs, exceptions.
		{"Swift", "로그인 결과 알려주는 델리게이트 프로토콜", naming.KindClass, "LoginResultDelegate"},
		{"Swift", "데이터 소스 프로토콜", naming.KindClass, "DataSource"},
		{"Swift", "위치 업데이트 받는 델리게이트 메서드", naming.KindFunction, "didUpdateLocations"},
		{"Java", "회원가입 요청 담는 DTO", naming.KindClass, "SignUpRequest"},
		{"Java", "주문 정보 담는 DTO 추천해줘", naming.KindClass, "OrderDto"},
		{"C#", "잘못된 입력 예외 클래스", naming.KindClass, "InvalidInputException"},
		{"Python", "잘못된 입력 예외 클래스", naming.KindClass, "InvalidInputError"},
		{"C", "콜백 함수 포인터 typedef", naming.KindClass, "callback_fn"},
		// Async helpers the phrasebook knows.
		{"JavaScript", "모든 요청 끝날 때까지 기다리는 함수", naming.KindFunction, "waitForAll"},
		{"TypeScript", "입력 멈추고 300ms 후에 검색 API 호출하는 함수", naming.KindFunction, "debouncedSearch"},
		// Questions not tuned on.
		{"Java", "모든 서비스의 공통 부모 클래스", naming.KindClass, "BaseService"},
		{"C#", "동물 추상 클래스", naming.KindClass, "Animal"},
		{"TypeScript", "abstract base class for repositories", naming.KindClass, "BaseRepository"},
		{"C", "이벤트 큐 항목 typedef struct", naming.KindClass, "event_queue_item_t"},
		{"Go", "결제 웹훅 핸들러 구조체", naming.KindClass, "PaymentWebhookHandler"},
		{"Kotlin", "검색창 텍스트 변경 감지되면 호출되는 리스너", naming.KindFunction, "onSearchChange"},
		{"Python", "셀러리로 썸네일 만드는 태스크", naming.KindFunction, "generate_thumbnail"},
		{"Ruby", "가격 정보 담는 DTO", naming.KindClass, "Price"},
	})
}
