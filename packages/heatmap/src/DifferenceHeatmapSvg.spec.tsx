import { renderToStaticMarkup } from 'react-dom/server';
import { HEATMAP_TEXT_EN, type HeatmapText, type TConcern, type THeatmap, type TRole, compareHeatmaps, computeConcernAggregate, formatInteger, formatSharePercent } from '@thinline/shared';
import { DifferenceHeatmapSvg } from './DifferenceHeatmapSvg.js';
import { differenceLayout } from './difference-layout.js';
import { estimateTextWidth } from './frame.js';
import { renderDifferenceHeatmapSvgString } from './render.js';
import { contrastRatio, deltaColor } from './scale.js';
import { NO_DATA_FILL } from './theme.js';
import { type XNode, all, attr, itIsAStandaloneSvg, readSvg, one, parse, svgRoot, textOf } from './__tests__/svg-xml.js';

// --- fixtures: two sessions of 8 people, aggregated by the shared maths ---------------------

const [DE, ML, DS, PL] = ['role-de', 'role-ml', 'role-ds', 'role-pl'];
const roles: TRole[] = [
  { id: DE, name: 'Data Engineering' },
  { id: ML, name: 'MLOps / ML Engineering' },
  { id: DS, name: 'Data Science' },
  { id: PL, name: 'Platform / Operations' },
];
const concerns: TConcern[] = [
  { id: 'c1', title: 'Ingestion and ETL pipelines', description: 'Pulling data in', category: 'Pipelines' },
  { id: 'c2', title: 'Data quality checks', description: '', category: 'Pipelines' },
  { id: 'c3', title: 'Model deployment', description: '', category: 'Deployment' },
  { id: 'c4', title: 'Model performance monitoring', description: '', category: 'Deployment' },
  { id: 'c5', title: 'Retraining', description: '', category: 'Deployment' },
];
const roleIds = roles.map((r) => r.id);

function heatmap(rows: [string, Record<string, number>][], over: Partial<THeatmap> = {}): THeatmap {
  return {
    sessionId: 's',
    round: 1,
    segment: null,
    threshold: 0.5,
    minSegmentSize: 3,
    participants: 8,
    answers: 30,
    suppressed: false,
    concerns: rows.map(([concernId, counts]) => computeConcernAggregate({ concernId, counts: new Map(Object.entries(counts)), roleIds, threshold: 0.5 })),
    ...over,
  };
}

const own = (...ids: string[]) => `owners:${ids.join(',')}`;
// A (θ 50%):
// c1 nobody ×4, {DE} ×2, {ML} ×2 → nobody .5 → GAP; DE .25, ML .25; agreement (6 + 1 + 1) / 28 = 2/7
// c2 {DE} ×6, {DS} ×2 → DE .75 → CLEAR
// c3 {ML} ×4, {PL} ×4 → OVERLAP
// c4 no answers → NO DATA
// c5 {DS} ×3, {ML} ×3, {DS,ML} ×2 → DS .625, ML .625 → OVERLAP
const before = heatmap([
  ['c1', { nobody: 4, [own(DE)]: 2, [own(ML)]: 2 }],
  ['c2', { [own(DE)]: 6, [own(DS)]: 2 }],
  ['c3', { [own(ML)]: 4, [own(PL)]: 4 }],
  ['c4', {}],
  ['c5', { [own(DS)]: 3, [own(ML)]: 3, [own(DS, ML)]: 2 }],
]);
// B:
// c1 {DE} ×7, {ML} ×1 → DE .875 → CLEAR; agreement (21 + 0) / 28 = .75
// c2 {DE} ×4, {DE,DS} ×4 → DE 1, DS .5 → OVERLAP
// c3 {ML} ×7, one "don't know" → ML 1 → CLEAR (answered 7)
// c4 {DS} ×1 → CLEAR
// c5 nobody ×5, {DS} ×3 → nobody .625 → GAP
const after = heatmap([
  ['c1', { [own(DE)]: 7, [own(ML)]: 1 }],
  ['c2', { [own(DE)]: 4, [own(DE, DS)]: 4 }],
  ['c3', { [own(ML)]: 7, unknown: 1 }],
  ['c4', { [own(DS)]: 1 }],
  ['c5', { nobody: 5, [own(DS)]: 3 }],
]);
const comparison = compareHeatmaps(before, after, roleIds);
const props = { roles, concerns, comparison, before, after, title: 'Payments team', subtitle: '12 March → 20 November 2026', labels: { a: '12 Mar', b: '20 Nov' } };

