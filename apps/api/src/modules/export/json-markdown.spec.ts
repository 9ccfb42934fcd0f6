import { FIXTURE_CONCERNS, FIXTURE_PARTICIPANTS, FIXTURE_ROLES, makeFixtureBundle, makeLargeBundle } from './__tests__/fixtures.js';
import { EXPORT_JSON_FORMAT, ZExportJson, renderJson } from './renderers/json.js';
import { escapeMarkdown, renderMarkdown } from './renderers/markdown.js';

describe('JSON export', () => {
  const bundle = makeFixtureBundle();
  const json = ZExportJson.parse(JSON.parse(renderJson(bundle)));

  it('has the documented shape and the heatmap numbers unchanged', () => {
    expect(json.format).toBe(EXPORT_JSON_FORMAT);
    expect(json.session).toMatchObject({ title: 'DE vs MLOps — Payments team', date: '2026-11-20', round: 2, settings: { threshold: 0.5, minSegmentSize: 3 } });
    expect(json.heatmap).toEqual(bundle.rounds[1]);
    expect(json.rounds).toEqual(bundle.rounds);
    expect(json.participants.total).toBe(13);
    expect(json.summary).toEqual({ gaps: 2, overlaps: 1, clear: 3, noData: 0 });
    expect(json.empty).toBe(false);
    expect(json.legend.length).toBeGreaterThan(3);
  });

  it('says what the CSV and XLSX answers tables beside it hold (what the CSV preamble used to say)', () => {
    expect(json.session).toMatchObject({ workshopTitle: 'Data Engineering vs MLOps', date: '2026-11-20' });
    expect(json.answersTable).toEqual({
      rows: 'Answers (XLSX sheet and CSV): one row per participant and concern of the last round.',
      participantLabels: "Participants are numbered (P001, P002, …); names as they gave them. A report link's files never show names.",
    });
    const anonymous = ZExportJson.parse(JSON.parse(renderJson(makeFixtureBundle({ anonymity: 'anonymous' }))));
    expect(anonymous.answersTable.participantLabels).toBe('Participants are numbered (P001, P002, …); names are not exported.');
  });

  it('leaves out hidden segments and the exact size of small roles', () => {
    expect(json.segments.map((s) => [s.roleName, s.suppressed, s.heatmap === null])).toEqual([
      ['Data Engineering', false, false],
      ['MLOps / ML Engineering', false, false],
      ['Data Science', false, false],
      ['Platform / Operations', true, true],
      ['Role not given', true, true],
    ]);
    expect(json.participants.byRole.map((r) => r.count)).toEqual([4, 3, 3, null, null]);
  });

  it('carries the discussion queue, perception gaps and convergence', () => {
    expect(json.discussionQueue.slice(0, 3)).toEqual([FIXTURE_CONCERNS[2]!.id, FIXTURE_CONCERNS[4]!.id, FIXTURE_CONCERNS[1]!.id]);
    expect(json.perceptionGaps.find((g) => g.concernId === FIXTURE_CONCERNS[1]!.id)?.between).toEqual([FIXTURE_ROLES[1]!.id, FIXTURE_ROLES[2]!.id]);
    expect(json.convergence).toHaveLength(6);
    expect(json.convergence![0]!.value).toBeCloseTo(1 - bundle.rounds[0]!.concerns[0]!.agreement!, 12);
  });

  it('holds no individual answer or name', () => {
    const text = renderJson(bundle);
    for (const p of FIXTURE_PARTICIPANTS) expect(text).not.toContain(p.name);
    expect(text).not.toContain('HYPERLINK');
  });

  it('says "No answers yet" for an empty session', () => {
    const empty = ZExportJson.parse(JSON.parse(renderJson(makeFixtureBundle({ empty: true }))));
    expect(empty).toMatchObject({ empty: true, message: 'No answers yet', convergence: null, perceptionGaps: [] });
    expect(empty.session.closedAt).toBeNull();
  });
});

/** The Markdown table's body rows, split into cells. */
function tableRows(md: string): string[][] {
  const lines = md.split('\n').filter((l) => l.startsWith('| '));
  return lines.slice(2).map((l) => l.slice(2, -2).split(/(?<!\\) \| /));
}

describe('Markdown ownership file', () => {
  const md = renderMarkdown(makeFixtureBundle());

  it('has a header with title, date, participants and θ', () => {
    expect(md.startsWith('# Ownership: DE vs MLOps — Payments team\n')).toBe(true);
    expect(md).toContain('2026-11-20: 13 participants, owner threshold θ = 50%, round 2 of 2');
    expect(md).toContain('Legend: ✓ = owner (at least 50% of respondents named the role)');
  });

  it('has a concern × role table with a row per concern, owners from the aggregates', () => {
    const header = md.split('\n').find((l) => l.startsWith('| Concern'));
    expect(header).toBe(`| Concern | Category | ${FIXTURE_ROLES.map((r) => escapeMarkdown(r.name)).join(' | ')} | Gap / overlap |`);
    const rows = tableRows(md);
    expect(rows.map((r) => r[0])).toEqual(FIXTURE_CONCERNS.map((c) => escapeMarkdown(c.title)));
    expect(rows[0]).toEqual(['Ingestion and ETL pipelines', 'Pipelines', '✓', '', '', '', '']);
    expect(rows[1]).toEqual(['Model training pipelines', 'Pipelines', '', '✓', '✓', '', '**OVERLAP**']);
    expect(rows[2]!.slice(2)).toEqual(['', '', '', '', '**GAP**']);
    expect(rows[5]![0]).toBe('Audit records \\| compliance');
    for (const r of rows) expect(r).toHaveLength(2 + FIXTURE_ROLES.length + 1);
  });

  it('lists the gaps and overlaps to decide, in discussion order', () => {
    const todo = md.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(todo).toHaveLength(3);
    expect(todo[0]).toContain('**Data cleaning and validation** (Data quality): GAP: no role reaches 50% (highest: Data Engineering 38%, Data Science 38%)');
    expect(todo[1]).toContain('Model performance monitoring');
    expect(todo[1]).toContain('GAP: "nobody owns this" reaches 50% (77%)');
    expect(todo[2]).toContain('OVERLAP: 2 roles reach 50% (MLOps / ML Engineering 85%, Data Science 54%)');
    expect(todo[2]).toContain('agreement 59%');
  });

  it('writes R/A/C/I in RACI mode', () => {
    const rows = tableRows(renderMarkdown(makeFixtureBundle({ answerMode: 'raci' })));
    // the fixture marks the first named role A, Data Science C and Platform I unless they own it
    expect(rows[0]).toEqual(['Ingestion and ETL pipelines', 'Pipelines', 'A', '', 'C', 'I', '']);
    expect(rows[1]!.slice(2)).toEqual(['', 'A', 'R', 'I', '**OVERLAP**']);
  });

  it('says "No answers yet" for an empty session', () => {
    const empty = renderMarkdown(makeFixtureBundle({ empty: true }));
    expect(empty).toContain('**No answers yet.**');
    expect(tableRows(empty)).toHaveLength(6);
    expect(tableRows(empty).every((r) => r.at(-1) === 'no data')).toBe(true);
  });

  it('handles 100 concerns × 20 roles', () => {
    const rows = tableRows(renderMarkdown(makeLargeBundle()));
    expect(rows).toHaveLength(100);
    for (const r of rows) expect(r).toHaveLength(2 + 20 + 1);
  });
});
