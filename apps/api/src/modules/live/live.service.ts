import { Inject, Injectable } from '@nestjs/common';
import type { TJoinResult, TPublicSession, TRevealedResults, TSessionState } from '@thinline/shared';
import { SHARED_READ_MS, SharedReads } from '../../common/cache/shared-reads.js';
import { AppError } from '../../common/errors/app-error.js';
import { CONFIG, type Config } from '../../config/config.js';
import { AnswerService } from '../answer/answer.service.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { ParticipantService } from '../participant/participant.service.js';
import { type Limit, RateLimits } from '../rate-limit/rate-limits.js';
import { SessionService } from '../session/session.service.js';
import type { SessionSnapshot } from '../snapshot/snapshot.repository.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import type { LiveClient } from './live-client.js';

/** participant:join events per connection per 10 s (joining, resuming, changing role). */
const JOIN_EVENTS_PER_CONNECTION = 10;

/** The participant side of a live session: join or resume, answer, see revealed results. */
@Injectable()
export class LiveService {
  private readonly answerLimiter: Limit;
  private readonly joinEventLimiter: Limit;
  /**
   * Revealed results by session, round and revealed concerns. Every phone that joins
   * after a reveal asks for them (a room reconnecting at once asks thousands of times):
   * they share one computation for SHARED_READ_MS. A new reveal or round is a new key,
   * so what follows a facilitator's action is always computed afresh.
   */
  private readonly resultReads = new SharedReads<string, TRevealedResults>(SHARED_READ_MS);

  constructor(
    private readonly snapshots: SnapshotService,
    private readonly sessions: SessionService,
    private readonly participants: ParticipantService,
    private readonly answers: AnswerService,
    private readonly heatmaps: HeatmapService,
    limits: RateLimits,
    @Inject(CONFIG) config: Config,
  ) {
    // Per participant, not per connection: a phone that reconnects to another process (or
    // opens a second connection with its resume token) keeps spending the same budget.
    this.answerLimiter = limits.limit({ name: 'answer', points: config.RATE_LIMIT_ANSWERS_PER_SECOND, durationSeconds: 1, whenStoreDown: 'open' });
    // A join can rewrite a participant's answers (a role change) and recount the room. A
    // person joins once and changes role rarely: a few per connection are plenty. A
    // connection lives on one process, so this budget needs no shared store.
    this.joinEventLimiter = limits.limit({ name: 'join-event', points: JOIN_EVENTS_PER_CONNECTION, durationSeconds: 10, whenStoreDown: 'open', perProcess: true });
  }

  async join(client: LiveClient, socketId: string, payload: unknown): Promise<TJoinResult> {
    if (client.kind === 'projector') throw projectorOnlyShows();
    if (client.kind !== 'participant') throw new AppError('validation/invalid', 'Only participants join a session.');
    if (!(await this.joinEventLimiter.take(socketId))) throw new AppError('rate/limited', 'Too many attempts at once. Wait a few seconds and try again.');
    const snapshot = await this.snapshots.get(client.sessionId);
    if (!snapshot) throw new AppError('session/not-found', 'This session does not exist any more.');
    const state = await this.sessions.getState(client.sessionId);
    const joined = await this.participants.join(snapshot, state.status, payload, { connectionJoined: client.participantId !== null });
    client.participantId = joined.participant.id;
    return {
      participantId: joined.participant.id,
      resumeToken: joined.resumeToken,
      session: publicSession(snapshot, state),
      ownRole: joined.participant.ownRole,
      name: snapshot.settings.anonymity === 'named' ? joined.participant.displayName : null,
      answers: joined.resumed ? await this.answers.savedAnswers(joined.participant.id) : [],
    };
  }

  /**
   * What a phone may see of a session before it joins (the same as its join result's
   * `session`): sent with the phone page, so the join screen needs no round trip.
   */
  async publicSession(sessionId: string): Promise<TPublicSession | null> {
    const snapshot = await this.snapshots.get(sessionId);
    if (!snapshot) return null;
    return publicSession(snapshot, await this.sessions.getState(sessionId));
  }

  async submit(client: LiveClient, payload: unknown): Promise<{ answerId: string }> {
    if (client.kind === 'projector') throw projectorOnlyShows();
    if (client.kind !== 'participant' || !client.participantId) {
      throw new AppError('participant/not-joined', 'Join the session before answering.');
    }
    if (!(await this.answerLimiter.take(client.participantId))) throw new AppError('rate/limited', 'Too many answers at once. Wait a second and try again.');
    return this.answers.submit({ sessionId: client.sessionId, participantId: client.participantId }, payload);
  }

  /** The room's numbers for revealed concerns only: phones never see a blind vote. */
  async revealedResults(sessionId: string): Promise<TRevealedResults | null> {
    const state = await this.sessions.getState(sessionId);
    const revealed = state.concerns.filter((c) => c.revealed).map((c) => c.concernId);
    if (revealed.length === 0) return null;
    return this.resultReads.get(`${sessionId}:${state.round}:${revealed.join(',')}`, async () => {
      const heatmap = await this.heatmaps.compute(sessionId, { round: state.round });
      return { sessionId, round: state.round, concerns: heatmap.concerns.filter((c) => revealed.includes(c.concernId)) };
    });
  }
}

function projectorOnlyShows(): AppError {
  return new AppError('access/read-only', 'A presenter link only shows the session: it cannot join or answer.');
}

function publicSession(snapshot: SessionSnapshot, state: TSessionState): TPublicSession {
  return {
    id: snapshot.id,
    title: snapshot.title,
    status: state.status,
    roles: snapshot.roles,
    concerns: snapshot.concerns,
    state,
    settings: { pacing: snapshot.settings.pacing, anonymity: snapshot.settings.anonymity, answerMode: snapshot.settings.answerMode, locale: snapshot.settings.locale },
  };
}
