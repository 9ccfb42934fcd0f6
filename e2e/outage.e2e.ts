// An answer given on a phone survives an outage (issue 14): a phone answers, then the
// database is cut (through a TCP proxy this test controls) for longer than the server
// holds answers (8 s), or the API process is killed; the phone answers three more
// concerns and is reloaded during the outage; then the database (or the process) comes
// back. All four answers must end up in PostgreSQL and on the presenter, and the phone
// must show them saved, without anyone doing more than a person would.
//
// Each test runs an API process of its own on the e2e database (the shared server must
// not be cut off or killed under the other tests).
import pg from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type ApiProcess, startApi } from '../apps/api/test/support/api-process.js';
import { freePort } from '../apps/api/test/support/ports.js';
import { TcpProxy } from '../apps/api/test/support/tcp-proxy.js';
import { LAPTOP, launch, newContext, snap, watchConsole } from './support/browser.js';
import { escape, expectAccessible, expectText } from './support/expect-ui.js';
import { type SessionIds, expectHeatmapRow, sessionIds } from './support/heatmap.js';
import { Phone } from './support/phone.js';
import { type Answer, expected } from './support/room.js';

const databaseUrl = (): string => {
  const url = process.env.THINLINE_E2E_DATABASE_URL;
  if (!url) throw new Error('THINLINE_E2E_DATABASE_URL is not set: run the e2e tests through npm test');
  return url;
};

/** How long the server holds a batch while its database is away before it hands it back (AnswerWriter HOLD_MS). */
const SERVER_HOLD_MS = 8000;

/** What a browser logs while its server or the server's database is away. */
const OUTAGE_ERRORS = [/WebSocket connection to .* failed/, /ERR_CONNECTION_REFUSED/, /status of 503/, /ERR_CONNECTION_RESET/, /ERR_EMPTY_RESPONSE/];

/** The first four concerns of the built-in template, in the order a phone meets them, and Dana's answers. */
const ANSWERS: readonly Answer[] = [['de'], ['de', 'platform'], ['mlops'], 'nobody'];

const ENV = { RATE_LIMIT_AUTH_PER_MINUTE: '1000', RATE_LIMIT_JOIN_PER_MINUTE: '1000', LOG_LEVEL: 'warn' };

