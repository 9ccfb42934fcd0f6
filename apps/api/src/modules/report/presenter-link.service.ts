import { Injectable } from '@nestjs/common';
import { type TReportDecisionList, type THeatmap, type TSession, toReportDecision } from '@thinline/shared';
import { DecisionsService } from '../decisions/decisions.service.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { SessionService } from '../session/session.service.js';
import { ReportService } from './report.service.js';

/**
 * What a projector opened from a presenter link reads over HTTP: the session, heatmaps and
 * decisions a signed-in presenter reads, by the link's token instead of a cookie (decisions
 * without who decided, the session without the workshop's follow-ups: the wall needs
 * neither). Only reads: nothing here changes the session.
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

  /** As the report has them: on a wall, who decided stays in the control room. */
  async decisionList(token: string): Promise<TReportDecisionList> {
    const { sessionId } = await this.reports.resolvePresenterToken(token);
    const list = await this.decisions.list(sessionId);
    return { decisions: list.decisions.map(toReportDecision), room: list.room };
  }
}
