import { Injectable } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface ParticipantRecord {
  id: string;
  sessionId: string;
  displayName: string | null;
  ownRole: string;
}

const select = { id: true, sessionId: true, displayName: true, ownRole: true } as const;

export interface NewParticipant {
  sessionId: string;
  displayName: string | null;
  ownRole: string;
  resumeTokenHash: string;
}

interface WaitingJoin {
  data: NewParticipant;
  resolve: (p: ParticipantRecord | null) => void;
  reject: (err: unknown) => void;
}

/** A session's joins on this process while one of its statements is in flight. */
interface JoinQueue {
  /** The session's cap: from its snapshot, the same for every join. */
  max: number;
  waiting: WaitingJoin[];
}

/** A crowd's joins per statement: large enough for a hall, small enough for one quick insert. */
const MAX_JOINS_PER_STATEMENT = 500;

@Injectable()
export class ParticipantRepository {
  /** Per session, present exactly while its statements are being written. */
  private readonly joinQueues = new Map<string, JoinQueue>();

  constructor(private readonly prisma: PrismaService) {}

  /**
   * Creates the participant unless the session already has `max`; null when it is full.
   * A room scanning the QR code joins hundreds at a time, and every join of a session
   * takes a seat on one counter row, so joins are grouped: one statement per session is
   * in flight on this process, and the joins that arrive meanwhile go together in the
   * next one (a lone join goes at once). Each statement takes as many seats as are left
   * under the counter's row lock and inserts that many participants in arrival order, so
   * the cap holds exactly across API processes and a crowd costs a statement per batch,
   * not one per phone waiting in line for the lock.
   */
  createWithinCap(data: NewParticipant, max: number): Promise<ParticipantRecord | null> {
    return new Promise((resolve, reject) => {
      const queue = this.joinQueues.get(data.sessionId);
      if (queue) {
        queue.waiting.push({ data, resolve, reject });
        return;
      }
      const opened: JoinQueue = { max, waiting: [{ data, resolve, reject }] };
      this.joinQueues.set(data.sessionId, opened);
      void this.insertWaiting(data.sessionId, opened);
    });
  }

  private async insertWaiting(sessionId: string, queue: JoinQueue): Promise<void> {
    try {
      while (queue.waiting.length > 0) {
        const batch = queue.waiting.splice(0, MAX_JOINS_PER_STATEMENT);
        try {
          const created = await this.insertWithinCap(sessionId, batch.map((j) => j.data), queue.max);
          batch.forEach((j, i) => j.resolve(created[i] ?? null));
        } catch (err) {
          for (const j of batch) j.reject(err);
        }
      }
    } finally {
      this.joinQueues.delete(sessionId);
    }
  }

  /**
   * One statement: lock the session's counter row, grant min(n, max - count) seats,
   * insert the first that many participants. Returns one entry per join in the order
   * given: the participant, or null for those that found the session full.
   */
  private async insertWithinCap(sessionId: string, joins: NewParticipant[], max: number): Promise<(ParticipantRecord | null)[]> {
    // Time-ordered (version 7) like the schema's `uuid(7)` default, which raw SQL does not apply.
    const ids = joins.map(() => uuidv7());
    const col = <T>(pick: (j: NewParticipant) => T) => joins.map(pick);
    const rows = await this.prisma.$queryRaw<{ id: string; session_id: string; display_name: string | null; own_role: string }[]>`
      WITH counter AS (
        SELECT id, participant_count AS before FROM session WHERE id = ${sessionId}::uuid FOR UPDATE
      ),
      seat AS (
        UPDATE session s SET participant_count = counter.before + LEAST(${joins.length}::int, GREATEST(${max}::int - counter.before, 0))
        FROM counter WHERE s.id = counter.id
        RETURNING s.id, LEAST(${joins.length}::int, GREATEST(${max}::int - counter.before, 0)) AS granted
      )
      INSERT INTO participant (id, session_id, display_name, own_role, resume_token_hash)
      SELECT t.id, seat.id, t.display_name, t.own_role, t.resume_token_hash
      FROM seat, unnest(
        ${ids}::uuid[], ${col((j) => j.displayName)}::text[], ${col((j) => j.ownRole)}::text[], ${col((j) => j.resumeTokenHash)}::text[]
      ) WITH ORDINALITY AS t(id, display_name, own_role, resume_token_hash, ord)
      WHERE t.ord <= seat.granted
      RETURNING id::text, session_id::text, display_name, own_role`;
    const created = new Map(rows.map((row) => [row.id, { id: row.id, sessionId: row.session_id, displayName: row.display_name, ownRole: row.own_role }]));
    return ids.map((id) => created.get(id) ?? null);
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
