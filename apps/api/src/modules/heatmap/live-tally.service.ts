import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { SessionTally, type StoredRounds, type TRoundInfo, type TallyDelta, type THeatmap, describeRounds } from '@thinline/shared';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { RealtimeStatus } from '../realtime/realtime-status.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { HeatmapRepository } from './heatmap.repository.js';
import { HeatmapService } from './heatmap.service.js';

interface LiveSession {
  tally: SessionTally;
  participantsByRole: Record<string, number>;
  round: number;
  /** the rounds with their labels, as GET /heatmap gives them */
  rounds: TRoundInfo[];
  reconcileTimer: NodeJS.Timeout | null;
  lastUsed: number;
}

/** After this long without deltas, the tally is compared with PostgreSQL once. */
const RECONCILE_AFTER_MS = 1000;
const EVICT_AFTER_MS = 15 * 60 * 1000;

/**
 * The live aggregate of each session this process shows, kept incrementally: an answer
 * changed from A to B moves one count. It is the one listener that applies committed
 * answers, this process's own and (relayed by the live broadcaster) the other processes'.
 * It is rebuilt from PostgreSQL when first needed, and compared with PostgreSQL once the
 * room goes quiet, so what a presenter sees settles to exactly what GET /heatmap returns.
 */
@Injectable()
export class LiveTallyService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(LiveTallyService.name);
  private readonly sessions = new Map<string, Promise<LiveSession>>();
  private readonly listeners = new Set<(sessionId: string) => void>();
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly repository: HeatmapRepository,
    private readonly heatmaps: HeatmapService,
    private readonly snapshots: SnapshotService,
    private readonly realtime: RealtimeStatus,
    private readonly events: DomainEvents,
  ) {
    setInterval(() => this.evictIdle(), 60_000).unref();
  }

  onModuleInit(): void {
    this.stopListening = this.events.on('answers.committed', ({ sessionId, deltas }) => void this.apply(sessionId, deltas));
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  /** Called whenever a session's live numbers may have changed. */
  onChange(listener: (sessionId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Applies committed deltas; ignored for sessions this process does not follow. */
  private async apply(sessionId: string, deltas: TallyDelta[]): Promise<void> {
    const entry = this.sessions.get(sessionId);
    if (!entry) return;
    try {
      const live = await entry;
      try {
        for (const d of deltas) live.tally.apply(d);
      } catch (err) {
        // A delta that does not fit (e.g. it raced the initial load): rebuild from the record.
        this.logger.warn(`Tally of ${sessionId} out of step (${(err as Error).message}); rebuilding`);
        await this.reload(sessionId, live);
      }
      this.scheduleReconcile(sessionId, live);
      this.changed(sessionId);
    } catch (err) {
      // Called without waiting (after a commit, a peer's message), so it must not throw;
      // a failed load is forgotten and the next viewer loads the room from the record.
      this.logger.warn(`Applying answers to the tally of ${sessionId} failed: ${(err as Error).message}`);
    }
  }

  /** The whole-room live heatmap of the current round. */
  async heatmap(sessionId: string): Promise<THeatmap | null> {
    const snapshot = await this.snapshots.get(sessionId);
    if (!snapshot) return null;
    const live = await this.load(sessionId);
    live.lastUsed = Date.now();
    return { ...this.heatmaps.build(snapshot, live.tally, live.participantsByRole, live.round, null), rounds: live.rounds };
  }

  /** Participants joined or the round changed: re-read the small things from PostgreSQL. */
  async refreshCounts(sessionId: string): Promise<void> {
    const entry = this.sessions.get(sessionId);
    if (!entry) return;
    try {
      const live = await entry;
      const [participantsByRole, stored] = await Promise.all([this.repository.participantsByRole(sessionId), this.repository.roundsOf(sessionId)]);
      live.participantsByRole = participantsByRole;
      setRounds(live, stored);
      // A participant who changed role moves answers between segments: check the tally too.
      this.scheduleReconcile(sessionId, live);
      this.changed(sessionId);
    } catch (err) {
      // Called without waiting (a join, a peer's message): the next refresh or reconcile catches up.
      this.logger.warn(`Refreshing counts of ${sessionId} failed: ${(err as Error).message}`);
    }
  }

  forget(sessionId: string): void {
    void this.sessions.get(sessionId)?.then((l) => l.reconcileTimer && clearTimeout(l.reconcileTimer));
    this.sessions.delete(sessionId);
  }

  private load(sessionId: string): Promise<LiveSession> {
    let entry = this.sessions.get(sessionId);
    if (!entry) {
      entry = (async () => {
        const live: LiveSession = { tally: new SessionTally(), participantsByRole: {}, round: 1, rounds: [], reconcileTimer: null, lastUsed: Date.now() };
        await this.reload(sessionId, live);
        return live;
      })();
      entry.catch(() => this.sessions.delete(sessionId));
      this.sessions.set(sessionId, entry);
    }
    return entry;
  }

  private async reload(sessionId: string, live: LiveSession): Promise<boolean> {
    const [rows, participantsByRole, stored] = await Promise.all([
      this.repository.tallyRows(sessionId),
      this.repository.participantsByRole(sessionId),
      this.repository.roundsOf(sessionId),
    ]);
    const fresh = SessionTally.fromRows(rows);
    const before = JSON.stringify([live.round, live.rounds]);
    const differs = !fresh.equals(live.tally) || JSON.stringify(participantsByRole) !== JSON.stringify(live.participantsByRole);
    live.tally = fresh;
    live.participantsByRole = participantsByRole;
    setRounds(live, stored);
    return differs || before !== JSON.stringify([live.round, live.rounds]);
  }

  /**
   * Compares the tally with PostgreSQL once the room has been quiet for a second. While
   * the link to the other processes is down, their answers reach this tally only that
   * way, so a busy room must not keep postponing it: the check already scheduled stands,
   * and the presenter catches up every second instead of when the room falls silent.
   */
  private scheduleReconcile(sessionId: string, live: LiveSession): void {
    if (live.reconcileTimer && this.realtime.redisState() === 'down') return;
    if (live.reconcileTimer) clearTimeout(live.reconcileTimer);
    live.reconcileTimer = setTimeout(() => {
      live.reconcileTimer = null;
      this.reload(sessionId, live)
        .then((differs) => {
          if (differs) {
            this.logger.debug(`Tally of ${sessionId} corrected from PostgreSQL`);
            this.changed(sessionId);
          }
        })
        .catch((err: Error) => this.logger.warn(`Reconcile of ${sessionId} failed: ${err.message}`));
    }, RECONCILE_AFTER_MS);
  }

  private changed(sessionId: string): void {
    for (const l of this.listeners) l(sessionId);
  }

  private evictIdle(): void {
    const now = Date.now();
    for (const [id, entry] of this.sessions) {
      void entry.then((live) => {
        if (now - live.lastUsed > EVICT_AFTER_MS) this.forget(id);
      });
    }
  }
}

/** The round and its labels from the record; a session gone meanwhile keeps what it had. */
function setRounds(live: LiveSession, stored: StoredRounds | null): void {
  if (!stored) return;
  live.round = stored.round;
  live.rounds = describeRounds(stored);
}
