import { shownAggregate } from '@thinline/shared';
import { parse } from 'csv-parse/sync';
import { FIXTURE_CONCERNS, FIXTURE_PARTICIPANTS, FIXTURE_ROLES, makeFixtureBundle, makeLargeBundle } from './__tests__/fixtures.js';
import { percentOneDecimal } from './format.js';
import { renderCsv } from './renderers/csv.js';

type Row = Record<string, string>;

/** Read as RFC 4180 says: CRLF records, a header row, every record as wide as the header, no comment lines. */
function read(csv: string): Row[] {
  return parse<Row>(csv, { bom: true, columns: true, record_delimiter: '\r\n', relax_column_count: false, relax_quotes: false, skip_empty_lines: false });
}

describe('answers CSV', () => {
  const bundle = makeFixtureBundle();
  const csv = renderCsv(bundle);
  const rows = read(csv);
  const [de, ml, ds] = FIXTURE_ROLES;

  it('starts with a byte-order mark and the header row; the session, workshop and date are columns', () => {
    expect(csv.startsWith('\uFEFFsession,workshop,session date,round,round label,participant,')).toBe(true);
    expect(csv).not.toMatch(/^#/m);
    for (const r of rows) expect(r).toMatchObject({ session: 'DE vs MLOps — Payments team', workshop: 'Data Engineering vs MLOps', 'session date': '2026-11-20', round: '2' });
  });

  it('has one row per participant and concern of the last round', () => {
    expect(rows).toHaveLength(13 * 6);
    expect(Object.keys(rows[0]!)).toEqual(['session', 'workshop', 'session date', 'round', 'round label', 'participant', 'name', 'own role', 'concern', 'category', 'choice', 'owners', 'confidence', 'comment', 'answered at']);
    expect(new Set(rows.map((r) => r.round))).toEqual(new Set(['2']));
    expect(new Set(rows.map((r) => r.participant)).size).toBe(13);
    for (const r of rows) expect(r.participant).toMatch(/^P\d{3}$/);
    const perConcern = new Map<string, number>();
    for (const r of rows) perConcern.set(r.concern!, (perConcern.get(r.concern!) ?? 0) + 1);
    expect([...perConcern.keys()]).toEqual(expect.arrayContaining(FIXTURE_CONCERNS.map((c) => c.title)));
    expect([...perConcern.values()].every((n) => n === 13)).toBe(true);
  });

  it('adds up to the heatmap numbers', () => {
    const heatmap = bundle.rounds[1]!;
    FIXTURE_CONCERNS.forEach((concern, i) => {
      const aggregate = shownAggregate(heatmap.concerns[i]!);
      const mine = rows.filter((r) => r.concern === concern.title);
      const respondents = mine.filter((r) => r.choice !== 'unknown');
      expect(respondents).toHaveLength(aggregate.answered);
      expect(mine.filter((r) => r.choice === 'unknown')).toHaveLength(aggregate.unknown);
      for (const role of FIXTURE_ROLES) {
        const named = respondents.filter((r) => r.owners!.split('; ').includes(role.name)).length;
        expect(aggregate.answered === 0 ? 0 : named / aggregate.answered).toBeCloseTo(aggregate.shares[role.id]!, 12);
      }
    });
  });

  it('lists owners by role name and in role order', () => {
    const anaTraining = rows.find((r) => r.name === 'Ana Almeida' && r.concern === 'Model training pipelines');
    expect(anaTraining).toMatchObject({ 'own role': de!.name, choice: 'owners', owners: `${ml!.name}; ${ds!.name}` });
  });

  it('hides the own role of participants in a segment smaller than k, and only that', () => {
    const kai = rows.filter((r) => r.name === 'Kai Kowalski');
    expect(kai).toHaveLength(6);
    for (const r of kai) expect(r['own role']).toBe('(hidden: fewer than 3)');
    expect(kai.find((r) => r.concern === 'Model deployment')?.owners).toBe('Platform / Operations');
    const roles = new Set(rows.map((r) => r['own role']));
    expect(roles).toEqual(new Set(['Data Engineering', 'MLOps / ML Engineering', 'Data Science', '(hidden: fewer than 3)']));
    expect(csv).not.toContain('Role not given');
  });

  it('keeps hostile comments as text', () => {
    const formula = rows.find((r) => r.comment!.includes('HYPERLINK'));
    expect(formula?.comment?.startsWith("'=")).toBe(true);
    expect(rows.some((r) => r.comment === 'Nobody looks at drift dashboards,\nso nobody owns it')).toBe(true);
    expect(rows.some((r) => r.comment === 'Compliance asks us | we ask Legal')).toBe(true);
  });

  it('writes dates as ISO 8601 and confidence as a number or nothing', () => {
    for (const r of rows) {
      expect(r['answered at']).toMatch(/^2026-11-20T\d\d:\d\d:00\.000Z$/);
      expect(r.confidence).toMatch(/^([1-5]|)$/);
    }
  });

  it('never contains a name in an anonymous session', () => {
    const anonymous = renderCsv(makeFixtureBundle({ anonymity: 'anonymous' }));
    const parsed = read(anonymous);
    expect(Object.keys(parsed[0]!)).not.toContain('name');
    for (const p of FIXTURE_PARTICIPANTS) {
      expect(anonymous).not.toContain(p.name);
      expect(anonymous).not.toContain(p.name.split(' ')[1]);
    }
  });

  it('prints no names for a report link even in a named session', () => {
    const linked = renderCsv(bundle, { anonymize: true });
    for (const p of FIXTURE_PARTICIPANTS) expect(linked).not.toContain(p.name);
  });

  it('writes R/A/C/I per role in RACI mode', () => {
    const raci = read(renderCsv(makeFixtureBundle({ answerMode: 'raci' })));
    expect(Object.keys(raci[0]!)).toEqual(expect.arrayContaining(FIXTURE_ROLES.map((r) => `RACI: ${r.name}`)));
    const anaTraining = raci.find((r) => r.name === 'Ana Almeida' && r.concern === 'Model training pipelines')!;
    expect(anaTraining).toMatchObject({ 'RACI: MLOps / ML Engineering': 'A', 'RACI: Data Science': 'R', 'RACI: Platform / Operations': 'I', 'RACI: Data Engineering': '' });
    expect(anaTraining.owners).toBe('MLOps / ML Engineering; Data Science');
  });

  it('is the header row alone for an empty session', () => {
    const empty = renderCsv(makeFixtureBundle({ empty: true }));
    expect(read(empty)).toEqual([]);
    expect(empty).toBe('\uFEFFsession,workshop,session date,round,round label,participant,name,own role,concern,category,choice,owners,confidence,comment,answered at\r\n');
  });
});

describe('aggregate matrix CSV', () => {
  const bundle = makeFixtureBundle();
  const rows = read(renderCsv(bundle, { table: 'matrix' }));

  it('has one row per concern with the heatmap numbers to one decimal, and the session\'s context in columns', () => {
    for (const r of rows) {
      expect(r).toMatchObject({ session: 'DE vs MLOps — Payments team', workshop: 'Data Engineering vs MLOps', 'session date': '2026-11-20', round: '2', participants: '13', 'threshold (%)': '50.0', 'min segment size (k)': '3' });
    }
    expect(rows.map((r) => r.concern)).toEqual(FIXTURE_CONCERNS.map((c) => c.title));
    expect(Object.keys(rows[0]!)).toEqual(['session', 'workshop', 'session date', 'round', 'round label', 'participants', 'threshold (%)', 'min segment size (k)', 'concern', 'category', 'status', 'owners', ...FIXTURE_ROLES.map((r) => `${r.name} (%)`), 'nobody (%)', 'agreement (%)', 'answered', 'unknown']);
    bundle.rounds[1]!.concerns.map(shownAggregate).forEach((a, i) => {
      const row = rows[i]!;
      expect(row.status).toBe(a.status.toUpperCase());
      for (const role of FIXTURE_ROLES) expect(row[`${role.name} (%)`]).toBe(percentOneDecimal(a.shares[role.id]!));
      expect(row['nobody (%)']).toBe(percentOneDecimal(a.nobody));
      expect(row['agreement (%)']).toBe(a.agreement === null ? '' : percentOneDecimal(a.agreement));
      expect(Number(row.answered)).toBe(a.answered);
      expect(Number(row.unknown)).toBe(a.unknown);
      expect(row.owners).toBe(a.owners.map((id) => FIXTURE_ROLES.find((r) => r.id === id)!.name).join('; '));
    });
    expect(rows[1]).toMatchObject({ status: 'OVERLAP', 'MLOps / ML Engineering (%)': '84.6', 'Data Science (%)': '53.8' });
  });

  it('leaves the numbers empty where the screen shows "–"', () => {
    const empty = read(renderCsv(makeFixtureBundle({ empty: true }), { table: 'matrix' }));
    expect(empty).toHaveLength(6);
    for (const r of empty) expect(r).toMatchObject({ status: 'NO DATA', 'Data Engineering (%)': '', answered: '0' });
  });

  it('handles 100 concerns × 20 roles', () => {
    const large = read(renderCsv(makeLargeBundle(), { table: 'matrix' }));
    expect(large).toHaveLength(100);
    expect(Object.keys(large[0]!)).toHaveLength(8 + 4 + 20 + 4);
  });
});
