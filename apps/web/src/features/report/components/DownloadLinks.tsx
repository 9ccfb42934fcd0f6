import { EXPORT_FORMATS, exportUrl } from '../api';

/** The session's export files, made by the server from the same record as this page. */
export function DownloadLinks({ token }: { token: string }) {
  return (
    <section className="rp-section" aria-labelledby="rp-downloads-title">
      <h2 id="rp-downloads-title">Download</h2>
      <ul className="rp-downloads">
        {EXPORT_FORMATS.map((f) => (
          <li key={f.ext}>
            <a className="rp-btn" href={exportUrl(token, f.ext)} download>
              {f.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
