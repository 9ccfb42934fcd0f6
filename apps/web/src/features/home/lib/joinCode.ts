import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, normalizeJoinCode } from '@thinline/shared';

export type JoinCodeCheck = { ok: true; code: string } | { ok: false; message: string };

const LOOK_ALIKES = new Set(['0', 'O', '1', 'I', 'L']);

/** Checks a typed join code and says, in words, what is wrong with it. */
export function checkJoinCode(input: string): JoinCodeCheck {
  const code = normalizeJoinCode(input);
  if (code.length === 0) return { ok: false, message: 'Enter the code shown on the screen in the room.' };
  const lookAlikes = [...new Set([...code].filter((ch) => LOOK_ALIKES.has(ch)))];
  if (lookAlikes.length > 0) {
    return { ok: false, message: `Join codes never use 0, O, 1, I or L. Check the code on the screen: you typed ${lookAlikes.join(', ')}.` };
  }
  const foreign = [...new Set([...code].filter((ch) => !JOIN_CODE_ALPHABET.includes(ch)))];
  if (foreign.length > 0) return { ok: false, message: `A join code has only letters and digits; remove ${foreign.join(' ')}.` };
  if (code.length !== JOIN_CODE_LENGTH) {
    return { ok: false, message: `A join code has ${JOIN_CODE_LENGTH} characters; you typed ${code.length}.` };
  }
  return { ok: true, code };
}
