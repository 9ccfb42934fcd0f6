import { DE_VS_MLOPS, type TTemplate, type TWorkshop, type TWorkshopFile } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, workshopBody } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';

type Concern = TWorkshop['concerns'][number];
const ids = (reply: { body: { id: string }[] }) => reply.body.map((w) => w.id);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('workshops', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10000' });
  let me: ApiClient;

  beforeAll(async () => {
    me = await signUp(api.url);
  });

  it('lists the built-in templates, the Data Engineering vs MLOps one among them', async () => {
    const res = await me.get<TTemplate[]>('/api/templates');
    expect(res.status).toBe(200);
    const template = res.body.find((t) => t.id === 'de-vs-mlops')!;
    expect(template).toMatchObject({ title: 'Data Engineering vs MLOps', roles: DE_VS_MLOPS.roles });
    expect(template.concerns).toHaveLength(DE_VS_MLOPS.concerns.length);
  });

  it('lists the templates in the language asked for and keeps that language in a workshop made from one', async () => {
    const de = await me.get<TTemplate[]>('/api/templates?locale=de');
    expect(de.status).toBe(200);
    expect(de.body[0]).toMatchObject({ id: 'de-vs-mlops', title: 'Data Engineering vs. MLOps' });
    expect(de.body[0]!.concerns[0]!.title).toBe('Ingestion- und ETL-Pipelines');
    expect((await me.get('/api/templates?locale=xx')).status).toBe(400);
    const ja = await me.post<TWorkshop>('/api/workshops', { templateId: 'de-vs-mlops', locale: 'ja' });
    expect(ja.status).toBe(201);
    expect(ja.body.title).toBe('データエンジニアリング vs MLOps');
    expect(ja.body.roles.map((r) => r.name)).toEqual(['データエンジニアリング', 'MLOps / ML エンジニアリング', 'データサイエンス', 'プラットフォーム / 運用']);
    expect(ja.body.concerns[0]).toMatchObject({ title: 'データ取り込みと ETL パイプライン', category: 'パイプライン' });
    const locales = await me.get<{ locales: { code: string; name: string }[] }>('/api/locales');
    expect(locales.body.locales.map((l) => l.code)).toEqual(['en', 'de', 'fr', 'es', 'pt-BR', 'ja']);
  });

  it('creates a workshop from the de-vs-mlops template with a server-made id for every role and concern', async () => {
    const res = await me.post<TWorkshop>('/api/workshops', { templateId: 'de-vs-mlops' });
    expect(res.status).toBe(201);
    const w = res.body;
    expect(w).toMatchObject({ id: expect.stringMatching(UUID), title: DE_VS_MLOPS.title, description: DE_VS_MLOPS.description });
    expect(w.roles.map((r) => r.name)).toEqual(DE_VS_MLOPS.roles.map((r) => r.name));
    expect(w.concerns.map((c) => [c.title, c.category])).toEqual(DE_VS_MLOPS.concerns.map((c) => [c.title, c.category]));
    const ids = [...w.roles, ...w.concerns].map((x) => x.id);
    expect(ids.every((id) => UUID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Date(w.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

    // A second workshop from the same template gets its own ids.
    const again = await createWorkshop(me, { templateId: 'de-vs-mlops' });
    expect(again.roles[0]!.id).not.toBe(w.roles[0]!.id);
  });

  it('answers an unknown template with 404 template/not-found', async () => {
    const res = await me.post('/api/workshops', { templateId: 'no-such-template' });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('template/not-found');
  });

  it('creates a custom workshop; missing descriptions and categories become empty strings, client ids are not trusted', async () => {
    const body = workshopBody();
    const res = await me.post<TWorkshop>('/api/workshops', { ...body, roles: [{ id: '11111111-1111-4111-8111-111111111111', name: 'Data Engineering' }, { name: 'MLOps' }] });
    expect(res.status).toBe(201);
    expect(res.body.roles[0]!.id).not.toBe('11111111-1111-4111-8111-111111111111');
    expect(res.body.concerns[3]).toEqual({ id: expect.stringMatching(UUID), title: 'Monitoring', description: '', category: '' });
    const read = await me.get(`/api/workshops/${res.body.id}`);
    expect(read.body).toEqual(res.body);
  });

  it('edits: renames without touching the rest, keeps the ids items carry, gives new ones to new items, and reorders by list order', async () => {
    const w = await createWorkshop(me);
    const [de, mlops, ds] = w.roles as [TWorkshop['roles'][number], TWorkshop['roles'][number], TWorkshop['roles'][number]];
    const [ingestion, features, serving, monitoring] = w.concerns as [Concern, Concern, Concern, Concern];

    const renamed = await me.patch<TWorkshop>(`/api/workshops/${w.id}`, { title: 'Renamed' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ title: 'Renamed', description: w.description, roles: w.roles, concerns: w.concerns });
    expect(new Date(renamed.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(w.updatedAt).getTime());

    const edited = await me.patch<TWorkshop>(`/api/workshops/${w.id}`, {
      roles: [{ id: ds.id, name: 'Data Science' }, { id: de.id, name: 'Data Eng' }, { name: 'Platform' }],
      concerns: [monitoring, { ...serving, title: 'Serving' }, ingestion],
    });
    expect(edited.status).toBe(200);
    const { roles, concerns } = edited.body;
    expect(roles.map((r) => r.name)).toEqual(['Data Science', 'Data Eng', 'Platform']);
    expect(roles[0]!.id).toBe(ds.id);
    expect(roles[1]!.id).toBe(de.id);
    expect([de.id, mlops.id, ds.id]).not.toContain(roles[2]!.id);
    expect(concerns.map((c) => c.id)).toEqual([monitoring.id, serving.id, ingestion.id]);
    expect(concerns[1]!.title).toBe('Serving');
    expect(concerns.map((c) => c.id)).not.toContain(features.id);

    // The edit is what a later read sees.
    expect((await me.get(`/api/workshops/${w.id}`)).body).toEqual(edited.body);
  });

  it('gives a new id to an item whose id is not one of the workshop\'s, or repeats one already used', async () => {
    const w = await createWorkshop(me);
    const other = await createWorkshop(me);
    const res = await me.patch<TWorkshop>(`/api/workshops/${w.id}`, {
      roles: [{ id: w.roles[0]!.id, name: 'One' }, { id: w.roles[0]!.id, name: 'Two' }, { id: other.roles[0]!.id, name: 'Three' }],
    });
    expect(res.status).toBe(200);
    const ids = res.body.roles.map((r) => r.id);
    expect(ids[0]).toBe(w.roles[0]!.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).not.toContain(other.roles[0]!.id);
  });

  it('exports a portable file and imports it back as a new workshop with the same content', async () => {
    const w = await createWorkshop(me);
    const exported = await me.get<TWorkshopFile>(`/api/workshops/${w.id}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body).toEqual({
      format: 'thinline.workshop/v1',
      title: w.title,
      description: w.description,
      roles: w.roles.map((r) => ({ name: r.name })),
      concerns: w.concerns.map((c) => ({ title: c.title, description: c.description, category: c.category })),
    });
    expect(JSON.stringify(exported.body)).not.toContain(w.id);

    const imported = await me.post<TWorkshop>('/api/workshops/import', exported.body);
    expect(imported.status).toBe(201);
    expect(imported.body.id).not.toBe(w.id);
    expect(imported.body).toMatchObject({ title: w.title, description: w.description });
    expect(imported.body.concerns.map((c) => c.title)).toEqual(w.concerns.map((c) => c.title));
    expect(imported.body.roles[0]!.id).not.toBe(w.roles[0]!.id);
  });

  it.each([
    ['a file of another format', { format: 'something/v9', title: 'x', roles: [], concerns: [] }, /not a Thinline workshop file/],
    ['a JSON array', [1, 2, 3], /not a Thinline workshop file/],
    ['a workshop with one role', { format: 'thinline.workshop/v1', title: 'x', roles: [{ name: 'Solo' }], concerns: [{ title: 'c' }] }, /roles: .*2/],
    ['a workshop with duplicate role names', { format: 'thinline.workshop/v1', title: 'x', roles: [{ name: 'A' }, { name: 'a' }], concerns: [{ title: 'c' }] }, /role names must be different/],
    ['a concern without a title', { format: 'thinline.workshop/v1', title: 'x', roles: [{ name: 'A' }, { name: 'B' }], concerns: [{ description: 'd' }] }, /concerns\.0\.title/],
    ['ids from another server', { format: 'thinline.workshop/v1', title: 'x', roles: [{ id: 'r1', name: 'A' }, { name: 'B' }], concerns: [{ title: 'c' }] }, /roles\.0.*id/],
  ])('refuses %s as 400 workshop/invalid-file saying what is wrong', async (_name, file, message) => {
    const before = (await me.get<TWorkshop[]>('/api/workshops')).body.length;
    const res = await me.post('/api/workshops/import', file);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('workshop/invalid-file');
    expect(res.body.message).toMatch(message);
    expect((await me.get<TWorkshop[]>('/api/workshops')).body).toHaveLength(before);
  });

  it('lists only my workshops, newest first, with their session counts, and searches titles', async () => {
    const owner = await signUp(api.url);
    const older = await createWorkshop(owner, workshopBody({ title: 'Q3 platform review' }));
    const newer = await createWorkshop(owner, workshopBody({ title: 'Fraud team: 100% ownership?' }));
    await createSession(owner, older.id);
    await createSession(owner, older.id);
    await createWorkshop(await signUp(api.url), workshopBody({ title: 'Someone else\'s platform review' }));

    const list = await owner.get<TWorkshop[]>('/api/workshops');
    expect(list.status).toBe(200);
    expect(list.body.map((w) => w.id)).toEqual([newer.id, older.id]);
    expect(list.body.map((w) => w.sessionCount)).toEqual([0, 2]);
    expect(list.body[1]).toMatchObject({ title: 'Q3 platform review', roles: older.roles, concerns: older.concerns });

    expect(ids(await owner.get<TWorkshop[]>('/api/workshops?q=PLATFORM'))).toEqual([older.id]);
    expect(ids(await owner.get<TWorkshop[]>('/api/workshops?q=100%25'))).toEqual([newer.id]);
    expect(ids(await owner.get<TWorkshop[]>('/api/workshops?q=%25'))).toEqual([newer.id]);
    expect((await owner.get('/api/workshops?q=_')).body).toEqual([]);
    expect((await owner.get('/api/workshops?q=nothing-like-this')).body).toEqual([]);
  });

  it('deletes a workshop with its sessions', async () => {
    const w = await createWorkshop(me);
    const session = await createSession(me, w.id);
    const res = await me.delete(`/api/workshops/${w.id}`);
    expect(res.status).toBe(204);
    expect((await me.get(`/api/workshops/${w.id}`)).status).toBe(404);
    expect((await me.get(`/api/sessions/${session.id}`)).status).toBe(404);
    expect((await me.delete(`/api/workshops/${w.id}`)).body.code).toBe('workshop/not-found');
  });

  describe('validation: 400 validation/invalid with a readable message', () => {
    const roles = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Role ${i + 1}` }));
    const concerns = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Concern ${i + 1}` }));

    it.each([
      ['more than 20 roles', () => workshopBody({ roles: roles(21) }), 'roles: a workshop has at most 20 roles'],
      ['fewer than 2 roles', () => workshopBody({ roles: roles(1) }), 'roles: a workshop needs at least 2 roles'],
      ['more than 100 concerns', () => workshopBody({ concerns: concerns(101) }), 'concerns: a workshop has at most 100 concerns'],
      ['no concerns', () => workshopBody({ concerns: [] }), 'concerns: a workshop needs at least one concern'],
      ['two roles with the same name', () => workshopBody({ roles: [{ name: 'MLOps' }, { name: 'mlops' }] }), 'roles: role names must be different'],
      ['an unknown field', () => workshopBody({ colour: 'red' }), 'Unrecognized key: "colour"'],
      ['an unknown field in a concern', () => workshopBody({ concerns: [{ title: 'x', owner: 'me' }] }), 'concerns.0: Unrecognized key: "owner"'],
      ['an empty body', () => ({}), 'templateId: '],
      ['a title too long', () => workshopBody({ title: 'x'.repeat(121) }), 'title: '],
    ])('creating with %s', async (_name, body, message) => {
      const res = await me.post('/api/workshops', body());
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation/invalid');
      expect(res.body.message).toContain(message);
    });

    it('editing with more than 20 roles or an unknown field changes nothing', async () => {
      const w = await createWorkshop(me);
      const tooMany = await me.patch(`/api/workshops/${w.id}`, { roles: roles(21) });
      expect(tooMany.status).toBe(400);
      expect(tooMany.body).toEqual({ code: 'validation/invalid', message: 'roles: a workshop has at most 20 roles' });
      const unknown = await me.patch(`/api/workshops/${w.id}`, { ownerId: '11111111-1111-4111-8111-111111111111' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toContain('ownerId');
      expect((await me.get(`/api/workshops/${w.id}`)).body).toEqual(w);
    });

    it('100 concerns and 20 roles are fine', async () => {
      const res = await me.post<TWorkshop>('/api/workshops', workshopBody({ roles: roles(20), concerns: concerns(100) }));
      expect(res.status).toBe(201);
      expect(res.body.concerns).toHaveLength(100);
    });
  });
});
