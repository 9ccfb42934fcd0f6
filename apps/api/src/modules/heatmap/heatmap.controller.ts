import { Param, Query } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { type THeatmap, ZHeatmapQuery } from '@thinline/shared';
import type { z } from 'zod';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { HeatmapService } from './heatmap.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@FacilitatorController('sessions', 'api/sessions')
export class HeatmapController {
  constructor(private readonly heatmaps: HeatmapService) {}

  @Endpoint('GET', { path: ':id/heatmap', summary: 'The aggregates (shares, nobody, owners, status, agreement per concern) of a round, for the whole room or one own-role segment', responses: [{ status: 404, description: 'session/not-found' }] })
  @ApiQuery({ name: 'segment', required: false, description: 'a role id: the numbers as that role sees it (hidden below k respondents)' })
  @ApiQuery({ name: 'round', required: false, description: 'round number, default the current round' })
  get(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query({ schema: ZHeatmapQuery }) query: z.infer<typeof ZHeatmapQuery>): Promise<THeatmap> {
    return this.heatmaps.forOwner(user.id, id, query);
  }
}
