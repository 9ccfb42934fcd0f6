import { Inject, Injectable } from '@nestjs/common';
import { ZParticipantAuth, ZPresenterAuth, ZPresenterLinkAuth, ZReportAuth } from '@thinline/shared';
import type { Socket } from 'socket.io';
import { AppError } from '../../common/errors/app-error.js';
import { OriginGuard, forbiddenOrigin } from '../../common/http/origin.guard.js';
import { CONFIG, type Config } from '../../config/config.js';
import { AuthService } from '../auth/auth.service.js';
import { type Limit, RateLimits } from '../rate-limit/rate-limits.js';
import { ReportService } from '../report/report.service.js';
import { SessionService } from '../session/session.service.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import type { LiveClient } from './live-client.js';

/** The least right-code connections per session and address a minute, however small the session. */
const MIN_JOINS_PER_MINUTE = 30;

/**
 * Decides at the handshake who a socket is: a participant (by join code), the
 * facilitator's screens (by session cookie, owner only), a report viewer (by share
 * token) or a projector opened from a presenter link (by its token; it only shows).
 *
 * Two separate limits guard the participant's door (docs/api.md, "Joins at hall scale"):
 * - wrong codes, per address over every session (RATE_LIMIT_WRONG_CODES_PER_MINUTE, 10):
 *   guessing stays slow, and once an address is out of guesses even a right code from it
 *   waits, so guessing gains nothing;
 * - connections with a session's right code, per session and address: a conference hall
 *   behind one NAT is one address, so this budget is the room's, not a person's. It is
 *   RATE_LIMIT_JOIN_PER_MINUTE (10,000) but never more than twice the session's seats
 *   (maxParticipants): every seat filled and every phone reconnecting once within a
 *   minute, with a floor of MIN_JOINS_PER_MINUTE so a small team on flaky Wi-Fi can
 *   reconnect a few times. A flood from one address is refused past that, and can never
 *   seat more people than the session holds (session/full); a session made for 40 takes
 *   80 connections a minute from one address, a default one (20,000 seats) 10,000.
 */
@Injectable()
export class LiveAuthService {
  private readonly wrongCodes: Limit;
  private readonly trustProxy: boolean;
  private readonly joinsPerMinute: number;

  constructor(
    private readonly sessions: SessionService,
    private readonly snapshots: SnapshotService,
    private readonly auth: AuthService,
    private readonly reports: ReportService,
    private readonly origins: OriginGuard,
    private readonly limits: RateLimits,
    @Inject(CONFIG) config: Config,
  ) {
    this.trustProxy = config.TRUST_PROXY;
    this.joinsPerMinute = config.RATE_LIMIT_JOIN_PER_MINUTE;
    this.wrongCodes = limits.limit({ name: 'wrong-code', points: config.RATE_LIMIT_WRONG_CODES_PER_MINUTE, durationSeconds: 60, whenStoreDown: 'open' });
  }

  /** The right-code connections one address may open to this session per minute. */
  private joinsOf(maxParticipants: number): Limit {
    const points = Math.min(this.joinsPerMinute, Math.max(2 * maxParticipants, MIN_JOINS_PER_MINUTE));
    return this.limits.limit({ name: 'join', points, durationSeconds: 60, whenStoreDown: 'open' });
  }

  /**
   * The open session of a join code, through the wrong-code door: an address out of
   * guesses waits even with a right code, and a wrong code spends one guess. The phone
   * page (GET /j/CODE, which carries the session's public data) and the handshake both
   * come through here, so neither is a way around the other's limit.
   */
  async openSessionId(joinCode: string, ip: string): Promise<string> {
    if (await this.wrongCodes.isExhausted(ip)) throw rateLimited();
    const sessionId = await this.sessions.openSessionIdByJoinCode(joinCode);
    if (!sessionId) {
      // A code that just closed is not a guess: say so, and thank the person.
      if (await this.sessions.recentlyClosedJoinCode(joinCode)) {
        throw new AppError('session/closed', 'This session has closed. Thank you for taking part.');
      }
      await this.wrongCodes.take(ip);
      throw noSessionWithCode();
    }
    return sessionId;
  }

  async resolve(socket: Socket): Promise<LiveClient> {
    const auth: unknown = socket.handshake.auth;
    const ip = clientAddress(socket, this.trustProxy);
    const asParticipant = ZParticipantAuth.safeParse(auth);
    if (asParticipant.success) {
      const sessionId = await this.openSessionId(asParticipant.data.joinCode, ip);
      const snapshot = await this.snapshots.get(sessionId);
      if (!snapshot) throw noSessionWithCode();
      if (!(await this.joinsOf(snapshot.settings.maxParticipants).take(`${sessionId}:${ip}`))) {
        throw new AppError('rate/limited', 'Too many phones joined this session from your network in the last minute. Wait a minute and try again.');
      }
      return { kind: 'participant', sessionId, participantId: null, ip };
    }
    const asPresenter = ZPresenterAuth.safeParse(auth);
    if (asPresenter.success) {
      // The only handshake a cookie authenticates: refused from another site's page.
      if (this.origins.isForeign(socket.handshake.headers)) throw forbiddenOrigin();
      const user = await this.auth.userFromCookieHeader(socket.handshake.headers.cookie);
      if (!user) throw new AppError('auth/required', 'Sign in to open this session.');
      // Presenter sockets only listen (every change goes through HTTP): reading is enough.
      await this.sessions.getReadableSession(user.id, asPresenter.data.sessionId);
      return { kind: 'presenter', sessionId: asPresenter.data.sessionId, userId: user.id };
    }
    const asReport = ZReportAuth.safeParse(auth);
    if (asReport.success) {
      const link = await this.reports.resolveToken(asReport.data.shareToken);
      return { kind: 'report', sessionId: link.sessionId };
    }
    const asProjector = ZPresenterLinkAuth.safeParse(auth);
    if (asProjector.success) {
      const link = await this.reports.resolvePresenterToken(asProjector.data.presenterToken);
      return { kind: 'projector', sessionId: link.sessionId, linkId: link.linkId };
    }
    if (typeof auth === 'object' && auth !== null && 'joinCode' in auth) {
      await this.wrongCodes.take(ip);
      throw new AppError('session/not-found', 'No open session has this code. A code has 6 letters and digits.');
    }
    throw new AppError('validation/invalid', 'Connect with a join code, a session id, a share token or a presenter token.');
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

function noSessionWithCode(): AppError {
  return new AppError('session/not-found', 'No open session has this code. Check the code on the screen.');
}

function rateLimited(): AppError {
  return new AppError('rate/limited', 'Too many attempts from this network. Wait a minute and try again.');
}
