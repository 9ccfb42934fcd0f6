import { Injectable } from '@nestjs/common';
import { type HistorySessionInput, type TRaci, type TallyRow, readSessionSettings } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

/**
 * A workshop's whole record for its history, in four reads for all its sessions together
 * (sessions with their snapshots, the last round's answer counts, participants by role,
 * decisions), however many sessions and concerns it has: never one read per session,
 * concern or round.
 */
@Injectable()
export class HistoryRepository {
  constructor(private readonly prisma: PrismaService) {}

  async sessions(workshopId: string): Promise<{ title: string; sessions: HistorySessionInput[] } | null> {
    const [workshop, counts, participants, decisions] = await Promise.all([
      this.prisma.workshop.findUnique({
        where: { id: workshopId },
        select: {
          title: true,
          sessions: {
            select: {
              id: true,
              title: true,
              status: true,
              settings: true,
              round: true,
              participantCount: true,
              createdAt: true,
              startedAt: true,
              closedAt: true,
              roles: { orderBy: { position: 'asc' }, select: { id: true, name: true } },
              concerns: { orderBy: { position: 'asc' }, select: { id: true, title: true, category: true } },
            },
          },
        },
      }),
      // each session's last round only: the history shows where a session ended
      this.prisma.$queryRaw<{ session_id: string; round: number; concern_id: string; own_role: string; answer_key: string; count: bigint; confidence_sum: bigint; confidence_count: bigint }[]>(Prisma.sql`
        SELECT a.session_id::text, a.round, a.concern_id::text, a.own_role, a.answer_key, count(*) AS count,
               coalesce(sum(a.confidence), 0) AS confidence_sum, count(a.confidence) AS confidence_count
        FROM answer a JOIN session s ON s.id = a.session_id AND a.round = s.round
        WHERE s.workshop_id = ${workshopId}::uuid
        GROUP BY a.session_id, a.round, a.concern_id, a.own_role, a.answer_key`),
      this.prisma.$queryRaw<{ session_id: string; own_role: string; count: bigint }[]>(Prisma.sql`
        SELECT p.session_id::text, p.own_role, count(*) AS count
        FROM participant p JOIN session s ON s.id = p.session_id
        WHERE s.workshop_id = ${workshopId}::uuid
        GROUP BY p.session_id, p.own_role`),
      this.prisma.decision.findMany({ where: { session: { workshopId } }, select: { sessionId: true, concernId: true, raci: true } }),
    ]);
    if (!workshop) return null;
    const tally = groupBy(counts, (r) => r.session_id);
    const people = groupBy(participants, (r) => r.session_id);
    const decided = groupBy(decisions, (d) => d.sessionId);
    return {
      title: workshop.title,
      sessions: workshop.sessions.map((s) => {
        const settings = readSessionSettings(s.settings);
        return {
          session: { id: s.id, title: s.title, status: s.status, participants: s.participantCount, date: s.closedAt ?? s.startedAt ?? s.createdAt },
          round: s.round,
          threshold: settings.threshold,
          minSegmentSize: settings.minSegmentSize,
          roles: s.roles,
          concerns: s.concerns,
          tally: (tally.get(s.id) ?? []).map(toTallyRow),
          participantsByRole: Object.fromEntries((people.get(s.id) ?? []).map((p) => [p.own_role, Number(p.count)])),
          decisions: (decided.get(s.id) ?? []).map((d) => ({ concernId: d.concernId, raci: d.raci as TRaci })),
          locale: settings.locale,
        };
      }),
    };
  }
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

function toTallyRow(r: { round: number; concern_id: string; own_role: string; answer_key: string; count: bigint; confidence_sum: bigint; confidence_count: bigint }): TallyRow {
  return { round: r.round, concernId: r.concern_id, ownRole: r.own_role, key: r.answer_key, count: Number(r.count), confidenceSum: Number(r.confidence_sum), confidenceCount: Number(r.confidence_count) };
}
