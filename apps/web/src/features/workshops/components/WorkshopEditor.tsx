import type { TWorkshop } from '@thinline/shared';
import { type FormEvent, type MouseEvent, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, buttonClass } from '../../../ui/Button';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { TextAreaField, TextField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { useLocale, useT } from '../../../i18n/i18n';
import { useWorkshopDraft } from '../hooks/useWorkshopDraft';
import { useCreateWorkshop } from '../hooks/useCreateWorkshop';
import { useUpdateWorkshop } from '../hooks/useUpdateWorkshop';
import { DESCRIPTION_MAX, draftProblems, draftToBody, fieldIds } from '../lib/workshopDraft';
import '../workshops.css';
import { ConcernsEditor } from './ConcernsEditor';
import { ErrorSummary } from './ErrorSummary';
import { LeaveGuard } from './LeaveGuard';
import { OwnershipMappingEditor } from './OwnershipMappingEditor';
import { RolesEditor } from './RolesEditor';
import { WorkshopTools } from './WorkshopTools';

/** The workshop editor; `workshop` null makes a new one on the first save. */
/**
 * Scroll to the session settings and put the keyboard at their heading (the next Tab is the
 * name field), without a change of route. Not on the field itself: the Enter that pressed the
 * link would reach the field and submit the form, starting a session nobody set up.
 */
function jumpToStart(event: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById('start-heading');
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** draftProblems for the language named: the memo above depends on it. */
function draftProblemsIn(_locale: string, draft: Parameters<typeof draftProblems>[0]) {
  return draftProblems(draft);
}

export function WorkshopEditor({ workshop }: { workshop: TWorkshop | null }) {
  const t = useT();
  // the problems are said in the shown language: a switch says them again
  const locale = useLocale();
  const { draft, dirty, actions, reset, discard } = useWorkshopDraft(workshop);
  const [attempt, setAttempt] = useState(0);
  const [savedOnce, setSavedOnce] = useState(false);
  const create = useCreateWorkshop();
  const update = useUpdateWorkshop(workshop?.id ?? '');
  const save = workshop ? update : create;
  const navigate = useNavigate();
  const leaving = useRef(false);

  // the locale is an input too: a language switch says the same problems again in the new language
  const problems = useMemo(() => (attempt > 0 ? draftProblemsIn(locale, draft) : []), [attempt, draft, locale]);
  const errors = useMemo(() => {
    const byField: Record<string, string> = {};
    for (const p of problems) byField[p.fieldId] ??= p.message;
    return byField;
  }, [problems]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (draftProblems(draft).length > 0) return;
    const body = draftToBody(draft);
    if (workshop) {
      update.mutate(body, {
        onSuccess: (saved) => {
          reset(saved);
          setSavedOnce(true);
          setAttempt(0);
        },
      });
    } else {
      create.mutate(body, {
        onSuccess: (saved) => {
          leaving.current = true;
          void navigate(`/workshops/${saved.id}`, { replace: true });
        },
      });
    }
  };

  const title = workshop ? workshop.title : t('app.workshops.editor.newTitle');
  return (
    <Page
      title={title}
      lead={workshop ? t('app.workshops.editor.lead') : t('app.workshops.editor.newLead')}
      // A saved workshop is usually opened to run it: the way to the session settings is at the top.
      actions={workshop ? <a className={buttonClass({})} href="#start-heading" onClick={jumpToStart}>{t('app.workshops.start.heading')}</a> : undefined}
    >
      <LeaveGuard when={dirty} allow={leaving} />
      <form onSubmit={submit} noValidate>
        <ErrorSummary problems={problems} attempt={attempt} />
        <section className="stack" aria-labelledby="details-heading">
          <h2 id="details-heading" className="visually-hidden">
            {t('app.workshops.editor.details')}
          </h2>
          <TextField id={fieldIds.title} label={t('app.workshops.editor.title')} value={draft.title} onChange={(e) => actions.setTitle(e.target.value)} error={errors[fieldIds.title]} maxLength={120} />
          <TextAreaField
            id={fieldIds.description}
            label={t('app.workshops.editor.description')}
            hint={t('app.workshops.editor.descriptionHint')}
            value={draft.description}
            onChange={(e) => actions.setDescription(e.target.value)}
            error={errors[fieldIds.description]}
            maxLength={DESCRIPTION_MAX}
            rows={3}
          />
        </section>
        <RolesEditor roles={draft.roles} errors={errors} actions={actions} />
        <ConcernsEditor concerns={draft.concerns} errors={errors} actions={actions} />
        <OwnershipMappingEditor roles={draft.roles} concerns={draft.concerns} errors={errors} actions={actions} />
        {save.isError ? <ErrorMessage error={save.error} title={t('app.workshops.editor.saveFailed')} /> : null}
        <div className="save-bar">
          <p role="status" className="muted">
            {t(save.isPending ? 'app.workshops.editor.saving' : dirty ? 'app.workshops.editor.unsaved' : savedOnce ? 'app.workshops.editor.saved' : workshop ? 'app.workshops.editor.noChanges' : 'app.workshops.editor.notSaved')}
          </p>
          <div className="cluster">
            {dirty && workshop ? (
              <Button variant="ghost" onClick={discard} disabled={save.isPending}>
                {t('app.workshops.editor.discard')}
              </Button>
            ) : null}
            <Button type="submit" busy={save.isPending} busyLabel={t('app.workshops.editor.saving')} disabled={!dirty && workshop !== null}>
              {workshop ? t('app.workshops.editor.save') : t('app.workshops.editor.create')}
            </Button>
          </div>
        </div>
      </form>
      {workshop ? <WorkshopTools workshop={workshop} dirty={dirty} /> : null}
    </Page>
  );
}
