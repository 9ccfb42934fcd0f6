import type { TAuthProviders, TMemberList, TUserResponse } from '@thinline/shared';
import { randomUUID } from 'node:crypto';
import { type ApiProcess, startApi } from './support/api-process.js';
import { query } from './support/db.js';
import { PASSWORD, signUp } from './support/factories.js';
import { ApiClient } from './support/http-client.js';
import { Browser, type IdentityProvider, passProviderPages, startIdentityProvider } from './support/identity-provider.js';
import { freePort } from './support/ports.js';
import { eventually } from './support/wait.js';

/**
 * Single sign-on against a REAL OpenID Connect provider: oidc-provider in its own process
 * on loopback, with its own login and consent pages, discovery, signed ID tokens, PKCE
 * and client_secret_basic. Each sign-in walks its pages like a person would.
 */
const ACCOUNTS = {
  'ana@corp.test': { email: 'Ana@Corp.test', email_verified: true, name: 'Ana From IdP' },
  'pat@corp.test': { email: 'pat@corp.test', email_verified: true, name: 'Pat Password' },
  'unverified@corp.test': { email: 'unverified@corp.test', email_verified: false, name: 'Una Verified' },
  'eve@elsewhere.test': { email: 'eve@elsewhere.test', email_verified: true, name: 'Eve Elsewhere' },
  'dee@corp.test': { email: 'dee@corp.test', email_verified: true, name: 'Dee Default' },
};

const usersWith = async (email: string) => Number((await query<{ n: string }>('SELECT count(*) AS n FROM "user" WHERE email = $1', [email]))[0]!.n);

