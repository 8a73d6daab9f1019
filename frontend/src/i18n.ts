import { createStore, useStore } from './store';

/** The UI languages. Korean is the default; the choice is the only thing kept in localStorage. */
export type Lang = 'ko' | 'en';

const LANG_KEY = 'namebot.lang';

const ko = {
  'app.tagline': '이름 짓기 도우미',
  'nav.chat': '채팅',
  'nav.board': '게시판',
  'nav.profile': '프로필',
  'nav.login': '로그인',
  'nav.signup': '회원가입',
  'nav.logout': '로그아웃',
  'nav.main': '주 메뉴',
  'nav.skip': '본문으로 건너뛰기',
  'nav.home': 'namebot 홈',
  // The language button shows the other language's name in that language; its
  // accessible name must contain that text as a word (WCAG 2.5.3, label in name).
  'nav.switchTo': 'English',
  'nav.switchToLabel': 'Switch to English',

  'common.loading': '불러오는 중…',
  'common.retry': '다시 시도',
  'common.cancel': '취소',
  'common.delete': '삭제',
  'common.save': '저장',
  'common.close': '닫기',
  'common.optional': '선택',
  'common.loadMore': '더 보기',
  'common.backHome': '홈으로',
  'common.chars': '{n}/{max}자',

  'error.invalid': '입력한 내용을 확인해 주세요.',
  'error.unauthorized': '로그인이 필요해요.',
  'error.forbidden': '권한이 없어요.',
  'error.not_found': '찾을 수 없어요.',
  'error.conflict': '이미 사용 중이에요.',
  'error.too_large': '보낸 내용이 너무 커요.',
  'error.rate_limited': '요청이 너무 많아요. 잠시 후 다시 시도해 주세요.',
  'error.model_failed': '모델이 답하지 못했어요. 잠시 후 다시 시도해 주세요.',
  'error.model_timeout': '모델의 답이 너무 늦어요. 잠시 후 다시 시도해 주세요.',
  'error.unavailable': '서비스를 잠시 사용할 수 없어요.',
  'error.internal': '문제가 생겼어요. 잠시 후 다시 시도해 주세요.',
  'error.network': '서버에 연결할 수 없어요. 네트워크를 확인해 주세요.',
  'error.retryAfter': '{s}초 뒤에 다시 시도할 수 있어요.',

  'auth.required': '로그인 후 사용해주세요',
  'auth.checking': '로그인 상태를 확인하는 중…',

  'home.title': '이름 짓기, 더는 고민하지 마세요',
  'home.lead':
    '언어와 컨벤션을 고르고 무엇을 만드는지 말해 주세요. namebot이 규칙에 맞는 함수·변수 이름을 이유와 함께 추천해요.',
  'home.start': '무료로 시작하기',
  'home.openChat': '채팅 열기',
  'home.login': '이미 계정이 있어요',
  'home.demoLabel': '예시 대화',
  'home.demoRoom': 'Python · PEP 8',
  'home.demoQuestion': '사칙연산을 위한 변수명 추천해줘',
  'home.demoAnswer': 'PEP 8에 맞춰 이렇게 지어 보세요.',
  'home.demoReason1': '두 수를 더하는 동작이 바로 드러나요.',
  'home.demoReason2': '연산 결과를 담는 값이라는 뜻이 분명해요.',
  'home.demoReason3': '지원하는 연산자를 모아 둔 상수예요.',
  'home.f1.title': '언어·컨벤션 맞춤',
  'home.f1.body': 'Python은 snake_case, Java는 camelCase처럼 규칙과 예약어까지 지켜요.',
  'home.f2.title': '이유까지 한 줄로',
  'home.f2.body': '왜 그 이름인지 짧게 설명해서 팀원에게 설명하기도 쉬워요.',
  'home.f3.title': '하루 5번, 무료',
  'home.f3.body': '매일 자정(한국 시간)에 다시 채워져요. 복사 한 번이면 끝.',

  'login.title': '로그인',
  'login.lead': '다시 오신 걸 환영해요.',
  'login.submit': '로그인',
  'login.submitting': '로그인하는 중…',
  'login.noAccount': '계정이 없나요?',
  'login.toSignup': '회원가입',

  'signup.title': '회원가입',
  'signup.lead': '이메일만 있으면 1분이면 끝나요.',
  'signup.submit': '가입하기',
  'signup.submitting': '가입하는 중…',
  'signup.haveAccount': '이미 계정이 있나요?',
  'signup.toLogin': '로그인',
  'signup.welcome': '환영해요, {name}님!',

  'field.email': '이메일',
  'field.password': '비밀번호',
  'field.password2': '비밀번호 확인',
  'field.nickname': '닉네임',
  'field.currentPassword': '현재 비밀번호',
  'field.newPassword': '새 비밀번호',
  'field.newPassword2': '새 비밀번호 확인',
  'field.language': '언어',
  'field.convention': '컨벤션',
  'field.title': '제목',
  'field.message': '메시지',
  'hint.password': '8~64자, 영문과 숫자를 함께 써 주세요.',
  'hint.nickname': '2~20자',
  'hint.language': '예: Python, Go, TypeScript',
  'hint.convention': '예: PEP 8, camelCase (비워 둬도 돼요)',
  'hint.title': '비워 두면 언어와 컨벤션으로 보여요.',

  'v.required': '입력해 주세요.',
  'v.email': '올바른 이메일 주소를 입력해 주세요.',
  'v.tooLong': '{max}자 이하로 입력해 주세요.',
  'v.password': '8~64자이고 영문과 숫자를 모두 포함해야 해요.',
  'v.password2': '비밀번호가 서로 달라요.',
  'v.nickname': '2~20자로 입력해 주세요.',

  'oauth.github': 'GitHub으로 계속하기',
  'oauth.kakao': '카카오로 계속하기',
  'oauth.or': '또는 이메일로',
  'oauth.doneTitle': '로그인 중',
  'oauth.finishing': '로그인을 마무리하는 중…',
  'oauth.errorTitle': '로그인하지 못했어요',
  'oauth.cancelledTitle': '로그인을 취소했어요',
  'oauth.backToLogin': '로그인 화면으로',
  'oauth.backToProfile': '프로필로',
  'oauth.reason.cancelled': '제공자 화면에서 동의를 취소했어요. 다시 시도하거나 이메일로 로그인해 주세요.',
  'oauth.reason.state': '로그인 요청이 만료되었거나 올바르지 않아요. 처음부터 다시 시도해 주세요.',
  'oauth.reason.code': '제공자가 로그인을 확인하지 못했어요. 다시 시도해 주세요.',
  'oauth.reason.provider': '로그인 제공자와 통신하지 못했어요. 잠시 후 다시 시도해 주세요.',
  'oauth.reason.email_unverified': '제공자 계정에 인증된 이메일이 없어요. 제공자에서 이메일을 인증한 뒤 다시 시도해 주세요.',
  'oauth.reason.link_required': '이 이메일로 가입한 계정이 이미 있어요. 이메일과 비밀번호로 로그인한 뒤 프로필에서 연결해 주세요.',
  'oauth.reason.linked_elsewhere': '이 제공자 계정은 이미 다른 namebot 계정에 연결되어 있어요.',
  'oauth.reason.already_linked': '이 계정에는 이미 같은 제공자의 다른 계정이 연결되어 있어요.',
  'oauth.reason.account_gone': '계정을 찾을 수 없어요.',
  'oauth.reason.unavailable': '서비스를 잠시 사용할 수 없어요. 잠시 후 다시 시도해 주세요.',
  'oauth.reason.server': '로그인을 마치지 못했어요. 다시 시도해 주세요.',
  'profile.linkedSection': '연결된 계정',
  'profile.linkedBody': '연결한 계정으로도 이 계정에 로그인할 수 있어요.',
  'profile.linked': '연결됨',
  'profile.link': '{name} 연결하기',
  'profile.linkPassword': '연결하려면 비밀번호를 입력해 주세요.',
  'profile.setPasswordSection': '비밀번호 만들기',
  'profile.setPasswordBody': '비밀번호를 만들면 이메일로도 로그인할 수 있어요.',
  'profile.setPasswordSubmit': '비밀번호 만들기',
  'profile.deleteConfirmEmail': '확인을 위해 계정의 이메일 주소를 입력하면 계정과 채팅이 모두 지워져요. 되돌릴 수 없어요.',
  'profile.title': '프로필',
  'profile.joined': '가입일',
  'profile.manager': '관리자',
  'profile.nicknameSection': '닉네임 바꾸기',
  'profile.nicknameSaved': '닉네임을 바꿨어요.',
  'profile.passwordSection': '비밀번호 바꾸기',
  'profile.passwordSubmit': '비밀번호 바꾸기',
  'profile.passwordSaved': '비밀번호를 바꿨어요.',
  'profile.quotaSection': '오늘 남은 질문',
  'profile.quotaUsed': '오늘 {used}번 사용 · {remaining}번 남음',
  'profile.quotaResets': '{time}에 다시 채워져요',
  'profile.dangerSection': '계정 삭제',
  'profile.dangerBody': '계정과 모든 채팅이 지워지고 되돌릴 수 없어요.',
  'profile.deleteButton': '계정 삭제…',
  'profile.deleteConfirmTitle': '정말 계정을 삭제할까요?',
  'profile.deleteConfirmBody': '비밀번호를 입력하면 계정과 채팅이 모두 지워져요. 되돌릴 수 없어요.',
  'profile.deleteSubmit': '영구 삭제',
  'profile.deleted': '계정을 삭제했어요. 그동안 고마웠어요.',
  'profile.loggedOut': '로그아웃했어요.',

  'rooms.title': '채팅',
  'rooms.lead': '언어와 컨벤션마다 방을 만들어 두고 이어서 물어보세요.',
  'rooms.new': '새 채팅',
  'rooms.create': '채팅 시작',
  'rooms.creating': '만드는 중…',
  'rooms.presets': '자주 쓰는 조합',
  'rooms.listLabel': '내 채팅',
  'rooms.emptyTitle': '아직 채팅이 없어요',
  'rooms.emptyBody': '왼쪽에서 언어를 고르고 첫 채팅을 시작해 보세요.',
  'rooms.emptyBodyMobile': '위에서 언어를 고르고 첫 채팅을 시작해 보세요.',
  'rooms.noConvention': '컨벤션 없음',
  'rooms.updated': '{when} 업데이트',
  'rooms.deleteLabel': '{name} 삭제',
  'rooms.deleteTitle': '이 채팅을 삭제할까요?',
  'rooms.deleteBody': '"{name}"의 모든 메시지가 지워지고 되돌릴 수 없어요.',
  'rooms.deleted': '채팅을 삭제했어요.',

  'room.back': '채팅 목록',
  'room.notFoundTitle': '채팅방을 찾을 수 없어요',
  'room.notFoundBody': '삭제됐거나 다른 사람의 채팅방이에요.',
  'room.emptyTitle': '어떤 이름이 필요하세요?',
  'room.emptyBody': '만들려는 기능이나 값을 설명해 주세요. 예시를 눌러도 돼요.',
  'room.example1': '사칙연산을 위한 변수명 추천해줘',
  'room.example2': '재시도 횟수를 세는 변수 이름',
  'room.example3': '사용자 목록을 이름순으로 정렬하는 함수',
  'room.placeholder': '무엇의 이름이 필요한가요?',
  'room.placeholderLimit': '오늘 질문을 모두 사용했어요',
  'room.send': '보내기',
  'room.sending': '보내는 중…',
  'room.hint': 'Enter 보내기 · Shift+Enter 줄바꿈',
  'room.olderLoad': '이전 메시지 보기',
  'room.you': '나',
  'room.bot': 'namebot',
  'room.thinking': '이름을 고르는 중…',
  'room.unanswered': '답을 받지 못했어요.',
  'room.sendFailed': '보내지 못했어요.',
  'room.limitTitle': '오늘 질문 {limit}번을 모두 사용했어요',
  'room.limitBody': '{time}에 다시 채워져요. 그동안 지난 추천을 복사해 쓸 수 있어요.',
  'room.failedTitle': '모델이 답하지 못했어요',
  'room.timeoutTitle': '모델의 답이 너무 늦어요',
  'room.failedBody': '질문은 저장해 뒀어요. "다시 시도"를 누르면 같은 질문을 다시 보내요. 사용 횟수는 차감되지 않았어요.',
  'room.announce': '새 답변: {text}',
  'room.offline': '오프라인 추천',
  'room.kind.function': '함수',
  'room.kind.variable': '변수',
  'room.kind.constant': '상수',
  'room.kind.class': '클래스',
  'room.copy': '복사',
  'room.copied': '복사됨',
  'room.copyFailed': '복사하지 못했어요',
  'room.messages': '대화',

  'quota.label': '오늘 남은 질문',
  'quota.short': '{remaining}/{limit} 남음 · {time} 초기화',

  'time.justNow': '방금',
  'time.minutes': '{n}분 전',
  'time.hours': '{n}시간 전',

  'notFound.title': '페이지를 찾을 수 없어요',
  'notFound.body': '주소가 바뀌었거나 없는 페이지예요.',

  'board.title': '게시판',
  'board.lead': '이름 짓기 질문도, 사는 이야기도 나눠요.',
  'board.write': '글쓰기',
  'board.categories': '카테고리',
  'board.cat.all': '전체',
  'board.cat.notice': '공지',
  'board.cat.question': '질문',
  'board.cat.chat': '잡담',
  'board.listLabel': '글 목록',
  'board.emptyTitle': '아직 글이 없어요',
  'board.emptyBody': '첫 글을 남겨 보세요.',
  'board.emptyCategoryTitle': '{cat}에 아직 글이 없어요',
  'board.views': '조회 {n}',
  'board.author': '작성자',
  'board.edited': '수정됨',
  'board.back': '게시판',
  'board.edit': '수정',
  'board.notFoundTitle': '글을 찾을 수 없어요',
  'board.notFoundBody': '삭제됐거나 주소가 잘못됐어요.',
  'board.deleteTitle': '이 글을 삭제할까요?',
  'board.deleteBody': '"{title}"과(와) 첨부 이미지가 지워지고 되돌릴 수 없어요.',
  'board.deleted': '글을 삭제했어요.',
  'board.image': '첨부 이미지',
  'board.newTitle': '새 글 쓰기',
  'board.editTitle': '글 수정',
  'board.field.category': '카테고리',
  'board.field.content': '내용',
  'board.field.image': '대표 이미지',
  'board.imageHint': 'PNG, JPEG, WebP, GIF · 5MB 이하',
  'board.imagePick': '이미지 고르기',
  'board.imageReplace': '다른 이미지로 바꾸기',
  'board.imageRemove': '이미지 빼기',
  'board.imageNone': '이미지가 없으면 기본 그림이 보여요.',
  'board.imageUploading': '이미지 올리는 중…',
  'board.imageUploaded': '이미지를 올렸어요. 등록하면 글에 붙어요.',
  'board.imageCurrent': '지금 글에 붙은 이미지예요.',
  'board.imageRemoved': '저장하면 이미지가 빠져요.',
  'board.imageUndo': '되돌리기',
  'board.imageType': 'PNG, JPEG, WebP, GIF 이미지만 올릴 수 있어요.',
  'board.imageSize': '이미지는 5MB 이하만 올릴 수 있어요.',
  'board.imageEmpty': '빈 파일이에요.',
  'board.uploadFailed': '이미지를 올리지 못했어요. 다시 시도해 주세요.',
  'board.waitUpload': '이미지를 다 올린 뒤에 등록할 수 있어요.',
  'board.contentPlaceholder': '줄바꿈은 그대로 보여요.',
  'board.submit': '등록',
  'board.submitting': '등록하는 중…',
  'board.save': '저장',
  'board.saving': '저장하는 중…',
  'board.created': '글을 올렸어요.',
  'board.saved': '글을 고쳤어요.',
  'board.notAuthor': '작성자만 이 글을 고칠 수 있어요.',
  'board.reload': '새로 불러오기',

  'footer.note': '하루 5번 무료 · 언어와 컨벤션에 맞춘 이름 추천',
};

