import { OTHER_ROLE, UNDISCLOSED_ROLE } from '@thinline/shared';
import type { TConcern, TConcernAggregate, TConcernStatusKind, THeatmap, TRole } from '@thinline/shared';

/** The exports are rasterised with DejaVu Sans only; browsers fall back to Arial. */
export const FONT_FAMILY = 'DejaVu Sans, Arial, sans-serif';

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

/** A row's marker: the aggregate's status, or "hidden" when anonymity suppresses it. */
export type RowStatus = TConcernStatusKind | 'hidden';

export const STATUS_LABELS: Record<RowStatus, string> = {
  gap: 'GAP',
  overlap: 'OVERLAP',
  clear: 'CLEAR',
  'no data': 'NO DATA',
  hidden: 'HIDDEN',
};

export const NO_VALUE = '–';

export interface TextLines {
  lines: string[];
  truncated: boolean;
}

export type ColumnKind = 'label' | 'status' | 'role' | 'nobody' | 'agreement' | 'answered';

export interface LayoutColumn {
  kind: ColumnKind;
  /** the role id for role columns, otherwise the kind. */
  id: string;
  /** full header text (also the tooltip when the header is truncated). */
  name: string;
  x: number;
  width: number;
  header: TextLines & { rotated: boolean; fontSize: number };
}

export interface CategoryRow {
  kind: 'category';
  label: string;
  y: number;
  height: number;
}

export interface ConcernRow {
  kind: 'concern';
  concern: TConcern;
  /** undefined when the heatmap carries no numbers for this concern. */
  aggregate: TConcernAggregate | undefined;
  status: RowStatus;
  /** true when the row shows no numbers at all (no aggregate, no answers, or suppressed). */
  empty: boolean;
  label: TextLines;
  /** position among concern rows, 0-based; drives zebra striping. */
  index: number;
  y: number;
  height: number;
}

export type LayoutRow = CategoryRow | ConcernRow;

export type LegendItem =
  | { kind: 'ramp'; x: number; y: number; width: number; height: number; caption: string }
  | { kind: 'owner'; x: number; y: number; width: number; height: number; text: string }
  | { kind: 'badge'; x: number; y: number; width: number; height: number; status: RowStatus; text: string }
  | { kind: 'note'; x: number; y: number; width: number; height: number; text: string };

export interface PlacedText {
  text: string;
  /** baseline */
  y: number;
  fontSize: number;
}

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

// Sizes are in SVG units at the default 1600 width (the difference heatmap uses them too). Fonts stay fixed as width changes so a
// wider layout means more room, not bigger type; the screen scales the whole drawing anyway.
export const PADDING = 24;
export const TITLE_FONT = 30;
export const SUBTITLE_FONT = 18;
export const META_FONT = 14;
export const HEADER_FONT = 14;
export const LABEL_FONT = 15;
export const BADGE_FONT = 11.5;
export const LEGEND_FONT = 13;
export const ROW_HEIGHT = 40;
export const CATEGORY_ROW_HEIGHT = 32;
export const STATUS_WIDTH = 116;
export const AGREEMENT_WIDTH = 104;
export const ANSWERED_WIDTH = 100;
/** space between the role columns and the Nobody column, which is not a role. */
export const GROUP_GAP = 10;
/** below this a "100%" no longer fits at the minimum cell font. */
export const MIN_COLUMN = 48;
/** wider columns only spread the numbers apart and make rows harder to follow. */
export const MAX_COLUMN = 180;
/** below this a role name cannot be set horizontally in more than a word or two per line. */
export const HORIZONTAL_HEADER_MIN = 100;
export const ROTATED_HEADER_MAX = 170;
export const LABEL_MIN = 200;
export const LABEL_MAX = 520;
export const RAMP_WIDTH = 256;

/**
 * Width estimate for DejaVu Sans (per em, rounded up from the font's advance widths).
 * There is no DOM when rendering on the server, so text is fitted by estimate; erring wide
 * makes a label truncate a little early rather than overflow into the next column.
 */
