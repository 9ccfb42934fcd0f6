import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ButtonLink } from '../../../ui/ButtonLink';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { useT } from '../../../i18n/i18n';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { sessionQuery } from '../../session/api';
import { useWorkshops } from '../../workshops/hooks/useWorkshops';
import '../compare.css';
import { useComparison } from '../hooks/useComparison';
import { parsePair } from '../lib/changes';
import { ComparisonView } from './ComparisonView';
import { type Side, type SideChoice, SessionPickers } from './SessionPickers';

/** The workshop a session from the link belongs to, so its picker opens on it. */
function useWorkshopOf(sessionId: string | null) {
  // a wrong id in the link stays wrong: no retry
  return useQuery({ ...sessionQuery(sessionId ?? ''), enabled: sessionId !== null, select: (s) => s.workshopId, retry: false });
}

/**
 * `/compare?a=<sessionId>&b=<sessionId>`: the difference heatmap of two of the facilitator's
 * sessions, with the status and agreement changes in words. The pair lives in the address,
 * so a comparison can be bookmarked and opened again.
 */
export function ComparePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const pair = parsePair(params);
  const workshops = useWorkshops();
  // a workshop picked by hand wins; otherwise each side opens on its session's workshop, and B on A's
  const [picked, setPicked] = useState<Record<Side, string | null | undefined>>({ a: undefined, b: undefined });
  const workshopOfA = useWorkshopOf(pair.a);
  const workshopOfB = useWorkshopOf(pair.b);
  const workshopA = picked.a !== undefined ? picked.a : (workshopOfA.data ?? null);
  const workshopB = picked.b !== undefined ? picked.b : (workshopOfB.data ?? workshopA);
  const a: SideChoice = { workshopId: workshopA, sessionId: pair.a };
  const b: SideChoice = { workshopId: workshopB, sessionId: pair.b };
  const comparison = useComparison(pair.a, pair.b);

  const setPair = (next: { a: string | null; b: string | null }) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        for (const side of ['a', 'b'] as const) {
          const value = next[side];
          if (value) out.set(side, value);
          else out.delete(side);
        }
        return out;
      },
      { replace: true },
    );

  const onWorkshop = (side: Side, workshopId: string | null) => {
    setPicked((p) => ({ ...p, [side]: workshopId }));
    // the session picked before belongs to the other workshop
    setPair({ ...pair, [side]: null });
  };
  const onSession = (side: Side, sessionId: string | null) => setPair({ ...pair, [side]: sessionId });
  const onSwap = () => {
    setPicked({ a: workshopB, b: workshopA });
    setPair({ a: pair.b, b: pair.a });
  };

  // with both sides in the link, the comparison's own error says the same
  const linkError = pair.a !== null && pair.b !== null ? null : (workshopOfA.error ?? workshopOfB.error);

  return (
    <Page title={t('app.compare.title')} lead={t('app.compare.lead')}>
      <QueryState query={workshops} loadingLabel={t('app.compare.loadingWorkshops')} errorTitle={t('app.compare.workshopsFailed')}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('app.compare.emptyTitle')} actions={<ButtonLink to="/workshops">{t('app.error.toWorkshops')}</ButtonLink>}>
              {t('app.compare.emptyText')}
            </EmptyState>
          ) : (
            <SessionPickers workshops={list} a={a} b={b} onWorkshop={onWorkshop} onSession={onSession} onSwap={onSwap} />
          )
        }
      </QueryState>
      {linkError ? <ErrorMessage error={linkError} title={t('app.compare.linkFailed')} /> : null}
      <div className="section">
        {pair.a === null || pair.b === null ? (
          <EmptyState title={t('app.compare.pickTitle')}>{t('app.compare.pickText')}</EmptyState>
        ) : pair.a === pair.b ? (
          <Notice tone="warning" title={t('app.compare.sameTitle')}>
            <p>{t('app.compare.sameText')}</p>
          </Notice>
        ) : (
          <QueryState query={comparison} loadingLabel={t('app.compare.comparing')} errorTitle={t('app.compare.failed')}>
            {(data) => <ComparisonView comparison={data} />}
          </QueryState>
        )}
      </div>
    </Page>
  );
}
