import { randomUUID } from 'node:crypto';
import type { TLocale, TSession, TWorkshop } from '@thinline/shared';
import type { Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';
import { messages } from './support/catalogue.js';
import { clippedText, escape, expectText } from './support/expect-ui.js';

// The projector speaks its session's language (issue 20): a session in German shows German
// on the presenter even to a browser that asks for English and a device where French was
// picked before, at 1280×720 and 1920×1080, with the long German words inside their boxes.
// The expected words are read from the catalogues the app is built from, not guessed.

const SCREENS = { small: { width: 1280, height: 720 }, full: { width: 1920, height: 1080 } } as const;

const catalogue = (locale: TLocale) => messages(locale, 'app');

/** A message with its simple placeholders filled ("Wo {a} und {b} …" → "Wo DE und ML …"). */
function fill(message: string, values: Record<string, string>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The `other` form of a plural that is the whole message ("{n, plural, one {…} other {{count} Teilnehmende}}" → "{count} Teilnehmende"). */
function otherForm(message: string): string {
  const found = /other \{(.*)\}\}$/.exec(message);
  if (!found?.[1]) throw new Error(`no "other" form in ${message}`);
  return found[1];
}

/** `people` phones, each of an own role in turn, answer every concern: a clear owner, an overlap, a gap by turns. */
async function roomAnswers(session: TSession, people: number): Promise<void> {
  await Promise.all(
    Array.from({ length: people }, async (_, person) => {
      const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
      await socket.timeout(10000).emitWithAck('participant:join', { roleId: session.roles[person % session.roles.length]!.id });
      for (const [ci, concern] of session.concerns.entries()) {
        const kind = ci % 3;
        const owners = kind === 0 ? [0] : kind === 1 ? [1, 2] : person % 2 === 0 ? null : [3];
        const choice = owners === null ? { choice: 'nobody' } : { choice: 'owners', owners: owners.map((i) => session.roles[i]!.id) };
        const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: concern.id, ...choice })) as { ok: boolean };
        if (!ack.ok) throw new Error(`answer refused: ${JSON.stringify(ack)}`);
      }
      socket.disconnect();
    }),
  );
}

