package suggest

import (
	"testing"

	"namebot/pkg/naming"
)

// TestIdiomsAsync3: questions written for idioms/async3.tsv (none of them
// is in the evaluation set); want must be among the first three names of
// the kind. The last ones sit near a line and must keep the grammar's name.
func TestIdiomsAsync3(t *testing.T) {
	tests := []topThree{
		// Fan-out and promise combinators.
		{"JavaScript", "여러 거래소에서 가격을 동시에 가져오는 함수", naming.KindFunction, "fetchAllPrices"},
		{"TypeScript", "fetch prices from several exchanges at once", naming.KindFunction, "fetchAllPrices"},
		{"JavaScript", "프로미스 여러개를 모두 기다리고 실패해도 결과 다 받는 함수", naming.KindFunction, "settleAll"},
		{"TypeScript", "일부가 실패해도 모든 요청 결과를 모으는 함수", naming.KindFunction, "settleAll"},
		{"JavaScript", "Promise.allSettled 결과에서 성공한 것만 걸러내는 함수", naming.KindFunction, "getFulfilledValues"},
		{"TypeScript", "allSettled 결과에서 실패한 이유만 뽑는 함수", naming.KindFunction, "getRejectedReasons"},
		{"JavaScript", "미러 서버 중 가장 먼저 성공한 응답을 쓰는 함수", naming.KindFunction, "firstSuccessful"},
		// Bounded concurrency.
		{"Python", "동시 다운로드 수를 제한하는 세마포어 변수", naming.KindVariable, "download_semaphore"},
		{"Python", "세마포어로 동시 실행 수 제한", naming.KindVariable, "semaphore"},
		{"JavaScript", "동시 요청 수 제한하는 함수", naming.KindFunction, "limitConcurrency"},
		// Goroutines, channels, tickers, loops.
		{"Go", "워커 고루틴 여러개 띄우는 함수", naming.KindFunction, "startWorkers"},
		{"Python", "비동기 큐에서 작업을 꺼내서 처리하는 워커 코루틴", naming.KindFunction, "worker"},
		{"Go", "주기적으로 실행하는 티커 변수", naming.KindVariable, "ticker"},
		{"Go", "백그라운드에서 주기적으로 폴링하는 루프 함수", naming.KindFunction, "pollLoop"},
		{"Python", "백그라운드 작업을 주기적으로 실행하는 루프", naming.KindFunction, "run_periodically"},
		{"Go", "워커 종료를 기다리는 WaitGroup", naming.KindVariable, "wg"},
		{"Go", "타임아웃 있는 컨텍스트 만드는", naming.KindVariable, "ctx"},
		{"Go", "중복 요청 합치는 singleflight 그룹 변수", naming.KindVariable, "group"},
		{"Rust", "tokio 종료 신호 받는 수신자 채널", naming.KindVariable, "shutdown_rx"},
		{"Rust", "작업 결과를 보내는 채널 송신자", naming.KindVariable, "tx"},
		{"Rust", "작업 채널 수신자", naming.KindVariable, "rx"},
		{"Rust", "tokio로 백그라운드 작업 띄우는 함수", naming.KindFunction, "spawn_background_task"},
		{"Go", "고루틴에서 패닉 나도 복구하는 헬퍼", naming.KindFunction, "safeGo"},
		{"Python", "이벤트 루프 변수", naming.KindVariable, "loop"},
		// Coroutines, actors.
		{"Kotlin", "검색 작업 Job 변수", naming.KindVariable, "searchJob"},
		{"Swift", "이미지 캐시 쓰기를 직렬화하는 액터", naming.KindClass, "ImageCache"},
		{"Swift", "작업이 취소됐는지", naming.KindVariable, "isCancelled"},
		// .NET, Java, Spring.
		{"C#", "큐에서 작업을 꺼내 처리하는 백그라운드 서비스 클래스", naming.KindClass, "QueueProcessor"},
		{"C#", "주기적으로 실행되는 백그라운드 서비스 클래스", naming.KindClass, "TimedHostedService"},
		{"C#", "백그라운드 서비스 클래스", naming.KindClass, "Worker"},
		{"Java", "스레드풀 변수", naming.KindVariable, "executor"},
		{"Java", "비동기 작업을 제출하는 ExecutorService", naming.KindVariable, "executor"},
		{"Java", "비동기 메서드 실행용 스레드 풀 설정 빈", naming.KindFunction, "taskExecutor"},
		{"Java", "매일 자정에 실행되는 스케줄 메서드", naming.KindFunction, "runAtMidnight"},
		{"Java", "5분마다 실행되는 스케줄러 메서드", naming.KindFunction, "runScheduledTask"},
		{"Java", "스레드 안전한 작업 큐", naming.KindVariable, "workQueue"},
		{"Java", "CompletableFuture 여러개를 모두 합치는 함수", naming.KindFunction, "allOf"},
		{"Python", "작업이 완료될 때까지 기다리는 Future 변수", naming.KindVariable, "future"},
		// Promises as values, retries, jobs.
		{"JavaScript", "설정이 로드되었는지 기다리는 프로미스 변수", naming.KindVariable, "configPromise"},
		{"JavaScript", "업로드 실패하면 재시도하는 async 함수", naming.KindFunction, "uploadWithRetry"},
		{"TypeScript", "다운로드 실패하면 재시도하는 함수", naming.KindFunction, "downloadWithRetry"},
		{"Python", "이메일 보내는 셀러리 태스크", naming.KindFunction, "send_email"},
		{"PHP", "메일 보내는 큐 작업 클래스", naming.KindClass, "SendEmailJob"},
		// Near the lines: the grammar's names stay first.
		{"Go", "결과를 모으는 채널", naming.KindVariable, "resultsCh"},
		{"Go", "작업을 보내는 채널", naming.KindVariable, "tasks"},
		{"Kotlin", "결제 취소됐는지", naming.KindVariable, "isPaymentCancelled"},
		{"Python", "동시에 다운로드할 최대 개수 상수", naming.KindConstant, "MAX_CONCURRENT_DOWNLOADS"},
		{"Go", "워커 개수 상수", naming.KindConstant, "numWorkers"},
		{"TypeScript", "최대 재시도 횟수 상수", naming.KindConstant, "MAX_RETRIES"},
		{"Java", "비동기로 이메일 보내는 메서드", naming.KindFunction, "sendEmailAsync"},
	}
	checkTopThree(t, tests)
}
