import { type TSessionSummary, type TWorkshop, plural } from '@thinline/shared';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { SESSION_STATUS_LABELS } from '../../session/lib/sessionLabels';
import { useWorkshopSessions } from '../../workshops/hooks/useWorkshopSessions';

export type Side = 'a' | 'b';

export interface SideChoice {
  workshopId: string | null;
  sessionId: string | null;
}

const SIDE_TEXT: Record<Side, { legend: string; hint: string }> = {
  a: { legend: 'Compare from (A)', hint: 'Usually the earlier session' },
  b: { legend: 'Compare to (B)', hint: 'The changes shown are B − A' },
};

function sessionLabel(s: TSessionSummary): string {
  const people = plural(s.participants, 'participant');
  // the join code tells apart sessions run the same day
  return [s.title, formatDateTime(s.createdAt), `code ${s.joinCode}`, people, SESSION_STATUS_LABELS[s.status]].filter(Boolean).join(' · ');
}

interface SidePickerProps {
  side: Side;
  workshops: TWorkshop[];
  choice: SideChoice;
  /** the session picked on the other side: it cannot be picked here too. */
  otherSessionId: string | null;
  onWorkshop: (workshopId: string | null) => void;
  onSession: (sessionId: string | null) => void;
}

/** One side of the comparison: a workshop, then one of its sessions. */
function SidePicker({ side, workshops, choice, otherSessionId, onWorkshop, onSession }: SidePickerProps) {
  const sessions = useWorkshopSessions(choice.workshopId ?? '', choice.workshopId !== null);
  const list = [...(sessions.data ?? [])].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  const text = SIDE_TEXT[side];
  const noSessions = sessions.isSuccess && list.length === 0;
  const sessionHint = choice.workshopId === null ? 'Pick a workshop first' : sessions.isPending ? 'Loading its sessions…' : noSessions ? 'This workshop has no sessions yet' : text.hint;
  return (
    <fieldset className="fieldset stack stack--tight">
      <legend>{text.legend}</legend>
      <SelectField label="Workshop" value={choice.workshopId ?? ''} onChange={(e) => onWorkshop(e.target.value || null)}>
        <option value="">Choose a workshop…</option>
        {workshops.map((w) => (
          <option key={w.id} value={w.id}>
            {w.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Session"
        hint={sessionHint}
        value={choice.sessionId ?? ''}
        disabled={choice.workshopId === null || list.length === 0}
        onChange={(e) => onSession(e.target.value || null)}
      >
        <option value="">Choose a session…</option>
        {list.map((s) => (
          <option key={s.id} value={s.id} disabled={s.id === otherSessionId}>
            {sessionLabel(s)}
            {s.id === otherSessionId ? ` (already ${side === 'a' ? 'B' : 'A'})` : ''}
          </option>
        ))}
        {/* a session from the link that its workshop list does not hold (yet) still shows as chosen */}
        {choice.sessionId && sessions.isSuccess && !list.some((s) => s.id === choice.sessionId) ? <option value={choice.sessionId}>The session from the link</option> : null}
      </SelectField>
      {sessions.isError ? (
        <ErrorMessage error={sessions.error} title="Could not load the sessions of this workshop" onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />
      ) : null}
    </fieldset>
  );
}

interface SessionPickersProps {
  workshops: TWorkshop[];
  a: SideChoice;
  b: SideChoice;
  onWorkshop: (side: Side, workshopId: string | null) => void;
  onSession: (side: Side, sessionId: string | null) => void;
  onSwap: () => void;
}

/** The two sessions to compare: any two of the facilitator's, from one workshop or two. */
export function SessionPickers({ workshops, a, b, onWorkshop, onSession, onSwap }: SessionPickersProps) {
  return (
    <section className="compare-pickers" aria-labelledby="compare-pick-heading">
      <h2 id="compare-pick-heading" className="visually-hidden">
        Sessions to compare
      </h2>
      <SidePicker side="a" workshops={workshops} choice={a} otherSessionId={b.sessionId} onWorkshop={(w) => onWorkshop('a', w)} onSession={(s) => onSession('a', s)} />
      <div className="compare-pickers__swap">
        <Button variant="secondary" size="small" onClick={onSwap} disabled={!a.sessionId && !b.sessionId}>
          <span aria-hidden="true">⇄</span> Swap A and B
        </Button>
      </div>
      <SidePicker side="b" workshops={workshops} choice={b} otherSessionId={a.sessionId} onWorkshop={(w) => onWorkshop('b', w)} onSession={(s) => onSession('b', s)} />
    </section>
  );
}
