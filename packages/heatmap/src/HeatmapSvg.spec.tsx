import { renderToStaticMarkup } from 'react-dom/server';
import { HEATMAP_TEXT_EN, type TConcern, type TConcernAggregate, type THeatmap, type TRole, type TShownConcernAggregate, suppressedConcernAggregate } from '@thinline/shared';
import { HeatmapSvg } from './HeatmapSvg.js';
import { HEADER_FONT, HEADER_FONT_MIN, estimateTextWidth, fitText, valueHeaderFor, wrapText } from './frame.js';
import { heatmapLayout } from './layout.js';
import { renderHeatmapSvgString } from './render.js';
import { contrastRatio } from './scale.js';
import { type XNode, all, attr, itIsAStandaloneSvg, readSvg, one, parse, svgRoot, textOf } from './__tests__/svg-xml.js';

// --- fixtures --------------------------------------------------------------------------------

const DE = 'role-de';
const ML = 'role-ml';
const DS = 'role-ds';
const roles: TRole[] = [
  { id: DE, name: 'Data Engineering' },
  { id: ML, name: 'MLOps / ML Engineering' },
  { id: DS, name: 'Data Science' },
];

const concern = (id: string, category: string, title = `Concern ${id}`): TConcern => ({ id, title, description: `What ${id} means.`, category });

function agg(concernId: string, over: Partial<TShownConcernAggregate>): TShownConcernAggregate {
  return {
    concernId,
    answered: 4,
    unknown: 0,
    shares: {},
    nobody: 0,
    owners: [],
    status: 'clear',
    agreement: 0.5,
    confidence: null,
    suppressed: false,
    ...over,
  };
}

function heatmapOf(concerns: TConcernAggregate[], over: Partial<THeatmap> = {}): THeatmap {
  return { sessionId: 's1', round: 1, segment: null, threshold: 0.5, minSegmentSize: 3, participants: 6, answers: 20, suppressed: false, concerns, ...over };
}

// categories interleave on purpose: the default order groups them by first appearance
const concerns: TConcern[] = [
  concern('c1', 'Pipelines', 'Ingestion and ETL pipelines'),
  concern('c2', 'Deployment', 'Model deployment'),
  concern('c3', 'Pipelines', 'Streaming data'),
  concern('c4', 'Deployment', 'Serving infrastructure'),
  concern('c5', 'Deployment', 'Retraining'),
];

const aggregates: TConcernAggregate[] = [
  agg('c1', { shares: { [DE]: 0.75, [ML]: 0.25, [DS]: 0 }, owners: [DE], status: 'clear', agreement: 0.5 }),
  agg('c2', { answered: 5, unknown: 2, shares: { [DE]: 0.6, [ML]: 0.6, [DS]: 0.2 }, owners: [DE, ML], status: 'overlap', agreement: 1 / 3 }),
  agg('c3', { answered: 5, shares: { [DE]: 0.2, [ML]: 0.2 }, nobody: 0.6, status: 'gap', agreement: 0.4 }),
  agg('c4', { answered: 0, shares: {}, status: 'no data', agreement: null }),
  agg('c5', { answered: 1, shares: { [DS]: 1 }, owners: [DS], status: 'clear', agreement: null }),
];

const props = { roles, concerns, heatmap: heatmapOf(aggregates), title: 'Team Atlas', subtitle: '12 March 2026 · 6 participants' };

function cell(doc: XNode, concernId: string, roleId: string): { text: string; share: string | undefined; owner: boolean; node: XNode } {
  const g = one(doc, (n) => n.attrs['data-concern-id'] === concernId && n.attrs['data-role-id'] === roleId);
  const t = one(g, (n) => n.name === 'text');
  return { text: textOf(t), share: t.attrs['data-share'], owner: g.attrs['data-owner'] === 'true', node: g };
}

const column = (doc: XNode, concernId: string, kind: string): XNode =>
  one(doc, (n) => n.attrs['data-concern-id'] === concernId && n.attrs['data-column'] === kind);

// --- tests -----------------------------------------------------------------------------------

