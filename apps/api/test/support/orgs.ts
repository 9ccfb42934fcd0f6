import type { TInvite, TInviteAccepted, TOrg, TOrgRole } from '@thinline/shared';
import { type ApiClient } from './http-client.js';
import { signUp } from './factories.js';

export type Member = ApiClient & { email: string; userId: string };

/** The owner invites someone with `role` and they accept through the API, as the web app does. */
export async function join(owner: ApiClient, orgId: string, person: ApiClient, role: Exclude<TOrgRole, 'owner'>): Promise<void> {
  const invite = await owner.post<TInvite>(`/api/orgs/${orgId}/invites`, { role });
  if (invite.status !== 201) throw new Error(`invite failed: ${invite.status} ${JSON.stringify(invite.body)}`);
  const accepted = await person.post<TInviteAccepted>(`/api/invites/${invite.body.token}/accept`);
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
}

/**
 * An org with one person of every standing the access rule knows: its owner, a
 * facilitator, a viewer, a member who was removed, and a member of another org (who
 * owns that one).
 */
export async function orgWithEveryone(baseUrl: string, names: Partial<Record<'owner' | 'facilitator' | 'viewer' | 'removed' | 'otherOrg', string>> = {}) {
  const [owner, facilitator, viewer, removed, otherOrg] = await Promise.all([
    signUp(baseUrl, { name: names.owner ?? 'Org Owner' }),
    signUp(baseUrl, { name: names.facilitator ?? 'Co Facilitator' }),
    signUp(baseUrl, { name: names.viewer ?? 'Viewing Manager' }),
    signUp(baseUrl, { name: names.removed ?? 'Removed Member' }),
    signUp(baseUrl, { name: names.otherOrg ?? 'Other Org Member' }),
  ]);
  const org = (await owner.post<TOrg>('/api/orgs', { name: 'Acme Data' })).body;
  await join(owner, org.id, facilitator, 'facilitator');
  await join(owner, org.id, viewer, 'viewer');
  await join(owner, org.id, removed, 'facilitator');
  const removal = await owner.delete(`/api/orgs/${org.id}/members/${removed.userId}`);
  if (removal.status !== 204) throw new Error(`removal failed: ${removal.status}`);
  const other = (await otherOrg.post<TOrg>('/api/orgs', { name: 'Other Corp' })).body;
  return { org, other, owner, facilitator, viewer, removed, otherOrg };
}
