import { useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../../ui/errors';
import { isInvalidLink, useReport } from '../hooks/useReport';
import '../report.css';
import '../../decisions/decisions.css';
import '../../follow-ups/follow-ups.css';
import { InvalidLink, ReportError, ReportLoading } from './ReportStates';
import { ReportView } from './ReportView';
import { t } from '../../../i18n/i18n';

/** `/r/:token`: the read-only report a manager opens from a share link. */
export function ReportPage() {
  const { token = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const segment = params.get('segment') || null;
  const roundParam = Number(params.get('round'));
  const round = Number.isInteger(roundParam) && roundParam > 0 ? roundParam : null;
  const query = { segment, round };
  const report = useReport(token, query);
  // the whole-room view stays available when a segment view fails
  const wholeRoom = useReport(token, { segment: null, round });

  const setQuery = (next: { segment?: string | null; round?: number | null }) => {
    const p = new URLSearchParams(params);
    const s = next.segment === undefined ? segment : next.segment;
    const r = next.round === undefined ? round : next.round;
    if (s) p.set('segment', s);
    else p.delete('segment');
    if (r !== null) p.set('round', String(r));
    else p.delete('round');
    setParams(p, { replace: true });
  };

  if (report.error && isInvalidLink(report.error) && (!segment || isInvalidLink(wholeRoom.error))) return <InvalidLink />;
  const segmentFailed = segment !== null && report.isError && !isInvalidLink(report.error);
  const shown = segmentFailed ? wholeRoom : report;
  if (shown.data === undefined) {
    if (shown.isError) {
      return <ReportError message={errorMessage(shown.error)} onRetry={() => void shown.refetch()} />;
    }
    return <ReportLoading />;
  }
  return (
    <ReportView
      token={token}
      report={shown.data}
      segment={segment}
      round={round}
      onQuery={setQuery}
      busy={report.isFetching && report.isPlaceholderData}
      segmentProblem={segmentFailed ? t('app.report.segmentFailed') : null}
    />
  );
}
