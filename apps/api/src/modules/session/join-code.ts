import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@thinline/shared';
import { randomInt } from 'node:crypto';

/** A join code from the look-alike-free alphabet, from the CSPRNG: codes are not guessable in sequence. */
export function randomJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The first candidate that no unfinished session holds, or null when every one is taken. */
export function firstFreeJoinCode(candidates: readonly string[], held: ReadonlySet<string>): string | null {
  return candidates.find((c) => !held.has(c)) ?? null;
}
