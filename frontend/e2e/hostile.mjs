// Hostile text and model output, a failing model and account deletion, on the server
// with the fake model.
// run.mjs calls hostileFlows with its harness, in the run's order (E2E_ONLY still picks flows by name).

export async function hostileFlows(h) {
  const {
    api, ask, assert, browser, createRoom, expectInert, fake, flow, log, model, newContext, newPage, quotaText, shoot,
    signUp, stamp, textOf,
  } = h;
  const ctxB = await newContext(browser, model.base);
  const hp = await newPage(ctxB);
  const B = { page: hp };
  const hostileUser = { email: `xss-${stamp}@example.com`, password: 'namebot123', nickname: '<svg onload=alert``>' };
  const hostileRoom = {
    language: '<script>window.__xss=2</script>',
    convention: '"><img src=x onerror=window.__xss=3>',
    title: '<img src=x onerror="window.__xss=1">',
  };
  const hostileMessage = '<script>window.__xss=4</script><img src=x onerror="window.__xss=5"> 변수명 추천해줘';
  let hostileRoomId = '';

  await flow(
    'hostile',
    [
      [
        'sign up with a markup nickname: shown as text',
        async () => {
          await signUp(hp, hostileUser);
          await hp.locator('.nav-nickname').waitFor();
          const nick = await textOf(hp, '.nav-nickname');
          assert(nick === hostileUser.nickname, `nickname shown as "${nick}"`);
          await expectInert(hp, 'nickname');
          await hp.goto('/profile');
          await hp.locator('.profile-nickname', { hasText: hostileUser.nickname }).waitFor();
          await hp.waitForTimeout(200);
          await expectInert(hp, 'profile');
        },
      ],
      [
        'room with markup title, language and convention: shown as text',
        async () => {
          hostileRoomId = await createRoom(hp, hostileRoom);
          assert((await textOf(hp, 'h1.room-title')) === hostileRoom.title, 'title not literal');
          const meta = await textOf(hp, '.room-head-meta');
          assert(meta.includes(hostileRoom.language) && meta.includes(hostileRoom.convention), `chips "${meta}"`);
          await expectInert(hp, 'room header');
          await hp.goto('/chat');
          await hp.locator('.room-name', { hasText: hostileRoom.title }).waitFor();
          await expectInert(hp, 'room list');
        },
      ],
      [
        'markup message and hostile model output: shown as text, nothing runs',
        async () => {
          fake.mode = 'hostile';
          await hp.goto(`/chat/${encodeURIComponent(hostileRoomId)}`);
          await hp.locator('#composer-input').waitFor();
          await ask(hp, hostileMessage);
          const bubble = await hp.locator('.msg-user .bubble-user').last().textContent();
          assert(bubble === hostileMessage, `message shown as ${JSON.stringify(bubble)}`);
          const bot = (await hp.locator('.msg-bot:not(.msg-thinking)').last().textContent()) ?? '';
          log(`  the server kept of the hostile answer: ${JSON.stringify(bot).slice(0, 400)}`);
          await hp.waitForTimeout(300);
          await expectInert(hp, 'hostile answer');
          // Whatever markup the server kept must be visible literally.
          for (const frag of ['<img src=x', '<script>', '<iframe', '<b onmouseover']) {
            if (bot.includes(frag)) log(`  kept as text: ${frag}`);
          }
          assert(fake.requests.length > 0, 'the fake model was never called');
          await shoot(hp, 'room-hostile', { showQuestion: true });
        },
      ],
      [
        'reload the hostile room: still inert',
        async () => {
          await hp.reload();
          await hp.locator('.msg-bot').first().waitFor();
          await hp.waitForTimeout(300);
          await expectInert(hp, 'hostile room after reload');
        },
      ],
    ],
    B,
  );

  await flow(
    'model failure',
    [
      [
        'a failed model call keeps the question with a retry button (502)',
        async () => {
          fake.mode = 'fail';
          await hp.goto(`/chat/${encodeURIComponent(hostileRoomId)}`);
          await hp.locator('#composer-input').waitFor();
          const before = await quotaText(hp);
          await hp.fill('#composer-input', '실패할 질문');
          await hp.press('#composer-input', 'Enter');
          await hp.getByText('모델이 답하지 못했어요').first().waitFor({ timeout: 15_000 });
          await hp.locator('.msg-user.msg-problem', { hasText: '실패할 질문' }).getByRole('button', { name: '다시 시도' }).waitFor();
          const after = await quotaText(hp);
          assert(after.split(' ')[0] === before.split(' ')[0], `quota changed on failure: ${before} -> ${after}`);
          await shoot(hp, 'room-model-failed');
        },
      ],
      [
        'after a reload the unanswered question still has its retry button',
        async () => {
          await hp.reload();
          await hp.locator('.msg-user.msg-problem', { hasText: '실패할 질문' }).getByRole('button', { name: '다시 시도' }).waitFor();
        },
      ],
      [
        'retry answers the same question without a duplicate',
        async () => {
          fake.mode = 'ok';
          const bots = await hp.locator('.msg-bot:not(.msg-thinking)').count();
          await hp.locator('.msg-user.msg-problem', { hasText: '실패할 질문' }).getByRole('button', { name: '다시 시도' }).click();
          await hp.locator('.msg-bot:not(.msg-thinking)').nth(bots).waitFor({ timeout: 15_000 });
          assert((await hp.locator('.msg-user', { hasText: '실패할 질문' }).count()) === 1, 'the question appears twice');
          assert((await hp.locator('.msg-user.msg-problem').count()) === 0, 'still marked unanswered');
          await hp.reload();
          await hp.locator('.msg-bot').first().waitFor();
          assert((await hp.locator('.msg-user', { hasText: '실패할 질문' }).count()) === 1, 'the question is stored twice');
        },
      ],
      [
        'a model that hangs ends in the timeout message (504)',
        async () => {
          fake.mode = 'hang';
          await hp.fill('#composer-input', '느린 질문');
          await hp.press('#composer-input', 'Enter');
          await hp.getByText('모델의 답이 너무 늦어요').first().waitFor({ timeout: 20_000 });
          await hp.locator('.msg-user.msg-problem', { hasText: '느린 질문' }).waitFor();
          fake.mode = 'ok';
        },
      ],
    ],
    B,
  );

  await flow('account deletion', [
      [
        'delete the account after confirming',
        async () => {
          await hp.goto('/profile');
          await hp.getByRole('button', { name: '계정 삭제…' }).click();
          await hp.fill('dialog[open] #delete-password', hostileUser.password);
          await hp.locator('dialog[open] button[type=submit]').click();
          await hp.waitForURL((u) => u.pathname === '/');
          await hp.getByRole('link', { name: '로그인' }).first().waitFor();
          const r = await api(model.base, 'POST', '/api/accounts/login', { email: hostileUser.email, password: hostileUser.password });
          assert(r.status === 401, `login after deletion: ${r.status}`);
          await expectInert(hp, 'after deletion');
        },
      ],
  ], B);
}
