import { type ReportSession, formatDate } from '../api';

const PACING: Record<string, string> = { 'self-paced': 'self-paced', 'facilitator-led': 'facilitator-led' };
const MODE: Record<string, string> = { owners: 'owners', raci: 'RACI' };

/** Title, date, participants and the settings that explain the numbers. */
export function ReportHeader({ session, live }: { session: ReportSession; live: boolean }) {
  const date = formatDate(session.date);
  const s = session.settings;
  const facts = [
    s.answerMode ? `Answer mode: ${MODE[s.answerMode] ?? s.answerMode}` : null,
    s.pacing ? `Pacing: ${PACING[s.pacing] ?? s.pacing}` : null,
    s.anonymity ? `${s.anonymity === 'anonymous' ? 'Anonymous' : 'Named'} answers` : null,
    `Owner threshold ${Math.round(s.threshold * 100)}%`,
    // k = 1 hides nothing, and "under 1 people" would be wrong twice
    s.minSegmentSize && s.minSegmentSize > 1 ? `Segments under ${s.minSegmentSize} people are hidden` : null,
  ].filter((f): f is string => f !== null);
  return (
    <header className="rp-header">
      <p className="rp-eyebrow">
        Ownership report{live ? <span className="rp-live">● Live</span> : null}
        {session.status && session.status !== 'closed' && !live ? <span className="rp-pill">Session still {session.status}</span> : null}
      </p>
      <h1 className="rp-title">{session.title}</h1>
      <p className="rp-meta">
        {date ? <span>{date}</span> : null}
        <span>
          {session.participants} {session.participants === 1 ? 'participant' : 'participants'}
        </span>
        <span>
          {session.concerns.length} concerns × {session.roles.length} roles
        </span>
      </p>
      <ul className="rp-facts">
        {facts.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
    </header>
  );
}
