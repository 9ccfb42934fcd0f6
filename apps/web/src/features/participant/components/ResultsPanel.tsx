import { type TConcernAggregate, type TConcernStatusKind, type TRole, formatPercent } from '@thinline/shared';

const STATUS_TEXT: Record<TConcernStatusKind, { label: string; explain: string }> = {
  gap: { label: 'Gap', explain: 'Nobody clearly owns this.' },
  overlap: { label: 'Overlap', explain: 'Several roles are seen as owners.' },
  clear: { label: 'Clear', explain: 'The room sees one owner.' },
  'no data': { label: 'No data', explain: 'Nobody named an owner yet.' },
};

function Bar({ label, value, owner }: { label: string; value: number; owner: boolean }) {
  return (
    <li className={`pt-bar${owner ? ' pt-bar--owner' : ''}`}>
      <span className="pt-bar__label">
        {label}
        {owner ? <span className="pt-tag">owner</span> : null}
      </span>
      <span className="pt-bar__value">{formatPercent(value)}</span>
      <span className="pt-bar__track" aria-hidden="true">
        <span className="pt-bar__fill" style={{ width: formatPercent(Math.min(1, value)) }} />
      </span>
    </li>
  );
}

/** The room's result for one revealed concern: share per role, nobody, agreement. */
export function ResultsPanel({ result, roles }: { result: TConcernAggregate; roles: TRole[] }) {
  // Phones get the whole room's numbers, which are never suppressed; a hidden result shows nothing rather than zeros.
  if (result.suppressed) return null;
  const status = STATUS_TEXT[result.status];
  return (
    <section className="pt-results" aria-labelledby={`results-${result.concernId}`}>
      <h3 id={`results-${result.concernId}`} className="pt-results__title">
        The room&rsquo;s answer
      </h3>
      <p className={`pt-status pt-status--${result.status.replace(' ', '-')}`}>
        <strong>{status.label}</strong> — {status.explain}
      </p>
      <ul className="pt-bars">
        {roles.map((r) => (
          <Bar key={r.id} label={r.name} value={result.shares[r.id] ?? 0} owner={result.owners.includes(r.id)} />
        ))}
        <Bar label="Nobody" value={result.nobody} owner={false} />
      </ul>
      <p className="pt-results__meta">
        Agreement {result.agreement === null ? '–' : formatPercent(result.agreement)} · {result.answered} answered
        {result.unknown > 0 ? ` · ${result.unknown} don't know` : ''}
      </p>
    </section>
  );
}
