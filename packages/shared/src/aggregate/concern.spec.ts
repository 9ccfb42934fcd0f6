import { ZConcernAggregate } from '../contracts/aggregate.js';
import { seededRandom } from '../errors/retry.js';
import { answerKey } from './answer-key.js';
import { agreementFromCounts, computeConcernAggregate, jaccard, suppressedConcernAggregate } from './concern.js';

const ROLES = ['dev', 'ops', 'sec'];
const counts = (entries: Record<string, number>): Map<string, number> => new Map(Object.entries(entries));
const agg = (entries: Record<string, number>, threshold = 0.5, roleIds: string[] = ROLES) =>
  computeConcernAggregate({ concernId: 'c1', counts: counts(entries), roleIds, threshold });

describe('jaccard', () => {
  it('follows the definition for owner sets, nobody and empty sets', () => {
    const o = (...owners: string[]) => ({ kind: 'owners' as const, owners });
    const nobody = { kind: 'nobody' as const, owners: [] };
    expect(jaccard(o('a', 'b'), o('b', 'c'))).toBe(1 / 3); // ∩ {b} = 1, ∪ {a,b,c} = 3
    expect(jaccard(o('a'), o('a', 'b'))).toBe(1 / 2); // 1 / 2
    expect(jaccard(o('a'), o('b'))).toBe(0); // 0 / 2
    expect(jaccard(nobody, nobody)).toBe(1);
    expect(jaccard(nobody, o('a'))).toBe(0);
    expect(jaccard(nobody, o())).toBe(0); // "nobody" is not the empty owner set
    expect(jaccard(o(), o())).toBe(1); // identical (empty) answers
    expect(jaccard(o(), o('a'))).toBe(0); // 0 / 1
    expect(() => jaccard({ kind: 'unknown', owners: [] }, o('a'))).toThrow(RangeError);
  });
});