/** A live session in `locale` from the built-in template in that language, answered by 12 phones and revealed. */
async function answeredSession(locale: TLocale): Promise<{ session: TSession; cookie: string }> {
  const { cookie, call } = await facilitatorApi(`Presenter ${locale}`);
  const workshop = await call<TWorkshop>('POST', '/api/workshops', { templateId: 'de-vs-mlops', locale });
  const created = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, { locale });
  expect(created.settings.locale).toBe(locale);
  const session = await call<TSession>('POST', `/api/sessions/${created.id}/actions`, { action: 'start' });
  await roomAnswers(session, 12);
  for (const c of session.concerns) await call('POST', `/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: c.id });
  return { session, cookie };
}

/** What the presenter bar, its controls and the views put words in. */
const TEXT_BOXES = [
  '.presenter__title',
  '.join-banner__text',
  '.presenter__count',
  '.presenter__chrome button',
  '.presenter__controls button',
  '.presenter__controls label',
  '.presenter__controls select',
  '.presenter-page',
  'main h2',
  '.focus-facts dt',
  '.focus-facts dd',
  '.bar-row__label',
  '.bar-row__note',
  '.presenter-caption',
  'th',
] as const;

/** Waits until the page speaks `locale` (the catalogue arrives after the first paint). */
async function speaks(page: Page, locale: TLocale): Promise<void> {
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/**
 * Shows the controls (a mouse move) and waits until they are on screen. The contexts ask for
 * reduced motion, so the controls appear and fade at once and axe never reads a frame of a fade.
 */
async function wake(page: Page): Promise<void> {
  await page.mouse.move(300 + Math.random() * 200, 300);
  await page.waitForFunction(() => document.querySelector('.presenter--idle') === null);
}

describe('the presenter in the session\'s language (issue 20)', () => {
  const browser = browserForSuite();

  it('shows a German session in German at 1280×720 and 1920×1080, whatever the browser asks for, with nothing clipped', async () => {
    const de = catalogue('de');
    const { session, cookie } = await answeredSession('de');

    // a browser that asks for English, on a device where French was picked before: the room still reads German
    const context = await newContext(browser(), { viewport: SCREENS.small, locale: 'en-US', reducedMotion: 'reduce' });
    await context.addInitScript(() => window.localStorage.setItem('thinline.locale', 'fr'));
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    const errors = watchConsole(page);

    for (const size of ['small', 'full'] as const) {
      await page.setViewportSize(SCREENS[size]);
      const suffix = `${SCREENS[size].width}x${SCREENS[size].height}`;

      // --- the heatmap ------------------------------------------------------------------
      await page.goto(`/sessions/${session.id}/present?view=heatmap`);
      await speaks(page, 'de');
      const svg = page.locator('svg[data-heatmap="true"]');
      await svg.waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      await page.getByRole('main', { name: de['app.presenter.results'] }).waitFor();
      // the banner: how to join, in German word order around the address, and the count
      const [before, after] = de['app.presenter.joinAt']!.split('{address}') as [string, string];
      await expectText(page.locator('.join-banner__text'), new RegExp(`^\\s*${escape(before.trim())}.+${escape(after.trim())}\\s*$`));
      await expectText(page.locator('.presenter__count'), fill(otherForm(de['app.presenter.participants']!), { count: '12' }));
      await page.getByRole('img', { name: fill(de['app.presenter.qr']!, { url: `${baseUrl()}/j/${session.joinCode}` }) }).waitFor();
      // the picture's words: its accessible name and the status badges are the German ones
      expect(await svg.getAttribute('aria-label')).toContain(de['heatmap.title']);
      const statusWords = new Set(['gap', 'overlap', 'clear', 'contested', 'tooFew', 'noData', 'hidden'].map((s) => de[`heatmap.status.${s}`]!));
      const badges = await svg.locator('[data-column="status"]').allTextContents();
      expect(badges.length).toBeGreaterThan(0);
      for (const badge of badges) expect([...statusWords]).toContain(badge.trim());
      for (const column of ['nobody', 'agreement']) expect(await svg.textContent()).toContain(de[`heatmap.column.${column}`]);
      // more rows than a page: the paging line speaks German
      await expectText(page.locator('.presenter-page'), new RegExp(`^\\s*${escape(de['app.presenter.page']!.split('{first}')[0]!)}`));
      // the banner keeps to one line with the German words: the picture keeps its height
      const title = (await page.locator('.presenter__title').boundingBox())!;
      for (const part of ['.join-banner__text', '.presenter__count', '.connection']) {
        const box = (await page.locator(part).boundingBox())!;
        expect({ part, sameLine: box.y < title.y + title.height && box.y + box.height > title.y }).toEqual({ part, sameLine: true });
      }
      await snapForDocs(page, `presenter-de-${suffix}`);

      // the controls, shown by a mouse move: tabs, sort, whose view, in German and unclipped
      await wake(page);
      const tabs = page.getByRole('group', { name: de['app.presenter.view'] });
      for (const view of ['heatmap', 'gaps', 'focus', 'rounds']) await tabs.getByRole('button', { name: de[`app.presenter.view.${view}`], exact: true }).waitFor();
      await page.getByRole('group', { name: de['app.presenter.heatmap.sort'] }).getByRole('button', { name: de['app.presenter.heatmap.byCategory'] }).waitFor();
      await page.getByRole('combobox', { name: de['app.presenter.segment.label'] }).waitFor();
      expect(await page.getByRole('option', { name: de['heatmap.segment.wholeRoom'] }).count()).toBe(1);
      await page.getByRole('button', { name: de['app.presenter.fullScreen'] }).or(page.getByRole('button', { name: de['app.presenter.shortcuts.button'] })).first().waitFor();
      expect(await clippedText(page, TEXT_BOXES)).toEqual([]);
      if (size === 'small') await snapForDocs(page, `presenter-de-controls-${suffix}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // --- one concern in focus ---------------------------------------------------------
      await page.goto(`/sessions/${session.id}/present?view=focus&concern=${session.concerns[1]!.id}`);
      await speaks(page, 'de');
      await page.getByRole('heading', { level: 2, name: session.concerns[1]!.title, exact: true }).waitFor();
      const facts = page.locator('.focus-facts');
      for (const term of [de['heatmap.column.status'], de['app.presenter.focus.confidence'], de['heatmap.column.agreement']]) await expectText(facts.locator('dt'), term!);
      // the overlap concern: the status word and both owners, named with the German list's "und"
      await expectText(facts.locator('dd').first(), de['heatmap.status.overlap']!);
      await expectText(facts.locator('dd').nth(1), new Intl.ListFormat('de', { style: 'long', type: 'conjunction' }).format([session.roles[1]!.name, session.roles[2]!.name]));
      const bars = page.getByRole('list', { name: de['app.presenter.focus.bars'] });
      await expectText(bars.locator('.bar-row__label'), de['app.presenter.focus.nobody']!);
      await expectText(bars.locator('.bar-row__label'), de['app.presenter.focus.dontKnow']!);
      // percentages the German way: "50 %" with a (narrow) space
      await expectText(bars.locator('.bar-row__value'), /^\d+\s%$/);
      await wake(page);
      expect(await clippedText(page, TEXT_BOXES)).toEqual([]);
      await snapForDocs(page, `presenter-de-focus-${suffix}`);
      expect(await seriousA11yViolations(page)).toEqual([]);

      // --- the perception gap between two roles -----------------------------------------
      const [a, b] = session.roles as [TSession['roles'][number], TSession['roles'][number]];
      await page.goto(`/sessions/${session.id}/present?view=gaps&a=${a.id}&b=${b.id}`);
      await speaks(page, 'de');
      await page.getByRole('heading', { level: 2, name: fill(de['app.presenter.gaps.title']!, { a: a.name, b: b.name }) }).waitFor();
      await wake(page);
      await page.getByRole('combobox', { name: de['app.presenter.gaps.compare'] }).waitFor();
      expect(await clippedText(page, TEXT_BOXES)).toEqual([]);
      expect(await seriousA11yViolations(page)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('shows a Japanese session in Japanese', async () => {
    const ja = catalogue('ja');
    const { session, cookie } = await answeredSession('ja');
    const context = await newContext(browser(), { viewport: SCREENS.small, locale: 'en-US', reducedMotion: 'reduce' });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`/sessions/${session.id}/present`);
    await speaks(page, 'ja');
    await page.locator('svg[data-heatmap="true"]').waitFor();
    await page.getByRole('main', { name: ja['app.presenter.results'] }).waitFor();
    await expectText(page.locator('.presenter__count'), fill(otherForm(ja['app.presenter.participants']!), { count: '12' }));
    const statusWords = ['gap', 'overlap', 'clear', 'contested', 'tooFew', 'noData', 'hidden'].map((s) => ja[`heatmap.status.${s}`]!);
    for (const badge of await page.locator('svg[data-heatmap="true"] [data-column="status"]').allTextContents()) expect(statusWords).toContain(badge.trim());
    await snapForDocs(page, 'presenter-ja-1280x720');
    await wake(page);
    await page.getByRole('group', { name: ja['app.presenter.view'] }).getByRole('button', { name: ja['app.presenter.view.gaps'], exact: true }).waitFor();
    expect(await clippedText(page, TEXT_BOXES)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
