import { Body, Controller, Param, Query, Req } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { type TCreateShareRequest, type TReport, type TShareLink, type TShareLinkList, ZCreateShareRequest, ZHeatmapQuery } from '@thinline/shared';
import { requestOrigin } from '../../common/http/request-origin.js';
import type { Request } from 'express';
import type { z } from 'zod';
import { CurrentUser } from '../auth/auth.guard.js';
import { SignedIn } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { ReportService } from './report.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';


@ApiTags('reports')
@Controller('api')
export class ReportController {
  constructor(private readonly reports: ReportService) {}

  @Endpoint('POST', { path: 'sessions/:id/share', summary: 'Create a read-only report link (256-bit token, shown once, stored hashed); optional expiry in days', responses: [{ status: 404, description: 'session/not-found' }] })
  @SignedIn()
  share(@CurrentUser() user: AuthUser, @Param('id') id: string, @Body({ schema: ZCreateShareRequest.optional() }) body: TCreateShareRequest | undefined, @Req() req: Request): Promise<TShareLink> {
    return this.reports.createLinkFor(user.id, id, body ?? {}, requestOrigin(req));
  }

  @Endpoint('GET', { path: 'sessions/:id/share', summary: 'The report links of a session that still work (id, created, expires; tokens are stored hashed and not listed), newest first', responses: [{ status: 404, description: 'session/not-found' }] })
  @SignedIn()
  listShares(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<TShareLinkList> {
    return this.reports.listLinksFor(user.id, id);
  }

  @Endpoint('DELETE', { path: 'sessions/:id/share/:token', status: 204, summary: 'Revoke a report link by its token or its id (from the list): it stops working at once', responses: [{ status: 404, description: 'session/not-found or report/not-found' }] })
  @SignedIn()
  revoke(@CurrentUser() user: AuthUser, @Param('id') id: string, @Param('token') token: string): Promise<void> {
    return this.reports.revokeLinkFor(user.id, id, token);
  }

  @Endpoint('GET', { path: 'reports/:token', summary: 'The read-only report behind a share link: session summary, aggregates of the requested view, every round', responses: [{ status: 404, description: 'report/not-found: unknown, revoked or expired link' }] })
  @ApiQuery({ name: 'segment', required: false })
  @ApiQuery({ name: 'round', required: false })
  get(@Param('token') token: string, @Query({ schema: ZHeatmapQuery }) query: z.infer<typeof ZHeatmapQuery>): Promise<TReport> {
    return this.reports.getReport(token, query);
  }
}
