import { NO_VALUE, OTHER_ROLE, type RowStatus, UNDISCLOSED_ROLE, formatPercent, plural, rowStatus, suppressedMessage } from '@thinline/shared';
import type { TConcern, TConcernAggregate, THeatmap, TRole } from '@thinline/shared';
import {
  AGREEMENT_WIDTH,
  ANSWERED_WIDTH,
  type CategoryRow,
  type ConcernRowBase,
  LABEL_FONT,
  LEGEND_FONT,
  type LayoutColumn,
  PADDING,
  type PlacedText,
  ROW_HEIGHT,
  STATUS_WIDTH,
  BADGE_FONT,
  estimateTextWidth,
  flowLayout,
  frameColumns,
  frameGrid,
  frameRows,
  legendBadge,
  legendNote,
  titleBlock,
  wrapText,
} from './frame.js';
import { RAMP } from './theme.js';

export interface HeatmapSvgProps {
  roles: TRole[];
  concerns: TConcern[];
  heatmap: THeatmap;
  title?: string;
  /** e.g. the date and the number of participants. */
  subtitle?: string;
  /**
   * Concern ids in display order. Only the listed concerns are drawn (so a caller can show,
   * say, the top of the discussion queue) and no category header rows are drawn. Default:
   * every concern, grouped by category in order of first appearance.
   */
  order?: string[];
  showLegend?: boolean;
  /** Layout width in SVG units; the drawing grows wider only if the columns cannot fit. */
  width?: number;
  /**
   * true: width="100%" and no height, so the SVG scales to its container (projector screen).
   * false (default): explicit width and height, as a standalone file needs.
   */
  responsive?: boolean;
}

export interface ConcernRow extends ConcernRowBase {
  /** undefined when the heatmap carries no numbers for this concern. */
  aggregate: TConcernAggregate | undefined;
  status: RowStatus;
  /** true when the row shows no numbers at all (no aggregate, no answers, or suppressed). */
  empty: boolean;
}

export type LayoutRow = CategoryRow | ConcernRow;

export type LegendItem =
  | { kind: 'ramp'; x: number; y: number; width: number; height: number; caption: string }
  | { kind: 'owner'; x: number; y: number; width: number; height: number; text: string }
  | { kind: 'badge'; x: number; y: number; width: number; height: number; status: RowStatus; text: string }
  | { kind: 'note'; x: number; y: number; width: number; height: number; text: string };

export interface HeatmapSummary {
  concerns: number;
  roles: number;
  gaps: number;
  overlaps: number;
  clear: number;
  noData: number;
  hidden: number;
}

export interface HeatmapLayout {
  width: number;
  height: number;
  padding: number;
  title: PlacedText & { truncated: boolean; full: string };
  subtitle: PlacedText | null;
  meta: PlacedText;
  /** the anonymity message, when the whole segment is suppressed. */
  banner: { y: number; height: number; lines: string[]; fontSize: number } | null;
  legend: { y: number; height: number; items: LegendItem[] } | null;
  header: { y: number; height: number };
  grid: { x: number; y: number; width: number; height: number };
  columns: LayoutColumn[];
  rows: LayoutRow[];
  rowHeight: number;
  cellFontSize: number;
  labelFontSize: number;
  badge: { width: number; height: number; fontSize: number };
  threshold: number;
  summary: HeatmapSummary;
  ariaLabel: string;
}

function segmentLabel(heatmap: THeatmap, roles: TRole[]): string {
  if (heatmap.segment === null) return 'Whole room';
  if (heatmap.segment === OTHER_ROLE) return 'Segment: other roles';
  if (heatmap.segment === UNDISCLOSED_ROLE) return 'Segment: role not given';
  const role = roles.find((r) => r.id === heatmap.segment);
  return `Segment: as ${role?.name ?? heatmap.segment} see it`;
}

function legendItems(threshold: number, hasHidden: boolean, x0: number, y0: number, maxWidth: number): { items: LegendItem[]; height: number } {
  const theta = formatPercent(threshold);
  const badgeText: [RowStatus, string][] = [
    ['gap', `no role reaches ${theta}, or "nobody" does`],
    ['overlap', `2 or more roles reach ${theta}`],
    ['clear', 'exactly one owning role'],
    ['no data', 'no answers yet'],
  ];
  if (hasHidden) badgeText.push(['hidden', 'too few respondents to show']);

  const sized: LegendItem[] = [
    { kind: 'ramp', x: 0, y: 0, width: RAMP.width + 24, height: 66, caption: 'Share naming the role as owner' },
    {
      kind: 'owner',
      x: 0,
      y: 0,
      width: 56 + 10 + estimateTextWidth(`Owner: share ≥ θ = ${theta}`, LEGEND_FONT),
      height: 40,
      text: `Owner: share ≥ θ = ${theta}`,
    },
    ...badgeText.map(([status, text]) => legendBadge(status, text)),
    legendNote(`${NO_VALUE} no number to show`),
    legendNote('Agreement: 100% = everyone gave the same answer'),
  ];

  return flowLayout(sized, x0, y0, maxWidth);
}

