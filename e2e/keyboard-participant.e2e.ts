// A participant who uses no pointer (a switch, a Bluetooth keyboard on a phone, a screen
// reader's browse keys): joins and answers on a phone viewport with Tab, Space, Enter and
// the letters of the join code only. Every Tab is checked to land on the control a person
// expects next, with a visible focus indicator.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { LAPTOP, PHONE, launch, newContext, snap, watchConsole } from './support/browser.js';
import { expectAccessible, expectText } from './support/expect-ui.js';
import { ROLES } from './support/room.js';

interface Session {
  id: string;
  joinCode: string;
  concerns: { id: string; title: string }[];
  roles: { id: string; name: string }[];
}

/** Presses Tab once per control and checks that focus lands on each in turn, visibly. */
async function tabThrough(page: Page, controls: readonly Locator[]): Promise<void> {
  for (const control of controls) {
    await page.keyboard.press('Tab');
    const focused = await control.evaluate((el) => el === document.activeElement);
    if (!focused) {
      const actual = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `<${el.tagName.toLowerCase()}> “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60)}”` : 'nothing';
      });
      throw new Error(`Tab should reach ${String(control)}; focus is on ${actual}`);
    }
    // WCAG 2.4.7: the focused control shows it
    const indicator = await control.evaluate((el) => {
      const style = getComputedStyle(el);
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    });
    expect({ control: String(control), visibleFocus: indicator }).toEqual({ control: String(control), visibleFocus: true });
  }
}

describe('a participant who uses only the keyboard on a phone', () => {
  let browser: Browser;
  let laptop: BrowserContext;
  let phone: BrowserContext;
  let session: Session;

  beforeAll(async () => {
    browser = await launch();
    // the facilitator's part is not under test here: set the live session up through the API
    laptop = await newContext(browser, LAPTOP);
    const signup = await laptop.request.post('/api/auth/signup', {
      data: { name: 'Keyboard Facilitator', email: `keys-${Date.now()}@example.com`, password: 'a long enough passphrase' },
    });
    expect(signup.status()).toBe(201);
    const workshop = (await (await laptop.request.post('/api/workshops', { data: { templateId: 'de-vs-mlops' } })).json()) as { id: string };
    session = (await (await laptop.request.post(`/api/workshops/${workshop.id}/sessions`, { data: { anonymity: 'anonymous' } })).json()) as Session;
    expect((await laptop.request.post(`/api/sessions/${session.id}/actions`, { data: { action: 'start' } })).status()).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('joins with the code and answers a concern with Tab, Space and Enter; the answer is saved', async () => {
    phone = await newContext(browser, PHONE);
    const page = await phone.newPage();
    const errors = watchConsole(page);

    // the start page: skip link, the header's links, then the join form
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Thinline' }).waitFor();
    const header = page.getByRole('banner');
    const codeField = page.getByRole('textbox', { name: 'Join code' });
    await tabThrough(page, [
      page.getByRole('link', { name: 'Skip to main content' }),
      header.getByRole('link', { name: 'Thinline' }),
      header.getByRole('link', { name: 'Sign in' }),
      header.getByRole('link', { name: 'Sign up' }),
      // the language picker, last in the header (issue 20)
      header.getByRole('combobox', { name: 'Language' }),
      codeField,
    ]);
    await page.keyboard.type(session.joinCode);
    await tabThrough(page, [page.getByRole('button', { name: 'Join', exact: true })]);
    await page.keyboard.press('Enter');

    // own role: the radio group is one Tab stop, Space picks the focused role
    await page.waitForURL(`**/j/${session.joinCode}`);
    const firstRole = page.getByRole('radio', { name: ROLES.de, exact: true });
    await firstRole.waitFor();
    await expectAccessible(page, 'keyboard: join form');
    await tabThrough(page, [firstRole]);
    await page.keyboard.press('Space');
    await page.getByRole('radio', { name: ROLES.de, exact: true, checked: true }).waitFor();
    await tabThrough(page, [page.getByRole('button', { name: 'Continue' })]);
    await page.keyboard.press('Enter');

    // the first concern: its heading takes focus, so Tab starts at the answer controls
    const first = session.concerns[0]!;
    const heading = page.getByRole('heading', { level: 2 });
    await expectText(heading, first.title);
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const toggle = (name: string) => page.getByRole('button', { name, exact: true });
    await tabThrough(page, [toggle(ROLES.de)]);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: ROLES.de, exact: true, pressed: true }).waitFor();
    const footer = page.getByRole('navigation', { name: 'Questions' });
    await tabThrough(page, [
      toggle(ROLES.mlops),
      toggle(ROLES.ds),
      toggle(ROLES.platform),
      toggle('Nobody owns this'),
      toggle("Don't know"),
      page.getByText('Confidence and comment (optional)'),
      // "Back" is disabled on the first concern, so Tab skips it
      footer.getByRole('button', { name: 'All answers' }),
      footer.getByRole('button', { name: 'Save and next' }),
    ]);
    await snap(page, '20-keyboard-answer');
    await expectAccessible(page, 'keyboard: concern with focus on Save and next');
    await page.keyboard.press('Enter');

    // the next concern, and the server's acknowledgement of the first
    await expectText(heading, session.concerns[1]!.title);
    expect(await heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectText(footer.getByRole('status'), `Saved ✓ ${first.title}`);

    // the facilitator's numbers count it: one answer, Data Engineering named by 100%
    const heatmap = (await (await laptop.request.get(`/api/sessions/${session.id}/heatmap`)).json()) as {
      concerns: { concernId: string; answered: number; shares: Record<string, number> }[];
    };
    const de = session.roles.find((r) => r.name === ROLES.de)!.id;
    expect(heatmap.concerns.find((c) => c.concernId === first.id)).toMatchObject({ answered: 1, shares: { [de]: 1 } });
    expect(errors).toEqual([]);
  });
});
