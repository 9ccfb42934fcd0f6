import { type TSessionComparison, formatDelta, formatOptionalPercent } from '@thinline/shared';
import { STATUS_WORDS } from '../lib/changes';
import { HeatmapTableHead } from '../../../ui/HeatmapTableHead';

/** The picture's numbers as a table: for screen readers, copying and small screens. */
export function ChangesTable({ comparison: c, labels }: { comparison: TSessionComparison; labels: { a: string; b: string } }) {
  const inA = new Map(c.heatmapA.concerns.map((x) => [x.concernId, x]));
  const inB = new Map(c.heatmapB.concerns.map((x) => [x.concernId, x]));
  const changes = new Map(c.comparison.concerns.map((x) => [x.concernId, x]));
  const cell = (delta: number | null, before: number | undefined, after: number | undefined) =>
    delta === null ? '–' : `${formatDelta(delta)} (${formatOptionalPercent(before)} → ${formatOptionalPercent(after)})`;
  return (
    <details className="compare-table">
      <summary>Show the changes as a table</summary>
      <div className="table-wrap" role="region" aria-label="Changes table, scrolls sideways" tabIndex={0}>
        <table className="table">
          <caption className="visually-hidden">
            Change from {labels.a} to {labels.b} per concern, in percentage points, with both values
          </caption>
          <HeatmapTableHead roles={c.roles} />
          <tbody>
            {c.concerns.map((concern) => {
              const change = changes.get(concern.id);
              // A suppressed side has no numbers (and then no change either): its cells show '–'.
              const [a, b] = [inA.get(concern.id), inB.get(concern.bId)].map((x) => (x && !x.suppressed ? x : undefined));
              const comparable = change?.comparable ?? false;
              return (
                <tr key={concern.id}>
                  <th scope="row">{concern.title}</th>
                  <td>{change ? `${STATUS_WORDS[change.statusFrom]} → ${STATUS_WORDS[change.statusTo]}` : '–'}</td>
                  {c.roles.map((r) => (
                    <td key={r.id} className="nowrap">
                      {comparable && change?.shareDelta ? cell(change.shareDelta[r.id] ?? 0, a?.shares[r.id] ?? 0, b?.shares[r.bId] ?? 0) : '–'}
                    </td>
                  ))}
                  <td className="nowrap">{comparable && change ? cell(change.nobodyDelta, a?.nobody, b?.nobody) : '–'}</td>
                  <td className="nowrap">{cell(change?.agreementDelta ?? null, a?.agreement ?? undefined, b?.agreement ?? undefined)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
