import { formatList } from '@thinline/shared';
import { percent, useT } from '../../../i18n/i18n';
import { useHeatmapText } from '../../../i18n/session-locale';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { Loading } from '../../../ui/Spinner';

import type { PresenterViewProps } from '../hooks/usePresenterView';
import { useHeatmap } from '../../session/hooks/useHeatmap';
import { aggregateOf, describeConfidence } from '../lib/presentation';
import { DistributionBars } from './DistributionBars';
import { HiddenResults } from './HiddenResults';
import { ConcernDecision } from '../../decisions/components/ConcernDecision';
import { FollowUpForm } from '../../follow-ups/components/FollowUpForm';

interface Props extends PresenterViewProps {
  /** the previous (-1) or next (+1) concern */
  onStep: (delta: number) => void;
}

/** One concern, large: how the room split its ownership, with agreement and confidence. */
export function FocusView({ session, concerns, tabs, view, update, onStep }: Props) {
  const t = useT();
  const text = useHeatmapText();
  const heatmap = useHeatmap(session.id);
  // the concern asked for, else the one on the phones (facilitator-led), else the first shown
  const concern =
    concerns.find((c) => c.id === view.concern) ?? concerns.find((c) => c.id === session.state.currentConcernId) ?? concerns[0];
  if (!concern) {
    return (
      <>
        <div className="presenter__controls" data-presenter-control>{tabs}</div>
        <HiddenResults session={session} />
      </>
    );
  }
  const index = concerns.indexOf(concern);
  // The focus view shows the whole room, which is never suppressed (only segment views are).
  const found = aggregateOf(heatmap.data, concern.id);
  const aggregate = found && !found.suppressed ? found : undefined;
  const roleName = (id: string) => session.roles.find((r) => r.id === id)?.name ?? id;

  return (
    <>
      <div className="presenter__controls" data-presenter-control>
        {tabs}
        <SelectField label={t('app.presenter.focus.concern')} value={concern.id} onChange={(e) => update({ concern: e.target.value })}>
          {concerns.map((c, i) => (
            <option key={c.id} value={c.id}>
              {i + 1}. {c.title}
            </option>
          ))}
        </SelectField>
        <Button variant="secondary" size="small" onClick={() => onStep(-1)} disabled={index <= 0}>
          {t('app.presenter.focus.previous')}
        </Button>
        <Button variant="secondary" size="small" onClick={() => onStep(1)} disabled={index >= concerns.length - 1}>
          {t('app.presenter.focus.next')}
        </Button>
      </div>
      <section aria-labelledby="focus-title" className="section">
        <h2 id="focus-title" className="focus-title">
          {concern.title}
        </h2>
        {concern.description ? <p>{concern.description}</p> : null}
        <ConcernDecision key={concern.id} session={session} concern={concern} headingLevel={2} />
        {heatmap.isError && !heatmap.data ? (
          <ErrorMessage error={heatmap.error} title={t('app.presenter.focus.answersFailed')} onRetry={() => void heatmap.refetch()} />
        ) : !heatmap.data ? (
          <Loading label={t('app.presenter.focus.loading')} />
        ) : !aggregate || aggregate.answered + aggregate.unknown === 0 ? (
          <p className="presenter-message">{t('app.presenter.focus.noAnswers')}</p>
        ) : (
          <>
            <dl className="focus-facts">
              <div>
                <dt>{text.columns.status}</dt>
                <dd>{text.status[aggregate.status]}</dd>
              </div>
              <div>
                <dt>{t('app.presenter.focus.owners', { theta: percent(heatmap.data.threshold) })}</dt>
                <dd>{aggregate.owners.length ? formatList(text.locale, aggregate.owners.map(roleName)) : t('app.presenter.focus.noOwners')}</dd>
              </div>
              <div>
                <dt>{text.columns.agreement}</dt>
                <dd>{percent(aggregate.agreement)}</dd>
              </div>
              <div>
                <dt>{t('app.presenter.focus.confidence')}</dt>
                <dd>{describeConfidence(aggregate.confidence)}</dd>
              </div>
              <div>
                <dt>{text.columns.answered}</dt>
                <dd>{t('app.presenter.focus.people', { n: aggregate.answered + aggregate.unknown })}</dd>
              </div>
            </dl>
            <DistributionBars aggregate={aggregate} roles={session.roles} threshold={heatmap.data.threshold} />
          </>
        )}
      </section>
      {/* a projector by link (or an org viewer) only shows: nothing to write */}
      {session.canRun === false ? null : (
        <details className="section focus-follow-up">
          <summary>{t('app.presenter.focus.addFollowUp')}</summary>
          <FollowUpForm key={concern.id} session={session} concernId={concern.id} />
        </details>
      )}
    </>
  );
}
