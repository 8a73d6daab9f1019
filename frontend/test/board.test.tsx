import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkImage, createPost, forgetPost, imageKeyOf, listPosts, safeImageSrc, updatePost, uploadImage } from '../src/api/board';
import { ApiError, client } from '../src/api/client';
import type { Post, Profile, Quota } from '../src/api/types';
import { App } from '../src/app';
import { sessionStore } from '../src/auth';
import { BoardPage } from '../src/pages/Board';
import { PostPage } from '../src/pages/Post';
import { EditPage, WritePage } from '../src/pages/PostForm';
import { locationStore } from '../src/router';
import { json, mount, root, useDom } from './dom';

const HOSTILE = {
  title: '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>',
  content: '</div><svg onload="window.__xss=3"></svg>\n<iframe src="javascript:window.__xss=4"></iframe>\n&amp; &lt;b&gt;',
  nickname: '<svg/onload=__xss=5>',
  category: '"><img src=x onerror=window.__xss=6>',
};

const quota: Quota = { limit: 5, used: 0, remaining: 5, resets_at: '2030-01-01T15:00:00Z' };
const ME: Profile = { id: 'u1', email: 'me@example.com', nickname: '나', is_manager: false, created_at: '2030-01-01T00:00:00Z', quota };

function post(over: Partial<Post> = {}): Post {
  return {
    id: '01a21873-0000-7000-8000-000000000001',
    title: '제목',
    content: '내용',
    category: 'question',
    author: { id: 'u1', nickname: '나' },
    image_url: null,
    view_count: 3,
    created_at: '2030-01-01T03:04:00Z',
    updated_at: '2030-01-01T03:04:00Z',
    ...over,
  };
}

type Call = { url: string; method: string; headers: Record<string, string>; body: unknown };
type Route = (url: string, init: RequestInit) => Response | undefined;

/** Routes fetch to a fake server; refreshes succeed (signed in). Records every call, XHR uploads too. */
function serve(route: Route, calls: Call[] = []) {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    calls.push({ url, method: init.method ?? 'GET', headers: { ...(init.headers as Record<string, string>) }, body: init.body ? JSON.parse(String(init.body)) : undefined });
    if (url === '/api/accounts/token/refresh') return json(200, { access_token: 'tok', refresh_token: 'r', token_type: 'Bearer', expires_in: 900 });
    return route(url, init) ?? json(404, { error: { code: 'not_found', message: '없음' } });
  });
  return calls;
}

/** A stand-in for XMLHttpRequest: records the upload, reports progress, answers with `status`. */
function fakeXHR(calls: Call[], status = 200) {
  class FakeXHR {
    method = '';
    url = '';
    headers: Record<string, string> = {};
    status = 0;
    upload: { onprogress: ((e: Partial<ProgressEvent>) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    send(body: unknown) {
      calls.push({ url: this.url, method: this.method, headers: this.headers, body });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 2 });
        this.status = status;
        this.onload?.();
      }, 0);
    }
    abort() {
      this.onabort?.();
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXHR);
}

const UPLOAD = {
  url: 'http://localhost:8080/s3/namebot-images/uploads/u1/k.png?X-Amz-Signature=abc',
  method: 'PUT',
  headers: { 'Content-Type': 'image/png', 'x-amz-meta-owner': 'u1' },
  key: 'uploads/u1/k.png',
};

function png(size = 16): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], 'head.png', { type: 'image/png' });
}

useDom();

beforeEach(() => {
  // These tests sign in through sessionStore alone: no session hint cookie.
  document.cookie = 'namebot_session=; max-age=0; path=/';
  URL.createObjectURL = vi.fn(() => `blob:preview-${Math.random()}`);
  URL.revokeObjectURL = vi.fn();
});

afterEach(() => {
  forgetPost(post().id);
});

