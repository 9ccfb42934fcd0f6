// The whole workshop as people live it, against the production server: a facilitator on a
// laptop, three participants on phones, the projector, and later a manager with a report
// link. Every expectation is what one of them reads on a screen, computed from what the
// phones answered (e2e/support/room.ts), never read back from the server.
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LAPTOP, PROJECTOR, launch, newContext, snap, watchConsole } from './support/browser.js';
import { escape, expectAccessible, expectText, inViewport, markDocument, sameDocument, storySteps } from './support/expect-ui.js';
import { type SessionIds, download, expectHeatmapRow, sessionIds, shareCell } from './support/heatmap.js';
import { Phone } from './support/phone.js';
import { type Answer, ROLES, ROLE_KEYS, describeChange, expected, pct } from './support/room.js';

const TITLE = 'Payments data team — who owns what';
const [C1, C2, C3, C4] = ['Ingestion and ETL pipelines', 'Streaming data', 'Model training pipelines', 'Data cleaning and validation'] as const;
const ANSWERED = [C1, C2, C3, C4];

// Round 1: Ada (Data Engineering, came by the QR code), Ben (MLOps, typed the code on the
// start page; goes offline at concern 3) and Grace (Data Science, typed it on /j, gave her name).
const ROUND_1: Record<string, { ada: Answer; ben: Answer; grace: Answer }> = {
  [C1]: { ada: ['de'], ben: ['de'], grace: ['ds'] },
  [C2]: { ada: ['de', 'platform'], ben: ['platform'], grace: 'nobody' },
  [C3]: { ada: ['mlops'], ben: ['mlops', 'ds'], grace: ['ds'] },
  [C4]: { ada: ['de'], ben: 'unknown', grace: 'nobody' },
};
// Round 2, after the discussion: the room converges, except that model training stays shared.
const ROUND_2: Record<string, { ada: Answer; ben: Answer; grace: Answer }> = {
  [C1]: { ada: ['de'], ben: ['de'], grace: ['de'] },
  [C2]: { ada: ['platform'], ben: ['platform'], grace: ['platform'] },
  [C3]: { ada: ['mlops'], ben: ['mlops', 'ds'], grace: ['mlops', 'ds'] },
};
const room = (round: typeof ROUND_1, title: string, who: readonly ('ada' | 'ben' | 'grace')[] = ['ada', 'ben', 'grace']) =>
  expected(who.map((w) => round[title]![w]), 1); // the session shows groups from 1 (k = 1)

/** What the browser logs while a phone is offline and socket.io tries to reconnect. */
const OFFLINE_ERRORS = [/ERR_INTERNET_DISCONNECTED/, /WebSocket connection to .* failed/];

/** The picture of a phone mid-answer; a tap on the text first clears the browser's tap highlight from the toggle. */
async function snapAnswering(phone: Phone): Promise<void> {
  await phone.page.getByRole('article').locator('h2 + p').tap();
  await snap(phone.page, '10-phone-answering');
}

