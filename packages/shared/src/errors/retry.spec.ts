import { Backoff, RETRY_POLICY, retryDelayMs, seededRandom as seeded } from './retry.js';

describe('retryDelayMs: exponential backoff with full jitter', () => {
  it('draws from a window that doubles from 1 s up to the 20 s cap', () => {
    const top = () => 0.999999;
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => retryDelayMs(n, top))).toEqual([999, 1999, 3999, 7999, 15999, 19999, 19999, 19999]);
    expect(retryDelayMs(3, () => 0)).toBe(0);
    expect(retryDelayMs(3, () => 0.5)).toBe(2000);
    expect(RETRY_POLICY).toEqual({ baseMs: 1000, capMs: 20_000 });
  });

  it('spreads 2,000 clients that failed together evenly over the window, not in one burst', () => {
    const random = seeded(14);
    const delays = Array.from({ length: 2000 }, () => retryDelayMs(6, random));
    // 20 s in 100 ms slots: 10 clients per slot if even; a burst would put hundreds in one
    const slots = new Array<number>(200).fill(0);
    for (const d of delays) slots[Math.floor(d / 100)]! += 1;
    expect(Math.max(...slots)).toBeLessThanOrEqual(25);
    expect(slots.filter((n) => n === 0)).toHaveLength(0);
    const mean = delays.reduce((s, d) => s + d, 0) / delays.length;
    expect(Math.abs(mean - 10_000)).toBeLessThan(500);
  });
});

describe('Backoff', () => {
  it('grows with each failure and starts over after a success', () => {
    const b = new Backoff(() => 0.999999);
    expect([b.next(), b.next(), b.next()]).toEqual([999, 1999, 3999]);
    expect(b.failures).toBe(3);
    b.reset();
    expect(b.failures).toBe(0);
    expect(b.next()).toBe(999);
  });
});

describe('seededRandom', () => {
  it('draws the same numbers in [0, 1) for the same seed, and others for another', () => {
    const a = seeded(42);
    const b = seeded(42);
    const draws = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seeded(43)()).not.toBe(draws[0]);
  });
});
