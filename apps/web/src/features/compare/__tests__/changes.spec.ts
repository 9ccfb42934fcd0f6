import { type TConcern, type THeatmap, type TSessionComparison, compareHeatmaps, computeConcernAggregate, remapHeatmap } from '@thinline/shared';
import { showLocale } from '../../../i18n/__tests__/show-locale';
import { agreementChanges, agreementWord, alignedAfter, biggestMoves, changeKind, changeKindText, parsePair, sessionStatusWord, sideLabels, statusChanges, statusWord } from '../lib/changes';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [DE, ML, DS] = [id(1), id(2), id(3)];
const [B_DE, B_ML] = [id(11), id(12)];
const C = [id(21), id(22), id(23), id(24), id(25)];
const B_C = [id(31), id(32), id(33), id(34), id(35)];
const concern = (cid: string, title: string): TConcern => ({ id: cid, title, description: '', category: '' });

function heatmap(sessionId: string, roleIds: string[], rows: [string, Record<string, number>][]): THeatmap {
  return {
    sessionId,
    round: 1,
    segment: null,
    threshold: 0.5,
    minSegmentSize: 3,
    participants: 4,
    answers: 16,
    suppressed: false,
    concerns: rows.map(([concernId, counts]) => computeConcernAggregate({ concernId, counts: new Map(Object.entries(counts)), roleIds, threshold: 0.5 })),
  };
}

// A: C0 nobody ×4 (gap, agreement 1); C1 {DE} ×4 (clear, 1); C2 {DE} ×2 {ML} ×2 (overlap, 1/3); C3 {ML} ×4 (clear); C4 none
const heatmapA = heatmap(id(100), [DE, ML, DS], [
  [C[0]!, { nobody: 4 }],
  [C[1]!, { [`owners:${DE}`]: 4 }],
  [C[2]!, { [`owners:${DE}`]: 2, [`owners:${ML}`]: 2 }],
  [C[3]!, { [`owners:${ML}`]: 4 }],
  [C[4]!, {}],
]);
// B (other workshop, its own ids; no Data Science): C0 {DE} ×4 clear; C1 nobody ×4 gap; C2 {DE} ×4 clear;
// C3 {DE,ML} ×4 overlap; C4 {ML} ×1 clear
const heatmapB = heatmap(id(200), [B_ML, B_DE], [
  [B_C[0]!, { [`owners:${B_DE}`]: 4 }],
  [B_C[1]!, { nobody: 4 }],
  [B_C[2]!, { [`owners:${B_DE}`]: 4 }],
  [B_C[3]!, { [`owners:${B_DE},${B_ML}`]: 4 }],
  [B_C[4]!, { [`owners:${B_ML}`]: 1 }],
]);
const titles = ['Ingestion', 'Feature store', 'Serving', 'Monitoring', 'Retraining'];
const roles = [
  { id: DE, name: 'Data Engineering', bId: B_DE, matchedBy: 'title' as const },
  { id: ML, name: 'MLOps', bId: B_ML, matchedBy: 'title' as const },
];
const concerns = titles.map((t, i) => ({ ...concern(C[i]!, t), bId: B_C[i]!, matchedBy: 'title' as const }));
const bInA = remapHeatmap(heatmapB, new Map(concerns.map((c) => [c.bId, c.id])), new Map(roles.map((r) => [r.bId, r.id])));
const comparison: TSessionComparison = {
  a: { id: id(100), workshopId: id(101), title: 'Payments', status: 'closed', createdAt: '2026-03-12T10:00:00.000Z', participants: 4 },
  b: { id: id(200), workshopId: id(201), title: 'Payments again', status: 'closed', createdAt: '2026-11-20T10:00:00.000Z', participants: 4 },
  sameWorkshop: false,
  roles,
  concerns,
  unmatched: { a: { roles: [{ id: DS, name: 'Data Science' }], concerns: [] }, b: { roles: [], concerns: [] } },
  heatmapA,
  heatmapB,
  comparison: compareHeatmaps(heatmapA, bInA, [DE, ML]),
};

beforeEach(() => showLocale('en'));

describe('changeKind', () => {
  it('names the news a status change is', () => {
    expect(changeKind('clear', 'clear')).toBeNull();
    expect(changeKind('clear', 'gap')).toBe('new-gap');
    expect(changeKind('overlap', 'gap')).toBe('new-gap');
    expect(changeKind('clear', 'overlap')).toBe('new-overlap');
    expect(changeKind('gap', 'clear')).toBe('gap-closed');
    expect(changeKind('gap', 'overlap')).toBe('gap-closed');
    expect(changeKind('overlap', 'clear')).toBe('overlap-resolved');
    expect(changeKind('no data', 'clear')).toBe('one-side');
    expect(changeKind('gap', 'no data')).toBe('one-side');
  });
});

