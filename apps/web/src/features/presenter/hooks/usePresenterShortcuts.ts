import { useEffect, useRef, useState } from 'react';

export type ShortcutHandlers = Partial<Record<string, () => void>>;

const STORAGE_KEY = 'thinline.presenter.shortcuts';

/**
 * Single-key shortcuts for the projector view. WCAG 2.1.4 asks that single-character
 * shortcuts can be turned off, so the choice is kept on this device.
 */
export function useShortcutsEnabled() {
  const [enabled, setEnabled] = useState(() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY) !== 'off';
    } catch {
      return true;
    }
  });
  const set = (on: boolean) => {
    setEnabled(on);
    try {
      window.localStorage.setItem(STORAGE_KEY, on ? 'on' : 'off');
    } catch {
      // private mode: the choice lasts for this page only
    }
  };
  return [enabled, set] as const;
}

/** Calls the handler of the pressed key, unless a form control has focus or a modifier is held. */
export function usePresenterShortcuts(handlers: ShortcutHandlers, enabled: boolean) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (document.querySelector('dialog[open]')) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const handler = latest.current[key];
      if (handler) {
        event.preventDefault();
        handler();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