/**
 * All geometry of the heatmap, computed once from the props. Exported so a screen can, for
 * example, scroll to a concern's row or size its container before rendering.
 */
export function heatmapLayout(props: HeatmapSvgProps): HeatmapLayout {
  const { roles, concerns, heatmap } = props;
  const showLegend = props.showLegend ?? true;
  const frame = frameColumns(Math.max(480, props.width ?? 1600), roles, { kind: 'status', name: 'Status', header: 'Status', width: STATUS_WIDTH }, [
    { kind: 'agreement', name: 'Agreement', header: 'Agreement', width: AGREEMENT_WIDTH },
    { kind: 'answered', name: 'Answered', header: 'Answered', width: ANSWERED_WIDTH },
  ]);
  const { contentWidth } = frame;

  const top = titleBlock(contentWidth, {
    title: props.title?.trim() || 'Ownership heatmap',
    subtitle: props.subtitle?.trim() || `${plural(heatmap.participants, 'participant')} · ${plural(heatmap.answers, 'answer')}`,
    meta: `${segmentLabel(heatmap, roles)} · round ${heatmap.round} · owner threshold θ = ${formatPercent(heatmap.threshold)}`,
  });
  let y = top.bottom;

  // --- anonymity banner -------------------------------------------------------------------
  let banner: HeatmapLayout['banner'] = null;
  if (heatmap.suppressed) {
    const fontSize = 18;
    const lines = wrapText(suppressedMessage(heatmap.minSegmentSize), contentWidth - 72, fontSize, 3, true).lines;
    const height = lines.length * (fontSize + 6) + 28;
    banner = { y, height, lines, fontSize };
    y += height + 18;
  }

  // --- rows (needed before the legend, which shows HIDDEN only when it occurs) ------------
  const aggregates = new Map(heatmap.concerns.map((a) => [a.concernId, a]));
  const pendingRows = frameRows<ConcernRow>(concerns, props.order, frame, (concern) => {
    const aggregate = aggregates.get(concern.id);
    const status = rowStatus(aggregate, heatmap.suppressed);
    return { aggregate, status, empty: status === 'hidden' || status === 'no data' };
  });
  const concernRows = pendingRows.filter((r): r is Omit<ConcernRow, 'y'> => r.kind === 'concern');
  const count = (status: RowStatus) => concernRows.filter((r) => r.status === status).length;
  const summary: HeatmapSummary = {
    concerns: concernRows.length,
    roles: roles.length,
    gaps: count('gap'),
    overlaps: count('overlap'),
    clear: count('clear'),
    noData: count('no data'),
    hidden: count('hidden'),
  };

  // --- legend ---------------------------------------------------------------------------
  let legend: HeatmapLayout['legend'] = null;
  if (showLegend) {
    const placed = legendItems(heatmap.threshold, summary.hidden > 0, PADDING, y, contentWidth);
    legend = { y, height: placed.height, items: placed.items };
    y += placed.height + 20;
  }

  const { header, rows, grid, height } = frameGrid(y, frame, pendingRows);
  return {
    width: frame.width,
    height,
    padding: PADDING,
    title: top.title,
    subtitle: top.subtitle,
    meta: top.meta,
    banner,
    legend,
    header,
    grid,
    columns: frame.columns,
    rows,
    rowHeight: ROW_HEIGHT,
    // sized so a bold "100%" fits inside the owner outline
    cellFontSize: frame.cellFontSize,
    labelFontSize: LABEL_FONT,
    badge: { width: STATUS_WIDTH - 16, height: Math.min(26, ROW_HEIGHT - 12), fontSize: BADGE_FONT },
    threshold: heatmap.threshold,
    summary,
    ariaLabel: ariaSummary(summary, heatmap),
  };
}

function ariaSummary(s: HeatmapSummary, heatmap: THeatmap): string {
  const base = `Ownership heatmap: ${plural(s.concerns, 'concern')}, ${plural(s.roles, 'role')}`;
  if (heatmap.suppressed) return `${base}. ${suppressedMessage(heatmap.minSegmentSize)}`;
  return `${base}, ${plural(s.gaps, 'gap')}, ${plural(s.overlaps, 'overlap')}`;
}