describe('renderHeatmapSvgString', () => {
  const picture = readSvg(renderHeatmapSvgString(props));
  const { doc, root } = picture;
  itIsAStandaloneSvg(() => picture, { ariaLabel: 'Ownership heatmap: 5 concerns, 3 roles, 1 gap, 1 overlap', title: 'Team Atlas' });

  it('is 1,600 units wide by default', () => {
    expect(Number(root.attrs.width)).toBe(1600);
  });

  it('shows the title, the subtitle and the threshold', () => {
    const texts = all(root, (n) => n.name === 'text').map(textOf);
    expect(texts).toContain('Team Atlas');
    expect(texts).toContain('12 March 2026 · 6 participants');
    expect(texts).toContain('Whole room · round 1 · owner threshold θ = 50%');
  });

  it('prints the rounded percentage in every cell, 0% included, with the exact share alongside', () => {
    expect(cell(doc, 'c1', DE)).toMatchObject({ text: '75%', share: '0.75' });
    expect(cell(doc, 'c1', ML)).toMatchObject({ text: '25%', share: '0.25' });
    expect(cell(doc, 'c1', DS)).toMatchObject({ text: '0%', share: '0' });
    expect(cell(doc, 'c2', DS)).toMatchObject({ text: '20%', share: '0.2' });
    // a role missing from the shares record was named by nobody
    expect(cell(doc, 'c3', DS)).toMatchObject({ text: '0%', share: '0' });
    // one answer is not a room's view: below k answers the row says TOO FEW, not 100%
    expect(cell(doc, 'c5', DS)).toMatchObject({ text: '–', share: undefined });
    expect(one(doc, (n) => n.attrs['data-concern-row'] === 'c5').attrs['data-status']).toBe('too few');
  });

  it('draws the room\'s most named RACI letter in the corner of each cell it is given for, and none where the row has no numbers', () => {
    const lettered = parse(renderHeatmapSvgString({ ...props, roomLetters: { c1: { [DE]: 'A', [ML]: 'C' }, c5: { [DS]: 'R' } } }));
    const letters = all(lettered, (n) => n.attrs['data-room-letter'] !== undefined).map((n) => n.attrs['data-room-letter']);
    // c5 has too few answers: no numbers, so no letter either
    expect(letters.sort()).toEqual(['A', 'C']);
    expect(all(doc, (n) => n.attrs['data-room-letter'] !== undefined)).toHaveLength(0);
  });

  it('outlines owner cells (share ≥ θ) and only those', () => {
    const owners = all(root, (n) => n.attrs['data-owner'] === 'true').map((n) => `${n.attrs['data-concern-id']}:${n.attrs['data-role-id']}`);
    expect(owners.sort()).toEqual(['c1:role-de', 'c2:role-de', 'c2:role-ml']);
    const outline = all(cell(doc, 'c1', DE).node, (n) => n.name === 'rect' && n.attrs['stroke-width'] === '3');
    expect(outline).toHaveLength(1);
    expect(all(cell(doc, 'c1', ML).node, (n) => n.attrs.stroke !== undefined)).toHaveLength(0);
  });

  it('marks every row with a worded badge', () => {
    const badge = (id: string): { status: string | undefined; text: string } => {
      const g = column(doc, id, 'status');
      return { status: g.attrs['data-status'], text: textOf(g) };
    };
    expect(badge('c1')).toEqual({ status: 'clear', text: 'CLEAR' });
    expect(badge('c2')).toEqual({ status: 'overlap', text: 'OVERLAP' });
    expect(badge('c3')).toEqual({ status: 'gap', text: 'GAP' });
    expect(badge('c4')).toEqual({ status: 'no data', text: 'NO DATA' });
  });

  it('estimates Japanese text a full em a character, so a title is fitted to its column', () => {
    expect(estimateTextWidth('データ保存', 20)).toBe(100);
    expect(estimateTextWidth('（ETL）', 10)).toBeCloseTo(20 + 0.76 * 30);
    expect(fitText('データ保存とデータウェアハウス', 150, 20)).toEqual({ lines: ['データ保存と…'], truncated: true });
  });

  it('sets a badge word longer than English smaller, inside its badge', () => {
    const german = { ...HEATMAP_TEXT_EN, status: { ...HEATMAP_TEXT_EN.status, overlap: 'ÜBERLAPPUNG', clear: 'KLAR' } };
    const translated = parse(renderHeatmapSvgString({ ...props, text: german }));
    const word = (id: string) => one(column(translated, id, 'status'), (n) => n.name === 'text');
    const badge = one(column(translated, 'c2', 'status'), (n) => n.name === 'rect');
    const size = Number(word('c2').attrs['font-size']);
    // the English words keep the badge's type size; the long one fits the space right of the icon
    expect(Number(word('c1').attrs['font-size'])).toBe(Number(one(column(doc, 'c1', 'status'), (n) => n.name === 'text').attrs['font-size']));
    expect(size).toBeLessThan(Number(word('c1').attrs['font-size']));
    expect(estimateTextWidth('ÜBERLAPPUNG', size, true)).toBeLessThanOrEqual(Number(badge.attrs.width) - 20);
  });

  it('shows nobody, agreement (– when undefined) and answered per row', () => {
    expect(textOf(column(doc, 'c3', 'nobody'))).toBe('60%');
    expect(one(column(doc, 'c3', 'nobody'), (n) => n.name === 'text').attrs['data-share']).toBe('0.6');
    expect(textOf(column(doc, 'c2', 'agreement'))).toBe('33%');
    expect(column(doc, 'c2', 'agreement').attrs['data-agreement']).toBe(String(1 / 3));
    expect(textOf(column(doc, 'c5', 'agreement'))).toBe('–');
    expect(column(doc, 'c5', 'agreement').attrs['data-agreement']).toBeUndefined();
    expect(textOf(column(doc, 'c2', 'answered'))).toBe('5');
    expect(column(doc, 'c2', 'answered').attrs['data-unknown']).toBe('2');
    expect(textOf(column(doc, 'c4', 'answered'))).toBe('0');
  });

  it('shows – and no share for a concern nobody has answered', () => {
    for (const r of [DE, ML, DS]) expect(cell(doc, 'c4', r)).toMatchObject({ text: '–', share: undefined, owner: false });
    expect(textOf(column(doc, 'c4', 'nobody'))).toBe('–');
    expect(textOf(column(doc, 'c4', 'agreement'))).toBe('–');
  });

  it('groups rows under category headers in order of first appearance', () => {
    const sequence = all(root, (n) => n.attrs['data-category'] !== undefined || n.attrs['data-concern-row'] !== undefined).map(
      (n) => n.attrs['data-category'] ?? n.attrs['data-concern-row'],
    );
    expect(sequence).toEqual(['Pipelines', 'c1', 'c3', 'Deployment', 'c2', 'c4', 'c5']);
  });

  it('keeps every text readable on its fill (≥ 4.5:1)', () => {
    const groups = all(root, (n) => n.name === 'g' && n.children.some((c) => typeof c !== 'string' && c.name === 'rect' && c.attrs.fill !== 'none'));
    let checked = 0;
    for (const g of groups) {
      const fill = g.children.find((c): c is XNode => typeof c !== 'string' && c.name === 'rect')?.attrs.fill;
      const ink = g.children.find((c): c is XNode => typeof c !== 'string' && c.name === 'text')?.attrs.fill;
      if (!fill || !ink || !fill.startsWith('#')) continue;
      expect({ fill, ink, ok: contrastRatio(fill, ink) >= 4.5 }).toEqual({ fill, ink, ok: true });
      checked++;
    }
    // role and nobody cells, badges, legend
    expect(checked).toBeGreaterThan(5 * 4 + 5);
  });

  it('explains the scale, the threshold, the outline and the badges in the legend', () => {
    const legend = one(root, attr('data-legend', 'true'));
    const texts = all(legend, (n) => n.name === 'text').map(textOf);
    expect(texts).toEqual(expect.arrayContaining(['0%', '50%', '100%', 'θ', 'Owner: share ≥ θ = 50%', 'GAP', 'OVERLAP', 'CLEAR', 'NO DATA']));
    expect(texts).not.toContain('HIDDEN');
    // the outlined sample is drawn, but it is not a data cell
    const sample = one(legend, attr('data-legend', 'owner'));
    expect(all(sample, (n) => n.name === 'rect' && n.attrs['stroke-width'] === '3')).toHaveLength(1);
    expect(all(legend, (n) => n.attrs['data-owner'] !== undefined || n.attrs['data-share'] !== undefined)).toHaveLength(0);
  });
});

