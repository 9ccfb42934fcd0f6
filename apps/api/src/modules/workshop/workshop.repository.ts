import { Injectable } from '@nestjs/common';
import type { TConcern, TOrgRole, TRole } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface WorkshopData {
  title: string;
  description: string;
  roles: TRole[];
  concerns: TConcern[];
}

/** A workshop as stored: roles and concerns are JSON lists the service parses. */
export interface WorkshopRow {
  id: string;
  ownerId: string;
  orgId: string | null;
  title: string;
  description: string;
  roles: unknown;
  concerns: unknown;
  createdAt: Date;
  updatedAt: Date;
}

@Injectable()
export class WorkshopRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(ownerId: string, orgId: string | null, data: WorkshopData): Promise<WorkshopRow> {
    return this.prisma.workshop.create({ data: { ownerId, orgId, ...data } });
  }

  /**
   * What the user sees in their list: their personal workshops and every workshop of an
   * org they belong to (the same rule as AccessService), with their role in that org (null: personal).
   */
  async list(userId: string, titleContains?: string): Promise<(WorkshopRow & { sessionCount: number; role: TOrgRole | null })[]> {
    const rows = await this.prisma.workshop.findMany({
      where: {
        OR: [{ ownerId: userId, orgId: null }, { org: { memberships: { some: { userId } } } }],
        ...(titleContains ? { title: { contains: escapeLike(titleContains), mode: 'insensitive' } } : {}),
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { _count: { select: { sessions: true } }, org: { select: { memberships: { where: { userId }, select: { role: true } } } } },
    });
    return rows.map(({ _count, org, ...row }) => ({ ...row, sessionCount: _count.sessions, role: org?.memberships[0]?.role ?? null }));
  }

  find(id: string): Promise<WorkshopRow | null> {
    return this.prisma.workshop.findUnique({ where: { id } });
  }

  /**
   * Reads the workshop under a row lock and writes what `change` makes of it, so two
   * editors saving at once apply one after the other instead of one losing the other's
   * new ids. null when the workshop is gone (the caller checked access).
   */
  update(id: string, change: (current: WorkshopRow) => Partial<WorkshopData>): Promise<WorkshopRow | null> {
    return this.prisma.$transaction(async (tx) => {
      // Prisma has no SELECT ... FOR UPDATE; the lock is what serialises the two editors.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM workshop WHERE id = ${id}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
      const current = await tx.workshop.findUniqueOrThrow({ where: { id } });
      const data = change(current);
      if (Object.keys(data).length === 0) return current;
      return tx.workshop.update({ where: { id }, data });
    });
  }

  /** Deletes the workshop and (by cascade) its sessions; returns those sessions' ids, or null when it is gone. */
  delete(id: string): Promise<{ sessionIds: string[] } | null> {
    return this.prisma.$transaction(async (tx) => {
      const workshop = await tx.workshop.findUnique({ where: { id }, select: { sessions: { select: { id: true } } } });
      if (!workshop) return null;
      await tx.workshop.delete({ where: { id } });
      return { sessionIds: workshop.sessions.map((s) => s.id) };
    });
  }
}

/** Prisma passes `contains` to ILIKE as is: a search for "100%" must not match everything. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}
