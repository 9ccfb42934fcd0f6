import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config.js';
import { HealthRepository } from './health.repository.js';
import { RealtimeStatus } from '../realtime/realtime-status.js';

export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  database: 'up' | 'down';
  redis: 'up' | 'down' | 'not configured';
  node: string;
}

@Injectable()
export class HealthService {
  constructor(
    private readonly repository: HealthRepository,
    private readonly realtime: RealtimeStatus,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async check(): Promise<HealthReport> {
    const database = (await this.repository.ping()) ? 'up' : 'down';
    const redis = this.realtime.redisState();
    const status = database === 'down' ? 'down' : redis === 'down' ? 'degraded' : 'ok';
    return { status, database, redis, node: this.realtime.nodeName };
  }
}