const MINUS = '\u2212';

function cell(doc: XNode, concernId: string, key: { role: string } | { column: 'nobody' | 'agreement' }): { text: string; delta: string | undefined; fill: string | undefined; ink: string | undefined; tooltip: string | null } {
  const g = one(doc, (n) => n.attrs['data-concern-id'] === concernId && ('role' in key ? n.attrs['data-role-id'] === key.role : n.attrs['data-column'] === key.column));
  const text = one(g, (n) => n.name === 'text');
  const rect = one(g, (n) => n.name === 'rect');
  const title = all(g, (n) => n.name === 'title')[0];
  return { text: textOf(text), delta: text.attrs['data-delta'], fill: rect.attrs.fill, ink: text.attrs.fill, tooltip: title ? textOf(title) : null };
}

function status(doc: XNode, concernId: string): { from: string | undefined; to: string | undefined; changed: string | undefined; shown: string[] } {
  const g = one(doc, (n) => n.attrs['data-concern-id'] === concernId && n.attrs['data-column'] === 'status');
  return { from: g.attrs['data-status-from'], to: g.attrs['data-status-to'], changed: g.attrs['data-changed'], shown: all(g, (n) => n.name === 'text').map(textOf) };
}

// --- tests -----------------------------------------------------------------------------------

describe('renderDifferenceHeatmapSvgString', () => {
  const picture = readSvg(renderDifferenceHeatmapSvgString(props));
  const { doc, root } = picture;
  // c1 GAP → CLEAR, c2 CLEAR → OVERLAP, c3 OVERLAP → CLEAR, c4 NO DATA → CLEAR, c5 OVERLAP → GAP: the aria-label says what changed
  itIsAStandaloneSvg(() => picture, { ariaLabel: 'Difference heatmap from 12 Mar to 20 Nov: 5 concerns, 4 roles, 5 status changes, 1 gap closed, 1 new gap', title: 'Payments team' });

  it('marks itself as the difference heatmap', () => {
    expect(root.attrs['data-difference-heatmap']).toBe('true');
  });

  it('names the two sides, the rounds and θ under the title', () => {
    const texts = all(root, (n) => n.name === 'text').map(textOf);
    expect(texts).toContain('12 March → 20 November 2026');
    expect(texts).toContain('Whole room · change in percentage points · round 1 → round 1 · owner threshold θ = 50%');
  });

  it('prints the signed change in percentage points in every cell, with the exact change alongside', () => {
    // c1: DE .875 − .25 = +.625 (62.5 rounds away from zero to 63); ML .125 − .25 = −.125 → −13;
    //     DS and PL 0; nobody 0 − .5
    expect(cell(doc, 'c1', { role: DE })).toMatchObject({ text: '+63', delta: '0.625' });
    expect(cell(doc, 'c1', { role: ML })).toMatchObject({ text: `${MINUS}13`, delta: '-0.125' });
    expect(cell(doc, 'c1', { role: DS })).toMatchObject({ text: '0', delta: '0' });
    expect(cell(doc, 'c1', { column: 'nobody' })).toMatchObject({ text: `${MINUS}50`, delta: '-0.5' });
    // c2: DS .5 − .25; c3: ML 1 − .5, PL 0 − .5; c5: nobody .625 − 0, ML 0 − .625
    expect(cell(doc, 'c2', { role: DS })).toMatchObject({ text: '+25', delta: '0.25' });
    expect(cell(doc, 'c3', { role: PL })).toMatchObject({ text: `${MINUS}50`, delta: '-0.5' });
    expect(cell(doc, 'c5', { column: 'nobody' })).toMatchObject({ text: '+63', delta: '0.625' });
    expect(cell(doc, 'c5', { role: ML })).toMatchObject({ text: `${MINUS}63`, delta: '-0.625' });
    const values = all(root, (n) => n.attrs['data-role-id'] !== undefined);
    expect(values).toHaveLength(concerns.length * roles.length);
  });

  it('colours each cell by its change on the diverging scale: blue up, orange down, neutral for none', () => {
    for (const c of comparison.concerns.filter((x) => x.comparable)) {
      for (const r of roleIds) expect(cell(doc, c.concernId, { role: r }).fill).toBe(deltaColor(c.shareDelta![r] ?? 0));
      expect(cell(doc, c.concernId, { column: 'nobody' }).fill).toBe(deltaColor(c.nobodyDelta!));
    }
    expect(cell(doc, 'c1', { role: DE }).fill).toBe(deltaColor(0.625));
    expect(cell(doc, 'c1', { role: DS }).fill).toBe('#f7f7f7');
  });

  it('shows the status before and after as worded badges, with = when unchanged', () => {
    expect(status(doc, 'c1')).toEqual({ from: 'gap', to: 'clear', changed: 'true', shown: ['GAP', '→', 'CLEAR'] });
    expect(status(doc, 'c2')).toEqual({ from: 'clear', to: 'overlap', changed: 'true', shown: ['CLEAR', '→', 'OVERLAP'] });
    expect(status(doc, 'c5')).toEqual({ from: 'overlap', to: 'gap', changed: 'true', shown: ['OVERLAP', '→', 'GAP'] });
    const same = parse(renderDifferenceHeatmapSvgString({ ...props, comparison: compareHeatmaps(before, before, roleIds), after: before }));
    expect(status(same, 'c3')).toEqual({ from: 'overlap', to: 'overlap', changed: 'false', shown: ['OVERLAP', '=', 'OVERLAP'] });
    const tooltip = one(one(doc, (n) => n.attrs['data-concern-id'] === 'c1' && n.attrs['data-column'] === 'status'), (n) => n.name === 'title');
    expect(textOf(tooltip)).toBe('Status: GAP → CLEAR');
  });

  it('shows the agreement change, – where agreement is undefined on a side', () => {
    // c1: .75 − 2/7 = .4643 → +46
    const c1 = cell(doc, 'c1', { column: 'agreement' });
    expect(c1.text).toBe('+46');
    expect(Number(c1.delta)).toBeCloseTo(0.75 - 2 / 7, 12);
    // c4: B has one respondent, so no agreement
    expect(cell(doc, 'c4', { column: 'agreement' })).toMatchObject({ text: '–', delta: undefined, fill: NO_DATA_FILL });
  });

  it('shows – and no change for a concern one side has no answers for', () => {
    const row = one(root, attr('data-concern-row', 'c4'));
    expect(row.attrs['data-comparable']).toBe('false');
    for (const r of roleIds) expect(cell(doc, 'c4', { role: r })).toMatchObject({ text: '–', delta: undefined, fill: NO_DATA_FILL, tooltip: null });
    expect(cell(doc, 'c4', { column: 'nobody' }).text).toBe('–');
    expect(status(doc, 'c4')).toMatchObject({ from: 'no data', to: 'clear' });
  });

  it('says where each number comes from in a tooltip, and the answered counts of both sides', () => {
    expect(cell(doc, 'c1', { role: DE }).tooltip).toBe('Data Engineering: 25% → 88% (+63 points)');
    expect(cell(doc, 'c1', { column: 'nobody' }).tooltip).toBe(`Nobody: 50% → 0% (${MINUS}50 points)`);
    expect(cell(doc, 'c1', { column: 'agreement' }).tooltip).toBe('Agreement: 29% → 75% (+46 points)');
    const answered = one(root, (n) => n.attrs['data-concern-id'] === 'c3' && n.attrs['data-column'] === 'answered');
    expect(textOf(answered)).toBe('8 → 7');
    expect([answered.attrs['data-answered-from'], answered.attrs['data-answered-to']]).toEqual(['8', '7']);
  });

  it('keeps every number readable on its fill (≥ 4.5:1)', () => {
    const cells = all(root, (n) => n.attrs['data-role-id'] !== undefined || n.attrs['data-column'] === 'nobody' || n.attrs['data-column'] === 'agreement');
    expect(cells.length).toBe(5 * (4 + 2));
    for (const g of cells) {
      const fill = one(g, (n) => n.name === 'rect').attrs.fill ?? '';
      const ink = one(g, (n) => n.name === 'text').attrs.fill ?? '';
      expect({ fill, ink, ok: contrastRatio(fill, ink) >= 4.5 }).toEqual({ fill, ink, ok: true });
    }
  });

  it('explains the scale, its direction, the status pair and the badges in the legend', () => {
    const legend = one(root, attr('data-legend', 'true'));
    const texts = all(legend, (n) => n.name === 'text').map(textOf);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Change, percentage points (20 Nov − 12 Mar)',
        `${MINUS}100`,
        `${MINUS}50`,
        '0',
        '+50',
        '+100',
        '← lower in 20 Nov',
        'higher in 20 Nov →',
        'Status: in 12 Mar → in 20 Nov; “=” when unchanged',
        'GAP',
        'OVERLAP',
        'CLEAR',
        'NO DATA',
      ]),
    );
    expect(all(legend, (n) => n.attrs['data-delta'] !== undefined || n.attrs['data-concern-id'] !== undefined)).toHaveLength(0);
  });

  it('groups rows under category headers like the heatmap', () => {
    const sequence = all(root, (n) => n.attrs['data-category'] !== undefined || n.attrs['data-concern-row'] !== undefined).map((n) => n.attrs['data-category'] ?? n.attrs['data-concern-row']);
    expect(sequence).toEqual(['Pipelines', 'c1', 'c2', 'Deployment', 'c3', 'c4', 'c5']);
  });
});

