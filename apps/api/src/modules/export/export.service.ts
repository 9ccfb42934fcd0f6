import { Inject, Injectable } from '@nestjs/common';
import { EXPORT_FORMATS, describeRounds, toReportDecision } from '@thinline/shared';
import { DomainEvents } from '../../common/domain-events/domain-events.js';
import { AppError } from '../../common/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { CONFIG, type Config } from '../../config/config.js';
import { DecisionsService } from '../decisions/decisions.service.js';
import { FollowUpsService } from '../follow-ups/follow-ups.service.js';
import { HeatmapService } from '../heatmap/heatmap.service.js';
import { type Limit, RateLimits } from '../rate-limit/rate-limits.js';
import { ReportService } from '../report/report.service.js';
import { SessionService } from '../session/session.service.js';
import { SnapshotService } from '../snapshot/snapshot.service.js';
import { assembleExportBundle, type ExportBundle } from './export-bundle.js';
import { type RenderedExport, type TExportQuery, exportNeedsAnswers, parseExportFormat, renderExport } from './export-format.js';
import { ExportRepository } from './export.repository.js';

/** Exports of a session, for its facilitator or a report link holder. */
@Injectable()
export class ExportService {
  private readonly limiter: Limit;

  constructor(
    private readonly repository: ExportRepository,
    private readonly heatmaps: HeatmapService,
    private readonly snapshots: SnapshotService,
    private readonly sessions: SessionService,
    private readonly reports: ReportService,
    private readonly decisions: DecisionsService,
    private readonly followUps: FollowUpsService,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    limits: RateLimits,
    @Inject(CONFIG) config: Config,
  ) {
    // Per address, across processes; while Redis is down each process counts alone.
    this.limiter = limits.limit({ name: 'export', points: config.RATE_LIMIT_EXPORTS_PER_MINUTE, durationSeconds: 60, whenStoreDown: 'open' });
  }

  async forOwner(userId: string, sessionId: string, ext: string, query: TExportQuery, ip: string): Promise<RenderedExport> {
    await this.sessions.getReadableSession(userId, sessionId);
    const rendered = await this.render(sessionId, ext, query, { anonymize: false, ip, withAudit: true });
    this.events.emit('session.acted', { sessionId, actorId: userId, action: 'export', at: new Date() });
    return rendered;
  }

  /** A link holder never sees names, even of a named session. */
  async forLink(token: string, ext: string, query: TExportQuery, ip: string): Promise<RenderedExport> {
    const { sessionId } = await this.reports.resolveToken(token);
    // nor who ran the session: the audit log stays with the facilitators
    return this.render(sessionId, ext, query, { anonymize: true, ip, withAudit: false });
  }

  private async render(sessionId: string, ext: string, query: TExportQuery, options: { anonymize: boolean; ip: string; withAudit: boolean }): Promise<RenderedExport> {
    const format = parseExportFormat(ext);
    if (!format) throw new AppError('export/unknown-format', `There is no "${ext}" export. Choose one of ${EXPORT_FORMATS.join(', ')}.`);
    await this.limiter.takeOrRefuse(options.ip, 'Too many exports at once. Wait a minute and try again.');
    const bundle = await this.bundle(sessionId, exportNeedsAnswers(format, query, (await this.snapshot(sessionId)).settings.answerMode));
    if (options.withAudit && format === 'json') bundle.audit = await this.audit.eventsOf(sessionId);
    return renderExport(format, bundle, { table: query.table, anonymize: options.anonymize });
  }

  async bundle(sessionId: string, withAnswers: boolean): Promise<ExportBundle> {
    const [session, snapshot, record, decisions, followUps] = await Promise.all([
      this.repository.session(sessionId),
      this.snapshot(sessionId),
      this.heatmaps.record(sessionId),
      this.decisions.list(sessionId),
      this.followUps.fromSession(sessionId),
    ]);
    if (!session) throw new AppError('session/not-found', 'This session does not exist.');
    return assembleExportBundle({
      session: {
        id: session.id,
        title: session.title,
        workshopTitle: session.workshop.title,
        createdAt: session.createdAt,
        closedAt: session.closedAt,
        status: session.status,
        settings: snapshot.settings,
        round: session.round,
        rounds: describeRounds(session),
      },
      roles: snapshot.roles,
      concerns: snapshot.concerns,
      participantsByRole: record.participantsByRole,
      tally: record.rows,
      answers: withAnswers ? await this.repository.answers(sessionId, session.round) : [],
      decisions: decisions.decisions.map(toReportDecision),
      room: decisions.room,
      followUps,
      generatedAt: new Date(),
    });
  }

  private async snapshot(sessionId: string) {
    const snapshot = await this.snapshots.get(sessionId);
    if (!snapshot) throw new AppError('session/not-found', 'This session does not exist.');
    return snapshot;
  }
}
