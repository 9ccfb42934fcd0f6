import { type TFollowUp, type TRaci, type TShownConcernAggregate, formatRaci } from '@thinline/shared';
import { decisionOf, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { issueReason, summarize } from '../export-summary.js';
import type { ConcernInsight } from '../export-summary.js';
import { NO_ANSWERS, agreementWhole, isoDate, isoDateTime, percentWhole, plural, roundLabel, thresholdLabel } from '../format.js';

/**
 * The draft ownership file (e.g. OWNERSHIP.md): a concern × role RACI matrix a team can review
 * and commit next to its code. Built from the workshop's decisions; a concern without one
 * shows the room's majority marked `proposed`, and its gap or overlap is left to decide.
 */

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

/** The room's majority for a concern as RACI letters (the decision picker's pre-fill), or null when unknown. */
function proposal(bundle: ExportBundle, concernId: string): TRaci | null {
  return bundle.room.find((r) => r.concernId === concernId)?.proposal ?? null;
}

function decisionLine(bundle: ExportBundle, concernId: string): string {
  const decision = decisionOf(bundle, concernId);
  const concern = bundle.concerns.find((c) => c.id === concernId);
  if (!decision || !concern) return '';
  const parts = [`- **${escapeMarkdown(concern.title)}**: ${escapeMarkdown(formatRaci(decision.raci, bundle.roles))}.`];
  if (decision.rationale) parts.push(`Why: ${escapeMarkdown(decision.rationale)}`);
  if (decision.dissent) parts.push(`Dissent: ${escapeMarkdown(decision.dissent)}`);
  return parts.join(' ');
}

function followUpLine(bundle: ExportBundle, f: TFollowUp): string {
  const concern = bundle.concerns.find((c) => c.id === f.concernId);
  const owner = [bundle.roles.find((r) => r.id === f.ownerRoleId)?.name, f.assignee].filter(Boolean).join(', ');
  const details = [concern ? escapeMarkdown(concern.title) : null, owner ? `owner: ${escapeMarkdown(owner)}` : null, f.dueOn ? `due ${f.dueOn}` : null, f.status === 'open' ? null : f.status].filter(Boolean);
  const title = f.status === 'dropped' ? `~~${escapeMarkdown(f.title)}~~` : escapeMarkdown(f.title);
  return `- [${f.status === 'done' ? 'x' : ' '}] ${title}${details.length ? ` (${details.join('; ')})` : ''}`;
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
    'Decided rows are what the workshop agreed: A = accountable (exactly one), R = responsible (an A alone is also the R), C = consulted, I = informed. ' +
      `Rows marked *proposed* are not decided yet: they show the room's majority (${raciMode ? 'the letter most respondents gave each role' : `the roles at least ${percentWhole(settings.threshold)} named, the largest share A, the others R`}).`,
    '',
    `**GAP** = the room named no owner, or "nobody owns this" reached ${percentWhole(settings.threshold)}; **OVERLAP** = 2 or more roles reached ${percentWhole(settings.threshold)}.`,
    '',
  );

  lines.push(row(['Concern', 'Category', ...bundle.roles.map((r) => escapeMarkdown(r.name)), 'Decision', 'Gap / overlap']));
  lines.push(row(['---', '---', ...bundle.roles.map(() => ':---:'), '---', '---']));
  for (const c of summary.concerns) {
    const a = c.aggregate;
    const decided = decisionOf(bundle, c.concern.id)?.raci ?? null;
    const letters = decided ?? proposal(bundle, c.concern.id) ?? {};
    lines.push(
      row([
        escapeMarkdown(c.concern.title),
        escapeMarkdown(c.concern.category),
        ...bundle.roles.map((r) => letters[r.id] ?? ''),
        decided ? 'decided' : '*proposed*',
        statusCell(a),
      ]),
    );
  }
  lines.push('');

  const decidedIds = new Set(bundle.decisions.map((d) => d.concernId));
  lines.push('## Decisions', '');
  if (decidedIds.size === 0) lines.push('None yet: every row above is a proposal.');
  else lines.push(...bundle.concerns.filter((c) => decidedIds.has(c.id)).map((c) => decisionLine(bundle, c.id)));
  lines.push('');

  const open = summary.issues.filter((c) => !decidedIds.has(c.concern.id));
  lines.push('## To decide', '');
  if (summary.empty) lines.push(`${NO_ANSWERS}.`);
  else if (open.length === 0) lines.push(`Nothing: every gap and overlap at ${thresholdLabel(settings.threshold)} is decided, or there is none.`);
  else lines.push('Gaps and overlaps not decided yet, in the order to discuss them:', '', ...open.map((c) => decideLine(c, bundle)));

  if (bundle.followUps.length > 0) lines.push('', '## Follow-ups', '', ...bundle.followUps.map((f) => followUpLine(bundle, f)));
  lines.push('', `<!-- Generated by Thinline on ${isoDateTime(bundle.generatedAt)} from session ${session.id}. -->`, '');
  return lines.join('\n');
}
