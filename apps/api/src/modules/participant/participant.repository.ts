import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  displayName: string | null;
  ownRole: string;
}

const select = { id: true, sessionId: true, displayName: true, ownRole: true } as const;

@Injectable()
export class ParticipantRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { sessionId: string; displayName: string | null; ownRole: string; resumeTokenHash: string }): Promise<ParticipantRecord> {
    return this.prisma.participant.create({ data, select });
  }

  findByResumeToken(sessionId: string, resumeTokenHash: string): Promise<ParticipantRecord | null> {
    return this.prisma.participant.findFirst({ where: { sessionId, resumeTokenHash }, select });
  }

  update(id: string, data: { displayName?: string | null; ownRole?: string }): Promise<ParticipantRecord> {
    return this.prisma.$transaction(async (tx) => {
      const p = await tx.participant.update({ where: { id }, data, select });
      // The answer rows carry the own role so the tally rebuilds with one GROUP BY.
      if (data.ownRole) await tx.answer.updateMany({ where: { participantId: id }, data: { ownRole: data.ownRole } });
      return p;
    });
  }

  count(sessionId: string): Promise<number> {
    return this.prisma.participant.count({ where: { sessionId } });
  }
}