function find<T extends Element>(selector: string): Promise<T> {
  return vi.waitFor(() => {
    const el = root.querySelector<T>(selector);
    if (!el) throw new Error(`not yet: ${selector}`);
    return el;
  });
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function pickFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Nothing executable was created, no payload ran; only the given image sources appear. */
function expectInert(el: HTMLElement, allowedImgs: string[] = []) {
  expect([...el.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual(allowedImgs);
  expect(el.querySelectorAll('script, iframe, object, embed, [onerror], [onload], [onclick]').length).toBe(0);
  expect(el.querySelectorAll('svg[onload]').length).toBe(0);
  expect((window as unknown as { __xss?: unknown }).__xss).toBeUndefined();
}

function signIn(profile: Profile = ME) {
  client.acceptTokens({ access_token: 'tok', refresh_token: 'r', token_type: 'Bearer', expires_in: 900 });
  sessionStore.set({ status: 'signed_in', profile });
}

describe('board API', () => {
  it('uploads by presign, then PUTs the file with exactly the returned headers, then creates with the key', async () => {
    const calls: Call[] = [];
    serve((url, init) => {
      if (url === '/api/board/images') return json(200, UPLOAD);
      if (url === '/api/board' && init.method === 'POST') return json(201, post({ image_url: '/images/p/k.png' }));
      return undefined;
    }, calls);
    fakeXHR(calls);
    signIn();
    const file = png(1234);
    const progress: number[] = [];

    const key = await uploadImage(file, (p) => progress.push(p));
    expect(key).toBe(UPLOAD.key);
    await createPost({ title: 't', content: 'c', category: 'question', image_key: key });

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([`POST /api/board/images`, `PUT ${UPLOAD.url}`, `POST /api/board`]);
    expect(calls[0]!.body).toEqual({ content_type: 'image/png', size: 1234 });
    // The presigned URL is the permission: exactly its headers, no token, the file itself.
    expect(calls[1]!.headers).toEqual(UPLOAD.headers);
    expect(calls[1]!.body).toBe(file);
    expect(calls[2]!.body).toEqual({ title: 't', content: 'c', category: 'question', image_key: UPLOAD.key });
    expect(calls[2]!.headers.Authorization).toBe('Bearer tok');
    expect(progress[0]).toBe(0);
    expect(progress).toContain(0.5);
    expect(progress.at(-1)).toBe(1);
  });

  it('refuses a wrong type or a file over 5 MiB before any request', async () => {
    const calls = serve(() => undefined);
    expect(checkImage({ type: 'image/svg+xml', size: 10 })).toBe('board.imageType');
    expect(checkImage({ type: 'image/png', size: 5 * 1024 * 1024 + 1 })).toBe('board.imageSize');
    expect(checkImage({ type: 'image/png', size: 0 })).toBe('board.imageEmpty');
    expect(checkImage({ type: 'image/webp', size: 5 * 1024 * 1024 })).toBeNull();
    const err = await uploadImage(new File(['<svg/>'], 'x.svg', { type: 'image/svg+xml' })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).fields.image_key).toContain('PNG, JPEG, WebP, GIF');
    expect(calls).toHaveLength(0);
  });

  it("puts the presign's own field errors on the image field, and a failed PUT is an upload error", async () => {
    serve((url) =>
      url === '/api/board/images' ? json(400, { error: { code: 'invalid', message: '입력값을 확인해 주세요.', fields: { size: '너무 커요' } } }) : undefined,
    );
    signIn();
    const err = (await uploadImage(png()).catch((e: unknown) => e)) as ApiError;
    expect(err.fields).toEqual({ image_key: '너무 커요' });

    const calls: Call[] = [];
    serve((url) => (url === '/api/board/images' ? json(200, UPLOAD) : undefined), calls);
    fakeXHR(calls, 403);
    const put = (await uploadImage(png()).catch((e: unknown) => e)) as ApiError;
    expect(put).toBeInstanceOf(ApiError);
    expect(put.fields.image_key).toBe('이미지를 올리지 못했어요. 다시 시도해 주세요.');
  });

  it('lists without a token, edits with image_key null to remove, and knows image keys and safe sources', async () => {
    const calls = serve((url, init) => {
      if (url.startsWith('/api/board?')) return json(200, { items: [], next_cursor: null });
      if (init.method === 'PATCH') return json(200, post());
      return undefined;
    });
    await listPosts('chat', 'CUR', 12);
    expect(calls[0]!.url).toBe('/api/board?category=chat&cursor=CUR&limit=12');
    expect(calls[0]!.headers.Authorization).toBeUndefined();
    signIn();
    await updatePost('p1', { image_key: null });
    expect(calls.at(-1)!.body).toEqual({ image_key: null });
    expect(imageKeyOf({ image_url: '/images/p1/k.png' })).toBe('images/p1/k.png');
    expect(imageKeyOf({ image_url: null })).toBeNull();
    expect(safeImageSrc('/images/p1/k.png')).toBe('/images/p1/k.png');
    // The CSP allows img-src 'self' data: blob: only, so an absolute https URL is refused too.
    expect(safeImageSrc('https://cdn.example.com/images/k.png')).toBeNull();
    for (const bad of ['javascript:alert(1)', '//evil.example/x.png', 'data:image/svg+xml,<svg onload=alert(1)>', 'http://x/y.png', '"><script>'])
      expect(safeImageSrc(bad)).toBeNull();
  });
});

describe('board pages render user text as text', () => {
  const hostile = post({ title: HOSTILE.title, content: HOSTILE.content, author: { id: 'u2', nickname: HOSTILE.nickname } });

  it('in the list: titles, excerpts, nicknames, unknown categories and image URLs', async () => {
    const items = [
      hostile,
      post({ id: 'p2', title: 'with image', image_url: '/images/p2/a.png' }),
      post({ id: 'p3', title: 'bad image', image_url: 'javascript:window.__xss=7' }),
      post({ id: 'p4', title: 'odd category', category: HOSTILE.category as never }),
    ];
    serve((url) => (url.startsWith('/api/board?') ? json(200, { items, next_cursor: null }) : undefined));
    mount(<BoardPage />);
    await vi.waitFor(() => expect(root.querySelectorAll('.post-card')).toHaveLength(4));
    const titles = [...root.querySelectorAll('.post-card-title')].map((x) => x.textContent);
    expect(titles[0]).toBe(HOSTILE.title);
    expect(root.querySelector('.post-excerpt')?.textContent).toBe(HOSTILE.content);
    expect(root.querySelector('.post-author')?.textContent).toBe(HOSTILE.nickname);
    // Badges: 질문 for known categories; an unknown one as text, never as a class name.
    const badges = [...root.querySelectorAll('.badge')];
    expect(badges[0]!.textContent).toBe('질문');
    expect(badges[3]!.textContent).toBe(HOSTILE.category);
    expect(badges[3]!.className).toBe('badge cat');
    // Only the same-origin image is loaded; the others get the default picture.
    expectInert(root, ['/images/p2/a.png']);
    expect(root.querySelectorAll('.thumb-empty svg')).toHaveLength(3);
  });

  it('on the post page, in the delete dialog and in the edit form', async () => {
    serve((url) => (url === `/api/board/${hostile.id}` ? json(200, hostile) : undefined));
    sessionStore.set({ status: 'signed_in', profile: { ...ME, is_manager: true } });
    mount(<PostPage id={hostile.id} />);
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe(HOSTILE.title));
    expect(root.querySelector('.post-body')?.textContent).toBe(HOSTILE.content);
    expect(root.querySelector('.post-author')?.textContent).toBe(HOSTILE.nickname);
    expect(root.querySelector('#dialog-body')?.textContent).toContain(HOSTILE.title);
    // A manager may delete someone else's post but not edit it.
    expect([...root.querySelectorAll('.post-actions button')].map((b) => b.textContent)).toEqual(['삭제']);
    expect(root.querySelector('.post-actions a')).toBeNull();
    expectInert(root);

    act(() => render(null, root));
    sessionStore.set({ status: 'signed_in', profile: { ...ME, id: 'u2' } });
    serve((url) => {
      if (url === '/api/accounts/profile') return json(200, { ...ME, id: 'u2' });
      if (url === `/api/board/${hostile.id}`) return json(200, hostile);
      return undefined;
    });
    signIn({ ...ME, id: 'u2' });
    mount(<EditPage id={hostile.id} />);
    const title = await find<HTMLInputElement>('#post-title');
    expect(title.value).toBe(HOSTILE.title);
    expect(root.querySelector<HTMLTextAreaElement>('#post-content')!.value).toBe(HOSTILE.content);
    expectInert(root);
  });
});

describe('board list', () => {
  it('loads more with the cursor and stops at the end', async () => {
    const calls = serve((url) => {
      if (url === '/api/board?limit=12') return json(200, { items: [post({ id: 'a', title: 'A' })], next_cursor: 'C1' });
      if (url === '/api/board?cursor=C1&limit=12') return json(200, { items: [post({ id: 'b', title: 'B' }), post({ id: 'a', title: 'A' })], next_cursor: null });
      return undefined;
    });
    mount(<BoardPage />);
    const more = await vi.waitFor(() => {
      const b = [...root.querySelectorAll('button')].find((x) => x.textContent === '더 보기');
      expect(b).toBeDefined();
      return b!;
    });
    act(() => more.click());
    await vi.waitFor(() => expect([...root.querySelectorAll('.post-card-title')].map((x) => x.textContent)).toEqual(['A', 'B']));
    expect([...root.querySelectorAll('button')].some((x) => x.textContent === '더 보기')).toBe(false);
    expect(calls.map((c) => c.url)).toEqual(['/api/board?limit=12', '/api/board?cursor=C1&limit=12']);
  });

  it('shows the empty state and the server error with a retry', async () => {
    let fail = true;
    serve((url) => (url.startsWith('/api/board?') ? (fail ? json(503, { error: { code: 'unavailable', message: '잠시 쉬어요' } }) : json(200, { items: [], next_cursor: null })) : undefined));
    mount(<BoardPage />);
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')?.textContent).toContain('잠시 쉬어요'));
    fail = false;
    act(() => root.querySelector<HTMLButtonElement>('[role="alert"] button')!.click());
    await vi.waitFor(() => expect(root.textContent).toContain('아직 글이 없어요'));
  });
});

describe('write page', () => {
  it('offers notice only to managers, as the profile says now', async () => {
    signIn();
    serve((url) => (url === '/api/accounts/profile' ? json(200, { ...ME, is_manager: true }) : undefined));
    mount(<WritePage />);
    const options = () => [...root.querySelectorAll('#post-category option')].map((o) => (o as HTMLOptionElement).value);
    // The session said "not a manager"; GET /api/accounts/profile says otherwise.
    await vi.waitFor(() => expect(options()).toEqual(['notice', 'question', 'chat']));

    act(() => render(null, root));
    serve((url) => (url === '/api/accounts/profile' ? json(200, ME) : undefined));
    sessionStore.set({ status: 'signed_in', profile: { ...ME, is_manager: true } });
    mount(<WritePage />);
    await vi.waitFor(() => expect(options()).toEqual(['question', 'chat']));
  });

  it('uploads the picked image with a preview, posts with its key and shows the server field errors', async () => {
    signIn();
    const calls: Call[] = [];
    let reject = true;
    serve((url, init) => {
      if (url === '/api/accounts/profile') return json(200, ME);
      if (url === '/api/board/images') return json(200, UPLOAD);
      if (url === '/api/board' && init.method === 'POST') {
        if (reject)
          return json(400, {
            error: { code: 'invalid', message: '입력값을 확인해 주세요.', fields: { title: '제목이 이상해요', image_key: '이미지 파일이 올바르지 않습니다' } },
          });
        return json(201, post({ id: 'new1' }));
      }
      return undefined;
    }, calls);
    fakeXHR(calls);
    history.replaceState(null, '', '/board/new');
    locationStore.set('/board/new');
    mount(<WritePage />);

    // Labels for every control.
    for (const id of ['post-title', 'post-category', 'post-content']) expect(root.querySelector(`label[for="${id}"]`)?.textContent).toBeTruthy();
    expect(root.querySelector('#post-image')?.getAttribute('aria-labelledby')).toBe('post-image-label post-image-pick');

    type(root.querySelector<HTMLInputElement>('#post-title')!, '  제목  ');
    type(root.querySelector<HTMLTextAreaElement>('#post-content')!, '첫 줄\n둘째 줄');
    expect(root.querySelector('#post-content-count')?.textContent).toBe('8/5000자');
    pickFile(root.querySelector<HTMLInputElement>('#post-image')!, png(100));
    await vi.waitFor(() => expect(root.querySelector('#post-image-status')?.textContent).toContain('이미지를 올렸어요'));
    expect(root.querySelector('.image-preview img')?.getAttribute('src')).toMatch(/^blob:preview-/);

    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(root.querySelector('#post-image-error')?.textContent).toBe('이미지 파일이 올바르지 않습니다'));
    expect(root.querySelector('#post-title-error')?.textContent).toBe('제목이 이상해요');
    expect(root.querySelector('.alert-error')?.textContent).toContain('입력값을 확인해 주세요.');
    const create = calls.find((c) => c.url === '/api/board')!;
    expect(create.body).toEqual({ title: '제목', content: '첫 줄\n둘째 줄', category: 'question', image_key: UPLOAD.key });
    expect(calls.map((c) => `${c.method} ${c.url}`).filter((x) => !x.includes('/accounts/'))).toEqual([
      'POST /api/board/images',
      `PUT ${UPLOAD.url}`,
      'POST /api/board',
    ]);

    // The refused file cannot be sent again: replace it, then it posts.
    reject = false;
    pickFile(root.querySelector<HTMLInputElement>('#post-image')!, png(200));
    await vi.waitFor(() => expect(root.querySelector('#post-image-status')?.textContent).toContain('이미지를 올렸어요'));
    expect(root.querySelector('#post-image-error')).toBeNull();
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(location.pathname).toBe('/board/new1'));
    expect(URL.revokeObjectURL).toHaveBeenCalled();
  });

  it('refuses a too-large file in the browser and keeps the form', async () => {
    signIn();
    const calls = serve((url) => (url === '/api/accounts/profile' ? json(200, ME) : undefined));
    mount(<WritePage />);
    const big = new File([new Uint8Array(8)], 'big.png', { type: 'image/png' });
    Object.defineProperty(big, 'size', { value: 5 * 1024 * 1024 + 1 });
    pickFile(root.querySelector<HTMLInputElement>('#post-image')!, big);
    expect(root.querySelector('#post-image-error')?.textContent).toBe('이미지는 5MB 이하만 올릴 수 있어요.');
    expect(calls.some((c) => c.url === '/api/board/images')).toBe(false);
  });
});

