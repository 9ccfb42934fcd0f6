import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { parse } from 'csv-parse/sync';
import { makeFixtureBundle } from './__tests__/fixtures.js';
import type { ExportBundle } from './export-bundle.js';
import { renderExport } from './export-format.js';

/** The fixture's two rounds as a pre-work survey followed by the live workshop. */
function preworkBundle(): ExportBundle {
  const bundle = makeFixtureBundle();
  return { ...bundle, session: { ...bundle.session, rounds: [{ round: 1, label: 'pre-work' }, { round: 2, label: 'live' }] } };
}

describe('round labels in every export', () => {
  const bundle = preworkBundle();

  it('JSON lists the rounds with their labels', async () => {
    const json = JSON.parse((await renderExport('json', bundle)).body.toString('utf8')) as { session: { rounds: unknown } };
    expect(json.session.rounds).toEqual([{ round: 1, label: 'pre-work' }, { round: 2, label: 'live' }]);
  });

  it('CSV has the last round\'s label in a column of its own (answers and matrix)', async () => {
    for (const table of ['answers', 'matrix'] as const) {
      const csv = (await renderExport('csv', bundle, { table })).body.toString('utf8');
      const rows = parse<Record<string, string>>(csv, { columns: true, bom: true });
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect([r.round, r['round label']]).toEqual(['2', 'live']);
    }
  });

  it('Markdown, SVG and the PDF name the round in their subtitle; the PDF\'s rounds table heads each round with its label', async () => {
    for (const format of ['md', 'svg'] as const) expect((await renderExport(format, bundle)).body.toString('utf8')).toContain('round 2 (live) of 2');
    const parser = new PDFParse({ data: new Uint8Array((await renderExport('pdf', bundle)).body) });
    try {
      const { text } = await parser.getText();
      expect(text).toContain('round 2 (live) of 2');
      expect(text).toContain('Round 1 · pre-work');
      expect(text).toContain('Round 2 · live');
    } finally {
      await parser.destroy();
    }
  });

  it('XLSX heads the Rounds sheet\'s columns with the labels', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderExport('xlsx', bundle)).body as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('Rounds')!;
    const cells: string[] = [];
    sheet.eachRow((row) => row.eachCell((c) => cells.push(c.text)));
    expect(cells).toEqual(expect.arrayContaining(['round 1 (pre-work) status', 'round 2 (live) agreement (%)']));
  });
});
