import type { TShownConcernAggregate } from '../contracts/aggregate.js';
import { discussionQueue } from './compare.js';
import { computeConcernAggregate, suppressedConcernAggregate } from './concern.js';
import { decisionProblems, describeDecisionProblem, formatRaci, proposeDecision, roomChecks, roomRaci, type RaciAnswerGroup } from './raci.js';

const DE = '00000000-0000-4000-8000-0000000000d1';
const ML = '00000000-0000-4000-8000-0000000000d2';
const DS = '00000000-0000-4000-8000-0000000000d3';
const ROLES = [DE, ML, DS];
const NAMES = [
  { id: DE, name: 'Data Engineering' },
  { id: ML, name: 'MLOps' },
  { id: DS, name: 'Data Science' },
];

const agg = (counts: Record<string, number>): TShownConcernAggregate =>
  computeConcernAggregate({ concernId: 'c', counts: new Map(Object.entries(counts)), roleIds: ROLES, threshold: 0.5 });
const key = (...roles: string[]) => `owners:${[...roles].sort().join(',')}`;

describe('roomRaci: the room\'s letters per role', () => {
  it('counts each letter over N(c), "don\'t know" left out, "nobody" in N(c) without a letter', () => {
    const groups: RaciAnswerGroup[] = [
      { choice: 'owners', raci: { [DE]: 'A', [ML]: 'R' }, count: 3 },
      { choice: 'owners', raci: { [ML]: 'A', [DS]: 'C' }, count: 1 },
      { choice: 'nobody', raci: null, count: 1 },
      { choice: 'unknown', raci: null, count: 5 },
    ];
    const r = roomRaci(groups, ROLES);
    // N(c) = 3 + 1 + 1 = 5
    expect(r.answered).toBe(5);
    expect(r.letters[DE]).toEqual({ R: 0, A: 3 / 5, C: 0, I: 0 });
    expect(r.letters[ML]).toEqual({ R: 3 / 5, A: 1 / 5, C: 0, I: 0 });
    expect(r.letters[DS]).toEqual({ R: 0, A: 0, C: 1 / 5, I: 0 });
    // the second group has an A and no R: its A (MLOps) is also responsible
    expect(r.responsible).toEqual({ [DE]: 0, [ML]: 4 / 5, [DS]: 0 });
  });

  it('ignores letters for roles that are not the session\'s, and gives 0 shares with no answers', () => {
    const r = roomRaci([{ choice: 'owners', raci: { 'not-a-role': 'A' }, count: 2 }], ROLES);
    expect(r.answered).toBe(2);
    expect(r.letters[DE]).toEqual({ R: 0, A: 0, C: 0, I: 0 });
    expect(roomRaci([], ROLES).responsible).toEqual({ [DE]: 0, [ML]: 0, [DS]: 0 });
  });
});

describe('roomChecks: the four checks of product.md', () => {
  const clear = agg({ [key(DE)]: 4 });

  it('no-accountable: no A share reaches θ (2 of 5 = 40% < 50%)', () => {
    const r = roomRaci(
      [
        { choice: 'owners', raci: { [DE]: 'A' }, count: 2 },
        { choice: 'owners', raci: { [DE]: 'R' }, count: 3 },
      ],
      ROLES,
    );
    expect(roomChecks(clear, r, 0.5)).toEqual(['no-accountable']);
  });

  it('several-accountable: two roles with A shares ≥ θ (3/6 and 3/6)', () => {
    const r = roomRaci(
      [
        { choice: 'owners', raci: { [DE]: 'A', [ML]: 'R' }, count: 3 },
        { choice: 'owners', raci: { [ML]: 'A', [DE]: 'R' }, count: 3 },
      ],
      ROLES,
    );
    expect(roomChecks(agg({ [key(DE, ML)]: 6 }), r, 0.5)).toEqual(['several-accountable']);
  });

  it('accountable-without-responsible: DE has A 4/4 but every answer names an R below θ (ML 1/4, DS 1/4)', () => {
    const r = roomRaci(
      [
        { choice: 'owners', raci: { [DE]: 'A', [ML]: 'R' }, count: 1 },
        { choice: 'owners', raci: { [DE]: 'A', [DS]: 'R' }, count: 1 },
        { choice: 'owners', raci: { [DE]: 'A', [ML]: 'C', [DS]: 'R' }, count: 0 },
        { choice: 'owners', raci: { [DE]: 'A', [ML]: 'I', [DS]: 'C' }, count: 2 },
      ],
      ROLES,
    );
    // the last group has no R: its A counts as R → DE responsible 2/4 = 50% ≥ θ: no check
    expect(roomChecks(clear, r, 0.5)).toEqual([]);
    // at θ = 75% the A is still there (4/4) but no responsible share reaches 75% (DE 2/4)
    expect(roomChecks(clear, r, 0.75)).toEqual(['accountable-without-responsible']);
  });

  it('unowned: the status is gap, in either mode; nothing for no data or a hidden concern', () => {
    const gap = agg({ nobody: 3, [key(DE)]: 1 });
    expect(gap.status).toBe('gap');
    expect(roomChecks(gap, null, 0.5)).toEqual(['unowned']);
    const r = roomRaci([{ choice: 'nobody', raci: null, count: 3 }, { choice: 'owners', raci: { [DE]: 'A' }, count: 1 }], ROLES);
    expect(roomChecks(gap, r, 0.5)).toEqual(['no-accountable', 'unowned']);
    expect(roomChecks(agg({}), r, 0.5)).toEqual([]);
    expect(roomChecks(suppressedConcernAggregate('c'), r, 0.5)).toEqual([]);
  });

  it('an owners-mode room has only the status check', () => {
    expect(roomChecks(clear, null, 0.5)).toEqual([]);
    expect(roomChecks(agg({ [key(DE, ML)]: 2 }), null, 0.5)).toEqual([]);
  });
});

