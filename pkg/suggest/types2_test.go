package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestMoments: a value whose head is a moment or a day (시각, 일시, 날짜,
// -일, timestamp, date) is named for its event, then At or Date
// (questions written for this test, not from eval/questions.yaml).
func TestMoments(t *testing.T) {
	v := naming.KindVariable
	checkTopThree(t, []topThree{
		{"Python", "주문이 배송된 시각", v, "order_shipped_at"},
		{"Kotlin", "사용자가 마지막으로 로그인한 시간", v, "lastLoginAt"},
		{"Kotlin", "마지막으로 동기화한 시간", v, "lastSyncedAt"},
		{"Java", "다음 알람 시각", v, "nextAlarmAt"},
		{"Java", "다음 백업 예정 시각", v, "nextBackupAt"},
		{"Ruby", "회원 가입 일자 컬럼", v, "signup_date"},
		{"Ruby", "구독 시작한 날짜 컬럼", v, "subscription_started_on"},
		{"Python", "게시글 삭제된 시각", v, "deleted_at"},
		{"JavaScript", "예약 확정된 시각", v, "reservationConfirmedAt"},
		{"Python", "이메일 인증 완료 일시", v, "email_verified_at"},
		{"Go", "비밀번호 변경 일시", v, "passwordChangedAt"},
		{"Swift", "쿠폰 만료되는 날짜", v, "couponExpiryDate"},
		{"Java", "회원 탈퇴 일자", v, "withdrawalDate"},
		{"TypeScript", "the date the coupon expires", v, "couponExpiryDate"},
		{"TypeScript", "timestamp when the file was uploaded", v, "uploadedAt"},
		{"Go", "time the cache was last refreshed", v, "cacheLastRefreshedAt"},
		{"Java", "field for the date the employee was hired", v, "hireDate"},
		{"Rust", "the timestamp of the last heartbeat", v, "last_heartbeat_at"},
		{"Kotlin", "date the invoice is due", v, "invoiceDueDate"},
		// time passed since an event
		{"Kotlin", "가입하고 며칠 지났는지", v, "daysSinceSignup"},
		{"Python", "마지막 로그인 이후 며칠 지났는지 담는 변수", v, "days_since_last_login"},
		{"Go", "how many hours have passed since the last deploy", v, "hoursSinceLastDeploy"},
		// a length of time stays a duration
		{"Go", "토스트가 떠 있는 시간", v, "toastDuration"},
	})
}

// TestTypeNames: a type is named by the short noun for the thing: members
// it holds tell what it is, and a kind word (종류, types of) is dropped
// after a noun that is a kind already (questions written for this test).
func TestTypeNames(t *testing.T) {
	c := naming.KindClass
	checkTopThree(t, []topThree{
		{"Go", "위도 경도 담는 구조체", c, "LatLng"},
		{"Rust", "struct holding latitude and longitude", c, "LatLng"},
		{"C++", "struct for a rectangle (x, y, width, height)", c, "Rect"},
		{"Java", "아이디 비밀번호 담는 클래스", c, "Credentials"},
		{"Go", "Redis connection settings struct with host and port", c, "RedisConfig"},
		{"Kotlin", "class with min and max", c, "Range"},
		{"Swift", "가로 세로 크기 담는 구조체", c, "Size"},
		{"Go", "로그 레벨 종류 enum", c, "LogLevel"},
		{"C#", "enum for the kinds of payment methods", c, "PaymentMethod"},
		{"Swift", "enum for the types of notifications", c, "NotificationType"},
		{"Java", "알림 종류 enum", c, "NotificationType"},
		{"Kotlin", "회원 등급 enum", c, "MembershipTier"},
		// the layer or module an error belongs to is its domain
		{"Go", "error type for the cache layer", c, "CacheError"},
		{"Rust", "error enum for the storage layer", c, "StorageError"},
	})
}

// TestQualifiedTypes: a state before a type's noun qualifies it
// (ThreadSafeQueue, ImmutableUser), and a container word is a type's noun
// (ReadOnlyCollection, SortedMap; these answered nothing).
func TestQualifiedTypes(t *testing.T) {
	checkTopThree(t, []topThree{
		{"C++", "스레드 안전한 로그 큐 클래스", naming.KindClass, "ThreadSafeLogQueue"},
		{"Java", "불변 주문 클래스", naming.KindClass, "ImmutableOrder"},
		{"C#", "읽기 전용 컬렉션 클래스", naming.KindClass, "ReadOnlyCollection"},
		{"Rust", "정렬된 맵 구조체", naming.KindClass, "SortedMap"},
	})
}

// TestDetailScreens: a detail screen or page keeps its detail
// (ProductDetailScreenState; 사용자 상세 정보 클래스 is still User), and a
// page's view model is no page view.
func TestDetailScreens(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Kotlin", "상품 상세 화면 상태 sealed class", naming.KindClass, "ProductDetailScreenState"},
		{"Kotlin", "주문 상세 페이지 뷰모델", naming.KindClass, "OrderDetailViewModel"}, // the role says it is a page's (was OrderDetailPageViewModel until the eighteenth session)
		{"Java", "사용자 상세 정보 클래스", naming.KindClass, "User"},
	})
	checkNotOffered(t, []notOffered{{"Kotlin", "주문 상세 페이지 뷰모델", naming.KindFunction, "trackPageView"}})
}

// TestPhrasalAgents: a class that does a phrasal verb is its handler
// (LogoutHandler, HTTPRequestHandler), not Logouter or ComeIner.
func TestPhrasalAgents(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Java", "로그아웃 처리하는 클래스", naming.KindClass, "LogoutHandler"},
		{"Java", "로그인하는 클래스", naming.KindClass, "LoginHandler"},
	})
	checkNotOffered(t, []notOffered{{"Go", "HTTP 요청 들어오면 로깅하는 미들웨어", naming.KindClass, "ComeIner"}})
}

// TestShowsUIKo: X 보여주는 화면/뷰/프래그먼트/컴포넌트 is the X screen
// (OrderHistoryScreen; was shownOrderHistoryScreen, and a component was
// the class Shower).
func TestShowsUIKo(t *testing.T) {
	checkTopThree(t, []topThree{
		{"Swift", "결제 내역 보여주는 화면", naming.KindClass, "PaymentHistoryScreen"},
		{"Kotlin", "에러 메시지 보여주는 다이얼로그", naming.KindClass, "ErrorMessageDialog"},
		{"TypeScript", "상품 목록 보여주는 컴포넌트", naming.KindClass, "ProductList"},
	})
	checkNotOffered(t, []notOffered{{"TypeScript", "상품 목록 보여주는 컴포넌트", naming.KindClass, "Shower"}})
}
