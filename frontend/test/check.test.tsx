import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../src/i18n';
import { CheckPage, namesOf } from '../src/pages/Check';

let root: HTMLElement;
let bodies: unknown[];

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  setLang('ko');
  bodies = [];
  window.requestAnimationFrame = (cb: FrameRequestCallback) => {
    cb(0);
    return 0;
  };
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
  vi.unstubAllGlobals();
});

function stubCheck(respond: (body: { names: string[] }) => Response) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    if (url === '/api/naming/check') {
      const body = JSON.parse(String(init.body)) as { names: string[] };
      bodies.push(body);
      return respond(body);
    }
    return json(404, { error: { code: 'not_found', message: '없음' } });
  });
}

async function typeNames(text: string) {
  const area = root.querySelector<HTMLTextAreaElement>('#check-names')!;
  await act(async () => {
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    root.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('the name check page', () => {
  it('splits one name a line, dropping blanks', () => {
    expect(namesOf('getUserList\n\n  usr_cnt \r\nx')).toEqual(['getUserList', 'usr_cnt', 'x']);
  });

  it('sends the names and shows a card per name, hostile text as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    stubCheck((b) =>
      json(200, {
        results: b.names.map((n, i) =>
          i === 0
            ? { name: n, ok: true, problems: [], better: [] }
            : { name: n, ok: false, problems: [{ code: 'abbreviation', message: `줄임말 ${hostile}` }], better: ['user_count'] },
        ),
      }),
    );
    act(() => render(<CheckPage />, root));
    await typeNames(`user_count\n${hostile}`);
    await submit();
    await vi.waitFor(() => expect(root.querySelectorAll('.check-card').length).toBe(2));
    expect(bodies[0]).toEqual({ language: 'Python', convention: 'PEP 8', names: ['user_count', hostile] });
    expect(root.textContent).toContain('좋아요');
    expect(root.textContent).toContain('고칠 점 1개');
    expect(root.textContent).toContain(hostile);
    expect(root.querySelector('.check-better-item code')?.textContent).toBe('user_count');
    expect(root.querySelectorAll('img, [onerror]').length).toBe(0);
  });

  it('shows `quoted` names in messages as code, never as markup', async () => {
    stubCheck((b) =>
      json(200, { results: b.names.map((n) => ({ name: n, ok: false, problems: [{ code: 'wrong_case', message: 'use `get_<b>x</b>` now' }], better: [] })) }),
    );
    act(() => render(<CheckPage />, root));
    await typeNames('getX');
    await submit();
    const code = await vi.waitFor(() => {
      const el = root.querySelector('.check-problems code');
      if (!el) throw new Error('not yet');
      return el;
    });
    expect(code.textContent).toBe('get_<b>x</b>');
    expect(root.querySelectorAll('.check-problems b').length).toBe(0);
  });

  it('refuses an empty list and more than 20 names before sending', async () => {
    stubCheck(() => json(500, {}));
    act(() => render(<CheckPage />, root));
    await submit();
    expect(root.querySelector('#check-names-error')?.textContent).toContain('20');
    await typeNames(Array.from({ length: 21 }, (_, i) => `name${i}`).join('\n'));
    await submit();
    expect(root.querySelector('#check-names-error')).not.toBeNull();
    expect(bodies.length).toBe(0);
  });

  it("shows the server's field errors on the textarea", async () => {
    stubCheck(() =>
      json(400, { error: { code: 'invalid', message: '입력값을 확인해 주세요.', fields: { 'names[0]': '100자 이하로 입력해 주세요.' } } }),
    );
    act(() => render(<CheckPage />, root));
    await typeNames('x');
    await submit();
    await vi.waitFor(() => expect(root.querySelector('#check-names-error')?.textContent).toContain('100자'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('입력값');
  });
});
