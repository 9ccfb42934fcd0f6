import { DEFAULT_SETTINGS, JOIN_CODE_ALPHABET, type TSession, type TSessionSummary, type TWorkshop } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, withDatabase } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';

describe('a facilitator runs a session', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10000' });
  let me: ApiClient;

  beforeAll(async () => {
    me = await signUp(api.url);
  });

  const act = (sessionId: string, action: string, concernId?: string) => me.post<TSession>(`/api/sessions/${sessionId}/actions`, concernId ? { action, concernId } : { action });
  const read = (sessionId: string) => me.get<TSession>(`/api/sessions/${sessionId}`);
  const states = (session: TSession) => session.state.concerns.map((c) => `${c.state}${c.revealed ? '+revealed' : ''}`);

  it('from sign-up to a closed session: template, edit, start, every action, close', async () => {
    // Build the workshop from the template and make it ours.
    const w = await createWorkshop(me, { templateId: 'de-vs-mlops' });
    const edited = await me.patch<TWorkshop>(`/api/workshops/${w.id}`, { concerns: w.concerns.slice(0, 4).reverse() });
    expect(edited.status).toBe(200);
    const [c1, c2, c3, c4] = edited.body.concerns.map((c) => c.id) as [string, string, string, string];

    // A facilitator-led session in the lobby: snapshot with the workshop's ids, nothing open yet.
    const created = await me.post<TSession>(`/api/workshops/${w.id}/sessions`, { pacing: 'facilitator-led', threshold: 0.6 });
    expect(created.status).toBe(201);
    const s = created.body;
    expect(s).toMatchObject({
      workshopId: w.id,
      title: w.title,
      status: 'lobby',
      roles: edited.body.roles,
      concerns: edited.body.concerns,
      settings: { ...DEFAULT_SETTINGS, pacing: 'facilitator-led', threshold: 0.6 },
      participants: 0,
      startedAt: null,
      closedAt: null,
      state: { sessionId: s.id, status: 'lobby', pacing: 'facilitator-led', round: 1, currentConcernId: null },
    });
    expect(s.joinCode).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(states(s)).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect((await read(s.id)).body).toEqual(s);

    // Start: the first concern opens and the room follows it.
    let r = await act(s.id, 'start');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'live', state: { status: 'live', currentConcernId: c1 } });
    expect(r.body.startedAt).not.toBeNull();
    expect(states(r.body)).toEqual(['open', 'pending', 'pending', 'pending']);
    expect((await act(s.id, 'start')).body).toEqual({ code: 'session/invalid-state', message: 'The session is already live.' });
    expect((await act(s.id, 'previous')).status).toBe(409);

    r = await act(s.id, 'lock', c1);
    expect(states(r.body)).toEqual(['locked', 'pending', 'pending', 'pending']);
    r = await act(s.id, 'reveal', c1);
    expect(states(r.body)).toEqual(['locked+revealed', 'pending', 'pending', 'pending']);
    r = await act(s.id, 'next');
    expect(r.body.state.currentConcernId).toBe(c2);
    expect(states(r.body)).toEqual(['locked+revealed', 'open', 'pending', 'pending']);
    r = await act(s.id, 'goto', c4);
    expect(r.body.state.currentConcernId).toBe(c4);
    expect(states(r.body)).toEqual(['locked+revealed', 'open', 'pending', 'open']);
    const atEnd = await act(s.id, 'next');
    expect(atEnd.status).toBe(409);
    expect(atEnd.body).toEqual({ code: 'session/invalid-state', message: 'This is already the last concern.' });
    r = await act(s.id, 'previous');
    expect(r.body.state.currentConcernId).toBe(c3);
    r = await act(s.id, 'hide', c1);
    expect(states(r.body)).toEqual(['locked', 'open', 'open', 'open']);
    r = await act(s.id, 'open', c1);
    expect(states(r.body)).toEqual(['open', 'open', 'open', 'open']);
    expect((await act(s.id, 'open', c1)).body.message).toBe('This concern is already open.');
    r = await act(s.id, 'reveal', c2);
    expect(states(r.body)).toEqual(['open', 'open+revealed', 'open', 'open']);

    // Another round: everything hidden, back to the first concern.
    r = await act(s.id, 'next-round');
    expect(r.body.state).toMatchObject({ round: 2, currentConcernId: c1 });
    expect(states(r.body)).toEqual(['open', 'pending', 'pending', 'pending']);

    // Close: every concern locked, the time stamped; nothing but reveal / hide after that.
    r = await act(s.id, 'close');
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('closed');
    expect(r.body.closedAt).not.toBeNull();
    expect(states(r.body)).toEqual(['locked', 'locked', 'locked', 'locked']);
    for (const [action, concernId] of [['start'], ['close'], ['open', c1], ['lock', c1], ['goto', c2], ['next'], ['previous'], ['next-round']] as const) {
      const refused = await act(s.id, action, concernId);
      expect([action, refused.status, refused.body.code]).toEqual([action, 409, 'session/closed']);
    }
    r = await act(s.id, 'reveal', c3);
    expect(r.status).toBe(200);
    expect(states(r.body)).toEqual(['locked', 'locked', 'locked+revealed', 'locked']);

    // The dashboard lists it, and the workshop edit after the start never touched it.
    await me.patch(`/api/workshops/${w.id}`, { title: 'Renamed later', concerns: [{ title: 'Only one' }] });
    const after = (await read(s.id)).body;
    expect(after.title).toBe(w.title);
    expect(after.concerns).toEqual(edited.body.concerns);
    const list = await me.get<TSessionSummary[]>(`/api/workshops/${w.id}/sessions`);
    expect(list.body).toEqual([{ id: s.id, title: w.title, status: 'closed', joinCode: s.joinCode, createdAt: s.createdAt, closedAt: after.closedAt, participants: 0, rounds: [{ round: 1, label: null }, { round: 2, label: null }], locale: 'en' }]);
  });

  it('self-paced: every concern is open from the start; goto / next / previous are refused with why', async () => {
    const w = await createWorkshop(me);
    const s = await createSession(me, w.id);
    expect(s.settings).toEqual({ ...DEFAULT_SETTINGS, closesAt: null });
    expect(states(s)).toEqual(['open', 'open', 'open', 'open']);
    const [first, second] = s.concerns as [TSession['concerns'][number], TSession['concerns'][number]];
    const early = await act(s.id, 'lock', first.id);
    expect(early.body).toEqual({ code: 'session/invalid-state', message: 'Start the session before you lock a concern.' });

    const live = await act(s.id, 'start');
    expect(live.body.state.currentConcernId).toBeNull();
    expect(states(live.body)).toEqual(['open', 'open', 'open', 'open']);
    for (const [action, concernId] of [['goto', second.id], ['next'], ['previous']] as const) {
      const refused = await act(s.id, action, concernId);
      expect(refused.status).toBe(409);
      expect(refused.body.message).toMatch(/self-paced/);
    }
    await act(s.id, 'lock', first.id);
    await act(s.id, 'reveal', first.id);
    const round2 = await act(s.id, 'next-round');
    expect(round2.body.state.round).toBe(2);
    expect(states(round2.body)).toEqual(['open', 'open', 'open', 'open']);
  });

  it('a session can be closed straight from the lobby', async () => {
    const s = await createSession(me, (await createWorkshop(me)).id);
    const closed = await act(s.id, 'close');
    expect(closed.body).toMatchObject({ status: 'closed', startedAt: null });
    expect(closed.body.closedAt).not.toBeNull();
  });

  it('refuses unknown concerns (404 concern/not-found), bad actions and missing concern ids (400)', async () => {
    const s = await createSession(me, (await createWorkshop(me)).id);
    await act(s.id, 'start');
    const unknown = await act(s.id, 'lock', randomUUID());
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('concern/not-found');
    const bad = await me.post(`/api/sessions/${s.id}/actions`, { action: 'explode' });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation/invalid');
    expect(bad.body.message).toMatch(/^action: /);
    const missing = await act(s.id, 'lock');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('concernId');
    const notAnId = await me.post(`/api/sessions/${s.id}/actions`, { action: 'lock', concernId: 'c1' });
    expect(notAnId.body).toEqual({ code: 'validation/invalid', message: 'concernId: must be an id' });
  });

  it('two sessions of one workshop share its role and concern ids, and have different join codes', async () => {
    const w = await createWorkshop(me);
    const a = await createSession(me, w.id);
    const b = await createSession(me, w.id, { pacing: 'facilitator-led' });
    expect(b.concerns.map((c) => c.id)).toEqual(a.concerns.map((c) => c.id));
    expect(b.roles).toEqual(w.roles);
    expect(b.joinCode).not.toBe(a.joinCode);
    // Acting on one leaves the other alone.
    await act(a.id, 'start');
    await act(a.id, 'lock', a.concerns[0]!.id);
    expect(states((await read(b.id)).body)).toEqual(['pending', 'pending', 'pending', 'pending']);
  });

  it('refuses settings out of range or unknown, with what is wrong', async () => {
    const w = await createWorkshop(me);
    const cases: [Record<string, unknown>, string][] = [
      [{ pacing: 'chaotic' }, 'pacing: '],
      [{ threshold: 0 }, 'threshold: '],
      [{ threshold: 1.5 }, 'threshold: '],
      [{ maxParticipants: 20001 }, 'maxParticipants: '],
      [{ minSegmentSize: 0 }, 'minSegmentSize: '],
      [{ secret: true }, 'Unrecognized key: "secret"'],
      [{ title: '   ' }, 'title: '],
      [{ title: 'x'.repeat(121) }, 'title: '],
      [{ locale: 'xx' }, 'locale: '],
      [{ locale: 'pt-PT' }, 'locale: '],
    ];
    for (const [body, message] of cases) {
      const res = await me.post(`/api/workshops/${w.id}/sessions`, body);
      expect([JSON.stringify(body), res.status, res.body.code]).toEqual([JSON.stringify(body), 400, 'validation/invalid']);
      expect(res.body.message).toContain(message);
    }
    expect((await me.get<TSessionSummary[]>(`/api/workshops/${w.id}/sessions`)).body).toEqual([]);
    // No body at all means the defaults.
    const plain = await me.request<TSession>('POST', `/api/workshops/${w.id}/sessions`);
    expect(plain.status).toBe(201);
    expect(plain.body.settings).toEqual({ ...DEFAULT_SETTINGS, closesAt: null });
  });

  it("a session's own name is in its state, the workshop's list and its exports' file names", async () => {
    const w = await createWorkshop(me);
    const named = await me.post<TSession>(`/api/workshops/${w.id}/sessions`, { title: '  Q1 2027 review ' });
    expect([named.status, named.body.title]).toEqual([201, 'Q1 2027 review']);
    const unnamed = await me.post<TSession>(`/api/workshops/${w.id}/sessions`, {});
    expect(unnamed.body.title).toBe(w.title);
    const list = (await me.get<TSessionSummary[]>(`/api/workshops/${w.id}/sessions`)).body;
    expect(list.map((x) => x.title).sort()).toEqual(['Q1 2027 review', w.title].sort());
    const csv = await fetch(`${api.url}/api/sessions/${named.body.id}/export.csv`, { headers: { cookie: me.cookie ?? "" } });
    expect(csv.headers.get('content-disposition')).toContain('q1-2027-review');
  });

  it("a session speaks the language it was started in: its settings and the workshop's list of sessions", async () => {
    const w = await createWorkshop(me);
    const ja = await me.post<TSession>(`/api/workshops/${w.id}/sessions`, { locale: 'ja', pacing: 'facilitator-led' });
    expect([ja.status, ja.body.settings.locale, ja.body.settings.pacing]).toEqual([201, 'ja', 'facilitator-led']);
    expect((await read(ja.body.id)).body.settings.locale).toBe('ja');
    const plain = await createSession(me, w.id);
    expect(plain.settings.locale).toBe('en');
    const list = (await me.get<TSessionSummary[]>(`/api/workshops/${w.id}/sessions`)).body;
    expect(Object.fromEntries(list.map((x) => [x.id, x.locale]))).toEqual({ [ja.body.id]: 'ja', [plain.id]: 'en' });
  });

  it('counts participants on the session and in the dashboard list', async () => {
    const w = await createWorkshop(me);
    const s = await createSession(me, w.id);
    await withDatabase(async (db) => {
      for (let i = 0; i < 3; i++) {
        await db.query('INSERT INTO participant (id, session_id, own_role, resume_token_hash) VALUES ($1, $2, $3, $4)', [randomUUID(), s.id, 'other', randomUUID()]);
      }
    });
    expect((await read(s.id)).body.participants).toBe(3);
    expect((await me.get<TSessionSummary[]>(`/api/workshops/${w.id}/sessions`)).body[0]!.participants).toBe(3);
  });

  it('deletes a session with everything under it', async () => {
    const w = await createWorkshop(me);
    const s = await createSession(me, w.id);
    await withDatabase((db) => db.query('INSERT INTO participant (id, session_id, own_role, resume_token_hash) VALUES ($1, $2, $3, $4)', [randomUUID(), s.id, 'other', randomUUID()]));
    const res = await me.delete(`/api/sessions/${s.id}`);
    expect(res.status).toBe(204);
    expect((await read(s.id)).status).toBe(404);
    const left = await withDatabase(async (db) => ({
      concerns: (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM session_concern WHERE session_id = $1', [s.id])).rows[0]!.n,
      participants: (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM participant WHERE session_id = $1', [s.id])).rows[0]!.n,
    }));
    expect(left).toEqual({ concerns: 0, participants: 0 });
    expect((await me.get(`/api/workshops/${w.id}`)).status).toBe(200);
  });

  it('applies two "next" pressed at the same time one after the other', async () => {
    const w = await createWorkshop(me);
    const s = await createSession(me, w.id, { pacing: 'facilitator-led' });
    await act(s.id, 'start');
    const both = await Promise.all([act(s.id, 'next'), act(s.id, 'next')]);
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const now = (await read(s.id)).body;
    expect(now.state.currentConcernId).toBe(s.concerns[2]!.id);
    expect(states(now)).toEqual(['open', 'open', 'open', 'pending']);
  });
});
