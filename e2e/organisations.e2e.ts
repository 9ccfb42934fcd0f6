/**
 * Organisations in Chromium, against a Thinline process with single sign-on set up and a
 * REAL OpenID Connect provider (oidc-provider, its own process on loopback):
 * an owner invites a co-facilitator and a viewer; both facilitators pace one live session
 * from two browsers; the viewer opens the org's sessions and downloads a PDF; a
 * facilitator signs in through the provider's own login page.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { type ApiProcess, startApi } from '../apps/api/test/support/api-process.js';
import { type IdentityProvider, startIdentityProvider } from '../apps/api/test/support/identity-provider.js';
import { freePort } from '../apps/api/test/support/ports.js';
import { LAPTOP, launch, snap, watchConsole } from './support/browser.js';
import { escape, expectAccessible, expectText, storySteps } from './support/expect-ui.js';
import { download } from './support/heatmap.js';

const databaseUrl = () => {
  const url = process.env.THINLINE_E2E_DATABASE_URL;
  if (!url) throw new Error('THINLINE_E2E_DATABASE_URL is not set: run the e2e tests through npm test');
  return url;
};

const SIZES = { projector: { width: 1280, height: 720 }, phone: { width: 360, height: 640 }, laptop: { width: 1440, height: 900 } } as const;
const PASSWORD = 'a long enough passphrase';

describe('organisations: co-facilitators, a viewer and single sign-on', () => {
  let idp: IdentityProvider;
  let api: ApiProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const step = storySteps();
  let owner: Page;
  let fay: Page;
  let vic: Page;
  const invites: { facilitator?: string; viewer?: string } = {};
  let sessionPath = '';
  let workshopPath = '';

  beforeAll(async () => {
    const port = await freePort();
    idp = await startIdentityProvider({
      redirectUris: [`http://127.0.0.1:${port}/api/auth/oidc/callback`],
      accounts: { 'ida@corp.test': { email: 'ida@corp.test', email_verified: true, name: 'Ida Identity' } },
    });
    api = await startApi(
      { DATABASE_URL: databaseUrl(), PUBLIC_URL: `http://127.0.0.1:${port}`, OIDC_ISSUER: idp.issuer, OIDC_CLIENT_ID: idp.clientId, OIDC_CLIENT_SECRET: idp.clientSecret, RATE_LIMIT_AUTH_PER_MINUTE: '1000' },
      { port },
    );
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await idp?.stop();
  });

  async function person(): Promise<Page> {
    const context = await browser.newContext({ ...LAPTOP, viewport: SIZES.laptop, baseURL: api.url, acceptDownloads: true });
    context.setDefaultTimeout(15000);
    contexts.push(context);
    const page = await context.newPage();
    watchConsole(page, [/401/, /403/, /Failed to load resource/]);
    return page;
  }

  async function signUp(page: Page, name: string, next = '/workshops'): Promise<void> {
    await page.goto(`/signup?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Email address').fill(`${name.split(' ')[0]!.toLowerCase()}-${Date.now()}@example.com`);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText(`Signed in as ${name}`).waitFor();
  }

  /** The same screen at the projector, phone and laptop sizes the README shows. */
  /** `show`: the part of the screen to picture (scrolled to at each size); else its top. */
  async function snapSizes(page: Page, name: string, show?: Locator): Promise<void> {
    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      if (show) await show.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      else await page.evaluate(() => window.scrollTo(0, 0));
      await snap(page, `${name}-${size}`);
    }
  }

  step('the owner makes an organisation and invite links for a facilitator and a viewer', async () => {
    owner = await person();
    await signUp(owner, 'Olga Owner');
    await owner.getByRole('link', { name: 'Organisations' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Organisations' }).waitFor();
    await owner.getByLabel('Name', { exact: true }).fill('Acme Data');
    await owner.getByRole('button', { name: 'Create organisation' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Acme Data' }).waitFor();
    for (const role of ['facilitator', 'viewer'] as const) {
      await owner.getByLabel('As', { exact: true }).selectOption(role);
      await owner.getByRole('button', { name: 'Create invite link' }).click();
      await owner.getByText(`Invite link for a ${role}`).waitFor();
      invites[role] = await owner.getByLabel(/^Invite link/).inputValue();
      expect(invites[role]).toMatch(new RegExp(`^${api.url}/invites/[A-Za-z0-9_-]{43}$`));
    }
    await expectAccessible(owner, 'organisation page with an invite link');
  });

  step('the facilitator and the viewer accept their invites, and the owner sees them as members', async () => {
    fay = await person();
    vic = await person();
    for (const [page, name, role] of [[fay, 'Fay Facilitator', 'facilitator'], [vic, 'Vic Viewer', 'viewer']] as const) {
      // the invite link sends a signed-out person to sign up and back
      await signUp(page, name, new URL(invites[role]!).pathname);
      await page.getByRole('heading', { level: 1, name: 'Join an organisation' }).waitFor();
      await page.getByRole('button', { name: 'Join the organisation' }).click();
      await page.getByText(`You joined as ${role}`).waitFor();
    }
    await snapSizes(vic, 'org-invite-accepted');
    await owner.reload();
    const members = owner.getByRole('table', { name: 'Members of the organisation' });
    await expectText(members.getByRole('row'), /Fay Facilitator.*Facilitator/);
    await members.getByRole('row', { name: /Vic Viewer/ }).waitFor();
    expect(await members.getByRole('combobox', { name: 'Role of Vic Viewer' }).inputValue()).toBe('viewer');
    await snapSizes(owner, 'org-members');
    // a reused link is refused with its reason
    const reuse = await person();
    await signUp(reuse, 'Rick Reuse', new URL(invites.viewer!).pathname);
    await reuse.getByRole('button', { name: 'Join the organisation' }).click();
    await reuse.getByText(/already been used/).waitFor();
  });

  step('both facilitators pace one live session from two browsers, and the log says who did what', async () => {
    await owner.goto('/workshops');
    await owner.getByLabel('New workshops belong to').selectOption({ label: 'Acme Data' });
    await owner.getByRole('button', { name: 'New from template' }).click();
    await owner.getByRole('button', { name: 'Use the template “Data Engineering vs MLOps”' }).click();
    await owner.getByRole('heading', { level: 1, name: 'Data Engineering vs MLOps' }).waitFor();
    workshopPath = new URL(owner.url()).pathname;
    await owner.getByRole('region', { name: 'Start a session' }).getByRole('button', { name: 'Start a session' }).click();
    await owner.waitForURL(/\/sessions\/[^/]+\/control$/);
    sessionPath = new URL(owner.url()).pathname;

    await fay.goto(sessionPath);
    await fay.getByRole('button', { name: 'Start the session' }).waitFor();
    await owner.getByRole('button', { name: 'Start the session' }).click();
    // the other control room follows within the live update interval
    await expectText(fay.locator('.page__lead'), /Live/, 5000);
    const lock = fay.getByRole('button', { name: /^Lock “/ }).first();
    // the concern as the buttons name it (its title in quotes)
    const concern = (await lock.getAttribute('aria-label'))!.replace(/^Lock /, '');
    await lock.click();
    await owner.getByRole('button', { name: `Open ${concern}` }).waitFor({ timeout: 5000 });
    // both press "Reveal" on the same concern: the second finds it done, no error
    await Promise.all([owner.getByRole('button', { name: `Reveal results of ${concern}` }).click(), fay.getByRole('button', { name: `Reveal results of ${concern}` }).click()]);
    await fay.getByRole('button', { name: `Hide results of ${concern}` }).waitFor({ timeout: 5000 });
    await owner.getByRole('button', { name: `Hide results of ${concern}` }).waitFor({ timeout: 5000 });
    for (const page of [owner, fay]) expect(await page.getByRole('alert').count()).toBe(0);
    const log = owner.getByRole('region', { name: 'Who did what' });
    await expectText(log.getByRole('listitem'), new RegExp(`Fay Facilitator locked ${escape(concern)}`));
    await expectText(log.getByRole('listitem'), /Olga Owner started the session/);
    await expectText(log.getByRole('listitem'), new RegExp(`revealed ${escape(concern)}`));
    await snapSizes(owner, 'control-room-co-facilitated');
    // ... and the log, further down
    await snapSizes(owner, 'control-room-audit-log', log);
    await expectAccessible(owner, 'control room with the audit log');
  });

  step('the viewer opens the org\'s sessions read-only and downloads the PDF report', async () => {
    await vic.goto('/workshops');
    await vic.getByRole('link', { name: /Data Engineering vs MLOps/ }).first().click();
    await vic.getByText('You are a viewer of this workshop\'s organisation').waitFor();
    expect(new URL(vic.url()).pathname).toBe(workshopPath);
    expect(await vic.getByRole('button', { name: 'Start a session' }).count()).toBe(0);
    const pdf = await download(vic, vic.getByRole('link', { name: /^Report \(PDF\) of the session/ }).first());
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    await snapSizes(vic, 'viewer-workshop');
    await vic.getByRole('link', { name: /^Control room of the session/ }).first().click();
    await vic.getByText('You are a viewer of this organisation').waitFor();
    expect(await vic.getByRole('button', { name: 'Start the session' }).count()).toBe(0);
    const again = await download(vic, vic.getByRole('link', { name: 'Report (PDF)' }));
    expect(again.body.subarray(0, 5).toString()).toBe('%PDF-');
    await snapSizes(vic, 'viewer-session');
    await expectAccessible(vic, 'viewer session');
  });

  step('a facilitator signs in through the identity provider\'s own login page', async () => {
    const ida = await person();
    await ida.goto('/signin');
    const sso = ida.getByRole('link', { name: 'Sign in with your organisation (single sign-on)' });
    await sso.waitFor();
    await snapSizes(ida, 'sign-in-sso');
    await expectAccessible(ida, 'sign-in page with single sign-on');
    await sso.click();
    // the provider's page, on its own origin
    await ida.waitForURL((u) => u.origin === idp.issuer);
    await ida.locator('input[name="login"]').fill('ida@corp.test');
    await ida.locator('input[name="password"]').fill('whatever the provider asks');
    await snap(ida, 'sso-provider-login');
    await ida.getByRole('button', { name: 'Sign-in' }).click();
    await ida.getByRole('button', { name: 'Continue' }).click();
    await ida.waitForURL((u) => u.origin === api.url);
    await ida.getByText('Signed in as Ida Identity').waitFor();
    expect(new URL(ida.url()).pathname).toBe('/workshops');

    // an SSO error comes back (to a signed-out browser) as one clear sentence
    const refused = await person();
    await refused.goto('/signin?error=auth%2Fsso-domain-not-allowed');
    await refused.getByRole('alert').getByText('Accounts of your email domain cannot sign in here. Use your work account.').waitFor();
  });
});
