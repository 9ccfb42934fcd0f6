import { randomUUID } from 'node:crypto';
import { type THeatmap, type TSession, type TSessionComparison, type TWorkshop, ZSessionComparison, shownAggregate } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, startSession } from './support/factories.js';
import type { ApiClient, Reply } from './support/http-client.js';
import { connect, connected, request } from './support/sockets.js';

type Answer = { concern: string; choice: 'owners'; owners: string[] } | { concern: string; choice: 'nobody' | 'unknown' };

/** One participant per entry: joins with the given own role and submits its answers (by concern title / role name). */
async function room(baseUrl: string, session: TSession, people: { role: string; answers: Answer[] }[]): Promise<void> {
  const roleId = (name: string) => session.roles.find((r) => r.name === name)!.id;
  const concernId = (title: string) => session.concerns.find((c) => c.title === title)!.id;
  for (const person of people) {
    const phone = connect(baseUrl, { joinCode: session.joinCode });
    await connected(phone);
    expect(await request<{ ok: boolean }>(phone, 'participant:join', { roleId: roleId(person.role) })).toMatchObject({ ok: true });
    for (const a of person.answers) {
      const payload = { answerId: randomUUID(), concernId: concernId(a.concern), choice: a.choice, ...(a.choice === 'owners' ? { owners: a.owners.map(roleId) } : {}) };
      expect(await request<{ ok: boolean }>(phone, 'answer:submit', payload)).toMatchObject({ ok: true });
    }
    phone.disconnect();
  }
}

const workshop = (client: ApiClient, roles: string[], concerns: string[]): Promise<TWorkshop> =>
  createWorkshop(client, { title: `Compare ${randomUUID().slice(0, 6)}`, roles: roles.map((name) => ({ name })), concerns: concerns.map((title) => ({ title, category: 'Platform' })) });

const startedSession = async (client: ApiClient, workshopId: string): Promise<TSession> => startSession(client, (await createSession(client, workshopId)).id);

const heatmapOf = async (client: ApiClient, id: string, round?: number) => (await client.get<THeatmap>(`/api/sessions/${id}/heatmap${round ? `?round=${round}` : ''}`)).body;

/** Status and body of a reply, the two things a refusal is compared by. */
const statusAndBody = async <T>(reply: Promise<Reply<T>>) => {
  const { status, body } = await reply;
  return { status, body };
};

/** Every delta of the comparison recomputed from the two GET /heatmap bodies, through the bId pairing. */
function expectDeltasFromHeatmaps(body: TSessionComparison, a: THeatmap, b: THeatmap): void {
  const inA = new Map(a.concerns.map((c) => [c.concernId, c]));
  const inB = new Map(b.concerns.map((c) => [c.concernId, c]));
  expect(body.comparison.concerns.map((c) => c.concernId)).toEqual(body.concerns.map((c) => c.id));
  for (const concern of body.concerns) {
    const ca = shownAggregate(inA.get(concern.id)!);
    const cb = shownAggregate(inB.get(concern.bId)!);
    const delta = body.comparison.concerns.find((c) => c.concernId === concern.id)!;
    expect(Object.keys(delta.shareDelta ?? {})).toEqual(body.roles.map((r) => r.id));
    for (const role of body.roles) expect(delta.shareDelta?.[role.id]).toBeCloseTo((cb.shares[role.bId] ?? 0) - (ca.shares[role.id] ?? 0), 12);
    expect(delta.nobodyDelta).toBeCloseTo(cb.nobody - ca.nobody, 12);
    expect([delta.statusFrom, delta.statusTo]).toEqual([ca.status, cb.status]);
    if (ca.agreement === null || cb.agreement === null) expect(delta.agreementDelta).toBeNull();
    else expect(delta.agreementDelta).toBeCloseTo(cb.agreement - ca.agreement, 12);
  }
}

