import type { TUserResponse } from '@thinline/shared';
import { createHash } from 'node:crypto';
import { apiForSuite } from './support/api-process.js';
import { PASSWORD, signUp, uniqueEmail, withDatabase } from './support/factories.js';
import { ApiClient } from './support/http-client.js';

describe('accounts', () => {
  // Many accounts are made here from one address; the limit itself is tested below.
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10000' });

  it('signs up with a lower-cased email, sets an httpOnly SameSite=Lax session cookie for 30 days, and knows the user', async () => {
    const client = new ApiClient(api.url);
    const email = uniqueEmail('Mixed.Case');
    const res = await client.post('/api/auth/signup', { email: `  ${email.toUpperCase()} `, password: PASSWORD, name: '  Ana  ' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ user: { id: expect.any(String), email: email.toLowerCase(), name: 'Ana' } });

    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('thinline_session='))!;
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Lax/);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/; Secure/);
    const expires = new Date(/Expires=([^;]+)/.exec(setCookie)![1]!).getTime();
    expect(Math.abs(expires - (Date.now() + 30 * 24 * 3600 * 1000))).toBeLessThan(60_000);

    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual(res.body);
  });

  it('stores an argon2id hash, never the password, and only the SHA-256 of the cookie token', async () => {
    const client = await signUp(api.url);
    const token = client.cookie!.split('=')[1]!;
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const { user, sessions } = await withDatabase(async (db) => ({
      user: (await db.query('SELECT password_hash FROM "user" WHERE email = $1', [client.email])).rows[0],
      sessions: (await db.query('SELECT token_hash FROM auth_session WHERE user_id = $1', [client.userId])).rows,
    }));
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
    expect(user.password_hash).not.toContain(PASSWORD);
    expect(sessions).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
  });

  it('signs in with the right password (any email case) and refuses wrong ones with one message for both cases', async () => {
    const owner = await signUp(api.url);
    const client = new ApiClient(api.url);
    const ok = await client.post<TUserResponse>('/api/auth/login', { email: owner.email.toUpperCase(), password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user).toMatchObject({ id: owner.userId, email: owner.email });
    expect((await client.get('/api/auth/me')).status).toBe(200);

    const wrongPassword = await new ApiClient(api.url).post('/api/auth/login', { email: owner.email, password: 'not the password' });
    const unknownEmail = await new ApiClient(api.url).post('/api/auth/login', { email: uniqueEmail('nobody'), password: PASSWORD });
    expect(wrongPassword.status).toBe(401);
    expect(wrongPassword.body).toEqual({ code: 'auth/invalid-credentials', message: expect.any(String) });
    expect(unknownEmail.status).toBe(401);
    expect(unknownEmail.body).toEqual(wrongPassword.body);
    expect(wrongPassword.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a second account with the same email in another case: 409 auth/email-taken', async () => {
    const owner = await signUp(api.url);
    const again = await new ApiClient(api.url).post('/api/auth/signup', { email: owner.email.toUpperCase(), password: PASSWORD, name: 'Copy' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('auth/email-taken');
  });

  it('says what is wrong with a sign-up: short password, bad email, missing name, unknown field', async () => {
    const client = new ApiClient(api.url);
    const short = await client.post('/api/auth/signup', { email: uniqueEmail(), password: '123456789', name: 'A' });
    expect(short.status).toBe(400);
    expect(short.body).toEqual({ code: 'validation/invalid', message: 'password: a password needs at least 10 characters' });
    const email = await client.post('/api/auth/signup', { email: 'not-an-email', password: PASSWORD, name: 'A' });
    expect(email.body).toEqual({ code: 'validation/invalid', message: 'email: must be an email address' });
    const name = await client.post('/api/auth/signup', { email: uniqueEmail(), password: PASSWORD, name: '   ' });
    expect(name.body.message).toBe('name: a name is needed');
    const extra = await client.post('/api/auth/signup', { email: uniqueEmail(), password: PASSWORD, name: 'A', admin: true });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toContain('admin');
  });

  it('answers 401 auth/required without a cookie, with an unknown token, and with an expired session', async () => {
    const none = await new ApiClient(api.url).get('/api/auth/me');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ code: 'auth/required', message: 'Sign in to continue.' });

    const forged = new ApiClient(api.url);
    forged.cookie = 'thinline_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    expect((await forged.get('/api/auth/me')).status).toBe(401);

    const expiring = await signUp(api.url);
    await withDatabase((db) => db.query(`UPDATE auth_session SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expiring.userId]));
    const expired = await expiring.get('/api/auth/me');
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('auth/required');
  });

  it('signs out: 204, the cookie is cleared and the old token no longer works anywhere', async () => {
    const client = await signUp(api.url);
    const stolen = client.cookie;
    const out = await client.post('/api/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/thinline_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(client.cookie).toBeUndefined();
    const replay = new ApiClient(api.url);
    replay.cookie = stolen;
    expect((await replay.get('/api/auth/me')).status).toBe(401);
    // Signing out again is harmless.
    expect((await client.post('/api/auth/logout')).status).toBe(204);
  });

  it('keeps one browser signed in when another signs out', async () => {
    const laptop = await signUp(api.url);
    const phone = new ApiClient(api.url);
    await phone.post('/api/auth/login', { email: laptop.email, password: PASSWORD });
    await phone.post('/api/auth/logout');
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
  });

  it('refuses a state-changing request another site sends (403 request/forbidden-origin) and accepts its own', async () => {
    const client = await signUp(api.url);
    const body = { templateId: 'de-vs-mlops' };
    const foreign = await client.post('/api/workshops', body, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({ code: 'request/forbidden-origin', message: expect.any(String) });
    expect((await client.post('/api/workshops', body, { origin: 'null' })).status).toBe(403);
    expect((await client.post('/api/auth/logout', undefined, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    const signIn = await new ApiClient(api.url).post('/api/auth/login', { email: client.email, password: PASSWORD }, { origin: 'https://evil.example' });
    expect(signIn.status).toBe(403);

    expect((await client.post('/api/workshops', body, { origin: `http://127.0.0.1:${api.port}` })).status).toBe(201);
    expect((await client.post('/api/workshops', body)).status).toBe(201);
    expect((await client.get('/api/workshops')).body).toHaveLength(2);
  });
});

describe('accounts behind a TLS proxy (TRUST_PROXY)', () => {
  const api = apiForSuite({ TRUST_PROXY: 'true' });

  it('marks the session cookie Secure', async () => {
    const res = await new ApiClient(api.url).post('/api/auth/signup', { email: uniqueEmail(), password: PASSWORD, name: 'Proxied' }, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(201);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('thinline_session='))).toMatch(/; Secure/);
  });
});

describe('sign-in rate limit', () => {
  const api = apiForSuite({ RATE_LIMIT_AUTH_PER_MINUTE: '10' });

  it('answers the 11th attempt in a minute from one address with 429 rate/limited, sign-up included', async () => {
    const email = uniqueEmail();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await new ApiClient(api.url).post('/api/auth/login', { email, password: `wrong password ${i}` })).status);
    expect(statuses).toEqual(Array(10).fill(401));

    const eleventh = await new ApiClient(api.url).post('/api/auth/login', { email, password: 'wrong password 11' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body).toEqual({ code: 'rate/limited', message: 'Too many requests. Wait a moment and try again.' });
    // how long to wait, in whole seconds: at most the rest of the minute's window
    const retryAfter = Number(eleventh.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60).toBe(true);
    const signup = await new ApiClient(api.url).post('/api/auth/signup', { email: uniqueEmail(), password: PASSWORD, name: 'Late' });
    expect(signup.status).toBe(429);
    // The rest of the API is not limited by this budget.
    expect((await fetch(`${api.url}/api/health`)).status).toBe(200);
  });
});
