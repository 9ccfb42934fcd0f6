import { jest } from '@jest/globals';
import { SharedReads } from './shared-reads.js';

describe('SharedReads', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function counter() {
    let n = 0;
    return { load: () => Promise.resolve(++n), calls: () => n };
  }

  it('lets callers that arrive together, or within the time to live, share one read', async () => {
    const reads = new SharedReads<string, number>(100);
    const source = counter();
    const together = await Promise.all([reads.get('s', source.load), reads.get('s', source.load), reads.get('s', source.load)]);
    expect(together).toEqual([1, 1, 1]);
    await jest.advanceTimersByTimeAsync(50);
    expect(await reads.get('s', source.load)).toBe(1);
    await jest.advanceTimersByTimeAsync(60);
    expect(await reads.get('s', source.load)).toBe(2);
    expect(source.calls()).toBe(2);
  });

  it('reads afresh after forget, so a change is seen at once', async () => {
    const reads = new SharedReads<string, number>(1000);
    const source = counter();
    expect(await reads.get('s', source.load)).toBe(1);
    reads.forget('s');
    expect(await reads.get('s', source.load)).toBe(2);
  });

  it('keeps keys apart and does not keep a failed read', async () => {
    const reads = new SharedReads<string, number>(1000);
    await expect(reads.get('a', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away');
    expect(await reads.get('a', () => Promise.resolve(7))).toBe(7);
    expect(await reads.get('b', () => Promise.resolve(8))).toBe(8);
  });
});
