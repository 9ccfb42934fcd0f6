import { Injectable } from '@nestjs/common';
import type { TConcern, TRole } from '@thinline/shared';
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

  create(ownerId: string, data: WorkshopData): Promise<WorkshopRow> {
    return this.prisma.workshop.create({ data: { ownerId, ...data } });
  }

  async list(ownerId: string, titleContains?: string): Promise<(WorkshopRow & { sessionCount: number })[]> {
    const rows = await this.prisma.workshop.findMany({
      where: { ownerId, ...(titleContains ? { title: { contains: escapeLike(titleContains), mode: 'insensitive' } } : {}) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      include: { _count: { select: { sessions: true } } },
    });
    return rows.map(({ _count, ...row }) => ({ ...row, sessionCount: _count.sessions }));
  }

  findOwned(ownerId: string, id: string): Promise<WorkshopRow | null> {
    return this.prisma.workshop.findFirst({ where: { id, ownerId } });
  }

  /**
   * Reads the workshop under a row lock and writes what `change` makes of it, so two
   * editors saving at once apply one after the other instead of one losing the other's
   * new ids. null when the workshop is not the owner's.
   */
  updateOwned(ownerId: string, id: string, change: (current: WorkshopRow) => Partial<WorkshopData>): Promise<WorkshopRow | null> {
    return this.prisma.$transaction(async (tx) => {
      // Prisma has no SELECT ... FOR UPDATE; the lock is what serialises the two editors.
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM workshop WHERE id = ${id}::uuid AND owner_id = ${ownerId}::uuid FOR UPDATE`;
      if (locked.length === 0) return null;
      const current = await tx.workshop.findUniqueOrThrow({ where: { id } });
      const data = change(current);
      if (Object.keys(data).length === 0) return current;
      return tx.workshop.update({ where: { id }, data });
    });
  }

  /** Deletes the workshop and (by cascade) its sessions; returns those sessions' ids, or null when not the owner's. */
  deleteOwned(ownerId: string, id: string): Promise<{ sessionIds: string[] } | null> {
    return this.prisma.$transaction(async (tx) => {
      const workshop = await tx.workshop.findFirst({ where: { id, ownerId }, select: { sessions: { select: { id: true } } } });
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
