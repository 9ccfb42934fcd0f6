import type { ReactElement, ReactNode } from 'react';
import {
  FONT_FAMILY,
  NO_VALUE,
  STATUS_LABELS,
  formatPercent,
  heatmapLayout,
} from './layout.js';
import type { ConcernRow, HeatmapLayout, HeatmapSvgProps, LayoutColumn, LegendItem, RowStatus } from './layout.js';
import { NO_DATA_FILL, shareColor, textColorFor } from './scale.js';

export type { HeatmapSvgProps } from './layout.js';

// Everything below is plain SVG attributes: the same markup is rendered by React in the
// browser and by renderToStaticMarkup for the exports, which have no stylesheet.

const SVG_NS = 'http://www.w3.org/2000/svg';
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const RULE = '#d0d0d0';
const ZEBRA = '#f6f6f6';
const CATEGORY_FILL = '#ebebeb';
const RAMP_WIDTH = 256;
const RAMP_STEPS = 64;

/** Coordinates rounded to 0.01: keeps the markup small and free of float noise. */
const r2 = (v: number): number => Math.round(v * 100) / 100;

/** Baseline that centres digits and capitals vertically on cy (DejaVu cap height ≈ 0.73 em). */
const baseline = (cy: number, fontSize: number): number => r2(cy + fontSize * 0.36);

interface BadgeStyle {
  fill: string;
  stroke: string;
  dash?: string;
}

// GAP and OVERLAP are filled so they stand out; CLEAR, the common case, is only outlined.
// Colours are Okabe-Ito, and every badge also carries its word and its own icon shape.
const BADGE_STYLES: Record<RowStatus, BadgeStyle> = {
  gap: { fill: '#d55e00', stroke: '#000000' },
  overlap: { fill: '#0072b2', stroke: '#000000' },
  clear: { fill: '#ffffff', stroke: '#009e73' },
  'no data': { fill: '#ffffff', stroke: '#595959', dash: '4 3' },
  hidden: { fill: '#d9d9d9', stroke: '#595959', dash: '4 3' },
};

