import type { TSession } from '@thinline/shared';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { deadlineText, fromLocalInput, toLocalInput } from '../../../lib/deadline';
import { useUpdateClosing } from '../hooks/useUpdateClosing';

const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** When answering in this round stops: set, change, remove, or close now. */
export function ClosingTime({ session }: { session: TSession }) {
  const { closesAt, answeringClosed, round } = session.state;
  const update = useUpdateClosing(session.id);
  const [value, setValue] = useState(() => (closesAt ? toLocalInput(closesAt) : ''));
  const [error, setError] = useState<string | null>(null);
  const open = session.status !== 'closed';

  const save = (event: FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(value);
    if (!iso) return setError('Enter a date and a time.');
    if (new Date(iso).getTime() <= Date.now()) return setError('Choose a time in the future.');
    setError(null);
    update.mutate({ closesAt: iso });
  };

  if (answeringClosed && closesAt) {
    return (
      <div className="prework__closing stack" role="status">
        <p className="prework__when">
          <strong>Answering closed</strong> {deadlineText(closesAt)} (your time).
        </p>
        <p className="muted">
          At the live workshop: open the presenter view, reveal round {round}, discuss, then start the live round below. People who did not answer ahead answer then.
        </p>
      </div>
    );
  }

  return (
    <div className="prework__closing stack">
      <p className="prework__when" role="status">
        {closesAt ? (
          <>
            <strong>Answering closes</strong> {deadlineText(closesAt)} (your time, {ownZone()}).
          </>
        ) : (
          'No closing time: answering stays open until you lock the concerns or close the session.'
        )}
      </p>
      {open ? (
        <form className="prework__form cluster" onSubmit={save} noValidate>
          <TextField
            type="datetime-local"
            label={closesAt ? 'Change the closing time' : 'Closing time'}
            hint={`In your time zone (${ownZone()}). Phones show it in each person's own.`}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={error}
          />
          <Button type="submit" variant="secondary" busy={update.isPending && update.variables.closesAt !== undefined && update.variables.closesAt !== null} busyLabel="Saving…">
            {closesAt ? 'Change' : 'Set closing time'}
          </Button>
          {closesAt ? (
            <Button variant="ghost" onClick={() => update.mutate({ closesAt: null })}>
              Remove
            </Button>
          ) : null}
          {session.status === 'live' ? (
            <ConfirmButton question="Close answering now? Phones are told at once." confirmLabel="Close answering" size="medium" onConfirm={() => update.mutate({ closeNow: true })} busy={update.isPending && update.variables.closeNow === true}>
              Close answering now
            </ConfirmButton>
          ) : null}
        </form>
      ) : null}
      {update.isError ? <ErrorMessage error={update.error} title="Could not change the closing time" /> : null}
    </div>
  );
}
