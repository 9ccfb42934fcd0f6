import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { RetentionRepository } from './retention.repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * RETENTION_DAYS: closed sessions older than that are deleted, with everything of them
 * (participants, answers, receipts, share links), as a facilitator's delete would: live
 * sockets of the session (report viewers) are told and dropped. It runs once at start
 * and then daily on every process; a PostgreSQL advisory lock lets one process at a
 * time do it, and the others skip that run. Unset: nothing is ever deleted.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(RetentionService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly repository: RetentionRepository,
    private readonly events: DomainEvents,
    private readonly metrics: MetricsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.RETENTION_DAYS) return;
    void this.run();
    this.timer = setInterval(() => void this.run(), DAY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** One run: deletes in batches until nothing old is left; never throws (the next day tries again). */
  async run(): Promise<void> {
    const days = this.config.RETENTION_DAYS;
    if (!days) return;
    const cutoff = new Date(Date.now() - days * DAY_MS);
    let total = 0;
    try {
      for (;;) {
        const deleted = await this.repository.deleteClosedBefore(cutoff);
        if (deleted === null) {
          if (total === 0) {
            this.metrics.retentionRuns.inc({ outcome: 'skipped' });
            this.log.log('Data retention: another process is running it');
            return;
          }
          break;
        }
        for (const sessionId of deleted) this.events.emit('session.deleted', { sessionId });
        total += deleted.length;
        this.metrics.retentionDeleted.inc(deleted.length);
        if (deleted.length === 0) break;
      }
      this.metrics.retentionRuns.inc({ outcome: 'ran' });
      this.log.log(`Data retention: deleted ${total} session(s) closed before ${cutoff.toISOString()} (RETENTION_DAYS=${days})`);
    } catch (err) {
      this.metrics.retentionRuns.inc({ outcome: 'failed' });
      this.log.warn(`Data retention failed (${(err as Error).message}); it runs again tomorrow`);
    }
  }
}
