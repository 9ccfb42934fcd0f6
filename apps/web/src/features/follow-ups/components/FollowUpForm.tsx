import { FOLLOW_UP_LIMITS, type TSession } from '@thinline/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField, TextField } from '../../../ui/Field';
import { useFollowUpWrites } from '../hooks/useFollowUpWrites';

/** A select whose first choice is "(none)". */
function OptionalSelect({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: readonly { id: string; name: string }[] }) {
  const t = useT();
  return (
    <SelectField label={label} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('app.followUps.none')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </SelectField>
  );
}

/** Add a follow-up from this session: title, concern, owning role or a person, due date. */
export function FollowUpForm({ session, concernId }: { session: TSession; concernId?: string }) {
  const t = useT();
  const { create } = useFollowUpWrites(session.id, session.workshopId);
  const [title, setTitle] = useState('');
  const [concern, setConcern] = useState(concernId ?? '');
  const [role, setRole] = useState('');
  const [assignee, setAssignee] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      { title, sessionId: session.id, concernId: concern || undefined, ownerRoleId: role || undefined, assignee: assignee.trim() || undefined, dueOn: dueOn || undefined },
      {
        onSuccess: (f) => {
          setAdded(f.title);
          setTitle('');
          setAssignee('');
          setDueOn('');
        },
      },
    );
  };

  return (
    <form className="follow-up-form stack" onSubmit={submit} aria-label={t('app.followUps.formLabel')}>
      <TextField label={t('app.followUps.title')} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={FOLLOW_UP_LIMITS.titleLength} required />
      <div className="follow-up-form__row">
        <OptionalSelect label={t('app.followUps.concern')} value={concern} onChange={setConcern} options={session.concerns.map((c) => ({ id: c.id, name: c.title }))} />
        <OptionalSelect label={t('app.followUps.role')} value={role} onChange={setRole} options={session.roles} />
        <TextField label={t('app.followUps.assignee')} value={assignee} onChange={(e) => setAssignee(e.target.value)} maxLength={FOLLOW_UP_LIMITS.assigneeLength} />
        <TextField label={t('app.followUps.due')} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
      </div>
      <div>
        <Button type="submit" variant="secondary" busy={create.isPending} busyLabel={t('app.followUps.adding')}>
          {t('app.followUps.add')}
        </Button>
      </div>
      {create.isError ? <ErrorMessage error={create.error} title={t('app.followUps.addFailed')} /> : null}
      {added && !create.isError ? (
        <Notice tone="success" live>
          <p>{t('app.followUps.added', { title: added })}</p>
        </Notice>
      ) : null}
    </form>
  );
}
