import { type TSession, type TWorkshop, type TWorkshopHistory, answerKey } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, startSession, withDatabase, workshopBody } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';

/**
 * A room's answers written straight into the record (participants and last-round answers),
 * so a history of many sessions needs no phones: `answers[c]` is per participant the
 * role indexes they named for concern c (null: "nobody owns this").
 */
async function seedRoom(session: TSession, answers: (number[] | null)[][], date: string): Promise<void> {
  await withDatabase(async (db) => {
    const people = Math.max(...answers.map((a) => a.length));
    const ids = Array.from({ length: people }, () => randomUUID());
    await db.query(`INSERT INTO participant (id, session_id, own_role, resume_token_hash) SELECT unnest($1::uuid[]), $2::uuid, 'other', unnest($3::text[])`, [ids, session.id, ids.map(() => randomUUID())]);
    const rows: unknown[][] = [];
    answers.forEach((perPerson, c) =>
      perPerson.forEach((named, p) => {
        const owners = named ? named.map((i) => session.roles[i]!.id) : [];
        const choice = named ? 'owners' : 'nobody';
        rows.push([ids[p], session.concerns[c]!.id, randomUUID(), choice, `{${owners.join(',')}}`, answerKey({ choice, owners, raci: null })]);
      }),
    );
    for (const r of rows) {
      await db.query(`INSERT INTO answer (session_id, participant_id, concern_id, round, answer_id, own_role, choice, owners, answer_key) VALUES ($1, $2, $3, 1, $4, 'other', $5, $6::uuid[], $7)`, [session.id, ...r]);
    }
    await db.query(`UPDATE session SET created_at = $2, closed_at = $2, participant_count = $3 WHERE id = $1`, [session.id, date, people]);
  });
}

const everyone = (n: number, roles: number[] | null) => Array.from({ length: n }, () => roles);