describe('DifferenceHeatmapSvg options', () => {
  it('works from the comparison alone: sides called A and B, no answered column, no tooltips', () => {
    const doc = parse(renderDifferenceHeatmapSvgString({ roles, concerns, comparison }));
    const texts = all(doc, (n) => n.name === 'text').map(textOf);
    expect(texts).toContain('Ownership change');
    expect(texts).toContain('A → B');
    expect(texts).toContain('Whole room · change in percentage points');
    expect(all(doc, attr('data-column', 'answered'))).toHaveLength(0);
    expect(all(doc, attr('data-header', 'answered'))).toHaveLength(0);
    expect(cell(doc, 'c1', { role: DE })).toMatchObject({ text: '+63', tooltip: null });
  });

  it('names both thresholds when they differ', () => {
    const doc = parse(renderDifferenceHeatmapSvgString({ ...props, after: { ...after, threshold: 0.6, round: 2 } }));
    expect(all(doc, (n) => n.name === 'text').map(textOf)).toContain('Whole room · change in percentage points · round 1 → round 2 · owner threshold θ = 50% → 60%');
  });

  it('draws a concern the comparison lacks as a row without numbers', () => {
    const partial = { concerns: comparison.concerns.filter((c) => c.concernId !== 'c2') };
    const doc = parse(renderDifferenceHeatmapSvgString({ ...props, comparison: partial }));
    expect(cell(doc, 'c2', { role: DE })).toMatchObject({ text: '–', delta: undefined });
    expect(status(doc, 'c2')).toMatchObject({ from: 'no data', to: 'no data' });
  });

  it('shows only the concerns in `order`, in that order', () => {
    const doc = parse(renderDifferenceHeatmapSvgString({ ...props, order: ['c5', 'c1'] }));
    expect(all(doc, (n) => n.attrs['data-concern-row'] !== undefined).map((n) => n.attrs['data-concern-row'])).toEqual(['c5', 'c1']);
    expect(all(doc, (n) => n.attrs['data-category'] !== undefined)).toHaveLength(0);
  });

  it('scales to its container on screen and can leave out the legend', () => {
    const doc = parse(renderToStaticMarkup(<DifferenceHeatmapSvg {...props} responsive showLegend={false} />));
    expect(svgRoot(doc).attrs.width).toBe('100%');
    expect(svgRoot(doc).attrs.height).toBeUndefined();
    expect(all(doc, attr('data-legend', 'true'))).toHaveLength(0);
  });

  it('widens the legend ramp for long side names rather than letting its labels collide', () => {
    const labels = { a: 'Payments team, spring workshop', b: 'Payments team, autumn workshop' };
    const layout = differenceLayout({ ...props, labels });
    const ramp = layout.legend?.items.find((i) => i.kind === 'ramp');
    expect(ramp?.width).toBeGreaterThanOrEqual(estimateTextWidth(`lower in ${labels.b}  higher in ${labels.b}`, 12) + 24);
    expect(ramp?.width).toBeGreaterThanOrEqual(estimateTextWidth(`Change, percentage points (${labels.b} − ${labels.a})`, 13));
  });
});

