import type { SaveState } from '../session-model';

/** After "Save and next": the previous answer's confirmation, shown on the next screen (state first, so it is never cut off). */
export function LastSaveLine({ title, state }: { title: string; state: SaveState }) {
  let text: string;
  switch (state.kind) {
    case 'saving':
      text = 'Saving…';
      break;
    case 'waiting':
      text = 'Saving… (waiting for the server):';
      break;
    case 'saved':
      text = 'Saved ✓';
      break;
    case 'refused':
      text = 'Not saved (open to see why):';
      break;
    case 'none':
    case 'unsaved':
      return <p className="pt-last-save" role="status" aria-live="polite" />;
  }
  return (
    <p className={`pt-last-save pt-last-save--${state.kind}`} role="status" aria-live="polite">
      <span className="pt-last-save__state">{text}</span> <span className="pt-last-save__title">{title}</span>
    </p>
  );
}
