import { PDFParse } from 'pdf-parse';
import { agreementWhole } from './format.js';
import { FIXTURE_CONCERNS, makeFixtureBundle, makeLargeBundle } from './__tests__/fixtures.js';
import { renderPdf } from './renderers/pdf.js';

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

describe('PDF export', () => {
  const bundle = makeFixtureBundle();
  let text = '';
  let pages = 0;
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderPdf(bundle);
    ({ text, pages } = await pdfText(pdf));
  });

  it('is a PDF', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pages).toBeGreaterThan(3);
  });

  it('states title, date, participants and θ as selectable text', () => {
    expect(text).toContain('DE vs MLOps — Payments team');
    expect(text).toContain('Nov 20, 2026');
    expect(text).toContain('13 participants');
    expect(text).toContain('θ = 50%');
    expect(text).toContain('Legend');
  });

  it('has a Decisions page: the agreed RACI, rationale and dissent, undecided concerns with their checks, then the follow-ups', () => {
    const page = text.slice(text.indexOf('Decisions'), text.indexOf('Gaps and overlaps'));
    expect(page).toMatch(/Ingestion and ETL pipelines\s+A Data Engineering · I Platform \/ Operations\s+Data Engineering builds and runs/);
    expect(page).toMatch(/Data Science would rather own the\s+checks/);
    expect(page).toMatch(/Model training pipelines\s+Not decided/);
    expect(page).toContain('Follow-ups');
    expect(page).toMatch(/Write the validation rules down with\s+Data\s+Science/);
    expect(page).toContain('Dec 11, 2026');
  });

  it('names every concern', () => {
    for (const c of FIXTURE_CONCERNS) expect(text).toContain(c.title);
  });

  it('lists the gaps and overlaps with their agreement', () => {
    expect(text).toContain('Gaps and overlaps');
    expect(text).toMatch(/Data cleaning and validation\s+Data quality\s+GAP/);
    expect(text).toMatch(/Model training pipelines\s+Pipelines\s+OVERLAP\s+2 roles reach 50% \(MLOps \/ ML Engineering 85%, Data\s+Science 54%\)/);
    expect(text).toContain('"nobody owns this" reaches 50% (77%)');
    for (const c of bundle.rounds[1]!.concerns) expect(text).toContain(agreementWhole(c.agreement));
    expect(text).toContain('Agreement per concern');
  });

  it('has the discussion queue, segment views, perception gaps and rounds', () => {
    expect(text).toMatch(/1\s+Data cleaning and validation/);
    expect(text).toContain('Discussion queue');
    expect(text).toContain('Segment views');
    expect(text).toMatch(/Platform \/ Operations\s+fewer than 3\s+hidden: fewer than 3 respondents/);
    expect(text).toContain('as Data Engineering see it');
    expect(text).toContain('Perception gaps');
    expect(text).toContain('Rounds and convergence');
    expect(text).toMatch(/Ingestion and ETL pipelines\s+CLEAR · 76%\s+CLEAR · 100%\s+\+24 pp/);
  });

  it('never prints the exact size of a hidden segment', () => {
    expect(text).not.toMatch(/Platform \/ Operations: 2\b/);
    expect(text).toContain('Platform / Operations: fewer than 3');
  });

  it('says "No answers yet" for an empty session and stays a valid file', async () => {
    const empty = await pdfText(await renderPdf(makeFixtureBundle({ empty: true })));
    expect(empty.text).toContain('No answers yet');
    expect(empty.text).toContain('0 participants');
    for (const c of FIXTURE_CONCERNS) expect(empty.text).toContain(c.title);
  });

  it('fits the heatmap of 20 concerns × 4 roles, the template\'s size, on one landscape page', async () => {
    const result = await pdfText(await renderPdf(makeLargeBundle(20, 4, 30)));
    expect(result.text).not.toContain('(part ');
    expect(result.text).toContain('Concern 020');
  });

  it('paginates 100 concerns × 20 roles', async () => {
    const large = makeLargeBundle();
    const started = Date.now();
    const result = await pdfText(await renderPdf(large));
    expect(result.pages).toBeGreaterThan(1);
    expect(result.text).toContain('Platform-wide ownership census (part 2 of');
    expect(result.text).toContain('Concern 100');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
