import { shownAggregate } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { type TAck, type THeatmap, type TJoinResult, type TSession, errorAction } from '@thinline/shared';
import { type Socket, io } from 'socket.io-client';
import { type ApiProcess, startApi } from './support/api-process.js';
import { Balancer } from './support/balancer.js';
import { query } from './support/db.js';
import { liveSession, signUp } from './support/factories.js';
import { type RedisProcess, startRedis } from './support/redis.js';
import { type TestSocket, assertCodedAck, connect, connected, request, waitForEvent } from './support/sockets.js';
import type { ApiClient } from './support/http-client.js';
import { TcpProxy } from './support/tcp-proxy.js';
import { eventually, within } from './support/wait.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** How long the database stays away in the outage scenario: long enough for answers to queue behind it. */
const OUTAGE_MS = 2000;

/** A phone that reconnects and re-joins with its resume token, like the web app. */
class Phone {
  socket: Socket;
  resumeToken: string | null = null;
  participantId: string | null = null;
  rejoinedAt: number | null = null;
  readonly acked: string[] = [];
  readonly history: string[] = [];
  private markJoined: () => void = () => undefined;
  private readonly joinedOnce = new Promise<void>((resolve) => (this.markJoined = resolve));

  constructor(url: string, joinCode: string, private readonly roleId: string) {
    this.socket = io(`${url}/live`, { auth: { joinCode }, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 500, forceNew: true });
    this.socket.on('connect', () => {
      this.history.push('connect');
      void this.join();
    });
    this.socket.on('disconnect', (reason) => this.history.push(`disconnect:${reason}`));
    this.socket.on('connect_error', (err: Error & { data?: { code?: string } }) => this.history.push(`connect_error:${err.data?.code ?? err.message}`));
  }

  async join(): Promise<void> {
    const ack = (await this.socket.timeout(10000).emitWithAck('participant:join', this.resumeToken ? { resumeToken: this.resumeToken } : { roleId: this.roleId })) as TAck<TJoinResult>;
    assertCodedAck(ack);
    this.history.push(`join:${ack.ok ? 'ok' : ack.code}`);
    if (!ack.ok) return;
    if (this.resumeToken) this.rejoinedAt = Date.now();
    this.resumeToken = ack.resumeToken;
    this.participantId = ack.participantId;
    this.markJoined();
  }

  ready(): Promise<void> {
    return within(this.joinedOnce, 5000, `phone did not join; history: ${this.history.join(' ')}`);
  }

  /** Submits until acknowledged (same answerId on every try), deciding by the shared error table like the outbox. */
  async answer(concernId: string, owners: string[]): Promise<void> {
    const answerId = randomUUID();
    for (let attempt = 0; attempt < 60; attempt++) {
      try {
        if (this.socket.connected && this.participantId) {
          const ack = (await this.socket.timeout(3000).emitWithAck('answer:submit', { answerId, concernId, choice: 'owners', owners })) as TAck<{ answerId: string }>;
          assertCodedAck(ack);
          if (ack.ok) {
            this.acked.push(answerId);
            return;
          }
          // a rejoin happens on the next connect; a refusal would be the test's failure
          if (errorAction(ack.code) !== 'retry' && errorAction(ack.code) !== 'rejoin') throw new Error(ack.code);
        }
      } catch (err) {
        // A timeout or a dropped connection mid-request: send the same answerId again.
        if (!/timed out|disconnected/i.test((err as Error).message)) throw err;
      }
      // the outbox's pause before it sends the same answer again
      await sleep(250);
    }
    throw new Error(`answer ${answerId} never acknowledged; connected=${this.socket.connected}; history: ${this.history.join(' ')}`);
  }
}

async function storedReceipts(ids: string[]): Promise<number> {
  const rows = await query<{ n: number }>('SELECT count(*)::int AS n FROM answer_receipt WHERE answer_id = ANY($1::uuid[])', [ids]);
  return rows[0]!.n;
}

