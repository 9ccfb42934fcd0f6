import { Injectable } from '@nestjs/common';
import type { TAuditAction, TPresenterCommand, TallyDelta } from '@thinline/shared';
import { EventEmitter } from 'node:events';

/**
 * What services announce after their transaction committed, in this process. Services
 * never touch sockets and never update read models themselves: the live broadcaster
 * turns events into room broadcasts, and the live tally keeps the presenters' numbers.
 */
export interface DomainEventMap {
  /** status, pacing position, round or a concern's open/locked/revealed state changed */
  'session.state-changed': { sessionId: string };
  'session.closed': { sessionId: string };
  'session.deleted': { sessionId: string };
  /**
   * A signed-in person changed a session or took something out of it (a session action
   * that changed something, a decision, the closing time, a share link, an export): the
   * audit log records it. Whoever does it announces it; nobody depends on the log.
   */
  'session.acted': { sessionId: string; actorId: string; action: TAuditAction; concernId?: string | null; at: Date };
  /** a member left or was removed from an org: their open screens of its sessions are closed */
  'org.member-removed': { orgId: string; userId: string };
  /**
   * Answers committed: how each moved the session's tally. `origin` says whose write it
   * was: this process's own (the live broadcaster passes those on to the other processes)
   * or another process's, relayed here by the live broadcaster. The live tally applies both.
   */
  'answers.committed': {
    sessionId: string;
    deltas: TallyDelta[];
    origin: 'this-process' | 'peer';
    /** this process's writer has nothing more waiting: the burst is over, show it now */
    settled?: boolean;
  };
  'participants.changed': { sessionId: string };
  /** a concern's decision was written or removed */
  'decisions.changed': { sessionId: string };
  /** presenter links were revoked: the projectors showing them (on any process) are told and disconnected */
  'presenter-links.revoked': { sessionId: string; linkIds: string[] };
  /** the control room paces the session's projectors (view, page) */
  'presenter.commanded': { sessionId: string; command: TPresenterCommand };
  /** this process stopped saving answers (its database is away) or started again */
  'answers.saving-changed': { saving: boolean };
}

@Injectable()
export class DomainEvents {
  private readonly emitter = new EventEmitter({ captureRejections: true });

  constructor() {
    this.emitter.setMaxListeners(50);
  }

  emit<K extends keyof DomainEventMap>(name: K, payload: DomainEventMap[K]): void {
    this.emitter.emit(name, payload);
  }

  on<K extends keyof DomainEventMap>(name: K, listener: (payload: DomainEventMap[K]) => void): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }
}
