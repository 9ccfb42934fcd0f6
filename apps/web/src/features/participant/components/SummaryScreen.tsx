import type { TConcern, TConcernState } from '@thinline/shared';
import { useEffect, useRef } from 'react';
import type { SaveState } from '../session-model';

export interface SummaryItem {
  concern: TConcern;
  availability: TConcernState;
  saveState: SaveState;
  revealed: boolean;
}

const STATE_LABEL: Record<SaveState['kind'], string> = {
  none: 'Not answered',
  unsaved: 'Not saved',
  saving: 'Saving…',
  waiting: 'Saving… (waiting for the server)',
  saved: 'Saved ✓',
  refused: 'Not saved',
};

function label(item: SummaryItem): string {
  if (item.availability === 'pending') return 'Not open yet';
  const base = STATE_LABEL[item.saveState.kind];
  return item.availability === 'locked' ? `${base} · locked` : base;
}

/** Every concern with its state; any one can be opened again. */
export function SummaryScreen({ items, onOpen }: { items: SummaryItem[]; onOpen: (index: number) => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const saved = items.filter((i) => i.saveState.kind === 'saved').length;
  return (
    <section className="pt-summary" aria-labelledby="pt-summary-title">
      <h2 id="pt-summary-title" ref={heading} tabIndex={-1} className="pt-concern__title">
        Your answers
      </h2>
      <p className="pt-hint">
        {saved} of {items.length} saved. Tap a question to see or change your answer.
      </p>
      <ol className="pt-summary__list">
        {items.map((item, i) => (
          <li key={item.concern.id}>
            <button type="button" className="pt-summary__item" onClick={() => onOpen(i)} disabled={item.availability === 'pending'}>
              <span className="pt-summary__num" aria-hidden="true">
                {i + 1}
              </span>
              <span className="pt-summary__title">{item.concern.title}</span>
              <span className={`pt-summary__state pt-summary__state--${item.saveState.kind}`}>
                {label(item)}
                {item.revealed ? ' · results' : ''}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
