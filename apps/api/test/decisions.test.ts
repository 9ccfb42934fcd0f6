import type { TDecision, TDecisionList, TFollowUp, TFollowUpList, TReport, TSession, TShareLink } from '@thinline/shared';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { PDFParse } from 'pdf-parse';
import { apiForSuite } from './support/api-process.js';
import { createSession, liveSession, signUp } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { query } from './support/db.js';
import { type TestSocket, EventLog, connect, connected, request, waitForEvent } from './support/sockets.js';

/** Decisions per concern and the follow-ups of a workshop, against the real process and PostgreSQL. */
describe('decisions', () => {
  const api = apiForSuite();
  let owner: ApiClient & { userId: string };
  let stranger: ApiClient;
  const sockets: TestSocket[] = [];
  afterAll(() => {
    for (const s of sockets) s.disconnect();
  });

  beforeAll(async () => {
    owner = await signUp(api.url, { name: 'Facilitator Fay' });
    stranger = await signUp(api.url);
  });

  const put = (s: TSession, concernId: string, body: unknown, client: ApiClient = owner) => client.put<TDecision>(`/api/sessions/${s.id}/decisions/${concernId}`, body);
  const list = async (s: TSession) => (await owner.get<TDecisionList>(`/api/sessions/${s.id}/decisions`)).body;
  const roles = (s: TSession) => s.roles.map((r) => r.id) as [string, string, string, string];

  it('stores a decision, replaces it keeping the old one in its history, and deletes it (still in the history)', async () => {
    const s = await liveSession(owner);
    const [de, ml, ds] = roles(s);
    const c = s.concerns[0]!.id;
    const first = await put(s, c, { raci: { [de]: 'A', [ml]: 'R' }, rationale: 'DE runs the pipelines', dissent: 'MLOps wants to own retries' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ concernId: c, raci: { [de]: 'A', [ml]: 'R' }, rationale: 'DE runs the pipelines', dissent: 'MLOps wants to own retries', decidedBy: { id: owner.userId, name: 'Facilitator Fay' }, history: [] });
    expect(Date.parse(first.body.decidedAt)).toBeGreaterThan(Date.now() - 60_000);

    const second = await put(s, c, { raci: { [ml]: 'A', [ds]: 'C' } });
    expect(second.status).toBe(200);
    expect(second.body).toMatchObject({ raci: { [ml]: 'A', [ds]: 'C' }, rationale: null, dissent: null });
    expect(second.body.history).toEqual([{ raci: { [de]: 'A', [ml]: 'R' }, rationale: 'DE runs the pipelines', dissent: 'MLOps wants to own retries', decidedAt: first.body.decidedAt, decidedBy: { id: owner.userId, name: 'Facilitator Fay' }, replacedAt: expect.any(String) }]);
    expect((await list(s)).decisions).toEqual([second.body]);

    expect((await owner.delete(`/api/sessions/${s.id}/decisions/${c}`)).status).toBe(204);
    expect((await list(s)).decisions).toEqual([]);
    // deleting again changes nothing and still answers 204
    expect((await owner.delete(`/api/sessions/${s.id}/decisions/${c}`)).status).toBe(204);
    const kept = await query<{ raci: Record<string, string> }>('SELECT raci FROM decision_revision WHERE session_id = $1 ORDER BY replaced_at', [s.id]);
    expect(kept.map((r) => r.raci)).toEqual([{ [de]: 'A', [ml]: 'R' }, { [ml]: 'A', [ds]: 'C' }]);
  });

  it('an A alone is also the R; is allowed after the session closed, refused in the lobby', async () => {
    const s = await liveSession(owner);
    const [de] = roles(s);
    await owner.post(`/api/sessions/${s.id}/actions`, { action: 'close' });
    const res = await put(s, s.concerns[1]!.id, { raci: { [de]: 'A' }, rationale: 'written the day after' });
    expect(res.status).toBe(200);
    const lobby = await liveSession(owner, { start: false });
    const refused = await put(lobby, lobby.concerns[0]!.id, { raci: { [roles(lobby)[0]]: 'A' } });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'session/invalid-state' });
  });

  it('refuses each broken rule with a coded 4xx naming it, and changes nothing stored', async () => {
    const s = await liveSession(owner);
    const [de, ml] = roles(s);
    const c = s.concerns[0]!.id;
    await put(s, c, { raci: { [de]: 'A' }, rationale: 'kept' });
    const before = await list(s);
    const cases: [unknown, number, string, RegExp][] = [
      [{ raci: { [de]: 'A', [ml]: 'A' } }, 400, 'decision/invalid', /several-accountable.*Data Engineering and MLOps/],
      [{ raci: { [de]: 'R', [ml]: 'C' } }, 400, 'decision/invalid', /no-accountable/],
      [{ raci: {} }, 400, 'decision/invalid', /no-accountable/],
      [{ raci: { [randomUUID()]: 'A' } }, 400, 'decision/invalid', /unknown-role/],
      [{ raci: { 'not-an-id': 'A' } }, 400, 'validation/invalid', /raci/],
      [{ raci: { [de]: 'X' } }, 400, 'validation/invalid', /raci/],
      [{ raci: { [de]: 'A' }, rationale: 'x'.repeat(2001) }, 400, 'validation/invalid', /rationale: a rationale has at most 2000 characters/],
      [{ raci: { [de]: 'A' }, dissent: 'x'.repeat(2001) }, 400, 'validation/invalid', /dissent: a dissent has at most 2000/],
      [{ raci: { [de]: 'A' }, decidedBy: 'me' }, 400, 'validation/invalid', /decidedBy/],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await put(s, c, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({ body, status, code });
      expect((res.body as unknown as { message: string }).message).toMatch(message);
    }
    const unknownConcern = await put(s, randomUUID(), { raci: { [de]: 'A' } });
    expect([unknownConcern.status, unknownConcern.body.code]).toEqual([404, 'concern/not-found']);
    const strangers = await put(s, c, { raci: { [ml]: 'A' } }, stranger);
    expect([strangers.status, strangers.body.code]).toEqual([404, 'session/not-found']);
    expect((await stranger.delete(`/api/sessions/${s.id}/decisions/${c}`)).status).toBe(404);
    expect(await list(s)).toEqual(before);
  });

  it('gives the room\'s RACI checks and the picker\'s proposal, computed by hand', async () => {
    const s = await liveSession(owner, { settings: { answerMode: 'raci' } });
    const [de, ml, ds] = roles(s);
    const [c1, c2, c3] = s.concerns.map((c) => c.id) as [string, string, string];
    // 4 phones. c1: 3× {DE A, ML R}, 1× {ML A} → DE A 75%, ML R 75%: no check; proposal DE A, ML R.
    // c2: 2× {DE A}, 2× {ML A} → A 50% each ≥ θ: several-accountable; proposal DE A, ML A.
    // c3: 3× nobody, 1× {DS R} → gap (nobody 75%), no A: no-accountable, unowned.
    const answers = [
      [{ c: c1, raci: { [de]: 'A', [ml]: 'R' } }, { c: c2, raci: { [de]: 'A' } }, { c: c3, nobody: true }],
      [{ c: c1, raci: { [de]: 'A', [ml]: 'R' } }, { c: c2, raci: { [de]: 'A' } }, { c: c3, nobody: true }],
      [{ c: c1, raci: { [de]: 'A', [ml]: 'R' } }, { c: c2, raci: { [ml]: 'A' } }, { c: c3, nobody: true }],
      [{ c: c1, raci: { [ml]: 'A' } }, { c: c2, raci: { [ml]: 'A' } }, { c: c3, raci: { [ds]: 'R' } }],
    ];
    for (const phone of answers) {
      const socket = connect(api.url, { joinCode: s.joinCode });
      sockets.push(socket);
      await connected(socket);
      expect((await request<{ ok: boolean }>(socket, 'participant:join', {})).ok).toBe(true);
      for (const a of phone) {
        const payload = a.nobody ? { choice: 'nobody' } : { choice: 'owners', raci: a.raci };
        expect(await request(socket, 'answer:submit', { answerId: randomUUID(), concernId: a.c, ...payload })).toMatchObject({ ok: true });
      }
    }
    const { room } = await list(s);
    expect(room.slice(0, 3)).toEqual([
      { concernId: c1, checks: [], proposal: { [de]: 'A', [ml]: 'R' } },
      { concernId: c2, checks: ['several-accountable'], proposal: { [de]: 'A', [ml]: 'A' } },
      { concernId: c3, checks: ['no-accountable', 'unowned'], proposal: { [ds]: 'R' } },
    ]);
    expect(room[3]).toEqual({ concernId: s.concerns[3]!.id, checks: [], proposal: {} });
  });

  it('sends `decisions` to presenter and report sockets after the commit, never to phones', async () => {
    const s = await liveSession(owner);
    const [de, ml] = roles(s);
    const token = (await owner.post<TShareLink>(`/api/sessions/${s.id}/share`, {})).body.token;
    const presenter = connect(api.url, { sessionId: s.id }, owner.cookie);
    const report = connect(api.url, { shareToken: token });
    const phone = connect(api.url, { joinCode: s.joinCode });
    sockets.push(presenter, report, phone);
    await Promise.all([presenter, report, phone].map((x) => connected(x)));
    expect((await request<{ ok: boolean }>(phone, 'participant:join', {})).ok).toBe(true);
    const phoneLog = new EventLog(phone);
    const c = s.concerns[2]!.id;
    const atPresenter = waitForEvent(presenter, 'decisions', { until: (l) => l.decisions.length === 1 });
    const atReport = waitForEvent(report, 'decisions', { until: (l) => l.decisions.length === 1 });
    const res = await put(s, c, { raci: { [de]: 'A', [ml]: 'R' }, dissent: 'not all agree' });
    const [p, r] = await Promise.all([atPresenter, atReport]);
    // the event comes after the commit: what it says is what the database holds
    expect(p.decisions).toEqual([res.body]);
    expect(r.decisions).toEqual([{ concernId: c, raci: { [de]: 'A', [ml]: 'R' }, rationale: null, dissent: 'not all agree', decidedAt: res.body.decidedAt }]);
    expect(JSON.stringify(r)).not.toContain('Facilitator Fay');
    expect(p.room).toHaveLength(s.concerns.length);
    const gone = waitForEvent(presenter, 'decisions', { until: (l) => l.decisions.length === 0 });
    await owner.delete(`/api/sessions/${s.id}/decisions/${c}`);
    await gone;
    // one round trip on the phone after both: a `decisions` sent to it would have come first
    expect(await request(phone, 'answer:submit', { not: 'an answer' })).toMatchObject({ ok: false });
    expect(phoneLog.all('decisions')).toEqual([]);
  });
});

