import type { HeatmapSvgProps } from '@thinline/heatmap';
import { type HeatmapText, type THeatmap, type TRaciCheck, discussionQueue, formatRaci } from '@thinline/shared';
import { type MessageId, count, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
import { useDecisions } from '../../decisions/hooks/useDecisions';
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

/** How the projector names each RACI check of the room's answers. */
const CHECK_LABELS: Record<TRaciCheck, MessageId> = {
  'no-accountable': 'app.presenter.check.noAccountable',
  'several-accountable': 'app.presenter.check.severalAccountable',
  'accountable-without-responsible': 'app.presenter.check.accountableWithoutResponsible',
  unowned: 'app.presenter.check.unowned',
};

function summary(heatmap: THeatmap, shown: Set<string>, t: ReturnType<typeof useT>, text: HeatmapText): string {
  if (heatmap.suppressed) return text.suppressed(heatmap.minSegmentSize);
  const rows = heatmap.concerns.filter((c) => shown.has(c.concernId));
  const gaps = rows.filter((c) => c.status === 'gap').length;
  const overlaps = rows.filter((c) => c.status === 'overlap').length;
  return t('app.presenter.heatmap.summary', { gaps, overlaps, participants: heatmap.participants });
}

/** The live heatmap of the room or of one segment, by category or in discussion order. */
export function HeatmapView({ session, concerns, tabs, view, update }: PresenterViewProps) {
  const t = useT();
  const text = useHeatmapText();
  const heatmap = useHeatmap(session.id, { segment: view.segment });
  const data = heatmap.data;
  const shown = new Set(concerns.map((c) => c.id));
  const unrevealed = session.concerns.length - concerns.length;
  const outcome = useDecisions(session).data;
  const decided = Object.fromEntries((outcome?.decisions ?? []).map((d) => [d.concernId, { raci: d.raci, label: t('app.presenter.heatmap.decided', { raci: formatRaci(d.raci, session.roles) }) }]));
  const flaggedRows = (outcome?.room ?? []).filter((r) => r.checks.length > 0 && shown.has(r.concernId) && !decided[r.concernId]);
  const flagged = new Set(flaggedRows.map((r) => r.concernId));
  // RACI answers: each cell shows the letter the room named most for that role
  const roomLetters = session.settings.answerMode === 'raci' ? Object.fromEntries((outcome?.room ?? []).map((r) => [r.concernId, r.proposal])) : undefined;

  return (
    <>
      <div className="presenter__controls" data-presenter-control>
        {tabs}
        <div className="segmented" role="group" aria-label={t('app.presenter.heatmap.sort')}>
          <Button size="small" aria-pressed={view.sort === 'category'} onClick={() => update({ sort: 'category' })}>
            {t('app.presenter.heatmap.byCategory')}
          </Button>
          <Button size="small" aria-pressed={view.sort === 'queue'} onClick={() => update({ sort: 'queue' })}>
            {t('app.presenter.heatmap.queue')}
          </Button>
        </div>
        <SegmentPicker roles={session.roles} value={view.segment} onChange={(segment) => update({ segment })} />
        {Object.keys(decided).length > 0 ? (
          <Button size="small" variant="secondary" aria-pressed={view.hideDecided} onClick={() => update({ hideDecided: !view.hideDecided })}>
            {t('app.presenter.heatmap.hideDecided')}
          </Button>
        ) : null}
      </div>
      {concerns.length === 0 ? (
        <HiddenResults session={session} />
      ) : heatmap.isError && !data ? (
        <ErrorMessage error={heatmap.error} title={t('app.presenter.heatmap.failed')} onRetry={() => void heatmap.refetch()} retrying={heatmap.isFetching} />
      ) : !data ? (
        <Loading label={t('app.presenter.heatmap.loading')} />
      ) : (
        <>
          <HeatmapPage data={data} concerns={concerns} view={view} flagged={flagged} decided={decided} roomLetters={roomLetters} stale={heatmap.isPlaceholderData} shown={shown} roles={session.roles} />
          {Object.keys(decided).length > 0 ? (
            <ul className="decided-rows" aria-label={t('app.presenter.heatmap.decidedList')}>
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
            <ul className="raci-flags" aria-label={t('app.presenter.heatmap.checks')}>
              {flaggedRows.map((r) => (
                <li key={r.concernId}>
                  <strong>{session.concerns.find((c) => c.id === r.concernId)?.title}</strong>: {r.checks.map((c) => t(CHECK_LABELS[c])).join(' · ')}
                </li>
              ))}
            </ul>
          ) : null}
          {unrevealed > 0 ? <p className="muted">{t('app.presenter.heatmap.unrevealed', { n: unrevealed })}</p> : null}
          <LiveRegion text={summary(data, shown, t, text)} throttleMs={5000} />
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
  const t = useT();
  const page = pageOf(ordered, view.page);
  return (
    <>
      <div className={`heatmap-frame heatmap-frame--projector${stale ? ' heatmap-frame--stale' : ''}`} aria-busy={stale}>
        <ProjectorHeatmap roles={roles} concerns={concerns} heatmap={data} showLegend={false} order={page.rows} decisions={decided} roomLetters={roomLetters} hideDecidedNumbers={view.hideDecided} />
      </div>
      {page.pages > 1 ? (
        <p className="presenter-page" data-presenter-page={page.page + 1}>
          {t('app.presenter.page', { first: count(page.first + 1), last: count(page.first + page.rows.length), total: count(ordered.length), page: count(page.page + 1), pages: count(page.pages) })}
          <span className="presenter-page__hint"> {t('app.presenter.pageHint')}</span>
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
