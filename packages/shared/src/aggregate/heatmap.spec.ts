import { ZHeatmap, type TConcernAggregate, type THeatmap, type TShownConcernAggregate } from '../contracts/aggregate.js';
import { answerKey } from './answer-key.js';
import { suppressedConcernAggregate } from './concern.js';
import { buildHeatmap, hiddenSegments, type BuildHeatmapInput } from './heatmap.js';
import { SessionTally } from './tally.js';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SESSION = id(1);
const DEV = id(11);
const OPS = id(12);
const ROLES = [DEV, OPS];
const [C1, C2, C3, C4] = [id(21), id(22), id(23), id(24)];
const K_DEV = answerKey({ choice: 'owners', owners: [DEV] });
const K_OPS = answerKey({ choice: 'owners', owners: [OPS] });
const K_BOTH = answerKey({ choice: 'owners', owners: [DEV, OPS] });

/**
 * Round 1 (own role → answers):
 *   dev ×4 (d1..d4), ops ×2 (o1, o2), other ×1 (x1)
 *   C1: d1 {DEV} conf 5, d2 {DEV} conf 3, d3 {DEV,OPS}, d4 unknown, o1 nobody, o2 {OPS}, x1 {DEV}
 *   C2: d1 {OPS}, d2 {OPS}, o1 {OPS}
 *   C3: d1 unknown, d2 unknown, d3 nobody
 *   C4: nothing
 * Round 2: C1: d1 {OPS}
 */
function roomTally(): SessionTally {
  const t = new SessionTally();
  const add = (round: number, concernId: string, ownRole: string, key: string, confidence: number | null = null) =>
    t.apply({ round, concernId, ownRole, from: null, to: { key, confidence } });
  add(1, C1, DEV, K_DEV, 5);
  add(1, C1, DEV, K_DEV, 3);
  add(1, C1, DEV, K_BOTH);
  add(1, C1, DEV, 'unknown');
  add(1, C1, OPS, 'nobody');
  add(1, C1, OPS, K_OPS);
  add(1, C1, 'other', K_DEV);
  add(1, C2, DEV, K_OPS);
  add(1, C2, DEV, K_OPS);
  add(1, C2, OPS, K_OPS);
  add(1, C3, DEV, 'unknown');
  add(1, C3, DEV, 'unknown');
  add(1, C3, DEV, 'nobody');
  add(2, C1, DEV, K_OPS);
  return t;
}

const base = (overrides: Partial<BuildHeatmapInput> = {}): BuildHeatmapInput => ({
  sessionId: SESSION,
  round: 1,
  roleIds: ROLES,
  concernIds: [C1, C2, C3, C4],
  threshold: 0.5,
  minSegmentSize: 3,
  tally: roomTally(),
  segment: null,
  participantsByRole: { [DEV]: 4, [OPS]: 2, other: 1 },
  ...overrides,
});

function concern(h: THeatmap, concernId: string): TConcernAggregate {
  const c = h.concerns.find((x) => x.concernId === concernId);
  if (!c) throw new Error(`no concern ${concernId}`);
  return c;
}

/** A concern that must be shown (not suppressed), with its numbers typed as numbers. */
function shown(h: THeatmap, concernId: string): TShownConcernAggregate {
  const c = concern(h, concernId);
  if (c.suppressed) throw new Error(`concern ${concernId} is suppressed`);
  return c;
}

/**
 * Suppressed: no number at all (null, never 0, which would read as "nobody named this role"):
 * the value of the one builder of a suppressed aggregate, which concern.spec pins field by field.
 */
function expectSuppressed(c: TConcernAggregate): void {
  expect(c).toEqual(suppressedConcernAggregate(c.concernId));
}

