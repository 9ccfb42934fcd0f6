import { type TSessionComparison, formatDelta } from '@thinline/shared';
import { agreementChanges, agreementWord } from '../lib/changes';

const pct = (v: number | null) => (v === null ? '–' : `${Math.round(v * 100)}%`);

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
          <thead>
            <tr>
              <th scope="col">Concern</th>
              <th scope="col" className="num">
                {labels.a}
              </th>
              <th scope="col" className="num">
                {labels.b}
              </th>
              <th scope="col" className="num">
                Change (points)
              </th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.concernId}>
                <th scope="row">{i.title}</th>
                <td className="num">{pct(i.before)}</td>
                <td className="num">{pct(i.after)}</td>
                <td className="num">{i.delta === null ? '–' : formatDelta(i.delta)}</td>
                <td>{agreementWord(i.delta)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
