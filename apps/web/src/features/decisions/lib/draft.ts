import { RACI_LETTERS, type TDecision, type TRaci, type TRaciCheck, type TRaciLetter, type TRole, decisionProblems, formatList, formatRaci } from '@thinline/shared';
import { type MessageId, currentLocale, t } from '../../../i18n/i18n';

/** "Decided: A Data Engineering · R MLOps", as the presenter, the control room and the report write it (the letters stay R/A/C/I in every language). */
export function decidedLabel(raci: TRaci, roles: readonly TRole[]): string {
  return t('app.decisions.decided', { raci: formatRaci(raci, roles) });
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

/** What stops the draft from being confirmed, in words of the shown language (empty when it can be). */
export function draftProblems(raci: TRaci, roles: readonly TRole[]): string[] {
  const names = (ids: readonly string[]) => formatList(currentLocale(), ids.map((id) => roles.find((r) => r.id === id)?.name ?? id));
  return decisionProblems(raci, roles.map((r) => r.id)).map((p) => {
    switch (p.rule) {
      case 'no-accountable':
        return t('app.decisions.problem.noAccountable');
      case 'several-accountable':
        return t('app.decisions.problem.severalAccountable', { roles: names(p.roleIds) });
      case 'unknown-role':
        return t('app.decisions.problem.unknownRole', { roles: names(p.roleIds) });
    }
  });
}

export const PICKER_LETTERS: readonly (TRaciLetter | '')[] = ['', ...RACI_LETTERS];

/** Each letter in words; the picker shows the letter and says the word (title, screen readers). */
export const LETTER_NAMES: Record<TRaciLetter | '', MessageId> = {
  '': 'app.decisions.letter.none',
  R: 'app.decisions.letter.responsible',
  A: 'app.decisions.letter.accountable',
  C: 'app.decisions.letter.consulted',
  I: 'app.decisions.letter.informed',
};

const CHECK_NAMES: Record<TRaciCheck, MessageId> = {
  'no-accountable': 'app.decisions.check.noAccountable',
  'several-accountable': 'app.decisions.check.severalAccountable',
  'accountable-without-responsible': 'app.decisions.check.accountableWithoutResponsible',
  unowned: 'app.decisions.check.unowned',
};

/** The room's RACI checks of a concern in words: "No accountable role · Unowned". */
export function checksLabel(checks: readonly TRaciCheck[]): string {
  return checks.map((c) => t(CHECK_NAMES[c])).join(' · ');
}
