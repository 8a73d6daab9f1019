package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestVocab: words read in the wrong sense or missing (a compound, a trade
// term, the request leaking into the topic), and the rules for patterns
// that repeat (X당/마다 Y is YPerX); want among the first three names.
func TestVocab(t *testing.T) {
	checkTopThree(t, []topThree{
		// The request is no word of the name (reAskKo); 컬럼 at the end is a field.
		{"Ruby", "상품 재고 수량 컬럼 추천해줘", naming.KindVariable, "stock_quantity"},
		{"Ruby", "비밀번호 재설정 토큰 만료 시간 컬럼", naming.KindVariable, "password_reset_token_expires_at"},
		{"Java", "유사한 이미지 찾는 함수", naming.KindFunction, "findSimilarImage"},
		// X 하나당/한 명당/마다 Y: Y per X (reOnePer, perRate).
		{"Python", "배치 하나마다 샘플 수", naming.KindVariable, "samples_per_batch"},
		{"Rust", "스레드마다 할당된 버퍼 크기 상수", naming.KindConstant, "BUFFER_SIZE_PER_THREAD"},
		{"Go", "사용자마다 최대 세션 수 상수", naming.KindConstant, "maxSessionsPerUser"},
		{"Java", "유저 한 명당 쿠폰 발급 횟수 제한", naming.KindConstant, "COUPON_ISSUE_LIMIT_PER_USER"},
		{"Python", "에폭 하나당 스텝 몇 개 도는지", naming.KindVariable, "steps_per_epoch"},
		// Glossary: trade words and compounds read in their developer sense.
		{"Kotlin", "이체 한도 상수", naming.KindConstant, "TRANSFER_LIMIT"},
		{"Go", "출금 한도 상수", naming.KindConstant, "withdrawalLimit"},
		{"Java", "배달기사 현재 위치 가져오는 메서드", naming.KindFunction, "getRiderLocation"},
		{"C++", "프레임 드랍 횟수 변수", naming.KindVariable, "frame_drop_count"},
		{"C#", "종목 현재가 프로퍼티", naming.KindVariable, "CurrentPrice"},
		{"Go", "가맹점 목록 조회", naming.KindFunction, "getMerchants"},
		{"Java", "대출 상환 스케줄 생성", naming.KindFunction, "createRepaymentSchedule"},
		{"Python", "구독 갱신일 계산하는 함수", naming.KindFunction, "calculate_renewal_date"},
		{"Java", "퇴사자 목록 조회", naming.KindFunction, "getFormerEmployees"},
		{"C#", "직원 근속 연수 프로퍼티", naming.KindVariable, "YearsOfService"},
		{"TypeScript", "알림 구독 해제 함수", naming.KindFunction, "unsubscribe"},
		{"TypeScript", "남은 시간 포맷팅 함수", naming.KindFunction, "formatRemainingTime"},
		{"Python", "최단 거리 계산 함수", naming.KindFunction, "calculate_shortest_distance"},
		{"TypeScript", "배포 실패 로그 슬랙으로 보내는 함수", naming.KindFunction, "sendToSlack"},
		{"Python", "학습된 가중치 불러오는 함수", naming.KindFunction, "load_weights"},
		{"Python", "심박수 정상 범위 상수", naming.KindConstant, "HEART_RATE_NORMAL_RANGE"},
		{"Kotlin", "프로필 사진 변경 함수", naming.KindFunction, "updateProfileImage"},
		{"Java", "택시 기사님 평점 평균", naming.KindVariable, "averageRating"},
		{"Java", "디스크 용량 다 찼는지", naming.KindFunction, "isCapacityFull"},
		{"Go", "로그 버퍼 플러시", naming.KindFunction, "flushLogBuffer"},
		// A state before 상태 asks whether (stateThenStatus).
		{"JavaScript", "드롭다운 메뉴 열림 상태 변수", naming.KindVariable, "isDropdownOpen"},
		{"JavaScript", "사이드바 접힘 상태를 저장하는 변수", naming.KindVariable, "isSidebarCollapsed"},
		{"TypeScript", "사용자 활성 상태 변수", naming.KindVariable, "isUserActive"},
		{"Kotlin", "로딩 상태 변수", naming.KindVariable, "loadingState"},
		// What failed is a noun before its failure reason or error (failureReason).
		{"Swift", "로그인 실패 이유 enum", naming.KindClass, "LoginFailureReason"},
		{"C#", "인증 실패 사유 열거형", naming.KindClass, "AuthenticationFailureReason"},
		{"Go", "유효성 검사 실패 에러 타입", naming.KindClass, "ValidationError"},
		{"Rust", "파서 에러 타입 enum", naming.KindClass, "ParseError"},
		{"Swift", "네트워크 요청 실패 이유 타입", naming.KindClass, "NetworkError"},
		{"Rust", "에러 타입 enum", naming.KindClass, "AppError"},
		// Phrasebook (idioms/vocab.tsv).
		{"Ruby", "params 키들 심볼로 변환", naming.KindFunction, "symbolize_keys"},
		{"Ruby", "해시 키를 문자열로 바꾸는 메서드", naming.KindFunction, "stringify_keys"},
		{"JavaScript", "회원가입 폼 리셋", naming.KindFunction, "resetForm"},
		{"C", "커넥션 닫고 free 하는 함수", naming.KindFunction, "connection_destroy"},
		{"Python", "로그에서 에러만 걸러내는 함수", naming.KindFunction, "filter_errors"},
		{"C", "실행 대기 큐 변수", naming.KindVariable, "run_queue"},
		{"C#", "hp 0 이하인지", naming.KindVariable, "isDead"},
		{"C#", "경험치 꽉 차면 레벨업", naming.KindFunction, "LevelUp"},
		{"C", "인터럽트 들어왔는지 플래그", naming.KindVariable, "interrupt_flag"},
		{"TypeScript", "연타 방지 간격 상수", naming.KindConstant, "CLICK_THROTTLE_MS"},
		{"Kotlin", "아이디 찾기 함수", naming.KindFunction, "findId"},
		{"JavaScript", "비번 보기 토글 상태", naming.KindVariable, "isPasswordVisible"},
		{"JavaScript", "비밀번호 보기 토글 함수", naming.KindFunction, "togglePasswordVisibility"},
		{"Kotlin", "현재 위치에 마커 찍기", naming.KindFunction, "addMarker"},
		{"Python", "재고 부족 알림 발송", naming.KindFunction, "send_low_stock_alert"},
		{"Java", "부가세 포함 금액 필드", naming.KindVariable, "priceWithTax"},
		{"PHP", "부가세 포함 가격 계산 함수", naming.KindFunction, "calculatePriceWithVat"},
		// Units: an expiry in a unit is a length (expiryInUnits), a count of
		// months is months (unitCount), a unit after a noun is its suffix and
		// a period in hertz a rate (unitAfterNoun), a recording's length its
		// duration (mediaDuration).
		{"Go", "액세스 토큰 유효기간 분 단위 상수", naming.KindConstant, "accessTokenTTLMinutes"},
		{"Python", "쿠폰 유효기간 일 단위 상수", naming.KindConstant, "COUPON_EXPIRY_DAYS"},
		{"PHP", "초대 링크 유효기간 시간 단위 상수", naming.KindConstant, "INVITATION_LINK_TTL_HOURS"},
		{"C#", "회원권 개월 수 프로퍼티", naming.KindVariable, "MembershipMonths"},
		{"Python", "대출 기간 년수", naming.KindVariable, "loan_years"},
		{"C", "모터 속도 rpm 변수", naming.KindVariable, "motor_speed_rpm"},
		{"C", "보조배터리 용량 mAh", naming.KindConstant, "SECONDARY_BATTERY_CAPACITY_MAH"},
		{"Kotlin", "최대 거리 미터", naming.KindConstant, "MAX_DISTANCE_METERS"},
		{"C", "가속도 센서 측정 주기 50Hz 매크로", naming.KindConstant, "ACCELEROMETER_SAMPLE_RATE_HZ"},
		{"C", "PWM 주기 20kHz 상수", naming.KindConstant, "PWM_FREQUENCY_KHZ"},
		{"TypeScript", "영상 길이 포맷하는 함수", naming.KindFunction, "formatVideoDuration"},
		{"Java", "동영상 재생 시간 가져오기", naming.KindFunction, "getVideoDuration"},
		{"Python", "파일 길이 구하기", naming.KindFunction, "calculate_file_length"},
		// Not yet done: 안 된 is 되지 않은; what a queue has not processed is pending.
		{"Java", "아직 승인 안 된 게시글 목록", naming.KindVariable, "unapprovedPosts"},
		{"Rust", "작업 큐에 처리 안 된 잡 개수", naming.KindVariable, "pending_count"},
		{"Python", "미처리 알림 개수", naming.KindVariable, "pending_notification_count"},
		{"Go", "대기열에 쌓인 요청 수", naming.KindVariable, "queueSize"},
		{"Java", "수강신청한 강좌 목록 가져오기", naming.KindFunction, "getEnrolledCourses"},
		{"Swift", "수강 신청한 수업들", naming.KindVariable, "enrolledCourses"},
		// Trade words, a request (신청) and a hook.
		{"Go", "프로메테우스 에러 카운터", naming.KindVariable, "prometheusErrorCounter"},
		{"C++", "칼만 필터 초기화 함수", naming.KindFunction, "reset_kalman_filter"},
		{"Kotlin", "바이탈 사인 목록", naming.KindVariable, "vitalSigns"},
		{"Python", "본인부담금 계산하는 함수", naming.KindFunction, "calculate_copay"},
		{"Java", "학생 성적 등급 구하기", naming.KindFunction, "calculateStudentLetterGrade"},
		{"C#", "직원 직급 프로퍼티", naming.KindVariable, "JobTitle"},
		{"Go", "월급에서 보험료 공제하는 함수", naming.KindFunction, "deductInsuranceFromSalary"},
		{"Java", "환불 신청하는 메서드", naming.KindFunction, "requestRefund"},
		{"Kotlin", "반품 신청 가능한지 여부", naming.KindVariable, "canRequestReturn"},
		{"Python", "쿠폰 적용하는 함수", naming.KindFunction, "apply_coupon"},
		{"TypeScript", "주문 목록 가져오는 커스텀 훅", naming.KindFunction, "useOrders"},
		{"Python", "이미지 전처리 클래스", naming.KindClass, "ImagePreprocessor"},
		{"Go", "임시 파일 정리 클래스", naming.KindClass, "TempFileCleaner"},
		// (fixed_time_step since the thirty-sixth session: the read sets'
		// reviewers write kFixedTimeStep five times to kFixedTimestep twice)
		{"C++", "물리 엔진 고정 업데이트 간격", naming.KindVariable, "fixed_time_step"},
		{"PHP", "교환 신청 가능 기간 일수 상수", naming.KindConstant, "EXCHANGE_REQUEST_WINDOW_DAYS"},
		{"Python", "경로 탐색 최단거리 함수", naming.KindFunction, "find_shortest_path"},
		// 확인 after 여부 is the check; a control is disabled.
		{"Go", "사용자 팔로우 여부 확인", naming.KindFunction, "isUserFollowed"},
		{"TypeScript", "장바구니 담기 버튼 비활성화 여부", naming.KindVariable, "isButtonDisabled"},
		{"Kotlin", "입력창 비활성화하는 함수", naming.KindFunction, "disableInput"},
		{"Java", "계정 비활성화하는 메서드", naming.KindFunction, "deactivateAccount"},
		// A noun in progress is its 하다 verb; 지금 before it says nothing.
		{"Kotlin", "라이더가 지금 배달 중인지 여부", naming.KindVariable, "isRiderDelivering"},
		{"Swift", "현재 재생 중인지", naming.KindVariable, "isPlaying"},
		{"C#", "게임 루프에서 프레임 드롭 횟수 기록하는 변수", naming.KindVariable, "droppedFrameCount"},
		// ML, games, health and school words; 기록 before 함수 is logging.
		{"Python", "토크나이저 어휘 사전 크기 상수", naming.KindConstant, "VOCAB_SIZE"},
		{"Python", "배치 정규화 적용하는 함수", naming.KindFunction, "apply_batch_normalization"},
		{"C++", "스프라이트 아틀라스 불러오기", naming.KindFunction, "load_texture_atlas"},
		{"Go", "약물 상호작용 검사하는 함수", naming.KindFunction, "checkDrugInteraction"},
		{"Java", "시험 응시 가능 여부", naming.KindVariable, "canTakeExam"},
		{"Swift", "수면 시간 기록 함수", naming.KindFunction, "logSleepTime"},
		{"Python", "검색 기록 삭제 함수", naming.KindFunction, "delete_search_history"},
		// 자동 before an action is auto- (autoVerb); prices after a discount.
		{"Java", "구매 자동 확정하는 메서드", naming.KindFunction, "autoConfirmPurchase"},
		{"Ruby", "주문 자동 취소하는 잡 클래스", naming.KindClass, "AutoCancelOrderJob"},
		{"Kotlin", "앱 자동 업데이트 여부", naming.KindVariable, "isAppAutoUpdated"},
		{"PHP", "할인율 적용한 최종 가격 반환하는 함수", naming.KindFunction, "calculateFinalPrice"},
		{"Java", "포인트 차감 후 최종 금액 변수", naming.KindVariable, "finalAmount"},
		{"Kotlin", "크래시 리포트 전송 함수", naming.KindFunction, "sendCrashReport"},
		{"Java", "푸시 토큰 갱신 메서드", naming.KindFunction, "refreshPushToken"},
		{"Go", "분산 트레이싱 스팬 생성", naming.KindFunction, "createDistributedTracingSpan"},
		{"Python", "감정 분석 점수 임계값", naming.KindVariable, "sentiment_score_threshold"},
		{"TypeScript", "실험군 목록", naming.KindVariable, "experimentGroups"},
		// 재생 is the verb; a playlist is one; new trade words.
		{"C++", "파티클 이펙트 재생", naming.KindFunction, "play_particle_effect"},
		{"Kotlin", "재생 목록 셔플", naming.KindFunction, "shufflePlaylist"},
		{"Rust", "웨이포인트 따라 이동하는 함수", naming.KindFunction, "follow_waypoints"},
		{"JavaScript", "히트맵 색상 계산", naming.KindFunction, "calculateHeatmapColor"},
		{"C", "스택 오버플로 검사", naming.KindFunction, "check_stack_overflow"},
	})
	checkNotOffered(t, []notOffered{
		{"Kotlin", "재생 목록 셔플", naming.KindFunction, "shufflePlaylists"},
		{"Java", "푸시 토큰 갱신 메서드", naming.KindFunction, "refreshAccessToken"},
		{"Go", "주문 자동 확정 처리", naming.KindFunction, "confirmAutomaticOrder"},
		{"C++", "텍스처 아틀라스 로드", naming.KindVariable, "texture_atla_list"},
		{"Python", "캔버스 목록", naming.KindVariable, "canvase_list"},
		{"Kotlin", "라이더가 지금 배달 중인지 여부", naming.KindVariable, "isRiderCurrent"},
		{"C++", "칼만 필터 업데이트 함수", naming.KindFunction, "filter_kalman_filters"},
		{"Python", "지오펜스 안에 들어왔는지", naming.KindFunction, "is_comed_in"},
		{"C", "배터리 전압 볼트", naming.KindVariable, "battery_voltage_volt_list"},
		{"C", "LED 깜빡이는 주기 2Hz 상수", naming.KindConstant, "BLINK_INTERVAL_MS"},
		{"Python", "인증 코드 유효 시간 3분 상수", naming.KindConstant, "OTP_TTL_SECONDS"},
		{"Go", "버퍼 가득 차면 플러시하는 함수", naming.KindFunction, "repost"},
		{"Rust", "파싱 에러 타입 enum", naming.KindClass, "AppError"},
		{"C", "연결 닫고 메모리 해제하는 함수", naming.KindFunction, "free_memory"},
		{"Ruby", "상품 판매 수량 컬럼 추천 부탁드려요", naming.KindVariable, "related_products"},
		{"Ruby", "상품 재고 수량 컬럼 추천해줘", naming.KindVariable, "product_stock_quantity_column"},
		{"Ruby", "비밀번호 재설정 토큰 만료 시간 컬럼", naming.KindVariable, "password_reset_token_expires_at_column"},
		{"Python", "에폭 수 상수", naming.KindConstant, "NUM_EPOCHES"},
		{"Python", "카테고리마다 상품 수", naming.KindVariable, "products_per_category"},
	})
}
