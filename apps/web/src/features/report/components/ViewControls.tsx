import type { TRoundInfo } from '@thinline/shared';
import { useId } from 'react';
import type { ReportRound, ReportSegmentOption } from '../api';
import { roundLabel, useT } from '../../../i18n/i18n';

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
  const t = useT();
  const segmentId = useId();
  const roundId = useId();
  const last = rounds.at(-1)?.round ?? 1;
  return (
    <div className="rp-controls" aria-busy={busy}>
      <div className="rp-control">
        <label htmlFor={segmentId}>{t('app.report.view')}</label>
        <select id={segmentId} value={segment ?? ''} onChange={(e) => onSegment(e.target.value || null)}>
          <option value="">{t('heatmap.segment.wholeRoom')}</option>
          {segments.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      {rounds.length > 1 ? (
        <div className="rp-control">
          <label htmlFor={roundId}>{t('app.report.round')}</label>
          <select id={roundId} value={round ?? ''} onChange={(e) => onRound(e.target.value ? Number(e.target.value) : null)}>
            <option value="">{t('app.report.latest', { round: roundLabel(last, labels) })}</option>
            {rounds.map((r) => (
              <option key={r.round} value={r.round}>
                {roundLabel(r.round, labels)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {busy ? (
        <p className="rp-loading-inline" role="status">
          {t('app.loading')}
        </p>
      ) : null}
    </div>
  );
}
