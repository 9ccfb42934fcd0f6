import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { compileMessageOrThrow } from '@lingui/message-utils/compileMessage';
import { HEATMAP_KEYS, LOCALES, type TCatalogue, type TLocale, catalogueProblems, ustedProblems } from '@thinline/shared';
import ExcelJS from 'exceljs';
import { FIXTURE_ROLES, makeFixtureBundle } from '../modules/export/__tests__/fixtures.js';
import { renderCsv } from '../modules/export/renderers/csv.js';
import { renderMarkdown } from '../modules/export/renderers/markdown.js';
import { renderPdf } from '../modules/export/renderers/pdf.js';
import { renderSvg } from '../modules/export/renderers/svg.js';
import { XLSX_SHEET_IDS, renderXlsx, xlsxSheetNames } from '../modules/export/renderers/xlsx.js';
import { EXPORT_CATALOGUES, type ExportMessageId, translator } from './translator.js';

const run = promisify(execFile);
const here = import.meta.dirname;

async function sources(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  const nested = await Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      if ((await stat(path)).isDirectory()) return name === '__tests__' || name === 'catalogues' ? [] : sources(path);
      return /\.tsx?$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
    }),
  );
  return nested.flat();
}

describe('the export catalogues', () => {
  it('have every English key in every language, the same placeholders, only keys the code names, and compile', async () => {
    const files = await sources(join(here, '..'));
    const text = (await Promise.all(files.map((f) => readFile(f, 'utf8')))).join('\n');
    // the heatmap's keys are named by the shared builder (packages/shared/src/i18n/heatmap-text.ts)
    const named = `${text}\n${HEATMAP_KEYS.map((k) => `'${k}'`).join('\n')}`;
    expect(catalogueProblems(EXPORT_CATALOGUES as Record<TLocale, TCatalogue>, named, /(?:export|heatmap)\.[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*/)).toEqual([]);
    const broken = LOCALES.flatMap((l) =>
      Object.entries(EXPORT_CATALOGUES[l]).filter(([, m]) => {
        try {
          compileMessageOrThrow(m);
          return false;
        } catch {
          return true;
        }
      }),
    );
    expect(broken).toEqual([]);
  });

  it('speak Spanish with "tú", never "usted"', () => {
    expect(ustedProblems(EXPORT_CATALOGUES.es)).toEqual([]);
  });
});

describe('exports speak the session language', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'thinline-pdf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // pdftotext (poppler-utils) reads the text the way a PDF viewer's search and copy do: the
  // fonts must be embedded with their Unicode mapping, or Japanese comes out as boxes or nothing
  async function pdfToText(locale: TLocale): Promise<string> {
    const file = join(dir, `${locale}.pdf`);
    await writeFile(file, await renderPdf(makeFixtureBundle({ locale })));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    return stdout;
  }

  it('a German PDF reads as German in pdftotext', async () => {
    const text = await pdfToText('de');
    expect(text).toContain('Thinline-Bericht zu Zuständigkeiten');
    expect(text).toContain('Lücken und Überlappungen');
    expect(text).toContain('13 Teilnehmende');
    expect(text).toContain('θ = 50 %');
    expect(text).toContain('Legende');
    expect(text).not.toContain('Gaps and overlaps');
  });

  it('a Japanese PDF reads as Japanese in pdftotext (Noto Sans JP embedded)', async () => {
    const text = await pdfToText('ja');
    expect(text).toContain('Thinline 担当レポート');
    expect(text).toContain('空白と重複');
    expect(text).toContain('参加者 13 人');
    expect(text).toContain('凡例');
    expect(text).not.toContain('Legend');
  });

  it('the SVG legend, the CSV headers and the ownership draft follow the locale', () => {
    const bundle = makeFixtureBundle({ locale: 'ja' });
    const svg = renderSvg(bundle);
    expect(svg).toContain('そのロールを担当に挙げた割合');
    expect(svg).toContain('>空白<');
    expect(renderCsv(makeFixtureBundle({ locale: 'de' }), { table: 'matrix' }).split('\r\n')[0]).toContain('Aufgabe,Kategorie,Status');
    const md = renderMarkdown(makeFixtureBundle({ locale: 'fr' }));
    expect(md).toContain('# Responsabilités : ');
    expect(md).toContain('## À décider');
  });
});

