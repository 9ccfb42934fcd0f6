import type { TConcern, TConcernState } from '@thinline/shared';
import { useEffect, useRef } from 'react';
import type { SaveState } from '../session-model';
import { type MessageId, count, t, useT } from '../../../i18n/i18n';

export interface SummaryItem {
  concern: TConcern;
  availability: TConcernState;
  saveState: SaveState;
  revealed: boolean;
}

const STATE_LABEL: Record<SaveState['kind'], MessageId> = {
  none: 'phone.answer.summary.notAnswered',
  unsaved: 'phone.answer.summary.notSaved',
  saving: 'phone.answer.save.saving',
  waiting: 'phone.answer.save.waiting',
  saved: 'phone.answer.save.saved',
  refused: 'phone.answer.summary.notSaved',
};

function label(item: SummaryItem): string {
  if (item.availability === 'pending') return t('phone.answer.summary.notOpen');
  const base = t(STATE_LABEL[item.saveState.kind]);
  const state = item.availability === 'locked' ? t('phone.answer.summary.locked', { state: base }) : base;
  return item.revealed ? t('phone.answer.summary.withResults', { state }) : state;
}

/** Every concern with its state; any one can be opened again. */
export function SummaryScreen({ items, onOpen }: { items: SummaryItem[]; onOpen: (index: number) => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const saved = items.filter((i) => i.saveState.kind === 'saved').length;
  return (
    <section className="pt-summary" aria-labelledby="pt-summary-title">
      <h2 id="pt-summary-title" ref={heading} tabIndex={-1} className="pt-concern__title">
        {t('phone.answer.summary.title')}
      </h2>
      <p className="pt-hint">{t('phone.answer.summary.count', { saved: count(saved), total: count(items.length) })}</p>
      <ol className="pt-summary__list">
        {items.map((item, i) => (
          <li key={item.concern.id}>
            <button type="button" className="pt-summary__item" onClick={() => onOpen(i)} disabled={item.availability === 'pending'}>
              <span className="pt-summary__num" aria-hidden="true">
                {count(i + 1)}
              </span>
              <span className="pt-summary__title">{item.concern.title}</span>
              <span className={`pt-summary__state pt-summary__state--${item.saveState.kind}`}>{label(item)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
