import { Injectable } from '@nestjs/common';
import type { TAnswerChoice, TSavedAnswer } from '@thinline/shared';
import { PrismaService } from '../../prisma/prisma.service.js';
import { Prisma } from '../../generated/prisma/client.js';

/** One answer ready to write: validated, with its canonical owner-set key. */
export interface AnswerRow {
  answerId: string;
  sessionId: string;
  participantId: string;
  concernId: string;
  choice: TAnswerChoice;
  owners: string[];
  raci: Record<string, string> | null;
  answerKey: string;
  confidence: number | null;
  comment: string | null;
}

/** What the database did with one submission of a batch. */
export interface AnswerOutcome {
  answerId: string;
  /** the session was live, the concern open and the participant of this session */
  eligible: boolean;
  /** this submission is now the participant's answer (false: a repeat, or superseded in the batch) */
  applied: boolean;
  round: number | null;
  ownRole: string | null;
  concernId: string;
  answerKey: string | null;
  confidence: number | null;
  previous: { answerKey: string; confidence: number | null } | null;
  sessionStatus: string | null;
  concernState: string | null;
  /** pre-work: the current round's closing time had passed */
  answeringClosed: boolean;
}

interface OutcomeRow {
  answer_id: string;
  eligible: boolean;
  applied: boolean;
  round: number | null;
  own_role: string | null;
  concern_id: string;
  answer_key: string | null;
  confidence: number | null;
  prev_key: string | null;
  prev_confidence: number | null;
  had_prev: boolean;
  session_status: string | null;
  concern_state: string | null;
  answering_closed: boolean;
}

