import { Body, Controller, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type TLoginRequest, type TSignupRequest, type TUserResponse, ZLoginRequest, ZSignupRequest } from '@thinline/shared';
import { type SessionCookie, SessionCookies } from './auth-cookie.js';
import { AuthRateLimitGuard } from './auth-rate-limit.js';
import { AuthGuard, CurrentUser } from './auth.guard.js';
import { type AuthUser, AuthService } from './auth.service.js';
import { Endpoint } from '../../common/http/endpoint.decorator.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Endpoint('POST', { path: 'signup', summary: 'Create a facilitator account and sign in (sets the thinline_session cookie)', responses: [{ status: 201, description: '{ user }' }, { status: 409, description: 'auth/email-taken' }, { status: 429, description: 'rate/limited: too many sign-in / sign-up attempts from this address' }, { status: 503, description: 'rate/unavailable: Redis (REDIS_URL) is down, sign-up is paused' }] })
  @UseGuards(AuthRateLimitGuard)
  signup(@Body({ schema: ZSignupRequest }) body: TSignupRequest, @SessionCookies() cookie: SessionCookie): Promise<TUserResponse> {
    return this.auth.signup(body, cookie);
  }

  @Endpoint('POST', { path: 'login', status: 200, summary: 'Sign in with email and password (sets the thinline_session cookie)', responses: [{ status: 200, description: '{ user }' }, { status: 401, description: 'auth/invalid-credentials' }, { status: 429, description: 'rate/limited' }, { status: 503, description: 'rate/unavailable: Redis (REDIS_URL) is down, sign-in is paused' }] })
  @UseGuards(AuthRateLimitGuard)
  login(@Body({ schema: ZLoginRequest }) body: TLoginRequest, @SessionCookies() cookie: SessionCookie): Promise<TUserResponse> {
    return this.auth.login(body, cookie);
  }

  @Endpoint('POST', { path: 'logout', status: 204, summary: 'Sign out: ends this browser session and clears the cookie' })
  @ApiCookieAuth()
  logout(@SessionCookies() cookie: SessionCookie): Promise<void> {
    return this.auth.logout(cookie);
  }

  @Endpoint('GET', { path: 'me', summary: 'The signed-in facilitator; 401 auth/required when not signed in' })
  @UseGuards(AuthGuard)
  @ApiCookieAuth()
  me(@CurrentUser() user: AuthUser): TUserResponse {
    return this.auth.me(user);
  }
}
