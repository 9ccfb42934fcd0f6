import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { CONFIG, type Config } from '../../config/config.js';

/**
 * Sign-in and sign-up share one budget per address (RATE_LIMIT_AUTH_PER_MINUTE), kept in
 * this process's memory. Applied as a guard, so a refused attempt is answered before any
 * password is hashed.
 */
export const AuthRateLimitModule = ThrottlerModule.forRootAsync({
  inject: [CONFIG],
  useFactory: (config: Config) => ({
    throttlers: [{ name: 'auth', ttl: 60_000, limit: config.RATE_LIMIT_AUTH_PER_MINUTE }],
    // One key per address, not per route: ten logins and ten sign-ups are twenty attempts.
    generateKey: (_context: ExecutionContext, tracker: string, name: string) => `${name}:${tracker}`,
    setHeaders: true,
  }),
});
