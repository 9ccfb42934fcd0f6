import type { TSession, TShareLink, TWorkshop } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { createConnection } from 'node:net';
import { type ApiProcess, apiForSuite, startApi } from './support/api-process.js';
import { PASSWORD, createSession, createWorkshop, signUp, uniqueEmail } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { codedErrorProblem, internalsIn, rawRequest } from './support/security.js';
import { connect, connected, request } from './support/sockets.js';
import { TcpProxy } from './support/tcp-proxy.js';

const EVIL = 'https://evil.example';
const databaseUrl = () => process.env.THINLINE_TEST_DATABASE_URL ?? '';

/** `name=value; Attr; Attr=x` → { name, value, attrs (lower-cased keys) } */
function parseSetCookie(header: string) {
  const [pair = '', ...rest] = header.split(';').map((p) => p.trim());
  const eq = pair.indexOf('=');
  const attrs = Object.fromEntries(rest.map((a) => [a.split('=')[0]!.toLowerCase(), a.includes('=') ? a.slice(a.indexOf('=') + 1) : true]));
  return { name: pair.slice(0, eq), value: pair.slice(eq + 1), attrs };
}

describe('web hardening', () => {
  let api: ApiProcess;
  let proxy: TcpProxy;
  let owner: ApiClient & { email: string };
  let workshop: TWorkshop;
  let session: TSession;
  let token: string;

  beforeAll(async () => {
    // The API reaches PostgreSQL through a proxy the last test cuts.
    proxy = TcpProxy.forUrl(databaseUrl());
    await proxy.start();
    api = await startApi({ DATABASE_URL: proxy.urlFor(databaseUrl()), RATE_LIMIT_AUTH_PER_MINUTE: '10000' });
    owner = await signUp(api.url);
    workshop = await createWorkshop(owner);
    session = await createSession(owner, workshop.id);
    token = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body.token;
  });
  afterAll(async () => {
    await api?.stop();
    await proxy?.cut();
  });

  describe('Content-Security-Policy', () => {
    it.each(['/api/health', '/', '/j/ABCDEF', '/api/nothing-here'])('%s: scripts only from this origin, never inline or eval', async (path) => {
      const res = await fetch(`${api.url}${path}`);
      const csp = res.headers.get('content-security-policy') ?? '';
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['script-src-attr']).toEqual(["'none'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['frame-ancestors']).toEqual(["'self'"]);
      expect(directives['base-uri']).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
      // default-src is the fallback for every directive not named: never 'unsafe-inline'
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CSRF: a cookie-authenticated change sent from another site is refused', () => {
    const CHANGES: { name: string; method: string; path: () => string; body?: unknown }[] = [
      { name: 'create a workshop', method: 'POST', path: () => '/api/workshops', body: { templateId: 'de-vs-mlops' } },
      { name: 'rename a workshop', method: 'PATCH', path: () => `/api/workshops/${workshop.id}`, body: { title: 'Pwned' } },
      { name: 'delete a workshop', method: 'DELETE', path: () => `/api/workshops/${workshop.id}` },
      { name: 'start a session', method: 'POST', path: () => `/api/workshops/${workshop.id}/sessions`, body: {} },
      { name: 'close a session', method: 'POST', path: () => `/api/sessions/${session.id}/actions`, body: { action: 'close' } },
      { name: 'make a report link', method: 'POST', path: () => `/api/sessions/${session.id}/share`, body: {} },
      { name: 'revoke a report link', method: 'DELETE', path: () => `/api/sessions/${session.id}/share/${token}` },
      { name: 'delete a session', method: 'DELETE', path: () => `/api/sessions/${session.id}` },
      { name: 'sign out', method: 'POST', path: () => '/api/auth/logout' },
    ];

    it.each(CHANGES)('$name from another site: 403 request/forbidden-origin, nothing changes', async ({ method, path, body }) => {
      const before = (await owner.get<TSession>(`/api/sessions/${session.id}`)).body;
      for (const origin of [EVIL, 'null', `http://127.0.0.1:${api.port}.evil.example`, `http://127.0.0.1:${api.port + 1}`, `https://127.0.0.1:${api.port}@evil.example`]) {
        const res = await rawRequest(api.url, method, path(), { cookie: owner.cookie, body, headers: { origin } });
        expect([origin, res.status, res.json]).toEqual([origin, 403, { code: 'request/forbidden-origin', message: expect.any(String) }]);
      }
      expect((await owner.get<TSession>(`/api/sessions/${session.id}`)).body).toEqual(before);
      expect((await owner.get<TWorkshop>(`/api/workshops/${workshop.id}`)).body.title).toBe(workshop.title);
      expect((await fetch(`${api.url}/api/reports/${token}`)).status).toBe(200);
      expect((await owner.get('/api/auth/me')).status).toBe(200);
    });

    it('the same change from this site itself goes through', async () => {
      const res = await rawRequest(api.url, 'POST', '/api/workshops', { cookie: owner.cookie, body: { templateId: 'de-vs-mlops' }, headers: { origin: `http://127.0.0.1:${api.port}` } });
      expect(res.status).toBe(201);
    });

    it('signing in from another site is refused too (no login CSRF)', async () => {
      const res = await rawRequest(api.url, 'POST', '/api/auth/login', { body: { email: owner.email, password: PASSWORD }, headers: { origin: EVIL } });
      expect(res.status).toBe(403);
      expect(res.headers.getSetCookie()).toEqual([]);
    });

    it("another site's page cannot open the facilitator's live view with their cookie", async () => {
      const evil = connect(api.url, { sessionId: session.id }, owner.cookie, { headers: { origin: EVIL } });
      await expect(connected(evil)).rejects.toMatchObject({ data: { code: 'request/forbidden-origin' } });
      const own = connect(api.url, { sessionId: session.id }, owner.cookie, { headers: { origin: `http://127.0.0.1:${api.port}` } });
      await connected(own);
      own.disconnect();
    });
  });

  describe('CORS is closed', () => {
    it('no Access-Control-Allow-Origin for another site, on reads, errors and preflights', async () => {
      const read = await fetch(`${api.url}/api/auth/me`, { headers: { origin: EVIL, cookie: owner.cookie! } });
      expect(read.headers.get('access-control-allow-origin')).toBeNull();
      expect(read.headers.get('access-control-allow-credentials')).toBeNull();

      for (const path of ['/api/workshops', `/api/sessions/${session.id}`, '/api/auth/login']) {
        const preflight = await fetch(`${api.url}${path}`, {
          method: 'OPTIONS',
          headers: { origin: EVIL, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
        });
        expect(preflight.status).toBeGreaterThanOrEqual(400);
        expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
        expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
      }
    });

    it('the socket.io long-polling handshake does not allow another site either', async () => {
      const res = await fetch(`${api.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: EVIL } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('the session cookie', () => {
    it('is httpOnly, SameSite=Lax, for the whole site, and not Secure on plain http without a proxy', async () => {
      const res = await rawRequest(api.url, 'POST', '/api/auth/signup', { body: { email: uniqueEmail(), password: PASSWORD, name: 'Cookie' } });
      const cookie = parseSetCookie(res.headers.getSetCookie().find((c) => c.startsWith('thinline_session='))!);
      expect(cookie.value.length).toBeGreaterThanOrEqual(40);
      expect(cookie.attrs).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
      expect(cookie.attrs.secure).toBeUndefined();
      // signing out clears it with the same flags
      const out = await rawRequest(api.url, 'POST', '/api/auth/logout', { cookie: `thinline_session=${cookie.value}` });
      const cleared = parseSetCookie(out.headers.getSetCookie().find((c) => c.startsWith('thinline_session='))!);
      expect(cleared.value).toBe('');
      expect(cleared.attrs).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    });
  });

  describe('bad input answers a coded 4xx, never a stack trace or SQL', () => {
    const hostile: { what: string; method: string; path: string; body?: string; status: number; code: string }[] = [
      { what: 'malformed JSON', method: 'POST', path: '/api/auth/login', body: '{"email": "a@b.c", "password": ', status: 400, code: 'request/invalid-json' },
      { what: 'JSON that is a string', method: 'POST', path: '/api/workshops', body: '"hello"', status: 400, code: 'request/invalid-json' },
      { what: 'a 1 MB JSON body', method: 'POST', path: '/api/workshops', body: JSON.stringify({ title: 'x'.repeat(1024 * 1024) }), status: 413, code: 'request/too-large' },
      { what: 'a 300 kB JSON body to sign-in', method: 'POST', path: '/api/auth/login', body: JSON.stringify({ email: 'a@b.c', password: 'p'.repeat(300 * 1024) }), status: 413, code: 'request/too-large' },
      { what: 'a NUL in a workshop title', method: 'POST', path: '/api/workshops', body: JSON.stringify({ title: 'a\u0000b', roles: [{ name: 'A' }, { name: 'B' }], concerns: [{ title: 'C' }] }), status: 400, code: 'validation/invalid' },
      { what: 'a NUL in a role name on PATCH', method: 'PATCH', path: '/api/workshops/{w}', body: JSON.stringify({ roles: [{ name: 'A\u0000' }, { name: 'B' }] }), status: 400, code: 'validation/invalid' },
      { what: 'a NUL in an imported file', method: 'POST', path: '/api/workshops/import', body: JSON.stringify({ format: 'thinline.workshop/v1', title: 'T', description: '\u0000', roles: [{ name: 'A' }, { name: 'B' }], concerns: [{ title: 'C' }] }), status: 400, code: 'workshop/invalid-file' },
      { what: 'a NUL in a sign-up name', method: 'POST', path: '/api/auth/signup', body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, name: '\u0000' }), status: 400, code: 'validation/invalid' },
      { what: 'a NUL in the search', method: 'GET', path: '/api/workshops?q=%00', status: 400, code: 'validation/invalid' },
      { what: 'invalid UTF-8 in a path id', method: 'GET', path: '/api/workshops/%ff%fe', status: 400, code: 'validation/invalid' },
      { what: 'an id of 10,000 characters', method: 'GET', path: `/api/sessions/${'9'.repeat(10000)}`, status: 404, code: 'session/not-found' },
      { what: 'an id made of emoji and RTL marks', method: 'GET', path: `/api/workshops/${encodeURIComponent('🙂\u202e\u0000💥')}`, status: 404, code: 'workshop/not-found' },
      { what: 'an undecodable path', method: 'GET', path: '/api/reports/%E0%A4%A', status: 400, code: 'validation/invalid' },
      { what: 'a SQL-looking id', method: 'GET', path: `/api/sessions/${encodeURIComponent("1' OR '1'='1")}/heatmap`, status: 404, code: 'session/not-found' },
      { what: 'a round beyond every integer', method: 'GET', path: '/api/sessions/{s}/heatmap?round=99999999999999999999999', status: 400, code: 'validation/invalid' },
      { what: 'an unknown query parameter', method: 'GET', path: '/api/sessions/{s}/heatmap?__proto__[polluted]=1', status: 400, code: 'validation/invalid' },
      { what: 'an unknown export format', method: 'GET', path: '/api/sessions/{s}/export.exe', status: 404, code: 'export/unknown-format' },
      { what: 'an unknown route', method: 'GET', path: '/api/does/not/exist', status: 404, code: 'http/not-found' },
      { what: 'an unsupported method', method: 'PUT', path: '/api/workshops', body: '{}', status: 404, code: 'http/not-found' },
    ];

    it.each(hostile)('$what → $status $code', async ({ method, path, body, status, code }) => {
      const res = await rawRequest(api.url, method, path.replace('{w}', workshop.id).replace('{s}', session.id), { cookie: owner.cookie, rawBody: body });
      expect(res.status).toBe(status);
      expect(codedErrorProblem(res.status, res.json, res.text)).toBeNull();
      expect((res.json as { code: string }).code).toBe(code);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    });

    it('what Node itself refuses (headers over 16 kB, broken HTTP) is answered as a coded error too', async () => {
      const raw = (text: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = createConnection({ host: '127.0.0.1', port: api.port }, () => socket.write(text));
          let out = '';
          socket.on('data', (d: Buffer) => (out += d.toString()));
          socket.on('end', () => resolve(out));
          socket.on('error', reject);
        });
      for (const [request, status, code] of [
        [`GET /api/sessions/${'9'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431, 'request/headers-too-large'],
        [`GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'y'.repeat(20000)}\r\n\r\n`, 431, 'request/headers-too-large'],
        ['THIS IS NOT HTTP\r\n\r\n', 400, 'request/malformed'],
      ] as const) {
        const reply = await raw(request);
        const [head = '', body = ''] = reply.split('\r\n\r\n');
        expect(head.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} ${STATUS_CODES[status]}`);
        expect(head).toMatch(/content-type: application\/json/i);
        expect(codedErrorProblem(status, JSON.parse(body), body)).toBeNull();
        expect(JSON.parse(body)).toMatchObject({ code });
      }
      expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
    });

    it('phones: a NUL in a name or a comment is refused, and does not fail the answers sent with it', async () => {
      await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' });
      const [a, b] = [connect(api.url, { joinCode: session.joinCode }), connect(api.url, { joinCode: session.joinCode })];
      await Promise.all([connected(a), connected(b)]);
      expect(await request(a, 'participant:join', { name: 'x\u0000' })).toMatchObject({ ok: false, code: 'validation/invalid' });
      await Promise.all([request(a, 'participant:join', {}), request(b, 'participant:join', {})]);
      const answer = (comment?: string) => ({ answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'nobody', ...(comment === undefined ? {} : { comment }) });
      const [bad, good] = await Promise.all([request(a, 'answer:submit', answer('evil \u0000 comment')), request(b, 'answer:submit', answer('fine'))]);
      expect(bad).toMatchObject({ ok: false, code: 'validation/invalid' });
      expect(good).toMatchObject({ ok: true });
      a.disconnect();
      b.disconnect();
    });
  });

  describe('with the database unreachable', () => {
    it('answers 503 with only a code and a message, and recovers', async () => {
      const phone = new ApiClient(api.url);
      await proxy.cut();
      try {
        const probes = [
          await rawRequest(api.url, 'GET', '/api/workshops', { cookie: owner.cookie }),
          await rawRequest(api.url, 'GET', `/api/reports/${token}`),
          await rawRequest(api.url, 'POST', '/api/auth/login', { body: { email: owner.email, password: PASSWORD } }),
          await rawRequest(api.url, 'GET', '/api/health'),
        ];
        for (const res of probes.slice(0, 3)) {
          expect(res.status).toBe(503);
          expect(res.json).toEqual({ code: 'database/unavailable', message: expect.any(String) });
          expect(internalsIn(res.text)).toBeNull();
        }
        expect(probes[3]!.status).toBe(503);
        expect(internalsIn(probes[3]!.text)).toBeNull();
        const socket = connect(api.url, { joinCode: session.joinCode });
        await expect(connected(socket)).rejects.toMatchObject({ data: { code: 'database/unavailable', message: expect.any(String) } });
      } finally {
        await proxy.restore();
      }
      expect((await phone.get('/api/health')).status).toBe(200);
      expect((await owner.get('/api/auth/me')).status).toBe(200);
    });
  });
});

describe('the session cookie behind a TLS proxy (TRUST_PROXY)', () => {
  const api = apiForSuite({ TRUST_PROXY: 'true' });

  it('is Secure, httpOnly and SameSite=Lax when the proxy says https', async () => {
    const res = await rawRequest(api.url, 'POST', '/api/auth/signup', { body: { email: uniqueEmail(), password: PASSWORD, name: 'Proxied' }, headers: { 'x-forwarded-proto': 'https' } });
    expect(res.status).toBe(201);
    const cookie = parseSetCookie(res.headers.getSetCookie().find((c) => c.startsWith('thinline_session='))!);
    expect(cookie.attrs).toMatchObject({ secure: true, httponly: true, samesite: 'Lax', path: '/' });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('upgrade-insecure-requests');
  });
});
