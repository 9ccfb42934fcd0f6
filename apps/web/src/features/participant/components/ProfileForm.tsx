import { LIMITS, OTHER_ROLE, type TPublicSession, UNDISCLOSED_ROLE } from '@thinline/shared';
import { type FormEvent, useId, useState } from 'react';
import { loadContracts } from '../contracts';
import type { ProfileInput } from '../hooks/useParticipantSession';
import { Screen } from './Screen';
import { useT } from '../../../i18n/i18n';

interface ProfileFormProps {
  session: TPublicSession;
  onSubmit: (profile: ProfileInput) => Promise<string | null>;
}

/** Name (named sessions only) and own role, asked once per session on this phone. */
export function ProfileForm({ session, onSubmit }: ProfileFormProps) {
  const t = useT();
  const named = session.settings.anonymity === 'named';
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const errorId = useId();
  const choices = [
    ...session.roles.map((r) => ({ id: r.id, name: r.name })),
    { id: OTHER_ROLE, name: t('phone.profile.other') },
    { id: UNDISCLOSED_ROLE, name: t('phone.profile.undisclosed') },
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!roleId) {
      setError(t('phone.profile.pickRole'));
      return;
    }
    setBusy(true);
    // the checks of the answers to come, loaded while the phone joins (see contracts.ts)
    void loadContracts();
    const problem = await onSubmit({ roleId, name: named && name.trim() ? name.trim() : undefined });
    setBusy(false);
    setError(problem);
  };

  return (
    <Screen eyebrow={t('phone.profile.eyebrow')} title={session.title}>
      <form className="pt-form" onSubmit={(e) => void submit(e)} noValidate>
        {named ? (
          <div className="pt-field">
            <label className="pt-label" htmlFor={nameId}>
              {t('phone.profile.name')} <span className="pt-optional">{t('phone.profile.optional')}</span>
            </label>
            <input
              id={nameId}
              className="pt-input"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={LIMITS.participantNameLength}
              autoComplete="given-name"
              enterKeyHint="next"
            />
          </div>
        ) : (
          <p className="pt-note">{t('phone.profile.anonymous')}</p>
        )}
        <fieldset className="pt-fieldset" aria-describedby={error ? errorId : undefined}>
          <legend className="pt-label">{t('phone.profile.role')}</legend>
          <p className="pt-hint">{t('phone.profile.roleHint')}</p>
          <div className="pt-choices">
            {choices.map((c) => (
              <label key={c.id} className="pt-choice">
                <input
                  type="radio"
                  name="own-role"
                  value={c.id}
                  checked={roleId === c.id}
                  onChange={() => {
                    setRoleId(c.id);
                    setError(null);
                  }}
                />
                <span>{c.name}</span>
              </label>
            ))}
          </div>
        </fieldset>
        {error ? (
          <p id={errorId} className="pt-field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="pt-btn pt-btn--primary pt-btn--block" disabled={busy}>
          {busy ? t('phone.profile.joining') : t('phone.profile.continue')}
        </button>
      </form>
    </Screen>
  );
}
