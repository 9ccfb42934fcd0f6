import { type THeatmap, type TRole, type TShownConcernAggregate, discussionQueue } from '@thinline/shared';
import type { ReportSession } from '../api';
import { percent, t, useT } from '../../../i18n/i18n';

/** One sentence on why a concern is in the queue. */
function why(a: TShownConcernAggregate, threshold: number, names: (ids: string[]) => string, top: { r: TRole; share: number }[]): string {
  if (a.status === 'overlap') return t('app.report.whyOverlap', { roles: names(a.owners) });
  const parts: string[] = [];
  if (a.nobody >= threshold) parts.push(t('app.report.whyNobody', { share: percent(a.nobody) }));
  if (a.owners.length === 0) {
    const most = top.map((x) => `${x.r.name} ${percent(x.share)}`).join(t('app.listSeparator'));
    parts.push(top.length > 0 ? t('app.report.whyNoOwnerMost', { theta: percent(threshold), most }) : t('app.report.whyNoOwner', { theta: percent(threshold) }));
  }
  return parts.join(' ');
}

function Entry(props: { aggregate: TShownConcernAggregate; threshold: number; title: string; category: string; roles: TRole[]; convergence: number | null }) {
  const { aggregate, threshold, title, category, roles, convergence } = props;
  const t = useT();
  const names = (ids: string[]) => ids.map((id) => roles.find((r) => r.id === id)?.name ?? id).join(t('app.listSeparator'));
  const top = roles
    .map((r) => ({ r, share: aggregate.shares[r.id] ?? 0 }))
    .filter((x) => x.share > 0)
    .sort((a, b) => b.share - a.share)
    .slice(0, 3);
  return (
    <li className={`rp-queue__item rp-queue__item--${aggregate.status}`}>
      <p className="rp-queue__head">
        <span className={`rp-badge rp-badge--${aggregate.status}`}>{t(aggregate.status === 'gap' ? 'app.report.gap' : 'app.report.overlap')}</span>
        <strong className="rp-queue__title">{title}</strong>
        {category ? <span className="rp-queue__cat">{category}</span> : null}
      </p>
      <p className="rp-queue__why">{why(aggregate, threshold, names, top)}</p>
      <p className="rp-queue__nums">
        {t('app.report.numbers', { agreement: percent(aggregate.agreement), nobody: percent(aggregate.nobody), answered: aggregate.answered })}
        {aggregate.unknown > 0 ? ` · ${t('app.report.dontKnow', { n: aggregate.unknown })}` : ''}
        {convergence !== null ? ` · ${t('app.report.convergence', { points: `${convergence >= 0 ? '+' : '−'}${Math.abs(Math.round(convergence * 100))}` })}` : ''}
      </p>
    </li>
  );
}

/** Gaps and overlaps, in the order to discuss them (shared `discussionQueue`). */
export function DiscussionQueue({ session, heatmap, convergence }: { session: ReportSession; heatmap: THeatmap; convergence: Record<string, number | null> | null }) {
  const t = useT();
  const byId = new Map(heatmap.concerns.map((c) => [c.concernId, c]));
  const queue = discussionQueue(heatmap)
    .map((id) => byId.get(id))
    .filter((c): c is TShownConcernAggregate => c !== undefined && !c.suppressed && (c.status === 'gap' || c.status === 'overlap'));
  const clear = heatmap.concerns.filter((c) => c.status === 'clear').length;
  const noData = heatmap.concerns.filter((c) => c.status === 'no data' || c.suppressed).length;
  return (
    <section className="rp-section" aria-labelledby="rp-queue-title">
      <h2 id="rp-queue-title">{t('app.report.queueTitle')}</h2>
      <p className="rp-muted">
        {t('app.report.queueIntro')} {t('app.report.clearCount', { n: clear })}
        {noData > 0 ? ` ${t('app.report.noDataCount', { n: noData })}` : ''}
      </p>
      {queue.length === 0 ? (
        <p className="rp-empty">{t('app.report.queueEmpty')}</p>
      ) : (
        <ol className="rp-queue">
          {queue.map((a) => {
            const concern = session.concerns.find((c) => c.id === a.concernId);
            return (
              <Entry
                key={a.concernId}
                aggregate={a}
                threshold={heatmap.threshold}
                title={concern?.title ?? a.concernId}
                category={concern?.category ?? ''}
                roles={session.roles}
                convergence={convergence?.[a.concernId] ?? null}
              />
            );
          })}
        </ol>
      )}
    </section>
  );
}
