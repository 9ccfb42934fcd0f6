import { MUTED, heatmapLayout } from '@thinline/heatmap';
import { RACI_CHECK_LABELS, type TConcern, type THeatmap, formatRaci, roundName } from '@thinline/shared';
import { checksOf, decisionOf, ownRoleName, segmentRoleIds, sessionDate } from '../export-bundle.js';
import type { ExportBundle } from '../export-bundle.js';
import { issueReason, summarize } from '../export-summary.js';
import type { ConcernInsight, ExportSummary } from '../export-summary.js';
import {
  NO_ANSWERS,
  NO_VALUE,
  agreementWhole,
  hiddenCountLabel,
  isoDate,
  isoDateTime,
  legendLines,
  percentWhole,
  plural,
  pointsChange,
  honestRowStatus,
  rowStatus,
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
  const size: PageSize = bundle.roles.length > A4_MAX_ROLES ? 'A3' : 'A4';
  const pdf = new ReportPdf(size, { title: bundle.session.title, subject: `Ownership report · ${subtitle(bundle)}`, createdAt: bundle.generatedAt });

  cover(pdf, bundle, summary);
  heatmapPages(pdf, bundle, summary.heatmap, bundle.session.title);
  decisions(pdf, bundle);
  issues(pdf, bundle, summary);
  queue(pdf, summary);
  agreement(pdf, summary);
  segments(pdf, bundle, summary);
  rounds(pdf, bundle, summary);

  return pdf.finish(`Thinline · ${bundle.session.title} · ${isoDate(sessionDate(bundle))} · ${plural(bundle.participants.total, 'participant', 'participants')} · ${thresholdLabel(bundle.session.settings.threshold)}`);
}

function participantsByRole(bundle: ExportBundle): string {
  const k = bundle.session.settings.minSegmentSize;
  return segmentRoleIds(bundle.roles, bundle.participants.byRole)
    .map((id) => {
      const n = bundle.participants.byRole[id] ?? 0;
      // exact small counts would point at the one or two people in a role
      return `${ownRoleName(bundle.roles, id)}: ${n === 0 ? 'none' : n < k ? hiddenCountLabel(k) : n.toLocaleString('en-US')}`;
    })
    .join(' · ');
}

function cover(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary): void {
  const { session } = bundle;
  const { settings } = session;
  pdf.paragraph('Thinline ownership report', { size: pdf.fontSize + 2, color: MUTED });
  pdf.paragraph(session.title, { bold: true, size: pdf.fontSize + 16 });
  pdf.paragraph(subtitle(bundle), { size: pdf.fontSize + 4 });
  pdf.doc.moveDown(0.8);
  pdf.keyValues([
    ['Workshop', session.workshopTitle],
    ['Date', `${isoDate(sessionDate(bundle))} (${session.closedAt ? 'closed' : `status: ${session.status}`})`],
    ['Participants', `${plural(bundle.participants.total, 'participant', 'participants')}${bundle.participants.total > 0 ? ` (${participantsByRole(bundle)})` : ''}`],
    ['Owner threshold', `${thresholdLabel(settings.threshold)}: a role owns a concern when at least ${percentWhole(settings.threshold)} of respondents name it`],
    ['Anonymity', `segments with ${hiddenCountLabel(settings.minSegmentSize)} respondents are hidden (k = ${settings.minSegmentSize}); ${settings.anonymity === 'anonymous' ? 'anonymous session: no names' : 'named session'}`],
    ['Answer mode', settings.answerMode === 'raci' ? 'RACI (a role counts as owner when marked R or A)' : 'owners (pick one or more owning roles)'],
    ['Rounds', `${Math.max(1, bundle.rounds.length)}; numbers are from round ${summary.heatmap.round}`],
    ['Generated', isoDateTime(bundle.generatedAt)],
  ]);
  pdf.doc.moveDown(0.8);
  if (summary.empty) {
    pdf.paragraph(NO_ANSWERS, { bold: true, size: pdf.fontSize + 8 });
    pdf.paragraph('Nobody has answered yet, so every concern shows NO DATA. Export again after the session.');
  } else {
    const c = summary.counts;
    pdf.paragraph(
      `${plural(bundle.concerns.length, 'concern', 'concerns')}: ${plural(c.gap, 'gap', 'gaps')}, ${plural(c.overlap, 'overlap', 'overlaps')}, ${c.clear} clear, ${c.noData} with no data.`,
      { bold: true, size: pdf.fontSize + 3 },
    );
  }
  pdf.heading('Legend', 2);
  pdf.legend(settings.threshold, legendLines(settings.threshold, settings.minSegmentSize));
}

