import type { TSession, TWorkshop } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ApiClient } from './http-client.js';

let counter = 0;

/** An email no other test (in this run or an earlier one on the same database) has used. */
export function uniqueEmail(prefix = 'facilitator'): string {
  counter += 1;
  return `${prefix}-${process.pid}-${counter}-${randomUUID().slice(0, 8)}@example.test`;
}

export const PASSWORD = 'correct horse battery';

/** Signs a new facilitator up through the API; the client holds their session cookie. */
export async function signUp(baseUrl: string, overrides: { email?: string; password?: string; name?: string } = {}): Promise<ApiClient & { email: string; userId: string }> {
  const client = new ApiClient(baseUrl);
  const email = overrides.email ?? uniqueEmail();
  const res = await client.post<{ user: { id: string } }>('/api/auth/signup', { email, password: overrides.password ?? PASSWORD, name: overrides.name ?? 'Test Facilitator' });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  return Object.assign(client, { email, userId: res.body.user.id });
}

/** A small custom workshop body: three roles, four concerns. */
export function workshopBody(overrides: Record<string, unknown> = {}) {
  return {
    title: `Ownership check ${randomUUID().slice(0, 6)}`,
    description: 'Who owns what on the platform team',
    roles: [{ name: 'Data Engineering' }, { name: 'MLOps' }, { name: 'Data Science' }],
    concerns: [
      { title: 'Ingestion', description: 'Pulling data in', category: 'Pipelines' },
      { title: 'Feature store', category: 'Features' },
      { title: 'Model serving', description: 'Online inference', category: 'Deployment' },
      { title: 'Monitoring' },
    ],
    ...overrides,
  };
}

export async function createWorkshop(client: ApiClient, body: unknown = workshopBody()): Promise<TWorkshop> {
  const res = await client.post<TWorkshop>('/api/workshops', body);
  if (res.status !== 201) throw new Error(`workshop creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createSession(client: ApiClient, workshopId: string, settings: Record<string, unknown> = {}): Promise<TSession> {
  const res = await client.post<TSession>(`/api/workshops/${workshopId}/sessions`, settings);
  if (res.status !== 201) throw new Error(`session creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A session of a small workshop (four roles, `concerns` concerns in two categories), live
 * unless `start: false`: what the live tests play a room against.
 */
export async function liveSession(client: ApiClient, options: { concerns?: number; settings?: Record<string, unknown>; start?: boolean } = {}): Promise<TSession> {
  const workshop = await createWorkshop(
    client,
    workshopBody({
      roles: [{ name: 'Data Engineering' }, { name: 'MLOps' }, { name: 'Data Science' }, { name: 'Platform' }],
      concerns: Array.from({ length: options.concerns ?? 4 }, (_, i) => ({ title: `Concern ${i + 1}`, description: `What concern ${i + 1} is`, category: i < 2 ? 'Pipelines' : 'Models' })),
    }),
  );
  const session = await createSession(client, workshop.id, options.settings);
  return options.start === false ? session : startSession(client, session.id);
}

/** The facilitator's "start": the session goes live. */
export async function startSession(client: ApiClient, sessionId: string): Promise<TSession> {
  const started = await client.post<TSession>(`/api/sessions/${sessionId}/actions`, { action: 'start' });
  if (started.status !== 200) throw new Error(`start failed: ${started.status} ${JSON.stringify(started.body)}`);
  return started.body;
}

/** Direct access to the test database, for what the API does not show (hashes, expiry). */
export async function withDatabase<T>(fn: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: process.env.THINLINE_TEST_DATABASE_URL });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}
