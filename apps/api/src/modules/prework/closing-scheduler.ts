import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { CONFIG, type Config } from '../../config/config.js';
import { SessionService } from '../session/session.service.js';
import { PreworkRepository } from './prework.repository.js';

/**
 * Pre-work closings. The record is the session row (closes_at): the answer statement
 * already refuses a late answer by the database's clock on every process, so nothing
 * here decides whether an answer counts. What this adds is telling the room at that
 * moment: every process looks every CLOSING_CHECK_MS for closings that passed, one of
 * them claims each (see claimDueClosings) and announces the new state, which the live
 * broadcaster sends to the whole room through the Redis adapter, whichever process
 * holds each phone. A process that starts later, or restarts, finds the same rows: no
 * timer in memory is the schedule.
 */
@Injectable()
export class ClosingScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(ClosingScheduler.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly repository: PreworkRepository,
    private readonly sessions: SessionService,
    private readonly events: DomainEvents,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.check(), this.config.CLOSING_CHECK_MS);
    this.timer.unref();
    void this.check();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** One look; never throws (the database may be away: the next tick looks again). */
  async check(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const closed = await this.repository.claimDueClosings();
      for (const sessionId of closed) {
        this.sessions.forgetState(sessionId);
        this.events.emit('session.state-changed', { sessionId });
      }
      if (closed.length > 0) this.log.log(`Answering closed at the closing time in ${closed.length} session(s): ${closed.join(', ')}`);
    } catch (err) {
      this.log.warn(`Looking for closing times failed: ${(err as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
