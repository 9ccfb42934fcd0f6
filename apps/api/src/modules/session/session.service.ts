import { Injectable } from '@nestjs/common';
import {
  type TAuditAction,
  type TConcern,
  type TSession,
  type TSessionActionRequest,
  type TSessionState,
  type TSessionSummary,
  type TUpdateSessionRequest,
  type ZCreateSessionRequest,
  ZJoinCode,
  currentClosesAt,
  describeRounds,
  readSessionSettings,
} from '@thinline/shared';
import type { z } from 'zod';
import { SHARED_READ_MS, SharedReads } from '../../common/cache/shared-reads.js';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/http/ids.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { FollowUpsService } from '../follow-ups/follow-ups.service.js';
import { AccessService, type Need, mayRun } from '../access/access.service.js';
import { WorkshopService } from '../workshop/workshop.service.js';
import { concernWithMapping, roleWithMapping } from '../snapshot/ownership-columns.js';
import { randomJoinCode } from './join-code.js';
import { type SessionChanges, changesNothing, decide } from './session-state-machine.js';
import { SessionRepository, type SessionRow, type SessionStateRow } from './session.repository.js';

export type CreateSessionInput = z.output<typeof ZCreateSessionRequest>;

/** Fresh candidates per attempt; 31^6 codes make even one collision rare. */
const JOIN_CODE_CANDIDATES = 20;

@Injectable()
export class SessionService {
  /** Live state per session (shared briefly, see getState) and session id per join code (shared while in flight). */
  private readonly stateReads = new SharedReads<string, TSessionState>(SHARED_READ_MS);
  private readonly codeLookups = new SharedReads<string, string | null>(0);

  constructor(
    private readonly repository: SessionRepository,
    private readonly workshops: WorkshopService,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
    private readonly followUps: FollowUpsService,
  ) {}

  /** Snapshots the workshop's roles and concerns (same ids) into a new session in the lobby. */
  async create(userId: string, workshopId: string, input: CreateSessionInput | undefined): Promise<TSession> {
    const workshop = await this.workshops.getOwned(userId, workshopId);
    const { closesAt, title, ...given } = input ?? {};
    const closing = closesAt === undefined || closesAt === null ? null : parseClosesAt(closesAt, new Date());
    const settings = readSessionSettings(given);
    const candidates = Array.from({ length: JOIN_CODE_CANDIDATES }, randomJoinCode);
    const id = await this.repository.createWithSnapshot(
      {
        workshopId: workshop.id,
        ownerId: userId,
        title: title ?? workshop.title,
        settings,
        roles: workshop.roles,
        concerns: workshop.concerns,
        // Self-paced: the room answers in any order from the start. Facilitator-led:
        // nothing is open until the facilitator starts and moves through the concerns.
        concernState: settings.pacing === 'self-paced' ? 'open' : 'pending',
        closesAt: closing,
      },
      candidates,
    );
    if (!id) throw new AppError('session/join-code-exhausted', 'No free join code could be found right now. Try again in a moment.');
    return this.getOwnedSession(userId, id);
  }

