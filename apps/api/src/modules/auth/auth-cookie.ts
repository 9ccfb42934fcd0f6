import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'thinline_session';

/**
 * The session cookie of one request, without the rest of HTTP: the auth service reads
 * and writes the cookie through this and never sees a request or a response.
 */
export interface SessionCookie {
  read(): string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Pulls the session token out of a raw `Cookie` header (the socket handshake has no cookie-parser). */
export function sessionTokenFromCookieHeader(header: string | undefined): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const raw = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw) || undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function sessionCookieOf(req: Request, res: Response): SessionCookie {
  const options = {
    httpOnly: true,
    sameSite: 'lax' as const,
    // https directly, or behind TRUST_PROXY (app.factory sets 'trust proxy'): the README
    // promises Secure cookies there even when the proxy does not forward the scheme.
    secure: req.secure || Boolean(req.app.get('trust proxy')),
    path: '/',
  };
  return {
    read: () => sessionTokenFromCookieHeader(req.headers.cookie),
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/** `@SessionCookies() cookie: SessionCookie` in an auth controller handler. */
export const SessionCookies = createParamDecorator((_data: unknown, ctx: ExecutionContext): SessionCookie => {
  const http = ctx.switchToHttp();
  return sessionCookieOf(http.getRequest<Request>(), http.getResponse<Response>());
});
