import { Injectable } from '@nestjs/common';
import {
  DEFAULT_SETTINGS,
  type TConcern,
  type TSession,
  type TSessionActionRequest,
  type TSessionSettings,
  type TSessionState,
  type TSessionSummary,
  type ZCreateSessionRequest,
  ZJoinCode,
  ZSessionSettings,
} from '@thinline/shared';
import type { z } from 'zod';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/http/ids.js';
import { DomainEvents } from '../realtime/domain-events.js';
import { WorkshopService } from '../workshop/workshop.service.js';
import { randomJoinCode } from './join-code.js';
import { decide } from './session-state-machine.js';
import { SessionRepository, type SessionRow } from './session.repository.js';

export type CreateSessionInput = z.output<typeof ZCreateSessionRequest>;

/** Fresh candidates per attempt; 31^6 codes make even one collision rare. */
const JOIN_CODE_CANDIDATES = 20;

@Injectable()
export class SessionService {
  constructor(
    private readonly repository: SessionRepository,
    private readonly workshops: WorkshopService,
    private readonly events: DomainEvents,
  ) {}

  /** Snapshots the workshop's roles and concerns (same ids) into a new session in the lobby. */
  async create(userId: string, workshopId: string, input: CreateSessionInput | undefined): Promise<TSession> {
    const workshop = await this.workshops.getOwned(userId, workshopId);
    const settings = ZSessionSettings.parse({ ...DEFAULT_SETTINGS, ...input });
    const candidates = Array.from({ length: JOIN_CODE_CANDIDATES }, randomJoinCode);
    const id = await this.repository.createWithSnapshot(
      {
        workshopId: workshop.id,
        ownerId: userId,
        title: workshop.title,
        settings,
        roles: workshop.roles,
        concerns: workshop.concerns,
        // Self-paced: the room answers in any order from the start. Facilitator-led:
        // nothing is open until the facilitator starts and moves through the concerns.
        concernState: settings.pacing === 'self-paced' ? 'open' : 'pending',
      },
      candidates,
    );
    if (!id) throw new AppError('session/join-code-exhausted', 'No free join code could be found right now. Try again in a moment.');
    return this.getOwnedSession(userId, id);
  }

  /** The dashboard's list of a workshop's sessions, newest first. */
  async listForWorkshop(userId: string, workshopId: string): Promise<TSessionSummary[]> {
    const workshop = await this.workshops.getOwned(userId, workshopId);
    const rows = await this.repository.listForWorkshop(workshop.id);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      joinCode: r.joinCode,
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      participants: r.participants,
    }));
  }

  /** The caller's session, or 404 session/not-found (also for malformed and other facilitators' ids). */
  async getOwnedSession(userId: string, sessionId: string): Promise<TSession> {
    const row = isId(sessionId) ? await this.repository.findOwnedFull(userId, sessionId) : null;
    if (!row) throw notFound();
    return toSession(row);
  }

  /** For the live gateway: the session's progress, without an access check. 404 session/not-found when it is gone. */
  async getState(sessionId: string): Promise<TSessionState> {
    const row = isId(sessionId) ? await this.repository.findFull(sessionId) : null;
    if (!row) throw notFound();
    return toState(row);
  }

  /** For the participant join path: the unfinished session with this code, or null. */
  /** The open session a join code names, as cheaply as possible (every phone's handshake). */
  async openSessionIdByJoinCode(code: string): Promise<string | null> {
    const parsed = ZJoinCode.safeParse(code);
    return parsed.success ? this.repository.findOpenIdByJoinCode(parsed.data) : null;
  }

  async delete(userId: string, sessionId: string): Promise<void> {
    if (!isId(sessionId) || !(await this.repository.deleteOwned(userId, sessionId))) throw notFound();
    this.events.emit('session.deleted', { sessionId });
  }

  /** Applies a facilitator's action through the state machine, then tells the live rooms. */
  async act(userId: string, sessionId: string, request: TSessionActionRequest): Promise<TSession> {
    if (!isId(sessionId)) throw notFound();
    const applied = await this.repository.applyAction(userId, sessionId, (state) => {
      const outcome = decide(state, request);
      if (!outcome.ok) throw outcome.error;
      return outcome.changes;
    });
    if (!applied) throw notFound();
    this.events.emit('session.state-changed', { sessionId });
    if (request.action === 'close') this.events.emit('session.closed', { sessionId });
    return this.getOwnedSession(userId, sessionId);
  }
}

function settingsOf(row: SessionRow): TSessionSettings {
  // Stored settings are merged over the defaults so a setting added later reads as its default.
  return ZSessionSettings.parse({ ...DEFAULT_SETTINGS, ...(row.settings as object) });
}

function toConcern(c: SessionRow['concerns'][number]): TConcern {
  return { id: c.id, title: c.title, description: c.description, category: c.category };
}

function toState(row: SessionRow): TSessionState {
  return {
    sessionId: row.id,
    status: row.status,
    pacing: settingsOf(row).pacing,
    round: row.round,
    currentConcernId: row.currentConcernId,
    concerns: row.concerns.map((c) => ({ concernId: c.id, state: c.state, revealed: c.revealed })),
  };
}

function toSession(row: SessionRow): TSession {
  return {
    id: row.id,
    workshopId: row.workshopId,
    title: row.title,
    joinCode: row.joinCode,
    status: row.status,
    roles: row.roles,
    concerns: row.concerns.map(toConcern),
    settings: settingsOf(row),
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
