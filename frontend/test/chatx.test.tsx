import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Message, PickKind, Quota, Room } from '../src/api/types';
import { allNames, CopyAllButton } from '../src/components/CopyAll';
import { KindChips } from '../src/components/KindChips';
import { MessageItem } from '../src/components/MessageItem';
import { RenameTitle } from '../src/components/RenameTitle';
import { matchRoom } from '../src/components/RoomSearch';
import { RoomPage } from '../src/pages/Room';
import { RoomsPage } from '../src/pages/Rooms';
import { json, mount, root, useDom } from './dom';

const quota: Quota = { limit: 5, used: 2, remaining: 3, resets_at: '2030-01-01T15:00:00Z' };
const room: Room = { id: 'r1', language: 'Python', convention: 'PEP 8', title: '결제', created_at: '2030-01-01T00:00:00Z', updated_at: '2030-01-01T00:00:00Z' };

useDom();



/** Routes fetch to a fake server that is signed in; returns the calls. */
function serve(route: (url: string, init: RequestInit) => Response | undefined) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === '/api/accounts/token/refresh') return json(200, { access_token: 'tok', refresh_token: 'r', token_type: 'Bearer', expires_in: 900 });
    return route(url, init) ?? json(404, { error: { code: 'not_found', message: '없음' } });
  });
  return calls;
}

function bot(over: Partial<Message> = {}): Message {
  return {
    id: 'b1',
    is_user: false,
    content: '',
    suggestions: [
      { kind: 'function', name: 'get_user_list', reason: '목록' },
      { kind: 'variable', name: 'user_list', reason: '목록 변수' },
      { kind: 'function', name: 'get_user_list', reason: '중복' },
    ],
    status: 'answered',
    created_at: '2030-01-01T03:04:00Z',
    ...over,
  };
}

describe('kind chips', () => {
  it('is a single-select toggle group with aria-pressed', () => {
    let value: PickKind | null = null;
    const draw = () => mount(<KindChips value={value} onChange={(k) => ((value = k), draw())} />);
    draw();
    const group = root.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-label')).toBe('이름 종류 (선택)');
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['함수', '변수', '불리언', '상수', '클래스']);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    act(() => buttons[2]!.click());
    expect(value).toBe('boolean');
    expect(root.querySelectorAll('[aria-pressed="true"]').length).toBe(1);
    act(() => root.querySelectorAll<HTMLButtonElement>('button')[4]!.click());
    expect(value).toBe('class');
    expect(root.querySelectorAll('[aria-pressed="true"]').length).toBe(1);
    act(() => root.querySelectorAll<HTMLButtonElement>('button')[4]!.click());
    expect(value).toBeNull();
  });

  it('shows the picked kind on a stored question', () => {
    mount(
      <ul>
        <MessageItem item={{ ...bot(), id: 'u1', is_user: true, content: '활성 사용자', suggestions: [], kind: 'boolean' }} onRetry={() => undefined} retrying={false} />
      </ul>,
    );
    expect(root.querySelector('.chip-asked')?.textContent).toBe('불리언 이름을 물었어요');
  });
});

describe('copy all', () => {
  it('puts every name once, one per line', () => {
    expect(allNames(bot().suggestions!)).toBe('get_user_list\nuser_list');
  });

  it('copies and says 복사했어요 in a status', async () => {
    const writes: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: async (s: string) => void writes.push(s) } });
    mount(<CopyAllButton suggestions={bot().suggestions!} />);
    const button = root.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent).toBe('모두 복사');
    expect(button.getAttribute('aria-label')).toBe('이 답의 이름 2개 모두 복사');
    act(() => button.click());
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('복사했어요'));
    expect(writes).toEqual(['get_user_list\nuser_list']);
  });

  it('falls back to a selected textarea without the Clipboard API', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    const exec = vi.fn(() => true);
    (document as unknown as { execCommand: unknown }).execCommand = exec;
    mount(<CopyAllButton suggestions={bot().suggestions!} />);
    act(() => root.querySelector<HTMLButtonElement>('button')!.click());
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe('복사했어요'));
    expect(exec).toHaveBeenCalledWith('copy');
  });
});

