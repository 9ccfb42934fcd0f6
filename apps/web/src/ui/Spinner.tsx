import { useT } from '../i18n/i18n';
/** A decorative spinner; the text next to it says what is happening. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** A loading state that screen readers announce. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status">
      <Spinner />
      <span>{label ?? t('app.loading')}</span>
    </div>
  );
}
