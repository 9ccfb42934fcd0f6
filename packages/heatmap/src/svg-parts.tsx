import { type RowStatus, STATUS_LABELS, type TConcern } from '@thinline/shared';
import type { ReactElement, ReactNode } from 'react';
import { FONT_FAMILY, estimateTextWidth } from './frame.js';
import type { ConcernRowBase, FrameLayout, LayoutColumn, LegendBadgeItem, LegendBox, LegendNoteItem, PlacedText } from './frame.js';
import { textColorFor } from './scale.js';
import { ALARM, BADGE_STYLES, CATEGORY_FILL, GAP_ROW_FILL, INK, MUTED, PAPER, RAMP, RULE, ZEBRA } from './theme.js';

// The pieces both heatmaps draw the same way: the frame (title, header, rows), text, status
// badges, headers, legend entries. Everything is plain SVG attributes: the same markup is
// rendered by React in the browser and by renderToStaticMarkup for the exports, which have
// no stylesheet.

export const SVG_NS = 'http://www.w3.org/2000/svg';
/** the dash of the outline of the statuses that show nothing (no data, hidden) */
const DASH = '4 3';

/** Coordinates rounded to 0.01: keeps the markup small and free of float noise. */
export const r2 = (v: number): number => Math.round(v * 100) / 100;

/** Baseline that centres digits and capitals vertically on cy (DejaVu cap height ≈ 0.73 em). */
export const baseline = (cy: number, fontSize: number): number => r2(cy + fontSize * 0.36);

export function StatusIcon({ status, cx, cy, color }: { status: RowStatus; cx: number; cy: number; color: string }): ReactElement {
  const t = `translate(${r2(cx)} ${r2(cy)})`;
  switch (status) {
    case 'gap':
      // an empty set: nobody holds it
      return (
        <g transform={t} fill="none" stroke={color} strokeWidth={1.8}>
          <circle r={5} />
          <line x1={-5.5} y1={5.5} x2={5.5} y2={-5.5} />
        </g>
      );
    case 'overlap':
      return (
        <g transform={t} fill="none" stroke={color} strokeWidth={1.6}>
          <circle cx={-2.6} r={4.4} />
          <circle cx={2.6} r={4.4} />
        </g>
      );
    case 'clear':
      return <path transform={t} d="M -5 0 L -1.5 4 L 5 -4.5" fill="none" stroke={color} strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" />;
    case 'contested':
      // two arrows pulling apart
      return <path transform={t} d="M -6 -2.5 L 6 -2.5 M 3 -5.5 L 6 -2.5 L 3 0.5 M 6 3 L -6 3 M -3 0 L -6 3 L -3 6" fill="none" stroke={color} strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round" />;
    case 'too few':
      // one person
      return (
        <g transform={t} fill={color}>
          <circle cy={-2.5} r={2.6} />
          <path d="M -4.5 5.5 A 4.5 4.5 0 0 1 4.5 5.5 Z" />
        </g>
      );
    case 'no data':
      return <line transform={t} x1={-5} y1={0} x2={5} y2={0} stroke={color} strokeWidth={2.2} strokeLinecap="round" />;
    case 'hidden':
      return <PadlockIcon cx={cx} cy={cy} scale={1} color={color} />;
  }
}

export function PadlockIcon({ cx, cy, scale, color }: { cx: number; cy: number; scale: number; color: string }): ReactElement {
  return (
    <g transform={`translate(${r2(cx)} ${r2(cy)}) scale(${scale})`}>
      <rect x={-4.5} y={-1} width={9} height={7} rx={1} fill={color} />
      <path d="M -3 -1 V -3.5 A 3 3 0 0 1 3 -3.5 V -1" fill="none" stroke={color} strokeWidth={1.6} />
    </g>
  );
}

export function StatusBadge({ status, x, y, width, height, fontSize, label }: { status: RowStatus; x: number; y: number; width: number; height: number; fontSize: number; label?: string }): ReactElement {
  const style = BADGE_STYLES[status];
  const ink = textColorFor(style.fill);
  const cy = y + height / 2;
  const iconSpace = 20;
  const word = label ?? STATUS_LABELS[status];
  // a word longer than the English one ("ÜBERLAPPUNG", "CHEVAUCHEMENT") is set smaller, so
  // it stays inside the badge and clear of the icon rather than running over its edge
  const room = width - iconSpace - 6;
  const size = Math.min(fontSize, (fontSize * room) / estimateTextWidth(word, fontSize, true));
  return (
    <g>
      <rect
        x={r2(x)}
        y={r2(y)}
        width={r2(width)}
        height={r2(height)}
        rx={r2(height / 2)}
        fill={style.fill}
        stroke={style.stroke}
        strokeWidth={1.5}
        strokeDasharray={style.dashed ? DASH : undefined}
      />
      <StatusIcon status={status} cx={x + 14} cy={cy} color={ink} />
      <text x={r2(x + iconSpace + (width - iconSpace) / 2)} y={baseline(cy, size)} fontSize={r2(size)} fontWeight="bold" textAnchor="middle" fill={ink}>
        {word}
      </text>
    </g>
  );
}