describe('statusChanges', () => {
  it('lists every changed concern, new gaps first, then new overlaps, closed gaps, resolved overlaps, one-sided', () => {
    expect(statusChanges(comparison).map((c) => [c.title, c.from, c.to, c.kind])).toEqual([
      ['Feature store', 'clear', 'gap', 'new-gap'],
      ['Monitoring', 'clear', 'overlap', 'new-overlap'],
      ['Ingestion', 'gap', 'clear', 'gap-closed'],
      ['Serving', 'overlap', 'clear', 'overlap-resolved'],
      ['Retraining', 'no data', 'clear', 'one-side'],
    ]);
  });

  it('says what moved most, in signed points', () => {
    const [featureStore, monitoring, ingestion, serving, retraining] = statusChanges(comparison);
    // Feature store: DE 0 − 1, nobody 1 − 0
    expect(featureStore?.moves).toEqual(['Data Engineering −100 pts', 'Nobody +100 pts']);
    // Monitoring: DE +100, ML 1 − 1 = 0 (left out)
    expect(monitoring?.moves).toEqual(['Data Engineering +100 pts']);
    expect(ingestion?.moves).toEqual(['Data Engineering +100 pts', 'Nobody −100 pts']);
    // Serving: DE 1 − .5, ML 0 − .5
    expect(serving?.moves).toEqual(['Data Engineering +50 pts', 'MLOps −50 pts']);
    expect(retraining?.moves).toEqual([]);
  });

  it('says the moves in the shown language, "Nobody" included', () => {
    showLocale('de');
    expect(statusChanges(comparison)[0]?.moves).toEqual(['Data Engineering −100 Pp.', 'Niemand +100 Pp.']);
    showLocale('ja');
    expect(statusChanges(comparison)[0]?.moves).toEqual(['Data Engineering −100 pt', '担当なし +100 pt']);
  });
});

describe('the words of a change', () => {
  it('name each status, kind of change (with its count) and session status, in English and Japanese', () => {
    expect([statusWord('gap'), statusWord('overlap'), statusWord('clear'), statusWord('no data')]).toEqual(['Gap', 'Overlap', 'Clear', 'No data']);
    expect(changeKindText('gap-closed', 1)).toEqual({ title: 'Gaps closed (1)', hint: 'These have an owner now.' });
    expect(changeKindText('new-gap', 2).title).toBe('New gaps (2)');
    expect([sessionStatusWord('lobby'), sessionStatusWord('live'), sessionStatusWord('closed')]).toEqual(['Lobby', 'Live', 'Closed']);
    showLocale('ja');
    expect([statusWord('gap'), statusWord('overlap'), statusWord('clear'), statusWord('no data')]).toEqual(['空白', '重複', '明確', 'データなし']);
    expect(changeKindText('gap-closed', 1)).toEqual({ title: '解消した空白（1）', hint: 'これらには担当が決まりました。' });
    expect(sessionStatusWord('closed')).toBe('終了');
  });
});

describe('biggestMoves', () => {
  it('keeps the largest few, biggest first', () => {
    const change = { concernId: C[0]!, shareDelta: { [DE]: 0.1, [ML]: -0.4 }, nobodyDelta: 0.25, statusFrom: 'clear', statusTo: 'clear', agreementDelta: null, comparable: true } as const;
    expect(biggestMoves(change, roles, 2)).toEqual(['MLOps −40 pts', 'Nobody +25 pts']);
    expect(biggestMoves({ ...change, comparable: false }, roles)).toEqual([]);
    showLocale('fr');
    expect(biggestMoves(change, roles, 2)).toEqual(['MLOps −40 pts', 'Personne +25 pts']);
  });
});

describe('agreementChanges', () => {
  it('pairs each concern’s agreement through bId, the largest changes first and the undefined last', () => {
    const items = agreementChanges(comparison);
    expect(items.map((i) => i.title)).toEqual(['Serving', 'Ingestion', 'Feature store', 'Monitoring', 'Retraining']);
    // Serving: 1/3 → 1
    expect(items[0]?.before).toBeCloseTo(1 / 3, 12);
    expect(items[0]).toMatchObject({ after: 1 });
    expect(items[0]?.delta).toBeCloseTo(2 / 3, 12);
    expect(items[1]).toMatchObject({ before: 1, after: 1, delta: 0 });
    expect(items[4]).toMatchObject({ before: null, after: null, delta: null });
  });

  it('puts the change in words', () => {
    expect(agreementWord(0.2)).toBe('more agreement');
    expect(agreementWord(-0.2)).toBe('less agreement');
    expect(agreementWord(0.001)).toBe('about the same');
    expect(agreementWord(null)).toBe('cannot be compared');
    showLocale('es');
    expect([agreementWord(0.2), agreementWord(-0.2), agreementWord(0.001), agreementWord(null)]).toEqual(['más acuerdo', 'menos acuerdo', 'más o menos igual', 'no se puede comparar']);
  });
});

describe('alignedAfter', () => {
  it('restates B in A’s ids for the picture', () => {
    const after = alignedAfter(comparison);
    expect(after.concerns.map((c) => c.concernId)).toEqual(C);
    expect(after.concerns[0]?.shares).toEqual({ [ML]: 0, [DE]: 1 });
  });
});

describe('sideLabels and parsePair', () => {
  const fmt = (iso: string) => iso.slice(0, 10);
  it('calls the sides by their dates, or A and B when those are alike', () => {
    expect(sideLabels(comparison, fmt)).toEqual({ a: '2026-03-12', b: '2026-11-20' });
    expect(sideLabels({ ...comparison, b: { ...comparison.b, createdAt: '2026-03-12T18:00:00.000Z' } }, fmt)).toEqual({ a: 'A', b: 'B' });
  });

  it('reads ?a= and ?b=, blank as missing', () => {
    expect(parsePair(new URLSearchParams('a=x&b=y'))).toEqual({ a: 'x', b: 'y' });
    expect(parsePair(new URLSearchParams('a=%20&b='))).toEqual({ a: null, b: null });
    expect(parsePair(new URLSearchParams(''))).toEqual({ a: null, b: null });
  });
});
