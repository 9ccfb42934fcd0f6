import type { RowStatus, TConcern, TRole } from '@thinline/shared';

// The frame both heatmaps share: the columns (concern, status, the roles, Nobody, agreement,
// answered), the title block, category and concern rows, the header and the grid, and the
// text fitting they all rely on. layout.ts and difference-layout.ts fill the cells in.

/** The exports are rasterised with DejaVu Sans only; browsers fall back to Arial. */
export const FONT_FAMILY = 'DejaVu Sans, Noto Sans JP, Arial, sans-serif';

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

/** What both heatmaps take besides their data. */
export interface FrameProps {
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
  /** false: no title block (the projector names the session in its own banner); default true */
  showTitle?: boolean;
  /** Layout width in SVG units; the drawing grows wider only if the columns cannot fit. */
  width?: number;
  /**
   * true: width="100%" and no height, so the SVG scales to its container (projector screen).
   * false (default): explicit width and height, as a standalone file needs.
   */
  responsive?: boolean;
}

/** A legend entry's box, placed by flowLayout. */
export interface LegendBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type LegendBadgeItem = LegendBox & { kind: 'badge'; status: RowStatus; text: string; /** the badge's word, in the picture's language */ label?: string };
export type LegendNoteItem = LegendBox & { kind: 'note'; text: string };

export interface PlacedText {
  text: string;
  /** baseline */
  y: number;
  fontSize: number;
}

// Sizes are in SVG units at the default 1600 width. Fonts stay fixed as width changes so a
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

/**
 * Width estimate for DejaVu Sans (per em, rounded up from the font's advance widths).
 * There is no DOM when rendering on the server, so text is fitted by estimate; erring wide
 * makes a label truncate a little early rather than overflow into the next column.
 */