describe('decisionProblems: exactly one A, at least one R, the session\'s roles', () => {
  it('accepts one A alone (it is also the R) and one A with Rs, Cs and Is', () => {
    expect(decisionProblems({ [DE]: 'A' }, ROLES)).toEqual([]);
    expect(decisionProblems({ [DE]: 'A', [ML]: 'R', [DS]: 'C' }, ROLES)).toEqual([]);
  });

  it('names each broken rule', () => {
    expect(decisionProblems({}, ROLES)).toEqual([{ rule: 'no-accountable' }]);
    expect(decisionProblems({ [DE]: 'R', [ML]: 'C' }, ROLES)).toEqual([{ rule: 'no-accountable' }]);
    expect(decisionProblems({ [DE]: 'A', [ML]: 'A' }, ROLES)).toEqual([{ rule: 'several-accountable', roleIds: [DE, ML] }]);
    const stranger = '00000000-0000-4000-8000-0000000000ff';
    expect(decisionProblems({ [stranger]: 'A' }, ROLES)).toEqual([{ rule: 'unknown-role', roleIds: [stranger] }]);
  });

  it('says each rule in words a facilitator can act on', () => {
    const name = (id: string) => NAMES.find((r) => r.id === id)?.name ?? id;
    expect(describeDecisionProblem({ rule: 'several-accountable', roleIds: [DE, ML] }, name)).toBe(
      'several-accountable: exactly one role may be Accountable (A); Data Engineering and MLOps are',
    );
    expect(describeDecisionProblem({ rule: 'no-accountable' })).toMatch(/^no-accountable: exactly one role must be Accountable/);
  });
});

describe('proposeDecision: the picker pre-filled from the room', () => {
  it('owners mode: the owners at or above θ, the largest share A, the others R', () => {
    // DE 3/4, ML 2/4 (both ≥ 50%), DS 1/4
    const a = agg({ [key(DE, ML)]: 2, [key(DE)]: 1, [key(DS)]: 1 });
    expect(a.owners).toEqual([DE, ML]);
    expect(proposeDecision(a, null, ROLES)).toEqual({ [DE]: 'A', [ML]: 'R' });
    // a tie goes to the earlier role
    expect(proposeDecision(agg({ [key(DE, ML)]: 2 }), null, ROLES)).toEqual({ [DE]: 'A', [ML]: 'R' });
    expect(proposeDecision(agg({ nobody: 3 }), null, ROLES)).toEqual({});
  });

  it('RACI mode: the most named letter per role, ties to A, R, C, I in that order', () => {
    const r = roomRaci(
      [
        { choice: 'owners', raci: { [DE]: 'A', [ML]: 'R', [DS]: 'C' }, count: 2 },
        { choice: 'owners', raci: { [DE]: 'R', [ML]: 'A', [DS]: 'I' }, count: 1 },
        { choice: 'owners', raci: { [DE]: 'A', [ML]: 'C' }, count: 1 },
      ],
      ROLES,
    );
    // DE: A 3, R 1 → A; ML: R 2, A 1, C 1 → R; DS: C 2, I 1 → C
    expect(proposeDecision(agg({ [key(DE, ML)]: 4 }), r, ROLES)).toEqual({ [DE]: 'A', [ML]: 'R', [DS]: 'C' });
    const tie = roomRaci([{ choice: 'owners', raci: { [DE]: 'C' }, count: 1 }, { choice: 'owners', raci: { [DE]: 'R' }, count: 1 }], ROLES);
    expect(proposeDecision(agg({ [key(DE)]: 2 }), tie, ROLES)).toEqual({ [DE]: 'R' });
  });
});

describe('formatRaci and the discussion queue', () => {
  it('reads A first, then R, C, I, roles in the session\'s order', () => {
    expect(formatRaci({ [ML]: 'R', [DE]: 'A' }, NAMES)).toBe('A Data Engineering · R MLOps');
    expect(formatRaci({ [DS]: 'R', [ML]: 'R', [DE]: 'I', [ML + 'x']: 'C' }, NAMES)).toBe('R MLOps, Data Science · I Data Engineering');
  });

  it('puts concerns with a check first among equals (same status), before lower agreement', () => {
    const base = { sessionId: 's', round: 1, segment: null, threshold: 0.5, minSegmentSize: 3, participants: 4, answers: 8, suppressed: false };
    const low = { ...agg({ [key(DE)]: 2, [key(ML)]: 2 }), concernId: 'low' };
    // both overlaps: low agreement (2 of 6 pairs alike = 1/3) before high (4.5 of 6 = 3/4)
    const high = { ...agg({ [key(DE, ML)]: 3, [key(DE)]: 1 }), concernId: 'high' };
    expect([low.status, high.status, low.agreement, high.agreement]).toEqual(['overlap', 'overlap', 1 / 3, 0.75]);
    const heatmap = { ...base, concerns: [high, low] };
    expect(discussionQueue(heatmap)).toEqual(['low', 'high']);
    expect(discussionQueue(heatmap, undefined, new Set(['high']))).toEqual(['high', 'low']);
  });
});
