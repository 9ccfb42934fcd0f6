import { Body, Param, Req } from '@nestjs/common';
import {
  type TCreateInviteRequest,
  type TCreateOrgRequest,
  type TInvite,
  type TInviteAccepted,
  type TMember,
  type TMemberList,
  type TOrg,
  type TOrgList,
  type TUpdateMemberRequest,
  ZCreateInviteRequest,
  ZCreateOrgRequest,
  ZUpdateMemberRequest,
} from '@thinline/shared';
import { requestOrigin } from '../../common/http/request-origin.js';
import type { Request } from 'express';
import { CurrentUser } from '../auth/auth.guard.js';
import type { AuthUser } from '../auth/auth.service.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import { OrganisationService } from './organisation.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

const ORG_NOT_FOUND = { status: 404, description: 'org/not-found: no such organisation, or the caller is not a member' } as const;
const OWNERS_ONLY = { status: 403, description: 'access/read-only: only an owner of the organisation may do this' } as const;

@FacilitatorController('organisations', 'api')
export class OrganisationController {
  constructor(private readonly orgs: OrganisationService) {}

  @Endpoint('POST', { path: 'orgs', summary: 'Create an organisation; the caller is its owner' })
  create(@CurrentUser() user: AuthUser, @Body({ schema: ZCreateOrgRequest }) body: TCreateOrgRequest): Promise<TOrg> {
    return this.orgs.create(user.id, body.name);
  }

  @Endpoint('GET', { path: 'orgs', summary: 'The caller\'s organisations, with their role in each' })
  list(@CurrentUser() user: AuthUser): Promise<TOrgList> {
    return this.orgs.list(user.id);
  }

  @Endpoint('POST', { path: 'orgs/:id/invites', summary: 'An invite link (single use, 7 days) that makes whoever accepts it a facilitator or a viewer; the token is shown once', responses: [ORG_NOT_FOUND, OWNERS_ONLY] })
  invite(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZCreateInviteRequest }) body: TCreateInviteRequest, @Req() req: Request): Promise<TInvite> {
    return this.orgs.invite(user.id, id, body, requestOrigin(req));
  }

  @Endpoint('POST', { path: 'invites/:token/accept', status: 200, summary: 'Join the organisation of an invite link with its role', responses: [{ status: 404, description: 'invite/not-found: unknown or forged token' }, { status: 409, description: 'invite/used, or org/already-member' }, { status: 410, description: 'invite/expired' }] })
  accept(@CurrentUser() user: AuthUser, @Param('token') token: string): Promise<TInviteAccepted> {
    return this.orgs.accept(user.id, token);
  }

  @Endpoint('GET', { path: 'orgs/:id/members', summary: 'The organisation\'s members and their roles (for any member)', responses: [ORG_NOT_FOUND] })
  members(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TMemberList> {
    return this.orgs.members(user.id, id);
  }

  @Endpoint('PATCH', { path: 'orgs/:id/members/:userId', summary: 'Change a member\'s role (owners only); the last owner stays an owner', responses: [ORG_NOT_FOUND, OWNERS_ONLY, { status: 409, description: 'org/last-owner' }] })
  changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('userId') memberId: string, @Body({ schema: ZUpdateMemberRequest }) body: TUpdateMemberRequest): Promise<TMember> {
    return this.orgs.changeRole(user.id, id, memberId, body.role);
  }

  @Endpoint('DELETE', { path: 'orgs/:id/members/:userId', status: 204, summary: 'Remove a member (owners), or leave (a member removing themselves); the last owner cannot leave. Their open screens are disconnected', responses: [ORG_NOT_FOUND, OWNERS_ONLY, { status: 409, description: 'org/last-owner' }] })
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('userId') memberId: string): Promise<void> {
    return this.orgs.remove(user.id, id, memberId);
  }
}
