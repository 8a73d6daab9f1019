package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestDomainIdioms3: questions written for idioms/domains3.tsv (fintech,
// healthcare, payroll, restaurants, booking, streaming, editing, fitness,
// smart home, maps, education, ad tech, mail, translation, wiki, forums);
// none of them is in the evaluation set. The last group is questions near
// those lines that must keep the grammar's names.
func TestDomainIdioms3(t *testing.T) {
	tests := []topThree{
		// Crypto and fintech.
		{"Python", "블록 컨펌 필요 개수 상수", naming.KindConstant, "REQUIRED_CONFIRMATIONS"},
		{"Go", "required number of block confirmations constant", naming.KindConstant, "requiredConfirmations"},
		{"Rust", "사토시를 비트코인으로 변환하는 함수", naming.KindFunction, "sats_to_btc"},
		{"JavaScript", "사토시 금액을 표시용 문자열로 바꾸는 함수", naming.KindFunction, "formatSats"},
		{"C#", "1비트코인이 몇 사토시인지 상수", naming.KindConstant, "SatsPerBtc"},
		{"TypeScript", "호가창 매도 호가 목록", naming.KindVariable, "asks"},
		{"Java", "최우선 매수 호가", naming.KindVariable, "bestBid"},
		{"Python", "지갑 주소가 유효한지 확인", naming.KindFunction, "is_valid_address"},
		{"Go", "출금 가능한 금액", naming.KindVariable, "withdrawableAmount"},
		{"JavaScript", "이더리움 트랜잭션 가스비 추정하는 함수", naming.KindFunction, "estimateGas"},
		{"Swift", "24시간 등락률", naming.KindVariable, "priceChange24h"},
		// Healthcare.
		{"Kotlin", "환자 진료 예약 체크인 처리 함수", naming.KindFunction, "checkInPatient"},
		{"Swift", "다음 접종 예정일", naming.KindVariable, "nextDoseDate"},
		{"Java", "남은 리필 횟수", naming.KindVariable, "refillsRemaining"},
		{"Kotlin", "노쇼 처리하는 함수", naming.KindFunction, "markNoShow"},
		{"Python", "대기 중인 환자 목록", naming.KindVariable, "waiting_patients"},
		// HR and payroll.
		{"Python", "급여명세서 생성하는 함수", naming.KindFunction, "generate_payslip"},
		{"Go", "초과근무 수당 계산하는 함수", naming.KindFunction, "calculateOvertimePay"},
		{"JavaScript", "근태 기록 엑셀 가져오기 함수", naming.KindFunction, "importAttendance"},
		{"Kotlin", "연차 잔여 일수", naming.KindVariable, "leaveBalance"},
		{"Go", "급여일", naming.KindVariable, "payday"},
		// Restaurants and delivery.
		{"Kotlin", "배달 라이더 배정하는 함수", naming.KindFunction, "assignRider"},
		{"TypeScript", "주방으로 주문 티켓 보내는 함수", naming.KindFunction, "sendToKitchen"},
		{"Java", "식당 빈 테이블 목록", naming.KindVariable, "availableTables"},
		{"Python", "음식 조리 시간", naming.KindVariable, "prep_time"},
		{"TypeScript", "배달 가능 지역인지", naming.KindVariable, "isInDeliveryZone"},
		// Booking.
		{"Kotlin", "오버부킹 허용 비율 상수", naming.KindConstant, "OVERBOOKING_RATIO"},
		{"Python", "가예약 만료 시각", naming.KindVariable, "hold_expires_at"},
		{"Python", "예약 취소되면 대기자를 예약으로 승격하는 함수", naming.KindFunction, "promote_from_waitlist"},
		// Music and video streaming.
		{"Swift", "현재 재생 중인 곡", naming.KindVariable, "currentTrack"},
		{"JavaScript", "다음 곡 재생 대기열", naming.KindVariable, "upNext"},
		{"Kotlin", "다음에 재생으로 추가하는 함수", naming.KindFunction, "playNext"},
		{"Python", "스크로블 보내는 함수", naming.KindFunction, "scrobble"},
		{"Go", "시간당 최대 스킵 횟수 상수", naming.KindConstant, "maxSkipsPerHour"},
		{"Swift", "현재 가사 줄 인덱스", naming.KindVariable, "currentLyricIndex"},
		{"Kotlin", "이어보기 목록", naming.KindVariable, "continueWatching"},
		{"TypeScript", "시청 완료 기준 비율 상수", naming.KindConstant, "WATCHED_THRESHOLD"},
		// Photo and video editing.
		{"Python", "클립 앞뒤 자르는 함수", naming.KindFunction, "trim_clip"},
		{"JavaScript", "재생헤드 위치에서 클립 분할", naming.KindFunction, "splitAtPlayhead"},
		{"Kotlin", "레이어 전체 병합", naming.KindFunction, "flattenLayers"},
		{"JavaScript", "레이어를 맨 앞으로 가져오는 함수", naming.KindFunction, "bringToFront"},
		{"Python", "사진 보정 원본으로 되돌리는 함수", naming.KindFunction, "revert_to_original"},
		// Fitness.
		{"Python", "1RM 추정하는 함수", naming.KindFunction, "estimate_one_rep_max"},
		{"Swift", "잠든 시각", naming.KindVariable, "sleepStart"},
		{"Go", "세트 간 휴식 시간", naming.KindVariable, "restBetweenSets"},
		{"Swift", "개인 최고 기록 갱신했는지", naming.KindVariable, "isPersonalBest"},
		// Smart home and maps.
		{"Kotlin", "스마트홈 장면 실행하는 함수", naming.KindFunction, "activateScene"},
		{"Swift", "온도조절기 설정 온도", naming.KindVariable, "setpoint"},
		{"Go", "펌웨어 업데이트가 있는지", naming.KindFunction, "isFirmwareUpdateAvailable"},
		{"Kotlin", "기기 마지막 통신 시각", naming.KindVariable, "lastSeenAt"},
		{"Kotlin", "경로 이탈 여부", naming.KindVariable, "isOffRoute"},
		{"Swift", "경로 재탐색 함수", naming.KindFunction, "reroute"},
		{"Kotlin", "즐겨찾기한 장소 목록", naming.KindVariable, "favoritePlaces"},
		// Education and ad tech.
		{"Kotlin", "강의 수강 완료 처리하는 함수", naming.KindFunction, "markLessonComplete"},
		{"Java", "퀴즈 재응시 가능 횟수", naming.KindVariable, "maxAttempts"},
		{"Python", "평균 학점 계산", naming.KindFunction, "calculate_gpa"},
		{"Kotlin", "광고 노출 수", naming.KindVariable, "impressions"},
		{"Java", "광고 노출 기록하는 함수", naming.KindFunction, "trackImpression"},
		{"TypeScript", "광고 노출 빈도 제한", naming.KindVariable, "frequencyCap"},
		{"Python", "일일 예산 소진됐는지", naming.KindVariable, "is_budget_exhausted"},
		{"Swift", "두번째로 높은 입찰가", naming.KindVariable, "secondHighestBid"},
		// Mail, calendar, translation, wiki, forums.
		{"Kotlin", "모든 참석자가 가능한 회의 시간 찾기", naming.KindFunction, "findMeetingTime"},
		{"Java", "메일 보내기 취소", naming.KindFunction, "undoSend"},
		{"Python", "답장에서 인용문 제거하는 함수", naming.KindFunction, "strip_quoted_reply"},
		{"JavaScript", "번역기에서 원문 언어와 번역 언어를 바꾸는 함수", naming.KindFunction, "swapLanguages"},
		{"Python", "swap source and target languages", naming.KindFunction, "swap_languages"},
		{"Kotlin", "문서를 이전 리비전으로 되돌리는 함수", naming.KindFunction, "revertToRevision"},
		{"Python", "두 리비전 비교하는 함수", naming.KindFunction, "diff_revisions"},
		{"Go", "글 예약 발행 함수", naming.KindFunction, "schedulePublish"},
		{"Go", "게시글 추천 비추천 점수", naming.KindVariable, "netVotes"},
		{"Python", "시간 감쇠 적용한 인기 점수", naming.KindVariable, "hot_score"},
		// Near the lines, grammar's names stay first.
		{"Java", "빈 테이블 목록", naming.KindVariable, "emptyTables"},
		{"Go", "글로벌 설정을 이전 버전으로 되돌리는 함수", naming.KindFunction, "rollbackConfig"},
		{"C#", "유니티 씬 로드해서 실행하는 함수", naming.KindFunction, "RunScene"},
		{"Python", "근태 기록 가져오는 함수", naming.KindFunction, "get_attendance_history"},
		{"Kotlin", "이어보기 위치", naming.KindVariable, "resumePosition"},
		{"Go", "재생목록에 곡 추가하는 함수", naming.KindFunction, "addToPlaylist"},
	}
	checkTopThree(t, tests)
}