describe('GET /api/sessions/:a/compare/:b', () => {
  const server = apiForSuite();

  it('compares two sessions of one workshop by id, and the deltas are B − A of their GET /heatmap', async () => {
    const owner = await signUp(server.url);
    const w = await workshop(owner, ['Data Engineering', 'MLOps', 'Data Science'], ['Ingestion', 'Feature store', 'Model serving', 'Monitoring']);
    const [sa, sb] = [await startedSession(owner, w.id), await startedSession(owner, w.id)];
    const [de, ml, ds] = w.roles.map((r) => r.id) as [string, string, string];
    const [c1, c2, c3, c4] = w.concerns.map((c) => c.id) as [string, string, string, string];
    const owners = (concern: string, ...names: string[]): Answer => ({ concern, choice: 'owners', owners: names });

    // Session A, 4 people (θ = 50%):
    // - Ingestion: nobody ×2, {DE}, {MLOps} → nobody .5 ≥ θ → GAP; DE .25, ML .25;
    //   agreement: 6 pairs, only the two "nobody" agree → 1/6
    // - Feature store: {DE} ×4 → CLEAR, agreement 1
    // - Model serving: {MLOps} ×2, {DS} ×2 → ML .5, DS .5 → OVERLAP; agreement 2/6 = 1/3
    // - Monitoring: no answers → NO DATA
    await room(server.url, sa, [
      { role: 'Data Engineering', answers: [{ concern: 'Ingestion', choice: 'nobody' }, owners('Feature store', 'Data Engineering'), owners('Model serving', 'MLOps')] },
      { role: 'MLOps', answers: [{ concern: 'Ingestion', choice: 'nobody' }, owners('Feature store', 'Data Engineering'), owners('Model serving', 'MLOps')] },
      { role: 'Data Science', answers: [owners('Ingestion', 'Data Engineering'), owners('Feature store', 'Data Engineering'), owners('Model serving', 'Data Science')] },
      { role: 'Data Science', answers: [owners('Ingestion', 'MLOps'), owners('Feature store', 'Data Engineering'), owners('Model serving', 'Data Science')] },
    ]);
    // Session B, 4 people, after the team talked it through:
    // - Ingestion: {DE} ×4 → CLEAR, agreement 1
    // - Feature store: {DE} ×2, {DE, MLOps} ×2 → DE 1, ML .5 → OVERLAP;
    //   agreement (2 · 1 + 4 · ½) / 6 = 2/3
    // - Model serving: {MLOps} ×3, one "don't know" → N 3, ML 1 → CLEAR, agreement 1
    // - Monitoring: one {DS} → CLEAR, agreement – (N < 2)
    await room(server.url, sb, [
      { role: 'Data Engineering', answers: [owners('Ingestion', 'Data Engineering'), owners('Feature store', 'Data Engineering'), owners('Model serving', 'MLOps'), owners('Monitoring', 'Data Science')] },
      { role: 'MLOps', answers: [owners('Ingestion', 'Data Engineering'), owners('Feature store', 'Data Engineering'), owners('Model serving', 'MLOps')] },
      { role: 'MLOps', answers: [owners('Ingestion', 'Data Engineering'), owners('Feature store', 'Data Engineering', 'MLOps'), owners('Model serving', 'MLOps')] },
      { role: 'Data Science', answers: [owners('Ingestion', 'Data Engineering'), owners('Feature store', 'Data Engineering', 'MLOps'), { concern: 'Model serving', choice: 'unknown' }] },
    ]);

    const res = await owner.get<TSessionComparison>(`/api/sessions/${sa.id}/compare/${sb.id}`);
    expect(res.status).toBe(200);
    const body = ZSessionComparison.parse(res.body);
    const [ha, hb] = [await heatmapOf(owner, sa.id), await heatmapOf(owner, sb.id)];
    expect(body.heatmapA).toEqual(ha);
    expect(body.heatmapB).toEqual(hb);
    expect(body.a).toMatchObject({ id: sa.id, workshopId: w.id, title: w.title, participants: 4, createdAt: sa.createdAt });
    expect(body.b).toMatchObject({ id: sb.id, workshopId: w.id, participants: 4 });
    expect(body.sameWorkshop).toBe(true);
    expect(body.roles).toEqual(w.roles.map((r) => ({ ...r, bId: r.id, matchedBy: 'id' })));
    expect(body.concerns).toEqual(w.concerns.map((c) => ({ ...c, bId: c.id, matchedBy: 'id' })));
    expect(body.unmatched).toEqual({ a: { roles: [], concerns: [] }, b: { roles: [], concerns: [] } });
    expectDeltasFromHeatmaps(body, ha, hb);

    const [d1, d2, d3, d4] = body.comparison.concerns;
    // Ingestion: GAP → CLEAR; DE 1 − .25, ML 0 − .25, nobody 0 − .5, agreement 1 − 1/6
    expect(d1).toMatchObject({ concernId: c1, statusFrom: 'gap', statusTo: 'clear', comparable: true, nobodyDelta: -0.5, shareDelta: { [de]: 0.75, [ml]: -0.25, [ds]: 0 } });
    expect(d1!.agreementDelta).toBeCloseTo(5 / 6, 12);
    // Feature store: CLEAR → OVERLAP; ML +.5; agreement 2/3 − 1
    expect(d2).toMatchObject({ concernId: c2, statusFrom: 'clear', statusTo: 'overlap', nobodyDelta: 0, shareDelta: { [de]: 0, [ml]: 0.5, [ds]: 0 } });
    expect(d2!.agreementDelta).toBeCloseTo(-1 / 3, 12);
    // Model serving: OVERLAP → CLEAR; ML 1 − .5, DS 0 − .5; agreement 1 − 1/3
    expect(d3).toMatchObject({ concernId: c3, statusFrom: 'overlap', statusTo: 'clear', shareDelta: { [de]: 0, [ml]: 0.5, [ds]: -0.5 } });
    expect(d3!.agreementDelta).toBeCloseTo(2 / 3, 12);
    // Monitoring: nothing to compare against
    expect(d4).toMatchObject({ concernId: c4, statusFrom: 'no data', statusTo: 'clear', agreementDelta: null, comparable: false });

    // the other way round, every delta changes sign
    const reverse = (await owner.get<TSessionComparison>(`/api/sessions/${sb.id}/compare/${sa.id}`)).body;
    expect(reverse.comparison.concerns[0]).toMatchObject({ statusFrom: 'clear', statusTo: 'gap', nobodyDelta: 0.5, shareDelta: { [de]: -0.75, [ml]: 0.25, [ds]: 0 } });

    // rounds: by default the last round of each; ?round= picks one for both
    expect((await owner.post(`/api/sessions/${sa.id}/actions`, { action: 'next-round' })).status).toBe(200);
    const latest = (await owner.get<TSessionComparison>(`/api/sessions/${sa.id}/compare/${sb.id}`)).body;
    expect([latest.heatmapA.round, latest.heatmapB.round]).toEqual([2, 1]);
    expect(latest.heatmapA).toEqual(await heatmapOf(owner, sa.id, 2));
    expect(latest.comparison.concerns.map((c) => c.statusFrom)).toEqual(['no data', 'no data', 'no data', 'no data']);
    const first = (await owner.get<TSessionComparison>(`/api/sessions/${sa.id}/compare/${sb.id}?round=1`)).body;
    expect(first.comparison).toEqual(body.comparison);
    const tooFar = await statusAndBody(owner.get(`/api/sessions/${sa.id}/compare/${sb.id}?round=2`));
    expect(tooFar).toEqual({ status: 400, body: { code: 'validation/invalid', message: 'round: the second session has 1 round' } });
    expect((await owner.get(`/api/sessions/${sa.id}/compare/${sb.id}?round=0`)).status).toBe(400);
  });

  it('matches the roles and concerns of sessions of different workshops by name and title, and lists the rest as unmatched', async () => {
    const owner = await signUp(server.url);
    const wa = await workshop(owner, ['Data Engineering', 'MLOps', 'Data Science'], ['Ingestion', 'Feature store', 'Model serving', 'Monitoring']);
    const wb = await workshop(owner, ['mlops', 'Platform', 'DATA ENGINEERING'], ['model  serving', 'INGESTION', 'Retraining']);
    const [sa, sb] = [await startedSession(owner, wa.id), await startedSession(owner, wb.id)];
    const owners = (concern: string, ...names: string[]): Answer => ({ concern, choice: 'owners', owners: names });

    // A: Ingestion {DE} ×2 → DE 1, CLEAR; Model serving {MLOps} ×2 → ML 1, CLEAR
    await room(server.url, sa, [
      { role: 'Data Engineering', answers: [owners('Ingestion', 'Data Engineering'), owners('Model serving', 'MLOps')] },
      { role: 'MLOps', answers: [owners('Ingestion', 'Data Engineering'), owners('Model serving', 'MLOps')] },
    ]);
    // B: INGESTION {mlops} ×2 → ML 1, CLEAR; model serving {mlops}, {Platform} → ML .5, PL .5, OVERLAP
    await room(server.url, sb, [
      { role: 'mlops', answers: [owners('INGESTION', 'mlops'), owners('model  serving', 'mlops')] },
      { role: 'Platform', answers: [owners('INGESTION', 'mlops'), owners('model  serving', 'Platform')] },
    ]);

    const res = await owner.get<TSessionComparison>(`/api/sessions/${sa.id}/compare/${sb.id}`);
    expect(res.status).toBe(200);
    const body = ZSessionComparison.parse(res.body);
    const roleA = (name: string) => wa.roles.find((r) => r.name === name)!;
    const roleB = (name: string) => wb.roles.find((r) => r.name === name)!;
    const concernA = (title: string) => wa.concerns.find((c) => c.title === title)!;
    const concernB = (title: string) => wb.concerns.find((c) => c.title === title)!;

    expect(body.sameWorkshop).toBe(false);
    // in A's order, with A's ids and names
    expect(body.roles).toEqual([
      { ...roleA('Data Engineering'), bId: roleB('DATA ENGINEERING').id, matchedBy: 'title' },
      { ...roleA('MLOps'), bId: roleB('mlops').id, matchedBy: 'title' },
    ]);
    expect(body.concerns).toEqual([
      { ...concernA('Ingestion'), bId: concernB('INGESTION').id, matchedBy: 'title' },
      { ...concernA('Model serving'), bId: concernB('model  serving').id, matchedBy: 'title' },
    ]);
    expect(body.unmatched).toEqual({
      a: { roles: [roleA('Data Science')], concerns: [concernA('Feature store'), concernA('Monitoring')] },
      b: { roles: [roleB('Platform')], concerns: [concernB('Retraining')] },
    });

    const [ha, hb] = [await heatmapOf(owner, sa.id), await heatmapOf(owner, sb.id)];
    expect(body.heatmapA).toEqual(ha);
    expect(body.heatmapB).toEqual(hb);
    expectDeltasFromHeatmaps(body, ha, hb);
    const de = roleA('Data Engineering').id;
    const ml = roleA('MLOps').id;
    // Ingestion: DE 0 − 1, ML 1 − 0, both CLEAR (a different owner); Model serving: ML .5 − 1, CLEAR → OVERLAP
    // (Platform's 50% has no column in A: it shows as the status change, not as a share)
    expect(body.comparison.concerns).toEqual([
      { concernId: concernA('Ingestion').id, shareDelta: { [de]: -1, [ml]: 1 }, nobodyDelta: 0, statusFrom: 'clear', statusTo: 'clear', agreementDelta: 0, comparable: true },
      { concernId: concernA('Model serving').id, shareDelta: { [de]: 0, [ml]: -0.5 }, nobodyDelta: 0, statusFrom: 'clear', statusTo: 'overlap', agreementDelta: -1, comparable: true },
    ]);
  });

  it('is 404 session/not-found unless the caller owns both sessions, and 401 without signing in', async () => {
    const owner = await signUp(server.url);
    const stranger = await signUp(server.url);
    const w = await workshop(owner, ['Data Engineering', 'MLOps'], ['Ingestion']);
    const [sa, sb] = [await startedSession(owner, w.id), await startedSession(owner, w.id)];
    const theirs = await startedSession(stranger, (await workshop(stranger, ['Data Engineering', 'MLOps'], ['Ingestion'])).id);

    const notFound = { status: 404, body: { code: 'session/not-found', message: expect.any(String) } };
    expect(await statusAndBody(stranger.get(`/api/sessions/${sa.id}/compare/${sb.id}`))).toEqual(notFound);
    // owning one of the two is not enough, either way round
    expect(await statusAndBody(stranger.get(`/api/sessions/${theirs.id}/compare/${sb.id}`))).toEqual(notFound);
    expect(await statusAndBody(owner.get(`/api/sessions/${sa.id}/compare/${theirs.id}`))).toEqual(notFound);
    for (const bad of ['not-an-id', randomUUID()]) {
      expect(await statusAndBody(owner.get(`/api/sessions/${sa.id}/compare/${bad}`))).toEqual(notFound);
    }
    const signedOut = await fetch(`${server.url}/api/sessions/${sa.id}/compare/${sb.id}`);
    expect(signedOut.status).toBe(401);
    // and the owner still gets the comparison
    expect((await owner.get(`/api/sessions/${sa.id}/compare/${sb.id}`)).status).toBe(200);
  });

  it('is in the OpenAPI document: the path, its round query and the response shape', async () => {
    const doc = (await (await fetch(`${server.url}/api/docs/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { parameters: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, { schema: { properties?: Record<string, unknown> } }> }> }>>;
    };
    const op = doc.paths['/api/sessions/{a}/compare/{b}']?.get;
    expect(op?.parameters.map((p) => `${p.in}:${p.name}`).sort()).toEqual(['path:a', 'path:b', 'query:round']);
    expect(Object.keys(op?.responses['200']?.content?.['application/json']?.schema.properties ?? {})).toEqual(Object.keys(ZSessionComparison.shape));
    expect(Object.keys(op?.responses ?? {}).sort()).toEqual(['200', '400', '404']);
  });
});
