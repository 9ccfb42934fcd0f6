import { DifferenceHeatmapSvg } from '@thinline/heatmap';
import type { TSessionComparison } from '@thinline/shared';
import { useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
import { LiveRegion } from '../../../ui/LiveRegion';
import { formatDate } from '../../../ui/format';
import { alignedAfter, sideLabels, statusChanges } from '../lib/changes';
import { AgreementChanges } from './AgreementChanges';
import { ChangesTable } from './ChangesTable';
import { ComparisonSummary } from './ComparisonSummary';
import { StatusChanges } from './StatusChanges';

/** The comparison: which two sessions, the difference heatmap, and the changes in words. */
export function ComparisonView({ comparison: c }: { comparison: TSessionComparison }) {
  const t = useT();
  const text = useHeatmapText();
  const labels = sideLabels(c, formatDate);
  const changes = statusChanges(c);
  const nothingInCommon = c.concerns.length === 0 || c.roles.length === 0;
  const title = c.a.title === c.b.title ? c.a.title : `${c.a.title} → ${c.b.title}`;
  const side = (s: TSessionComparison['a']) => t('app.compare.view.side', { date: formatDate(s.createdAt), n: s.participants });
  const subtitle = `${side(c.a)} → ${side(c.b)}`;
  const comparable = c.comparison.concerns.filter((x) => x.comparable).length;

  return (
    <div className="stack">
      <LiveRegion text={t('app.compare.view.ready', { n: changes.length })} />
      <ComparisonSummary comparison={c} labels={labels} />
      {nothingInCommon ? (
        <p className="alert alert--warning">{c.concerns.length === 0 ? t('app.compare.view.noConcernInCommon') : t('app.compare.view.noRoleInCommon')}</p>
      ) : (
        <>
          {comparable === 0 ? (
            <p className="alert alert--warning">{t('app.compare.view.noneComparable')}</p>
          ) : null}
          <section className="stack" aria-labelledby="compare-heatmap-heading">
            <h2 id="compare-heatmap-heading">{t('app.compare.view.heatmapHeading')}</h2>
            <p className="muted">{t('app.compare.view.heatmapText', { a: labels.a, b: labels.b })}</p>
            <div className="compare-heatmap" role="region" aria-label={t('app.compare.view.heatmapRegion')} tabIndex={0}>
              <DifferenceHeatmapSvg
                roles={c.roles}
                concerns={c.concerns}
                comparison={c.comparison}
                before={c.heatmapA}
                after={alignedAfter(c)}
                labels={labels}
                text={text}
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
