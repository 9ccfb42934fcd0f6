import { answerByWhen } from '../../../lib/deadline';
import { useLocale, useT } from '../../../i18n/i18n';

/** Pre-work: by when to answer, in this phone's own time zone ("Answer by Thursday 14:00, your time"). */
export function DeadlineLine({ closesAt }: { closesAt: string }) {
  const t = useT();
  const shown = useLocale();
  // English keeps deadline.ts's own default (en-GB: "Thursday 3 December"), as the control room and invites write it
  const locale = shown === 'en' ? undefined : shown;
  return (
    <p className="pt-deadline">
      <time dateTime={closesAt}>{t('phone.answer.deadline', { when: answerByWhen(closesAt, new Date(), { locale }) })}</time>
    </p>
  );
}
