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
