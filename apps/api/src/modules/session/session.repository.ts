import { Injectable } from '@nestjs/common';
import { type TConcern, type TConcernState, type TRole, type TSessionSettings, currentClosesAt, describeRounds, readSessionSettings } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';
import { CONCERN_MAPPING_COLUMNS, ROLE_MAPPING_COLUMNS } from '../snapshot/ownership-columns.js';
import { firstFreeJoinCode } from './join-code.js';
import type { MachineState, SessionChanges } from './session-state-machine.js';

export interface NewSession {
  workshopId: string;
  ownerId: string;
  title: string;
  settings: TSessionSettings;
  roles: TRole[];
  concerns: TConcern[];
  concernState: TConcernState;
  /** pre-work: answering in round 1 stops at this moment */
  closesAt: Date | null;
}

/** What is stored about the rounds and the closing time (pre-work). */
const ROUNDS = { round: true, roundLabels: true, closesAt: true, closesRound: true } as const;

const FULL = {
  roles: { orderBy: { position: 'asc' }, select: { id: true, name: true, ...ROLE_MAPPING_COLUMNS } },
  concerns: { orderBy: { position: 'asc' }, select: { id: true, title: true, description: true, category: true, state: true, revealed: true, ...CONCERN_MAPPING_COLUMNS } },
  _count: { select: { participants: true } },
} as const;

export interface SessionRow {
  id: string;
  workshopId: string;
  ownerId: string;
  title: string;
  joinCode: string;
  status: MachineState['status'];
  settings: unknown;
  round: number;
  currentConcernId: string | null;
  closesAt: Date | null;
  closesRound: number | null;
  roundLabels: unknown;
  createdAt: Date;
  startedAt: Date | null;
  closedAt: Date | null;
  roles: { id: string; name: string; codeOwner: string | null; catalogGroup: string | null }[];
  concerns: { id: string; title: string; description: string; category: string; state: TConcernState; revealed: boolean; paths: string[]; catalogEntity: string | null }[];
  _count: { participants: number };
}

export type SessionStateRow = Pick<SessionRow, 'id' | 'status' | 'settings' | 'round' | 'currentConcernId' | 'closesAt' | 'closesRound' | 'roundLabels'> & {
  concerns: Pick<SessionRow['concerns'][number], 'id' | 'state' | 'revealed'>[];
};

/** Any constant works: it only has to be the same number for every API process. */
const JOIN_CODE_LOCK = 7_420_001;

