import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import type { Request } from 'express';
import { CONFIG, type Config } from '../../config/config.js';
import { AppError } from '../errors/app-error.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF defence in depth next to SameSite=Lax: a state-changing request that a browser
 * marks as coming from another site (its Origin names another host) is refused. Requests
 * without an Origin (curl, server-to-server, old browsers on same-origin GET-like forms)
 * carry no browser cookie risk and pass. Applies to sign-in and sign-up too, so another
 * site cannot sign a visitor into an account it controls.
 */
@Injectable()
export class OriginGuard implements CanActivate {
  private readonly publicHost: string | null;

  constructor(@Inject(CONFIG) private readonly config: Config) {
    this.publicHost = config.PUBLIC_URL ? new URL(config.PUBLIC_URL).host : null;
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    if (!UNSAFE.has(req.method) || !this.isForeign(req.headers)) return true;
    throw forbiddenOrigin();
  }

  /**
   * True when the headers carry an Origin of another site. The live handshake (LiveAuthService) asks this at
   * a cookie-authenticated handshake: a WebSocket is not bound by CORS, so a page of
   * another site could otherwise open the facilitator's live view with their cookie.
   */
  isForeign(headers: IncomingHttpHeaders): boolean {
    const origin = headers.origin;
    if (origin === undefined) return false;
    return !this.allowedHosts(headers).has(hostOf(origin) ?? '');
  }

  private allowedHosts(headers: IncomingHttpHeaders): Set<string> {
    const hosts = new Set<string>();
    if (headers.host) hosts.add(headers.host.toLowerCase());
    const forwarded = headers['x-forwarded-host'];
    if (this.config.TRUST_PROXY && typeof forwarded === 'string') hosts.add(forwarded.split(',')[0]!.trim().toLowerCase());
    if (this.publicHost) hosts.add(this.publicHost.toLowerCase());
    return hosts;
  }
}

export function forbiddenOrigin(): AppError {
  return new AppError('request/forbidden-origin', 'This request came from another site and was refused.');
}

/** `host[:port]` of an Origin header; null for "null" and anything unparsable. */
function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.host ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
