import { Injectable } from '@nestjs/common';
import type { StoredRounds, TallyRow } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

@Injectable()
export class HeatmapRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The tally of a session rebuilt from the record: one row per distinct answer set. */
  async tallyRows(sessionId: string): Promise<TallyRow[]> {
    const rows = await this.prisma.$queryRaw<
      { round: number; concern_id: string; own_role: string; answer_key: string; count: bigint; confidence_sum: bigint; confidence_count: bigint }[]
    >(Prisma.sql`
      SELECT round, concern_id::text, own_role, answer_key, count(*) AS count,
             coalesce(sum(confidence), 0) AS confidence_sum, count(confidence) AS confidence_count
      FROM answer WHERE session_id = ${sessionId}::uuid
      GROUP BY round, concern_id, own_role, answer_key`);
    return rows.map((r) => ({
      round: r.round,
      concernId: r.concern_id,
      ownRole: r.own_role,
      key: r.answer_key,
      count: Number(r.count),
      confidenceSum: Number(r.confidence_sum),
      confidenceCount: Number(r.confidence_count),
    }));
  }

  async participantsByRole(sessionId: string): Promise<Record<string, number>> {
    const rows = await this.prisma.participant.groupBy({ by: ['ownRole'], where: { sessionId }, _count: { _all: true } });
    return Object.fromEntries(rows.map((r) => [r.ownRole, r._count._all]));
  }

  /** The session's round with what its labels are read from (describeRounds), or null when it is gone. */
  roundsOf(sessionId: string): Promise<StoredRounds | null> {
    return this.prisma.session.findUnique({ where: { id: sessionId }, select: { round: true, roundLabels: true, closesAt: true, closesRound: true } });
  }

  async currentRound(sessionId: string): Promise<number | null> {
    const row = await this.prisma.session.findUnique({ where: { id: sessionId }, select: { round: true } });
    return row?.round ?? null;
  }
}
