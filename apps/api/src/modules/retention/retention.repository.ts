import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../prisma/prisma.service.js';

/** Sessions deleted per statement: a long backlog goes in short transactions, not one huge one. */
const BATCH = 200;

@Injectable()
export class RetentionRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Deletes up to BATCH sessions closed before `cutoff` (and by cascade everything under
   * them) while holding the retention advisory lock. null when another process holds the
   * lock: it is doing the same work.
   */
  deleteClosedBefore(cutoff: Date): Promise<string[] | null> {
    return this.prisma.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext('thinline.retention')) AS locked`;
      if (!lock?.locked) return null;
      const deleted = await tx.$queryRaw<{ id: string }[]>`
        DELETE FROM session WHERE id IN (
          SELECT id FROM session WHERE status = 'closed' AND closed_at < ${cutoff} ORDER BY closed_at LIMIT ${BATCH}
        ) RETURNING id::text AS id`;
      return deleted.map((row) => row.id);
    });
  }
}
