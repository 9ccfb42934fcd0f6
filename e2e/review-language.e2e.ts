/**
 * The review and admin screens in the team's language: a facilitator whose browser speaks
 * Japanese compares two sessions and reads the workshop's history; one whose browser speaks
 * Spanish manages an organisation. Every expected text comes from the catalogue files, filled
 * by Lingui as the page fills it, so a screen left in English (or a wrong key) fails here.
 */
import { type TOrg, type TSession, type TWorkshop, type TWorkshopHistory, formatLocalLongDate, formatSharePercent } from '@thinline/shared';
import type { Browser, Page } from 'playwright-core';
import { answer } from './support/answers.js';
import { facilitatorApi } from './support/api.js';
import { translator as catalogue } from './support/catalogue.js';
import { baseUrl, browserForSuite, newContext, seriousA11yViolations, snap, snapForDocs, watchConsole } from './support/browser.js';
import { clippedText } from './support/expect-ui.js';

const SCREENS = { '1280x720': { width: 1280, height: 720 }, laptop: { width: 1366, height: 768 } } as const;

/** At every screen size: nothing clipped, no serious axe violation; a picture for the README at `snaps`' sizes. */
async function checkSizes(page: Page, snaps: Partial<Record<keyof typeof SCREENS, string>>): Promise<void> {
  for (const [size, viewport] of Object.entries(SCREENS) as [keyof typeof SCREENS, { width: number; height: number }][]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect({ size, clipped: await clippedText(page) }).toEqual({ size, clipped: [] });
    const name = snaps[size];
    if (name) await snapForDocs(page, name);
  }
  expect(await seriousA11yViolations(page)).toEqual([]);
}

async function signedIn(browser: Browser, cookie: string, locale: string): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await newContext(browser, { viewport: SCREENS.laptop, locale });
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: baseUrl() }]);
  const page = await context.newPage();
  return { page, errors: watchConsole(page), close: () => context.close() };
}

