// Pre-work: a survey before the workshop, as the week goes. The phones' clocks are moved with
// Playwright's clock API (Monday, Wednesday, Thursday); the server's clock cannot be moved,
// so the session's closing time is a real "next Thursday 14:00 Berlin", and on "Thursday"
// the test brings that closing to two seconds from the server's now, as a facilitator
// changing it would: the server then closes answering by itself and tells the phones.
import { randomUUID } from 'node:crypto';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TSession, TWorkshop } from '@thinline/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { io } from 'socket.io-client';
import { artifacts, baseUrl, browserForSuite, newContext, snap, watchConsole } from './support/browser.js';
import { expectAccessible, expectText, storySteps } from './support/expect-ui.js';
import { expectHeatmapRow, sessionIds } from './support/heatmap.js';
import { Phone } from './support/phone.js';
import { ROLES, describeChange, expected, pct } from './support/room.js';

const ZONE = 'Europe/Berlin';
const [C1, C2, C3, C4] = ['Ingestion and ETL pipelines', 'Feature engineering', 'Model deployment', 'Model performance monitoring'] as const;
const SCREENSHOTS = join(process.cwd(), 'docs', 'screenshots');

/** The instant that reads `hour`:00 in Berlin on the given UTC calendar day. */
function berlin(day: Date, hour: number): Date {
  const guess = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  const shown = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(guess));
  const part = (type: string) => Number(shown.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return new Date(guess - (asUtc - guess));
}

/** The first Thursday 14:00 in Berlin at least a day from now: a real future closing time. */
function nextThursday(): Date {
  for (let d = 1; ; d++) {
    const day = new Date(Date.now() + d * 86_400_000);
    if (day.getUTCDay() === 4) return berlin(day, 14);
  }
}

