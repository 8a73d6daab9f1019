// Sign-in with GitHub and Kakao against the fake provider (e2e/fake-oauth.mjs).
// run.mjs calls oauthFlows with its harness, in the run's order (E2E_ONLY still picks flows by name).

export async function oauthFlows(h) {
  const {
    api, assert, browser, expectInert, expectNoCSPViolations, fakeOAuth, flow, logIn, model, newContext, newPage,
    offline, shoot, stamp,
  } = h;
  const ctxO = await newContext(browser, offline.base);
  const op = await newPage(ctxO);
  const O = { page: op };
  const callbacks = [];
  op.on('request', (r) => {
    if (r.url().includes('/api/accounts/oauth/') && r.url().includes('/callback')) callbacks.push(r.url());
  });
  const gh = { id: 4242, login: 'e2e-octo', name: '옥토캣', email: `gh-${stamp}@example.com`, verified: true };
  const signOut = async () => {
    await op.getByRole('button', { name: '로그아웃' }).click();
    await op.getByRole('button', { name: '로그아웃' }).waitFor({ state: 'detached' });
  };
  await flow(
    'oauth',
    [
      [
        'login and sign-up show both provider buttons in their brand colours, with inline marks',
        async () => {
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).waitFor();
          await op.getByRole('link', { name: '카카오로 계속하기' }).waitFor();
          const c = await op.evaluate(() => {
            const style = (sel) => {
              const s = getComputedStyle(document.querySelector(sel));
              return [s.backgroundColor, s.color];
            };
            return { gh: style('.btn-github'), kakao: style('.btn-kakao'), marks: document.querySelectorAll('.btn-oauth svg').length };
          });
          assert(c.kakao[0] === 'rgb(254, 229, 0)' && c.kakao[1] === 'rgba(0, 0, 0, 0.85)', `kakao colours ${c.kakao}`);
          assert(c.gh[0] === 'rgb(0, 0, 0)' && c.gh[1] === 'rgb(255, 255, 255)', `github colours ${c.gh}`);
          assert(c.marks === 2, `${c.marks} provider marks`);
          await expectNoCSPViolations(op, 'login with providers');
          await shoot(op, 'login-oauth');
          await op.goto('/signup');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).waitFor();
          await op.getByRole('link', { name: '카카오로 계속하기' }).waitFor();
        },
      ],
      [
        'GitHub: consent at the provider, back signed in on the page asked for',
        async () => {
          fakeOAuth.control.user = gh;
          fakeOAuth.control.deny = false;
          await op.goto('/chat');
          await op.waitForURL('**/login?next=%2Fchat');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL((u) => u.pathname === '/chat');
          await op.locator('.nav-nickname', { hasText: gh.name }).waitFor();
          await op.reload();
          await op.locator('.nav-nickname', { hasText: gh.name }).waitFor();
          const stored = await op.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
          assert(!/eyJ|refresh/i.test(stored), `token-like data in storage: ${stored}`);
          await expectNoCSPViolations(op, 'after GitHub sign-in');
        },
      ],
      [
        'the callback URL replayed is refused (state is single-use)',
        async () => {
          assert(callbacks.length > 0, 'no callback seen');
          await op.goto(callbacks[callbacks.length - 1]);
          await op.waitForURL('**/oauth/error?reason=state');
          await op.locator('[data-testid="oauth-reason"][data-reason="state"]').waitFor();
        },
      ],
      [
        'the profile shows the link and offers to create a password',
        async () => {
          await op.goto('/profile');
          await op.locator('.linked-item[data-provider="github"] .badge').waitFor();
          await op.getByRole('heading', { name: '비밀번호 만들기' }).waitFor();
          assert((await op.locator('#profile-current-password').count()) === 0, 'current password asked of an account without one');
          await shoot(op, 'profile-oauth');
        },
      ],
      [
        'Kakao from the sign-up page',
        async () => {
          await signOut();
          fakeOAuth.control.user = { id: 7777, login: '', name: '카카오친구', email: `kakao-${stamp}@example.com`, verified: true };
          await op.goto('/signup');
          await op.getByRole('link', { name: '카카오로 계속하기' }).click();
          await op.waitForURL((u) => u.pathname === '/chat');
          await op.locator('.nav-nickname', { hasText: '카카오친구' }).waitFor();
        },
      ],
      [
        'a cancelled consent shows the error page, none of the provider text',
        async () => {
          await signOut();
          fakeOAuth.control.deny = true;
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL('**/oauth/error?reason=cancelled');
          await op.locator('[data-testid="oauth-reason"][data-reason="cancelled"]').waitFor();
          await expectInert(op, 'oauth error page');
          await shoot(op, 'oauth-error');
          fakeOAuth.control.deny = false;
        },
      ],
      [
        'an existing email is never linked silently; the owner links from the profile with the password',
        async () => {
          const owner = { email: `owner-${stamp}@example.com`, password: 'namebot123', nickname: '주인' };
          const r = await api(offline.base, 'POST', '/api/accounts/signup', { ...owner, password2: owner.password });
          assert(r.status === 201, `signup ${r.status}`);
          fakeOAuth.control.user = { id: 9999, login: 'owner', name: '깃허브주인', email: owner.email, verified: true };
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL('**/oauth/error?reason=link_required');
          await op.locator('[data-testid="oauth-reason"][data-reason="link_required"]').waitFor();
          await logIn(op, owner.email, owner.password);
          await op.goto('/profile');
          await op.fill('#link-password', owner.password);
          await op.getByRole('button', { name: 'GitHub 연결하기' }).click();
          await op.waitForURL((u) => u.pathname === '/profile');
          await op.locator('.linked-item[data-provider="github"] .badge').waitFor();
          await signOut();
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL((u) => u.pathname === '/chat');
          await op.locator('.nav-nickname', { hasText: owner.nickname }).waitFor();
        },
      ],
      [
        'a server without providers shows no provider buttons',
        async () => {
          const mp = await newPage(await newContext(browser, model.base));
          const answered = mp.waitForResponse((r) => r.url().endsWith('/api/accounts/oauth/providers'));
          await mp.goto('/login');
          await answered;
          await mp.locator('#login-email').waitFor();
          await mp.waitForTimeout(100);
          assert((await mp.locator('.btn-oauth').count()) === 0, 'provider buttons shown');
          await mp.context().close();
        },
      ],
    ],
    O,
  );
}