describe('the XLSX workbook speaks the session language', () => {
  async function open(locale: TLocale): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(makeFixtureBundle({ locale }))) as unknown as ArrayBuffer);
    return wb;
  }

  /** The text of a row's cells from the first to the last filled one, as a reader sees them. */
  function rowText(sheet: ExcelJS.Worksheet, row: number): string[] {
    const r = sheet.getRow(row);
    return Array.from({ length: r.cellCount }, (_, i) => r.getCell(i + 1).text);
  }

  /** The row whose first cell is `text`. */
  function rowOf(sheet: ExcelJS.Worksheet, text: string): number {
    let found = -1;
    sheet.eachRow((row, n) => {
      if (found < 0 && row.getCell(1).value === text) found = n;
    });
    if (found < 0) throw new Error(`no row "${text}" in ${sheet.name}`);
    return found;
  }

  // Excel refuses a sheet name over 31 characters, with one of : \ / ? * [ ], or starting or
  // ending with an apostrophe, and keeps "History" for itself; names must differ ignoring case
  it.each(LOCALES)('has seven valid, distinct sheet names in %s, and the workbook is written with them', async (locale) => {
    const names = xlsxSheetNames(locale);
    expect(names).toHaveLength(XLSX_SHEET_IDS.length);
    for (const name of names) {
      expect([name, name.length > 0 && name.length <= 31]).toEqual([name, true]);
      expect([name, /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === 'history']).toEqual([name, false]);
    }
    expect(new Set(names.map((n) => n.toLocaleLowerCase(locale))).size).toBe(names.length);
    expect((await open(locale)).worksheets.map((w) => w.name)).toEqual(names);
  });

  it.each(['de', 'ja'] as const)('names its sheets and heads every table and label in %s', async (locale) => {
    const tx = translator(locale);
    const { t } = tx;
    const wb = await open(locale);
    const sheet = (key: ExportMessageId) => {
      const s = wb.getWorksheet(t(key));
      if (!s) throw new Error(`no sheet ${t(key)}`);
      return s;
    };
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      (['export.xlsx.sheet.heatmap', 'export.xlsx.sheet.answers', 'export.xlsx.sheet.segments', 'export.xlsx.sheet.rounds', 'export.xlsx.sheet.decisions', 'export.xlsx.sheet.followUps', 'export.xlsx.sheet.about'] as const).map((k) => t(k)),
    );

    const heatmap = sheet('export.xlsx.sheet.heatmap');
    const roles = FIXTURE_ROLES.map((r) => r.name);
    expect(rowText(heatmap, rowOf(heatmap, t('export.table.concern')))).toEqual([
      t('export.table.concern'),
      t('export.table.category'),
      t('export.table.status'),
      t('export.table.owners'),
      ...roles.map((name) => t('export.table.percentOf', { name })),
      t('export.table.percentOf', { name: t('export.table.nobody') }),
      t('export.table.percentOf', { name: t('export.table.agreement') }),
      t('export.table.answered'),
      t('export.table.unknown'),
    ]);
    expect(heatmap.getCell('A3').value).toBe(t('export.xlsx.heatmapLine', { round: t('export.roundOf', { round: t('export.round', { round: 2 }), rounds: 2 }), threshold: `θ = ${tx.percent(0.5)}` }));

    const answers = sheet('export.xlsx.sheet.answers');
    expect(answers.getCell('A3').value).toBe(t('export.xlsx.answersIntro'));
    expect(rowText(answers, rowOf(answers, t('export.table.session')))).toEqual(
      (['export.table.session', 'export.table.round', 'export.table.participant', 'export.table.name', 'export.table.ownRole', 'export.table.concern', 'export.table.category', 'export.table.choice', 'export.table.owners', 'export.table.confidence', 'export.table.comment', 'export.table.answeredAt'] as const).map((k) => t(k)),
    );

    const rounds = sheet('export.xlsx.sheet.rounds');
    const round = (n: number) => t('export.round', { round: n });
    expect(rowText(rounds, rowOf(rounds, t('export.table.concern')))).toEqual([
      t('export.table.concern'),
      t('export.table.category'),
      ...[1, 2].flatMap((n) => [t('export.xlsx.roundStatus', { round: round(n) }), t('export.xlsx.roundOwners', { round: round(n) }), t('export.xlsx.roundAgreement', { round: round(n) })]),
      t('export.xlsx.convergence'),
    ]);

    const decisions = sheet('export.xlsx.sheet.decisions');
    const decisionsHeader = rowOf(decisions, t('export.table.concern'));
    expect(rowText(decisions, decisionsHeader)).toEqual([
      t('export.table.concern'),
      t('export.table.category'),
      t('export.xlsx.col.decided'),
      ...roles,
      t('export.xlsx.col.rationale'),
      t('export.xlsx.col.dissent'),
      t('export.xlsx.col.decidedAt'),
      t('export.xlsx.col.roomChecks'),
    ]);
    const training = rowOf(decisions, 'Model training pipelines');
    expect(decisions.getCell(training, 3).value).toBe(t('export.xlsx.no'));
    expect(decisions.getCell(rowOf(decisions, 'Data cleaning and validation'), 3).value).toBe(t('export.xlsx.yes'));

    const followUps = sheet('export.xlsx.sheet.followUps');
    const followUpsHeader = rowOf(followUps, t('export.xlsx.col.followUp'));
    expect(rowText(followUps, followUpsHeader)).toEqual(
      (['export.xlsx.col.followUp', 'export.table.concern', 'export.xlsx.col.owningRole', 'export.xlsx.col.person', 'export.xlsx.col.due', 'export.table.status', 'export.xlsx.col.createdAt'] as const).map((k) => t(k)),
    );
    expect(followUps.getCell(followUpsHeader + 1, 6).value).toBe(t('export.followUp.open'));

    const segments = sheet('export.xlsx.sheet.segments');
    expect(segments.getCell(rowOf(segments, t('export.xlsx.segmentShown', { who: t('export.xlsx.asRole', { role: 'Data Engineering' }), participants: t('export.participants', { n: 4 }) })), 1).font?.bold).toBe(true);
    rowOf(segments, t('export.xlsx.segmentHidden', { who: t('export.xlsx.asUndisclosed'), fewer: t('export.fewerThan', { k: 3 }) }));

    const about = sheet('export.xlsx.sheet.about');
    const label = (key: ExportMessageId) => about.getCell(rowOf(about, t(key)), 2).value;
    expect(label('export.pdf.date')).toBe(tx.date(new Date('2026-11-20T10:30:00.000Z')));
    expect(label('export.col.status')).toBe(t('export.sessionStatus.closed'));
    expect(label('export.pdf.answerMode')).toBe(t('export.xlsx.answerMode.owners'));
    expect(label('export.pdf.anonymity')).toBe(t('export.xlsx.anonymity.named'));
    expect(label('export.pdf.generated')).toBe(tx.dateTime(new Date('2026-11-23T12:00:00.000Z')));
    expect(label('export.xlsx.about.threshold')).toBe(t('export.xlsx.about.thresholdValue', { percent: tx.percent(0.5) }));
    for (const key of ['export.xlsx.about.title', 'export.pdf.workshop', 'export.pdf.participants', 'export.xlsx.about.minSegmentSize', 'export.pdf.rounds', 'export.xlsx.about.answers', 'export.xlsx.about.participantLabels', 'export.pdf.legend', 'export.xlsx.about.scale'] as const) {
      rowOf(about, t(key));
    }
    expect(about.getCell(rowOf(about, `  ${t('export.role.undisclosed')}`), 2).value).toBe(t('export.fewerThan', { k: 3 }));
  });

  it.each(['de', 'ja'] as const)('leaves no English label in any cell of a %s workbook', async (locale) => {
    const { t } = translator(locale);
    const en = translator('en').t;
    // every message with no placeholder whose English differs from the translation: none may stand alone in a cell
    const english = new Set(
      (Object.keys(EXPORT_CATALOGUES.en) as ExportMessageId[]).filter((k) => !EXPORT_CATALOGUES.en[k].includes('{') && en(k) !== t(k)).map((k) => en(k)),
    );
    const wb = await open(locale);
    const found: string[] = [];
    wb.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => {
      if (typeof c.value === 'string' && english.has(c.value.trim())) found.push(`${s.name}!${c.address}: ${c.value}`);
    })));
    expect(found).toEqual([]);
    // and the first lines of every sheet (title, subtitle, what the sheet holds) are in the locale's words
    const subtitle = wb.worksheets[0]!.getCell('A2').value as string;
    expect(subtitle).toContain(translator(locale).date(new Date('2026-11-20T10:30:00.000Z')));
    expect(subtitle).toContain(t('export.participants', { n: 13 }));
  });
});
