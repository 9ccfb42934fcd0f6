import { Controller, Param, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { type TReportDecisionList, type THeatmap, type TSession, ZHeatmapQuery } from '@thinline/shared';
import type { z } from 'zod';
import { Endpoint } from '../../common/http/endpoint.decorator.js';
import { PresenterLinkService } from './presenter-link.service.js';

const REFUSED = { status: 404, description: 'presenter-link/not-found: unknown token or a report link; 410 presenter-link/revoked or presenter-link/expired' };

/** A projector without sign-in (/present/TOKEN): reads by a presenter link's token. */
@ApiTags('presenter links')
@Controller('api/present')
export class PresenterLinkController {
  constructor(private readonly presenter: PresenterLinkService) {}

  @Endpoint('GET', { path: ':token', summary: 'The session behind a presenter link, as GET /api/sessions/:id returns it, with canRun false and no follow-ups', responses: [REFUSED] })
  session(@Param('token') token: string): Promise<TSession> {
    return this.presenter.session(token);
  }

  @Endpoint('GET', { path: ':token/heatmap', summary: 'A heatmap of the session behind a presenter link, as GET /api/sessions/:id/heatmap', responses: [REFUSED] })
  @ApiQuery({ name: 'segment', required: false })
  @ApiQuery({ name: 'round', required: false })
  heatmap(@Param('token') token: string, @Query({ schema: ZHeatmapQuery }) query: z.infer<typeof ZHeatmapQuery>): Promise<THeatmap> {
    return this.presenter.heatmap(token, query);
  }

  @Endpoint('GET', { path: ':token/decisions', summary: 'The decisions of the session behind a presenter link, as the report has them (without who decided)', responses: [REFUSED] })
  decisions(@Param('token') token: string): Promise<TReportDecisionList> {
    return this.presenter.decisionList(token);
  }
}
