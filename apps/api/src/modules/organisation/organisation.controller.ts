import { Body, Delete, Get, HttpCode, Param, Patch, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
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

const ORG_NOT_FOUND = { status: 404, description: 'org/not-found: no such organisation, or the caller is not a member' } as const;
const OWNERS_ONLY = { status: 403, description: 'access/read-only: only an owner of the organisation may do this' } as const;

@FacilitatorController('organisations', 'api')
export class OrganisationController {
  constructor(private readonly orgs: OrganisationService) {}

  @Post('orgs')
  @ApiOperation({ summary: 'Create an organisation; the caller is its owner' })
  create(@CurrentUser() user: AuthUser, @Body({ schema: ZCreateOrgRequest }) body: TCreateOrgRequest): Promise<TOrg> {
    return this.orgs.create(user.id, body.name);
  }

  @Get('orgs')
  @ApiOperation({ summary: 'The caller\'s organisations, with their role in each' })
  list(@CurrentUser() user: AuthUser): Promise<TOrgList> {
    return this.orgs.list(user.id);
  }

  @Post('orgs/:id/invites')
  @ApiOperation({ summary: 'An invite link (single use, 7 days) that makes whoever accepts it a facilitator or a viewer; the token is shown once' })
  @ApiResponse(ORG_NOT_FOUND)
  @ApiResponse(OWNERS_ONLY)
  invite(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZCreateInviteRequest }) body: TCreateInviteRequest, @Req() req: Request): Promise<TInvite> {
    return this.orgs.invite(user.id, id, body, requestOrigin(req));
  }

  @Post('invites/:token/accept')
  @HttpCode(200)
  @ApiOperation({ summary: 'Join the organisation of an invite link with its role' })
  @ApiResponse({ status: 404, description: 'invite/not-found: unknown or forged token' })
  @ApiResponse({ status: 409, description: 'invite/used, or org/already-member' })
  @ApiResponse({ status: 410, description: 'invite/expired' })
  accept(@CurrentUser() user: AuthUser, @Param('token') token: string): Promise<TInviteAccepted> {
    return this.orgs.accept(user.id, token);
  }

  @Get('orgs/:id/members')
  @ApiOperation({ summary: 'The organisation\'s members and their roles (for any member)' })
  @ApiResponse(ORG_NOT_FOUND)
  members(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TMemberList> {
    return this.orgs.members(user.id, id);
  }

  @Patch('orgs/:id/members/:userId')
  @ApiOperation({ summary: 'Change a member\'s role (owners only); the last owner stays an owner' })
  @ApiResponse(ORG_NOT_FOUND)
  @ApiResponse(OWNERS_ONLY)
  @ApiResponse({ status: 409, description: 'org/last-owner' })
  changeRole(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('userId') memberId: string, @Body({ schema: ZUpdateMemberRequest }) body: TUpdateMemberRequest): Promise<TMember> {
    return this.orgs.changeRole(user.id, id, memberId, body.role);
  }

  @Delete('orgs/:id/members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (owners), or leave (a member removing themselves); the last owner cannot leave. Their open screens are disconnected' })
  @ApiResponse(ORG_NOT_FOUND)
  @ApiResponse(OWNERS_ONLY)
  @ApiResponse({ status: 409, description: 'org/last-owner' })
  remove(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('userId') memberId: string): Promise<void> {
    return this.orgs.remove(user.id, id, memberId);
  }
}
