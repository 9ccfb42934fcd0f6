import type { ReactElement } from 'react';
import type { TConcernAggregate, TShownConcernAggregate } from '@thinline/shared';
import { differenceLayout, formatDelta, statusChangeText } from './difference-layout.js';
import type { DifferenceHeatmapSvgProps, DifferenceLayout, DifferenceLegendItem, DifferenceRow } from './difference-layout.js';
import { FONT_FAMILY, NO_VALUE, formatPercent } from './layout.js';
import { NO_DATA_FILL, deltaColor, textColorFor } from './scale.js';
import { CategoryBand, HeaderCell, INK, MUTED, RULE, SVG_NS, StatusBadge, TextLinesAt, TitleBlock, WithTooltip, ZEBRA, baseline, r2 } from './svg-parts.js';

export type { DifferenceHeatmapSvgProps } from './difference-layout.js';

const RAMP_STEPS = 64;
/** the agreement change is one number in a wide column: a cell as wide as the column would shout */
const AGREEMENT_INSET = 14;

interface DeltaCellProps {
  x: number;
  y: number;
  width: number;
  height: number;
  /** null: nothing to compare (a side has no answers). */
  delta: number | null;
  fontSize: number;
  /** data-* attributes that identify the cell; null for the legend, which is not data. */
  data: Record<string, string> | null;
  /** "Data Engineering: 25% → 100% (+75 points)", when both sides are known. */
  tooltip: string | null;
}

function DeltaCell({ x, y, width, height, delta, fontSize, data, tooltip }: DeltaCellProps): ReactElement {
  const fill = delta === null ? NO_DATA_FILL : deltaColor(delta);
  return (
    <g {...data}>
      {tooltip !== null ? <title>{tooltip}</title> : null}
      <rect x={r2(x + 1)} y={r2(y + 1)} width={r2(width - 2)} height={r2(height - 2)} fill={fill} />
      <text
        x={r2(x + width / 2)}
        y={baseline(y + height / 2, fontSize)}
        fontSize={fontSize}
        textAnchor="middle"
        fill={textColorFor(fill)}
        data-delta={data !== null && delta !== null ? String(delta) : undefined}
      >
        {delta === null ? NO_VALUE : formatDelta(delta)}
      </text>
    </g>
  );
}

const pct = (v: number | null | undefined): string => (v === null || v === undefined ? NO_VALUE : formatPercent(v));

/** "25% → 100% (+75 points)", or null when a side is missing. */
/** The aggregate when it has numbers; a suppressed one (a segment below k) has none to show. */
function shown(aggregate: TConcernAggregate | undefined): TShownConcernAggregate | undefined {
  return aggregate && !aggregate.suppressed ? aggregate : undefined;
}

function fromTo(before: number | null | undefined, after: number | null | undefined, delta: number | null): string | null {
  if (before === undefined || after === undefined) return null;
  const change = delta === null ? '' : ` (${formatDelta(delta)} points)`;
  return `${pct(before)} → ${pct(after)}${change}`;
}

function StatusChange({ row, layout, x, width }: { row: DifferenceRow; layout: DifferenceLayout; x: number; width: number }): ReactElement {
  const { badge, arrowWidth } = layout;
  const cy = row.y + row.height / 2;
  const left = x + (width - (2 * badge.width + arrowWidth)) / 2;
  const changed = row.from !== row.to;
  return (
    <g data-concern-id={row.concern.id} data-column="status" data-status-from={row.from} data-status-to={row.to} data-changed={changed ? 'true' : 'false'}>
      <title>{`Status: ${statusChangeText(row.from, row.to)}`}</title>
      <StatusBadge status={row.from} x={left} y={cy - badge.height / 2} width={badge.width} height={badge.height} fontSize={badge.fontSize} />
      <text x={r2(left + badge.width + arrowWidth / 2)} y={baseline(cy, 16)} fontSize={16} fontWeight="bold" textAnchor="middle" fill={changed ? INK : MUTED}>
        {changed ? '→' : '='}
      </text>
      <StatusBadge status={row.to} x={left + badge.width + arrowWidth} y={cy - badge.height / 2} width={badge.width} height={badge.height} fontSize={badge.fontSize} />
    </g>
  );
}

