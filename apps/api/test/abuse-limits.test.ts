import type { TSession } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { type ApiProcess, startApi } from './support/api-process.js';
import { query } from './support/db.js';
import { createSession, createWorkshop, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { codedErrorProblem } from './support/security.js';
import { type TestSocket, connect, connected, handshake, request } from './support/sockets.js';

type Ack = { ok: boolean; code?: string; message?: string };


const participantsOf = async (sessionId: string) => (await query<{ n: number }>('SELECT count(*)::int AS n FROM participant WHERE session_id = $1', [sessionId]))[0]!.n;

describe('join-code guessing is limited per address, and keyed on the real address', () => {
  const sockets: TestSocket[] = [];
  const open = (...args: Parameters<typeof connect>) => {
    const s = connect(...args);
    sockets.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  describe('directly on the internet (no proxy)', () => {
    let api: ApiProcess;
    let session: TSession;
    beforeAll(async () => {
      api = await startApi();
      const owner = await signUp(api.url);
      session = await createSession(owner, (await createWorkshop(owner)).id);
    });
    afterAll(async () => {
      await api?.stop();
    });

    it('a wrong-code flood from one address gets rate/limited; a real phone on another address still joins', async () => {
      const attacker = { localAddress: '127.0.0.5' };
      const outcomes: string[] = [];
      for (let i = 0; i < 12; i++) outcomes.push(await handshake(open(api.url, { joinCode: 'ZZZZZ' + 'ABCDEFGHJKMN'[i] }, undefined, attacker)));
      expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('session/not-found'));
      expect(outcomes.slice(10)).toEqual(['rate/limited', 'rate/limited']);
      // Once limited, even the right code from that address waits: guessing gains nothing.
      expect(await handshake(open(api.url, { joinCode: session.joinCode }, undefined, attacker))).toBe('rate/limited');

      const phone = open(api.url, { joinCode: session.joinCode }, undefined, { localAddress: '127.0.0.6' });
      expect(await handshake(phone)).toBe('connected');
      expect(await request<Ack>(phone, 'participant:join', {})).toMatchObject({ ok: true });
    });

    it('a made-up X-Forwarded-For does not get a limited address a fresh budget (no proxy is trusted)', async () => {
      const outcomes: string[] = [];
      for (let i = 0; i < 12; i++) {
        outcomes.push(await handshake(open(api.url, { joinCode: 'YYYYY' + 'ABCDEFGHJKMN'[i] }, undefined, { localAddress: '127.0.0.7', headers: { 'x-forwarded-for': `10.9.${i}.1` } })));
      }
      expect(outcomes.slice(10)).toEqual(['rate/limited', 'rate/limited']);
    });
  });

  describe('behind the TLS proxy (TRUST_PROXY): every phone arrives from the proxy\'s address', () => {
    let api: ApiProcess;
    let session: TSession;
    beforeAll(async () => {
      api = await startApi({ TRUST_PROXY: 'true' });
      const owner = await signUp(api.url);
      session = await createSession(owner, (await createWorkshop(owner)).id);
    });
    afterAll(async () => {
      await api?.stop();
    });

    it('limits the guesser by the address the proxy saw, not the whole room behind the proxy', async () => {
      // The proxy appends the address it saw; what a client put before it is not trusted.
      const viaProxy = (client: string, claimed?: string) => ({ localAddress: '127.0.0.8', headers: { 'x-forwarded-for': claimed ? `${claimed}, ${client}` : client } });
      const outcomes: string[] = [];
      for (let i = 0; i < 12; i++) outcomes.push(await handshake(open(api.url, { joinCode: 'XXXXX' + 'ABCDEFGHJKMN'[i] }, undefined, viaProxy('203.0.113.5', `198.51.100.${i}`))));
      expect(outcomes.slice(10)).toEqual(['rate/limited', 'rate/limited']);

      const phone = open(api.url, { joinCode: session.joinCode }, undefined, viaProxy('203.0.113.6'));
      expect(await handshake(phone)).toBe('connected');
      expect(await request<Ack>(phone, 'participant:join', {})).toMatchObject({ ok: true });
    });
  });
});

describe('a session holds at most maxParticipants, and a hall behind one address gets in', () => {
  let api: ApiProcess;
  let owner: ApiClient;
  const sockets: TestSocket[] = [];
  const phone = async (code: string) => {
    const s = connect(api.url, { joinCode: code });
    sockets.push(s);
    await connected(s);
    return s;
  };
  beforeAll(async () => {
    api = await startApi();
    owner = await signUp(api.url);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await api?.stop();
  });

  // Joins at hall scale: a budget per session and address, bounded by the session's seats (default settings).
  const openFrom = (code: string, localAddress: string) => {
    const s = connect(api.url, { joinCode: code }, undefined, { localAddress });
    sockets.push(s);
    return s;
  };

  it('a crowd behind one address gets in: 300 phones of one address join a default session, after 9 wrong guesses from that address', async () => {
    const session = await createSession(owner, (await createWorkshop(owner)).id);
    for (let i = 0; i < 9; i++) expect(await handshake(openFrom(`VVVVV${'ABCDEFGHJ'[i]}`, '127.0.0.40'))).toBe('session/not-found');
    const phones = Array.from({ length: 300 }, () => openFrom(session.joinCode, '127.0.0.40'));
    expect(new Set(await Promise.all(phones.map(handshake)))).toEqual(new Set(['connected']));
    const acks = await Promise.all(phones.map((p) => request<Ack>(p, 'participant:join', {})));
    expect(acks.filter((x) => x.ok)).toHaveLength(300);
    expect(await participantsOf(session.id)).toBe(300);
  });

  it('a flood from one address is refused past twice the seats, and seats no more people than the session holds', async () => {
    const session = await createSession(owner, (await createWorkshop(owner)).id, { maxParticipants: 20 });
    const flood = Array.from({ length: 40 }, () => openFrom(session.joinCode, '127.0.0.41'));
    expect(await Promise.all(flood.map(handshake))).toEqual(Array(40).fill('connected'));
    expect(await handshake(openFrom(session.joinCode, '127.0.0.41'))).toBe('rate/limited');
    const acks = await Promise.all(flood.map((p) => request<Ack>(p, 'participant:join', {})));
    expect(acks.filter((x) => x.ok)).toHaveLength(20);
    expect(acks.filter((x) => !x.ok).map((x) => x.code)).toEqual(Array(20).fill('session/full'));
    expect(await participantsOf(session.id)).toBe(20);
    // The flood spent its own session's budget only, and no guess: other sessions and other addresses are not held back.
    const other = await createSession(owner, (await createWorkshop(owner)).id);
    expect(await handshake(openFrom(other.joinCode, '127.0.0.41'))).toBe('connected');
    expect(await handshake(openFrom(session.joinCode, '127.0.0.42'))).toBe('connected');
  });

  it('refuses the fourth participant of a session made with maxParticipants 3 (session/full), and lets the three resume', async () => {
    const session = await createSession(owner, (await createWorkshop(owner)).id, { maxParticipants: 3 });
    expect(session.settings.maxParticipants).toBe(3);
    const joined: (Ack & { resumeToken: string })[] = [];
    for (let i = 0; i < 3; i++) joined.push(await request<Ack & { resumeToken: string }>(await phone(session.joinCode), 'participant:join', {}));
    expect(joined.map((j) => j.ok)).toEqual([true, true, true]);
    const fourth = await request<Ack>(await phone(session.joinCode), 'participant:join', {});
    expect(fourth).toEqual({ ok: false, code: 'session/full', message: expect.any(String) });
    // A full room still takes back the people already in it.
    expect(await request<Ack>(await phone(session.joinCode), 'participant:join', { resumeToken: joined[0]!.resumeToken })).toMatchObject({ ok: true });
    expect(await participantsOf(session.id)).toBe(3);
  });

  it('holds the cap when a crowd joins at the same moment', async () => {
    const session = await createSession(owner, (await createWorkshop(owner)).id, { maxParticipants: 3 });
    const phones = await Promise.all(Array.from({ length: 12 }, () => phone(session.joinCode)));
    const acks = await Promise.all(phones.map((s) => request<Ack>(s, 'participant:join', {})));
    expect(acks.filter((a) => a.ok)).toHaveLength(3);
    expect(acks.filter((a) => !a.ok).map((a) => a.code)).toEqual(Array(9).fill('session/full'));
    expect(await participantsOf(session.id)).toBe(3);
  });

  it('holds the cap when crowds join at once on two API processes, each phone its own participant', async () => {
    // Joins arriving together go into one statement per process; the two processes'
    // statements meet at the session's seat counter.
    const second = await startApi();
    try {
      const session = await createSession(owner, (await createWorkshop(owner)).id, { maxParticipants: 25 });
      const crowd = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const s = connect(i % 2 ? second.url : api.url, { joinCode: session.joinCode });
          sockets.push(s);
          await connected(s);
          return s;
        }),
      );
      const acks = await Promise.all(crowd.map((s) => request<Ack & { participantId?: string }>(s, 'participant:join', {})));
      const admitted = acks.filter((a) => a.ok);
      expect(admitted).toHaveLength(25);
      expect(new Set(admitted.map((a) => a.participantId)).size).toBe(25);
      expect(acks.filter((a) => !a.ok).map((a) => a.code)).toEqual(Array(35).fill('session/full'));
      expect(await participantsOf(session.id)).toBe(25);
      const [counter] = await query<{ n: number }>('SELECT participant_count AS n FROM session WHERE id = $1', [session.id]);
      expect(counter!.n).toBe(25);
    } finally {
      await second.stop();
    }
  });

  it('one connection makes one participant: joining again without the resume token is refused', async () => {
    const session = await createSession(owner, (await createWorkshop(owner)).id);
    const s = await phone(session.joinCode);
    const first = await request<Ack & { participantId: string; resumeToken: string }>(s, 'participant:join', {});
    expect(first.ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(await request<Ack>(s, 'participant:join', {})).toMatchObject({ ok: false, code: 'participant/already-joined' });
    // Changing role (with the token) is still fine, and stays the same participant.
    expect(await request(s, 'participant:join', { resumeToken: first.resumeToken, roleId: session.roles[1]!.id })).toMatchObject({ ok: true, participantId: first.participantId });
    expect(await participantsOf(session.id)).toBe(1);
  });
});

