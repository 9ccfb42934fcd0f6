import type { TJoinResult, TShareLink } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { query } from './support/db.js';
import { createSession, createWorkshop, signUp } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
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