// the words a German caller passes (built from its catalogue the way HeatmapSvg's are)
const GERMAN: HeatmapText = {
  ...HEATMAP_TEXT_EN,
  locale: 'de',
  percent: (share) => formatSharePercent('de', share),
  integer: (value) => formatInteger('de', value),
  wholeRoom: 'Alle Teilnehmenden',
  uncategorised: 'Ohne Kategorie',
  columns: { concern: 'Aufgabe', status: 'Status', nobody: 'Niemand', agreement: 'Einigkeit', answered: 'Antworten' },
  status: { ...HEATMAP_TEXT_EN.status, gap: 'LÜCKE', overlap: 'ÜBERLAPPUNG', clear: 'KLAR', 'no data': 'KEINE DATEN' },
  legend: { ...HEATMAP_TEXT_EN.legend, clear: 'genau eine zuständige Rolle', agreement: 'Einigkeit: 100 % = alle haben gleich geantwortet' },
  difference: {
    title: 'Veränderung der Zuständigkeiten',
    points: 'Veränderung in Prozentpunkten',
    rounds: (from, to) => `Runde ${from} → Runde ${to}`,
    theta: (theta) => `Zuständigkeitsschwelle θ = ${theta}`,
    columns: { status: 'Statusänderung', statusHeader: (a, b) => `Status: ${a} → ${b}`, agreement: 'Änderung der Einigkeit' },
    legend: {
      ramp: (a, b) => `Veränderung in Prozentpunkten (${b} − ${a})`,
      lower: (b) => `niedriger in ${b}`,
      higher: (b) => `höher in ${b}`,
      change: (a, b) => `Status: in ${a} → in ${b}; „=“ wenn unverändert`,
      gap: 'keine zuständige Rolle, oder „niemand“ erreicht θ',
      overlap: '2 oder mehr zuständige Rollen',
      noData: 'keine Antworten',
      noNumber: 'kein Wert: eine Seite hat keine Antworten',
    },
    unchanged: (status) => `${status} (unverändert)`,
    tooltip: (name, text) => `${name}: ${text}`,
    fromTo: (from, to, delta) => `${from} → ${to} (${delta} Prozentpunkte)`,
    aria: (a, b, s) => `Heatmap der Veränderung von ${a} zu ${b}: ${s.concerns} Aufgaben, ${s.roles} Rollen, ${s.changed} Statusänderungen, ${s.closedGaps} Lücke geschlossen, ${s.newGaps} neue Lücke`,
  },
};

