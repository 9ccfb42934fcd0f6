import { useEffect, useId, useRef, useState } from 'react';
import { Button } from './Button';
import { useT } from '../i18n/i18n';

/**
 * A read-only value with a Copy button that says when it copied (or how to copy by hand).
 * `rows` shows a several-line text (an invite to paste into chat) instead of one line.
 */
export function CopyField({ label, value, rows }: { label: string; value: string; rows?: number }) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (status !== 'copied') return;
    const timer = window.setTimeout(() => setStatus('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      input.current?.select();
      setStatus('failed');
    }
  };

  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className="copy-field">
        {rows ? (
          <textarea ref={input} id={id} className="textarea" readOnly rows={rows} value={value} onFocus={(e) => e.currentTarget.select()} />
        ) : (
          <input ref={input} id={id} className="input" readOnly value={value} onFocus={(e) => e.currentTarget.select()} />
        )}
        <Button variant="secondary" onClick={() => void copy()}>
          {t('phone.copy.button')}
        </Button>
      </div>
      <span role="status" className="field__hint">
        {status === 'copied' ? t('phone.copy.done') : status === 'failed' ? t('phone.copy.failed') : ''}
      </span>
    </div>
  );
}
