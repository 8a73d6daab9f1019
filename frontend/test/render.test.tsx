import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Message, Profile, Quota } from '../src/api/types';
import { App } from '../src/app';
import { sessionStore } from '../src/auth';
import { Layout } from '../src/components/Layout';
import { MessageItem, proseOf, splitOffline } from '../src/components/MessageItem';
import { QuotaBadge } from '../src/components/QuotaBadge';
import { SuggestionCard } from '../src/components/SuggestionCard';
import { setLang } from '../src/i18n';
import { RoomPage } from '../src/pages/Room';
import { RoomsPage } from '../src/pages/Rooms';
import { locationStore } from '../src/router';
import { json, mount, root, useDom } from './dom';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>window.__xss=1</script>',
  '"><svg onload=window.__xss=2>',
  '</textarea><iframe src=javascript:alert(3)>',
];

const quota: Quota = { limit: 5, used: 2, remaining: 3, resets_at: '2030-01-01T15:00:00Z' };

useDom();

/** Nothing executable was created and no payload ran. */
function expectInert(el: HTMLElement) {
  expect(el.querySelectorAll('img, script, iframe, svg[onload], [onerror], [onload]').length).toBe(0);
  expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
}

/** Waits until the selector matches. */
function find<T extends Element>(selector: string): Promise<T> {
  return vi.waitFor(() => {
    const el = root.querySelector<T>(selector);
    if (!el) throw new Error(`not yet: ${selector}`);
    return el;
  });
}


function msg(over: Partial<Message>): Message {
  return {
    id: Math.random().toString(36).slice(2),
    is_user: true,
    content: '',
    suggestions: [],
    status: 'answered',
    created_at: '2030-01-01T03:04:00Z',
    ...over,
  };
}

type Route = (url: string, init: RequestInit) => Response | undefined;


/** Routes the singleton client's fetch to a fake server that is already signed in. */
function serve(route: Route) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === '/api/accounts/token/refresh') return json(200, { access_token: 'tok', refresh_token: 'r', token_type: 'Bearer', expires_in: 900 });
    return route(url, init) ?? json(404, { error: { code: 'not_found', message: '없음' } });
  });
  return calls;
}

