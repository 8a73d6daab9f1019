// End-to-end flows of issue 14's chat part: kind chips, more like this, copy all,
// rename and search. run.mjs calls chatxFlows with its harness (one small edit there).
//
// It runs against the offline server: the offline suggester reads the question, so a
// "more like this" answer has names of its own, and the server removes any the room
// was already given.

/** Names on the cards of the n-th bot answer (0-based). */
async function cardNames(page, n) {
  return page.locator('.msg-bot:not(.msg-thinking)').nth(n).locator('.name-card-name').allTextContents();
}

export async function chatxFlows(h) {
  const { flow, assert, shoot, newContext, newPage, signUp, createRoom, ask, browser, base, stamp } = h;
  const ctx = await newContext(browser, base);
  const page = await newPage(ctx);
  const user = { email: `chatx-${stamp}@example.com`, password: 'namebot123', nickname: '이름바꾸는사람' };
  let first = [];

  await flow(
    'chat extras',
    [
      [
        'kind chips: a keyboard-pressed chip rides with the question and survives a reload',
        async () => {
          await signUp(page, user);
          await createRoom(page, { language: 'Python', convention: 'PEP 8', title: '사용자 관리' });
          const group = page.getByRole('group', { name: '이름 종류 (선택)' });
          const names = await group.getByRole('button').allTextContents();
          assert(names.join(',') === '함수,변수,불리언,상수,클래스', `chips: ${names}`);
          // Keyboard: focus the chip and press Space.
          await group.getByRole('button', { name: '함수' }).focus();
          await page.keyboard.press('Space');
          await group.getByRole('button', { name: '함수', pressed: true }).waitFor();
          assert((await group.locator('[aria-pressed="true"]').count()) === 1, 'more than one chip pressed');
          const sent = page.waitForRequest((r) => r.method() === 'POST' && /\/api\/chat\/[^/]+$/.test(new URL(r.url()).pathname));
          await ask(page, '사용자 목록을 가져오는 함수');
          const body = JSON.parse((await sent).postData() ?? '{}');
          assert(body.kind === 'function', `sent kind ${body.kind}`);
          await page.locator('.msg-user .chip-asked', { hasText: '함수 이름을 물었어요' }).waitFor();
          first = await cardNames(page, 0);
          assert(first.length >= 3, `first answer: ${first}`);
          const kinds = await page.locator('.msg-bot .name-card .kind').first().textContent();
          assert(kinds === '함수', `first card is ${kinds}, not a function`);
          await page.reload();
          await page.locator('.msg-user .chip-asked', { hasText: '함수 이름을 물었어요' }).waitFor();
        },
      ],
      [
        'copy all puts every name of the answer on the clipboard and says 복사했어요',
        async () => {
          const answer = page.locator('.msg-bot').first();
          await answer.getByRole('button', { name: /모두 복사/ }).click();
          await answer.getByRole('status').filter({ hasText: '복사했어요' }).waitFor();
          const clip = await page.evaluate(() => navigator.clipboard.readText());
          assert(clip === [...new Set(first)].join('\n'), `clipboard: ${JSON.stringify(clip)}`);
        },
      ],
      [
        'more like this asks in the room, spends one question and repeats no name',
        async () => {
          const before = (await page.locator('.quota-text').first().textContent()) ?? '';
          const name = first[0];
          const sent = page.waitForRequest((r) => r.method() === 'POST' && /\/api\/chat\/[^/]+$/.test(new URL(r.url()).pathname));
          await page.getByRole('button', { name: `${name}와 비슷한 이름 더 보기` }).click();
          const body = JSON.parse((await sent).postData() ?? '{}');
          assert(body.content === `\`${name}\`와 비슷한 이름 더 보기` && body.kind === 'function', `sent ${JSON.stringify(body)}`);
          await page.locator('.msg-bot:not(.msg-thinking)').nth(1).waitFor({ state: 'visible', timeout: 20_000 });
          const second = await cardNames(page, 1);
          const repeated = second.filter((n) => first.includes(n));
          assert(repeated.length === 0, `repeated names: ${repeated}`);
          // (Which names were removed, and the text saying so, is pinned by the API tests.)
          const after = (await page.locator('.quota-text').first().textContent()) ?? '';
          assert(before.startsWith('4/5') && after.startsWith('3/5'), `quota ${before} -> ${after}`);
          await shoot(page, 'chatx-room', { showQuestion: true });
        },
      ],
      [
        'rename: Escape cancels, Enter saves, blank is refused',
        async () => {
          await page.getByRole('button', { name: '채팅 이름 바꾸기' }).click();
          const input = page.getByLabel('채팅 이름');
          await input.fill('버려질 이름');
          await input.press('Escape');
          await page.locator('h1#page-title', { hasText: '사용자 관리' }).waitFor();
          await page.getByRole('button', { name: '채팅 이름 바꾸기' }).click();
          await input.fill('   ');
          await input.press('Enter');
          await page.locator('#rename-error', { hasText: '입력해 주세요' }).waitFor();
          await shoot(page, 'chatx-rename', { fullPage: false });
          await input.fill('회원 목록 API');
          const saved = page.waitForResponse((r) => r.request().method() === 'PATCH');
          await input.press('Enter');
          assert((await saved).status() === 200, 'rename not saved');
          await page.locator('h1#page-title', { hasText: '회원 목록 API' }).waitFor();
          await page.reload();
          await page.locator('h1#page-title', { hasText: '회원 목록 API' }).waitFor();
        },
      ],
      [
        'search finds rooms by title and by language',
        async () => {
          await createRoom(page, { language: 'Go', title: '재시도 로직' });
          await createRoom(page, { language: 'TypeScript', title: '' });
          await page.goto('/chat');
          const box = page.getByRole('searchbox', { name: '채팅 찾기' });
          await box.fill('회원');
          await page.locator('#room-search-status', { hasText: '1개 찾음' }).waitFor();
          let shown = await page.locator('.room-name').allTextContents();
          assert(shown.join('|') === '회원 목록 API', `by title: ${shown}`);
          await box.fill('go');
          await page.locator('#room-search-status', { hasText: '1개 찾음' }).waitFor();
          shown = await page.locator('.room-name').allTextContents();
          assert(shown.join('|') === '재시도 로직', `by language: ${shown}`);
          await box.fill('kotlin');
          await page.locator('#room-search-status', { hasText: '맞는 채팅이 없어요' }).waitFor();
          await box.fill('');
          assert((await page.locator('.room-name').count()) === 3, 'clearing the search does not show every room');
          await box.fill('회원');
          await page.locator('#room-search-status', { hasText: '1개 찾음' }).waitFor();
          await shoot(page, 'chatx-search');
        },
      ],
    ],
    { page },
  );
  await ctx.close();
}