export type MessageKey = keyof typeof ko;

const en: Record<MessageKey, string> = {
  'app.tagline': 'Naming assistant',
  'nav.chat': 'Chat',
  'nav.board': 'Board',
  'nav.profile': 'Profile',
  'nav.login': 'Log in',
  'nav.signup': 'Sign up',
  'nav.logout': 'Log out',
  'nav.main': 'Main menu',
  'nav.skip': 'Skip to content',
  'nav.home': 'namebot home',
  'nav.switchTo': '한국어',
  'nav.switchToLabel': '한국어 화면으로 보기',

  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.save': 'Save',
  'common.close': 'Close',
  'common.optional': 'optional',
  'common.loadMore': 'Load more',
  'common.backHome': 'Go home',
  'common.chars': '{n}/{max}',

  'error.invalid': 'Please check what you entered.',
  'error.unauthorized': 'Please log in.',
  'error.forbidden': 'You are not allowed to do that.',
  'error.not_found': 'Not found.',
  'error.conflict': 'That is already taken.',
  'error.too_large': 'That is too large to send.',
  'error.rate_limited': 'Too many requests. Please try again shortly.',
  'error.model_failed': 'The model could not answer. Please try again shortly.',
  'error.model_timeout': 'The model took too long. Please try again shortly.',
  'error.unavailable': 'The service is briefly unavailable.',
  'error.internal': 'Something went wrong. Please try again shortly.',
  'error.network': 'Cannot reach the server. Check your connection.',
  'error.retryAfter': 'You can try again in {s} s.',

  'auth.required': 'Please log in to continue',
  'auth.checking': 'Checking your session…',

  'home.title': 'Stop agonising over names',
  'home.lead':
    'Pick a language and a convention, say what you are building, and namebot suggests function and variable names that follow the rules, each with a reason.',
  'home.start': 'Start for free',
  'home.openChat': 'Open chat',
  'home.login': 'I have an account',
  'home.demoLabel': 'Example conversation',
  'home.demoRoom': 'Python · PEP 8',
  'home.demoQuestion': 'Variable names for basic arithmetic',
  'home.demoAnswer': 'Here are PEP 8 names you could use.',
  'home.demoReason1': 'Says plainly that it adds two numbers.',
  'home.demoReason2': 'Clearly the value an operation produced.',
  'home.demoReason3': 'A constant holding the supported operators.',
  'home.f1.title': 'Fits your language',
  'home.f1.body': 'snake_case for Python, camelCase for Java: rules and reserved words included.',
  'home.f2.title': 'A reason for each',
  'home.f2.body': 'A one-line why, so the name is easy to defend in review.',
  'home.f3.title': '5 a day, free',
  'home.f3.body': 'Refills every midnight (Korea time). One click to copy.',

  'login.title': 'Log in',
  'login.lead': 'Welcome back.',
  'login.submit': 'Log in',
  'login.submitting': 'Logging in…',
  'login.noAccount': 'No account yet?',
  'login.toSignup': 'Sign up',

  'signup.title': 'Sign up',
  'signup.lead': 'All you need is an email address.',
  'signup.submit': 'Create account',
  'signup.submitting': 'Creating…',
  'signup.haveAccount': 'Already have an account?',
  'signup.toLogin': 'Log in',
  'signup.welcome': 'Welcome, {name}!',

  'field.email': 'Email',
  'field.password': 'Password',
  'field.password2': 'Confirm password',
  'field.nickname': 'Nickname',
  'field.currentPassword': 'Current password',
  'field.newPassword': 'New password',
  'field.newPassword2': 'Confirm new password',
  'field.language': 'Language',
  'field.convention': 'Convention',
  'field.title': 'Title',
  'field.message': 'Message',
  'hint.password': '8–64 characters with a letter and a digit.',
  'hint.nickname': '2–20 characters',
  'hint.language': 'e.g. Python, Go, TypeScript',
  'hint.convention': 'e.g. PEP 8, camelCase (may be empty)',
  'hint.title': 'Empty shows the language and convention.',

  'v.required': 'Please fill this in.',
  'v.email': 'Please enter a valid email address.',
  'v.tooLong': 'At most {max} characters.',
  'v.password': '8–64 characters, with at least one letter and one digit.',
  'v.password2': 'The passwords do not match.',
  'v.nickname': 'Use 2–20 characters.',

  'oauth.github': 'Continue with GitHub',
  'oauth.kakao': 'Continue with Kakao',
  'oauth.or': 'or with email',
  'oauth.doneTitle': 'Signing in',
  'oauth.finishing': 'Finishing the sign-in…',
  'oauth.errorTitle': 'Could not sign you in',
  'oauth.cancelledTitle': 'Sign-in cancelled',
  'oauth.backToLogin': 'Back to log in',
  'oauth.backToProfile': 'Back to profile',
  'oauth.reason.cancelled': 'You cancelled at the provider. Try again, or log in with your email.',
  'oauth.reason.state': 'The sign-in request expired or is not valid. Please start again.',
  'oauth.reason.code': 'The provider could not confirm the sign-in. Please try again.',
  'oauth.reason.provider': 'Could not reach the sign-in provider. Please try again shortly.',
  'oauth.reason.email_unverified': 'Your provider account has no verified email. Verify it there and try again.',
  'oauth.reason.link_required': 'An account with this email already exists. Log in with your email and password, then link the provider from your profile.',
  'oauth.reason.linked_elsewhere': 'This provider account is already linked to another namebot account.',
  'oauth.reason.already_linked': 'Your account is already linked to another account of this provider.',
  'oauth.reason.account_gone': 'The account no longer exists.',
  'oauth.reason.unavailable': 'The service is briefly unavailable. Please try again shortly.',
  'oauth.reason.server': 'Could not finish the sign-in. Please try again.',
  'profile.linkedSection': 'Linked accounts',
  'profile.linkedBody': 'You can also log in to this account with a linked account.',
  'profile.linked': 'Linked',
  'profile.link': 'Link {name}',
  'profile.linkPassword': 'Enter your password to link it.',
  'profile.setPasswordSection': 'Create a password',
  'profile.setPasswordBody': 'With a password you can also log in with your email.',
  'profile.setPasswordSubmit': 'Create password',
  'profile.deleteConfirmEmail': 'Type the account’s email address to confirm: the account and all chats are deleted. This cannot be undone.',
  'profile.title': 'Profile',
  'profile.joined': 'Joined',
  'profile.manager': 'Manager',
  'profile.nicknameSection': 'Change nickname',
  'profile.nicknameSaved': 'Nickname changed.',
  'profile.passwordSection': 'Change password',
  'profile.passwordSubmit': 'Change password',
  'profile.passwordSaved': 'Password changed.',
  'profile.quotaSection': 'Questions left today',
  'profile.quotaUsed': '{used} used today · {remaining} left',
  'profile.quotaResets': 'Refills at {time}',
  'profile.dangerSection': 'Delete account',
  'profile.dangerBody': 'Your account and all your chats are erased. This cannot be undone.',
  'profile.deleteButton': 'Delete account…',
  'profile.deleteConfirmTitle': 'Delete your account?',
  'profile.deleteConfirmBody': 'Enter your password to erase your account and chats. This cannot be undone.',
  'profile.deleteSubmit': 'Delete forever',
  'profile.deleted': 'Your account was deleted. Thank you for using namebot.',
  'profile.loggedOut': 'You are logged out.',

  'rooms.title': 'Chats',
  'rooms.lead': 'Keep a room per language and convention and pick up where you left off.',
  'rooms.new': 'New chat',
  'rooms.create': 'Start chat',
  'rooms.creating': 'Creating…',
  'rooms.presets': 'Popular choices',
  'rooms.listLabel': 'Your chats',
  'rooms.emptyTitle': 'No chats yet',
  'rooms.emptyBody': 'Pick a language on the left to start your first chat.',
  'rooms.emptyBodyMobile': 'Pick a language above to start your first chat.',
  'rooms.noConvention': 'No convention',
  'rooms.updated': 'updated {when}',
  'rooms.deleteLabel': 'Delete {name}',
  'rooms.deleteTitle': 'Delete this chat?',
  'rooms.deleteBody': 'All messages in "{name}" are erased. This cannot be undone.',
  'rooms.deleted': 'Chat deleted.',

  'room.back': 'All chats',
  'room.notFoundTitle': 'Chat not found',
  'room.notFoundBody': 'It was deleted or belongs to someone else.',
  'room.emptyTitle': 'What needs a name?',
  'room.emptyBody': 'Describe the function or value you are writing, or pick an example.',
  'room.example1': 'Variable names for basic arithmetic',
  'room.example2': 'A variable that counts retries',
  'room.example3': 'A function that sorts users by name',
  'room.placeholder': 'What needs a name?',
  'room.placeholderLimit': 'No questions left today',
  'room.send': 'Send',
  'room.sending': 'Sending…',
  'room.hint': 'Enter to send · Shift+Enter for a new line',
  'room.olderLoad': 'Show earlier messages',
  'room.you': 'You',
  'room.bot': 'namebot',
  'room.thinking': 'Choosing names…',
  'room.unanswered': 'No answer yet.',
  'room.sendFailed': 'Could not send.',
  'room.limitTitle': 'You used all {limit} questions today',
  'room.limitBody': 'They refill at {time}. You can still copy earlier suggestions.',
  'room.failedTitle': 'The model could not answer',
  'room.timeoutTitle': 'The model took too long',
  'room.failedBody': 'Your question is saved. "Try again" sends it again; it did not count against today’s limit.',
  'room.announce': 'New answer: {text}',
  'room.offline': 'Offline suggestion',
  'room.kind.function': 'function',
  'room.kind.variable': 'variable',
  'room.kind.constant': 'constant',
  'room.kind.class': 'class',
  'room.copy': 'Copy',
  'room.copied': 'Copied',
  'room.copyFailed': 'Could not copy',
  'room.messages': 'Conversation',

  'quota.label': 'Questions left today',
  'quota.short': '{remaining}/{limit} left · resets {time}',

  'time.justNow': 'just now',
  'time.minutes': '{n} min ago',
  'time.hours': '{n} h ago',

  'notFound.title': 'Page not found',
  'notFound.body': 'The address changed or the page does not exist.',

  'board.title': 'Board',
  'board.lead': 'Naming questions and everything else.',
  'board.write': 'Write',
  'board.categories': 'Categories',
  'board.cat.all': 'All',
  'board.cat.notice': 'Notice',
  'board.cat.question': 'Question',
  'board.cat.chat': 'Chat',
  'board.listLabel': 'Posts',
  'board.emptyTitle': 'No posts yet',
  'board.emptyBody': 'Be the first to write one.',
  'board.emptyCategoryTitle': 'No posts in {cat} yet',
  'board.views': '{n} views',
  'board.author': 'Author',
  'board.edited': 'edited',
  'board.back': 'Board',
  'board.edit': 'Edit',
  'board.notFoundTitle': 'Post not found',
  'board.notFoundBody': 'It was deleted or the address is wrong.',
  'board.deleteTitle': 'Delete this post?',
  'board.deleteBody': '"{title}" and its image are erased. This cannot be undone.',
  'board.deleted': 'Post deleted.',
  'board.image': 'Attached image',
  'board.newTitle': 'New post',
  'board.editTitle': 'Edit post',
  'board.field.category': 'Category',
  'board.field.content': 'Content',
  'board.field.image': 'Head image',
  'board.imageHint': 'PNG, JPEG, WebP or GIF · up to 5 MB',
  'board.imagePick': 'Choose an image',
  'board.imageReplace': 'Replace image',
  'board.imageRemove': 'Remove image',
  'board.imageNone': 'Without an image the post shows a default picture.',
  'board.imageUploading': 'Uploading…',
  'board.imageUploaded': 'Uploaded. It is attached when you post.',
  'board.imageCurrent': 'The image the post has now.',
  'board.imageRemoved': 'The image is removed when you save.',
  'board.imageUndo': 'Undo',
  'board.imageType': 'Only PNG, JPEG, WebP and GIF images can be uploaded.',
  'board.imageSize': 'Images must be 5 MB or smaller.',
  'board.imageEmpty': 'The file is empty.',
  'board.uploadFailed': 'The image could not be uploaded. Please try again.',
  'board.waitUpload': 'Wait for the image to finish uploading.',
  'board.contentPlaceholder': 'Line breaks are kept.',
  'board.submit': 'Post',
  'board.submitting': 'Posting…',
  'board.save': 'Save',
  'board.saving': 'Saving…',
  'board.created': 'Posted.',
  'board.saved': 'Post updated.',
  'board.notAuthor': 'Only the author can edit this post.',
  'board.reload': 'Reload',

  'footer.note': '5 free questions a day · names that fit your language and convention',
};

