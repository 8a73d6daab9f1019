// The name check (issue 14) in Chromium: the /check page without signing in
// (paste names, see a card per name, copy a better name), keyboard-only use,
// and a name pasted alone into a room, which is answered without spending a
// question. Called by run.mjs with its harness (flow, assert, screenshots...).

/** @param {Record<string, any>} h the harness: see the call in run.mjs */
export async function checkFlows(h) {
  const { flow, assert, browser, base, newContext, newPage, shoot, expectInert, expectNoCSPViolations } = h;

  const anon = await newPage(await newContext(browser, base));
  await flow(
    'name check',
    [
      [
        'the home page links to the check without signing in',
        async () => {
          await anon.goto('/');
          await anon.getByRole('link', { name: '가입 없이 바로 써 보기' }).click();
          await anon.waitForURL((u) => u.pathname === '/check');
          await anon.locator('h1#page-title', { hasText: '이름 검사' }).waitFor();
        },
      ],
      [
        'pasted names get a card each, in order, with problems and better names',
        async () => {
          await anon.fill('#check-language', 'Python');
          await anon.fill('#check-convention', 'PEP 8');
          await anon.fill('#check-names', 'getUserList\nuser_count\nusr_cnt\nsayongjaList\n<img src=x onerror=window.__xss=1>');
          await anon.getByRole('button', { name: '검사하기' }).click();
          const cards = anon.locator('.check-card');
          await cards.nth(4).waitFor();
          assert((await cards.count()) === 5, `${await cards.count()} cards`);
          const names = await anon.locator('.check-card .check-name').allTextContents();
          assert(names[0] === 'getUserList' && names[4].startsWith('<img'), `card order: ${names}`);
          assert((await cards.nth(0).locator('.check-better-item code').first().textContent()) === 'get_user_list', 'no get_user_list');
          assert((await cards.nth(1).textContent()).includes('좋아요'), 'user_count is not ok');
          assert((await cards.nth(1).locator('.check-problems li').count()) === 0, 'a good name got problems');
          assert((await cards.nth(2).textContent()).includes('줄임말'), 'no abbreviation message');
          assert((await cards.nth(3).textContent()).includes('사용자'), 'no romanised Korean message');
          await expectInert(anon, 'check results');
          await expectNoCSPViolations(anon, 'check results');
        },
      ],
      [
        'a better name copies to the clipboard with a "copied" status',
        async () => {
          const btn = anon.locator('.check-card').nth(0).locator('.btn-copy').first();
          await btn.click();
          await btn.locator('[aria-live]', { hasText: '복사됨' }).waitFor();
          const copied = await anon.evaluate(() => navigator.clipboard.readText());
          assert(copied === 'get_user_list', `clipboard: ${copied}`);
        },
      ],
      [
        'empty input is refused before sending',
        async () => {
          await anon.fill('#check-names', '');
          await anon.getByRole('button', { name: '검사하기' }).click();
          await anon.locator('#check-names-error').waitFor();
          assert((await anon.locator('#check-names').getAttribute('aria-invalid')) === 'true', 'textarea not marked invalid');
        },
      ],
      [
        'screenshots at 390 and 1280 px',
        async () => {
          await anon.fill('#check-names', 'getUserList\nuser_count\nusr_cnt\nisNotValid\nhoewonInfo\nMAX_RETRIES');
          await anon.getByRole('button', { name: '검사하기' }).click();
          await anon.locator('.check-card').nth(5).waitFor();
          await shoot(anon, 'check');
        },
      ],
      [
        'in English: the page and the review switch language together',
        async () => {
          await anon.getByRole('button', { name: 'Switch to English' }).click();
          await anon.locator('h1#page-title', { hasText: 'Name check' }).waitFor();
          // The cards of the Korean check stay until the new answer: wait for it.
          const answered = anon.waitForResponse((r) => r.url().endsWith('/api/naming/check'));
          await anon.getByRole('button', { name: 'Check', exact: true }).click();
          await answered;
          await anon.locator('.check-problems li', { hasText: 'Abbreviations make the reader guess' }).first().waitFor();
          const text = await anon.locator('.check-list').textContent();
          assert(text.includes('Abbreviations make the reader guess'), `English messages: ${text.slice(0, 200)}`);
          await shoot(anon, 'check-en');
          await anon.getByRole('button', { name: '한국어 화면으로 보기' }).click();
          await anon.locator('h1#page-title', { hasText: '이름 검사' }).waitFor();
        },
      ],
      [
        'the API answers in English when asked, and stores nothing for anyone',
        async () => {
          const r = await h.api(base, 'POST', '/api/naming/check', { language: 'Java', names: ['MaxRetry'], kind: 'constant' }, null, 'en');
          assert(r.status === 200 && r.json.results[0].better[0] === 'MAX_RETRY', JSON.stringify(r.json));
          assert(r.json.results[0].problems[0].message.includes('constant names are written in'), JSON.stringify(r.json));
        },
      ],
    ],
    { page: anon },
  );

  const kb = await newPage(await newContext(browser, base));
  await flow(
    'name check by keyboard',
    [
      [
        'tab to the names, type, submit with Enter, reach the copy button',
        async () => {
          await kb.goto('/check');
          await kb.locator('#check-names').waitFor();
          const focused = () => kb.evaluate(() => document.activeElement?.id || document.activeElement?.className || '');
          let id = '';
          for (let i = 0; i < 25 && id !== 'check-names'; i++) {
            await kb.keyboard.press('Tab');
            id = await focused();
          }
          assert(id === 'check-names', `Tab never reached the names (last: ${id})`);
          await kb.keyboard.type('isNotValid');
          await kb.keyboard.press('Enter'); // a newline in the textarea, not a submit
          await kb.keyboard.type('m_name');
          await kb.keyboard.press('Tab');
          assert((await kb.evaluate(() => document.activeElement?.getAttribute('type'))) === 'submit', 'Tab after the names is not the submit button');
          await kb.keyboard.press('Enter');
          await kb.locator('.check-card').nth(1).waitFor();
          assert((await focused()) === 'check-results-title', `focus after results: ${await focused()}`);
          let cls = '';
          for (let i = 0; i < 6 && !cls.includes('btn-copy'); i++) {
            await kb.keyboard.press('Tab');
            cls = await focused();
          }
          assert(cls.includes('btn-copy'), `Tab never reached a copy button (last: ${cls})`);
          await kb.keyboard.press('Enter');
          await kb.locator('.btn-copy.is-copied').waitFor();
          const copied = await kb.evaluate(() => navigator.clipboard.readText());
          assert(copied === 'is_invalid', `clipboard: ${copied}`);
        },
      ],
    ],
    { page: kb },
  );
  await kb.context().close();
  await anon.context().close();

  const page = await newPage(await newContext(browser, base));
  const who = { email: `e2e-check-${Date.now().toString(36)}@example.com`, password: 'namebot123', nickname: '검사하는사람' };
  await flow(
    'pasted name in a room',
    [
      [
        'a name pasted alone is reviewed without spending a question',
        async () => {
          await h.signUp(page, who);
          await h.createRoom(page, { language: 'Python', convention: 'PEP 8' });
          const before = await h.quotaText(page);
          await h.ask(page, 'getUserList 괜찮아?');
          const bot = page.locator('.msg-bot:not(.msg-thinking)').last();
          await bot.locator('.name-card-name', { hasText: 'get_user_list' }).waitFor();
          assert((await bot.textContent()).includes('이름 검사'), 'the answer is not a name check');
          const after = await h.quotaText(page);
          assert(after === before, `quota changed: ${before} -> ${after}`);
          await shoot(page, 'room-pasted-name', { showQuestion: true });
        },
      ],
      [
        'a question still spends one',
        async () => {
          const before = await h.quotaText(page);
          await h.ask(page, '사용자 목록을 가져오는 함수 이름 추천해줘');
          await page.waitForFunction((b) => document.querySelector('.quota-text')?.textContent?.trim() !== b, before);
        },
      ],
    ],
    { page },
  );
  await page.context().close();
}
