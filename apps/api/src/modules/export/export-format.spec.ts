import { slugify } from '@thinline/shared';
import { EXPORT_CONTENT_TYPES, EXPORT_FORMATS, ZExportQuery, exportFileName, exportNeedsAnswers, parseExportFormat, renderExport } from './export-format.js';
import { makeFixtureBundle } from './__tests__/fixtures.js';

describe('export formats', () => {
  const bundle = makeFixtureBundle();

  it('knows the nine formats and only those', () => {
    expect(EXPORT_FORMATS).toEqual(['png', 'svg', 'pdf', 'csv', 'xlsx', 'json', 'md', 'codeowners', 'catalog']);
    expect(parseExportFormat('pdf')).toBe('pdf');
    for (const bad of ['PDF', 'exe', '', 'toString', '__proto__']) expect(parseExportFormat(bad)).toBeNull();
  });

  it('names files thinline-<slug>-<date>.<ext>', () => {
    expect(exportFileName(bundle, 'pdf')).toBe('thinline-de-vs-mlops-payments-team-2026-11-20.pdf');
    expect(exportFileName(bundle, 'csv', { table: 'matrix' })).toBe('thinline-de-vs-mlops-payments-team-2026-11-20-matrix.csv');
    // ownership as code: the names the tools read
    expect([exportFileName(bundle, 'codeowners'), exportFileName(bundle, 'catalog')]).toEqual(['CODEOWNERS', 'catalog-info.yaml']);
    expect(slugify('Équipe « Données » ✓', 'session')).toBe('equipe-donnees');
    expect(slugify('✓✓✓', 'session')).toBe('session');
    expect(slugify('x'.repeat(200), 'session')).toHaveLength(60);
  });

  it('reads ?table=matrix and rejects anything else', () => {
    expect(ZExportQuery.parse({ table: 'matrix' })).toEqual({ table: 'matrix' });
    expect(ZExportQuery.parse({})).toEqual({});
    expect(ZExportQuery.safeParse({ table: 'everything' }).success).toBe(false);
    expect(ZExportQuery.safeParse({ other: '1' }).success).toBe(false);
  });

  const signatures: Record<(typeof EXPORT_FORMATS)[number], (body: Buffer) => boolean> = {
    png: (b) => b.subarray(1, 4).toString('latin1') === 'PNG',
    svg: (b) => b.toString('utf8').startsWith('<?xml'),
    pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
    csv: (b) => b.toString('utf8').startsWith('\uFEFFsession,'),
    // a ZIP container
    xlsx: (b) => b.subarray(0, 2).toString('latin1') === 'PK',
    json: (b) => typeof JSON.parse(b.toString('utf8')) === 'object',
    md: (b) => b.toString('utf8').startsWith('# Ownership: '),
    codeowners: (b) => b.toString('utf8').startsWith('# CODEOWNERS from Thinline'),
    catalog: (b) => b.toString('utf8').startsWith('# catalog-info.yaml from Thinline'),
  };

  it.each(EXPORT_FORMATS)('renders %s with its content type and file name, also for an empty session', async (format) => {
    for (const b of [bundle, makeFixtureBundle({ empty: true })]) {
      const out = await renderExport(format, b);
      expect(out.contentType).toBe(EXPORT_CONTENT_TYPES[format]);
      expect(out.fileName).toBe(exportFileName(b, format));
      expect(out.body.length).toBeGreaterThan(100);
      expect(signatures[format](out.body)).toBe(true);
    }
  });

  it('renders the same file without answers for the formats that do not read them', async () => {
    const withoutAnswers = { ...bundle, answers: [] };
    for (const format of EXPORT_FORMATS) {
      if (exportNeedsAnswers(format, {}, 'owners') || format === 'png' || format === 'pdf') continue;
      expect((await renderExport(format, withoutAnswers)).body.equals((await renderExport(format, bundle)).body)).toBe(true);
    }
    expect(exportNeedsAnswers('csv', { table: 'matrix' }, 'owners')).toBe(false);
    expect(exportNeedsAnswers('md', {}, 'raci')).toBe(true);
  });

  it('passes table and anonymize through to the CSV', async () => {
    const matrix = await renderExport('csv', bundle, { table: 'matrix' });
    expect(matrix.body.toString('utf8')).toContain(',nobody (%),agreement (%),answered,unknown\r\n');
    expect(matrix.fileName.endsWith('-matrix.csv')).toBe(true);
    const named = (await renderExport('csv', bundle)).body.toString('utf8');
    const linked = (await renderExport('csv', bundle, { anonymize: true })).body.toString('utf8');
    expect(named).toContain('Ana Almeida');
    expect(linked).not.toContain('Ana Almeida');
  });
});
