import { type TComparedSession, type TSessionComparison, plural } from '@thinline/shared';
import { Link } from 'react-router';
import { formatDateTime } from '../../../ui/format';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';

function Side({ name, session }: { name: string; session: TComparedSession }) {
  return (
    <div className="compare-side">
      <dt>{name}</dt>
      <dd>
        <strong>{session.title}</strong>
        <span className="muted">
          {formatDateTime(session.createdAt)} · {plural(session.participants, 'participant')} · {SESSION_STATUS_LABELS[session.status]}
        </span>
        <Link to={`/sessions/${session.id}/control`}>Control room</Link>
      </dd>
    </div>
  );
}

/** Which sessions are compared, how they were matched, and what has no partner. */
export function ComparisonSummary({ comparison: c, labels }: { comparison: TSessionComparison; labels: { a: string; b: string } }) {
  const { a: onlyA, b: onlyB } = c.unmatched;
  const unmatched = [
    ...onlyA.concerns.map((x) => `concern “${x.title}” (only in ${labels.a})`),
    ...onlyB.concerns.map((x) => `concern “${x.title}” (only in ${labels.b})`),
    ...onlyA.roles.map((x) => `role “${x.name}” (only in ${labels.a})`),
    ...onlyB.roles.map((x) => `role “${x.name}” (only in ${labels.b})`),
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
        {plural(c.concerns.length, 'concern')} × {plural(c.roles.length, 'role')} compared, whole room, round {c.heatmapA.round} of A and round {c.heatmapB.round} of B.{' '}
        {c.sameWorkshop
          ? 'Both sessions come from the same workshop.'
          : byTitle > 0
            ? 'The sessions come from different workshops: concerns and roles are matched by title and name.'
            : ''}
      </p>
      {unmatched.length > 0 ? (
        <details className="compare-unmatched">
          <summary>{plural(unmatched.length, 'item')} without a partner in the other session, left out</summary>
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
