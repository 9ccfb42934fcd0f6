import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TInvite, TMember, TOrgRole } from '@thinline/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMe } from '../../auth/hooks/useMe';
import { Button } from '../../../ui/Button';
import { ConfirmButton } from '../../../ui/ConfirmButton';
import { CopyField } from '../../../ui/CopyField';
import { ErrorMessage, Notice } from '../../../ui/ErrorMessage';
import { SelectField } from '../../../ui/Field';
import { Page } from '../../../ui/Page';
import { QueryState } from '../../../ui/QueryState';
import { formatDateTime } from '../../../ui/format';
import { ROLE_HINTS, ROLE_LABELS, changeRole, createInvite, membersQuery, orgKeys, orgsQuery, removeMember } from '../api';
import { TableHead } from '../../../ui/TableHead';

const ROLES: TOrgRole[] = ['owner', 'facilitator', 'viewer'];

/** `/orgs/:id`: members and their roles; owners change roles, remove members and make invite links. */
export function OrganisationPage() {
  const { id = '' } = useParams();
  const orgs = useQuery(orgsQuery());
  const org = orgs.data?.find((o) => o.id === id);
  const members = useQuery(membersQuery(id));
  const isOwner = org?.role === 'owner';
  return (
    <Page title={org?.name ?? 'Organisation'} lead={org ? `Your role: ${ROLE_LABELS[org.role]} — ${ROLE_HINTS[org.role]}.` : undefined}>
      <p>
        <Link to="/orgs">← All organisations</Link> · <Link to="/workshops">Its workshops are in your workshop list</Link>
      </p>
      {isOwner ? <InvitePanel orgId={id} /> : null}
      <section className="section stack" aria-labelledby="members-heading">
        <h2 id="members-heading">Members</h2>
        <QueryState query={members} loadingLabel="Loading the members…" errorTitle="Could not load the members">
          {(list) => <MemberTable orgId={id} members={list} editable={isOwner} />}
        </QueryState>
      </section>
    </Page>
  );
}

function MemberTable({ orgId, members, editable }: { orgId: string; members: TMember[]; editable: boolean }) {
  const me = useMe().data;
  const client = useQueryClient();
  const refresh = () => void client.invalidateQueries({ queryKey: orgKeys.members(orgId) });
  const change = useMutation({ mutationFn: ({ userId, role }: { userId: string; role: TOrgRole }) => changeRole(orgId, userId, role), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (userId: string) => removeMember(orgId, userId), onSuccess: refresh });
  const error = change.error ?? remove.error;
  return (
    <>
      {error ? <ErrorMessage error={error} title="Could not change the membership" /> : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Members of the organisation</caption>
          <TableHead columns={editable ? ['Name', 'Email', 'Role', 'Remove'] : ['Name', 'Email', 'Role']} />
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <td>
                  {m.name}
                  {m.userId === me?.id ? ' (you)' : ''}
                </td>
                <td>{m.email}</td>
                <td>
                  {editable ? (
                    <SelectField label={`Role of ${m.name}`} hideLabel value={m.role} onChange={(e) => change.mutate({ userId: m.userId, role: e.target.value as TOrgRole })}>
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {ROLE_LABELS[r]}
                        </option>
                      ))}
                    </SelectField>
                  ) : (
                    ROLE_LABELS[m.role]
                  )}
                </td>
                {editable ? (
                  <td>
                    <ConfirmButton question={`Remove ${m.name} from the organisation? Their open control rooms close at once.`} confirmLabel="Remove" onConfirm={() => remove.mutate(m.userId)} busy={remove.isPending && remove.variables === m.userId} aria-label={`Remove ${m.name}`}>
                      Remove
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
  const [role, setRole] = useState<'facilitator' | 'viewer'>('facilitator');
  const [made, setMade] = useState<TInvite | null>(null);
  const invite = useMutation({ mutationFn: () => createInvite(orgId, { role }), onSuccess: setMade });
  return (
    <section className="section card stack" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite someone</h2>
      <div className="cluster">
        <SelectField label="As" value={role} onChange={(e) => setRole(e.target.value as 'facilitator' | 'viewer')} hint={ROLE_HINTS[role]}>
          <option value="facilitator">Facilitator</option>
          <option value="viewer">Viewer</option>
        </SelectField>
        <Button onClick={() => invite.mutate()} busy={invite.isPending} busyLabel="Making the link…">
          Create invite link
        </Button>
      </div>
      {invite.isError ? <ErrorMessage error={invite.error} title="Could not create the invite link" /> : null}
      {made ? (
        <Notice tone="success" title={`Invite link for a ${ROLE_LABELS[made.role].toLowerCase()}`} live>
          <CopyField label="Invite link (shown only now; it lets one person in)" value={made.url} />
          <p className="muted">Valid until {formatDateTime(made.expiresAt)}.</p>
        </Notice>
      ) : null}
    </section>
  );
}
