import { ANONYMITY, ANSWER_MODES, DEFAULT_SETTINGS, PACING, SESSION_TITLE_MAX, type TAnonymity, type TAnswerMode, type TLocale, type TPacing } from '@thinline/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { Notice, ErrorMessage } from '../../../ui/ErrorMessage';
import { type Choice, RadioGroup, TextField } from '../../../ui/Field';
import { type MessageId, count, useLocale, useT } from '../../../i18n/i18n';
import { useCreateSession } from '../hooks/useCreateSession';
import { fromLocalInput } from '../../../lib/deadline';
import { SessionLanguageField } from './SessionLanguageField';

// Record<union, …> makes the compiler ask for words for every setting the shared contract adds.
interface Words {
  label: MessageId;
  hint: MessageId;
}
const PACING_WORDS: Record<TPacing, Words> = {
  'self-paced': { label: 'app.workshops.start.selfPaced', hint: 'app.workshops.start.selfPacedHint' },
  'facilitator-led': { label: 'app.workshops.start.facilitatorLed', hint: 'app.workshops.start.facilitatorLedHint' },
};
const ANONYMITY_WORDS: Record<TAnonymity, Words> = {
  anonymous: { label: 'app.workshops.start.anonymous', hint: 'app.workshops.start.anonymousHint' },
  named: { label: 'app.workshops.start.named', hint: 'app.workshops.start.namedHint' },
};
const MODE_WORDS: Record<TAnswerMode, Words> = {
  owners: { label: 'app.workshops.start.owners', hint: 'app.workshops.start.ownersHint' },
  raci: { label: 'app.workshops.start.raci', hint: 'app.workshops.start.raciHint' },
};

const choices = <T extends string>(values: readonly T[], words: Record<T, Words>, t: (id: MessageId) => string): Choice<T>[] =>
  values.map((value) => ({ value, label: t(words[value].label), hint: t(words[value].hint) }));

function parseWhole(text: string, min: number, max: number): number | null {
  if (!/^\d+$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** Settings for a new live session; starting it opens the control room. */
export function StartSessionForm({ workshopId, dirty }: { workshopId: string; dirty: boolean }) {
  const t = useT();
  const shown = useLocale();
  // the screen's language until the facilitator picks one: a switch in the header moves it along
  const [pickedLocale, setPickedLocale] = useState<TLocale | null>(null);
  const locale = pickedLocale ?? shown;
  const [pacing, setPacing] = useState<TPacing>(DEFAULT_SETTINGS.pacing);
  const [anonymity, setAnonymity] = useState<TAnonymity>(DEFAULT_SETTINGS.anonymity);
  const [answerMode, setAnswerMode] = useState<TAnswerMode>(DEFAULT_SETTINGS.answerMode);
  const [threshold, setThreshold] = useState(String(Math.round(DEFAULT_SETTINGS.threshold * 100)));
  const [minSegment, setMinSegment] = useState(String(DEFAULT_SETTINGS.minSegmentSize));
  const [closesAt, setClosesAt] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<{ threshold?: string; minSegment?: string; closesAt?: string }>({});
  const create = useCreateSession(workshopId);
  const navigate = useNavigate();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const theta = parseWhole(threshold, 1, 100);
    const k = parseWhole(minSegment, 1, 50);
    const closing = closesAt ? fromLocalInput(closesAt) : null;
    const found = {
      threshold: theta === null ? t('app.workshops.start.wholeNumber', { min: count(1), max: count(100) }) : undefined,
      minSegment: k === null ? t('app.workshops.start.wholeNumber', { min: count(1), max: count(50) }) : undefined,
      closesAt: closesAt && (!closing || new Date(closing).getTime() <= Date.now()) ? t('app.workshops.start.closesAtPast') : undefined,
    };
    setErrors(found);
    if (theta === null || k === null || found.closesAt) return;
    create.mutate(
      { ...(title.trim() ? { title: title.trim() } : {}), pacing, anonymity, answerMode, threshold: theta / 100, minSegmentSize: k, locale, ...(closing ? { closesAt: closing } : {}) },
      { onSuccess: (session) => void navigate(`/sessions/${session.id}/control`) },
    );
  };

  return (
    <section className="section card stack" aria-labelledby="start-heading">
      <h2 id="start-heading" tabIndex={-1}>{t('app.workshops.start.heading')}</h2>
      <p className="muted">{t('app.workshops.start.lead')}</p>
      {dirty ? (
        <Notice tone="warning" title={t('app.workshops.start.saveFirst')}>
          <p>{t('app.workshops.start.saveFirstText')}</p>
        </Notice>
      ) : null}
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('app.workshops.start.name')}
          hint={t('app.workshops.start.nameHint')}
          value={title}
          maxLength={SESSION_TITLE_MAX}
          onChange={(e) => setTitle(e.target.value)}
        />
        <SessionLanguageField value={locale} onChange={setPickedLocale} />
        <div className="form-grid form-grid--2">
          <RadioGroup legend={t('app.workshops.start.pacing')} name="pacing" value={pacing} choices={choices(PACING, PACING_WORDS, t)} onChange={setPacing} />
          <RadioGroup legend={t('app.workshops.start.answers')} name="answerMode" value={answerMode} choices={choices(ANSWER_MODES, MODE_WORDS, t)} onChange={setAnswerMode} />
          <RadioGroup legend={t('app.workshops.start.names')} name="anonymity" value={anonymity} choices={choices(ANONYMITY, ANONYMITY_WORDS, t)} onChange={setAnonymity} />
          <div className="stack">
            <NumberSetting label={t('app.workshops.start.threshold')} hint={t('app.workshops.start.thresholdHint', { n: count(Math.round(DEFAULT_SETTINGS.threshold * 100)) })} value={threshold} onChange={setThreshold} error={errors.threshold} />
            <NumberSetting
              label={t('app.workshops.start.minSegment')}
              hint={t('app.workshops.start.minSegmentHint', { n: count(DEFAULT_SETTINGS.minSegmentSize) })}
              value={minSegment}
              onChange={setMinSegment}
              error={errors.minSegment}
            />
            <TextField
              type="datetime-local"
              label={t('app.workshops.start.closesAt')}
              hint={t('app.workshops.start.closesAtHint')}
              value={closesAt}
              onChange={(e) => setClosesAt(e.target.value)}
              error={errors.closesAt}
            />
          </div>
        </div>
        {create.isError ? <ErrorMessage error={create.error} title={t('app.workshops.start.failed')} /> : null}
        <div>
          <Button type="submit" size="large" busy={create.isPending} busyLabel={t('app.workshops.start.starting')} disabled={dirty}>
            {t('app.workshops.start.heading')}
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
