// End-to-end tests of the browser app against the real local server, in Debian's
// headless Chromium through playwright-core.
//
//   NAMEBOT_SERVER=/path/to/namebot-local npm run e2e     (default: ../.bin/namebot-local)
//   NAMEBOT_ROOT=/path/to/checkout                         (the server's working directory; default ..)
//
// It builds the app (unless E2E_SKIP_BUILD=1), starts two server instances on free
// ports with temporary DATA_DIRs — one offline, one talking to a fake OpenAI-compatible
// server in this process — walks the flows, saves screenshots of every main page at
// 390 px and 1280 px under e2e/screenshots/, and prints `N passed, M failed`.
// Every step has a timeout and the whole run is bounded (E2E_DEADLINE_MS, default 270 s).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startFakeOpenAI } from './fake-openai.mjs';
import { FAKE_CLIENTS, startFakeOAuth } from './fake-oauth.mjs';
import { accessibilitySteps, createAudit } from './axe.mjs';
import { chatxFlows } from './chatx.mjs';
import { checkFlows } from './check.mjs';

const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(FRONTEND, '..');
const SERVER = resolve(process.env.NAMEBOT_SERVER || join(ROOT, '.bin', 'namebot-local'));
// The server finds template.yaml and frontend/dist from its working directory.
const SERVER_CWD = resolve(process.env.NAMEBOT_ROOT || ROOT);
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// Promotes a user to manager against a running server's DATA_DIR (go build -o .bin/namebot-manager ./infra/manager).
const MANAGER = resolve(process.env.NAMEBOT_MANAGER || join(ROOT, '.bin', 'namebot-manager'));
const SHOTS = join(FRONTEND, 'e2e', 'screenshots');
const STEP_MS = Number(process.env.E2E_STEP_MS || 30_000);
const DEADLINE_MS = Number(process.env.E2E_DEADLINE_MS || 270_000);
const WAIT_MS = 10_000;
const started = Date.now();
const DAY_LIMIT = 5;

const results = [];
const cleanups = [];
let dead = false;

function log(...a) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...a);
}

// ---------- harness ----------

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A flow is a list of steps; after a failed step the rest of its flow is skipped. */
async function flow(name, steps, ctx = {}) {
  // E2E_ONLY=<part of a flow name> runs only the matching flows (those that stand alone).
  if (process.env.E2E_ONLY && !name.includes(process.env.E2E_ONLY)) return;
  let broken = null;
  for (const [stepName, fn] of steps) {
    const full = `${name} › ${stepName}`;
    if (broken || dead) {
      results.push({ name: full, status: 'skipped', error: broken ? `after "${broken}" failed` : 'run deadline' });
      log(`SKIP ${full}`);
      continue;
    }
    const t0 = Date.now();
    try {
      const left = DEADLINE_MS - (Date.now() - started);
      if (left <= 0) {
        dead = true;
        throw new Error('run deadline reached');
      }
      await withTimeout(Promise.resolve().then(fn), Math.min(STEP_MS, left), full);
      results.push({ name: full, status: 'passed', ms: Date.now() - t0 });
      log(`PASS ${full} (${Date.now() - t0} ms)`);
    } catch (err) {
      broken = stepName;
      results.push({ name: full, status: 'failed', error: String(err?.message ?? err).split('\n')[0] });
      log(`FAIL ${full}: ${String(err?.message ?? err).split('\n').slice(0, 6).join('\n       ')}`);
      if (ctx.page) {
        const file = join(SHOTS, `fail-${full.replace(/[^\w가-힣-]+/g, '_')}.png`);
        await ctx.page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      }
    }
  }
}

function assert(cond, message) {
  if (!cond) throw new Error(message);
}

