import { EXPORT_LINKS } from '../../../lib/exports';
import { exportUrl } from '../api';
import { useT } from '../../../i18n/i18n';

/** The session's export files, made by the server from the same record as this page. */
export function DownloadLinks({ token }: { token: string }) {
  const t = useT();
  return (
    <section className="rp-section" aria-labelledby="rp-downloads-title">
      <h2 id="rp-downloads-title">{t('app.report.download')}</h2>
      <ul className="rp-downloads">
        {EXPORT_LINKS.map(({ format, label }) => (
          <li key={format}>
            <a className="rp-btn" href={exportUrl(token, format)} download>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
