import { type TFollowUp, type TRaci, type TShownConcernAggregate, formatRaci } from '@thinline/shared';
import { decisionOf, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { issueReason, summarize } from '../export-summary.js';
import type { ConcernInsight } from '../export-summary.js';
import type { Translator } from '../../../i18n/translator.js';
import { agreementWhole, exportText, noAnswers, participantsLabel, percentWhole, roundLabel, thresholdLabel } from '../format.js';

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

function statusCell(aggregate: TShownConcernAggregate, tx: Translator): string {
  switch (aggregate.status) {
    case 'gap':
    case 'overlap':
      return `**${tx.heatmap.status[aggregate.status]}**`;
    case 'no data':
      return tx.t('export.md.noData');
    case 'clear':
      return '';
  }
}

/** The room's majority for a concern as RACI letters (the decision picker's pre-fill), or null when unknown. */
function proposal(bundle: ExportBundle, concernId: string): TRaci | null {
  return bundle.room.find((r) => r.concernId === concernId)?.proposal ?? null;
}

function decisionLine(bundle: ExportBundle, concernId: string, tx: Translator): string {
  const decision = decisionOf(bundle, concernId);
  const concern = bundle.concerns.find((c) => c.id === concernId);
  if (!decision || !concern) return '';
  const parts = [`- **${escapeMarkdown(concern.title)}**: ${escapeMarkdown(formatRaci(decision.raci, bundle.roles))}.`];
  if (decision.rationale) parts.push(tx.t('export.md.why', { text: escapeMarkdown(decision.rationale) }));
  if (decision.dissent) parts.push(tx.t('export.md.dissent', { text: escapeMarkdown(decision.dissent) }));
  return parts.join(' ');
}

function followUpLine(bundle: ExportBundle, f: TFollowUp, tx: Translator): string {
  const concern = bundle.concerns.find((c) => c.id === f.concernId);
  const owner = [bundle.roles.find((r) => r.id === f.ownerRoleId)?.name, f.assignee].filter(Boolean).join(tx.t('export.listSeparator'));
  const details = [concern ? escapeMarkdown(concern.title) : null, owner ? tx.t('export.md.owner', { owner: escapeMarkdown(owner) }) : null, f.dueOn ? tx.t('export.md.due', { date: tx.date(f.dueOn) }) : null, f.status === 'open' ? null : tx.t(f.status === 'done' ? 'export.followUp.done' : 'export.followUp.dropped')].filter(Boolean);
  const title = f.status === 'dropped' ? `~~${escapeMarkdown(f.title)}~~` : escapeMarkdown(f.title);
  return `- [${f.status === 'done' ? 'x' : ' '}] ${title}${details.length ? ` (${details.join('; ')})` : ''}`;
}

function decideLine(c: ConcernInsight, bundle: ExportBundle, tx: Translator): string {
  const a = c.aggregate;
  const title = `**${escapeMarkdown(c.concern.title)}**${c.concern.category ? ` (${escapeMarkdown(c.concern.category)})` : ''}`;
  const status = tx.heatmap.status[a.status === 'gap' ? 'gap' : 'overlap'];
  return `- [ ] ${title}: ${status}: ${tx.t('export.md.decideLine', { reason: escapeMarkdown(issueReason(c, bundle)), agreement: agreementWhole(a.agreement, tx), n: a.answered })}`;
}

/** The Markdown export. */
export function renderMarkdown(bundle: ExportBundle): string {
  const summary = summarize(bundle);
  const { session } = bundle;
  const { settings } = session;
  const raciMode = settings.answerMode === 'raci';
  const tx = exportText(bundle);
  const { t } = tx;
  const theta = percentWhole(settings.threshold, tx);
  const lines: string[] = [];

  lines.push(`# ${t('export.md.title', { title: escapeMarkdown(session.title) })}`, '');
  lines.push(
    t('export.md.intro', {
      workshop: escapeMarkdown(session.workshopTitle),
      date: tx.date(sessionDate(bundle)),
      participants: participantsLabel(bundle.participants.total, tx),
      threshold: thresholdLabel(settings.threshold, tx),
      round: roundLabel(bundle),
    }),
    '',
  );
  if (summary.empty) lines.push(`**${noAnswers(tx)}.** ${t('export.md.empty')}`, '');
  lines.push(
    `${t('export.md.raci')} ${t(raciMode ? 'export.md.proposedRaci' : 'export.md.proposedOwners', { theta })}`,
    '',
    t('export.md.statusKey', { gap: tx.heatmap.status.gap, overlap: tx.heatmap.status.overlap, theta }),
    '',
  );

  lines.push(row([t('export.col.concern'), t('export.col.category'), ...bundle.roles.map((r) => escapeMarkdown(r.name)), t('export.col.decision'), t('export.md.gapOverlap')]));
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
        decided ? t('export.md.decided') : `*${t('export.md.proposed')}*`,
        statusCell(a, tx),
      ]),
    );
  }
  lines.push('');

  const decidedIds = new Set(bundle.decisions.map((d) => d.concernId));
  lines.push(`## ${t('export.pdf.decisions')}`, '');
  if (decidedIds.size === 0) lines.push(t('export.md.noDecisions'));
  else lines.push(...bundle.concerns.filter((c) => decidedIds.has(c.id)).map((c) => decisionLine(bundle, c.id, tx)));
  lines.push('');

  const open = summary.issues.filter((c) => !decidedIds.has(c.concern.id));
  lines.push(`## ${t('export.md.toDecide')}`, '');
  if (summary.empty) lines.push(`${noAnswers(tx)}.`);
  else if (open.length === 0) lines.push(t('export.md.nothingToDecide', { threshold: thresholdLabel(settings.threshold, tx) }));
  else lines.push(t('export.md.toDecideIntro'), '', ...open.map((c) => decideLine(c, bundle, tx)));

  if (bundle.followUps.length > 0) lines.push('', `## ${t('export.pdf.followUps')}`, '', ...bundle.followUps.map((f) => followUpLine(bundle, f, tx)));
  lines.push('', `<!-- ${t('export.md.generated', { at: tx.dateTime(bundle.generatedAt), session: session.id })} -->`, '');
  return lines.join('\n');
}
