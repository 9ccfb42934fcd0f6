import { answerKey, isAnswerKey, ownerSetOf, parseAnswerKey } from './answer-key.js';

describe('answerKey', () => {
  it('gives "unknown" and "nobody" for those choices, whatever else is sent', () => {
    expect(answerKey({ choice: 'unknown' })).toBe('unknown');
    expect(answerKey({ choice: 'nobody' })).toBe('nobody');
    expect(answerKey({ choice: 'unknown', owners: ['dev'] })).toBe('unknown');
    expect(answerKey({ choice: 'nobody', raci: { dev: 'R' } })).toBe('nobody');
  });

  it('sorts and de-duplicates owners, so the same set always gives the same key', () => {
    expect(answerKey({ choice: 'owners', owners: ['ops', 'dev'] })).toBe('owners:dev,ops');
    expect(answerKey({ choice: 'owners', owners: ['dev', 'ops'] })).toBe('owners:dev,ops');
    expect(answerKey({ choice: 'owners', owners: ['ops', 'dev', 'ops'] })).toBe('owners:dev,ops');
    expect(answerKey({ choice: 'owners', owners: ['sec'] })).toBe('owners:sec');
  });

  it('sorts by code units, not by locale ("B" < "a")', () => {
    expect(answerKey({ choice: 'owners', owners: ['a', 'B'] })).toBe('owners:B,a');
  });

  it('in RACI mode the owners are the roles marked R or A; C and I are not owners', () => {
    expect(answerKey({ choice: 'owners', raci: { ops: 'R', dev: 'A', sec: 'C', ds: 'I' } })).toBe('owners:dev,ops');
    expect(answerKey({ choice: 'owners', raci: { dev: 'R' } })).toBe('owners:dev');
    expect(answerKey({ choice: 'owners', raci: { dev: 'A' } })).toBe('owners:dev');
    // RACI takes precedence over a stray owners list
    expect(answerKey({ choice: 'owners', owners: ['sec'], raci: { dev: 'R' } })).toBe('owners:dev');
  });

  it('a RACI answer with only C/I has the empty owner set "owners:"', () => {
    expect(answerKey({ choice: 'owners', raci: { dev: 'C', ops: 'I' } })).toBe('owners:');
  });

  it('uses the owners list when raci is null or empty', () => {
    expect(answerKey({ choice: 'owners', owners: ['dev'], raci: null })).toBe('owners:dev');
    expect(answerKey({ choice: 'owners', owners: ['dev'], raci: {} })).toBe('owners:dev');
    expect(answerKey({ choice: 'owners' })).toBe('owners:');
  });

  it('refuses a role id that would make the key ambiguous', () => {
    expect(() => answerKey({ choice: 'owners', owners: ['a,b'] })).toThrow(RangeError);
    expect(() => answerKey({ choice: 'owners', owners: [''] })).toThrow(RangeError);
  });
});

describe('ownerSetOf', () => {
  it('returns the sorted owner set', () => {
    expect(ownerSetOf({ choice: 'owners', raci: { z: 'A', y: 'R', x: 'C' } })).toEqual(['y', 'z']);
  });
});

describe('parseAnswerKey', () => {
  it('inverts answerKey', () => {
    expect(parseAnswerKey('unknown')).toEqual({ kind: 'unknown', owners: [] });
    expect(parseAnswerKey('nobody')).toEqual({ kind: 'nobody', owners: [] });
    expect(parseAnswerKey('owners:')).toEqual({ kind: 'owners', owners: [] });
    expect(parseAnswerKey('owners:dev')).toEqual({ kind: 'owners', owners: ['dev'] });
    expect(parseAnswerKey(answerKey({ choice: 'owners', owners: ['ops', 'dev'] }))).toEqual({ kind: 'owners', owners: ['dev', 'ops'] });
  });

  it('refuses non-canonical strings (unsorted, duplicated, empty member, unknown prefix)', () => {
    for (const bad of ['owners:ops,dev', 'owners:dev,dev', 'owners:dev,', 'owners:,dev', 'Nobody', '', 'owner:dev']) {
      expect(() => parseAnswerKey(bad)).toThrow(RangeError);
      expect(isAnswerKey(bad)).toBe(false);
    }
    expect(isAnswerKey('owners:dev,ops')).toBe(true);
  });
});
