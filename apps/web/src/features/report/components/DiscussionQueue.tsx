import { type THeatmap, type TRole, type TShownConcernAggregate, discussionQueue, formatPercent } from '@thinline/shared';
import type { ReportSession } from '../api';

/** One sentence on why a concern is in the queue. */
function why(a: TShownConcernAggregate, threshold: number, names: (ids: string[]) => string, top: { r: TRole; share: number }[]): string {
  if (a.status === 'overlap') return `Several roles are seen as owners: ${names(a.owners)}.`;
  const parts: string[] = [];
  if (a.nobody >= threshold) parts.push(`${formatPercent(a.nobody)} say nobody owns it`);
  if (a.owners.length === 0) {
    const most = top.length > 0 ? ` (most named: ${top.map((x) => `${x.r.name} ${formatPercent(x.share)}`).join(', ')})` : '';
    parts.push(`no role reaches the ${formatPercent(threshold)} threshold${most}`);
  }
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function Entry(props: { aggregate: TShownConcernAggregate; threshold: number; title: string; category: string; roles: TRole[]; convergence: number | null }) {
  const { aggregate, threshold, title, category, roles, convergence } = props;
  const names = (ids: string[]) => ids.map((id) => roles.find((r) => r.id === id)?.name ?? id).join(', ');
  const top = roles
    .map((r) => ({ r, share: aggregate.shares[r.id] ?? 0 }))
    .filter((x) => x.share > 0)
    .sort((a, b) => b.share - a.share)
    .slice(0, 3);
  return (
    <li className={`rp-queue__item rp-queue__item--${aggregate.status}`}>
      <p className="rp-queue__head">
        <span className={`rp-badge rp-badge--${aggregate.status}`}>{aggregate.status === 'gap' ? 'Gap' : 'Overlap'}</span>
        <strong className="rp-queue__title">{title}</strong>
        {category ? <span className="rp-queue__cat">{category}</span> : null}
      </p>
      <p className="rp-queue__why">{why(aggregate, threshold, names, top)}</p>
      <p className="rp-queue__nums">
        Agreement {aggregate.agreement === null ? '–' : formatPercent(aggregate.agreement)} · Nobody {formatPercent(aggregate.nobody)} · {aggregate.answered} answered
        {aggregate.unknown > 0 ? ` · ${aggregate.unknown} don't know` : ''}
        {convergence !== null ? ` · agreement ${convergence >= 0 ? '+' : '−'}${Math.abs(Math.round(convergence * 100))} pts since round 1` : ''}
      </p>
    </li>
  );
}

/** Gaps and overlaps, in the order to discuss them (shared `discussionQueue`). */
export function DiscussionQueue({ session, heatmap, convergence }: { session: ReportSession; heatmap: THeatmap; convergence: Record<string, number | null> | null }) {
  const byId = new Map(heatmap.concerns.map((c) => [c.concernId, c]));
  const queue = discussionQueue(heatmap)
    .map((id) => byId.get(id))
    .filter((c): c is TShownConcernAggregate => c !== undefined && !c.suppressed && (c.status === 'gap' || c.status === 'overlap'));
  const clear = heatmap.concerns.filter((c) => c.status === 'clear').length;
  const noData = heatmap.concerns.filter((c) => c.status === 'no data' || c.suppressed).length;
  return (
    <section className="rp-section" aria-labelledby="rp-queue-title">
      <h2 id="rp-queue-title">Gaps and overlaps to discuss</h2>
      <p className="rp-muted">
        Gaps first, then overlaps, each starting with the lowest agreement. {clear} {clear === 1 ? 'concern has' : 'concerns have'} a clear owner
        {noData > 0 ? `; ${noData} ${noData === 1 ? 'has' : 'have'} no data` : ''}.
      </p>
      {queue.length === 0 ? (
        <p className="rp-empty">No gaps or overlaps in this view.</p>
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
