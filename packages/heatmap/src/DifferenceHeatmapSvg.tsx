import { type HeatmapText, NO_VALUE, formatDelta } from '@thinline/shared';
import type { ReactElement } from 'react';
import type { TConcernAggregate, TShownConcernAggregate } from '@thinline/shared';
import { differenceLayout, statusChangeText } from './difference-layout.js';
import type { DifferenceHeatmapSvgProps, DifferenceLayout, DifferenceLegendItem, DifferenceRow } from './difference-layout.js';
import { deltaColor, textColorFor } from './scale.js';
import { CellText, HeatmapFrame, LegendNote, RampBar, RampTicks, RowFrame, StatusBadge, baseline, r2 } from './svg-parts.js';
import { INK, MUTED, NO_DATA_FILL } from './theme.js';

export type { DifferenceHeatmapSvgProps } from './difference-layout.js';
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

/** The aggregate when it has numbers; a suppressed one (a segment below k) has none to show. */
function shown(aggregate: TConcernAggregate | undefined): TShownConcernAggregate | undefined {
  return aggregate && !aggregate.suppressed ? aggregate : undefined;
}

/** "25% → 100% (+75 points)", or null when a side is missing. */
function fromTo(before: number | null | undefined, after: number | null | undefined, delta: number | null, text: HeatmapText): string | null {
  if (before === undefined || after === undefined) return null;
  const pct = (v: number | null): string => (v === null ? NO_VALUE : text.percent(v));
  return delta === null ? `${pct(before)} → ${pct(after)}` : text.difference.fromTo(pct(before), pct(after), formatDelta(delta));
}

function StatusChange({ row, layout, x, width }: { row: DifferenceRow; layout: DifferenceLayout; x: number; width: number }): ReactElement {
  const { badge, arrowWidth } = layout;
  const cy = row.y + row.height / 2;
  const left = x + (width - (2 * badge.width + arrowWidth)) / 2;
  const changed = row.from !== row.to;
  const { text } = layout;
  return (
    <g data-concern-id={row.concern.id} data-column="status" data-status-from={row.from} data-status-to={row.to} data-changed={changed ? 'true' : 'false'}>
      <title>{text.difference.tooltip(text.columns.status, statusChangeText(row.from, row.to, text))}</title>
      <StatusBadge status={row.from} x={left} y={cy - badge.height / 2} width={badge.width} height={badge.height} fontSize={badge.fontSize} label={text.status[row.from]} />
      <text x={r2(left + badge.width + arrowWidth / 2)} y={baseline(cy, 16)} fontSize={16} fontWeight="bold" textAnchor="middle" fill={changed ? INK : MUTED}>
        {changed ? '→' : '='}
      </text>
      <StatusBadge status={row.to} x={left + badge.width + arrowWidth} y={cy - badge.height / 2} width={badge.width} height={badge.height} fontSize={badge.fontSize} label={text.status[row.to]} />
    </g>
  );
}

function DifferenceRowView({ row, layout }: { row: DifferenceRow; layout: DifferenceLayout }): ReactElement {
  const { concern, change, comparable, before, after } = row;
  const { text } = layout;
  const tip = (name: string, line: string | null): string | null => (line === null ? null : text.difference.tooltip(name, line));
  return (
    <RowFrame
      row={row}
      layout={layout}
      data={{ 'data-concern-row': concern.id, 'data-comparable': comparable ? 'true' : 'false', 'data-status-from': row.from, 'data-status-to': row.to }}
      cell={(column, base, cy) => {
        switch (column.kind) {
          case 'status':
            return <StatusChange key="status" row={row} layout={layout} x={column.x} width={column.width} />;
          case 'role': {
            const delta = comparable && change?.shareDelta ? (change.shareDelta[column.id] ?? 0) : null;
            const line = fromTo(shown(before)?.shares[column.id] ?? (shown(before) ? 0 : undefined), shown(after)?.shares[column.id] ?? (shown(after) ? 0 : undefined), delta, text);
            return (
              <DeltaCell
                key={`role-${column.id}`}
                {...base}
                delta={delta}
                data={{ 'data-concern-id': concern.id, 'data-role-id': column.id }}
                tooltip={comparable ? tip(column.name, line) : null}
              />
            );
          }
          case 'nobody': {
            const delta = comparable && change ? change.nobodyDelta : null;
            const line = fromTo(shown(before)?.nobody, shown(after)?.nobody, delta, text);
            return (
              <DeltaCell key="nobody" {...base} delta={delta} data={{ 'data-concern-id': concern.id, 'data-column': 'nobody' }} tooltip={comparable ? tip(text.columns.nobody, line) : null} />
            );
          }
          case 'agreement': {
            const delta = change?.agreementDelta ?? null;
            const line = fromTo(before?.agreement, after?.agreement, delta, text);
            return (
              <DeltaCell
                key="agreement"
                {...base}
                x={column.x + AGREEMENT_INSET}
                width={column.width - 2 * AGREEMENT_INSET}
                fontSize={layout.labelFontSize}
                delta={delta}
                data={{ 'data-concern-id': concern.id, 'data-column': 'agreement' }}
                tooltip={tip(text.columns.agreement, line)}
              />
            );
          }
          case 'answered': {
            const [from, to] = [shown(before), shown(after)];
            const counts = from && to ? `${text.integer(from.answered)} → ${text.integer(to.answered)}` : NO_VALUE;
            const data = { 'data-concern-id': concern.id, 'data-column': 'answered', 'data-answered-from': from ? String(from.answered) : undefined, 'data-answered-to': to ? String(to.answered) : undefined };
            return (
              <CellText key="answered" column={column} cy={cy} fontSize={layout.labelFontSize} data={data}>
                {counts}
              </CellText>
            );
          }
        }
      }}
    />
  );
}

function LegendRamp({ item }: { item: Extract<DifferenceLegendItem, { kind: 'ramp' }> }): ReactElement {
  const x0 = item.x + 12;
  const width = item.width - 24;
  const rampTop = item.y + 22;
  const rampHeight = 16;
  const at = (delta: number): number => x0 + ((delta + 1) / 2) * width;
  return (
    <g data-legend="ramp">
      <RampBar item={item} x0={x0} top={rampTop} width={width} height={rampHeight} colorAt={(t) => deltaColor(t * 2 - 1)} />
      <RampTicks ticks={[-1, -0.5, 0, 0.5, 1].map((t) => ({ at: t, x: at(t), label: formatDelta(t) }))} top={rampTop + rampHeight} labelY={item.y + 54} />
      <text x={r2(x0)} y={r2(item.y + 74)} fontSize={12} fill={INK}>
        {`← ${item.lower}`}
      </text>
      <text x={r2(x0 + width)} y={r2(item.y + 74)} fontSize={12} textAnchor="end" fill={INK}>
        {`${item.higher} →`}
      </text>
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
  const entry = (item: Extract<DifferenceLegendItem, { kind: 'ramp' | 'change' }>, i: number) =>
    item.kind === 'ramp' ? <LegendRamp key={i} item={item} /> : <LegendNote key={i} item={item} legend="change" />;
  const row = (r: DifferenceRow) => <DifferenceRowView key={r.concern.id} row={r} layout={layout} />;
  return <HeatmapFrame layout={layout} responsive={props.responsive ?? false} data={{ 'data-difference-heatmap': 'true' }} legendEntry={entry} row={row} />;
}
