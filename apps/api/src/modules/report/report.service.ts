import { Inject, Injectable } from '@nestjs/common';
import { type TCreateShareRequest, type TReport, type TShareLink, type TShareLinkKind, type TShareLinkList, toReportDecision } from '@thinline/shared';
import { createHash, randomBytes } from 'node:crypto';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { AppError } from '../../common/errors/app-error.js';
import { CONFIG, type Config } from '../../config/config.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { FollowUpsService } from '../follow-ups/follow-ups.service.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { SessionService } from '../session/session.service.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { ShareLinkRepository } from './share-link.repository.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const invalidLink = () => new AppError('report/not-found', 'This link is no longer valid. Ask the facilitator for a new one.');
const unknownPresenterLink = () => new AppError('presenter-link/not-found', 'This is not a presenter link. Open a new one from the control room.');

/** Read-only report links: 256 random bits shown once, stored hashed, revocable, may expire. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ReportService {
  constructor(
    private readonly links: ShareLinkRepository,
    private readonly heatmaps: HeatmapService,
    private readonly snapshots: SnapshotService,
    private readonly sessions: SessionService,
    private readonly decisions: DecisionsService,
    private readonly followUps: FollowUpsService,
    private readonly events: DomainEvents,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  async createLinkFor(userId: string, sessionId: string, request: TCreateShareRequest, origin: string): Promise<TShareLink> {
    await this.sessions.getOwnedSession(userId, sessionId);
    const link = await this.createLink(sessionId, request, origin);
    this.events.emit('session.acted', { sessionId, actorId: userId, action: 'share', at: new Date() });
    return link;
  }

  async revokeLinkFor(userId: string, sessionId: string, token: string): Promise<void> {
    await this.sessions.getOwnedSession(userId, sessionId);
    await this.revokeLink(sessionId, token);
    this.events.emit('session.acted', { sessionId, actorId: userId, action: 'revoke-share', at: new Date() });
  }

  /** The session's working report links, for the control room to list (and revoke) after a reload. */
  async listLinksFor(userId: string, sessionId: string): Promise<TShareLinkList> {
    await this.sessions.getOwnedSession(userId, sessionId);
    const rows = await this.links.listActive(sessionId, new Date());
    return { links: rows.map((l) => ({ id: l.id, createdAt: l.createdAt.toISOString(), expiresAt: l.expiresAt?.toISOString() ?? null, kind: l.kind })) };
  }

  private async createLink(sessionId: string, request: TCreateShareRequest, origin: string): Promise<TShareLink> {
    const kind: TShareLinkKind = request.kind ?? 'report';
    const token = randomBytes(32).toString('base64url');
    const expiresAt = request.expiresInDays ? new Date(Date.now() + request.expiresInDays * 86_400_000) : null;
    const link = await this.links.create(sessionId, hashToken(token), expiresAt, kind);
    const base = (this.config.PUBLIC_URL ?? origin).replace(/\/$/, '');
    const url = kind === 'presenter' ? `${base}/present/${token}` : `${base}/r/${token}`;
    return { id: link.id, token, url, expiresAt: expiresAt?.toISOString() ?? null, kind };
  }

  private async revokeLink(sessionId: string, tokenOrId: string): Promise<void> {
    // a listed link is revoked by its id (a uuid); a token is 43 base64url characters, never a uuid
    const by = UUID.test(tokenOrId) ? { id: tokenOrId } : { tokenHash: hashToken(tokenOrId) };
    const revoked = await this.links.revoke(sessionId, by);
    if (revoked.length === 0) throw invalidLink();
    const presenters = revoked.filter((l) => l.kind === 'presenter').map((l) => l.id);
    // after the update: the projectors showing these links are told and disconnected
    if (presenters.length > 0) this.events.emit('presenter-links.revoked', { sessionId, linkIds: presenters });
  }

  /** A working report link's session: a presenter link, revoked or expired link is report/not-found. */
  async resolveToken(token: string): Promise<{ sessionId: string }> {
    if (token.length < 20 || token.length > 200) throw invalidLink();
    const link = await this.links.findActive(hashToken(token), new Date(), 'report');
    if (!link) throw invalidLink();
    return link;
  }

  /**
   * A working presenter link: its session and id (the projector's socket joins the link's room,
   * so a revoke reaches it). Says why a link does not work: revoked, expired, or not a
   * presenter link at all (a report link opens only the report).
   */
  async resolvePresenterToken(token: string): Promise<{ sessionId: string; linkId: string }> {
    if (token.length < 20 || token.length > 200) throw unknownPresenterLink();
    const link = await this.links.findByHash(hashToken(token));
    if (!link || link.kind !== 'presenter') throw unknownPresenterLink();
    if (link.revokedAt) throw new AppError('presenter-link/revoked', 'The facilitator revoked this presenter link. Open a new one from the control room.');
    if (link.expiresAt && link.expiresAt.getTime() <= Date.now()) throw new AppError('presenter-link/expired', 'This presenter link has expired. Open a new one from the control room.');
    return { sessionId: link.sessionId, linkId: link.id };
  }

  async getReport(token: string, query: { segment?: string; round?: number }): Promise<TReport> {
    const { sessionId } = await this.resolveToken(token);
    return this.reportFor(sessionId, query);
  }

  async reportFor(sessionId: string, query: { segment?: string; round?: number }): Promise<TReport> {
    const [summary, snapshot] = await Promise.all([this.links.sessionSummary(sessionId), this.snapshots.get(sessionId)]);
    if (!summary || !snapshot) throw invalidLink();
    const [heatmap, rounds, decisions, followUps] = await Promise.all([
      this.heatmaps.compute(sessionId, { round: query.round, segment: query.segment ?? null }),
      this.heatmaps.allRounds(sessionId),
      this.decisions.list(sessionId),
      this.followUps.fromSession(sessionId),
    ]);
    const { pacing, anonymity, answerMode, threshold, minSegmentSize, locale } = snapshot.settings;
    return {
      session: {
        id: summary.id,
        title: summary.title,
        status: summary.status,
        createdAt: summary.createdAt.toISOString(),
        startedAt: summary.startedAt?.toISOString() ?? null,
        closedAt: summary.closedAt?.toISOString() ?? null,
        round: summary.round,
        settings: { pacing, anonymity, answerMode, threshold, minSegmentSize, locale },
      },
      roles: snapshot.roles,
      concerns: snapshot.concerns,
      participants: summary._count.participants,
      heatmap,
      rounds,
      decisions: decisions.decisions.map(toReportDecision),
      room: decisions.room,
      followUps,
    };
  }
}
