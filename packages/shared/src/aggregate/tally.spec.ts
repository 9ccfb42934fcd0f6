import { SessionTally, TallyError, type TallyDelta, type TallyRow } from './tally.js';

const DEV = 'owners:dev';
const OPS = 'owners:ops';

function add(t: SessionTally, ownRole: string, key: string, confidence: number | null = null, concernId = 'c1', round = 1): void {
  t.apply({ round, concernId, ownRole, from: null, to: { key, confidence } });
}

describe('SessionTally', () => {
  it('starts empty', () => {
    const t = new SessionTally();
    expect(t.rounds()).toEqual([]);
    expect(t.toRows()).toEqual([]);
    expect(t.counts(1, 'c1', null).size).toBe(0);
    expect(t.confidence(1, 'c1', null)).toEqual({ sum: 0, count: 0 });
  });

  it('counts a new answer once', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, 4);
    expect([...t.counts(1, 'c1', null)]).toEqual([[DEV, 1]]);
    expect(t.confidence(1, 'c1', null)).toEqual({ sum: 4, count: 1 });
    expect(t.rounds()).toEqual([1]);
  });

  it('an answer changed A→B moves one count (A: 1→0 and gone, B: 0→1), never double counts', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, 4);
    add(t, 'ops', DEV, 2); // someone else also said DEV
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 4 }, to: { key: OPS, confidence: 5 } });
    // DEV: 2 − 1 = 1, OPS: 0 + 1 = 1; confidence 4 + 2 − 4 + 5 = 7 over 2 answers
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[DEV, 1], [OPS, 1]]));
    expect(t.confidence(1, 'c1', null)).toEqual({ sum: 7, count: 2 });
    // in the 'dev' segment only the moved answer: DEV 1 − 1 = 0 (absent), OPS 1
    expect(t.counts(1, 'c1', 'dev')).toEqual(new Map([[OPS, 1]]));
  });

  it('moving one of several answers in a group takes its confidence out of that group', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, 4);
    add(t, 'dev', DEV, 2);
    add(t, 'dev', DEV, null);
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 4 }, to: { key: OPS, confidence: 1 } });
    // DEV group: 3 − 1 = 2 answers, confidences 4 + 2 − 4 = 2 over 2 − 1 = 1; OPS group: 1 answer, 1 over 1
    expect(t.toRows()).toEqual([
      { round: 1, concernId: 'c1', ownRole: 'dev', key: DEV, count: 2, confidenceSum: 2, confidenceCount: 1 },
      { round: 1, concernId: 'c1', ownRole: 'dev', key: OPS, count: 1, confidenceSum: 1, confidenceCount: 1 },
    ]);
    // removing the answer without confidence leaves 1 answer with confidence 2
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: null }, to: null });
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[DEV, 1], [OPS, 1]]));
    expect(t.confidence(1, 'c1', 'dev')).toEqual({ sum: 3, count: 2 }); // 2 + 1 over 2
  });

  it('removing the answer returns to empty (no zero rows, no empty round left)', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, 4);
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 4 }, to: { key: OPS, confidence: null } });
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: OPS, confidence: null }, to: null });
    expect(t.counts(1, 'c1', null).size).toBe(0);
    expect(t.toRows()).toEqual([]);
    expect(t.rounds()).toEqual([]);
    expect(t.equals(new SessionTally())).toBe(true);
  });

  it('changing only the confidence keeps the count and moves the confidence', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, 3);
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 3 }, to: { key: DEV, confidence: 5 } });
    // count 1 − 1 + 1 = 1; sum 3 − 3 + 5 = 5
    expect(t.toRows()).toEqual([{ round: 1, concernId: 'c1', ownRole: 'dev', key: DEV, count: 1, confidenceSum: 5, confidenceCount: 1 }]);
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 5 }, to: { key: DEV, confidence: null } });
    expect(t.confidence(1, 'c1', null)).toEqual({ sum: 0, count: 0 });
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[DEV, 1]]));
  });

  it('a delta with neither from nor to changes nothing', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV);
    t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: null, to: null });
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[DEV, 1]]));
  });

  it('merges own roles when segment is null and filters by one own role otherwise', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV);
    add(t, 'dev', DEV);
    add(t, 'ops', DEV);
    add(t, 'ops', OPS);
    add(t, 'other', 'unknown');
    // whole room: DEV 2 + 1 = 3, OPS 1, unknown 1
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[DEV, 3], [OPS, 1], ['unknown', 1]]));
    expect(t.counts(1, 'c1', 'dev')).toEqual(new Map([[DEV, 2]]));
    expect(t.counts(1, 'c1', 'ops')).toEqual(new Map([[DEV, 1], [OPS, 1]]));
    expect(t.counts(1, 'c1', 'sec').size).toBe(0);
    expect(t.counts(1, 'c2', null).size).toBe(0);
  });

  it('keeps rounds and concerns apart; rounds() is ascending', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, null, 'c1', 3);
    add(t, 'dev', OPS, null, 'c1', 1);
    add(t, 'dev', OPS, null, 'c2', 1);
    expect(t.rounds()).toEqual([1, 3]);
    expect(t.counts(3, 'c1', null)).toEqual(new Map([[DEV, 1]]));
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[OPS, 1]]));
  });

  it('the returned map is a copy', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV);
    t.counts(1, 'c1', null).set(DEV, 99);
    expect(t.counts(1, 'c1', null).get(DEV)).toBe(1);
  });

  it('refuses to remove an answer it never counted, and leaves itself unchanged', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, 4);
    const before = t.toRows();
    const bad: TallyDelta[] = [
      { round: 1, concernId: 'c1', ownRole: 'dev', from: { key: OPS, confidence: null }, to: { key: DEV, confidence: null } },
      { round: 1, concernId: 'c1', ownRole: 'ops', from: { key: DEV, confidence: 4 }, to: null }, // other own role
      { round: 2, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 4 }, to: null }, // other round
    ];
    for (const d of bad) expect(() => t.apply(d)).toThrow(TallyError);
    expect(t.toRows()).toEqual(before);
  });

  it('refuses confidence bookkeeping that cannot be right', () => {
    const t = new SessionTally();
    add(t, 'dev', DEV, null);
    // removing a confidence where none was counted
    expect(() => t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: 3 }, to: null })).toThrow(TallyError);
    const u = new SessionTally();
    add(u, 'dev', DEV, 3);
    // removing the only answer without its confidence would leave 1 confidence on 0 answers
    expect(() => u.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: { key: DEV, confidence: null }, to: null })).toThrow(TallyError);
    expect(u.confidence(1, 'c1', null)).toEqual({ sum: 3, count: 1 });
  });

  it('refuses malformed deltas', () => {
    const t = new SessionTally();
    expect(() => t.apply({ round: 0, concernId: 'c1', ownRole: 'dev', from: null, to: { key: DEV, confidence: null } })).toThrow(TallyError);
    expect(() => t.apply({ round: 1.5, concernId: 'c1', ownRole: 'dev', from: null, to: { key: DEV, confidence: null } })).toThrow(TallyError);
    expect(() => t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: null, to: { key: 'owners:ops,dev', confidence: null } })).toThrow(TallyError);
    expect(() => t.apply({ round: 1, concernId: 'c1', ownRole: 'dev', from: null, to: { key: DEV, confidence: Number.NaN } })).toThrow(TallyError);
    expect(t.toRows()).toEqual([]);
  });

  describe('rows', () => {
    const rows: TallyRow[] = [
      { round: 2, concernId: 'c1', ownRole: 'dev', key: DEV, count: 2, confidenceSum: 7, confidenceCount: 2 },
      { round: 1, concernId: 'c2', ownRole: 'ops', key: 'nobody', count: 1, confidenceSum: 0, confidenceCount: 0 },
      { round: 1, concernId: 'c1', ownRole: 'ops', key: OPS, count: 3, confidenceSum: 5, confidenceCount: 1 },
      { round: 1, concernId: 'c1', ownRole: 'dev', key: OPS, count: 1, confidenceSum: 4, confidenceCount: 1 },
    ];

    it('fromRows then toRows gives the rows back, sorted by round, concern, own role, key', () => {
      const t = SessionTally.fromRows(rows);
      expect(t.toRows()).toEqual([rows[3], rows[2], rows[1], rows[0]]);
      // round 1, c1, whole room: OPS 3 + 1 = 4; confidence 5 + 4 = 9 over 1 + 1 = 2
      expect(t.counts(1, 'c1', null)).toEqual(new Map([[OPS, 4]]));
      expect(t.confidence(1, 'c1', null)).toEqual({ sum: 9, count: 2 });
      expect(t.rounds()).toEqual([1, 2]);
    });

    it('a tally built from deltas equals the tally rebuilt from its rows, and differs after one more answer', () => {
      const live = new SessionTally();
      add(live, 'dev', DEV, 3, 'c1', 2);
      add(live, 'dev', DEV, 4, 'c1', 2);
      add(live, 'ops', OPS, 5, 'c1', 1);
      add(live, 'ops', OPS, null, 'c1', 1);
      add(live, 'ops', OPS, null, 'c1', 1);
      add(live, 'dev', OPS, 4, 'c1', 1);
      add(live, 'ops', 'nobody', null, 'c2', 1);
      const fromDb = SessionTally.fromRows(rows);
      expect(live.equals(fromDb)).toBe(true);
      expect(fromDb.equals(live)).toBe(true);
      add(live, 'ops', 'nobody', null, 'c2', 1);
      expect(live.equals(fromDb)).toBe(false);
    });

    it('equals notices a different confidence with the same counts', () => {
      const a = SessionTally.fromRows([{ round: 1, concernId: 'c1', ownRole: 'dev', key: DEV, count: 1, confidenceSum: 3, confidenceCount: 1 }]);
      const b = SessionTally.fromRows([{ round: 1, concernId: 'c1', ownRole: 'dev', key: DEV, count: 1, confidenceSum: 4, confidenceCount: 1 }]);
      expect(a.equals(b)).toBe(false);
    });

    it('skips zero rows and adds up duplicate groups', () => {
      const t = SessionTally.fromRows([
        { round: 1, concernId: 'c1', ownRole: 'dev', key: DEV, count: 0, confidenceSum: 0, confidenceCount: 0 },
        { round: 1, concernId: 'c1', ownRole: 'dev', key: OPS, count: 1, confidenceSum: 2, confidenceCount: 1 },
        { round: 1, concernId: 'c1', ownRole: 'dev', key: OPS, count: 2, confidenceSum: 3, confidenceCount: 1 },
      ]);
      // OPS: 1 + 2 = 3 answers, 2 + 3 = 5 over 1 + 1 = 2 confidences
      expect(t.toRows()).toEqual([{ round: 1, concernId: 'c1', ownRole: 'dev', key: OPS, count: 3, confidenceSum: 5, confidenceCount: 2 }]);
    });

    it('refuses invalid rows', () => {
      const ok: TallyRow = { round: 1, concernId: 'c1', ownRole: 'dev', key: DEV, count: 2, confidenceSum: 3, confidenceCount: 1 };
      expect(() => SessionTally.fromRows([{ ...ok, count: -1 }])).toThrow(TallyError);
      expect(() => SessionTally.fromRows([{ ...ok, count: 1.5 }])).toThrow(TallyError);
      expect(() => SessionTally.fromRows([{ ...ok, confidenceCount: 3 }])).toThrow(TallyError);
      expect(() => SessionTally.fromRows([{ ...ok, key: 'owners:b,a' }])).toThrow(TallyError);
      expect(() => SessionTally.fromRows([{ ...ok, round: 0 }])).toThrow(TallyError);
      expect(() => SessionTally.fromRows([{ ...ok, confidenceSum: Number.NaN }])).toThrow(TallyError);
    });
  });

  it('stays O(distinct keys): 10,000 answers from 2 own roles in 3 keys are 2 × 3 = 6 rows', () => {
    const t = new SessionTally();
    const keys = [DEV, OPS, 'nobody'];
    for (let i = 0; i < 10_000; i++) add(t, i % 2 === 0 ? 'dev' : 'ops', keys[i % 3] ?? DEV, 1 + (i % 5));
    const rows = t.toRows();
    expect(rows).toHaveLength(6);
    // i ≡ 0 mod 3 → DEV: i = 0, 3, …, 9999 → 3334 answers; OPS and nobody 3333 each
    expect(t.counts(1, 'c1', null)).toEqual(new Map([[DEV, 3334], [OPS, 3333], ['nobody', 3333]]));
    // confidence 1 + (i mod 5) over i = 0..9999: 2000 each of 1..5 → 2000·15 = 30,000
    expect(t.confidence(1, 'c1', null)).toEqual({ sum: 30_000, count: 10_000 });
    // dev = even i; DEV needs i ≡ 0 mod 3 too → i ≡ 0 mod 6: i = 0, 6, …, 9996 → 1667
    expect(t.counts(1, 'c1', 'dev').get(DEV)).toBe(1667);
  });
});
