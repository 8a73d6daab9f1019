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
//
// This file is the harness: the servers, the browser, the helpers, the step runner
// (flow) and the report. The flows are modules, called in this order with the harness
// as one object: csrf.mjs (login CSRF), accounts.mjs (accounts, chat), hostile.mjs
// (hostile text, model failure, account deletion), board.mjs (the board), axe.mjs
// (accessibility), oauth.mjs (GitHub and Kakao), chatx.mjs (chat extras). A new flow is
// a new module and one call here. E2E_ONLY=<part of a flow name> runs the matching flows.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
// The flows, in the order main() runs them (axe.mjs and chatx.mjs below).
import { loginCsrfFlows } from './csrf.mjs';
import { accountsFlows } from './accounts.mjs';
import { hostileFlows } from './hostile.mjs';
import { boardFlows } from './board.mjs';
import { oauthFlows } from './oauth.mjs';
import { startFakeOpenAI } from './fake-openai.mjs';
import { FAKE_CLIENTS, startFakeOAuth } from './fake-oauth.mjs';
import { accessibilitySteps, createAudit } from './axe.mjs';
import { chatxFlows } from './chatx.mjs';
import { quietSteps } from './quiet.mjs';
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

  // What every flow module gets: the helpers above, the servers, the browser, this run's stamp.
  const h = {
    MANAGER, ROOT, SERVER_CWD, api, ask, assert, browser, card, categoryOptions, cleanups, createRoom, dismissToasts,
    expectBoardInert, expectInert, expectNoCSPViolations, fake, fakeOAuth, fillPost, flow, imageLoaded, log, logIn,
    makePng, model, newContext, newPage, offline, pickImage, quotaText, shoot, signUp, stamp, startAttackerSite,
    submitPost, textOf, user, waitUploaded,
  };

  // ----- login CSRF: a page on another site posts a form to the login route -----
  await loginCsrfFlows(h);

  // ----- accounts, chat, limit, reload, logout (offline suggester) -----
  await accountsFlows(h);

  // ----- hostile text, model output, model failure (fake model) -----
  await hostileFlows(h);

  // ----- the board (offline server): write with an image, edit, checks, moderation, hostile text -----
  await boardFlows(h);

  // ----- accessibility: axe-core on every route at 390 and 1280 px, signed out and in (e2e/axe.mjs) -----
  // bypassCSP: the CSP refuses the injected engine (this context only); reducedMotion: no colour mid-transition.
  const ctxY = await newContext(browser, offline.base, { bypassCSP: true, reducedMotion: 'reduce' });
  const yp = await newPage(ctxY);
  const seed = { signUp, createRoom, ask, fillPost, pickImage, waitUploaded, submitPost, png: makePng(320, 180, [79, 70, 229], [245, 193, 108]) };
  const audit = createAudit({ log, shots: process.env.E2E_A11Y_SHOTS === '1' ? SHOTS : '' });
  await flow('accessibility', accessibilitySteps(yp, audit, seed, stamp), { page: yp });
  await ctxY.close();

  // ----- a visitor without a session calls nothing it does not need (e2e/quiet.mjs) -----
  const ctxQ = await newContext(browser, offline.base);
  await flow('quiet', quietSteps(await newPage(ctxQ), { assert, signUp, base: offline.base, stamp }));
  await ctxQ.close();

  // ----- sign in with GitHub and Kakao (the fake provider on 127.0.0.1) -----
  await oauthFlows(h);

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
