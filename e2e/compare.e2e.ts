import { randomUUID } from 'node:crypto';
import type { TSession, TWorkshop } from '@thinline/shared';
import { answer } from './support/answers.js';
import { facilitatorApi } from './support/api.js';
import { LAPTOP, PHONE, baseUrl, browserForSuite, newContext, seriousA11yViolations, snap, watchConsole } from './support/browser.js';

describe('comparing two sessions', () => {
  const browser = browserForSuite();

  it('goes from the workshop page to a difference heatmap that says a gap was closed, with no accessibility violations', async () => {
    const { cookie, call } = await facilitatorApi('Casey Compare');
    const workshop = await call<TWorkshop>('POST', '/api/workshops', {
      title: 'Payments team ownership',
      roles: [{ name: 'Data Engineering' }, { name: 'MLOps' }, { name: 'Data Science' }],
      concerns: [
        { title: 'Ingestion', category: 'Pipelines' },
        { title: 'Model serving', category: 'Deployment' },
      ],
    });
    const start = async () => {
      const s = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
      return call<TSession>('POST', `/api/sessions/${s.id}/actions`, { action: 'start' });
    };
    const first = await start();
    // Ingestion: 2 × nobody, 1 × {DE} → GAP; Model serving: {MLOps} ×3 → CLEAR
    await answer(first, [
      { Ingestion: 'nobody', 'Model serving': ['MLOps'] },
      { Ingestion: 'nobody', 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
    ]);
    const second = await start();
    // Ingestion: {DE} ×3 → CLEAR (+67 points for Data Engineering); Model serving unchanged
    await answer(second, [
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Model serving': ['MLOps'] },
    ]);

    const context = await newContext(browser(), LAPTOP);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    const errors = watchConsole(page);

    await page.goto(`/workshops/${workshop.id}`);
    const firstRow = page.getByRole('table', { name: 'Sessions of this workshop' }).getByRole('row').filter({ hasText: first.joinCode });
    await firstRow.getByRole('link', { name: /Compare the session of .* with another session/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Compare two sessions' }).waitFor();
    expect(new URL(page.url()).searchParams.get('a')).toBe(first.id);
    await page.getByRole('heading', { name: 'Pick two sessions' }).waitFor();

    const sideB = page.getByRole('group', { name: 'Compare to (B)' });
    // B opens on A's workshop; A's own session cannot be picked again
    await sideB.getByLabel('Session').selectOption(second.id);
    await page.getByRole('heading', { name: 'Difference heatmap' }).waitFor();
    expect(new URL(page.url()).searchParams.get('b')).toBe(second.id);

    const svg = page.locator('svg[data-difference-heatmap="true"]');
    const ingestion = workshop.concerns.find((c) => c.title === 'Ingestion')!.id;
    const de = workshop.roles.find((r) => r.name === 'Data Engineering')!.id;
    expect(await svg.locator(`[data-concern-id="${ingestion}"][data-role-id="${de}"] text`).textContent()).toBe('+67');
    expect(await svg.locator(`[data-concern-id="${ingestion}"][data-column="status"]`).getAttribute('data-status-from')).toBe('gap');

    const closed = page.getByRole('list', { name: 'Gaps closed (1)' });
    expect(await closed.getByRole('listitem').count()).toBe(1);
    expect(await closed.textContent()).toContain('Ingestion');
    expect(await closed.textContent()).toContain('Data Engineering +67 pts');
    await page.getByRole('heading', { name: 'Agreement changes' }).waitFor();
    await snap(page, 'compare-01-laptop');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // swapping the sides turns the closed gap into a new one
    await page.getByRole('button', { name: 'Swap A and B' }).click();
    await page.getByRole('list', { name: 'New gaps (1)' }).waitFor();
    expect(new URL(page.url()).searchParams.get('a')).toBe(second.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads on a phone, and says what to do when a session in the link is not the facilitator’s', async () => {
    const { cookie } = await facilitatorApi('Casey Compare');
    const context = await newContext(browser(), PHONE);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    await page.goto(`/compare?a=${randomUUID()}&b=${randomUUID()}`);
    await page.getByRole('heading', { level: 1, name: 'Compare two sessions' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Could not compare these sessions' }).waitFor();
    await page.getByRole('link', { name: 'Go to your workshops' }).first().waitFor();
    await snap(page, 'compare-02-phone-not-found');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
