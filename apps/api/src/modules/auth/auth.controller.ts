import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type TLoginRequest, type TSignupRequest, type TUserResponse, ZLoginRequest, ZSignupRequest } from '@thinline/shared';
import { type SessionCookie, SessionCookies } from './auth-cookie.js';
import { AuthRateLimitGuard } from './auth-rate-limit.js';
import { AuthGuard, CurrentUser } from './auth.guard.js';
import { type AuthUser, AuthService } from './auth.service.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('signup')
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Create a facilitator account and sign in (sets the thinline_session cookie)' })
  @ApiResponse({ status: 201, description: '{ user }' })
  @ApiResponse({ status: 409, description: 'auth/email-taken' })
  @ApiResponse({ status: 429, description: 'rate/limited: too many sign-in / sign-up attempts from this address' })
  @ApiResponse({ status: 503, description: 'rate/unavailable: Redis (REDIS_URL) is down, sign-up is paused' })
  signup(@Body({ schema: ZSignupRequest }) body: TSignupRequest, @SessionCookies() cookie: SessionCookie): Promise<TUserResponse> {
    return this.auth.signup(body, cookie);
  }

  @Post('login')
  @HttpCode(200)
  @UseGuards(AuthRateLimitGuard)
  @ApiOperation({ summary: 'Sign in with email and password (sets the thinline_session cookie)' })
  @ApiResponse({ status: 200, description: '{ user }' })
  @ApiResponse({ status: 401, description: 'auth/invalid-credentials' })
  @ApiResponse({ status: 429, description: 'rate/limited' })
  @ApiResponse({ status: 503, description: 'rate/unavailable: Redis (REDIS_URL) is down, sign-in is paused' })
  login(@Body({ schema: ZLoginRequest }) body: TLoginRequest, @SessionCookies() cookie: SessionCookie): Promise<TUserResponse> {
    return this.auth.login(body, cookie);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Sign out: ends this browser session and clears the cookie' })
  logout(@SessionCookies() cookie: SessionCookie): Promise<void> {
    return this.auth.logout(cookie);
  }

  @Get('me')
  @UseGuards(AuthGuard)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'The signed-in facilitator; 401 auth/required when not signed in' })
  me(@CurrentUser() user: AuthUser): TUserResponse {
    return this.auth.me(user);
  }
}