describe('edit page', () => {
  it('sends only what changed: a removed image is image_key null', async () => {
    signIn();
    const mine = post({ image_url: '/images/p1/a.png' });
    const calls = serve((url, init) => {
      if (url === '/api/accounts/profile') return json(200, ME);
      if (url === `/api/board/${mine.id}` && init.method === 'PATCH') return json(200, { ...mine, image_url: null });
      if (url === `/api/board/${mine.id}`) return json(200, mine);
      return undefined;
    });
    mount(<EditPage id={mine.id} />);
    await vi.waitFor(() => expect(root.querySelector('.image-preview img')?.getAttribute('src')).toBe('/images/p1/a.png'));
    const remove = [...root.querySelectorAll('button')].find((b) => b.textContent === '이미지 빼기')!;
    act(() => remove.click());
    expect(root.querySelector('#post-image-status')?.textContent).toBe('저장하면 이미지가 빠져요.');
    act(() => {
      root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ image_key: null });
  });

  it("tells someone who is not the author that they can't edit", async () => {
    signIn({ ...ME, id: 'someone-else' });
    serve((url) => {
      if (url === '/api/accounts/profile') return json(200, { ...ME, id: 'someone-else' });
      if (url === `/api/board/${post().id}`) return json(200, post());
      return undefined;
    });
    mount(<EditPage id={post().id} />);
    await vi.waitFor(() => expect(root.textContent).toContain('작성자만 이 글을 고칠 수 있어요.'));
    expect(root.querySelector('form')).toBeNull();
  });
});

describe('board routes', () => {
  it('sends a signed-out visitor of the write page to login with the notice', async () => {
    history.replaceState(null, '', '/board/new');
    locationStore.set('/board/new');
    sessionStore.set({ status: 'signed_out' });
    serve(() => undefined);
    mount(<App />);
    await vi.waitFor(() => expect(location.pathname + location.search).toBe('/login?next=%2Fboard%2Fnew'));
    await vi.waitFor(() => expect(root.querySelector('[data-testid="auth-notice"]')?.textContent).toBe('로그인 후 사용해주세요'));
  });

  it('lets a signed-out visitor read a post, and the nav always has the board', async () => {
    history.replaceState(null, '', `/board/${post().id}`);
    locationStore.set(`/board/${post().id}`);
    sessionStore.set({ status: 'signed_out' });
    serve((url) => (url === `/api/board/${post().id}` ? json(200, post({ title: '읽기 전용' })) : undefined));
    mount(<App />);
    await vi.waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('읽기 전용'));
    expect(root.querySelector('.post-actions')).toBeNull();
    expect([...root.querySelectorAll('.nav a')].map((a) => a.getAttribute('href'))).toContain('/board');
  });
});