describe('agreementFromCounts', () => {
  it('is null below two respondents in N(c); "don\'t know" does not count', () => {
    expect(agreementFromCounts(counts({}))).toBeNull();
    expect(agreementFromCounts(counts({ 'owners:dev': 1 }))).toBeNull();
    expect(agreementFromCounts(counts({ unknown: 5 }))).toBeNull();
    expect(agreementFromCounts(counts({ unknown: 5, 'owners:dev': 1 }))).toBeNull(); // |N| = 1
    expect(agreementFromCounts(counts({ 'owners:dev': 1, 'owners:ops': 0 }))).toBeNull(); // zero counts ignored
  });

  it('is 1 when everyone gives the same answer, "nobody" and the empty set included', () => {
    expect(agreementFromCounts(counts({ nobody: 4 }))).toBe(1); // C(4,2) = 6 pairs, all 1
    expect(agreementFromCounts(counts({ 'owners:dev,ops': 3, unknown: 9 }))).toBe(1);
    expect(agreementFromCounts(counts({ 'owners:': 2 }))).toBe(1);
  });

  it('pins small hand-computed cases', () => {
    // {dev}×2, {ops}×1: 3 pairs; dev–dev 1, dev–ops 2 × 0 → 1/3
    expect(agreementFromCounts(counts({ 'owners:dev': 2, 'owners:ops': 1 }))).toBeCloseTo(1 / 3, 15);
    // {dev,ops}, {dev}: 1 pair, J = 1/2
    expect(agreementFromCounts(counts({ 'owners:dev,ops': 1, 'owners:dev': 1 }))).toBe(0.5);
    // {dev,ops}×2, {ops,sec}×2: 6 pairs; within 1 + 1, across 4 × J = 4 × 1/3 → (2 + 4/3) / 6 = 10/18 = 5/9
    expect(agreementFromCounts(counts({ 'owners:dev,ops': 2, 'owners:ops,sec': 2 }))).toBeCloseTo(5 / 9, 15);
    // nobody vs an owner set: 1 pair, J = 0
    expect(agreementFromCounts(counts({ nobody: 1, 'owners:dev': 1 }))).toBe(0);
    // nobody vs the empty owner set: different answers, J = 0
    expect(agreementFromCounts(counts({ nobody: 1, 'owners:': 1 }))).toBe(0);
    // nobody×2, {dev}×1, unknown×7: N = 3, 3 pairs, only nobody–nobody = 1 → 1/3
    expect(agreementFromCounts(counts({ nobody: 2, 'owners:dev': 1, unknown: 7 }))).toBeCloseTo(1 / 3, 15);
  });

  it('handles 10,000 respondents in a handful of sets exactly', () => {
    // {dev}×5000, {ops}×5000: C(10000,2) = 49,995,000 pairs; same-set 2 × C(5000,2) = 24,995,000
    // → 24,995,000 / 49,995,000 = 4999/9999
    const c = counts({ 'owners:dev': 5000, 'owners:ops': 5000 });
    expect(agreementFromCounts(c)).toBeCloseTo(4999 / 9999, 14);
  });

  it('refuses negative or fractional counts', () => {
    expect(() => agreementFromCounts(counts({ 'owners:dev': -1 }))).toThrow(RangeError);
    expect(() => agreementFromCounts(counts({ 'owners:dev': 1.5 }))).toThrow(RangeError);
    expect(() => agreementFromCounts(counts({ 'owners:ops,dev': 2 }))).toThrow(RangeError); // not canonical
  });

  describe('equals the pairwise definition (brute force) on seeded random rooms', () => {
    type Person = { choice: 'owners' | 'nobody' | 'unknown'; owners: string[] };

    /** The definition, written independently: mean over all unordered pairs of N(c). */
    function bruteForce(people: Person[]): number | null {
      const n = people.filter((p) => p.choice !== 'unknown');
      if (n.length < 2) return null;
      const sim = (x: Person, y: Person): number => {
        if (x.choice === 'nobody' && y.choice === 'nobody') return 1;
        if (x.choice === 'nobody' || y.choice === 'nobody') return 0;
        const xs = new Set(x.owners);
        const ys = new Set(y.owners);
        const union = new Set([...xs, ...ys]);
        if (union.size === 0) return 1;
        let inter = 0;
        for (const r of xs) if (ys.has(r)) inter++;
        return inter / union.size;
      };
      let total = 0;
      let pairs = 0;
      for (let i = 0; i < n.length; i++) {
        for (let j = i + 1; j < n.length; j++) {
          const a = n[i];
          const b = n[j];
          if (a && b) {
            total += sim(a, b);
            pairs++;
          }
        }
      }
      return total / pairs;
    }

    for (const seed of [1, 2, 3, 42, 1234, 99991]) {
      it(`seed ${seed}`, () => {
        const rand = seededRandom(seed); // random rooms, the same ones every run
        const roles = ['a', 'b', 'c', 'd'];
        const people: Person[] = [];
        const size = 2 + Math.floor(rand() * 150);
        for (let i = 0; i < size; i++) {
          const u = rand();
          if (u < 0.1) people.push({ choice: 'unknown', owners: [] });
          else if (u < 0.25) people.push({ choice: 'nobody', owners: [] });
          else {
            // random subset, shuffled and possibly with a duplicate, to exercise the canonical key
            const owners = roles.filter(() => rand() < 0.4);
            if (owners.length > 0 && rand() < 0.2) owners.push(owners[0] ?? 'a');
            people.push({ choice: 'owners', owners: owners.reverse() });
          }
        }
        const tally = new Map<string, number>();
        for (const p of people) {
          const key = answerKey({ choice: p.choice, owners: p.owners });
          tally.set(key, (tally.get(key) ?? 0) + 1);
        }
        const expected = bruteForce(people);
        const actual = agreementFromCounts(tally);
        if (expected === null) expect(actual).toBeNull();
        else expect(actual).toBeCloseTo(expected, 12);
        // the example must actually exercise several distinct sets
        expect(tally.size).toBeGreaterThan(3);
      });
    }
  });
});

