import { Body, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import { type TFollowUp, type TFollowUpCreate, type TFollowUpList, type TFollowUpPatch, ZFollowUpCreate, ZFollowUpPatch, ZFollowUpQuery } from '@thinline/shared';
import type { z } from 'zod';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { FollowUpsService } from './follow-ups.service.js';

const NOT_FOUND = { status: 404, description: 'follow-up/not-found: no such follow-up, or another facilitator\'s' } as const;
const INVALID = { status: 400, description: 'validation/invalid (shape, text limits, a date that is not YYYY-MM-DD) or follow-up/invalid (a concern, role or session the workshop does not have)' } as const;

@FacilitatorController('follow-ups', 'api')
export class FollowUpsController {
  constructor(private readonly followUps: FollowUpsService) {}

  @Post('workshops/:id/follow-ups')
  @ApiOperation({ summary: 'Add a follow-up to a workshop: title, concern, owning role or a person, due date; status "open"' })
  @ApiResponse({ status: 404, description: 'workshop/not-found' })
  @ApiResponse(INVALID)
  create(@CurrentUser() user: AuthUser, @Param('id') workshopId: string, @Body({ schema: ZFollowUpCreate }) body: TFollowUpCreate): Promise<TFollowUp> {
    return this.followUps.create(user.id, workshopId, body);
  }

  @Get('workshops/:id/follow-ups')
  @ApiOperation({ summary: 'A workshop\'s follow-ups, oldest first, optionally of one status' })
  @ApiQuery({ name: 'status', required: false, enum: ['open', 'done', 'dropped'] })
  @ApiResponse({ status: 404, description: 'workshop/not-found' })
  async list(@CurrentUser() user: AuthUser, @Param('id') workshopId: string, @Query({ schema: ZFollowUpQuery }) query: z.infer<typeof ZFollowUpQuery>): Promise<TFollowUpList> {
    return { followUps: await this.followUps.list(user.id, workshopId, query.status) };
  }

  @Patch('follow-ups/:id')
  @ApiOperation({ summary: 'Change a follow-up: title, assignee, due date, owning role, status (open, done, dropped)' })
  @ApiResponse(NOT_FOUND)
  @ApiResponse(INVALID)
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZFollowUpPatch }) body: TFollowUpPatch): Promise<TFollowUp> {
    return this.followUps.update(user.id, id, body);
  }

  @Delete('follow-ups/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a follow-up' })
  @ApiResponse(NOT_FOUND)
  delete(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.followUps.delete(user.id, id);
  }
}
