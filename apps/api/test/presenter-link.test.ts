import { randomUUID } from 'node:crypto';
import type { TDecisionList, THeatmap, TSession, TShareLink, TShareLinkList } from '@thinline/shared';
import { type ApiProcess, apiForSuite, startApi } from './support/api-process.js';
import { query } from './support/db.js';
import { liveSession, signUp } from './support/factories.js';
import { type RedisProcess, startRedis } from './support/redis.js';
import { type TestSocket, EventLog, connect, connected, request, waitForEvent } from './support/sockets.js';

type Ack = { ok: boolean; code?: string };

/** A projector opened from a presenter link: shows what a signed-in presenter shows, changes nothing. */
describe('presenter links', () => {
  const server = apiForSuite();
  const sockets: TestSocket[] = [];
  const open = (auth: Record<string, string>, cookie?: string) => {
    const socket = connect(server.url, auth, cookie);
    sockets.push(socket);
    return socket;
  };
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });

  it('is made, listed with its kind and revoked like a report link, and opens the projector, not the report', async () => {
    const owner = await signUp(server.url);
    const session = await liveSession(owner);
    const report = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, {});
    const presenter = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter', expiresInDays: 1 });
    expect(presenter.status).toBe(201);
    expect(presenter.body.kind).toBe('presenter');
    expect(presenter.body.url).toMatch(new RegExp(`/present/${presenter.body.token}$`));
    // without a kind it is the report link it always was
    expect(report.body.kind).toBe('report');
    expect(report.body.url).toMatch(new RegExp(`/r/${report.body.token}$`));

    const list = await owner.get<TShareLinkList>(`/api/sessions/${session.id}/share`);
    expect(list.body.links.map((l) => [l.id, l.kind])).toEqual([
      [presenter.body.id, 'presenter'],
      [report.body.id, 'report'],
    ]);
    expect(JSON.stringify(list.body)).not.toContain(presenter.body.token);

    // the presenter token opens the session for the projector, without a cookie
    const shown = await fetch(`${server.url}/api/present/${presenter.body.token}`);
    expect(shown.status).toBe(200);
    const body = (await shown.json()) as TSession;
    expect({ id: body.id, joinCode: body.joinCode, title: body.title, canRun: body.canRun }).toEqual({ id: session.id, joinCode: session.joinCode, title: session.title, canRun: false });
    const heatmap = await fetch(`${server.url}/api/present/${presenter.body.token}/heatmap`);
    expect((await heatmap.json()) as THeatmap).toEqual((await owner.get(`/api/sessions/${session.id}/heatmap`)).body);
    const decisions = await fetch(`${server.url}/api/present/${presenter.body.token}/decisions`);
    expect(((await decisions.json()) as TDecisionList).decisions).toEqual([]);

    // but not the report, on HTTP or its socket
    const asReport = await fetch(`${server.url}/api/reports/${presenter.body.token}`);
    expect(asReport.status).toBe(404);
    expect(await asReport.json()).toMatchObject({ code: 'report/not-found' });
    await expect(connected(open({ shareToken: presenter.body.token }))).rejects.toMatchObject({ data: { code: 'report/not-found' } });

    // and a report token does not open the projector
    const reportAsPresenter = await fetch(`${server.url}/api/present/${report.body.token}`);
    expect(reportAsPresenter.status).toBe(404);
    expect(await reportAsPresenter.json()).toMatchObject({ code: 'presenter-link/not-found' });
    await expect(connected(open({ presenterToken: report.body.token }))).rejects.toMatchObject({ data: { code: 'presenter-link/not-found' } });

    // revoked by its listed id: refused with a code that says so
    expect((await owner.delete(`/api/sessions/${session.id}/share/${presenter.body.id!}`)).status).toBe(204);
    const revoked = await fetch(`${server.url}/api/present/${presenter.body.token}`);
    expect(revoked.status).toBe(410);
    expect(await revoked.json()).toMatchObject({ code: 'presenter-link/revoked' });
    await expect(connected(open({ presenterToken: presenter.body.token }))).rejects.toMatchObject({ data: { code: 'presenter-link/revoked' } });
    expect((await owner.get<TShareLinkList>(`/api/sessions/${session.id}/share`)).body.links.map((l) => l.id)).toEqual([report.body.id]);
    expect((await fetch(`${server.url}/api/reports/${report.body.token}`)).status).toBe(200);
  });

  it('does not let another facilitator make or revoke a presenter link', async () => {
    const owner = await signUp(server.url);
    const other = await signUp(server.url);
    const session = await liveSession(owner);
    expect((await other.post(`/api/sessions/${session.id}/share`, { kind: 'presenter' })).status).toBe(404);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    expect((await other.delete(`/api/sessions/${session.id}/share/${link.body.id!}`)).status).toBe(404);
    expect((await owner.post(`/api/sessions/${session.id}/share`, { kind: 'projector' })).status).toBe(400);
    expect((await fetch(`${server.url}/api/present/${link.body.token}`)).status).toBe(200);
  });

  it("gives the link's projector the presenter's state, presence and heatmap, and lets it send nothing", async () => {
    const owner = await signUp(server.url);
    const session = await liveSession(owner);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });

    const projector = open({ presenterToken: link.body.token });
    const log = new EventLog(projector);
    await connected(projector);
    expect((await log.waitFor('heatmap')).sessionId).toBe(session.id);
    expect(await log.waitFor('presence')).toEqual({ participants: 0 });

    // a phone answers: the projector follows, as a signed-in presenter does
    const phone = open({ joinCode: session.joinCode });
    await connected(phone);
    expect((await request<Ack>(phone, 'participant:join', { roleId: session.roles[0]!.id })).ok).toBe(true);
    expect(await log.waitFor('presence', { until: (p) => p.participants === 1 })).toEqual({ participants: 1 });
    const answered = log.waitFor('heatmap', { until: (h) => h.concerns[0]!.answered === 1 });
    expect((await request<Ack>(phone, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'owners', owners: [session.roles[1]!.id] })).ok).toBe(true);
    expect((await answered).concerns[0]!.shares?.[session.roles[1]!.id]).toBe(1);
    const state = waitForEvent(projector, 'session:state', { until: (s) => s.concerns.some((c) => c.revealed) });
    expect((await owner.post(`/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: session.concerns[0]!.id })).status).toBe(200);
    expect((await state).concerns.find((c) => c.concernId === session.concerns[0]!.id)!.revealed).toBe(true);

    // a decision reaches it as the report shows it: on a wall, who decided stays in the control room
    const decided = log.waitFor('decisions', { until: (d) => d.decisions.length === 1 });
    expect((await owner.put(`/api/sessions/${session.id}/decisions/${session.concerns[0]!.id}`, { raci: { [session.roles[1]!.id]: 'A' } })).status).toBe(200);
    const shown = (await decided).decisions[0];
    expect(shown?.raci).toEqual({ [session.roles[1]!.id]: 'A' });
    expect(shown).not.toHaveProperty('decidedBy');
    const listed = (await (await fetch(`${server.url}/api/present/${link.body.token}/decisions`)).json()) as TDecisionList;
    expect(listed.decisions.map((d) => [d.concernId, 'decidedBy' in d])).toEqual([[session.concerns[0]!.id, false]]);

    // it cannot join, answer or pace anyone
    expect(await request<Ack>(projector, 'participant:join', { roleId: session.roles[0]!.id })).toMatchObject({ ok: false, code: 'access/read-only' });
    expect(await request<Ack>(projector, 'answer:submit', { answerId: randomUUID(), concernId: session.concerns[1]!.id, choice: 'nobody' })).toMatchObject({ ok: false, code: 'access/read-only' });
    expect(await request<Ack>(projector, 'presenter:command', { page: 1 })).toMatchObject({ ok: false, code: 'access/read-only' });
    expect(log.all('presenter:command')).toEqual([]);
    expect((await owner.get<THeatmap>(`/api/sessions/${session.id}/heatmap`)).body.participants).toBe(1);
  });

  it("hands the control room's commands to every presenter, and checks them", async () => {
    const owner = await signUp(server.url);
    const other = await signUp(server.url);
    const session = await liveSession(owner);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    const projector = open({ presenterToken: link.body.token });
    const signedIn = open({ sessionId: session.id }, owner.cookie);
    const control = open({ sessionId: session.id }, owner.cookie);
    await Promise.all([connected(projector), connected(signedIn), connected(control)]);

    const toProjector = waitForEvent(projector, 'presenter:command');
    const toSignedIn = waitForEvent(signedIn, 'presenter:command');
    expect(await request<Ack>(control, 'presenter:command', { view: 'rounds', page: 2 })).toEqual({ ok: true });
    expect(await toProjector).toEqual({ view: 'rounds', page: 2 });
    expect(await toSignedIn).toEqual({ view: 'rounds', page: 2 });

    expect(await request<Ack>(control, 'presenter:command', {})).toMatchObject({ ok: false, code: 'validation/invalid' });
    expect(await request<Ack>(control, 'presenter:command', { view: 'everything' })).toMatchObject({ ok: false, code: 'validation/invalid' });
    expect(await request<Ack>(control, 'presenter:command', { page: -1 })).toMatchObject({ ok: false, code: 'validation/invalid' });
    // another facilitator cannot even connect to the session
    await expect(connected(open({ sessionId: session.id }, other.cookie))).rejects.toMatchObject({ data: { code: 'session/not-found' } });
  });

  it('tells a projector showing the link that it was revoked, and disconnects it', async () => {
    const owner = await signUp(server.url);
    const session = await liveSession(owner);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    const keep = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    const projector = open({ presenterToken: link.body.token });
    const other = open({ presenterToken: keep.body.token });
    await Promise.all([connected(projector), connected(other)]);

    const told = waitForEvent(projector, 'presenter:revoked');
    const closed = new Promise<string>((resolve) => projector.once('disconnect', resolve));
    expect((await owner.delete(`/api/sessions/${session.id}/share/${link.body.token}`)).status).toBe(204);
    expect(await told).toMatchObject({ code: 'presenter-link/revoked' });
    expect(await closed).toBe('io server disconnect');
    // the other link's projector stays
    expect(other.connected).toBe(true);
  });

  it('refuses an expired link with its own code', async () => {
    const owner = await signUp(server.url);
    const session = await liveSession(owner);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter', expiresInDays: 1 });
    await query(`UPDATE share_link SET expires_at = now() - interval '1 minute' WHERE id = $1`, [link.body.id]);
    const expired = await fetch(`${server.url}/api/present/${link.body.token}`);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ code: 'presenter-link/expired' });
    await expect(connected(open({ presenterToken: link.body.token }))).rejects.toMatchObject({ data: { code: 'presenter-link/expired' } });
    expect((await owner.get<TShareLinkList>(`/api/sessions/${session.id}/share`)).body.links).toEqual([]);
  });
});

describe('presenter commands across two API processes with Redis', () => {
  let redis: RedisProcess;
  let nodes: ApiProcess[] = [];
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    nodes = await Promise.all([startApi({ REDIS_URL: redis.url, NODE_NAME: 'a' }), startApi({ REDIS_URL: redis.url, NODE_NAME: 'b' })]);
  });
  afterAll(async () => {
    for (const s of sockets.splice(0)) s.disconnect();
    await Promise.all(nodes.splice(0).map((n) => n.stop()));
    await redis?.stop();
  });

  it('reaches a projector on the other process, and a revoke there disconnects it', async () => {
    const [a, b] = nodes as [ApiProcess, ApiProcess];
    const owner = await signUp(a.url);
    const session = await liveSession(owner);
    const link = await owner.post<TShareLink>(`/api/sessions/${session.id}/share`, { kind: 'presenter' });
    const projector = connect(b.url, { presenterToken: link.body.token });
    const control = connect(a.url, { sessionId: session.id }, owner.cookie);
    sockets.push(projector, control);
    await Promise.all([connected(projector), connected(control)]);

    const command = waitForEvent(projector, 'presenter:command');
    expect(await request<Ack>(control, 'presenter:command', { view: 'gaps' })).toEqual({ ok: true });
    expect(await command).toEqual({ view: 'gaps' });

    const told = waitForEvent(projector, 'presenter:revoked');
    const closed = new Promise<string>((resolve) => projector.once('disconnect', resolve));
    expect((await owner.delete(`/api/sessions/${session.id}/share/${link.body.id!}`)).status).toBe(204);
    expect(await told).toMatchObject({ code: 'presenter-link/revoked' });
    expect(await closed).toBe('io server disconnect');
  });
});
