// Accounts and chat on the offline server: sign-up, log-in, the profile, rooms, asking,
// copying, the daily limit, reload and log-out.
// run.mjs calls accountsFlows with its harness, in the run's order (E2E_ONLY still picks flows by name).

export async function accountsFlows(h) {
  const {
    api, ask, assert, browser, createRoom, expectNoCSPViolations, flow, logIn, newContext, newPage, offline, quotaText,
    shoot, signUp, textOf, user,
  } = h;
  const ctxA = await newContext(browser, offline.base);
  const page = await newPage(ctxA);
  const A = { page };
  let roomId = '';

  await flow(
    'accounts',
    [
      [
        'home page shows what namebot does and a call to start',
        async () => {
          await page.goto('/');
          await page.locator('h1.hero-title').waitFor();
          await page.getByRole('link', { name: '무료로 시작하기' }).waitFor();
          await page.locator('.demo .name-card').first().waitFor();
          await expectNoCSPViolations(page, 'home');
          await shoot(page, 'home');
        },
      ],
      [
        'a protected page redirects to login with the notice',
        async () => {
          await page.goto('/chat');
          await page.waitForURL('**/login?next=%2Fchat');
          const notice = await textOf(page, '[data-testid="auth-notice"]');
          assert(notice === '로그인 후 사용해주세요', `notice was "${notice}"`);
          await shoot(page, 'login');
        },
      ],
      [
        'sign-up shows field errors next to the fields',
        async () => {
          await page.goto('/signup');
          await page.fill('#signup-email', 'not-an-email');
          await page.fill('#signup-password', 'short');
          await page.fill('#signup-password2', 'other');
          await page.click('form button[type=submit]');
          await page.locator('#signup-email-error').waitFor();
          await page.locator('#signup-password-error').waitFor();
          await page.locator('#signup-password2-error').waitFor();
          const invalid = await page.getAttribute('#signup-email', 'aria-invalid');
          assert(invalid === 'true', 'email input not marked aria-invalid');
          await shoot(page, 'signup');
        },
      ],
      [
        'sign up (then signed in)',
        async () => {
          await signUp(page, user);
          await page.getByRole('button', { name: '로그아웃' }).waitFor();
          await page.locator('.nav-nickname', { hasText: user.nickname }).waitFor();
        },
      ],
      [
        'a second sign-up with the same email shows the server message',
        async () => {
          const other = await newPage(await newContext(browser, offline.base));
          await other.goto('/signup');
          await other.fill('#signup-email', user.email);
          await other.fill('#signup-nickname', '두번째');
          await other.fill('#signup-password', user.password);
          await other.fill('#signup-password2', user.password);
          await other.click('form button[type=submit]');
          const alert = other.locator('.alert-error, .field-error').first();
          await alert.waitFor();
          const text = (await alert.textContent()) ?? '';
          assert(text.trim().length > 0, 'no error text shown');
          assert(new URL(other.url()).pathname === '/signup', 'left the sign-up page');
          await other.context().close();
        },
      ],
      [
        'log out, then a wrong password shows the server message',
        async () => {
          await page.getByRole('button', { name: '로그아웃' }).click();
          await page.waitForURL((u) => u.pathname === '/');
          await page.goto('/login');
          await page.fill('#login-email', user.email);
          await page.fill('#login-password', 'wrongpass1');
          await page.click('form button[type=submit]');
          const alert = page.locator('.alert-error');
          await alert.waitFor();
          assert(((await alert.textContent()) ?? '').trim().length > 0, 'empty error');
        },
      ],
      [
        'log in and come back to the page that asked for it',
        async () => {
          await page.goto('/profile');
          await page.waitForURL('**/login?next=%2Fprofile');
          await page.fill('#login-email', user.email);
          await page.fill('#login-password', user.password);
          await page.click('form button[type=submit]');
          await page.waitForURL('**/profile');
          await page.locator('.profile-email', { hasText: user.email }).waitFor();
        },
      ],
      [
        'profile: quota with reset time, nickname change, wrong current password, delete dialog',
        async () => {
          await page.goto('/profile');
          await page.locator('.quota-big-num', { hasText: '5' }).waitFor();
          await page.getByText('00:00에 다시 채워져요').waitFor();
          await page.fill('#profile-nickname', '새닉네임');
          await page.click('section[aria-labelledby=nick-title] button[type=submit]');
          await page.getByText('닉네임을 바꿨어요.').waitFor();
          await page.locator('.nav-nickname', { hasText: '새닉네임' }).waitFor();
          user.nickname = '새닉네임';
          await page.fill('#profile-current-password', 'wrongpass9');
          await page.fill('#profile-new-password', 'newpass123');
          await page.fill('#profile-new-password2', 'newpass123');
          await page.click('section[aria-labelledby=pw-title] button[type=submit]');
          await page.locator('#profile-current-password-error').waitFor();
          await shoot(page, 'profile');
          await page.getByRole('button', { name: '계정 삭제…' }).click();
          await page.locator('dialog[open]').waitFor();
          await shoot(page, 'profile-delete-dialog', { fullPage: false });
          await page.locator('dialog[open]').getByRole('button', { name: '취소' }).click();
        },
      ],
      [
        'English UI: Accept-Language en, English server messages',
        async () => {
          await page.goto('/');
          await page.getByRole('button', { name: 'Switch to English' }).click();
          await page.getByRole('link', { name: 'Chat', exact: true }).waitFor();
          const seen = page.waitForRequest((r) => r.url().includes('/api/accounts/profile') && r.headers()['accept-language'] === 'en');
          await page.goto('/profile');
          await seen;
          await page.fill('#profile-current-password', 'wrongpass9');
          await page.fill('#profile-new-password', 'newpass123');
          await page.fill('#profile-new-password2', 'newpass123');
          await page.click('section[aria-labelledby=pw-title] button[type=submit]');
          const msg = await textOf(page, '#profile-current-password-error');
          assert(msg && !/[가-힣]/.test(msg), `server message not English: "${msg}"`);
          await page.getByRole('button', { name: '한국어 화면으로 보기' }).click();
          await page.getByRole('link', { name: '채팅', exact: true }).waitFor();
        },
      ],
      [
        'log out: back to signed out, protected pages redirect even after reload',
        async () => {
          await page.getByRole('button', { name: '로그아웃' }).click();
          await page.waitForURL((u) => u.pathname === '/');
          await page.getByText('로그아웃했어요.').waitFor();
          await page.reload();
          await page.getByRole('link', { name: '로그인' }).first().waitFor();
          await page.goto('/chat');
          await page.waitForURL('**/login?next=%2Fchat');
        },
      ],
    ],
    A,
  );

  let page2 = null;
  await flow(
    'chat',
    [
      [
        'log in: the empty chat list',
        async () => {
          await logIn(page, user.email, user.password);
          await page.waitForURL('**/chat');
          await page.getByText('아직 채팅이 없어요').waitFor();
          await shoot(page, 'rooms-empty');
        },
      ],
      [
        'create a room (Python / PEP 8)',
        async () => {
          roomId = await createRoom(page, { language: 'Python', convention: 'PEP 8' });
          const title = await textOf(page, 'h1.room-title');
          assert(title === 'Python · PEP 8', `room title "${title}"`);
          const q = await quotaText(page);
          assert(/^5\/5 남음 · \d\d:\d\d 초기화$/.test(q), `quota indicator "${q}"`);
          assert(q.endsWith('00:00 초기화'), `reset time should be local midnight in Asia/Seoul, got "${q}"`);
          await page.getByText('어떤 이름이 필요하세요?').waitFor();
          await shoot(page, 'room-empty');
        },
      ],
      [
        'ask "장바구니에 상품을 추가하는 함수 추천해줘" and see name cards',
        async () => {
          await ask(page, '장바구니에 상품을 추가하는 함수 추천해줘');
          const user = page.locator('.msg-user .bubble-user').last();
          assert((await user.textContent()) === '장바구니에 상품을 추가하는 함수 추천해줘', 'question not shown on the right');
          const cards = await page.locator('.msg-bot .name-card').count();
          assert(cards > 0, 'no name cards');
          const badge = await textOf(page, '.msg-bot .name-card .kind');
          assert(['함수', '변수', '상수', '클래스'].includes(badge), `kind badge "${badge}"`);
          const q = await quotaText(page);
          assert(q.startsWith('4/5 남음'), `quota after one question: "${q}"`);
          const live = await textOf(page, '[role="status"][aria-atomic="true"]');
          assert(live.startsWith('새 답변:'), `aria-live announcement "${live}"`);
          const pos = await page.evaluate(() => {
            const u = document.querySelector('.msg-user .bubble-user').getBoundingClientRect();
            const b = document.querySelector('.msg-bot:not(.msg-thinking) .bubble-bot').getBoundingClientRect();
            return { userRight: u.right, botLeft: b.left, width: document.documentElement.clientWidth };
          });
          assert(pos.userRight > pos.width * 0.6 && pos.botLeft < pos.width * 0.4, `bubbles not right/left: ${JSON.stringify(pos)}`);
          await shoot(page, 'room-answer', { showQuestion: true });
        },
      ],
      [
        'copy a name (clipboard and "복사됨")',
        async () => {
          const card = page.locator('.msg-bot .name-card').first();
          const name = ((await card.locator('.name-card-name').textContent()) ?? '').trim();
          await card.locator('.btn-copy').click();
          await card.locator('.btn-copy', { hasText: '복사됨' }).waitFor();
          const clip = await page.evaluate(() => navigator.clipboard.readText());
          assert(clip === name, `clipboard "${clip}" != "${name}"`);
        },
      ],
      [
        'Shift+Enter keeps a newline and does not send',
        async () => {
          const before = await page.locator('.msg-user').count();
          await page.fill('#composer-input', '첫 줄');
          await page.press('#composer-input', 'Shift+Enter');
          await page.type('#composer-input', '둘째 줄');
          const value = await page.inputValue('#composer-input');
          assert(value === '첫 줄\n둘째 줄', `composer value ${JSON.stringify(value)}`);
          assert((await page.locator('.msg-user').count()) === before, 'Shift+Enter sent the message');
          await page.fill('#composer-input', '');
        },
      ],
      [
        'ask until the limit: 0/5 and the limit message',
        async () => {
          await ask(page, '재시도 횟수를 세는 변수 이름');
          await ask(page, '사용자 목록을 정렬하는 함수');
          await ask(page, 'names for a retry counter');
          // A second tab still believes one question is left.
          page2 = await newPage(ctxA);
          await page2.goto(`/chat/${encodeURIComponent(roomId)}`);
          await page2.locator('#composer-input').waitFor();
          const q2 = await quotaText(page2);
          assert(q2.startsWith('1/5 남음'), `second tab quota "${q2}"`);
          await ask(page, '장바구니 총액을 계산하는 함수');
          const q = await quotaText(page);
          assert(q.startsWith('0/5 남음'), `quota at the limit "${q}"`);
          await page.getByText('오늘 질문 5번을 모두 사용했어요').waitFor();
          assert(await page.locator('.composer-send').isDisabled(), 'send button still enabled at the limit');
          await shoot(page, 'room-limit');
        },
      ],
      [
        'a stale tab that sends past the limit gets the limit message (429)',
        async () => {
          const users = await page2.locator('.msg-user').count();
          await page2.fill('#composer-input', '하나 더 물어볼게요');
          await page2.press('#composer-input', 'Enter');
          await page2.getByText('오늘 질문 5번을 모두 사용했어요').waitFor();
          assert((await page2.locator('.msg-user').count()) === users, 'a refused message stayed in the list');
          const v = await page2.inputValue('#composer-input');
          assert(v === '하나 더 물어볼게요', `the text was not given back: ${JSON.stringify(v)}`);
          assert((await quotaText(page2)).startsWith('0/5'), 'quota not updated from the 429');
          await page2.close();
        },
      ],
      [
        'the API answers 429 with Retry-After and the quota',
        async () => {
          const login = await api(offline.base, 'POST', '/api/accounts/login', { email: user.email, password: user.password });
          assert(login.status === 200, `login ${login.status}`);
          const r = await api(offline.base, 'POST', `/api/chat/${encodeURIComponent(roomId)}`, { content: 'one more', client_message_id: crypto.randomUUID() }, login.json.access_token);
          assert(r.status === 429, `status ${r.status}`);
          assert(r.headers.get('retry-after'), 'no Retry-After header');
          assert(r.json?.error?.code === 'rate_limited', `code ${r.json?.error?.code}`);
          assert(r.json?.quota?.remaining === 0, `quota ${JSON.stringify(r.json?.quota)}`);
        },
      ],
      [
        'reload and stay signed in, with the history',
        async () => {
          const cards = await page.locator('.msg-bot .name-card').count();
          await page.reload();
          await page.locator('.msg-bot .name-card').first().waitFor();
          assert((await page.locator('.msg-bot .name-card').count()) === cards, 'history changed after reload');
          assert(new URL(page.url()).pathname.startsWith('/chat/'), 'left the room');
          await page.getByRole('button', { name: '로그아웃' }).waitFor();
          const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
          assert(!/eyJ|refresh/i.test(stored), `token-like data in storage: ${stored}`);
          await expectNoCSPViolations(page, 'room');
        },
      ],
      [
        'rooms list shows the room; another room can be created and deleted',
        async () => {
          await createRoom(page, { language: 'Go', convention: '', title: '지울 방' });
          await page.goto('/chat');
          await page.locator('.room-item').nth(1).waitFor();
          await shoot(page, 'rooms-list');
          const count = await page.locator('.room-item').count();
          await page.getByRole('button', { name: '지울 방 삭제' }).click();
          await page.locator('dialog[open]').waitFor();
          await shoot(page, 'rooms-delete-dialog', { fullPage: false });
          await page.locator('dialog[open] button[type=submit]').click();
          await page.locator('dialog[open]').waitFor({ state: 'detached' }).catch(() => undefined);
          await page.waitForFunction((n) => document.querySelectorAll('.room-item').length === n - 1, count);
          assert((await page.getByText('지울 방').count()) === 0, 'deleted room still listed');
        },
      ],
      [
        'profile shows the used-up quota',
        async () => {
          await page.goto('/profile');
          await page.locator('.quota-big-num', { hasText: '0' }).waitFor();
          await page.getByText('오늘 5번 사용 · 0번 남음').waitFor();
        },
      ],
      [
        'not-found pages',
        async () => {
          await page.goto('/chat/00000000-0000-0000-0000-000000000000');
          await page.getByText('채팅방을 찾을 수 없어요').first().waitFor();
          await page.goto('/no/such/page');
          await page.getByText('페이지를 찾을 수 없어요').first().waitFor();
          await shoot(page, 'not-found');
        },
      ],
      [
        'log out from the chat',
        async () => {
          await page.getByRole('button', { name: '로그아웃' }).click();
          await page.waitForURL((u) => u.pathname === '/');
          await page.goto('/chat');
          await page.waitForURL('**/login?next=%2Fchat');
        },
      ],
    ],
    A,
  );
}
