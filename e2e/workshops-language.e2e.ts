import type { TLocale, TSession, TSessionSummary, TTemplate, TWorkshop } from '@thinline/shared';
import type { Browser, Page } from 'playwright-core';
import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, LAPTOP, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';
import { messages } from './support/catalogue.js';

const PHONE_360 = { width: 360, height: 640 };
const PROJECTOR_720 = { width: 1280, height: 720 };

const catalogue = (locale: TLocale) => messages(locale, 'app');
const FR = catalogue('fr');

/** A message of the French catalogue with its plain `{placeholders}` filled (none of these has a plural). */
function fr(key: string, values: Record<string, string> = {}): string {
  const message = FR[`app.workshops.${key}`];
  if (message === undefined) throw new Error(`no French message app.workshops.${key}`);
  return message.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** A new facilitator's laptop whose browser asks for `locale`. */
async function signedInPage(browser: Browser, name: string, locale: string) {
  const api = await facilitatorApi(name);
  const context = await newContext(browser, { ...LAPTOP, locale });
  const [cookieName, value] = api.cookie.split('=') as [string, string];
  await context.addCookies([{ name: cookieName, value, url: baseUrl() }]);
  const page = await context.newPage();
  return { api, context, page, errors: watchConsole(page) };
}

const sessionIdOf = (page: Page) => /\/sessions\/([^/]+)\/control$/.exec(new URL(page.url()).pathname)?.[1] ?? '';

// Issue 20: the workshop screens speak the facilitator's language, and a session is started
// in a language of its own (its presenter, report, exports and the phones' fallback).
describe('a workshop in the facilitator’s language, a session in another', () => {
  const browser = browserForSuite();

  it('shows the editor in French and starts a session in Japanese', async () => {
    const { api, context, page, errors } = await signedInPage(browser(), 'Françoise Formatrice', 'fr-FR');
    const [template] = await api.call<TTemplate[]>('GET', '/api/templates?locale=fr');

    // The list and the template picker in French; the template's own words are French too.
    await page.goto('/workshops');
    await page.getByRole('heading', { level: 1, name: fr('list.title') }).waitFor();
    await page.getByRole('button', { name: fr('new.fromTemplate') }).click();
    await page.getByRole('button', { name: fr('templates.useLabel', { title: template!.title }) }).click();

    // The editor: headings, field labels and the start form from the French catalogue.
    await page.getByRole('heading', { level: 1, name: template!.title }).waitFor();
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('fr');
    await page.getByRole('heading', { level: 2, name: fr('roles.heading'), exact: true }).waitFor();
    await page.getByRole('heading', { level: 2, name: fr('concerns.heading'), exact: true }).waitFor();
    await expect(page.getByRole('textbox', { name: fr('roles.name', { n: '1' }), exact: true }).inputValue()).resolves.toBe(template!.roles[0]!.name);
    await expect(page.getByRole('textbox', { name: fr('concerns.title', { n: '1' }), exact: true }).inputValue()).resolves.toBe(template!.concerns[0]!.title);
    await page.getByRole('button', { name: fr('editable.moveDown', { name: fr('quoted', { text: template!.roles[0]!.name }) }) }).waitFor();
    await page.getByRole('status').filter({ hasText: fr('editor.noChanges') }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await snapForDocs(page, 'workshop-editor-fr-laptop');

    // The session's language: the screen's (French) until the facilitator picks Japanese.
    const start = page.getByRole('region', { name: fr('start.heading') });
    const language = start.getByRole('combobox', { name: fr('start.language') });
    await expect(language.inputValue()).resolves.toBe('fr');
    await expect(language.locator('option').allTextContents()).resolves.toEqual(['English', 'Deutsch', 'Français', 'Español', 'Português (Brasil)', '日本語']);
    await language.selectOption({ label: '日本語' });
    await expect(language.inputValue()).resolves.toBe('ja');
    for (const [size, viewport] of [['360x640', PHONE_360], ['1280x720', PROJECTOR_720]] as const) {
      await page.setViewportSize(viewport);
      await language.scrollIntoViewIfNeeded();
      await snapForDocs(page, `workshop-start-session-language-${size}`);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.setViewportSize(LAPTOP.viewport);
    await start.getByRole('button', { name: fr('start.heading') }).click();
    await page.waitForURL(/\/sessions\/[^/]+\/control$/);

    // The session speaks Japanese, whatever the facilitator's screen shows.
    const sessionId = sessionIdOf(page);
    const session = await api.call<TSession>('GET', `/api/sessions/${sessionId}`);
    expect(session.settings.locale).toBe('ja');
    const [summary] = await api.call<TSessionSummary[]>('GET', `/api/workshops/${session.workshopId}/sessions`);
    expect(summary).toMatchObject({ id: sessionId, locale: 'ja' });

    // The workshop's list of sessions names it, in the language's own name.
    await page.goto(`/workshops/${session.workshopId}`);
    const table = page.getByRole('table', { name: fr('sessions.caption') });
    await table.getByRole('columnheader', { name: fr('sessions.language') }).waitFor();
    const row = table.getByRole('row').filter({ hasText: summary!.joinCode });
    await row.getByRole('cell', { name: '日本語', exact: true }).waitFor();
    await expect(row.getByRole('cell', { name: '日本語', exact: true }).getAttribute('lang')).resolves.toBe('ja');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await table.scrollIntoViewIfNeeded();
    await snapForDocs(page, 'workshop-sessions-language-laptop');

    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('holds its layout in German and Japanese, the session language following the screen until picked', async () => {
    const { api, context, page, errors } = await signedInPage(browser(), 'Dora Datenfrau', 'de-DE');
    const workshop = await api.call<TWorkshop>('POST', '/api/workshops', { templateId: 'de-vs-mlops', locale: 'de' });
    await api.call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, { locale: 'ja' });
    await page.goto(`/workshops/${workshop.id}`);
    for (const [locale, name] of [['de', 'Deutsch'], ['ja', '日本語']] as const) {
      const words = catalogue(locale);
      if (locale !== 'de') await page.getByRole('banner').getByRole('combobox').selectOption({ label: name });
      await page.getByRole('heading', { level: 2, name: words['app.workshops.roles.heading'], exact: true }).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await snapForDocs(page, `workshop-editor-${locale}-laptop`);
      const language = page.getByRole('region', { name: words['app.workshops.start.heading'] }).getByRole('combobox', { name: words['app.workshops.start.language'] });
      await expect(language.inputValue()).resolves.toBe(locale);
      await page.setViewportSize(PHONE_360);
      await language.scrollIntoViewIfNeeded();
      await snapForDocs(page, `workshop-start-session-language-${locale}-360x640`);
      const sessions = page.getByRole('table', { name: words['app.workshops.sessions.caption'] });
      await sessions.getByRole('cell', { name: '日本語', exact: true }).waitFor();
      await sessions.scrollIntoViewIfNeeded();
      await snapForDocs(page, `workshop-sessions-language-${locale}-360x640`);
      await page.setViewportSize(LAPTOP.viewport);
    }
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('runs a template shown in French as a French workshop and session', async () => {
    const { api, context, page, errors } = await signedInPage(browser(), 'Fabien Facilitateur', 'fr-FR');
    const [template] = await api.call<TTemplate[]>('GET', '/api/templates?locale=fr');
    await page.goto('/workshops');
    await page.getByRole('button', { name: fr('new.fromTemplate') }).click();
    await page.getByRole('button', { name: fr('templates.runNowLabel', { title: template!.title }) }).click();
    await page.waitForURL(/\/sessions\/[^/]+\/control$/);
    const session = await api.call<TSession>('GET', `/api/sessions/${sessionIdOf(page)}`);
    expect(session.settings.locale).toBe('fr');
    expect(session.concerns.map((c) => c.title)).toEqual(template!.concerns.map((c) => c.title));
    const workshop = await api.call<TWorkshop>('GET', `/api/workshops/${session.workshopId}`);
    expect(workshop.roles.map((r) => r.name)).toEqual(template!.roles.map((r) => r.name));
    expect(errors).toEqual([]);
    await context.close();
  });
});
