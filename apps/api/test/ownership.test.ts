import type { TSession, TWorkshop, TWorkshopFile } from '@thinline/shared';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, startSession, workshopBody } from './support/factories.js';
import type { ApiClient } from './support/http-client.js';

/** A workshop mapped to CODEOWNERS and Backstage handles (Monitoring left unmapped). */
export function mappedWorkshopBody() {
  return workshopBody({
    roles: [
      { name: 'Data Engineering', codeOwner: '@acme/data-eng', catalogGroup: 'group:default/data-eng' },
      { name: 'MLOps', codeOwner: 'mlops@acme.example', catalogGroup: 'mlops' },
      { name: 'Data Science' },
    ],
    concerns: [
      { title: 'Ingestion', category: 'Pipelines', paths: ['/pipelines/**', '', '*.sql'], catalogEntity: 'component:default/ingest-service' },
      { title: 'Feature store', category: 'Features', paths: ['/features/'], catalogEntity: 'resource:ml/feature-store' },
      { title: 'Model serving', category: 'Deployment', paths: ['/serving/**'], catalogEntity: 'model-serving' },
      { title: 'Monitoring' },
    ],
  });
}

describe('ownership as code: the mapping', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10000' });
  let me: ApiClient;
  let workshop: TWorkshop;

  beforeAll(async () => {
    me = await signUp(api.url);
    workshop = await createWorkshop(me, mappedWorkshopBody());
  });

  it('stores the handles, drops blank pattern lines and writes references in full form', () => {
    expect(workshop.roles.map(({ id: _id, ...r }) => r)).toEqual([
      { name: 'Data Engineering', codeOwner: '@acme/data-eng', catalogGroup: 'group:default/data-eng' },
      { name: 'MLOps', codeOwner: 'mlops@acme.example', catalogGroup: 'group:default/mlops' },
      { name: 'Data Science' },
    ]);
    expect(workshop.concerns.map((c) => [c.paths, c.catalogEntity])).toEqual([
      [['/pipelines/**', '*.sql'], 'component:default/ingest-service'],
      [['/features/'], 'resource:ml/feature-store'],
      [['/serving/**'], 'component:default/model-serving'],
      [undefined, undefined],
    ]);
  });

  it.each([
    ['codeOwner', 'workshop/invalid-code-owner', (w: TWorkshop) => ({ roles: w.roles.map((r, i) => (i === 0 ? { ...r, codeOwner: '@acme/data eng' } : r)) })],
    ['codeOwner (a leading hyphen)', 'workshop/invalid-code-owner', (w: TWorkshop) => ({ roles: w.roles.map((r, i) => (i === 0 ? { ...r, codeOwner: '@-acme' } : r)) })],
    ['catalogGroup (a component)', 'workshop/invalid-catalog-group', (w: TWorkshop) => ({ roles: w.roles.map((r, i) => (i === 1 ? { ...r, catalogGroup: 'component:default/x' } : r)) })],
    ['catalogGroup (upper-case namespace)', 'workshop/invalid-catalog-group', (w: TWorkshop) => ({ roles: w.roles.map((r, i) => (i === 1 ? { ...r, catalogGroup: 'group:Default/x' } : r)) })],
    ['paths (negation)', 'workshop/invalid-paths', (w: TWorkshop) => ({ concerns: w.concerns.map((c, i) => (i === 0 ? { ...c, paths: ['!/pipelines/keep'] } : c)) })],
    ['paths (a range)', 'workshop/invalid-paths', (w: TWorkshop) => ({ concerns: w.concerns.map((c, i) => (i === 0 ? { ...c, paths: ['/src/[ab].py'] } : c)) })],
    ['paths (a space)', 'workshop/invalid-paths', (w: TWorkshop) => ({ concerns: w.concerns.map((c, i) => (i === 0 ? { ...c, paths: ['/my dir/'] } : c)) })],
    ['catalogEntity (name ends with a dot)', 'workshop/invalid-catalog-entity', (w: TWorkshop) => ({ concerns: w.concerns.map((c, i) => (i === 2 ? { ...c, catalogEntity: 'component:default/serving.' } : c)) })],
    ['catalogEntity (a kind without spec.owner)', 'workshop/invalid-catalog-entity', (w: TWorkshop) => ({ concerns: w.concerns.map((c, i) => (i === 2 ? { ...c, catalogEntity: 'location:default/x' } : c)) })],
  ])('refuses a bad %s with 400 %s and changes nothing', async (field, code, change) => {
    const res = await me.patch(`/api/workshops/${workshop.id}`, change(workshop));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toContain(field.split(' ')[0]);
    const read = await me.get<TWorkshop>(`/api/workshops/${workshop.id}`);
    expect(read.body).toEqual({ ...workshop, canEdit: true });
  });

  it('refuses a bad handle on create too, naming the field', async () => {
    const body = mappedWorkshopBody();
    const res = await me.post('/api/workshops', { ...body, roles: [{ name: 'A', codeOwner: 'not a handle' }, { name: 'B' }] });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('workshop/invalid-code-owner');
  });

  it('clears a field given as an empty string, as the editor\'s blank box does', async () => {
    const other = await createWorkshop(me, mappedWorkshopBody());
    const res = await me.patch<TWorkshop>(`/api/workshops/${other.id}`, { roles: other.roles.map((r) => ({ ...r, codeOwner: '' })) });
    expect(res.status).toBe(200);
    expect(res.body.roles.map((r) => r.codeOwner)).toEqual([undefined, undefined, undefined]);
    expect(res.body.roles[1]!.catalogGroup).toBe('group:default/mlops');
  });

  it('carries the mapping through the JSON export and import, and refuses a bad one in a file', async () => {
    const file = (await me.get<TWorkshopFile>(`/api/workshops/${workshop.id}/export`)).body;
    expect(file.roles[0]).toEqual({ name: 'Data Engineering', codeOwner: '@acme/data-eng', catalogGroup: 'group:default/data-eng' });
    expect(file.concerns[0]).toMatchObject({ paths: ['/pipelines/**', '*.sql'], catalogEntity: 'component:default/ingest-service' });
    const imported = await me.post<TWorkshop>('/api/workshops/import', file);
    expect(imported.status).toBe(201);
    const strip = (w: TWorkshop) => ({ roles: w.roles.map(({ id: _id, ...r }) => r), concerns: w.concerns.map(({ id: _id, ...c }) => c) });
    expect(strip(imported.body)).toEqual(strip(workshop));

    const bad = await me.post('/api/workshops/import', { ...file, concerns: [{ title: 'X', paths: ['#not-a-pattern'] }] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('workshop/invalid-paths');
  });

  it('snapshots the mapping into a session', async () => {
    const session = await createSession(me, workshop.id);
    const state = (await me.get<TSession>(`/api/sessions/${session.id}`)).body;
    expect(state.roles[0]).toMatchObject({ codeOwner: '@acme/data-eng', catalogGroup: 'group:default/data-eng' });
    expect(state.concerns[1]).toMatchObject({ paths: ['/features/'], catalogEntity: 'resource:ml/feature-store' });
  });

  it('downloads CODEOWNERS and catalog-info.yaml of a session, for the facilitator and through a report link', async () => {
    const session = await startSession(me, (await createSession(me, workshop.id)).id);
    const [de, ml] = session.roles.map((r) => r.id) as [string, string];
    const [ingestion, , serving] = session.concerns.map((c) => c.id) as [string, string, string];
    expect((await me.put(`/api/sessions/${session.id}/decisions/${ingestion}`, { raci: { [de]: 'A', [ml]: 'R' } })).status).toBe(200);
    expect((await me.put(`/api/sessions/${session.id}/decisions/${serving}`, { raci: { [ml]: 'A' } })).status).toBe(200);
    const link = (await me.post<{ token: string }>(`/api/sessions/${session.id}/share`, {})).body;
    for (const path of [`/api/sessions/${session.id}`, `/api/reports/${link.token}`]) {
      const codeowners = await fetch(`${api.url}${path}/export.codeowners`, { headers: path.includes('reports') ? {} : { cookie: me.cookie! } });
      expect(codeowners.status).toBe(200);
      expect(codeowners.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(codeowners.headers.get('content-disposition')).toBe('attachment; filename="CODEOWNERS"');
      const text = await codeowners.text();
      expect(text).toContain('\n/pipelines/** @acme/data-eng mlops@acme.example\n');
      expect(text).toContain('\n/serving/** mlops@acme.example\n');
      expect(text).toContain('# - Feature store: no decision yet\n');
      const catalog = await fetch(`${api.url}${path}/export.catalog`, { headers: path.includes('reports') ? {} : { cookie: me.cookie! } });
      expect(catalog.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
      const yaml = await catalog.text();
      expect(yaml).toContain('  name: ingest-service\n');
      expect(yaml).toContain('  owner: group:default/mlops\n');
    }
  });
});
