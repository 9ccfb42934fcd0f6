import { queryOptions } from '@tanstack/react-query';
import type { TAuditLog, TCreateInviteRequest, TInvite, TInviteAccepted, TMember, TMemberList, TOrg, TOrgList, TOrgRole } from '@thinline/shared';
import { type MessageId, t } from '../../i18n/i18n';
import { http } from '../../lib/http';

const enc = encodeURIComponent;

export const orgKeys = {
  list: ['orgs'] as const,
  members: (id: string) => ['org-members', id] as const,
  audit: (sessionId: string) => ['session-audit', sessionId] as const,
};

export const orgsQuery = () => queryOptions({ queryKey: orgKeys.list, queryFn: () => http.get<TOrgList>('/api/orgs').then((r) => r.orgs) });

export const membersQuery = (orgId: string) =>
  queryOptions({ queryKey: orgKeys.members(orgId), queryFn: () => http.get<TMemberList>(`/api/orgs/${enc(orgId)}/members`).then((r) => r.members) });

export const auditQuery = (sessionId: string) =>
  queryOptions({ queryKey: orgKeys.audit(sessionId), queryFn: () => http.get<TAuditLog>(`/api/sessions/${enc(sessionId)}/audit`).then((r) => r.events) });

export const createOrg = (name: string) => http.post<TOrg>('/api/orgs', { name });
export const createInvite = (orgId: string, body: TCreateInviteRequest) => http.post<TInvite>(`/api/orgs/${enc(orgId)}/invites`, body);
export const acceptInvite = (token: string) => http.post<TInviteAccepted>(`/api/invites/${enc(token)}/accept`);
export const changeRole = (orgId: string, userId: string, role: TOrgRole) => http.patch<TMember>(`/api/orgs/${enc(orgId)}/members/${enc(userId)}`, { role });
export const removeMember = (orgId: string, userId: string) => http.delete(`/api/orgs/${enc(orgId)}/members/${enc(userId)}`);

const ROLE_LABELS: Record<TOrgRole, MessageId> = {
  owner: 'app.organisations.role.owner',
  facilitator: 'app.organisations.role.facilitator',
  viewer: 'app.organisations.role.viewer',
};
const ROLE_HINTS: Record<TOrgRole, MessageId> = {
  owner: 'app.organisations.role.ownerHint',
  facilitator: 'app.organisations.role.facilitatorHint',
  viewer: 'app.organisations.role.viewerHint',
};

/** A role in a word of the shown language: "Owner", "Propietario", "オーナー". */
export function roleLabel(role: TOrgRole): string {
  return t(ROLE_LABELS[role]);
}

/** What a role may do, as the rest of a sentence: "edits the workshops and runs their sessions". */
export function roleHint(role: TOrgRole): string {
  return t(ROLE_HINTS[role]);
}
