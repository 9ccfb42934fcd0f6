import { ANONYMITY, ANSWER_MODES, DEFAULT_SETTINGS, PACING, type TAnonymity, type TAnswerMode, type TPacing } from '@thinline/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { Notice, ErrorMessage } from '../../../ui/ErrorMessage';
import { type Choice, RadioGroup, TextField } from '../../../ui/Field';
import { useCreateSession } from '../hooks/useCreateSession';
import { fromLocalInput } from '../../../lib/deadline';

// Record<union, …> makes the compiler ask for words for every setting the shared contract adds.
const PACING_WORDS: Record<TPacing, Omit<Choice<TPacing>, 'value'>> = {
  'self-paced': { label: 'Self-paced', hint: 'every concern is open; people answer at their own speed' },
  'facilitator-led': { label: 'Facilitator-led', hint: 'one concern at a time; phones follow you' },
};
const ANONYMITY_WORDS: Record<TAnonymity, Omit<Choice<TAnonymity>, 'value'>> = {
  anonymous: { label: 'Anonymous', hint: 'names are never shown' },
  named: { label: 'Named', hint: 'people may give a name' },
};
const MODE_WORDS: Record<TAnswerMode, Omit<Choice<TAnswerMode>, 'value'>> = {
  owners: { label: 'Owners', hint: 'pick one or more owning roles' },
  raci: { label: 'RACI', hint: 'a Responsible / Accountable / Consulted / Informed letter per role' },
};

const choices = <T extends string>(values: readonly T[], words: Record<T, Omit<Choice<T>, 'value'>>): Choice<T>[] =>
  values.map((value) => ({ value, ...words[value] }));
const PACING_CHOICES = choices(PACING, PACING_WORDS);
const ANONYMITY_CHOICES = choices(ANONYMITY, ANONYMITY_WORDS);
const MODE_CHOICES = choices(ANSWER_MODES, MODE_WORDS);

function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Settings for a new live session; starting it opens the control room. */
export function StartSessionForm({ workshopId, dirty }: { workshopId: string; dirty: boolean }) {
  const [pacing, setPacing] = useState<TPacing>(DEFAULT_SETTINGS.pacing);
  const [anonymity, setAnonymity] = useState<TAnonymity>(DEFAULT_SETTINGS.anonymity);
  const [answerMode, setAnswerMode] = useState<TAnswerMode>(DEFAULT_SETTINGS.answerMode);
  const [threshold, setThreshold] = useState(String(Math.round(DEFAULT_SETTINGS.threshold * 100)));
  const [minSegment, setMinSegment] = useState(String(DEFAULT_SETTINGS.minSegmentSize));
  const [closesAt, setClosesAt] = useState('');
  const [errors, setErrors] = useState<{ threshold?: string; minSegment?: string; closesAt?: string }>({});
  const create = useCreateSession(workshopId);
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const theta = parseWhole(threshold, 1, 100);
    const k = parseWhole(minSegment, 1, 50);
    const closing = closesAt ? fromLocalInput(closesAt) : null;
    const found = {
      threshold: theta === null ? 'Enter a whole number from 1 to 100.' : undefined,
      minSegment: k === null ? 'Enter a whole number from 1 to 50.' : undefined,
      closesAt: closesAt && (!closing || new Date(closing).getTime() <= Date.now()) ? 'Choose a date and time in the future, or leave it empty.' : undefined,
    };
    setErrors(found);
    if (theta === null || k === null || found.closesAt) return;
    create.mutate(
      { pacing, anonymity, answerMode, threshold: theta / 100, minSegmentSize: k, ...(closing ? { closesAt: closing } : {}) },
      { onSuccess: (session) => void navigate(`/sessions/${session.id}/control`) },
    );
  };

  return (
    <section className="section card stack" aria-labelledby="start-heading">
      <h2 id="start-heading">Start a session</h2>
      <p className="muted">A session takes a copy of the saved roles and concerns; editing the workshop later does not change it.</p>
      {dirty ? (
        <Notice tone="warning" title="Save your changes first">
          <p>The session would start from the last saved version.</p>
        </Notice>
      ) : null}
      <form className="stack" onSubmit={submit} noValidate>
        <div className="form-grid form-grid--2">
          <RadioGroup legend="Pacing" name="pacing" value={pacing} choices={PACING_CHOICES} onChange={setPacing} />
          <RadioGroup legend="Answers" name="answerMode" value={answerMode} choices={MODE_CHOICES} onChange={setAnswerMode} />
          <RadioGroup legend="Names" name="anonymity" value={anonymity} choices={ANONYMITY_CHOICES} onChange={setAnonymity} />
          <div className="stack">
            <NumberSetting label="Owner threshold (%)" hint="A role owns a concern when at least this share of people name it. Default 50." value={threshold} onChange={setThreshold} error={errors.threshold} />
            <NumberSetting
              label="Smallest group shown"
              hint="A role's own view is hidden when fewer people than this answered, so nobody can be singled out. Default 3."
              value={minSegment}
              onChange={setMinSegment}
              error={errors.minSegment}
            />
            <TextField
              type="datetime-local"
              label="Pre-work: answering closes (optional)"
              hint="For a survey before the workshop: people answer ahead until then, in your time zone. Leave empty for a live session only."
              value={closesAt}
              onChange={(e) => setClosesAt(e.target.value)}
              error={errors.closesAt}
            />
          </div>
        </div>
        {create.isError ? <ErrorMessage error={create.error} title="Could not start the session" /> : null}
        <div>
          <Button type="submit" size="large" busy={create.isPending} busyLabel="Starting…" disabled={dirty}>
            Start a session
          </Button>
        </div>
      </form>
    </section>
  );
}

/** A whole-number setting, typed as text so that a half-typed value can be corrected before it is checked. */
function NumberSetting({ label, hint, value, onChange, error }: { label: string; hint: string; value: string; onChange: (value: string) => void; error: string | undefined }) {
  return <TextField label={label} hint={hint} inputMode="numeric" value={value} onChange={(e) => onChange(e.target.value)} error={error} />;
}
