import type { TComparedSession, TSessionComparison } from '@thinline/shared';
import { Link } from 'react-router';
import { useT } from '../../../i18n/i18n';
import { formatDateTime } from '../../../ui/format';
import { sessionStatusWord } from '../lib/changes';

function Side({ name, session }: { name: string; session: TComparedSession }) {
  const t = useT();
  return (
    <div className="compare-side">
      <dt>{name}</dt>
      <dd>
        <strong>{session.title}</strong>
        <span className="muted">{t('app.compare.summary.facts', { date: formatDateTime(session.createdAt), n: session.participants, status: sessionStatusWord(session.status) })}</span>
        <Link to={`/sessions/${session.id}/control`}>{t('app.compare.summary.controlRoom')}</Link>
      </dd>
    </div>
  );
}

/** Which sessions are compared, how they were matched, and what has no partner. */
export function ComparisonSummary({ comparison: c, labels }: { comparison: TSessionComparison; labels: { a: string; b: string } }) {
  const t = useT();
  const { a: onlyA, b: onlyB } = c.unmatched;
  const unmatched = [
    ...onlyA.concerns.map((x) => t('app.compare.summary.onlyConcern', { title: x.title, side: labels.a })),
    ...onlyB.concerns.map((x) => t('app.compare.summary.onlyConcern', { title: x.title, side: labels.b })),
    ...onlyA.roles.map((x) => t('app.compare.summary.onlyRole', { name: x.name, side: labels.a })),
    ...onlyB.roles.map((x) => t('app.compare.summary.onlyRole', { name: x.name, side: labels.b })),
  ];
  const byTitle = c.concerns.filter((x) => x.matchedBy === 'title').length + c.roles.filter((x) => x.matchedBy === 'title').length;
  return (
    <section className="stack stack--tight" aria-labelledby="compare-summary-heading">
      <h2 id="compare-summary-heading">
        {labels.a} → {labels.b}
      </h2>
      <dl className="compare-sides">
        <Side name={labels.a === 'A' ? 'A' : `A · ${labels.a}`} session={c.a} />
        <Side name={labels.b === 'B' ? 'B' : `B · ${labels.b}`} session={c.b} />
      </dl>
      <p className="muted">
        {t('app.compare.summary.scope', { concerns: c.concerns.length, roles: c.roles.length, roundA: c.heatmapA.round, roundB: c.heatmapB.round })}{' '}
        {c.sameWorkshop ? t('app.compare.summary.sameWorkshop') : byTitle > 0 ? t('app.compare.summary.byTitle') : ''}
      </p>
      {unmatched.length > 0 ? (
        <details className="compare-unmatched">
          <summary>{t('app.compare.summary.unmatched', { n: unmatched.length })}</summary>
          <ul>
            {unmatched.map((u, i) => (
              // titles may repeat, so the position is the key
              <li key={i}>{u}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
