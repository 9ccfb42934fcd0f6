import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { PHONE_PAGE_DATA_ID, type TAck, type TJoinResult, type TPhonePageData } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, startSession } from './support/factories.js';
import { connect, connected, handshake, request } from './support/sockets.js';
import { type NginxProcess, startNginx } from './support/nginx.js';

/** One GET with exactly these headers, the body as it came over the wire (not decoded). */
function get(
  baseUrl: string,
  path: string,
  headers: Record<string, string> = {},
  options: { localAddress?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, { headers, ...options }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (encoding: string | string[] | undefined, body: Buffer): Buffer => (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body);
const scriptsOf = (html: string): string[] => [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);

// The production server as `npm start` runs it (the built API serving the built web app).
describe('web app delivery: compression and caching (issue 23)', () => {
  const api = apiForSuite();

  it('the QR code address loads the phone page: HTML revalidated on every load, only the participant entry', async () => {
    const phone = await get(api.url, '/j', { 'accept-encoding': 'br, gzip' });
    expect(phone.status).toBe(200);
    expect(phone.headers['cache-control']).toBe('no-cache');
    const html = decode(phone.headers['content-encoding'], phone.body).toString();
    const present = await get(api.url, '/sessions/x/present');
    expect(present.headers['cache-control']).toBe('no-cache');
    const app = present.body.toString();
    // two different pages: the phone's entry is not the app's (which carries the router and every screen)
    const entry = (page: string) => /<script type="module"[^>]*src="([^"]+)"/.exec(page)?.[1];
    expect(entry(html)).toMatch(/^\/assets\/phone-/);
    expect(entry(app)).toMatch(/^\/assets\/index-/);
    expect((await get(api.url, '/j/not-a-code')).body.toString()).toBe(html);
  });

  it('the page for a live session\'s code carries its public data (the join screen needs no round trip); a wrong code carries its refusal and spends a guess', async () => {
    const owner = await signUp(api.url);
    const session = await startSession(owner, (await createSession(owner, (await createWorkshop(owner)).id)).id);
    const dataOf = (html: string) => JSON.parse(new RegExp(`<script type="application/json" id="${PHONE_PAGE_DATA_ID}">(.*?)</script>`).exec(html)?.[1] ?? 'null') as TPhonePageData | null;
    const page = await get(api.url, `/j/${session.joinCode}`, { 'accept-encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.headers['content-encoding']).toBe('br');
    const html = decode('br', page.body).toString();
    // the same page as /j with the data in its head: the phone's entry is unchanged
    expect(html.replace(/<script type="application\/json"[^>]*>.*?<\/script>/, '')).toBe((await get(api.url, '/j')).body.toString());
    const data = dataOf(html);
    // exactly what the phone's join result holds as `session`
    const phone = connect(api.url, { joinCode: session.joinCode });
    try {
      await connected(phone);
      const joined = await request<TAck<TJoinResult>>(phone, 'participant:join', {});
      expect(joined.ok && data).toEqual({ joinCode: session.joinCode, session: joined.ok ? joined.session : null });
    } finally {
      phone.disconnect();
    }
    // a wrong code: the handshake's refusal, so the phone need not connect to learn it...
    const from = { localAddress: '127.0.0.9' };
    const wrong = dataOf((await get(api.url, '/j/ZZZZZZ', {}, from)).body.toString());
    expect(wrong).toEqual({ joinCode: 'ZZZZZZ', refusal: { code: 'session/not-found', message: expect.any(String) } });
    // ...and each one is a guess of the address's wrong-code budget (RATE_LIMIT_WRONG_CODES_PER_MINUTE, 10)
    for (let i = 1; i < 10; i++) expect(dataOf((await get(api.url, `/j/ZZZZZ${'ABCDEFGHJ'[i - 1]}`, {}, from)).body.toString())).toHaveProperty('refusal');
    // out of guesses: no data, not even for the right code (the socket then says rate/limited)
    expect(dataOf((await get(api.url, `/j/${session.joinCode}`, {}, from)).body.toString())).toBeNull();
    const limited = connect(api.url, { joinCode: session.joinCode }, undefined, from);
    expect(await handshake(limited)).toBe('rate/limited');
    limited.disconnect();
    // a session that closed: its page says so (the phone thanks the person), and spends no guess
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'close' });
    const closedFrom = { localAddress: '127.0.0.10' };
    expect(dataOf((await get(api.url, `/j/${session.joinCode}`, {}, closedFrom)).body.toString())).toEqual({ joinCode: session.joinCode, refusal: { code: 'session/closed', message: expect.any(String) } });
    const late = connect(api.url, { joinCode: session.joinCode }, undefined, closedFrom);
    expect(await handshake(late)).toBe('session/closed');
    late.disconnect();
  });

  it("preloads the phone's catalogue in the language the browser asks for, else the session's, else English (issue 20's catalogue without a round trip)", async () => {
    const owner = await signUp(api.url);
    const session = await startSession(owner, (await createSession(owner, (await createWorkshop(owner)).id, { locale: 'ja' })).id);
    const preloaded = async (path: string, language?: string) => {
      const html = (await get(api.url, path, language ? { 'accept-language': language } : {})).body.toString();
      return [...html.matchAll(/<link rel="modulepreload" crossorigin href="(\/assets\/catalogue-[^"]+)">/g)].map((m) => m[1]!);
    };
    const [german] = await preloaded(`/j/${session.joinCode}`, 'de-CH,de;q=0.9,en;q=0.5');
    expect(german).toMatch(/^\/assets\/catalogue-de-phone-[\w-]+\.js$/);
    expect(await preloaded(`/j/${session.joinCode}`, 'pt-BR,pt;q=0.9')).toEqual([expect.stringMatching(/catalogue-pt-BR-phone-/)]);
    // a language Thinline does not speak: the session's (Japanese here); without a session, English
    expect(await preloaded(`/j/${session.joinCode}`, 'ko-KR')).toEqual([expect.stringMatching(/catalogue-ja-phone-/)]);
    expect(await preloaded('/j', 'ko-KR')).toEqual([expect.stringMatching(/catalogue-en-phone-/)]);
    // the preloaded file is the script the phone imports: served, compressed, kept for a year
    const file = await get(api.url, german!, { 'accept-encoding': 'br' });
    expect([file.status, file.headers['content-encoding'], file.headers['cache-control']]).toEqual([200, 'br', 'public, max-age=31536000, immutable']);
    expect(decode('br', file.body).toString()).toContain('JSON.parse');
  });

  it('every script of the phone page comes precompressed (brotli, else gzip) and is cached for a year, immutable', async () => {
    const html = (await get(api.url, '/j')).body.toString();
    const scripts = scriptsOf(html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const path of scripts) {
      const plain = await get(api.url, path, { 'accept-encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(plain.headers['content-type']).toMatch(/javascript/);
      // a script is not a document: no page-only headers (CSP, framing…), but never sniffed
      expect([plain.headers['x-content-type-options'], plain.headers['cross-origin-resource-policy'], plain.headers['content-security-policy'], plain.headers['x-frame-options']]).toEqual(['nosniff', 'same-origin', undefined, undefined]);
      // even the smallest chunks come compressed: the phone's first load is a dozen of them
      const br = await get(api.url, path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(br.headers['content-type']).toMatch(/javascript/);
      if (plain.body.length >= 4096) expect(br.body.length).toBeLessThan(plain.body.length / 2);
      else expect(br.body.length).toBeLessThan(plain.body.length);
      expect(decode('br', br.body).equals(plain.body)).toBe(true);
      const gz = await get(api.url, path, { 'accept-encoding': 'gzip' });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(decode('gzip', gz.body).equals(plain.body)).toBe(true);
    }
  });

  it('stylesheets too; files without a content hash in their name are revalidated, not kept', async () => {
    const html = (await get(api.url, '/j')).body.toString();
    const css = [...html.matchAll(/href="(\/assets\/[^"]+\.css)"/g)].map((m) => m[1]!);
    expect(css.length).toBeGreaterThan(0);
    for (const path of css) {
      const res = await get(api.url, path, { 'accept-encoding': 'br' });
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      if (res.headers['content-encoding']) expect(res.headers['content-encoding']).toBe('br');
    }
    const icon = await get(api.url, '/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('dynamic text responses are compressed as the client asks (brotli or gzip), and sent plain to a client that accepts neither', async () => {
    const path = '/api/docs/openapi.json';
    const plain = await get(api.url, path, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const spec = JSON.parse(plain.body.toString()) as { openapi: string };
    expect(spec.openapi).toMatch(/^3\./);
    for (const [accept, encoding] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['gzip;q=1, br;q=0.5', 'gzip'],
    ] as const) {
      const res = await get(api.url, path, { 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(JSON.parse(decode(encoding, res.body).toString())).toEqual(spec);
    }
  });
});

describe('web app delivery through the shipped nginx (deploy/nginx.conf)', () => {
  const api = apiForSuite();
  let nginx: NginxProcess;
  beforeAll(async () => {
    nginx = await startNginx([api.port]);
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  it('keeps the API’s brotli and caching headers, and compresses what it sends for text', async () => {
    const html = (await get(nginx.url, '/j')).body.toString();
    const [script] = scriptsOf(html).filter((p) => p.includes('/assets/'));
    expect(script).toBeDefined();
    const direct = await get(api.url, script!, { 'accept-encoding': 'identity' });
    const br = await get(nginx.url, script!, { 'accept-encoding': 'br, gzip' });
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    if (direct.body.length >= 1024) {
      expect(br.headers['content-encoding']).toBe('br');
      expect(decode('br', br.body).equals(direct.body)).toBe(true);
    }
    const spec = await get(nginx.url, '/api/docs/openapi.json', { 'accept-encoding': 'gzip' });
    expect(spec.headers['content-encoding']).toBe('gzip');
    expect((JSON.parse(decode('gzip', spec.body).toString()) as { openapi: string }).openapi).toMatch(/^3\./);
    const page = await get(nginx.url, '/j');
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
