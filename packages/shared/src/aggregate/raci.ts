import type { TShownConcernAggregate, TConcernAggregate } from '../contracts/aggregate.js';
import { type TAnswerChoice, type TRaciLetter } from '../contracts/answer.js';
import type { THeatmap } from '../contracts/aggregate.js';
import type { TRaci, TRaciCheck, TRoomOwnership } from '../contracts/decision.js';
import { atLeast } from './concern.js';

/** Answers of one concern that gave the same choice and the same RACI letters, and how many did. */
export interface RaciAnswerGroup {
  choice: TAnswerChoice;
  raci: Readonly<Record<string, TRaciLetter>> | null;
  count: number;
}

export type LetterShares = Record<TRaciLetter, number>;

/** How the room assigned RACI letters for one concern. */
export interface RoomRaci {
  /** |N(c)|: every answer but "don't know" */
  answered: number;
  /** per role: share of N(c) giving it each letter as written */
  letters: Record<string, LetterShares>;
  /**
   * per role: share of N(c) that made it responsible: an R, or the A of an answer with no R
   * at all (an A alone also counts as R, as in a decision).
   */
  responsible: Record<string, number>;
}

const noLetters = (): LetterShares => ({ R: 0, A: 0, C: 0, I: 0 });

/**
 * The room's RACI letters per role for one concern, from its distinct answers and their
 * counts. Roles not in `roleIds` are ignored; "nobody" answers count in N(c) with no letter.
 */
export function roomRaci(groups: readonly RaciAnswerGroup[], roleIds: readonly string[]): RoomRaci {
  const known = new Set(roleIds);
  const counts = new Map(roleIds.map((r) => [r, noLetters()]));
  const responsible = new Map(roleIds.map((r) => [r, 0]));
  let answered = 0;
  for (const g of groups) {
    if (!Number.isInteger(g.count) || g.count < 0) throw new RangeError(`count must be an integer >= 0, got ${g.count}`);
    if (g.choice === 'unknown') continue;
    answered += g.count;
    if (g.choice !== 'owners' || !g.raci) continue;
    const entries = Object.entries(g.raci).filter(([r]) => known.has(r));
    const hasR = entries.some(([, l]) => l === 'R');
    for (const [role, letter] of entries) {
      counts.get(role)![letter] += g.count;
      if (letter === 'R' || (letter === 'A' && !hasR)) responsible.set(role, responsible.get(role)! + g.count);
    }
  }
  const share = (n: number) => (answered === 0 ? 0 : n / answered);
  const letters: Record<string, LetterShares> = {};
  const resp: Record<string, number> = {};
  for (const r of roleIds) {
    const c = counts.get(r)!;
    letters[r] = { R: share(c.R), A: share(c.A), C: share(c.C), I: share(c.I) };
    resp[r] = share(responsible.get(r)!);
  }
  return { answered, letters, responsible: resp };
}

/**
 * The RACI checks of one concern as the room sees it (product.md):
 * - `unowned`: the heatmap's status is `gap`;
 * - with the room's RACI letters (RACI mode) and at least one respondent:
 *   `no-accountable` when no role has an A share ≥ θ, `several-accountable` when two or more
 *   do, `accountable-without-responsible` when one or more do and no role's responsible share
 *   (see {@link RoomRaci.responsible}) reaches θ.
 * A concern without data (or hidden) has no checks.
 */
export function roomChecks(aggregate: TConcernAggregate, raci: RoomRaci | null, threshold: number): TRaciCheck[] {
  if (aggregate.suppressed || aggregate.status === 'no data') return [];
  const checks: TRaciCheck[] = [];
  if (raci && raci.answered > 0) {
    const accountable = Object.keys(raci.letters).filter((r) => atLeast(raci.letters[r]!.A, threshold));
    if (accountable.length === 0) checks.push('no-accountable');
    if (accountable.length >= 2) checks.push('several-accountable');
    if (accountable.length >= 1 && !Object.values(raci.responsible).some((s) => atLeast(s, threshold))) checks.push('accountable-without-responsible');
  }
  if (aggregate.status === 'gap') checks.push('unowned');
  return checks;
}

/** What is wrong with a decision attempt, one entry per broken rule. */
export type DecisionProblem =
  | { rule: 'no-accountable' }
  | { rule: 'several-accountable'; roleIds: string[] }
  | { rule: 'unknown-role'; roleIds: string[] };