/** One API process whose database connection runs through a proxy the test can cut, and a live session on it. */
async function roomBehindDatabaseProxy(): Promise<{ proxy: TcpProxy; node: ApiProcess; owner: ApiClient; session: TSession }> {
  const proxy = TcpProxy.forUrl(process.env.THINLINE_TEST_DATABASE_URL!);
  await proxy.start();
  const node = await startApi({ DATABASE_URL: proxy.urlFor(process.env.THINLINE_TEST_DATABASE_URL!) });
  const owner = await signUp(node.url);
  return { proxy, node, owner, session: await liveSession(owner, { concerns: 4 }) };
}

async function answerAll(phones: Phone[], session: TSession, from: number, to: number): Promise<void> {
  await Promise.all(phones.map(async (p, i) => {
    for (let c = from; c < to; c++) await p.answer(session.concerns[c]!.id, [session.roles[(i + c) % 4]!.id]);
  }));
}

describe('faults', () => {
  it('killing one of two API processes: its phones are back within 5 s and every acknowledged answer survives', async () => {
    const redis = await startRedis();
    const nodes = await Promise.all([startApi({ REDIS_URL: redis.url }), startApi({ REDIS_URL: redis.url })]);
    const lb = new Balancer(nodes.map((n) => n.port));
    await lb.start();
    const phones: Phone[] = [];
    try {
      const session = await liveSession(await signUp(nodes[0].url), { concerns: 6 });
      for (let i = 0; i < 40; i++) phones.push(new Phone(lb.url, session.joinCode, session.roles[i % 4]!.id));
      await Promise.all(phones.map((p) => p.ready()));
      await answerAll(phones, session, 0, 3);

      const killedAt = Date.now();
      await nodes[1].kill();
      lb.markDown(nodes[1].port);
      await answerAll(phones, session, 3, 6);

      const moved = phones.filter((p) => p.rejoinedAt !== null);
      expect(moved.length).toBeGreaterThan(0);
      expect(Math.max(...moved.map((p) => p.rejoinedAt! - killedAt))).toBeLessThan(5000);
      const acked = phones.flatMap((p) => p.acked);
      expect(acked).toHaveLength(40 * 6);
      expect(await storedReceipts(acked)).toBe(acked.length);
      const rows = await query<{ n: number }>('SELECT count(*)::int AS n FROM answer WHERE session_id = $1', [session.id]);
      expect(rows[0]!.n).toBe(40 * 6);
    } finally {
      for (const p of phones) p.socket.disconnect();
      await lb.stop();
      await Promise.all(nodes.map((n) => n.stop()));
      await redis.stop();
    }
  });

  it('PostgreSQL going away mid-session: answers wait and succeed once it is back, none lost', async () => {
    const { proxy, node, session } = await roomBehindDatabaseProxy();
    const phones: Phone[] = [];
    try {
      for (let i = 0; i < 20; i++) phones.push(new Phone(node.url, session.joinCode, session.roles[i % 4]!.id));
      await Promise.all(phones.map((p) => p.ready()));
      await answerAll(phones, session, 0, 2);

      await proxy.cut();
      const during = answerAll(phones, session, 2, 4);
      await eventually(async () => (await fetch(`${node.url}/api/health`)).status === 503, 'health to say 503 while the database is away');
      await sleep(OUTAGE_MS);
      // nothing is acknowledged that is not committed: the answers of the outage are all still waiting
      expect(phones.flatMap((p) => p.acked)).toHaveLength(20 * 2);
      await proxy.restore();
      await during;

      const acked = phones.flatMap((p) => p.acked);
      expect(acked).toHaveLength(20 * 4);
      expect(await storedReceipts(acked)).toBe(acked.length);
    } finally {
      for (const p of phones) p.socket.disconnect();
      await node.stop();
      await proxy.cut();
    }
  });

  it('PostgreSQL away for longer than the 8 s hold: the answer is handed back with answer/retry, new ones at once, presenters told; the same answerIds are saved once it is back', async () => {
    const { proxy, node, session, owner } = await roomBehindDatabaseProxy();
    const phone = connect(node.url, { joinCode: session.joinCode });
    const presenter = connect(node.url, { sessionId: session.id }, owner.cookie);
    try {
      await Promise.all([connected(phone), connected(presenter)]);
      expect(await request(phone, 'participant:join', { roleId: session.roles[0]!.id })).toMatchObject({ ok: true });
      const statuses: string[] = [];
      presenter.on('live:status', (s) => statuses.push(s.answers));
      const submit = (answerId: string, concern: number) =>
        request<{ ok: boolean; code?: string }>(phone, 'answer:submit', { answerId, concernId: session.concerns[concern]!.id, choice: 'nobody' }, { timeout: 20000 });

      await proxy.cut();
      const first = randomUUID();
      const sentAt = Date.now();
      expect(await submit(first, 0)).toMatchObject({ ok: false, code: 'answer/retry' });
      const heldMs = Date.now() - sentAt;
      expect(heldMs).toBeGreaterThanOrEqual(8000);
      expect(heldMs).toBeLessThan(14000);
      await eventually(() => statuses.length === 1, 'live:status paused', { timeout: 2000, interval: 20 });
      expect(statuses).toEqual(['paused']);
      // while the database is known to be away, a new answer is handed back at once
      const second = randomUUID();
      const secondSentAt = Date.now();
      expect(await submit(second, 1)).toMatchObject({ ok: false, code: 'answer/retry' });
      expect(Date.now() - secondSentAt).toBeLessThan(1000);
      // a facilitator screen connecting meanwhile is refused with a code the clients retry
      const late = connect(node.url, { sessionId: session.id }, owner.cookie);
      const refusal = await connected(late).then(
        () => 'connected',
        (err: { data?: { code?: string } }) => err.data?.code,
      );
      late.disconnect();
      expect(refusal).toBe('database/unavailable');
      expect(errorAction('database/unavailable')).toBe('retry');

      await proxy.restore();
      await eventually(() => statuses.length === 2, 'live:status saving', { timeout: 5000, interval: 20 });
      expect(statuses).toEqual(['paused', 'saving']);
      expect(await submit(first, 0)).toMatchObject({ ok: true });
      expect(await submit(second, 1)).toMatchObject({ ok: true });
      expect(await storedReceipts([first, second])).toBe(2);
    } catch (err) {
      // what the process said is the first thing to read when this fails
      throw new Error(`${String(err)}\nphone connected: ${phone.connected}; the process (exit ${node.child.exitCode}) said:\n${node.output().slice(-4000)}`, { cause: err });
    } finally {
      presenter.disconnect();
      phone.disconnect();
      await node.stop();
      await proxy.cut();
    }
  });

  it('PostgreSQL going away just after a phone joins a watched room: the process stays up and answers 503, then 200', async () => {
    // A join makes the process re-read the room's counts a moment later, unawaited;
    // that read failing must be logged while the process goes on serving.
    const { proxy, node, owner, session } = await roomBehindDatabaseProxy();
    const phones: Phone[] = [];
    // a presenter watches the room: the process now keeps a live tally of it
    const presenter = connect(node.url, { sessionId: session.id }, owner.cookie);
    try {
      await waitForEvent(presenter, 'heatmap');
      phones.push(new Phone(node.url, session.joinCode, session.roles[0]!.id));
      await phones[0]!.ready();
      await answerAll(phones, session, 0, 1);
      // Cut the database the moment the next phone's join is acknowledged, well within
      // the interval after which the process re-reads the counts.
      const late = connect(node.url, { joinCode: session.joinCode });
      await connected(late);
      expect(await request(late, 'participant:join', { roleId: session.roles[1]!.id })).toMatchObject({ ok: true });
      await proxy.cut();
      late.disconnect();
      // the unawaited re-read of the counts fails, and the process says so instead of dying
      await node.waitForOutput(`Refreshing counts of ${session.id} failed`);
      expect(node.child.exitCode).toBeNull();
      expect((await fetch(`${node.url}/api/health`)).status).toBe(503);
      await proxy.restore();
      await eventually(async () => (await fetch(`${node.url}/api/health`)).status === 200, 'health to say 200 once the database is back');
      await answerAll(phones, session, 1, 2);
      expect(await storedReceipts(phones.flatMap((p) => p.acked))).toBe(2);
    } finally {
      presenter.disconnect();
      for (const p of phones) p.socket.disconnect();
      await node.stop();
      await proxy.cut();
    }
  });

  it('Redis down: each process keeps serving its own phones, says so in health, and its presenters catch up from PostgreSQL', async () => {
    const redis: RedisProcess = await startRedis();
    const nodes = await Promise.all([startApi({ REDIS_URL: redis.url }), startApi({ REDIS_URL: redis.url })]);
    const phones: Phone[] = [];
    let presenter: TestSocket | undefined;
    try {
      const owner = await signUp(nodes[0].url);
      const session = await liveSession(owner, { concerns: 3 });
      for (let i = 0; i < 10; i++) phones.push(new Phone(nodes[i % 2]!.url, session.joinCode, session.roles[i % 4]!.id));
      await Promise.all(phones.map((p) => p.ready()));

      await redis.stop();
      for (const n of nodes) {
        await eventually(async () => ((await (await fetch(`${n.url}/api/health`)).json()) as { redis: string }).redis === 'down', 'health to say Redis is down');
      }
      for (const n of nodes) {
        const health = await fetch(`${n.url}/api/health`).catch((err: Error) => {
          throw new Error(`${err.message}; the process said:\n${n.output().slice(-3000)}`);
        });
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ status: 'degraded', database: 'up', redis: 'down' });
      }
      await answerAll(phones, session, 0, 2);
      const acked = phones.flatMap((p) => p.acked);
      expect(await storedReceipts(acked)).toBe(20);

      // A presenter on the first process, while the second one's phones answer and the
      // first one's keep changing theirs (the room never falls quiet): the other
      // process's answers reach the presenter through PostgreSQL within seconds.
      presenter = connect(nodes[0].url, { sessionId: session.id }, owner.cookie);
      const answered = new Map<string, number>();
      presenter.on('heatmap', (h) => {
        for (const c of h.concerns.map(shownAggregate)) answered.set(c.concernId, c.answered + c.unknown);
      });
      await waitForEvent(presenter, 'heatmap');
      const busyUntil = Date.now() + 6000;
      const local = phones.filter((_, i) => i % 2 === 0);
      const remote = phones.filter((_, i) => i % 2 === 1);
      const keepBusy = Promise.all(local.map(async (p, i) => {
        for (let k = 0; Date.now() < busyUntil; k++) await Promise.all([p.answer(session.concerns[0]!.id, [session.roles[(i + k) % 4]!.id]), sleep(200)]);
      }));
      const extra = session.concerns[2]!.id;
      await Promise.all(remote.map((p) => p.answer(extra, [session.roles[0]!.id])));
      const sentAt = Date.now();
      const allShown = (h: THeatmap) => h.concerns.map(shownAggregate).some((c) => c.concernId === extra && c.answered + c.unknown === remote.length);
      if (answered.get(extra) !== remote.length) {
        // a timeout is not the failure itself: the expectations below say what was shown
        await waitForEvent(presenter, 'heatmap', { until: allShown, timeout: Math.max(1, busyUntil - Date.now()) }).catch(() => undefined);
      }
      const seenAfterMs = Date.now() - sentAt;
      const stillBusy = Date.now() < busyUntil;
      await keepBusy;
      expect({ shown: answered.get(extra), stillBusy }).toEqual({ shown: remote.length, stillBusy: true });
      expect(seenAfterMs).toBeLessThan(3000);

      // Messages to the other process fail while Redis is away: both processes live on and
      // still take an answer (whose commit is again announced to the unreachable other side).
      await Promise.all([phones[0]!, phones[1]!].map((p) => p.answer(session.concerns[1]!.id, [session.roles[2]!.id])));
      for (const n of nodes) {
        expect(n.child.exitCode).toBeNull();
        expect((await fetch(`${n.url}/api/health`)).status).toBe(200);
      }
    } finally {
      presenter?.disconnect();
      for (const p of phones) p.socket.disconnect();
      await Promise.all(nodes.map((n) => n.stop()));
    }
  });
});
