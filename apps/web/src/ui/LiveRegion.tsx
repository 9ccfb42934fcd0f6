import { useEffect, useRef, useState } from 'react';

/**
 * A visually hidden polite live region. Numbers that change many times a second would
 * make a screen reader talk without pause, so the text it announces changes at most once
 * per `throttleMs`, always ending on the latest value.
 */
export function LiveRegion({ text, throttleMs = 0 }: { text: string; throttleMs?: number }) {
  const [spoken, setSpoken] = useState(text);
  const lastAt = useRef(0);

  useEffect(() => {
    const wait = Math.max(0, lastAt.current + throttleMs - Date.now());
    const timer = window.setTimeout(() => {
      lastAt.current = Date.now();
      setSpoken(text);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [text, throttleMs]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
      {spoken}
    </div>
  );
}
