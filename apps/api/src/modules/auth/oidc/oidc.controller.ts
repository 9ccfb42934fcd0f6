import { Controller, Query, Req, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { TAuthProviders } from '@thinline/shared';
import { requestOrigin } from '../../../common/http/request-origin.js';
import type { Request, Response } from 'express';
import { AppError } from '../../../common/errors/app-error.js';
import { sessionCookieOf } from '../auth-cookie.js';
import { OidcService, type PendingSignIn } from './oidc.service.js';
import { Endpoint } from '../../../common/http/endpoint.decorator.js';

/** The browser's memory of one sign-in in progress: state, nonce and PKCE verifier (httpOnly, 10 minutes, this path only). */
const FLOW_COOKIE = 'thinline_oidc';
const FLOW_PATH = '/api/auth/oidc';
const FLOW_MS = 10 * 60 * 1000;


@ApiTags('auth')
@Controller('api/auth')
export class OidcController {
  constructor(private readonly oidc: OidcService) {}

  @Endpoint('GET', { path: 'providers', summary: 'How one signs in here: { password, oidc } (PASSWORD_SIGNIN, and whether OIDC_ISSUER is set)' })
  providers(): TAuthProviders {
    return this.oidc.providers();
  }

  @Endpoint('GET', { path: 'oidc/login', summary: 'Redirects to the identity provider (authorization code flow, PKCE S256, state and nonce); ?returnTo=/path comes back there', responses: [{ status: 302, description: 'to the identity provider' }, { status: 404, description: 'auth/sso-unavailable: single sign-on is not configured' }, { status: 502, description: 'auth/sso-unreachable: the provider\'s discovery failed' }] })
  @ApiQuery({ name: 'returnTo', required: false })
  async login(@Query('returnTo') returnTo: string | undefined, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { url, pending } = await this.oidc.start(typeof returnTo === 'string' ? returnTo : undefined, requestOrigin(req));
    res.cookie(FLOW_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level navigation, which carries it.
      sameSite: 'lax',
      secure: req.secure || Boolean(req.app.get('trust proxy')),
      path: FLOW_PATH,
      maxAge: FLOW_MS,
    });
    res.redirect(302, url);
  }

  @Endpoint('GET', { path: 'oidc/callback', summary: 'The identity provider\'s redirect back: signs the person in (the account is created on the first sign-in) and redirects into the app; a refusal redirects to /signin?error=<code>', responses: [{ status: 302, description: 'into the app (signed in), or to /signin?error=auth/sso-state | auth/sso-refused | auth/sso-email-unverified | auth/sso-domain-not-allowed | auth/sso-unreachable' }, { status: 404, description: 'auth/sso-unavailable: single sign-on is not configured' }] })
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const providers = this.oidc.providers();
    if (!providers.oidc) throw new AppError('auth/sso-unavailable', 'Single sign-on is not set up on this Thinline.');
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : '';
    const pending = readPending(req.cookies as Record<string, unknown> | undefined);
    res.clearCookie(FLOW_COOKIE, { path: FLOW_PATH });
    try {
      const { returnTo } = await this.oidc.finish(query, pending, requestOrigin(req), sessionCookieOf(req, res));
      res.redirect(302, returnTo);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      // A person arrives here in their browser: the sign-in page says the sentence for the code.
      res.redirect(302, `/signin?error=${encodeURIComponent(err.code)}`);
    }
  }
}

function readPending(cookies: Record<string, unknown> | undefined): PendingSignIn | null {
  const raw = cookies?.[FLOW_COOKIE];
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<PendingSignIn>;
    const { state, nonce, codeVerifier, returnTo } = parsed;
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string' || typeof returnTo !== 'string') return null;
    return { state, nonce, codeVerifier, returnTo };
  } catch {
    return null;
  }
}