describe('the review and admin screens in the team’s language', () => {
  const browser = browserForSuite();

  it('compares two sessions and reads the history in Japanese, nothing clipped on a laptop or at 1280×720', async () => {
    const ja = catalogue('ja');
    const { cookie, call } = await facilitatorApi('Haruto Hikaku');
    const workshop = await call<TWorkshop>('POST', '/api/workshops', {
      title: '決済チームの担当整理',
      roles: [{ name: 'Data Engineering' }, { name: 'MLOps' }, { name: 'Data Science' }],
      concerns: [
        { title: 'Ingestion', category: 'Pipelines' },
        { title: 'Model serving', category: 'Deployment' },
      ],
    });
    const start = async () => {
      const s = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
      return call<TSession>('POST', `/api/sessions/${s.id}/actions`, { action: 'start' });
    };
    // first: Ingestion a gap (2 × nobody), Model serving clear; second: Ingestion clear for Data Engineering
    const first = await start();
    await answer(first, [
      { Ingestion: 'nobody', 'Model serving': ['MLOps'] },
      { Ingestion: 'nobody', 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
    ]);
    const second = await start();
    await answer(second, [
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
    ]);

    const { page, errors, close } = await signedIn(browser(), cookie, 'ja-JP');
    await page.goto(`/compare?a=${first.id}&b=${second.id}`);
    await page.getByRole('heading', { level: 1, name: ja('app.compare.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    await page.getByRole('heading', { name: ja('app.compare.view.heatmapHeading') }).waitFor();
    await page.getByRole('group', { name: ja('app.compare.pick.sideB') }).waitFor();
    const closed = page.getByRole('list', { name: ja('app.compare.kind.gapClosed', { n: 1 }) });
    expect(await closed.textContent()).toContain(ja('app.compare.move', { role: 'Data Engineering', delta: '+67' }));
    await page.getByText(ja('app.compare.kind.gapClosedHint')).waitFor();
    await page.getByRole('heading', { name: ja('app.compare.agreement.heading') }).waitFor();
    await page.getByRole('columnheader', { name: ja('app.compare.agreement.meaning') }).waitFor();
    await page.getByRole('button', { name: ja('app.compare.pick.swap') }).waitFor();
    await checkSizes(page, { laptop: 'compare-ja-laptop' });
    // further down: the difference heatmap and the changes in words (a test artifact)
    await page.getByRole('heading', { name: ja('app.compare.status.heading') }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await snap(page, 'compare-ja-changes-laptop');

    await page.goto(`/workshops/${workshop.id}/history`);
    await page.getByRole('heading', { level: 1, name: ja('app.history.title', { workshop: workshop.title }) }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    const history = await call<TWorkshopHistory>('GET', `/api/workshops/${workshop.id}/history`);
    // both sessions ran today, so the change names the day (as the API's English does)
    const when = ja('app.history.onDay', { day: formatLocalLongDate('ja', history.sessions[0]!.date, 'UTC')! });
    const changes = page.getByRole('heading', { name: ja('app.history.changesHeading') }).locator('xpath=..').getByRole('listitem');
    expect(await changes.allTextContents()).toEqual([
      `${ja('app.history.kind.resolved')} ${ja('app.history.change.resolvedFromGap', { concern: 'Ingestion', when, owners: 'Data Engineering' })}`,
    ]);
    const table = page.getByRole('table', { name: ja('app.history.table.caption') });
    await table.getByRole('columnheader', { name: ja('app.history.table.concern') }).waitFor();
    const ingestion = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Ingestion/ }) });
    expect(await ingestion.getByRole('cell').allTextContents()).toEqual([
      '',
      expect.stringContaining(ja('app.history.status.gap')),
      expect.stringContaining(ja('app.history.table.owners', { owners: 'Data Engineering' })),
    ]);
    const agreement = history.concerns.find((c) => c.title === 'Ingestion')!.points.map((p) => formatSharePercent('ja', p.agreement ?? 0));
    await ingestion.getByRole('img', { name: ja('app.history.sparkline', { title: 'Ingestion', values: agreement.join(ja('app.listSeparator')) }) }).waitFor();
    await page.getByRole('button', { name: ja('app.history.print') }).waitFor();
    await checkSizes(page, { '1280x720': 'history-ja-1280x720' });
    // the history is asked for in the shown language, and again when the reader switches it
    expect(await page.getByRole('link', { name: ja('app.history.download') }).getAttribute('href')).toBe(`/api/workshops/${workshop.id}/history.json?locale=ja`);
    const inGerman = page.waitForResponse((r) => r.url().endsWith(`/api/workshops/${workshop.id}/history?locale=de`) && r.ok());
    await page.getByLabel(ja('phone.language.label')).selectOption('de');
    const sentences = ((await (await inGerman).json()) as TWorkshopHistory).changes.map((c) => c.text);
    const dePage = catalogue('de');
    await page.getByRole('heading', { level: 1, name: dePage('app.history.title', { workshop: workshop.title }) }).waitFor();
    const deWhen = dePage('app.history.onDay', { day: formatLocalLongDate('de', history.sessions[0]!.date, 'UTC')! });
    const deSentence = dePage('app.history.change.resolvedFromGap', { concern: 'Ingestion', when: deWhen, owners: 'Data Engineering' });
    // the page's German sentence, and the API's own in the same words
    const deChanges = page.getByRole('heading', { name: dePage('app.history.changesHeading') }).locator('xpath=..').getByRole('listitem');
    expect(await deChanges.allTextContents()).toEqual([`${dePage('app.history.kind.resolved')} ${deSentence}`]);
    expect(sentences).toEqual([(await call<TWorkshopHistory>('GET', `/api/workshops/${workshop.id}/history?locale=de`)).changes[0]!.text]);
    expect(sentences[0]).not.toBe(history.changes[0]!.text);
    expect(await page.getByRole('link', { name: dePage('app.history.download') }).getAttribute('href')).toBe(`/api/workshops/${workshop.id}/history.json?locale=de`);
    expect(errors).toEqual([]);
    await close();

    // German's long words hold on the same screens
    const de = catalogue('de');
    const german = await signedIn(browser(), cookie, 'de-DE');
    await german.page.goto(`/compare?a=${first.id}&b=${second.id}`);
    await german.page.getByRole('list', { name: de('app.compare.kind.gapClosed', { n: 1 }) }).waitFor();
    expect(await german.page.locator('html').getAttribute('lang')).toBe('de');
    // the difference heatmap draws German words: its line of facts, headers, badges, legend and tooltips
    const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
    const drawing = german.page.locator('[data-difference-heatmap]');
    const drawn = (await drawing.locator('text').allTextContents()).map(plain);
    expect(drawn).toEqual(
      expect.arrayContaining([
        expect.stringContaining(`${de('heatmap.segment.wholeRoom')} · ${de('heatmap.difference.points')} · ${de('heatmap.difference.rounds', { from: 1, to: 1 })}`),
        de('heatmap.column.concern'),
        de('heatmap.column.nobody'),
        de('heatmap.status.gap'),
        de('heatmap.status.clear'),
        de('heatmap.difference.legend.gap'),
        de('heatmap.difference.legend.overlap'),
        plain(`– ${de('heatmap.difference.legend.noNumber')}`),
        plain(de('heatmap.legend.agreement')),
      ]),
    );
    const ingestionStatus = drawing.locator('[data-column="status"][data-status-from="gap"] > title');
    expect(plain(await ingestionStatus.textContent())).toBe(de('heatmap.difference.tooltip', { name: de('heatmap.column.status'), text: `${de('heatmap.status.gap')} → ${de('heatmap.status.clear')}` }));
    // the screen-reader summary opens with its German words (the sides are named by their dates)
    const ariaStart = de('heatmap.difference.aria', { a: '@', b: '@', concerns: 2, roles: 3, changed: 1, closed: 1, newGaps: 0 }).split('@')[0]!;
    expect((await drawing.getAttribute('aria-label'))?.slice(0, ariaStart.length)).toBe(ariaStart);
    for (const english of ['Ownership', 'percentage points', 'unchanged', 'lower in', 'higher in', 'Nobody', 'Agreement', 'Answered', 'GAP', 'CLEAR']) {
      expect({ english, drawn: drawn.some((t) => t.includes(english)) }).toEqual({ english, drawn: false });
    }
    await checkSizes(german.page, {});
    await snap(german.page, 'compare-de-laptop');
    await drawing.scrollIntoViewIfNeeded();
    for (const [name, viewport] of Object.entries({ '1280x720': { width: 1280, height: 720 }, '360x640': { width: 360, height: 640 }, '1366x900': { width: 1366, height: 900 } })) {
      await german.page.setViewportSize(viewport);
      await drawing.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await snap(german.page, `compare-de-heatmap-${name}`);
    }
    await german.page.setViewportSize(SCREENS.laptop);
    await german.page.goto(`/workshops/${workshop.id}/history`);
    await german.page.getByRole('heading', { level: 1, name: de('app.history.title', { workshop: workshop.title }) }).waitFor();
    await checkSizes(german.page, {});
    await snap(german.page, 'history-de-laptop');
    expect(german.errors).toEqual([]);
    await german.close();
  });

  it('manages an organisation in Spanish: roles, members and an invite link', async () => {
    const es = catalogue('es');
    const { cookie, call } = await facilitatorApi('Olga Organiza');
    const org = await call<TOrg>('POST', '/api/orgs', { name: 'Datos Acme' });
    const { page, errors, close } = await signedIn(browser(), cookie, 'es-ES');

    await page.goto('/orgs');
    await page.getByRole('heading', { level: 1, name: es('app.organisations.list.title') }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByText(es('app.organisations.list.yourRole', { role: es('app.organisations.role.owner') })).waitFor();
    await page.getByRole('heading', { name: es('app.organisations.new.heading') }).waitFor();
    await page.getByRole('button', { name: es('app.organisations.new.create') }).click();
    await page.getByText(es('app.organisations.new.nameMissing')).first().waitFor();
    await checkSizes(page, {});

    await page.getByRole('link', { name: 'Datos Acme' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datos Acme' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/orgs/${org.id}`);
    await page.getByText(es('app.organisations.org.yourRole', { role: es('app.organisations.role.owner'), hint: es('app.organisations.role.ownerHint') })).waitFor();
    const members = page.getByRole('table', { name: es('app.organisations.members.caption') });
    await members.getByRole('columnheader', { name: es('app.organisations.members.role') }).waitFor();
    await members.getByRole('cell', { name: es('app.organisations.members.you', { name: 'Olga Organiza' }) }).waitFor();
    expect(await members.getByRole('combobox', { name: es('app.organisations.members.roleOf', { name: 'Olga Organiza' }) }).inputValue()).toBe('owner');
    await page.getByLabel(es('app.organisations.newInvite.as'), { exact: true }).selectOption('viewer');
    await page.getByText(es('app.organisations.role.viewerHint')).waitFor();
    await page.getByRole('button', { name: es('app.organisations.newInvite.create') }).click();
    await page.getByText(es('app.organisations.newInvite.made', { role: 'viewer' })).waitFor();
    expect(await page.getByLabel(es('app.organisations.newInvite.link')).inputValue()).toMatch(/\/invites\/[A-Za-z0-9_-]{43}$/);
    await checkSizes(page, { laptop: 'organisations-es-laptop' });
    expect(errors).toEqual([]);
    await close();
  });
});