describe('hostile text renders as text', () => {
  it('in user messages', () => {
    mount(
      <ul>
        {HOSTILE.map((h) => (
          <MessageItem key={h} item={msg({ content: h })} onRetry={() => undefined} retrying={false} />
        ))}
      </ul>,
    );
    for (const h of HOSTILE) expect(root.textContent).toContain(h);
    expectInert(root);
  });

  it('in bot answers, suggestion names, reasons and kinds', () => {
    const bot = msg({
      is_user: false,
      content: `[오프라인 추천] note: ${HOSTILE[1]}`,
      suggestions: [
        { kind: 'function', name: HOSTILE[0]!, reason: HOSTILE[1]! },
        { kind: '"><img src=x onerror=alert(1)>' as never, name: 'ok_name', reason: HOSTILE[2]! },
      ],
    });
    mount(
      <ul>
        <MessageItem item={bot} onRetry={() => undefined} retrying={false} />
      </ul>,
    );
    expect(root.textContent).toContain(`note: ${HOSTILE[1]}`);
    expect(root.querySelector('.badge-offline')?.textContent).toBe('오프라인 추천');
    const names = [...root.querySelectorAll('.name-card-name')].map((n) => n.textContent);
    expect(names).toEqual([HOSTILE[0], 'ok_name']);
    expect(root.textContent).toContain(HOSTILE[2]);
    // An unknown kind is shown as text but never becomes a class name.
    const kinds = [...root.querySelectorAll('.kind')].map((k) => k.className);
    expect(kinds).toEqual(['kind kind-function', 'kind']);
    expectInert(root);
  });

  it('in the nickname in the header', () => {
    const profile: Profile = { id: 'u', email: 'a@b.c', nickname: HOSTILE[0]!, is_manager: false, created_at: '2030-01-01T00:00:00Z', quota };
    sessionStore.set({ status: 'signed_in', profile });
    mount(<Layout>content</Layout>);
    expect(root.querySelector('.nav-nickname')?.textContent).toBe(HOSTILE[0]);
    expectInert(root);
  });

  it('in room titles, languages and conventions', async () => {
    const room = { id: 'r1', language: HOSTILE[1]!, convention: HOSTILE[2]!, title: HOSTILE[0]!, created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' };
    serve((url) => (url.startsWith('/api/chat?') ? json(200, { items: [room], next_cursor: null }) : undefined));
    mount(<RoomsPage />);
    await vi.waitFor(() => expect(root.querySelector('.room-name')?.textContent).toBe(HOSTILE[0]));
    expect(root.textContent).toContain(HOSTILE[1]);
    expect(root.textContent).toContain(HOSTILE[2]);
    expectInert(root);
  });

  it('in a whole chat room loaded from the API', async () => {
    const chat = { id: 'r1', language: 'Python', convention: HOSTILE[3]!, title: '', created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' };
    serve((url) =>
      url === '/api/chat/r1'
        ? json(200, {
            chat,
            messages: [msg({ content: HOSTILE[0]! }), msg({ is_user: false, content: HOSTILE[1]!, suggestions: [{ kind: 'variable', name: HOSTILE[2]!, reason: HOSTILE[3]! }] })],
            next_cursor: null,
            quota,
          })
        : undefined,
    );
    mount(<RoomPage id="r1" />);
    await vi.waitFor(() => expect(root.querySelector('.messages')).not.toBeNull());
    for (const h of HOSTILE) expect(root.textContent).toContain(h);
    expectInert(root);
  });

  it('the source never uses innerHTML or dangerouslySetInnerHTML', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(join(__dirname, '..', 'src'));
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
    const html = readFileSync(join(__dirname, '..', 'index.html'), 'utf8');
    // No inline script, handler or style in the page shell (the CSP forbids them).
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toMatch(/\sstyle=/i);
  });
});

describe('chat room', () => {
  const chat = { id: 'r1', language: 'Python', convention: 'PEP 8', title: '', created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' };

  it('shows the quota as "n/5 남음 · HH:MM 초기화" in local time', () => {
    // Pin the zone: 2030-01-01T15:00:00Z is 00:00 the next day in Seoul (UTC+9, no DST).
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Seoul';
    try {
      mount(<QuotaBadge quota={quota} />);
      expect(root.querySelector('.quota-text')?.textContent).toBe('3/5 남음 · 00:00 초기화');
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('sends on Enter, keeps a newline on Shift+Enter, and shows the name cards', async () => {
    const sent: unknown[] = [];
    serve((url, init) => {
      if (url === '/api/chat/r1' && init.method === 'GET') return json(200, { chat, messages: [], next_cursor: null, quota });
      if (url === '/api/chat/r1' && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { content: string; client_message_id: string };
        sent.push(body);
        return json(201, {
          user_message: msg({ id: 'u1', content: body.content }),
          bot_message: msg({ id: 'b1', is_user: false, content: '이렇게 지어 보세요.', suggestions: [{ kind: 'variable', name: 'total_sum', reason: '합계' }] }),
          quota: { ...quota, used: 3, remaining: 2 },
        });
      }
      return undefined;
    });
    mount(<RoomPage id="r1" />);
    const input = await vi.waitFor(() => {
      const el = root.querySelector<HTMLTextAreaElement>('#composer-input');
      expect(el).not.toBeNull();
      return el!;
    });
    // The textarea is labelled.
    expect(root.querySelector('label[for="composer-input"]')?.textContent).toBe('메시지');

    act(() => {
      input.value = '사칙연산을 위한 변수명 추천해줘';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const shift = new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true });
    act(() => {
      input.dispatchEvent(shift);
    });
    expect(shift.defaultPrevented).toBe(false);
    expect(sent).toHaveLength(0);

    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('.name-card-name')?.textContent).toBe('total_sum'));
    expect(sent).toHaveLength(1);
    expect((sent[0] as { client_message_id: string }).client_message_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(root.querySelector('.quota-text')?.textContent).toMatch(/^2\/5 남음/);
    expect(root.querySelector('[role="status"][aria-live="polite"][aria-atomic="true"]')?.textContent).toBe('새 답변: total_sum');
  });

  it('keeps an unanswered message with a retry that reuses the client_message_id', async () => {
    const ids: string[] = [];
    let fail = true;
    serve((url, init) => {
      if (url === '/api/chat/r1' && init.method === 'GET') return json(200, { chat, messages: [], next_cursor: null, quota });
      if (url === '/api/chat/r1' && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { content: string; client_message_id: string };
        ids.push(body.client_message_id);
        // As the server does: every user message carries its client_message_id (the 502's kept one too).
        const user = msg({ id: 'u1', content: body.content, status: fail ? 'unanswered' : 'answered', client_message_id: body.client_message_id });
        if (fail) return json(502, { error: { code: 'model_failed', message: '모델 오류' }, user_message: user, quota });
        return json(201, { user_message: user, bot_message: msg({ id: 'b1', is_user: false, content: 'ok', suggestions: [] }), quota });
      }
      return undefined;
    });
    mount(<RoomPage id="r1" />);
    const input = await find<HTMLTextAreaElement>('#composer-input');
    act(() => {
      input.value = 'retry counter';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector<HTMLFormElement>('form.composer')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    const retry = await vi.waitFor(() => {
      const b = [...root.querySelectorAll('button')].find((x) => x.textContent === '다시 시도');
      expect(b).toBeDefined();
      return b!;
    });
    expect(root.textContent).toContain('모델이 답하지 못했어요');
    expect(root.textContent).toContain('답을 받지 못했어요.');
    fail = false;
    act(() => retry.click());
    await vi.waitFor(() => expect(root.querySelector('.msg-bot .bot-text')?.textContent).toBe('ok'));
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    expect(root.querySelectorAll('.msg-user')).toHaveLength(1);
    expect(root.textContent).not.toContain('답을 받지 못했어요.');
  });

  it('shows the limit message and gives the text back on 429', async () => {
    serve((url, init) => {
      if (url === '/api/chat/r1' && init.method === 'GET') return json(200, { chat, messages: [], next_cursor: null, quota: { ...quota, used: 4, remaining: 1 } });
      if (url === '/api/chat/r1' && init.method === 'POST')
        return json(429, { error: { code: 'rate_limited', message: '오늘 한도를 다 썼어요' }, quota: { ...quota, used: 5, remaining: 0 } });
      return undefined;
    });
    mount(<RoomPage id="r1" />);
    const input = await find<HTMLTextAreaElement>('#composer-input');
    act(() => {
      input.value = 'one more';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(root.textContent).toContain('오늘 질문 5번을 모두 사용했어요'));
    expect(root.querySelectorAll('.msg-user')).toHaveLength(0);
    expect(root.querySelector<HTMLTextAreaElement>('#composer-input')!.value).toBe('one more');
    expect(root.querySelector<HTMLButtonElement>('.composer-send')!.disabled).toBe(true);
    expect(root.querySelector('.quota-text')?.textContent).toMatch(/^0\/5 남음/);
  });

  it('shows unanswered messages that come back from the API with a retry button', async () => {
    const ids: string[] = [];
    serve((url, init) => {
      if (url !== '/api/chat/r1') return undefined;
      if (init.method === 'POST') {
        ids.push((JSON.parse(String(init.body)) as { client_message_id: string }).client_message_id);
        return json(502, { error: { code: 'model_failed', message: '모델 오류' }, quota });
      }
      return json(200, { chat, messages: [msg({ id: 'u9', content: 'lost one', status: 'unanswered', client_message_id: 'c9' })], next_cursor: null, quota });
    });
    mount(<RoomPage id="r1" />);
    await vi.waitFor(() => expect([...root.querySelectorAll('.msg-retry button')].map((b) => b.textContent)).toEqual(['다시 시도']));
    // The retry re-POSTs the client_message_id the API returned with the message.
    act(() => root.querySelector<HTMLButtonElement>('.msg-retry button')!.click());
    await vi.waitFor(() => expect(ids).toEqual(['c9']));
  });

  it('says the room is not found for someone else\'s room (404)', async () => {
    serve(() => undefined);
    mount(<RoomPage id="nope" />);
    await vi.waitFor(() => expect(root.textContent).toContain('채팅방을 찾을 수 없어요'));
  });
});

describe('bot prose', () => {
  it('drops the plain-text list the cards already show and keeps the rest', () => {
    const text = [
      '[오프라인 추천] AI 모델 없이 내장 용어집으로 만든 추천입니다.',
      'Python · PEP 8',
      '',
      '함수',
      '1. add_numbers — 두 수를 더해요',
      '2. subtract — 빼요',
      '',
      '변수',
      '1. total_sum — 합계',
      '',
      '참고: 0으로 나누는 경우를 처리하세요.',
    ].join('\n');
    const sugs = [
      { kind: 'function' as const, name: 'add_numbers', reason: '두 수를 더해요' },
      { kind: 'function' as const, name: 'subtract', reason: '빼요' },
      { kind: 'variable' as const, name: 'total_sum', reason: '합계' },
    ];
    const { offline, text: rest } = splitOffline(text);
    expect(offline).toBe(true);
    expect(proseOf(rest, sugs)).toBe('AI 모델 없이 내장 용어집으로 만든 추천입니다.\nPython · PEP 8\n\n참고: 0으로 나누는 경우를 처리하세요.');
    expect(proseOf('1. keep_me — not a card', sugs)).toBe('1. keep_me — not a card');
    expect(proseOf(text, [])).toBe(text);
  });
});

describe('name cards', () => {
  it('copies the name and says 복사됨', async () => {
    const writes: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async (s: string) => void writes.push(s) } });
    mount(
      <ul>
        <SuggestionCard suggestion={{ kind: 'constant', name: 'MAX_RETRY_COUNT', reason: '재시도 상한' }} />
      </ul>,
    );
    expect(root.querySelector('.kind')?.textContent).toBe('상수');
    const button = root.querySelector<HTMLButtonElement>('.btn-copy')!;
    expect(button.textContent).toContain('복사');
    act(() => button.click());
    await vi.waitFor(() => expect(button.textContent).toContain('복사됨'));
    expect(writes).toEqual(['MAX_RETRY_COUNT']);
  });
});

describe('routing', () => {
  it('sends a signed-out visitor of a protected page to login with the notice, then back', async () => {
    history.replaceState(null, '', '/chat');
    locationStore.set('/chat');
    sessionStore.set({ status: 'signed_out' });
    serve((url) => {
      if (url === '/api/accounts/login') return json(200, { access_token: 'tok', refresh_token: 'r', token_type: 'Bearer', expires_in: 900 });
      if (url === '/api/accounts/profile')
        return json(200, { id: 'u', email: 'a@b.c', nickname: 'nick', is_manager: false, created_at: '2030-01-01T00:00:00Z', quota });
      if (url.startsWith('/api/chat?')) return json(200, { items: [], next_cursor: null });
      return undefined;
    });
    mount(<App />);
    await vi.waitFor(() => expect(location.pathname + location.search).toBe('/login?next=%2Fchat'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="auth-notice"]')?.textContent).toBe('로그인 후 사용해주세요'));

    const email = root.querySelector<HTMLInputElement>('#login-email')!;
    const password = root.querySelector<HTMLInputElement>('#login-password')!;
    act(() => {
      email.value = 'a@b.c';
      email.dispatchEvent(new Event('input', { bubbles: true }));
      password.value = 'secret123';
      password.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(location.pathname).toBe('/chat'));
    await vi.waitFor(() => expect(root.textContent).toContain('아직 채팅이 없어요'));
  });

  it('labels every input on the sign-up page', async () => {
    history.replaceState(null, '', '/signup');
    locationStore.set('/signup');
    sessionStore.set({ status: 'signed_out' });
    mount(<App />);
    const inputs = [...root.querySelectorAll('input, textarea')];
    expect(inputs.length).toBe(4);
    for (const input of inputs) expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBeTruthy();
  });
});

describe('accessible names (WCAG 2.5.3 and 4.1.2) in both languages', () => {
  const chat = { id: 'r1', language: 'Python', convention: '', title: '', created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' };
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter(Boolean);

  for (const lang of ['ko', 'en'] as const) {
    it(`the language button's name contains its visible text as words (${lang})`, () => {
      setLang(lang);
      mount(<Layout>content</Layout>);
      const button = root.querySelector<HTMLButtonElement>('.lang-toggle')!;
      const visible = words(button.textContent ?? '');
      const name = words(button.getAttribute('aria-label') ?? button.textContent ?? '');
      expect(visible.length).toBeGreaterThan(0);
      const at = name.indexOf(visible[0]!);
      expect(at, `"${name.join(' ')}" should contain "${visible.join(' ')}"`).toBeGreaterThanOrEqual(0);
      expect(name.slice(at, at + visible.length)).toEqual(visible);
      expect(button.getAttribute('lang')).toBe(lang === 'ko' ? 'en' : 'ko');
    });

    it(`the room's back link and send button are named without their text (${lang})`, async () => {
      setLang(lang);
      sessionStore.set({ status: 'signed_in', profile: { id: 'u', email: 'a@b.c', nickname: 'n', is_manager: false, created_at: '2030-01-01T00:00:00Z', quota } });
      serve((url, init) => (url === '/api/chat/r1' && init.method === 'GET' ? json(200, { chat, messages: [], next_cursor: null, quota }) : undefined));
      mount(<RoomPage id="r1" />);
      const back = await find<HTMLAnchorElement>('.back-link');
      const send = await find<HTMLButtonElement>('.composer-send');
      // At phone widths the text next to the icon is hidden: the name must not depend on it.
      expect(back.getAttribute('aria-label')).toBe(lang === 'ko' ? '채팅 목록' : 'All chats');
      expect(send.getAttribute('aria-label')).toBe(lang === 'ko' ? '보내기' : 'Send');
      expect(back.textContent).toContain(back.getAttribute('aria-label'));
      expect(send.textContent).toContain(send.getAttribute('aria-label'));
    });
  }
});
