#!/usr/bin/env node
// A dev stand-in for namebot-local, in memory, for working on the app without the Go
// server: it serves frontend/dist (SPA fallback, the same CSP) and the accounts and chat
// API. It predates the board and OAuth and has neither, so it is no stand-in for the
// server in `npm run e2e`, which checks the real one.
//
//   PORT=8080 node e2e/mock-server.mjs            then open http://localhost:8080
//
// Honours PORT, DAILY_LIMIT, OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_MODEL, MODEL_TIMEOUT.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import { extname, join, normalize } from 'node:path';

const PORT = Number(process.env.PORT || 8080);
const LIMIT = Number(process.env.DAILY_LIMIT || 5);
const MODEL_URL = process.env.OPENAI_API_KEY ? (process.env.OPENAI_BASE_URL || 'https://api.openai.com/v1') : null;
const MODEL_TIMEOUT = (parseFloat(process.env.MODEL_TIMEOUT || '20') || 20) * 1000;
const DIST = join(process.cwd(), 'frontend', 'dist');
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

const users = new Map(); // id -> user
const sessions = new Map(); // refresh -> userId
const access = new Map(); // access token -> userId
const rooms = new Map(); // id -> room
const messages = new Map(); // roomId -> message[]
const used = new Map(); // userId -> count

const now = () => new Date().toISOString();
const T = {
  ko: { invalid: '입력값을 확인해 주세요.', unauthorized: '로그인이 필요합니다.', bad_login: '이메일 또는 비밀번호가 올바르지 않습니다.', not_found: '찾을 수 없습니다.', conflict: '이미 가입된 이메일입니다.', rate_limited: '오늘 질문 횟수를 모두 사용했습니다.', model_failed: '모델이 응답하지 못했습니다.', model_timeout: '모델 응답이 너무 늦습니다.', forbidden: '현재 비밀번호가 올바르지 않습니다.', required: '필수 항목입니다.' },
  en: { invalid: 'Please check the highlighted fields.', unauthorized: 'Please log in.', bad_login: 'Wrong email or password.', not_found: 'Not found.', conflict: 'That email is already registered.', rate_limited: 'You have used all questions for today.', model_failed: 'The model did not answer.', model_timeout: 'The model took too long.', forbidden: 'The current password is wrong.', required: 'Required.' },
};

function resetsAt() {
  // Next midnight in Asia/Seoul (UTC+9, no DST).
  const d = new Date(Date.now() + 9 * 3600_000);
  d.setUTCHours(24, 0, 0, 0);
  return new Date(d.getTime() - 9 * 3600_000).toISOString().replace('.000', '');
}
const quota = (uid) => {
  const u = used.get(uid) ?? 0;
  return { limit: LIMIT, used: u, remaining: Math.max(0, LIMIT - u), resets_at: resetsAt() };
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}
function fail(res, lang, status, code, extra = {}, fields, headers) {
  send(res, status, { error: { code, message: T[lang][code] ?? code, ...(fields ? { fields } : {}) }, ...extra }, headers);
}

function tokens(res, uid) {
  const refresh = randomBytes(24).toString('base64url');
  const tok = randomBytes(24).toString('base64url');
  sessions.set(refresh, uid);
  access.set(tok, uid);
  res.setHeader('Set-Cookie', `namebot_refresh=${refresh}; Path=/api/accounts; Max-Age=1209600; HttpOnly; Secure; SameSite=Strict`);
  return { access_token: tok, refresh_token: refresh, token_type: 'Bearer', expires_in: 900 };
}

const profile = (u) => ({ id: u.id, email: u.email, nickname: u.nickname, is_manager: false, created_at: u.created_at, quota: quota(u.id) });
const len = (s) => [...(s ?? '')].length;

function offlineAnswer(content) {
  const words = /사칙|arith/i.test(content) ? ['calculate', 'result'] : /재시도|retry/i.test(content) ? ['retry', 'count'] : ['user', 'list'];
  return {
    content: `[오프라인 추천] ${content}에 어울리는 이름이에요.`,
    suggestions: [
      { kind: 'function', name: `${words[0]}_${words[1]}`, reason: '하는 일을 동사로 시작해 드러내요.' },
      { kind: 'variable', name: `${words[1]}_value`, reason: '담는 값을 분명히 해요.' },
      { kind: 'constant', name: `MAX_${words[1].toUpperCase()}`, reason: '바뀌지 않는 상한이에요.' },
    ],
    offline: true,
  };
}