export function TextLinesAt({ lines, x, cy, fontSize, lineHeight, anchor, bold, fill }: {
  lines: string[];
  x: number;
  cy: number;
  fontSize: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
  fill: string;
}): ReactElement {
  const first = cy - ((lines.length - 1) * lineHeight) / 2;
  return (
    <text x={r2(x)} fontSize={fontSize} fontWeight={bold ? 'bold' : undefined} textAnchor={anchor} fill={fill}>
      {lines.map((line, i) => (
        <tspan key={i} x={r2(x)} y={baseline(first + i * lineHeight, fontSize)}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Wraps content in a group with a tooltip only when the visible text is not the whole text. */
export function WithTooltip({ tooltip, children }: { tooltip: string | null; children: ReactNode }): ReactElement {
  if (tooltip === null) return <>{children}</>;
  return (
    <g>
      <title>{tooltip}</title>
      {children}
    </g>
  );
}

export function HeaderCell({ column, top, height }: { column: LayoutColumn; top: number; height: number }): ReactElement {
  const { header } = column;
  const bottom = top + height - 10;
  const cx = column.x + column.width / 2;
  let body: ReactElement;
  if (header.rotated) {
    // lines read bottom to top, the first line leftmost
    const lineHeight = header.fontSize + 4;
    const first = cx - ((header.lines.length - 1) * lineHeight) / 2;
    body = (
      <g fontSize={header.fontSize} fontWeight="bold" fill={INK}>
        {header.lines.map((line, i) => (
          <text key={i} transform={`translate(${r2(first + i * lineHeight + header.fontSize * 0.36)} ${r2(bottom)}) rotate(-90)`}>
            {line}
          </text>
        ))}
      </g>
    );
  } else {
    const lineHeight = header.fontSize + 4;
    const anchorX = column.kind === 'label' ? column.x + 8 : cx;
    body = (
      <text x={r2(anchorX)} fontSize={header.fontSize} fontWeight="bold" textAnchor={column.kind === 'label' ? 'start' : 'middle'} fill={INK}>
        {header.lines.map((line, i) => (
          <tspan key={i} x={r2(anchorX)} y={r2(bottom - (header.lines.length - 1 - i) * lineHeight)}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return (
    <g data-header={column.id}>
      <WithTooltip tooltip={header.truncated ? column.name : null}>{body}</WithTooltip>
    </g>
  );
}


interface TitledLayout {
  padding: number;
  title: PlacedText;
  subtitle: PlacedText | null;
  meta: PlacedText;
}

/** Title, subtitle and the line of facts at the top of every heatmap picture. */
export function TitleBlock({ layout }: { layout: TitledLayout }): ReactElement {
  return (
    <>
      <text x={layout.padding} y={layout.title.y} fontSize={layout.title.fontSize} fontWeight="bold" fill={INK}>
        {layout.title.text}
      </text>
      {layout.subtitle ? (
        <text x={layout.padding} y={layout.subtitle.y} fontSize={layout.subtitle.fontSize} fill={INK}>
          {layout.subtitle.text}
        </text>
      ) : null}
      <text x={layout.padding} y={layout.meta.y} fontSize={layout.meta.fontSize} fill={MUTED}>
        {layout.meta.text}
      </text>
    </>
  );
}

/** A category's band across the grid. */
export function CategoryBand({ label, y, height, grid, fontSize }: { label: string; y: number; height: number; grid: { x: number; width: number }; fontSize: number }): ReactElement {
  return (
    <g data-category={label}>
      <rect x={grid.x} y={r2(y)} width={grid.width} height={height} fill={CATEGORY_FILL} />
      <text x={grid.x + 8} y={baseline(y + height / 2, fontSize)} fontSize={fontSize} fontWeight="bold" fill={INK}>
        {label}
      </text>
    </g>
  );
}

/**
 * The picture around the cells: the SVG element with its accessible name and description, a
 * white page, the title block, the `banner` (if any) and the legend under it (its badges and
 * notes, with `legendEntry` drawing the entries only this picture has), the header row and
 * the rows, each concern row drawn by `row`.
 */
export function HeatmapFrame<Row extends ConcernRowBase, Item extends LegendBox & { kind: string }>(props: {
  layout: FrameLayout<Row, Item>;
  responsive: boolean;
  /** data-* attributes of the svg element */
  data: Record<string, string | undefined>;
  banner?: ReactNode;
  legendEntry: (item: Exclude<Item, LegendBadgeItem | LegendNoteItem>, key: number) => ReactElement;
  row: (row: Row) => ReactElement;
}): ReactElement {
  const { layout, responsive } = props;
  const { header, grid } = layout;
  const description = [layout.ariaLabel, layout.subtitle?.text, layout.meta.text].filter((t) => t).join('. ');
  return (
    <svg
      xmlns={SVG_NS}
      role="img"
      aria-label={layout.ariaLabel}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={responsive ? '100%' : layout.width}
      height={responsive ? undefined : layout.height}
      fontFamily={FONT_FAMILY}
      {...props.data}
    >
      <title>{layout.title.full}</title>
      <desc>{description}</desc>
      <rect x={0} y={0} width={layout.width} height={layout.height} fill={PAPER} />

      {layout.showTitle ? <TitleBlock layout={layout} /> : null}

      {props.banner}
      <FrameLegend legend={layout.legend} badge={layout.badge} own={props.legendEntry} />

      <g data-header-row="true">
        {layout.columns.map((column) => (
          <HeaderCell key={`${column.kind}-${column.id}`} column={column} top={header.y} height={header.height} />
        ))}
        <line x1={grid.x} y1={r2(header.y + header.height)} x2={grid.x + grid.width} y2={r2(header.y + header.height)} stroke={INK} strokeWidth={1.5} />
      </g>

      <g data-rows="true">
        {layout.rows.map((r) =>
          r.kind === 'category' ? <CategoryBand key={`category-${r.y}`} label={r.label} y={r.y} height={r.height} grid={grid} fontSize={layout.labelFontSize} /> : props.row(r),
        )}
      </g>
    </svg>
  );
}

/** Where a value cell goes: its column's box on the row. */
export interface CellBox {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/** Every column but the concern's title, which RowFrame draws itself. */
export type ValueColumn = LayoutColumn & { kind: Exclude<LayoutColumn['kind'], 'label'> };

/** A concern row: zebra stripe, the concern's title, a cell per other column (from `cell`), the rule under it. */
export function RowFrame({ row, layout, data, cell, alarm = false }: {
  row: ConcernRowBase;
  layout: { grid: { x: number; width: number }; columns: LayoutColumn[]; cellFontSize: number; labelFontSize: number };
  data: Record<string, string>;
  cell: (column: ValueColumn, box: CellBox, cy: number) => ReactElement;
  /** a problem row (a gap): tinted as a whole in the alarm colour, with a bar at its left edge */
  alarm?: boolean;
}): ReactElement {
  const { grid } = layout;
  const cy = row.y + row.height / 2;
  const background = alarm ? GAP_ROW_FILL : row.index % 2 === 1 ? ZEBRA : null;
  return (
    <g {...data}>
      {background ? <rect x={grid.x} y={r2(row.y)} width={grid.width} height={row.height} fill={background} data-row-fill={alarm ? 'alarm' : undefined} /> : null}
      {alarm ? <rect x={grid.x} y={r2(row.y)} width={5} height={row.height} fill={ALARM} /> : null}
      {layout.columns.map((column) =>
        column.kind === 'label' ? (
          <ConcernLabel key="label" concern={row.concern} label={row.label} column={column} cy={cy} fontSize={layout.labelFontSize} />
        ) : (
          cell(column as ValueColumn, { x: column.x, y: row.y, width: column.width, height: row.height, fontSize: layout.cellFontSize }, cy)
        ),
      )}
      <line x1={grid.x} y1={r2(row.y + row.height)} x2={grid.x + grid.width} y2={r2(row.y + row.height)} stroke={RULE} strokeWidth={1} />
    </g>
  );
}

/** The concern's title in its row, with title and explanation as the tooltip when either is not all shown. */
export function ConcernLabel({ concern, label, column, cy, fontSize }: { concern: TConcern; label: ConcernRowBase['label']; column: LayoutColumn; cy: number; fontSize: number }): ReactElement {
  const tooltip = [concern.title, concern.description].filter((t) => t.trim().length > 0).join(': ');
  return (
    <WithTooltip tooltip={label.truncated || concern.description.trim() ? tooltip : null}>
      <TextLinesAt lines={label.lines} x={column.x + 8} cy={cy} fontSize={fontSize} lineHeight={fontSize + 2} anchor="start" fill={INK} />
    </WithTooltip>
  );
}

/** A number centred in its column on the row's middle line. */
export function CellText({ column, cy, fontSize, data, children }: { column: LayoutColumn; cy: number; fontSize: number; data: Record<string, string | undefined>; children: ReactNode }): ReactElement {
  return (
    <text x={r2(column.x + column.width / 2)} y={baseline(cy, fontSize)} fontSize={fontSize} textAnchor="middle" fill={INK} {...data}>
      {children}
    </text>
  );
}

/** A legend entry: the badge and what it means. */
export function LegendBadge({ item, badge }: { item: { x: number; y: number; status: RowStatus; text: string; label?: string }; badge: { width: number; fontSize: number } }): ReactElement {
  return (
    <g data-legend={`badge-${item.status}`}>
      <StatusBadge status={item.status} x={item.x} y={item.y + 1} width={badge.width} height={26} fontSize={badge.fontSize} label={item.label} />
      <text x={r2(item.x + badge.width + 8)} y={r2(item.y + 19)} fontSize={13} fill={INK}>
        {item.text}
      </text>
    </g>
  );
}

/** A legend entry of words only. */
export function LegendNote({ item, legend }: { item: { x: number; y: number; text: string }; legend?: string }): ReactElement {
  return (
    <text x={r2(item.x)} y={r2(item.y + 15)} fontSize={13} fill={INK} data-legend={legend}>
      {item.text}
    </text>
  );
}

/** The legend's colour ramp: its caption, RAMP.steps steps of `colorAt(t)` for t from 0 to 1, and its outline. */
export function RampBar({ item, x0, top, width, height, colorAt }: { item: { x: number; y: number; caption: string }; x0: number; top: number; width: number; height: number; colorAt: (t: number) => string }): ReactElement {
  const step = width / RAMP.steps;
  return (
    <>
      <text x={r2(item.x)} y={r2(item.y + 13)} fontSize={13} fill={INK}>
        {item.caption}
      </text>
      {Array.from({ length: RAMP.steps }, (_, i) => (
        // each step overlaps the next by half a unit so no seams show when rasterised
        <rect key={i} x={r2(x0 + i * step)} y={r2(top)} width={r2(step + (i < RAMP.steps - 1 ? 0.5 : 0))} height={height} fill={colorAt((i + 0.5) / RAMP.steps)} />
      ))}
      <rect x={r2(x0)} y={r2(top)} width={r2(width)} height={height} fill="none" stroke={MUTED} strokeWidth={1} />
    </>
  );
}

/** Tick marks under the ramp (from `top` down) with their labels on `labelY`. */
export function RampTicks({ ticks, top, labelY }: { ticks: { at: number; x: number; label: string }[]; top: number; labelY: number }): ReactElement {
  return (
    <>
      {ticks.map((t) => (
        <g key={t.at}>
          <line x1={r2(t.x)} y1={r2(top)} x2={r2(t.x)} y2={r2(top + 4)} stroke={INK} strokeWidth={1} />
          <text x={r2(t.x)} y={r2(labelY)} fontSize={12} textAnchor="middle" fill={INK}>
            {t.label}
          </text>
        </g>
      ))}
    </>
  );
}

/**
 * A legend's entries: the badges and notes both heatmaps have, and what `own` draws for the
 * kinds only one of them has (the ramp, the owner mark, the status change).
 */
export function FrameLegend<Item extends LegendBox & { kind: string }>({ legend, badge, own }: {
  legend: { items: Item[] } | null;
  badge: { width: number; fontSize: number };
  own: (item: Exclude<Item, LegendBadgeItem | LegendNoteItem>, key: number) => ReactElement;
}): ReactElement | null {
  if (!legend) return null;
  return (
    <g data-legend="true">
      {legend.items.map((item, i) => {
        if (item.kind === 'badge') return <LegendBadge key={i} item={item as unknown as LegendBadgeItem} badge={badge} />;
        if (item.kind === 'note') return <LegendNote key={i} item={item as unknown as LegendNoteItem} />;
        return own(item as Exclude<Item, LegendBadgeItem | LegendNoteItem>, i);
      })}
    </g>
  );
}
