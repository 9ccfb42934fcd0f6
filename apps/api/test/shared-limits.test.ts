import type { TJoinResult } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { type ApiProcess, startApi } from './support/api-process.js';
import { liveSession, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { type RedisProcess, startRedis } from './support/redis.js';
import { type TestSocket, connect, connected, handshake, request } from './support/sockets.js';

type Ack = { ok: boolean; code?: string };

/** Small budgets, so a test spends them in a few requests; the same on both processes. */
const LIMITS = {
  RATE_LIMIT_AUTH_PER_MINUTE: '6',
  RATE_LIMIT_WRONG_CODES_PER_MINUTE: '4',
  RATE_LIMIT_JOIN_PER_MINUTE: '4',
  RATE_LIMIT_ANSWERS_PER_SECOND: '5',
  RATE_LIMIT_EXPORTS_PER_MINUTE: '4',
};

/** An HTTP request from a chosen loopback address (another "network"). */
function from(localAddress: string, baseUrl: string, method: string, path: string, options: { body?: unknown; cookie?: string } = {}): Promise<{ status: number; code?: string }> {
  return new Promise((resolve, reject) => {
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = httpRequest(
      `${baseUrl}${path}`,
      { method, localAddress, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(options.cookie ? { cookie: options.cookie } : {}) } },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          let code: string | undefined;
          try {
            code = (JSON.parse(text) as { code?: string }).code;
          } catch {
            code = undefined;
          }
          resolve({ status: res.statusCode ?? 0, code });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}


interface Health {
  status: string;
  redis: string;
  rateLimits: { store: string; signIn: string };
}

/** Polls /api/health until `done` holds: Redis going away or coming back is noticed within a few seconds. */
async function healthUntil(baseUrl: string, done: (h: Health) => boolean, timeoutMs = 15000): Promise<Health> {
  const deadline = Date.now() + timeoutMs;
  let last: Health | undefined;
  while (Date.now() < deadline) {
    last = (await (await fetch(`${baseUrl}/api/health`)).json()) as Health;
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`health never reached the expected state; last: ${JSON.stringify(last)}`);
}

describe('rate limits are one budget across API processes (Redis), and survive a restart', () => {
  let redis: RedisProcess;
  let a: ApiProcess;
  let b: ApiProcess;
  let owner: ApiClient;
  let cookie: string;
  const sockets: TestSocket[] = [];
  const open = (...args: Parameters<typeof connect>) => {
    const s = connect(...args);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    redis = await startRedis();
    [a, b] = await Promise.all([startApi({ ...LIMITS, REDIS_URL: redis.url, NODE_NAME: 'api-a' }), startApi({ ...LIMITS, REDIS_URL: redis.url, NODE_NAME: 'api-b' })]);
    await Promise.all([a, b].map((api) => healthUntil(api.url, (h) => h.rateLimits.store === 'redis')));
    owner = await signUp(a.url);
    cookie = owner.cookie!;
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
  });

  it('sign-in: 6 attempts a minute per address over both processes, still spent after a process restarts', async () => {
    const login = (api: ApiProcess) => from('127.0.0.20', api.url, 'POST', '/api/auth/login', { body: { email: 'nobody@example.test', password: 'not the password' } });
    const statuses: number[] = [];
    for (const api of [a, b, a, b, a, b]) statuses.push((await login(api)).status);
    expect(statuses).toEqual(Array(6).fill(401));
    expect(await login(a)).toEqual({ status: 429, code: 'rate/limited' });
    expect(await login(b)).toEqual({ status: 429, code: 'rate/limited' });
    // Another address has its own budget.
    expect((await from('127.0.0.21', b.url, 'POST', '/api/auth/login', { body: { email: 'nobody@example.test', password: 'x' } })).status).toBe(401);

    await b.stop();
    b = await startApi({ ...LIMITS, REDIS_URL: redis.url, NODE_NAME: 'api-b' });
    await healthUntil(b.url, (h) => h.rateLimits.store === 'redis');
    expect(await login(b)).toEqual({ status: 429, code: 'rate/limited' });
  });

  it('wrong join codes: 4 a minute per address over both processes; then even the right code waits', async () => {
    const session = await liveSession(owner);
    const outcomes: string[] = [];
    for (const [i, api] of [a, b, a, b].entries()) outcomes.push(await handshake(open(api.url, { joinCode: `QQQQQ${'ABCD'[i]}` }, undefined, { localAddress: '127.0.0.22' })));
    expect(outcomes).toEqual(Array(4).fill('session/not-found'));
    expect(await handshake(open(b.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.22' }))).toBe('rate/limited');
    expect(await handshake(open(a.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.23' }))).toBe('connected');
  });

  it('joins with the right code: one budget per session and address over both processes', async () => {
    const session = await liveSession(owner);
    const other = await liveSession(owner);
    const outcomes: string[] = [];
    for (const api of [a, b, a, b]) outcomes.push(await handshake(open(api.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.24' })));
    expect(outcomes).toEqual(Array(4).fill('connected'));
    expect(await handshake(open(a.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.24' }))).toBe('rate/limited');
    expect(await handshake(open(b.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.24' }))).toBe('rate/limited');
    // Another session from the same address, and the same session from another address, are counted apart.
    expect(await handshake(open(b.url, { joinCode: other.joinCode }, undefined, { localAddress: '127.0.0.24' }))).toBe('connected');
    expect(await handshake(open(a.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.25' }))).toBe('connected');
  });

  it('answers: one participant with a connection on each process shares 5 per second', async () => {
    const session = await liveSession(owner);
    const first = open(a.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.26' });
    await connected(first);
    const joined = await request<Ack & TJoinResult>(first, 'participant:join', {});
    const second = open(b.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.26' });
    await connected(second);
    expect(await request<Ack & TJoinResult>(second, 'participant:join', { resumeToken: joined.resumeToken })).toMatchObject({ ok: true, participantId: joined.participantId });

    const submit = (s: TestSocket, i: number) => request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[i % session.concerns.length]!.id, choice: 'nobody' });
    const acks = await Promise.all(Array.from({ length: 12 }, (_, i) => submit(i % 2 ? second : first, i)));
    // Each process alone would accept 5 (10 together); shared, the participant gets 5.
    expect(acks.filter((x) => x.ok).length).toBeLessThanOrEqual(5);
    expect(acks.filter((x) => x.code === 'rate/limited').length).toBeGreaterThanOrEqual(7);
  });

  it('exports: 4 a minute per address over both processes', async () => {
    const session = await liveSession(owner);
    const exportFrom = (api: ApiProcess) => from('127.0.0.27', api.url, 'GET', `/api/sessions/${session.id}/export.json`, { cookie });
    const statuses: number[] = [];
    for (const api of [a, b, a, b]) statuses.push((await exportFrom(api)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(await exportFrom(b)).toEqual({ status: 429, code: 'rate/limited' });
  });

  it('while Redis is down: health says so, sign-in is refused (503), joins, answers and exports go on per process; back when Redis is', async () => {
    const session = await liveSession(owner);
    await redis.stop();
    for (const api of [a, b]) {
      expect(await healthUntil(api.url, (h) => h.rateLimits.signIn === 'refused')).toMatchObject({ status: 'degraded', rateLimits: { store: 'memory', signIn: 'refused' } });
    }
    expect(await from('127.0.0.28', a.url, 'POST', '/api/auth/login', { body: { email: 'nobody@example.test', password: 'x' } })).toEqual({ status: 503, code: 'rate/unavailable' });
    expect(await from('127.0.0.28', b.url, 'POST', '/api/auth/signup', { body: { email: 'late@example.test', password: 'correct horse battery', name: 'Late' } })).toEqual({ status: 503, code: 'rate/unavailable' });

    const phone = open(b.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.29' });
    expect(await handshake(phone)).toBe('connected');
    expect(await request<Ack>(phone, 'participant:join', {})).toMatchObject({ ok: true });
    expect(await request<Ack>(phone, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'nobody' })).toMatchObject({ ok: true });
    expect((await from('127.0.0.29', a.url, 'GET', `/api/sessions/${session.id}/export.json`, { cookie })).status).toBe(200);
    // The fallback still limits: wrong codes per process.
    const guesses: string[] = [];
    for (let i = 0; i < 5; i++) guesses.push(await handshake(open(a.url, { joinCode: `WWWWW${'ABCDE'[i]}` }, undefined, { localAddress: '127.0.0.30' })));
    expect(guesses).toEqual([...Array(4).fill('session/not-found'), 'rate/limited']);

    redis = await startRedis({ port: redis.port });
    for (const api of [a, b]) await healthUntil(api.url, (h) => h.rateLimits.store === 'redis' && h.rateLimits.signIn === 'open');
    expect((await from('127.0.0.28', a.url, 'POST', '/api/auth/login', { body: { email: 'nobody@example.test', password: 'x' } })).status).toBe(401);
  });
});

describe('without REDIS_URL the limits count in the process', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi(LIMITS);
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('health says the store is memory and sign-in is open; sign-in is still limited', async () => {
    expect(await (await fetch(`${api.url}/api/health`)).json()).toMatchObject({ status: 'ok', redis: 'not configured', rateLimits: { store: 'memory', signIn: 'open' } });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await from('127.0.0.31', api.url, 'POST', '/api/auth/login', { body: { email: 'nobody@example.test', password: 'x' } })).status);
    expect(statuses).toEqual([...Array(6).fill(401), 429]);
  });
});