  /** The dashboard's list of a workshop's sessions, newest first. */
  async listForWorkshop(userId: string, workshopId: string): Promise<TSessionSummary[]> {
    await this.access.workshop(userId, workshopId, 'read');
    const rows = await this.repository.listForWorkshop(workshopId);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      joinCode: r.joinCode,
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      participants: r.participants,
      rounds: describeRounds(r),
      locale: readSessionSettings(r.settings).locale,
    }));
  }

  /**
   * A session the caller may run (its personal owner, or an owner or facilitator of its
   * workshop's org): what every route that changes a session checks. 404 session/not-found
   * for anyone else (also for malformed ids), 403 access/read-only for an org viewer.
   */
  getOwnedSession(userId: string, sessionId: string): Promise<TSession> {
    return this.getSessionFor(userId, sessionId, 'run');
  }

  /** A session the caller may read: also an org viewer (heatmaps, reports, history, exports). */
  getReadableSession(userId: string, sessionId: string): Promise<TSession> {
    return this.getSessionFor(userId, sessionId, 'read');
  }

  /**
   * The session as a presenter link's projector shows it (the caller checked the link): what a
   * reader sees, nothing to run, and not the workshop's follow-ups (the control room's).
   */
  async getPresentedSession(sessionId: string): Promise<TSession> {
    const row = await this.repository.findFull(sessionId);
    if (!row) throw notFound();
    return { ...toSession(row), canRun: false, openFollowUps: [] };
  }

  private async getSessionFor(userId: string, sessionId: string, need: Need): Promise<TSession> {
    const standing = await this.access.session(userId, sessionId, need);
    const [row, openFollowUps] = await Promise.all([this.repository.findFull(sessionId), this.followUps.openForSession(sessionId)]);
    if (!row) throw notFound();
    return { ...toSession(row), canRun: mayRun(standing), openFollowUps };
  }

  /**
   * For the live path (handshake, joins, broadcasts): the session's progress, without an access check. 404
   * session/not-found when it is gone. A room joining at once asks this hundreds of
   * times a second, so callers share one read for SHARED_READ_MS. A facilitator's
   * action on this process drops it before the change is broadcast, and other
   * processes drop theirs when told (forgetState), so what follows a change sees it.
   */
  getState(sessionId: string): Promise<TSessionState> {
    return this.stateReads.get(sessionId, () => this.readState(sessionId));
  }

  /** Another process changed this session: the next read goes to the database. */
  forgetState(sessionId: string): void {
    this.stateReads.forget(sessionId);
  }

  private async readState(sessionId: string): Promise<TSessionState> {
    const row = isId(sessionId) ? await this.repository.findState(sessionId) : null;
    if (!row) throw notFound();
    return toState(row);
  }

  /**
   * The unfinished session a join code names, or null: every phone's handshake, so one
   * indexed lookup, shared by the handshakes that arrive while it runs (and no longer:
   * a handshake must see a session closed, or the database gone, the moment it is).
   */
  openSessionIdByJoinCode(code: string): Promise<string | null> {
    const parsed = ZJoinCode.safeParse(code);
    if (!parsed.success) return Promise.resolve(null);
    return this.codeLookups.get(parsed.data, () => this.repository.findOpenIdByJoinCode(parsed.data));
  }

  /**
   * A phone scanning the QR code of a session that has closed (in the last 30 days) learns that
   * it closed, and is thanked, rather than being told its code does not match.
   */
  async recentlyClosedJoinCode(code: string): Promise<boolean> {
    const parsed = ZJoinCode.safeParse(code);
    if (!parsed.success) return false;
    return this.repository.closedRecentlyWithJoinCode(parsed.data, 30 * 24 * 3600 * 1000);
  }

  async delete(userId: string, sessionId: string): Promise<void> {
    await this.access.session(userId, sessionId, 'run');
    if (!(await this.repository.delete(sessionId))) throw notFound();
    this.stateReads.forget(sessionId);
    this.events.emit('session.deleted', { sessionId });
  }

  /**
   * PATCH /sessions/:id: the current round's closing time set, removed or brought to now.
   * 400 session/invalid-closes-at for a past or unreadable time; 409 session/closed on a
   * closed session and session/answering-closed once the closing time has passed (what
   * the phones were told stays true). Then the live rooms hear the new state.
   */
  async updateClosing(userId: string, sessionId: string, request: TUpdateSessionRequest): Promise<TSession> {
    await this.access.session(userId, sessionId, 'run');
    const target = request.closeNow ? 'now' : request.closesAt === undefined || request.closesAt === null ? null : parseClosesAt(request.closesAt, new Date());
    const applied = await this.repository.setClosing(sessionId, target, (stored) => {
      if (stored.status === 'closed') throw new AppError('session/closed', 'This session is closed: its closing time can no longer change.');
      const current = currentClosesAt(stored);
      if (current !== null && current <= stored.now) {
        throw new AppError('session/answering-closed', `Answering in round ${stored.round} closed at ${current.toISOString()}; start the next round to answer again.`);
      }
      if (target instanceof Date && target <= stored.now) throw invalidClosesAt('closesAt: the closing time must be in the future.');
    });
    if (!applied) throw notFound();
    this.stateReads.forget(sessionId);
    this.events.emit('session.state-changed', { sessionId });
    this.events.emit('session.acted', { sessionId, actorId: userId, action: 'set-closes-at', at: new Date() });
    return this.getOwnedSession(userId, sessionId);
  }

  /** Applies a facilitator's action through the state machine, then tells the live rooms. */
  async act(userId: string, sessionId: string, request: TSessionActionRequest): Promise<TSession> {
    await this.access.session(userId, sessionId, 'run');
    let changes: SessionChanges | undefined;
    const applied = await this.repository.applyAction(sessionId, (state) => {
      const outcome = decide(state, request);
      if (!outcome.ok) throw outcome.error;
      changes = outcome.changes;
      return outcome.changes;
    });
    if (!applied) throw notFound();
    this.stateReads.forget(sessionId);
    this.events.emit('session.state-changed', { sessionId });
    // A co-facilitator's second "reveal" found it done: nothing happened, nothing to log.
    if (changes && !changesNothing(changes)) this.events.emit('session.acted', { sessionId, actorId: userId, ...auditedAs(request, changes), at: new Date() });
    if (request.action === 'close') this.events.emit('session.closed', { sessionId });
    return this.getOwnedSession(userId, sessionId);
  }
}