describe('HeatmapSvg options', () => {
  it('shows only the concerns in `order`, in that order, without category rows', () => {
    const doc = parse(renderHeatmapSvgString({ ...props, order: ['c5', 'missing', 'c2', 'c5'] }));
    const rows = all(doc, (n) => n.attrs['data-concern-row'] !== undefined).map((n) => n.attrs['data-concern-row']);
    expect(rows).toEqual(['c5', 'c2']);
    expect(all(doc, (n) => n.attrs['data-category'] !== undefined)).toHaveLength(0);
    expect(svgRoot(doc).attrs['aria-label']).toBe('Ownership heatmap: 2 concerns, 3 roles, 0 gaps, 1 overlap');
  });

  it('can leave out the legend', () => {
    const doc = parse(renderHeatmapSvgString({ ...props, showLegend: false }));
    expect(all(doc, attr('data-legend', 'true'))).toHaveLength(0);
  });

  it('draws no category rows when no concern has a category', () => {
    const plain = concerns.map((c) => ({ ...c, category: '' }));
    const doc = parse(renderHeatmapSvgString({ ...props, concerns: plain }));
    expect(all(doc, (n) => n.attrs['data-category'] !== undefined)).toHaveLength(0);
    expect(all(doc, (n) => n.attrs['data-concern-row'] !== undefined)).toHaveLength(5);
  });

  it('falls back to a default title and a participant count', () => {
    const doc = parse(renderHeatmapSvgString({ roles, concerns, heatmap: heatmapOf(aggregates) }));
    const texts = all(doc, (n) => n.name === 'text').map(textOf);
    expect(texts).toContain('Ownership heatmap');
    expect(texts).toContain('6 participants · 20 answers');
  });

  it('names the segment it shows', () => {
    const doc = parse(renderHeatmapSvgString({ ...props, heatmap: heatmapOf(aggregates, { segment: DS }) }));
    expect(all(doc, (n) => n.name === 'text').map(textOf)).toContain('Segment: as Data Science see it · round 1 · owner threshold θ = 50%');
  });

  it('scales to its container on screen (React in the browser)', () => {
    const doc = parse(renderToStaticMarkup(<HeatmapSvg {...props} responsive />));
    const root = svgRoot(doc);
    expect(root.attrs.width).toBe('100%');
    expect(root.attrs.height).toBeUndefined();
    expect(root.attrs.viewBox).toMatch(/^0 0 1600 \d+$/);
  });

  it('truncates a long role name and keeps the full name in a <title>', () => {
    const long = 'Enterprise Data Platform Reliability and Operations Engineering Guild';
    const doc = parse(renderHeatmapSvgString({ ...props, roles: [...roles, { id: 'role-long', name: long }] }));
    const header = one(doc, attr('data-header', 'role-long'));
    expect(textOf(one(header, (n) => n.name === 'title'))).toBe(long);
    const shown = all(header, (n) => n.name === 'text').map(textOf).join(' ');
    expect(shown.endsWith('…')).toBe(true);
    // short names are not given a redundant tooltip
    expect(all(one(doc, attr('data-header', DE)), (n) => n.name === 'title')).toHaveLength(0);
  });
});

