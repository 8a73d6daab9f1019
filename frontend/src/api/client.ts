import { getLang, t, type MessageKey } from '../i18n';
import type { ErrorBody, ErrorCode, TokenResponse } from './types';

/** An API failure with the server's code, its localised message and per-field messages. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  readonly body: ErrorBody | null;
  /** Seconds from Retry-After, when the server sent it. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    fields: Record<string, string> = {},
    body: ErrorBody | null = null,
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.body = body;
    this.retryAfter = retryAfter;
  }
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'too_large',
  'rate_limited',
  'model_failed',
  'model_timeout',
  'unavailable',
  'internal',
];

function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'invalid';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'too_large';
    case 429:
      return 'rate_limited';
    case 502:
      return 'model_failed';
    case 503:
      return 'unavailable';
    case 504:
      return 'model_timeout';
    default:
      return 'internal';
  }
}

/** The local message for a code, used when the server sent none (or no JSON at all). */
export function messageForCode(code: ErrorCode): string {
  return t(`error.${code}` as MessageKey);
}

function parseRetryAfter(value: string | null): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Builds an ApiError from a failed response, preferring the server's own words. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    const text = await res.text();
    if (text) body = JSON.parse(text) as ErrorBody;
  } catch {
    body = null;
  }
  const raw = body && typeof body === 'object' ? body.error : undefined;
  const code =
    raw && typeof raw.code === 'string' && (KNOWN_CODES as readonly string[]).includes(raw.code)
      ? (raw.code as ErrorCode)
      : codeForStatus(res.status);
  const message = raw && typeof raw.message === 'string' && raw.message.trim() ? raw.message : messageForCode(code);
  const fields: Record<string, string> = {};
  if (raw && raw.fields && typeof raw.fields === 'object') {
    for (const [k, v] of Object.entries(raw.fields)) if (typeof v === 'string') fields[k] = v;
  }
  return new ApiError(res.status, code, message, fields, body, parseRetryAfter(res.headers.get('Retry-After')));
}

export interface RequestOptions {
  /**
   * Send the access token and refresh it on 401 (true, the default); send nothing (false);
   * or 'optional': send the token when there is a session (waiting for a refresh already
   * under way), and nothing otherwise. The server then knows the reader, if any.
   */
  auth?: boolean | 'optional';
  signal?: AbortSignal;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  /** Value for Accept-Language; the UI language by default. */
  lang?: () => string;
  baseUrl?: string;
  /** Whether a session may exist (the companion cookie is there); document.cookie by default. */
  hasSession?: () => boolean;
  /** Forgets the companion cookie once the server said there is no session. */
  forgetSession?: () => void;
}

/**
 * The companion of the HttpOnly refresh cookie: the server sets and clears both together.
 * Its value is no secret; it only says that a refresh is worth a request.
 */
export const SESSION_COOKIE = 'namebot_session';

/** Whether a Cookie header string (document.cookie) holds the companion cookie. */
export function hasSessionCookie(cookies: string): boolean {
  return cookies.split(';').some((c) => {
    const [name, value] = c.trim().split('=', 2);
    return name === SESSION_COOKIE && !!value;
  });
}

function documentHasSession(): boolean {
  // Outside a browser (no document) there is no cookie to go by: ask the server.
  if (typeof document === 'undefined') return true;
  return hasSessionCookie(document.cookie);
}

