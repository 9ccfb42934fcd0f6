import { Injectable } from '@nestjs/common';
import {
  type TComparedSession,
  type TCompareQuery,
  type TSession,
  type TSessionComparison,
  compareHeatmaps,
  idMap,
  matchSessions,
  remapHeatmap,
} from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { SessionService } from '../session/session.service.js';

/**
 * The difference heatmap of two of a facilitator's sessions: the same team months apart,
 * or two teams. Sessions of one workshop share their role and concern ids (the snapshot
 * keeps the workshop's); across workshops, roles and concerns are paired by name / title.
 */
@Injectable()
export class CompareService {
  constructor(
    private readonly sessions: SessionService,
    private readonly heatmaps: HeatmapService,
  ) {}

  /** 404 session/not-found unless the caller may read both sessions. */
  async compare(userId: string, aId: string, bId: string, query: TCompareQuery): Promise<TSessionComparison> {
    const [a, b] = await Promise.all([this.sessions.getReadableSession(userId, aId), this.sessions.getReadableSession(userId, bId)]);
    if (query.round !== undefined) {
      checkRound(a, query.round, 'the first session');
      checkRound(b, query.round, 'the second session');
    }
    const [heatmapA, heatmapB] = await Promise.all([
      this.heatmaps.compute(a.id, { round: query.round, segment: null }),
      this.heatmaps.compute(b.id, { round: query.round, segment: null }),
    ]);

    const sameWorkshop = a.workshopId === b.workshopId;
    const matching = matchSessions(a, b, { byId: sameWorkshop });
    const bInA = remapHeatmap(heatmapB, idMap(matching.concerns), idMap(matching.roles));
    const roleIds = matching.roles.matched.map((p) => p.a.id);

    return {
      a: summary(a),
      b: summary(b),
      sameWorkshop,
      roles: matching.roles.matched.map((p) => ({ ...p.a, bId: p.b.id, matchedBy: p.matchedBy })),
      concerns: matching.concerns.matched.map((p) => ({ ...p.a, bId: p.b.id, matchedBy: p.matchedBy })),
      unmatched: {
        a: { roles: matching.roles.onlyA, concerns: matching.concerns.onlyA },
        b: { roles: matching.roles.onlyB, concerns: matching.concerns.onlyB },
      },
      heatmapA,
      heatmapB,
      comparison: compareHeatmaps(heatmapA, bInA, roleIds),
    };
  }
}

function checkRound(session: TSession, round: number, which: string): void {
  const rounds = session.state.round;
  if (round > rounds) throw new AppError('validation/invalid', `round: ${which} has ${rounds} round${rounds === 1 ? '' : 's'}`);
}

function summary(s: TSession): TComparedSession {
  return { id: s.id, workshopId: s.workshopId, title: s.title, status: s.status, createdAt: s.createdAt, participants: s.participants };
}
