import type { TConcern, TReportDecision, TRole } from '@thinline/shared';
import { decisionOf, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { isoDate } from '../format.js';

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

/** `"Title" (workshop), session of 2026-11-20`: where a file comes from. */
export function sessionLine(bundle: ExportBundle): string {
  return `"${oneLine(bundle.session.title)}" (${oneLine(bundle.session.workshopTitle)}), session of ${isoDate(sessionDate(bundle))}`;
}
