import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { createClient } from 'redis';
import { AppError } from '../../common/errors/app-error.js';
import { CONFIG, type Config } from '../../config/config.js';

/**
 * What a limit does while its Redis store is unreachable:
 * - 'open': counts in this process's memory instead (each process then gives the full
 *   budget): joins, answers and exports keep working through an outage;
 * - 'closed': refuses with 503 rate/unavailable: sign-in, where a per-process budget
 *   would multiply a password guesser's attempts by the number of processes.
 */
export type WhenStoreDown = 'open' | 'closed';

export interface LimitSpec {
  /** also the Redis key prefix: thinline:limit:<name>:<key> */
  name: string;
  points: number;
  durationSeconds: number;
  whenStoreDown: WhenStoreDown;
  /**
   * Keys that only ever live on one process (a socket id) need no shared store: their
   * budget is the same in memory, without a Redis round trip.
   */
  perProcess?: boolean;
}

export type LimitStore = 'redis' | 'memory';

/** One budget: `take(key)` spends a point and says whether the key was still within it. */
export class Limit {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    private readonly spec: LimitSpec,
  ) {}

  /** Spends one point of `key`; false when the budget of this window is used up. */
  async take(key: string): Promise<boolean> {
    try {
      await this.limiter.consume(key);
      return true;
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return false;
      throw storeDown(this.spec);
    }
  }

  /**
   * Spends one point of `key`, or throws `rate/limited` with `message` and the whole
   * seconds until the window frees a point (the HTTP reply's Retry-After).
   */
  async takeOrRefuse(key: string, message: string): Promise<void> {
    try {
      await this.limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) throw new AppError('rate/limited', message, Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)));
      throw storeDown(this.spec);
    }
  }

  /** True when `key` has no point left in this window (spends nothing). */
  async isExhausted(key: string): Promise<boolean> {
    try {
      const res = await this.limiter.get(key);
      return res !== null && res.remainingPoints === 0;
    } catch {
      if (this.spec.whenStoreDown === 'closed') throw storeDown(this.spec);
      return false;
    }
  }
}

function storeDown(spec: LimitSpec): AppError {
  return new AppError('rate/unavailable', spec.name === 'auth'
    ? 'Sign-in is paused for a moment: the server cannot check its attempt limits. Try again shortly.'
    : 'The server cannot check its limits right now. Try again shortly.');
}

/**
 * Every rate limit of the API (sign-in, joins, wrong codes, answers, exports), on
 * rate-limiter-flexible. With REDIS_URL the counters live in Redis, so N processes behind
 * a balancer share one budget and a restart forgets nothing; without it they live in this
 * process's memory. Each limit says what it does while Redis is down (see WhenStoreDown).
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly log = new Logger(RateLimits.name);
  private readonly redis?: ReturnType<typeof createClient>;
  private redisUp = false;
  private readonly limits = new Map<string, Limit>();

  constructor(@Inject(CONFIG) config: Config) {
    if (!config.REDIS_URL) return;
    this.redis = createClient({
      url: config.REDIS_URL,
      // A limit must answer now: while Redis is away, commands fail at once (and the
      // limit falls back or refuses) instead of queueing behind a reconnect.
      disableOfflineQueue: true,
      socket: { connectTimeout: 2000, reconnectStrategy: (retries: number) => Math.min(retries * 200, 2000) },
    });
    this.redis.on('ready', () => {
      this.redisUp = true;
      this.log.log('Rate limits are shared through Redis');
    });
    this.redis.on('error', (err: Error) => {
      if (this.redisUp) this.log.warn(`Redis unavailable for rate limits (${err.message}): joins, answers and exports are limited per process, sign-in is refused`);
      this.redisUp = false;
    });
    this.redis.on('end', () => (this.redisUp = false));
    // Connecting goes on in the background; until it is ready every limit behaves as when Redis is down.
    this.redis.connect().catch((err: Error) => this.log.warn(`Redis not reachable for rate limits at start (${err.message}); retrying`));
  }

  /** Where the counters are now: shared in Redis, or this process's memory. */
  state(): { store: LimitStore; signIn: 'open' | 'refused' } {
    if (!this.redis) return { store: 'memory', signIn: 'open' };
    return this.redisUp ? { store: 'redis', signIn: 'open' } : { store: 'memory', signIn: 'refused' };
  }

  /** The limit of this spec (one instance per name and budget, made on first use). */
  limit(spec: LimitSpec): Limit {
    const id = `${spec.name}:${spec.points}:${spec.durationSeconds}`;
    let limit = this.limits.get(id);
    if (!limit) {
      limit = new Limit(this.limiterFor(spec), spec);
      this.limits.set(id, limit);
    }
    return limit;
  }

  private limiterFor(spec: LimitSpec): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ points: spec.points, duration: spec.durationSeconds });
    if (!this.redis || spec.perProcess) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      // The budget is part of the key: a session whose capacity gives another budget counts apart.
      keyPrefix: `thinline:limit:${spec.name}:${spec.points}`,
      points: spec.points,
      duration: spec.durationSeconds,
      ...(spec.whenStoreDown === 'open' ? { insuranceLimiter: memory } : {}),
    });
  }

  async onModuleDestroy(): Promise<void> {
    if (!this.redis?.isOpen) return;
    if (this.redis.isReady) await this.redis.close().catch(() => undefined);
    else this.redis.destroy();
  }
}
