import { Inject, Injectable, Logger } from '@nestjs/common';
import type { TAuthProviders } from '@thinline/shared';
import * as client from 'openid-client';
import { AppError } from '../../../common/errors/app-error.js';
import { CONFIG, type Config } from '../../../config/config.js';
import { OrganisationService } from '../../organisation/organisation.service.js';
import type { SessionCookie } from '../auth-cookie.js';
import { AuthService } from '../auth.service.js';

/** What the browser keeps between the redirect to the provider and its return (the flow cookie). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** where in the app to land afterwards: a path of this site */
  returnTo: string;
}

const SCOPES = 'openid email profile';

/**
 * Single sign-on with OpenID Connect through `openid-client` (certified relying party):
 * authorization code flow with PKCE (S256), state and nonce checked, the client
 * authenticated with client_secret_basic. The provider's metadata is discovered on the
 * first sign-in (so Thinline starts while the provider is away) and kept.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private discovered?: Promise<client.Configuration>;

  constructor(
    private readonly auth: AuthService,
    private readonly orgs: OrganisationService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  providers(): TAuthProviders {
    return { password: this.config.PASSWORD_SIGNIN, oidc: this.enabled() };
  }

  /** The provider's authorization URL and what the callback must find again. */
  async start(returnTo: string | undefined, origin: string): Promise<{ url: string; pending: PendingSignIn }> {
    const config = await this.configuration();
    const pending: PendingSignIn = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier(), returnTo: safeReturnTo(returnTo) };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri(origin),
      scope: SCOPES,
      state: pending.state,
      nonce: pending.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.href, pending };
  }

  /**
   * The provider sent the person back: checks state, PKCE and nonce (openid-client), the
   * verified email and its domain, then signs them in (creating the account the first
   * time). Every refusal is a coded error and creates or changes no account.
   */
  async finish(callbackQuery: string, pending: PendingSignIn | null, origin: string, cookie: SessionCookie): Promise<{ returnTo: string }> {
    const config = await this.configuration();
    const query = new URLSearchParams(callbackQuery);
    if (query.has('error')) {
      const why = query.get('error_description') ?? query.get('error') ?? '';
      throw new AppError('auth/sso-refused', `Your identity provider did not sign you in${why ? `: ${why.slice(0, 200)}` : ''}.`);
    }
    if (!pending || query.get('state') !== pending.state) throw staleSignIn();
    const callbackUrl = new URL(`${this.redirectUri(origin)}?${query.toString()}`);
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (err) {
      throw this.grantError(err);
    }
    const idToken = tokens.claims();
    if (!idToken) throw staleSignIn();
    // Providers put email in the ID token or only at the userinfo endpoint: ask there when missing.
    const info = typeof idToken.email === 'string' ? idToken : await client.fetchUserInfo(config, tokens.access_token, idToken.sub).catch((err: unknown) => {
      throw this.grantError(err);
    });
    const email = typeof info.email === 'string' ? info.email.trim().toLowerCase() : '';
    if (!email || info.email_verified !== true) {
      throw new AppError('auth/sso-email-unverified', 'Your identity provider has not verified your email address, so Thinline cannot tell which account is yours. Verify it there and try again.');
    }
    const domain = email.slice(email.lastIndexOf('@') + 1);
    const allowed = this.config.OIDC_ALLOWED_DOMAINS;
    if (allowed.length > 0 && !allowed.includes(domain)) {
      throw new AppError('auth/sso-domain-not-allowed', `Accounts of ${domain} cannot sign in here. Use your work account (${allowed.join(', ')}).`);
    }
    const name = (typeof info.name === 'string' && info.name.trim()) || email.slice(0, email.indexOf('@'));
    const { user, created } = await this.auth.signInFromProvider({ email, name: name.slice(0, 100) }, cookie);
    if (created && this.config.OIDC_DEFAULT_ORG) await this.orgs.addByDefault(this.config.OIDC_DEFAULT_ORG, user.id);
    return { returnTo: pending.returnTo };
  }

  private enabled(): boolean {
    return Boolean(this.config.OIDC_ISSUER && this.config.OIDC_CLIENT_ID && this.config.OIDC_CLIENT_SECRET);
  }

  private redirectUri(origin: string): string {
    return `${(this.config.PUBLIC_URL ?? origin).replace(/\/$/, '')}/api/auth/oidc/callback`;
  }

  private configuration(): Promise<client.Configuration> {
    const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: secret } = this.config;
    if (!issuer || !clientId || !secret) return Promise.reject(new AppError('auth/sso-unavailable', 'Single sign-on is not set up on this Thinline.'));
    if (!this.discovered) {
      const server = new URL(issuer);
      // http:// passed the configuration only on a loopback address (tests, local development).
      const options = server.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : {};
      this.discovered = client.discovery(server, clientId, undefined, client.ClientSecretBasic(secret), options);
      this.discovered.catch((err: unknown) => {
        this.logger.warn(`OpenID Connect discovery at ${issuer} failed: ${(err as Error).message}`);
        this.discovered = undefined;
      });
    }
    return this.discovered.catch(() => {
      throw new AppError('auth/sso-unreachable', 'Your identity provider cannot be reached right now. Try again in a moment.');
    });
  }

  /** openid-client's refusals, in the words of the error table. */
  private grantError(err: unknown): AppError {
    if (err instanceof AppError) return err;
    if (err instanceof client.AuthorizationResponseError || err instanceof client.ResponseBodyError) {
      return new AppError('auth/sso-refused', `Your identity provider did not sign you in: ${(err.error_description ?? err.error).slice(0, 200)}.`);
    }
    const code = (err as { code?: string }).code ?? '';
    // openid-client wraps oauth4webapi's error, which says which check failed (the nonce claim, the state…)
    const cause = (err as { cause?: unknown }).cause;
    const message = `${err instanceof Error ? err.message : String(err)}${cause instanceof Error ? `: ${cause.message}` : ''}`;
    // A nonce, state or PKCE that does not match: a replayed or foreign callback.
    if (/nonce|state|code_verifier|PKCE|JWT|claim/i.test(`${code} ${message}`)) {
      this.logger.warn(`Refused an OpenID Connect callback: ${message}`);
      return staleSignIn();
    }
    this.logger.warn(`OpenID Connect sign-in failed: ${message}`);
    return new AppError('auth/sso-unreachable', 'Signing in with your identity provider did not work just now. Try again in a moment.');
  }
}

function staleSignIn(): AppError {
  return new AppError('auth/sso-state', 'This sign-in did not start here, or it took too long. Start again from the sign-in page.');
}

/** A path of this site only ("/workshops/1"): never another site ("//evil.example", "https://…"). */
export function safeReturnTo(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || value.length > 500) return '/';
  return value;
}
