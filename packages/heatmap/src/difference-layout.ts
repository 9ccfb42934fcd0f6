import { HEATMAP_TEXT_EN, type HeatmapText, NO_VALUE, type RowStatus, rowStatus } from '@thinline/shared';
import type { ConcernComparison, HeatmapComparison, TConcern, TConcernAggregate, THeatmap, TRole } from '@thinline/shared';
import { type CategoryRow, type ConcernRowBase, type FrameLayout, type FrameProps, LEGEND_FONT, type LegendBadgeItem, type LegendBox, type LegendNoteItem, PADDING, STATUS_WIDTH, estimateTextWidth, flowLayout, frameColumns, frameLayout, frameRows, legendBadge, legendNote, titleBlock } from './frame.js';
import { RAMP } from './theme.js';

export interface DifferenceHeatmapSvgProps extends FrameProps {
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
  /** the words in the reader's language (default English), as HeatmapSvg takes them */
  text?: HeatmapText;
}

export interface DifferenceRow extends ConcernRowBase {
  /** undefined when the comparison has nothing for this concern. */
  change: ConcernComparison | undefined;
  /** false when either side has no respondents: the row shows no numbers. */
  comparable: boolean;
  from: RowStatus;
  to: RowStatus;
  before: TConcernAggregate | undefined;
  after: TConcernAggregate | undefined;
}

export type DifferenceLayoutRow = CategoryRow | DifferenceRow;

export type DifferenceLegendItem =
  | (LegendBox & { kind: 'ramp'; caption: string; lower: string; higher: string })
  | LegendBadgeItem
  | (LegendBox & { kind: 'change'; text: string })
  | LegendNoteItem;

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

export interface DifferenceLayout extends FrameLayout<DifferenceRow, DifferenceLegendItem> {
  /** the horizontal room between the two badges of a status change. */
  arrowWidth: number;
  labels: { a: string; b: string };
  summary: DifferenceSummary;
  text: HeatmapText;
}

const BADGE_WIDTH = STATUS_WIDTH - 16;
const ARROW_WIDTH = 26;
const STATUS_CHANGE_WIDTH = 2 * BADGE_WIDTH + ARROW_WIDTH + 16;
const AGREEMENT_CHANGE_WIDTH = 120;
const ANSWERED_CHANGE_WIDTH = 110;

function legendItems(labels: { a: string; b: string }, x0: number, y0: number, maxWidth: number, text: HeatmapText): { items: DifferenceLegendItem[]; height: number } {
  const words = text.difference.legend;
  const badges: [RowStatus, string][] = [
    ['gap', words.gap],
    ['overlap', words.overlap],
    ['clear', text.legend.clear],
    ['no data', words.noData],
  ];
  const change = words.change(labels.a, labels.b);
  const caption = words.ramp(labels.a, labels.b);
  const lower = words.lower(labels.b);
  const higher = words.higher(labels.b);
  // the caption and the two end labels may be wider than the ramp when the side names are long
  const rampWidth = Math.min(maxWidth, Math.max(RAMP.width + 24, estimateTextWidth(caption, LEGEND_FONT), estimateTextWidth(`${lower}  ${higher}`, 12) + 24));
  const sized: DifferenceLegendItem[] = [
    { kind: 'ramp', x: 0, y: 0, width: rampWidth, height: 82, caption, lower, higher },
    { kind: 'change', x: 0, y: 0, width: estimateTextWidth(change, LEGEND_FONT), height: 20, text: change },
    ...badges.map(([status, line]) => legendBadge(status, line, text.status[status])),
    legendNote(`${NO_VALUE} ${words.noNumber}`),
    legendNote(text.legend.agreement),
  ];
  return flowLayout(sized, x0, y0, maxWidth);
}

function thresholdText(before: THeatmap | undefined, after: THeatmap | undefined, text: HeatmapText): string | null {
  if (!before || !after) return null;
  const [a, b] = [text.percent(before.threshold), text.percent(after.threshold)];
  return text.difference.theta(a === b ? a : `${a} → ${b}`);
}

