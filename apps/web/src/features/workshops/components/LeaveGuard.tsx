import { type RefObject, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { Button } from '../../../ui/Button';
import { useT } from '../../../i18n/i18n';

/**
 * Asks before leaving a screen with unsaved changes: in the app (a modal dialog) and on
 * reload or tab close (the browser's own prompt).
 */
export function LeaveGuard({ when, allow }: { when: boolean; /** set to true just before a navigation that must not be asked about (after saving) */ allow?: RefObject<boolean> }) {
  const t = useT();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && !allow?.current && currentLocation.pathname !== nextLocation.pathname);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  const blocked = blocker.state === 'blocked';
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (blocked && !d.open) d.showModal();
    if (!blocked && d.open) d.close();
  }, [blocked]);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="leave-title"
      onCancel={(e) => {
        e.preventDefault();
        blocker.reset?.();
      }}
    >
      <h2 id="leave-title">{t('app.workshops.leave.title')}</h2>
      <p>{t('app.workshops.leave.text')}</p>
      <div className="cluster">
        <Button autoFocus onClick={() => blocker.reset?.()}>
          {t('app.workshops.leave.stay')}
        </Button>
        <Button variant="danger" onClick={() => blocker.proceed?.()}>
          {t('app.workshops.leave.leave')}
        </Button>
      </div>
    </dialog>
  );
}
