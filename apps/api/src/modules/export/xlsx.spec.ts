import { BADGE_STYLES, shareColor } from '@thinline/heatmap';
import { type RowStatus, STATUS_LABELS, shownAggregate } from '@thinline/shared';
import ExcelJS from 'exceljs';
import { FIXTURE_CONCERNS, FIXTURE_PARTICIPANTS, FIXTURE_ROLES, makeFixtureBundle, makeLargeBundle } from './__tests__/fixtures.js';
import { XLSX_SHEETS, renderXlsx } from './renderers/xlsx.js';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Every cell value of a sheet as text, for "does it say X anywhere". */
function allText(s: ExcelJS.Worksheet): string {
  const out: string[] = [];
  s.eachRow((row) => row.eachCell((c) => out.push(c.value instanceof Date ? c.value.toISOString() : c.text)));
  return out.join('\n');
}

/** The row whose first cell is `text`. */
function rowOf(s: ExcelJS.Worksheet, text: string): number {
  let found = -1;
  s.eachRow((row, n) => {
    if (found < 0 && row.getCell(1).value === text) found = n;
  });
  if (found < 0) throw new Error(`no row "${text}" in ${s.name}`);
  return found;
}

describe('XLSX export', () => {
  const bundle = makeFixtureBundle();
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    wb = await open(await renderXlsx(bundle));
  });

  it('Decisions: one row per concern with the agreed letters, rationale and dissent; Follow-ups: one row each', () => {
    const d = sheet(wb, 'Decisions');
    const r = rowOf(d, 'Data cleaning and validation');
    const cells = Array.from({ length: 3 + FIXTURE_ROLES.length + 2 }, (_, i) => d.getCell(r, i + 1).text);
    expect(cells).toEqual(['Data cleaning and validation', 'Data quality', 'yes', 'A', 'C', 'R', '', 'Checks live at ingestion (DE); the rules come from Data Science.', 'Data Science would rather own the checks | not just the rules.']);
    expect(d.getCell(rowOf(d, 'Model training pipelines'), 3).text).toBe('no');
    const f = sheet(wb, 'Follow-ups');
    const fr = rowOf(f, 'Put a drift alert on the on-call rota');
    expect([2, 3, 4, 5, 6].map((c) => f.getCell(fr, c).text)).toEqual(['Model performance monitoring', '', 'Priya Patel', '2026-12-11', 'open']);
  });

  it('has the sheets Heatmap, Answers, Segments, Rounds, Decisions, Follow-ups, About', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual([...XLSX_SHEETS]);
  });

  it('Heatmap: title block, exact numbers shown with one decimal, cells filled from the same scale', () => {
    const s = sheet(wb, 'Heatmap');
    expect(s.getCell('A1').value).toBe('DE vs MLOps — Payments team');
    expect(s.getCell('A2').value).toBe('Nov 20, 2026 · 13 participants · θ = 50% · round 2 of 2');
    const header = rowOf(s, 'concern');
    const headers = (s.getRow(header).values as unknown[]).slice(1);
    expect(headers).toEqual(['concern', 'category', 'status', 'owners', ...FIXTURE_ROLES.map((r) => `${r.name} (%)`), 'nobody (%)', 'agreement (%)', 'answered', 'unknown']);
    bundle.rounds[1]!.concerns.map(shownAggregate).forEach((a, i) => {
      const row = s.getRow(header + 1 + i);
      expect(row.getCell(1).value).toBe(FIXTURE_CONCERNS[i]!.title);
      expect(row.getCell(3).value).toBe(a.status.toUpperCase());
      FIXTURE_ROLES.forEach((role, r) => {
        const cell = row.getCell(5 + r);
        expect(cell.value).toBe(a.shares[role.id]);
        expect(cell.numFmt).toBe('0.0%');
        expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${shareColor(a.shares[role.id]!).slice(1).toUpperCase()}`);
        expect(cell.font?.bold ?? false).toBe(a.owners.includes(role.id));
      });
      expect(row.getCell(9).value).toBe(a.nobody);
      expect(row.getCell(10).value).toBe(a.agreement);
      expect(row.getCell(11).value).toBe(a.answered);
    });
    expect(allText(s)).toContain('GAP: no role reaches 50%, or "nobody owns this" does.');
  });

  it('fills every status cell with its badge colour, on every sheet', async () => {
    const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
    const statuses = Object.keys(STATUS_LABELS) as RowStatus[];
    const seen = new Set<RowStatus>();
    // the fixture has gaps, overlaps and clear concerns; an empty session has no data anywhere
    for (const workbook of [wb, await open(await renderXlsx(makeFixtureBundle({ empty: true })))]) {
      for (const s of workbook.worksheets) {
        s.eachRow((row) =>
          row.eachCell((c) => {
            const status = statuses.find((k) => STATUS_LABELS[k] === c.value);
            if (!status) return;
            seen.add(status);
            expect([s.name, c.address, (c.fill as ExcelJS.FillPattern).fgColor?.argb]).toEqual([s.name, c.address, argb(BADGE_STYLES[status].fill)]);
          }),
        );
      }
    }
    expect([...seen].sort()).toEqual(['clear', 'contested', 'gap', 'no data', 'overlap', 'too few']);
  });

  it('Answers: one row per participant and concern, names only in a named session', () => {
    const s = sheet(wb, 'Answers');
    const header = rowOf(s, 'session');
    expect(s.rowCount - header).toBe(13 * 6);
    expect(allText(s)).toContain('Ana Almeida');
    expect(allText(s)).toContain('(hidden: fewer than 3)');
    const answeredAt = (s.getRow(header).values as unknown[]).indexOf('answered at');
    expect(s.getRow(header + 1).getCell(answeredAt).value).toBeInstanceOf(Date);
    expect(s.getRow(header + 1).getCell(answeredAt).numFmt).toBe('yyyy-mm-dd hh:mm');
  });

  it('Segments: shown segments as matrices, small ones hidden', () => {
    const text = allText(sheet(wb, 'Segments'));
    expect(text).toContain('As Data Engineering see it (4 participants)');
    expect(text).toContain('As Platform / Operations see it: hidden, fewer than 3 respondents');
    expect(text).toContain('As those who did not give a role see it: hidden, fewer than 3 respondents');
    expect(text).not.toContain('Platform / Operations see it (2');
  });

  it('Rounds: status, owners and agreement per round, and convergence', () => {
    const s = sheet(wb, 'Rounds');
    const header = rowOf(s, 'concern');
    expect((s.getRow(header).values as unknown[]).slice(1)).toEqual([
      'concern',
      'category',
      'round 1 status',
      'round 1 owners',
      'round 1 agreement (%)',
      'round 2 status',
      'round 2 owners',
      'round 2 agreement (%)',
      'convergence (points)',
    ]);
    const ingestion = s.getRow(header + 1);
    const first = bundle.rounds[0]!.concerns[0]!.agreement!;
    expect(ingestion.getCell(5).value).toBe(first);
    expect(ingestion.getCell(8).value).toBe(1);
    expect(ingestion.getCell(9).value).toBeCloseTo(1 - first, 12);
  });

  it('About: title, date, participants, θ, k, what the answers table holds, how participants are labelled, and the legend', () => {
    const text = allText(sheet(wb, 'About'));
    for (const part of [
      'DE vs MLOps — Payments team',
      'Date\nNov 20, 2026',
      'Participants\n13',
      'Owner threshold θ',
      '50%',
      'Minimum segment size k\n3',
      'Answers\nAnswers (XLSX sheet and CSV): one row per participant and concern of the last round.',
      'Participant labels\nParticipants are numbered (P001, P002, …); names as they gave them.',
      'Legend',
      'OVERLAP: 2 or more roles reach 50%.',
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toContain('Platform / Operations\nfewer than 3');
  });

  it('has no names anywhere for an anonymous session', async () => {
    const anonymous = await open(await renderXlsx(makeFixtureBundle({ anonymity: 'anonymous' })));
    const text = anonymous.worksheets.map(allText).join('\n');
    for (const p of FIXTURE_PARTICIPANTS) expect(text).not.toContain(p.name);
    expect(text).toContain('Participants are numbered (P001, P002, …); names are not exported.');
  });

  it('says "No answers yet" for an empty session', async () => {
    const empty = await open(await renderXlsx(makeFixtureBundle({ empty: true })));
    expect(empty.worksheets.map((s) => s.name)).toEqual([...XLSX_SHEETS]);
    for (const name of ['Heatmap', 'Answers', 'About']) expect(allText(sheet(empty, name))).toContain('No answers yet');
  });

  it('handles 100 concerns × 20 roles', async () => {
    const large = await open(await renderXlsx(makeLargeBundle()));
    const s = sheet(large, 'Heatmap');
    expect(s.rowCount - rowOf(s, 'concern')).toBeGreaterThanOrEqual(100);
  });
});
