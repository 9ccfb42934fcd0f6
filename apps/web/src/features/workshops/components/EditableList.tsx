import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Button } from '../../../ui/Button';
import { LiveRegion } from '../../../ui/LiveRegion';
import { count, useT } from '../../../i18n/i18n';

type Tool = 'up' | 'down' | 'remove' | 'fields' | 'add';

interface FocusRequest {
  key: string | null;
  tool: Tool;
}

export interface EditableListProps<T> {
  items: T[];
  getKey: (item: T) => string;
  /** how to name an item in button labels: its title, or "role 3" while it has none */
  nameOf: (item: T, index: number) => string;
  /** what the list's own buttons and notes say, in the shown language */
  words: EditableListWords;
  renderFields: (item: T, index: number) => ReactNode;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
  /** adds an item and returns its key, so focus can go to its first field */
  onAdd: () => string;
  min: number;
  max: number;
  fieldsClassName?: string;
}

/** The words that depend on what the list holds (roles, concerns), already translated. */
export interface EditableListWords {
  /** "+ Add a role" */
  add: string;
  /** "Added role 5." */
  added: (position: number) => string;
  /** "At most 12 roles." */
  atMost: string;
  /** "At least 2 roles: add one before removing another." */
  atLeast: string;
}

/**
 * An ordered list the keyboard can edit: every item has Move up, Move down and Remove
 * buttons, and after each change focus stays with the item (or goes somewhere sensible)
 * and a screen reader hears what happened.
 */
export function EditableList<T>({ items, getKey, nameOf, words, renderFields, onMove, onRemove, onAdd, min, max, fieldsClassName }: EditableListProps<T>) {
  const t = useT();
  const list = useRef<HTMLOListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<FocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (!focus) return;
    if (focus.key === null) {
      addButton.current?.focus();
      return;
    }
    const item = list.current?.querySelector<HTMLElement>(`[data-item-key="${CSS.escape(focus.key)}"]`);
    if (!item) return;
    if (focus.tool === 'fields') {
      item.querySelector<HTMLElement>('input, textarea, select')?.focus();
      return;
    }
    const pick = (tool: Tool) => item.querySelector<HTMLButtonElement>(`[data-tool="${tool}"]`);
    let target = pick(focus.tool);
    // a move to either end disables the button just pressed; its twin is the next best place
    if (!target || target.disabled) target = pick(focus.tool === 'up' ? 'down' : 'up');
    target?.focus();
  }, [focus]);

  const move = (index: number, to: number) => {
    const item = items[index];
    if (!item) return;
    onMove(index, to);
    setFocus({ key: getKey(item), tool: to < index ? 'up' : 'down' });
    setAnnouncement(t('app.workshops.editable.moved', { name: nameOf(item, index), position: count(to + 1), total: count(items.length) }));
  };

  const remove = (index: number) => {
    const item = items[index];
    if (!item) return;
    onRemove(index);
    const next = items[index + 1] ?? items[index - 1];
    setFocus(next ? { key: getKey(next), tool: 'fields' } : { key: null, tool: 'add' });
    setAnnouncement(t('app.workshops.editable.removed', { name: nameOf(item, index), left: items.length - 1 }));
  };

  const add = () => {
    setFocus({ key: onAdd(), tool: 'fields' });
    setAnnouncement(words.added(items.length + 1));
  };

  return (
    <>
      <ol ref={list} className="item-list editor-list">
        {items.map((item, index) => {
          const name = nameOf(item, index);
          return (
            <li key={getKey(item)} className="editor-item" data-item-key={getKey(item)}>
              <div className={['editor-item__fields', fieldsClassName].filter(Boolean).join(' ')}>{renderFields(item, index)}</div>
              <div className="editor-item__tools">
                <span className="editor-item__position" aria-hidden="true">
                  {count(index + 1)} / {count(items.length)}
                </span>
                <Button variant="secondary" size="small" data-tool="up" disabled={index === 0} aria-label={t('app.workshops.editable.moveUp', { name })} onClick={() => move(index, index - 1)}>
                  {t('app.workshops.editable.up')}
                </Button>
                <Button
                  variant="secondary"
                  size="small"
                  data-tool="down"
                  disabled={index === items.length - 1}
                  aria-label={t('app.workshops.editable.moveDown', { name })}
                  onClick={() => move(index, index + 1)}
                >
                  {t('app.workshops.editable.down')}
                </Button>
                <Button variant="ghost" size="small" data-tool="remove" disabled={items.length <= min} aria-label={t('app.workshops.editable.remove', { name })} onClick={() => remove(index)}>
                  {t('app.workshops.editable.removeShort')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="cluster">
        <Button ref={addButton} variant="secondary" onClick={add} disabled={items.length >= max}>
          {words.add}
        </Button>
        {items.length >= max ? <span className="field__hint">{words.atMost}</span> : null}
        {items.length <= min ? <span className="field__hint">{words.atLeast}</span> : null}
      </div>
      <LiveRegion text={announcement} />
    </>
  );
}
