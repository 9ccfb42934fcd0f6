import type { ReactElement, ReactNode } from 'react';
import { STATUS_LABELS } from './layout.js';
import type { LayoutColumn, RowStatus } from './layout.js';
import { textColorFor } from './scale.js';

// The pieces both heatmaps draw the same way: coordinates, text, status badges, headers.
// Everything is plain SVG attributes: the same markup is rendered by React in the browser
// and by renderToStaticMarkup for the exports, which have no stylesheet.

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const RULE = '#d0d0d0';
export const ZEBRA = '#f6f6f6';
export const CATEGORY_FILL = '#ebebeb';

/** Coordinates rounded to 0.01: keeps the markup small and free of float noise. */
export const r2 = (v: number): number => Math.round(v * 100) / 100;

/** Baseline that centres digits and capitals vertically on cy (DejaVu cap height ≈ 0.73 em). */
export const baseline = (cy: number, fontSize: number): number => r2(cy + fontSize * 0.36);

export interface BadgeStyle {
  fill: string;
  stroke: string;
  dash?: string;
}

// GAP and OVERLAP are filled so they stand out; CLEAR, the common case, is only outlined.
// Colours are Okabe-Ito, and every badge also carries its word and its own icon shape.
export const BADGE_STYLES: Record<RowStatus, BadgeStyle> = {
  gap: { fill: '#d55e00', stroke: '#000000' },
  overlap: { fill: '#0072b2', stroke: '#000000' },
  clear: { fill: '#ffffff', stroke: '#009e73' },
  'no data': { fill: '#ffffff', stroke: '#595959', dash: '4 3' },
  hidden: { fill: '#d9d9d9', stroke: '#595959', dash: '4 3' },
};

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

export function StatusBadge({ status, x, y, width, height, fontSize }: { status: RowStatus; x: number; y: number; width: number; height: number; fontSize: number }): ReactElement {
  const style = BADGE_STYLES[status];
  const ink = textColorFor(style.fill);
  const cy = y + height / 2;
  const iconSpace = 20;
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
        strokeDasharray={style.dash}
      />
      <StatusIcon status={status} cx={x + 14} cy={cy} color={ink} />
      <text x={r2(x + iconSpace + (width - iconSpace) / 2)} y={baseline(cy, fontSize)} fontSize={fontSize} fontWeight="bold" textAnchor="middle" fill={ink}>
        {STATUS_LABELS[status]}
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
  title: { y: number; fontSize: number; text: string };
  subtitle: { y: number; fontSize: number; text: string } | null;
  meta: { y: number; fontSize: number; text: string };
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
