import { browserForSuite, newContext, PHONE, seriousA11yViolations, snap, watchConsole } from './support/browser.js';

describe('the product in a real browser', () => {
  const browser = browserForSuite();

  it('serves the start page on a phone with no console errors and no serious accessibility violations', async () => {
    const context = await newContext(browser(), PHONE);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.title()).toContain('Thinline');
    await snap(page, '00-start-phone');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
