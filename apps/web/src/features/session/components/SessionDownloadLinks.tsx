import { EXPORT_LINKS } from '../../../lib/exports';
import { sessionExportUrl } from '../api';
import { useT } from '../../../i18n/i18n';

/** Every export of a session, downloaded with the signed-in person's cookie (control room, viewer's page). */
export function SessionDownloadLinks({ sessionId }: { sessionId: string }) {
  const t = useT();
  return (
    <ul className="cluster plain-list">
      {EXPORT_LINKS.map(({ format, label }) => (
        <li key={format}>
          <a href={sessionExportUrl(sessionId, format)} download>
            {t(label)}
          </a>
        </li>
      ))}
    </ul>
  );
}
