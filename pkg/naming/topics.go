package naming

// Compound topics: questions whose good names are not a combination of the
// words in them. "사칙연산" names no verb or object, yet the names wanted are
// add, subtract, multiply, divide. Each topic carries hand-written names with
// reasons in Korean and English.

type topicItem struct {
	words string // the name's words, space-separated
	ko    string // reason in Korean
	en    string // reason in English
}

type topic struct {
	id string
	ko string // Korean triggers, space-separated
	en string // English triggers; '_' joins a phrase
	// gloss is how the Text lists the recognised topic.
	koGloss, enGloss string
	// noun, if set, prefixes the question's other nouns when namebot also
	// combines them ("retry counter" -> retry_counter).
	noun                                     string
	functions, variables, constants, classes []topicItem
}

func ti(words, ko, en string) topicItem { return topicItem{words: words, ko: ko, en: en} }

var topicTable = []topic{
	{
		id: "arithmetic", koGloss: "사칙연산", enGloss: "arithmetic",
		ko: "사칙연산 사칙 계산기 산술 산술연산",
		en: "arithmetic four_basic_operations basic_operations four_operations calculator basic_arithmetic four_arithmetic_operations",
		functions: []topicItem{
			ti("add", "두 수를 더한 값을 돌려줍니다.", "Returns the sum of two numbers."),
			ti("subtract", "첫 번째 수에서 두 번째 수를 뺍니다.", "Subtracts the second number from the first."),
			ti("multiply", "두 수를 곱합니다.", "Multiplies two numbers."),
			ti("divide", "첫 번째 수를 두 번째 수로 나눕니다(0으로 나누는 경우를 처리해야 합니다).", "Divides the first number by the second; guard against zero."),
			ti("calculate", "연산자에 맞는 사칙연산을 골라 수행합니다.", "Applies the operation the operator selects."),
		},
		variables: []topicItem{
			ti("left operand", "연산자 왼쪽에 오는 피연산자입니다.", "The operand on the left of the operator."),
			ti("right operand", "연산자 오른쪽에 오는 피연산자입니다.", "The operand on the right of the operator."),
			ti("result", "연산 결과를 담습니다.", "Holds the result of the operation."),
			ti("operator", "수행할 연산(+, -, *, /)을 나타냅니다.", "Which operation to apply (+, -, *, /)."),
			ti("remainder", "나눗셈의 나머지를 담습니다.", "Holds the remainder of a division."),
			ti("operation", "수행할 연산의 종류를 나타냅니다.", "The kind of operation to perform."),
		},
		constants: []topicItem{
			ti("supported operators", "지원하는 연산자 기호 목록입니다.", "The operator symbols the calculator accepts."),
			ti("decimal places", "나눗셈 결과를 반올림할 소수 자릿수입니다.", "How many decimal places division results keep."),
			ti("division by zero message", "0으로 나눌 때 보여 줄 오류 메시지입니다.", "The error message shown on division by zero."),
		},
		classes: []topicItem{
			ti("calculator", "사칙연산 함수를 묶는 계산기 클래스입니다.", "Groups the four operations in one calculator."),
			ti("arithmetic operation", "피연산자와 연산자로 이루어진 연산 하나를 나타냅니다.", "One operation: operands and an operator."),
			ti("operation result", "연산 결과와 오류 여부를 함께 담습니다.", "Holds an operation's result and any error."),
		},
	},
	{
		id: "login", koGloss: "로그인", enGloss: "login", noun: "login",
		ko: "로그인", en: "login log_in sign_in signin",
		functions: []topicItem{
			ti("login", "자격 증명을 확인하고 사용자를 로그인시킵니다.", "Checks the credentials and signs the user in."),
			ti("logout", "현재 세션을 끝내고 로그아웃시킵니다.", "Ends the current session."),
			ti("authenticate user", "아이디와 비밀번호로 사용자를 인증합니다.", "Authenticates a user by id and password."),
			ti("verify password", "입력한 비밀번호가 저장된 해시와 맞는지 확인합니다.", "Checks a password against the stored hash."),
			ti("check login status", "사용자가 로그인한 상태인지 확인합니다.", "Checks whether the user is signed in."),
		},
		variables: []topicItem{
			ti("is logged in", "로그인 상태인지 나타내는 불리언입니다.", "Whether the user is signed in."),
			ti("login attempts", "연속으로 실패한 로그인 시도 횟수입니다.", "How many sign-in attempts failed in a row."),
			ti("access token", "로그인 후 받은 접근 토큰입니다.", "The access token received after signing in."),
			ti("username", "로그인에 쓰는 사용자 이름입니다.", "The name the user signs in with."),
			ti("remember me", "로그인 상태 유지를 선택했는지 나타냅니다.", "Whether the user asked to stay signed in."),
		},
		constants: []topicItem{
			ti("max login attempts", "계정을 잠그기 전 허용하는 로그인 실패 횟수입니다.", "Failed attempts allowed before the account locks."),
			ti("session timeout", "로그인 세션이 만료되는 시간입니다.", "How long a session lasts."),
		},
		classes: []topicItem{
			ti("login service", "로그인과 로그아웃을 처리하는 서비스입니다.", "Signs users in and out."),
			ti("login request", "로그인 요청의 아이디와 비밀번호를 담습니다.", "The credentials of a sign-in request."),
			ti("user session", "로그인한 사용자의 세션 정보를 담습니다.", "A signed-in user's session."),
		},
	},
	{
		id: "signup", koGloss: "회원가입", enGloss: "sign-up", noun: "signup",
		ko: "회원가입 가입 회원등록", en: "signup sign_up registration",
		functions: []topicItem{
			ti("sign up", "새 사용자를 가입시킵니다.", "Registers a new user."),
			ti("register user", "입력을 검증하고 사용자를 등록합니다.", "Validates the input and stores the new user."),
			ti("validate email", "이메일 형식이 올바른지 검사합니다.", "Checks that the e-mail address is well formed."),
			ti("is email taken", "이미 가입된 이메일인지 확인합니다.", "Reports whether the e-mail is already registered."),
			ti("send verification email", "가입 확인 메일을 보냅니다.", "Sends the address-confirmation e-mail."),
		},
		variables: []topicItem{
			ti("new user", "가입 중인 새 사용자 정보입니다.", "The user being registered."),
			ti("email", "가입에 쓰는 이메일 주소입니다.", "The e-mail address to register."),
			ti("password confirm", "확인용으로 다시 입력한 비밀번호입니다.", "The password typed a second time."),
			ti("terms accepted", "약관에 동의했는지 나타냅니다.", "Whether the terms were accepted."),
			ti("nickname", "가입 시 정하는 닉네임입니다.", "The nickname chosen at sign-up."),
		},
		constants: []topicItem{
			ti("min password length", "허용하는 비밀번호 최소 길이입니다.", "Shortest password accepted."),
			ti("max nickname length", "허용하는 닉네임 최대 길이입니다.", "Longest nickname accepted."),
		},
		classes: []topicItem{
			ti("signup form", "가입 양식의 입력값을 담습니다.", "The fields of the sign-up form."),
			ti("signup request", "가입 요청 데이터를 담습니다.", "The data of a sign-up request."),
			ti("user registration service", "가입 절차를 처리하는 서비스입니다.", "Runs the registration process."),
		},
	},
	{
		id: "pagination", koGloss: "페이지네이션", enGloss: "pagination", noun: "page",
		ko: "페이지네이션 페이징", en: "pagination paging paginate",
		functions: []topicItem{
			ti("paginate", "목록을 페이지 단위로 나눕니다.", "Splits a list into pages."),
			ti("get page", "지정한 페이지의 항목을 가져옵니다.", "Returns the items of one page."),
			ti("get total pages", "전체 페이지 수를 계산합니다.", "Computes how many pages there are."),
			ti("has next page", "다음 페이지가 있는지 알려 줍니다.", "Reports whether another page follows."),
		},
		variables: []topicItem{
			ti("current page", "현재 보고 있는 페이지 번호입니다.", "The page being shown."),
			ti("page size", "한 페이지에 담는 항목 수입니다.", "How many items a page holds."),
			ti("total pages", "전체 페이지 수입니다.", "How many pages there are."),
			ti("offset", "건너뛸 항목 수(페이지 시작 위치)입니다.", "How many items to skip to reach the page."),
			ti("has next", "다음 페이지가 있는지 나타냅니다.", "Whether another page follows."),
		},
		constants: []topicItem{
			ti("default page size", "따로 지정하지 않을 때의 페이지 크기입니다.", "Page size when none is given."),
			ti("max page size", "허용하는 최대 페이지 크기입니다.", "Largest page size accepted."),
		},
		classes: []topicItem{
			ti("page", "한 페이지의 항목과 위치 정보를 담습니다.", "One page of items with its position."),
			ti("paginator", "목록을 페이지로 나누는 역할을 합니다.", "Splits results into pages."),
			ti("page request", "요청한 페이지 번호와 크기를 담습니다.", "The page number and size asked for."),
		},
	},
	{
		id: "cache", koGloss: "캐시", enGloss: "cache", noun: "cache",
		ko: "캐시 캐싱", en: "cache caching cached",
		functions: []topicItem{
			ti("get cached value", "캐시에 저장된 값을 꺼냅니다.", "Returns a value from the cache."),
			ti("set cache value", "값을 캐시에 저장합니다.", "Stores a value in the cache."),
			ti("invalidate cache", "오래된 캐시 항목을 무효화합니다.", "Marks cached entries as stale."),
			ti("clear cache", "캐시를 모두 비웁니다.", "Empties the cache."),
			ti("is cache expired", "캐시 항목이 만료되었는지 확인합니다.", "Reports whether a cached entry expired."),
		},
		variables: []topicItem{
			ti("cache key", "캐시 항목을 찾는 키입니다.", "The key a cached entry is stored under."),
			ti("cached value", "캐시에서 꺼낸 값입니다.", "The value read from the cache."),
			ti("cache hit", "캐시에서 값을 찾았는지 나타냅니다.", "Whether the cache had the value."),
			ti("expires at", "캐시 항목이 만료되는 시각입니다.", "When the cached entry expires."),
			ti("cache", "캐시 저장소 자체입니다.", "The cache itself."),
		},
		constants: []topicItem{
			ti("cache ttl", "캐시 항목의 유효 시간입니다.", "How long an entry stays cached."),
			ti("max cache size", "캐시에 담을 수 있는 최대 항목 수입니다.", "Most entries the cache holds."),
		},
		classes: []topicItem{
			ti("cache", "값을 저장하고 꺼내는 캐시입니다.", "Stores and returns cached values."),
			ti("cache entry", "캐시 항목 하나(값과 만료 시각)를 나타냅니다.", "One cached value with its expiry."),
			ti("cache store", "캐시 저장소를 추상화합니다.", "Abstracts where cached values live."),
		},
	},
	{
		id: "retry", koGloss: "재시도", enGloss: "retry", noun: "retry",
		ko: "재시도 리트라이", en: "retry retrying backoff",
		functions: []topicItem{
			ti("retry", "실패한 작업을 다시 시도합니다.", "Runs a failed operation again."),
			ti("should retry", "다시 시도해야 하는지 판단합니다.", "Decides whether another attempt is worth it."),
			ti("increment retry count", "재시도 횟수를 하나 늘립니다.", "Adds one to the retry count."),
			ti("reset retry count", "재시도 횟수를 0으로 되돌립니다.", "Sets the retry count back to zero."),
			ti("calculate backoff", "다음 시도까지 기다릴 시간을 계산합니다.", "Computes how long to wait before the next attempt."),
		},
		variables: []topicItem{
			ti("retry count", "지금까지 다시 시도한 횟수입니다.", "How many times the operation was retried."),
			ti("max retries", "허용하는 최대 재시도 횟수입니다.", "The most retries allowed."),
			ti("retry delay", "다음 시도까지 기다리는 시간입니다.", "How long to wait before retrying."),
			ti("attempt", "현재 몇 번째 시도인지 나타냅니다.", "The number of the current attempt."),
			ti("last error", "마지막 시도에서 난 오류입니다.", "The error of the latest attempt."),
		},
		constants: []topicItem{
			ti("max retries", "허용하는 최대 재시도 횟수입니다.", "The most retries allowed."),
			ti("retry delay ms", "재시도 사이의 기본 대기 시간(밀리초)입니다.", "Base wait between retries, in milliseconds."),
			ti("backoff multiplier", "재시도마다 대기 시간을 늘리는 배수입니다.", "Factor the wait grows by after each retry."),
		},
		classes: []topicItem{
			ti("retry policy", "재시도 횟수와 대기 규칙을 정합니다.", "Decides how often and how long to retry."),
			ti("retry counter", "재시도 횟수를 세고 한도를 확인합니다.", "Counts retries and checks the limit."),
			ti("exponential backoff", "대기 시간을 지수적으로 늘리는 전략입니다.", "Doubles the wait after each failure."),
		},
	},
	{
		id: "upload", koGloss: "업로드", enGloss: "upload", noun: "upload",
		ko: "업로드 파일업로드", en: "upload file_upload",
		functions: []topicItem{
			ti("upload file", "파일을 서버로 올립니다.", "Sends a file to the server."),
			ti("validate file", "파일 형식과 크기를 검사합니다.", "Checks a file's type and size."),
			ti("get upload url", "업로드할 주소를 받아옵니다.", "Obtains the address to upload to."),
			ti("cancel upload", "진행 중인 업로드를 취소합니다.", "Cancels an upload in progress."),
		},
		variables: []topicItem{
			ti("uploaded file", "업로드된 파일입니다.", "The file that was uploaded."),
			ti("file size", "파일 크기(바이트)입니다.", "The file's size in bytes."),
			ti("upload progress", "업로드 진행률입니다.", "How far the upload has got."),
			ti("upload url", "파일을 올릴 주소입니다.", "Where the file is uploaded to."),
			ti("is uploading", "업로드 중인지 나타냅니다.", "Whether an upload is running."),
		},
		constants: []topicItem{
			ti("max upload size", "허용하는 최대 파일 크기입니다.", "Largest file accepted."),
			ti("allowed extensions", "업로드를 허용하는 확장자 목록입니다.", "File extensions accepted."),
		},
		classes: []topicItem{
			ti("file uploader", "파일 업로드를 담당합니다.", "Uploads files."),
			ti("upload result", "업로드 결과(주소, 크기 등)를 담습니다.", "What an upload produced."),
			ti("upload request", "업로드 요청 정보를 담습니다.", "The data of an upload request."),
		},
	},
	{
		id: "timer", koGloss: "타이머", enGloss: "timer", noun: "timer",
		ko: "타이머 스톱워치 카운트다운", en: "timer stopwatch countdown",
		functions: []topicItem{
			ti("start timer", "타이머를 시작합니다.", "Starts the timer."),
			ti("stop timer", "타이머를 멈춥니다.", "Stops the timer."),
			ti("reset timer", "타이머를 처음 상태로 되돌립니다.", "Puts the timer back to zero."),
			ti("get elapsed time", "시작 후 지난 시간을 돌려줍니다.", "Returns the time since the start."),
		},
		variables: []topicItem{
			ti("elapsed time", "시작 후 지난 시간입니다.", "Time passed since the start."),
			ti("remaining seconds", "남은 시간(초)입니다.", "Seconds left."),
			ti("start time", "타이머를 시작한 시각입니다.", "When the timer started."),
			ti("is running", "타이머가 돌고 있는지 나타냅니다.", "Whether the timer is running."),
		},
		constants: []topicItem{
			ti("tick interval", "타이머가 갱신되는 간격입니다.", "How often the timer ticks."),
			ti("default duration", "기본 타이머 길이입니다.", "The timer's length when none is given."),
		},
		classes: []topicItem{
			ti("timer", "시간을 재는 타이머입니다.", "Measures time."),
			ti("stopwatch", "경과 시간을 재는 스톱워치입니다.", "Measures elapsed time."),
			ti("countdown", "남은 시간을 세는 카운트다운입니다.", "Counts down to zero."),
		},
	},
}
