import { Injectable } from '@nestjs/common';
import { OTHER_ROLE, SessionTally, type THeatmap, type TallyRow, UNDISCLOSED_ROLE, buildHeatmap, describeRounds } from '@thinline/shared';
import { AppError } from '../../common/errors/app-error.js';
import type { SessionSnapshot } from '../snapshot/snapshot.repository.js';
import { SessionService } from '../session/session.service.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { HeatmapRepository } from './heatmap.repository.js';

export interface HeatmapQuery {
  round?: number;
  segment?: string | null;
}

/** The aggregates of a session, always from the same pure functions (packages/shared). */
@Injectable()
export class HeatmapService {
  constructor(
    private readonly repository: HeatmapRepository,
    private readonly snapshots: SnapshotService,
    private readonly sessions: SessionService,
    private readonly metrics: MetricsService,
  ) {}

  /** GET /heatmap: whoever may read the session (its facilitators, its org's viewers). */
  async forOwner(userId: string, sessionId: string, query: HeatmapQuery): Promise<THeatmap> {
    await this.sessions.getReadableSession(userId, sessionId);
    return this.compute(sessionId, query);
  }

  /** Exact aggregates from PostgreSQL: what GET /heatmap, reports and exports show. */
  async compute(sessionId: string, query: HeatmapQuery = {}): Promise<THeatmap> {
    const snapshot = await this.snapshots.get(sessionId);
    if (!snapshot) throw new AppError('session/not-found', 'This session does not exist.');
    this.metrics.heatmapsComputed.inc();
    const [rows, participantsByRole, stored] = await Promise.all([
      this.repository.tallyRows(sessionId),
      this.repository.participantsByRole(sessionId),
      this.repository.roundsOf(sessionId),
    ]);
    const currentRound = stored?.round ?? null;
    const round = query.round ?? currentRound ?? 1;
    if (currentRound !== null && round > currentRound) {
      throw new AppError('validation/invalid', `round: this session has ${currentRound} round${currentRound === 1 ? '' : 's'}`);
    }
    const heatmap = this.build(snapshot, SessionTally.fromRows(rows), participantsByRole, round, query.segment ?? null);
    return stored ? { ...heatmap, rounds: describeRounds(stored) } : heatmap;
  }

  /** What every aggregate of a session is computed from (exports build theirs from it). */
  async record(sessionId: string): Promise<{ rows: TallyRow[]; participantsByRole: Record<string, number> }> {
    const [rows, participantsByRole] = await Promise.all([this.repository.tallyRows(sessionId), this.repository.participantsByRole(sessionId)]);
    return { rows, participantsByRole };
  }

  /** Every round's whole-room aggregates, first to last. */
  async allRounds(sessionId: string): Promise<THeatmap[]> {
    const current = (await this.repository.currentRound(sessionId)) ?? 1;
    return Promise.all(Array.from({ length: current }, (_, i) => this.compute(sessionId, { round: i + 1 })));
  }

  build(snapshot: SessionSnapshot, tally: SessionTally, participantsByRole: Record<string, number>, round: number, segment: string | null): THeatmap {
    if (segment !== null && !snapshot.roles.some((r) => r.id === segment) && segment !== OTHER_ROLE && segment !== UNDISCLOSED_ROLE) {
      throw new AppError('validation/invalid', 'segment: not a role of this session');
    }
    return buildHeatmap({
      sessionId: snapshot.id,
      round,
      roleIds: snapshot.roles.map((r) => r.id),
      concernIds: snapshot.concerns.map((c) => c.id),
      threshold: snapshot.settings.threshold,
      minSegmentSize: snapshot.settings.minSegmentSize,
      tally,
      segment,
      participantsByRole,
    });
  }
}
