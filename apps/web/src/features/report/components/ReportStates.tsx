import type { ReactNode } from 'react';
import { useT } from '../../../i18n/i18n';

function Frame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="rp rp--message">
      <title>{`${title} · Thinline`}</title>
      <div className="rp-message">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function InvalidLink() {
  const t = useT();
  return (
    <Frame title={t('app.report.invalidTitle')}>
      <p>{t('app.report.invalidText')}</p>
      <p>{t('app.report.invalidNext')}</p>
    </Frame>
  );
}

export function ReportError({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <Frame title={t('app.report.errorTitle')}>
      <p role="alert">{message}</p>
      <button type="button" className="rp-btn rp-btn--primary" onClick={onRetry}>
        {t('app.error.retry')}
      </button>
    </Frame>
  );
}

export function ReportLoading() {
  const t = useT();
  return (
    <main className="rp rp--message" aria-busy="true">
      <title>{`${t('app.report.loading')} · Thinline`}</title>
      <div className="rp-message">
        <p role="status">{t('app.report.loading')}</p>
      </div>
    </main>
  );
}
