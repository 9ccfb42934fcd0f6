import { HEATMAP_TEXT_EN, type HeatmapText, NO_VALUE, OTHER_ROLE, type RowStatus, UNDISCLOSED_ROLE, rowStatus } from '@thinline/shared';
import type { TConcern, TConcernAggregate, THeatmap, TRole } from '@thinline/shared';
import { AGREEMENT_WIDTH, ANSWERED_WIDTH, type CategoryRow, type ConcernRowBase, type FrameLayout, type FrameProps, LEGEND_FONT, type LegendBadgeItem, type LegendBox, type LegendNoteItem, PADDING, STATUS_WIDTH, estimateTextWidth, flowLayout, frameColumns, frameLayout, frameRows, legendBadge, legendNote, titleBlock, wrapText } from './frame.js';
import { RAMP } from './theme.js';

export interface HeatmapSvgProps extends FrameProps {
  roles: TRole[];
  concerns: TConcern[];
  heatmap: THeatmap;
  /** decided concerns: each role's agreed letter is marked in its cell ("Decided: A … · R …" as the row's tooltip) */
  decisions?: Readonly<Record<string, { raci: Readonly<Record<string, string>>; label: string }>>;
  /** draw decided rows without the room's numbers, the decision written across them, to focus on what is left */
  hideDecidedNumbers?: boolean;
  /** the words in the session's language (default English) */
  text?: HeatmapText;
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
  | (LegendBox & { kind: 'ramp'; caption: string })
  | (LegendBox & { kind: 'owner'; text: string })
  | LegendBadgeItem
  | LegendNoteItem;

export interface HeatmapSummary {
  concerns: number;
  roles: number;
  gaps: number;
  overlaps: number;
  clear: number;
  noData: number;
  hidden: number;
}

export interface HeatmapLayout extends FrameLayout<ConcernRow, LegendItem> {
  /** the anonymity message, when the whole segment is suppressed. */
  banner: { y: number; height: number; lines: string[]; fontSize: number } | null;
  threshold: number;
  summary: HeatmapSummary;
  text: HeatmapText;
}

function segmentLabel(heatmap: THeatmap, roles: TRole[], text: HeatmapText): string {
  if (heatmap.segment === null) return text.wholeRoom;
  if (heatmap.segment === OTHER_ROLE) return text.segmentOther;
  if (heatmap.segment === UNDISCLOSED_ROLE) return text.segmentUndisclosed;
  const role = roles.find((r) => r.id === heatmap.segment);
  return text.segmentRole(role?.name ?? heatmap.segment);
}

function legendItems(threshold: number, hasHidden: boolean, x0: number, y0: number, maxWidth: number, text: HeatmapText): { items: LegendItem[]; height: number } {
  const theta = text.percent(threshold);
  const badgeText: [RowStatus, string][] = [
    ['gap', text.legend.gap(theta)],
    ['overlap', text.legend.overlap(theta)],
    ['clear', text.legend.clear],
    ['no data', text.legend.noData],
  ];
  if (hasHidden) badgeText.push(['hidden', text.legend.hidden]);
  const owner = text.legend.owner(theta);

  const sized: LegendItem[] = [
    { kind: 'ramp', x: 0, y: 0, width: Math.max(RAMP.width + 24, estimateTextWidth(text.legend.ramp, LEGEND_FONT) + 24), height: 66, caption: text.legend.ramp },
    { kind: 'owner', x: 0, y: 0, width: 56 + 10 + estimateTextWidth(owner, LEGEND_FONT), height: 40, text: owner },
    ...badgeText.map(([status, line]) => legendBadge(status, line, text.status[status])),
    legendNote(`${NO_VALUE} ${text.legend.noNumber}`),
    legendNote(text.legend.agreement),
  ];

  return flowLayout(sized, x0, y0, maxWidth);
}

/**
 * All geometry of the heatmap, computed once from the props. Exported so a screen can, for
 * example, scroll to a concern's row or size its container before rendering.
 */
export function heatmapLayout(props: HeatmapSvgProps): HeatmapLayout {
  const { roles, concerns, heatmap } = props;
  const text = props.text ?? HEATMAP_TEXT_EN;
  const showLegend = props.showLegend ?? true;
  const { columns: words } = text;
  const frame = frameColumns(
    Math.max(480, props.width ?? 1600),
    roles,
    { kind: 'status', name: words.status, header: words.status, width: STATUS_WIDTH },
    [
      { kind: 'agreement', name: words.agreement, header: words.agreement, width: AGREEMENT_WIDTH },
      { kind: 'answered', name: words.answered, header: words.answered, width: ANSWERED_WIDTH },
    ],
    words,
  );
  const { contentWidth } = frame;

  const top = titleBlock(contentWidth, {
    title: props.title?.trim() || text.title,
    subtitle: props.subtitle?.trim() || text.subtitle(heatmap.participants, heatmap.answers),
    meta: text.meta(segmentLabel(heatmap, roles, text), heatmap.round, text.percent(heatmap.threshold)),
  });
  let y = top.bottom;

  // --- anonymity banner -------------------------------------------------------------------
  let banner: HeatmapLayout['banner'] = null;
  if (heatmap.suppressed) {
    const fontSize = 18;
    const lines = wrapText(text.suppressed(heatmap.minSegmentSize), contentWidth - 72, fontSize, 3, true).lines;
    const height = lines.length * (fontSize + 6) + 28;
    banner = { y, height, lines, fontSize };
    y += height + 18;
  }

  // --- rows (needed before the legend, which shows HIDDEN only when it occurs) ------------
  const aggregates = new Map(heatmap.concerns.map((a) => [a.concernId, a]));
  const pendingRows = frameRows<ConcernRow>(concerns, props.order, frame, text.uncategorised, (concern) => {
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

  const layout = frameLayout<ConcernRow, LegendItem>({
    frame,
    title: top,
    top: y,
    rows: pendingRows,
    legend: showLegend ? (at) => legendItems(heatmap.threshold, summary.hidden > 0, PADDING, at, contentWidth, text) : null,
    ariaLabel: ariaSummary(summary, heatmap, text),
  });
  return { ...layout, banner, threshold: heatmap.threshold, summary, text };
}

function ariaSummary(s: HeatmapSummary, heatmap: THeatmap, text: HeatmapText): string {
  if (heatmap.suppressed) return text.ariaSuppressed(s.concerns, s.roles, heatmap.minSegmentSize);
  return text.aria(s.concerns, s.roles, s.gaps, s.overlaps);
}
