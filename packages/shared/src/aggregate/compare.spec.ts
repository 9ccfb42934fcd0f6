import type { TConcernAggregate, THeatmap, TShownConcernAggregate } from '../contracts/aggregate.js';
import { compareHeatmaps, convergence, discussionQueue, perceptionGap, perceptionGaps } from './compare.js';
import { computeConcernAggregate, suppressedConcernAggregate } from './concern.js';

const ROLES = ['dev', 'ops', 'sec'];

const fromCounts = (concernId: string, entries: Record<string, number>): TConcernAggregate =>
  computeConcernAggregate({ concernId, counts: new Map(Object.entries(entries)), roleIds: ROLES, threshold: 0.5 });

/** A hand-made aggregate for tests that only look at status / agreement. */
const mk = (concernId: string, over: Partial<TShownConcernAggregate>): TShownConcernAggregate => ({
  concernId,
  answered: 4,
  unknown: 0,
  shares: { dev: 0, ops: 0, sec: 0 },
  nobody: 0,
  owners: [],
  status: 'clear',
  agreement: null,
  confidence: null,
  suppressed: false,
  ...over,
});

const heatmap = (concerns: TConcernAggregate[], over: Partial<THeatmap> = {}): THeatmap => ({
  sessionId: 's',
  round: 1,
  segment: null,
  threshold: 0.5,
  minSegmentSize: 3,
  participants: 10,
  answers: 10,
  suppressed: false,
  concerns,
  ...over,
});

// A: {dev}×3, {ops}×1 → N 4: dev 3/4 = .75, ops 1/4 = .25, sec 0
const A = fromCounts('c1', { 'owners:dev': 3, 'owners:ops': 1 });
// B: {dev}×1, {ops}×2, nobody×1 → N 4: dev .25, ops .5, sec 0
const B = fromCounts('c1', { 'owners:dev': 1, 'owners:ops': 2, nobody: 1 });

describe('perceptionGap', () => {
  it('is ½ Σ_r |share_A − share_B|', () => {
    // ½ (|.75 − .25| + |.25 − .5| + |0 − 0|) = ½ (.5 + .25) = .375
    expect(perceptionGap(A, B, ROLES)).toBe(0.375);
    expect(perceptionGap(B, A, ROLES)).toBe(0.375); // symmetric
    expect(perceptionGap(A, A, ROLES)).toBe(0);
  });

  it('is 1 for disjoint single owners, and can exceed 1 with multi-owner answers', () => {
    // {dev}×2 vs {ops}×2: ½ (1 + 1 + 0) = 1
    expect(perceptionGap(fromCounts('c', { 'owners:dev': 2 }), fromCounts('c', { 'owners:ops': 2 }), ROLES)).toBe(1);
    // {dev,ops,sec}×1 vs nobody×1: ½ (1 + 1 + 1) = 1.5
    expect(perceptionGap(fromCounts('c', { 'owners:dev,ops,sec': 1 }), fromCounts('c', { nobody: 1 }), ROLES)).toBe(1.5);
  });

  it('only sums over the given roles', () => {
    // roles [ops] only: ½ |.25 − .5| = .125
    expect(perceptionGap(A, B, ['ops'])).toBe(0.125);
  });

  it('is null when either side is suppressed or has answered = 0', () => {
    expect(perceptionGap(A, suppressedConcernAggregate('c1'), ROLES)).toBeNull();
    expect(perceptionGap(suppressedConcernAggregate('c1'), A, ROLES)).toBeNull();
    expect(perceptionGap(A, fromCounts('c1', { unknown: 4 }), ROLES)).toBeNull();
    expect(perceptionGap(fromCounts('c1', {}), A, ROLES)).toBeNull();
  });
});

describe('perceptionGaps', () => {
  it('pairs concerns by id, null where one side is missing or suppressed', () => {
    const a = heatmap([A, fromCounts('c2', { 'owners:sec': 3 }), fromCounts('c3', { 'owners:dev': 3 })]);
    const b = heatmap([fromCounts('c3', { 'owners:dev': 1, 'owners:sec': 1 }), B, suppressedConcernAggregate('c2')]);
    // c1 .375 as above; c2 suppressed in b → null;
    // c3: a dev 1; b dev 1/2, sec 1/2 → ½ (.5 + 0 + .5) = .5
    expect(perceptionGaps(a, b, ROLES)).toEqual({ c1: 0.375, c2: null, c3: 0.5 });
    // a concern missing from b → null
    expect(perceptionGaps(a, heatmap([B]), ROLES)).toEqual({ c1: 0.375, c2: null, c3: null });
  });
});

describe('convergence', () => {
  it('is agreement(last) − agreement(first), null if either is null or missing', () => {
    const first = heatmap([mk('c1', { agreement: 0.25 }), mk('c2', { agreement: null }), mk('c3', { agreement: 0.5 }), mk('c4', { agreement: 0.5 })]);
    const last = heatmap([mk('c1', { agreement: 1 }), mk('c2', { agreement: 0.5 }), mk('c3', { agreement: 0.25 }), mk('c5', { agreement: 1 })], { round: 2 });
    // c1 1 − .25 = .75; c2 null first → null; c3 .25 − .5 = −.25; c4 / c5 only on one side → null
    expect(convergence(first, last)).toEqual({ c1: 0.75, c2: null, c3: -0.25, c5: null, c4: null });
  });

  it('works on computed aggregates', () => {
    // round 1: {dev}×2, {ops}×2 → 6 pairs, 2 same → 1/3; round 2: {dev}×4 → 1; convergence 1 − 1/3 = 2/3
    const r1 = heatmap([fromCounts('c1', { 'owners:dev': 2, 'owners:ops': 2 })]);
    const r2 = heatmap([fromCounts('c1', { 'owners:dev': 4 })], { round: 2 });
    expect(convergence(r1, r2).c1).toBeCloseTo(2 / 3, 15);
  });
});