function StatusIcon({ status, cx, cy, color }: { status: RowStatus; cx: number; cy: number; color: string }): ReactElement {
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

function PadlockIcon({ cx, cy, scale, color }: { cx: number; cy: number; scale: number; color: string }): ReactElement {
  return (
    <g transform={`translate(${r2(cx)} ${r2(cy)}) scale(${scale})`}>
      <rect x={-4.5} y={-1} width={9} height={7} rx={1} fill={color} />
      <path d="M -3 -1 V -3.5 A 3 3 0 0 1 3 -3.5 V -1" fill="none" stroke={color} strokeWidth={1.6} />
    </g>
  );
}

function StatusBadge({ status, x, y, width, height, fontSize }: { status: RowStatus; x: number; y: number; width: number; height: number; fontSize: number }): ReactElement {
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

/** The owner mark: black outside, white inside, so it shows on every fill of the scale. */
function OwnerOutline({ x, y, width, height }: { x: number; y: number; width: number; height: number }): ReactElement {
  return (
    <g fill="none">
      <rect x={r2(x + 2.5)} y={r2(y + 2.5)} width={r2(width - 5)} height={r2(height - 5)} stroke="#000000" strokeWidth={3} />
      <rect x={r2(x + 4.75)} y={r2(y + 4.75)} width={r2(width - 9.5)} height={r2(height - 9.5)} stroke="#ffffff" strokeWidth={1.5} />
    </g>
  );
}

interface ShareCellProps {
  x: number;
  y: number;
  width: number;
  height: number;
  /** null: nothing to show (no answers, or hidden). */
  share: number | null;
  owner: boolean;
  fontSize: number;
  /** data-* attributes that identify the cell; null for the legend's sample, which is not data. */
  data: Record<string, string> | null;
}

function ShareCell({ x, y, width, height, share, owner, fontSize, data }: ShareCellProps): ReactElement {
  const annotate = data !== null;
  const fill = share === null ? NO_DATA_FILL : shareColor(share);
  const ink = textColorFor(fill);
  return (
    <g {...data} data-owner={annotate && owner ? 'true' : undefined}>
      <rect x={r2(x + 1)} y={r2(y + 1)} width={r2(width - 2)} height={r2(height - 2)} fill={fill} />
      {owner ? <OwnerOutline x={x} y={y} width={width} height={height} /> : null}
      <text
        x={r2(x + width / 2)}
        y={baseline(y + height / 2, fontSize)}
        fontSize={fontSize}
        fontWeight={owner ? 'bold' : undefined}
        textAnchor="middle"
        fill={ink}
        data-share={annotate && share !== null ? String(share) : undefined}
      >
        {share === null ? NO_VALUE : formatPercent(share)}
      </text>
    </g>
  );
}

function TextLinesAt({ lines, x, cy, fontSize, lineHeight, anchor, bold, fill }: {
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
function WithTooltip({ tooltip, children }: { tooltip: string | null; children: ReactNode }): ReactElement {
  if (tooltip === null) return <>{children}</>;
  return (
    <g>
      <title>{tooltip}</title>
      {children}
    </g>
  );
}

function HeaderCell({ column, top, height }: { column: LayoutColumn; top: number; height: number }): ReactElement {
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

function ConcernRowView({ row, layout }: { row: ConcernRow; layout: HeatmapLayout }): ReactElement {
  const { concern, aggregate, status, empty } = row;
  const cy = row.y + row.height / 2;
  const cells: ReactElement[] = [];
  for (const column of layout.columns) {
    const base = { x: column.x, y: row.y, width: column.width, height: row.height, fontSize: layout.cellFontSize };
    switch (column.kind) {
      case 'label': {
        const tooltip = [concern.title, concern.description].filter((t) => t.trim().length > 0).join(': ');
        cells.push(
          <WithTooltip key="label" tooltip={row.label.truncated || concern.description.trim() ? tooltip : null}>
            <TextLinesAt
              lines={row.label.lines}
              x={column.x + 8}
              cy={cy}
              fontSize={layout.labelFontSize}
              lineHeight={layout.labelFontSize + 2}
              anchor="start"
              fill={INK}
            />
          </WithTooltip>,
        );
        break;
      }
      case 'status': {
        const { width, height, fontSize } = layout.badge;
        cells.push(
          <g key="status" data-concern-id={concern.id} data-column="status" data-status={status}>
            <StatusBadge status={status} x={column.x + (column.width - width) / 2} y={cy - height / 2} width={width} height={height} fontSize={fontSize} />
          </g>,
        );
        break;
      }
      case 'role': {
        const share = empty || !aggregate ? null : (aggregate.shares[column.id] ?? 0);
        cells.push(
          <ShareCell
            key={`role-${column.id}`}
            {...base}
            share={share}
            owner={share !== null && share >= layout.threshold}
            data={{ 'data-concern-id': concern.id, 'data-role-id': column.id }}
          />,
        );
        break;
      }
      case 'nobody': {
        const share = empty || !aggregate ? null : aggregate.nobody;
        // not outlined: "nobody" is never an owner; a high value already makes the row a GAP
        cells.push(<ShareCell key="nobody" {...base} share={share} owner={false} data={{ 'data-concern-id': concern.id, 'data-column': 'nobody' }} />);
        break;
      }
      case 'agreement': {
        const agreement = empty || !aggregate ? null : aggregate.agreement;
        cells.push(
          <text
            key="agreement"
            x={r2(column.x + column.width / 2)}
            y={baseline(cy, layout.labelFontSize)}
            fontSize={layout.labelFontSize}
            textAnchor="middle"
            fill={INK}
            data-concern-id={concern.id}
            data-column="agreement"
            data-agreement={agreement === null ? undefined : String(agreement)}
          >
            {agreement === null ? NO_VALUE : formatPercent(agreement)}
          </text>,
        );
        break;
      }
      case 'answered': {
        // a hidden segment's count could itself point at a person, so it is hidden too
        const answered = status === 'hidden' || !aggregate ? null : aggregate.answered;
        cells.push(
          <text
            key="answered"
            x={r2(column.x + column.width / 2)}
            y={baseline(cy, layout.labelFontSize)}
            fontSize={layout.labelFontSize}
            textAnchor="middle"
            fill={INK}
            data-concern-id={concern.id}
            data-column="answered"
            data-answered={answered === null ? undefined : String(answered)}
            data-unknown={answered === null || !aggregate ? undefined : String(aggregate.unknown)}
          >
            {answered === null ? NO_VALUE : answered.toLocaleString('en-US')}
          </text>,
        );
        break;
      }
    }
  }
  return (
    <g data-concern-row={concern.id} data-status={status}>
      {row.index % 2 === 1 ? <rect x={layout.grid.x} y={r2(row.y)} width={layout.grid.width} height={row.height} fill={ZEBRA} /> : null}
      {cells}
      <line x1={layout.grid.x} y1={r2(row.y + row.height)} x2={layout.grid.x + layout.grid.width} y2={r2(row.y + row.height)} stroke={RULE} strokeWidth={1} />
    </g>
  );
}

function LegendRamp({ item, threshold }: { item: Extract<LegendItem, { kind: 'ramp' }>; threshold: number }): ReactElement {
  const x0 = item.x + 12;
  const rampTop = item.y + 29;
  const rampHeight = 16;
  const step = RAMP_WIDTH / RAMP_STEPS;
  const thetaX = x0 + Math.min(1, Math.max(0, threshold)) * RAMP_WIDTH;
  return (
    <g data-legend="ramp">
      <text x={r2(item.x)} y={r2(item.y + 13)} fontSize={13} fill={INK}>
        {item.caption}
      </text>
      {Array.from({ length: RAMP_STEPS }, (_, i) => (
        // each step overlaps the next by half a unit so no seams show when rasterised
        <rect key={i} x={r2(x0 + i * step)} y={r2(rampTop)} width={r2(step + (i < RAMP_STEPS - 1 ? 0.5 : 0))} height={rampHeight} fill={shareColor((i + 0.5) / RAMP_STEPS)} />
      ))}
      <rect x={r2(x0)} y={r2(rampTop)} width={RAMP_WIDTH} height={rampHeight} fill="none" stroke={MUTED} strokeWidth={1} />
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={r2(x0 + t * RAMP_WIDTH)} y1={r2(rampTop + rampHeight)} x2={r2(x0 + t * RAMP_WIDTH)} y2={r2(rampTop + rampHeight + 4)} stroke={INK} strokeWidth={1} />
          <text x={r2(x0 + t * RAMP_WIDTH)} y={r2(item.y + 62)} fontSize={12} textAnchor="middle" fill={INK}>
            {formatPercent(t)}
          </text>
        </g>
      ))}
      <path d={`M ${r2(thetaX - 5)} ${r2(rampTop - 8)} L ${r2(thetaX + 5)} ${r2(rampTop - 8)} L ${r2(thetaX)} ${r2(rampTop - 1)} Z`} fill={INK} />
      <text x={r2(thetaX + 8)} y={r2(rampTop - 1)} fontSize={12} fill={INK}>
        θ
      </text>
    </g>
  );
}

function Legend({ layout }: { layout: HeatmapLayout }): ReactElement | null {
  if (!layout.legend) return null;
  const theta = layout.threshold;
  return (
    <g data-legend="true">
      {layout.legend.items.map((item, i) => {
        switch (item.kind) {
          case 'ramp':
            return <LegendRamp key={i} item={item} threshold={theta} />;
          case 'owner':
            return (
              <g key={i} data-legend="owner">
                <ShareCell x={item.x} y={item.y + 3} width={56} height={34} share={theta} owner fontSize={13} data={null} />
                <text x={r2(item.x + 66)} y={r2(item.y + 25)} fontSize={13} fill={INK}>
                  {item.text}
                </text>
              </g>
            );
          case 'badge':
            return (
              <g key={i} data-legend={`badge-${item.status}`}>
                <StatusBadge status={item.status} x={item.x} y={item.y + 1} width={layout.badge.width} height={26} fontSize={layout.badge.fontSize} />
                <text x={r2(item.x + layout.badge.width + 8)} y={r2(item.y + 19)} fontSize={13} fill={INK}>
                  {item.text}
                </text>
              </g>
            );
          case 'note':
            return (
              <text key={i} x={r2(item.x)} y={r2(item.y + 15)} fontSize={13} fill={INK}>
                {item.text}
              </text>
            );
        }
      })}
    </g>
  );
}

function Banner({ layout }: { layout: HeatmapLayout }): ReactElement | null {
  const { banner } = layout;
  if (!banner) return null;
  const x = layout.padding;
  const width = layout.width - 2 * layout.padding;
  const lineHeight = banner.fontSize + 6;
  return (
    <g data-suppressed-message="true">
      <rect x={x} y={r2(banner.y)} width={width} height={r2(banner.height)} rx={6} fill="#f2f2f2" stroke={INK} strokeWidth={2} />
      <PadlockIcon cx={x + 30} cy={banner.y + banner.height / 2} scale={2} color={INK} />
      <TextLinesAt lines={banner.lines} x={x + 56} cy={banner.y + banner.height / 2} fontSize={banner.fontSize} lineHeight={lineHeight} anchor="start" bold fill={INK} />
    </g>
  );
}

/**
 * The ownership heatmap: concerns as rows, roles as columns, the share of respondents who
 * named each role as owner in every cell. Pure and hook-free so that the server can render
 * it to static markup for the SVG, PNG and PDF exports.
 */
export function HeatmapSvg(props: HeatmapSvgProps): ReactElement {
  const layout = heatmapLayout(props);
  const responsive = props.responsive ?? false;
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
      data-heatmap="true"
      data-threshold={String(layout.threshold)}
      data-suppressed={props.heatmap.suppressed ? 'true' : undefined}
    >
      <title>{layout.title.full}</title>
      <desc>{description}</desc>
      <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />

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

      <Banner layout={layout} />
      <Legend layout={layout} />

      <g data-header-row="true">
        {layout.columns.map((column) => (
          <HeaderCell key={`${column.kind}-${column.id}`} column={column} top={header.y} height={header.height} />
        ))}
        <line x1={grid.x} y1={r2(header.y + header.height)} x2={grid.x + grid.width} y2={r2(header.y + header.height)} stroke={INK} strokeWidth={1.5} />
      </g>

      <g data-rows="true">
        {layout.rows.map((row) =>
          row.kind === 'category' ? (
            <g key={`category-${row.y}`} data-category={row.label}>
              <rect x={grid.x} y={r2(row.y)} width={grid.width} height={row.height} fill={CATEGORY_FILL} />
              <text x={grid.x + 8} y={baseline(row.y + row.height / 2, layout.labelFontSize)} fontSize={layout.labelFontSize} fontWeight="bold" fill={INK}>
                {row.label}
              </text>
            </g>
          ) : (
            <ConcernRowView key={row.concern.id} row={row} layout={layout} />
          ),
        )}
      </g>

    </svg>
  );
}

