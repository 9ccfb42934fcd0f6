import { ZAnswerSubmit, readAnswerSubmit } from './answer.js';

const base = { answerId: '0b9f6a2e-3f4b-4c6d-9a8e-1f2a3b4c5d6e', concernId: '1b9f6a2e-3f4b-4c6d-9a8e-1f2a3b4c5d6e' };

describe('ZAnswerSubmit', () => {
  it('refuses an owners answer that names no role', () => {
    const r = ZAnswerSubmit.safeParse({ ...base, choice: 'owners', owners: [] });
    expect(r.success).toBe(false);
  });
  it('refuses a second Accountable in RACI', () => {
    const r = ZAnswerSubmit.safeParse({
      ...base,
      choice: 'owners',
      raci: { '2b9f6a2e-3f4b-4c6d-9a8e-1f2a3b4c5d6e': 'A', '3b9f6a2e-3f4b-4c6d-9a8e-1f2a3b4c5d6e': 'A' },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('only one role can be Accountable (A)');
  });
  it('refuses "nobody" that also names owners, and accepts a plain "nobody"', () => {
    expect(ZAnswerSubmit.safeParse({ ...base, choice: 'nobody', owners: [base.concernId] }).success).toBe(false);
    expect(ZAnswerSubmit.safeParse({ ...base, choice: 'nobody' }).success).toBe(true);
  });
  it('refuses a comment over 280 characters and unknown fields', () => {
    expect(ZAnswerSubmit.safeParse({ ...base, choice: 'unknown', comment: 'x'.repeat(281) }).success).toBe(false);
    expect(ZAnswerSubmit.safeParse({ ...base, choice: 'unknown', extra: 1 }).success).toBe(false);
  });
});

describe('readAnswerSubmit: the schema\'s result without the schema, for what phones send', () => {
  // a small seeded generator: the same payloads every run
  let seed = 23;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const ids = ['2b9f6a2e-3f4b-4c6d-9a8e-1f2a3b4c5d6e', '3b9f6a2e-3f4b-4c6d-9a8e-1f2a3b4c5d6e', '4B9F6A2E-3F4B-4C6D-9A8E-1F2A3B4C5D6E'];
  const notIds = ['', 'x', '2b9f6a2e-3f4b-9c6d-9a8e-1f2a3b4c5d6e', '2b9f6a2e3f4b4c6d9a8e1f2a3b4c5d6e', 42, null];
  const value = (key: string): unknown => {
    switch (key) {
      case 'answerId':
      case 'concernId':
        return rnd() < 0.85 ? pick(ids) : pick(notIds);
      case 'choice':
        return pick(['owners', 'nobody', 'unknown', 'owner', '', 1]);
      case 'owners':
        return rnd() < 0.1 ? pick([null, 'x', {}, [1]]) : Array.from({ length: pick([0, 1, 2, 3, 21]) }, () => (rnd() < 0.95 ? pick(ids) : pick(notIds)));
      case 'raci':
        return rnd() < 0.1 ? pick([null, [], 'R']) : Object.fromEntries(Array.from({ length: pick([0, 1, 2, 3]) }, () => [rnd() < 0.95 ? pick(ids) : 'x', pick(['R', 'A', 'C', 'I', 'A', 'Q'])]));
      case 'confidence':
        return pick([1, 3, 5, 0, 6, 2.5, '3', -0, Number.NaN]);
      case 'comment':
        return pick(['', ' ok ', 'x'.repeat(281), 'a\u0000b']);
      default:
        return pick([1, 'x', undefined]);
    }
  };
  const payload = (): unknown => {
    if (rnd() < 0.03) return pick([null, 'x', [], 7]);
    const out: Record<string, unknown> = {};
    for (const key of ['answerId', 'concernId', 'choice']) if (rnd() < 0.97) out[key] = value(key);
    for (const key of ['owners', 'raci', 'confidence', 'comment', 'extra']) if (rnd() < (key === 'extra' ? 0.03 : 0.4)) out[key] = value(key);
    if (rnd() < 0.02) out.confidence = undefined;
    return out;
  };

  it('never accepts what ZAnswerSubmit refuses, and gives its value where it accepts', () => {
    let taken = 0;
    for (let i = 0; i < 20_000; i++) {
      const p = payload();
      const fast = readAnswerSubmit(p);
      const schema = ZAnswerSubmit.safeParse(p);
      if (fast === null) continue;
      taken++;
      expect(schema.success).toBe(true);
      expect(fast).toEqual(schema.data);
    }
    // and it does take the common shapes
    expect(taken).toBeGreaterThan(1000);
    for (const p of [
      { ...base, choice: 'owners', owners: [ids[0]], confidence: 4 },
      { ...base, choice: 'nobody' },
      { ...base, choice: 'unknown', confidence: 1 },
      { ...base, choice: 'owners', raci: { [ids[0]!]: 'A', [ids[1]!]: 'C' } },
    ]) {
      expect(readAnswerSubmit(p)).toEqual(ZAnswerSubmit.parse(p));
    }
  });
});