/** The audit log's words for an action: "next" and "previous" are a move to the concern they reached. */
function auditedAs(request: TSessionActionRequest, changes: SessionChanges): { action: TAuditAction; concernId: string | null } {
  if (request.action === 'next' || request.action === 'previous') return { action: 'goto', concernId: changes.currentConcernId ?? null };
  return { action: request.action, concernId: request.concernId ?? null };
}

function toConcern({ state: _state, revealed: _revealed, ...c }: SessionRow['concerns'][number]): TConcern {
  return concernWithMapping(c);
}

function toState(row: SessionStateRow): TSessionState {
  const closesAt = currentClosesAt(row);
  return {
    sessionId: row.id,
    status: row.status,
    pacing: readSessionSettings(row.settings).pacing,
    round: row.round,
    currentConcernId: row.currentConcernId,
    concerns: row.concerns.map((c) => ({ concernId: c.id, state: c.state, revealed: c.revealed })),
    rounds: describeRounds(row),
    closesAt: closesAt?.toISOString() ?? null,
    // This process's clock, for what the screens say; the answer statement decides with the database's.
    answeringClosed: closesAt !== null && closesAt.getTime() <= Date.now(),
  };
}

/** An ISO 8601 date-time with a zone ("2026-12-03T14:00:00+01:00", "…Z"), in the future. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function parseClosesAt(value: string, now: Date): Date {
  const at = ISO_DATE_TIME.test(value) ? new Date(value) : null;
  if (!at || Number.isNaN(at.getTime())) throw invalidClosesAt('closesAt: not an ISO 8601 date-time with a time zone, e.g. 2026-12-03T14:00:00+01:00.');
  if (at <= now) throw invalidClosesAt('closesAt: the closing time must be in the future.');
  return at;
}

function invalidClosesAt(message: string): AppError {
  return new AppError('session/invalid-closes-at', message);
}

function toSession(row: SessionRow): Omit<TSession, 'openFollowUps'> {
  return {
    id: row.id,
    workshopId: row.workshopId,
    title: row.title,
    joinCode: row.joinCode,
    status: row.status,
    roles: row.roles.map(roleWithMapping),
    concerns: row.concerns.map(toConcern),
    settings: { ...readSessionSettings(row.settings), closesAt: row.closesAt?.toISOString() ?? null },
    state: toState(row),
    participants: row._count.participants,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

function notFound(): AppError {
  return new AppError('session/not-found', 'This session does not exist, or it is not yours.');
}
