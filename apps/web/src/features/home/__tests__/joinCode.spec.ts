/// <reference types="jest" />
// apps/web compiles for the browser (types: vite/client); the Jest globals come in here.
import { normalizeJoinCode } from '@thinline/shared';
import { checkJoinCode } from '../lib/joinCode';

describe('checkJoinCode', () => {
  it('upper-cases and drops spaces and dashes', () => {
    expect(normalizeJoinCode(' ab3-k7q ')).toBe('AB3K7Q');
    expect(checkJoinCode('ab3 k7q')).toEqual({ ok: true, code: 'AB3K7Q' });
  });

  it('names the look-alike characters a join code never has', () => {
    const r = checkJoinCode('AB0O1Q');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/never use 0, O, 1, I or L.*0, O, 1/);
  });

  it('says how many characters were typed when the length is wrong', () => {
    const r = checkJoinCode('AB3K7');
    expect(!r.ok && r.message).toBe('A join code has 6 characters; you typed 5.');
  });

  it('refuses punctuation and an empty code', () => {
    expect(checkJoinCode('AB3K7?').ok).toBe(false);
    expect(checkJoinCode('   ').ok).toBe(false);
  });
});
