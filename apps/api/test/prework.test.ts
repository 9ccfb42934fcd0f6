import { randomUUID } from 'node:crypto';
import type { THeatmap, TJoinResult, TSession, TSessionProgress, TSessionSummary } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { query } from './support/db.js';
import { createSession, liveSession, signUp, startSession } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';
import { type TestSocket, connect, connected, request, waitForEvent } from './support/sockets.js';

type Ack = { ok: boolean; code?: string; message?: string; answerId?: string };

const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

describe('pre-work: a closing time on a session', () => {
  const server = apiForSuite();
  let owner: ApiClient;
  const sockets: TestSocket[] = [];

  const phone = async (session: TSession, roleIndex = 0) => {
    const s = connect(server.url, { joinCode: session.joinCode });
    sockets.push(s);
    await connected(s);
    const joined = await request<{ ok: true } & TJoinResult>(s, 'participant:join', { roleId: session.roles[roleIndex]!.id });
    expect(joined.ok).toBe(true);
    return { socket: s, joined };
  };
  const answer = (s: TestSocket, session: TSession, concernIndex = 0) =>
    request<Ack>(s, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[concernIndex]!.id, choice: 'owners', owners: [session.roles[0]!.id] });
  const stored = async (participantId: string) => (await query<{ round: number }>('SELECT round FROM answer WHERE participant_id = $1 ORDER BY round', [participantId])).map((r) => r.round);
  const patch = (sessionId: string, body: unknown) => owner.patch<TSession>(`/api/sessions/${sessionId}`, body);

  beforeAll(async () => {
    owner = await signUp(server.url);
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  it('takes closesAt on create: the session carries it, and round 1 is labelled pre-work', async () => {
    const closesAt = new Date(Date.now() + 3 * 86_400_000);
    const session = await liveSession(owner, { settings: { closesAt: closesAt.toISOString() } });
    expect(session.settings.closesAt).toBe(closesAt.toISOString());
    expect(session.state).toMatchObject({ closesAt: closesAt.toISOString(), answeringClosed: false, rounds: [{ round: 1, label: 'pre-work' }] });
    // the phone gets the same in its join answer
    const { joined } = await phone(session);
    expect(joined.session.state).toMatchObject({ closesAt: closesAt.toISOString(), answeringClosed: false, rounds: [{ round: 1, label: 'pre-work' }] });

    const plain = await liveSession(owner);
    expect(plain.settings.closesAt).toBeNull();
    expect(plain.state).toMatchObject({ closesAt: null, answeringClosed: false, rounds: [{ round: 1, label: null }] });
  });

  it('refuses a closing time in the past or unparseable with 400 session/invalid-closes-at', async () => {
    const workshopId = (await liveSession(owner)).workshopId;
    for (const closesAt of [new Date(Date.now() - 60_000).toISOString(), 'next Thursday', '2026-13-45T25:00:00Z', '2030-12-03', '2030-12-03T14:00:00']) {
      const res = await owner.post(`/api/workshops/${workshopId}/sessions`, { closesAt });
      expect({ closesAt, status: res.status, code: res.body.code }).toEqual({ closesAt, status: 400, code: 'session/invalid-closes-at' });
    }
    const session = await createSession(owner, workshopId);
    const res = await patch(session.id, { closesAt: new Date(Date.now() - 1000).toISOString() });
    expect([res.status, (res.body as unknown as { code: string }).code]).toEqual([400, 'session/invalid-closes-at']);
    // neither both nor nothing
    expect((await patch(session.id, {})).status).toBe(400);
    expect((await patch(session.id, { closesAt: inSeconds(60), closeNow: true })).status).toBe(400);
  });

  it('changes, removes and closes now from the control room; a passed closing can no longer change (409)', async () => {
    const session = await liveSession(owner);
    const later = inSeconds(3600);
    const set = await patch(session.id, { closesAt: later });
    expect(set.status).toBe(200);
    expect(set.body.state).toMatchObject({ closesAt: new Date(later).toISOString(), rounds: [{ round: 1, label: 'pre-work' }] });

    const removed = await patch(session.id, { closesAt: null });
    expect(removed.body.settings.closesAt).toBeNull();
    expect(removed.body.state).toMatchObject({ closesAt: null, answeringClosed: false, rounds: [{ round: 1, label: null }] });

    await patch(session.id, { closesAt: later });
    const { socket } = await phone(session);
    const told = waitForEvent(socket, 'session:state', { until: (s) => s.answeringClosed });
    const now = await patch(session.id, { closeNow: true });
    expect(now.status).toBe(200);
    expect(now.body.state.answeringClosed).toBe(true);
    expect(now.body.state.concerns.every((c) => c.state === 'locked')).toBe(true);
    expect((await told).concerns.every((c) => c.state === 'locked')).toBe(true);

    for (const body of [{ closesAt: inSeconds(3600) }, { closesAt: null }, { closeNow: true }]) {
      const res = await patch(session.id, body);
      expect([res.status, (res.body as unknown as { code: string }).code]).toEqual([409, 'session/answering-closed']);
    }
    // and the facilitator cannot reopen a concern of the closed round
    const reopen = await owner.post(`/api/sessions/${session.id}/actions`, { action: 'open', concernId: session.concerns[0]!.id });
    expect([reopen.status, reopen.body.code]).toEqual([409, 'session/invalid-state']);

    const closed = await liveSession(owner);
    await owner.post(`/api/sessions/${closed.id}/actions`, { action: 'close' });
    const late = await patch(closed.id, { closesAt: inSeconds(3600) });
    expect([late.status, (late.body as unknown as { code: string }).code]).toEqual([409, 'session/closed']);
  });

  it('refuses an answer a second after closing with answer/locked and stores nothing; the next round answers as usual', async () => {
    const session = await liveSession(owner, { settings: { closesAt: inSeconds(2) } });
    const { socket, joined } = await phone(session);
    expect(await answer(socket, session, 0)).toMatchObject({ ok: true });

    await new Promise((r) => setTimeout(r, Math.max(0, new Date(session.settings.closesAt!).getTime() + 1000 - Date.now())));
    const late = await answer(socket, session, 1);
    expect(late).toMatchObject({ ok: false, code: 'answer/locked' });
    expect(await stored(joined.participantId)).toEqual([1]);
    expect(await query('SELECT 1 FROM answer_receipt WHERE answer_id = $1', [(late as { answerId?: string }).answerId ?? randomUUID()])).toEqual([]);

    // the facilitator starts the live round: labelled, open again, and answers count
    const live = await owner.post<TSession>(`/api/sessions/${session.id}/actions`, { action: 'next-round', label: 'live' });
    expect(live.status).toBe(200);
    expect(live.body.state).toMatchObject({ round: 2, closesAt: null, answeringClosed: false, rounds: [{ round: 1, label: 'pre-work' }, { round: 2, label: 'live' }] });
    expect(live.body.settings.closesAt).toBe(session.settings.closesAt);
    expect(await answer(socket, session, 1)).toMatchObject({ ok: true });
    expect(await stored(joined.participantId)).toEqual([1, 2]);

    // labels travel with the heatmap, and with the workshop's list of sessions (what its history reads)
    const heatmap = await owner.get<THeatmap>(`/api/sessions/${session.id}/heatmap?round=1`);
    expect(heatmap.body.rounds).toEqual([{ round: 1, label: 'pre-work' }, { round: 2, label: 'live' }]);
    const list = await owner.get<TSessionSummary[]>(`/api/workshops/${session.workshopId}/sessions`);
    expect(list.body.find((s) => s.id === session.id)?.rounds).toEqual([{ round: 1, label: 'pre-work' }, { round: 2, label: 'live' }]);
  });

  it('takes a label only with next-round', async () => {
    const session = await liveSession(owner);
    const bad = await owner.post(`/api/sessions/${session.id}/actions`, { action: 'start', label: 'live' });
    expect([bad.status, bad.body.code]).toEqual([400, 'validation/invalid']);
    const blank = await owner.post(`/api/sessions/${session.id}/actions`, { action: 'next-round', label: '   ' });
    expect(blank.status).toBe(400);
    const plain = await owner.post<TSession>(`/api/sessions/${session.id}/actions`, { action: 'next-round' });
    expect(plain.body.state.rounds).toEqual([{ round: 1, label: null }, { round: 2, label: null }]);
  });

  it('counts progress by role: answered all, some, none', async () => {
    const session = await startSession(owner, (await createSession(owner, (await liveSession(owner, { start: false })).workshopId, { closesAt: inSeconds(3600) })).id);
    const [a, b, c] = [await phone(session, 0), await phone(session, 0), await phone(session, 1)];
    for (let i = 0; i < session.concerns.length; i++) expect((await answer(a.socket, session, i)).ok).toBe(true);
    expect((await answer(b.socket, session, 2)).ok).toBe(true);
    void c;
    const res = await owner.get<TSessionProgress>(`/api/sessions/${session.id}/progress`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sessionId: session.id,
      round: 1,
      concerns: session.concerns.length,
      participants: 3,
      roles: [
        { roleId: session.roles[0]!.id, participants: 2, all: 1, some: 1, none: 0 },
        { roleId: session.roles[1]!.id, participants: 1, all: 0, some: 0, none: 1 },
        { roleId: session.roles[2]!.id, participants: 0, all: 0, some: 0, none: 0 },
        { roleId: session.roles[3]!.id, participants: 0, all: 0, some: 0, none: 0 },
      ],
    });
  });
});
