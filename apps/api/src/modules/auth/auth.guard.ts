import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { AppError } from '../../common/errors/app-error.js';
import { sessionTokenFromCookieHeader } from './auth-cookie.js';
import { type AuthUser, AuthService } from './auth.service.js';

type AuthedRequest = Request & { user?: AuthUser };

/** Lets a request through only with a valid session cookie; puts the user on the request. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<AuthedRequest>();
    const user = await this.auth.userFromToken(sessionTokenFromCookieHeader(req.headers.cookie));
    if (!user) throw new AppError('auth/required', 'Sign in to continue.');
    req.user = user;
    return true;
  }
}

/** The signed-in user, in a handler behind `AuthGuard`. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): AuthUser => {
  const user = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  // Only reachable when a handler uses @CurrentUser() without AuthGuard: a programming error.
  if (!user) throw new Error('@CurrentUser() needs @UseGuards(AuthGuard)');
  return user;
});
