import { RACI_CHECK_LABELS } from '@thinline/shared';
import { DecidedLine } from '../../decisions/components/DecidedLine';
import { FollowUpItem } from '../../follow-ups/components/FollowUpItem';
import { OwnerFollowUpForm } from '../../follow-ups/components/OwnerFollowUpForm';
import type { Report } from '../api';
import { useT } from '../../../i18n/i18n';

/** What the workshop decided per concern (or the room's checks where nothing is), then its follow-ups. */
export function ReportDecisions({ report }: { report: Report }) {
  const t = useT();
  const { session, decisions, room, followUps } = report;
  return (
    <section className="rp-section" aria-labelledby="rp-decisions-title">
      <h2 id="rp-decisions-title">{t('app.report.decisions')}</h2>
      <ol className="rp-decisions">
        {session.concerns.map((c) => {
          const d = decisions.find((x) => x.concernId === c.id);
          const checks = room.find((r) => r.concernId === c.id)?.checks ?? [];
          return (
            <li key={c.id} data-report-decision={c.id}>
              <strong>{c.title}</strong>
              {d ? <DecidedLine decision={d} roles={session.roles} /> : <p>{t('app.report.notDecided')}{checks.length ? ` · ${checks.map((k) => RACI_CHECK_LABELS[k]).join(' · ')}` : ''}</p>}
            </li>
          );
        })}
      </ol>
      {followUps.length > 0 ? (
        <>
          <h3>{t('app.report.followUps')}</h3>
          <ul className="rp-decisions">
            {followUps.map((f) => (
              <li key={f.id}>
                <FollowUpItem followUp={f} session={session} overdue={false} />
                {f.status === 'open' ? null : <span> ({t(f.status === 'done' ? 'app.followUp.done' : 'app.followUp.dropped')})</span>}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <OwnerFollowUpForm sessionId={session.id} />
    </section>
  );
}
