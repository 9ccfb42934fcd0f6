import { RACI_LETTERS, type TDecision, type TRaci, type TRaciLetter, type TRole, decisionProblems, describeDecisionProblem, formatRaci } from '@thinline/shared';

/** "Decided: A Data Engineering · R MLOps", as the presenter, the control room and the report write it. */
export function decidedLabel(raci: TRaci, roles: readonly TRole[]): string {
  return `Decided: ${formatRaci(raci, roles)}`;
}

/** Where the picker starts: the decision if there is one, else the room's proposal. */
export function startingRaci(decision: TDecision | undefined, proposal: TRaci | undefined): TRaci {
  return { ...(decision?.raci ?? proposal ?? {}) };
}

/** A role's letter changed in the picker ('' = not involved). */
export function setLetter(raci: TRaci, roleId: string, letter: TRaciLetter | ''): TRaci {
  const next = { ...raci };
  if (letter === '') delete next[roleId];
  else next[roleId] = letter;
  return next;
}

/** What stops the draft from being confirmed, in words (empty when it can be). */
export function draftProblems(raci: TRaci, roles: readonly TRole[]): string[] {
  const name = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
  return decisionProblems(raci, roles.map((r) => r.id)).map((p) => describeDecisionProblem(p, name).replace(/^[a-z-]+: /, ''));
}

export const PICKER_LETTERS: readonly (TRaciLetter | '')[] = ['', ...RACI_LETTERS];
export const LETTER_NAMES: Record<TRaciLetter | '', string> = { '': 'Not involved', R: 'Responsible', A: 'Accountable', C: 'Consulted', I: 'Informed' };
