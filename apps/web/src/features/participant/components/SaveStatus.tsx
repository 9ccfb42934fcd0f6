import { describeAnswerProblem } from '../errors';
import type { SaveState } from '../session-model';
import { useT } from '../../../i18n/i18n';

/** The per-answer confirmation line; polite live region so "Saved" is announced once. */
export function SaveStatus({ state, round }: { state: SaveState; round: number }) {
  const t = useT();
  let text = '';
  let tone = 'muted';
  switch (state.kind) {
    case 'none':
      break;
    case 'unsaved':
      text = round > 1 ? t('phone.answer.save.unsavedRound', { round }) : t('phone.answer.save.unsaved');
      break;
    case 'saving':
      text = t('phone.answer.save.saving');
      break;
    case 'waiting':
      // honest: not saved yet, and not lost either (the outbox keeps it until the server acknowledges it)
      text = t('phone.answer.save.waiting');
      tone = 'warn';
      break;
    case 'saved':
      text = t('phone.answer.save.saved');
      tone = 'ok';
      break;
    case 'refused':
      text = describeAnswerProblem(state.code);
      tone = 'error';
      break;
  }
  return (
    <p className={`pt-save pt-save--${tone}`} role="status" aria-live="polite" aria-atomic="true" data-save-state={state.kind}>
      {text}
    </p>
  );
}
