// The login CSRF flow: a page on another site posts a form to the login route; the
// victim stays the victim.
// run.mjs calls loginCsrfFlows with its harness, in the run's order (E2E_ONLY still picks flows by name).

export async function loginCsrfFlows(h) {
  const {
    api, assert, browser, cleanups, expectNoCSPViolations, flow, log, logIn, newContext, newPage, offline, signUp,
    stamp, startAttackerSite, textOf,
  } = h;
  const evil = await startAttackerSite();
  cleanups.push(async () => {
    evil.server.closeAllConnections?.();
    await new Promise((r) => evil.server.close(r));
  });
  const ctxV = await newContext(browser, offline.base);
  const vp = await newPage(ctxV);
  const victim = { email: `victim-${stamp}@example.com`, password: 'namebot123', nickname: '피해자' };
  const attacker = { email: `attacker-${stamp}@example.com`, password: 'namebot123', nickname: '공격자' };
  const refreshCookie = async () => (await ctxV.cookies(`${offline.base}/api/accounts/`)).find((c) => c.name === 'namebot_refresh')?.value;
  /** Visits the attacker's page, lets its form post, and checks the victim is still the victim. */
  const visitAndCheck = async (url, label) => {
    const before = await refreshCookie();
    assert(before, `${label}: the victim has no session to begin with`);
    const posted = vp.waitForResponse((r) => r.url() === `${offline.base}/api/accounts/login` && r.request().method() === 'POST');
    await vp.goto(url);
    const res = await posted;
    const req = res.request();
    const sent = await req.allHeaders();
    log(`  ${label}: ${res.status()} (Origin ${sent.origin}, Sec-Fetch-Site ${sent['sec-fetch-site']}, ${sent['content-type']})`);
    assert(res.status() === 400 || res.status() === 403, `${label}: the login answered ${res.status()}`);
    assert(!(await res.headerValue('set-cookie')), `${label}: the refused login set a cookie`);
    assert((await refreshCookie()) === before, `${label}: the refresh cookie was replaced`);
    // Back in the app, after a reload (the session comes from the cookie): still the victim.
    await vp.goto('/profile');
    await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
    assert((await textOf(vp, '.nav-nickname')) === victim.nickname, `${label}: signed in as "${await textOf(vp, '.nav-nickname')}"`);
  };
  await flow(
    'login csrf',
    [
      [
        'the victim is signed in; the attacker has an account',
        async () => {
          const r = await api(offline.base, 'POST', '/api/accounts/signup', { ...attacker, password2: attacker.password });
          assert(r.status === 201, `attacker sign-up: ${r.status}`);
          await signUp(vp, victim);
          await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
        },
      ],
      [
        'a form on another site (127.0.0.1) posting the login does not switch the account',
        async () => {
          const action = `${offline.base}/api/accounts/login`;
          const form = evil.formPage('/form', action, 'application/x-www-form-urlencoded', { email: attacker.email, password: attacker.password });
          await visitAndCheck(`http://127.0.0.1:${evil.port}${form}`, 'urlencoded, cross-site');
          // A text/plain form whose one field makes the body read as JSON.
          const name = `{"email":"${attacker.email}","password":"${attacker.password}","x":"`;
          const plain = evil.formPage('/plain', action, 'text/plain', { [name]: '"}' });
          await visitAndCheck(`http://127.0.0.1:${evil.port}${plain}`, 'text/plain, cross-site');
          const multi = evil.formPage('/multi', action, 'multipart/form-data', { email: attacker.email, password: attacker.password });
          await visitAndCheck(`http://127.0.0.1:${evil.port}${multi}`, 'multipart, cross-site');
        },
      ],
      [
        'the same form from another port of the same host (same-site) is refused too',
        async () => {
          const action = `${offline.base}/api/accounts/login`;
          const form = evil.formPage('/form2', action, 'application/x-www-form-urlencoded', { email: attacker.email, password: attacker.password });
          await visitAndCheck(`http://localhost:${evil.port}${form}`, 'urlencoded, same-site');
        },
      ],
      [
        'the app itself still signs in, refreshes and signs out',
        async () => {
          await vp.getByRole('button', { name: '로그아웃' }).click();
          await vp.getByRole('button', { name: '로그아웃' }).waitFor({ state: 'detached' });
          await logIn(vp, victim.email, victim.password);
          await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
          await vp.reload();
          await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
          await expectNoCSPViolations(vp, 'after login');
          await ctxV.close();
        },
      ],
    ],
    { page: vp },
  );
}