function charWidth(ch: string): number {
  if (ch === ' ') return 0.32;
  if ('iljI.,:;\'!|'.includes(ch)) return 0.31;
  if ('ftr()[]/-'.includes(ch)) return 0.42;
  if ('mw'.includes(ch)) return 0.98;
  if ('MW%…&@'.includes(ch)) return 1.0;
  if (ch >= '0' && ch <= '9') return 0.64;
  if (ch >= 'A' && ch <= 'Z') return 0.76;
  if (ch >= 'a' && ch <= 'z') return 0.63;
  return 0.72;
}

export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** One line, cut with an ellipsis when it does not fit. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): TextLines {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (estimateTextWidth(clean, fontSize, bold) <= maxWidth) return { lines: [clean], truncated: false };
  const chars = [...clean];
  while (chars.length > 0 && estimateTextWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
  return { lines: [`${chars.join('').trimEnd()}…`], truncated: true };
}

/** Greedy word wrap into at most maxLines; the last line is cut with an ellipsis if needed. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): TextLines {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter((w) => w.length > 0);
  const fits = (s: string): boolean => estimateTextWidth(s, fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let truncated = false;
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      // out of lines: the remainder goes on the last line and is cut there
      const fitted = fitText([current, ...words.slice(i)].filter((w) => w).join(' '), maxWidth, fontSize, bold);
      lines.push(fitted.lines[0] ?? '');
      return { lines, truncated: fitted.truncated };
    }
    if (current) lines.push(current);
    current = word;
    if (!fits(current)) {
      if (lines.length === maxLines - 1) {
        const fitted = fitText(words.slice(i).join(' '), maxWidth, fontSize, bold);
        lines.push(fitted.lines[0] ?? '');
        return { lines, truncated: fitted.truncated };
      }
      // a single word wider than the line can only be cut
      lines.push(fitText(current, maxWidth, fontSize, bold).lines[0] ?? '');
      truncated = true;
      current = '';
    }
  }
  if (current) lines.push(current);
  return { lines, truncated };
}

export function formatPercent(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return `${Math.round(clamped * 100)}%`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The concerns in display order, with category header rows unless an explicit order is given. */
export function orderConcerns(concerns: TConcern[], order: string[] | undefined): { category: string | null; concerns: TConcern[] }[] {
  if (order) {
    const byId = new Map(concerns.map((c) => [c.id, c]));
    const seen = new Set<string>();
    const picked: TConcern[] = [];
    for (const id of order) {
      const c = byId.get(id);
      if (c && !seen.has(id)) {
        seen.add(id);
        picked.push(c);
      }
    }
    return [{ category: null, concerns: picked }];
  }
  const groups = new Map<string, TConcern[]>();
  for (const c of concerns) {
    const key = c.category.trim();
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  // a header row that says nothing is noise, so an all-uncategorised workshop gets none
  if (groups.size === 1 && groups.has('')) return [{ category: null, concerns: [...concerns] }];
  return [...groups.entries()].map(([category, list]) => ({ category: category || 'Uncategorised', concerns: list }));
}

function rowStatus(heatmap: THeatmap, aggregate: TConcernAggregate | undefined): RowStatus {
  if (heatmap.suppressed || aggregate?.suppressed) return 'hidden';
  if (!aggregate || aggregate.answered === 0) return 'no data';
  return aggregate.status;
}

function segmentLabel(heatmap: THeatmap, roles: TRole[]): string {
  if (heatmap.segment === null) return 'Whole room';
  if (heatmap.segment === OTHER_ROLE) return 'Segment: other roles';
  if (heatmap.segment === UNDISCLOSED_ROLE) return 'Segment: role not given';
  const role = roles.find((r) => r.id === heatmap.segment);
  return `Segment: as ${role?.name ?? heatmap.segment} see it`;
}

/**
 * Places legend items left to right, wrapping to a new line when the next one does not fit;
 * each line is as tall as its tallest item, and items are centred on it vertically.
 */
export function flowLayout<T extends { x: number; y: number; width: number; height: number }>(sized: readonly T[], x0: number, y0: number, maxWidth: number): { items: T[]; height: number } {
  const gapX = 28;
  const gapY = 12;
  const lines: T[][] = [];
  let line: T[] = [];
  let used = 0;
  for (const item of sized) {
    const needed = line.length === 0 ? item.width : used + gapX + item.width;
    if (line.length > 0 && needed > maxWidth) {
      lines.push(line);
      line = [item];
      used = item.width;
    } else {
      line.push(item);
      used = needed;
    }
  }
  if (line.length > 0) lines.push(line);

  const items: T[] = [];
  let y = y0;
  for (const l of lines) {
    const h = Math.max(...l.map((it) => it.height));
    let x = x0;
    for (const it of l) {
      items.push({ ...it, x, y: y + (h - it.height) / 2 });
      x += it.width + gapX;
    }
    y += h + gapY;
  }
  return { items, height: y - gapY - y0 };
}

function legendItems(threshold: number, hasHidden: boolean, x0: number, y0: number, maxWidth: number): { items: LegendItem[]; height: number } {
  const theta = formatPercent(threshold);
  const badgeWidth = STATUS_WIDTH - 16;
  const badgeText: [RowStatus, string][] = [
    ['gap', `no role reaches ${theta}, or "nobody" does`],
    ['overlap', `2 or more roles reach ${theta}`],
    ['clear', 'exactly one owning role'],
    ['no data', 'no answers yet'],
  ];
  if (hasHidden) badgeText.push(['hidden', 'too few respondents to show']);

  const sized: LegendItem[] = [
    { kind: 'ramp', x: 0, y: 0, width: RAMP_WIDTH + 24, height: 66, caption: 'Share naming the role as owner' },
    {
      kind: 'owner',
      x: 0,
      y: 0,
      width: 56 + 10 + estimateTextWidth(`Owner: share ≥ θ = ${theta}`, LEGEND_FONT),
      height: 40,
      text: `Owner: share ≥ θ = ${theta}`,
    },
    ...badgeText.map(([status, text]): LegendItem => ({
      kind: 'badge',
      x: 0,
      y: 0,
      width: badgeWidth + 8 + estimateTextWidth(text, LEGEND_FONT),
      height: 28,
      status,
      text,
    })),
    {
      kind: 'note',
      x: 0,
      y: 0,
      width: estimateTextWidth(`${NO_VALUE} no number to show`, LEGEND_FONT),
      height: 20,
      text: `${NO_VALUE} no number to show`,
    },
    {
      kind: 'note',
      x: 0,
      y: 0,
      width: estimateTextWidth('Agreement: 100% = everyone gave the same answer', LEGEND_FONT),
      height: 20,
      text: 'Agreement: 100% = everyone gave the same answer',
    },
  ];

  return flowLayout(sized, x0, y0, maxWidth);
}

/**
 * Column widths for a grid of `valueColumns` equal columns beside a label column and
 * `fixed` other columns: the concern titles give up room first, and only then does the
 * drawing grow wider than requested. Shared by the heatmap and the difference heatmap.
 */
export function fitColumns(requested: number, valueColumns: number, fixed: number) {
  const inner = requested - 2 * PADDING;
  let labelWidth = Math.min(400, Math.max(220, Math.round(requested * 0.22)));
  let columnWidth = (inner - labelWidth - fixed) / valueColumns;
  if (columnWidth > MAX_COLUMN) {
    labelWidth = Math.min(LABEL_MAX, labelWidth + (columnWidth - MAX_COLUMN) * valueColumns);
    columnWidth = Math.min(MAX_COLUMN, (inner - labelWidth - fixed) / valueColumns);
  }
  if (columnWidth < MIN_COLUMN) {
    labelWidth = Math.max(LABEL_MIN, inner - fixed - MIN_COLUMN * valueColumns);
    columnWidth = Math.max(MIN_COLUMN, (inner - labelWidth - fixed) / valueColumns);
  }
  columnWidth = Math.floor(columnWidth);
  labelWidth = Math.floor(labelWidth);
  const gridWidth = labelWidth + fixed + columnWidth * valueColumns;
  const width = Math.max(requested, gridWidth + 2 * PADDING);
  return { labelWidth, columnWidth, gridWidth, width, contentWidth: width - 2 * PADDING };
}

/** Header text of a value column: horizontal and wrapped when wide enough, else rotated. */
export function valueHeaderFor(columnWidth: number): (name: string) => LayoutColumn['header'] {
  const rotated = columnWidth < HORIZONTAL_HEADER_MIN;
  // rotated names get a second line when the column is wide enough for two
  const rotatedLines = columnWidth >= 2 * (HEADER_FONT + 4) + 8 ? 2 : 1;
  return (name) => {
    const text = rotated ? wrapText(name, ROTATED_HEADER_MAX, HEADER_FONT, rotatedLines, true) : wrapText(name, columnWidth - 12, HEADER_FONT, 3, true);
    return { ...text, rotated, fontSize: HEADER_FONT };
  };
}

/**
 * All geometry of the heatmap, computed once from the props. Exported so a screen can, for
 * example, scroll to a concern's row or size its container before rendering.
 */
export function heatmapLayout(props: HeatmapSvgProps): HeatmapLayout {
  const { roles, concerns, heatmap } = props;
  const requested = Math.max(480, props.width ?? 1600);
  const showLegend = props.showLegend ?? true;

  // --- columns -------------------------------------------------------------------------
  const valueColumns = roles.length + 1; // the roles and "Nobody" share one width
  const fixed = STATUS_WIDTH + GROUP_GAP + AGREEMENT_WIDTH + ANSWERED_WIDTH;
  const { labelWidth, columnWidth, gridWidth, width, contentWidth } = fitColumns(requested, valueColumns, fixed);
  const rotated = columnWidth < HORIZONTAL_HEADER_MIN;
  const valueHeader = valueHeaderFor(columnWidth);
  const fixedHeader = (name: string, w: number): LayoutColumn['header'] => ({
    ...wrapText(name, w - 12, HEADER_FONT, 2, true),
    rotated: false,
    fontSize: HEADER_FONT,
  });

  const columns: LayoutColumn[] = [];
  let x = PADDING;
  const push = (kind: ColumnKind, id: string, name: string, w: number, header: LayoutColumn['header']): void => {
    columns.push({ kind, id, name, x, width: w, header });
    x += w;
  };
  push('label', 'label', 'Concern', labelWidth, fixedHeader('Concern', labelWidth));
  push('status', 'status', 'Status', STATUS_WIDTH, fixedHeader('Status', STATUS_WIDTH));
  for (const role of roles) push('role', role.id, role.name, columnWidth, valueHeader(role.name));
  x += GROUP_GAP;
  push('nobody', 'nobody', 'Nobody', columnWidth, valueHeader('Nobody'));
  push('agreement', 'agreement', 'Agreement', AGREEMENT_WIDTH, fixedHeader('Agreement', AGREEMENT_WIDTH));
  push('answered', 'answered', 'Answered', ANSWERED_WIDTH, fixedHeader('Answered', ANSWERED_WIDTH));

  // --- title block -----------------------------------------------------------------------
  let y = PADDING;
  const titleFull = props.title?.trim() || 'Ownership heatmap';
  const titleFit = fitText(titleFull, contentWidth, TITLE_FONT, true);
  y += TITLE_FONT;
  const title = { text: titleFit.lines[0] ?? titleFull, y, fontSize: TITLE_FONT, truncated: titleFit.truncated, full: titleFull };
  const subtitleText =
    props.subtitle?.trim() || `${plural(heatmap.participants, 'participant', 'participants')} · ${plural(heatmap.answers, 'answer', 'answers')}`;
  y += 10 + SUBTITLE_FONT;
  const subtitle = { text: fitText(subtitleText, contentWidth, SUBTITLE_FONT).lines[0] ?? '', y, fontSize: SUBTITLE_FONT };
  y += 8 + META_FONT;
  const metaText = `${segmentLabel(heatmap, roles)} · round ${heatmap.round} · owner threshold θ = ${formatPercent(heatmap.threshold)}`;
  const meta = { text: fitText(metaText, contentWidth, META_FONT).lines[0] ?? '', y, fontSize: META_FONT };
  y += 18;

  // --- anonymity banner -------------------------------------------------------------------
  let banner: HeatmapLayout['banner'] = null;
  if (heatmap.suppressed) {
    const fontSize = 18;
    const message = suppressedMessage(heatmap.minSegmentSize);
    const lines = wrapText(message, contentWidth - 72, fontSize, 3, true).lines;
    const height = lines.length * (fontSize + 6) + 28;
    banner = { y, height, lines, fontSize };
    y += height + 18;
  }

  // --- rows (needed before the legend, which shows HIDDEN only when it occurs) ------------
  const aggregates = new Map(heatmap.concerns.map((a) => [a.concernId, a]));
  const groups = orderConcerns(concerns, props.order);
  const pendingRows: (Omit<CategoryRow, 'y'> | Omit<ConcernRow, 'y'>)[] = [];
  let index = 0;
  for (const group of groups) {
    if (group.category !== null) {
      pendingRows.push({ kind: 'category', label: fitText(group.category, gridWidth - 24, LABEL_FONT, true).lines[0] ?? '', height: CATEGORY_ROW_HEIGHT });
    }
    for (const concern of group.concerns) {
      const aggregate = aggregates.get(concern.id);
      const status = rowStatus(heatmap, aggregate);
      pendingRows.push({
        kind: 'concern',
        concern,
        aggregate,
        status,
        empty: status === 'hidden' || status === 'no data',
        label: wrapText(concern.title, labelWidth - 16, LABEL_FONT, 2),
        index: index++,
        height: ROW_HEIGHT,
      });
    }
  }
  const concernRows = pendingRows.filter((r): r is Omit<ConcernRow, 'y'> => r.kind === 'concern');
  const summary: HeatmapSummary = {
    concerns: concernRows.length,
    roles: roles.length,
    gaps: concernRows.filter((r) => r.status === 'gap').length,
    overlaps: concernRows.filter((r) => r.status === 'overlap').length,
    clear: concernRows.filter((r) => r.status === 'clear').length,
    noData: concernRows.filter((r) => r.status === 'no data').length,
    hidden: concernRows.filter((r) => r.status === 'hidden').length,
  };

  // --- legend ---------------------------------------------------------------------------
  let legend: HeatmapLayout['legend'] = null;
  if (showLegend) {
    const placed = legendItems(heatmap.threshold, summary.hidden > 0, PADDING, y, contentWidth);
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
  const rows: LayoutRow[] = pendingRows.map((r) => {
    const placed = { ...r, y };
    y += r.height;
    return placed;
  });
  const grid = { x: PADDING, y: gridTop, width: gridWidth, height: y - gridTop };
  const height = Math.ceil(y + PADDING);

  return {
    width,
    height,
    padding: PADDING,
    title,
    subtitle,
    meta,
    banner,
    legend,
    header,
    grid,
    columns,
    rows,
    rowHeight: ROW_HEIGHT,
    // sized so a bold "100%" fits inside the owner outline
    cellFontSize: Math.round(Math.min(20, Math.max(11, (columnWidth - 12) / 3.1)) * 10) / 10,
    labelFontSize: LABEL_FONT,
    badge: { width: STATUS_WIDTH - 16, height: Math.min(26, ROW_HEIGHT - 12), fontSize: BADGE_FONT },
    threshold: heatmap.threshold,
    summary,
    ariaLabel: ariaSummary(summary, heatmap),
  };
}

export function suppressedMessage(k: number): string {
  return `Fewer than ${k} respondents in this segment: hidden to keep answers anonymous`;
}

function ariaSummary(s: HeatmapSummary, heatmap: THeatmap): string {
  const base = `Ownership heatmap: ${plural(s.concerns, 'concern', 'concerns')}, ${plural(s.roles, 'role', 'roles')}`;
  if (heatmap.suppressed) return `${base}. ${suppressedMessage(heatmap.minSegmentSize)}`;
  return `${base}, ${plural(s.gaps, 'gap', 'gaps')}, ${plural(s.overlaps, 'overlap', 'overlaps')}`;
}