describe('a whole workshop, as the facilitator, three participants, the projector and a manager live it', () => {
  const step = storySteps();
  let browser: Browser;
  let laptop: BrowserContext;
  let facilitator: Page;
  let projector: BrowserContext;
  let presenter: Page;
  let ada: Phone;
  let ben: Phone;
  let grace: Phone;
  let manager: BrowserContext;
  let report: Page;
  const errors: Record<string, string[]> = {};
  let sessionId = '';
  let joinCode = '';
  let joinUrl = '';
  let ids: SessionIds;

  beforeAll(async () => {
    browser = await launch();
    laptop = await newContext(browser, LAPTOP);
    facilitator = await laptop.newPage();
    errors.facilitator = watchConsole(facilitator);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const controlRoom = () => facilitator.getByRole('main');
  const presenterHeatmap = () => presenter.locator('.heatmap-frame').first();
  // a concern's row in the control room: "3. Model training pipelines", its state, progress and buttons
  const concernRow = (title: string) => facilitator.getByRole('listitem').filter({ has: facilitator.getByText(new RegExp(`^\\d+\\. ${escape(title)}$`)) });
  const participantCount = () => controlRoom().locator('.stat');

  step('the facilitator signs up, makes a workshop from the built-in template and starts a named, self-paced session', async () => {
    await facilitator.goto('/');
    await facilitator.getByRole('heading', { level: 1, name: 'Thinline' }).waitFor();
    await expectAccessible(facilitator, 'start page (laptop)');
    await facilitator.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await snap(facilitator, '01-sign-in');
    await expectAccessible(facilitator, 'sign in');
    await facilitator.getByRole('link', { name: 'Create an account' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await facilitator.getByLabel('Your name').fill('Fatima Facilitator');
    await facilitator.getByLabel('Email address').fill(`fatima-${Date.now()}@example.com`);
    await facilitator.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
    await snap(facilitator, '02-sign-up');
    await expectAccessible(facilitator, 'sign up');
    await facilitator.getByRole('button', { name: 'Create account' }).click();

    await facilitator.getByRole('heading', { level: 1, name: 'Your workshops' }).waitFor();
    await facilitator.getByText('Signed in as Fatima Facilitator').waitFor();
    await facilitator.getByRole('button', { name: 'New from template' }).click();
    const useTemplate = facilitator.getByRole('button', { name: 'Use the template “Data Engineering vs MLOps”' });
    await useTemplate.waitFor();
    await snap(facilitator, '03-templates');
    await expectAccessible(facilitator, 'workshops with the template picker');
    await useTemplate.click();

    await facilitator.getByRole('heading', { level: 1, name: 'Data Engineering vs MLOps' }).waitFor();
    expect(facilitator.url()).toMatch(/\/workshops\/[^/]+$/);
    // the template's four roles and twenty concerns are in the editor
    const roleNames = [1, 2, 3, 4].map((i) => facilitator.getByRole('textbox', { name: `Role ${i} name` }).inputValue());
    expect(await Promise.all(roleNames)).toEqual(Object.values(ROLES));
    await expect(facilitator.getByRole('textbox', { name: /^Concern \d+ title$/ }).count()).resolves.toBe(20);
    await facilitator.getByRole('textbox', { name: 'Title', exact: true }).fill(TITLE);
    await facilitator.getByRole('button', { name: 'Save changes' }).click();
    await expectText(facilitator.getByRole('status').filter({ hasText: /saved/i }), 'All changes saved.');
    await facilitator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await snap(facilitator, '04-workshop-editor');
    await expectAccessible(facilitator, 'workshop editor');

    const start = facilitator.getByRole('region', { name: 'Start a session' });
    await expect(start.getByRole('radio', { name: /^Self-paced/ }).isChecked()).resolves.toBe(true);
    await start.getByRole('radio', { name: /^Named/ }).check();
    // a small room: show each role's own view from one person up
    await start.getByRole('textbox', { name: 'Smallest group shown' }).fill('1');
    await start.getByRole('button', { name: 'Start a session' }).click();

    await facilitator.waitForURL(/\/sessions\/[^/]+\/control$/);
    sessionId = /\/sessions\/([^/]+)\/control$/.exec(facilitator.url())![1]!;
    await facilitator.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectText(controlRoom().locator('.page__lead'), /Lobby.*Round 1.*Self-paced.*Owner answers.*Named.*owner threshold 50%/);
    // the control room opens at its top, though the form was at the bottom of the editor
    const startButton = facilitator.getByRole('button', { name: 'Start the session' });
    await startButton.waitFor();
    expect(await inViewport(facilitator.getByRole('heading', { level: 1, name: TITLE }))).toBe(true);
    expect(await inViewport(startButton)).toBe(true);
    ids = await sessionIds(laptop, sessionId);
    expect(Object.keys(ids.concerns)).toHaveLength(20);
  });

  step('the control room shows the join code and a QR code that opens the join page', async () => {
    const qr = facilitator.getByRole('img', { name: /^QR code that opens / });
    const label = (await qr.getAttribute('aria-label'))!;
    joinUrl = label.replace('QR code that opens ', '');
    const match = /^http:\/\/127\.0\.0\.1:\d+\/j\/([A-Z0-9]{6})$/.exec(joinUrl);
    expect(match).not.toBeNull();
    joinCode = match![1]!;
    // no look-alike characters in a code read off a wall
    expect(joinCode).not.toMatch(/[01OIL]/);
    const panel = facilitator.locator('.join-panel');
    await expectText(panel.locator('.join-code [aria-hidden="true"]'), joinCode);
    await expectText(panel.locator('.join-url'), joinUrl.replace('http://', ''));
    await expectText(participantCount(), /^0\s*participants$/);
    await snap(facilitator, '05-control-room-lobby');
    await expectAccessible(facilitator, 'control room, lobby');

    // the projector: the same facilitator, signed in, on a 1920×1080 screen
    const href = await facilitator.getByRole('link', { name: /Open presenter view/ }).getAttribute('href');
    expect(href).toBe(`/sessions/${sessionId}/present`);
    projector = await newContext(browser, { ...PROJECTOR, storageState: await laptop.storageState() });
    presenter = await projector.newPage();
    errors.presenter = watchConsole(presenter);
    await presenter.goto(href!);
    await presenter.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectText(presenter.locator('.presenter-lobby__code [aria-hidden="true"]'), joinCode);
    await presenter.getByRole('img', { name: `QR code that opens ${joinUrl}` }).waitFor();
    await presenter.getByText('Waiting for the first person…').waitFor();
    await snap(presenter, '06-presenter-lobby');
    await expectAccessible(presenter, 'presenter, lobby');
  });

  step('Ada scans the QR code, picks her role and waits in the lobby; both screens count her', async () => {
    ada = await Phone.open(browser, 'Ada');
    errors.ada = ada.errors;
    await ada.page.goto(joinUrl);
    await ada.page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await ada.page.getByText("You're joining").waitFor();
    await snap(ada.page, '07-phone-join-form');
    await expectAccessible(ada.page, 'phone: join form (name and own role)');
    await ada.join('de');
    await ada.page.getByRole('heading', { level: 1, name: "You're in" }).waitFor();
    await ada.page.getByText('Waiting for the facilitator to start.').waitFor();
    await ada.page.getByText(ROLES.de, { exact: true }).waitFor();
    await snap(ada.page, '08-phone-lobby');
    await expectAccessible(ada.page, 'phone: lobby');

    await expectText(participantCount(), /^1\s*participant$/);
    await presenter.getByText('1 person has joined').waitFor();
  });

  step('the facilitator starts the session: Ada’s phone moves on by itself, the projector stays blind', async () => {
    await markDocument(presenter);
    await facilitator.getByRole('button', { name: 'Start the session' }).click();
    await expectText(controlRoom().locator('.page__lead'), /^Live/);
    await expectText(ada.heading, C1);
    await ada.page.getByText(`1 of 20`).waitFor();
    await presenter.getByText('Answer on your phone.').waitFor();
    await expectText(presenter.locator('.presenter-message .presenter-lobby__count'), '0 answers so far');
    expect(await sameDocument(presenter)).toBe(true);
    await expectAccessible(presenter, 'presenter, live and blind');
    await expectAccessible(ada.page, 'phone: first concern');
  });

  step('Ben types the code on the start page, Grace on /j with her name; each picks their role', async () => {
    ben = await Phone.open(browser, 'Ben', OFFLINE_ERRORS);
    errors.ben = ben.errors;
    await ben.page.goto('/');
    await ben.page.getByRole('heading', { level: 1, name: 'Thinline' }).waitFor();
    await snap(ben.page, '09-phone-start');
    await expectAccessible(ben.page, 'phone: start page');
    await ben.page.getByRole('textbox', { name: 'Join code' }).fill(joinCode.toLowerCase());
    await ben.page.getByRole('button', { name: 'Join', exact: true }).tap();
    await ben.page.waitForURL(`**/j/${joinCode}`);
    await ben.join('mlops');
    await expectText(ben.heading, C1);

    grace = await Phone.open(browser, 'Grace');
    errors.grace = grace.errors;
    await grace.page.goto('/j');
    await grace.page.getByRole('heading', { level: 1, name: 'Join a session' }).waitFor();
    await expectAccessible(grace.page, 'phone: /j');
    await grace.page.getByRole('textbox', { name: 'Join code' }).fill(joinCode);
    await grace.page.getByRole('button', { name: 'Join', exact: true }).tap();
    await grace.page.getByRole('textbox', { name: /^Your name/ }).waitFor();
    await grace.join('ds', 'Grace');
    await expectText(grace.heading, C1);

    await expectText(participantCount(), /^3\s*participants$/);
    await expectText(presenter.locator('.presenter__bar'), /3\s*participants/);
  });

  step('Ada answers four concerns; each shows “Saved” once the server acknowledged it', async () => {
    for (const title of ANSWERED) {
      // on the third, her choice is on screen and the second one's confirmation above the buttons
      await ada.answer(title, ROUND_1[title]!.ada, title === C3 ? () => snapAnswering(ada) : undefined);
      await ada.expectSaved(title);
    }
    await expectAccessible(ada.page, 'phone: answering, with the saved line');
    await expectText(ada.heading, 'Data storage and warehousing');
    // the concern's own screen says it too
    await ada.openConcern(C2);
    await expectText(ada.saveStatus, 'Saved ✓');
    await ada.page.getByRole('button', { name: ROLES.platform, exact: true, pressed: true }).waitFor();
    await ada.footer.getByRole('button', { name: 'All answers' }).tap();
    await expectText(ada.page.getByText(/of 20 saved/), /^4 of 20 saved/);
    await expectAccessible(ada.page, 'phone: all answers');
  });

  step('Ben loses the network mid-way: his answer waits on the phone and is saved when he is back', async () => {
    for (const title of [C1, C2]) {
      await ben.answer(title, ROUND_1[title]!.ben);
      await ben.expectSaved(title);
    }
    await ben.context.setOffline(true);
    await ben.offlineBanner.waitFor();
    await ben.answer(C3, ROUND_1[C3]!.ben);
    await expectText(ben.lastSave, `Saving… (waiting for the server): ${C3}`);
    await expectText(ben.offlineBanner, /Reconnecting…\s*1 answer is kept on this phone and will be sent automatically\./);
    await snap(ben.page, '11-phone-offline');
    await expectAccessible(ben.page, 'phone: offline with an answer waiting');

    await ben.context.setOffline(false);
    await ben.expectSaved(C3, 20_000);
    await ben.offlineBanner.waitFor({ state: 'detached' });
    await ben.answer(C4, ROUND_1[C4]!.ben);
    await ben.expectSaved(C4);
  });

  step('Grace answers three concerns; the projector counts the answers live, still blind', async () => {
    for (const title of [C1, C2, C3]) {
      await grace.answer(title, ROUND_1[title]!.grace);
      await grace.expectSaved(title);
    }
    // 4 (Ada) + 4 (Ben, "don't know" included) + 3 (Grace)
    await expectText(presenter.locator('.presenter-message .presenter-lobby__count'), '11 answers so far');
    for (const title of [C1, C2, C3]) await expectText(concernRow(title).locator('.progress span').first(), '3/3 answered');
    await expectText(concernRow(C4).locator('.progress span').first(), '2/3 answered');
    await expectText(concernRow('Data storage and warehousing').locator('.progress span').first(), '0/3 answered');
    expect(await sameDocument(presenter)).toBe(true);
  });

  step('the facilitator reveals four concerns: the projector shows the right number in every cell', async () => {
    for (const title of ANSWERED) {
      await facilitator.getByRole('button', { name: `Reveal results of “${title}”` }).click();
      await facilitator.getByRole('button', { name: `Hide results of “${title}”` }).waitFor();
    }
    await snap(facilitator, '12-control-room-live');
    await expectAccessible(facilitator, 'control room, live with results shown');

    // e.g. "Ingestion and ETL pipelines": 2 of 3 named Data Engineering → 67%
    await expectText(shareCell(presenterHeatmap(), ids, C1, 'de'), '67%');
    for (const title of [C1, C2, C3]) await expectHeatmapRow(presenterHeatmap(), ids, title, room(ROUND_1, title));
    // Ben's answer given offline counts: Data Science 67% on model training means his reached the server
    await expectText(shareCell(presenterHeatmap(), ids, C3, 'ds'), '67%');
    // Grace has not answered data cleaning yet: Ada's Data Engineering, Ben's "don't know"
    await expectHeatmapRow(presenterHeatmap(), ids, C4, room(ROUND_1, C4, ['ada', 'ben']));
    await presenter.getByText('16 concerns not revealed yet.').waitFor();
    expect(await sameDocument(presenter)).toBe(true);
  });

  step('Grace answers the last one: the projector follows without a reload, the row turns into a gap', async () => {
    await expectText(presenterHeatmap().locator(`[data-concern-id="${ids.concerns[C4]}"][data-column="status"]`), 'CLEAR');
    await grace.answer(C4, ROUND_1[C4]!.grace);
    await grace.expectSaved(C4);
    await expectHeatmapRow(presenterHeatmap(), ids, C4, room(ROUND_1, C4), 5000);
    expect(room(ROUND_1, C4).status).toBe('gap');
    expect(await sameDocument(presenter)).toBe(true);
    await snap(presenter, '13-presenter-heatmap');
    await expectAccessible(presenter, 'presenter, heatmap');
  });

  step('the facilitator locks a revealed concern: the phones show it locked, with the room’s answer', async () => {
    await facilitator.getByRole('button', { name: `Lock “${C1}”` }).click();
    await facilitator.getByRole('button', { name: `Open “${C1}”` }).waitFor();
    await expectText(concernRow(C1).locator('.concern-row__meta'), /Locked.*Results shown/);

    await ada.openConcern(C1);
    await ada.page.getByText('Locked — answers to this question are closed.').waitFor();
    const results = ada.page.getByRole('region', { name: 'The room’s answer' });
    await expectText(results.locator('.pt-status'), /Clear — The room sees one owner\./);
    await expectText(results.getByRole('listitem').filter({ hasText: ROLES.de }).locator('.pt-bar__value'), '67%');
    await expectText(results.getByRole('listitem').filter({ hasText: ROLES.ds }).locator('.pt-bar__value'), '33%');
    await expectText(results.locator('.pt-results__meta'), `Agreement ${pct(room(ROUND_1, C1).agreement!)} · 3 answered`);
    await expectText(ada.saveStatus, 'Saved ✓');
    await expect(ada.page.getByRole('button', { name: ROLES.de, exact: true }).isDisabled()).resolves.toBe(true);
    await snap(ada.page, '14-phone-locked-results');
    await expectAccessible(ada.page, 'phone: locked concern with the results');

    // Grace, still on her phone, gets there from her summary too
    await grace.openConcern(C1);
    await grace.page.getByText('Locked — answers to this question are closed.').waitFor();
    await expectText(grace.page.getByRole('region', { name: 'The room’s answer' }).getByRole('listitem').filter({ hasText: ROLES.de }).locator('.pt-bar__value'), '67%');
  });

  step('the projector shows one role’s own view, and where two roles see ownership differently', async () => {
    await presenter.getByRole('combobox', { name: 'Whose view' }).selectOption({ label: `As ${ROLES.de} sees it` });
    await presenter.waitForURL(/segment=/);
    for (const title of ANSWERED) await expectHeatmapRow(presenterHeatmap(), ids, title, room(ROUND_1, title, ['ada']));
    await snap(presenter, '15-presenter-segment');
    await expectAccessible(presenter, 'presenter, segment view');
    await presenter.getByRole('combobox', { name: 'Whose view' }).selectOption({ label: 'Whole room' });
    await expectHeatmapRow(presenterHeatmap(), ids, C1, room(ROUND_1, C1));

    await presenter.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Perception gap' }).click();
    await presenter.getByRole('combobox', { name: 'Compare how' }).selectOption({ label: ROLES.de });
    await presenter.getByRole('combobox', { name: 'sees it with' }).selectOption({ label: ROLES.mlops });
    const gaps = presenter.getByRole('region', { name: `Where ${ROLES.de} and ${ROLES.mlops} see ownership differently` });
    await gaps.waitFor();
    // Ada (DE) against Ben (MLOps): ½ Σ |share_A − share_B| per concern, largest first, "–" when Ben said "don't know"
    const rows = gaps.getByRole('listitem');
    await expectText(rows.nth(0).locator('.bar-row__label'), C2);
    await expectText(rows.nth(0).locator('.bar-row__value'), '50%');
    await expectText(rows.nth(0).locator('.bar-row__note'), `Most apart on ${ROLES.de}: 100% of ${ROLES.de} vs 0% of ${ROLES.mlops} name it owner.`);
    await expectText(rows.nth(1).locator('.bar-row__label'), C3);
    await expectText(rows.nth(1).locator('.bar-row__value'), '50%');
    await expectText(rows.nth(2).locator('.bar-row__label'), C1);
    await expectText(rows.nth(2).locator('.bar-row__value'), '0%');
    await expectText(rows.nth(3).locator('.bar-row__label'), C4);
    await expectText(rows.nth(3).locator('.bar-row__value'), '–');
    await snap(presenter, '16-presenter-perception-gap');
    await expectAccessible(presenter, 'presenter, perception gap');
    await presenter.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Heatmap' }).click();
  });

  step('a second round: the room answers again and the rounds view shows agreement rising', async () => {
    await facilitator.getByRole('button', { name: 'Next round' }).click();
    await facilitator.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Start next round' }).click();
    await expectText(controlRoom().locator('.page__lead'), /Round 2/);
    // blind again until revealed
    await presenter.getByText('Answer on your phone.').waitFor();

    for (const [phone, who] of [
      [ada, 'ada'],
      [ben, 'ben'],
      [grace, 'grace'],
    ] as const) {
      await phone.openConcern(C1);
      // last round's answer is on screen, not yet given for this round
      await expectText(phone.saveStatus, 'Not saved for round 2 yet');
      for (const title of [C1, C2, C3]) {
        await phone.answer(title, ROUND_2[title]![who]);
        await phone.expectSaved(title);
      }
    }
    for (const title of [C1, C2, C3, C4]) await facilitator.getByRole('button', { name: `Reveal results of “${title}”` }).click();
    await facilitator.getByRole('button', { name: `Hide results of “${C4}”` }).waitFor();
    for (const title of [C1, C2, C3]) await expectHeatmapRow(presenterHeatmap(), ids, title, room(ROUND_2, title));

    await presenter.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Rounds' }).click();
    const table = presenter.getByRole('table');
    await presenter.getByRole('heading', { name: 'Convergence: agreement in round 2 against round 1' }).waitFor();
    for (const title of [C1, C2, C3]) {
      const first = room(ROUND_1, title).agreement!;
      const last = room(ROUND_2, title).agreement!;
      const row = table.getByRole('row').filter({ has: presenter.getByRole('rowheader', { name: title, exact: true }) });
      await expectText(row.getByRole('cell').nth(0), pct(first));
      await expectText(row.getByRole('cell').nth(1), pct(last));
      await expectText(row.getByRole('cell').nth(2), new RegExp(describeChange(last - first)));
    }
    // e.g. ingestion: everyone named Data Engineering this time, agreement 33% → 100%
    await expectText(table.getByRole('row').filter({ hasText: C1 }).getByRole('cell').nth(2), /up 67 points/);
    await snap(presenter, '17-presenter-rounds');
    await expectAccessible(presenter, 'presenter, rounds');
  });

  step('the facilitator closes the session: phones say thank you, the projector shows every concern', async () => {
    await facilitator.getByRole('button', { name: 'Close session' }).click();
    await facilitator.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Close session' }).click();
    await expectText(controlRoom().locator('.page__lead'), /^Closed/);
    for (const phone of [ada, ben, grace]) {
      await phone.page.getByRole('heading', { level: 1, name: 'Session closed, thank you' }).waitFor();
      await expectText(phone.page.locator('.pt-lead'), 'You answered 4 of 20 questions.');
    }
    await expectAccessible(grace.page, 'phone: session closed');
    await presenter.getByText('Session closed').waitFor();
    // closed: the results are final and every concern may be shown
    await presenter.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Heatmap' }).click();
    await expectHeatmapRow(presenterHeatmap(), ids, 'Data storage and warehousing', expected([]));
    await expectAccessible(presenter, 'presenter, closed');
  });

  step('the facilitator shares a read-only link; the manager reads the report and downloads PNG, PDF and CSV with the same numbers', async () => {
    await facilitator.getByRole('button', { name: 'Create a share link' }).click();
    const link = await facilitator.getByRole('textbox', { name: 'Read-only report link' }).inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/r\/[^/]+$/);
    await expectAccessible(facilitator, 'control room, closed, with a share link');

    manager = await newContext(browser, LAPTOP);
    report = await manager.newPage();
    errors.manager = watchConsole(report);
    await report.goto(link);
    await report.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await report.getByText('3 participants', { exact: true }).waitFor();
    await expectText(report.locator('.rp-facts'), /Named answers.*Owner threshold 50%/);
    expect(await report.locator('.rp-facts').textContent()).not.toMatch(/under 1 people/);
    const heatmap = report.locator('.rp-heatmap');
    for (const title of [C1, C2, C3]) await expectHeatmapRow(heatmap, ids, title, room(ROUND_2, title));
    // the overlap that stayed is first to discuss, with how far the room moved since round 1
    const c3 = report.getByRole('listitem').filter({ hasText: C3 });
    await expectText(c3.locator('.rp-queue__nums'), /agreement \+33 pts since round 1/);
    await snap(report, '18-report');
    await expectAccessible(report, 'report');

    const png = await download(report, report.getByRole('link', { name: 'Heatmap (PNG)' }));
    expect(png.filename).toMatch(/^thinline-.*\.png$/);
    expect(PNG.sync.read(png.body).width).toBeGreaterThanOrEqual(1600);

    const pdf = await download(report, report.getByRole('link', { name: 'Report (PDF)' }));
    const text = (await new PDFParse({ data: new Uint8Array(pdf.body) }).getText()).text.replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('3 participants · θ = 50% · round 2 of 2');
    // each answered row of the PDF's heatmap reads as the row on the screen
    for (const title of [C1, C2, C3]) {
      const concern = `[data-concern-id="${ids.concerns[title]}"]`;
      const cells = [
        heatmap.locator(`${concern}[data-column="status"]`),
        ...ROLE_KEYS.map((role) => shareCell(heatmap, ids, title, role)),
        shareCell(heatmap, ids, title, 'nobody'),
        heatmap.locator(`${concern}[data-column="agreement"]`),
        heatmap.locator(`${concern}[data-column="answered"]`),
      ];
      const onScreen = await Promise.all(cells.map(async (cell) => (await cell.textContent())!.trim()));
      expect(text).toContain(`${title} ${onScreen.join(' ')}`);
    }

    const csv = await download(report, report.getByRole('link', { name: 'Answers (CSV)' }));
    const rows = parse<Record<string, string>>(csv.body.toString(), { columns: true, bom: true });
    // round 2: three people, three concerns; never a name through a report link
    expect(rows).toHaveLength(9);
    expect(csv.body.toString()).not.toContain('Grace');
    for (const title of [C1, C2, C3]) {
      const answers = rows.filter((r) => r.concern === title);
      expect(answers.map((r) => r.round)).toEqual(['2', '2', '2']);
      const named = answers.filter((r) => r.choice !== 'unknown');
      for (const role of ROLE_KEYS) {
        const share = named.filter((r) => r.owners!.split('; ').includes(ROLES[role])).length / named.length;
        // the file's numbers are the ones on the screen
        expect(await shareCell(heatmap, ids, title, role).textContent()).toBe(pct(share));
      }
    }

    // the first round is still there to compare with
    await report.getByRole('combobox', { name: 'Round' }).selectOption({ label: 'Round 1' });
    for (const title of ANSWERED) await expectHeatmapRow(heatmap, ids, title, room(ROUND_1, title));
  });

  step('no page logged an error', () => {
    expect(errors).toEqual(Object.fromEntries(Object.keys(errors).map((k) => [k, []])));
  });
});