describe("a workshop's history", () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10000' });
  let me: ApiClient;

  beforeAll(async () => {
    me = await signUp(api.url);
  });

  it('two sessions: one point per session, oldest first, and what moved in words, new gaps first', async () => {
    const workshop = await createWorkshop(me, workshopBody());
    const [march, june] = [await createSession(me, workshop.id), await createSession(me, workshop.id)] as [TSession, TSession];
    // made in the other order: the history sorts by date, not by creation
    await seedRoom(june, [everyone(4, null), everyone(4, [1]), [[0], [0, 1], [0, 1], [1]], []], '2026-06-10T10:00:00Z');
    await seedRoom(march, [everyone(4, [0]), everyone(4, [2]), everyone(4, [0]), []], '2026-03-12T10:00:00Z');
    await startSession(me, march.id);
    const [de, ml, ds] = march.roles.map((r) => r.id) as [string, string, string];
    expect((await me.put(`/api/sessions/${march.id}/decisions/${march.concerns[1]!.id}`, { raci: { [ds]: 'A', [de]: 'C' } })).status).toBe(200);

    const res = await me.get<TWorkshopHistory>(`/api/workshops/${workshop.id}/history`);
    expect(res.status).toBe(200);
    const h = res.body;
    expect(h.sessions.map((s) => s.id)).toEqual([march.id, june.id]);
    expect(h.sessions[0]).toMatchObject({ title: march.title, participants: 4, date: '2026-03-12T10:00:00.000Z' });
    expect(h.concerns.map((c) => c.title)).toEqual(['Ingestion', 'Feature store', 'Model serving', 'Monitoring']);
    const [ingestion, features, serving, monitoring] = h.concerns as [TWorkshopHistory['concerns'][number], TWorkshopHistory['concerns'][number], TWorkshopHistory['concerns'][number], TWorkshopHistory['concerns'][number]];
    expect(ingestion.points.map((p) => [p.status, p.agreement, p.owners])).toEqual([
      ['clear', 1, [de]],
      ['gap', 1, []],
    ]);
    expect(features.points.map((p) => [p.status, p.owners, p.decision])).toEqual([
      ['clear', [ds], { raci: { [ds]: 'A', [de]: 'C' } }],
      ['clear', [ml], null],
    ]);
    expect(serving.points[1]).toMatchObject({ status: 'overlap', owners: [de, ml] });
    expect(monitoring.points.map((p) => [p.status, p.agreement])).toEqual([
      ['no data', null],
      ['no data', null],
    ]);
    expect(h.changes).toEqual([
      // the ids beside the English text let a screen say the same in its own language
      { concernId: ingestion.concernId, kind: 'new-gap', text: 'Ingestion: clear in March 2026, now a gap: the room names no owner', sinceSessionId: march.id, was: 'clear', decided: null, now: [] },
      { concernId: features.concernId, kind: 'drift', text: 'Feature store: decided Data Science in March 2026, the room now names MLOps', sinceSessionId: march.id, was: 'clear', decided: ds, now: [ml] },
      { concernId: serving.concernId, kind: 'new-overlap', text: 'Model serving: clear in March 2026, now an overlap: Data Engineering and MLOps', sinceSessionId: march.id, was: 'clear', decided: null, now: [de, ml] },
    ]);

    const file = await fetch(`${api.url}/api/workshops/${workshop.id}/history.json`, { headers: { cookie: me.cookie! } });
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="thinline-ownership-check-[a-z0-9]+-history\.json"$/);
    expect(await file.json()).toMatchObject({ format: 'thinline.history/v1', sessions: h.sessions, concerns: h.concerns, changes: h.changes });

    // the sentences in the language asked for; the keys, ids and numbers as they are
    const german = (await me.get<TWorkshopHistory>(`/api/workshops/${workshop.id}/history?locale=de`)).body;
    expect({ ...german, changes: [] }).toEqual({ ...h, changes: [] });
    expect(german.changes.map(({ concernId, kind, text }) => ({ concernId, kind, text }))).toEqual([
      { concernId: ingestion.concernId, kind: 'new-gap', text: 'Ingestion: im März 2026 klar, jetzt eine Lücke: Der Raum nennt keine zuständige Rolle' },
      { concernId: features.concernId, kind: 'drift', text: 'Feature store: im März 2026 für Data Science entschieden, jetzt nennt der Raum MLOps' },
      { concernId: serving.concernId, kind: 'new-overlap', text: 'Model serving: im März 2026 klar, jetzt eine Überlappung: Data Engineering und MLOps' },
    ]);
    const japanese = await fetch(`${api.url}/api/workshops/${workshop.id}/history.json?locale=ja`, { headers: { cookie: me.cookie! } });
    expect(((await japanese.json()) as TWorkshopHistory).changes.map((c) => c.text)).toEqual([
      'Ingestion：2026年3月は明確でしたが、今回は空白です（担当に挙がったロールがありません）',
      'Feature store：2026年3月に Data Science に決定しましたが、今回の回答では MLOps が担当に挙がっています',
      'Model serving：2026年3月は明確でしたが、今回は重複です：Data Engineering、MLOps',
    ]);
    expect((await me.get(`/api/workshops/${workshop.id}/history?locale=xx`)).status).toBe(400);
    // without a locale: the latest session's language, as its exports speak it
    await withDatabase((db) => db.query(`UPDATE session SET settings = jsonb_set(settings::jsonb, '{locale}', '"fr"') WHERE id = $1`, [june.id]));
    expect((await me.get<TWorkshopHistory>(`/api/workshops/${workshop.id}/history`)).body.changes[0]!.text).toBe('Ingestion : clair en mars 2026, désormais une lacune : la salle ne désigne aucun responsable');
  });

  it('twelve sessions of twenty concerns: every point, in date order, from a handful of reads', async () => {
    const concerns = Array.from({ length: 20 }, (_, i) => ({ title: `Concern ${i + 1}`, category: i < 10 ? 'Pipelines' : 'Models' }));
    const workshop = await createWorkshop(me, workshopBody({ concerns }));
    const sessions: TSession[] = [];
    for (let i = 0; i < 12; i++) sessions.push(await createSession(me, workshop.id));
    for (const [i, s] of sessions.entries()) {
      // the room drifts from Data Engineering to MLOps over the year on even concerns
      const answers = concerns.map((_, c) => (c % 2 === 0 ? everyone(3, [i < 6 ? 0 : 1]) : everyone(3, [2])));
      await seedRoom(s, answers, `2026-${String(i + 1).padStart(2, '0')}-15T09:00:00Z`);
    }
    const h = (await me.get<TWorkshopHistory>(`/api/workshops/${workshop.id}/history`)).body;
    expect(h.sessions.map((s) => s.id)).toEqual(sessions.map((s) => s.id));
    expect(h.concerns).toHaveLength(20);
    expect(h.concerns.every((c) => c.points.length === 12 && c.points.every((p, i) => p.sessionId === sessions[i]!.id && p.status === 'clear'))).toBe(true);
    expect(h.concerns[0]!.points.map((p) => p.owners[0])).toEqual([...Array(6).fill(workshop.roles[0]!.id), ...Array(6).fill(workshop.roles[1]!.id)]);
    // nothing moved between November and December
    expect(h.changes).toEqual([]);
  });

  it('flags a point as the presenter would: too few answers, and a clear owner the room has not settled', async () => {
    const workshop = await createWorkshop(me, workshopBody());
    const session = await createSession(me, workshop.id);
    // θ 50%, k 3: Ingestion two answers; Feature store 2 of 4 name Data Engineering (50%, on θ); Model serving 4 of 4 agree
    await seedRoom(session, [everyone(2, [0]), [[0], [0], [1], [2]], everyone(4, [1]), []], '2026-05-05T10:00:00Z');
    const h = (await me.get<TWorkshopHistory>(`/api/workshops/${workshop.id}/history`)).body;
    expect(h.concerns.map((c) => [c.title, c.points[0]!.status, c.points[0]!.flag])).toEqual([
      ['Ingestion', 'clear', 'too few'],
      ['Feature store', 'clear', 'contested'],
      ['Model serving', 'clear', null],
      ['Monitoring', 'no data', null],
    ]);
  });

  it('one session and none: the history says so with what it has', async () => {
    const empty = await createWorkshop(me, workshopBody());
    expect((await me.get<TWorkshopHistory>(`/api/workshops/${empty.id}/history`)).body).toMatchObject({ sessions: [], concerns: [], changes: [] });
    const one = await createWorkshop(me, workshopBody());
    const session = await createSession(me, one.id);
    const h = (await me.get<TWorkshopHistory>(`/api/workshops/${one.id}/history`)).body;
    expect(h.sessions.map((s) => s.id)).toEqual([session.id]);
    expect(h.concerns[0]!.points).toEqual([{ sessionId: session.id, status: 'no data', flag: null, agreement: null, owners: [], decision: null }]);
    expect(h.changes).toEqual([]);
  });

  it("refuses another account's workshop and a malformed id with 404 workshop/not-found", async () => {
    const other = await signUp(api.url);
    const theirs: TWorkshop = await createWorkshop(other, workshopBody());
    for (const path of [`/api/workshops/${theirs.id}/history`, `/api/workshops/${theirs.id}/history.json`, '/api/workshops/not-an-id/history']) {
      const res = await me.get(path);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('workshop/not-found');
    }
  });
});
