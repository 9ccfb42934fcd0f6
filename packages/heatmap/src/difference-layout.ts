import type { ConcernComparison, HeatmapComparison, TConcern, TConcernAggregate, THeatmap, TRole } from '@thinline/shared';
import {
  BADGE_FONT,
  CATEGORY_ROW_HEIGHT,
  GROUP_GAP,
  HEADER_FONT,
  HORIZONTAL_HEADER_MIN,
  LABEL_FONT,
  LEGEND_FONT,
  META_FONT,
  NO_VALUE,
  PADDING,
  RAMP_WIDTH,
  ROW_HEIGHT,
  STATUS_LABELS,
  STATUS_WIDTH,
  SUBTITLE_FONT,
  TITLE_FONT,
  estimateTextWidth,
  fitColumns,
  fitText,
  flowLayout,
  formatPercent,
  orderConcerns,
  valueHeaderFor,
  wrapText,
} from './layout.js';
import type { CategoryRow, ColumnKind, LayoutColumn, PlacedText, RowStatus, TextLines } from './layout.js';

export interface DifferenceHeatmapSvgProps {
  /** the columns: the roles both sessions have, in the ids the comparison uses (A's). */
  roles: TRole[];
  /** the rows: the concerns both sessions have, in the comparison's ids. */
  concerns: TConcern[];
  /** `compareHeatmaps(a, b, roleIds)`: B − A per concern. */
  comparison: HeatmapComparison;
  /**
   * Optional: the aggregates of each side in the same ids (B restated with `remapHeatmap`).
   * With both, every cell's tooltip says "from → to", an Answered column shows the counts
   * and the line under the title names the rounds and θ.
   */
  before?: THeatmap;
  after?: THeatmap;
  /** what the two sides are called, e.g. their dates; default "A" and "B". */
  labels?: { a: string; b: string };
  title?: string;
  subtitle?: string;
  /** concern ids in display order, as in HeatmapSvg (no category rows then). */
  order?: string[];
  showLegend?: boolean;
  width?: number;
  responsive?: boolean;
}

export interface DifferenceRow {
  kind: 'concern';
  concern: TConcern;
  /** undefined when the comparison has nothing for this concern. */
  change: ConcernComparison | undefined;
  /** false when either side has no respondents: the row shows no numbers. */
  comparable: boolean;
  from: RowStatus;
  to: RowStatus;
  before: TConcernAggregate | undefined;
  after: TConcernAggregate | undefined;
  label: TextLines;
  index: number;
  y: number;
  height: number;
}

export type DifferenceLayoutRow = CategoryRow | DifferenceRow;

export type DifferenceLegendItem =
  | { kind: 'ramp'; x: number; y: number; width: number; height: number; caption: string; lower: string; higher: string }
  | { kind: 'badge'; x: number; y: number; width: number; height: number; status: RowStatus; text: string }
  | { kind: 'change'; x: number; y: number; width: number; height: number; text: string }
  | { kind: 'note'; x: number; y: number; width: number; height: number; text: string };

export interface DifferenceSummary {
  concerns: number;
  roles: number;
  /** rows whose status is different in B. */
  changed: number;
  /** rows that went to GAP from something else, and rows that left GAP. */
  newGaps: number;
  closedGaps: number;
  notComparable: number;
}

export interface DifferenceLayout {
  width: number;
  height: number;
  padding: number;
  title: PlacedText & { truncated: boolean; full: string };
  subtitle: PlacedText | null;
  meta: PlacedText;
  legend: { y: number; height: number; items: DifferenceLegendItem[] } | null;
  header: { y: number; height: number };
  grid: { x: number; y: number; width: number; height: number };
  columns: LayoutColumn[];
  rows: DifferenceLayoutRow[];
  rowHeight: number;
  cellFontSize: number;
  labelFontSize: number;
  badge: { width: number; height: number; fontSize: number };
  /** the horizontal room between the two badges of a status change. */
  arrowWidth: number;
  labels: { a: string; b: string };
  summary: DifferenceSummary;
  ariaLabel: string;
}

