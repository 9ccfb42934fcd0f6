import { NO_VALUE, type TSessionComparison, formatDelta } from '@thinline/shared';
import { percent, useT } from '../../../i18n/i18n';
import { TableHead } from '../../../ui/TableHead';
import { agreementChanges, agreementWord } from '../lib/changes';

/** Agreement per concern in both sessions, the largest changes first. */
export function AgreementChanges({ comparison, labels }: { comparison: TSessionComparison; labels: { a: string; b: string } }) {
  const t = useT();
  const items = agreementChanges(comparison);
  const compared = items.filter((i) => i.delta !== null).length;
  return (
    <section className="section stack" aria-labelledby="compare-agreement-heading">
      <h2 id="compare-agreement-heading">{t('app.compare.agreement.heading')}</h2>
      <p className="muted">
        {t('app.compare.agreement.intro', { full: percent(1) })}{' '}
        {compared === items.length ? t('app.compare.agreement.allCompared') : t('app.compare.agreement.someMissing', { missing: items.length - compared, total: items.length })}
      </p>
      <div className="table-wrap" role="region" aria-label={t('app.compare.agreement.region')} tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{t('app.compare.agreement.caption')}</caption>
          <TableHead
            columns={[
              { label: t('heatmap.column.concern'), key: 'concern' },
              { label: labels.a, key: 'a', num: true },
              { label: labels.b, key: 'b', num: true },
              { label: t('app.compare.agreement.change'), key: 'change', num: true },
              { label: t('app.compare.agreement.meaning'), key: 'meaning' },
            ]}
          />
          <tbody>
            {items.map((i) => (
              <tr key={i.concernId}>
                <th scope="row">{i.title}</th>
                <td className="num">{percent(i.before)}</td>
                <td className="num">{percent(i.after)}</td>
                <td className="num">{i.delta === null ? NO_VALUE : formatDelta(i.delta)}</td>
                <td>{agreementWord(i.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
