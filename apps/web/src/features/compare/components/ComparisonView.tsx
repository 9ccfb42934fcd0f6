import { DifferenceHeatmapSvg } from '@thinline/heatmap';
import { type TSessionComparison, plural } from '@thinline/shared';
import { LiveRegion } from '../../../ui/LiveRegion';
import { formatDate } from '../../../ui/format';
import { alignedAfter, sideLabels, statusChanges } from '../lib/changes';
import { AgreementChanges } from './AgreementChanges';
import { ChangesTable } from './ChangesTable';
import { ComparisonSummary } from './ComparisonSummary';
import { StatusChanges } from './StatusChanges';

/** The comparison: which two sessions, the difference heatmap, and the changes in words. */
export function ComparisonView({ comparison: c }: { comparison: TSessionComparison }) {
  const labels = sideLabels(c, formatDate);
  const changes = statusChanges(c);
  const nothingInCommon = c.concerns.length === 0 || c.roles.length === 0;
  const title = c.a.title === c.b.title ? c.a.title : `${c.a.title} → ${c.b.title}`;
  const subtitle = `${formatDate(c.a.createdAt)}, ${plural(c.a.participants, 'participant')} → ${formatDate(c.b.createdAt)}, ${plural(c.b.participants, 'participant')}`;
  const comparable = c.comparison.concerns.filter((x) => x.comparable).length;

  return (
    <div className="stack">
      <LiveRegion text={`Comparison ready: ${plural(changes.length, 'status change')}.`} />
      <ComparisonSummary comparison={c} labels={labels} />
      {nothingInCommon ? (
        <p className="alert alert--warning">
          These two sessions have no {c.concerns.length === 0 ? 'concern' : 'role'} in common, so there is nothing to compare. Sessions of different workshops are
          matched by concern title and role name.
        </p>
      ) : (
        <>
          {comparable === 0 ? (
            <p className="alert alert--warning">No concern has answers in both sessions yet: the changes show as “–” until both have some.</p>
          ) : null}
          <section className="stack" aria-labelledby="compare-heatmap-heading">
            <h2 id="compare-heatmap-heading">Difference heatmap</h2>
            <p className="muted">
              Each cell is the change from {labels.a} to {labels.b} in percentage points of the people naming the role as owner: blue and “+” for more in{' '}
              {labels.b}, orange and “−” for fewer. The status column shows each concern’s status in both sessions.
            </p>
            <div className="compare-heatmap" role="region" aria-label="Difference heatmap, scrolls sideways on small screens" tabIndex={0}>
              <DifferenceHeatmapSvg
                roles={c.roles}
                concerns={c.concerns}
                comparison={c.comparison}
                before={c.heatmapA}
                after={alignedAfter(c)}
                labels={labels}
                title={title}
                subtitle={subtitle}
                // narrower than an export's 1600 so the type stays readable on a laptop; it grows when the roles need it
                width={1400}
                responsive
              />
            </div>
            <ChangesTable comparison={c} labels={labels} />
          </section>
          <StatusChanges changes={changes} labels={labels} />
          <AgreementChanges comparison={c} labels={labels} />
        </>
      )}
    </div>
  );
}
