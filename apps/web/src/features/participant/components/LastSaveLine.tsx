import type { SaveState } from '../session-model';
import { useT } from '../../../i18n/i18n';

/** After "Save and next": the previous answer's confirmation, shown on the next screen (state first, so it is never cut off). */
export function LastSaveLine({ title, state }: { title: string; state: SaveState }) {
  const t = useT();
  let text: string;
  switch (state.kind) {
    case 'saving':
      text = t('phone.answer.save.saving');
      break;
    case 'waiting':
      text = t('phone.answer.last.waiting');
      break;
    case 'saved':
      text = t('phone.answer.save.saved');
      break;
    case 'refused':
      text = t('phone.answer.last.refused');
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
