import { type TTemplate, plural } from '@thinline/shared';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { QueryState } from '../../../ui/QueryState';

import { useCreateWorkshop } from '../hooks/useCreateWorkshop';
import { useRunTemplateNow } from '../hooks/useRunTemplateNow';
import { useTemplates } from '../hooks/useTemplates';

/** The built-in templates; choosing one makes a workshop from it (in `orgId` when given) and opens its editor. */
export function TemplatePicker({ orgId }: { orgId?: string | undefined }) {
  const templates = useTemplates();
  const create = useCreateWorkshop();
  const navigate = useNavigate();
  const run = useRunTemplateNow();
  const pendingId = create.isPending ? (create.variables as { templateId?: string } | undefined)?.templateId : undefined;
  const runningId = run.isPending ? run.variables.templateId : undefined;
  const busy = create.isPending || run.isPending;

  const use = (template: TTemplate) =>
    create.mutate({ templateId: template.id, ...(orgId ? { orgId } : {}) }, { onSuccess: (workshop) => void navigate(`/workshops/${workshop.id}`) });
  const runNow = (template: TTemplate) =>
    run.mutate(
      { templateId: template.id, orgId },
      { onSuccess: ({ workshop, session }) => void navigate(session ? `/sessions/${session.id}/control` : `/workshops/${workshop.id}#start-heading`) },
    );

  return (
    <div className="card card--flat stack">
      <h3>Start from a template</h3>
      {create.isError ? <ErrorMessage error={create.error} title="Could not create the workshop" /> : null}
      {run.isError ? <ErrorMessage error={run.error} title="Could not create the workshop" /> : null}
      <QueryState query={templates} loadingLabel="Loading templates…" errorTitle="Could not load the templates">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="No templates available" headingLevel={3}>
              Start with a blank workshop instead.
            </EmptyState>
          ) : (
            <ul className="item-list">
              {list.map((t) => (
                <li key={t.id} className="item-list__item">
                  <div className="stack stack--tight">
                    <h4 className="item-list__title">{t.title}</h4>
                    {t.description ? <p className="muted">{t.description}</p> : null}
                    <p className="muted">
                      {plural(t.roles.length, 'role')} ({t.roles.map((r) => r.name).join(', ')}) · {plural(t.concerns.length, 'concern')}
                    </p>
                  </div>
                  <div className="cluster">
                    <Button onClick={() => runNow(t)} busy={runningId === t.id} disabled={busy} busyLabel="Starting…" aria-label={`Run the template “${t.title}” now, with the default settings`}>
                      Run now
                    </Button>
                    <Button variant="secondary" onClick={() => use(t)} busy={pendingId === t.id} disabled={busy} busyLabel="Creating…" aria-label={`Use the template “${t.title}”`}>
                      Use this template
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