describe('discussionQueue', () => {
  const h = heatmap([
    mk('c1', { status: 'clear', agreement: 0.9 }),
    mk('c2', { status: 'gap', agreement: 0.5 }),
    mk('c3', { status: 'overlap', agreement: 0.25 }),
    mk('c4', { status: 'no data', answered: 0 }),
    mk('c5', { status: 'gap', agreement: null }),
    mk('c6', { status: 'gap', agreement: 0.25 }),
    mk('c7', { status: 'clear', agreement: 0.3 }),
    mk('c8', { status: 'clear', agreement: 1 }),
    mk('c9', { status: 'overlap', agreement: 0.25 }),
    suppressedConcernAggregate('c10'),
    mk('c11', { status: 'gap', agreement: 0.5 }),
    mk('c12', { status: 'overlap', agreement: 0.1 }),
  ]);
  const gaps = { c1: 0.2, c2: null, c7: 0.6, c8: null, c11: 0.9 };

  it('orders gaps, then overlaps (lowest agreement first), then clear by largest perception gap, then no data', () => {
    // gaps: c6 (.25), c11 (.5, pg .9) before c2 (.5, pg null), c5 (agreement null → last of gaps)
    // overlaps: c12 (.1), c3 (.25), c9 (.25, tie → original order)
    // clear by perception gap desc: c7 (.6), c1 (.2), c8 (null)
    // no data: c4, c10 (suppressed) in original order
    expect(discussionQueue(h, gaps)).toEqual(['c6', 'c11', 'c2', 'c5', 'c12', 'c3', 'c9', 'c7', 'c1', 'c8', 'c4', 'c10']);
  });

  it('without perception gaps, ties and clear concerns keep the original order', () => {
    // gaps: c6 (.25), c2 and c11 (.5, original order), c5; clear: c1, c7, c8 as listed
    expect(discussionQueue(h)).toEqual(['c6', 'c2', 'c11', 'c5', 'c12', 'c3', 'c9', 'c1', 'c7', 'c8', 'c4', 'c10']);
  });

  it('does not reorder the heatmap it is given', () => {
    discussionQueue(h, gaps);
    expect(h.concerns.map((c) => c.concernId)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11', 'c12']);
  });
});

describe('compareHeatmaps', () => {
  it('gives no delta at all (null, not a change from 0) where either side is suppressed', () => {
    const a = heatmap([A, suppressedConcernAggregate('c2')]);
    const b = heatmap([suppressedConcernAggregate('c1'), fromCounts('c2', { 'owners:dev': 3 })]);
    expect(compareHeatmaps(a, b, ROLES).concerns).toEqual([
      { concernId: 'c1', shareDelta: null, nobodyDelta: null, statusFrom: 'clear', statusTo: 'no data', agreementDelta: null, comparable: false },
      { concernId: 'c2', shareDelta: null, nobodyDelta: null, statusFrom: 'no data', statusTo: 'clear', agreementDelta: null, comparable: false },
    ]);
  });

  it('gives b − a per concern present in both, in a’s order', () => {
    const a = heatmap([
      A, // dev .75, ops .25, nobody 0, clear; agreement: {dev}×3, {ops}×1 → 6 pairs, 3 same → .5
      fromCounts('c2', { 'owners:dev': 1 }), // only in a
      fromCounts('c3', { nobody: 2 }), // gap, agreement 1
      fromCounts('c5', { 'owners:dev': 2 }),
    ]);
    const b = heatmap([
      fromCounts('c3', { 'owners:dev,ops': 2 }), // dev 1, ops 1 → overlap, agreement 1
      fromCounts('c4', { 'owners:sec': 1 }), // only in b
      // {ops}×2, {dev,ops}×1, nobody×1 → N 4: dev .25, ops .75, nobody .25 → clear
      //   agreement: 6 pairs: {ops}–{ops} 1 + {ops}–{dev,ops} 2 × 1/2 = 2 → 1/3
      fromCounts('c1', { 'owners:ops': 2, 'owners:dev,ops': 1, nobody: 1 }),
      fromCounts('c5', { unknown: 3 }), // no data
    ]);
    const r = compareHeatmaps(a, b, ROLES);
    expect(r.concerns.map((c) => c.concernId)).toEqual(['c1', 'c3', 'c5']);
    const [c1, c3, c5] = r.concerns;
    // c1: dev .25 − .75 = −.5; ops .75 − .25 = .5; sec 0; nobody .25 − 0; agreement 1/3 − 1/2 = −1/6
    expect(c1).toMatchObject({ shareDelta: { dev: -0.5, ops: 0.5, sec: 0 }, nobodyDelta: 0.25, statusFrom: 'clear', statusTo: 'clear', comparable: true });
    expect(c1?.agreementDelta).toBeCloseTo(-1 / 6, 15);
    // c3: nobody×2 → {dev,ops}×2: dev +1, ops +1, sec 0; nobody 0 − 1 = −1; gap → overlap; agreement 1 − 1 = 0
    expect(c3).toEqual({ concernId: 'c3', shareDelta: { dev: 1, ops: 1, sec: 0 }, nobodyDelta: -1, statusFrom: 'gap', statusTo: 'overlap', agreementDelta: 0, comparable: true });
    // c5: {dev}×2 (agreement 1) → only "don't know" (no data, agreement null): not comparable
    expect(c5).toMatchObject({ statusFrom: 'clear', statusTo: 'no data', agreementDelta: null, comparable: false });
  });
});
