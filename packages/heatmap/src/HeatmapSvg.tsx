import type { ReactElement } from 'react';
import { FONT_FAMILY, NO_VALUE, formatPercent, heatmapLayout } from './layout.js';
import type { ConcernRow, HeatmapLayout, HeatmapSvgProps, LegendItem } from './layout.js';
import { NO_DATA_FILL, shareColor, textColorFor } from './scale.js';
import { CategoryBand, HeaderCell, INK, MUTED, PadlockIcon, RULE, SVG_NS, StatusBadge, TextLinesAt, TitleBlock, WithTooltip, ZEBRA, baseline, r2 } from './svg-parts.js';

export type { HeatmapSvgProps } from './layout.js';

// Everything below is plain SVG attributes: the same markup is rendered by React in the
// browser and by renderToStaticMarkup for the exports, which have no stylesheet.

const RAMP_WIDTH = 256;
const RAMP_STEPS = 64;

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
        const share = empty || !aggregate || aggregate.suppressed ? null : (aggregate.shares[column.id] ?? 0);
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

      <TitleBlock layout={layout} />

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
            <CategoryBand key={`category-${row.y}`} label={row.label} y={row.y} height={row.height} grid={grid} fontSize={layout.labelFontSize} />
          ) : (
            <ConcernRowView key={row.concern.id} row={row} layout={layout} />
          ),
        )}
      </g>

    </svg>
  );
}

