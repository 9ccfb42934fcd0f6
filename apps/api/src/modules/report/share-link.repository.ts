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

  /** Revokes by the token's hash, or by the link's id (from the list, which has no tokens). */
  async revoke(sessionId: string, by: { tokenHash: string } | { id: string }): Promise<boolean> {
    const { count } = await this.prisma.shareLink.updateMany({ where: { sessionId, ...by, revokedAt: null }, data: { revokedAt: new Date() } });
    return count > 0;
  }

  /** The links of a session that still work (not revoked, not expired), newest first. */
  listActive(sessionId: string, now: Date) {
    return this.prisma.shareLink.findMany({
      where: { sessionId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: 'desc' },
    });
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