async function modelAnswer(content) {
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), MODEL_TIMEOUT);
  try {
    const r = await fetch(`${MODEL_URL}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
      body: JSON.stringify({ model: process.env.OPENAI_MODEL || 'gpt-4o-mini', messages: [{ role: 'user', content }] }),
      signal: ctrl.signal,
    });
    if (!r.ok) return { error: 'model_failed' };
    const j = await r.json();
    const text = j.choices?.[0]?.message?.content ?? '';
    let parsed = {};
    try {
      parsed = JSON.parse(text);
    } catch {
      return { content: text, suggestions: [] };
    }
    const suggestions = [];
    for (const [key, kind] of [['functions', 'function'], ['variables', 'variable'], ['constants', 'constant'], ['classes', 'class']])
      for (const s of parsed[key] ?? []) if (/^\w+$/.test(s.name)) suggestions.push({ kind, name: s.name, reason: s.reason ?? '' });
    return { content: parsed.note ?? '', suggestions };
  } catch {
    return { error: ctrl.signal.aborted ? 'model_timeout' : 'model_failed' };
  } finally {
    clearTimeout(timer);
  }
}

function msg(over) {
  return { id: randomUUID(), is_user: true, content: '', suggestions: [], status: 'answered', offline: false, created_at: now(), ...over };
}

async function apiRoute(req, res, body, lang) {
  const url = new URL(req.url, 'http://x');
  const p = url.pathname;
  const m = req.method;
  const cookie = /(?:^|;\s*)namebot_refresh=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const auth = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const uid = auth ? access.get(auth) : undefined;

  if (p === '/api/health') return send(res, 200, { ok: true });
  if (m === 'POST' && p === '/api/accounts/signup') {
    const fields = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.email ?? '') || len(body.email) > 254) fields.email = T[lang].invalid;
    if (!(len(body.password) >= 8 && len(body.password) <= 64 && /\p{L}/u.test(body.password) && /\d/.test(body.password))) fields.password = T[lang].invalid;
    if (body.password !== body.password2) fields.password2 = T[lang].invalid;
    const nick = (body.nickname ?? '').trim();
    if (len(nick) < 2 || len(nick) > 20) fields.nickname = T[lang].invalid;
    if (Object.keys(fields).length) return fail(res, lang, 400, 'invalid', {}, fields);
    if ([...users.values()].some((u) => u.email === body.email)) return fail(res, lang, 409, 'conflict', {}, { email: T[lang].conflict });
    const u = { id: randomUUID(), email: body.email, password: body.password, nickname: nick, created_at: now().replace(/\.\d+/, '') };
    users.set(u.id, u);
    return send(res, 201, { id: u.id, email: u.email, nickname: u.nickname });
  }
  if (m === 'POST' && p === '/api/accounts/login') {
    const u = [...users.values()].find((x) => x.email === body.email && x.password === body.password);
    if (!u) return fail(res, lang, 401, 'unauthorized', {}, undefined);
    return send(res, 200, tokens(res, u.id));
  }
  if (m === 'POST' && p === '/api/accounts/token/refresh') {
    const owner = cookie && sessions.get(cookie);
    if (!owner || !users.has(owner)) {
      res.setHeader('Set-Cookie', 'namebot_refresh=; Path=/api/accounts; Max-Age=0; HttpOnly; Secure; SameSite=Strict');
      return fail(res, lang, 401, 'unauthorized');
    }
    sessions.delete(cookie);
    return send(res, 200, tokens(res, owner));
  }
  if (!uid || !users.has(uid)) return fail(res, lang, 401, 'unauthorized');
  const me = users.get(uid);

  if (m === 'POST' && p === '/api/accounts/logout') {
    if (cookie) sessions.delete(cookie);
    access.delete(auth);
    res.setHeader('Set-Cookie', 'namebot_refresh=; Path=/api/accounts; Max-Age=0; HttpOnly; Secure; SameSite=Strict');
    res.writeHead(204).end();
    return;
  }
  if (p === '/api/accounts/profile') {
    if (m === 'GET') return send(res, 200, profile(me));
    if (m === 'PATCH') {
      if (body.nickname !== undefined) {
        const n = String(body.nickname).trim();
        if (len(n) < 2 || len(n) > 20) return fail(res, lang, 400, 'invalid', {}, { nickname: T[lang].invalid });
      }
      if (body.new_password !== undefined) {
        if (!body.current_password) return fail(res, lang, 400, 'invalid', {}, { current_password: T[lang].required });
        if (body.current_password !== me.password) return fail(res, lang, 403, 'forbidden', {}, { current_password: T[lang].forbidden });
        me.password = body.new_password;
      }
      if (body.nickname !== undefined) me.nickname = String(body.nickname).trim();
      return send(res, 200, profile(me));
    }
    if (m === 'DELETE') {
      if (body.password !== me.password) return fail(res, lang, 403, 'forbidden', {}, { password: T[lang].forbidden });
      users.delete(uid);
      res.setHeader('Set-Cookie', 'namebot_refresh=; Path=/api/accounts; Max-Age=0; HttpOnly; Secure; SameSite=Strict');
      res.writeHead(204).end();
      return;
    }
  }
  if (p === '/api/chat') {
    if (m === 'GET') {
      const mine = [...rooms.values()].filter((r) => r.owner === uid).sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      return send(res, 200, { items: mine.map(({ owner, ...r }) => r), next_cursor: null });
    }
    if (m === 'POST') {
      const language = String(body.language ?? '').trim();
      if (!language || len(language) > 40) return fail(res, lang, 400, 'invalid', {}, { language: T[lang].invalid });
      const r = { id: randomUUID(), language, convention: String(body.convention ?? '').trim(), title: String(body.title ?? '').trim(), created_at: now(), updated_at: now(), owner: uid };
      rooms.set(r.id, r);
      messages.set(r.id, []);
      const { owner, ...view } = r;
      return send(res, 201, view);
    }
  }
  const rm = /^\/api\/chat\/([^/]+)$/.exec(p);
  if (rm) {
    const room = rooms.get(decodeURIComponent(rm[1]));
    if (!room || room.owner !== uid) return fail(res, lang, 404, 'not_found');
    const { owner, ...view } = room;
    const list = messages.get(room.id);
    if (m === 'GET') return send(res, 200, { chat: view, messages: list.slice(-50), next_cursor: null, quota: quota(uid) });
    if (m === 'DELETE') {
      rooms.delete(room.id);
      res.writeHead(204).end();
      return;
    }
    if (m === 'POST') {
      const content = String(body.content ?? '').trim();
      if (!content || len(content) > 1000) return fail(res, lang, 400, 'invalid', { quota: quota(uid) }, { content: T[lang].invalid });
      const cid = body.client_message_id;
      const existing = cid ? list.find((x) => x.is_user && x.client_message_id === cid) : null;
      if (existing && existing.status === 'answered') {
        const bot = list[list.indexOf(existing) + 1];
        return send(res, 201, { user_message: existing, bot_message: bot, quota: quota(uid) });
      }
      if ((used.get(uid) ?? 0) >= LIMIT) return fail(res, lang, 429, 'rate_limited', { quota: quota(uid) }, undefined, { 'Retry-After': '3600' });
      used.set(uid, (used.get(uid) ?? 0) + 1);
      const user = existing ?? msg({ content, client_message_id: cid });
      if (!existing) list.push(user);
      const answer = MODEL_URL ? await modelAnswer(content) : offlineAnswer(content);
      if (answer.error) {
        used.set(uid, used.get(uid) - 1);
        user.status = 'unanswered';
        return fail(res, lang, answer.error === 'model_timeout' ? 504 : 502, answer.error, { user_message: user, quota: quota(uid) });
      }
      user.status = 'answered';
      const bot = msg({ is_user: false, content: answer.content, suggestions: answer.suggestions, offline: !!answer.offline });
      list.splice(list.indexOf(user) + 1, 0, bot);
      room.updated_at = now();
      return send(res, 201, { user_message: user, bot_message: bot, quota: quota(uid) });
    }
  }
  return fail(res, lang, 404, 'not_found');
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' };

http
  .createServer((req, res) => {
    const lang = /^\s*en/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'ko';
    if (req.url.startsWith('/api/')) {
      let raw = '';
      req.on('data', (c) => (raw += c));
      req.on('end', () => {
        let body = {};
        try {
          body = raw ? JSON.parse(raw) : {};
        } catch {
          return fail(res, lang, 400, 'invalid');
        }
        apiRoute(req, res, body, lang).catch((e) => {
          console.error(e);
          fail(res, lang, 500, 'internal');
        });
      });
      return;
    }
    res.setHeader('Content-Security-Policy', CSP);
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    let file = join(DIST, path);
    try {
      if (!statSync(file).isFile()) throw new Error('dir');
    } catch {
      if (extname(path)) {
        res.writeHead(404).end();
        return;
      }
      file = join(DIST, 'index.html');
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  })
  .listen(PORT, () => console.error(`mock namebot on http://localhost:${PORT} (${MODEL_URL ? `model at ${MODEL_URL}` : 'offline'})`));
