import type { Locator, Page } from 'playwright-core';
import { seriousA11yViolations } from './browser.js';

/** A literal string as a RegExp source. */
export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Waits until the element reads `expected` (a string: the whole text, trimmed; a RegExp:
 * anywhere). The screens are live, so the text may change a few times before it settles;
 * on timeout the error says what the element read instead.
 */
export async function expectText(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<void> {
  const pattern = typeof expected === 'string' ? new RegExp(`^\\s*${escape(expected)}\\s*$`) : expected;
  try {
    await locator.filter({ hasText: pattern }).first().waitFor({ state: 'attached', timeout });
  } catch {
    const actual = await locator.allTextContents().catch(() => ['(not found)']);
    throw new Error(`Expected ${String(locator)} to read ${String(expected)}; it reads ${JSON.stringify(actual)}`);
  }
}

/** Whether the element's box is inside the viewport right now. */
async function boxInViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = locator.page().viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/**
 * Whether a person sees the element without scrolling once the page has settled: its box is
 * inside the viewport. A page still laying out (a font swapping in, a list arriving) may move
 * it for a moment, so this looks again for up to `timeout` ms before it answers false.
 */
export async function inViewport(locator: Locator, timeout = 3_000): Promise<boolean> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await boxInViewport(locator)) return true;
    if (Date.now() >= until) return false;
    await locator.page().waitForTimeout(100);
  }
}

/** No serious or critical axe violation on the page; `where` names the screen in a failure. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect({ where, violations }).toEqual({ where, violations: [] });
}

/**
 * Steps of one story that share their state (one session, the same phones): once a step
 * fails, the later ones fail at once naming it, instead of timing out on a room that is
 * not in the state they expect.
 */
export function storySteps() {
  let broken: string | null = null;
  return (name: string, fn: () => Promise<void> | void, timeout = 60_000) =>
    it(
      name,
      async () => {
        if (broken) throw new Error(`Not run: the earlier step “${broken}” failed.`);
        try {
          await fn();
        } catch (error) {
          broken = name;
          throw error;
        }
      },
      timeout,
    );
}

/** Marks the page so a later check can tell that it was not reloaded or navigated away. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __thinlineE2eMark?: boolean }).__thinlineE2eMark = true;
  });
}

export async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __thinlineE2eMark?: boolean }).__thinlineE2eMark === true);
}
