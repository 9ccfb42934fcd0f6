import { beforeAll, describe, expect, it } from '@jest/globals';
import { EMPTY_DRAFT, draftEquals, draftFromAnswer, setConfidence, setRaciLetter, toSubmission, toggleExclusive, toggleOwner } from '../answer-draft';
import { loadContracts } from '../contracts';
import { showLanguage } from '../../../i18n/__tests__/show-language';

const R1 = '00000000-0000-4000-8000-000000000001';
const R2 = '00000000-0000-4000-8000-000000000002';
const R3 = '00000000-0000-4000-8000-000000000003';
const ORDER = [R1, R2, R3];
const ids = { answerId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', concernId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc' };

describe('answer drafts', () => {
  // the schemas the phone loads after its first screen (contracts.ts)
  beforeAll(() => loadContracts());

  it('owners mode: toggles roles in session order; none left means nothing picked', () => {
    let d = toggleOwner(EMPTY_DRAFT, R3, ORDER);
    d = toggleOwner(d, R1, ORDER);
    expect(d).toMatchObject({ choice: 'owners', owners: [R1, R3] });
    d = toggleOwner(toggleOwner(d, R1, ORDER), R3, ORDER);
    expect(d.choice).toBeNull();
  });

  it('"nobody" and "don\'t know" are exclusive with roles and with each other', () => {
    const withRoles = toggleOwner(EMPTY_DRAFT, R1, ORDER);
    const nobody = toggleExclusive(withRoles, 'nobody');
    expect(nobody).toMatchObject({ choice: 'nobody', owners: [] });
    expect(toggleExclusive(nobody, 'unknown').choice).toBe('unknown');
    expect(toggleExclusive(nobody, 'nobody').choice).toBeNull();
    expect(toggleOwner(nobody, R2, ORDER)).toMatchObject({ choice: 'owners', owners: [R2] });
  });

  it('RACI: a second A moves the A and says from where', () => {
    const a1 = setRaciLetter(EMPTY_DRAFT, R1, 'A');
    expect(a1.movedAccountableFrom).toBeNull();
    const r2 = setRaciLetter(a1.draft, R2, 'R');
    const a3 = setRaciLetter(r2.draft, R3, 'A');
    expect(a3.movedAccountableFrom).toBe(R1);
    expect(a3.draft.raci).toEqual({ [R2]: 'R', [R3]: 'A' });
    // choosing the same letter again, or null, clears the role
    expect(setRaciLetter(a3.draft, R3, 'A').draft.raci).toEqual({ [R2]: 'R' });
    expect(setRaciLetter(setRaciLetter(a3.draft, R3, null).draft, R2, null).draft.choice).toBeNull();
  });

  it('builds a valid owners submission with confidence and a trimmed comment', () => {
    const d = { ...setConfidence(toggleOwner(EMPTY_DRAFT, R2, ORDER), 4), comment: '  ours  ' };
    const r = toSubmission(d, ids, 'owners');
    expect(r).toEqual({ ok: true, answer: { ...ids, choice: 'owners', owners: [R2], confidence: 4, comment: 'ours' } });
  });

  it('sends raci (not owners) in RACI mode, nothing extra for "don\'t know"', () => {
    const d = setRaciLetter(EMPTY_DRAFT, R1, 'C').draft;
    expect(toSubmission(d, ids, 'raci')).toEqual({ ok: true, answer: { ...ids, choice: 'owners', raci: { [R1]: 'C' } } });
    expect(toSubmission(toggleExclusive(EMPTY_DRAFT, 'unknown'), ids, 'raci')).toEqual({ ok: true, answer: { ...ids, choice: 'unknown' } });
  });

  it('refuses an empty answer and a too long comment with a sentence for a person', () => {
    showLanguage('en');
    const empty = toSubmission(EMPTY_DRAFT, ids, 'owners');
    expect(empty).toEqual({ ok: false, message: 'Pick at least one role, or "Nobody owns this" or "Don\'t know".' });
    const long = toSubmission({ ...toggleExclusive(EMPTY_DRAFT, 'nobody'), comment: 'x'.repeat(281) }, ids, 'owners');
    expect(long).toEqual({ ok: false, message: 'A comment has at most 280 characters.' });
    // in the phone's language, not the contract's English
    showLanguage('de');
    expect(toSubmission({ ...toggleExclusive(EMPTY_DRAFT, 'nobody'), comment: 'x'.repeat(281) }, ids, 'owners')).toEqual({ ok: false, message: 'Ein Kommentar hat höchstens 280 Zeichen.' });
  });

  it('compares a draft with a saved answer, ignoring role order and comment padding', () => {
    const saved = { choice: 'owners' as const, owners: [R2, R1], raci: null, confidence: null, comment: 'hi' };
    const d = draftFromAnswer(saved);
    expect(draftEquals({ ...d, owners: [R1, R2], comment: ' hi ' }, saved)).toBe(true);
    expect(draftEquals(toggleOwner(d, R3, ORDER), saved)).toBe(false);
    expect(draftEquals(EMPTY_DRAFT, null)).toBe(true);
  });
});
