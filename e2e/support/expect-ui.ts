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

/** What most screens put words in: everything in the main region and the header's links and buttons. */
export const TEXT_IN_MAIN = ['main *', 'header a', 'header button'] as const;

/**
 * Text a person cannot read whole, among the elements `selectors` match: a box narrower than
 * its own text (a button, a badge, a label cutting its words), a control or a clipping box
 * shorter than its text, anything past the window's edges, and a page wider than the window.
 * Elements not shown (display, visibility, opacity), visually hidden, inside an SVG, inside a
 * region that scrolls sideways on purpose (a table, the heatmap), and typing fields (which
 * scroll what is typed by design) are not counted. Returns one sentence per problem.
 */
export async function clippedText(page: Page, selectors: readonly string[] = TEXT_IN_MAIN): Promise<string[]> {
  return page.evaluate((list) => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px in ${width}px`);
    const shown = (el: Element) => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    };
    const inSideScroller = (el: Element) => {
      for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
        const { overflowX } = getComputedStyle(node);
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const seen = new Set<Element>();
    for (const selector of list) {
      for (const el of document.querySelectorAll<HTMLElement>(selector)) {
        if (seen.has(el)) continue;
        seen.add(el);
        const text = el.innerText?.trim() ?? '';
        if (!text || el.matches('input, textarea') || el.closest('.visually-hidden, .skip-link, [hidden], svg')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || !shown(el) || inSideScroller(el)) continue;
        const style = getComputedStyle(el);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') continue;
        const name = `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> "${text.slice(0, 50)}"`;
        if (box.left < -1 || box.right > width + 1) found.push(`${name} runs past the window (${Math.round(box.left)}–${Math.round(box.right)} of ${width}px)`);
        // an inline box has no width of its own: its block parent is measured instead
        if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${name}: text ${el.scrollWidth}px wide in a box of ${el.clientWidth}px`);
        const clipsHeight = style.overflowY === 'hidden' || style.overflowY === 'clip' || el.matches('button, summary, label, a[class*="btn"]');
        if (clipsHeight && style.display !== 'inline' && el.scrollHeight > el.clientHeight + 1) found.push(`${name}: text ${el.scrollHeight}px high in a box of ${el.clientHeight}px`);
      }
    }
    return found;
  }, selectors);
}
