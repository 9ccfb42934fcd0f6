import { Injectable } from '@nestjs/common';
import type { TallyDelta } from '@thinline/shared';
import { EventEmitter } from 'node:events';

/**
 * What services announce after their transaction committed. Services never touch
 * sockets; the live gateway listens here and turns events into room broadcasts.
 */
export interface DomainEventMap {
  /** status, pacing position, round or a concern's open/locked/revealed state changed */
  'session.state-changed': { sessionId: string };
  'session.closed': { sessionId: string };
  'session.deleted': { sessionId: string };
  /** answers committed: how each moved the session's tally (applied locally already) */
  'answers.committed': { sessionId: string; deltas: TallyDelta[] };
  'participants.changed': { sessionId: string };
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