function DifferenceRowView({ row, layout }: { row: DifferenceRow; layout: DifferenceLayout }): ReactElement {
  const { concern, change, comparable, before, after } = row;
  const cy = row.y + row.height / 2;
  const cells: ReactElement[] = [];
  for (const column of layout.columns) {
    const base = { x: column.x, y: row.y, width: column.width, height: row.height, fontSize: layout.cellFontSize };
    switch (column.kind) {
      case 'label': {
        const tooltip = [concern.title, concern.description].filter((t) => t.trim().length > 0).join(': ');
        cells.push(
          <WithTooltip key="label" tooltip={row.label.truncated || concern.description.trim() ? tooltip : null}>
            <TextLinesAt lines={row.label.lines} x={column.x + 8} cy={cy} fontSize={layout.labelFontSize} lineHeight={layout.labelFontSize + 2} anchor="start" fill={INK} />
          </WithTooltip>,
        );
        break;
      }
      case 'status':
        cells.push(<StatusChange key="status" row={row} layout={layout} x={column.x} width={column.width} />);
        break;
      case 'role': {
        const delta = comparable && change?.shareDelta ? (change.shareDelta[column.id] ?? 0) : null;
        const text = fromTo(shown(before)?.shares[column.id] ?? (shown(before) ? 0 : undefined), shown(after)?.shares[column.id] ?? (shown(after) ? 0 : undefined), delta);
        cells.push(
          <DeltaCell
            key={`role-${column.id}`}
            {...base}
            delta={delta}
            data={{ 'data-concern-id': concern.id, 'data-role-id': column.id }}
            tooltip={text === null || !comparable ? null : `${column.name}: ${text}`}
          />,
        );
        break;
      }
      case 'nobody': {
        const delta = comparable && change ? change.nobodyDelta : null;
        const text = fromTo(shown(before)?.nobody, shown(after)?.nobody, delta);
        cells.push(
          <DeltaCell key="nobody" {...base} delta={delta} data={{ 'data-concern-id': concern.id, 'data-column': 'nobody' }} tooltip={text === null || !comparable ? null : `Nobody: ${text}`} />,
        );
        break;
      }
      case 'agreement': {
        const delta = change?.agreementDelta ?? null;
        const text = fromTo(before?.agreement, after?.agreement, delta);
        cells.push(
          <DeltaCell
            key="agreement"
            {...base}
            x={column.x + AGREEMENT_INSET}
            width={column.width - 2 * AGREEMENT_INSET}
            fontSize={layout.labelFontSize}
            delta={delta}
            data={{ 'data-concern-id': concern.id, 'data-column': 'agreement' }}
            tooltip={text === null ? null : `Agreement: ${text}`}
          />,
        );
        break;
      }
      case 'answered': {
        const [from, to] = [shown(before), shown(after)];
        const text = from && to ? `${from.answered.toLocaleString('en-US')} → ${to.answered.toLocaleString('en-US')}` : NO_VALUE;
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
            data-answered-from={from ? String(from.answered) : undefined}
            data-answered-to={to ? String(to.answered) : undefined}
          >
            {text}
          </text>,
        );
        break;
      }
    }
  }
  return (
    <g data-concern-row={concern.id} data-comparable={comparable ? 'true' : 'false'} data-status-from={row.from} data-status-to={row.to}>
      {row.index % 2 === 1 ? <rect x={layout.grid.x} y={r2(row.y)} width={layout.grid.width} height={row.height} fill={ZEBRA} /> : null}
      {cells}
      <line x1={layout.grid.x} y1={r2(row.y + row.height)} x2={layout.grid.x + layout.grid.width} y2={r2(row.y + row.height)} stroke={RULE} strokeWidth={1} />
    </g>
  );
}