const dictionaries: Record<Lang, Record<MessageKey, string>> = { ko, en };

function readSavedLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_KEY);
    if (saved === 'ko' || saved === 'en') return saved;
  } catch {
    // Storage may be unavailable (privacy mode); Korean is the default.
  }
  return 'ko';
}

export const langStore = createStore<Lang>(readSavedLang());

export function getLang(): Lang {
  return langStore.get();
}

export function setLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // Not fatal: the choice just isn't remembered.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  langStore.set(lang);
}

/** Translates a key in the current language, filling {name} placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[langStore.get()][key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Subscribes the component to language changes and returns t. */
export function useT(): typeof t {
  useStore(langStore);
  return t;
}

/** "HH:MM" in the browser's local time. */
export function formatClock(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '--:--';
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A calendar date in the UI language, local time. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleDateString(getLang() === 'ko' ? 'ko-KR' : 'en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "방금", "5분 전", "3시간 전", then a date. */
export function formatRelative(iso: string, now = Date.now()): string {
  const d = new Date(iso);
  const diff = now - d.getTime();
  if (Number.isNaN(diff)) return '';
  const minutes = Math.floor(diff / 60000);
  if (minutes < 1) return t('time.justNow');
  if (minutes < 60) return t('time.minutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('time.hours', { n: hours });
  return formatDate(iso);
}

/** A date and time in the UI language, local time ("2026년 11월 26일 오후 3:22"). */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(getLang() === 'ko' ? 'ko-KR' : 'en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}
