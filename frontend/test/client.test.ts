import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, errorFromResponse } from '../src/api/client';
import { setLang } from '../src/i18n';

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function tokens(access: string) {
  return { access_token: access, refresh_token: 'opaque', token_type: 'Bearer', expires_in: 900 };
}

function header(init: RequestInit, name: string): string | undefined {
  return (init.headers as Record<string, string> | undefined)?.[name];
}

/** A fake server: records every call, answers with the handler. */
function fakeFetch(handler: Handler) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const i = init ?? {};
    calls.push({ url, init: i });
    return handler(url, i);
  });
  return { fetch: fn as unknown as typeof fetch, calls };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  localStorage.clear();
  // A browser that signed in before: the companion cookie says a refresh is worth asking.
  document.cookie = 'namebot_session=1; path=/';
  sessionStorage.clear();
  setLang('ko');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setLang('ko');
});

describe('refresh', () => {
  it('is single-flight when several requests meet an expired token at once', async () => {
    let refreshes = 0;
    const { fetch, calls } = fakeFetch(async (url, init) => {
      if (url === '/api/accounts/token/refresh') {
        refreshes++;
        await delay(20);
        return json(200, tokens('new'));
      }
      return header(init, 'Authorization') === 'Bearer new' ? json(200, { url }) : json(401, { error: { code: 'unauthorized', message: '만료' } });
    });
    const c = createApiClient({ fetch });
    c.acceptTokens(tokens('old'));

    const results = await Promise.all([c.get<{ url: string }>('/api/a'), c.get<{ url: string }>('/api/b'), c.get<{ url: string }>('/api/c'), c.get<{ url: string }>('/api/d')]);

    expect(results.map((r) => r.url)).toEqual(['/api/a', '/api/b', '/api/c', '/api/d']);
    expect(refreshes).toBe(1);
    // 4 first tries + 1 refresh + 4 retries, each retry with the new token.
    expect(calls).toHaveLength(9);
    const retries = calls.filter((x) => header(x.init, 'Authorization') === 'Bearer new');
    expect(retries).toHaveLength(4);
  });

  it('takes the browser-wide lock so two tabs never refresh with the same cookie at once', async () => {
    const taken: string[] = [];
    vi.stubGlobal('navigator', {
      ...navigator,
      locks: { request: async (name: string, fn: () => Promise<unknown>) => (taken.push(name), fn()) },
    });
    const { fetch } = fakeFetch(() => json(200, tokens('t')));
    const c = createApiClient({ fetch });
    await Promise.all([c.refresh(), c.refresh()]);
    expect(taken).toEqual(['namebot-refresh']);
  });

  it('shares a refresh already in flight with a request that starts later', async () => {
    let refreshes = 0;
    const { fetch } = fakeFetch(async (url, init) => {
      if (url.endsWith('/token/refresh')) {
        refreshes++;
        await delay(15);
        return json(200, tokens('t1'));
      }
      return header(init, 'Authorization') === 'Bearer t1' ? json(200, {}) : json(401, {});
    });
    const c = createApiClient({ fetch });
    const restore = c.refresh();
    const req = c.get('/api/accounts/profile');
    await Promise.all([restore, req]);
    expect(refreshes).toBe(1);
  });

  it('retries the request once, silently, after refreshing an expired token', async () => {
    const { fetch, calls } = fakeFetch((url, init) => {
      if (url.endsWith('/token/refresh')) return json(200, tokens('fresh'));
      return header(init, 'Authorization') === 'Bearer fresh' ? json(200, { ok: true }) : json(401, { error: { code: 'unauthorized', message: 'expired' } });
    });
    const c = createApiClient({ fetch });
    c.acceptTokens(tokens('stale'));
    await expect(c.post('/api/chat', { language: 'Go' })).resolves.toEqual({ ok: true });
    expect(calls.map((x) => x.url)).toEqual(['/api/chat', '/api/accounts/token/refresh', '/api/chat']);
    // The body is sent again on the retry.
    expect(calls[2]!.init.body).toBe(JSON.stringify({ language: 'Go' }));
  });

  it('retries only once: a second 401 signs the client out', async () => {
    const { fetch, calls } = fakeFetch((url) => (url.endsWith('/token/refresh') ? json(200, tokens('fresh')) : json(401, { error: { code: 'unauthorized', message: '다시 로그인해 주세요' } })));
    const c = createApiClient({ fetch });
    const seen: (string | null)[] = [];
    c.onTokenChange((tk) => seen.push(tk));
    c.acceptTokens(tokens('stale'));
    const err = await c.get('/api/accounts/profile').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect((err as ApiError).message).toBe('다시 로그인해 주세요');
    expect(calls).toHaveLength(3);
    expect(c.hasToken()).toBe(false);
    expect(seen).toEqual(['stale', 'fresh', null]);
  });

  it('signs out when the refresh cookie is gone', async () => {
    const { fetch, calls } = fakeFetch((url) => (url.endsWith('/token/refresh') ? json(401, { error: { code: 'unauthorized', message: 'no cookie' } }) : json(401, {})));
    const c = createApiClient({ fetch });
    c.acceptTokens(tokens('stale'));
    const err = await c.get('/api/chat').catch((e: unknown) => e);
    expect((err as ApiError).code).toBe('unauthorized');
    expect(c.hasToken()).toBe(false);
    expect(calls).toHaveLength(2);
  });

  it('restores the session from the cookie before the first authenticated call', async () => {
    const { fetch, calls } = fakeFetch((url, init) => {
      if (url.endsWith('/token/refresh')) return json(200, tokens('restored'));
      return json(200, { auth: header(init, 'Authorization') });
    });
    const c = createApiClient({ fetch });
    await expect(c.get('/api/accounts/profile')).resolves.toEqual({ auth: 'Bearer restored' });
    expect(calls[0]!.url).toBe('/api/accounts/token/refresh');
    expect(calls[0]!.init.credentials).toBe('same-origin');
    expect(calls[0]!.init.method).toBe('POST');
  });

  it('does not call a protected route at all when there is no session', async () => {
    const { fetch, calls } = fakeFetch(() => json(401, {}));
    const c = createApiClient({ fetch });
    await expect(c.get('/api/chat')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(calls.map((x) => x.url)).toEqual(['/api/accounts/token/refresh']);
  });

  it('never retries or refreshes for login (401 means bad credentials)', async () => {
    const { fetch, calls } = fakeFetch(() => json(401, { error: { code: 'unauthorized', message: '이메일 또는 비밀번호가 올바르지 않아요' } }));
    const c = createApiClient({ fetch });
    const err = (await c.post('/api/accounts/login', { email: 'a@b.c', password: 'x' }, { auth: false }).catch((e: unknown) => e)) as ApiError;
    expect(err.message).toBe('이메일 또는 비밀번호가 올바르지 않아요');
    expect(calls).toHaveLength(1);
    expect(header(calls[0]!.init, 'Authorization')).toBeUndefined();
  });
});

describe('headers', () => {
  it('sends Accept-Language from the chosen UI language', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, {}));
    const c = createApiClient({ fetch });
    await c.get('/api/health', { auth: false });
    setLang('en');
    await c.get('/api/health', { auth: false });
    expect(header(calls[0]!.init, 'Accept-Language')).toBe('ko');
    expect(header(calls[1]!.init, 'Accept-Language')).toBe('en');
  });

  it('sends JSON with the bearer token and same-origin credentials', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, { id: 'r1' }));
    const c = createApiClient({ fetch });
    c.acceptTokens(tokens('abc'));
    await c.post('/api/chat', { language: 'Python' });
    const init = calls[0]!.init;
    expect(header(init, 'Authorization')).toBe('Bearer abc');
    expect(header(init, 'Content-Type')).toBe('application/json');
    expect(init.credentials).toBe('same-origin');
  });

  it('declares JSON on every write, bodyless ones too (the server refuses other types)', async () => {
    const { fetch, calls } = fakeFetch((url) =>
      url.endsWith('/token/refresh') ? json(200, tokens('abc')) : new Response(null, { status: 204 }),
    );
    const c = createApiClient({ fetch });
    await c.refresh();
    c.acceptTokens(tokens('abc'));
    await c.post('/api/accounts/logout');
    await c.del('/api/chat/1');
    await c.get('/api/health', { auth: false });
    const byMethod = calls.map((x) => `${x.init.method} ${header(x.init, 'Content-Type') ?? '-'}`);
    expect(byMethod).toEqual(['POST application/json', 'POST application/json', 'DELETE application/json', 'GET -']);
  });

  it('treats 204 as an empty success', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    const c = createApiClient({ fetch });
    c.acceptTokens(tokens('abc'));
    await expect(c.del('/api/chat/1')).resolves.toBeUndefined();
  });
});

