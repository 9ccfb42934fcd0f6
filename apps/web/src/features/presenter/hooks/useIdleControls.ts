import { useEffect, useState } from 'react';

/** How long the controls stay after the last mouse move or key press. */
export const CONTROLS_LINGER_MS = 3000;

/**
 * Presentation mode: the projector shows no controls while idle. They appear on a mouse
 * move, a touch or a key press and go again CONTROLS_LINGER_MS after the last one (not while
 * a control has the keyboard focus or a dialog is open, so nobody loses what they are using).
 */
export function useIdleControls(): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hideLater = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const active = document.activeElement;
        const busy = document.querySelector('dialog[open]') !== null || (active instanceof HTMLElement && active.closest('[data-presenter-control]') !== null);
        if (busy) hideLater();
        else setVisible(false);
      }, CONTROLS_LINGER_MS);
    };
    const wake = () => {
      setVisible(true);
      hideLater();
    };
    const events = ['mousemove', 'pointerdown', 'keydown', 'touchstart', 'focusin'] as const;
    for (const e of events) window.addEventListener(e, wake, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, wake);
    };
  }, []);
  return visible;
}
