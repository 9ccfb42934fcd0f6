import { NO_VALUE, type TSessionComparison, formatDelta, formatOptionalPercent } from '@thinline/shared';
import { TableHead } from '../../../ui/TableHead';
import { agreementChanges, agreementWord } from '../lib/changes';

/** Agreement per concern in both sessions, the largest changes first. */
export function AgreementChanges({ comparison, labels }: { comparison: TSessionComparison; labels: { a: string; b: string } }) {
  const items = agreementChanges(comparison);
  const compared = items.filter((i) => i.delta !== null).length;
  return (
    <section className="section stack" aria-labelledby="compare-agreement-heading">
      <h2 id="compare-agreement-heading">Agreement changes</h2>
      <p className="muted">
        Agreement is how alike the answers were: 100% means everyone gave the same answer. It needs two answers on a side, so
        {compared === items.length ? ' every concern is compared.' : ` ${items.length - compared} of ${items.length} concerns show “–”.`}
      </p>
      <div className="table-wrap" role="region" aria-label="Agreement table, scrolls sideways" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">Agreement per concern, largest change first</caption>
          <TableHead columns={['Concern', { label: labels.a, key: 'a', num: true }, { label: labels.b, key: 'b', num: true }, { label: 'Change (points)', num: true }, 'Meaning']} />
          <tbody>
            {items.map((i) => (
              <tr key={i.concernId}>
                <th scope="row">{i.title}</th>
                <td className="num">{formatOptionalPercent(i.before)}</td>
                <td className="num">{formatOptionalPercent(i.after)}</td>
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
