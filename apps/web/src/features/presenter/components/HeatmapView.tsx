import { HeatmapSvg } from '@thinline/heatmap';
import { type THeatmap, discussionQueue, plural, suppressedMessage } from '@thinline/shared';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { LiveRegion } from '../../../ui/LiveRegion';
import { Loading } from '../../../ui/Spinner';

import type { PresenterViewProps } from '../hooks/usePresenterView';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { HiddenResults } from './HiddenResults';
import { SegmentPicker } from './SegmentPicker';


function summary(heatmap: THeatmap, shown: Set<string>): string {
  if (heatmap.suppressed) return `${suppressedMessage(heatmap.minSegmentSize)}.`;
  const rows = heatmap.concerns.filter((c) => shown.has(c.concernId));
  const gaps = rows.filter((c) => c.status === 'gap').length;
  const overlaps = rows.filter((c) => c.status === 'overlap').length;
  return `${plural(gaps, 'gap')}, ${plural(overlaps, 'overlap')}, ${plural(heatmap.participants, 'participant')}.`;
}

/** The live heatmap of the room or of one segment, by category or in discussion order. */
export function HeatmapView({ session, concerns, tabs, view, update }: PresenterViewProps) {
  const heatmap = useHeatmap(session.id, { segment: view.segment });
  const data = heatmap.data;
  const shown = new Set(concerns.map((c) => c.id));
  const unrevealed = session.concerns.length - concerns.length;

  return (
    <>
      <div className="presenter__controls">
        {tabs}
        <div className="segmented" role="group" aria-label="Sort rows">
          <Button size="small" aria-pressed={view.sort === 'category'} onClick={() => update({ sort: 'category' })}>
            By category
          </Button>
          <Button size="small" aria-pressed={view.sort === 'queue'} onClick={() => update({ sort: 'queue' })}>
            Discussion queue
          </Button>
        </div>
        <SegmentPicker roles={session.roles} value={view.segment} onChange={(segment) => update({ segment })} />
      </div>
      {concerns.length === 0 ? (
        <HiddenResults session={session} />
      ) : heatmap.isError && !data ? (
        <ErrorMessage error={heatmap.error} title="Could not load the heatmap" onRetry={() => void heatmap.refetch()} retrying={heatmap.isFetching} />
      ) : !data ? (
        <Loading label="Loading the heatmap…" />
      ) : (
        <>
          <div className={`heatmap-frame${heatmap.isPlaceholderData ? ' heatmap-frame--stale' : ''}`} aria-busy={heatmap.isPlaceholderData}>
            <HeatmapSvg
              responsive
              roles={session.roles}
              concerns={concerns}
              heatmap={data}
              title={session.title}
              order={view.sort === 'queue' ? discussionQueue(data).filter((id) => shown.has(id)) : undefined}
            />
          </div>
          {unrevealed > 0 ? <p className="muted">{plural(unrevealed, 'concern')} not revealed yet.</p> : null}
          <LiveRegion text={summary(data, shown)} throttleMs={5000} />
        </>
      )}
    </>
  );
}
