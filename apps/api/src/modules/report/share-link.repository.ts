import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service.js';

@Injectable()
export class ShareLinkRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(sessionId: string, tokenHash: string, expiresAt: Date | null) {
    return this.prisma.shareLink.create({ data: { sessionId, tokenHash, expiresAt }, select: { id: true, expiresAt: true } });
  }

  findActive(tokenHash: string, now: Date) {
    return this.prisma.shareLink.findFirst({
      where: { tokenHash, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { sessionId: true },
    });
  }

  async revoke(sessionId: string, tokenHash: string): Promise<boolean> {
    const { count } = await this.prisma.shareLink.updateMany({ where: { sessionId, tokenHash, revokedAt: null }, data: { revokedAt: new Date() } });
    return count > 0;
  }

  sessionSummary(sessionId: string) {
    return this.prisma.session.findUnique({
      where: { id: sessionId },
      select: {
        id: true,
        title: true,
        status: true,
        createdAt: true,
        startedAt: true,
        closedAt: true,
        round: true,
        _count: { select: { participants: true } },
      },
    });
  }
}
