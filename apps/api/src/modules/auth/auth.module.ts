import { Module } from '@nestjs/common';
import { AuthRateLimitGuard } from './auth-rate-limit.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';

/**
 * Accounts and browser sessions. Other modules import this for `AuthGuard` and
 * `@CurrentUser()`; the live handshake (LiveAuthService) uses `AuthService.userFromCookieHeader`.
 */
@Module({
  controllers: [AuthController],
  providers: [AuthService, AuthRepository, AuthGuard, AuthRateLimitGuard],
  exports: [AuthService, AuthGuard],
})
export class AuthModule {}
