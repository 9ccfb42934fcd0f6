import { Injectable } from '@nestjs/common';
import type { TMember, TOrgRole } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';

export type AcceptOutcome = { ok: true; orgId: string; role: TOrgRole } | { ok: false; reason: 'not-found' | 'expired' | 'used' | 'member' };
export type MemberChange = { ok: true; member: TMember | null } | { ok: false; reason: 'not-found' | 'last-owner' };

@Injectable()
export class OrganisationRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The org and its first owner, together. */
  create(name: string, ownerId: string): Promise<{ id: string; name: string }> {
    return this.prisma.organisation.create({ data: { name, memberships: { create: { userId: ownerId, role: 'owner' } } }, select: { id: true, name: true } });
  }

  async listFor(userId: string): Promise<{ id: string; name: string; role: TOrgRole }[]> {
    const rows = await this.prisma.membership.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { role: true, org: { select: { id: true, name: true } } },
    });
    return rows.map((r) => ({ ...r.org, role: r.role }));
  }

  async members(orgId: string): Promise<TMember[]> {
    const rows = await this.prisma.membership.findMany({
      where: { orgId },
      orderBy: [{ createdAt: 'asc' }, { userId: 'asc' }],
      select: { role: true, user: { select: { id: true, name: true, email: true } } },
    });
    return rows.map((r) => ({ userId: r.user.id, name: r.user.name, email: r.user.email, role: r.role }));
  }

  async createInvite(input: { orgId: string; role: TOrgRole; tokenHash: string; createdById: string; expiresAt: Date }): Promise<void> {
    await this.prisma.invite.create({ data: input });
  }

  /**
   * Uses the invite once: under a row lock, so two people racing with one link cannot
   * both get in. A user who already belongs to the org leaves the invite unused.
   */
  acceptInvite(tokenHash: string, userId: string, now: Date): Promise<AcceptOutcome> {
    return this.prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM invite WHERE token_hash = ${tokenHash} FOR UPDATE`;
      const id = locked[0]?.id;
      if (!id) return { ok: false, reason: 'not-found' } as const;
      const invite = await tx.invite.findUniqueOrThrow({ where: { id } });
      if (invite.usedAt) return { ok: false, reason: 'used' } as const;
      if (invite.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' } as const;
      const existing = await tx.membership.findUnique({ where: { orgId_userId: { orgId: invite.orgId, userId } } });
      if (existing) return { ok: false, reason: 'member' } as const;
      await tx.membership.create({ data: { orgId: invite.orgId, userId, role: invite.role } });
      await tx.invite.update({ where: { id }, data: { usedAt: now, usedById: userId } });
      return { ok: true, orgId: invite.orgId, role: invite.role } as const;
    });
  }

  /**
   * Changes a member's role (`role`) or removes them (`null`), under a lock on the org so
   * two owners demoting each other at once cannot leave it without an owner.
   */
  changeMember(orgId: string, userId: string, role: TOrgRole | null): Promise<MemberChange> {
    return this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM organisation WHERE id = ${orgId}::uuid FOR UPDATE`;
      const member = await tx.membership.findUnique({ where: { orgId_userId: { orgId, userId } }, select: { role: true } });
      if (!member) return { ok: false, reason: 'not-found' } as const;
      if (member.role === 'owner' && role !== 'owner') {
        const owners = await tx.membership.count({ where: { orgId, role: 'owner' } });
        if (owners <= 1) return { ok: false, reason: 'last-owner' } as const;
      }
      if (role === null) {
        await tx.membership.delete({ where: { orgId_userId: { orgId, userId } } });
        return { ok: true, member: null } as const;
      }
      const updated = await tx.membership.update({
        where: { orgId_userId: { orgId, userId } },
        data: { role },
        select: { role: true, user: { select: { id: true, name: true, email: true } } },
      });
      return { ok: true, member: { userId: updated.user.id, name: updated.user.name, email: updated.user.email, role: updated.role } } as const;
    });
  }

  /** For single sign-on's default org: adds the user unless they already belong (their role stays). */
  async ensureMember(orgId: string, userId: string, role: TOrgRole): Promise<void> {
    await this.prisma.membership.upsert({ where: { orgId_userId: { orgId, userId } }, create: { orgId, userId, role }, update: {} });
  }

  async exists(orgId: string): Promise<boolean> {
    return (await this.prisma.organisation.count({ where: { id: orgId } })) > 0;
  }
}
