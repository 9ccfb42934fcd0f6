import { randomUUID } from 'node:crypto';
import type { TJoinResult, TSession, TSessionState } from '@thinline/shared';
import { type ApiProcess, startApi } from './support/api-process.js';
import { query } from './support/db.js';
import { liveSession, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { eventually } from './support/wait.js';
import { type RedisProcess, startRedis } from './support/redis.js';
import { type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

type Ack = { ok: boolean; code?: string; answerId?: string };
type Joined = { ok: true } & TJoinResult;

/**
 * The closing time on more than one process: PostgreSQL is its record, so whichever
 * process holds a phone refuses a late answer, one process tells the whole room through
 * Redis, and a process restarted (or started after the closing) keeps the schedule.
 */
describe('pre-work closing across two API processes with Redis', () => {
  let redis: RedisProcess;
  let nodes: ApiProcess[] = [];
  const sockets: TestSocket[] = [];
  // info: the scheduler's "Answering closed" line says which process claimed each closing
  const env = () => ({ REDIS_URL: redis.url, LOG_LEVEL: 'info' });

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await Promise.all(nodes.splice(0).map((n) => n.stop()));
  });
  afterAll(async () => {
    await redis?.stop();
  });

  const phone = async (node: ApiProcess, session: TSession, payload: Record<string, unknown>) => {
    const socket = connect(node.url, { joinCode: session.joinCode });
    sockets.push(socket);
    await connected(socket);
    const joined = await request<Joined>(socket, 'participant:join', payload);
    expect(joined.ok).toBe(true);
    return { socket, joined };
  };
  const answer = (s: TestSocket, session: TSession, concernIndex: number) =>
    request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[concernIndex]!.id, choice: 'owners', owners: [session.roles[1]!.id] });
  const storedConcerns = async (sessionId: string) =>
    (await query<{ concern_id: string }>('SELECT concern_id::text FROM answer WHERE session_id = $1 ORDER BY concern_id', [sessionId])).map((r) => r.concern_id);
  const claimsIn = (n: ApiProcess, sessionId: string) => n.output().split('\n').filter((l) => l.includes('Answering closed at the closing time') && l.includes(sessionId)).length;
  const untilClosed = (s: TSessionState) => s.answeringClosed && s.concerns.every((c) => c.state === 'locked');

  /**
   * A live session with a phone on each process, a closing time two seconds ahead set by
   * `owner` (through whichever process it talks to), and one answer stored through each.
   */
  async function closingRoom(a: ApiProcess, b: ApiProcess, owner: ApiClient) {
    const session = await liveSession(owner);
    const onA = await phone(a, session, { roleId: session.roles[0]!.id });
    const onB = await phone(b, session, { roleId: session.roles[1]!.id });
    const closesAt = new Date(Date.now() + 2000);
    expect((await owner.patch(`/api/sessions/${session.id}`, { closesAt: closesAt.toISOString() })).status).toBe(200);
    expect(await answer(onA.socket, session, 0)).toMatchObject({ ok: true });
    expect(await answer(onB.socket, session, 1)).toMatchObject({ ok: true });
    return { session, onA, onB, closesAt };
  }

  it('tells the phones on both processes at the closing time, one process announcing it', async () => {
    nodes = await Promise.all([startApi({ ...env(), NODE_NAME: 'a' }), startApi({ ...env(), NODE_NAME: 'b' })]);
    const [a, b] = nodes as [ApiProcess, ApiProcess];
    const { session, onA, onB, closesAt } = await closingRoom(a, b, await signUp(a.url));

    const timeout = closesAt.getTime() - Date.now() + 5000;
    const [toldA, toldB] = await Promise.all([
      waitForEvent(onA.socket, 'session:state', { until: untilClosed, timeout }),
      waitForEvent(onB.socket, 'session:state', { until: untilClosed, timeout }),
    ]);
    // pushed at that moment: within the scheduler's look (500 ms) and a broadcast of it
    expect(Date.now() - closesAt.getTime()).toBeLessThan(1500);
    expect([toldA.closesAt, toldB.closesAt]).toEqual([closesAt.toISOString(), closesAt.toISOString()]);
    expect(nodes.map((n) => claimsIn(n, session.id)).reduce((x, y) => x + y, 0)).toBe(1);

    await new Promise((r) => setTimeout(r, Math.max(0, closesAt.getTime() + 1000 - Date.now())));
    expect(await answer(onA.socket, session, 2)).toMatchObject({ ok: false, code: 'answer/locked' });
    expect(await answer(onB.socket, session, 3)).toMatchObject({ ok: false, code: 'answer/locked' });
    expect(await storedConcerns(session.id)).toEqual([session.concerns[0]!.id, session.concerns[1]!.id].sort());
  });

  it('stores answers through each process before the closing time and refuses them through each after, with a restart in between', async () => {
    // b never looks for closings itself (once a minute): what its phone is told comes from a's
    // claim through Redis, and what it refuses comes from the record alone
    nodes = await Promise.all([startApi({ ...env(), NODE_NAME: 'a' }), startApi({ ...env(), NODE_NAME: 'b', CLOSING_CHECK_MS: '60000' })]);
    const [a, b] = nodes as [ApiProcess, ApiProcess];
    // the closing time is set through b
    const owner: ApiClient = await signUp(b.url);
    const { session, onA, onB, closesAt } = await closingRoom(a, b, owner);

    // a, the only process that announces, restarts across the closing time
    const toldB = waitForEvent(onB.socket, 'session:state', { until: untilClosed, timeout: 30000 });
    await a.stop();
    await new Promise((r) => setTimeout(r, Math.max(0, closesAt.getTime() + 1000 - Date.now())));
    // meanwhile b refuses by the record, with nobody having announced anything
    expect(await answer(onB.socket, session, 2)).toMatchObject({ ok: false, code: 'answer/locked' });
    nodes[0] = await startApi({ ...env(), NODE_NAME: 'a2' });
    const a2 = nodes[0];

    // the restarted process finds the passed closing in PostgreSQL, claims it, and b's phone hears it
    expect((await toldB).closesAt).toBe(closesAt.toISOString());
    expect(claimsIn(a2, session.id)).toBe(1);
    expect(claimsIn(b, session.id)).toBe(0);
    const back = await phone(a2, session, { resumeToken: onA.joined.resumeToken });
    expect(back.joined.participantId).toBe(onA.joined.participantId);
    expect(back.joined.session.state.answeringClosed).toBe(true);
    expect(await answer(back.socket, session, 3)).toMatchObject({ ok: false, code: 'answer/locked' });
    expect(await answer(onB.socket, session, 3)).toMatchObject({ ok: false, code: 'answer/locked' });
    expect(await storedConcerns(session.id)).toEqual([session.concerns[0]!.id, session.concerns[1]!.id].sort());

    // the live round opens as usual through either process
    const next = await owner.post<TSession>(`/api/sessions/${session.id}/actions`, { action: 'next-round', label: 'live' });
    expect(next.body.state.rounds).toEqual([{ round: 1, label: 'pre-work' }, { round: 2, label: 'live' }]);
    expect(await answer(back.socket, session, 3)).toMatchObject({ ok: true });
    expect(await answer(onB.socket, session, 3)).toMatchObject({ ok: true });
  });

  it('refuses a late answer by the database clock even before any process has announced the closing', async () => {
    // a process that looks only once a minute: the answer statement alone must refuse
    nodes = [await startApi({ ...env(), CLOSING_CHECK_MS: '60000' })];
    const [a] = nodes as [ApiProcess];
    const owner = await signUp(a.url);
    const session = await liveSession(owner);
    const p = await phone(a, session, { roleId: session.roles[0]!.id });
    await owner.patch(`/api/sessions/${session.id}`, { closesAt: new Date(Date.now() + 1500).toISOString() });
    expect(await answer(p.socket, session, 0)).toMatchObject({ ok: true });
    await new Promise((r) => setTimeout(r, 2500));
    // not yet announced: the concerns are still open in the record
    expect((await query<{ state: string }>('SELECT state::text FROM session_concern WHERE session_id = $1', [session.id])).map((r) => r.state)).toContain('open');
    expect(await answer(p.socket, session, 1)).toMatchObject({ ok: false, code: 'answer/locked' });
    expect(await storedConcerns(session.id)).toEqual([session.concerns[0]!.id]);
  });

  it('applies a closing that passed while no process ran, as soon as one starts', async () => {
    nodes = [await startApi(env())];
    const owner = await signUp(nodes[0]!.url);
    const session = await liveSession(owner);
    await owner.patch(`/api/sessions/${session.id}`, { closesAt: new Date(Date.now() + 1500).toISOString() });
    await nodes[0]!.stop();
    nodes = [];
    await new Promise((r) => setTimeout(r, 2500));

    nodes = [await startApi(env())];
    const p = await phone(nodes[0]!, session, { roleId: session.roles[0]!.id });
    const state = p.joined.session.state;
    expect(state.answeringClosed).toBe(true);
    expect(await answer(p.socket, session, 0)).toMatchObject({ ok: false, code: 'answer/locked' });
    // the process claimed it at start: the concerns are locked in the record
    const states = async () => (await query<{ state: string }>('SELECT DISTINCT state::text FROM session_concern WHERE session_id = $1', [session.id])).map((r) => r.state);
    await eventually(async () => (await states()).join() === 'locked', 'the concerns locked by the restarted process');
    expect(claimsIn(nodes[0]!, session.id)).toBe(1);
    expect(await storedConcerns(session.id)).toEqual([]);
  });
});
