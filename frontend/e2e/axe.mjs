// The accessibility audit of the end-to-end run: axe-core (the npm package) in the
// page, on every route of the app at 390 px and 1280 px, with WCAG 2.0/2.1 A and
// AA rules; any serious or critical violation fails the run, each printed with its
// rule, impact, target and page. run.mjs calls it as one flow (accessibilitySteps).
//
// The app's CSP (script-src 'self') refuses the injected engine, so the page must
// come from a context opened with browser.newContext({ bypassCSP: true }); that
// context is for the audit only, the other flows keep the CSP.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** What fails the run. Moderate and minor findings are printed, not counted. */
export const FAILING_IMPACTS = ['serious', 'critical'];
export const AUDIT_VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

/** The path patterns of the app's route table (src/app.tsx), read from the source so a new route cannot go unaudited. */
export function appRoutePatterns() {
  const src = readFileSync(join(FRONTEND, 'src', 'app.tsx'), 'utf8');
  const table = src.slice(src.indexOf('export const routes'), src.indexOf('];', src.indexOf('export const routes')));
  const patterns = [...table.matchAll(/\bpath:\s*'([^']+)'/g)].map((m) => m[1]);
  if (patterns.length === 0) throw new Error('axe: no routes found in src/app.tsx');
  return patterns;
}

function matches(pattern, path) {
  const p = pattern.split('/').filter(Boolean);
  const s = path.split('?')[0].split('/').filter(Boolean);
  return p.length === s.length && p.every((seg, i) => seg.startsWith(':') || seg === s[i]);
}

/** Route patterns that none of the audited paths reaches, and "not found" when no path falls outside the table. */
export function unauditedRoutes(paths) {
  const patterns = appRoutePatterns();
  const missing = patterns.filter((pattern) => !paths.some((path) => matches(pattern, path)));
  if (!paths.some((path) => !patterns.some((pattern) => matches(pattern, path)))) missing.push('(not found)');
  return missing;
}

/** Runs axe-core on the page as it is; returns every violation node with its rule. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => ({
        id: v.id,
        impact: n.impact ?? v.impact,
        help: v.help,
        target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' '),
        summary: (n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim(),
      })),
    );
  }, AXE_TAGS);
}

/**
 * Collects the findings of one run: audit(page, name) checks the page at each
 * width (and saves a screenshot a11y-<name>-<width>.png into shots, when given),
 * failures() lists the serious and critical ones.
 */
