import { randomUUID } from 'node:crypto';
import { baseUrl } from './browser.js';

/** A new facilitator through the public HTTP API: the cookie (for a browser context) and a caller with it. */
export async function facilitatorApi(name: string): Promise<{ cookie: string; call: <T>(method: string, path: string, body?: unknown) => Promise<T> }> {
  const signup = await fetch(`${baseUrl()}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `e2e-${randomUUID()}@example.test`, password: 'correct horse battery', name }),
  });
  if (signup.status !== 201) throw new Error(`signup: ${signup.status}`);
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${baseUrl()}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  return { cookie, call };
}
