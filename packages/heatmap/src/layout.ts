import { AGREEMENT_FLOOR, CONTESTED_MARGIN, HEATMAP_TEXT_EN, type HeatmapText, NO_VALUE, OTHER_ROLE, type RowStatus, UNDISCLOSED_ROLE, honestRowStatus } from '@thinline/shared';
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
  /**
   * The projector's picture: no title block (the presenter's banner names the session), no
   * Answered column, and concern titles at PROJECTOR_LABEL_FONT, so that drawn PROJECTOR_WIDTH
   * units wide on a 1280 px screen the titles are 20 px and the numbers 24 px or more.
   */
  projector?: boolean;
  /** RACI sessions: per concern, the letter the room named most for each role, drawn in the cell's corner */
  roomLetters?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The projector picture's layout width and title size (see `projector`). */
export const PROJECTOR_WIDTH = 1000;
export const PROJECTOR_LABEL_FONT = 18;

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
  contested: number;
  tooFew: number;
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

function legendItems(threshold: number, minAnswers: number, summary: HeatmapSummary, x0: number, y0: number, maxWidth: number, text: HeatmapText): { items: LegendItem[]; height: number } {
  const theta = text.percent(threshold);
  const badgeText: [RowStatus, string][] = [
    ['gap', text.legend.gap(theta)],
    ['overlap', text.legend.overlap(theta)],
    ['clear', text.legend.clear],
  ];
  // the honesty flags and the anonymity mark are explained only where they occur
  if (summary.contested > 0) badgeText.push(['contested', text.legend.contested(text.percent(CONTESTED_MARGIN), theta, text.percent(AGREEMENT_FLOOR))]);
  if (summary.tooFew > 0) badgeText.push(['too few', text.legend.tooFew(minAnswers)]);
  badgeText.push(['no data', text.legend.noData]);
  if (summary.hidden > 0) badgeText.push(['hidden', text.legend.hidden]);
  const owner = text.legend.owner(theta);

  const sized: LegendItem[] = [
    { kind: 'ramp', x: 0, y: 0, width: Math.max(RAMP.width + 24, estimateTextWidth(text.legend.ramp, LEGEND_FONT) + 24), height: 66, caption: text.legend.ramp },
    { kind: 'owner', x: 0, y: 0, width: 56 + 10 + estimateTextWidth(owner, LEGEND_FONT), height: 40, text: owner },
    ...badgeText.map(([status, line]) => legendBadge(status, line, text.status[status])),
    legendNote(`${NO_VALUE} ${text.legend.noNumber}`),
    legendNote(text.legend.agreement),
    legendNote(text.legend.alarm),
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
      ...(props.projector ? [] : [{ kind: 'answered' as const, name: words.answered, header: words.answered, width: ANSWERED_WIDTH }]),
    ],
    words,
  );
  const { contentWidth } = frame;

  const top = titleBlock(contentWidth, {
    title: props.title?.trim() || text.title,
    subtitle: props.subtitle?.trim() || text.subtitle(heatmap.participants, heatmap.answers),
    meta: text.meta(segmentLabel(heatmap, roles, text), heatmap.round, text.percent(heatmap.threshold)),
  });
  const showTitle = (props.showTitle ?? true) && !props.projector;
  const labelFontSize = props.projector ? PROJECTOR_LABEL_FONT : undefined;
  let y = showTitle ? top.bottom : PADDING / 2;

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
  const pendingRows = frameRows<ConcernRow>(concerns, props.order, { ...frame, labelFontSize }, text.uncategorised, (concern) => {
    const aggregate = aggregates.get(concern.id);
    const status = honestRowStatus(aggregate, heatmap);
    // below k answers there is no room's view to colour: the row says "too few answers" instead of 100%
    return { aggregate, status, empty: status === 'hidden' || status === 'no data' || status === 'too few' };
  });
  const concernRows = pendingRows.filter((r): r is Omit<ConcernRow, 'y'> => r.kind === 'concern');
  const count = (status: RowStatus) => concernRows.filter((r) => r.status === status).length;
  const summary: HeatmapSummary = {
    concerns: concernRows.length,
    roles: roles.length,
    gaps: count('gap'),
    overlaps: count('overlap'),
    clear: count('clear'),
    contested: count('contested'),
    tooFew: count('too few'),
    noData: count('no data'),
    hidden: count('hidden'),
  };

  const layout = frameLayout<ConcernRow, LegendItem>({
    frame,
    title: top,
    top: y,
    rows: pendingRows,
    legend: showLegend ? (at) => legendItems(heatmap.threshold, heatmap.minSegmentSize, summary, PADDING, at, contentWidth, text) : null,
    ariaLabel: ariaSummary(summary, heatmap, text),
    showTitle,
    labelFontSize,
  });
  return { ...layout, banner, threshold: heatmap.threshold, summary, text };
}

function ariaSummary(s: HeatmapSummary, heatmap: THeatmap, text: HeatmapText): string {
  if (heatmap.suppressed) return text.ariaSuppressed(s.concerns, s.roles, heatmap.minSegmentSize);
  return text.aria(s.concerns, s.roles, s.gaps, s.overlaps);
}
