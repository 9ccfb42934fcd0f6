import { Injectable } from '@nestjs/common';
import type { RaciAnswerGroup, TAnswerChoice, TRaci } from '@thinline/shared';
import type { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface DecisionRow {
  concernId: string;
  raci: unknown;
  rationale: string | null;
  dissent: string | null;
  decidedById: string;
  decidedByName: string;
  decidedAt: Date;
}

export interface RevisionRow extends DecisionRow {
  replacedAt: Date;
}

export interface NewDecision {
  raci: TRaci;
  rationale: string | null;
  dissent: string | null;
  by: { id: string; name: string };
}

const DECISION = { concernId: true, raci: true, rationale: true, dissent: true, decidedById: true, decidedByName: true, decidedAt: true } as const;

@Injectable()
export class DecisionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The session's decisions and, per concern, what they replaced (newest first). */
  async list(sessionId: string): Promise<{ decisions: DecisionRow[]; revisions: RevisionRow[] }> {
    const [decisions, revisions] = await Promise.all([
      this.prisma.decision.findMany({ where: { sessionId }, select: DECISION }),
      this.prisma.decisionRevision.findMany({ where: { sessionId }, select: { ...DECISION, replacedAt: true }, orderBy: [{ replacedAt: 'desc' }, { id: 'desc' }] }),
    ]);
    return { decisions, revisions };
  }

  /**
   * Writes the decision; the one it replaces goes to the history in the same transaction,
   * under a lock on the current row, so two tabs deciding at once keep both versions.
   */
  save(sessionId: string, concernId: string, input: NewDecision): Promise<void> {
    return this.prisma.$transaction(async (tx) => {
      await this.moveToHistory(tx, sessionId, concernId, input.by.id);
      const data = { raci: input.raci, rationale: input.rationale, dissent: input.dissent, decidedById: input.by.id, decidedByName: input.by.name, decidedAt: new Date() };
      await tx.decision.upsert({ where: { sessionId_concernId: { sessionId, concernId } }, create: { sessionId, concernId, ...data }, update: data });
    });
  }

  /** Removes the decision, keeping it in the history. false when there was none. */
  remove(sessionId: string, concernId: string, byId: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      if (!(await this.moveToHistory(tx, sessionId, concernId, byId))) return false;
      await tx.decision.delete({ where: { sessionId_concernId: { sessionId, concernId } } });
      return true;
    });
  }

  private async moveToHistory(tx: Prisma.TransactionClient, sessionId: string, concernId: string, byId: string): Promise<boolean> {
    const current = await tx.$queryRaw<{ concern_id: string }[]>`SELECT concern_id FROM decision WHERE session_id = ${sessionId}::uuid AND concern_id = ${concernId}::uuid FOR UPDATE`;
    if (current.length === 0) return false;
    const row = await tx.decision.findUniqueOrThrow({ where: { sessionId_concernId: { sessionId, concernId } }, select: DECISION });
    await tx.decisionRevision.create({
      data: {
        sessionId,
        concernId,
        raci: row.raci as TRaci,
        rationale: row.rationale,
        dissent: row.dissent,
        decidedById: row.decidedById,
        decidedByName: row.decidedByName,
        decidedAt: row.decidedAt,
        replacedById: byId,
      },
    });
    return true;
  }

  /** The round's answers per concern grouped by choice and RACI letters: a handful of groups per concern. */
  async raciGroups(sessionId: string, round: number): Promise<Map<string, RaciAnswerGroup[]>> {
    const rows = await this.prisma.$queryRaw<{ concern_id: string; choice: TAnswerChoice; raci: TRaci | null; count: number }[]>`
      SELECT concern_id, choice, raci, COUNT(*)::int AS count FROM answer
      WHERE session_id = ${sessionId}::uuid AND round = ${round}
      GROUP BY concern_id, choice, raci`;
    const byConcern = new Map<string, RaciAnswerGroup[]>();
    for (const r of rows) {
      const list = byConcern.get(r.concern_id) ?? [];
      list.push({ choice: r.choice, raci: r.raci, count: r.count });
      byConcern.set(r.concern_id, list);
    }
    return byConcern;
  }
}
