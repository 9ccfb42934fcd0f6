import { NO_VALUE } from '@thinline/shared';
import type { ReactElement } from 'react';
import { heatmapLayout } from './layout.js';
import type { ConcernRow, HeatmapLayout, HeatmapSvgProps, LegendItem } from './layout.js';
import { nobodyColor, shareColor, textColorFor } from './scale.js';
import { CellText, HeatmapFrame, PadlockIcon, RampBar, RampTicks, RowFrame, StatusBadge, TextLinesAt, baseline, r2 } from './svg-parts.js';
import { BANNER_FILL, INK, MUTED, NO_DATA_FILL, OWNER_OUTLINE, RAMP } from './theme.js';

export type { HeatmapSvgProps } from './layout.js';

// Everything below is plain SVG attributes: the same markup is rendered by React in the
// browser and by renderToStaticMarkup for the exports, which have no stylesheet.

/** The owner mark: black outside, white inside, so it shows on every fill of the scale. */
function OwnerOutline({ x, y, width, height }: { x: number; y: number; width: number; height: number }): ReactElement {
  return (
    <g fill="none">
      <rect x={r2(x + 2.5)} y={r2(y + 2.5)} width={r2(width - 5)} height={r2(height - 5)} stroke={OWNER_OUTLINE.outer} strokeWidth={3} />
      <rect x={r2(x + 4.75)} y={r2(y + 4.75)} width={r2(width - 9.5)} height={r2(height - 9.5)} stroke={OWNER_OUTLINE.inner} strokeWidth={1.5} />
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
  percent: (share: number) => string;
  /** the scale the share is coloured on: the share ramp, or the alarm ramp for "Nobody" */
  colorAt?: (share: number) => string;
}

function ShareCell({ x, y, width, height, share, owner, fontSize, data, percent, colorAt = shareColor }: ShareCellProps): ReactElement {
  const annotate = data !== null;
  const fill = share === null ? NO_DATA_FILL : colorAt(share);
  const ink = textColorFor(fill);
  return (
    <g {...data} data-owner={annotate && owner ? 'true' : undefined}>
      <rect x={r2(x + 1)} y={r2(y + 1)} width={r2(width - 2)} height={r2(height - 2)} fill={fill} data-fill={annotate ? fill : undefined} />
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
        {share === null ? NO_VALUE : percent(share)}
      </text>
    </g>
  );
}

type Decision = NonNullable<HeatmapSvgProps['decisions']>[string];

/** The decision of a row written across its role columns, when the room's numbers are hidden. */
function DecisionAcross({ decision, layout, row }: { decision: Decision; layout: HeatmapLayout; row: ConcernRow }): ReactElement | null {
  const cols = layout.columns.filter((c) => c.kind === 'role' || c.kind === 'nobody');
  const first = cols[0];
  const last = cols.at(-1);
  if (!first || !last) return null;
  const x = first.x + 2;
  const width = last.x + last.width - first.x - 4;
  return (
    <g data-decided-across={row.concern.id}>
      <rect x={x} y={row.y + 3} width={width} height={row.height - 6} rx={4} fill="#ffffff" stroke={MUTED} strokeWidth={1} />
      <text x={x + width / 2} y={row.y + row.height / 2 + layout.labelFontSize * 0.35} fontSize={layout.labelFontSize} textAnchor="middle" fill={INK} fontWeight="bold">
        {decision.label}
      </text>
    </g>
  );
}

/** The room's most named RACI letter for a role, in the cell's top-right corner (a decided letter sits top-left). */
function RoomLetter({ letter, x, y }: { letter: string; x: number; y: number }): ReactElement {
  return (
    <g data-room-letter={letter}>
      <rect x={r2(x - 20)} y={r2(y)} width={20} height={18} rx={3} fill="#ffffff" stroke={INK} strokeWidth={1} strokeDasharray="3 2" />
      <text x={r2(x - 10)} y={r2(y + 14)} fontSize={13} fontWeight="bold" textAnchor="middle" fill={INK}>
        {letter}
      </text>
    </g>
  );
}

function ConcernRowView({ row, layout, decision, hideNumbers, roomLetters }: { row: ConcernRow; layout: HeatmapLayout; decision: Decision | undefined; hideNumbers: boolean; roomLetters: Readonly<Record<string, string>> | undefined }): ReactElement {
  const { concern, aggregate, status } = row;
  const hidden = Boolean(decision && hideNumbers);
  const empty = row.empty || hidden;
  const frame = (
    <RowFrame
      row={row}
      layout={layout}
      data={{ 'data-concern-row': concern.id, 'data-status': status, ...(decision ? { 'data-decided': decision.label } : {}) }}
      alarm={status === 'gap' && !hidden}
      cell={(column, base, cy) => {
        switch (column.kind) {
          case 'status': {
            const { width, height, fontSize } = layout.badge;
            return (
              <g key="status" data-concern-id={concern.id} data-column="status" data-status={status}>
                <StatusBadge status={status} x={column.x + (column.width - width) / 2} y={cy - height / 2} width={width} height={height} fontSize={fontSize} label={layout.text.status[status]} />
              </g>
            );
          }
          case 'role': {
            const share = empty || !aggregate || aggregate.suppressed ? null : (aggregate.shares[column.id] ?? 0);
            const letter = decision?.raci[column.id];
            const roomLetter = share === null ? undefined : roomLetters?.[column.id];
            const shareCell = <ShareCell key={`role-${column.id}`} {...base} share={share} owner={share !== null && share >= layout.threshold} percent={layout.text.percent} data={{ 'data-concern-id': concern.id, 'data-role-id': column.id }} />;
            const cell = roomLetter ? (
              <g key={`role-${column.id}`}>
                {shareCell}
                <RoomLetter letter={roomLetter} x={base.x + base.width - 3} y={base.y + 3} />
              </g>
            ) : (
              shareCell
            );
            if (!letter || hidden) return cell;
            return (
              <g key={`role-${column.id}`}>
                {cell}
                <g data-decided-letter={letter} data-role-id={column.id}>
                  <rect x={base.x + 3} y={base.y + 3} width={24} height={22} rx={3} fill="#ffffff" stroke={INK} strokeWidth={2} />
                  <text x={base.x + 15} y={base.y + 20} fontSize={16} fontWeight="bold" textAnchor="middle" fill={INK}>
                    {letter}
                  </text>
                </g>
              </g>
            );
          }
          case 'nobody': {
            const share = empty || !aggregate ? null : aggregate.nobody;
            // not outlined: "nobody" is never an owner; a high value already makes the row a GAP
            // on the alarm ramp: the more people say nobody owns it, the louder the cell
            return <ShareCell key="nobody" {...base} share={share} owner={false} colorAt={nobodyColor} percent={layout.text.percent} data={{ 'data-concern-id': concern.id, 'data-column': 'nobody' }} />;
          }
          case 'agreement': {
            const agreement = empty || !aggregate ? null : aggregate.agreement;
            return (
              <CellText key="agreement" column={column} cy={cy} fontSize={layout.labelFontSize} data={{ 'data-concern-id': concern.id, 'data-column': 'agreement', 'data-agreement': agreement === null ? undefined : String(agreement) }}>
                {agreement === null ? NO_VALUE : layout.text.percent(agreement)}
              </CellText>
            );
          }
          case 'answered': {
            // a hidden segment's count could itself point at a person, so it is hidden too
            const answered = status === 'hidden' || !aggregate ? null : aggregate.answered;
            const data = {
              'data-concern-id': concern.id,
              'data-column': 'answered',
              'data-answered': answered === null ? undefined : String(answered),
              'data-unknown': answered === null || !aggregate ? undefined : String(aggregate.unknown),
            };
            return (
              <CellText key="answered" column={column} cy={cy} fontSize={layout.labelFontSize} data={data}>
                {answered === null ? NO_VALUE : answered.toLocaleString('en-US')}
              </CellText>
            );
          }
        }
      }}
    />
  );
  if (!decision) return frame;
  return (
    <g>
      <title>{decision.label}</title>
      {frame}
      {hidden ? <DecisionAcross decision={decision} layout={layout} row={row} /> : null}
    </g>
  );
}

function LegendRamp({ item, threshold, percent }: { item: Extract<LegendItem, { kind: 'ramp' }>; threshold: number; percent: (share: number) => string }): ReactElement {
  const x0 = item.x + 12;
  const rampTop = item.y + 29;
  const rampHeight = 16;
  const thetaX = x0 + Math.min(1, Math.max(0, threshold)) * RAMP.width;
  return (
    <g data-legend="ramp">
      <RampBar item={item} x0={x0} top={rampTop} width={RAMP.width} height={rampHeight} colorAt={shareColor} />
      <RampTicks ticks={[0, 0.5, 1].map((t) => ({ at: t, x: x0 + t * RAMP.width, label: percent(t) }))} top={rampTop + rampHeight} labelY={item.y + 62} />
      <path d={`M ${r2(thetaX - 5)} ${r2(rampTop - 8)} L ${r2(thetaX + 5)} ${r2(rampTop - 8)} L ${r2(thetaX)} ${r2(rampTop - 1)} Z`} fill={INK} />
      <text x={r2(thetaX + 8)} y={r2(rampTop - 1)} fontSize={12} fill={INK}>
        θ
      </text>
    </g>
  );
}

/** The owner mark as in a cell, beside what it means. */
function OwnerLegend({ item, threshold, percent }: { item: Extract<LegendItem, { kind: 'owner' }>; threshold: number; percent: (share: number) => string }): ReactElement {
  return (
    <g data-legend="owner">
      <ShareCell x={item.x} y={item.y + 3} width={56} height={34} share={threshold} owner fontSize={13} data={null} percent={percent} />
      <text x={r2(item.x + 66)} y={r2(item.y + 25)} fontSize={13} fill={INK}>
        {item.text}
      </text>
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
      <rect x={x} y={r2(banner.y)} width={width} height={r2(banner.height)} rx={6} fill={BANNER_FILL} stroke={INK} strokeWidth={2} />
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
  const data = { 'data-heatmap': 'true', 'data-threshold': String(layout.threshold), 'data-suppressed': props.heatmap.suppressed ? 'true' : undefined };
  const entry = (item: Extract<LegendItem, { kind: 'ramp' | 'owner' }>, i: number) =>
    item.kind === 'ramp' ? <LegendRamp key={i} item={item} threshold={layout.threshold} percent={layout.text.percent} /> : <OwnerLegend key={i} item={item} threshold={layout.threshold} percent={layout.text.percent} />;
  const row = (r: ConcernRow) => (
    <ConcernRowView key={r.concern.id} row={r} layout={layout} decision={props.decisions?.[r.concern.id]} hideNumbers={props.hideDecidedNumbers ?? false} roomLetters={props.roomLetters?.[r.concern.id]} />
  );
  return <HeatmapFrame layout={layout} responsive={props.responsive ?? false} data={data} banner={<Banner layout={layout} />} legendEntry={entry} row={row} />;
}
