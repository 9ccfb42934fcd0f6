import { randomUUID } from 'node:crypto';
import type { TSession, TWorkshop } from '@thinline/shared';
import { io } from 'socket.io-client';
import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';
import { clippedText } from './support/expect-ui.js';

// A projector opened from a presenter link (issue 16): a venue's PC nobody signed in to shows
// the presenter screen, follows the control room's views and pages, and says so when the
// facilitator revokes the link.

const SCREENS = { small: { width: 1280, height: 720 }, full: { width: 1920, height: 1080 } } as const;

/** `people` phones answer every concern, a few owners each. */
async function room(session: TSession, people: number): Promise<void> {
  await Promise.all(
    Array.from({ length: people }, async (_, person) => {
      const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
      await socket.timeout(10000).emitWithAck('participant:join', { roleId: session.roles[person % session.roles.length]!.id });
      for (const [ci, concern] of session.concerns.entries()) {
        const owners = [session.roles[(ci + (person % 2)) % session.roles.length]!.id];
        const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: concern.id, choice: 'owners', owners })) as { ok: boolean };
        if (!ack.ok) throw new Error(`answer refused: ${JSON.stringify(ack)}`);
      }
      socket.disconnect();
    }),
  );
}

describe('a presenter link on a projector nobody signed in to (issue 16)', () => {
  const browser = browserForSuite();

  it('shows the join code and heatmap without a cookie, follows the control room, and says when it is revoked', async () => {
    const { cookie, call } = await facilitatorApi('Robin Remote');
    const workshop = await call<TWorkshop>('POST', '/api/workshops', { templateId: 'de-vs-mlops' });
    const created = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
    const session = await call<TSession>('POST', `/api/sessions/${created.id}/actions`, { action: 'start' });
    // three people a role: enough for the perception-gap view to compare two roles
    await room(session, 12);
    for (const c of session.concerns) await call('POST', `/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: c.id });

    // --- the control room makes the link ----------------------------------------------
    const facilitator = await newContext(browser(), { viewport: { width: 1366, height: 900 } });
    const [name, value] = cookie.split('=') as [string, string];
    await facilitator.addCookies([{ name, value, url: baseUrl() }]);
    const control = await facilitator.newPage();
    const controlErrors = watchConsole(control);
    await control.goto(`/sessions/${session.id}/control`);
    const panel = control.getByRole('region', { name: 'Open on a projector' });
    await panel.getByRole('heading', { name: 'Open on a projector' }).waitFor();
    await panel.getByRole('button', { name: 'Create a presenter link' }).click();
    const field = panel.getByLabel(/New presenter link/);
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/present\/[A-Za-z0-9_-]{43}$/);
    // listed by kind after a reload, apart from the report links
    await control.reload();
    await panel.getByRole('list', { name: 'Presenter links that work' }).getByRole('listitem').first().waitFor();
    expect(await panel.getByRole('list', { name: 'Presenter links that work' }).getByRole('listitem').count()).toBe(1);
    await control.getByRole('region', { name: 'Share the report' }).getByText('No link works at the moment.').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await snapForDocs(control, 'control-room-projector-link-1366x900');

    // --- a fresh browser, no cookie: the projector -----------------------------------
    const venue = await newContext(browser(), { viewport: SCREENS.small });
    expect(await venue.cookies()).toEqual([]);
    const projector = await venue.newPage();
    const projectorErrors = watchConsole(projector);
    await projector.goto(url);
    const banner = projector.locator('[data-join-banner]');
    await banner.waitFor();
    expect(await banner.locator('[aria-hidden="true"]').first().textContent()).toBe(session.joinCode);
    await projector.locator('svg[data-heatmap="true"]').waitFor();
    await projector.locator('.connection--live').waitFor();
    await projector.locator('[data-presenter-page="1"]').waitFor();
    // the room's numbers as the facilitator's own heatmap has them
    const shares = projector.locator('svg[data-heatmap="true"] [data-share]');
    expect(await shares.count()).toBeGreaterThan(0);
    // nothing here that writes: no decide button, no follow-up form
    expect(await projector.getByRole('button', { name: /Decide/ }).count()).toBe(0);
    expect(await seriousA11yViolations(projector)).toEqual([]);
    await snapForDocs(projector, 'presenter-link-1280x720');

    // --- paced from the control room: a page, then a view ------------------------------
    const remote = control.locator('[data-projector-remote]');
    await remote.getByRole('button', { name: '↓ Projector page' }).click();
    await projector.locator('[data-presenter-page="2"]').waitFor();
    await remote.getByText('Page 2 of').waitFor();
    await remote.getByRole('group', { name: 'Projector view' }).getByRole('button', { name: 'Perception gap' }).click();
    await projector.waitForURL(/view=gaps/);
    await projector.locator('.bar-row').first().waitFor();
    await remote.getByRole('group', { name: 'Projector view' }).getByRole('button', { name: 'Heatmap' }).click();
    await projector.locator('svg[data-heatmap="true"]').waitFor();

    await projector.setViewportSize(SCREENS.full);
    await remote.getByRole('button', { name: '↑ Projector page' }).click();
    await projector.locator('[data-presenter-page="1"]').waitFor();
    await projector.locator('svg[data-heatmap="true"]').waitFor();
    expect(await seriousA11yViolations(projector)).toEqual([]);
    await snapForDocs(projector, 'presenter-link-1920x1080');

    // --- revoked while it shows: the wall says so -------------------------------------
    const item = panel.getByRole('list', { name: 'Presenter links that work' }).getByRole('listitem').first();
    await item.getByRole('button', { name: 'Revoke' }).click();
    await control.getByRole('button', { name: 'Revoke link' }).click();
    await projector.getByRole('heading', { name: 'This presenter link was revoked' }).waitFor();
    await projector.getByText('The facilitator revoked this presenter link.').waitFor();
    expect(await projector.locator('svg[data-heatmap="true"]').count()).toBe(0);
    expect(await seriousA11yViolations(projector)).toEqual([]);
    await snapForDocs(projector, 'presenter-link-revoked-1920x1080');
    // and a reload stays refused, with the same words
    await projector.reload();
    await projector.getByRole('heading', { name: 'This presenter link was revoked' }).waitFor();
    await projector.setViewportSize({ width: 360, height: 640 });
    await snapForDocs(projector, 'presenter-link-revoked-360x640');

    // the control room's panel and pacing on a phone-sized screen
    await control.setViewportSize({ width: 360, height: 640 });
    await panel.getByRole('heading', { name: 'Open on a projector' }).scrollIntoViewIfNeeded();
    await panel.getByText('No presenter link works at the moment.').waitFor();
    // nothing of the control room runs past a phone's edge or makes the page scroll sideways
    expect(await clippedText(control, ['main *'])).toEqual([]);
    await snapForDocs(control, 'control-room-projector-link-360x640');
    await control.evaluate(() => window.scrollTo(0, 0));
    await snapForDocs(control, 'control-room-projector-remote-360x640');

    expect(projectorErrors.filter((e) => !/status of 410/.test(e))).toEqual([]);
    expect(controlErrors).toEqual([]);
    await venue.close();
    await facilitator.close();
  });
});