function forgetDocumentSession(): void {
  if (typeof document === 'undefined') return;
  const secure = globalThis.location?.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${SESSION_COOKIE}=; Path=/; Max-Age=0; SameSite=Strict${secure}`;
}

/**
 * Reads and drops a response body the caller does not need. A body left unread keeps the
 * request open in Chromium (no "network idle") and holds its connection.
 */
export async function discard(res: Response): Promise<void> {
  try {
    await res.body?.cancel();
  } catch {
    // Already read or errored: nothing left to release.
  }
}

export type ApiClient = ReturnType<typeof createApiClient>;

const REFRESH_PATH = '/api/accounts/token/refresh';

/**
 * The one API client. The access token lives in this closure only (never in storage);
 * the refresh token is the HttpOnly cookie the server scopes to /api/accounts.
 */
export function createApiClient(options: ClientOptions = {}) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const lang = options.lang ?? getLang;
  const base = options.baseUrl ?? '';
  const hasSession = options.hasSession ?? documentHasSession;
  const forgetSession = options.forgetSession ?? forgetDocumentSession;

  let accessToken: string | null = null;
  let refreshing: Promise<string | null> | null = null;
  const tokenListeners = new Set<(token: string | null) => void>();

  function setToken(token: string | null): void {
    if (token === accessToken) return;
    accessToken = token;
    for (const l of [...tokenListeners]) l(token);
  }

  async function send(method: string, path: string, body: unknown, token: string | null, signal?: AbortSignal) {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      'Accept-Language': lang(),
    };
    // Every write declares JSON, bodyless ones too (logout, refresh, DELETE): the
    // server refuses any other type on a write, and a header a form cannot send
    // keeps every write of the app a CORS request (docs/security.md).
    if (body !== undefined || (method !== 'GET' && method !== 'HEAD')) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await doFetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
        signal,
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') throw err;
      throw new ApiError(0, 'network', messageForCode('network'));
    }
  }

  /**
   * Trades the refresh cookie for a new access token. Single-flight: callers that
   * arrive while a refresh is running share it. Resolves null when there is no session;
   * without the companion cookie that is known without asking the server.
   */
  function refresh(): Promise<string | null> {
    if (!refreshing && !hasSession()) {
      setToken(null);
      return Promise.resolve(null);
    }
    if (!refreshing) {
      refreshing = (async () => {
        try {
          const res = await acrossTabs(() => send('POST', REFRESH_PATH, undefined, null));
          if (res.ok) {
            const data = (await res.json()) as TokenResponse;
            setToken(data.access_token);
            return data.access_token;
          }
          if (res.status === 400 || res.status === 401 || res.status === 403) {
            await discard(res);
            forgetSession();
            setToken(null);
            return null;
          }
          throw await errorFromResponse(res);
        } finally {
          refreshing = null;
        }
      })();
    }
    return refreshing;
  }

  async function request<T>(method: string, path: string, body?: unknown, opts: RequestOptions = {}): Promise<T> {
    const auth = opts.auth ?? true;
    let token: string | null = null;
    if (auth === 'optional') {
      token = accessToken ?? (refreshing ? await refreshing.catch(() => null) : null);
    } else if (auth) {
      token = accessToken ?? (await refresh());
      if (!token) throw new ApiError(401, 'unauthorized', messageForCode('unauthorized'));
    }
    let res = await send(method, path, body, token, opts.signal);
    if (res.status === 401 && auth === 'optional' && token) {
      // A stale token on a route that does not need one: refresh once, else go without.
      await discard(res);
      const fresh = accessToken && accessToken !== token ? accessToken : await refresh().catch(() => null);
      res = await send(method, path, body, fresh, opts.signal);
    } else if (res.status === 401 && auth === true) {
      // The token expired (or was replaced by a concurrent refresh): refresh once, retry once.
      const fresh = accessToken && accessToken !== token ? accessToken : await refresh();
      if (!fresh) throw await errorFromResponse(res);
      await discard(res);
      res = await send(method, path, body, fresh, opts.signal);
      if (res.status === 401) {
        const err = await errorFromResponse(res);
        if (accessToken === fresh) setToken(null);
        throw err;
      }
    }
    if (!res.ok) throw await errorFromResponse(res);
    if (res.status === 204) {
      await discard(res);
      return undefined as T;
    }
    const text = await res.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  return {
    request,
    refresh,
    get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
    post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
    patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
    del: <T = void>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('DELETE', path, body, opts),
    /** Adopt tokens from login. */
    acceptTokens(tokens: TokenResponse): void {
      setToken(tokens.access_token);
    },
    clearSession(): void {
      setToken(null);
    },
    hasToken: () => accessToken !== null,
    /** Whether a session may exist: the companion cookie is there (no request made). */
    mayHaveSession: () => hasSession(),
    onTokenChange(listener: (token: string | null) => void): () => void {
      tokenListeners.add(listener);
      return () => tokenListeners.delete(listener);
    },
  };
}

/**
 * Runs fn under a browser-wide lock where the Web Locks API exists, so two tabs never
 * present the same refresh cookie at once (the server treats a reused refresh token as
 * theft and revokes the whole family). Elsewhere it just runs fn.
 */
function acrossTabs<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks?.request) return fn();
  return locks.request('namebot-refresh', fn) as Promise<T>;
}

/** The app's client. */
export const client = createApiClient();