const BADGE_WIDTH = STATUS_WIDTH - 16;
const ARROW_WIDTH = 26;
const STATUS_CHANGE_WIDTH = 2 * BADGE_WIDTH + ARROW_WIDTH + 16;
const AGREEMENT_CHANGE_WIDTH = 120;
const ANSWERED_CHANGE_WIDTH = 110;

/**
 * A change in percentage points, signed, as every cell prints it: "+25", "−50" (a real
 * minus sign), "0". Rounded half away from zero so +12.5 and −12.5 points read alike; the
 * tiny epsilon keeps float noise (0.145 · 100 = 14.4999…) from rounding down.
 */
export function formatDelta(delta: number): string {
  if (!Number.isFinite(delta)) return NO_VALUE;
  const points = Math.round(Math.abs(delta) * 100 + 1e-9);
  if (points === 0) return '0';
  return `${delta > 0 ? '+' : '\u2212'}${points}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function statusOf(aggregate: TConcernAggregate | undefined, fallback: RowStatus): RowStatus {
  if (!aggregate) return fallback;
  if (aggregate.suppressed) return 'hidden';
  return aggregate.answered === 0 ? 'no data' : aggregate.status;
}

function legendItems(labels: { a: string; b: string }, x0: number, y0: number, maxWidth: number): { items: DifferenceLegendItem[]; height: number } {
  const badges: [RowStatus, string][] = [
    ['gap', 'no owner, or "nobody" reaches θ'],
    ['overlap', '2 or more owning roles'],
    ['clear', 'exactly one owning role'],
    ['no data', 'no answers'],
  ];
  const change = `Status: in ${labels.a} → in ${labels.b}; “=” when unchanged`;
  const notes = [`${NO_VALUE} no number: a side has no answers`, 'Agreement: 100% = everyone gave the same answer'];
  const caption = `Change, percentage points (${labels.b} − ${labels.a})`;
  const lower = `lower in ${labels.b}`;
  const higher = `higher in ${labels.b}`;
  // the caption and the two end labels may be wider than the ramp when the side names are long
  const rampWidth = Math.min(maxWidth, Math.max(RAMP_WIDTH + 24, estimateTextWidth(caption, LEGEND_FONT), estimateTextWidth(`${lower}  ${higher}`, 12) + 24));
  const sized: DifferenceLegendItem[] = [
    { kind: 'ramp', x: 0, y: 0, width: rampWidth, height: 82, caption, lower, higher },
    { kind: 'change', x: 0, y: 0, width: estimateTextWidth(change, LEGEND_FONT), height: 20, text: change },
    ...badges.map(([status, text]): DifferenceLegendItem => ({ kind: 'badge', x: 0, y: 0, width: BADGE_WIDTH + 8 + estimateTextWidth(text, LEGEND_FONT), height: 28, status, text })),
    ...notes.map((text): DifferenceLegendItem => ({ kind: 'note', x: 0, y: 0, width: estimateTextWidth(text, LEGEND_FONT), height: 20, text })),
  ];
  return flowLayout(sized, x0, y0, maxWidth);
}

function thresholdText(before: THeatmap | undefined, after: THeatmap | undefined): string | null {
  if (!before || !after) return null;
  const [a, b] = [formatPercent(before.threshold), formatPercent(after.threshold)];
  return `owner threshold θ = ${a === b ? a : `${a} → ${b}`}`;
}

/** All geometry of the difference heatmap, computed once from the props. */
export function differenceLayout(props: DifferenceHeatmapSvgProps): DifferenceLayout {
  const { roles, concerns, comparison, before, after } = props;
  const labels = { a: props.labels?.a.trim() || 'A', b: props.labels?.b.trim() || 'B' };
  const requested = Math.max(480, props.width ?? 1600);
  const showLegend = props.showLegend ?? true;
  const withAnswered = before !== undefined && after !== undefined;

  // --- columns: label | status change | roles | gap | nobody | agreement change | answered --
  const valueColumns = roles.length + 1;
  const fixed = STATUS_CHANGE_WIDTH + GROUP_GAP + AGREEMENT_CHANGE_WIDTH + (withAnswered ? ANSWERED_CHANGE_WIDTH : 0);
  const { labelWidth, columnWidth, gridWidth, width, contentWidth } = fitColumns(requested, valueColumns, fixed);
  const rotated = columnWidth < HORIZONTAL_HEADER_MIN;
  const valueHeader = valueHeaderFor(columnWidth);
  const fixedHeader = (name: string, w: number): LayoutColumn['header'] => ({ ...wrapText(name, w - 12, HEADER_FONT, 2, true), rotated: false, fontSize: HEADER_FONT });

  const columns: LayoutColumn[] = [];
  let x = PADDING;
  const push = (kind: ColumnKind, id: string, name: string, w: number, header: LayoutColumn['header']): void => {
    columns.push({ kind, id, name, x, width: w, header });
    x += w;
  };
  push('label', 'label', 'Concern', labelWidth, fixedHeader('Concern', labelWidth));
  push('status', 'status', 'Status change', STATUS_CHANGE_WIDTH, fixedHeader(`Status: ${labels.a} → ${labels.b}`, STATUS_CHANGE_WIDTH));
  for (const role of roles) push('role', role.id, role.name, columnWidth, valueHeader(role.name));
  x += GROUP_GAP;
  push('nobody', 'nobody', 'Nobody', columnWidth, valueHeader('Nobody'));
  push('agreement', 'agreement', 'Agreement change', AGREEMENT_CHANGE_WIDTH, fixedHeader('Agreement change', AGREEMENT_CHANGE_WIDTH));
  if (withAnswered) push('answered', 'answered', 'Answered', ANSWERED_CHANGE_WIDTH, fixedHeader('Answered', ANSWERED_CHANGE_WIDTH));

  // --- title block -----------------------------------------------------------------------
  let y = PADDING;
  const titleFull = props.title?.trim() || 'Ownership change';
  const titleFit = fitText(titleFull, contentWidth, TITLE_FONT, true);
  y += TITLE_FONT;
  const title = { text: titleFit.lines[0] ?? titleFull, y, fontSize: TITLE_FONT, truncated: titleFit.truncated, full: titleFull };
  y += 10 + SUBTITLE_FONT;
  const subtitleText = props.subtitle?.trim() || `${labels.a} → ${labels.b}`;
  const subtitle = { text: fitText(subtitleText, contentWidth, SUBTITLE_FONT).lines[0] ?? '', y, fontSize: SUBTITLE_FONT };
  y += 8 + META_FONT;
  const rounds = before && after ? `round ${before.round} → round ${after.round}` : null;
  const metaText = ['Whole room', 'change in percentage points', rounds, thresholdText(before, after)].filter((t) => t !== null).join(' · ');
  const meta = { text: fitText(metaText, contentWidth, META_FONT).lines[0] ?? '', y, fontSize: META_FONT };
  y += 18;

  // --- rows -------------------------------------------------------------------------------
  const changes = new Map(comparison.concerns.map((c) => [c.concernId, c]));
  const inBefore = new Map(before?.concerns.map((c) => [c.concernId, c]));
  const inAfter = new Map(after?.concerns.map((c) => [c.concernId, c]));
  const pending: (Omit<CategoryRow, 'y'> | Omit<DifferenceRow, 'y'>)[] = [];
  let index = 0;
  for (const group of orderConcerns(concerns, props.order)) {
    if (group.category !== null) {
      pending.push({ kind: 'category', label: fitText(group.category, gridWidth - 24, LABEL_FONT, true).lines[0] ?? '', height: CATEGORY_ROW_HEIGHT });
    }
    for (const concern of group.concerns) {
      const change = changes.get(concern.id);
      const beforeAggregate = inBefore.get(concern.id);
      const afterAggregate = inAfter.get(concern.id);
      pending.push({
        kind: 'concern',
        concern,
        change,
        comparable: change?.comparable ?? false,
        from: change ? statusOf(beforeAggregate, change.statusFrom) : 'no data',
        to: change ? statusOf(afterAggregate, change.statusTo) : 'no data',
        before: beforeAggregate,
        after: afterAggregate,
        label: wrapText(concern.title, labelWidth - 16, LABEL_FONT, 2),
        index: index++,
        height: ROW_HEIGHT,
      });
    }
  }
  const concernRows = pending.filter((r): r is Omit<DifferenceRow, 'y'> => r.kind === 'concern');
  const summary: DifferenceSummary = {
    concerns: concernRows.length,
    roles: roles.length,
    changed: concernRows.filter((r) => r.from !== r.to).length,
    newGaps: concernRows.filter((r) => r.to === 'gap' && r.from !== 'gap').length,
    closedGaps: concernRows.filter((r) => r.from === 'gap' && r.to !== 'gap').length,
    notComparable: concernRows.filter((r) => !r.comparable).length,
  };

  // --- legend -----------------------------------------------------------------------------
  let legend: DifferenceLayout['legend'] = null;
  if (showLegend) {
    const placed = legendItems(labels, PADDING, y, contentWidth);
    legend = { y, height: placed.height, items: placed.items };
    y += placed.height + 20;
  }

  // --- header and grid --------------------------------------------------------------------
  const lineHeight = HEADER_FONT + 4;
  const valueHeaderHeight = rotated
    ? Math.max(...columns.filter((c) => c.kind === 'role' || c.kind === 'nobody').flatMap((c) => c.header.lines.map((l) => estimateTextWidth(l, HEADER_FONT, true)))) + 20
    : Math.max(...columns.map((c) => c.header.lines.length)) * lineHeight + 16;
  const headerHeight = Math.ceil(Math.max(2 * lineHeight + 16, valueHeaderHeight));
  const header = { y, height: headerHeight };
  y += headerHeight;

  const gridTop = y;
  const rows: DifferenceLayoutRow[] = pending.map((r) => {
    const placed = { ...r, y };
    y += r.height;
    return placed;
  });

  return {
    width,
    height: Math.ceil(y + PADDING),
    padding: PADDING,
    title,
    subtitle,
    meta,
    legend,
    header,
    grid: { x: PADDING, y: gridTop, width: gridWidth, height: y - gridTop },
    columns,
    rows,
    rowHeight: ROW_HEIGHT,
    // sized so "−100" fits the narrowest column, as "100%" does in the heatmap
    cellFontSize: Math.round(Math.min(20, Math.max(11, (columnWidth - 12) / 3.1)) * 10) / 10,
    labelFontSize: LABEL_FONT,
    badge: { width: BADGE_WIDTH, height: Math.min(26, ROW_HEIGHT - 12), fontSize: BADGE_FONT },
    arrowWidth: ARROW_WIDTH,
    labels,
    summary,
    ariaLabel: ariaSummary(summary, labels),
  };
}

function ariaSummary(s: DifferenceSummary, labels: { a: string; b: string }): string {
  const parts = [
    `Difference heatmap from ${labels.a} to ${labels.b}: ${plural(s.concerns, 'concern', 'concerns')}, ${plural(s.roles, 'role', 'roles')}`,
    plural(s.changed, 'status change', 'status changes'),
    `${plural(s.closedGaps, 'gap', 'gaps')} closed`,
    `${plural(s.newGaps, 'new gap', 'new gaps')}`,
  ];
  return parts.join(', ');
}

/** "GAP → CLEAR", or "CLEAR (unchanged)": the words a badge pair says. */
export function statusChangeText(from: RowStatus, to: RowStatus): string {
  return from === to ? `${STATUS_LABELS[from]} (unchanged)` : `${STATUS_LABELS[from]} → ${STATUS_LABELS[to]}`;
}