describe('single sign-on with OpenID Connect, against a real provider', () => {
  let idp: IdentityProvider;
  let api: ApiProcess;
  let ssoOnly: ApiProcess;
  let defaultOrg: string;

  beforeAll(async () => {
    const [port, ssoOnlyPort] = [await freePort(), await freePort()];
    const callback = (p: number) => `http://127.0.0.1:${p}/api/auth/oidc/callback`;
    idp = await startIdentityProvider({ redirectUris: [callback(port), callback(ssoOnlyPort)], accounts: ACCOUNTS });
    defaultOrg = randomUUID();
    await query('INSERT INTO organisation (id, name) VALUES ($1, $2)', [defaultOrg, 'Corp (default org)']);
    const oidc = { OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, RATE_LIMIT_AUTH_PER_MINUTE: '100000' };
    api = await startApi({ ...oidc, PUBLIC_URL: `http://127.0.0.1:${port}`, OIDC_ALLOWED_DOMAINS: 'corp.test', OIDC_DEFAULT_ORG: defaultOrg }, { port });
    ssoOnly = await startApi({ ...oidc, PUBLIC_URL: `http://127.0.0.1:${ssoOnlyPort}`, PASSWORD_SIGNIN: 'false' }, { port: ssoOnlyPort });
  });
  afterAll(async () => {
    await Promise.all([api?.stop(), ssoOnly?.stop()]);
    await idp?.stop();
  });

  /** GET /api/auth/oidc/login in `browser`: the provider's authorization URL it redirects to. */
  async function startSignIn(browser: Browser, on: ApiProcess = api, returnTo?: string): Promise<URL> {
    const res = await browser.request(`${on.url}/api/auth/oidc/login${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`);
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location')!);
  }

  /** A whole sign-in as `login`: returns where the API's callback redirected, and the browser. */
  async function signIn(login: string, options: { on?: ApiProcess; returnTo?: string } = {}) {
    const on = options.on ?? api;
    const browser = new Browser();
    const authorization = await startSignIn(browser, on, options.returnTo);
    const callbackUrl = await passProviderPages(browser, authorization.href, login, `${on.url}/api/auth/oidc/callback`);
    const res = await browser.request(callbackUrl);
    expect(res.status).toBe(302);
    const session = browser.cookie(new URL(on.url).origin, 'thinline_session');
    const client = new ApiClient(on.url);
    if (session) client.cookie = `thinline_session=${session}`;
    return { location: res.headers.get('location')!, client, browser, callbackUrl };
  }

  it('tells the sign-in page what to offer', async () => {
    expect((await new ApiClient(api.url).get<TAuthProviders>('/api/auth/providers')).body).toEqual({ password: true, oidc: true });
    expect((await new ApiClient(ssoOnly.url).get<TAuthProviders>('/api/auth/providers')).body).toEqual({ password: false, oidc: true });
  });

  it('sends the browser to the provider with the code flow, PKCE S256, a state, a nonce and the pinned redirect URI', async () => {
    const url = await startSignIn(new Browser());
    expect(url.origin).toBe(idp.issuer);
    const p = url.searchParams;
    expect([p.get('response_type'), p.get('client_id'), p.get('scope'), p.get('code_challenge_method')]).toEqual(['code', idp.clientId, 'openid email profile', 'S256']);
    expect(p.get('redirect_uri')).toBe(`${api.url}/api/auth/oidc/callback`);
    for (const name of ['state', 'nonce', 'code_challenge']) expect(p.get(name)?.length ?? 0).toBeGreaterThanOrEqual(43);
  });

  it('the first sign-in creates the account (in the default org, as a facilitator); the next ones sign into the same account', async () => {
    const first = await signIn('ana@corp.test', { returnTo: '/workshops' });
    expect(first.location).toBe('/workshops');
    const me = (await first.client.get<TUserResponse>('/api/auth/me')).body.user;
    expect(me).toMatchObject({ email: 'ana@corp.test', name: 'Ana From IdP' });
    const members = (await query<{ role: string }>('SELECT role FROM membership WHERE org_id = $1 AND user_id = $2', [defaultOrg, me.id])).map((r) => r.role);
    expect(members).toEqual(['facilitator']);
    // no password was ever set: signing in with one fails like a wrong password
    expect((await new ApiClient(api.url).post('/api/auth/login', { email: 'ana@corp.test', password: PASSWORD })).body.code).toBe('auth/invalid-credentials');

    const again = await signIn('ana@corp.test');
    expect(again.location).toBe('/');
    expect((await again.client.get<TUserResponse>('/api/auth/me')).body.user.id).toBe(me.id);
    expect(await usersWith('ana@corp.test')).toBe(1);
    expect((await first.client.get<TMemberList>(`/api/orgs/${defaultOrg}/members`)).status).toBe(200);
  });

  it('an account made with a password is the same account when its email signs in through the provider', async () => {
    const pat = await signUp(api.url, { email: 'pat@corp.test', name: 'Pat Password' });
    const sso = await signIn('pat@corp.test');
    expect((await sso.client.get<TUserResponse>('/api/auth/me')).body.user.id).toBe(pat.userId);
    expect(await usersWith('pat@corp.test')).toBe(1);
    // an existing account is not added to the default org behind its back
    expect(await query('SELECT 1 FROM membership WHERE org_id = $1 AND user_id = $2', [defaultOrg, pat.userId])).toEqual([]);
  });

  it('refuses an unverified email and a domain that is not allowed, and creates no account', async () => {
    const unverified = await signIn('unverified@corp.test');
    expect(unverified.location).toBe('/signin?error=auth%2Fsso-email-unverified');
    expect(unverified.client.cookie).toBeUndefined();
    const elsewhere = await signIn('eve@elsewhere.test');
    expect(elsewhere.location).toBe('/signin?error=auth%2Fsso-domain-not-allowed');
    expect(elsewhere.client.cookie).toBeUndefined();
    expect(await usersWith('unverified@corp.test')).toBe(0);
    expect(await usersWith('eve@elsewhere.test')).toBe(0);
  });

  it('refuses a callback with another sign-in\'s state, a replayed callback, and a nonce that does not match', async () => {
    // The provider's answer to sign-in A, delivered to a browser that started sign-in B.
    const a = new Browser();
    const authA = await startSignIn(a);
    const callbackA = await passProviderPages(a, authA.href, 'dee@corp.test', `${api.url}/api/auth/oidc/callback`);
    const b = new Browser();
    await startSignIn(b);
    const crossed = await b.request(callbackA);
    expect(crossed.headers.get('location')).toBe('/signin?error=auth%2Fsso-state');
    expect(b.cookie(new URL(api.url).origin, 'thinline_session')).toBeUndefined();

    // The same state, but the nonce the browser holds is not the one in the ID token.
    const flow = JSON.parse(Buffer.from(a.cookie(new URL(api.url).origin, 'thinline_oidc')!, 'base64url').toString()) as { nonce: string };
    a.setCookie(new URL(api.url).origin, 'thinline_oidc', Buffer.from(JSON.stringify({ ...flow, nonce: 'n'.repeat(43) })).toString('base64url'));
    const wrongNonce = await a.request(callbackA);
    expect(wrongNonce.headers.get('location')).toBe('/signin?error=auth%2Fsso-state');
    expect(a.cookie(new URL(api.url).origin, 'thinline_session')).toBeUndefined();
    // the check that refused it was the nonce's (the state matched)
    await eventually(() => /Refused an OpenID Connect callback: .*ID Token \\"nonce\\" claim/.test(api.output()), 'the API logs the nonce refusal');

    // A callback opened twice: the first signs in, the second finds no sign-in to finish.
    const fine = await signIn('dee@corp.test');
    expect(fine.location).toBe('/');
    const replay = await fine.browser.request(fine.callbackUrl);
    expect(replay.headers.get('location')).toBe('/signin?error=auth%2Fsso-state');
    expect(await usersWith('dee@corp.test')).toBe(1);
  });

  it('says so when the person cancels at the provider, and returns only to paths of this site', async () => {
    const browser = new Browser();
    const authorization = await startSignIn(browser);
    const page = await browser.follow(authorization.href);
    const abort = /href="([^"]*\/abort)"/.exec(await page.res!.text())?.[1];
    expect(abort).toBeDefined();
    const back = await browser.follow(new URL(abort!, page.url).href, (u) => u.href.startsWith(`${api.url}/api/auth/oidc/callback`));
    const res = await browser.request(back.url);
    expect(res.headers.get('location')).toBe('/signin?error=auth%2Fsso-refused');

    for (const evil of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) expect((await signIn('ana@corp.test', { returnTo: evil })).location).toBe('/');
  });

  it('with PASSWORD_SIGNIN=false only single sign-on remains', async () => {
    const client = new ApiClient(ssoOnly.url);
    expect((await client.post('/api/auth/signup', { email: 'new@corp.test', password: PASSWORD, name: 'New' })).body.code).toBe('auth/password-disabled');
    expect((await client.post('/api/auth/login', { email: 'pat@corp.test', password: PASSWORD })).body.code).toBe('auth/password-disabled');
    const sso = await signIn('pat@corp.test', { on: ssoOnly });
    expect((await sso.client.get<TUserResponse>('/api/auth/me')).body.user.email).toBe('pat@corp.test');
  });
});
