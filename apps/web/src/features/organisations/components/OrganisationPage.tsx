import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TInvite, TMember, TOrgRole } from '@thinline/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../auth/hooks/useMe';
import { useT } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyField } from '../../../ui/CopyField';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { formatDateTime } from '../../../ui/format';
import { changeRole, createInvite, membersQuery, orgKeys, orgsQuery, removeMember, roleHint, roleLabel } from '../api';
import { TableHead } from '../../../ui/TableHead';

const ROLES: TOrgRole[] = ['owner', 'facilitator', 'viewer'];

/** `/orgs/:id`: members and their roles; owners change roles, remove members and make invite links. */
export function OrganisationPage() {
  const t = useT();
  const { id = '' } = useParams();
  const orgs = useQuery(orgsQuery());
  const org = orgs.data?.find((o) => o.id === id);
  const members = useQuery(membersQuery(id));
  const isOwner = org?.role === 'owner';
  return (
    <Page title={org?.name ?? t('app.organisations.org.fallbackTitle')} lead={org ? t('app.organisations.org.yourRole', { role: roleLabel(org.role), hint: roleHint(org.role) }) : undefined}>
      <p>
        <Link to="/orgs">← {t('app.organisations.org.all')}</Link> · <Link to="/workshops">{t('app.organisations.org.workshops')}</Link>
      </p>
      {isOwner ? <InvitePanel orgId={id} /> : null}
      <section className="section stack" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('app.organisations.members.heading')}</h2>
        <QueryState query={members} loadingLabel={t('app.organisations.members.loading')} errorTitle={t('app.organisations.members.error')}>
          {(list) => <MemberTable orgId={id} members={list} editable={isOwner} />}
        </QueryState>
      </section>
    </Page>
  );
}

function MemberTable({ orgId, members, editable }: { orgId: string; members: TMember[]; editable: boolean }) {
  const t = useT();
  const me = useMe().data;
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: orgKeys.members(orgId) });
  const change = useMutation({ mutationFn: ({ userId, role }: { userId: string; role: TOrgRole }) => changeRole(orgId, userId, role), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (userId: string) => removeMember(orgId, userId), onSuccess: refresh });
  const error = change.error ?? remove.error;
  return (
    <>
      {error ? <ErrorMessage error={error} title={t('app.organisations.members.changeFailed')} /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('app.organisations.members.caption')}</caption>
          <TableHead
            columns={[
              { label: t('app.organisations.members.name'), key: 'name' },
              { label: t('app.organisations.members.email'), key: 'email' },
              { label: t('app.organisations.members.role'), key: 'role' },
              ...(editable ? [{ label: t('app.organisations.members.remove'), key: 'remove' }] : []),
            ]}
          />
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.userId === me?.id ? t('app.organisations.members.you', { name: m.name }) : m.name}
                </td>
                <td>{m.email}</td>
                <td>
                  {editable ? (
                    <SelectField label={t('app.organisations.members.roleOf', { name: m.name })} hideLabel value={m.role} onChange={(e) => change.mutate({ userId: m.userId, role: e.target.value as TOrgRole })}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {roleLabel(r)}
                        </option>
                      ))}
                    </SelectField>
                  ) : (
                    roleLabel(m.role)
                  )}
                </td>
                {editable ? (
                  <td>
                    <ConfirmButton
                      question={t('app.organisations.members.removeQuestion', { name: m.name })}
                      confirmLabel={t('app.organisations.members.remove')}
                      onConfirm={() => remove.mutate(m.userId)}
                      busy={remove.isPending && remove.variables === m.userId}
                      aria-label={t('app.organisations.members.removeName', { name: m.name })}
                    >
                      {t('app.organisations.members.remove')}
                    </ConfirmButton>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** An invite link is shown once (only its hash is kept): copy it now and send it to one person. */
function InvitePanel({ orgId }: { orgId: string }) {
  const t = useT();
  const [role, setRole] = useState<'facilitator' | 'viewer'>('facilitator');
  const [made, setMade] = useState<TInvite | null>(null);
  const invite = useMutation({ mutationFn: () => createInvite(orgId, { role }), onSuccess: setMade });
  return (
    <section className="section card stack" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('app.organisations.newInvite.heading')}</h2>
      <div className="cluster">
        <SelectField label={t('app.organisations.newInvite.as')} value={role} onChange={(e) => setRole(e.target.value as 'facilitator' | 'viewer')} hint={roleHint(role)}>
          <option value="facilitator">{roleLabel('facilitator')}</option>
          <option value="viewer">{roleLabel('viewer')}</option>
        </SelectField>
        <Button onClick={() => invite.mutate()} busy={invite.isPending} busyLabel={t('app.organisations.newInvite.making')}>
          {t('app.organisations.newInvite.create')}
        </Button>
      </div>
      {invite.isError ? <ErrorMessage error={invite.error} title={t('app.organisations.newInvite.failed')} /> : null}
      {made ? (
        <Notice tone="success" title={t('app.organisations.newInvite.made', { role: made.role })} live>
          <CopyField label={t('app.organisations.newInvite.link')} value={made.url} />
          <p className="muted">{t('app.organisations.newInvite.validUntil', { date: formatDateTime(made.expiresAt) })}</p>
        </Notice>
      ) : null}
    </section>
  );
}
