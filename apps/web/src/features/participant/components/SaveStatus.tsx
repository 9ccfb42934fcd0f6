import { describeAnswerProblem } from '../errors';
import type { SaveState } from '../session-model';

/** The per-answer confirmation line; polite live region so "Saved" is announced once. */
export function SaveStatus({ state, round }: { state: SaveState; round: number }) {
  let text = '';
  let tone = 'muted';
  switch (state.kind) {
    case 'none':
      break;
    case 'unsaved':
      text = round > 1 ? `Not saved for round ${round} yet` : 'Not saved yet';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'waiting':
      // honest: not saved yet, and not lost either (the outbox keeps it until the server acknowledges it)
      text = 'Saving… (waiting for the server)';
      tone = 'warn';
      break;
    case 'saved':
      text = 'Saved ✓';
      tone = 'ok';
      break;
    case 'refused':
      text = describeAnswerProblem(state.code, state.message);
      tone = 'error';
      break;
  }
  return (
    <p className={`pt-save pt-save--${tone}`} role="status" aria-live="polite" aria-atomic="true" data-save-state={state.kind}>
      {text}
    </p>
  );
}
