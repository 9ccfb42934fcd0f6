import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { PNG } from 'pngjs';
import { makeFixtureBundle } from './__tests__/fixtures.js';
import { renderExport } from './export-format.js';
import type { ExportFormat, ExportOptions } from './export-format.js';

/**
 * docs/examples/exports holds every export of the fixture workshop, so a reader can open the
 * real files. Each committed file is checked against a fresh rendering by what a reader sees
 * in it: the text formats to the letter, the PNG pixel by pixel, the PDF page by page as
 * text, the workbook cell by cell (value and fill). A renderer change shows up as a failure
 * to review; rewrite the files on purpose with
 *
 *   UPDATE_EXPORT_EXAMPLES=1 npm test -- --selectProjects api --testPathPatterns export/examples
 */
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../../../docs/examples/exports');
const UPDATE = process.env.UPDATE_EXPORT_EXAMPLES === '1';

type Reading = 'text' | 'png' | 'pdf' | 'xlsx';

const EXAMPLES: { format: ExportFormat; options?: ExportOptions; reading: Reading }[] = [
  { format: 'svg', reading: 'text' },
  { format: 'png', reading: 'png' },
  { format: 'pdf', reading: 'pdf' },
  { format: 'csv', reading: 'text' },
  { format: 'csv', options: { table: 'matrix' }, reading: 'text' },
  { format: 'xlsx', reading: 'xlsx' },
  { format: 'json', reading: 'text' },
  { format: 'md', reading: 'text' },
  { format: 'codeowners', reading: 'text' },
  { format: 'catalog', reading: 'text' },
];

/** Width, height and how many pixels differ in any channel. */
function comparePng(a: Buffer, b: Buffer): { size: string; otherSize: string; differing: number } {
  const [pa, pb] = [PNG.sync.read(a), PNG.sync.read(b)];
  let differing = 0;
  if (pa.width === pb.width && pa.height === pb.height) {
    for (let i = 0; i < pa.data.length; i += 4) {
      if (pa.data[i] !== pb.data[i] || pa.data[i + 1] !== pb.data[i + 1] || pa.data[i + 2] !== pb.data[i + 2] || pa.data[i + 3] !== pb.data[i + 3]) differing++;
    }
  }
  return { size: `${pa.width}×${pa.height}`, otherSize: `${pb.width}×${pb.height}`, differing };
}

/** The text of every page, in order. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/** Every sheet's cells as "address: text [fill]", in order. */
async function workbookCells(xlsx: Buffer): Promise<Record<string, string[]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheets: Record<string, string[]> = {};
  wb.eachSheet((sheet) => {
    const cells: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        const fill = c.fill?.type === 'pattern' ? ` [${c.fill.fgColor?.argb ?? ''}]` : '';
        cells.push(`${c.address}: ${c.value instanceof Date ? c.value.toISOString() : c.text}${fill}`);
      }),
    );
    sheets[sheet.name] = cells;
  });
  return sheets;
}

describe('docs/examples/exports', () => {
  const bundle = makeFixtureBundle({ anonymity: 'anonymous' });

  it.each(EXAMPLES)('$format $options reads the same as a fresh rendering', async ({ format, options, reading }) => {
    const out = await renderExport(format, bundle, options);
    const path = join(DIR, out.fileName);
    if (UPDATE) {
      mkdirSync(DIR, { recursive: true });
      writeFileSync(path, out.body);
      return;
    }
    const committed = readFileSync(path);
    switch (reading) {
      case 'text':
        expect(out.body.toString('utf8')).toBe(committed.toString('utf8'));
        break;
      case 'png': {
        const { size, otherSize, differing } = comparePng(out.body, committed);
        expect(otherSize).toBe(size);
        expect(differing).toBe(0);
        break;
      }
      case 'pdf': {
        const [fresh, kept] = await Promise.all([pdfPages(out.body), pdfPages(committed)]);
        expect(fresh.length).toBeGreaterThan(3);
        expect(kept).toEqual(fresh);
        break;
      }
      case 'xlsx': {
        const [fresh, kept] = await Promise.all([workbookCells(out.body), workbookCells(committed)]);
        expect(Object.keys(fresh)).toEqual(['Heatmap', 'Answers', 'Segments', 'Rounds', 'Decisions', 'Follow-ups', 'About']);
        expect(kept).toEqual(fresh);
        break;
      }
    }
  });
});
