import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

export interface RoleProgressRow {
  ownRole: string;
  participants: number;
  all: number;
  some: number;
}

@Injectable()
export class PreworkRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Claims every session whose current round's closing time has passed and that no
   * process has closed yet: marks it applied and locks the round's concerns, in one
   * statement. Every process runs this; the row locks (SKIP LOCKED) and the marker make
   * each closing claimed by exactly one of them, which then tells the room. Returns the
   * claimed session ids.
   */
  async claimDueClosings(): Promise<string[]> {
    const rows = await this.prisma.$queryRaw<{ id: string }[]>(Prisma.sql`
      WITH due AS (
        SELECT id FROM session
        WHERE closes_at <= now() AND closing_applied_at IS NULL AND closes_round = round AND status <> 'closed'
        ORDER BY closes_at
        LIMIT 100
        FOR UPDATE SKIP LOCKED
      ),
      claimed AS (
        UPDATE session s SET closing_applied_at = now() FROM due WHERE s.id = due.id RETURNING s.id
      ),
      -- a data-modifying CTE runs to completion whether or not the query reads it
      locked AS (
        UPDATE session_concern sc SET state = 'locked' FROM claimed WHERE sc.session_id = claimed.id AND sc.state <> 'locked' RETURNING sc.session_id
      )
      SELECT id::text FROM claimed`);
    return rows.map((r) => r.id);
  }

  /** Per own role: participants, and how many answered every one of `concerns` concerns in `round`, or some. */
  async progressByRole(sessionId: string, round: number, concerns: number): Promise<RoleProgressRow[]> {
    const rows = await this.prisma.$queryRaw<{ own_role: string; participants: bigint; all: bigint; some: bigint }[]>(Prisma.sql`
      SELECT p.own_role, count(*) AS participants,
             count(*) FILTER (WHERE coalesce(a.answered, 0) >= ${concerns}) AS all,
             count(*) FILTER (WHERE coalesce(a.answered, 0) > 0 AND coalesce(a.answered, 0) < ${concerns}) AS some
      FROM participant p
      LEFT JOIN (
        SELECT participant_id, count(*) AS answered FROM answer
        WHERE session_id = ${sessionId}::uuid AND round = ${round}
        GROUP BY participant_id
      ) a ON a.participant_id = p.id
      WHERE p.session_id = ${sessionId}::uuid
      GROUP BY p.own_role`);
    return rows.map((r) => ({ ownRole: r.own_role, participants: Number(r.participants), all: Number(r.all), some: Number(r.some) }));
  }
}