/** The heatmap split into page-sized slices of concerns; each slice is the full picture for its rows. */
function heatmapPages(pdf: ReportPdf, bundle: ExportBundle, heatmap: THeatmap, title: string): void {
  const width = bundle.roles.length > A4_MAX_ROLES ? 1600 : 1200;
  pdf.newPage();
  const available = pdf.bottom - pdf.top;
  const fits = (concerns: TConcern[], showLegend: boolean): boolean => {
    const layout = heatmapLayout({ roles: bundle.roles, concerns, heatmap, title, subtitle: subtitle(bundle), showLegend, width });
    return layout.height * (pdf.width / layout.width) <= available;
  };
  const fitsAt = (concerns: TConcern[], w: number): boolean => {
    const layout = heatmapLayout({ roles: bundle.roles, concerns, heatmap, title, subtitle: subtitle(bundle), showLegend: false, width: w });
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
    const part = slices.length > 1 ? ` (part ${i + 1} of ${slices.length})` : '';
    const svg = heatmapSvg(bundle, { heatmap, concerns, title: `${title}${part}`, showLegend: i === 0, width });
    pdf.svg(svg, pdf.left, pdf.top, pdf.width, available);
  });
}

/** The "Decisions" page: the agreed RACI per concern with its rationale and dissent, then the follow-ups. */
function decisions(pdf: ReportPdf, bundle: ExportBundle): void {
  pdf.newPage();
  pdf.heading('Decisions');
  pdf.paragraph(
    'What the workshop agreed per concern: A = accountable (exactly one), R = responsible (an A alone is also the R), C = consulted, I = informed. A concern not decided yet shows the room\'s RACI checks.',
    { color: MUTED },
  );
  pdf.table(
    [
      { header: 'Concern', weight: 2.4 },
      { header: 'Decision', weight: 3 },
      { header: 'Rationale', weight: 3 },
      { header: 'Dissent', weight: 2.4 },
    ],
    bundle.concerns.map((c) => {
      const d = decisionOf(bundle, c.id);
      if (d) return [c.title, formatRaci(d.raci, bundle.roles), d.rationale ?? '', d.dissent ?? ''];
      const checks = checksOf(bundle, c.id).map((k) => RACI_CHECK_LABELS[k]);
      return [c.title, `Not decided${checks.length ? ` (${checks.join(', ')})` : ''}`, '', ''];
    }),
  );
  pdf.heading('Follow-ups', 2);
  if (bundle.followUps.length === 0) return pdf.paragraph('No follow-ups were recorded in this session.');
  pdf.table(
    [
      { header: 'Follow-up', weight: 3.4 },
      { header: 'Concern', weight: 2.4 },
      { header: 'Owner', weight: 2 },
      { header: 'Due', weight: 1.2 },
      { header: 'Status', weight: 1 },
    ],
    bundle.followUps.map((f) => [
      f.title,
      bundle.concerns.find((c) => c.id === f.concernId)?.title ?? NO_VALUE,
      [bundle.roles.find((r) => r.id === f.ownerRoleId)?.name, f.assignee].filter(Boolean).join(', ') || NO_VALUE,
      f.dueOn ?? NO_VALUE,
      f.status,
    ]),
  );
}

