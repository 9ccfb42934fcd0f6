import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { JOIN_CODE_LENGTH, normalizeJoinCode } from '@thinline/shared';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { checkJoinCode } from '../lib/joinCode';
import { useT } from '../../../i18n/i18n';

/** "Join a session": a 6-character code, checked here, then the participant's join page. */
export function JoinCodeForm() {
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = checkJoinCode(code);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    void navigate(`/j/${result.code}`);
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-labelledby="join-heading">
      <h2 id="join-heading">{t('app.home.join')}</h2>
      <TextField
        label={t('app.home.joinCode')}
        hint={t('app.home.joinCodeHint', { n: JOIN_CODE_LENGTH })}
        inputClassName="input--code"
        value={code}
        onChange={(e) => {
          setCode(normalizeJoinCode(e.target.value));
          if (error) setError(null);
        }}
        error={error}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="go"
        maxLength={12}
      />
      <div>
        <Button type="submit" size="large" block>
          {t('app.home.joinButton')}
        </Button>
      </div>
    </form>
  );
}