@Injectable()
export class AnswerRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Resolves once the database answers a trivial query; throws its error while it is away. */
  async reachable(): Promise<void> {
    await this.prisma.$queryRaw`SELECT 1`;
  }

  /**
   * Writes a batch of answers in ONE statement (the hot path, hence raw SQL):
   * - only where the session is live, the concern open and the participant belongs to
   *   the session: a lock committed by any API process wins over a late answer;
   * - the round is the session's current round, read in the same statement;
   * - a receipt per submission id makes a retried submission a no-op, even after a
   *   newer answer replaced it;
   * - the last submission per participant and concern wins within the batch;
   * - returns each submission's outcome and the value it replaced, so the live tally
   *   moves counts exactly (from → to) without re-reading.
   * Rows arrive sorted by participant and concern, so concurrent batches lock rows in
   * the same order and cannot deadlock.
   */
  async writeBatch(rows: AnswerRow[]): Promise<AnswerOutcome[]> {
    if (rows.length === 0) return [];
    const col = <T>(pick: (r: AnswerRow) => T) => rows.map(pick);
    const result = await this.prisma.$queryRaw<OutcomeRow[]>(Prisma.sql`
      WITH input AS (
        SELECT * FROM unnest(
          ${col((r) => r.answerId)}::uuid[], ${col((r) => r.sessionId)}::uuid[], ${col((r) => r.participantId)}::uuid[],
          ${col((r) => r.concernId)}::uuid[], ${col((r) => r.choice)}::text[], ${col((r) => `{${r.owners.join(',')}}`)}::text[],
          ${col((r) => (r.raci ? JSON.stringify(r.raci) : null))}::text[], ${col((r) => r.answerKey)}::text[],
          ${col((r) => r.confidence)}::int[], ${col((r) => r.comment)}::text[]
        ) WITH ORDINALITY AS t(answer_id, session_id, participant_id, concern_id, choice, owners, raci, answer_key, confidence, comment, ord)
      ),
      eligible AS (
        SELECT i.*, s.round, p.own_role
        FROM input i
        -- pre-work: past the current round's closing time nothing is stored, whichever
        -- process writes, by the database's clock (no process timer is the record)
        JOIN session s ON s.id = i.session_id AND s.status = 'live' AND NOT coalesce(s.closes_round = s.round AND s.closes_at <= now(), false)
        JOIN session_concern sc ON sc.session_id = i.session_id AND sc.id = i.concern_id AND sc.state = 'open'
        JOIN participant p ON p.id = i.participant_id AND p.session_id = i.session_id
      ),
      receipts AS (
        INSERT INTO answer_receipt (answer_id, session_id, participant_id)
        SELECT answer_id, session_id, participant_id FROM eligible
        ON CONFLICT (answer_id) DO NOTHING
        RETURNING answer_id
      ),
      -- The value each answer replaces is read here, one primary-key lookup per row. A
      -- separate CTE joined back to this one made the planner (which guesses one row
      -- for a CTE) loop over every pair: 90,000 index scans for a batch of 300, so a
      -- batch cost grew with the square of its size.
      fresh AS (
        SELECT DISTINCT ON (e.participant_id, e.concern_id) e.*,
               a.answer_key AS prev_key, a.confidence AS prev_confidence, (a.participant_id IS NOT NULL) AS had_prev
        FROM eligible e
        LEFT JOIN answer a ON a.participant_id = e.participant_id AND a.concern_id = e.concern_id AND a.round = e.round
        -- the submissions seen for the first time (an array, not a join: see above)
        WHERE e.answer_id = ANY (ARRAY(SELECT answer_id FROM receipts))
        ORDER BY e.participant_id, e.concern_id, e.ord DESC
      ),
      upserted AS (
        INSERT INTO answer (session_id, participant_id, concern_id, round, answer_id, own_role, choice, owners, raci, answer_key, confidence, comment, updated_at)
        SELECT session_id, participant_id, concern_id, round, answer_id, own_role, choice, owners::uuid[], raci::jsonb, answer_key, confidence, comment, now()
        FROM fresh
        ON CONFLICT (participant_id, concern_id, round) DO UPDATE SET
          answer_id = EXCLUDED.answer_id, choice = EXCLUDED.choice, owners = EXCLUDED.owners, raci = EXCLUDED.raci,
          answer_key = EXCLUDED.answer_key, confidence = EXCLUDED.confidence, comment = EXCLUDED.comment, updated_at = now()
        RETURNING participant_id
      )
      SELECT i.answer_id::text AS answer_id, (e.answer_id IS NOT NULL) AS eligible, (f.answer_id IS NOT NULL) AS applied,
             f.round, f.own_role, i.concern_id::text AS concern_id, f.answer_key, f.confidence,
             f.prev_key, f.prev_confidence, coalesce(f.had_prev, false) AS had_prev,
             s.status::text AS session_status, sc.state::text AS concern_state,
             coalesce(s.closes_round = s.round AND s.closes_at <= now(), false) AS answering_closed
      FROM input i
      LEFT JOIN eligible e ON e.answer_id = i.answer_id
      LEFT JOIN fresh f ON f.answer_id = i.answer_id
      LEFT JOIN session s ON s.id = i.session_id
      LEFT JOIN session_concern sc ON sc.session_id = i.session_id AND sc.id = i.concern_id
      ORDER BY i.ord`);
    return result.map((r) => ({
      answerId: r.answer_id,
      eligible: r.eligible,
      applied: r.applied,
      round: r.round,
      ownRole: r.own_role,
      concernId: r.concern_id,
      answerKey: r.answer_key,
      confidence: r.confidence,
      previous: r.had_prev && r.prev_key !== null ? { answerKey: r.prev_key, confidence: r.prev_confidence } : null,
      sessionStatus: r.session_status,
      concernState: r.concern_state,
      answeringClosed: r.answering_closed,
    }));
  }

  /** The participant's answers in the session's current round (for resume). */
  async savedAnswers(participantId: string): Promise<TSavedAnswer[]> {
    const rows = await this.prisma.$queryRaw<
      { answer_id: string; concern_id: string; round: number; choice: string; owners: string[]; raci: Record<string, string> | null; confidence: number | null; comment: string | null }[]
    >(Prisma.sql`
      SELECT a.answer_id::text, a.concern_id::text, a.round, a.choice, a.owners::text[] AS owners, a.raci, a.confidence, a.comment
      FROM answer a JOIN session s ON s.id = a.session_id AND a.round = s.round
      WHERE a.participant_id = ${participantId}::uuid`);
    return rows.map((r) => ({
      answerId: r.answer_id,
      concernId: r.concern_id,
      round: r.round,
      choice: r.choice as TSavedAnswer['choice'],
      owners: r.owners,
      raci: (r.raci as TSavedAnswer['raci']) ?? null,
      confidence: r.confidence,
      comment: r.comment,
    }));
  }
}