export function createAudit({ log = console.log, shots = '' } = {}) {
  const found = [];
  const audited = [];
  return {
    audited,
    async audit(page, name) {
      const before = page.viewportSize();
      for (const vp of AUDIT_VIEWPORTS) {
        await page.setViewportSize(vp);
        // Let layout and media queries settle (the header, the composer change at narrow widths).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.waitForTimeout(100);
        const where = `${name} @${vp.width}`;
        if (shots) {
          const file = `a11y-${name.replace(/[^\w가-힣]+/g, '-')}-${vp.width}.png`;
          await page.screenshot({ path: join(shots, file), fullPage: true, animations: 'disabled' });
        }
        for (const v of await axeViolations(page)) {
          found.push({ ...v, page: where, path: new URL(page.url()).pathname });
          const failing = FAILING_IMPACTS.includes(v.impact);
          log(`  axe ${failing ? 'VIOLATION' : 'note'} ${v.id} (${v.impact}) on ${where}: ${v.target}${v.summary ? ` — ${v.summary}` : ''}`);
        }
      }
      audited.push(new URL(page.url()).pathname + new URL(page.url()).search);
      if (before) await page.setViewportSize(before);
    },
    failures() {
      return found.filter((v) => FAILING_IMPACTS.includes(v.impact));
    },
    /** "color-contrast 30, label-content-name-mismatch 8" */
    summary() {
      const byRule = new Map();
      for (const v of this.failures()) byRule.set(v.id, (byRule.get(v.id) ?? 0) + 1);
      return [...byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ');
    },
    /** Throws when any serious or critical violation was found or a route of the app was not audited. */
    assertClean() {
      const missing = unauditedRoutes(audited);
      const bad = this.failures();
      for (const v of bad) log(`  ${v.id} | ${v.impact} | ${v.target} | ${v.page} (${v.path})`);
      log(`axe: ${bad.length} serious or critical violations on ${audited.length} pages × ${AUDIT_VIEWPORTS.length} widths${bad.length ? `: ${this.summary()}` : ''}`);
      if (missing.length) throw new Error(`axe: routes of src/app.tsx not audited: ${missing.join(', ')}`);
      if (bad.length) throw new Error(`axe: ${bad.length} serious or critical violations: ${this.summary()}`);
    },
  };
}

/**
 * The audit's steps for run.mjs's flow(): the pages a visitor sees, then a new
 * user with real content (a room with answers, a post with an image and one
 * without) and every signed-in page, a few in English, and last the verdict.
 * seed holds run.mjs's helpers (signUp, createRoom, ask, fillPost, pickImage,
 * waitUploaded, submitPost) and a PNG to upload.
 */
export function accessibilitySteps(page, audit, seed, stamp) {
  const made = { room: '', post: '' };
  // ready: selectors that show the page has its content (and, signed in, its session).
  // Never networkidle: it does not settle on the app's pages (FACTS.md).
  // path: a string, or [route pattern, () => the path once the content exists].
  const visit = (name, path, ready) => [
    `${name} (${Array.isArray(path) ? path[0] : path})`,
    async () => {
      await page.goto(Array.isArray(path) ? path[1]() : path);
      for (const selector of ready) await page.locator(selector).first().waitFor();
      await audit.audit(page, name);
    },
  ];
  const room = () => `/chat/${encodeURIComponent(made.room)}`;
  const post = () => `/board/${encodeURIComponent(made.post)}`;
  return [
    visit('home, signed out', '/', ['h1.hero-title', '.nav-cta']),
    visit('login', '/login', ['#login-email', '.btn-oauth']),
    visit('sign-up', '/signup', ['#signup-email', '.btn-oauth']),
    visit('board, signed out', '/board', ['.board-write', '.post-grid, .state-title']),
    visit('provider sign-in cancelled', '/oauth/error?reason=cancelled', ['[data-testid="oauth-reason"]']),
    visit('provider sign-in done, no session', '/oauth/done', ['.auth-card #page-title']),
    visit('not found, signed out', '/no-such-page', ['.big-404', '.nav-cta']),
    [
      'name check with results, signed out (/check)',
      async () => {
        await page.goto('/check');
        await page.fill('#check-names', 'getUserList\nuser_count\nusr_cnt');
        await page.getByRole('button', { name: '검사하기' }).click();
        await page.locator('.check-card').nth(2).waitFor();
        await audit.audit(page, 'name check');
      },
    ],
    [
      'sign up, a room with answers, a question with an image and a chat post',
      async () => {
        await seed.signUp(page, { email: `a11y-${stamp}@example.com`, password: 'namebot123', nickname: '접근성' });
        made.room = await seed.createRoom(page, { language: 'Python', convention: 'PEP 8', title: '계산기' });
        await seed.ask(page, '사칙연산을 위한 변수명 추천해줘');
        await seed.ask(page, '재시도 횟수를 세는 변수');
        await page.goto('/board/new');
        await seed.fillPost(page, { title: '글자 대비 확인용 질문', content: '이미지가 있는 글이에요.', category: 'question' });
        await seed.pickImage(page, { name: 'a11y.png', mimeType: 'image/png', buffer: seed.png });
        await seed.waitUploaded(page);
        made.post = await seed.submitPost(page);
        await page.goto('/board/new');
        await seed.fillPost(page, { title: '기본 그림이 보이는 잡담', content: '이미지 없는 글이에요.', category: 'chat' });
        await seed.submitPost(page);
      },
    ],
    visit('home, signed in', '/', ['h1.hero-title', '.nav-nickname']),
    visit('rooms', '/chat', ['.room-link', '.nav-nickname']),
    visit('room with answers', ['/chat/:id', room], ['.msg-bot:not(.msg-thinking) .name-card', '#composer-input']),
    visit('profile', '/profile', ['#profile-nickname', '.linked-list']),
    visit('board, signed in', '/board', ['.post-card img', '.nav-nickname']),
    visit('post with an image', ['/board/:id', post], ['.post-figure img', '.nav-nickname']),
    visit('write a post', '/board/new', ['#post-title', '.nav-nickname']),
    visit('edit a post', ['/board/:id/edit', () => `${post()}/edit`], ['.image-preview img', '.nav-nickname']),
    visit('not found, signed in', '/board/no/such/page', ['.big-404', '.nav-nickname']),
    [
      'the room and the write page in English',
      async () => {
        await page.goto(room());
        await page.getByRole('button', { name: 'Switch to English' }).click();
        await page.locator('.msg-bot:not(.msg-thinking) .name-card').first().waitFor();
        await audit.audit(page, 'room with answers, English');
        await page.goto('/board/new');
        await page.locator('#post-title').waitFor();
        await audit.audit(page, 'write a post, English');
        await page.getByRole('button', { name: '한국어 화면으로 보기' }).click();
        await page.getByRole('button', { name: 'Switch to English' }).waitFor();
      },
    ],
    ['no serious or critical violation on any page, every route audited', () => audit.assertClean()],
  ];
}
