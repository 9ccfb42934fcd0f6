import { MUTED, heatmapLayout } from '@thinline/heatmap';
import { type TConcern, type THeatmap, formatRaci } from '@thinline/shared';
import { checksOf, decisionOf, ownRoleName, segmentRoleIds, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { issueReason, summarize } from '../export-summary.js';
import type { ConcernInsight, ExportSummary } from '../export-summary.js';
import type { Translator } from '../../../i18n/translator.js';
import {
  NO_VALUE,
  agreementWhole,
  exportText,
  hiddenCountLabel,
  legendLines,
  noAnswers,
  participantsLabel,
  percentWhole,
  pointsChange,
  honestRowStatus,
  raciCheckLabel,
  rowStatus,
  sessionStatusLabel,
  statusLabel,
  subtitle,
  thresholdLabel,
} from '../format.js';
import { ReportPdf } from './pdf-document.js';
import type { PageSize, TableColumn } from './pdf-document.js';
import { heatmapSvg } from './svg.js';

/** Above this many roles the heatmap goes on A3, so its numbers stay legible when printed. */
const A4_MAX_ROLES = 8;
/**
 * Segment heatmaps are drawn while their share cells stay under this many: svg-to-pdfkit
 * takes about a millisecond a cell, and 20 segments of a 100 × 20 heatmap would take most of
 * a minute and 150 pages nobody reads. Past it, the segment section keeps its tables and
 * points to the XLSX "Segments" sheet, which has every segment.
 */
export const SEGMENT_CELL_BUDGET = 6000;
/** Rounds shown side by side in the rounds table; more keep the first and the latest. */
const ROUND_COLUMNS = 6;

/**
 * The PDF report: a cover (title, date, participants, θ, k, summary, legend), the heatmap as
 * vector graphics (the same picture as the screen, split across pages), the decisions (the
 * agreed RACI matrix, rationale, dissent, then the follow-ups), the gaps and
 * overlaps, the discussion queue, agreement per concern, the segment views and the rounds.
 */
export async function renderPdf(bundle: ExportBundle): Promise<Buffer> {
  const summary = summarize(bundle);
  const tx = exportText(bundle);
  const size: PageSize = bundle.roles.length > A4_MAX_ROLES ? 'A3' : 'A4';
  const pdf = new ReportPdf(size, { title: bundle.session.title, subject: tx.t('export.pdf.subject', { subtitle: subtitle(bundle) }), createdAt: bundle.generatedAt }, tx);

  cover(pdf, bundle, summary, tx);
  heatmapPages(pdf, bundle, summary.heatmap, bundle.session.title, tx);
  decisions(pdf, bundle, tx);
  issues(pdf, bundle, summary, tx);
  queue(pdf, summary, tx);
  agreement(pdf, summary, tx);
  segments(pdf, bundle, summary, tx);
  rounds(pdf, bundle, summary, tx);

  return pdf.finish(`Thinline · ${bundle.session.title} · ${tx.date(sessionDate(bundle))} · ${participantsLabel(bundle.participants.total, tx)} · ${thresholdLabel(bundle.session.settings.threshold, tx)}`);
}

/** A segment's size as printed: none, "fewer than k" (exact small counts would point at people), or the count. */
function segmentSize(n: number, k: number, tx: Translator): string {
  return n === 0 ? tx.t('export.pdf.none') : n < k ? hiddenCountLabel(k, tx) : tx.integer(n);
}

function participantsByRole(bundle: ExportBundle, tx: Translator): string {
  const k = bundle.session.settings.minSegmentSize;
  return segmentRoleIds(bundle.roles, bundle.participants.byRole)
    .map((id) => {
      const n = bundle.participants.byRole[id] ?? 0;
      return `${ownRoleName(bundle.roles, id, tx)}: ${segmentSize(n, k, tx)}`;
    })
    .join(' · ');
}

function cover(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary, tx: Translator): void {
  const { session } = bundle;
  const { settings } = session;
  const { t } = tx;
  pdf.paragraph(t('export.pdf.kicker'), { size: pdf.fontSize + 2, color: MUTED });
  pdf.paragraph(session.title, { bold: true, size: pdf.fontSize + 16 });
  pdf.paragraph(subtitle(bundle), { size: pdf.fontSize + 4 });
  pdf.doc.moveDown(0.8);
  const participants = participantsLabel(bundle.participants.total, tx);
  pdf.keyValues([
    [t('export.pdf.workshop'), session.workshopTitle],
    [t('export.pdf.date'), t(session.closedAt ? 'export.pdf.dateClosed' : 'export.pdf.dateOpen', { date: tx.date(sessionDate(bundle)), status: sessionStatusLabel(session.status, tx) })],
    [t('export.pdf.participants'), bundle.participants.total > 0 ? `${participants} (${participantsByRole(bundle, tx)})` : participants],
    [t('export.pdf.threshold'), t('export.pdf.thresholdText', { theta: thresholdLabel(settings.threshold, tx), percent: percentWhole(settings.threshold, tx) })],
    [t('export.pdf.anonymity'), t(settings.anonymity === 'anonymous' ? 'export.pdf.anonymityAnonymous' : 'export.pdf.anonymityNamed', { fewer: hiddenCountLabel(settings.minSegmentSize, tx), k: settings.minSegmentSize })],
    [t('export.pdf.answerMode'), t(settings.answerMode === 'raci' ? 'export.pdf.answerModeRaci' : 'export.pdf.answerModeOwners')],
    [t('export.pdf.rounds'), t('export.pdf.roundsText', { rounds: Math.max(1, bundle.rounds.length), round: summary.heatmap.round })],
    [t('export.pdf.generated'), tx.dateTime(bundle.generatedAt)],
  ]);
  pdf.doc.moveDown(0.8);
  if (summary.empty) {
    pdf.paragraph(noAnswers(tx), { bold: true, size: pdf.fontSize + 8 });
    pdf.paragraph(t('export.pdf.emptyText', { noData: tx.heatmap.status['no data'] }));
  } else {
    const c = summary.counts;
    pdf.paragraph(t('export.pdf.counts', { concerns: bundle.concerns.length, gaps: c.gap, overlaps: c.overlap, clear: c.clear, noData: c.noData }), { bold: true, size: pdf.fontSize + 3 });
  }
  pdf.heading(t('export.pdf.legend'), 2);
  pdf.legend(settings.threshold, legendLines(settings.threshold, settings.minSegmentSize, tx));
}

/** The heatmap split into page-sized slices of concerns; each slice is the full picture for its rows. */
function heatmapPages(pdf: ReportPdf, bundle: ExportBundle, heatmap: THeatmap, title: string, tx: Translator): void {
  const width = bundle.roles.length > A4_MAX_ROLES ? 1600 : 1200;
  pdf.newPage();
  const available = pdf.bottom - pdf.top;
  const fits = (concerns: TConcern[], showLegend: boolean): boolean => {
    const layout = heatmapLayout({ roles: bundle.roles, concerns, heatmap, title, subtitle: subtitle(bundle), showLegend, width, text: tx.heatmap });
    return layout.height * (pdf.width / layout.width) <= available;
  };
  const fitsAt = (concerns: TConcern[], w: number): boolean => {
    const layout = heatmapLayout({ roles: bundle.roles, concerns, heatmap, title, subtitle: subtitle(bundle), showLegend: false, width: w, text: tx.heatmap });
    return layout.height * (pdf.width / layout.width) <= available;
  };
  // the whole matrix on one landscape page when a wider layout (smaller type, legend on the
  // cover) gets it there: 20 concerns of the template do; only a longer list is cut into parts
  const onePage = [width, 1600, 1800, 2000].find((w) => w >= width && fitsAt(bundle.concerns, w));
  if (onePage !== undefined && !fits(bundle.concerns, true)) {
    const svg = heatmapSvg(bundle, { heatmap, concerns: bundle.concerns, title, showLegend: false, width: onePage });
    pdf.svg(svg, pdf.left, pdf.top, pdf.width, available);
    return;
  }
  const slices: TConcern[][] = [];
  let rest = bundle.concerns;
  while (rest.length > 0) {
    const showLegend = slices.length === 0;
    let n = 1;
    while (n < rest.length && fits(rest.slice(0, n + 1), showLegend)) n++;
    slices.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  if (slices.length === 0) slices.push([]);
  slices.forEach((concerns, i) => {
    if (i > 0) pdf.newPage();
    const part = slices.length > 1 ? ` ${tx.t('export.pdf.part', { part: i + 1, parts: slices.length })}` : '';
    const svg = heatmapSvg(bundle, { heatmap, concerns, title: `${title}${part}`, showLegend: i === 0, width });
    pdf.svg(svg, pdf.left, pdf.top, pdf.width, available);
  });
}

/** The "Decisions" page: the agreed RACI per concern with its rationale and dissent, then the follow-ups. */
function decisions(pdf: ReportPdf, bundle: ExportBundle, tx: Translator): void {
  const { t } = tx;
  pdf.newPage();
  pdf.heading(t('export.pdf.decisions'));
  pdf.paragraph(t('export.pdf.decisionsIntro'), { color: MUTED });
  pdf.table(
    [
      { header: t('export.col.concern'), weight: 2.4 },
      { header: t('export.col.decision'), weight: 3 },
      { header: t('export.col.rationale'), weight: 3 },
      { header: t('export.col.dissent'), weight: 2.4 },
    ],
    bundle.concerns.map((c) => {
      const d = decisionOf(bundle, c.id);
      if (d) return [c.title, formatRaci(d.raci, bundle.roles), d.rationale ?? '', d.dissent ?? ''];
      const checks = checksOf(bundle, c.id).map((k) => raciCheckLabel(k, tx));
      return [c.title, checks.length ? t('export.pdf.notDecidedChecks', { checks: checks.join(t('export.listSeparator')) }) : t('export.pdf.notDecided'), '', ''];
    }),
  );
  pdf.heading(t('export.pdf.followUps'), 2);
  if (bundle.followUps.length === 0) return pdf.paragraph(t('export.pdf.noFollowUps'));
  pdf.table(
    [
      { header: t('export.col.followUp'), weight: 3.4 },
      { header: t('export.col.concern'), weight: 2.4 },
      { header: t('export.col.owner'), weight: 2 },
      { header: t('export.col.due'), weight: 1.2 },
      { header: t('export.col.status'), weight: 1 },
    ],
    bundle.followUps.map((f) => [
      f.title,
      bundle.concerns.find((c) => c.id === f.concernId)?.title ?? NO_VALUE,
      [bundle.roles.find((r) => r.id === f.ownerRoleId)?.name, f.assignee].filter(Boolean).join(t('export.listSeparator')) || NO_VALUE,
      f.dueOn ? tx.date(f.dueOn) : NO_VALUE,
      followUpStatus(f.status, tx),
    ]),
  );
}

function issues(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary, tx: Translator): void {
  const { t } = tx;
  const theta = thresholdLabel(bundle.session.settings.threshold, tx);
  pdf.newPage();
  pdf.heading(t('export.pdf.issues'));
  if (summary.empty) return pdf.paragraph(`${noAnswers(tx)}.`);
  pdf.paragraph(t('export.pdf.issuesIntro', { gap: tx.heatmap.status.gap, overlap: tx.heatmap.status.overlap, theta }), { color: MUTED });
  if (summary.issues.length === 0) return pdf.paragraph(t('export.pdf.noIssues', { theta }), { bold: true });
  pdf.table(
    [
      ...concernColumns(3, 1.4, tx),
      { header: t('export.col.why'), weight: 4.4 },
      { header: tx.heatmap.columns.nobody, weight: 0.9, align: 'right' },
      { header: tx.heatmap.columns.agreement, weight: 1, align: 'right' },
      { header: tx.heatmap.columns.answered, weight: 0.9, align: 'right' },
    ],
    summary.issues.map((c) => [
      ...concernCells(c),
      issueReason(c, bundle),
      percentWhole(c.aggregate.nobody, tx),
      agreementWhole(c.aggregate.agreement, tx),
      tx.integer(c.aggregate.answered),
    ]),
  );
}

function followUpStatus(status: ExportBundle['followUps'][number]['status'], tx: Translator): string {
  switch (status) {
    case 'open':
      return tx.t('export.followUp.open');
    case 'done':
      return tx.t('export.followUp.done');
    case 'dropped':
      return tx.t('export.followUp.dropped');
  }
}

/** The first columns of a table with a row per concern: its title, category and status badge. */
function concernColumns(titleWeight: number, categoryWeight: number, tx: Translator): TableColumn[] {
  return [
    { header: tx.t('export.col.concern'), weight: titleWeight },
    { header: tx.t('export.col.category'), weight: categoryWeight },
    { header: tx.heatmap.columns.status, weight: 1.3, kind: 'status' },
  ];
}

function concernCells(c: ConcernInsight): string[] {
  return [c.concern.title, c.concern.category, rowStatus(c.aggregate)];
}

function betweenText(c: ConcernInsight, tx: Translator): string {
  if (!c.perceptionGap) return NO_VALUE;
  if (c.perceptionGap.value === 0) return tx.t('export.pdf.seenAlike');
  return tx.list(c.perceptionGap.betweenNames);
}

function gapText(c: ConcernInsight, tx: Translator): string {
  if (!c.perceptionGap) return NO_VALUE;
  return `${percentWhole(c.perceptionGap.value, tx)} (${betweenText(c, tx)})`;
}

function queue(pdf: ReportPdf, summary: ExportSummary, tx: Translator): void {
  const { t } = tx;
  pdf.heading(t('export.pdf.queue'));
  if (summary.empty) return pdf.paragraph(`${noAnswers(tx)}.`);
  pdf.paragraph(t('export.pdf.queueIntro'), { color: MUTED });
  pdf.table(
    [
      { header: '#', weight: 0.4, align: 'right' },
      { header: t('export.col.concern'), weight: 3.2 },
      { header: tx.heatmap.columns.status, weight: 1.3, kind: 'status' },
      { header: tx.heatmap.columns.agreement, weight: 1, align: 'right' },
      { header: t('export.col.largestGap'), weight: 3.4 },
    ],
    summary.queue.map((c, i) => [tx.integer(i + 1), c.concern.title, rowStatus(c.aggregate), agreementWhole(c.aggregate.agreement, tx), gapText(c, tx)]),
  );
}

function agreement(pdf: ReportPdf, summary: ExportSummary, tx: Translator): void {
  const { t } = tx;
  pdf.heading(t('export.pdf.agreement'));
  if (summary.empty) return pdf.paragraph(`${noAnswers(tx)}.`);
  pdf.paragraph(t('export.pdf.agreementIntro'), { color: MUTED });
  pdf.table(
    [
      ...concernColumns(3.2, 1.5, tx),
      { header: tx.heatmap.columns.agreement, weight: 1, align: 'right' },
      { header: tx.heatmap.columns.answered, weight: 1, align: 'right' },
      { header: t('export.col.dontKnow'), weight: 1, align: 'right' },
      { header: t('export.col.confidence'), weight: 1.2, align: 'right' },
    ],
    summary.concerns.map((c) => [
      ...concernCells(c),
      agreementWhole(c.aggregate.agreement, tx),
      tx.integer(c.aggregate.answered),
      tx.integer(c.aggregate.unknown),
      c.aggregate.confidence === null ? NO_VALUE : tx.decimal(c.aggregate.confidence, 1),
    ]),
  );
}

function segments(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary, tx: Translator): void {
  const { t } = tx;
  const k = bundle.session.settings.minSegmentSize;
  const fewer = hiddenCountLabel(k, tx);
  pdf.newPage();
  pdf.heading(t('export.pdf.segments'));
  pdf.paragraph(t('export.pdf.segmentsIntro', { fewer }), { color: MUTED });
  pdf.table(
    [
      { header: t('export.col.segment'), weight: 3 },
      { header: t('export.col.participants'), weight: 1.2, align: 'right' },
      { header: t('export.col.shown'), weight: 4 },
    ],
    bundle.segments.map((s) => [
      s.roleName,
      segmentSize(s.heatmap.participants, k, tx),
      s.heatmap.suppressed ? t('export.pdf.segmentHidden', { fewer }) : t('export.pdf.segmentShown', { fewer, hidden: tx.heatmap.status.hidden }),
    ]),
  );
  const withGap = summary.concerns.filter((c) => c.perceptionGap !== null).sort((a, b) => (b.perceptionGap?.value ?? 0) - (a.perceptionGap?.value ?? 0));
  pdf.heading(t('export.pdf.perceptionGaps'), 2);
  if (withGap.length === 0) {
    pdf.paragraph(summary.empty ? `${noAnswers(tx)}.` : t('export.pdf.perceptionGapsNone'));
  } else {
    pdf.paragraph(t('export.pdf.perceptionGapsIntro'), { color: MUTED });
    pdf.table(
      [
        { header: t('export.col.concern'), weight: 3.2 },
        { header: t('export.col.perceptionGap'), weight: 1.2, align: 'right' },
        { header: t('export.col.between'), weight: 4 },
      ],
      withGap.map((c) => [c.concern.title, percentWhole(c.perceptionGap?.value ?? 0, tx), betweenText(c, tx)]),
    );
  }
  const cells = summary.shownSegments.length * bundle.concerns.length * (bundle.roles.length + 1);
  if (cells > SEGMENT_CELL_BUDGET) {
    pdf.heading(t('export.pdf.segmentHeatmaps'), 2);
    pdf.paragraph(t('export.pdf.segmentHeatmapsTooMany', { segments: summary.shownSegments.length, concerns: bundle.concerns.length }));
    return;
  }
  for (const s of summary.shownSegments) heatmapPages(pdf, bundle, s.heatmap, `${bundle.session.title}: ${tx.heatmap.segmentRole(s.roleName)}`, tx);
}

/** "Round 1 · pre-work", "Round 2": a rounds table's column heading. */
function roundHeader(bundle: ExportBundle, round: number, tx: Translator): string {
  const label = bundle.session.rounds.find((r) => r.round === round)?.label;
  return label ? tx.t('export.roundHeaderLabelled', { round, label }) : tx.t('export.roundHeader', { round });
}

function roundCell(h: THeatmap, concernId: string, tx: Translator): string {
  const a = h.concerns.find((c) => c.concernId === concernId);
  return `${statusLabel(honestRowStatus(a, h), tx)} · ${agreementWhole(a?.agreement ?? null, tx)}`;
}

function rounds(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary, tx: Translator): void {
  const { t } = tx;
  pdf.newPage();
  pdf.heading(t('export.pdf.roundsHeading'));
  if (!summary.multiRound) {
    pdf.paragraph(t(summary.empty ? 'export.pdf.oneRoundEmpty' : 'export.pdf.oneRound'));
    return;
  }
  pdf.paragraph(t('export.pdf.roundsIntro'), { color: MUTED });
  const shown = bundle.rounds.length <= ROUND_COLUMNS ? bundle.rounds : [bundle.rounds[0], ...bundle.rounds.slice(-(ROUND_COLUMNS - 1))].filter((h): h is THeatmap => h !== undefined);
  pdf.table(
    [
      { header: t('export.col.concern'), weight: 3 },
      ...shown.map((h) => ({ header: roundHeader(bundle, h.round, tx), weight: 1.3 })),
      { header: t('export.col.convergence'), weight: 1.1, align: 'right' as const },
    ],
    summary.concerns.map((c) => [c.concern.title, ...shown.map((h) => roundCell(h, c.concern.id, tx)), pointsChange(c.convergence, tx)]),
  );
}
