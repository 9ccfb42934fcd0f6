import { type ReportSession, formatDate } from '../api';
import { percent, useT } from '../../../i18n/i18n';


/** Title, date, participants and the settings that explain the numbers. */
export function ReportHeader({ session, live }: { session: ReportSession; live: boolean }) {
  const t = useT();
  const date = formatDate(session.date);
  const s = session.settings;
  const facts = [
    s.answerMode ? t(s.answerMode === 'raci' ? 'app.report.modeRaci' : 'app.report.modeOwners') : null,
    s.pacing ? t(s.pacing === 'self-paced' ? 'app.report.pacingSelf' : 'app.report.pacingLed') : null,
    s.anonymity ? t(s.anonymity === 'anonymous' ? 'app.report.anonymous' : 'app.report.named') : null,
    t('app.report.threshold', { theta: percent(s.threshold) }),
    // k = 1 hides nothing, and "under 1 people" would be wrong twice
    s.minSegmentSize && s.minSegmentSize > 1 ? t('app.report.segmentsHidden', { k: s.minSegmentSize }) : null,
  ].filter((f): f is string => f !== null);
  return (
    <header className="rp-header">
      <p className="rp-eyebrow">
        {t('app.report.eyebrow')}
        {live ? <span className="rp-live">● {t('app.report.live')}</span> : null}
        {session.status && session.status !== 'closed' && !live ? <span className="rp-pill">{t(session.status === 'lobby' ? 'app.report.stillLobby' : 'app.report.stillLive')}</span> : null}
      </p>
      <h1 className="rp-title">{session.title}</h1>
      <p className="rp-meta">
        {date ? <span>{date}</span> : null}
        <span>{t('app.report.participants', { n: session.participants })}</span>
        <span>{t('app.report.size', { concerns: session.concerns.length, roles: session.roles.length })}</span>
      </p>
      <ul className="rp-facts">
        {facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </header>
  );
}
