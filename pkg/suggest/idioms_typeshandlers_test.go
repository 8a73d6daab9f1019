package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestTypesHandlersIdioms: questions written for idioms/types-handlers.tsv
// (none of them is in the evaluation set); want must be among the first
// three names of the kind.
func TestTypesHandlersIdioms(t *testing.T) {
	tests := []topThree{
		// Broker listeners named for the event they receive.
		{"Java", "카프카에서 결제 완료 메시지 수신하는 리스너 메서드", naming.KindFunction, "onPaymentCompleted"},
		{"Kotlin", "RabbitMQ로 결제 성공 이벤트 받으면 처리하는 함수", naming.KindFunction, "handlePaymentCompleted"},
		{"Java", "결제 실패 이벤트 구독하는 리스너", naming.KindFunction, "onPaymentFailed"},
		{"Python", "SQS에서 주문 생성 메시지를 받아 처리하는 핸들러", naming.KindFunction, "on_order_created"},
		{"Java", "주문 취소 이벤트 리스너 메서드", naming.KindFunction, "onOrderCancelled"},
		{"Go", "펍섭으로 회원가입 이벤트 받는 핸들러", naming.KindFunction, "onUserRegistered"},
		{"Kotlin", "@KafkaListener 주문 토픽 소비하는 메서드", naming.KindFunction, "onOrderEvent"},
		{"PHP", "회원가입하면 환영 메일 보내는 리스너 클래스", naming.KindClass, "SendWelcomeEmail"},
		{"Ruby", "회원 생성 후 환영 메일 보내는 콜백", naming.KindFunction, "send_welcome_email"},
		// Lifecycle callbacks and hooks.
		{"Ruby", "게시글 저장된 후 검색 인덱스 다시 만드는 콜백", naming.KindFunction, "update_search_index"},
		{"Python", "post_save 시그널 받아서 검색 색인 갱신하는 함수", naming.KindFunction, "update_search_index"},
		{"Go", "쿠버네티스 오퍼레이터 reconcile 함수", naming.KindFunction, "reconcile"},
		{"TypeScript", "vue 컴포넌트 마운트 훅 함수", naming.KindFunction, "onMounted"},
		{"Java", "스프링 부트 앱 구동 완료 후 실행되는 리스너", naming.KindFunction, "onApplicationReady"},
		{"TypeScript", "NestJS 모듈 초기화 시 실행할 메서드", naming.KindFunction, "onModuleInit"},
		{"TypeScript", "nestjs 모듈 종료될 때 정리하는 메서드", naming.KindFunction, "onModuleDestroy"},
		// Gesture handlers and closure properties.
		{"TypeScript", "재생 버튼 눌렀을 때 핸들러", naming.KindFunction, "onPlayClick"},
		{"Kotlin", "일시정지 버튼 클릭 처리 함수", naming.KindFunction, "onPauseClick"},
		{"Swift", "밀어서 삭제할 때 호출되는 콜백", naming.KindFunction, "onSwipeToDelete"},
		{"Swift", "항목 삭제를 알리는 클로저 프로퍼티", naming.KindVariable, "onDelete"},
		// Route handlers: verb and resource.
		{"Java", "컨트롤러에서 상품 등록하는 메서드", naming.KindFunction, "createProduct"},
		{"Rust", "actix 엔드포인트 사용자 목록 조회 핸들러", naming.KindFunction, "list_users"},
		{"Rust", "axum으로 노래 업로드하는 핸들러 함수", naming.KindFunction, "upload_track"},
		// Interfaces and roles.
		{"C#", "결제 처리 추상화 인터페이스", naming.KindClass, "IPaymentProcessor"},
		{"Go", "유저 DB 접근 인터페이스", naming.KindClass, "UserRepository"},
		{"Java", "회원 데이터 접근 계층 인터페이스", naming.KindClass, "MemberRepository"},
		{"Kotlin", "상품 데이터 저장 조회 인터페이스", naming.KindClass, "ProductRepository"},
		{"Java", "전략 객체를 이름으로 등록해 두고 꺼내 쓰는 클래스", naming.KindClass, "Registry"},
		{"Java", "레거시 SDK를 새 인터페이스에 맞춰주는 래퍼 클래스", naming.KindClass, "Adapter"},
		{"Kotlin", "HTTP 요청 객체를 단계별로 조립하는 빌더 클래스", naming.KindClass, "Builder"},
		{"TypeScript", "로컬 디스크와 오브젝트 스토리지를 갈아끼울 수 있는 인터페이스", naming.KindClass, "Storage"},
		{"Java", "배송비 계산 정책 인터페이스", naming.KindClass, "ShippingFeeStrategy"},
		{"Java", "결제 방식별 전략 인터페이스", naming.KindClass, "PaymentStrategy"},
		{"Python", "가격 산정 전략 클래스", naming.KindClass, "PricingStrategy"},
		{"Kotlin", "환율 프로바이더 인터페이스", naming.KindClass, "ExchangeRateProvider"},
		// Enums, wrappers, guards, protocols.
		{"TypeScript", "파이프라인 단계 결과 열거형 (성공, 실패, 스킵)", naming.KindClass, "StepStatus"},
		{"Rust", "비어 있지 않은 문자열 뉴타입", naming.KindClass, "NonEmptyString"},
		{"C++", "텍스처를 RAII로 관리하는 클래스", naming.KindClass, "ScopedTexture"},
		{"Rust", "fd를 소유하고 drop에서 close하는 구조체", naming.KindClass, "OwnedFd"},
		{"C++", "mutex를 잡고 스코프 벗어나면 해제하는 클래스", naming.KindClass, "LockGuard"},
		{"Swift", "지도 핀으로 보여줄 수 있는 모델이 채택하는 프로토콜", naming.KindClass, "Pinnable"},
		{"Swift", "JSON으로 바꿀 수 있는 타입의 프로토콜", naming.KindClass, "JsonConvertible"},
		{"Swift", "문자열로 변환 가능한 타입이 따르는 프로토콜", naming.KindClass, "StringConvertible"},
		// Commands, queries, events.
		{"Java", "주문 취소 커맨드 객체", naming.KindClass, "CancelOrderCommand"},
		{"C#", "주문 접수 커맨드 클래스", naming.KindClass, "PlaceOrderCommand"},
		{"Java", "주문 단건 조회 쿼리 객체 (CQRS)", naming.KindClass, "GetOrderQuery"},
		{"C#", "주문 생성 커맨드 처리기 클래스", naming.KindClass, "CreateOrderCommandHandler"},
		{"Kotlin", "결제 실패 이벤트 데이터 클래스", naming.KindClass, "PaymentFailedEvent"},
		{"Java", "사용자 탈퇴 이벤트 클래스", naming.KindClass, "UserDeletedEvent"},
		// Near misses: the grammar's names stay first.
		{"Java", "카프카로 결제 완료 이벤트 발행하는 함수", naming.KindFunction, "publishPaidEvent"},
		{"Java", "결제 완료 이벤트 클래스", naming.KindClass, "PaymentCompletedEvent"},
		{"Java", "주문 조회 SQL 쿼리 문자열", naming.KindVariable, "queryString"},
		{"TypeScript", "할인 가격 계산 전략 인터페이스", naming.KindClass, "DiscountPolicy"},
		{"Java", "카프카에서 주문 완료 이벤트 받았을 때 처리하는 메서드", naming.KindFunction, "onOrderCompleted"},
	}
	checkTopThree(t, tests)
}