/**
 * The rules of a decision (api.md "Decisions"): every role is one of the session's, exactly
 * one role is Accountable, and at least one is Responsible: the A counts as R when no role
 * is marked R, so with one A that rule always holds.
 */
export function decisionProblems(raci: Readonly<TRaci>, roleIds: readonly string[]): DecisionProblem[] {
  const known = new Set(roleIds);
  const problems: DecisionProblem[] = [];
  const unknown = Object.keys(raci).filter((r) => !known.has(r));
  if (unknown.length > 0) problems.push({ rule: 'unknown-role', roleIds: unknown });
  const accountable = Object.keys(raci).filter((r) => raci[r] === 'A');
  if (accountable.length === 0) problems.push({ rule: 'no-accountable' });
  if (accountable.length >= 2) problems.push({ rule: 'several-accountable', roleIds: accountable });
  return problems;
}

/** One sentence per broken rule, for a person (the message of 400 decision/invalid and the picker). */
export function describeDecisionProblem(problem: DecisionProblem, roleName: (id: string) => string = (id) => id): string {
  switch (problem.rule) {
    case 'no-accountable':
      return 'no-accountable: exactly one role must be Accountable (A); none is';
    case 'several-accountable':
      return `several-accountable: exactly one role may be Accountable (A); ${problem.roleIds.map(roleName).join(' and ')} are`;
    case 'unknown-role':
      return `unknown-role: not a role of this session: ${problem.roleIds.join(', ')}`;
  }
}

/**
 * The picker's starting point for one concern, from the room:
 * - RACI mode (`raci` given): per role its most named letter (ties go to the earlier of
 *   A, R, C, I), roles nobody gave a letter left out;
 * - owners mode: the owners (share ≥ θ), the one with the largest share A (the earlier role
 *   on a tie), the others R; no owner gives an empty proposal.
 * A proposal may break the rules (two roles mostly named A): the picker shows why.
 */
export function proposeDecision(aggregate: TShownConcernAggregate, raci: RoomRaci | null, roleIds: readonly string[]): TRaci {
  const proposal: TRaci = {};
  if (raci) {
    for (const r of roleIds) {
      const shares = raci.letters[r];
      if (!shares) continue;
      let best: TRaciLetter | null = null;
      for (const l of RACI_LETTERS_IN_ORDER) if (shares[l] > 0 && (best === null || shares[l] > shares[best])) best = l;
      if (best) proposal[r] = best;
    }
    return proposal;
  }
  const owners = roleIds.filter((r) => aggregate.owners.includes(r));
  let accountable: string | null = null;
  for (const r of owners) if (accountable === null || (aggregate.shares[r] ?? 0) > (aggregate.shares[accountable] ?? 0)) accountable = r;
  for (const r of owners) proposal[r] = r === accountable ? 'A' : 'R';
  return proposal;
}

/** The order a decision reads in: Accountable first. */
export const RACI_LETTERS_IN_ORDER: readonly TRaciLetter[] = ['A', 'R', 'C', 'I'];

/**
 * "A Data Engineering · R MLOps, Data Science · C Platform": the letters in the order A, R,
 * C, I, the roles of one letter in the session's order.
 */
export function formatRaci(raci: Readonly<TRaci>, roles: readonly { id: string; name: string }[]): string {
  return RACI_LETTERS_IN_ORDER.map((letter) => {
    const names = roles.filter((r) => raci[r.id] === letter).map((r) => r.name);
    return names.length ? `${letter} ${names.join(', ')}` : '';
  })
    .filter(Boolean)
    .join(' · ');
}

/**
 * Per concern of a whole-room heatmap: the room's checks and the picker's proposal.
 * `raciGroups` holds the round's answers grouped per concern in RACI mode, null in owners mode.
 */
export function roomOwnership(heatmap: THeatmap, raciGroups: ReadonlyMap<string, readonly RaciAnswerGroup[]> | null, roleIds: readonly string[]): TRoomOwnership[] {
  return heatmap.concerns.map((aggregate) => {
    const raci = raciGroups ? roomRaci(raciGroups.get(aggregate.concernId) ?? [], roleIds) : null;
    return {
      concernId: aggregate.concernId,
      checks: roomChecks(aggregate, raci, heatmap.threshold),
      proposal: aggregate.suppressed ? {} : proposeDecision(aggregate, raci, roleIds),
    };
  });
}
