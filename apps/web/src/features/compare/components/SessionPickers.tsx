import type { TSessionSummary, TWorkshop } from '@thinline/shared';
import { type MessageId, t, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { formatDateTime } from '../../../ui/format';
import { useWorkshopSessions } from '../../workshops/hooks/useWorkshopSessions';
import { sessionStatusWord } from '../lib/changes';

export type Side = 'a' | 'b';

/** A symbol, the same in every language; the button's words say what it does. */
const SWAP_ICON = '⇄';

export interface SideChoice {
  workshopId: string | null;
  sessionId: string | null;
}

const SIDE_TEXT: Record<Side, { legend: MessageId; hint: MessageId; taken: MessageId }> = {
  a: { legend: 'app.compare.pick.sideA', hint: 'app.compare.pick.sideAHint', taken: 'app.compare.pick.alreadyB' },
  b: { legend: 'app.compare.pick.sideB', hint: 'app.compare.pick.sideBHint', taken: 'app.compare.pick.alreadyA' },
};

function sessionLabel(s: TSessionSummary): string {
  // the join code tells apart sessions run the same day
  const facts = t('app.compare.pick.sessionFacts', { date: formatDateTime(s.createdAt), code: s.joinCode, n: s.participants, status: sessionStatusWord(s.status) });
  return s.title ? `${s.title} · ${facts}` : facts;
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
  const t = useT();
  const sessions = useWorkshopSessions(choice.workshopId ?? '', choice.workshopId !== null);
  const list = [...(sessions.data ?? [])].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  const text = SIDE_TEXT[side];
  const noSessions = sessions.isSuccess && list.length === 0;
  const sessionHint =
    choice.workshopId === null ? t('app.compare.pick.workshopFirst') : sessions.isPending ? t('app.compare.pick.loadingSessions') : noSessions ? t('app.compare.pick.noSessions') : t(text.hint);
  return (
    <fieldset className="fieldset stack stack--tight">
      <legend>{t(text.legend)}</legend>
      <SelectField label={t('app.compare.pick.workshop')} value={choice.workshopId ?? ''} onChange={(e) => onWorkshop(e.target.value || null)}>
        <option value="">{t('app.compare.pick.chooseWorkshop')}</option>
        {workshops.map((w) => (
          <option key={w.id} value={w.id}>
            {w.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('app.compare.pick.session')}
        hint={sessionHint}
        value={choice.sessionId ?? ''}
        disabled={choice.workshopId === null || list.length === 0}
        onChange={(e) => onSession(e.target.value || null)}
      >
        <option value="">{t('app.compare.pick.chooseSession')}</option>
        {list.map((s) => (
          <option key={s.id} value={s.id} disabled={s.id === otherSessionId}>
            {sessionLabel(s)}
            {s.id === otherSessionId ? ` ${t(text.taken)}` : ''}
          </option>
        ))}
        {/* a session from the link that its workshop list does not hold (yet) still shows as chosen */}
        {choice.sessionId && sessions.isSuccess && !list.some((s) => s.id === choice.sessionId) ? <option value={choice.sessionId}>{t('app.compare.pick.fromLink')}</option> : null}
      </SelectField>
      {sessions.isError ? (
        <ErrorMessage error={sessions.error} title={t('app.compare.pick.sessionsFailed')} onRetry={() => void sessions.refetch()} retrying={sessions.isFetching} />
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
  const t = useT();
  return (
    <section className="compare-pickers" aria-labelledby="compare-pick-heading">
      <h2 id="compare-pick-heading" className="visually-hidden">
        {t('app.compare.pick.heading')}
      </h2>
      <SidePicker side="a" workshops={workshops} choice={a} otherSessionId={b.sessionId} onWorkshop={(w) => onWorkshop('a', w)} onSession={(s) => onSession('a', s)} />
      <div className="compare-pickers__swap">
        <Button variant="secondary" size="small" onClick={onSwap} disabled={!a.sessionId && !b.sessionId}>
          <span aria-hidden="true">{SWAP_ICON}</span> {t('app.compare.pick.swap')}
        </Button>
      </div>
      <SidePicker side="b" workshops={workshops} choice={b} otherSessionId={a.sessionId} onWorkshop={(w) => onWorkshop('b', w)} onSession={(s) => onSession('b', s)} />
    </section>
  );
}
