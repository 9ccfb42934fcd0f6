import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useLocale, useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { QueryPage } from '../../../ui/QueryPage';
import { historyPath, historyQuery } from '../api';
import '../history.css';
import { changeKindLabel, changeText } from '../lib/history-text';
import { HistoryTable } from './HistoryTable';

/** `/workshops/:id/history`: the workshop's concerns across all its sessions, and what moved. */
export function HistoryPage() {
  const t = useT();
  const { id = '' } = useParams();
  const locale = useLocale();
  const query = useQuery(historyQuery(id, locale));
  return (
    <QueryPage query={query} loadingLabel={t('app.history.loading')} errorTitle={t('app.history.error')}>
      {(history) => (
        <Page
          title={t('app.history.title', { workshop: history.title })}
          lead={t('app.history.lead')}
          actions={
            <div className="cluster no-print">
              <ButtonLink to={`/workshops/${id}`} variant="ghost">
                {t('app.history.back')}
              </ButtonLink>
              {history.sessions.length > 0 ? (
                <>
                  <a className="button button--secondary" href={historyPath(id, locale, '.json')} download>
                    {t('app.history.download')}
                  </a>
                  <Button variant="secondary" onClick={() => window.print()}>
                    {t('app.history.print')}
                  </Button>
                </>
              ) : null}
            </div>
          }
        >
          {history.sessions.length === 0 ? (
            <EmptyState title={t('app.history.noSessions')}>{t('app.history.noSessionsText')}</EmptyState>
          ) : (
            <>
              <section className="section stack" aria-labelledby="history-changes">
                <h2 id="history-changes">{t('app.history.changesHeading')}</h2>
                {history.sessions.length === 1 ? (
                  <p>{t('app.history.oneSession')}</p>
                ) : history.changes.length === 0 ? (
                  <p>{t('app.history.noChanges')}</p>
                ) : (
                  <ul className="history-changes">
                    {history.changes.map((c) => (
                      <li key={`${c.concernId}-${c.kind}`} className={`history-changes__item history-changes__item--${c.kind}`}>
                        <strong>{changeKindLabel(c.kind)}</strong> {changeText(history, c)}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <HistoryTable history={history} />
            </>
          )}
        </Page>
      )}
    </QueryPage>
  );
}
