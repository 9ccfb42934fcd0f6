import { type TRoundInfo, roundName } from '@thinline/shared';
import { useId } from 'react';
import type { ReportRound, ReportSegmentOption } from '../api';

interface ViewControlsProps {
  segments: ReportSegmentOption[];
  segment: string | null;
  onSegment: (segment: string | null) => void;
  rounds: ReportRound[];
  /** the rounds' labels ("pre-work", "live"), as the heatmap gives them */
  labels: TRoundInfo[] | undefined;
  round: number | null;
  onRound: (round: number | null) => void;
  busy: boolean;
}

/** Whose view (whole room or one own-role) and which round. */
export function ViewControls({ segments, segment, onSegment, rounds, labels, round, onRound, busy }: ViewControlsProps) {
  const segmentId = useId();
  const roundId = useId();
  const last = rounds.at(-1)?.round ?? 1;
  return (
    <div className="rp-controls" aria-busy={busy}>
      <div className="rp-control">
        <label htmlFor={segmentId}>View</label>
        <select id={segmentId} value={segment ?? ''} onChange={(e) => onSegment(e.target.value || null)}>
          <option value="">Whole room</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {rounds.length > 1 ? (
        <div className="rp-control">
          <label htmlFor={roundId}>Round</label>
          <select id={roundId} value={round ?? ''} onChange={(e) => onRound(e.target.value ? Number(e.target.value) : null)}>
            <option value="">Latest ({roundName(last, labels).toLowerCase()})</option>
            {rounds.map((r) => (
              <option key={r.round} value={r.round}>
                {roundName(r.round, labels)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {busy ? (
        <p className="rp-loading-inline" role="status">
          Loading…
        </p>
      ) : null}
    </div>
  );
}
