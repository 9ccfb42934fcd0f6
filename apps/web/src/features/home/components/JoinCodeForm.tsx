import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { JOIN_CODE_LENGTH, normalizeJoinCode } from '@thinline/shared';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { checkJoinCode } from '../lib/joinCode';

/** "Join a session": a 6-character code, checked here, then the participant's join page. */
export function JoinCodeForm() {
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
      <h2 id="join-heading">Join a session</h2>
      <TextField
        label="Join code"
        hint={`${JOIN_CODE_LENGTH} letters and digits, shown on the screen in the room`}
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
          Join
        </Button>
      </div>
    </form>
  );
}