function issues(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary): void {
  const threshold = bundle.session.settings.threshold;
  pdf.newPage();
  pdf.heading('Gaps and overlaps');
  if (summary.empty) return pdf.paragraph(`${NO_ANSWERS}.`);
  pdf.paragraph(
    `A GAP is a concern no role owns (no role reaches ${thresholdLabel(threshold)}, or "nobody owns this" does); an OVERLAP is one that 2 or more roles think they own. Listed in discussion order.`,
    { color: MUTED },
  );
  if (summary.issues.length === 0) return pdf.paragraph(`No gaps or overlaps at ${thresholdLabel(threshold)}.`, { bold: true });
  pdf.table(
    [
      ...concernColumns(3, 1.4),
      { header: 'Why', weight: 4.4 },
      { header: 'Nobody', weight: 0.9, align: 'right' },
      { header: 'Agreement', weight: 1, align: 'right' },
      { header: 'Answered', weight: 0.9, align: 'right' },
    ],
    summary.issues.map((c) => [
      ...concernCells(c),
      issueReason(c, bundle),
      percentWhole(c.aggregate.nobody),
      agreementWhole(c.aggregate.agreement),
      c.aggregate.answered.toLocaleString('en-US'),
    ]),
  );
}

/** The first columns of a table with a row per concern: its title, category and status badge. */
function concernColumns(titleWeight: number, categoryWeight: number): TableColumn[] {
  return [
    { header: 'Concern', weight: titleWeight },
    { header: 'Category', weight: categoryWeight },
    { header: 'Status', weight: 1.3, kind: 'status' },
  ];
}

function concernCells(c: ConcernInsight): string[] {
  return [c.concern.title, c.concern.category, rowStatus(c.aggregate)];
}

function betweenText(c: ConcernInsight): string {
  if (!c.perceptionGap) return NO_VALUE;
  if (c.perceptionGap.value === 0) return 'every shown segment sees it alike';
  return `${c.perceptionGap.betweenNames[0]} and ${c.perceptionGap.betweenNames[1]}`;
}

function gapText(c: ConcernInsight): string {
  if (!c.perceptionGap) return NO_VALUE;
  return `${percentWhole(c.perceptionGap.value)} (${betweenText(c)})`;
}

function queue(pdf: ReportPdf, summary: ExportSummary): void {
  pdf.heading('Discussion queue');
  if (summary.empty) return pdf.paragraph(`${NO_ANSWERS}.`);
  pdf.paragraph('The order to discuss the concerns in: gaps first, then overlaps, each by lowest agreement; then the largest perception gaps (how differently two roles see a concern).', { color: MUTED });
  pdf.table(
    [
      { header: '#', weight: 0.4, align: 'right' },
      { header: 'Concern', weight: 3.2 },
      { header: 'Status', weight: 1.3, kind: 'status' },
      { header: 'Agreement', weight: 1, align: 'right' },
      { header: 'Largest perception gap', weight: 3.4 },
    ],
    summary.queue.map((c, i) => [String(i + 1), c.concern.title, rowStatus(c.aggregate), agreementWhole(c.aggregate.agreement), gapText(c)]),
  );
}

function agreement(pdf: ReportPdf, summary: ExportSummary): void {
  pdf.heading('Agreement per concern');
  if (summary.empty) return pdf.paragraph(`${NO_ANSWERS}.`);
  pdf.paragraph('Agreement is the mean similarity of the answers between every two respondents: 100% = everyone gave the same answer, – = fewer than 2 respondents. Confidence is the mean of the confidences given, 1 to 5.', { color: MUTED });
  pdf.table(
    [
      ...concernColumns(3.2, 1.5),
      { header: 'Agreement', weight: 1, align: 'right' },
      { header: 'Answered', weight: 1, align: 'right' },
      { header: "Don't know", weight: 1, align: 'right' },
      { header: 'Confidence', weight: 1.2, align: 'right' },
    ],
    summary.concerns.map((c) => [
      ...concernCells(c),
      agreementWhole(c.aggregate.agreement),
      c.aggregate.answered.toLocaleString('en-US'),
      c.aggregate.unknown.toLocaleString('en-US'),
      c.aggregate.confidence === null ? NO_VALUE : c.aggregate.confidence.toFixed(1),
    ]),
  );
}

