import type { TSession, TWorkshop } from '@thinline/shared';
import { facilitatorApi } from './support/api.js';
import { answer } from './support/answers.js';
import { baseUrl, browserForSuite, newContext, seriousA11yViolations, snapForDocs, watchConsole } from './support/browser.js';

const SIZES = { projector: { width: 1280, height: 720 }, phone: { width: 360, height: 640 }, laptop: { width: 1440, height: 900 } } as const;

describe("a workshop's history", () => {
  const browser = browserForSuite();

  it('opens from the workshop with three sessions: new gap first, drift in words, a row per concern; on a laptop, a projector and a phone', async () => {
    const { cookie, call } = await facilitatorApi('Hana History');
    const workshop = await call<TWorkshop>('POST', '/api/workshops', {
      title: 'Payments team ownership, quarterly',
      roles: [{ name: 'Data Engineering' }, { name: 'MLOps' }, { name: 'Data Science' }],
      concerns: [
        { title: 'Ingestion', category: 'Pipelines' },
        { title: 'Feature store', category: 'Features' },
        { title: 'Model serving', category: 'Deployment' },
      ],
    });
    const start = async () => {
      const s = await call<TSession>('POST', `/api/workshops/${workshop.id}/sessions`, {});
      return call<TSession>('POST', `/api/sessions/${s.id}/actions`, { action: 'start' });
    };
    const q1 = await start();
    await answer(q1, [
      { Ingestion: ['Data Engineering'], 'Feature store': ['Data Science'], 'Model serving': ['Data Science'] },
      { Ingestion: ['Data Engineering'], 'Feature store': ['Data Science'], 'Model serving': ['Data Science'] },
      { Ingestion: ['Data Engineering'], 'Feature store': ['Data Science'], 'Model serving': ['MLOps'] },
    ]);
    const ds = workshop.roles.find((r) => r.name === 'Data Science')!.id;
    const serving = workshop.concerns.find((c) => c.title === 'Model serving')!.id;
    await call('PUT', `/api/sessions/${q1.id}/decisions/${serving}`, { raci: { [ds]: 'A' }, rationale: 'Data Science trains and serves its models.' });
    const q2 = await start();
    await answer(q2, [
      { Ingestion: ['Data Engineering'], 'Feature store': ['Data Science'], 'Model serving': ['Data Science'] },
      { Ingestion: ['Data Engineering'], 'Feature store': ['MLOps'], 'Model serving': ['Data Science'] },
      { Ingestion: ['Data Engineering'], 'Feature store': ['Data Science'], 'Model serving': ['Data Science'] },
    ]);
    const q3 = await start();
    await answer(q3, [
      { Ingestion: 'nobody', 'Feature store': ['Data Science', 'MLOps'], 'Model serving': ['MLOps'] },
      { Ingestion: 'nobody', 'Feature store': ['Data Science', 'MLOps'], 'Model serving': ['MLOps'] },
      { Ingestion: ['Data Engineering'], 'Feature store': ['Data Science', 'MLOps'], 'Model serving': ['MLOps'] },
    ]);

    const context = await newContext(browser(), { viewport: SIZES.laptop });
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: baseUrl() }]);
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`/workshops/${workshop.id}`);
    await page.getByRole('link', { name: 'Open the history' }).click();
    await page.getByRole('heading', { level: 1, name: 'History: Payments team ownership, quarterly' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/workshops/${workshop.id}/history`);

    const changes = page.getByRole('heading', { name: 'What moved in the latest session' }).locator('xpath=..').getByRole('listitem');
    expect(await changes.allTextContents()).toEqual([
      expect.stringMatching(/^New gap: Ingestion: clear on .*, now a gap: the room names no owner$/),
      expect.stringMatching(/^Drift: Model serving: decided Data Science on .*, the room now names MLOps$/),
      expect.stringMatching(/^New overlap: Feature store: clear on .*, now an overlap: MLOps and Data Science$/),
    ]);
    const table = page.getByRole('table');
    expect(await table.getByRole('columnheader').count()).toBe(2 + 3);
    const servingRow = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Model serving/ }) });
    const cells = await servingRow.getByRole('cell').allTextContents();
    expect(cells.slice(1)).toEqual([expect.stringContaining('Decided: Data Science'), expect.stringContaining('Room names: Data Science'), expect.stringContaining('Room names: MLOps')]);
    expect(await servingRow.getByRole('img', { name: /^Agreement on Model serving, oldest first: 33%, 100%, 100%$/ }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);

    for (const [size, viewport] of Object.entries(SIZES)) {
      await page.setViewportSize(viewport);
      await snapForDocs(page, `history-${size}`);
    }
    // the print stylesheet: what "Save as PDF" gets
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  });
});