@Injectable()
export class SessionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Creates the session with its role and concern snapshot, using the first candidate
   * join code no unfinished session holds. null when every candidate is taken.
   */
  createWithSnapshot(input: NewSession, joinCodeCandidates: readonly string[]): Promise<string | null> {
    return this.prisma.$transaction(async (tx) => {
      // Serialises session creation across API processes, so two sessions cannot pick the
      // same free code between the check and the insert (a partial unique index is not
      // expressible in schema.prisma). Creating a session is rare; the wait is nothing.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${JOIN_CODE_LOCK}::bigint)`;
      const taken = await tx.session.findMany({
        where: { joinCode: { in: [...joinCodeCandidates] }, status: { not: 'closed' } },
        select: { joinCode: true },
      });
      const joinCode = firstFreeJoinCode(joinCodeCandidates, new Set(taken.map((t) => t.joinCode)));
      if (!joinCode) return null;
      const session = await tx.session.create({
        data: {
          workshopId: input.workshopId,
          ownerId: input.ownerId,
          title: input.title,
          joinCode,
          status: 'lobby',
          settings: input.settings,
          closesAt: input.closesAt,
          closesRound: input.closesAt ? 1 : null,
        },
        select: { id: true },
      });
      await tx.sessionRole.createMany({
        data: input.roles.map((r, position) => ({ sessionId: session.id, id: r.id, name: r.name, position, codeOwner: r.codeOwner ?? null, catalogGroup: r.catalogGroup ?? null })),
      });
      await tx.sessionConcern.createMany({
        data: input.concerns.map((c, position) => ({
          sessionId: session.id,
          id: c.id,
          position,
          title: c.title,
          description: c.description,
          category: c.category,
          paths: c.paths ?? [],
          catalogEntity: c.catalogEntity ?? null,
          state: input.concernState,
        })),
      });
      return session.id;
    });
  }

  /** What a live room needs to know: status, round and each concern's state; no count, no texts. */
  findState(id: string): Promise<SessionStateRow | null> {
    return this.prisma.session.findUnique({
      where: { id },
      select: { id: true, status: true, settings: true, ...ROUNDS, currentConcernId: true, concerns: { orderBy: { position: 'asc' }, select: { id: true, state: true, revealed: true } } },
    });
  }

  findFull(id: string): Promise<SessionRow | null> {
    return this.prisma.session.findUnique({ where: { id }, include: FULL });
  }

  /** The handshake of every phone: the id only, one indexed lookup. */
  async findOpenIdByJoinCode(joinCode: string): Promise<string | null> {
    const row = await this.prisma.session.findFirst({ where: { joinCode, status: { not: 'closed' } }, select: { id: true }, orderBy: { createdAt: 'desc' } });
    return row?.id ?? null;
  }

  /** Whether a session that used this code closed in the last `withinMs`: its printed QR code still leads phones here. */
  async closedRecentlyWithJoinCode(joinCode: string, withinMs: number): Promise<boolean> {
    const row = await this.prisma.session.findFirst({ where: { joinCode, status: 'closed', closedAt: { gte: new Date(Date.now() - withinMs) } }, select: { id: true } });
    return row !== null;
  }

  async listForWorkshop(
    workshopId: string,
  ): Promise<(Pick<SessionRow, 'id' | 'title' | 'status' | 'joinCode' | 'settings' | 'createdAt' | 'closedAt' | 'round' | 'roundLabels' | 'closesAt' | 'closesRound'> & { participants: number })[]> {
    const rows = await this.prisma.session.findMany({
      where: { workshopId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true, title: true, status: true, joinCode: true, settings: true, createdAt: true, closedAt: true, ...ROUNDS, _count: { select: { participants: true } } },
    });
    return rows.map(({ _count, ...row }) => ({ ...row, participants: _count.participants }));
  }

  /** Deletes the session and, by cascade, everything under it (the caller checked access). false when it is gone. */
  async delete(id: string): Promise<boolean> {
    const { count } = await this.prisma.session.deleteMany({ where: { id } });
    return count > 0;
  }

  /**
   * Runs `decide` on the session's state under a row lock and writes the changes it
   * returns, all in one transaction: two facilitator tabs pressing "next" at once move
   * two steps, never the same step twice. An error thrown by `decide` rolls back.
   * Two co-facilitators' actions serialise the same way. false when the session is gone
   * (the caller checked access).
   */
  applyAction(id: string, decide: (state: MachineState) => SessionChanges): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      // Prisma has no SELECT ... FOR UPDATE; the row lock serialises concurrent actions.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM session WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) return false;
      const session = await tx.session.findUniqueOrThrow({
        where: { id },
        select: {
          status: true,
          settings: true,
          ...ROUNDS,
          currentConcernId: true,
          concerns: { orderBy: { position: 'asc' }, select: { id: true, state: true, revealed: true } },
        },
      });
      const now = new Date();
      const closesAt = currentClosesAt(session);
      const changes = decide({
        status: session.status,
        pacing: readSessionSettings(session.settings).pacing,
        round: session.round,
        currentConcernId: session.currentConcernId,
        concerns: session.concerns,
        answeringClosed: closesAt !== null && closesAt <= now,
      });
      await tx.session.update({
        where: { id },
        data: {
          status: changes.status,
          round: changes.round,
          currentConcernId: changes.currentConcernId,
          startedAt: changes.started ? now : undefined,
          closedAt: changes.closed ? now : undefined,
          roundLabels: changes.round === undefined ? undefined : nextRoundLabels(session, changes.roundLabel),
        },
      });
      // Concerns that get the same change are written together: a round or a close is a
      // couple of statements, not one per concern.
      const groups = new Map<string, { data: { state?: TConcernState; revealed?: boolean }; ids: string[] }>();
      for (const { id: concernId, ...data } of changes.concerns) {
        const key = JSON.stringify(data);
        const group = groups.get(key) ?? { data, ids: [] };
        group.ids.push(concernId);
        groups.set(key, group);
      }
      for (const { data, ids } of groups.values()) {
        await tx.sessionConcern.updateMany({ where: { sessionId: id, id: { in: ids } }, data });
      }
      return true;
    });
  }

  /**
   * Pre-work: sets (a Date), removes (null) or reaches now ('now') the closing time of the
   * session's current round, under the same row lock as the actions. `check` sees what is
   * stored (and the database's clock) and throws to refuse. Closing now also locks the
   * round's concerns and marks the closing applied, so the scheduler has nothing left to do.
   * false when the session is not the owner's.
   */
  setClosing(id: string, closesAt: Date | null | 'now', check: (stored: ClosingRow) => void): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<ClosingRow[]>`
        SELECT status::text AS status, round, closes_at AS "closesAt", closes_round AS "closesRound", now() AS "now"
        FROM session WHERE id = ${id}::uuid FOR UPDATE`;
      const stored = rows[0];
      if (!stored) return false;
      check(stored);
      if (closesAt === 'now') {
        await tx.session.update({ where: { id }, data: { closesAt: stored.now, closesRound: stored.round, closingAppliedAt: stored.now } });
        await tx.sessionConcern.updateMany({ where: { sessionId: id, state: { not: 'locked' } }, data: { state: 'locked' } });
      } else {
        await tx.session.update({ where: { id }, data: { closesAt, closesRound: closesAt ? stored.round : null, closingAppliedAt: null } });
      }
      return true;
    });
  }
}

export interface ClosingRow {
  status: MachineState['status'];
  round: number;
  closesAt: Date | null;
  closesRound: number | null;
  /** the database's clock, the one the answer statement compares closesAt with */
  now: Date;
}

/**
 * The labels after next-round: the round being left keeps the label it shows now (so a
 * later closing time cannot rename a past "pre-work" round), the new one gets its own.
 */
function nextRoundLabels(session: { round: number; roundLabels: unknown; closesAt: Date | null; closesRound: number | null }, label: string | undefined): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const r of describeRounds(session)) if (r.label !== null) labels[String(r.round)] = r.label;
  if (label !== undefined) labels[String(session.round + 1)] = label;
  return labels;
}