describe('buildHeatmap', () => {
  it('whole room: every own role merged, never suppressed', () => {
    const h = buildHeatmap(base());
    expect(ZHeatmap.parse(h)).toEqual(h);
    // participants 4 + 2 + 1 = 7; answers C1 7 + C2 3 + C3 3 + C4 0 = 13
    expect(h).toMatchObject({ sessionId: SESSION, round: 1, segment: null, threshold: 0.5, minSegmentSize: 3, participants: 7, answers: 13, suppressed: false });
    expect(h.concerns.map((c) => c.concernId)).toEqual([C1, C2, C3, C4]);

    // C1: N = 6 ({DEV}×3, {DEV,OPS}×1, nobody×1, {OPS}×1), unknown 1
    //     DEV 4/6 = 2/3 ≥ 0.5 owner; OPS 2/6 = 1/3; nobody 1/6 → clear
    //     agreement: 15 pairs; C(3,2) = 3 same + {DEV}–{DEV,OPS} 3 × 1/2 + {DEV,OPS}–{OPS} 1 × 1/2 = 5 → 5/15 = 1/3
    //     confidence (5 + 3) / 2 = 4
    const c1 = shown(h, C1);
    expect(c1).toMatchObject({ answered: 6, unknown: 1, owners: [DEV], status: 'clear', confidence: 4, suppressed: false });
    expect(c1.shares[DEV]).toBeCloseTo(2 / 3, 15);
    expect(c1.shares[OPS]).toBeCloseTo(1 / 3, 15);
    expect(c1.nobody).toBeCloseTo(1 / 6, 15);
    expect(c1.agreement).toBeCloseTo(1 / 3, 15);

    // C2: {OPS}×3 → OPS 3/3 = 1, clear, agreement 1
    expect(concern(h, C2)).toMatchObject({ answered: 3, unknown: 0, shares: { [DEV]: 0, [OPS]: 1 }, owners: [OPS], status: 'clear', agreement: 1 });
    // C3: N = 1 (nobody), unknown 2 → nobody 1/1 → gap; agreement null
    expect(concern(h, C3)).toMatchObject({ answered: 1, unknown: 2, nobody: 1, owners: [], status: 'gap', agreement: null });
    // C4: nothing → no data, but not suppressed in the whole-room view
    expect(concern(h, C4)).toMatchObject({ answered: 0, unknown: 0, status: 'no data', suppressed: false });
  });

  it('preserves the given concern order and only lists those concerns', () => {
    const h = buildHeatmap(base({ concernIds: [C3, C1, C4] }));
    expect(h.concerns.map((c) => c.concernId)).toEqual([C3, C1, C4]);
    // answers C3 3 + C1 7 + C4 0 = 10 (C2 not listed)
    expect(h.answers).toBe(10);
  });

  it('a segment at or above k is shown; its concerns below k respondents are suppressed', () => {
    const h = buildHeatmap(base({ segment: DEV }));
    expect(ZHeatmap.parse(h)).toEqual(h);
    // dev participants 4 ≥ k = 3 → shown
    expect(h).toMatchObject({ segment: DEV, participants: 4, suppressed: false });

    // C1 (dev): {DEV}×2, {DEV,OPS}×1, unknown 1 → 4 respondents ≥ 3, shown
    //   N = 3; DEV 3/3 = 1; OPS 1/3; clear; agreement 3 pairs: 1 + 2 × 1/2 = 2 → 2/3
    const c1 = shown(h, C1);
    expect(c1).toMatchObject({ answered: 3, unknown: 1, owners: [DEV], status: 'clear', suppressed: false, confidence: 4 });
    expect(c1.shares[DEV]).toBe(1);
    expect(c1.shares[OPS]).toBeCloseTo(1 / 3, 15);
    expect(c1.agreement).toBeCloseTo(2 / 3, 15);

    // C2 (dev): 2 respondents < 3 → suppressed, its numbers null
    expectSuppressed(concern(h, C2));
    // C3 (dev): answered 1 + unknown 2 = 3 respondents ≥ 3 → shown ("don't know" counts toward k)
    expect(concern(h, C3)).toMatchObject({ answered: 1, unknown: 2, status: 'gap', suppressed: false });
    // C4 (dev): 0 respondents < 3 → suppressed
    expectSuppressed(concern(h, C4));
    // answers over the shown concerns: C1 4 + C3 3 = 7 (suppressed ones add 0)
    expect(h.answers).toBe(7);
  });

  it('a segment below k is suppressed whole, every concern without numbers', () => {
    // ops participants 2 < k = 3
    const h = buildHeatmap(base({ segment: OPS }));
    expect(ZHeatmap.parse(h)).toEqual(h);
    expect(h).toMatchObject({ segment: OPS, participants: 2, answers: 0, suppressed: true });
    expect(h.concerns).toHaveLength(4);
    for (const c of h.concerns) expectSuppressed(c);
  });

  it('a segment of exactly k participants is shown (3 ≥ 3), one fewer is not (2 < 3)', () => {
    expect(buildHeatmap(base({ segment: DEV, participantsByRole: { [DEV]: 3, [OPS]: 3 } })).suppressed).toBe(false);
    expect(buildHeatmap(base({ segment: DEV, participantsByRole: { [DEV]: 2, [OPS]: 3 } })).suppressed).toBe(true);
  });

  it('hides the smallest shown segment too when the hidden ones hold fewer than k people: the room minus the shown segments would be them', () => {
    // ops 2 < 3 is hidden; the room minus dev would be those 2 ops people, so dev hides as well
    expect(buildHeatmap(base({ segment: DEV, participantsByRole: { [DEV]: 3, [OPS]: 2 } })).suppressed).toBe(true);
    expect(buildHeatmap(base({ segment: OPS, participantsByRole: { [DEV]: 3, [OPS]: 2 } })).suppressed).toBe(true);
    // ops 2 + other 1 = 3 hidden people: k-anonymous together, dev stays shown (the base room)
    expect(buildHeatmap(base({ segment: DEV })).suppressed).toBe(false);
    // one person in a role among three full ones: only the smallest full role joins them
    const room = { [DEV]: 5, [OPS]: 1, other: 3, undisclosed: 4 };
    expect([...hiddenSegments(room, 3)].sort()).toEqual([OPS, 'other'].sort());
    expect(buildHeatmap(base({ segment: DEV, participantsByRole: room })).suppressed).toBe(false);
    expect(buildHeatmap(base({ segment: 'other', participantsByRole: room })).suppressed).toBe(true);
    // nobody small: nothing extra is hidden; a room smaller than k hides every segment
    expect([...hiddenSegments({ [DEV]: 3, [OPS]: 0 }, 3)]).toEqual([]);
    expect([...hiddenSegments({ [DEV]: 1, [OPS]: 1 }, 3)].sort()).toEqual([DEV, OPS].sort());
  });

  it('a segment with no participants (not in participantsByRole) is suppressed', () => {
    const h = buildHeatmap(base({ segment: 'undisclosed' }));
    expect(h).toMatchObject({ participants: 0, answers: 0, suppressed: true });
  });

  it('k = 1 shows any segment with a participant; k = 5 hides the 4-person dev segment', () => {
    const small = buildHeatmap(base({ segment: OPS, minSegmentSize: 1 }));
    // ops C1: nobody×1, {OPS}×1 → N 2; OPS 1/2 = 0.5 owner, nobody 1/2 ≥ 0.5 → gap
    expect(small.suppressed).toBe(false);
    expect(concern(small, C1)).toMatchObject({ answered: 2, nobody: 0.5, owners: [OPS], status: 'gap', agreement: 0 });
    expect(buildHeatmap(base({ segment: DEV, minSegmentSize: 5 })).suppressed).toBe(true);
  });

  it('the whole room is never suppressed, even with one participant', () => {
    const t = new SessionTally();
    t.apply({ round: 1, concernId: C1, ownRole: DEV, from: null, to: { key: K_DEV, confidence: null } });
    const h = buildHeatmap(base({ tally: t, participantsByRole: { [DEV]: 1 } }));
    expect(h).toMatchObject({ participants: 1, answers: 1, suppressed: false });
    expect(concern(h, C1)).toMatchObject({ answered: 1, owners: [DEV], status: 'clear', suppressed: false });
  });

  it('reads only the requested round', () => {
    const h = buildHeatmap(base({ round: 2 }));
    // round 2: C1 {OPS}×1 → OPS 1/1 owner, agreement null; others no data
    expect(h.round).toBe(2);
    expect(h.answers).toBe(1);
    expect(concern(h, C1)).toMatchObject({ answered: 1, shares: { [DEV]: 0, [OPS]: 1 }, owners: [OPS], status: 'clear', agreement: null });
    expect(concern(h, C2).status).toBe('no data');
  });
});