describe('follow-ups', () => {
  const api = apiForSuite();
  let owner: ApiClient;
  let stranger: ApiClient;
  beforeAll(async () => {
    owner = await signUp(api.url);
    stranger = await signUp(api.url);
  });
  const today = () => new Date().toISOString().slice(0, 10);

  it('are created from a session, listed by status, carried into the next session, marked done or dropped', async () => {
    const first = await liveSession(owner);
    const [de] = first.roles.map((r) => r.id) as [string];
    const created = await owner.post<TFollowUp>(`/api/workshops/${first.workshopId}/follow-ups`, {
      title: 'Write the ingestion runbook',
      concernId: first.concerns[0]!.id,
      ownerRoleId: de,
      dueOn: '2026-01-15',
      sessionId: first.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), title: 'Write the ingestion runbook', concernId: first.concerns[0]!.id, ownerRoleId: de, assignee: null, dueOn: '2026-01-15', status: 'open', sessionId: first.id, createdAt: expect.any(String) });
    const second = await owner.post<TFollowUp>(`/api/workshops/${first.workshopId}/follow-ups`, { title: 'Ask security about the audit log', assignee: '  Priya  ' });
    expect(second.body).toMatchObject({ assignee: 'Priya', concernId: null, dueOn: null, sessionId: null });
    await owner.post(`/api/sessions/${first.id}/actions`, { action: 'close' });

    const next = await createSession(owner, first.workshopId);
    expect(next.openFollowUps.map((f) => f.title)).toEqual(['Write the ingestion runbook', 'Ask security about the audit log']);
    expect((await owner.get<TSession>(`/api/sessions/${next.id}`)).body.openFollowUps).toEqual([created.body, second.body]);

    const done = await owner.patch<TFollowUp>(`/api/follow-ups/${created.body.id}`, { status: 'done' });
    expect(done.body).toMatchObject({ id: created.body.id, status: 'done', dueOn: '2026-01-15' });
    const dropped = await owner.patch<TFollowUp>(`/api/follow-ups/${second.body.id}`, { status: 'dropped', assignee: null, dueOn: today() });
    expect(dropped.body).toMatchObject({ status: 'dropped', assignee: null, dueOn: today() });
    expect((await owner.get<TSession>(`/api/sessions/${next.id}`)).body.openFollowUps).toEqual([]);
    expect((await owner.get<TFollowUpList>(`/api/workshops/${first.workshopId}/follow-ups?status=done`)).body.followUps.map((f) => f.id)).toEqual([created.body.id]);
    expect((await owner.get<TFollowUpList>(`/api/workshops/${first.workshopId}/follow-ups`)).body.followUps).toHaveLength(2);

    expect((await owner.delete(`/api/follow-ups/${second.body.id}`)).status).toBe(204);
    expect((await owner.get<TFollowUpList>(`/api/workshops/${first.workshopId}/follow-ups`)).body.followUps.map((f) => f.id)).toEqual([created.body.id]);
  });

  it('refuses bad input and other accounts with a coded 4xx, and changes nothing stored', async () => {
    const s = await liveSession(owner);
    const theirs = await liveSession(stranger);
    const base = `/api/workshops/${s.workshopId}/follow-ups`;
    const kept = await owner.post<TFollowUp>(base, { title: 'Kept as it is', dueOn: '2026-03-01' });
    const snapshot = async () => (await query<{ t: string }>('SELECT f::text AS t FROM follow_up f WHERE workshop_id = $1 ORDER BY id', [s.workshopId])).map((r) => r.t);
    const before = await snapshot();
    const cases: [string, string, unknown, number, string, RegExp][] = [
      ['POST', base, { title: '' }, 400, 'validation/invalid', /title/],
      ['POST', base, { title: 'x'.repeat(201) }, 400, 'validation/invalid', /at most 200/],
      ['POST', base, { title: 'ok', assignee: 'x'.repeat(101) }, 400, 'validation/invalid', /at most 100/],
      ['POST', base, { title: 'ok', dueOn: 'next friday' }, 400, 'validation/invalid', /YYYY-MM-DD/],
      ['POST', base, { title: 'ok', dueOn: '2026-02-30' }, 400, 'validation/invalid', /not a date/],
      ['POST', base, { title: 'ok', concernId: randomUUID() }, 400, 'follow-up/invalid', /concernId/],
      ['POST', base, { title: 'ok', ownerRoleId: randomUUID() }, 400, 'follow-up/invalid', /ownerRoleId/],
      ['POST', base, { title: 'ok', sessionId: theirs.id }, 400, 'follow-up/invalid', /sessionId/],
      ['POST', `/api/workshops/${theirs.workshopId}/follow-ups`, { title: 'on their workshop' }, 404, 'workshop/not-found', /./],
      ['PATCH', `/api/follow-ups/${kept.body.id}`, { status: 'finished' }, 400, 'validation/invalid', /status/],
      ['PATCH', `/api/follow-ups/${kept.body.id}`, {}, 400, 'validation/invalid', /say what to change/],
      ['PATCH', `/api/follow-ups/${kept.body.id}`, { dueOn: '2026-13-01' }, 400, 'validation/invalid', /not a date/],
      ['PATCH', `/api/follow-ups/${kept.body.id}`, { ownerRoleId: randomUUID() }, 400, 'follow-up/invalid', /ownerRoleId/],
      ['PATCH', `/api/follow-ups/${randomUUID()}`, { status: 'done' }, 404, 'follow-up/not-found', /./],
      ['GET', `${base}?status=closed`, undefined, 400, 'validation/invalid', /status/],
    ];
    for (const [method, path, body, status, code, message] of cases) {
      const res = await owner.request<{ code: string; message: string }>(method, path, body);
      expect({ method, path, body, status: res.status, code: res.body.code }).toEqual({ method, path, body, status, code });
      expect(res.body.message).toMatch(message);
    }
    for (const [method, body] of [['PATCH', { status: 'done' }], ['DELETE', undefined]] as const) {
      const res = await stranger.request<{ code: string }>(method, `/api/follow-ups/${kept.body.id}`, body);
      expect([res.status, res.body.code]).toEqual([404, 'follow-up/not-found']);
    }
    expect((await stranger.get(base)).status).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it('the report link reads the decisions and the session\'s follow-ups', async () => {
    const s = await liveSession(owner);
    const [de, ml] = s.roles.map((r) => r.id) as [string, string];
    await owner.put(`/api/sessions/${s.id}/decisions/${s.concerns[1]!.id}`, { raci: { [ml]: 'A', [de]: 'C' }, rationale: 'MLOps runs the store' });
    await owner.post(`/api/workshops/${s.workshopId}/follow-ups`, { title: 'Move the feature store', sessionId: s.id, ownerRoleId: ml });
    const token = (await owner.post<TShareLink>(`/api/sessions/${s.id}/share`, {})).body.token;
    const report = await new ApiClient(api.url).get<TReport>(`/api/reports/${token}`);
    expect(report.status).toBe(200);
    expect(report.body.decisions).toEqual([{ concernId: s.concerns[1]!.id, raci: { [ml]: 'A', [de]: 'C' }, rationale: 'MLOps runs the store', dissent: null, decidedAt: expect.any(String) }]);
    expect(report.body.followUps.map((f) => [f.title, f.ownerRoleId])).toEqual([['Move the feature store', ml]]);
    expect(report.body.room).toHaveLength(s.concerns.length);
  });

  it('every export carries the decisions and the follow-ups, for the owner and through a report link', async () => {
    const s = await liveSession(owner);
    const [de, ml] = s.roles.map((r) => r.id) as [string, string];
    const [c1, c2] = s.concerns.map((c) => c.id) as [string, string];
    await owner.put(`/api/sessions/${s.id}/decisions/${c1}`, { raci: { [de]: 'A', [ml]: 'R' }, rationale: 'Ingestion is ours', dissent: 'MLOps disagreed' });
    await owner.post(`/api/workshops/${s.workshopId}/follow-ups`, { title: 'Hand over the feature store', concernId: c2, sessionId: s.id, dueOn: '2026-12-24' });
    const token = (await owner.post<TShareLink>(`/api/sessions/${s.id}/share`, {})).body.token;
    for (const base of [`/api/sessions/${s.id}`, `/api/reports/${token}`]) {
      const get = async (ext: string) => {
        const res = await fetch(`${api.url}${base}/export.${ext}`, { headers: base.startsWith('/api/sessions') ? { cookie: owner.cookie! } : {} });
        expect([base, ext, res.status]).toEqual([base, ext, 200]);
        return Buffer.from(await res.arrayBuffer());
      };
      const json = JSON.parse((await get('json')).toString('utf8')) as { decisions: unknown[]; followUps: { title: string }[] };
      expect(json.decisions).toEqual([{ concernId: c1, raci: { [de]: 'A', [ml]: 'R' }, rationale: 'Ingestion is ours', dissent: 'MLOps disagreed', decidedAt: expect.any(String) }]);
      expect(json.followUps.map((f) => f.title)).toEqual(['Hand over the feature store']);

      const md = (await get('md')).toString('utf8');
      expect(md).toContain('| Concern 1 | Pipelines | A | R |  |  | decided |');
      expect(md).toContain('| Concern 2 | Pipelines |  |  |  |  | *proposed* |');
      expect(md).toContain('- **Concern 1**: A Data Engineering · R MLOps. Why: Ingestion is ours Dissent: MLOps disagreed');
      expect(md).toContain('- [ ] Hand over the feature store (Concern 2; due Dec 24, 2026)');

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await get('xlsx')) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual(['Heatmap', 'Answers', 'Segments', 'Rounds', 'Decisions', 'Follow-ups', 'About']);
      const decisions = wb.getWorksheet('Decisions')!;
      const row = decisions.getRows(1, decisions.rowCount)!.find((r) => r.getCell(1).text === 'Concern 1')!;
      expect([3, 4, 5, 8, 9].map((c) => row.getCell(c).text)).toEqual(['yes', 'A', 'R', 'Ingestion is ours', 'MLOps disagreed']);

      const pdf = (await new PDFParse({ data: await get('pdf') }).getText()).text;
      expect(pdf).toMatch(/Decisions[\s\S]*Concern 1\s+A Data Engineering · R MLOps\s+Ingestion is ours\s+MLOps disagreed[\s\S]*Follow-ups[\s\S]*Hand over the feature store/);
    }
  });
});
