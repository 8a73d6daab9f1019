import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, hasSessionCookie } from '../src/api/client';

/** Responses whose bodies the test can check were read or cancelled. */
function tracked() {
  const made: Response[] = [];
  const answer = (status: number, body: unknown) => {
    const res = new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    made.push(res);
    return res;
  };
  return { made, answer };
}

const tokens = (access: string) => ({ access_token: access, refresh_token: 'opaque', token_type: 'Bearer', expires_in: 900 });

function clearCookie(): void {
  document.cookie = 'namebot_session=; path=/; max-age=0';
}

beforeEach(clearCookie);

describe('the companion cookie', () => {
  it('is recognised by name, with a value, among other cookies', () => {
    expect(hasSessionCookie('')).toBe(false);
    expect(hasSessionCookie('namebot_session=1')).toBe(true);
    expect(hasSessionCookie('a=b; namebot_session=1; c=d')).toBe(true);
    expect(hasSessionCookie('namebot_session=')).toBe(false);
    expect(hasSessionCookie('xnamebot_session=1; namebot_sessionx=1')).toBe(false);
  });

  it('without it, restoring a session asks nothing of the server', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 500 }));
    const c = createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(c.refresh()).resolves.toBeNull();
    await expect(c.get('/api/chat')).rejects.toMatchObject({ status: 401, code: 'unauthorized' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('with it (read from document.cookie), the refresh is sent; a 401 forgets the cookie', async () => {
    document.cookie = 'namebot_session=1; path=/';
    const { made, answer } = tracked();
    const fetch = vi.fn(async () => answer(401, { error: { code: 'unauthorized', message: 'gone' } }));
    const c = createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await expect(c.refresh()).resolves.toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(hasSessionCookie(document.cookie)).toBe(false);
    // The refused refresh's body was consumed: an unread body keeps the request open.
    expect(made.every((r) => r.bodyUsed)).toBe(true);
    await c.refresh();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('response bodies', () => {
  it('are consumed on every path: 204, the 401 before a retry, errors, JSON', async () => {
    const { made, answer } = tracked();
    let first = true;
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const auth = (init?.headers as Record<string, string>).Authorization;
      if (url.endsWith('/token/refresh')) return answer(200, tokens('fresh'));
      if (url === '/api/gone') return answer(404, { error: { code: 'not_found', message: 'x' } });
      if (url === '/api/empty') return answer(204, undefined);
      if (first && auth === 'Bearer stale') {
        first = false;
        return answer(401, { error: { code: 'unauthorized', message: 'expired' } });
      }
      return answer(200, { ok: true });
    });
    const c = createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, hasSession: () => true });
    c.acceptTokens(tokens('stale'));
    await expect(c.get('/api/a')).resolves.toEqual({ ok: true });
    await expect(c.del('/api/empty')).resolves.toBeUndefined();
    await expect(c.get('/api/gone')).rejects.toMatchObject({ status: 404 });
    expect(made).toHaveLength(5);
    // A 204 has no body (null) to read; every other one was read or cancelled.
    expect(made.filter((r) => r.body !== null && !r.bodyUsed).map((r) => r.status)).toEqual([]);
  });
});

describe("auth: 'optional'", () => {
  it('sends no token and makes no refresh without a session', async () => {
    const seen: (string | undefined)[] = [];
    const fetch = vi.fn(async (_: RequestInfo | URL, init?: RequestInit) => {
      seen.push((init?.headers as Record<string, string>).Authorization);
      return new Response('{}', { status: 200 });
    });
    const c = createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await c.get('/api/board/p', { auth: 'optional' });
    expect(seen).toEqual([undefined]);
  });

  it('waits for a refresh under way and sends its token; a stale token is refreshed once', async () => {
    const calls: string[] = [];
    let refreshes = 0;
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const auth = (init?.headers as Record<string, string>).Authorization ?? '-';
      calls.push(`${url} ${auth}`);
      if (url.endsWith('/token/refresh')) return new Response(JSON.stringify(tokens(`t${++refreshes}`)), { status: 200 });
      if (auth === 'Bearer t1') return new Response('{}', { status: 401 });
      return new Response('{}', { status: 200 });
    });
    const c = createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, hasSession: () => true });
    const restoring = c.refresh();
    await c.get('/api/board/p', { auth: 'optional' });
    await restoring;
    expect(calls).toEqual(['/api/accounts/token/refresh -', '/api/board/p Bearer t1', '/api/accounts/token/refresh -', '/api/board/p Bearer t2']);
  });
});