describe('errors', () => {
  it("keeps the server's code, localised message and field messages", async () => {
    const err = await errorFromResponse(
      json(400, { error: { code: 'invalid', message: '입력값을 확인해 주세요', fields: { email: '이메일 형식이 아니에요', password: '8자 이상' } } }),
    );
    expect(err).toMatchObject({ status: 400, code: 'invalid', message: '입력값을 확인해 주세요' });
    expect(err.fields).toEqual({ email: '이메일 형식이 아니에요', password: '8자 이상' });
  });

  it('falls back to a local message by status when the body is not the envelope', async () => {
    const html = new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } });
    const err = await errorFromResponse(html);
    expect(err.code).toBe('model_failed');
    expect(err.message).toBe('모델이 답하지 못했어요. 잠시 후 다시 시도해 주세요.');
    setLang('en');
    const err2 = await errorFromResponse(new Response('', { status: 504 }));
    expect(err2.code).toBe('model_timeout');
    expect(err2.message).toBe('The model took too long. Please try again shortly.');
  });

  it('maps every status the API uses', async () => {
    const cases: [number, string][] = [
      [400, 'invalid'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not_found'],
      [409, 'conflict'],
      [413, 'too_large'],
      [429, 'rate_limited'],
      [500, 'internal'],
      [503, 'unavailable'],
    ];
    for (const [status, code] of cases) {
      const err = await errorFromResponse(new Response('{}', { status }));
      expect(err.code).toBe(code);
      expect(err.message.length).toBeGreaterThan(0);
    }
  });

  it('reads Retry-After and keeps the quota and kept message of chat errors', async () => {
    const quota = { limit: 5, used: 5, remaining: 0, resets_at: '2025-01-01T15:00:00Z' };
    const err = await errorFromResponse(json(429, { error: { code: 'rate_limited', message: '오늘 질문을 모두 썼어요' }, quota }, { 'Retry-After': '3600' }));
    expect(err.retryAfter).toBe(3600);
    expect(err.body?.quota).toEqual(quota);
    const um = { id: 'm1', is_user: true, content: 'q', suggestions: [], status: 'unanswered', created_at: '2025-01-01T00:00:00Z' };
    const err2 = await errorFromResponse(json(502, { error: { code: 'model_failed', message: '실패' }, user_message: um, quota }));
    expect(err2.body?.user_message).toEqual(um);
  });

  it('turns a network failure into a localised "network" error', async () => {
    const c = createApiClient({
      fetch: (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch,
    });
    await expect(c.get('/api/health', { auth: false })).rejects.toMatchObject({ code: 'network', status: 0, message: '서버에 연결할 수 없어요. 네트워크를 확인해 주세요.' });
  });

  it('ignores unknown codes from the server and uses the status instead', async () => {
    const err = await errorFromResponse(json(404, { error: { code: 'weird', message: '' } }));
    expect(err.code).toBe('not_found');
    expect(err.message).toBe('찾을 수 없어요.');
  });
});

describe('storage', () => {
  it('never writes a token to localStorage, sessionStorage or a script-readable cookie', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const { fetch } = fakeFetch((url) => {
      if (url.endsWith('/login')) return json(200, tokens('ACCESS-SECRET-1'));
      if (url.endsWith('/token/refresh')) return json(200, tokens('ACCESS-SECRET-2'));
      return json(401, {});
    });
    const c = createApiClient({ fetch });
    c.acceptTokens(await c.post('/api/accounts/login', { email: 'a@b.c', password: 'pw123456' }, { auth: false }));
    await c.refresh();
    await c.get('/api/chat').catch(() => undefined);

    const stored = [
      ...Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`),
      ...Object.keys(sessionStorage).map((k) => `${k}=${sessionStorage.getItem(k)}`),
      document.cookie,
    ].join('\n');
    expect(stored).not.toMatch(/ACCESS-SECRET|opaque/);
    for (const [key, value] of setItem.mock.calls) {
      expect(key).toBe('namebot.lang');
      expect(String(value)).not.toMatch(/SECRET|opaque/);
    }
    setItem.mockRestore();
  });
});
