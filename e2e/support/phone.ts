import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { PHONE, newContext, watchConsole } from './browser.js';
import { escape, expectText } from './expect-ui.js';
import { type Answer, ROLES, ROLE_KEYS, type RoleKey } from './room.js';

const EXCLUSIVE = { nobody: 'Nobody owns this', unknown: "Don't know" } as const;

/** A participant's phone (390×844, touch): drives the participant screens the way a thumb does. */
export class Phone {
  readonly errors: string[] = [];

  private constructor(
    readonly who: string,
    readonly context: BrowserContext,
    public page: Page,
    private readonly expectedErrors: readonly RegExp[],
  ) {
    watchConsole(page, expectedErrors, this.errors);
  }

  /** A phone of its own (a fresh browser profile) on the shared e2e server, or on `baseURL`; `options` change the device (a smaller screen, a time zone). */
  static async open(browser: Browser, who: string, expectedErrors: readonly RegExp[] = [], baseURL?: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Phone> {
    const context = await newContext(browser, { ...PHONE, ...(baseURL ? { baseURL } : {}), ...options });
    return new Phone(who, context, await context.newPage(), expectedErrors);
  }

  /** The same phone opening the page again later (a new tab of the same profile): what it stored is still there. */
  async reopen(): Promise<void> {
    await this.page.close();
    this.page = await this.context.newPage();
    watchConsole(this.page, this.expectedErrors, this.errors);
  }

  /** The heading of the screen: the concern's title while answering. */
  get heading(): Locator {
    return this.page.getByRole('heading', { level: 2 });
  }

  get footer(): Locator {
    return this.page.getByRole('navigation', { name: 'Questions' });
  }

  /** The line above the footer buttons: how the answer just sent is doing ("Saved ✓ <concern>"). */
  get lastSave(): Locator {
    return this.footer.getByRole('status');
  }

  /** The save line under the answer controls of the concern on screen. */
  get saveStatus(): Locator {
    return this.page.getByRole('article').getByRole('status');
  }

  /** The banner while the phone has lost its connection (it reconnects by itself). */
  get offlineBanner(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Reconnecting…' });
  }

  /** The banner while connected but the server hands answers back (its database is away). */
  get serverBanner(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'The server cannot save answers right now.' });
  }

  /** The join form's second half: name (named sessions) and own role, then Continue. */
  async join(role: RoleKey, name?: string): Promise<void> {
    const radio = this.page.getByRole('radio', { name: ROLES[role], exact: true });
    await radio.waitFor();
    if (name) await this.page.getByRole('textbox', { name: /^Your name/ }).fill(name);
    await radio.tap();
    await this.page.getByRole('radio', { name: ROLES[role], exact: true, checked: true }).waitFor();
    await this.page.getByRole('button', { name: 'Continue' }).tap();
  }

  /**
   * On the screen of `title`: sets the toggles to `answer` (whatever they showed before, e.g.
   * the previous round's answer) and taps Save / Save and next; `beforeSave` runs while the
   * choice is on screen and not sent yet.
   */
  async answer(title: string, answer: Answer, beforeSave?: () => Promise<void>): Promise<void> {
    await expectText(this.heading, title);
    if (answer === 'nobody' || answer === 'unknown') {
      await this.setPressed(EXCLUSIVE[answer], true);
    } else {
      for (const role of ROLE_KEYS) await this.setPressed(ROLES[role], answer.includes(role));
    }
    for (const role of ROLE_KEYS) {
      const on = answer !== 'nobody' && answer !== 'unknown' && answer.includes(role);
      await this.page.getByRole('button', { name: ROLES[role], exact: true, pressed: on }).waitFor();
    }
    for (const choice of ['nobody', 'unknown'] as const) {
      await this.page.getByRole('button', { name: EXCLUSIVE[choice], exact: true, pressed: answer === choice }).waitFor();
    }
    await beforeSave?.();
    await this.footer.getByRole('button', { name: /^Save( and next)?$/ }).tap();
  }

  private async setPressed(name: string, on: boolean): Promise<void> {
    const button = this.page.getByRole('button', { name, exact: true });
    if ((await button.getAttribute('aria-pressed')) !== String(on)) await button.tap();
  }

  /** The visible confirmation that the server acknowledged the answer to `title`. */
  async expectSaved(title: string, timeout = 10_000): Promise<void> {
    await expectText(this.lastSave, `Saved ✓ ${title}`, timeout);
  }

  /** Through "All answers": the screen of one concern. */
  async openConcern(title: string): Promise<void> {
    const summary = this.page.getByRole('heading', { name: 'Your answers' });
    if (!(await summary.isVisible())) await this.footer.getByRole('button', { name: 'All answers' }).tap();
    await summary.waitFor();
    await this.page.getByRole('button', { name: new RegExp(`^${escape(title)}`) }).tap();
    await expectText(this.heading, title);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