describe('DifferenceHeatmapSvg in German', () => {
  const labels = { a: '12. März', b: '20. Nov.' };
  const doc = parse(renderDifferenceHeatmapSvgString({ roles, concerns, comparison, before, after, labels, text: GERMAN }));
  // Intl spaces "25 %" with a no-break space
  const plain = (s: string | null | undefined): string => (s ?? '').replace(/\s/g, ' ');
  const texts = all(doc, (n) => n.name === 'text').map((n) => plain(textOf(n)));
  const tooltips = all(doc, (n) => n.name === 'title').map((n) => plain(textOf(n)));

  it('draws its title, the line of facts, the headers and the legend in the words it is given', () => {
    expect(texts).toEqual(
      expect.arrayContaining([
        'Veränderung der Zuständigkeiten',
        'Alle Teilnehmenden · Veränderung in Prozentpunkten · Runde 1 → Runde 1 · Zuständigkeitsschwelle θ = 50 %',
        'Veränderung in Prozentpunkten (20. Nov. − 12. März)',
        '← niedriger in 20. Nov.',
        'höher in 20. Nov. →',
        'Status: in 12. März → in 20. Nov.; „=“ wenn unverändert',
        'keine zuständige Rolle, oder „niemand“ erreicht θ',
        '– kein Wert: eine Seite hat keine Antworten',
        'Einigkeit: 100 % = alle haben gleich geantwortet',
        'Aufgabe',
        'Niemand',
        'Antworten',
      ]),
    );
    // a header wraps onto lines of its own
    const header = (id: string) => all(one(doc, attr('data-header', id)), (n) => n.name === 'tspan').map(textOf).join(' ');
    expect(header('status')).toContain('Status: 12. März → 20. Nov.');
    expect(header('agreement')).toBe('Änderung der Einigkeit');
  });

  it('labels the badges and the tooltips in German', () => {
    expect(status(doc, 'c1').shown).toEqual(['LÜCKE', '→', 'KLAR']);
    expect(status(doc, 'c4').shown).toEqual(['KEINE DATEN', '→', 'KLAR']);
    expect(tooltips).toContain('Status: LÜCKE → KLAR');
    expect(plain(cell(doc, 'c1', { role: DE }).tooltip)).toBe('Data Engineering: 25 % → 88 % (+63 Prozentpunkte)');
    expect(plain(cell(doc, 'c1', { column: 'nobody' }).tooltip)).toBe(`Niemand: 50 % → 0 % (${MINUS}50 Prozentpunkte)`);
    expect(plain(cell(doc, 'c1', { column: 'agreement' }).tooltip)).toBe('Einigkeit: 29 % → 75 % (+46 Prozentpunkte)');
    expect(plain(svgRoot(doc).attrs['aria-label'])).toBe('Heatmap der Veränderung von 12. März zu 20. Nov.: 5 Aufgaben, 4 Rollen, 5 Statusänderungen, 1 Lücke geschlossen, 1 neue Lücke');
  });

  it('prints no English word of its own', () => {
    const own = [...texts, ...tooltips, plain(svgRoot(doc).attrs['aria-label'])].join('\n');
    for (const english of ['Ownership', 'change', 'Whole room', 'points', 'round', 'owner', 'lower', 'higher', 'unchanged', 'Nobody', 'Agreement', 'Answered', 'Concern', 'GAP', 'CLEAR', 'OVERLAP', 'NO DATA', 'answers']) {
      expect({ english, found: own.includes(english) }).toEqual({ english, found: false });
    }
  });
});