/** All geometry of the difference heatmap, computed once from the props. */
export function differenceLayout(props: DifferenceHeatmapSvgProps): DifferenceLayout {
  const { roles, concerns, comparison, before, after } = props;
  const text = props.text ?? HEATMAP_TEXT_EN;
  const words = text.difference;
  const labels = { a: props.labels?.a.trim() || 'A', b: props.labels?.b.trim() || 'B' };
  const showLegend = props.showLegend ?? true;
  const withAnswered = before !== undefined && after !== undefined;

  // label | status change | roles | gap | nobody | agreement change | answered (with both sides)
  const frame = frameColumns(
    Math.max(480, props.width ?? 1600),
    roles,
    { kind: 'status', name: words.columns.status, header: words.columns.statusHeader(labels.a, labels.b), width: STATUS_CHANGE_WIDTH },
    [
      { kind: 'agreement', name: words.columns.agreement, header: words.columns.agreement, width: AGREEMENT_CHANGE_WIDTH },
      ...(withAnswered ? [{ kind: 'answered' as const, name: text.columns.answered, header: text.columns.answered, width: ANSWERED_CHANGE_WIDTH }] : []),
    ],
    text.columns,
  );

  const rounds = before && after ? words.rounds(before.round, after.round) : null;
  const top = titleBlock(frame.contentWidth, {
    title: props.title?.trim() || words.title,
    subtitle: props.subtitle?.trim() || `${labels.a} → ${labels.b}`,
    meta: [text.wholeRoom, words.points, rounds, thresholdText(before, after, text)].filter((t) => t !== null).join(' · '),
  });

  const changes = new Map(comparison.concerns.map((c) => [c.concernId, c]));
  const inBefore = new Map(before?.concerns.map((c) => [c.concernId, c]));
  const inAfter = new Map(after?.concerns.map((c) => [c.concernId, c]));
  const pending = frameRows<DifferenceRow>(concerns, props.order, frame, text.uncategorised, (concern) => {
    const change = changes.get(concern.id);
    const beforeAggregate = inBefore.get(concern.id);
    const afterAggregate = inAfter.get(concern.id);
    return {
      change,
      comparable: change?.comparable ?? false,
      // a side's own aggregate says it best (hidden, no data); the comparison's status otherwise
      from: change ? (beforeAggregate ? rowStatus(beforeAggregate) : change.statusFrom) : 'no data',
      to: change ? (afterAggregate ? rowStatus(afterAggregate) : change.statusTo) : 'no data',
      before: beforeAggregate,
      after: afterAggregate,
    };
  });
  const concernRows = pending.filter((r): r is Omit<DifferenceRow, 'y'> => r.kind === 'concern');
  const summary: DifferenceSummary = {
    concerns: concernRows.length,
    roles: roles.length,
    changed: concernRows.filter((r) => r.from !== r.to).length,
    newGaps: concernRows.filter((r) => r.to === 'gap' && r.from !== 'gap').length,
    closedGaps: concernRows.filter((r) => r.from === 'gap' && r.to !== 'gap').length,
    notComparable: concernRows.filter((r) => !r.comparable).length,
  };

  const layout = frameLayout<DifferenceRow, DifferenceLegendItem>({
    frame,
    title: top,
    top: props.showTitle === false ? PADDING / 2 : top.bottom,
    rows: pending,
    legend: showLegend ? (at) => legendItems(labels, PADDING, at, frame.contentWidth, text) : null,
    ariaLabel: words.aria(labels.a, labels.b, summary),
    showTitle: props.showTitle ?? true,
  });
  return { ...layout, arrowWidth: ARROW_WIDTH, labels, summary, text };
}

/** "GAP → CLEAR", or "CLEAR (unchanged)": the words a badge pair says. */
export function statusChangeText(from: RowStatus, to: RowStatus, text: HeatmapText = HEATMAP_TEXT_EN): string {
  return from === to ? text.difference.unchanged(text.status[from]) : `${text.status[from]} → ${text.status[to]}`;
}