describe('anonymity', () => {
  it('hides a suppressed segment and says why', () => {
    const hidden = heatmapOf(
      aggregates.map((a) => suppressedConcernAggregate(a.concernId)),
      { suppressed: true, segment: DE, minSegmentSize: 3 },
    );
    const svg = renderHeatmapSvgString({ ...props, heatmap: hidden });
    const doc = parse(svg);
    const message = 'Fewer than 3 respondents in this segment: hidden to keep answers anonymous';
    expect(textOf(one(doc, attr('data-suppressed-message', 'true')))).toBe(message);
    expect(svgRoot(doc).attrs['aria-label']).toBe(`Ownership heatmap: 5 concerns, 3 roles. ${message}`);
    expect(svgRoot(doc).attrs['data-suppressed']).toBe('true');
    expect(svg).not.toContain('data-share=');
    expect(svg).not.toContain('data-answered=');
    expect(all(doc, (n) => n.attrs['data-role-id'] !== undefined).map((n) => textOf(n))).toEqual(Array(15).fill('–'));
    expect(new Set(all(doc, attr('data-column', 'status')).map(textOf))).toEqual(new Set(['HIDDEN']));
  });

  it('hides one suppressed concern and leaves the rest', () => {
    const some = heatmapOf(aggregates.map((a): TConcernAggregate => (a.concernId === 'c2' ? suppressedConcernAggregate(a.concernId) : a)));
    const doc = parse(renderHeatmapSvgString({ ...props, heatmap: some }));
    expect(cell(doc, 'c2', DE)).toMatchObject({ text: '–', share: undefined, owner: false });
    expect(textOf(column(doc, 'c2', 'status'))).toBe('HIDDEN');
    expect(textOf(column(doc, 'c2', 'answered'))).toBe('–');
    expect(cell(doc, 'c1', DE).text).toBe('75%');
    expect(all(doc, attr('data-suppressed-message', 'true'))).toHaveLength(0);
    // the legend explains the badge only once it appears
    expect(all(one(doc, attr('data-legend', 'true')), (n) => n.name === 'text').map(textOf)).toContain('HIDDEN');
  });
});

