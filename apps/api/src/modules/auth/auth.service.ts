import { Inject, Injectable } from '@nestjs/common';
import type { TUserResponse } from '@thinline/shared';
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import { CONFIG, type Config } from '../../config/config.js';
import { type SessionCookie, sessionTokenFromCookieHeader } from './auth-cookie.js';
import { AuthRepository } from './auth.repository.js';
import { burnVerify, hashPassword, verifyPassword } from './password-hasher.js';

/** Who is signed in: what guards put on the request and the socket gateway gets. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
}

const SESSION_DAYS = 30;
const INVALID_CREDENTIALS = 'The email or the password is not right.';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function newSessionToken(): { token: string; tokenHash: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000) };
}

const publicUser = (u: AuthUser): AuthUser => ({ id: u.id, email: u.email, name: u.name });

@Injectable()
export class AuthService {
  private readonly passwordSignIn: boolean;

  constructor(
    private readonly repository: AuthRepository,
    @Inject(CONFIG) config: Config,
  ) {
    this.passwordSignIn = config.PASSWORD_SIGNIN;
  }

  async signup(input: { email: string; password: string; name: string }, cookie: SessionCookie): Promise<TUserResponse> {
    this.requirePasswords();
    // An early look keeps the common case from hashing; the unique index settles races.
    if (await this.repository.findUserByEmail(input.email)) throw emailTaken();
    const passwordHash = await hashPassword(input.password);
    const session = newSessionToken();
    const user = await this.repository.createUserWithSession(
      { email: input.email, name: input.name, passwordHash },
      { tokenHash: session.tokenHash, expiresAt: session.expiresAt },
    );
    if (!user) throw emailTaken();
    cookie.set(session.token, session.expiresAt);
    return { user: publicUser(user) };
  }

  async login(input: { email: string; password: string }, cookie: SessionCookie): Promise<TUserResponse> {
    this.requirePasswords();
    const user = await this.repository.findUserByEmail(input.email);
    // An account made by single sign-on has no password: it signs in like an unknown email.
    const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, input.password) : await burnVerify(input.password);
    if (!user || !ok) throw new AppError('auth/invalid-credentials', INVALID_CREDENTIALS);
    const session = newSessionToken();
    await this.repository.createSession(user.id, { tokenHash: session.tokenHash, expiresAt: session.expiresAt });
    cookie.set(session.token, session.expiresAt);
    return { user: publicUser(user) };
  }

  /**
   * Single sign-on: the account with this (verified) email, created on the first sign-in
   * without a password; the same email is the same account, however it signed up.
   */
  async signInFromProvider(identity: { email: string; name: string }, cookie: SessionCookie): Promise<{ user: AuthUser; created: boolean }> {
    const session = newSessionToken();
    const stored = { tokenHash: session.tokenHash, expiresAt: session.expiresAt };
    let created = false;
    let user = await this.repository.findUserByEmail(identity.email);
    if (!user) {
      // Two first sign-ins at once: the unique index lets one create it, the other finds it.
      user = await this.repository.createUserWithSession({ email: identity.email, name: identity.name, passwordHash: null }, stored);
      created = user !== null;
      user ??= await this.repository.findUserByEmail(identity.email);
      if (!user) throw new Error('the account vanished while signing in');
    }
    if (!created) await this.repository.createSession(user.id, stored);
    cookie.set(session.token, session.expiresAt);
    return { user: publicUser(user), created };
  }

  private requirePasswords(): void {
    if (!this.passwordSignIn) throw new AppError('auth/password-disabled', 'Sign-in with a password is turned off here: use your organisation\'s single sign-on.');
  }

  /** Signing out twice, or without a session, is fine: the cookie is gone either way. */
  async logout(cookie: SessionCookie): Promise<void> {
    const token = cookie.read();
    if (token) await this.repository.deleteSession(hashToken(token));
    cookie.clear();
  }

  me(user: AuthUser): TUserResponse {
    return { user: publicUser(user) };
  }

  /** The signed-in user for a session token, or null when it is unknown or expired. */
  async userFromToken(token: string | undefined): Promise<AuthUser | null> {
    if (!token || token.length > 200) return null;
    const tokenHash = hashToken(token);
    const session = await this.repository.findSession(tokenHash);
    if (!session) return null;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.repository.deleteSession(tokenHash);
      return null;
    }
    return publicUser(session.user);
  }

  /** For the socket gateway: the user behind a raw `Cookie` header, or null. */
  userFromCookieHeader(cookieHeader: string | undefined): Promise<AuthUser | null> {
    return this.userFromToken(sessionTokenFromCookieHeader(cookieHeader));
  }
}

function emailTaken(): AppError {
  return new AppError('auth/email-taken', 'An account with this email already exists. Sign in instead.');
}
