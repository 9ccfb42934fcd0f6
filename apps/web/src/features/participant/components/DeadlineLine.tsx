import { answerByLine } from '../../../lib/deadline';

/** Pre-work: by when to answer, in this phone's own time zone ("Answer by Thursday 14:00, your time"). */
export function DeadlineLine({ closesAt }: { closesAt: string }) {
  return (
    <p className="pt-deadline">
      <time dateTime={closesAt}>{answerByLine(closesAt, new Date())}</time>
    </p>
  );
}
