import { Injectable } from '@nestjs/common';
import { type SessionSnapshot, SnapshotRepository } from './snapshot.repository.js';

const MAX_CACHED = 2000;

/**
 * A session's roles, concerns and settings never change after it is created (the
 * snapshot), so every API process keeps them in memory: the answer path validates
 * against them without a query. Live state (status, locks, round) is not cached here.
 */
@Injectable()
export class SnapshotService {
  private readonly cache = new Map<string, Promise<SessionSnapshot | null>>();

  constructor(private readonly repository: SnapshotRepository) {}

  get(sessionId: string): Promise<SessionSnapshot | null> {
    let hit = this.cache.get(sessionId);
    if (!hit) {
      hit = this.repository.find(sessionId);
      // Misses and failures are not kept: the session may be created a moment later.
      hit.then((s) => s ?? this.cache.delete(sessionId)).catch(() => this.cache.delete(sessionId));
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(sessionId, hit);
    }
    return hit;
  }

  forget(sessionId: string): void {
    this.cache.delete(sessionId);
  }
}
