import type { TRole, TShownConcernAggregate } from '@thinline/shared';
import { percent, useT } from '../../../i18n/i18n';
import { focusDistribution } from '../lib/presentation';

/**
 * Horizontal bars: each role's share of "owner" votes with the θ line, then "nobody" and
 * "don't know". Owners are named in words and striped, never by colour alone.
 */
export function DistributionBars({ aggregate, roles, threshold }: { aggregate: TShownConcernAggregate; roles: TRole[]; threshold: number }) {
  const t = useT();
  const { bars } = focusDistribution(aggregate, roles);
  return (
    <ul className="item-list" aria-label={t('app.presenter.focus.bars')}>
      {bars.map((bar) => (
        <li key={bar.key} className={`bar-row${bar.owner ? ' bar-row--owner' : ''}${bar.kind === 'role' ? '' : ' bar-row--muted'}`}>
          <span className="bar-row__label">
            {bar.label}
            {bar.owner ? <strong> {t('app.presenter.focus.owner')}</strong> : null}
          </span>
          <span className="bar-row__track" aria-hidden="true">
            <span className="bar-row__fill" style={{ display: 'block', width: `${Math.min(1, bar.share) * 100}%` }} />
            {bar.kind === 'role' ? <span className="bar-row__threshold" style={{ left: `${threshold * 100}%` }} /> : null}
          </span>
          <span className="bar-row__value">{percent(bar.share)}</span>
          {bar.kind === 'unknown' ? <span className="bar-row__note">{t('app.presenter.focus.dontKnowNote')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
