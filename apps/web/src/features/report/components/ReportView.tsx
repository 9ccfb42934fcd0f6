import { HeatmapSvg } from '@thinline/heatmap';
import { convergence } from '@thinline/shared';
import { type Report, formatDate, segmentOptions } from '../api';
import { useReportLive } from '../hooks/useReportLive';
import { DiscussionQueue } from './DiscussionQueue';
import { DownloadLinks } from './DownloadLinks';
import { ReportDecisions } from './ReportDecisions';
import { NumbersTable } from './NumbersTable';
import { ReportHeader } from './ReportHeader';
import { ViewControls } from './ViewControls';
import { useT } from '../../../i18n/i18n';
import { useHeatmapText, useSessionLocale } from '../../../i18n/session-locale';

interface ReportViewProps {
  token: string;
  report: Report;
  segment: string | null;
  round: number | null;
  onQuery: (q: { segment?: string | null; round?: number | null }) => void;
  busy: boolean;
  segmentProblem: string | null;
}

/** The report itself: who ran it, the heatmap, what to discuss, and the files. */
export function ReportView({ token, report, segment, round, onQuery, busy, segmentProblem }: ReportViewProps) {
  const { session, heatmap, rounds } = report;
  const t = useT();
  useSessionLocale(session.settings.locale);
  const text = useHeatmapText();
  const followsRoom = segment === null && round === null && (session.status === 'live' || session.status === 'lobby');
  const live = useReportLive(token, followsRoom);
  const segments = segmentOptions(session.roles);
  // the API answered, but not for the segment asked: say so rather than compute it here
  const segmentIgnored = segment !== null && !busy && !segmentProblem && heatmap.segment !== segment;
  const first = rounds[0]?.heatmap ?? null;
  const last = rounds.at(-1)?.heatmap ?? null;
  const change = segment === null && rounds.length > 1 && first && last ? convergence(first, last) : null;
  const date = formatDate(session.date);

  return (
    <main className="rp">
      <title>{`${session.title} · ${t('app.report.docTitle')}`}</title>
      <ReportHeader session={session} live={live} />
      <ViewControls
        segments={segments}
        segment={segment}
        onSegment={(s) => onQuery({ segment: s })}
        rounds={rounds}
        labels={heatmap.rounds}
        round={round}
        onRound={(r) => onQuery({ round: r })}
        busy={busy}
      />
      {segmentProblem || segmentIgnored ? (
        <p className="rp-notice" role="status">
          {segmentProblem ?? t('app.report.segmentIgnored')}
        </p>
      ) : null}
      <section className="rp-section" aria-labelledby="rp-heatmap-title">
        <h2 id="rp-heatmap-title" className="rp-visually-hidden">
          {t('app.report.heatmap')}
        </h2>
        <div className="rp-heatmap" role="region" aria-label={t('app.report.heatmapRegion')} tabIndex={0}>
          <HeatmapSvg
            roles={session.roles}
            concerns={session.concerns}
            heatmap={heatmap}
            title={session.title}
            subtitle={[date, t('app.report.participants', { n: heatmap.participants })].filter(Boolean).join(' · ')}
            responsive
            text={text}
          />
        </div>
        <p className="rp-scroll-hint">{t('app.report.scrollHint')}</p>
        <NumbersTable session={session} heatmap={heatmap} />
      </section>
      <ReportDecisions report={report} />
      {heatmap.suppressed ? null : <DiscussionQueue session={session} heatmap={heatmap} convergence={change} />}
      <DownloadLinks token={token} />
    </main>
  );
}
