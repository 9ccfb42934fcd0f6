import type { TAnswerChoice, TRaciLetter } from '../contracts/answer.js';

/**
 * The canonical form of one answer for counting: `'unknown'`, `'nobody'`, or
 * `'owners:' + sortedRoleIds.join(',')`. Two answers have the same key exactly when they
 * name the same owner set, so a tally can count answers by key.
 */
export type AnswerKey = string;

export const UNKNOWN_KEY: AnswerKey = 'unknown';
export const NOBODY_KEY: AnswerKey = 'nobody';
export const OWNERS_KEY_PREFIX = 'owners:';

/** RACI letters that make a role an owner ("named as owner" = R or A). */
export const OWNER_RACI_LETTERS: readonly TRaciLetter[] = ['R', 'A'];

export interface AnswerKeyInput {
  choice: TAnswerChoice;
  owners?: readonly string[];
  raci?: Readonly<Record<string, TRaciLetter>> | null;
}

export type AnswerKeyKind = TAnswerChoice;

export interface ParsedAnswerKey {
  kind: AnswerKeyKind;
  /** sorted, distinct role ids; empty unless kind is 'owners' (and may be empty then too). */
  owners: string[];
}

function assertRoleId(roleId: string): void {
  if (roleId.length === 0 || roleId.includes(',')) {
    throw new RangeError(`a role id in an answer key must be non-empty and contain no comma: ${JSON.stringify(roleId)}`);
  }
}

/** Sorted by UTF-16 code units (locale independent), duplicates removed. */
function canonicalOwners(roleIds: Iterable<string>): string[] {
  const distinct = [...new Set(roleIds)];
  for (const r of distinct) assertRoleId(r);
  return distinct.sort();
}

/**
 * The owner set of an answer. RACI mode applies when `raci` is an object with at least one
 * entry: the owners are the roles marked R or A, and `owners` is ignored. Otherwise the
 * owners are `owners`. A RACI answer with only C/I letters has an EMPTY owner set.
 */
export function ownerSetOf(a: AnswerKeyInput): string[] {
  if (a.raci && Object.keys(a.raci).length > 0) {
    return canonicalOwners(
      Object.entries(a.raci)
        .filter(([, letter]) => OWNER_RACI_LETTERS.includes(letter))
        .map(([roleId]) => roleId),
    );
  }
  return canonicalOwners(a.owners ?? []);
}

/**
 * The canonical key of an answer.
 * - `'unknown'` ("don't know") and `'nobody'` ignore owners/raci.
 * - `'owners'`: `'owners:' + sorted distinct role ids joined by ','`.
 *   An owners answer that names no owner (a RACI answer with only C/I) gives `'owners:'`:
 *   the respondent counts in N(c) but names no role and is NOT counted as "nobody".
 */
export function answerKey(a: AnswerKeyInput): AnswerKey {
  switch (a.choice) {
    case 'unknown':
      return UNKNOWN_KEY;
    case 'nobody':
      return NOBODY_KEY;
    case 'owners':
      return OWNERS_KEY_PREFIX + ownerSetOf(a).join(',');
  }
}

/** The inverse of {@link answerKey}. Throws a RangeError for a string that is not a canonical key. */
export function parseAnswerKey(key: AnswerKey): ParsedAnswerKey {
  if (key === UNKNOWN_KEY) return { kind: 'unknown', owners: [] };
  if (key === NOBODY_KEY) return { kind: 'nobody', owners: [] };
  if (key.startsWith(OWNERS_KEY_PREFIX)) {
    const rest = key.slice(OWNERS_KEY_PREFIX.length);
    const owners = rest === '' ? [] : rest.split(',');
    const canonical = canonicalOwnersOrNull(owners);
    if (canonical !== null && canonical.join(',') === rest) return { kind: 'owners', owners: canonical };
  }
  throw new RangeError(`not a canonical answer key: ${JSON.stringify(key)}`);
}

function canonicalOwnersOrNull(owners: string[]): string[] | null {
  try {
    return canonicalOwners(owners);
  } catch {
    return null;
  }
}

/** True when `key` is a canonical answer key. */
export function isAnswerKey(key: string): boolean {
  try {
    parseAnswerKey(key);
    return true;
  } catch {
    return false;
  }
}