describe('pre-work: a phone answers on Monday, finishes on Wednesday, is told on Thursday that answering closed; the live workshop follows', () => {
  const browser = browserForSuite();
  const step = storySteps();
  const closesAt = nextThursday();
  const monday = new Date(closesAt.getTime() - 3 * 86_400_000 - 4 * 3_600_000);
  const wednesday = new Date(closesAt.getTime() - 86_400_000 - 5 * 3_600_000);
  const thursday = new Date(closesAt.getTime() + 60_000);
  let laptop: BrowserContext;
  let facilitator: Page;
  let facilitatorErrors: string[];
  let ada: Phone;
  let session: TSession;

  const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await laptop.request.fetch(path, { method, data: body === undefined ? undefined : (body as object) });
    if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const keep = (from: string, name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(from, join(SCREENSHOTS, name));
  };

  afterAll(async () => {
    await ada?.close();
    await laptop?.close();
  });

  step('the facilitator opens a session days ahead with a closing time: Thursday 14:00', async () => {
    laptop = await newContext(browser(), { viewport: { width: 1440, height: 900 }, timezoneId: ZONE });
    const signup = await laptop.request.post('/api/auth/signup', { data: { email: `prework-${randomUUID()}@example.test`, password: 'correct horse battery', name: 'Pat Prework' } });
    expect(signup.status()).toBe(201);
    const workshop = await api<TWorkshop>('POST', '/api/workshops', {
      title: 'Payments data team — pre-work',
      description: 'Who owns what between our data and ML platform teams',
      roles: Object.values(ROLES).map((name) => ({ name })),
      concerns: [C1, C2, C3, C4].map((title) => ({ title, category: 'Platform' })),
    });
    facilitator = await laptop.newPage();
    facilitatorErrors = watchConsole(facilitator);
    await facilitator.goto(`/workshops/${workshop.id}`);
    const start = facilitator.getByRole('region', { name: 'Start a session' });
    // the form takes the facilitator's own time: Berlin, like the laptop
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(closesAt).replace(' ', 'T');
    await start.getByLabel('Pre-work: answering closes (optional)').fill(local);
    await start.getByRole('button', { name: 'Start a session' }).click();
    await facilitator.waitForURL(/\/sessions\/[^/]+\/control$/);
    const id = /\/sessions\/([^/]+)\/control$/.exec(facilitator.url())![1]!;
    session = await api<TSession>('POST', `/api/sessions/${id}/actions`, { action: 'start' });
    expect(session.settings.closesAt).toBe(closesAt.toISOString());
    expect(session.state.rounds).toEqual([{ round: 1, label: 'pre-work' }]);
    const panel = facilitator.getByRole('region', { name: 'Pre-work: answering before the workshop' });
    await expectText(panel.locator('.prework__when'), /Answering closes Thursday \d+ \w+, 14:00 \(your time, Europe\/Berlin\)/);
  });

  step('Monday: a phone joins, sees the deadline in its own time, answers two of four', async () => {
    ada = await Phone.open(browser(), 'ada', [], undefined, { viewport: { width: 360, height: 640 }, timezoneId: ZONE });
    await ada.context.clock.install({ time: monday });
    await ada.page.goto(`/j/${session.joinCode}`);
    await ada.join('de');
    const deadline = ada.page.locator('.pt-deadline');
    await expectText(deadline, 'Answer by Thursday 14:00, your time');
    await ada.answer(C1, ['de']);
    await ada.expectSaved(C1);
    await ada.answer(C2, ['platform']);
    await ada.expectSaved(C2);
    keep(await snap(ada.page, 'prework-01-phone-monday'), 'phone-prework-deadline.png');
    await expectAccessible(ada.page, 'phone: pre-work with its deadline');
  });

  step('Wednesday: the same phone comes back, finds its answers, finishes; the resume link continues elsewhere', async () => {
    await ada.context.clock.setSystemTime(wednesday);
    await ada.reopen();
    await ada.page.goto(`/j/${session.joinCode}`);
    // no role to pick again: the phone remembers who it is and continues with concern 3
    await expectText(ada.heading, C3);
    await expectText(ada.page.locator('.pt-deadline'), 'Answer by Thursday 14:00, your time');
    await ada.answer(C3, ['mlops']);
    await ada.expectSaved(C3);
    // the last one: the phone moves on to its summary, which counts what the server acknowledged
    await ada.answer(C4, 'nobody');
    await ada.page.getByRole('heading', { name: 'Your answers' }).waitFor();
    await ada.page.getByText('4 of 4 saved.', { exact: false }).waitFor();
    await ada.page.getByText('Continue on another device').click();
    const link = await ada.page.getByRole('textbox', { name: 'Your personal link' }).inputValue();
    expect(link).toMatch(new RegExp(`/j/${session.joinCode}#resume=[A-Za-z0-9_-]{20,}$`));

    // her laptop: the link opens her own answers, with no role to pick and the token gone from the address
    const other = await newContext(browser(), { viewport: { width: 1280, height: 720 }, timezoneId: ZONE });
    const page = await other.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: 'Your answers' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await page.getByText('4 of 4 saved.', { exact: false }).waitFor();
    await other.close();
  });

  step('the control room: the invite to send, and progress by role with the results hidden', async () => {
    // Ben (MLOps) answered one concern from his phone; Chen (Data Science) only joined
    const people: [string, number][] = [
      [ROLES.mlops, 1],
      [ROLES.ds, 0],
    ];
    for (const [role, answers] of people) {
      const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
      await socket.timeout(10000).emitWithAck('participant:join', { roleId: session.roles.find((r) => r.name === role)!.id });
      for (let i = 0; i < answers; i++) {
        const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: session.concerns[i]!.id, choice: 'owners', owners: [session.roles.find((r) => r.name === ROLES.mlops)!.id] })) as { ok: boolean };
        expect(ack.ok).toBe(true);
      }
      socket.disconnect();
    }
    await facilitator.reload();
    const panel = facilitator.getByRole('region', { name: 'Pre-work: answering before the workshop' });
    const row = (role: string) => panel.getByRole('row').filter({ has: facilitator.getByRole('rowheader', { name: role, exact: true }) });
    const cells = async (role: string) => (await row(role).getByRole('cell').allTextContents()).map((t) => t.trim());
    await expectText(row(ROLES.de).getByRole('cell').nth(1), '1');
    expect(await cells(ROLES.de)).toEqual(['1', '1', '0', '0']);
    expect(await cells(ROLES.mlops)).toEqual(['1', '0', '1', '0']);
    expect(await cells(ROLES.ds)).toEqual(['1', '0', '0', '1']);
    expect(await cells(ROLES.platform)).toEqual(['0', '0', '0', '0']);

    await panel.getByLabel("Readers' time zone").selectOption(ZONE);
    const invite = await panel.getByRole('textbox', { name: 'Invite text' }).inputValue();
    expect(invite).toContain('Before our workshop "Payments data team — pre-work"');
    expect(invite).toContain('What it is for: Who owns what between our data and ML platform teams');
    expect(invite).toMatch(/Please answer by Thursday \d+ \w+, 14:00 \(Central European (Standard|Summer) Time\)/);
    expect(invite).toContain('It takes about 2 minutes: 4 questions');
    expect(invite).toContain(`/j/${session.joinCode} (or enter the code ${session.joinCode})`);
    // kept beside the screenshots: the text exactly as a facilitator copies it
    writeFileSync(join(artifacts, 'prework-invite.txt'), invite);

    const download = facilitator.waitForEvent('download');
    await panel.getByRole('button', { name: 'Download QR code (PNG)' }).click();
    const png = await download;
    expect(png.suggestedFilename()).toBe(`thinline-join-${session.joinCode}.png`);

    // results stay hidden: no concern revealed, the projector says so
    expect((await api<TSession>('GET', `/api/sessions/${session.id}`)).state.concerns.every((c) => !c.revealed)).toBe(true);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    keep(await snap(facilitator, 'prework-02-control-room-progress'), 'control-room-prework-progress.png');
    await expectAccessible(facilitator, 'control room with pre-work');
  });

  step('Thursday 14:00 passes: the phone, without a reload, says answering has closed and what comes next', async () => {
    await ada.context.clock.setSystemTime(thursday);
    await ada.page.getByRole('heading', { name: 'Your answers' }).waitFor();
    // the server's clock is today's: its closing time comes to two seconds from its now
    await api('PATCH', `/api/sessions/${session.id}`, { closesAt: new Date(Date.now() + 2000).toISOString() });
    await ada.page.getByRole('heading', { level: 1, name: 'Answering has closed' }).waitFor({ timeout: 10_000 });
    await expectText(ada.page.locator('.pt-lead'), /You answered 4 of 4 questions before the closing time/);
    await ada.page.getByText(/What happens next: at the workshop the facilitator shows everyone's answers together/).waitFor();
    await expect(ada.page.locator('.pt-deadline').count()).resolves.toBe(0);
    keep(await snap(ada.page, 'prework-03-phone-closed'), 'phone-prework-closed.png');
    await expectAccessible(ada.page, 'phone: answering closed');
    // and the server refuses a late answer from any phone
    const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
    await socket.timeout(10000).emitWithAck('participant:join', { roleId: session.roles[0]!.id });
    const late = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: session.concerns[0]!.id, choice: 'nobody' })) as { ok: boolean; code?: string };
    socket.disconnect();
    expect(late).toMatchObject({ ok: false, code: 'answer/locked' });
    await facilitator.getByRole('region', { name: 'Pre-work: answering before the workshop' }).getByText('Answering closed').waitFor();
  });

  step('the live workshop: the projector reveals the pre-work, round 2 runs live, convergence compares the two', async () => {
    // the projector: a second window of the facilitator's laptop, signed in
    const presenter = await laptop.newPage();
    await presenter.setViewportSize({ width: 1280, height: 720 });
    const presenterErrors = watchConsole(presenter);
    await presenter.goto(`/sessions/${session.id}/present`);
    await facilitator.getByRole('button', { name: 'Reveal all' }).click();
    await facilitator.getByRole('button', { name: `Hide results of “${C4}”` }).waitFor();
    // round 1, pre-work: Ada named Data Engineering, Ben MLOps for ingestion: an overlap in
    // the numbers, but two answers are fewer than the smallest group shown (3): "too few"
    const round1 = expected([['de'], ['mlops']]);
    const ids = await sessionIds(laptop, session.id);
    await expectHeatmapRow(presenter.locator('.heatmap-frame').first(), ids, C1, round1);
    expect(round1.status).toBe('too few');
    // the phone shows the room's answer now that it is revealed
    await ada.page.getByRole('heading', { level: 2 }).first().waitFor();

    await facilitator.getByRole('button', { name: 'Start the live round' }).click();
    await facilitator.getByRole('group', { name: 'Confirm' }).getByRole('button', { name: 'Start the live round' }).click();
    await expectText(facilitator.getByRole('main').locator('.page__lead'), /Round 2 · live/);

    // Ada answers again; Grace, who did no pre-work, answers live
    await ada.context.clock.setSystemTime(new Date(thursday.getTime() + 3 * 3_600_000));
    await ada.openConcern(C1);
    await ada.answer(C1, ['de']);
    await ada.expectSaved(C1);
    const grace = await Phone.open(browser(), 'grace', [], undefined, { timezoneId: ZONE });
    await grace.page.goto(`/j/${session.joinCode}`);
    await grace.join('ds');
    await grace.answer(C1, ['de']);
    await grace.expectSaved(C1);
    await expect(grace.page.locator('.pt-deadline').count()).resolves.toBe(0);
    await facilitator.getByRole('button', { name: `Reveal results of “${C1}”` }).click();

    await presenter.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Rounds' }).click();
    await presenter.getByRole('heading', { name: 'Convergence: agreement in round 2 · live against round 1 · pre-work' }).waitFor();
    const table = presenter.getByRole('table');
    await expectText(table.getByRole('columnheader').nth(1), 'Round 1 · pre-work');
    await expectText(table.getByRole('columnheader').nth(2), 'Round 2 · live');
    const round2 = expected([['de'], ['de']]);
    const row = table.getByRole('row').filter({ has: presenter.getByRole('rowheader', { name: C1, exact: true }) });
    await expectText(row.getByRole('cell').nth(0), pct(round1.agreement!));
    await expectText(row.getByRole('cell').nth(1), pct(round2.agreement!));
    await expectText(row.getByRole('cell').nth(2), new RegExp(describeChange(round2.agreement! - round1.agreement!)));
    keep(await snap(presenter, 'prework-04-presenter-rounds'), 'presenter-prework-rounds.png');
    await expectAccessible(presenter, 'presenter: pre-work and live rounds');

    expect({ facilitator: facilitatorErrors, presenter: presenterErrors, ada: ada.errors, grace: grace.errors }).toEqual({ facilitator: [], presenter: [], ada: [], grace: [] });
    await grace.close();
    await presenter.close();
  });
});
