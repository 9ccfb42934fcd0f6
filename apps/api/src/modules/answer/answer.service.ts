import { Injectable, type OnModuleInit } from '@nestjs/common';
import { type TAnswerSubmit, type TallyDelta, ZAnswerSubmit, answerKey, readAnswerSubmit } from '@thinline/shared';
import { AppError, describeIssues } from '../../common/errors/app-error.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import type { SessionSnapshot } from '../snapshot/snapshot.repository.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { type AnswerOutcome, AnswerRepository, type AnswerRow } from './answer.repository.js';
import { AnswerWriter, WriteUnavailableError } from './answer-writer.js';

export interface ParticipantContext {
  sessionId: string;
  participantId: string;
}

@Injectable()
export class AnswerService implements OnModuleInit {
  constructor(
    private readonly writer: AnswerWriter,
    private readonly repository: AnswerRepository,
    private readonly snapshots: SnapshotService,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.writer.onCommitted((rows, outcomes, settled) => this.afterCommit(rows, outcomes, settled));
    this.writer.onSavingChanged((saving) => this.events.emit('answers.saving-changed', { saving }));
  }

  /** false while this process hands answers back because its database is away */
  get saving(): boolean {
    return this.writer.saving;
  }

  /**
   * Validates an answer against the session's snapshot, writes it with the next batch
   * and resolves once PostgreSQL committed it. A repeated answerId resolves again and
   * changes nothing.
   */
  async submit(ctx: ParticipantContext, payload: unknown): Promise<{ answerId: string }> {
    const answer = readAnswerSubmit(payload) ?? parseAnswer(payload);
    const snapshot = await this.snapshots.get(ctx.sessionId);
    if (!snapshot) throw new AppError('session/not-found', 'This session does not exist any more.');
    const row = toRow(ctx, answer, snapshot);
    let outcome: AnswerOutcome;
    try {
      outcome = await this.writer.write(row);
    } catch (err) {
      if (err instanceof WriteUnavailableError) {
        // Not kept here (see AnswerWriter): the phone's outbox keeps it and sends it again.
        throw new AppError('answer/retry', 'Your answer could not be saved right now. It will be sent again automatically.');
      }
      throw err;
    }
    if (!outcome.eligible) throw refusal(outcome);
    return { answerId: row.answerId };
  }

  savedAnswers(participantId: string) {
    return this.repository.savedAnswers(participantId);
  }

  private afterCommit(rows: AnswerRow[], outcomes: AnswerOutcome[], settled: boolean): void {
    const sessionOf = new Map(rows.map((r) => [r.answerId, r.sessionId]));
    const bySession = new Map<string, TallyDelta[]>();
    for (const o of outcomes) {
      if (!o.applied || o.round === null || o.ownRole === null || o.answerKey === null) continue;
      const sessionId = sessionOf.get(o.answerId);
      if (!sessionId) continue;
      const delta: TallyDelta = {
        round: o.round,
        concernId: o.concernId,
        ownRole: o.ownRole,
        from: o.previous ? { key: o.previous.answerKey, confidence: o.previous.confidence } : null,
        to: { key: o.answerKey, confidence: o.confidence },
      };
      const list = bySession.get(sessionId) ?? [];
      list.push(delta);
      bySession.set(sessionId, list);
    }
    // The write path only announces what it committed; the live tally is the read model's one listener.
    for (const [sessionId, deltas] of bySession) this.events.emit('answers.committed', { sessionId, deltas, origin: 'this-process', settled });
  }
}

/** ZAnswerSubmit's verdict, for what readAnswerSubmit's fast path leaves to it (and its refusal's words). */
function parseAnswer(payload: unknown): TAnswerSubmit {
  const parsed = ZAnswerSubmit.safeParse(payload);
  if (!parsed.success) throw new AppError('validation/invalid', describeIssues(parsed.error.issues));
  return parsed.data;
}

function toRow(ctx: ParticipantContext, a: TAnswerSubmit, snapshot: SessionSnapshot): AnswerRow {
  if (!snapshot.concerns.some((c) => c.id === a.concernId)) {
    throw new AppError('concern/not-found', 'This question is not part of your session.');
  }
  const roleIds = new Set(snapshot.roles.map((r) => r.id));
  const mode = snapshot.settings.answerMode;
  let owners: string[] = [];
  let raci: Record<string, string> | null = null;
  if (a.choice === 'owners') {
    if (mode === 'raci') {
      if (!a.raci || Object.keys(a.raci).length === 0) throw new AppError('answer/invalid', 'This session asks for a R/A/C/I letter per role.');
      if (Object.keys(a.raci).some((id) => !roleIds.has(id))) throw new AppError('answer/invalid', 'An answer names a role that is not in this session.');
      raci = a.raci;
      owners = Object.entries(a.raci)
        .filter(([, letter]) => letter === 'R' || letter === 'A')
        .map(([id]) => id);
    } else {
      if (!a.owners || a.owners.length === 0) throw new AppError('answer/invalid', 'Pick at least one owning role.');
      if (a.owners.some((id) => !roleIds.has(id))) throw new AppError('answer/invalid', 'An answer names a role that is not in this session.');
      owners = a.owners;
    }
  }
  return {
    answerId: a.answerId,
    sessionId: ctx.sessionId,
    participantId: ctx.participantId,
    concernId: a.concernId,
    choice: a.choice,
    owners,
    raci,
    answerKey: answerKey({ choice: a.choice, owners, raci: raci as Record<string, 'R' | 'A' | 'C' | 'I'> | null }),
    confidence: a.confidence ?? null,
    comment: a.comment ? a.comment : null,
  };
}

function refusal(o: AnswerOutcome): AppError {
  if (o.sessionStatus === 'closed') return new AppError('session/closed', 'This session is closed. Thank you for taking part.');
  if (o.sessionStatus !== 'live') return new AppError('answer/not-open', 'The session has not started yet. Your answer was not saved.');
  if (o.answeringClosed) return new AppError('answer/locked', 'Answering has closed: the closing time has passed. Your answer was not saved.');
  if (o.concernState === 'locked') return new AppError('answer/locked', 'This question is locked: the facilitator closed it.');
  if (o.concernState === 'pending') return new AppError('answer/not-open', 'This question is not open yet.');
  return new AppError('participant/not-joined', 'Join the session before answering.');
}
