import { Injectable } from '@nestjs/common';
import type { TallyDelta } from '@thinline/shared';
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