describe('answers per participant and exports per address', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_EXPORTS_PER_MINUTE: '3', RATE_LIMIT_ANSWERS_PER_SECOND: '5' });
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('an answer flood from one connection is limited and the connection stays', async () => {
    const owner = await signUp(api.url);
    const session = await createSession(owner, (await createWorkshop(owner)).id);
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' });
    const s = connect(api.url, { joinCode: session.joinCode });
    await connected(s);
    await request(s, 'participant:join', {});
    const acks = await Promise.all(
      Array.from({ length: 20 }, () => request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'nobody' })),
    );
    expect(acks.filter((a) => a.ok).length).toBeLessThanOrEqual(5);
    expect(acks.filter((a) => a.code === 'rate/limited').length).toBeGreaterThanOrEqual(15);
    expect(s.connected).toBe(true);
    s.disconnect();
  });

  it('the fourth export in a minute from one address is 429 rate/limited; another address still exports', async () => {
    const owner = await signUp(api.url);
    const session = await createSession(owner, (await createWorkshop(owner)).id);
    const get = (localAddress: string) =>
      new Promise<{ status: number; text: string; retryAfter: string | undefined }>((resolve, reject) => {
        const req = httpRequest(`${api.url}/api/sessions/${session.id}/export.json`, { localAddress, headers: { cookie: owner.cookie! } }, (res) => {
          let text = '';
          res.on('data', (d: Buffer) => (text += d.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text, retryAfter: res.headers['retry-after'] }));
        });
        req.on('error', reject);
        req.end();
      });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await get('127.0.0.9')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await get('127.0.0.9');
    expect(limited.status).toBe(429);
    expect(codedErrorProblem(429, JSON.parse(limited.text), limited.text)).toBeNull();
    expect(JSON.parse(limited.text)).toMatchObject({ code: 'rate/limited' });
    // the whole seconds until the minute's window frees an export
    expect(Number(limited.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(limited.retryAfter)).toBeLessThanOrEqual(60);
    expect((await get('127.0.0.10')).status).toBe(200);
  });
});
