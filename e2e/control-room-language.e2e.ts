// The facilitator's live screens in the team's language (issue 20): a German session's control
// room and its decisions editor, opened by a browser that asks for German, read the German
// catalogue's words (not English, not keys), say <html lang="de">, cut no text off at 1280×720
// or on a laptop, and pass axe. An English browser still gets the session's German; a
// language picked on the device wins over it. Screenshots go to docs/screenshots/.
import { randomUUID } from 'node:crypto';
import type { TFollowUp, TSession, TWorkshop } from '@thinline/shared';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, newContext, snapForDocs, watchConsole } from './support/browser.js';
import { messages } from './support/catalogue.js';
import { clippedText, escape, expectAccessible, expectText, storySteps } from './support/expect-ui.js';

const SCREEN_720 = { width: 1280, height: 720 };
const LAPTOP_768 = { width: 1366, height: 768 };

const de = messages('de');
const english = messages('en');

/** A German message with its simple `{name}` placeholders filled (no plurals: those are read whole). */
function say(key: string, values: Record<string, string | number> = {}): string {
  const message = de[key];
  if (message === undefined) throw new Error(`no German message "${key}"`);
  return message.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Scrolls `locator` to just under the sticky cockpit bar, where a person reading the page would put it. */
async function scrollUnderBar(locator: Locator): Promise<void> {
  await locator.evaluate((el) => {
    const bar = document.querySelector('[data-cockpit-bar]')?.getBoundingClientRect().height ?? 0;
    window.scrollBy(0, el.getBoundingClientRect().top - bar - 16);
  });
}

describe('the control room in the session\'s language (German)', () => {
  const browser = browserForSuite();
  const step = storySteps();
  let api: Awaited<ReturnType<typeof facilitatorApi>>;
  let workshop: TWorkshop;
  let session: TSession;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];

  const signedIn = async (options: Parameters<typeof newContext>[1]): Promise<BrowserContext> => {
    const made = await newContext(browser(), options);
    const [name, value] = api.cookie.split('=') as [string, string];
    await made.addCookies([{ name, value, url: baseUrl() }]);
    return made;
  };

  step('a German session from the German template: four phones answer, some results are shown, one concern is decided, one follow-up is due', async () => {
    api = await facilitatorApi('Dora Deutsch');
    workshop = await api.call<TWorkshop>('POST', '/api/workshops', { templateId: 'de-vs-mlops', locale: 'de' });
    const created = await api.call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, { locale: 'de' });
    expect(created.settings.locale).toBe('de');
    session = await api.call<TSession>('POST', `/api/sessions/${created.id}/actions`, { action: 'start' });
    const [first, second] = session.roles as [TSession['roles'][number], TSession['roles'][number]];
    for (let person = 0; person < 4; person++) {
      const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
      await socket.timeout(10000).emitWithAck('participant:join', {});
      for (const [i, concern] of session.concerns.slice(0, 8).entries()) {
        // a clear owner, an overlap, a gap, in turn
        const choice = i % 3 === 2 ? { choice: 'nobody' } : { choice: 'owners', owners: i % 3 === 0 ? [first.id] : [first.id, second.id] };
        const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: concern.id, ...choice })) as { ok: boolean };
        expect(ack.ok).toBe(true);
      }
      socket.disconnect();
    }
    for (const c of session.concerns.slice(0, 4)) await api.call('POST', `/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: c.id });
    await api.call('POST', `/api/sessions/${session.id}/actions`, { action: 'lock', concernId: session.concerns[0]!.id });
    await api.call('PUT', `/api/sessions/${session.id}/decisions/${session.concerns[0]!.id}`, { raci: { [first.id]: 'A' }, rationale: 'Das Team betreibt die Pipelines schon.' });
    await api.call<TFollowUp>('POST', `/api/workshops/${workshop.id}/follow-ups`, { title: 'Runbook für die Überwachung schreiben', sessionId: session.id, ownerRoleId: second.id, dueOn: '2026-12-16' });
  });

  step('a browser asking for German opens the control room in German at 1280×720: the catalogue\'s words, <html lang="de">, nothing cut off, axe clean', async () => {
    context = await signedIn({ viewport: SCREEN_720, locale: 'de-DE' });
    page = await context.newPage();
    errors = watchConsole(page);
    await page.goto(`/sessions/${session.id}/control`);
    await page.getByRole('heading', { level: 2, name: say('app.controlRoom.concerns.heading') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');

    const lead = page.locator('.page__lead');
    const theta = new Intl.NumberFormat('de', { style: 'percent' }).format(0.5);
    const inOrder = [say('app.session.status.live'), 'Runde 1', say('app.controlRoom.pacingSelf'), say('app.controlRoom.modeOwners'), say('app.controlRoom.anonymous'), say('app.controlRoom.threshold', { theta })];
    await expectText(lead, new RegExp(inOrder.map(escape).join('.*')));
    expect(theta).toBe('50\u00a0%'); // German sets a non-breaking space before the sign
    for (const heading of ['app.controlRoom.session.heading', 'app.decisions.panelHeading', 'app.followUps.heading', 'app.controlRoom.share.heading']) {
      await page.getByRole('heading', { level: 2, name: say(heading), exact: true }).waitFor();
    }
    await page.getByRole('button', { name: say('app.controlRoom.session.close'), exact: true }).waitFor();
    await page.getByRole('link', { name: `${say('app.controlRoom.session.presenter')} ${say('app.controlRoom.session.newTab')}` }).waitFor();
    await expectText(page.locator('.connection'), say('app.session.live.live'));

    // the cockpit: 4 phones × 8 of the template's concerns answered
    const answered = new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 0 }).format(Math.round((32 / (4 * session.concerns.length)) * 100) / 100);
    await expectText(page.locator('.cockpit-bar__progress strong'), say('app.controlRoom.cockpit.answered', { percent: answered }));
    await expectText(page.locator('.cockpit-bar__counts'), /\d+ Lücken? · \d+ Überlappung(en)? · \d+ strittig/);

    // a concern's row: its state, its results, its buttons named with the (German) title
    const [locked, revealed] = session.concerns as [TSession['concerns'][number], TSession['concerns'][number]];
    await page.getByRole('button', { name: say('app.controlRoom.concerns.openNamed', { title: locked.title }) }).waitFor();
    await page.getByRole('button', { name: say('app.controlRoom.concerns.hideNamed', { title: revealed.title }) }).waitFor();
    const row = page.locator('.concern-row').first();
    await expectText(row.locator('.concern-row__meta'), new RegExp(`${say('app.session.concernState.locked')}.*${say('app.controlRoom.concerns.shown')}`));
    await expectText(row.locator('.progress span').first(), say('app.controlRoom.concerns.answered', { answered: 4, participants: 4 }));

    // the decision and the follow-up with its date as German writes it
    const decisions = page.getByRole('region', { name: say('app.decisions.panelHeading') });
    await expectText(decisions.locator('.decided-line__raci'), say('app.decisions.decided', { raci: `A ${session.roles[0]!.name}` }));
    await expectText(decisions.locator('.decided-line__text'), say('app.decisions.why', { text: 'Das Team betreibt die Pipelines schon.' }));
    await expectText(page.getByRole('region', { name: say('app.followUps.heading') }).getByRole('listitem').first(), new RegExp(escape(say('app.followUps.dueOn', { date: '16.12.2026' }))));

    // no English left where German is expected
    const body = await page.locator('main').innerText();
    for (const key of ['app.controlRoom.concerns.heading', 'app.controlRoom.session.close', 'app.controlRoom.share.heading', 'app.controlRoom.concerns.lockAll']) {
      expect(body).not.toContain(english[key]);
    }
    expect(body).not.toMatch(/app\.[a-z]+\.[a-zA-Z.]+/);

    await snapForDocs(page, 'control-room-de-1280x720');
    expect(await clippedText(page, ['main *'])).toEqual([]);
    await expectAccessible(page, 'the German control room at 1280×720');
  });

  step('on a laptop (1366×768) too, scrolled to the concerns', async () => {
    await page.setViewportSize(LAPTOP_768);
    await scrollUnderBar(page.getByRole('heading', { level: 2, name: say('app.controlRoom.concerns.heading') }));
    await snapForDocs(page, 'control-room-de-laptop');
    expect(await clippedText(page, ['main *'])).toEqual([]);
    await expectAccessible(page, 'the German control room on a laptop');
  });

  step('the decisions editor speaks German and explains the letters, which stay R/A/C/I', async () => {
    const decisions = page.getByRole('region', { name: say('app.decisions.panelHeading') });
    const overlap = session.concerns[1]!;
    await decisions.getByRole('listitem').filter({ hasText: overlap.title }).getByRole('button', { name: say('app.decisions.decide'), exact: true }).click();
    const picker = page.locator(`[data-decision-picker="${overlap.id}"]`);
    await picker.getByRole('heading', { name: say('app.decisions.pickerHeading', { title: overlap.title }) }).waitFor();
    await expectText(picker.locator('p.muted').first(), say('app.decisions.legend'));
    // the room named both roles owners: A for the first, R for the second; the letters show as letters
    const roleGroup = picker.getByRole('group', { name: session.roles[0]!.name, exact: true });
    expect(await roleGroup.getByRole('radio', { name: say('app.decisions.letter.accountable') }).isChecked()).toBe(true);
    expect(await roleGroup.locator('.raci-grid__choice span[aria-hidden="true"]').allTextContents()).toEqual(['–', 'R', 'A', 'C', 'I']);
    await expectText(picker.getByRole('status'), say('app.decisions.decided', { raci: `A ${session.roles[0]!.name} · R ${session.roles[1]!.name}` }));
    // two A: the rule in German, the two roles listed the German way ("… und …")
    await picker.getByRole('group', { name: session.roles[1]!.name, exact: true }).getByRole('radio', { name: say('app.decisions.letter.accountable') }).check();
    await expectText(picker.getByRole('status'), say('app.decisions.problem.severalAccountable', { roles: `${session.roles[0]!.name} und ${session.roles[1]!.name}` }));
    expect(await picker.getByRole('button', { name: new RegExp(escape(say('app.decisions.confirm'))) }).isDisabled()).toBe(true);
    await picker.getByLabel(say('app.decisions.rationale')).waitFor();
    await picker.getByLabel(say('app.decisions.dissent')).waitFor();
    await scrollUnderBar(picker);
    await snapForDocs(page, 'decisions-de-laptop');
    expect(await clippedText(page, ['main *'])).toEqual([]);
    await expectAccessible(page, 'the German decisions editor');
    expect(errors).toEqual([]);
    await context.close();
  });

  step('an English browser gets the session\'s German; a language picked on the device wins over it', async () => {
    const englishBrowser = await signedIn({ viewport: LAPTOP_768, locale: 'en-US' });
    const shown = await englishBrowser.newPage();
    await shown.goto(`/sessions/${session.id}/control`);
    await shown.getByRole('heading', { level: 2, name: say('app.controlRoom.concerns.heading') }).waitFor();
    await shown.waitForFunction(() => document.documentElement.lang === 'de');
    await englishBrowser.close();

    const picked = await signedIn({ viewport: LAPTOP_768, locale: 'de-DE' });
    await picked.addInitScript(() => localStorage.setItem('thinline.locale', 'en'));
    const mine = await picked.newPage();
    await mine.goto(`/sessions/${session.id}/control`);
    await mine.getByRole('heading', { level: 2, name: english['app.controlRoom.concerns.heading'] }).waitFor();
    expect(await mine.evaluate(() => document.documentElement.lang)).toBe('en');
    await picked.close();
  });
});
