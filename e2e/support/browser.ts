import { AxeBuilder } from '@axe-core/playwright';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { execSync } from 'node:child_process';

export const baseUrl = (): string => {
  const url = process.env.THINLINE_E2E_URL;
  if (!url) throw new Error('THINLINE_E2E_URL is not set: run the e2e tests through npm test');
  return url;
};

/** Debian's Chromium (or CHROMIUM_PATH). No browser is a failure with a fix, never a skip. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p)) ?? whichChromium();
  if (!found) {
    throw new Error('No Chromium found for the browser tests. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  }
  return found;
}

function whichChromium(): string | undefined {
  try {
    return execSync('command -v chromium || command -v chromium-browser', { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A fontconfig file that adds the Noto Sans JP the exports bundle (npm) to the system's fonts,
 * so Chromium sets Japanese text (日本語 in a language picker) on a machine without CJK fonts
 * instead of drawing boxes in the screenshots. Undefined when the package is missing.
 */
function fontconfigWithJapanese(): string | undefined {
  const fonts = join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-jp');
  if (!existsSync(fonts)) return undefined;
  const file = join(mkdtempSync(join(tmpdir(), 'thinline-fonts-')), 'fonts.conf');
  writeFileSync(file, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${fonts}</dir>\n</fontconfig>\n`);
  return file;
}

export async function launch(): Promise<Browser> {
  const fontconfig = fontconfigWithJapanese();
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    ...(fontconfig ? { env: { ...process.env, FONTCONFIG_FILE: fontconfig } } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One Chromium for the tests of a describe block: launched before them, closed after. */
export function browserForSuite(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium starts in beforeAll: use it inside a test');
    return browser;
  };
}

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
export const LAPTOP = { viewport: { width: 1366, height: 900 } };

/** A browser profile against the shared e2e server, or the one `options.baseURL` names. */
export async function newContext(browser: Browser, options: Parameters<Browser['newContext']>[0] = LAPTOP): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), ...options, acceptDownloads: true });
  context.setDefaultTimeout(15000);
  return context;
}

/** Where screenshots and downloaded files of the browser tests go. */
export const artifacts = join(process.cwd(), 'test-results', 'e2e');

/** A screenshot per step, kept as a test artifact. */
export async function snap(page: Page, name: string): Promise<string> {
  mkdirSync(artifacts, { recursive: true });
  const path = join(artifacts, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** A step's picture kept as a test artifact and, for the README, in docs/screenshots/<name>.png. */
export async function snapForDocs(page: Page, name: string): Promise<void> {
  // the picture of the settled screen, not a frame of a bar filling or a panel fading in
  // (endless ones, a spinner or the live dot's pulse, are left running)
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, { timeout: 2_000 })
    .catch(() => undefined);
  const path = await snap(page, name);
  mkdirSync(docsScreenshots, { recursive: true });
  copyFileSync(path, join(docsScreenshots, `${name}.png`));
}
const docsScreenshots = join(process.cwd(), 'docs', 'screenshots');

/** axe-core on the page: the serious and critical violations (expected to be none). */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Collects console errors and uncaught page errors. The one expected exception: the
 * browser logs the 401 of the signed-out probe `GET /api/auth/me` (api.md pins the 401).
 * `expected` adds the errors a test provokes on purpose (a phone taken offline); `errors`
 * is the list to add to (one list for every page of a phone).
 */
export function watchConsole(page: Page, expected: readonly RegExp[] = [], errors: string[] = []): string[] {
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (m.text().includes('status of 401') && m.location().url.endsWith('/api/auth/me')) return;
    if (expected.some((e) => e.test(m.text()))) return;
    errors.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
