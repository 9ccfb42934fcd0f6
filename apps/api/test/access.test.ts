import type { TSession, TSessionSummary, TWorkshop } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { createSession, createWorkshop, signUp, workshopBody } from './support/factories.js';
import { ApiClient } from './support/http-client.js';

interface Ids {
  workshop: string;
  session: string;
  concern: string;
}

/** Every endpoint that takes a workshop or session id, with a body that would succeed for the owner. */
const ENDPOINTS: { name: string; method: string; path: (ids: Ids) => string; body?: (ids: Ids) => unknown; code: string }[] = [
  { name: 'read a workshop', method: 'GET', path: (i) => `/api/workshops/${i.workshop}`, code: 'workshop/not-found' },
  { name: 'edit a workshop', method: 'PATCH', path: (i) => `/api/workshops/${i.workshop}`, body: () => ({ title: 'Hijacked' }), code: 'workshop/not-found' },
  { name: 'delete a workshop', method: 'DELETE', path: (i) => `/api/workshops/${i.workshop}`, code: 'workshop/not-found' },
  { name: 'export a workshop', method: 'GET', path: (i) => `/api/workshops/${i.workshop}/export`, code: 'workshop/not-found' },
  { name: 'start a session of a workshop', method: 'POST', path: (i) => `/api/workshops/${i.workshop}/sessions`, body: () => ({}), code: 'workshop/not-found' },
  { name: 'list a workshop\'s sessions', method: 'GET', path: (i) => `/api/workshops/${i.workshop}/sessions`, code: 'workshop/not-found' },
  { name: 'read a session', method: 'GET', path: (i) => `/api/sessions/${i.session}`, code: 'session/not-found' },
  { name: 'delete a session', method: 'DELETE', path: (i) => `/api/sessions/${i.session}`, code: 'session/not-found' },
  { name: 'start a session', method: 'POST', path: (i) => `/api/sessions/${i.session}/actions`, body: () => ({ action: 'start' }), code: 'session/not-found' },
  { name: 'close a session', method: 'POST', path: (i) => `/api/sessions/${i.session}/actions`, body: () => ({ action: 'close' }), code: 'session/not-found' },
  { name: 'lock a concern', method: 'POST', path: (i) => `/api/sessions/${i.session}/actions`, body: (i) => ({ action: 'lock', concernId: i.concern }), code: 'session/not-found' },
  { name: 'reveal a concern', method: 'POST', path: (i) => `/api/sessions/${i.session}/actions`, body: (i) => ({ action: 'reveal', concernId: i.concern }), code: 'session/not-found' },
];

describe('one facilitator\'s workshops and sessions are invisible to everyone else', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10000' });
  let owner: ApiClient;
  let intruder: ApiClient;
  let ids: Ids;
  let workshop: TWorkshop;
  let session: TSession;

  beforeAll(async () => {
    owner = await signUp(api.url);
    intruder = await signUp(api.url);
    workshop = await createWorkshop(owner, workshopBody());
    session = await createSession(owner, workshop.id);
    ids = { workshop: workshop.id, session: session.id, concern: session.concerns[0]!.id };
    // The intruder has data of their own, so "not found" cannot come from an empty account.
    await createSession(intruder, (await createWorkshop(intruder)).id);
  });

  it.each(ENDPOINTS)('another facilitator gets 404 when they try to $name', async ({ method, path, body, code }) => {
    const res = await intruder.request(method, path(ids), body?.(ids));
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code, message: expect.any(String) });
  });

  it('the owner\'s data is untouched after all that, and still theirs to use', async () => {
    expect((await owner.get<TWorkshop>(`/api/workshops/${workshop.id}`)).body).toEqual(workshop);
    expect((await owner.get<TSession>(`/api/sessions/${session.id}`)).body).toEqual(session);
    expect((await owner.get<TSessionSummary[]>(`/api/workshops/${workshop.id}/sessions`)).body).toHaveLength(1);
    expect((await intruder.get<TWorkshop[]>('/api/workshops')).body.map((w) => w.id)).not.toContain(workshop.id);
  });

  it.each(ENDPOINTS)('a malformed or unknown id answers the same 404 when they try to $name', async ({ method, path, body, code }) => {
    for (const bad of ['not-an-id', '123', randomUUID(), `${randomUUID()}x`]) {
      const res = await owner.request(method, path({ workshop: bad, session: bad, concern: ids.concern }), body?.(ids));
      expect([bad, res.status, res.body.code]).toEqual([bad, 404, code]);
    }
  });

  it.each([
    ...ENDPOINTS,
    { name: 'list templates', method: 'GET', path: () => '/api/templates', code: '' },
    { name: 'list workshops', method: 'GET', path: () => '/api/workshops', code: '' },
    { name: 'create a workshop', method: 'POST', path: () => '/api/workshops', body: () => ({ templateId: 'de-vs-mlops' }), code: '' },
    { name: 'import a workshop', method: 'POST', path: () => '/api/workshops/import', body: () => ({}), code: '' },
  ])('without signing in, $name is 401 auth/required', async ({ method, path, body }) => {
    const res = await new ApiClient(api.url).request(method, path(ids), body?.(ids));
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ code: 'auth/required', message: 'Sign in to continue.' });
  });
});