describe('a large comparison: 20 roles × 100 concerns', () => {
  const bigRoles: TRole[] = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, name: `Role number ${i}` }));
  const ids = bigRoles.map((r) => r.id);
  const bigConcerns: TConcern[] = Array.from({ length: 100 }, (_, i) => ({ id: `k${i}`, title: `A fairly long concern title ${i}`, description: '', category: `Category ${Math.floor(i / 10)}` }));
  const side = (shift: number): THeatmap =>
    heatmap(bigConcerns.map((c, i): [string, Record<string, number>] => [c.id, { [`owners:r${(i + shift) % 20}`]: 3, [`owners:r${(i * 3) % 20}`]: 2, nobody: shift }]));
  const bigProps = { roles: bigRoles, concerns: bigConcerns, comparison: compareHeatmaps(side(0), side(1), ids) };
  const layout = differenceLayout(bigProps);
  const doc = parse(renderDifferenceHeatmapSvgString(bigProps));

  it('prints a signed whole number in all 2,000 cells', () => {
    const cells = all(doc, (n) => n.attrs['data-role-id'] !== undefined);
    expect(cells).toHaveLength(2000);
    for (const c of cells) expect(textOf(c)).toMatch(/^(\+\d{1,3}|\u2212\d{1,3}|0)$/);
  });

  it('keeps columns at least 48 wide, apart, and wide enough for "−100"', () => {
    const values = layout.columns.filter((c) => c.kind === 'role' || c.kind === 'nobody');
    for (const c of values) expect(c.width).toBeGreaterThanOrEqual(48);
    for (let i = 1; i < layout.columns.length; i++) {
      const [prev, cur] = [layout.columns[i - 1], layout.columns[i]];
      if (prev && cur) expect(cur.x).toBeGreaterThanOrEqual(prev.x + prev.width);
    }
    expect(estimateTextWidth(`${MINUS}100`, layout.cellFontSize)).toBeLessThanOrEqual((values[0]?.width ?? 0) - 4);
    expect(values.every((c) => c.header.rotated)).toBe(true);
  });
});
