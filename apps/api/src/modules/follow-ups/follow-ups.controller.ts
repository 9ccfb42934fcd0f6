import { Body, Param, Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { type TFollowUp, type TFollowUpCreate, type TFollowUpList, type TFollowUpPatch, ZFollowUpCreate, ZFollowUpPatch, ZFollowUpQuery } from '@thinline/shared';
import type { z } from 'zod';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { FollowUpsService } from './follow-ups.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

const NOT_FOUND = { status: 404, description: 'follow-up/not-found: no such follow-up, or another facilitator\'s' } as const;
const INVALID = { status: 400, description: 'validation/invalid (shape, text limits, a date that is not YYYY-MM-DD) or follow-up/invalid (a concern, role or session the workshop does not have)' } as const;

@FacilitatorController('follow-ups', 'api')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Endpoint('POST', { path: 'workshops/:id/follow-ups', summary: 'Add a follow-up to a workshop: title, concern, owning role or a person, due date; status "open"', responses: [{ status: 404, description: 'workshop/not-found' }, INVALID] })
  create(@CurrentUser() user: AuthUser, @Param('id') workshopId: string, @Body({ schema: ZFollowUpCreate }) body: TFollowUpCreate): Promise<TFollowUp> {
    return this.followUps.create(user.id, workshopId, body);
  }

  @Endpoint('GET', { path: 'workshops/:id/follow-ups', summary: 'A workshop\'s follow-ups, oldest first, optionally of one status', responses: [{ status: 404, description: 'workshop/not-found' }] })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'done', 'dropped'] })
  async list(@CurrentUser() user: AuthUser, @Param('id') workshopId: string, @Query({ schema: ZFollowUpQuery }) query: z.infer<typeof ZFollowUpQuery>): Promise<TFollowUpList> {
    return { followUps: await this.followUps.list(user.id, workshopId, query.status) };
  }

  @Endpoint('PATCH', { path: 'follow-ups/:id', summary: 'Change a follow-up: title, assignee, due date, owning role, status (open, done, dropped)', responses: [NOT_FOUND, INVALID] })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZFollowUpPatch }) body: TFollowUpPatch): Promise<TFollowUp> {
    return this.followUps.update(user.id, id, body);
  }

  @Endpoint('DELETE', { path: 'follow-ups/:id', status: 204, summary: 'Delete a follow-up', responses: [NOT_FOUND] })
  delete(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.followUps.delete(user.id, id);
  }
}
