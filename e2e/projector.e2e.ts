import { randomUUID } from 'node:crypto';
import type { TSession, TWorkshop } from '@thinline/shared';
import { io } from 'socket.io-client';
import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';

// The projector a room can read, the control room that paces it and the phone that fits one
// question on one screen (issue 16): the screenshots go to docs/screenshots/, and the test
// measures what the room sees: type sizes at 1280×720, no controls while idle, the colour of
// 0%, every phone choice inside a 360×640 screen.

const SCREENS = { full: { width: 1920, height: 1080 }, small: { width: 1280, height: 720 } } as const;

/** `people` phones answer every concern: the i-th person gives `pick(i, concernIndex)`. */
async function room(session: TSession, people: number, pick: (person: number, concern: number) => string[] | 'nobody'): Promise<void> {
  await Promise.all(
    Array.from({ length: people }, async (_, person) => {
      const socket = io(`${baseUrl()}/live`, { auth: { joinCode: session.joinCode }, transports: ['websocket'], forceNew: true, reconnection: false });
      const role = session.roles[person % session.roles.length]!.id;
      await socket.timeout(10000).emitWithAck('participant:join', { roleId: role });
      for (const [ci, concern] of session.concerns.entries()) {
        const owners = pick(person, ci);
        const choice = owners === 'nobody' ? { choice: 'nobody' } : { choice: 'owners', owners: owners.map((i) => session.roles[Number(i)]!.id) };
        const ack = (await socket.timeout(10000).emitWithAck('answer:submit', { answerId: randomUUID(), concernId: concern.id, ...choice })) as { ok: boolean };
        if (!ack.ok) throw new Error(`answer refused: ${JSON.stringify(ack)}`);
      }
      socket.disconnect();
    }),
  );
}

/** A plausible room: a clear owner for most concerns, some overlaps, some gaps, a contested one. */
const answerOf = (round: number) => (person: number, concern: number): string[] | 'nobody' => {
  const kind = concern % 5;
  if (kind === 0) return ['0'];
  if (kind === 1) return person % 3 === 0 ? ['1', '2'] : ['1'];
  if (kind === 2) return person % 2 === 0 || round > 1 ? 'nobody' : ['3'];
  if (kind === 3) return person % 2 === 0 ? ['1'] : ['2'];
  return person % 4 === 0 ? ['2'] : ['1', '2'];
};

