import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { CONFIG, type Config } from '../../config/config.js';
import { type Limit, RateLimits } from '../rate-limit/rate-limits.js';

/**
 * Sign-in and sign-up share one budget per address (RATE_LIMIT_AUTH_PER_MINUTE), across
 * every API process when Redis is configured. Applied as a guard, so a refused attempt is
 * answered before any password is hashed. While Redis is down it refuses (503
 * rate/unavailable): a budget per process would hand a guesser N times the attempts.
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  private readonly attempts: Limit;

  constructor(limits: RateLimits, @Inject(CONFIG) config: Config) {
    this.attempts = limits.limit({ name: 'auth', points: config.RATE_LIMIT_AUTH_PER_MINUTE, durationSeconds: 60, whenStoreDown: 'closed' });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    // One key per address, not per route: ten logins and ten sign-ups are twenty attempts.
    await this.attempts.takeOrRefuse(req.ip ?? '', 'Too many requests. Wait a moment and try again.');
    return true;
  }
}
