// After the reveal: the facilitator decides three concerns from the presenter's focus view
// (by keyboard), adds two follow-ups, closes; the next session of the same workshop opens
// with those follow-ups; the report link shows the decisions. Screenshots of the new screens
// go to docs/screenshots/.
import { randomUUID } from 'node:crypto';
import type { TSession, TShareLink, TWorkshop } from '@thinline/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, newContext, snapForDocs, watchConsole } from './support/browser.js';
import { escape, expectAccessible, expectText, storySteps } from './support/expect-ui.js';

const PROJECTOR_720 = { viewport: { width: 1280, height: 720 } };
const LAPTOP_900 = { viewport: { width: 1440, height: 900 } };
const PHONE_640 = { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const ROLES = ['Data Engineering', 'MLOps', 'Data Science', 'Platform'] as const;
const [INGEST, TRAIN, SERVE, MONITOR] = ['Ingestion pipelines', 'Model training', 'Model serving', 'Monitoring'] as const;
// four phones: Ingestion 4 × {DE} (clear); training 2 × {MLOps, DS} + 2 × {MLOps} (overlap);
// serving 3 × {MLOps} + 1 × {Platform} (clear); monitoring 3 × nobody + 1 × {MLOps} (gap)
const PHONES: Record<string, (typeof ROLES)[number][] | 'nobody'>[] = [
  { [INGEST]: ['Data Engineering'], [TRAIN]: ['MLOps', 'Data Science'], [SERVE]: ['MLOps'], [MONITOR]: 'nobody' },
  { [INGEST]: ['Data Engineering'], [TRAIN]: ['MLOps', 'Data Science'], [SERVE]: ['MLOps'], [MONITOR]: 'nobody' },
  { [INGEST]: ['Data Engineering'], [TRAIN]: ['MLOps'], [SERVE]: ['MLOps'], [MONITOR]: 'nobody' },
  { [INGEST]: ['Data Engineering'], [TRAIN]: ['MLOps'], [SERVE]: ['Platform'], [MONITOR]: ['MLOps'] },
];

function isoDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A due date as the English control room writes it (Intl, medium): "Dec 16, 2026". */
const shownDay = (iso: string): string => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('decisions and follow-ups, after the reveal', () => {
  const browser = browserForSuite();
  const step = storySteps();
  let api: Awaited<ReturnType<typeof facilitatorApi>>;
  let workshop: TWorkshop;
  let session: TSession;
  let laptop: BrowserContext;
  let presenter: Page;
  let errors: string[];

  const concernId = (title: string) => session.concerns.find((c) => c.title === title)!.id;
  const focusTitle = () => presenter.locator('#focus-title');

  step('a room of four answers four concerns, and the facilitator reveals them', async () => {
    api = await facilitatorApi('Dana Decider');
    workshop = await api.call<TWorkshop>('POST', '/api/workshops', {
      title: 'Checkout team ownership',
      roles: ROLES.map((name) => ({ name })),
      concerns: [INGEST, TRAIN, SERVE, MONITOR].map((title, i) => ({ title, category: i < 2 ? 'Pipelines' : 'Production' })),
    });
    const created = await api.call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
    session = await api.call<TSession>('POST', `/api/sessions/${created.id}/actions`, { action: 'start' });
    const roleId = (name: string) => session.roles.find((r) => r.name === name)!.id;
    for (const person of PHONES) {
      const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
      await socket.timeout(10000).emitWithAck('participant:join', {});
      for (const [title, owners] of Object.entries(person)) {
        const choice = owners === 'nobody' ? { choice: 'nobody' } : { choice: 'owners', owners: owners.map(roleId) };
        const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: concernId(title), ...choice })) as { ok: boolean };
        expect(ack.ok).toBe(true);
      }
      socket.disconnect();
    }
    for (const c of session.concerns) await api.call('POST', `/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: c.id });

    laptop = await newContext(browser(), PROJECTOR_720);
    const [name, value] = api.cookie.split('=') as [string, string];
    await laptop.addCookies([{ name, value, url: baseUrl() }]);
    presenter = await laptop.newPage();
    errors = watchConsole(presenter);
    await presenter.goto(`/sessions/${session.id}/present?view=focus&concern=${concernId(INGEST)}`);
    await expectText(focusTitle(), INGEST);
  });

  step('decides the first concern with one keystroke: the picker starts from the room (Data Engineering at 100%)', async () => {
    await presenter.getByRole('button', { name: 'Decide', exact: true }).click();
    const picker = presenter.locator(`[data-decision-picker="${concernId(INGEST)}"]`);
    await picker.waitFor();
    expect(await picker.getByRole('radio', { name: 'Accountable' }).first().isChecked()).toBe(true);
    await expectText(picker.getByRole('status'), 'Decided: A Data Engineering');
    await snapForDocs(presenter, 'decision-picker');
    await expectAccessible(presenter, 'the decision picker in the focus view');
    // focus is in the picker (its first radio): Enter confirms
    await presenter.keyboard.press('Enter');
    await expectText(presenter.locator('.decided-line__raci'), 'Decided: A Data Engineering');
  });

  step('decides the overlap by keyboard: MLOps accountable, Data Science responsible, with a rationale and a dissent', async () => {
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expectText(focusTitle(), TRAIN);
    await presenter.getByRole('button', { name: 'Decide', exact: true }).click();
    const picker = presenter.locator(`[data-decision-picker="${concernId(TRAIN)}"]`);
    // the room: MLOps 100%, Data Science 50% (both ≥ θ): A MLOps, R Data Science
    await expectText(picker.getByRole('status'), 'Decided: A MLOps · R Data Science');
    // make Data Science consulted instead: Tab to its group, arrows to C
    await presenter.keyboard.press('Tab'); // MLOps group
    await presenter.keyboard.press('Tab'); // Data Science group (on its checked R)
    await presenter.keyboard.press('ArrowRight'); // A
    await expectText(picker.getByRole('status'), /exactly one role may be Accountable/);
    await presenter.keyboard.press('ArrowRight'); // C
    await expectText(picker.getByRole('status'), 'Decided: A MLOps · C Data Science');
    await picker.getByLabel('Rationale (optional)').fill('MLOps runs the training platform.');
    await picker.getByLabel('Dissent (optional)').fill('Data Science wants to own its experiments.');
    await presenter.keyboard.press('Control+Enter');
    await expectText(presenter.locator('.decided-line__raci'), 'Decided: A MLOps · C Data Science');
    await expectText(presenter.locator('.decided-line'), /Why: MLOps runs the training platform\.Dissent: Data Science wants to own its experiments\./);
  });

  step('decides the gap after picking an owner the room did not name, and adds two follow-ups from the focus view', async () => {
    await presenter.locator('.presenter__controls').getByLabel('Concern').selectOption(concernId(MONITOR));
    await expectText(focusTitle(), MONITOR);
    await presenter.getByRole('button', { name: 'Decide', exact: true }).click();
    const picker = presenter.locator(`[data-decision-picker="${concernId(MONITOR)}"]`);
    await expectText(picker.getByRole('status'), /exactly one role must be Accountable/);
    expect(await picker.getByRole('button', { name: /Confirm decision/ }).isDisabled()).toBe(true);
    await picker.getByRole('group', { name: 'MLOps' }).getByRole('radio', { name: 'Accountable' }).check();
    await picker.getByRole('group', { name: 'Platform' }).getByRole('radio', { name: 'Responsible' }).check();
    await presenter.keyboard.press('Enter');
    await expectText(presenter.locator('.decided-line__raci'), 'Decided: A MLOps · R Platform');

    await presenter.getByText('Add a follow-up').click();
    const form = presenter.getByRole('form', { name: 'Add a follow-up' });
    await form.getByLabel('Follow-up').fill('Put a drift alert on the on-call rota');
    await form.getByLabel('Owning role').selectOption({ label: 'MLOps' });
    await form.getByLabel('Due').fill(isoDay(-1));
    await form.getByRole('button', { name: 'Add the follow-up' }).click();
    await expectText(form.getByRole('status'), /Added: Put a drift alert on the on-call rota/);
    await form.getByLabel('Follow-up').fill('Write the monitoring runbook');
    await form.getByLabel('Owning role').selectOption({ label: '(none)' });
    await form.getByLabel('Or a person').fill('Priya');
    await form.getByLabel('Due').fill(isoDay(14));
    await form.getByRole('button', { name: 'Add the follow-up' }).click();
    await expectText(form.getByRole('status'), /Added: Write the monitoring runbook/);
  });

  step('the heatmap marks the decided rows, and can hide their numbers to focus on what is left', async () => {
    await presenter.getByRole('button', { name: 'Heatmap', exact: true }).click();
    const svg = presenter.locator('.heatmap-frame svg');
    await svg.locator(`[data-concern-row="${concernId(TRAIN)}"][data-decided="Decided: A MLOps · C Data Science"]`).waitFor();
    expect(await svg.locator('[data-decided]').count()).toBe(3);
    await snapForDocs(presenter, 'presenter-decided-heatmap');
    await presenter.getByRole('button', { name: 'Hide numbers of decided rows' }).click();
    await svg.locator(`[data-decided-across="${concernId(INGEST)}"]`).waitFor();
    // the one undecided row (serving) keeps its numbers: MLOps 3 of 4
    expect(await svg.locator(`[data-concern-id="${concernId(SERVE)}"][data-role-id="${session.roles[1]!.id}"] text`).first().textContent()).toBe('75%');
    await snapForDocs(presenter, 'presenter-decided-hidden');
    await expectAccessible(presenter, 'the heatmap with decided rows');
    expect(errors).toEqual([]);
  });

  step('the control room lists the same decisions and this session\'s follow-ups, then the facilitator closes', async () => {
    const page = await laptop.newPage();
    await page.setViewportSize(LAPTOP_900.viewport);
    const controlErrors = watchConsole(page);
    await page.goto(`/sessions/${session.id}/control`);
    const decisions = page.getByRole('region', { name: 'Decisions' });
    await expectText(decisions.getByRole('listitem').filter({ hasText: TRAIN }).locator('.decided-line__raci'), 'Decided: A MLOps · C Data Science');
    await expectText(decisions.getByRole('listitem').filter({ hasText: SERVE }), /Not decided/);
    const followUps = page.getByRole('region', { name: 'Follow-ups' });
    expect(await followUps.getByRole('listitem').count()).toBe(2);
    await decisions.scrollIntoViewIfNeeded();
    await snapForDocs(page, 'control-room-decisions');
    await expectAccessible(page, 'the control room with decisions');
    await page.getByRole('button', { name: 'Close session' }).click();
    // the close asks to confirm
    await page.getByRole('button', { name: 'Close session' }).last().click();
    await page.getByText('Closed', { exact: true }).first().waitFor();
    expect(controlErrors).toEqual([]);
    await page.close();
  });

  step('the next session of the workshop opens with last time\'s follow-ups, the overdue one marked', async () => {
    const next = await api.call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
    const control = await newContext(browser(), LAPTOP_900);
    const [name, value] = api.cookie.split('=') as [string, string];
    await control.addCookies([{ name, value, url: baseUrl() }]);
    const page = await control.newPage();
    const controlErrors = watchConsole(page);
    await page.goto(`/sessions/${next.id}/control`);
    const panel = page.getByRole('region', { name: 'Last time\'s follow-ups' });
    await panel.waitFor();
    const items = panel.getByRole('listitem');
    expect(await items.count()).toBe(2);
    // overdue first
    await expectText(items.first(), new RegExp(`^Put a drift alert on the on-call rota · Monitoring · MLOps · due ${escape(shownDay(isoDay(-1)))} Overdue`));
    await expectText(items.nth(1), new RegExp(`^Write the monitoring runbook · Monitoring · Priya · due ${escape(shownDay(isoDay(14)))}Done`));
    await snapForDocs(page, 'control-room-follow-ups');
    await expectAccessible(page, 'the control room with last time\'s follow-ups');
    await items.first().getByRole('button', { name: 'Done: Put a drift alert on the on-call rota' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-follow-up]').length === 1);
    expect(controlErrors).toEqual([]);
    await control.close();
  });

  step('the report link shows the decisions, on a phone', async () => {
    const link = await api.call<TShareLink>('POST', `/api/sessions/${session.id}/share`, {});
    const phone = await newContext(browser(), PHONE_640);
    const page = await phone.newPage();
    const phoneErrors = watchConsole(page);
    await page.goto(new URL(link.url).pathname);
    const section = page.getByRole('region', { name: 'Decisions' });
    await section.waitFor();
    await expectText(section.locator(`[data-report-decision="${concernId(INGEST)}"]`), /Decided: A Data Engineering$/);
    await expectText(section.locator(`[data-report-decision="${concernId(TRAIN)}"]`), /Decided: A MLOps · C Data Science.*Dissent: Data Science wants to own its experiments\./);
    await expectText(section.locator(`[data-report-decision="${concernId(MONITOR)}"]`), /Decided: A MLOps · R Platform$/);
    await expectText(section.locator(`[data-report-decision="${concernId(SERVE)}"]`), /Not decided$/);
    await section.scrollIntoViewIfNeeded();
    await snapForDocs(page, 'report-decisions-phone');
    await expectAccessible(page, 'the report with decisions on a phone');
    // a link holder reads the follow-ups and is offered no form
    expect(await page.getByText('Add a follow-up (you run this session)').count()).toBe(0);
    expect(phoneErrors).toEqual([]);
    await phone.close();

    // the facilitator, signed in, can add a follow-up from the same report page
    const own = await laptop.newPage();
    const ownErrors = watchConsole(own);
    await own.goto(new URL(link.url).pathname);
    await own.getByText('Add a follow-up (you run this session)').click();
    const form = own.getByRole('form', { name: 'Add a follow-up' });
    await form.getByLabel('Follow-up').fill('Review the serving decision next quarter');
    await form.getByRole('button', { name: 'Add the follow-up' }).click();
    await expectText(form.getByRole('status'), /Added: Review the serving decision next quarter/);
    expect(ownErrors).toEqual([]);
    await laptop.close();
  });
});
