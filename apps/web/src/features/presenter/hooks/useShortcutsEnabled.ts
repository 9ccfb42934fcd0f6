import { useState } from 'react';

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
