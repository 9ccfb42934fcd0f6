import { Injectable } from '@nestjs/common';
import type { TShareLinkKind } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';

@Injectable()
export class ShareLinkRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(sessionId: string, tokenHash: string, expiresAt: Date | null, kind: TShareLinkKind) {
    return this.prisma.shareLink.create({ data: { sessionId, tokenHash, expiresAt, kind }, select: { id: true, expiresAt: true } });
  }

  /** A working link of this kind: a token of the other kind opens nothing here. */
  findActive(tokenHash: string, now: Date, kind: TShareLinkKind) {
    return this.prisma.shareLink.findFirst({
      where: { tokenHash, kind, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true, sessionId: true },
    });
  }

  /** The link of a token whatever its state, for a refusal that says why (revoked, expired). */
  findByHash(tokenHash: string) {
    return this.prisma.shareLink.findUnique({ where: { tokenHash }, select: { id: true, sessionId: true, kind: true, revokedAt: true, expiresAt: true } });
  }

  /** Revokes by the token's hash, or by the link's id (from the list, which has no tokens); the links it revoked. */
  revoke(sessionId: string, by: { tokenHash: string } | { id: string }) {
    return this.prisma.shareLink.updateManyAndReturn({ where: { sessionId, ...by, revokedAt: null }, data: { revokedAt: new Date() }, select: { id: true, kind: true } });
  }

  /** The links of a session that still work (not revoked, not expired), newest first. */
  listActive(sessionId: string, now: Date) {
    return this.prisma.shareLink.findMany({
      where: { sessionId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true, createdAt: true, expiresAt: true, kind: true },
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
