import type { TSession } from '@thinline/shared';

/** A facilitator account and its cookie, made through the public HTTP API. */
export async function signUp(baseUrl: string): Promise<{ cookie: string; email: string }> {
  const email = `facilitator-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const res = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct horse battery', name: 'Fran Facilitator' }),
  });
  if (res.status !== 201) throw new Error(`signup failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, email };
}

export async function api<T>(baseUrl: string, cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

/** A live session made from a small workshop: roles A-D, `concerns` concerns. */
export async function liveSession(
  baseUrl: string,
  cookie: string,
  options: { concerns?: number; settings?: Record<string, unknown>; start?: boolean } = {},
): Promise<TSession> {
  const workshop = await api<{ id: string }>(baseUrl, cookie, 'POST', '/api/workshops', {
    title: `Test workshop ${Math.random().toString(36).slice(2, 8)}`,
    roles: [{ name: 'Data Engineering' }, { name: 'MLOps' }, { name: 'Data Science' }, { name: 'Platform' }],
    concerns: Array.from({ length: options.concerns ?? 4 }, (_, i) => ({ title: `Concern ${i + 1}`, description: `What concern ${i + 1} is`, category: i < 2 ? 'Pipelines' : 'Models' })),
  });
  if (workshop.status !== 201) throw new Error(`workshop: ${workshop.status} ${JSON.stringify(workshop.body)}`);
  const session = await api<TSession>(baseUrl, cookie, 'POST', `/api/workshops/${workshop.body.id}/sessions`, options.settings ?? {});
  if (session.status !== 201) throw new Error(`session: ${session.status} ${JSON.stringify(session.body)}`);
  if (options.start === false) return session.body;
  const started = await api<TSession>(baseUrl, cookie, 'POST', `/api/sessions/${session.body.id}/actions`, { action: 'start' });
  if (started.status !== 200 && started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
  return started.body;
}
