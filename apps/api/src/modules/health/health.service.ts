import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config.js';
import { HealthRepository } from './health.repository.js';
import { type LimitStore, RateLimits } from '../rate-limit/rate-limits.js';
import { RealtimeStatus } from '../realtime/realtime-status.js';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: 'up' | 'down';
  redis: 'up' | 'down' | 'not configured';
  node: string;
  /**
   * Where the rate limits count: 'redis' (shared by every process) or 'memory' (this
   * process alone: no REDIS_URL, or Redis is down). While a configured Redis is down,
   * joins, answers and exports are limited per process and sign-in is refused (503).
   */
  rateLimits: { store: LimitStore; signIn: 'open' | 'refused' };
}

@Injectable()
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    private readonly realtime: RealtimeStatus,
    private readonly limits: RateLimits,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async check(): Promise<HealthReport> {
    const database = (await this.repository.ping()) ? 'up' : 'down';
    const redis = this.realtime.redisState();
    const rateLimits = this.limits.state();
    const status = database === 'down' ? 'down' : redis === 'down' || rateLimits.signIn === 'refused' ? 'degraded' : 'ok';
    return { status, database, redis, node: this.realtime.nodeName, rateLimits };
  }
}