describe('a large workshop: 20 roles × 100 concerns', () => {
  const bigRoles: TRole[] = Array.from({ length: 20 }, (_, i) => ({ id: `r${i}`, name: `${['Data Engineering', 'MLOps / ML Engineering', 'Platform / Operations'][i % 3]} ${i}` }));
  const bigConcerns: TConcern[] = Array.from({ length: 100 }, (_, i) =>
    concern(`k${i}`, `Category ${Math.floor(i / 10)}`, `A fairly long concern title that needs room ${i}`),
  );
  const bigAggregates = bigConcerns.map((c, i) => {
    const shares: Record<string, number> = {};
    bigRoles.forEach((r, j) => (shares[r.id] = ((i * 7 + j * 3) % 13) / 12 > 1 ? 1 : ((i * 7 + j * 3) % 13) / 12));
    const owners = bigRoles.filter((r) => (shares[r.id] ?? 0) >= 0.5).map((r) => r.id);
    return agg(c.id, { answered: 12, shares, owners, status: owners.length > 1 ? 'overlap' : owners.length === 1 ? 'clear' : 'gap' });
  });
  const big = { roles: bigRoles, concerns: bigConcerns, heatmap: heatmapOf(bigAggregates) };
  const layout = heatmapLayout(big);
  const svg = renderHeatmapSvgString(big);
  const doc = parse(svg);

  it('renders every cell with a number', () => {
    const cells = all(doc, (n) => n.attrs['data-role-id'] !== undefined && n.attrs['data-concern-id'] !== undefined);
    expect(cells).toHaveLength(2000);
    for (const c of cells) expect(textOf(c)).toMatch(/^\d{1,3}%$/);
    expect(svg).not.toContain('NaN');
  });

  it('has a sane viewBox: the default width, a height that grows with the rows', () => {
    const [, , w, h] = (svgRoot(doc).attrs.viewBox ?? '').split(' ').map(Number);
    expect(w).toBe(1600);
    expect(h).toBeGreaterThan(100 * layout.rowHeight);
    expect(h).toBeLessThan(100 * layout.rowHeight + 10 * 40 + 900);
    expect(h).toBe(layout.height);
  });

  it('keeps columns legible and apart', () => {
    const values = layout.columns.filter((c) => c.kind === 'role' || c.kind === 'nobody');
    for (const c of values) expect(c.width).toBeGreaterThanOrEqual(48);
    for (let i = 1; i < layout.columns.length; i++) {
      const prev = layout.columns[i - 1];
      const cur = layout.columns[i];
      if (prev && cur) expect(cur.x).toBeGreaterThanOrEqual(prev.x + prev.width);
    }
    const last = layout.columns[layout.columns.length - 1];
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeLessThanOrEqual(layout.width - layout.padding);
    expect(layout.cellFontSize).toBeGreaterThanOrEqual(11);
    // "100%" in bold fits inside the owner outline
    expect(estimateTextWidth('100%', layout.cellFontSize, true)).toBeLessThanOrEqual((values[0]?.width ?? 0) - 9.5);
    // narrow columns rotate their headers instead of squeezing them
    expect(values.every((c) => c.header.rotated)).toBe(true);
  });

  it('fits every row label into its column', () => {
    const label = layout.columns.find((c) => c.kind === 'label');
    for (const row of layout.rows) {
      if (row.kind !== 'concern') continue;
      expect(row.label.lines.length).toBeLessThanOrEqual(2);
      for (const line of row.label.lines) expect(estimateTextWidth(line, layout.labelFontSize)).toBeLessThanOrEqual((label?.width ?? 0) - 16);
    }
  });

  it('grows wider rather than squeezing columns when the width asked for is too small', () => {
    const narrow = heatmapLayout({ ...big, width: 800 });
    expect(narrow.width).toBeGreaterThan(800);
    expect(narrow.columns.filter((c) => c.kind === 'role').every((c) => c.width >= 48)).toBe(true);
  });
});

