// The board on the offline server: write with an image, edit, the checks, hostile text,
// a manager's notice and moderation, deletion.
// run.mjs calls boardFlows with its harness, in the run's order (E2E_ONLY still picks flows by name).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export async function boardFlows(h) {
  const {
    MANAGER, ROOT, SERVER_CWD, api, assert, browser, card, categoryOptions, dismissToasts, expectBoardInert, fillPost,
    flow, imageLoaded, logIn, makePng, newContext, newPage, offline, pickImage, shoot, signUp, stamp, submitPost,
    textOf, waitUploaded,
  } = h;
  const writer = { email: `writer-${stamp}@example.com`, password: 'namebot123', nickname: '글쓴이' };
  const ctxW = await newContext(browser, offline.base);
  const wp = await newPage(ctxW);
  const W = { page: wp };
  const png1 = makePng(640, 360, [79, 70, 229], [245, 193, 108]);
  const png2 = makePng(480, 320, [19, 122, 75], [253, 214, 222]);
  const post = {
    title: '합계를 담는 변수 이름, 뭐가 좋을까요?',
    content: '파이썬으로 계산기를 만들고 있어요.\n합계를 담는 변수를 total로 할지 sum_value로 할지 고민이에요.\n\n- sum은 내장 함수라 피하고 싶어요.\n    (들여쓴 줄도 그대로)',
  };
  let postId = '';
  let firstImage = '';
  const uploads = [];
  wp.on('request', (r) => {
    if (r.url().includes('/api/board/images')) uploads.push(r.url());
  });

  await flow(
    'board',
    [
      [
        'signed out: the board reads, and writing asks to log in',
        async () => {
          await wp.goto('/board');
          await wp.locator('.nav').getByRole('link', { name: '게시판' }).waitFor();
          await wp.getByText('아직 글이 없어요').waitFor();
          await wp.locator('.board-write').click();
          await wp.waitForURL('**/login?next=%2Fboard%2Fnew');
          const notice = await textOf(wp, '[data-testid="auth-notice"]');
          assert(notice === '로그인 후 사용해주세요', `notice was "${notice}"`);
        },
      ],
      [
        'sign up from there, come back to the write page, no notice option',
        async () => {
          await wp.locator('.auth-switch a').click();
          await wp.waitForURL('**/signup?next=%2Fboard%2Fnew');
          await wp.fill('#signup-email', writer.email);
          await wp.fill('#signup-nickname', writer.nickname);
          await wp.fill('#signup-password', writer.password);
          await wp.fill('#signup-password2', writer.password);
          await wp.click('form button[type=submit]');
          await wp.waitForURL('**/board/new');
          const opts = await categoryOptions(wp);
          assert(JSON.stringify(opts) === '["question","chat"]', `a normal user's categories: ${JSON.stringify(opts)}`);
        },
      ],
      [
        'empty fields are flagged; a non-image and a file over 5 MB are refused before any upload',
        async () => {
          await wp.click('form.post-form button[type=submit]');
          await wp.locator('#post-title-error').waitFor();
          await wp.locator('#post-content-error').waitFor();
          await wp.waitForFunction(() => document.activeElement?.id === 'post-title', null, { timeout: 3000 }).catch(() => undefined);
          const focused = await wp.evaluate(() => document.activeElement?.id);
          assert(focused === 'post-title', `focus after a failed submit: ${focused}`);
          await pickImage(wp, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('just text') });
          await wp.locator('#post-image-error', { hasText: 'PNG, JPEG, WebP, GIF 이미지만' }).waitFor();
          await pickImage(wp, { name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
          await wp.locator('#post-image-error', { hasText: '5MB 이하' }).waitFor();
          assert(uploads.length === 0, `upload requests were made: ${uploads.join(', ')}`);
        },
      ],
      [
        'write a question with a PNG image (presigned upload, preview, counters)',
        async () => {
          await fillPost(wp, { ...post, category: 'question' });
          await pickImage(wp, { name: 'head.png', mimeType: 'image/png', buffer: png1 });
          await waitUploaded(wp);
          assert(uploads.length === 1, `${uploads.length} presign requests`);
          const preview = await wp.getAttribute('.image-preview img', 'src');
          assert(preview?.startsWith('blob:'), `preview src ${preview}`);
          await imageLoaded(wp, '.image-preview img');
          const count = await textOf(wp, '#post-content-count');
          assert(count === `${[...post.content.trim()].length}/5000자`, `content counter "${count}"`);
          assert(!(await wp.locator('#post-image-error').count()), 'the earlier image error is still shown');
          await dismissToasts(wp);
          await shoot(wp, 'board-write');
          postId = await submitPost(wp);
        },
      ],
      [
        'the post page: image loaded, text with its line breaks, author, views, edit and delete',
        async () => {
          const title = await textOf(wp, 'article h1');
          assert(title === post.title, `title "${title}"`);
          const body = await wp.locator('.post-body').evaluate((el) => ({ text: el.textContent, ws: getComputedStyle(el).whiteSpace }));
          assert(body.text === post.content, `body ${JSON.stringify(body.text)}`);
          assert(body.ws === 'pre-wrap', `white-space ${body.ws}`);
          const img = await imageLoaded(wp, '.post-figure img');
          assert(img.w === 640 && img.h === 360, `image ${img.w}x${img.h}`);
          firstImage = img.src;
          const meta = await textOf(wp, 'article .post-meta');
          assert(meta.includes(writer.nickname) && /조회 \d+/.test(meta), `meta "${meta}"`);
          await wp.getByRole('link', { name: '수정' }).waitFor();
          await wp.getByRole('button', { name: '삭제' }).waitFor();
          await expectBoardInert(wp, 'post page');
          await dismissToasts(wp);
          await shoot(wp, 'board-detail');
        },
      ],
      [
        'the list shows it with its image; the category tabs filter',
        async () => {
          await wp.goto('/board');
          const card = wp.locator('.post-card', { hasText: post.title });
          await card.waitFor();
          const img = await imageLoaded(wp, '.post-card img');
          assert(img.src === firstImage, `card image ${img.src} != ${firstImage}`);
          assert((await card.locator('.badge').textContent()) === '질문', 'badge is not 질문');
          await wp.getByRole('link', { name: '잡담', exact: true }).click();
          await wp.waitForURL('**/board?category=chat');
          await wp.getByText('잡담에 아직 글이 없어요').waitFor();
          await wp.getByRole('link', { name: '질문', exact: true }).click();
          await wp.waitForURL('**/board?category=question');
          await card.waitFor();
          const current = await wp.getAttribute('.tab[aria-current="page"]', 'href');
          assert(current === '/board?category=question', `current tab ${current}`);
        },
      ],
      [
        'edit: the form is filled in; replace the image',
        async () => {
          await card(wp, post.title).click();
          await wp.waitForURL(`**/board/${postId}`);
          await wp.getByRole('link', { name: '수정' }).click();
          await wp.waitForURL(`**/board/${postId}/edit`);
          assert((await wp.inputValue('#post-title')) === post.title, 'title not filled in');
          assert((await wp.inputValue('#post-content')) === post.content, 'content not filled in');
          const cur = await imageLoaded(wp, '.image-preview img');
          assert(cur.src === firstImage, `edit preview ${cur.src}`);
          await dismissToasts(wp);
          await shoot(wp, 'board-edit');
          await pickImage(wp, { name: 'second.png', mimeType: 'image/png', buffer: png2 });
          await waitUploaded(wp);
          await wp.fill('#post-title', `${post.title} (수정)`);
          const id = await submitPost(wp);
          assert(id === postId, `edit landed on ${id}`);
          assert((await textOf(wp, 'article h1')) === `${post.title} (수정)`, 'new title not shown');
          const img = await imageLoaded(wp, '.post-figure img');
          assert(img.w === 480 && img.h === 320 && img.src !== firstImage, `replaced image ${img.w}x${img.h} ${img.src}`);
          const old = await fetch(offline.base + firstImage);
          assert(old.status === 404, `the replaced image still answers ${old.status}`);
          post.title = `${post.title} (수정)`;
        },
      ],
      [
        'edit: remove the image; the list shows the default picture',
        async () => {
          await wp.getByRole('link', { name: '수정' }).click();
          await wp.waitForURL(`**/board/${postId}/edit`);
          await imageLoaded(wp, '.image-preview img');
          await wp.getByRole('button', { name: '이미지 빼기' }).click();
          await wp.locator('#post-image-status', { hasText: '저장하면 이미지가 빠져요.' }).waitFor();
          await submitPost(wp);
          assert((await wp.locator('.post-figure').count()) === 0, 'the post still has an image');
          await wp.goto('/board');
          await card(wp, post.title).locator('xpath=ancestor::li').locator('.thumb-empty svg').waitFor();
        },
      ],
      [
        'a file that claims to be a PNG but is not: the server refuses it and the form shows why',
        async () => {
          await wp.goto('/board/new');
          await fillPost(wp, { title: '가짜 PNG', content: '이건 PNG가 아니에요.', category: 'chat' });
          await pickImage(wp, { name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a? no: plain text that only claims to be a PNG image') });
          await waitUploaded(wp);
          const answer = wp.waitForResponse((r) => r.url().endsWith('/api/board') && r.request().method() === 'POST');
          await wp.click('form.post-form button[type=submit]');
          const res = await answer;
          assert(res.status() === 400, `create answered ${res.status()}`);
          const want = (await res.json())?.error?.fields?.image_key;
          assert(want, 'no error.fields.image_key in the answer');
          await wp.locator('#post-image-error', { hasText: want }).waitFor();
          assert((await wp.getAttribute('#post-image', 'aria-invalid')) === 'true', 'image input not aria-invalid');
          assert(new URL(wp.url()).pathname === '/board/new', 'left the write page');
          await wp.waitForFunction(() => document.activeElement?.id === 'post-image', null, { timeout: 3000 }).catch(() => undefined);
          const focused = await wp.evaluate(() => document.activeElement?.id);
          assert(focused === 'post-image', `focus after the image error: ${focused}`);
        },
      ],
    ],
    W,
  );

  const hostileWriter = { email: `xss-board-${stamp}@example.com`, password: 'namebot123', nickname: '<svg/onload=__xss=1>' };
  const hostilePost = {
    title: '<img src=x onerror="window.__xss=31"><script>window.__xss=32</script>',
    content: '</div><svg onload="window.__xss=33"></svg>\n<iframe src="javascript:window.__xss=34"></iframe>\n<a href="javascript:window.__xss=35">click</a> &amp; &lt;b&gt;',
  };
  const ctxX = await newContext(browser, offline.base);
  const xp = await newPage(ctxX);
  let hostileId = '';

  await flow(
    'board hostile text',
    [
      [
        'a markup nickname writes a markup post: shown as text, nothing runs',
        async () => {
          await signUp(xp, hostileWriter);
          await xp.goto('/board/new');
          await fillPost(xp, { ...hostilePost, category: 'chat' });
          hostileId = await submitPost(xp);
          assert((await textOf(xp, 'article h1')) === hostilePost.title, 'title not literal');
          assert((await xp.locator('.post-body').textContent()) === hostilePost.content, 'body not literal');
          assert((await textOf(xp, 'article .post-author')) === hostileWriter.nickname, 'nickname not literal');
          await xp.waitForTimeout(200);
          await expectBoardInert(xp, 'hostile post');
        },
      ],
      [
        'reloaded, in the list, in the edit form and for another reader: still inert',
        async () => {
          await xp.reload();
          await xp.locator('article h1', { hasText: hostilePost.title }).waitFor();
          await expectBoardInert(xp, 'hostile post reloaded');
          await xp.goto('/board');
          await card(xp, hostilePost.title).waitFor();
          assert((await textOf(xp, '.post-card .post-author')) === hostileWriter.nickname, 'card nickname not literal');
          await expectBoardInert(xp, 'board list with the hostile post');
          await xp.goto(`/board/${hostileId}/edit`);
          await xp.locator('#post-title').waitFor();
          assert((await xp.inputValue('#post-title')) === hostilePost.title, 'edit title not literal');
          assert((await xp.inputValue('#post-content')) === hostilePost.content, 'edit content not literal');
          await expectBoardInert(xp, 'hostile edit form');
          await wp.goto(`/board/${hostileId}`);
          await wp.locator('article h1', { hasText: hostilePost.title }).waitFor();
          await wp.waitForTimeout(200);
          await expectBoardInert(wp, 'hostile post for another reader');
        },
      ],
    ],
    { page: xp },
  );

  const manager = { email: `manager-${stamp}@example.com`, password: 'namebot123', nickname: '운영자' };
  const ctxM = await newContext(browser, offline.base);
  const mp = await newPage(ctxM);

  await flow(
    'board manager',
    [
      [
        'an operator promotes a user with the manager binary',
        async () => {
          assert(existsSync(MANAGER), `no manager binary at ${MANAGER}: (cd ${ROOT} && go build -o .bin/namebot-manager ./infra/manager) or set NAMEBOT_MANAGER`);
          const r = await api(offline.base, 'POST', '/api/accounts/signup', { email: manager.email, password: manager.password, password2: manager.password, nickname: manager.nickname });
          assert(r.status === 201, `signup ${r.status}`);
          const out = spawnSync(MANAGER, ['-email', manager.email], { cwd: SERVER_CWD, env: { ...process.env, DATA_DIR: offline.dataDir }, encoding: 'utf8', timeout: 25_000 });
          assert(out.status === 0, `manager exited ${out.status}: ${(out.stderr || out.error || '').toString().slice(0, 300)}`);
          await logIn(mp, manager.email, manager.password);
        },
      ],
      [
        'the manager sees the notice option and writes a notice',
        async () => {
          await mp.goto('/board/new');
          await mp.waitForFunction(() => [...document.querySelectorAll('#post-category option')].some((o) => o.value === 'notice'));
          await fillPost(mp, { title: '게시판 이용 안내', content: '서로 존중해 주세요.\n광고와 도배는 지워져요.', category: 'notice' });
          await submitPost(mp);
          assert((await textOf(mp, 'article .badge')) === '공지', 'notice badge missing');
          await mp.goto('/board?category=notice');
          await card(mp, '게시판 이용 안내').waitFor();
        },
      ],
      [
        'the list with a notice, a question and a hostile post',
        async () => {
          await mp.goto('/board');
          await mp.waitForFunction(() => document.querySelectorAll('.post-card').length >= 3);
          await expectBoardInert(mp, 'board list (manager)');
          await dismissToasts(mp);
          await shoot(mp, 'board-list');
        },
      ],
      [
        "the manager deletes someone else's post after confirming (no edit link)",
        async () => {
          assert(hostileId, 'no hostile post to delete');
          await mp.goto(`/board/${hostileId}`);
          await mp.locator('article h1').waitFor();
          assert((await mp.getByRole('link', { name: '수정' }).count()) === 0, 'a manager sees edit on a post that is not theirs');
          await mp.getByRole('button', { name: '삭제' }).click();
          await mp.locator('dialog[open]').waitFor();
          await mp.locator('dialog[open] button[type=submit]').click();
          await mp.waitForURL((u) => u.pathname === '/board');
          await mp.getByText('글을 삭제했어요.').waitFor();
          const r = await api(offline.base, 'GET', `/api/board/${hostileId}`);
          assert(r.status === 404, `deleted post answers ${r.status}`);
          await expectBoardInert(mp, 'after moderation');
        },
      ],
    ],
    { page: mp },
  );

  await flow(
    'board delete',
    [
      [
        'the author deletes the post after confirming (cancel first)',
        async () => {
          assert(postId, 'no post to delete');
          await wp.goto(`/board/${postId}`);
          await wp.locator('article h1').waitFor();
          await wp.getByRole('button', { name: '삭제' }).click();
          await wp.locator('dialog[open]').waitFor();
          assert((await textOf(wp, 'dialog[open] .dialog-title')) === '이 글을 삭제할까요?', 'dialog title');
          await wp.locator('dialog[open]').getByRole('button', { name: '취소' }).click();
          await wp.locator('dialog[open]').waitFor({ state: 'detached' });
          assert(new URL(wp.url()).pathname === `/board/${postId}`, 'cancel left the post');
          await wp.getByRole('button', { name: '삭제' }).click();
          await wp.locator('dialog[open] button[type=submit]').click();
          await wp.waitForURL((u) => u.pathname === '/board');
          await wp.getByText('글을 삭제했어요.').waitFor();
          await wp.locator('.post-card').first().waitFor();
          assert((await card(wp, post.title).count()) === 0, 'the deleted post is still listed');
          const r = await api(offline.base, 'GET', `/api/board/${postId}`);
          assert(r.status === 404, `deleted post answers ${r.status}`);
        },
      ],
    ],
    W,
  );
}
