import type { TConcern, TReportDecision, TRole } from '@thinline/shared';
import { decisionOf, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { exportText } from '../format.js';

/** What both ownership-as-code files know about a decided concern. */
export interface DecidedConcern {
  concern: TConcern;
  decision: TReportDecision;
  accountable: TRole | undefined;
  /** the R roles; an A alone is also the Responsible */
  responsible: TRole[];
}

/** Each concern with its decision (null when undecided), in the workshop's order. */
export function concernsWithDecisions(bundle: ExportBundle): { concern: TConcern; decided: DecidedConcern | null }[] {
  return bundle.concerns.map((concern) => {
    const decision = decisionOf(bundle, concern.id);
    if (!decision) return { concern, decided: null };
    const withLetter = (letter: string) => bundle.roles.filter((r) => decision.raci[r.id] === letter);
    return { concern, decided: { concern, decision, accountable: withLetter('A')[0], responsible: withLetter('R') } };
  });
}

/** A person's text on one line of a comment (a title can never start a new line of the file). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `"Title" (workshop), session of Nov 20, 2026`: where a file comes from, in the export's language. */
export function sessionLine(bundle: ExportBundle): string {
  const tx = exportText(bundle);
  return tx.t('export.ownership.sessionLine', { title: oneLine(bundle.session.title), workshop: oneLine(bundle.session.workshopTitle), date: tx.date(sessionDate(bundle)) });
}
