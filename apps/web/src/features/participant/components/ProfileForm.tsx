import { LIMITS, OTHER_ROLE, type TPublicSession, UNDISCLOSED_ROLE } from '@thinline/shared';
import { type FormEvent, useId, useState } from 'react';
import { loadContracts } from '../contracts';
import type { ProfileInput } from '../hooks/useParticipantSession';
import { Screen } from './Screen';

interface ProfileFormProps {
  session: TPublicSession;
  onSubmit: (profile: ProfileInput) => Promise<string | null>;
}

/** Name (named sessions only) and own role, asked once per session on this phone. */
export function ProfileForm({ session, onSubmit }: ProfileFormProps) {
  const named = session.settings.anonymity === 'named';
  const [name, setName] = useState('');
  const [roleId, setRoleId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  const errorId = useId();
  const choices = [
    ...session.roles.map((r) => ({ id: r.id, name: r.name })),
    { id: OTHER_ROLE, name: 'Other' },
    { id: UNDISCLOSED_ROLE, name: 'Prefer not to say' },
  ];

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!roleId) {
      setError('Pick your own role, or "Prefer not to say".');
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
    <Screen eyebrow="You're joining" title={session.title}>
      <form className="pt-form" onSubmit={(e) => void submit(e)} noValidate>
        {named ? (
          <div className="pt-field">
            <label className="pt-label" htmlFor={nameId}>
              Your name <span className="pt-optional">(optional)</span>
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
          <p className="pt-note">This session is anonymous: nobody sees who answered what.</p>
        )}
        <fieldset className="pt-fieldset" aria-describedby={error ? errorId : undefined}>
          <legend className="pt-label">Your own role</legend>
          <p className="pt-hint">So the room can see how each role sees ownership.</p>
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
          {busy ? 'Joining…' : 'Continue'}
        </button>
      </form>
    </Screen>
  );
}
