import type { TSession } from '@thinline/shared';
import { type FormEvent, useState } from 'react';
import { useLocale, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextField } from '../../../ui/Field';
import { fromLocalInput, toLocalInput } from '../../../lib/deadline';
import { useUpdateClosing } from '../hooks/useUpdateClosing';
import { closingText } from '../lib/invite';

const ownZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** When answering in this round stops: set, change, remove, or close now. */
export function ClosingTime({ session }: { session: TSession }) {
  const t = useT();
  const locale = useLocale();
  const { closesAt, answeringClosed, round } = session.state;
  const update = useUpdateClosing(session.id);
  const [value, setValue] = useState(() => (closesAt ? toLocalInput(closesAt) : ''));
  const [error, setError] = useState<string | null>(null);
  const open = session.status !== 'closed';

  const save = (event: FormEvent) => {
    event.preventDefault();
    const iso = fromLocalInput(value);
    if (!iso) return setError(t('app.prework.closing.missing'));
    if (new Date(iso).getTime() <= Date.now()) return setError(t('app.prework.closing.past'));
    setError(null);
    update.mutate({ closesAt: iso });
  };

  if (answeringClosed && closesAt) {
    return (
      <div className="prework__closing stack" role="status">
        <p className="prework__when">
          <strong>{t('app.prework.closing.closed')}</strong> {t('app.prework.closing.closedAt', { when: closingText(closesAt, locale) })}
        </p>
        <p className="muted">{t('app.prework.closing.next', { round })}</p>
      </div>
    );
  }

  return (
    <div className="prework__closing stack">
      <p className="prework__when" role="status">
        {closesAt ? (
          <>
            <strong>{t('app.prework.closing.closes')}</strong> {t('app.prework.closing.closesAt', { when: closingText(closesAt, locale), zone: ownZone() })}
          </>
        ) : (
          t('app.prework.closing.none')
        )}
      </p>
      {open ? (
        <form className="prework__form cluster" onSubmit={save} noValidate>
          <TextField
            type="datetime-local"
            label={closesAt ? t('app.prework.closing.changeLabel') : t('app.prework.closing.label')}
            hint={t('app.prework.closing.hint', { zone: ownZone() })}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            error={error}
          />
          <Button type="submit" variant="secondary" busy={update.isPending && update.variables.closesAt !== undefined && update.variables.closesAt !== null} busyLabel={t('app.prework.closing.saving')}>
            {closesAt ? t('app.prework.closing.change') : t('app.prework.closing.set')}
          </Button>
          {closesAt ? (
            <Button variant="ghost" onClick={() => update.mutate({ closesAt: null })}>
              {t('app.prework.closing.remove')}
            </Button>
          ) : null}
          {session.status === 'live' ? (
            <ConfirmButton
              question={t('app.prework.closing.closeNowQuestion')}
              confirmLabel={t('app.prework.closing.closeNowConfirm')}
              size="medium"
              onConfirm={() => update.mutate({ closeNow: true })}
              busy={update.isPending && update.variables.closeNow === true}
            >
              {t('app.prework.closing.closeNow')}
            </ConfirmButton>
          ) : null}
        </form>
      ) : null}
      {update.isError ? <ErrorMessage error={update.error} title={t('app.prework.closing.failed')} /> : null}
    </div>
  );
}
