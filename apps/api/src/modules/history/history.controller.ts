import { Param, Query, Res } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { LOCALES, type THistoryQuery, type TWorkshopHistory, ZHistoryQuery, slugify } from '@thinline/shared';
import type { Response } from 'express';
import { CurrentUser } from '../auth/auth.guard.js';
import { FacilitatorController } from '../auth/signed-in.decorator.js';
import type { AuthUser } from '../auth/auth.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';
import { HistoryService } from './history.service.js';

const LOCALE_QUERY = { name: 'locale', required: false, enum: LOCALES, description: "the language of the changes' sentences (default: the latest session's)" } as const;
const NOT_FOUND = { status: 404, description: 'workshop/not-found: no such workshop, or not one the caller may read' } as const;

@FacilitatorController('workshops', 'api/workshops')
export class HistoryController {
  constructor(private readonly histories: HistoryService) {}

  @Endpoint('GET', { path: ':id/history', summary: "A workshop's history: every concern across its sessions (oldest first), status, agreement, owners and decision per session, and what moved in the latest one", responses: [NOT_FOUND] })
  @ApiQuery(LOCALE_QUERY)
  history(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query({ schema: ZHistoryQuery }) query: THistoryQuery): Promise<TWorkshopHistory> {
    return this.histories.history(user.id, id, query.locale);
  }

  @Endpoint('GET', { path: ':id/history.json', summary: 'The same history as a JSON file to download (format "thinline.history/v1")', responses: [NOT_FOUND] })
  @ApiQuery(LOCALE_QUERY)
  async file(@CurrentUser() user: AuthUser, @Param('id') id: string, @Query({ schema: ZHistoryQuery }) query: THistoryQuery, @Res() res: Response): Promise<void> {
    const file = await this.histories.file(user.id, id, query.locale);
    res.setHeader('Content-Disposition', `attachment; filename="thinline-${slugify(file.title, 'workshop')}-history.json"`);
    res.setHeader('Cache-Control', 'no-store');
    res.json(file);
  }
}