function freePort() {
  return new Promise((res, rej) => {
    const s = net.createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

async function waitHealthy(base, proc, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${base} not healthy after ${ms} ms`);
}

async function stopProc(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  try {
    process.kill(-proc.pid, 'SIGTERM');
  } catch {
    // already gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 4000))]);
  if (proc.exitCode === null && proc.signalCode === null) {
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  }
}

/** Starts one namebot-local with its own port and DATA_DIR. */
async function startServer(label, env) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `namebot-e2e-${label}-`));
  const childEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, DAILY_LIMIT: String(DAY_LIMIT) };
  for (const k of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'DYNAMODB_ENDPOINT', 'S3_ENDPOINT']) delete childEnv[k];
  Object.assign(childEnv, env);
  const out = [];
  // localhost, not 127.0.0.1: Chromium keeps Secure cookies on http://localhost.
  const base = `http://localhost:${port}`;
  const launch = () => {
    const p = spawn(SERVER, [], { cwd: SERVER_CWD, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    p.stdout.on('data', (d) => out.push(String(d)));
    p.stderr.on('data', (d) => out.push(String(d)));
    return p;
  };
  const server = { base, proc: launch(), out, dataDir };
  cleanups.push(async () => {
    await stopProc(server.proc);
    writeFileSync(join(SHOTS, `server-${label}.log`), out.join(''));
    rmSync(dataDir, { recursive: true, force: true });
  });
  await waitHealthy(base, server.proc);
  log(`server ${label} up at ${base}`);
  return server;
}

async function api(base, method, path, body, token, lang = 'ko') {
  const headers = { 'Accept-Language': lang };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: res.status, headers: res.headers, json };
}

/**
 * Another site: serves one page on 127.0.0.1 (a different site from the app on localhost)
 * that posts a plain HTML form to `action` as soon as it loads. `enctype` is what a form
 * can send: application/x-www-form-urlencoded, multipart/form-data or text/plain.
 */
async function startAttackerSite() {
  const pages = new Map();
  const server = http.createServer((req, res) => {
    const body = pages.get(new URL(req.url, 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  const port = await freePort();
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    server,
    port,
    /** Adds a page that auto-submits fields to action; returns its path. */
    formPage(path, action, enctype, fields) {
      const inputs = Object.entries(fields)
        .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
        .join('');
      pages.set(path, `<!doctype html><title>win a prize</title><form id="f" method="POST" action="${esc(action)}" enctype="${enctype}">${inputs}</form><script>document.getElementById('f').submit()</script>`);
      return path;
    },
  };
}

// ---------- browser helpers ----------

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A page that records dialogs, CSP violations, page errors and the __xss flag. */
async function newPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.events = { dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    page.events.dialogs.push(d.message());
    d.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (e) => page.events.errors.push(String(e)));
  return page;
}

async function newContext(browser, base, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    baseURL: base,
    ...options,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  // Runs before any page script (not inline: the CSP stays intact).
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

const shotsTaken = [];

/** Closes the toasts ("환영해요…") so a screenshot shows the page under them. */
async function dismissToasts(page) {
  for (const b of await page.locator('.toast-close').all()) await b.click().catch(() => undefined);
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 2000 }).catch(() => undefined);
}

/** Screenshots the page at 390 px and at 1280 px, then restores the viewport. */
async function shoot(page, name, { fullPage = true, showQuestion = false } = {}) {
  const before = page.viewportSize();
  // From the top, so the sticky header is where a person sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const [w, h] of [
    [390, 844],
    [1280, 800],
  ]) {
    await page.setViewportSize({ width: w, height: h });
    await page.waitForTimeout(120);
    // In a room, start the view at the last question so its answer is in the picture.
    if (showQuestion) await page.evaluate(() => [...document.querySelectorAll('.msg-user')].pop()?.scrollIntoView({ block: 'start' }));
    const file = `${name}-${w}.png`;
    await page.screenshot({ path: join(SHOTS, file), fullPage, animations: 'disabled' });
    // Responsive: nothing may be wider than the viewport.
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert(wide <= w, `${name} at ${w} px: the page is ${wide} px wide`);
    shotsTaken.push(file);
  }
  if (before) await page.setViewportSize(before);
}

async function expectInert(page, where) {
  const state = await page.evaluate(() => ({
    xss: window.__xss,
    imgs: document.querySelectorAll('img').length,
    scripts: document.scripts.length,
    iframes: document.querySelectorAll('iframe').length,
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick]').length,
    csp: window.__csp ?? [],
  }));
  assert(state.xss === undefined, `${where}: window.__xss was set to ${JSON.stringify(state.xss)}`);
  assert(page.events.dialogs.length === 0, `${where}: a dialog opened: ${page.events.dialogs.join(', ')}`);
  assert(state.imgs === 0, `${where}: ${state.imgs} <img> elements in the page`);
  assert(state.iframes === 0, `${where}: ${state.iframes} <iframe> elements in the page`);
  assert(state.handlers === 0, `${where}: ${state.handlers} elements with inline handlers`);
  assert(state.scripts === 1, `${where}: ${state.scripts} <script> elements (only the app bundle expected)`);
  assert(state.csp.length === 0, `${where}: CSP violations: ${state.csp.join('; ')}`);
}

async function expectNoCSPViolations(page, where) {
  const csp = await page.evaluate(() => window.__csp ?? []);
  assert(csp.length === 0, `${where}: CSP violations: ${csp.join('; ')}`);
  assert(page.events.errors.length === 0, `${where}: page errors: ${page.events.errors.join('; ')}`);
}

async function textOf(page, selector) {
  return (await page.locator(selector).first().textContent())?.trim() ?? '';
}

async function quotaText(page) {
  return textOf(page, '.quota-text');
}

async function ask(page, question) {
  const bots = await page.locator('.msg-bot:not(.msg-thinking)').count();
  await page.fill('#composer-input', question);
  await page.press('#composer-input', 'Enter');
  await page.locator('.msg-bot:not(.msg-thinking)').nth(bots).waitFor({ state: 'visible', timeout: 20_000 });
}

async function signUp(page, { email, password, nickname }) {
  await page.goto('/signup');
  await page.fill('#signup-email', email);
  await page.fill('#signup-nickname', nickname);
  await page.fill('#signup-password', password);
  await page.fill('#signup-password2', password);
  await page.click('form button[type=submit]');
  await page.waitForURL('**/chat');
}

async function logIn(page, email, password) {
  await page.goto('/login');
  await page.fill('#login-email', email);
  await page.fill('#login-password', password);
  await page.click('form button[type=submit]');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function createRoom(page, { language, convention = '', title = '' }) {
  await page.goto('/chat');
  await page.fill('#room-language', language);
  await page.fill('#room-convention', convention);
  await page.fill('#room-title', title);
  await page.click('.create-room button[type=submit]');
  await page.waitForURL(/\/chat\/[^/]+$/);
  await page.locator('#composer-input').waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
}

// ---------- board helpers ----------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A real PNG (8-bit RGB) of w×h: a diagonal two-colour split, so it is visibly a picture. */
function makePng(w, h, [r1, g1, b1], [r2, g2, b2]) {
  const rows = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const [r, g, b] = x / w + y / h < 1 ? [r1, g1, b1] : [r2, g2, b2];
      row[1 + x * 3] = r;
      row[2 + x * 3] = g;
      row[3 + x * 3] = b;
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Like expectInert, but the board's own images are allowed: same-origin /images/… and blob: previews. */
async function expectBoardInert(page, where) {
  const state = await page.evaluate(() => ({
    xss: window.__xss,
    foreignImgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src') ?? '').filter((s) => !/^\/images\/[\w-]+\/[\w-]+\.(png|jpg|webp|gif)$|^blob:/.test(s)),
    scripts: document.scripts.length,
    iframes: document.querySelectorAll('iframe, object, embed').length,
    handlers: document.querySelectorAll('[onerror],[onload],[onmouseover],[onclick],[onfocus]').length,
    svgs: document.querySelectorAll('svg[onload], svg script').length,
    csp: window.__csp ?? [],
  }));
  assert(state.xss === undefined, `${where}: window.__xss was set to ${JSON.stringify(state.xss)}`);
  assert(page.events.dialogs.length === 0, `${where}: a dialog opened: ${page.events.dialogs.join(', ')}`);
  assert(state.foreignImgs.length === 0, `${where}: unexpected <img> sources: ${state.foreignImgs.join(', ')}`);
  assert(state.iframes === 0, `${where}: ${state.iframes} <iframe>/<object>/<embed> elements`);
  assert(state.handlers === 0 && state.svgs === 0, `${where}: elements with inline handlers`);
  assert(state.scripts === 1, `${where}: ${state.scripts} <script> elements (only the app bundle expected)`);
  assert(state.csp.length === 0, `${where}: CSP violations: ${state.csp.join('; ')}`);
  assert(page.events.errors.length === 0, `${where}: page errors: ${page.events.errors.join('; ')}`);
}

/** Waits until the <img> matched by selector has loaded a real picture; returns its natural size. */
async function imageLoaded(page, selector) {
  const handle = await page.waitForFunction(
    (sel) => {
      const img = document.querySelector(sel);
      return img && img.complete && img.naturalWidth > 0 ? { w: img.naturalWidth, h: img.naturalHeight, src: img.getAttribute('src') } : null;
    },
    selector,
    { timeout: WAIT_MS },
  );
  return handle.jsonValue();
}

/** Fills the write/edit form's text fields. */
async function fillPost(page, { title, content, category }) {
  if (title !== undefined) await page.fill('#post-title', title);
  if (content !== undefined) await page.fill('#post-content', content);
  if (category !== undefined) await page.selectOption('#post-category', category);
}

async function pickImage(page, file) {
  await page.setInputFiles('#post-image', file);
}

async function waitUploaded(page) {
  await page.locator('#post-image-status', { hasText: '이미지를 올렸어요' }).waitFor({ timeout: 15_000 });
}

/** Submits the form and waits for the post's page; returns the post id. */
async function submitPost(page) {
  await page.click('form.post-form button[type=submit]');
  await page.waitForURL(/\/board\/[0-9a-f-]{36}$/);
  await page.locator('article.post-article h1').waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
}

/** The title link of the card for a post, in the list. */
function card(page, title) {
  return page.locator('.post-card-link', { hasText: title });
}

async function categoryOptions(page) {
  await page.locator('#post-category').waitFor();
  return page.$$eval('#post-category option', (os) => os.map((o) => o.value));
}

// ---------- the run ----------

async function main() {
  mkdirSync(SHOTS, { recursive: true });
  // Leave only this run's failure pictures and logs.
  for (const f of readdirSync(SHOTS)) if (/^fail-.*\.png$|^server-.*\.log$/.test(f)) rmSync(join(SHOTS, f));
  if (!existsSync(SERVER)) {
    console.error(`e2e: no server binary at ${SERVER}. Build it: (cd ${ROOT} && go build -o .bin/namebot-local ./infra/local) or set NAMEBOT_SERVER.`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`e2e: no Chromium at ${CHROMIUM}: apt-get install -y --no-install-recommends chromium fonts-nanum`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(FRONTEND, 'dist', 'index.html'))) {
    log('building the app');
    const b = spawnSync('npm', ['run', 'build'], { cwd: FRONTEND, stdio: 'inherit', timeout: 120_000 });
    if (b.status !== 0) {
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
  }

  const fakePort = await freePort();
  const fake = await startFakeOpenAI(fakePort);
  cleanups.push(async () => {
    fake.server.closeAllConnections?.();
    await new Promise((r) => fake.server.close(r));
  });

  // GitHub and Kakao sign-in against a fake provider, on the offline server only
  // (the model server checks that unconfigured providers stay hidden).
  const fakeOAuth = await startFakeOAuth(await freePort());
  cleanups.push(async () => {
    fakeOAuth.server.closeAllConnections?.();
    await new Promise((r) => fakeOAuth.server.close(r));
  });
  const [offline, model] = await Promise.all([
    startServer('offline', {
      GITHUB_CLIENT_ID: FAKE_CLIENTS.github.id,
      GITHUB_CLIENT_SECRET: FAKE_CLIENTS.github.secret,
      GITHUB_AUTH_URL: fakeOAuth.url,
      GITHUB_API_URL: fakeOAuth.url,
      KAKAO_CLIENT_ID: FAKE_CLIENTS.kakao.id,
      KAKAO_CLIENT_SECRET: FAKE_CLIENTS.kakao.secret,
      KAKAO_AUTH_URL: fakeOAuth.url,
      KAKAO_API_URL: fakeOAuth.url,
    }),
    startServer('model', {
      OPENAI_API_KEY: 'test',
      OPENAI_BASE_URL: `http://127.0.0.1:${fakePort}/v1`,
      OPENAI_MODEL: 'fake-model',
      MODEL_TIMEOUT: '3s',
    }),
  ]);

  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 30_000 });
  cleanups.unshift(() => browser.close());
  log(`chromium ${browser.version()}`);

  const stamp = Date.now().toString(36);
  const user = { email: `e2e-${stamp}@example.com`, password: 'namebot123', nickname: '이름짓는사람' };

  // ----- login CSRF: a page on another site posts a form to the login route -----
  const evil = await startAttackerSite();
  cleanups.push(async () => {
    evil.server.closeAllConnections?.();
    await new Promise((r) => evil.server.close(r));
  });
  const ctxV = await newContext(browser, offline.base);
  const vp = await newPage(ctxV);
  const victim = { email: `victim-${stamp}@example.com`, password: 'namebot123', nickname: '피해자' };
  const attacker = { email: `attacker-${stamp}@example.com`, password: 'namebot123', nickname: '공격자' };
  const refreshCookie = async () => (await ctxV.cookies(`${offline.base}/api/accounts/`)).find((c) => c.name === 'namebot_refresh')?.value;
  /** Visits the attacker's page, lets its form post, and checks the victim is still the victim. */
  const visitAndCheck = async (url, label) => {
    const before = await refreshCookie();
    assert(before, `${label}: the victim has no session to begin with`);
    const posted = vp.waitForResponse((r) => r.url() === `${offline.base}/api/accounts/login` && r.request().method() === 'POST');
    await vp.goto(url);
    const res = await posted;
    const req = res.request();
    const sent = await req.allHeaders();
    log(`  ${label}: ${res.status()} (Origin ${sent.origin}, Sec-Fetch-Site ${sent['sec-fetch-site']}, ${sent['content-type']})`);
    assert(res.status() === 400 || res.status() === 403, `${label}: the login answered ${res.status()}`);
    assert(!(await res.headerValue('set-cookie')), `${label}: the refused login set a cookie`);
    assert((await refreshCookie()) === before, `${label}: the refresh cookie was replaced`);
    // Back in the app, after a reload (the session comes from the cookie): still the victim.
    await vp.goto('/profile');
    await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
    assert((await textOf(vp, '.nav-nickname')) === victim.nickname, `${label}: signed in as "${await textOf(vp, '.nav-nickname')}"`);
  };
  await flow(
    'login csrf',
    [
      [
        'the victim is signed in; the attacker has an account',
        async () => {
          const r = await api(offline.base, 'POST', '/api/accounts/signup', { ...attacker, password2: attacker.password });
          assert(r.status === 201, `attacker sign-up: ${r.status}`);
          await signUp(vp, victim);
          await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
        },
      ],
      [
        'a form on another site (127.0.0.1) posting the login does not switch the account',
        async () => {
          const action = `${offline.base}/api/accounts/login`;
          const form = evil.formPage('/form', action, 'application/x-www-form-urlencoded', { email: attacker.email, password: attacker.password });
          await visitAndCheck(`http://127.0.0.1:${evil.port}${form}`, 'urlencoded, cross-site');
          // A text/plain form whose one field makes the body read as JSON.
          const name = `{"email":"${attacker.email}","password":"${attacker.password}","x":"`;
          const plain = evil.formPage('/plain', action, 'text/plain', { [name]: '"}' });
          await visitAndCheck(`http://127.0.0.1:${evil.port}${plain}`, 'text/plain, cross-site');
          const multi = evil.formPage('/multi', action, 'multipart/form-data', { email: attacker.email, password: attacker.password });
          await visitAndCheck(`http://127.0.0.1:${evil.port}${multi}`, 'multipart, cross-site');
        },
      ],
      [
        'the same form from another port of the same host (same-site) is refused too',
        async () => {
          const action = `${offline.base}/api/accounts/login`;
          const form = evil.formPage('/form2', action, 'application/x-www-form-urlencoded', { email: attacker.email, password: attacker.password });
          await visitAndCheck(`http://localhost:${evil.port}${form}`, 'urlencoded, same-site');
        },
      ],
      [
        'the app itself still signs in, refreshes and signs out',
        async () => {
          await vp.getByRole('button', { name: '로그아웃' }).click();
          await vp.getByRole('button', { name: '로그아웃' }).waitFor({ state: 'detached' });
          await logIn(vp, victim.email, victim.password);
          await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
          await vp.reload();
          await vp.locator('.nav-nickname', { hasText: victim.nickname }).waitFor();
          await expectNoCSPViolations(vp, 'after login');
          await ctxV.close();
        },
      ],
    ],
    { page: vp },
  );

  // ----- accounts, chat, limit, reload, logout (offline suggester) -----
  const ctxA = await newContext(browser, offline.base);
  const page = await newPage(ctxA);
  const A = { page };
  let roomId = '';

  await flow(
    'accounts',
    [
      [
        'home page shows what namebot does and a call to start',
        async () => {
          await page.goto('/');
          await page.locator('h1.hero-title').waitFor();
          await page.getByRole('link', { name: '무료로 시작하기' }).waitFor();
          await page.locator('.demo .name-card').first().waitFor();
          await expectNoCSPViolations(page, 'home');
          await shoot(page, 'home');
        },
      ],
      [
        'a protected page redirects to login with the notice',
        async () => {
          await page.goto('/chat');
          await page.waitForURL('**/login?next=%2Fchat');
          const notice = await textOf(page, '[data-testid="auth-notice"]');
          assert(notice === '로그인 후 사용해주세요', `notice was "${notice}"`);
          await shoot(page, 'login');
        },
      ],
      [
        'sign-up shows field errors next to the fields',
        async () => {
          await page.goto('/signup');
          await page.fill('#signup-email', 'not-an-email');
          await page.fill('#signup-password', 'short');
          await page.fill('#signup-password2', 'other');
          await page.click('form button[type=submit]');
          await page.locator('#signup-email-error').waitFor();
          await page.locator('#signup-password-error').waitFor();
          await page.locator('#signup-password2-error').waitFor();
          const invalid = await page.getAttribute('#signup-email', 'aria-invalid');
          assert(invalid === 'true', 'email input not marked aria-invalid');
          await shoot(page, 'signup');
        },
      ],
      [
        'sign up (then signed in)',
        async () => {
          await signUp(page, user);
          await page.getByRole('button', { name: '로그아웃' }).waitFor();
          await page.locator('.nav-nickname', { hasText: user.nickname }).waitFor();
        },
      ],
      [
        'a second sign-up with the same email shows the server message',
        async () => {
          const other = await newPage(await newContext(browser, offline.base));
          await other.goto('/signup');
          await other.fill('#signup-email', user.email);
          await other.fill('#signup-nickname', '두번째');
          await other.fill('#signup-password', user.password);
          await other.fill('#signup-password2', user.password);
          await other.click('form button[type=submit]');
          const alert = other.locator('.alert-error, .field-error').first();
          await alert.waitFor();
          const text = (await alert.textContent()) ?? '';
          assert(text.trim().length > 0, 'no error text shown');
          assert(new URL(other.url()).pathname === '/signup', 'left the sign-up page');
          await other.context().close();
        },
      ],
      [
        'log out, then a wrong password shows the server message',
        async () => {
          await page.getByRole('button', { name: '로그아웃' }).click();
          await page.waitForURL((u) => u.pathname === '/');
          await page.goto('/login');
          await page.fill('#login-email', user.email);
          await page.fill('#login-password', 'wrongpass1');
          await page.click('form button[type=submit]');
          const alert = page.locator('.alert-error');
          await alert.waitFor();
          assert(((await alert.textContent()) ?? '').trim().length > 0, 'empty error');
        },
      ],
      [
        'log in and come back to the page that asked for it',
        async () => {
          await page.goto('/profile');
          await page.waitForURL('**/login?next=%2Fprofile');
          await page.fill('#login-email', user.email);
          await page.fill('#login-password', user.password);
          await page.click('form button[type=submit]');
          await page.waitForURL('**/profile');
          await page.locator('.profile-email', { hasText: user.email }).waitFor();
        },
      ],
      [
        'profile: quota with reset time, nickname change, wrong current password, delete dialog',
        async () => {
          await page.goto('/profile');
          await page.locator('.quota-big-num', { hasText: '5' }).waitFor();
          await page.getByText('00:00에 다시 채워져요').waitFor();
          await page.fill('#profile-nickname', '새닉네임');
          await page.click('section[aria-labelledby=nick-title] button[type=submit]');
          await page.getByText('닉네임을 바꿨어요.').waitFor();
          await page.locator('.nav-nickname', { hasText: '새닉네임' }).waitFor();
          user.nickname = '새닉네임';
          await page.fill('#profile-current-password', 'wrongpass9');
          await page.fill('#profile-new-password', 'newpass123');
          await page.fill('#profile-new-password2', 'newpass123');
          await page.click('section[aria-labelledby=pw-title] button[type=submit]');
          await page.locator('#profile-current-password-error').waitFor();
          await shoot(page, 'profile');
          await page.getByRole('button', { name: '계정 삭제…' }).click();
          await page.locator('dialog[open]').waitFor();
          await shoot(page, 'profile-delete-dialog', { fullPage: false });
          await page.locator('dialog[open]').getByRole('button', { name: '취소' }).click();
        },
      ],
      [
        'English UI: Accept-Language en, English server messages',
        async () => {
          await page.goto('/');
          await page.getByRole('button', { name: 'Switch to English' }).click();
          await page.getByRole('link', { name: 'Chat', exact: true }).waitFor();
          const seen = page.waitForRequest((r) => r.url().includes('/api/accounts/profile') && r.headers()['accept-language'] === 'en');
          await page.goto('/profile');
          await seen;
          await page.fill('#profile-current-password', 'wrongpass9');
          await page.fill('#profile-new-password', 'newpass123');
          await page.fill('#profile-new-password2', 'newpass123');
          await page.click('section[aria-labelledby=pw-title] button[type=submit]');
          const msg = await textOf(page, '#profile-current-password-error');
          assert(msg && !/[가-힣]/.test(msg), `server message not English: "${msg}"`);
          await page.getByRole('button', { name: '한국어 화면으로 보기' }).click();
          await page.getByRole('link', { name: '채팅', exact: true }).waitFor();
        },
      ],
      [
        'log out: back to signed out, protected pages redirect even after reload',
        async () => {
          await page.getByRole('button', { name: '로그아웃' }).click();
          await page.waitForURL((u) => u.pathname === '/');
          await page.getByText('로그아웃했어요.').waitFor();
          await page.reload();
          await page.getByRole('link', { name: '로그인' }).first().waitFor();
          await page.goto('/chat');
          await page.waitForURL('**/login?next=%2Fchat');
        },
      ],
    ],
    A,
  );

  let page2 = null;
  await flow(
    'chat',
    [
      [
        'log in: the empty chat list',
        async () => {
          await logIn(page, user.email, user.password);
          await page.waitForURL('**/chat');
          await page.getByText('아직 채팅이 없어요').waitFor();
          await shoot(page, 'rooms-empty');
        },
      ],
      [
        'create a room (Python / PEP 8)',
        async () => {
          roomId = await createRoom(page, { language: 'Python', convention: 'PEP 8' });
          const title = await textOf(page, 'h1.room-title');
          assert(title === 'Python · PEP 8', `room title "${title}"`);
          const q = await quotaText(page);
          assert(/^5\/5 남음 · \d\d:\d\d 초기화$/.test(q), `quota indicator "${q}"`);
          assert(q.endsWith('00:00 초기화'), `reset time should be local midnight in Asia/Seoul, got "${q}"`);
          await page.getByText('어떤 이름이 필요하세요?').waitFor();
          await shoot(page, 'room-empty');
        },
      ],
      [
        'ask "장바구니에 상품을 추가하는 함수 추천해줘" and see name cards',
        async () => {
          await ask(page, '장바구니에 상품을 추가하는 함수 추천해줘');
          const user = page.locator('.msg-user .bubble-user').last();
          assert((await user.textContent()) === '장바구니에 상품을 추가하는 함수 추천해줘', 'question not shown on the right');
          const cards = await page.locator('.msg-bot .name-card').count();
          assert(cards > 0, 'no name cards');
          const badge = await textOf(page, '.msg-bot .name-card .kind');
          assert(['함수', '변수', '상수', '클래스'].includes(badge), `kind badge "${badge}"`);
          const q = await quotaText(page);
          assert(q.startsWith('4/5 남음'), `quota after one question: "${q}"`);
          const live = await textOf(page, '[role="status"][aria-atomic="true"]');
          assert(live.startsWith('새 답변:'), `aria-live announcement "${live}"`);
          const pos = await page.evaluate(() => {
            const u = document.querySelector('.msg-user .bubble-user').getBoundingClientRect();
            const b = document.querySelector('.msg-bot:not(.msg-thinking) .bubble-bot').getBoundingClientRect();
            return { userRight: u.right, botLeft: b.left, width: document.documentElement.clientWidth };
          });
          assert(pos.userRight > pos.width * 0.6 && pos.botLeft < pos.width * 0.4, `bubbles not right/left: ${JSON.stringify(pos)}`);
          await shoot(page, 'room-answer', { showQuestion: true });
        },
      ],
      [
        'copy a name (clipboard and "복사됨")',
        async () => {
          const card = page.locator('.msg-bot .name-card').first();
          const name = ((await card.locator('.name-card-name').textContent()) ?? '').trim();
          await card.locator('.btn-copy').click();
          await card.locator('.btn-copy', { hasText: '복사됨' }).waitFor();
          const clip = await page.evaluate(() => navigator.clipboard.readText());
          assert(clip === name, `clipboard "${clip}" != "${name}"`);
        },
      ],
      [
        'Shift+Enter keeps a newline and does not send',
        async () => {
          const before = await page.locator('.msg-user').count();
          await page.fill('#composer-input', '첫 줄');
          await page.press('#composer-input', 'Shift+Enter');
          await page.type('#composer-input', '둘째 줄');
          const value = await page.inputValue('#composer-input');
          assert(value === '첫 줄\n둘째 줄', `composer value ${JSON.stringify(value)}`);
          assert((await page.locator('.msg-user').count()) === before, 'Shift+Enter sent the message');
          await page.fill('#composer-input', '');
        },
      ],
      [
        'ask until the limit: 0/5 and the limit message',
        async () => {
          await ask(page, '재시도 횟수를 세는 변수 이름');
          await ask(page, '사용자 목록을 정렬하는 함수');
          await ask(page, 'names for a retry counter');
          // A second tab still believes one question is left.
          page2 = await newPage(ctxA);
          await page2.goto(`/chat/${encodeURIComponent(roomId)}`);
          await page2.locator('#composer-input').waitFor();
          const q2 = await quotaText(page2);
          assert(q2.startsWith('1/5 남음'), `second tab quota "${q2}"`);
          await ask(page, '장바구니 총액을 계산하는 함수');
          const q = await quotaText(page);
          assert(q.startsWith('0/5 남음'), `quota at the limit "${q}"`);
          await page.getByText('오늘 질문 5번을 모두 사용했어요').waitFor();
          assert(await page.locator('.composer-send').isDisabled(), 'send button still enabled at the limit');
          await shoot(page, 'room-limit');
        },
      ],
      [
        'a stale tab that sends past the limit gets the limit message (429)',
        async () => {
          const users = await page2.locator('.msg-user').count();
          await page2.fill('#composer-input', '하나 더 물어볼게요');
          await page2.press('#composer-input', 'Enter');
          await page2.getByText('오늘 질문 5번을 모두 사용했어요').waitFor();
          assert((await page2.locator('.msg-user').count()) === users, 'a refused message stayed in the list');
          const v = await page2.inputValue('#composer-input');
          assert(v === '하나 더 물어볼게요', `the text was not given back: ${JSON.stringify(v)}`);
          assert((await quotaText(page2)).startsWith('0/5'), 'quota not updated from the 429');
          await page2.close();
        },
      ],
      [
        'the API answers 429 with Retry-After and the quota',
        async () => {
          const login = await api(offline.base, 'POST', '/api/accounts/login', { email: user.email, password: user.password });
          assert(login.status === 200, `login ${login.status}`);
          const r = await api(offline.base, 'POST', `/api/chat/${encodeURIComponent(roomId)}`, { content: 'one more', client_message_id: crypto.randomUUID() }, login.json.access_token);
          assert(r.status === 429, `status ${r.status}`);
          assert(r.headers.get('retry-after'), 'no Retry-After header');
          assert(r.json?.error?.code === 'rate_limited', `code ${r.json?.error?.code}`);
          assert(r.json?.quota?.remaining === 0, `quota ${JSON.stringify(r.json?.quota)}`);
        },
      ],
      [
        'reload and stay signed in, with the history',
        async () => {
          const cards = await page.locator('.msg-bot .name-card').count();
          await page.reload();
          await page.locator('.msg-bot .name-card').first().waitFor();
          assert((await page.locator('.msg-bot .name-card').count()) === cards, 'history changed after reload');
          assert(new URL(page.url()).pathname.startsWith('/chat/'), 'left the room');
          await page.getByRole('button', { name: '로그아웃' }).waitFor();
          const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
          assert(!/eyJ|refresh/i.test(stored), `token-like data in storage: ${stored}`);
          await expectNoCSPViolations(page, 'room');
        },
      ],
      [
        'rooms list shows the room; another room can be created and deleted',
        async () => {
          await createRoom(page, { language: 'Go', convention: '', title: '지울 방' });
          await page.goto('/chat');
          await page.locator('.room-item').nth(1).waitFor();
          await shoot(page, 'rooms-list');
          const count = await page.locator('.room-item').count();
          await page.getByRole('button', { name: '지울 방 삭제' }).click();
          await page.locator('dialog[open]').waitFor();
          await shoot(page, 'rooms-delete-dialog', { fullPage: false });
          await page.locator('dialog[open] button[type=submit]').click();
          await page.locator('dialog[open]').waitFor({ state: 'detached' }).catch(() => undefined);
          await page.waitForFunction((n) => document.querySelectorAll('.room-item').length === n - 1, count);
          assert((await page.getByText('지울 방').count()) === 0, 'deleted room still listed');
        },
      ],
      [
        'profile shows the used-up quota',
        async () => {
          await page.goto('/profile');
          await page.locator('.quota-big-num', { hasText: '0' }).waitFor();
          await page.getByText('오늘 5번 사용 · 0번 남음').waitFor();
        },
      ],
      [
        'not-found pages',
        async () => {
          await page.goto('/chat/00000000-0000-0000-0000-000000000000');
          await page.getByText('채팅방을 찾을 수 없어요').first().waitFor();
          await page.goto('/no/such/page');
          await page.getByText('페이지를 찾을 수 없어요').first().waitFor();
          await shoot(page, 'not-found');
        },
      ],
      [
        'log out from the chat',
        async () => {
          await page.getByRole('button', { name: '로그아웃' }).click();
          await page.waitForURL((u) => u.pathname === '/');
          await page.goto('/chat');
          await page.waitForURL('**/login?next=%2Fchat');
        },
      ],
    ],
    A,
  );

  // ----- hostile text, model output, model failure (fake model) -----
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

  // ----- the board (offline server): write with an image, edit, checks, moderation, hostile text -----
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
  // ----- accessibility: axe-core on every route at 390 and 1280 px, signed out and in (e2e/axe.mjs) -----
  // bypassCSP: the CSP refuses the injected engine (this context only); reducedMotion: no colour mid-transition.
  const ctxY = await newContext(browser, offline.base, { bypassCSP: true, reducedMotion: 'reduce' });
  const yp = await newPage(ctxY);
  const seed = { signUp, createRoom, ask, fillPost, pickImage, waitUploaded, submitPost, png: makePng(320, 180, [79, 70, 229], [245, 193, 108]) };
  const audit = createAudit({ log, shots: process.env.E2E_A11Y_SHOTS === '1' ? SHOTS : '' });
  await flow('accessibility', accessibilitySteps(yp, audit, seed, stamp), { page: yp });
  await ctxY.close();

  // ----- sign in with GitHub and Kakao (the fake provider on 127.0.0.1) -----
  const ctxO = await newContext(browser, offline.base);
  const op = await newPage(ctxO);
  const O = { page: op };
  const callbacks = [];
  op.on('request', (r) => {
    if (r.url().includes('/api/accounts/oauth/') && r.url().includes('/callback')) callbacks.push(r.url());
  });
  const gh = { id: 4242, login: 'e2e-octo', name: '옥토캣', email: `gh-${stamp}@example.com`, verified: true };
  const signOut = async () => {
    await op.getByRole('button', { name: '로그아웃' }).click();
    await op.getByRole('button', { name: '로그아웃' }).waitFor({ state: 'detached' });
  };
  await flow(
    'oauth',
    [
      [
        'login and sign-up show both provider buttons in their brand colours, with inline marks',
        async () => {
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).waitFor();
          await op.getByRole('link', { name: '카카오로 계속하기' }).waitFor();
          const c = await op.evaluate(() => {
            const style = (sel) => {
              const s = getComputedStyle(document.querySelector(sel));
              return [s.backgroundColor, s.color];
            };
            return { gh: style('.btn-github'), kakao: style('.btn-kakao'), marks: document.querySelectorAll('.btn-oauth svg').length };
          });
          assert(c.kakao[0] === 'rgb(254, 229, 0)' && c.kakao[1] === 'rgba(0, 0, 0, 0.85)', `kakao colours ${c.kakao}`);
          assert(c.gh[0] === 'rgb(0, 0, 0)' && c.gh[1] === 'rgb(255, 255, 255)', `github colours ${c.gh}`);
          assert(c.marks === 2, `${c.marks} provider marks`);
          await expectNoCSPViolations(op, 'login with providers');
          await shoot(op, 'login-oauth');
          await op.goto('/signup');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).waitFor();
          await op.getByRole('link', { name: '카카오로 계속하기' }).waitFor();
        },
      ],
      [
        'GitHub: consent at the provider, back signed in on the page asked for',
        async () => {
          fakeOAuth.control.user = gh;
          fakeOAuth.control.deny = false;
          await op.goto('/chat');
          await op.waitForURL('**/login?next=%2Fchat');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL((u) => u.pathname === '/chat');
          await op.locator('.nav-nickname', { hasText: gh.name }).waitFor();
          await op.reload();
          await op.locator('.nav-nickname', { hasText: gh.name }).waitFor();
          const stored = await op.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
          assert(!/eyJ|refresh/i.test(stored), `token-like data in storage: ${stored}`);
          await expectNoCSPViolations(op, 'after GitHub sign-in');
        },
      ],
      [
        'the callback URL replayed is refused (state is single-use)',
        async () => {
          assert(callbacks.length > 0, 'no callback seen');
          await op.goto(callbacks[callbacks.length - 1]);
          await op.waitForURL('**/oauth/error?reason=state');
          await op.locator('[data-testid="oauth-reason"][data-reason="state"]').waitFor();
        },
      ],
      [
        'the profile shows the link and offers to create a password',
        async () => {
          await op.goto('/profile');
          await op.locator('.linked-item[data-provider="github"] .badge').waitFor();
          await op.getByRole('heading', { name: '비밀번호 만들기' }).waitFor();
          assert((await op.locator('#profile-current-password').count()) === 0, 'current password asked of an account without one');
          await shoot(op, 'profile-oauth');
        },
      ],
      [
        'Kakao from the sign-up page',
        async () => {
          await signOut();
          fakeOAuth.control.user = { id: 7777, login: '', name: '카카오친구', email: `kakao-${stamp}@example.com`, verified: true };
          await op.goto('/signup');
          await op.getByRole('link', { name: '카카오로 계속하기' }).click();
          await op.waitForURL((u) => u.pathname === '/chat');
          await op.locator('.nav-nickname', { hasText: '카카오친구' }).waitFor();
        },
      ],
      [
        'a cancelled consent shows the error page, none of the provider text',
        async () => {
          await signOut();
          fakeOAuth.control.deny = true;
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL('**/oauth/error?reason=cancelled');
          await op.locator('[data-testid="oauth-reason"][data-reason="cancelled"]').waitFor();
          await expectInert(op, 'oauth error page');
          await shoot(op, 'oauth-error');
          fakeOAuth.control.deny = false;
        },
      ],
      [
        'an existing email is never linked silently; the owner links from the profile with the password',
        async () => {
          const owner = { email: `owner-${stamp}@example.com`, password: 'namebot123', nickname: '주인' };
          const r = await api(offline.base, 'POST', '/api/accounts/signup', { ...owner, password2: owner.password });
          assert(r.status === 201, `signup ${r.status}`);
          fakeOAuth.control.user = { id: 9999, login: 'owner', name: '깃허브주인', email: owner.email, verified: true };
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL('**/oauth/error?reason=link_required');
          await op.locator('[data-testid="oauth-reason"][data-reason="link_required"]').waitFor();
          await logIn(op, owner.email, owner.password);
          await op.goto('/profile');
          await op.fill('#link-password', owner.password);
          await op.getByRole('button', { name: 'GitHub 연결하기' }).click();
          await op.waitForURL((u) => u.pathname === '/profile');
          await op.locator('.linked-item[data-provider="github"] .badge').waitFor();
          await signOut();
          await op.goto('/login');
          await op.getByRole('link', { name: 'GitHub으로 계속하기' }).click();
          await op.waitForURL((u) => u.pathname === '/chat');
          await op.locator('.nav-nickname', { hasText: owner.nickname }).waitFor();
        },
      ],
      [
        'a server without providers shows no provider buttons',
        async () => {
          const mp = await newPage(await newContext(browser, model.base));
          const answered = mp.waitForResponse((r) => r.url().endsWith('/api/accounts/oauth/providers'));
          await mp.goto('/login');
          await answered;
          await mp.locator('#login-email').waitFor();
          await mp.waitForTimeout(100);
          assert((await mp.locator('.btn-oauth').count()) === 0, 'provider buttons shown');
          await mp.context().close();
        },
      ],
    ],
    O,
  );

  // Issue 14 in the chat: kind chips, more like this, copy all, rename, search (e2e/chatx.mjs).
  await chatxFlows({ flow, assert, shoot, newContext, newPage, signUp, createRoom, ask, browser, base: offline.base, stamp });

  // ----- the name check: /check without signing in, a pasted name in a room (e2e/check.mjs) -----
  await checkFlows({ flow, assert, browser, base: offline.base, newContext, newPage, shoot, expectInert, expectNoCSPViolations, signUp, createRoom, ask, quotaText, api });
}

async function cleanup() {
  for (const c of cleanups) {
    try {
      await withTimeout(Promise.resolve().then(c), 8000, 'cleanup');
    } catch (err) {
      console.error(String(err));
    }
  }
}

const hardStop = setTimeout(async () => {
  console.error(`e2e: hard stop after ${DEADLINE_MS + 25_000} ms`);
  await cleanup();
  console.log(`${results.filter((r) => r.status === 'passed').length} passed, ${results.filter((r) => r.status !== 'passed').length + 1} failed`);
  process.exit(1);
}, DEADLINE_MS + 25_000);
hardStop.unref();

let crashed = null;
try {
  await main();
} catch (err) {
  crashed = err;
  console.error('e2e: harness error:', err);
}
await cleanup();
clearTimeout(hardStop);

const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.filter((r) => r.status === 'failed').length + (crashed ? 1 : 0);
const skipped = results.filter((r) => r.status === 'skipped').length;
console.log('');
for (const r of results.filter((x) => x.status !== 'passed')) console.log(`${r.status.toUpperCase()}: ${r.name}: ${r.error}`);
if (shotsTaken.length) console.log(`screenshots (${shotsTaken.length}) in e2e/screenshots/: ${shotsTaken.join(' ')}`);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(1)} s${skipped ? `, ${skipped} skipped` : ''}`);
console.log(`${passed} passed, ${failed + skipped} failed`);
process.exit(failed + skipped > 0 ? 1 : 0);
