import { type TRaciLetter, type TShownConcernAggregate, atLeast } from '@thinline/shared';
import { sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { issueReason, summarize } from '../export-summary.js';
import type { ConcernInsight } from '../export-summary.js';
import { NO_ANSWERS, agreementWhole, isoDate, isoDateTime, percentWhole, plural, roundLabel, thresholdLabel } from '../format.js';

/**
 * The draft ownership file (e.g. OWNERSHIP.md): a concern × role matrix a team can review and
 * commit next to its code, with the gaps and overlaps left to decide as a checklist.
 */

const OWNER_MARK = '✓';

/** Text that cannot break a table cell or turn into markup. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\|*_`[\]<>#])/g, '\\$1');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

type LetterCounts = Map<string, Record<TRaciLetter, number>>;

/** RACI letters given per concern and role in the last round (RACI mode only). */
function raciCounts(bundle: ExportBundle): Map<string, LetterCounts> {
  const byConcern = new Map<string, LetterCounts>();
  for (const a of bundle.answers) {
    if (a.choice !== 'owners' || !a.raci) continue;
    const byRole: LetterCounts = byConcern.get(a.concernId) ?? new Map<string, Record<TRaciLetter, number>>();
    byConcern.set(a.concernId, byRole);
    for (const [roleId, letter] of Object.entries(a.raci)) {
      const counts = byRole.get(roleId) ?? { R: 0, A: 0, C: 0, I: 0 };
      counts[letter]++;
      byRole.set(roleId, counts);
    }
  }
  return byConcern;
}

/**
 * The mark for one cell. Owners come from the aggregates (share ≥ θ), exactly as on the
 * heatmap. In RACI mode an owner shows A or R, whichever more respondents gave, and a
 * non-owner shows C or I when at least θ of respondents gave that letter.
 */
function mark(aggregate: TShownConcernAggregate, roleId: string, raci: LetterCounts | undefined, raciMode: boolean, threshold: number): string {
  const owner = aggregate.owners.includes(roleId);
  if (!raciMode) return owner ? OWNER_MARK : '';
  const counts = raci?.get(roleId) ?? { R: 0, A: 0, C: 0, I: 0 };
  if (owner) return counts.A >= counts.R ? 'A' : 'R';
  const n = aggregate.answered;
  if (n === 0) return '';
  if (atLeast(counts.C / n, threshold) && counts.C >= counts.I) return 'C';
  if (atLeast(counts.I / n, threshold)) return 'I';
  return '';
}

function statusCell(aggregate: TShownConcernAggregate): string {
  switch (aggregate.status) {
    case 'gap':
      return '**GAP**';
    case 'overlap':
      return '**OVERLAP**';
    case 'no data':
      return 'no data';
    case 'clear':
      return '';
  }
}

function decideLine(c: ConcernInsight, bundle: ExportBundle): string {
  const a = c.aggregate;
  const title = `**${escapeMarkdown(c.concern.title)}**${c.concern.category ? ` (${escapeMarkdown(c.concern.category)})` : ''}`;
  return `- [ ] ${title}: ${a.status === 'gap' ? 'GAP' : 'OVERLAP'}: ${escapeMarkdown(issueReason(c, bundle))}; agreement ${agreementWhole(a.agreement)}, ${plural(a.answered, 'respondent', 'respondents')}.`;
}

/** The Markdown export. */
export function renderMarkdown(bundle: ExportBundle): string {
  const summary = summarize(bundle);
  const { session } = bundle;
  const { settings } = session;
  const raciMode = settings.answerMode === 'raci';
  const raci = raciMode ? raciCounts(bundle) : new Map<string, LetterCounts>();
  const lines: string[] = [];

  lines.push(`# Ownership: ${escapeMarkdown(session.title)}`, '');
  lines.push(
    `Draft from the Thinline workshop "${escapeMarkdown(session.workshopTitle)}" on ${isoDate(sessionDate(bundle))}: ` +
      `${plural(bundle.participants.total, 'participant', 'participants')}, owner threshold ${thresholdLabel(settings.threshold)}, ${roundLabel(bundle)}. ` +
      'Review it, settle the open items, and commit it next to the code it is about.',
    '',
  );
  if (summary.empty) lines.push(`**${NO_ANSWERS}.** Every concern below has no data; export again after the session.`, '');
  lines.push(
    raciMode
      ? `Legend: A / R = owner (at least ${percentWhole(settings.threshold)} of respondents marked the role R or A; the letter most of them gave); C / I = consulted / informed (at least ${percentWhole(settings.threshold)} gave that letter); **GAP** = no owner, or "nobody owns this" reached ${percentWhole(settings.threshold)}; **OVERLAP** = 2 or more owners.`
      : `Legend: ${OWNER_MARK} = owner (at least ${percentWhole(settings.threshold)} of respondents named the role); **GAP** = no owner, or "nobody owns this" reached ${percentWhole(settings.threshold)}; **OVERLAP** = 2 or more owners.`,
    '',
  );

  lines.push(row(['Concern', 'Category', ...bundle.roles.map((r) => escapeMarkdown(r.name)), 'Gap / overlap']));
  lines.push(row(['---', '---', ...bundle.roles.map(() => ':---:'), '---']));
  for (const c of summary.concerns) {
    const a = c.aggregate;
    lines.push(
      row([
        escapeMarkdown(c.concern.title),
        escapeMarkdown(c.concern.category),
        ...bundle.roles.map((r) => mark(a, r.id, raci.get(c.concern.id), raciMode, settings.threshold)),
        statusCell(a),
      ]),
    );
  }
  lines.push('');

  lines.push('## To decide', '');
  if (summary.empty) lines.push(`${NO_ANSWERS}.`);
  else if (summary.issues.length === 0) lines.push(`Nothing: every concern with answers has exactly one owner at ${thresholdLabel(settings.threshold)}.`);
  else lines.push('Gaps and overlaps, in the order to discuss them:', '', ...summary.issues.map((c) => decideLine(c, bundle)));
  lines.push('', `<!-- Generated by Thinline on ${isoDateTime(bundle.generatedAt)} from session ${session.id}. -->`, '');
  return lines.join('\n');
}
