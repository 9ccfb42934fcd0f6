import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service.js';

/** How many people joined a session: the presence number on the facilitator's screens. */
@Injectable()
export class PresenceRepository {
  constructor(private readonly prisma: PrismaService) {}

  count(sessionId: string): Promise<number> {
    return this.prisma.participant.count({ where: { sessionId } });
  }
}
