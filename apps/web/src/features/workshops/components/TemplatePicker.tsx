import type { TTemplate } from '@thinline/shared';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { QueryState } from '../../../ui/QueryState';
import { useLocale, useT } from '../../../i18n/i18n';
import { useCreateWorkshop } from '../hooks/useCreateWorkshop';
import { useRunTemplateNow } from '../hooks/useRunTemplateNow';
import { useTemplates } from '../hooks/useTemplates';

/**
 * The built-in templates in the shown language; choosing one makes a workshop from it (in
 * `orgId` when given) with that language's roles and concerns and opens its editor. "Run now"
 * also starts its session in that language.
 */
export function TemplatePicker({ orgId }: { orgId?: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const templates = useTemplates(locale);
  const create = useCreateWorkshop();
  const navigate = useNavigate();
  const run = useRunTemplateNow();
  const pendingId = create.isPending ? (create.variables as { templateId?: string } | undefined)?.templateId : undefined;
  const runningId = run.isPending ? run.variables.templateId : undefined;
  const busy = create.isPending || run.isPending;

  const use = (template: TTemplate) =>
    create.mutate({ templateId: template.id, locale, ...(orgId ? { orgId } : {}) }, { onSuccess: (workshop) => void navigate(`/workshops/${workshop.id}`) });
  const runNow = (template: TTemplate) =>
    run.mutate(
      { templateId: template.id, orgId, locale },
      { onSuccess: ({ workshop, session }) => void navigate(session ? `/sessions/${session.id}/control` : `/workshops/${workshop.id}#start-heading`) },
    );

  return (
    <div className="card card--flat stack">
      <h3>{t('app.workshops.templates.heading')}</h3>
      {create.isError ? <ErrorMessage error={create.error} title={t('app.workshops.templates.createFailed')} /> : null}
      {run.isError ? <ErrorMessage error={run.error} title={t('app.workshops.templates.createFailed')} /> : null}
      <QueryState query={templates} loadingLabel={t('app.workshops.templates.loading')} errorTitle={t('app.workshops.templates.loadFailed')}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('app.workshops.templates.emptyTitle')} headingLevel={3}>
              {t('app.workshops.templates.emptyText')}
            </EmptyState>
          ) : (
            <ul className="item-list">
              {list.map((template) => (
                <li key={template.id} className="item-list__item">
                  <div className="stack stack--tight">
                    <h4 className="item-list__title">{template.title}</h4>
                    {template.description ? <p className="muted">{template.description}</p> : null}
                    <p className="muted">
                      {t('app.workshops.templates.size', {
                        roles: template.roles.length,
                        names: template.roles.map((r) => r.name).join(t('app.listSeparator')),
                        concerns: template.concerns.length,
                      })}
                    </p>
                  </div>
                  <div className="cluster">
                    <Button
                      onClick={() => runNow(template)}
                      busy={runningId === template.id}
                      disabled={busy}
                      busyLabel={t('app.workshops.templates.starting')}
                      aria-label={t('app.workshops.templates.runNowLabel', { title: template.title })}
                    >
                      {t('app.workshops.templates.runNow')}
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => use(template)}
                      busy={pendingId === template.id}
                      disabled={busy}
                      busyLabel={t('app.workshops.templates.creating')}
                      aria-label={t('app.workshops.templates.useLabel', { title: template.title })}
                    >
                      {t('app.workshops.templates.use')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