describe('computeConcernAggregate', () => {
  it('no answers: no data, every share 0, agreement and confidence null', () => {
    expect(agg({})).toEqual({
      concernId: 'c1',
      answered: 0,
      unknown: 0,
      shares: { dev: 0, ops: 0, sec: 0 },
      nobody: 0,
      owners: [],
      status: 'no data',
      agreement: null,
      confidence: null,
      suppressed: false,
    });
  });

  it('one answer: that role has share 1/1 = 1 and owns it, agreement null (|N| < 2)', () => {
    const a = agg({ 'owners:dev': 1 });
    expect(a.answered).toBe(1);
    expect(a.shares).toEqual({ dev: 1, ops: 0, sec: 0 });
    expect(a.owners).toEqual(['dev']);
    expect(a.status).toBe('clear');
    expect(a.agreement).toBeNull();
  });

  it('everyone "don\'t know": no data, answered 0, unknown n', () => {
    const a = agg({ unknown: 4 });
    expect(a).toMatchObject({ answered: 0, unknown: 4, status: 'no data', owners: [], nobody: 0, agreement: null });
    expect(a.shares).toEqual({ dev: 0, ops: 0, sec: 0 });
  });

  it('all "nobody": gap, nobody = 3/3 = 1, agreement 1', () => {
    const a = agg({ nobody: 3 });
    expect(a).toMatchObject({ answered: 3, unknown: 0, nobody: 1, owners: [], status: 'gap', agreement: 1 });
  });

  it('threshold boundary: a share exactly θ owns (3/6 = 0.5 ≥ 0.5)', () => {
    // N = 3 + 2 + 1 = 6; dev 3/6 = 0.5 ≥ 0.5 → owner; ops 2/6 ≈ 0.33; nobody 1/6 → clear
    const a = agg({ 'owners:dev': 3, 'owners:ops': 2, nobody: 1 });
    expect(a.shares.dev).toBe(0.5);
    expect(a.owners).toEqual(['dev']);
    expect(a.status).toBe('clear');
    // θ = 0.6 with 3/5: dev 3/5 = 0.6 ≥ 0.6 → owner
    expect(agg({ 'owners:dev': 3, 'owners:ops': 2 }, 0.6).owners).toEqual(['dev']);
  });

  it('threshold boundary survives floating-point noise: θ = 0.1 + 0.2 (0.30000000000000004) and share 3/10', () => {
    const theta = 0.1 + 0.2;
    expect(3 / 10 >= theta).toBe(false); // the naive comparison would fail
    // N = 10; dev 3/10 ≥ θ → owner; ops 7/10 → owner → overlap
    expect(agg({ 'owners:dev': 3, 'owners:ops': 7 }, theta).owners).toEqual(['dev', 'ops']);
  });

  it('just below θ: nobody owns it → gap', () => {
    // N = 5; dev 2/5 = 0.4 < 0.5; ops 1/5; nobody 2/5 = 0.4 < 0.5; owners [] → gap
    const a = agg({ 'owners:dev': 2, 'owners:ops': 1, nobody: 2 });
    expect(a.owners).toEqual([]);
    expect(a.nobody).toBe(0.4);
    expect(a.status).toBe('gap');
  });

  it('overlap with 2 owners', () => {
    // N = 4; dev named by {dev,ops}×2 + {dev}×1 = 3 → 3/4; ops 2 + 1 = 3 → 3/4; sec 0
    // agreement: 6 pairs: {dev,ops}–{dev,ops} 1; {dev,ops}–{dev} 2 × 1/2; {dev,ops}–{ops} 2 × 1/2; {dev}–{ops} 0 → 3/6
    const a = agg({ 'owners:dev,ops': 2, 'owners:dev': 1, 'owners:ops': 1 });
    expect(a.shares).toEqual({ dev: 0.75, ops: 0.75, sec: 0 });
    expect(a.owners).toEqual(['dev', 'ops']);
    expect(a.status).toBe('overlap');
    expect(a.agreement).toBe(0.5);
  });

  it('owners follow roleIds order, not key order', () => {
    // N = 2, both name {dev,ops} → both 2/2 = 1
    expect(agg({ 'owners:dev,ops': 2 }, 0.5, ['ops', 'sec', 'dev']).owners).toEqual(['ops', 'dev']);
  });

  it('nobody ≥ θ makes a gap even when a role also reaches θ', () => {
    // N = 4; dev 2/4 = 0.5 → owner; nobody 2/4 = 0.5 ≥ 0.5 → gap; agreement 2 same-pairs of 6 = 1/3
    const a = agg({ 'owners:dev': 2, nobody: 2 });
    expect(a.owners).toEqual(['dev']);
    expect(a.status).toBe('gap');
    expect(a.agreement).toBeCloseTo(1 / 3, 15);
  });

  it('RACI: R or A count as owner, C and I do not', () => {
    const keys = [
      answerKey({ choice: 'owners', raci: { dev: 'R', ops: 'C' } }), // owners:dev
      answerKey({ choice: 'owners', raci: { dev: 'A', sec: 'R' } }), // owners:dev,sec
      answerKey({ choice: 'owners', raci: { ops: 'I', sec: 'C' } }), // owners: (empty)
    ];
    const c = new Map<string, number>();
    for (const k of keys) c.set(k, (c.get(k) ?? 0) + 1);
    const a = computeConcernAggregate({ concernId: 'c1', counts: c, roleIds: ROLES, threshold: 0.5 });
    // N = 3 (the C/I-only answer is a respondent naming no owner); dev 2/3, ops 0/3 (C and I), sec 1/3
    expect(a.answered).toBe(3);
    expect(a.shares.dev).toBeCloseTo(2 / 3, 15);
    expect(a.shares.ops).toBe(0);
    expect(a.shares.sec).toBeCloseTo(1 / 3, 15);
    expect(a.nobody).toBe(0); // the empty RACI set is not "nobody"
    expect(a.owners).toEqual(['dev']);
    expect(a.status).toBe('clear');
    // agreement: 3 pairs: {dev}–{dev,sec} 1/2; {dev}–∅ 0; {dev,sec}–∅ 0 → (1/2) / 3 = 1/6
    expect(a.agreement).toBeCloseTo(1 / 6, 15);
  });

  it('"don\'t know" is reported but left out of N(c) and the shares', () => {
    // N = 2 (unknown 3 not counted); dev 2/2 = 1
    const a = agg({ 'owners:dev': 2, unknown: 3 });
    expect(a).toMatchObject({ answered: 2, unknown: 3, owners: ['dev'], status: 'clear', agreement: 1 });
    expect(a.shares.dev).toBe(1);
  });

  it('roles not in roleIds count in N(c) but get no share column', () => {
    // N = 2; dev 1/2; ghost ignored as a column
    const a = agg({ 'owners:dev': 1, 'owners:ghost': 1 });
    expect(Object.keys(a.shares)).toEqual(ROLES);
    expect(a.shares.dev).toBe(0.5);
  });

  it('mean confidence = sum / count, null when nobody gave one', () => {
    const c = counts({ 'owners:dev': 3 });
    expect(computeConcernAggregate({ concernId: 'c1', counts: c, roleIds: ROLES, threshold: 0.5, confidence: { sum: 11, count: 3 } }).confidence).toBeCloseTo(11 / 3, 15);
    expect(computeConcernAggregate({ concernId: 'c1', counts: c, roleIds: ROLES, threshold: 0.5, confidence: { sum: 0, count: 0 } }).confidence).toBeNull();
  });

  it('refuses a threshold outside (0, 1]', () => {
    expect(() => agg({ 'owners:dev': 1 }, 0)).toThrow(RangeError);
    expect(() => agg({ 'owners:dev': 1 }, 1.01)).toThrow(RangeError);
    expect(() => agg({ 'owners:dev': 1 }, Number.NaN)).toThrow(RangeError);
    expect(agg({ 'owners:dev': 1 }, 1).owners).toEqual(['dev']); // 1/1 ≥ 1
  });

  it('produces the contract shape', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    const a = computeConcernAggregate({ concernId: id, counts: counts({ 'owners:dev,ops': 2, nobody: 1, unknown: 1 }), roleIds: ROLES, threshold: 0.5 });
    expect(ZConcernAggregate.safeParse(a).success).toBe(true);
    expect(ZConcernAggregate.safeParse(suppressedConcernAggregate(id)).success).toBe(true);
  });
});

describe('suppressedConcernAggregate', () => {
  it('carries no number at all: null shares, nobody, counts and agreement (0 would read as "nobody named this role")', () => {
    expect(suppressedConcernAggregate('c9')).toEqual({
      concernId: 'c9',
      answered: null,
      unknown: null,
      shares: null,
      nobody: null,
      owners: [],
      status: 'no data',
      agreement: null,
      confidence: null,
      suppressed: true,
    });
  });
});