describe('more like this', () => {
  it('sends a question about the name with its kind, boolean kept from the question', async () => {
    const sent: unknown[] = [];
    const calls = serve((url, init) => {
      if (url === '/api/chat/r1' && (init.method ?? 'GET') === 'GET')
        return json(200, {
          chat: room,
          messages: [
            { ...bot(), id: 'u1', is_user: true, content: '활성 여부', suggestions: [], kind: 'boolean' },
            bot({ suggestions: [{ kind: 'variable', name: 'is_active', reason: '활성' }] }),
          ],
          next_cursor: null,
          quota,
        });
      if (url === '/api/chat/r1' && init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as { content: string };
        sent.push(body);
        return json(201, {
          user_message: { ...bot(), id: 'u2', is_user: true, content: body.content, suggestions: [], kind: 'boolean' },
          bot_message: bot({ id: 'b2', suggestions: [{ kind: 'variable', name: 'is_enabled', reason: '' }] }),
          quota: { ...quota, used: 3, remaining: 2 },
        });
      }
      return undefined;
    });
    mount(<RoomPage id="r1" />);
    const more = await vi.waitFor(() => {
      const b = root.querySelector<HTMLButtonElement>('.btn-more');
      if (!b) throw new Error('no button');
      return b;
    });
    expect(more.getAttribute('aria-label')).toBe('is_active와 비슷한 이름 더 보기');
    act(() => more.click());
    await vi.waitFor(() => expect(sent.length).toBe(1));
    const body = sent[0] as { content: string; kind: string; client_message_id: string };
    expect(body.content).toBe('`is_active`와 비슷한 이름 더 보기');
    expect(body.kind).toBe('boolean');
    expect(body.client_message_id).toBeTruthy();
    await vi.waitFor(() => expect(root.textContent).toContain('is_enabled'));
    expect(calls.filter((c) => c.url === '/api/chat/r1' && c.init.method === 'POST').length).toBe(1);
  });
});

describe('rename', () => {
  it('Enter saves, Escape cancels, a refusal shows its message', async () => {
    let status = 200;
    const calls = serve((url, init) => {
      if (url !== '/api/chat/r1' || init.method !== 'PATCH') return undefined;
      const { title } = JSON.parse(String(init.body)) as { title: string };
      if (status !== 200) return json(status, { error: { code: 'invalid', message: '입력값을 확인해 주세요.', fields: { title: '100자 이하로 입력해 주세요.' } } });
      return json(200, { ...room, title });
    });
    let current = room;
    const draw = () => mount(<RenameTitle room={current} name={current.title} onRenamed={(r) => ((current = r), draw())} />);
    draw();
    const open = () => act(() => root.querySelector<HTMLButtonElement>('button[aria-label="채팅 이름 바꾸기"]')!.click());
    const input = () => root.querySelector<HTMLInputElement>('#rename-input')!;
    const type = (v: string) =>
      act(() => {
        input().value = v;
        input().dispatchEvent(new Event('input', { bubbles: true }));
      });

    // Escape cancels without a request.
    open();
    expect(root.querySelector('label[for="rename-input"]')?.textContent).toBe('채팅 이름');
    type('다른 이름');
    act(() => void input().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(root.querySelector('#rename-input')).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe('결제');

    // Blank is refused here, a server refusal is shown, Enter (submit) saves.
    open();
    type('   ');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    expect(root.querySelector('#rename-error')?.textContent).toBe('입력해 주세요.');
    status = 400;
    type('새 이름');
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await vi.waitFor(() => expect(root.querySelector('#rename-error')?.textContent).toBe('100자 이하로 입력해 주세요.'));
    status = 200;
    act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true })));
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('새 이름'));
    expect(calls.filter((c) => c.init.method === 'PATCH').length).toBe(2);
  });
});

describe('room search', () => {
  it('matches title and language, every word, any case', () => {
    const r = { title: '결제 모듈', language: 'TypeScript', convention: '' };
    expect(matchRoom(r, '', '결제 모듈')).toBe(true);
    expect(matchRoom(r, '결제', '결제 모듈')).toBe(true);
    expect(matchRoom(r, 'typescript', '결제 모듈')).toBe(true);
    expect(matchRoom(r, '결제 type', '결제 모듈')).toBe(true);
    expect(matchRoom(r, '결제 python', '결제 모듈')).toBe(false);
    expect(matchRoom({ title: '', language: 'Go', convention: 'Effective Go' }, 'effective', 'Go · Effective Go')).toBe(true);
  });

  it('filters the list, loads the other pages first, and says what it found', async () => {
    const mk = (i: number, language: string): Room => ({ ...room, id: `r${i}`, title: `방 ${i}`, language });
    const calls = serve((url) => {
      if (url.startsWith('/api/chat?') && !url.includes('cursor')) return json(200, { items: [mk(1, 'Python'), mk(2, 'Go')], next_cursor: 'c2' });
      if (url.startsWith('/api/chat?') && url.includes('cursor=c2')) return json(200, { items: [mk(3, 'Go')], next_cursor: null });
      return undefined;
    });
    mount(<RoomsPage />);
    const box = await vi.waitFor(() => {
      const el = root.querySelector<HTMLInputElement>('input[type="search"]');
      if (!el) throw new Error('no search');
      return el;
    });
    expect(root.querySelector('label[for="room-search"]')?.textContent).toBe('채팅 찾기');
    act(() => {
      box.value = 'go';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await vi.waitFor(() => expect([...root.querySelectorAll('.room-name')].map((n) => n.textContent)).toEqual(['방 2', '방 3']));
    expect(calls.some((c) => c.url.includes('cursor=c2') && c.url.includes('limit=50'))).toBe(true);
    expect(root.querySelector('#room-search-status')?.textContent).toBe('2개 찾음');
    act(() => {
      box.value = 'rust';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector('#room-search-status')?.textContent).toBe('"rust"와 맞는 채팅이 없어요.');
  });
});
