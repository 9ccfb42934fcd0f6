import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  displayName: string | null;
  ownRole: string;
}

const select = { id: true, sessionId: true, displayName: true, ownRole: true } as const;

/** A time-ordered UUID (version 7), like the schema's `uuid(7)` default that raw SQL does not apply. */
export function uuidv7(now = Date.now()): string {
  const b = randomBytes(16);
  b.writeUIntBE(now, 0, 6);
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

@Injectable()
export class ParticipantRepository {
  /** The last queued join of each session on this process: joins of one session go one at a time. */
  private readonly joinQueues = new Map<string, Promise<unknown>>();

  constructor(private readonly prisma: PrismaService) {}

  /**
   * Creates the participant unless the session already has `max`; null when it is full.
   * One statement takes a seat on the session's counter and inserts the participant: the
   * counter's row lock makes a crowd joining at the same moment (on any API process)
   * take turns for the length of that statement only, so the cap holds exactly and a
   * join costs the same at the 20,000th participant as at the first. On this process the
   * joins of one session also queue here, so a crowd waits in memory rather than holding
   * every pooled connection while it waits for the counter's lock.
   */
  createWithinCap(data: { sessionId: string; displayName: string | null; ownRole: string; resumeTokenHash: string }, max: number): Promise<ParticipantRecord | null> {
    const previous = this.joinQueues.get(data.sessionId) ?? Promise.resolve();
    const mine = previous.then(() => this.insertWithinCap(data, max));
    const settled = mine.catch(() => undefined);
    this.joinQueues.set(data.sessionId, settled);
    void settled.then(() => {
      if (this.joinQueues.get(data.sessionId) === settled) this.joinQueues.delete(data.sessionId);
    });
    return mine;
  }

  private async insertWithinCap(data: { sessionId: string; displayName: string | null; ownRole: string; resumeTokenHash: string }, max: number): Promise<ParticipantRecord | null> {
    const rows = await this.prisma.$queryRaw<{ id: string; session_id: string; display_name: string | null; own_role: string }[]>`
      WITH seat AS (
        UPDATE session SET participant_count = participant_count + 1
        WHERE id = ${data.sessionId}::uuid AND participant_count < ${max}
        RETURNING id
      )
      INSERT INTO participant (id, session_id, display_name, own_role, resume_token_hash)
      SELECT ${uuidv7()}::uuid, seat.id, ${data.displayName}, ${data.ownRole}, ${data.resumeTokenHash} FROM seat
      RETURNING id::text, session_id::text, display_name, own_role`;
    const row = rows[0];
    return row ? { id: row.id, sessionId: row.session_id, displayName: row.display_name, ownRole: row.own_role } : null;
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
}
