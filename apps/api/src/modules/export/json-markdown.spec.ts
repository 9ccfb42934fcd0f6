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

  it('carries the decisions, the room\'s RACI checks and the follow-ups', () => {
    expect(json.decisions.map((d) => d.concernId)).toEqual([FIXTURE_CONCERNS[0]!.id, FIXTURE_CONCERNS[2]!.id, FIXTURE_CONCERNS[4]!.id]);
    expect(json.decisions[1]).toEqual(bundle.decisions[1]);
    // owners mode: the checks are the gaps (unowned)
    expect(json.raciChecks).toEqual([
      { concernId: FIXTURE_CONCERNS[2]!.id, checks: ['unowned'] },
      { concernId: FIXTURE_CONCERNS[4]!.id, checks: ['unowned'] },
    ]);
    expect(json.followUps.map((f) => [f.title, f.dueOn, f.status])).toEqual([
      ['Write the validation rules down with Data Science', '2026-12-04', 'open'],
      ['Put a drift alert on the on-call rota', '2026-12-11', 'open'],
    ]);
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
    expect(md).toContain('Nov 20, 2026: 13 participants, owner threshold θ = 50%, round 2 of 2');
    expect(md).toContain("Rows marked *proposed* are not decided yet: they show the room's majority (the roles at least 50% named, the largest share A, the others R)");
  });

  it('has a concern × role RACI table: the decisions, and the room\'s majority marked proposed where none was taken', () => {
    const header = md.split('\n').find((l) => l.startsWith('| Concern'));
    expect(header).toBe(`| Concern | Category | ${FIXTURE_ROLES.map((r) => escapeMarkdown(r.name)).join(' | ')} | Decision | Gap / overlap |`);
    const rows = tableRows(md);
    expect(rows.map((r) => r[0])).toEqual(FIXTURE_CONCERNS.map((c) => escapeMarkdown(c.title)));
    // decided: A Data Engineering, I Platform
    expect(rows[0]).toEqual(['Ingestion and ETL pipelines', 'Pipelines', 'A', '', '', 'I', 'decided', '']);
    // not decided: the owners at θ (MLOps 85%, Data Science 54%), the larger share A
    expect(rows[1]).toEqual(['Model training pipelines', 'Pipelines', '', 'A', 'R', '', '*proposed*', '**OVERLAP**']);
    // a gap the workshop decided keeps its GAP mark: the room still sees it so
    expect(rows[2]!.slice(2)).toEqual(['A', 'C', 'R', '', 'decided', '**GAP**']);
    expect(rows[5]).toEqual(['Audit records \\| compliance', 'Monitoring', '', '', '', 'A', '*proposed*', '']);
    for (const r of rows) expect(r).toHaveLength(2 + FIXTURE_ROLES.length + 2);
  });

  it('lists the decisions with rationale and dissent, what is left to decide, and the follow-ups', () => {
    expect(md).toContain('- **Data cleaning and validation**: A Data Engineering · R Data Science · C MLOps / ML Engineering. Why: Checks live at ingestion (DE); the rules come from Data Science. Dissent: Data Science would rather own the checks \\| not just the rules.');
    const todo = md.slice(md.indexOf('## To decide'), md.indexOf('## Follow-ups')).split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(todo).toHaveLength(1);
    expect(todo[0]).toContain('**Model training pipelines** (Pipelines): OVERLAP: 2 roles reach 50% (MLOps / ML Engineering 85%, Data Science 54%)');
    expect(todo[0]).toContain('agreement 59%');
    expect(md.slice(md.indexOf('## Follow-ups')).split('\n').filter((l) => l.startsWith('- ['))).toEqual([
      '- [ ] Write the validation rules down with Data Science (Data cleaning and validation; owner: Data Science; due Dec 4, 2026)',
      '- [ ] Put a drift alert on the on-call rota (Model performance monitoring; owner: Priya Patel; due Dec 11, 2026)',
    ]);
  });

  it('lists every gap and overlap to decide, in discussion order, before anything is decided', () => {
    const undecided = renderMarkdown(makeFixtureBundle({ undecided: true }));
    expect(tableRows(undecided).map((r) => r.at(-2))).toEqual(Array(6).fill('*proposed*'));
    const todo = undecided.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(todo).toHaveLength(3);
    expect(todo[0]).toContain('**Data cleaning and validation** (Data quality): GAP: no role reaches 50% (highest: Data Engineering 38%, Data Science 38%)');
    expect(todo[1]).toContain('GAP: "nobody owns this" reaches 50% (77%)');
    expect(todo[2]).toContain('OVERLAP: 2 roles reach 50%');
    expect(undecided).toContain('None yet: every row above is a proposal.');
    expect(undecided).not.toContain('## Follow-ups');
  });

  it('proposes the letter most respondents gave each role in RACI mode', () => {
    const rows = tableRows(renderMarkdown(makeFixtureBundle({ answerMode: 'raci', undecided: true })));
    // the fixture marks the first named role A, Data Science C and Platform I unless they own it
    expect(rows[0]).toEqual(['Ingestion and ETL pipelines', 'Pipelines', 'A', '', 'C', 'I', '*proposed*', '']);
    // Data Science on training: R 5 times (after ML), A twice (alone), C 6 times: the room's most given letter is C
    expect(rows[1]!.slice(2)).toEqual(['', 'A', 'C', 'I', '*proposed*', '**OVERLAP**']);
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
    for (const r of rows) expect(r).toHaveLength(2 + 20 + 2);
  });
});
