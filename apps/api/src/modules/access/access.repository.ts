import { Injectable } from '@nestjs/common';
import type { TOrgRole } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';

/** Who a workshop belongs to, and the caller's role in its org (null when not a member). */
export interface Holding {
  ownerId: string;
  orgId: string | null;
  role: TOrgRole | null;
}

@Injectable()
export class AccessRepository {
  constructor(private readonly prisma: PrismaService) {}

  async workshop(userId: string, workshopId: string): Promise<Holding | null> {
    const row = await this.prisma.workshop.findUnique({
      where: { id: workshopId },
      select: { ownerId: true, orgId: true, org: { select: { memberships: { where: { userId }, select: { role: true } } } } },
    });
    return row && { ownerId: row.ownerId, orgId: row.orgId, role: row.org?.memberships[0]?.role ?? null };
  }

  /** The holding of a session's workshop: one query, the same rule as for the workshop. */
  async session(userId: string, sessionId: string): Promise<Holding | null> {
    const row = await this.prisma.session.findUnique({
      where: { id: sessionId },
      select: { workshop: { select: { ownerId: true, orgId: true, org: { select: { memberships: { where: { userId }, select: { role: true } } } } } } },
    });
    const w = row?.workshop;
    return w ? { ownerId: w.ownerId, orgId: w.orgId, role: w.org?.memberships[0]?.role ?? null } : null;
  }

  async orgRole(userId: string, orgId: string): Promise<TOrgRole | null> {
    const row = await this.prisma.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { role: true } });
    return row?.role ?? null;
  }
}
