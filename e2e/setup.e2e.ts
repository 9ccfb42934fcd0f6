import { facilitatorApi } from './support/api.js';
import { baseUrl, browserForSuite, LAPTOP, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';
import { inViewport } from './support/expect-ui.js';


const PHONE_360 = { width: 360, height: 640 };
const PROJECTOR_720 = { width: 1280, height: 720 };

// Setup in fewer steps (issue 16): a template runs in one press, and a saved workshop's session
// settings, with the session's own name, are one press away from the top of its editor.
describe('setting up a session', () => {
  const browser = browserForSuite();

  it('runs a template now, and names a session from the top of the editor', async () => {
    const { cookie } = await facilitatorApi('Rui Runner');
    const context = await newContext(browser(), { viewport: PHONE_360, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    let page = await context.newPage();
    let errors = watchConsole(page);

    await page.goto('/workshops');
    await page.getByRole('button', { name: 'New from template' }).click();
    const runNow = page.getByRole('button', { name: 'Run the template “Data Engineering vs MLOps” now, with the default settings' });
    await runNow.waitFor();
    await runNow.scrollIntoViewIfNeeded();
    await snapForDocs(page, 'templates-run-now-360x640');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // the same picker on a laptop and a 720p projector: both buttons beside the template
    for (const [size, viewport] of [['laptop', LAPTOP.viewport], ['1280x720', PROJECTOR_720]] as const) {
      await page.setViewportSize(viewport);
      await runNow.scrollIntoViewIfNeeded();
      await snapForDocs(page, `templates-run-now-${size}`);
    }
    await page.setViewportSize(PHONE_360);
    await runNow.click();
    // one press: a workshop made from the template and its session in the lobby
    await page.waitForURL(/\/sessions\/[^/]+\/control$/);
    await page.getByRole('heading', { level: 1, name: 'Data Engineering vs MLOps' }).waitFor();
    await page.getByText('Lobby', { exact: true }).first().waitFor();

    expect(errors).toEqual([]);
    const controlRoom = page.url();
    await context.close();

    // The workshop it made, on a laptop (a desktop browser: a phone's context resized to a
    // laptop's width still pans its visual viewport like a phone): "Start a session" at the
    // top, no scrolling to find it.
    const laptop = await newContext(browser(), LAPTOP);
    await laptop.addCookies([{ name, value, url: baseUrl() }]);
    page = await laptop.newPage();
    errors = watchConsole(page);
    await page.goto(controlRoom);
    await page.getByRole('link', { name: 'Back to the workshop' }).click();
    const jump = page.getByRole('link', { name: 'Start a session' });
    await jump.waitFor();
    expect(await inViewport(jump)).toBe(true);
    // the page as a person sees it before they press: the sessions run so far listed below the
    // form and the fonts in, so nothing above the form still changes its height
    const sessions = page.getByRole('table', { name: 'Sessions of this workshop' });
    await sessions.getByRole('cell', { name: 'Data Engineering vs MLOps', exact: true }).waitFor();
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // by keyboard: a click can land on the sticky header while the page still settles
    await jump.focus();
    await page.keyboard.press('Enter');
    // the keyboard is at the settings' heading, the name field in view and the next Tab; the
    // Enter that pressed the link started nothing (the control room did not open)
    const region = page.getByRole('region', { name: 'Start a session' });
    const nameField = region.getByRole('textbox', { name: 'Session name (optional)' });
    await expect(region.getByRole('heading', { name: 'Start a session' }).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await inViewport(nameField)).toBe(true);
    expect(page.url()).toMatch(/\/workshops\/[^/]+$/);
    await page.keyboard.press('Tab');
    await expect(nameField.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await nameField.fill('Q1 2027 review');
    await snapForDocs(page, 'workshop-start-session-laptop');
    for (const [size, viewport] of [['1280x720', PROJECTOR_720], ['360x640', PHONE_360]] as const) {
      await page.setViewportSize(viewport);
      await nameField.scrollIntoViewIfNeeded();
      await snapForDocs(page, `workshop-start-session-${size}`);
    }
    await page.setViewportSize(LAPTOP.viewport);
    await page.getByRole('region', { name: 'Start a session' }).getByRole('button', { name: 'Start a session' }).click();
    await page.waitForURL(/\/sessions\/[^/]+\/control$/);
    // the session carries its own name; the workshop's list shows both sessions by name
    await page.getByRole('heading', { level: 1, name: 'Q1 2027 review' }).waitFor();
    await page.getByRole('link', { name: 'Back to the workshop' }).click();
    await sessions.getByRole('cell', { name: 'Q1 2027 review', exact: true }).waitFor();
    await sessions.getByRole('cell', { name: 'Data Engineering vs MLOps', exact: true }).waitFor();
    await expect(sessions.locator('tbody tr').count()).resolves.toBe(2);
    await sessions.scrollIntoViewIfNeeded();
    await snapForDocs(page, 'workshop-sessions-named-laptop');
    expect(errors).toEqual([]);
    await laptop.close();
  });
});
