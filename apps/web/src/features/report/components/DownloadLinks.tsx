import { EXPORT_LINKS } from '../../../lib/exports';
import { exportUrl } from '../api';

/** The session's export files, made by the server from the same record as this page. */
export function DownloadLinks({ token }: { token: string }) {
  return (
    <section className="rp-section" aria-labelledby="rp-downloads-title">
      <h2 id="rp-downloads-title">Download</h2>
      <ul className="rp-downloads">
        {EXPORT_LINKS.map(({ format, label }) => (
          <li key={format}>
            <a className="rp-btn" href={exportUrl(token, format)} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
