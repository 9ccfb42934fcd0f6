import type { TConcernAggregate, TConcernStatusKind, TRole } from '@thinline/shared';
import { type MessageId, count, percent, useT } from '../../../i18n/i18n';

const STATUS_TEXT: Record<TConcernStatusKind, { label: MessageId; explain: MessageId }> = {
  gap: { label: 'phone.answer.result.gap', explain: 'phone.answer.result.gapExplain' },
  overlap: { label: 'phone.answer.result.overlap', explain: 'phone.answer.result.overlapExplain' },
  clear: { label: 'phone.answer.result.clear', explain: 'phone.answer.result.clearExplain' },
  'no data': { label: 'phone.answer.result.noData', explain: 'phone.answer.result.noDataExplain' },
};

function Bar({ label, value, owner }: { label: string; value: number; owner: boolean }) {
  const t = useT();
  return (
    <li className={`pt-bar${owner ? ' pt-bar--owner' : ''}`}>
      <span className="pt-bar__label">
        {label}
        {owner ? <span className="pt-tag">{t('phone.answer.result.owner')}</span> : null}
      </span>
      <span className="pt-bar__value">{percent(value)}</span>
      <span className="pt-bar__track" aria-hidden="true">
        {/* a CSS length, not text: never localized */}
        <span className="pt-bar__fill" style={{ width: `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%` }} />
      </span>
    </li>
  );
}

/** The room's result for one revealed concern: share per role, nobody, agreement. */
export function ResultsPanel({ result, roles }: { result: TConcernAggregate; roles: TRole[] }) {
  const t = useT();
  // Phones get the whole room's numbers, which are never suppressed; a hidden result shows nothing rather than zeros.
  if (result.suppressed) return null;
  const status = STATUS_TEXT[result.status];
  const numbers = { agreement: percent(result.agreement), answered: count(result.answered), unknown: count(result.unknown) };
  return (
    <section className="pt-results" aria-labelledby={`results-${result.concernId}`}>
      <h3 id={`results-${result.concernId}`} className="pt-results__title">
        {t('phone.answer.result.title')}
      </h3>
      <p className={`pt-status pt-status--${result.status.replace(' ', '-')}`}>
        <strong>{t(status.label)}</strong> — {t(status.explain)}
      </p>
      <ul className="pt-bars">
        {roles.map((r) => (
          <Bar key={r.id} label={r.name} value={result.shares[r.id] ?? 0} owner={result.owners.includes(r.id)} />
        ))}
        <Bar label={t('phone.answer.result.nobody')} value={result.nobody} owner={false} />
      </ul>
      <p className="pt-results__meta">{result.unknown > 0 ? t('phone.answer.result.metaUnknown', numbers) : t('phone.answer.result.meta', numbers)}</p>
    </section>
  );
}