async function answersInPostgres(sessionId: string): Promise<{ title: string; choice: string; owners: string[] }[]> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ title: string; choice: string; owners: string[] }>(
      'SELECT c.title, a.choice, a.owners::text[] AS owners FROM answer a JOIN session_concern c ON c.session_id = a.session_id AND c.id = a.concern_id WHERE a.session_id = $1 ORDER BY c.position',
      [sessionId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

/** A facilitator with a live self-paced session (set up through the API), the control room and the projector open, and one phone in. */
interface Room {
  laptop: BrowserContext;
  control: Page;
  presenter: Page;
  phone: Phone;
  sessionId: string;
  joinCode: string;
  titles: string[];
  ids: SessionIds;
  errors: string[][];
}

async function openRoom(browser: Browser, baseURL: string): Promise<Room> {
  const laptop = await newContext(browser, { ...LAPTOP, baseURL });
  const signup = await laptop.request.post('/api/auth/signup', { data: { name: 'Olu Outage', email: `outage-${Date.now()}-${Math.random()}@example.com`, password: 'a long enough passphrase' } });
  expect(signup.status()).toBe(201);
  const workshop = (await (await laptop.request.post('/api/workshops', { data: { templateId: 'de-vs-mlops' } })).json()) as { id: string };
  const session = (await (await laptop.request.post(`/api/workshops/${workshop.id}/sessions`, { data: { anonymity: 'anonymous' } })).json()) as { id: string; joinCode: string; concerns: { title: string }[] };
  expect((await laptop.request.post(`/api/sessions/${session.id}/actions`, { data: { action: 'start' } })).status()).toBe(200);

  const control = await laptop.newPage();
  const presenter = await laptop.newPage();
  const errors = [watchConsole(control, OUTAGE_ERRORS), watchConsole(presenter, OUTAGE_ERRORS)];
  await control.goto(`/sessions/${session.id}/control`);
  await presenter.goto(`/sessions/${session.id}/present`);
  await presenter.getByText('Answer on your phone.').waitFor();
  for (const page of [control, presenter]) await expectText(page.locator('.connection'), 'Live');

  const phone = await Phone.open(browser, 'Dana', OUTAGE_ERRORS, baseURL);
  errors.push(phone.errors);
  await phone.page.goto(`/j/${session.joinCode}`);
  await phone.join('de');
  const titles = session.concerns.slice(0, 4).map((c) => c.title);
  await expectText(phone.heading, titles[0]!);
  return { laptop, control, presenter, phone, sessionId: session.id, joinCode: session.joinCode, titles, ids: await sessionIds(laptop, session.id), errors };
}

/** The phone's list of answers: how many of the 20 are saved, and the line of each of the first four. */
async function expectPhoneSummary(phone: Phone, titles: readonly string[], saved: number, lines: readonly string[], timeout = 10_000): Promise<void> {
  const summary = phone.page.getByRole('heading', { name: 'Your answers' });
  if (!(await summary.isVisible())) await phone.footer.getByRole('button', { name: 'All answers' }).tap();
  await summary.waitFor();
  await expectText(phone.page.getByText(/of 20 saved/), new RegExp(`^${saved} of 20 saved`), timeout);
  for (const [i, title] of titles.entries()) {
    await expectText(phone.page.getByRole('button', { name: new RegExp(`^${escape(title)}`) }), new RegExp(escape(lines[i]!)), timeout);
  }
}

/** Screenshots of one screen at the phone size and the small laptop size the brief asks for. */
async function snapBoth(page: Page, name: string): Promise<void> {
  const before = page.viewportSize();
  for (const size of [{ width: 360, height: 640 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await snap(page, `${name}-${size.width}x${size.height}`);
  }
  if (before) await page.setViewportSize(before);
}

/** Answers, checks, reveals: the part after the outage, the same for both tests. */
async function expectAllFourEverywhere(room: Room): Promise<void> {
  const { phone, presenter, control, titles } = room;
  // the phone: every answer acknowledged, without a tap from the person
  await expectPhoneSummary(phone, titles, 4, ['Saved ✓', 'Saved ✓', 'Saved ✓', 'Saved ✓'], 60_000);
  await expect(phone.offlineBanner.count()).resolves.toBe(0);
  // PostgreSQL: exactly the four answers the phone gave
  const rows = await answersInPostgres(room.sessionId);
  expect(rows.map((r) => r.title)).toEqual(titles);
  expect(rows.map((r) => (r.choice === 'owners' ? r.owners.map((id) => Object.entries(room.ids.roles).find(([, v]) => v === id)?.[0]).sort() : r.choice))).toEqual(
    ANSWERS.map((a) => (typeof a === 'string' ? a : [...a].sort())),
  );
  // the control room and the projector caught up without a reload
  for (const page of [control, presenter]) await expectText(page.locator('.connection'), 'Live', 30_000);
  await expectText(presenter.locator('.presenter-message .presenter-lobby__count'), '4 answers so far', 15_000);
  const row = (title: string) => control.getByRole('listitem').filter({ has: control.getByText(new RegExp(`^\\d+\\. ${escape(title)}$`)) });
  for (const title of titles) await expectText(row(title).locator('.progress span'), '1/1 answered', 15_000);
  // and once revealed, the projector's heatmap has each answer in its row
  for (const title of titles) {
    const res = await room.laptop.request.post(`/api/sessions/${room.sessionId}/actions`, { data: { action: 'reveal', concernId: room.ids.concerns[title] } });
    expect(res.status()).toBe(200);
  }
  const heatmap = presenter.locator('.heatmap-frame').first();
  for (const [i, title] of titles.entries()) await expectHeatmapRow(heatmap, room.ids, title, expected([ANSWERS[i]!]), 15_000);
}

describe('an answer given on a phone survives an outage', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`the database is away for longer than the server holds answers (${SERVER_HOLD_MS / 1000} s) and the phone is reloaded meanwhile: all four answers are saved`, async () => {
    const proxy = TcpProxy.forUrl(databaseUrl());
    await proxy.start();
    let api: ApiProcess | undefined;
    try {
      api = await startApi({ ...ENV, DATABASE_URL: proxy.urlFor(databaseUrl()) });
      const room = await openRoom(browser, api.url);
      const { phone, titles } = room;
      await phone.answer(titles[0]!, ANSWERS[0]!);
      await phone.expectSaved(titles[0]!);

      const cutAt = Date.now();
      await proxy.cut();
      for (const i of [1, 2, 3]) await phone.answer(titles[i]!, ANSWERS[i]!);
      // never "saved" before the acknowledgement; and past the server's hold it says honestly that it waits
      await expectText(phone.lastSave, `Saving… (waiting for the server): ${titles[3]}`, SERVER_HOLD_MS + 10_000);
      expect(Date.now() - cutAt).toBeGreaterThan(SERVER_HOLD_MS);
      await phone.serverBanner.waitFor();
      await expectText(phone.serverBanner, /3 answers are kept on this phone and will be sent automatically\./);
      await expectAccessible(phone.page, 'phone: saving, waiting for the server');
      await snapBoth(phone.page, 'outage-db-phone-saving');
      // the facilitator's screens say that saving is paused, and why the numbers stand still
      for (const page of [room.control, room.presenter]) await expectText(page.locator('.connection'), /^Saving paused/);
      await snapBoth(room.presenter, 'outage-db-presenter-paused');
      await snapBoth(room.control, 'outage-db-control-paused');
      await expectAccessible(room.control, 'control room: saving paused');
      expect((await answersInPostgres(room.sessionId)).length).toBe(1);

      // the tab is reloaded during the outage: the phone still shows the questions and what waits
      await phone.page.reload();
      await phone.offlineBanner.waitFor();
      await expectPhoneSummary(phone, titles, 1, ['Saved ✓', 'Saving… (waiting for the server)', 'Saving… (waiting for the server)', 'Saving… (waiting for the server)']);
      await snapBoth(phone.page, 'outage-db-phone-reloaded');
      expect(Date.now() - cutAt).toBeGreaterThan(SERVER_HOLD_MS + 2000);

      await proxy.restore();
      await expectAllFourEverywhere(room);
      await snap(room.presenter, 'outage-db-presenter-after');
      for (const errors of room.errors) expect(errors).toEqual([]);
      await room.laptop.close();
      await phone.close();
    } finally {
      await api?.stop();
      await proxy.cut();
    }
  }, 240_000);

  it('the API process is killed and the phone is reloaded during the outage: once it is restarted, all four answers are saved', async () => {
    const port = await freePort();
    let api: ApiProcess | undefined = await startApi({ ...ENV, DATABASE_URL: databaseUrl() }, { port });
    try {
      const room = await openRoom(browser, api.url);
      const { phone, titles } = room;
      await phone.answer(titles[0]!, ANSWERS[0]!);
      await phone.expectSaved(titles[0]!);

      await api.kill();
      api = undefined;
      await phone.offlineBanner.waitFor();
      for (const i of [1, 2, 3]) await phone.answer(titles[i]!, ANSWERS[i]!);
      await expectText(phone.lastSave, `Saving… (waiting for the server): ${titles[3]}`);
      await expectText(phone.offlineBanner, /Reconnecting…\s*3 answers are kept on this phone and will be sent automatically\./);
      await snapBoth(phone.page, 'outage-api-phone-saving');
      for (const page of [room.control, room.presenter]) await expectText(page.locator('.connection'), /^Reconnecting…/);
      await snapBoth(room.presenter, 'outage-api-presenter-reconnecting');
      await snapBoth(room.control, 'outage-api-control-reconnecting');
      await expectAccessible(room.presenter, 'presenter: reconnecting');

      // reloading with the server gone shows the browser's own error page; the answers wait in the phone's storage
      await expect(phone.page.reload()).rejects.toThrow(/ERR_CONNECTION_REFUSED/);
      api = await startApi({ ...ENV, DATABASE_URL: databaseUrl() }, { port });
      // the person reloads again once the page answers
      await phone.page.goto(`/j/${room.joinCode}`);
      await expectAllFourEverywhere(room);
      for (const errors of room.errors) expect(errors).toEqual([]);
      await room.laptop.close();
      await phone.close();
    } finally {
      await api?.stop();
    }
  }, 240_000);
});
