// What an anonymous visitor costs: nothing it does not need. The app asks the server
// to restore a session only when the companion cookie (namebot_session, set and cleared
// by the server with the HttpOnly refresh cookie) says there may be one, so the home,
// board, post and login pages of a visitor who never signed in make no refresh call
// (each one a Lambda invocation and an API Gateway request) and log no console error;
// and every response body is read, so "network idle" comes. run.mjs calls it as one
// flow (quietSteps).

const REFRESH = '/api/accounts/token/refresh';

/** Records the page's refresh calls, console errors and answered API calls from now on. */
function watch(page) {
  const seen = { refreshes: [], errors: [], api: [] };
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === REFRESH) seen.refreshes.push(`${r.method()} ${page.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(`${m.text()} (${m.location()?.url ?? page.url()})`);
  });
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) seen.api.push(`${r.status()} ${r.request().method()} ${path}`);
  });
  return {
    seen,
    reset() {
      seen.refreshes.length = 0;
      seen.errors.length = 0;
      seen.api.length = 0;
    },
  };
}

/** A post to open, made through the API by a user of its own (Node's fetch: no browser). */
async function seedPost(base, stamp) {
  const email = `quiet-${stamp}@example.com`;
  const json = { 'Content-Type': 'application/json' };
  const post = (path, body, headers = {}) => fetch(base + path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
  let r = await post('/api/accounts/signup', { email, password: 'quiet1234', password2: 'quiet1234', nickname: 'quiet' });
  if (r.status !== 201) throw new Error(`seed sign-up: ${r.status} ${await r.text()}`);
  r = await post('/api/accounts/login', { email, password: 'quiet1234' });
  const { access_token: token } = await r.json();
  r = await post('/api/board', { title: `quiet ${stamp}`, content: 'a post to read', category: 'chat' }, { Authorization: `Bearer ${token}` });
  if (r.status !== 201) throw new Error(`seed post: ${r.status} ${await r.text()}`);
  return (await r.json()).id;
}

/**
 * The steps. page: a fresh page of a fresh context (no cookies); h: run.mjs's helpers
 * { assert, signUp, base, stamp }.
 */
export function quietSteps(page, h) {
  const { assert } = h;
  const w = watch(page);
  let postId = '';
  const user = { email: `quiet-reader-${h.stamp}@example.com`, password: 'quiet1234', nickname: 'reader' };
  const pages = () => ['/', '/board', `/board/${postId}`, '/login'];

  /** Opens each page, waiting for network idle (which needs every body read), then checks. */
  async function visitAll(where) {
    for (const path of pages()) {
      await page.goto(path, { waitUntil: 'networkidle', timeout: 15_000 });
    }
    assert(w.seen.refreshes.length === 0, `${where}: refresh calls: ${w.seen.refreshes.join('; ')}`);
    assert(w.seen.errors.length === 0, `${where}: console errors: ${w.seen.errors.join('; ')}`);
    const failed = w.seen.api.filter((a) => Number(a.split(' ')[0]) >= 400);
    assert(failed.length === 0, `${where}: failed API calls: ${failed.join('; ')}`);
  }

  return [
    [
      'seed a post',
      async () => {
        postId = await seedPost(h.base, h.stamp);
      },
    ],
    [
      'a visitor who never signed in: no refresh call, no console error, network idle on home, board, post, login',
      async () => {
        w.reset();
        await visitAll('never signed in');
        const cookie = await page.evaluate(() => document.cookie);
        assert(!cookie.includes('namebot_session'), `unexpected companion cookie: ${cookie}`);
      },
    ],
    [
      'signed in, a reload restores the session (one refresh, the profile)',
      async () => {
        await h.signUp(page, user);
        const cookie = await page.evaluate(() => document.cookie);
        assert(cookie.includes('namebot_session=1'), `no companion cookie after sign-in: ${cookie}`);
        w.reset();
        await page.goto(`/board/${postId}`, { waitUntil: 'networkidle', timeout: 15_000 });
        await page.reload({ waitUntil: 'networkidle', timeout: 15_000 });
        assert(w.seen.refreshes.length === 2, `refresh calls on two loads: ${w.seen.refreshes.length}`);
        assert(w.seen.api.includes('200 POST /api/accounts/token/refresh') && w.seen.api.includes('200 GET /api/accounts/profile'), `session not restored: ${w.seen.api.join('; ')}`);
        await page.locator('.nav-button').waitFor({ state: 'visible', timeout: 5000 });
        assert(w.seen.errors.length === 0, `console errors while signed in: ${w.seen.errors.join('; ')}`);
      },
    ],
    [
      'a refresh whose answer was lost (the page left mid-request) keeps the session',
      async () => {
        // The server rotates the cookie's token but the browser never sees the answer: it
        // still holds the token just replaced, as after a reload that cut a refresh short.
        const ctx = page.context();
        const jar = await ctx.cookies(`${h.base}/api/accounts/`);
        const held = jar.find((c) => c.name === 'namebot_refresh')?.value;
        assert(held, 'no refresh cookie in the browser');
        const r = await fetch(h.base + REFRESH, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Cookie: `namebot_refresh=${held}`, Origin: h.base },
        });
        assert(r.status === 200, `the refresh that got lost answered ${r.status}`);
        await r.body?.cancel();
        w.reset();
        await page.goto('/profile', { waitUntil: 'networkidle', timeout: 15_000 });
        await page.locator('.nav-button').waitFor({ state: 'visible', timeout: 5000 });
        assert(new URL(page.url()).pathname === '/profile', `sent to ${page.url()}`);
        assert(w.seen.api.includes('200 POST /api/accounts/token/refresh'), `session not restored: ${w.seen.api.join('; ')}`);
        const now = (await ctx.cookies(`${h.base}/api/accounts/`)).find((c) => c.name === 'namebot_refresh')?.value;
        assert(now && now !== held, 'the browser did not get a new refresh token');
      },
    ],
    [
      'logging out returns to no calls',
      async () => {
        await page.locator('.nav-button').click();
        await page.waitForURL((u) => u.pathname === '/');
        await page.locator('a[href="/login"]').first().waitFor({ state: 'visible', timeout: 5000 });
        const cookie = await page.evaluate(() => document.cookie);
        assert(!cookie.includes('namebot_session'), `companion cookie left after logout: ${cookie}`);
        w.reset();
        await visitAll('after logout');
      },
    ],
  ];
}
