import { Body, Param, Query } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import {
  type TWorkshop,
  type TWorkshopFile,
  type TWorkshopListQuery,
  ZCreateWorkshopRequest,
  ZUpdateWorkshopRequest,
  ZWorkshopListQuery,
} from '@thinline/shared';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { type CreateWorkshopInput, type UpdateWorkshopInput, WorkshopService } from './workshop.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

const NOT_FOUND = { status: 404, description: 'workshop/not-found: no such workshop, or another facilitator\'s' } as const;

@FacilitatorController('workshops', 'api/workshops')
export class WorkshopController {
  constructor(private readonly workshops: WorkshopService) {}

  @Endpoint('POST', { summary: 'Create a workshop from a template ({ templateId }) or from roles and concerns', responses: [{ status: 201, description: 'the workshop, with server-made ids for every role and concern' }] })
  create(@CurrentUser() user: AuthUser, @Body({ schema: ZCreateWorkshopRequest }) body: CreateWorkshopInput): Promise<TWorkshop> {
    return this.workshops.create(user.id, body);
  }

  @Endpoint('GET', { summary: 'The signed-in facilitator\'s workshops, newest first, with sessionCount; ?q= searches titles' })
  list(@CurrentUser() user: AuthUser, @Query({ schema: ZWorkshopListQuery }) query: TWorkshopListQuery): Promise<TWorkshop[]> {
    return this.workshops.list(user.id, query.q);
  }

  @Endpoint('POST', { path: 'import', summary: 'Create a workshop from an exported file (format "thinline.workshop/v1")', responses: [{ status: 400, description: 'workshop/invalid-file, with what is wrong in the file' }] })
  @ApiBody({ description: 'the JSON that GET /api/workshops/{id}/export returned', schema: { type: 'object' } })
  import(@CurrentUser() user: AuthUser, @Body() file: unknown): Promise<TWorkshop> {
    return this.workshops.import(user.id, file);
  }

  @Endpoint('GET', { path: ':id', summary: 'One workshop with its roles and concerns in order', responses: [NOT_FOUND] })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TWorkshop> {
    return this.workshops.get(user.id, id);
  }

  @Endpoint('PATCH', { path: ':id', summary: 'Edit title, description, roles or concerns; a list is replaced whole, items keep the ids they carry, order is list order', responses: [NOT_FOUND] })
  update(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZUpdateWorkshopRequest }) body: UpdateWorkshopInput): Promise<TWorkshop> {
    return this.workshops.update(user.id, id, body);
  }

  @Endpoint('DELETE', { path: ':id', status: 204, summary: 'Delete a workshop and every session run from it', responses: [NOT_FOUND] })
  delete(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<void> {
    return this.workshops.delete(user.id, id);
  }

  @Endpoint('GET', { path: ':id/export', summary: 'The workshop as a portable JSON file (format "thinline.workshop/v1", no ids)', responses: [NOT_FOUND] })
  export(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TWorkshopFile> {
    return this.workshops.export(user.id, id);
  }
}
