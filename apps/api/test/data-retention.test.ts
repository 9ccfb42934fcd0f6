import type { TJoinResult, TShareLink } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type ApiProcess, apiForSuite, startApi } from './support/api-process.js';
import { query } from './support/db.js';
import { createSession, createWorkshop, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { type RedisProcess, startRedis } from './support/redis.js';
import { codedErrorProblem, rawRequest } from './support/security.js';
import { type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

const FORMATS = ['png', 'svg', 'pdf', 'csv', 'xlsx', 'json', 'md'];

/** Rows of each table that belong to a session, found by the session id and by its participants' ids. */
async function rowsOf(sessionId: string, participantIds: string[]): Promise<Record<string, number>> {
  const count = async (sql: string, params: unknown[]) => (await query<{ n: number }>(sql, params))[0]!.n;
  return {
    session: await count('SELECT count(*)::int AS n FROM session WHERE id = $1', [sessionId]),
    session_role: await count('SELECT count(*)::int AS n FROM session_role WHERE session_id = $1', [sessionId]),
    session_concern: await count('SELECT count(*)::int AS n FROM session_concern WHERE session_id = $1', [sessionId]),
    participant: await count('SELECT count(*)::int AS n FROM participant WHERE session_id = $1 OR id = ANY($2::uuid[])', [sessionId, participantIds]),
    answer: await count('SELECT count(*)::int AS n FROM answer WHERE session_id = $1 OR participant_id = ANY($2::uuid[])', [sessionId, participantIds]),
    answer_receipt: await count('SELECT count(*)::int AS n FROM answer_receipt WHERE session_id = $1 OR participant_id = ANY($2::uuid[])', [sessionId, participantIds]),
    share_link: await count('SELECT count(*)::int AS n FROM share_link WHERE session_id = $1', [sessionId]),
  };
}

describe('deleting a session deletes everything of it', () => {
  const api = apiForSuite({ RATE_LIMIT_EXPORTS_PER_MINUTE: '1000' });
  let owner: ApiClient;
  const sockets: TestSocket[] = [];
  const open = (auth: Record<string, string>, cookie?: string) => {
    const s = connect(api.url, auth, cookie);
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    owner = await signUp(api.url);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  /** A started session with three phones that answered twice each (a replaced answer leaves a receipt), a live link and a revoked one. */
  async function populated(workshopId?: string) {
    const session = await createSession(owner, workshopId ?? (await createWorkshop(owner)).id, { anonymity: 'named' });
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' });
    const phones: { socket: TestSocket; joined: TJoinResult }[] = [];
    for (let i = 0; i < 3; i++) {
      const socket = open({ joinCode: session.joinCode });
      await connected(socket);
      const joined = await request<{ ok: true } & TJoinResult>(socket, 'participant:join', { roleId: session.roles[i % 2]!.id, name: `Person ${i}` });
      for (const choice of ['nobody', 'unknown']) {
        expect(await request(socket, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice })).toMatchObject({ ok: true });
      }
      expect(await request(socket, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[1]!.id, choice: 'owners', owners: [session.roles[0]!.id] })).toMatchObject({ ok: true });
      phones.push({ socket, joined });
    }
    const link = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;
    const revoked = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;
    await owner.delete(`/api/sessions/${session.id}/share/${revoked.token}`);
    return { session, phones, link, participantIds: phones.map((p) => p.joined.participantId) };
  }

  it('session, participants, answers, receipts and share links are gone from PostgreSQL; its links and exports answer 404; live sockets are told and dropped', async () => {
    const { session, phones, link, participantIds } = await populated();
    const kept = await populated();
    const keptBefore = await rowsOf(kept.session.id, kept.participantIds);
    expect(await rowsOf(session.id, participantIds)).toEqual({ session: 1, session_role: 3, session_concern: 4, participant: 3, answer: 6, answer_receipt: 9, share_link: 2 });
    for (const format of FORMATS) expect((await rawRequest(api.url, 'GET', `/api/reports/${link.token}/export.${format}`)).status).toBe(200);

    const presenter = open({ sessionId: session.id }, owner.cookie);
    const viewer = open({ shareToken: link.token });
    await Promise.all([connected(presenter), connected(viewer)]);
    const live = [...phones.map((p) => p.socket), presenter, viewer];
    const told = live.map((s) => waitForEvent(s, 'session:closed'));
    const dropped = live.map((s) => new Promise<string>((resolve) => s.once('disconnect', (reason: string) => resolve(reason))));

    const deleted = await owner.delete(`/api/sessions/${session.id}`);
    expect(deleted.status).toBe(204);

    expect(await Promise.all(told)).toEqual(live.map(() => ({ sessionId: session.id })));
    expect(await Promise.all(dropped)).toEqual(live.map(() => 'io server disconnect'));

    expect(await rowsOf(session.id, participantIds)).toEqual({ session: 0, session_role: 0, session_concern: 0, participant: 0, answer: 0, answer_receipt: 0, share_link: 0 });
    // no other session lost anything
    expect(await rowsOf(kept.session.id, kept.participantIds)).toEqual(keptBefore);

    const gone: [string, string, string][] = [
      ['GET', `/api/sessions/${session.id}`, 'session/not-found'],
      ['GET', `/api/sessions/${session.id}/heatmap`, 'session/not-found'],
      ['POST', `/api/sessions/${session.id}/actions`, 'session/not-found'],
      ['POST', `/api/sessions/${session.id}/share`, 'session/not-found'],
      ['DELETE', `/api/sessions/${session.id}`, 'session/not-found'],
      ['GET', `/api/reports/${link.token}`, 'report/not-found'],
      ...FORMATS.map((f): [string, string, string] => ['GET', `/api/sessions/${session.id}/export.${f}`, 'session/not-found']),
      ...FORMATS.map((f): [string, string, string] => ['GET', `/api/reports/${link.token}/export.${f}`, 'report/not-found']),
    ];
    for (const [method, path, code] of gone) {
      const res = await rawRequest(api.url, method, path, { cookie: path.startsWith('/api/reports') ? undefined : owner.cookie, body: method !== 'POST' ? undefined : path.endsWith('/actions') ? { action: 'start' } : {} });
      expect([method, path, res.status, (res.json as { code?: string }).code]).toEqual([method, path, 404, code]);
      expect(codedErrorProblem(res.status, res.json, res.text)).toBeNull();
    }
    const refused = async (auth: Record<string, string>, cookie?: string) => {
      try {
        await connected(open(auth, cookie));
        return 'connected';
      } catch (err) {
        return (err as { data?: { code?: string } }).data?.code;
      }
    };
    expect(await refused({ joinCode: session.joinCode })).toBe('session/not-found');
    expect(await refused({ sessionId: session.id }, owner.cookie)).toBe('session/not-found');
    expect(await refused({ shareToken: link.token })).toBe('report/not-found');
  });

  it('deleting a workshop deletes its sessions the same way, receipts included', async () => {
    const workshop = await createWorkshop(owner);
    const first = await populated(workshop.id);
    const second = await populated(workshop.id);
    const told = first.phones.map((p) => waitForEvent(p.socket, 'session:closed'));
    expect((await owner.delete(`/api/workshops/${workshop.id}`)).status).toBe(204);
    await Promise.all(told);
    for (const s of [first, second]) {
      expect(await rowsOf(s.session.id, s.participantIds)).toEqual({ session: 0, session_role: 0, session_concern: 0, participant: 0, answer: 0, answer_receipt: 0, share_link: 0 });
    }
  });

  it('only the owner can delete: another facilitator is refused and nothing is deleted', async () => {
    const { session, participantIds } = await populated();
    const before = await rowsOf(session.id, participantIds);
    const stranger = await signUp(api.url);
    expect((await stranger.delete(`/api/sessions/${session.id}`)).status).toBe(404);
    expect(await rowsOf(session.id, participantIds)).toEqual(before);
  });
});

/** A counter of one process's /metrics, summed over its label sets (0 when absent). */
async function counter(api: ApiProcess, name: string): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name} `) || line.startsWith(`${name}{`))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

/** Polls the processes' metrics until every one has finished a retention run (ran or skipped). */
async function retentionRan(processes: ApiProcess[], timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const runs = await Promise.all(processes.map((p) => counter(p, 'thinline_retention_runs_total')));
    if (runs.every((n) => n >= 1)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no retention run was recorded in time');
}

describe('RETENTION_DAYS deletes closed sessions older than that, one process at a time', () => {
  let redis: RedisProcess;
  let api: ApiProcess;
  let owner: ApiClient;
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    // The process the people are on; it keeps everything (no RETENTION_DAYS).
    api = await startApi({ REDIS_URL: redis.url, RATE_LIMIT_EXPORTS_PER_MINUTE: '1000' });
    owner = await signUp(api.url);
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await api?.stop();
    await redis?.stop();
  });

  /** A session two phones answered, with a share link; closed `closedDaysAgo` days ago, or left open (created long ago). */
  async function aged(closedDaysAgo: number | 'open') {
    const session = await createSession(owner, (await createWorkshop(owner)).id);
    await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start' });
    const participantIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      const socket = connect(api.url, { joinCode: session.joinCode });
      sockets.push(socket);
      await connected(socket);
      participantIds.push((await request<{ ok: true } & TJoinResult>(socket, 'participant:join', { roleId: session.roles[i]!.id })).participantId);
      expect(await request(socket, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'nobody' })).toMatchObject({ ok: true });
      socket.disconnect();
    }
    const link = (await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {})).body;
    if (closedDaysAgo === 'open') {
      await query(`UPDATE session SET created_at = now() - interval '400 days' WHERE id = $1`, [session.id]);
    } else {
      await owner.post(`/api/sessions/${session.id}/actions`, { action: 'close' });
      await query(`UPDATE session SET closed_at = now() - make_interval(days => $2) WHERE id = $1`, [session.id, closedDaysAgo]);
    }
    return { session, link, participantIds };
  }

  it('deletes everything of a session closed 40 days ago with RETENTION_DAYS=30, keeps one closed 10 days ago and an open one, tells its live viewers; skips while another process holds the lock', async () => {
    const old = await aged(40);
    const recent = await aged(10);
    const open = await aged('open');
    const before = { recent: await rowsOf(recent.session.id, recent.participantIds), open: await rowsOf(open.session.id, open.participantIds) };
    expect(await rowsOf(old.session.id, old.participantIds)).toEqual({ session: 1, session_role: 3, session_concern: 4, participant: 2, answer: 2, answer_receipt: 2, share_link: 1 });
    // A manager still has the old session's report open.
    const viewer = connect(api.url, { shareToken: old.link.token });
    sockets.push(viewer);
    await connected(viewer);
    // Listening starts before three API processes start and run (a minute or more on a busy machine).
    const told = waitForEvent(viewer, 'session:closed', { timeout: 170_000 });
    const dropped = new Promise<string>((resolve) => viewer.once('disconnect', (reason: string) => resolve(reason)));

    // Another process holds the retention lock: a process starting now skips its run and deletes nothing.
    const holder = new pg.Client({ connectionString: process.env.THINLINE_TEST_DATABASE_URL });
    await holder.connect();
    try {
      await holder.query("SELECT pg_advisory_lock(hashtext('thinline.retention'))");
      const blocked = await startApi({ REDIS_URL: redis.url, RETENTION_DAYS: '30' });
      try {
        await retentionRan([blocked]);
        expect(await counter(blocked, 'thinline_retention_runs_total{outcome="skipped"}')).toBe(1);
        expect(await counter(blocked, 'thinline_retention_sessions_deleted_total')).toBe(0);
      } finally {
        await blocked.stop();
      }
      expect((await rowsOf(old.session.id, old.participantIds)).session).toBe(1);
    } finally {
      await holder.end();
    }

    // Two processes start together: between them the old session is deleted once.
    const [first, second] = await Promise.all([startApi({ REDIS_URL: redis.url, RETENTION_DAYS: '30' }), startApi({ REDIS_URL: redis.url, RETENTION_DAYS: '30' })]);
    try {
      await retentionRan([first, second]);
      const deleted = (await counter(first, 'thinline_retention_sessions_deleted_total')) + (await counter(second, 'thinline_retention_sessions_deleted_total'));
      expect(deleted).toBe(1);
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }

    expect(await rowsOf(old.session.id, old.participantIds)).toEqual({ session: 0, session_role: 0, session_concern: 0, participant: 0, answer: 0, answer_receipt: 0, share_link: 0 });
    expect(await rowsOf(recent.session.id, recent.participantIds)).toEqual(before.recent);
    expect(await rowsOf(open.session.id, open.participantIds)).toEqual(before.open);
    expect(await told).toEqual({ sessionId: old.session.id });
    expect(await dropped).toBe('io server disconnect');
    for (const path of [`/api/reports/${old.link.token}`, ...FORMATS.map((f) => `/api/reports/${old.link.token}/export.${f}`)]) {
      const res = await rawRequest(api.url, 'GET', path);
      expect([path, res.status, (res.json as { code?: string }).code]).toEqual([path, 404, 'report/not-found']);
    }
    expect((await rawRequest(api.url, 'GET', `/api/sessions/${old.session.id}`, { cookie: owner.cookie })).status).toBe(404);
    expect((await rawRequest(api.url, 'GET', `/api/reports/${recent.link.token}`)).status).toBe(200);
  }, 180_000);
});
