import type { HeatmapSvgProps } from '@thinline/heatmap';
import { RACI_CHECK_LABELS, type THeatmap, discussionQueue, plural, suppressedMessage } from '@thinline/shared';
import { useDecisions } from '../../decisions/hooks/useDecisions';
import { decidedLabel } from '../../decisions/lib/draft';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { LiveRegion } from '../../../ui/LiveRegion';
import { Loading } from '../../../ui/Spinner';

import type { PresenterViewProps } from '../hooks/usePresenterView';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { pageOf } from '../lib/presentation';
import { HiddenResults } from './HiddenResults';
import { ProjectorHeatmap } from './ProjectorHeatmap';
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
  const outcome = useDecisions(session).data;
  const decided = Object.fromEntries((outcome?.decisions ?? []).map((d) => [d.concernId, { raci: d.raci, label: decidedLabel(d.raci, session.roles) }]));
  const flaggedRows = (outcome?.room ?? []).filter((r) => r.checks.length > 0 && shown.has(r.concernId) && !decided[r.concernId]);
  const flagged = new Set(flaggedRows.map((r) => r.concernId));
  // RACI answers: each cell shows the letter the room named most for that role
  const roomLetters = session.settings.answerMode === 'raci' ? Object.fromEntries((outcome?.room ?? []).map((r) => [r.concernId, r.proposal])) : undefined;

  return (
    <>
      <div className="presenter__controls" data-presenter-control>
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
        {Object.keys(decided).length > 0 ? (
          <Button size="small" variant="secondary" aria-pressed={view.hideDecided} onClick={() => update({ hideDecided: !view.hideDecided })}>
            Hide numbers of decided rows
          </Button>
        ) : null}
      </div>
      {concerns.length === 0 ? (
        <HiddenResults session={session} />
      ) : heatmap.isError && !data ? (
        <ErrorMessage error={heatmap.error} title="Could not load the heatmap" onRetry={() => void heatmap.refetch()} retrying={heatmap.isFetching} />
      ) : !data ? (
        <Loading label="Loading the heatmap…" />
      ) : (
        <>
          <HeatmapPage data={data} concerns={concerns} view={view} flagged={flagged} decided={decided} roomLetters={roomLetters} stale={heatmap.isPlaceholderData} shown={shown} roles={session.roles} />
          {Object.keys(decided).length > 0 ? (
            <ul className="decided-rows" aria-label="Decided">
              {concerns
                .filter((c) => decided[c.id])
                .map((c) => (
                  <li key={c.id}>
                    <strong>{c.title}</strong> · {decided[c.id]!.label}
                  </li>
                ))}
            </ul>
          ) : null}
          {flaggedRows.length > 0 ? (
            <ul className="raci-flags" aria-label="RACI checks">
              {flaggedRows.map((r) => (
                <li key={r.concernId}>
                  <strong>{session.concerns.find((c) => c.id === r.concernId)?.title}</strong>: {r.checks.map((c) => RACI_CHECK_LABELS[c]).join(' · ')}
                </li>
              ))}
            </ul>
          ) : null}
          {unrevealed > 0 ? <p className="muted">{plural(unrevealed, 'concern')} not revealed yet.</p> : null}
          <LiveRegion text={summary(data, shown)} throttleMs={5000} />
        </>
      )}
    </>
  );
}

/** One page of rows, full width, and which page of how many it is. */
function HeatmapPage({ data, concerns, view, flagged, decided, roomLetters, stale, shown, roles }: {
  data: THeatmap;
  concerns: PresenterViewProps['concerns'];
  view: PresenterViewProps['view'];
  flagged: Set<string>;
  decided: NonNullable<HeatmapSvgProps['decisions']>;
  roomLetters: HeatmapSvgProps['roomLetters'];
  stale: boolean;
  shown: Set<string>;
  roles: PresenterViewProps['session']['roles'];
}) {
  const ordered = view.sort === 'queue' ? discussionQueue(data, undefined, flagged).filter((id) => shown.has(id)) : byCategory(concerns);
  const page = pageOf(ordered, view.page);
  return (
    <>
      <div className={`heatmap-frame heatmap-frame--projector${stale ? ' heatmap-frame--stale' : ''}`} aria-busy={stale}>
        <ProjectorHeatmap roles={roles} concerns={concerns} heatmap={data} showLegend={false} order={page.rows} decisions={decided} roomLetters={roomLetters} hideDecidedNumbers={view.hideDecided} />
      </div>
      {page.pages > 1 ? (
        <p className="presenter-page" data-presenter-page={page.page + 1}>
          Rows {page.first + 1}–{page.first + page.rows.length} of {ordered.length} · page {page.page + 1} of {page.pages}
          <span className="presenter-page__hint"> (Page Down for the next)</span>
        </p>
      ) : null}
    </>
  );
}

/** The concerns grouped by category in order of first appearance, as the exports list them. */
function byCategory(concerns: PresenterViewProps['concerns']): string[] {
  const groups = new Map<string, string[]>();
  for (const c of concerns) groups.set(c.category, [...(groups.get(c.category) ?? []), c.id]);
  return [...groups.values()].flat();
}
