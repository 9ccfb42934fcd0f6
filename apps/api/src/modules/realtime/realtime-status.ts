import { Inject, Injectable } from '@nestjs/common';
import { hostname } from 'node:os';
import { CONFIG, type Config } from '../../config/config.js';

/** What this process knows about its link to the other API processes. */
@Injectable()
export class RealtimeStatus {
  readonly nodeName: string;
  private redis: 'up' | 'down' | 'not configured';

  constructor(@Inject(CONFIG) config: Config) {
    this.nodeName = config.NODE_NAME ?? `${hostname()}:${process.pid}`;
    this.redis = config.REDIS_URL ? 'down' : 'not configured';
  }

  redisState(): 'up' | 'down' | 'not configured' {
    return this.redis;
  }

  setRedis(state: 'up' | 'down'): void {
    this.redis = state;
  }
}
