import { Injectable } from '@nestjs/common';
import type { TDecisionList, THeatmap, TSession } from '@thinline/shared';
import { DecisionsService } from '../decisions/decisions.service.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { SessionService } from '../session/session.service.js';
import { ReportService } from './report.service.js';

/**
 * What a projector opened from a presenter link reads over HTTP: the same session, heatmaps
 * and decisions a signed-in presenter reads, by the link's token instead of a cookie. Only
 * reads: nothing here changes the session.
 */
@Injectable()
export class PresenterLinkService {
  constructor(
    private readonly reports: ReportService,
    private readonly sessions: SessionService,
    private readonly heatmaps: HeatmapService,
    private readonly decisions: DecisionsService,
  ) {}

  async session(token: string): Promise<TSession> {
    const { sessionId } = await this.reports.resolvePresenterToken(token);
    return this.sessions.getPresentedSession(sessionId);
  }

  async heatmap(token: string, query: { segment?: string; round?: number }): Promise<THeatmap> {
    const { sessionId } = await this.reports.resolvePresenterToken(token);
    return this.heatmaps.compute(sessionId, { round: query.round, segment: query.segment ?? null });
  }

  async decisionList(token: string): Promise<TDecisionList> {
    const { sessionId } = await this.reports.resolvePresenterToken(token);
    return this.decisions.list(sessionId);
  }
}
