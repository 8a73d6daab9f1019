// A fake GitHub and Kakao for the browser tests: authorize (approves at once, or
// denies when told), token (checks the client secret, the redirect URI and the PKCE
// verifier against the challenge; a code works once) and the user endpoints. It
// listens on 127.0.0.1 while the app is on localhost, so the return to the app is a
// cross-site navigation as it is with the real providers.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

export const FAKE_CLIENTS = {
  github: { id: 'e2e-github-client', secret: 'e2e-github-secret' },
  kakao: { id: 'e2e-kakao-rest-key', secret: 'e2e-kakao-secret' },
};

export function startFakeOAuth(port) {
  const control = { user: null, deny: false, exchanges: 0 };
  const codes = new Map();
  const tokens = new Map();
  const b64url = (buf) => buf.toString('base64url');

  const server = createServer((req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    const json = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const provider = url.pathname.startsWith('/login/oauth') || url.pathname.startsWith('/user') ? 'github' : 'kakao';
    if (req.method === 'GET' && (url.pathname === '/login/oauth/authorize' || url.pathname === '/oauth/authorize')) {
      const q = url.searchParams;
      const redirect = q.get('redirect_uri');
      if (!redirect || q.get('client_id') !== FAKE_CLIENTS[provider].id || q.get('code_challenge_method') !== 'S256' || !q.get('state')) {
        res.writeHead(400).end('bad authorize request');
        return;
      }
      const back = new URL(redirect);
      back.searchParams.set('state', q.get('state'));
      if (control.deny || !control.user) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', '<img src=x onerror="window.__xss=1">');
      } else {
        const code = b64url(randomBytes(16));
        codes.set(code, { provider, redirect, challenge: q.get('code_challenge'), user: control.user, used: false });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { Location: back.toString() }).end();
      return;
    }
    if (req.method === 'POST' && (url.pathname === '/login/oauth/access_token' || url.pathname === '/oauth/token')) {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        control.exchanges++;
        const f = new URLSearchParams(body);
        const g = codes.get(f.get('code') ?? '');
        const c = FAKE_CLIENTS[provider];
        const verified =
          g &&
          !g.used &&
          g.provider === provider &&
          f.get('client_id') === c.id &&
          f.get('client_secret') === c.secret &&
          f.get('redirect_uri') === g.redirect &&
          b64url(createHash('sha256').update(f.get('code_verifier') ?? '').digest()) === g.challenge;
        if (g) g.used = true;
        if (!verified) {
          json(provider === 'github' ? 200 : 400, { error: provider === 'github' ? 'bad_verification_code' : 'invalid_grant' });
          return;
        }
        const tok = b64url(randomBytes(16));
        tokens.set(tok, g.user);
        json(200, { access_token: tok, token_type: 'bearer' });
      });
      return;
    }
    const user = tokens.get((req.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!user) {
      json(401, { message: 'Bad credentials' });
      return;
    }
    if (url.pathname === '/user') json(200, { id: user.id, login: user.login, name: user.name });
    else if (url.pathname === '/user/emails') json(200, [{ email: user.email, primary: true, verified: user.verified }]);
    else if (url.pathname === '/v2/user/me')
      json(200, {
        id: user.id,
        properties: { nickname: user.name },
        kakao_account: { profile: { nickname: user.name }, email: user.email, is_email_valid: true, is_email_verified: user.verified },
      });
    else json(404, { message: 'Not Found' });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ server, control, url: `http://127.0.0.1:${port}` })));
}