describe('text fitting', () => {
  it('leaves text that fits alone', () => {
    expect(fitText('Data Science', 200, 14)).toEqual({ lines: ['Data Science'], truncated: false });
    expect(wrapText('MLOps / ML Engineering', 400, 14, 3)).toEqual({ lines: ['MLOps / ML Engineering'], truncated: false });
  });

  it('cuts with an ellipsis to the width', () => {
    const fitted = fitText('A very long concern title that does not fit', 120, 14);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines[0]?.endsWith('…')).toBe(true);
    expect(estimateTextWidth(fitted.lines[0] ?? '', 14)).toBeLessThanOrEqual(120);
  });

  it('wraps on words within the line limit', () => {
    const wrapped = wrapText('Compliance and audit records for regulators and internal auditors', 180, 15, 2);
    expect(wrapped.lines).toHaveLength(2);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines[1]?.endsWith('…')).toBe(true);
    for (const l of wrapped.lines) expect(estimateTextWidth(l, 15)).toBeLessThanOrEqual(180);
    expect(wrapText('Platform / Operations', 110, 14, 3, true)).toEqual({ lines: ['Platform /', 'Operations'], truncated: false });
  });

  it('cuts a single word longer than the line', () => {
    const wrapped = wrapText('Supercalifragilisticexpialidocious engineering', 100, 14, 2);
    expect(wrapped.truncated).toBe(true);
    for (const l of wrapped.lines) expect(estimateTextWidth(l, 14)).toBeLessThanOrEqual(100);
  });
});

describe('role headers', () => {
  const names = ['Data Engineering', 'MLOps / ML Engineering', 'Data Science', 'Platform / Operations', 'Nobody'];

  it('shrink together until their longest word fits, instead of cutting "Engineering"', () => {
    // a column where "Engineering" does not fit at the full header font (the 1280-wide projector's)
    const column = Math.ceil(estimateTextWidth('Engineering', HEADER_FONT, true)) + 4;
    expect(wrapText('Data Engineering', column - 12, HEADER_FONT, 3, true).truncated).toBe(true);
    const header = valueHeaderFor(column, names);
    const headers = names.map(header);
    expect(headers.map((h) => h.truncated)).toEqual(names.map(() => false));
    expect(headers[0]!.lines).toEqual(['Data', 'Engineering']);
    const font = headers[0]!.fontSize;
    expect(font).toBeLessThan(HEADER_FONT);
    expect(font).toBeGreaterThanOrEqual(HEADER_FONT_MIN);
    expect(new Set(headers.map((h) => h.fontSize))).toEqual(new Set([font]));
    for (const h of headers) for (const line of h.lines) expect(estimateTextWidth(line, font, true)).toBeLessThanOrEqual(column - 12);
  });

  it('keep the full font where every word fits, and cut only below the smallest font', () => {
    expect(valueHeaderFor(200, names)('Data Engineering').fontSize).toBe(HEADER_FONT);
    // the narrowest column that still sets headers horizontally, and a word no font fits there
    const word = 'Supercalifragilisticexpialidocious';
    expect(estimateTextWidth(word, HEADER_FONT_MIN, true)).toBeGreaterThan(100 - 12);
    const cut = valueHeaderFor(100, [word])(word);
    expect(cut.fontSize).toBe(HEADER_FONT_MIN);
    expect(cut.truncated).toBe(true);
  });
});

describe('decided rows', () => {
  const concerns = [concern('c1', 'Pipelines'), concern('c2', 'Pipelines')];
  const heatmap = heatmapOf([agg('c1', { shares: { [DE]: 0.75, [ML]: 0.5 }, owners: [DE, ML], status: 'overlap' }), agg('c2', { shares: { [DE]: 1 }, owners: [DE] })]);
  const decisions = { c1: { raci: { [DE]: 'A', [ML]: 'R' }, label: 'Decided: A Data Engineering · R MLOps / ML Engineering' } };
  const render = (hide: boolean) => renderToStaticMarkup(<HeatmapSvg roles={roles} concerns={concerns} heatmap={heatmap} decisions={decisions} hideDecidedNumbers={hide} />);

  it('marks each decided role\'s letter in its cell, beside the room\'s numbers', () => {
    const svg = render(false);
    expect(svg).toContain('data-decided="Decided: A Data Engineering · R MLOps / ML Engineering"');
    expect([...svg.matchAll(/data-decided-letter="([ARCI])"/g)].map((m) => m[1])).toEqual(['A', 'R']);
    expect(svg).toContain('>75%<');
    expect(svg).not.toContain('data-decided-across');
  });

  it('hides the numbers of decided rows when asked, with the decision written across them', () => {
    const svg = render(true);
    expect(svg).toContain('data-decided-across="c1"');
    expect(svg).not.toContain('>75%<');
    // the undecided row keeps its numbers
    expect(svg).toContain('>100%<');
  });
});