function charWidth(ch: string): number {
  if (ch === ' ') return 0.32;
  // kana, kanji and full-width forms are a full em wide (Noto Sans JP); a Japanese title
  // estimated at a Latin letter's width would run into the next column
  if (/[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/u.test(ch)) return 1.0;
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

/** The concerns in display order, with category header rows unless an explicit order is given. */
export function orderConcerns(concerns: TConcern[], order: string[] | undefined, uncategorised = 'Uncategorised'): { category: string | null; concerns: TConcern[] }[] {
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
  return [...groups.entries()].map(([category, list]) => ({ category: category || uncategorised, concerns: list }));
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

/** The smallest header font a horizontal value header shrinks to, before a word is cut. */
export const HEADER_FONT_MIN = 11;

/**
 * Header text of a value column: horizontal and wrapped when wide enough, else rotated.
 * Horizontal headers share one font size, the largest (up to HEADER_FONT, down to
 * HEADER_FONT_MIN) at which the longest word of any of `names` fits its column, so
 * "Engineering" wraps whole instead of reading "Engineer…"; a word longer still is cut.
 */
export function valueHeaderFor(columnWidth: number, names: readonly string[] = []): (name: string) => LayoutColumn['header'] {
  const rotated = columnWidth < HORIZONTAL_HEADER_MIN;
  // rotated names get a second line when the column is wide enough for two
  const rotatedLines = columnWidth >= 2 * (HEADER_FONT + 4) + 8 ? 2 : 1;
  const longestWord = Math.max(0, ...names.flatMap((n) => n.split(/\s+/)).map((w) => estimateTextWidth(w, 1, true)));
  const fontSize = rotated || longestWord === 0 ? HEADER_FONT : Math.max(HEADER_FONT_MIN, Math.min(HEADER_FONT, Math.floor(((columnWidth - 12) / longestWord) * 2) / 2));
  return (name) => {
    const text = rotated ? wrapText(name, ROTATED_HEADER_MAX, HEADER_FONT, rotatedLines, true) : wrapText(name, columnWidth - 12, fontSize, 3, true);
    return { ...text, rotated, fontSize };
  };
}

/** Cell numbers sized so the widest value ("100%", "−100") fits the narrowest column. */
export function cellFontSize(columnWidth: number): number {
  return Math.round(Math.min(20, Math.max(11, (columnWidth - 12) / 3.1)) * 10) / 10;
}

/** A column of fixed width beside the role columns: its kind, name (tooltip) and header text. */
export interface FixedColumn {
  kind: Exclude<ColumnKind, 'label' | 'role' | 'nobody'>;
  name: string;
  header: string;
  width: number;
}

export interface FrameColumns {
  columns: LayoutColumn[];
  labelWidth: number;
  columnWidth: number;
  gridWidth: number;
  width: number;
  contentWidth: number;
  /** value headers are set rotated (the role columns are narrow) */
  rotated: boolean;
  cellFontSize: number;
}

/**
 * The columns, left to right: Concern | `status` | one per role | (a gap) Nobody | `after`.
 * The roles and "Nobody" share one width; the concern titles give up room first.
 */
export function frameColumns(
  requested: number,
  roles: readonly TRole[],
  status: FixedColumn,
  after: readonly FixedColumn[],
  words: { concern: string; nobody: string } = { concern: 'Concern', nobody: 'Nobody' },
): FrameColumns {
  const fixed = status.width + GROUP_GAP + after.reduce((sum, c) => sum + c.width, 0);
  const { labelWidth, columnWidth, gridWidth, width, contentWidth } = fitColumns(requested, roles.length + 1, fixed);
  const valueHeader = valueHeaderFor(columnWidth, [...roles.map((r) => r.name), words.nobody]);
  const fixedHeader = (text: string, w: number): LayoutColumn['header'] => ({ ...wrapText(text, w - 12, HEADER_FONT, 2, true), rotated: false, fontSize: HEADER_FONT });

  const columns: LayoutColumn[] = [];
  let x = PADDING;
  const push = (kind: ColumnKind, id: string, name: string, w: number, header: LayoutColumn['header']): void => {
    columns.push({ kind, id, name, x, width: w, header });
    x += w;
  };
  const pushFixed = (c: FixedColumn): void => push(c.kind, c.kind, c.name, c.width, fixedHeader(c.header, c.width));
  push('label', 'label', words.concern, labelWidth, fixedHeader(words.concern, labelWidth));
  pushFixed(status);
  for (const role of roles) push('role', role.id, role.name, columnWidth, valueHeader(role.name));
  x += GROUP_GAP;
  push('nobody', 'nobody', words.nobody, columnWidth, valueHeader(words.nobody));
  for (const c of after) pushFixed(c);
  return { columns, labelWidth, columnWidth, gridWidth, width, contentWidth, rotated: columnWidth < HORIZONTAL_HEADER_MIN, cellFontSize: cellFontSize(columnWidth) };
}

export interface TitleBlockLayout {
  title: PlacedText & { truncated: boolean; full: string };
  subtitle: PlacedText;
  meta: PlacedText;
  /** where the content below the title block starts */
  bottom: number;
}

/** Title, subtitle and the line of facts at the top of every heatmap picture, each cut to one line. */
export function titleBlock(contentWidth: number, text: { title: string; subtitle: string; meta: string }): TitleBlockLayout {
  let y = PADDING + TITLE_FONT;
  const titleFit = fitText(text.title, contentWidth, TITLE_FONT, true);
  const title = { text: titleFit.lines[0] ?? text.title, y, fontSize: TITLE_FONT, truncated: titleFit.truncated, full: text.title };
  y += 10 + SUBTITLE_FONT;
  const subtitle = { text: fitText(text.subtitle, contentWidth, SUBTITLE_FONT).lines[0] ?? '', y, fontSize: SUBTITLE_FONT };
  y += 8 + META_FONT;
  const meta = { text: fitText(text.meta, contentWidth, META_FONT).lines[0] ?? '', y, fontSize: META_FONT };
  return { title, subtitle, meta, bottom: y + 18 };
}

/** What every concern row has, whatever its cells show. */
export interface ConcernRowBase {
  kind: 'concern';
  concern: TConcern;
  label: TextLines;
  /** position among concern rows, 0-based; drives zebra striping. */
  index: number;
  y: number;
  height: number;
}

export type Unplaced<T> = Omit<T, 'y'>;

/**
 * The rows in display order: a category band before each category's concerns (unless an
 * explicit order is given), and a concern row per concern with what `cells` adds to it.
 */
export function frameRows<R extends ConcernRowBase>(
  concerns: TConcern[],
  order: string[] | undefined,
  widths: { gridWidth: number; labelWidth: number; labelFontSize?: number },
  uncategorised: string,
  cells: (concern: TConcern) => Omit<R, keyof ConcernRowBase>,
): (Unplaced<CategoryRow> | Unplaced<R>)[] {
  const labelFont = widths.labelFontSize ?? LABEL_FONT;
  const rows: (Unplaced<CategoryRow> | Unplaced<R>)[] = [];
  let index = 0;
  for (const group of orderConcerns(concerns, order, uncategorised)) {
    if (group.category !== null) {
      rows.push({ kind: 'category', label: fitText(group.category, widths.gridWidth - 24, labelFont, true).lines[0] ?? '', height: CATEGORY_ROW_HEIGHT });
    }
    for (const concern of group.concerns) {
      const base: Unplaced<ConcernRowBase> = { kind: 'concern', concern, label: wrapText(concern.title, widths.labelWidth - 16, labelFont, 2), index: index++, height: ROW_HEIGHT };
      rows.push({ ...base, ...cells(concern) } as Unplaced<R>);
    }
  }
  return rows;
}

/**
 * The header row at `top` (as tall as its tallest header: rotated role names or wrapped
 * lines), then the rows one under the other; the drawing's height follows.
 */
export function frameGrid<Row extends { height: number }>(top: number, frame: FrameColumns, unplaced: Row[]) {
  const lineHeight = HEADER_FONT + 4;
  const { columns } = frame;
  const valueHeaderHeight = frame.rotated
    ? Math.max(...columns.filter((c) => c.kind === 'role' || c.kind === 'nobody').flatMap((c) => c.header.lines.map((l) => estimateTextWidth(l, HEADER_FONT, true)))) + 20
    : Math.max(...columns.map((c) => c.header.lines.length)) * lineHeight + 16;
  const header = { y: top, height: Math.ceil(Math.max(2 * lineHeight + 16, valueHeaderHeight)) };
  let y = top + header.height;
  const gridTop = y;
  const rows = unplaced.map((r) => {
    const placed = { ...r, y };
    y += r.height;
    return placed;
  });
  return { header, rows, grid: { x: PADDING, y: gridTop, width: frame.gridWidth, height: y - gridTop }, height: Math.ceil(y + PADDING) };
}

/** A legend entry: a status badge and what it means. */
export function legendBadge(status: RowStatus, text: string, label?: string): LegendBadgeItem {
  return { kind: 'badge', x: 0, y: 0, width: STATUS_WIDTH - 16 + 8 + estimateTextWidth(text, LEGEND_FONT), height: 28, status, text, label };
}

/** A legend entry of words only. */
export function legendNote(text: string): LegendNoteItem {
  return { kind: 'note', x: 0, y: 0, width: estimateTextWidth(text, LEGEND_FONT), height: 20, text };
}

/** The geometry both heatmap layouts share; each adds its own summary and extras. */
export interface FrameLayout<Row extends ConcernRowBase, Item extends LegendBox> {
  width: number;
  height: number;
  padding: number;
  title: PlacedText & { truncated: boolean; full: string };
  subtitle: PlacedText | null;
  meta: PlacedText;
  legend: { y: number; height: number; items: Item[] } | null;
  header: { y: number; height: number };
  grid: { x: number; y: number; width: number; height: number };
  columns: LayoutColumn[];
  rows: (CategoryRow | Row)[];
  rowHeight: number;
  cellFontSize: number;
  labelFontSize: number;
  badge: { width: number; height: number; fontSize: number };
  ariaLabel: string;
  /** false when the picture is drawn without its title block */
  showTitle: boolean;
}

/**
 * The rest of a layout from `top` down: the legend (when `legend` is given, it places its
 * items from a y), then the header and the rows; with the columns and the title block.
 */
export function frameLayout<Row extends ConcernRowBase, Item extends LegendBox>(parts: {
  frame: FrameColumns;
  title: TitleBlockLayout;
  top: number;
  rows: (Unplaced<CategoryRow> | Unplaced<Row>)[];
  legend: ((y: number) => { items: Item[]; height: number }) | null;
  ariaLabel: string;
  showTitle?: boolean;
  /** the concern titles' and the side numbers' type size; default LABEL_FONT */
  labelFontSize?: number;
}): FrameLayout<Row, Item> {
  const { frame, title } = parts;
  let y = parts.top;
  let legend: FrameLayout<Row, Item>['legend'] = null;
  if (parts.legend) {
    const placed = parts.legend(y);
    legend = { y, height: placed.height, items: placed.items };
    y += placed.height + 20;
  }
  const { header, rows, grid, height } = frameGrid(y, frame, parts.rows);
  return {
    width: frame.width,
    height,
    padding: PADDING,
    title: title.title,
    subtitle: title.subtitle,
    meta: title.meta,
    legend,
    header,
    grid,
    columns: frame.columns,
    rows: rows as (CategoryRow | Row)[],
    rowHeight: ROW_HEIGHT,
    // sized so the widest number ("100%", "−100") fits the narrowest column
    cellFontSize: frame.cellFontSize,
    labelFontSize: parts.labelFontSize ?? LABEL_FONT,
    badge: { width: STATUS_WIDTH - 16, height: Math.min(26, ROW_HEIGHT - 12), fontSize: BADGE_FONT },
    ariaLabel: parts.ariaLabel,
    showTitle: parts.showTitle ?? true,
  };
}
