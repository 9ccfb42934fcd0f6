import { Injectable } from '@nestjs/common';
import type { TRaciLetter } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';
import type { ExportAnswer, ExportAnswerChoice } from './export-bundle.js';

@Injectable()
export class ExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  session(sessionId: string) {
    return this.prisma.session.findUnique({
      where: { id: sessionId },
      select: { id: true, title: true, createdAt: true, closedAt: true, status: true, round: true, roundLabels: true, closesAt: true, closesRound: true, workshop: { select: { title: true } } },
    });
  }

  /** The answers of one round with who gave them: the CSV's and XLSX's rows. */
  async answers(sessionId: string, round: number): Promise<ExportAnswer[]> {
    const rows = await this.prisma.answer.findMany({
      where: { sessionId, round },
      orderBy: [{ participantId: 'asc' }, { concernId: 'asc' }],
      select: {
        participantId: true,
        concernId: true,
        round: true,
        ownRole: true,
        choice: true,
        owners: true,
        raci: true,
        confidence: true,
        comment: true,
        updatedAt: true,
        participant: { select: { displayName: true } },
      },
    });
    return rows.map((r) => ({
      participantId: r.participantId,
      participantName: r.participant.displayName,
      ownRole: r.ownRole,
      concernId: r.concernId,
      round: r.round,
      choice: r.choice as ExportAnswerChoice,
      owners: r.owners,
      raci: (r.raci as Record<string, TRaciLetter> | null) ?? null,
      confidence: r.confidence,
      comment: r.comment,
      answeredAt: r.updatedAt,
    }));
  }
}