function LegendRamp({ item }: { item: Extract<DifferenceLegendItem, { kind: 'ramp' }> }): ReactElement {
  const x0 = item.x + 12;
  const width = item.width - 24;
  const rampTop = item.y + 22;
  const rampHeight = 16;
  const step = width / RAMP_STEPS;
  const at = (delta: number): number => x0 + ((delta + 1) / 2) * width;
  return (
    <g data-legend="ramp">
      <text x={r2(item.x)} y={r2(item.y + 13)} fontSize={13} fill={INK}>
        {item.caption}
      </text>
      {Array.from({ length: RAMP_STEPS }, (_, i) => (
        // each step overlaps the next by half a unit so no seams show when rasterised
        <rect key={i} x={r2(x0 + i * step)} y={r2(rampTop)} width={r2(step + (i < RAMP_STEPS - 1 ? 0.5 : 0))} height={rampHeight} fill={deltaColor(((i + 0.5) / RAMP_STEPS) * 2 - 1)} />
      ))}
      <rect x={r2(x0)} y={r2(rampTop)} width={r2(width)} height={rampHeight} fill="none" stroke={MUTED} strokeWidth={1} />
      {[-1, -0.5, 0, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={r2(at(t))} y1={r2(rampTop + rampHeight)} x2={r2(at(t))} y2={r2(rampTop + rampHeight + 4)} stroke={INK} strokeWidth={1} />
          <text x={r2(at(t))} y={r2(item.y + 54)} fontSize={12} textAnchor="middle" fill={INK}>
            {formatDelta(t)}
          </text>
        </g>
      ))}
      <text x={r2(x0)} y={r2(item.y + 74)} fontSize={12} fill={INK}>
        {`← ${item.lower}`}
      </text>
      <text x={r2(x0 + width)} y={r2(item.y + 74)} fontSize={12} textAnchor="end" fill={INK}>
        {`${item.higher} →`}
      </text>
    </g>
  );
}

function Legend({ layout }: { layout: DifferenceLayout }): ReactElement | null {
  if (!layout.legend) return null;
  return (
    <g data-legend="true">
      {layout.legend.items.map((item, i) => {
        switch (item.kind) {
          case 'ramp':
            return <LegendRamp key={i} item={item} />;
          case 'badge':
            return (
              <g key={i} data-legend={`badge-${item.status}`}>
                <StatusBadge status={item.status} x={item.x} y={item.y + 1} width={layout.badge.width} height={26} fontSize={layout.badge.fontSize} />
                <text x={r2(item.x + layout.badge.width + 8)} y={r2(item.y + 19)} fontSize={13} fill={INK}>
                  {item.text}
                </text>
              </g>
            );
          case 'change':
          case 'note':
            return (
              <text key={i} x={r2(item.x)} y={r2(item.y + 15)} fontSize={13} fill={INK} data-legend={item.kind === 'change' ? 'change' : undefined}>
                {item.text}
              </text>
            );
        }
      })}
    </g>
  );
}

/**
 * The difference heatmap of two sessions (or rounds): the same grid as HeatmapSvg, with the
 * change of every share from A to B in signed percentage points in each cell on a diverging
 * colour-blind-safe scale, the status before and after as badges, and the agreement change.
 * Pure and hook-free, like HeatmapSvg, so the server can render it too.
 */
export function DifferenceHeatmapSvg(props: DifferenceHeatmapSvgProps): ReactElement {
  const layout = differenceLayout(props);
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
      data-difference-heatmap="true"
    >
      <title>{layout.title.full}</title>
      <desc>{description}</desc>
      <rect x={0} y={0} width={layout.width} height={layout.height} fill="#ffffff" />

      <TitleBlock layout={layout} />

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
            <DifferenceRowView key={row.concern.id} row={row} layout={layout} />
          ),
        )}
      </g>
    </svg>
  );
}
