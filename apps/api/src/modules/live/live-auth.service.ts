import { Inject, Injectable } from '@nestjs/common';
import { ZParticipantAuth, ZPresenterAuth, ZReportAuth } from '@thinline/shared';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { Socket } from 'socket.io';
import { AppError } from '../../common/errors/app-error.js';
import { OriginGuard, forbiddenOrigin } from '../../common/http/origin.guard.js';
import { CONFIG, type Config } from '../../config/config.js';
import { AuthService } from '../auth/auth.service.js';
import { ReportService } from '../report/report.service.js';
import { SessionService } from '../session/session.service.js';
import type { LiveClient } from './live-client.js';

/**
 * Decides at the handshake who a socket is: a participant (by join code), the
 * facilitator's screens (by session cookie, owner only) or a report viewer (by share
 * token). Wrong join codes are limited per address, so guessing is slow and real joins
 * (which succeed) are not held back.
 */
@Injectable()
export class LiveAuthService {
  private readonly wrongCodes: RateLimiterMemory;
  private readonly joins: RateLimiterMemory;
  private readonly trustProxy: boolean;

  constructor(
    private readonly sessions: SessionService,
    private readonly auth: AuthService,
    private readonly reports: ReportService,
    private readonly origins: OriginGuard,
    @Inject(CONFIG) config: Config,
  ) {
    this.trustProxy = config.TRUST_PROXY;
    this.wrongCodes = new RateLimiterMemory({ points: 10, duration: 60 });
    this.joins = new RateLimiterMemory({ points: config.RATE_LIMIT_JOIN_PER_MINUTE, duration: 60 });
  }

  async resolve(socket: Socket): Promise<LiveClient> {
    const auth: unknown = socket.handshake.auth;
    const ip = clientAddress(socket, this.trustProxy);
    const asParticipant = ZParticipantAuth.safeParse(auth);
    if (asParticipant.success) {
      if ((await this.wrongCodes.get(ip))?.remainingPoints === 0) throw rateLimited();
      const sessionId = await this.sessions.openSessionIdByJoinCode(asParticipant.data.joinCode);
      if (!sessionId) {
        await this.wrongCodes.consume(ip).catch(() => undefined);
        throw new AppError('session/not-found', 'No open session has this code. Check the code on the screen.');
      }
      await this.joins.consume(ip).catch(() => {
        throw rateLimited();
      });
      return { kind: 'participant', sessionId, participantId: null, ip };
    }
    const asPresenter = ZPresenterAuth.safeParse(auth);
    if (asPresenter.success) {
      // The only handshake a cookie authenticates: refused from another site's page.
      if (this.origins.isForeign(socket.handshake.headers)) throw forbiddenOrigin();
      const user = await this.auth.userFromCookieHeader(socket.handshake.headers.cookie);
      if (!user) throw new AppError('auth/required', 'Sign in to open this session.');
      await this.sessions.getOwnedSession(user.id, asPresenter.data.sessionId);
      return { kind: 'presenter', sessionId: asPresenter.data.sessionId, userId: user.id };
    }
    const asReport = ZReportAuth.safeParse(auth);
    if (asReport.success) {
      const link = await this.reports.resolveToken(asReport.data.shareToken);
      return { kind: 'report', sessionId: link.sessionId };
    }
    if (typeof auth === 'object' && auth !== null && 'joinCode' in auth) {
      await this.wrongCodes.consume(ip).catch(() => undefined);
      throw new AppError('session/not-found', 'No open session has this code. A code has 6 letters and digits.');
    }
    throw new AppError('validation/invalid', 'Connect with a join code, a session id or a share token.');
  }
}

/**
 * The address the limits key on. Behind TRUST_PROXY every phone reaches us from the
 * proxy's address, so keying on the TCP peer would let one guesser lock out the whole
 * room: there the client is the last X-Forwarded-For entry, the one the trusted proxy
 * appended (what Express's 'trust proxy' 1 makes req.ip for HTTP). Entries before it
 * are the client's own claims and are ignored; without TRUST_PROXY the header is.
 */
export function clientAddress(socket: Pick<Socket, 'handshake'>, trustProxy: boolean): string {
  const peer = socket.handshake.address;
  if (!trustProxy) return peer;
  const header = socket.handshake.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((h) => h.trim()).filter(Boolean);
  return hops.at(-1) ?? peer;
}

function rateLimited(): AppError {
  return new AppError('rate/limited', 'Too many attempts from this network. Wait a minute and try again.');
}
