package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestSystemsIdioms: questions for idioms/systems2.tsv (embedded C, compilers,
// editors, CLI tools, devops, logging, ML training, netcode); want must be
// among the first three names of the kind. The last rows sit near a line and
// must not trigger it.
func TestSystemsIdioms(t *testing.T) {
	tests := []topThree{
		// C and embedded
		{"C", "센서 값을 주기적으로 읽는 스레드 함수", naming.KindFunction, "sensor_thread"},
		{"C", "pthread 스레드 진입 함수", naming.KindFunction, "thread_main"},
		{"C", "빅엔디안 32비트 읽는 함수", naming.KindFunction, "read_be32"},
		{"C", "32비트 빅엔디안 값 읽기", naming.KindFunction, "read_be32"},
		{"C", "리틀엔디안 16비트 쓰는 함수", naming.KindFunction, "write_le16"},
		{"C", "function that reads a big endian 32 bit value", naming.KindFunction, "read_be32"},
		{"C", "인터럽트에서 세우는 플래그", naming.KindVariable, "isr_flag"},
		// compilers and interpreters
		{"Rust", "심볼 테이블", naming.KindVariable, "symbols"},
		{"Rust", "심볼 테이블 구조체", naming.KindClass, "SymbolTable"},
		{"Python", "스코프 스택", naming.KindVariable, "scopes"},
		{"Rust", "토큰 종류 열거형", naming.KindClass, "TokenKind"},
		{"Rust", "다음 토큰 미리 보는 함수", naming.KindFunction, "peek"},
		{"Rust", "토큰 하나 소비하고 다음으로 넘어가는 함수", naming.KindFunction, "advance"},
		{"Rust", "기대한 토큰 아니면 에러 내는 함수", naming.KindFunction, "expect"},
		{"C", "바이트코드 내보내는 함수", naming.KindFunction, "emit"},
		{"Python", "연산자 우선순위로 식 파싱하는 함수", naming.KindFunction, "parse_precedence"},
		{"Rust", "새 스코프 시작하는 함수", naming.KindFunction, "begin_scope"},
		{"Rust", "스코프 끝내는 함수", naming.KindFunction, "end_scope"},
		{"Python", "바깥 스코프까지 올라가며 변수 찾는 함수", naming.KindFunction, "resolve"},
		// text editors
		{"TypeScript", "실행 취소 가능한지", naming.KindVariable, "canUndo"},
		{"TypeScript", "redo 가능한지", naming.KindVariable, "canRedo"},
		{"C", "갭 버퍼 구조체", naming.KindClass, "gap_buffer"},
		{"TypeScript", "에디터 줄 번호 여백", naming.KindVariable, "gutter"},
		{"TypeScript", "화면에 보이는 첫 줄", naming.KindVariable, "firstVisibleLine"},
		{"TypeScript", "선택 영역 고정점", naming.KindVariable, "anchor"},
		{"TypeScript", "커서 앞 글자 지우는 함수", naming.KindFunction, "deleteBackward"},
		// CLI tools
		{"Go", "init 서브커맨드 실행하는 함수", naming.KindFunction, "runInit"},
		{"Go", "serve 하위 명령 실행 함수", naming.KindFunction, "runServe"},
		{"Go", "사용법 출력 함수", naming.KindFunction, "printUsage"},
		{"Go", "잘못된 사용법 종료 코드 상수", naming.KindConstant, "exitUsage"},
		{"Go", "CLI 플래그 담는 구조체", naming.KindClass, "Options"},
		// Kubernetes, CI
		{"Go", "준비 안 된 파드 목록", naming.KindVariable, "notReadyPods"},
		{"Go", "롤아웃 끝날 때까지 기다리는 함수", naming.KindFunction, "waitForRollout"},
		{"Go", "원하는 상태와 실제 상태 맞추는 함수", naming.KindFunction, "reconcile"},
		{"Go", "liveness 프로브 핸들러", naming.KindFunction, "livenessHandler"},
		{"Go", "readiness 프로브 핸들러", naming.KindFunction, "readyz"},
		{"TypeScript", "빌드 끝날 때까지 폴링하는 함수", naming.KindFunction, "waitForBuild"},
		{"TypeScript", "파이프라인 단계 상태 열거형", naming.KindClass, "StepStatus"},
		{"Kotlin", "스테이지 상태 타입", naming.KindClass, "StageStatus"},
		{"Go", "빌드 산출물 업로드하는 함수", naming.KindFunction, "uploadArtifacts"},
		// logging and metrics
		{"Go", "로그 모아서 보내는 고루틴 함수", naming.KindFunction, "runLogShipper"},
		{"Go", "주기적으로 버퍼 비우는 루프", naming.KindFunction, "flushLoop"},
		{"Go", "최소 로그 레벨", naming.KindVariable, "minLevel"},
		{"Go", "로그 레벨이 최소 레벨 이상인지", naming.KindFunction, "shouldLog"},
		{"Go", "에러율 임계값 넘으면 알림 보낼지", naming.KindFunction, "shouldAlert"},
		{"Go", "요청 처리 시간 히스토그램", naming.KindVariable, "requestDuration"},
		// ML training
		{"Python", "검증 손실 기록 리스트", naming.KindVariable, "val_losses"},
		{"Python", "에폭별 학습 손실 목록", naming.KindVariable, "train_losses"},
		{"Python", "검증 손실 개선 안 된 에폭 수", naming.KindVariable, "epochs_without_improvement"},
		{"Python", "최고 성능 체크포인트 경로", naming.KindVariable, "best_model_path"},
		{"Python", "에폭마다 학습률 줄이는 함수", naming.KindFunction, "adjust_learning_rate"},
		{"Python", "배치 단위로 데이터 돌려주는 제너레이터", naming.KindFunction, "iter_batches"},
		// netcode and engines
		{"TypeScript", "클라이언트 예측을 서버 상태로 보정하는 함수", naming.KindFunction, "reconcile"},
		{"TypeScript", "아직 서버가 확인 안 한 입력 목록", naming.KindVariable, "pendingInputs"},
		{"TypeScript", "서버가 확인한 마지막 입력 번호", naming.KindVariable, "lastProcessedInput"},
		{"TypeScript", "보간 지연 시간", naming.KindVariable, "interpolationDelay"},
		{"C++", "두 상태 사이 보간 비율", naming.KindVariable, "alpha"},
		{"C++", "고정 틱 간격 상수", naming.KindConstant, "FIXED_DT"},
		{"C++", "고정 업데이트 남은 시간 누적 변수", naming.KindVariable, "accumulator"},
		{"C#", "방 최대 인원 상수", naming.KindConstant, "MaxPlayersPerRoom"},
		{"C#", "씬에 엔티티 생성하는 함수", naming.KindFunction, "SpawnEntity"},
		{"C#", "씬에서 엔티티 제거하는 함수", naming.KindFunction, "DespawnEntity"},
		{"C++", "이번 프레임 드로우콜 수", naming.KindVariable, "draw_call_count"},
		{"TypeScript", "현재 서버 틱 번호", naming.KindVariable, "currentTick"},
		{"C", "버튼 눌림이 안정될 때까지 세는 카운터", naming.KindVariable, "debounce_count"},
		{"Go", "종료 코드로 프로그램 끝내는 함수", naming.KindFunction, "exit"},
		{"Python", "조기 종료해야 하는지", naming.KindVariable, "should_stop_early"},
		// near misses: the grammar's names stay first
		{"Kotlin", "주문 취소 가능한지", naming.KindVariable, "isCancellable"},
		{"Go", "준비된 파드 수", naming.KindVariable, "readyPodCount"},
		{"Python", "최고 검증 손실", naming.KindVariable, "best_val_loss"},
		{"Java", "액세스 토큰 타입", naming.KindClass, "AccessToken"},
		{"Python", "조기 종료 인내 횟수", naming.KindVariable, "patience"},
		{"TypeScript", "틱 레이트", naming.KindConstant, "TICK_RATE"},
		{"C", "링버퍼에 데이터 넣는 함수", naming.KindFunction, "ring_buffer_push"},
	}
	checkTopThree(t, tests)
}
