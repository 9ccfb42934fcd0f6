import { Injectable } from '@nestjs/common';
import {
  type TDecision,
  type TDecisionList,
  type TDecisionRequest,
  type TRaci,
  type TRoomOwnership,
  decisionProblems,
  describeDecisionProblem,
  roomOwnership,
} from '@thinline/shared';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { AppError } from '../../common/errors/app-error.js';
import { isId } from '../../common/http/ids.js';
import type { AuthUser } from '../auth/auth.service.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { SessionService } from '../session/session.service.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { DecisionsRepository, type DecisionRow, type RevisionRow } from './decisions.repository.js';

const concernNotFound = () => new AppError('concern/not-found', 'This session has no such concern.');

/**
 * What the room agreed, per concern (api.md "Decisions"): the facilitator's RACI decision,
 * checked against the rules, stored with its history, announced after the commit.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly repository: DecisionsRepository,
    private readonly sessions: SessionService,
    private readonly snapshots: SnapshotService,
    private readonly heatmaps: HeatmapService,
    private readonly events: DomainEvents,
  ) {}

  async listForOwner(userId: string, sessionId: string): Promise<TDecisionList> {
    await this.sessions.getReadableSession(userId, sessionId);
    return this.list(sessionId);
  }

  async decide(user: AuthUser, sessionId: string, concernId: string, request: TDecisionRequest): Promise<TDecision> {
    await this.writable(user.id, sessionId, concernId);
    const snapshot = await this.snapshots.get(sessionId);
    const roles = snapshot?.roles ?? [];
    const problems = decisionProblems(request.raci, roles.map((r) => r.id));
    if (problems.length > 0) {
      const name = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
      throw new AppError('decision/invalid', problems.map((p) => describeDecisionProblem(p, name)).join('; '));
    }
    await this.repository.save(sessionId, concernId, {
      raci: request.raci,
      rationale: request.rationale || null,
      dissent: request.dissent || null,
      by: { id: user.id, name: user.name },
    });
    this.events.emit('decisions.changed', { sessionId });
    this.events.emit('session.acted', { sessionId, actorId: user.id, action: 'decide', concernId, at: new Date() });
    const saved = (await this.decisionsOf(sessionId)).find((d) => d.concernId === concernId);
    if (!saved) throw concernNotFound();
    return saved;
  }

  async undecide(user: AuthUser, sessionId: string, concernId: string): Promise<void> {
    await this.writable(user.id, sessionId, concernId);
    if (await this.repository.remove(sessionId, concernId, user.id)) {
      this.events.emit('decisions.changed', { sessionId });
      this.events.emit('session.acted', { sessionId, actorId: user.id, action: 'undecide', concernId, at: new Date() });
    }
  }

  /** Everything about a session's decisions a screen shows (the caller checked access). */
  async list(sessionId: string): Promise<TDecisionList> {
    const [decisions, room] = await Promise.all([this.decisionsOf(sessionId), this.room(sessionId)]);
    return { decisions, room };
  }

  async decisionsOf(sessionId: string): Promise<TDecision[]> {
    const [{ decisions, revisions }, snapshot] = await Promise.all([this.repository.list(sessionId), this.snapshots.get(sessionId)]);
    const order = new Map((snapshot?.concerns ?? []).map((c, i) => [c.id, i]));
    return decisions
      .sort((a, b) => (order.get(a.concernId) ?? 0) - (order.get(b.concernId) ?? 0))
      .map((d) => ({ ...toVersion(d), concernId: d.concernId, history: revisions.filter((r) => r.concernId === d.concernId).map(toRevision) }));
  }

  /** The room's checks and the picker's proposal per concern, from the current round's answers. */
  async room(sessionId: string): Promise<TRoomOwnership[]> {
    const snapshot = await this.snapshots.get(sessionId);
    if (!snapshot) return [];
    const heatmap = await this.heatmaps.compute(sessionId);
    const raciMode = snapshot.settings.answerMode === 'raci';
    const groups = raciMode ? await this.repository.raciGroups(sessionId, heatmap.round) : null;
    return roomOwnership(heatmap, groups, snapshot.roles.map((r) => r.id));
  }

  /** The owner's session, live or closed, with this concern: else 404 or 409. */
  private async writable(userId: string, sessionId: string, concernId: string): Promise<void> {
    const session = await this.sessions.getOwnedSession(userId, sessionId);
    if (!isId(concernId) || !session.concerns.some((c) => c.id === concernId)) throw concernNotFound();
    if (session.status === 'lobby') throw new AppError('session/invalid-state', 'Decide once the session has started: the room has not answered yet.');
  }
}

function toVersion(d: DecisionRow): Omit<TDecision, 'concernId' | 'history'> {
  return { raci: d.raci as TRaci, rationale: d.rationale, dissent: d.dissent, decidedAt: d.decidedAt.toISOString(), decidedBy: { id: d.decidedById, name: d.decidedByName } };
}

function toRevision(r: RevisionRow): TDecision['history'][number] {
  return { ...toVersion(r), replacedAt: r.replacedAt.toISOString() };
}
