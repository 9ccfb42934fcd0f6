import { ZAnswerSubmit } from './answer.js';

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
