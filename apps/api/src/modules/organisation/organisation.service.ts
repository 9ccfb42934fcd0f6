import { Inject, Injectable } from '@nestjs/common';
import type { TCreateInviteRequest, TInvite, TInviteAccepted, TMember, TMemberList, TOrg, TOrgList, TOrgRole } from '@thinline/shared';
import { createHash, randomBytes } from 'node:crypto';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/http/ids.js';
import { CONFIG, type Config } from '../../config/config.js';
import { AccessService } from '../access/access.service.js';
import { OrganisationRepository } from './organisation.repository.js';

/** How long an invite link works. */
export const INVITE_DAYS = 7;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Organisations, their members and invite links. Who may see and run the org's workshops is AccessService's. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly repository: OrganisationRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  create(userId: string, name: string): Promise<TOrg> {
    return this.repository.create(name, userId);
  }

  async list(userId: string): Promise<TOrgList> {
    return { orgs: await this.repository.listFor(userId) };
  }

  async members(userId: string, orgId: string): Promise<TMemberList> {
    await this.access.org(userId, orgId, 'member');
    return { members: await this.repository.members(orgId) };
  }

  /** A single-use link, valid INVITE_DAYS days: 256 random bits shown once, stored hashed. */
  async invite(userId: string, orgId: string, request: TCreateInviteRequest, origin: string): Promise<TInvite> {
    await this.access.org(userId, orgId, 'owner');
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
    await this.repository.createInvite({ orgId, role: request.role, tokenHash: hashToken(token), createdById: userId, expiresAt });
    const base = (this.config.PUBLIC_URL ?? origin).replace(/\/$/, '');
    return { token, url: `${base}/invites/${token}`, role: request.role, expiresAt: expiresAt.toISOString() };
  }

  async accept(userId: string, token: string): Promise<TInviteAccepted> {
    const outcome = token.length >= 20 && token.length <= 200 ? await this.repository.acceptInvite(hashToken(token), userId, new Date()) : ({ ok: false, reason: 'not-found' } as const);
    if (outcome.ok) return { orgId: outcome.orgId, role: outcome.role };
    switch (outcome.reason) {
      case 'expired':
        throw new AppError('invite/expired', `This invite link has expired (they work for ${INVITE_DAYS} days). Ask the organisation's owner for a new one.`);
      case 'used':
        throw new AppError('invite/used', 'This invite link has already been used. Each link lets one person in; ask for a new one.');
      case 'member':
        throw new AppError('org/already-member', 'You already belong to this organisation.');
      case 'not-found':
        throw new AppError('invite/not-found', 'This invite link is not valid. Check that you copied all of it.');
    }
  }

  async changeRole(userId: string, orgId: string, memberId: string, role: TOrgRole): Promise<TMember> {
    await this.access.org(userId, orgId, 'owner');
    const changed = await this.change(orgId, memberId, role);
    if (!changed) throw new Error('a role change returns the member');
    return changed;
  }

  /** An owner removes anyone; any member may remove themselves (leave). The last owner stays. */
  async remove(userId: string, orgId: string, memberId: string): Promise<void> {
    await this.access.org(userId, orgId, memberId === userId ? 'member' : 'owner');
    await this.change(orgId, memberId, null);
    this.events.emit('org.member-removed', { orgId, userId: memberId });
  }

  /** For single sign-on (OIDC_DEFAULT_ORG): a new person joins as a facilitator. */
  async addByDefault(orgId: string, userId: string): Promise<void> {
    if (!(await this.repository.exists(orgId))) throw new Error(`OIDC_DEFAULT_ORG ${orgId} is not an organisation`);
    await this.repository.ensureMember(orgId, userId, 'facilitator');
  }

  private async change(orgId: string, memberId: string, role: TOrgRole | null): Promise<TMember | null> {
    const outcome = isId(memberId) ? await this.repository.changeMember(orgId, memberId, role) : ({ ok: false, reason: 'not-found' } as const);
    if (outcome.ok) return outcome.member;
    if (outcome.reason === 'last-owner') {
      throw new AppError('org/last-owner', 'An organisation needs an owner: make someone else an owner first.');
    }
    throw new AppError('member/not-found', 'This person is not a member of this organisation.');
  }
}
