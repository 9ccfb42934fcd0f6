import { NO_VALUE, type TSessionComparison, formatDelta } from '@thinline/shared';
import { percent, useT } from '../../../i18n/i18n';
import { TableHead } from '../../../ui/TableHead';
import { statusWord } from '../lib/changes';

/** The picture's numbers as a table: for screen readers, copying and small screens. */
export function ChangesTable({ comparison: c, labels }: { comparison: TSessionComparison; labels: { a: string; b: string } }) {
  const t = useT();
  const inA = new Map(c.heatmapA.concerns.map((x) => [x.concernId, x]));
  const inB = new Map(c.heatmapB.concerns.map((x) => [x.concernId, x]));
  const changes = new Map(c.comparison.concerns.map((x) => [x.concernId, x]));
  const cell = (delta: number | null, before: number | null | undefined, after: number | null | undefined) =>
    delta === null ? NO_VALUE : `${formatDelta(delta)} (${percent(before)} → ${percent(after)})`;
  return (
    <details className="compare-table">
      <summary>{t('app.compare.table.show')}</summary>
      <div className="table-wrap" role="region" aria-label={t('app.compare.table.region')} tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">{t('app.compare.table.caption', { a: labels.a, b: labels.b })}</caption>
          <TableHead
            columns={[
              { label: t('heatmap.column.concern'), key: 'concern' },
              { label: t('heatmap.column.status'), key: 'status' },
              ...c.roles.map((r) => ({ label: r.name, key: r.id })),
              { label: t('heatmap.column.nobody'), key: 'nobody' },
              { label: t('heatmap.column.agreement'), key: 'agreement' },
            ]}
          />
          <tbody>
            {c.concerns.map((concern) => {
              const change = changes.get(concern.id);
              // A suppressed side has no numbers (and then no change either): its cells show '–'.
              const [a, b] = [inA.get(concern.id), inB.get(concern.bId)].map((x) => (x && !x.suppressed ? x : undefined));
              const comparable = change?.comparable ?? false;
              return (
                <tr key={concern.id}>
                  <th scope="row">{concern.title}</th>
                  <td>{change ? `${statusWord(change.statusFrom)} → ${statusWord(change.statusTo)}` : NO_VALUE}</td>
                  {c.roles.map((r) => (
                    <td key={r.id} className="nowrap">
                      {comparable && change?.shareDelta ? cell(change.shareDelta[r.id] ?? 0, a?.shares[r.id] ?? 0, b?.shares[r.bId] ?? 0) : NO_VALUE}
                    </td>
                  ))}
                  <td className="nowrap">{comparable && change ? cell(change.nobodyDelta, a?.nobody, b?.nobody) : NO_VALUE}</td>
                  <td className="nowrap">{cell(change?.agreementDelta ?? null, a?.agreement, b?.agreement)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