function segments(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary): void {
  const k = bundle.session.settings.minSegmentSize;
  pdf.newPage();
  pdf.heading('Segment views');
  pdf.paragraph(
    `A segment shows the numbers among the participants of one own role ("as Data Engineering see it"). A segment with ${hiddenCountLabel(k)} respondents is hidden, so a split by role cannot identify anyone.`,
    { color: MUTED },
  );
  pdf.table(
    [
      { header: 'Segment', weight: 3 },
      { header: 'Participants', weight: 1.2, align: 'right' },
      { header: 'Shown', weight: 4 },
    ],
    bundle.segments.map((s) => {
      const n = s.heatmap.participants;
      return [
        s.roleName,
        n === 0 ? 'none' : n < k ? hiddenCountLabel(k) : n.toLocaleString('en-US'),
        s.heatmap.suppressed ? `hidden: ${hiddenCountLabel(k)} respondents` : `shown below (concerns with ${hiddenCountLabel(k)} respondents are marked HIDDEN)`,
      ];
    }),
  );
  const withGap = summary.concerns.filter((c) => c.perceptionGap !== null).sort((a, b) => (b.perceptionGap?.value ?? 0) - (a.perceptionGap?.value ?? 0));
  pdf.heading('Perception gaps', 2);
  if (withGap.length === 0) {
    pdf.paragraph(summary.empty ? `${NO_ANSWERS}.` : 'Perception gaps need at least two segments that are shown.');
  } else {
    pdf.paragraph('The perception gap of a concern between two roles is ½ Σ |share as A see it − share as B see it| over the roles: 0% = they see it alike. The largest pair per concern:', { color: MUTED });
    pdf.table(
      [
        { header: 'Concern', weight: 3.2 },
        { header: 'Perception gap', weight: 1.2, align: 'right' },
        { header: 'Between', weight: 4 },
      ],
      withGap.map((c) => [c.concern.title, percentWhole(c.perceptionGap?.value ?? 0), betweenText(c)]),
    );
  }
  const cells = summary.shownSegments.length * bundle.concerns.length * (bundle.roles.length + 1);
  if (cells > SEGMENT_CELL_BUDGET) {
    pdf.heading('Segment heatmaps', 2);
    pdf.paragraph(
      `${plural(summary.shownSegments.length, 'segment', 'segments')} of ${plural(bundle.concerns.length, 'concern', 'concerns')} would fill too many pages here: every segment's numbers are in the XLSX export (sheet "Segments") and on the report page.`,
    );
    return;
  }
  for (const s of summary.shownSegments) heatmapPages(pdf, bundle, s.heatmap, `${bundle.session.title}: as ${s.roleName} see it`);
}

function roundCell(h: THeatmap, concernId: string): string {
  const a = h.concerns.find((c) => c.concernId === concernId);
  return `${statusLabel(honestRowStatus(a, h))} · ${agreementWhole(a?.agreement ?? null)}`;
}

function rounds(pdf: ReportPdf, bundle: ExportBundle, summary: ExportSummary): void {
  pdf.newPage();
  pdf.heading('Rounds and convergence');
  if (!summary.multiRound) {
    pdf.paragraph(`One round${summary.empty ? `, ${NO_ANSWERS.toLowerCase()}` : ''}: convergence (agreement in the last round − agreement in the first) needs a second round.`);
    return;
  }
  pdf.paragraph('Each cell: the status and the agreement in that round. Convergence = agreement in the last round − agreement in the first, in percentage points.', { color: MUTED });
  const shown = bundle.rounds.length <= ROUND_COLUMNS ? bundle.rounds : [bundle.rounds[0], ...bundle.rounds.slice(-(ROUND_COLUMNS - 1))].filter((h): h is THeatmap => h !== undefined);
  pdf.table(
    [
      { header: 'Concern', weight: 3 },
      ...shown.map((h) => ({ header: roundName(h.round, bundle.session.rounds), weight: 1.3 })),
      { header: 'Convergence', weight: 1.1, align: 'right' as const },
    ],
    summary.concerns.map((c) => [c.concern.title, ...shown.map((h) => roundCell(h, c.concern.id)), pointsChange(c.convergence)]),
  );
}