describe('the projector, the control room and the phone (issue 16)', () => {
  const browser = browserForSuite();

  it('reads from the back of a room at 1280×720 and 1920×1080, shows no controls while idle, and fits a question on a 360×640 phone', async () => {
    const { cookie, call } = await facilitatorApi('Pat Projector');
    const workshop = await call<TWorkshop>('POST', '/api/workshops', { templateId: 'de-vs-mlops' });
    const created = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
    const session = await call<TSession>('POST', `/api/sessions/${created.id}/actions`, { action: 'start' });
    expect(session.concerns.length).toBeGreaterThanOrEqual(20);
    await room(session, 12, answerOf(1));
    for (const c of session.concerns) await call('POST', `/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: c.id });

    const context = await newContext(browser(), { viewport: SCREENS.small });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    const errors = watchConsole(page);

    // --- presenter, heatmap, 1280×720 -------------------------------------------------
    await page.goto(`/sessions/${session.id}/present`);
    const svg = page.locator('svg[data-heatmap="true"]');
    await svg.waitFor();
    await page.locator('[data-join-banner]').waitFor();
    // idle: nothing to click on screen
    const seen = (els: Element[]) =>
      els.filter((e) => {
        let node: Element | null = e;
        while (node) {
          const style = getComputedStyle(node);
          if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
          node = node.parentElement;
        }
        return true;
      }).length;
    expect(await page.locator('[data-presenter-control]').evaluateAll(seen)).toBe(0);
    expect(await page.getByRole('button').evaluateAll(seen)).toBe(0);
    // a page of 8 rows, full width
    const rows = svg.locator('[data-concern-row]');
    expect(await rows.count()).toBe(8);
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeGreaterThan(SCREENS.small.width * 0.95);
    expect(box.y + box.height).toBeLessThanOrEqual(SCREENS.small.height);
    // type sizes as drawn: concern names ≥ 20 px, numbers ≥ 24 px (the em box, from the scale)
    const sizes = await page.evaluate(() => {
      const el = document.querySelector('svg[data-heatmap="true"]') as SVGSVGElement;
      const scale = el.getBoundingClientRect().width / el.viewBox.baseVal.width;
      const label = el.querySelector('[data-concern-row] text[font-size]') as SVGTextElement;
      const number = el.querySelector('[data-share]') as SVGTextElement;
      return {
        label: Number(label.getAttribute('font-size')) * scale,
        number: Number(number.getAttribute('font-size')) * scale,
        labelBox: label.getBoundingClientRect().height,
        numberBox: number.getBoundingClientRect().height,
      };
    });
    expect(sizes.label).toBeGreaterThanOrEqual(20);
    expect(sizes.number).toBeGreaterThanOrEqual(24);
    expect(sizes.labelBox).toBeGreaterThanOrEqual(20);
    expect(sizes.numberBox).toBeGreaterThanOrEqual(24);
    // 0% is near white: ink goes where the answers are
    const zeroFill = await svg.locator('g:has(> text[data-share="0"]) > rect[data-fill]').first().getAttribute('data-fill');
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(luminance(zeroFill!)).toBeGreaterThan(0.9);
    await snapForDocs(page, 'presenter-heatmap-1280x720');

    // the facilitator turns the page with a clicker's Page Down
    const firstRow = await rows.first().getAttribute('data-concern-row');
    await page.keyboard.press('PageDown');
    await page.locator('[data-presenter-page="2"]').waitFor();
    expect(await rows.first().getAttribute('data-concern-row')).not.toBe(firstRow);
    // a mouse move shows the controls
    await page.mouse.move(400, 300);
    await page.waitForFunction(() => document.querySelector('.presenter--idle') === null);
    await page.getByRole('group', { name: 'View' }).waitFor();
    await snapForDocs(page, 'presenter-controls-1280x720');
    expect(await seriousA11yViolations(page)).toEqual([]);

    const views = ['heatmap', 'gaps', 'focus', 'rounds'] as const;
    const shootViews = async (size: keyof typeof SCREENS) => {
      await page.setViewportSize(SCREENS[size]);
      for (const view of views) {
        await page.goto(`/sessions/${session.id}/present?view=${view}`);
        await page.locator('main#main').waitFor();
        await page.locator('[data-join-banner]').waitFor();
        await page.locator('.connection--live').waitFor();
        if (view === 'rounds') await page.locator('[data-rounds-heatmap] svg').waitFor();
        else if (view === 'heatmap') await page.locator('svg[data-heatmap="true"]').waitFor();
        else await page.locator('.bar-row').first().waitFor();
        await snapForDocs(page, `presenter-${view}-${SCREENS[size].width}x${SCREENS[size].height}`);
      }
    };
    await call('POST', `/api/sessions/${session.id}/actions`, { action: 'next-round' });
    await room(session, 12, answerOf(2));
    for (const c of session.concerns) await call('POST', `/api/sessions/${session.id}/actions`, { action: 'reveal', concernId: c.id });
    await shootViews('small');
    await shootViews('full');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // --- the control room --------------------------------------------------------------
    for (const size of ['small', 'full'] as const) {
      await page.setViewportSize(SCREENS[size]);
      await page.goto(`/sessions/${session.id}/control`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('[data-cockpit-bar] svg rect').first().waitFor();
      await snapForDocs(page, `control-room-${SCREENS[size].width}x${SCREENS[size].height}`);
    }
    // the cockpit bar stays on screen while the concerns scroll under it
    await page.getByRole('heading', { name: 'Concerns', level: 2 }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 1500);
    const bar = (await page.locator('[data-cockpit-bar]').boundingBox())!;
    expect(bar.y).toBeGreaterThanOrEqual(-1);
    expect(bar.y).toBeLessThan(10);
    await snapForDocs(page, 'control-room-scrolled-1920x1080');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // a share link with an expiry is still listed (and revocable) after a reload
    const share = page.getByRole('region', { name: 'Share the report' });
    await share.getByLabel('The link stops working').selectOption('7');
    await share.getByRole('button', { name: 'Create a share link' }).click();
    await share.getByLabel(/New read-only report link/).waitFor();
    await page.reload();
    const listed = page.getByRole('list', { name: 'Links that work' }).getByRole('listitem');
    await listed.first().waitFor();
    expect(await listed.count()).toBe(1);
    expect(await listed.first().textContent()).toContain('stops working');
    await listed.first().getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('button', { name: 'Revoke link' }).click();
    await page.getByText('No link works at the moment.').waitFor();
    await page.reload();
    await page.getByText('No link works at the moment.').waitFor();

    // --- closed: the live dot says nothing of "live" ------------------------------------
    await call('POST', `/api/sessions/${session.id}/actions`, { action: 'close' });
    await page.goto(`/sessions/${session.id}/present`);
    await page.getByText('Session closed').waitFor();
    expect(await page.locator('.connection').count()).toBe(0);

    // --- the phone at 360×640 -----------------------------------------------------------
    const led = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
    await call('POST', `/api/sessions/${led.id}/actions`, { action: 'start' });
    const phoneContext = await newContext(browser(), { viewport: { width: 360, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const phone = await phoneContext.newPage();
    const phoneErrors = watchConsole(phone);
    await phone.goto(`/j/${led.joinCode}`);
    await phone.getByRole('radio', { name: session.roles[0]!.name, exact: true }).tap();
    await phone.getByRole('button', { name: 'Continue' }).tap();
    await phone.getByRole('heading', { level: 2 }).waitFor();
    // every choice above the sticky footer (not hidden behind it), the primary button on screen
    const footer = (await phone.getByRole('navigation', { name: 'Questions' }).boundingBox())!;
    expect(footer.y + footer.height).toBeLessThanOrEqual(640);
    const inView = async (names: string[]) =>
      Promise.all(
        names.map(async (n) => {
          const b = (await phone.getByRole('button', { name: n, exact: true }).boundingBox())!;
          return { n, inside: b.y >= 0 && b.y + b.height <= footer.y && b.x >= 0 && b.x + b.width <= 360 };
        }),
      );
    const choices = [...session.roles.map((r) => r.name), 'Nobody owns this', "Don't know"];
    expect(await inView(choices)).toEqual(choices.map((n) => ({ n, inside: true })));
    // nothing picked: the button says Skip; once something is picked: Save and next
    const primary = phone.getByRole('navigation', { name: 'Questions' }).locator('.pt-footer__primary');
    expect(await primary.textContent()).toBe('Skip');
    await snapForDocs(phone, 'phone-question-360x640');
    await phone.getByRole('button', { name: 'Nobody owns this', exact: true }).tap();
    expect(await primary.textContent()).toBe('Save and next');
    await primary.tap();
    await phone.getByRole('navigation', { name: 'Questions' }).getByRole('status').filter({ hasText: 'Saved ✓' }).waitFor();
    // back to it: the saved "Nobody" is shown pressed
    await phone.getByRole('button', { name: /Back/ }).tap();
    await phone.getByRole('button', { name: 'Nobody owns this', exact: true, pressed: true }).waitFor();
    await snapForDocs(phone, 'phone-saved-nobody-360x640');
    expect(await seriousA11yViolations(phone)).toEqual([]);

    // the QR code of the session that closed: it says so and thanks the person
    await phone.goto(`/j/${session.joinCode}`);
    await phone.getByText('This session has closed').waitFor();
    await phone.getByText(/Thank you for taking part/).waitFor();
    await snapForDocs(phone, 'phone-closed-360x640');

    expect(errors).toEqual([]);
    expect(phoneErrors).toEqual([]);
    await phoneContext.close();
    await context.close();
  }, 240_000);
});
